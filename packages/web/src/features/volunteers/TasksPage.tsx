import { useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Col, Flex, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { VolunteerTaskBoardDocument } from './volunteer.generated';
import type { VolunteerTaskFilter, VolunteerTaskStatus } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { EmptyState, QueryState } from '../../shared/PageState';
import { CAUSE_AREAS } from '../../shared/enums';
import { LoadMore } from '../../shared/LoadMore';
import { PublicPage } from '../../shared/PublicPage';
import { ResultCount } from '../../shared/ResultCount';
import { useUrlFilters } from '../../shared/urlFilters';
import { ClaimButton, TaskCard } from './TaskCard';
import { TASK_STATUSES, VOLUNTEER_SKILLS } from './volunteer';
import { EnumFilter } from '../../shared/EnumFilter';

const PAGE_SIZE = 12;
const ANY = 'ANY';
const STATUS_CHOICES = [...TASK_STATUSES, ANY] as const;
const HOUR_CHOICES = ['2', '5', '10', '20', '40'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The task board: every volunteer task of the published projects, filtered in the address like the directory. */
export default function TasksPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters();
  const skills = filters.list('skill', VOLUNTEER_SKILLS);
  const causeAreas = filters.list('cause', CAUSE_AREAS);
  const status = filters.one('status', STATUS_CHOICES) ?? 'OPEN';
  const maxHours = filters.one('hours', HOUR_CHOICES);
  const goodFirst = filters.text('goodFirst') === '1';
  const projectParam = filters.text('project');
  const projectId = UUID.test(projectParam) ? projectParam : '';
  const filter: VolunteerTaskFilter = {
    ...(skills.length ? { skills } : {}),
    ...(causeAreas.length ? { causeAreas } : {}),
    ...(status === ANY ? {} : { statuses: [status as VolunteerTaskStatus] }),
    ...(maxHours ? { maxEstimatedHours: Number(maxHours) } : {}),
    ...(goodFirst ? { goodFirstTask: true } : {}),
    ...(projectId ? { projectId } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(VolunteerTaskBoardDocument, {
    variables: { first: PAGE_SIZE, filter },
  });
  const clear = filters.active ? { label: t('volunteer.board.clearFilters'), onClick: filters.clear } : undefined;
  const projectName = data?.volunteerTasks.edges.find(({ node }) => node.project?.id === projectId)?.node.project?.name;

  return (
    <PublicPage>
      <header>
        <h1 className="page-title">{t('volunteer.board.title')}</h1>
        <p className="lead">{t('volunteer.board.intro')}</p>
      </header>

      <Form noValidate layout="vertical" className="filters" role="search" aria-label={t('volunteer.board.filters')}>
        <Row gutter={[16, 16]}>
          <Col xs={24} sm={12} lg={6}>
            <EnumFilter
              id="tasks-skill"
              label={t('volunteer.board.skills')}
              enumName="VolunteerSkill"
              values={VOLUNTEER_SKILLS}
              value={skills}
              placeholder={t('volunteer.board.any')}
              onChange={(skill) => filters.update({ skill })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <EnumFilter
              id="tasks-cause"
              label={t('volunteer.board.causes')}
              enumName="CauseArea"
              values={CAUSE_AREAS}
              value={causeAreas}
              placeholder={t('volunteer.board.any')}
              onChange={(cause) => filters.update({ cause })}
            />
          </Col>
          <Col xs={12} lg={4}>
            <Form.Item label={t('volunteer.board.maxHours')} htmlFor="tasks-hours">
              <Select
                id="tasks-hours"
                value={maxHours ?? ''}
                onChange={(hours: string) => filters.update({ hours })}
                options={[
                  { value: '', label: t('volunteer.board.anyHours') },
                  ...HOUR_CHOICES.map((value) => ({
                    value,
                    label: t('volunteer.board.upToHours', { hours: value }),
                  })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={12} lg={4}>
            <Form.Item label={t('volunteer.board.status')} htmlFor="tasks-status">
              <Select
                id="tasks-status"
                value={status}
                onChange={(value: string) => filters.update({ status: value === 'OPEN' ? null : value })}
                options={STATUS_CHOICES.map((value) => ({
                  value,
                  label: value === ANY ? t('volunteer.board.anyStatus') : t(`enum.VolunteerTaskStatus.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={4}>
            <Form.Item label={t('volunteer.board.newcomers')}>
              <Checkbox checked={goodFirst} onChange={(event) => filters.update({ goodFirst: event.target.checked })}>
                {t('volunteer.board.goodFirstOnly')}
              </Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>

      {projectId ? (
        <Alert
          type="info"
          showIcon
          title={
            projectName ? t('volunteer.board.onlyProject', { name: projectName }) : t('volunteer.board.onlyOneProject')
          }
          action={
            <Button size="small" onClick={() => filters.update({ project: null })}>
              {t('volunteer.board.allProjects')}
            </Button>
          }
        />
      ) : null}

      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ volunteerTasks }) => (
          <Flex vertical gap={16}>
            <ResultCount clear={clear}>
              {t('volunteer.board.count', { total: formatNumber(volunteerTasks.totalCount) })}
            </ResultCount>
            {volunteerTasks.edges.length ? (
              <ul className="card-grid" aria-label={t('volunteer.board.listLabel')}>
                {volunteerTasks.edges.map(({ node }) => (
                  <li key={node.id}>
                    <TaskCard task={node} footer={<ClaimButton task={node} />} />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{filters.active ? t('volunteer.board.noMatch') : t('volunteer.board.none')}</EmptyState>
            )}
            <LoadMore pageInfo={volunteerTasks.pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
          </Flex>
        )}
      </QueryState>
    </PublicPage>
  );
}

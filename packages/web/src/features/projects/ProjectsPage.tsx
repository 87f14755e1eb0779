import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Form, Row, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicProjectsDocument, type PublicProjectsQuery } from './projects.generated';
import { formatNumber } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, QueryState } from '../../shared/PageState';
import { CAUSE_AREAS, COMMON_LICENSES, PROJECT_STAGES } from '../../shared/enums';
import { LoadMore } from '../../shared/LoadMore';
import { ResultCount } from '../../shared/ResultCount';
import { SearchBox, SearchTooLong, searchTooLong } from '../../shared/SearchBox';
import { useUrlFilters } from '../../shared/urlFilters';
import { PublicPage } from '../../shared/PublicPage';
import { EnumFilter } from '../../shared/EnumFilter';

const PAGE_SIZE = 12;

type ProjectCard = PublicProjectsQuery['projects']['edges'][number]['node'];

export default function ProjectsPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters();
  const search = filters.text('q');
  const tooLong = searchTooLong(search);
  const causeAreas = filters.list('cause', CAUSE_AREAS);
  const stages = filters.list('stage', PROJECT_STAGES);
  const licenses = filters.list('license');
  const filter = {
    ...(search && !tooLong ? { search } : {}),
    ...(causeAreas.length ? { causeAreas } : {}),
    ...(stages.length ? { stages } : {}),
    ...(licenses.length ? { licenses } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(PublicProjectsDocument, {
    skip: tooLong,
    variables: { first: PAGE_SIZE, filter },
  });
  const licenseOptions = [...new Set([...COMMON_LICENSES, ...licenses])];
  const clear = filters.active ? { label: t('projects.clearFilters'), onClick: filters.clear } : undefined;

  return (
    <PublicPage>
      <header>
        <h1 className="page-title">{t('projects.title')}</h1>
        <p className="lead">{t('projects.intro')}</p>
      </header>

      <Form noValidate layout="vertical" className="filters" role="search" aria-label={t('projects.filters')}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <Form.Item label={t('projects.search')} htmlFor="projects-search">
              <SearchBox
                id="projects-search"
                value={search}
                placeholder={t('projects.searchPlaceholder')}
                onSearch={(q) => filters.update({ q })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <EnumFilter
              id="projects-cause"
              label={t('projects.causeArea')}
              enumName="CauseArea"
              values={CAUSE_AREAS}
              value={causeAreas}
              placeholder={t('projects.any')}
              onChange={(cause) => filters.update({ cause })}
            />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <EnumFilter
              id="projects-stage"
              label={t('projects.stage')}
              enumName="ProjectStage"
              values={PROJECT_STAGES}
              value={stages}
              placeholder={t('projects.any')}
              onChange={(stage) => filters.update({ stage })}
            />
          </Col>
          <Col xs={24} lg={5}>
            <Form.Item label={t('projects.license')} htmlFor="projects-license" tooltip={t('projects.licenseHint')}>
              <Select
                id="projects-license"
                mode="tags"
                allowClear
                maxTagCount="responsive"
                tokenSeparators={[',', ' ']}
                placeholder={t('projects.any')}
                value={licenses}
                onChange={(license: string[]) => filters.update({ license })}
                options={licenseOptions.map((value) => ({ value, label: value }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>

      {tooLong ? (
        <SearchTooLong text={search} onSearch={(q) => filters.update({ q })} />
      ) : (
        <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
          {({ projects }) => (
            <Flex vertical gap={16}>
              <ResultCount clear={clear}>
                {t('projects.count', { total: formatNumber(projects.totalCount) })}
              </ResultCount>
              {projects.edges.length ? (
                <ul className="card-grid" aria-label={t('projects.listLabel')}>
                  {projects.edges.map(({ node }) => (
                    <li key={node.id}>
                      <ProjectSummaryCard project={node} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>{filters.active ? t('projects.noMatch') : t('projects.none')}</EmptyState>
              )}
              <LoadMore pageInfo={projects.pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
            </Flex>
          )}
        </QueryState>
      )}
    </PublicPage>
  );
}

function ProjectSummaryCard({ project }: { project: ProjectCard }) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <h2 className="card-heading">
        <Link to={`/projects/${project.slug}`}>{project.name}</Link>
      </h2>
      <p>{project.summary}</p>
      <Flex gap={4} wrap>
        <Tag>{t(`enum.ProjectStage.${project.stage}`)}</Tag>
        {project.causeAreas.map((cause) => (
          <Tag key={cause} color="green">
            {t(`enum.CauseArea.${cause}`)}
          </Tag>
        ))}
        {project.license ? <Tag>{project.license}</Tag> : null}
        {project.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
      </Flex>
      {project.organization ? (
        <Flex gap={4} wrap align="center" style={{ marginTop: 8 }}>
          <span className="muted">{t('projects.listedUnder')}</span>
          <OrganizationName organization={project.organization} />
        </Flex>
      ) : null}
    </Card>
  );
}

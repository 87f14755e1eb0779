import { CheckCircleFilled, ExclamationCircleOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Card, Collapse, Flex, Progress, Switch, Table, Tag } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState } from '../../shared/PageState';
import { StatusTag } from '../../shared/StatusTag';
import {
  SetAssessmentVisibilityDocument,
  type AssessmentFieldsFragment,
  type MaintainerAssessmentsQuery,
} from './assessments.generated';
import { criterionTitle, localized } from './assessments';
import { ConsoleHeading } from '../../shared/ConsolePage';
import './assessments.css';
import '../../shared/console.css';

type Project = NonNullable<MaintainerAssessmentsQuery['project']>;
type Readiness = NonNullable<Project['readiness']>;

/** A project's assessments as its maintainers see them: the readiness checklist, who may see it, every assessment. */
export function ProjectAssessments({ project, nav }: { project: Project; nav: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <ConsoleHeading
        title={t('assessments.console.title', { name: project.name })}
        intro={t('assessments.console.intro')}
      />
      {nav}
      <section aria-labelledby="readiness-heading">
        <h2 id="readiness-heading" className="console-section-heading">
          {t('assessments.console.readinessHeading')}
        </h2>
        {project.readiness ? (
          <ReadinessChecklist readiness={project.readiness} />
        ) : (
          <EmptyState>{t('assessments.console.readinessHidden')}</EmptyState>
        )}
      </section>
      {project.readiness ? <VisibilitySwitch project={project} /> : null}
      <section aria-labelledby="assessments-heading">
        <h2 id="assessments-heading" className="console-section-heading">
          {t('assessments.console.assessmentsHeading')}
        </h2>
        {project.assessments.length ? (
          <ul className="console-list">
            {project.assessments.map((assessment) => (
              <li key={assessment.id}>
                <AssessmentCard assessment={assessment} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('assessments.console.empty')}</EmptyState>
        )}
      </section>
    </>
  );
}

function ReadinessChecklist({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  const total = readiness.items.length;
  return (
    <Flex vertical gap={12}>
      <p className="console-meta">
        {t('assessments.console.readinessIntro', {
          version: readiness.rubricVersion,
          count: readiness.assessmentCount,
        })}
      </p>
      <Flex gap={12} align="center">
        {/* Ant Design colours its own label at 100%, too lightly to read: the label stands beside the bar. */}
        <Progress
          percent={total ? Math.round((readiness.doneCount / total) * 100) : 0}
          showInfo={false}
          aria-hidden
          strokeColor="#237804"
          style={{ flex: 1, margin: 0 }}
        />
        <strong>{t('assessments.console.readinessProgress', { done: readiness.doneCount, total })}</strong>
      </Flex>
      <ul className="readiness-list">
        {readiness.items.map((item) => (
          <li
            key={item.criterion.key}
            className={`readiness-item ${item.done ? 'readiness-item-done' : 'readiness-item-todo'}`}
          >
            {item.done ? (
              <CheckCircleFilled className="readiness-item-icon" aria-hidden />
            ) : (
              <ExclamationCircleOutlined className="readiness-item-icon" aria-hidden />
            )}
            <div style={{ minWidth: 0 }}>
              <Flex gap={8} wrap align="center">
                <strong>{criterionTitle(item.criterion)}</strong>
                <StatusTag tone={item.done ? 'success' : 'warning'}>
                  {item.done ? t('assessments.console.done') : t('assessments.console.todo')}
                </StatusTag>
              </Flex>
              <p className="console-meta">
                {item.latestScores.length
                  ? t('assessments.console.latestScores', {
                      scores: item.latestScores.map((s) => `${s}/${item.criterion.maxScore}`).join(', '),
                    })
                  : t('assessments.console.notAssessed')}
              </p>
              {item.done ? null : (
                <p>
                  <strong>{t('assessments.console.nextStep')}</strong>{' '}
                  {localized(item.nextStepZh ?? '', item.nextStepEn ?? '')}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Flex>
  );
}

function VisibilitySwitch({ project }: { project: Project }) {
  const { t } = useTranslation();
  const labelId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [setVisibility, { loading }] = useMutation(SetAssessmentVisibilityDocument);
  const change = async (summaryPublic: boolean) => {
    setProblem(null);
    try {
      await setVisibility({ variables: { input: { projectId: project.id, summaryPublic } } });
    } catch (error) {
      setProblem(t('assessments.console.visibilityFailed', { message: problemOf(error).message }));
    }
  };
  return (
    <section aria-labelledby="visibility-heading">
      <Card size="small">
        <h2 id="visibility-heading" className="console-section-heading">
          {t('assessments.console.visibilityHeading')}
        </h2>
        <p className="console-meta">{t('assessments.console.visibilityHelp')}</p>
        <Flex gap={12} align="center" wrap style={{ marginTop: 12 }}>
          <Switch
            aria-labelledby={labelId}
            checked={project.assessmentSummaryPublic}
            loading={loading}
            onChange={(checked) => void change(checked)}
          />
          <span id={labelId}>{t('assessments.console.visibilitySwitch')}</span>
          <StatusTag tone={project.assessmentSummaryPublic ? 'success' : 'neutral'}>
            {project.assessmentSummaryPublic
              ? t('assessments.console.visibilityOn')
              : t('assessments.console.visibilityOff')}
          </StatusTag>
        </Flex>
        {problem ? <Alert className="publish-alert" type="error" showIcon role="alert" title={problem} /> : null}
      </Card>
    </section>
  );
}

const RECOMMENDATION_TONE = { INCUBATE: 'success', SUPPORT: 'info', NOT_YET: 'warning' } as const;

function AssessmentCard({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const { t } = useTranslation();
  type Score = AssessmentFieldsFragment['scores'][number];
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <h3 className="console-card-title">
            {assessment.organization ? (
              <OrganizationName organization={assessment.organization} />
            ) : (
              t('assessments.platform')
            )}
          </h3>
          <Flex gap={4} wrap>
            <StatusTag tone={RECOMMENDATION_TONE[assessment.recommendation]}>
              {t(`assessments.recommendation.${assessment.recommendation}`)}
            </StatusTag>
            {assessment.current ? (
              <Tag>{t('assessments.console.current')}</Tag>
            ) : (
              <StatusTag tone="neutral">{t('assessments.console.superseded')}</StatusTag>
            )}
          </Flex>
        </Flex>
        <p className="console-meta">
          {t('assessments.console.assessedOn', { date: formatDate(assessment.createdAt) })}
          {assessment.assessor
            ? ` · ${t('assessments.console.assessedBy', { name: assessment.assessor.displayName })}`
            : null}
          {' · '}
          <strong>{t('assessments.totalOf', { total: assessment.total, maximum: assessment.maximum })}</strong>
        </p>
        {assessment.summary ? <p className="console-quote">{assessment.summary}</p> : null}
        <Collapse
          size="small"
          items={[
            {
              key: 'scores',
              label: t('assessments.console.scoresDetails'),
              children: (
                <Table<Score>
                  rowKey="criterionKey"
                  size="small"
                  pagination={false}
                  dataSource={assessment.scores}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    {
                      key: 'criterion',
                      title: t('assessments.console.criterion'),
                      render: (_, score) => criterionTitle(score.criterion),
                    },
                    {
                      key: 'score',
                      title: t('assessments.console.scoreColumn'),
                      align: 'right',
                      render: (_, score) => `${score.score}/${score.criterion.maxScore}`,
                    },
                    {
                      key: 'note',
                      title: t('assessments.console.noteColumn'),
                      render: (_, score) =>
                        score.note ? (
                          <span className="pre-line">{score.note}</span>
                        ) : (
                          <span className="muted">{t('assessments.console.noNote')}</span>
                        ),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}

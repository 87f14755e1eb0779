import { Card, Flex, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectVolunteeringFragment } from './volunteer.generated';
import { formatDate, formatNumber } from '../../shared/format';
import { EmptyState } from '../../shared/PageState';
import { ExternalLink } from '../../shared/links';
import { StatusTag } from '../../shared/StatusTag';
import { MILESTONE_TONE } from './volunteer';
import './volunteer.css';

/**
 * The public project page's part on volunteering: the plan (each milestone's progress and its open tasks, leading
 * to the task board) and the volunteers whose work was recognised, with where to support them.
 */
export function ProjectVolunteering({ project }: { project: ProjectVolunteeringFragment }) {
  const { t } = useTranslation();
  const boardPath = `/tasks?project=${project.id}`;
  return (
    <>
      <section aria-labelledby="project-milestones">
        <h2 id="project-milestones" className="section-heading">
          {t('volunteer.projectPage.milestones')}
        </h2>
        {project.milestones.length ? (
          <Flex vertical gap={12}>
            <ul className="volunteer-list">
              {project.milestones.map((milestone) => {
                const openTasks = milestone.tasks.filter((task) => task.status === 'OPEN');
                const { done, total } = milestone.progress;
                return (
                  <li key={milestone.id}>
                    <Card size="small">
                      <Flex vertical gap={8}>
                        <Flex justify="space-between" align="start" wrap gap={8}>
                          <h3 className="card-heading" style={{ margin: 0 }}>
                            {milestone.title}
                          </h3>
                          <Flex gap={4} wrap>
                            <StatusTag tone={MILESTONE_TONE[milestone.status]}>
                              {t(`enum.MilestoneStatus.${milestone.status}`)}
                            </StatusTag>
                            {milestone.dueOn ? (
                              <Tag>{t('volunteer.plan.due', { date: formatDate(milestone.dueOn) })}</Tag>
                            ) : null}
                          </Flex>
                        </Flex>
                        <div className="milestone-progress">
                          <Progress
                            percent={total ? Math.round((done / total) * 100) : 0}
                            size="small"
                            aria-label={t('volunteer.plan.progress', { done, total })}
                          />
                          <span className="muted">{t('volunteer.plan.progress', { done, total })}</span>
                        </div>
                        {openTasks.length ? (
                          <ul
                            className="support-links underlined-links"
                            aria-label={t('volunteer.projectPage.openTasks')}
                          >
                            {openTasks.map((task) => (
                              <li key={task.id}>
                                <Link to={boardPath}>{task.title}</Link>{' '}
                                <span className="muted">
                                  {t('volunteer.task.estimatedHours', { hours: formatNumber(task.estimatedHours) })}
                                  {task.goodFirstTask ? ` · ${t('volunteer.task.goodFirst')}` : null}
                                </span>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="muted" style={{ margin: 0 }}>
                            {t('volunteer.projectPage.noOpenTasks')}
                          </p>
                        )}
                      </Flex>
                    </Card>
                  </li>
                );
              })}
            </ul>
            <Link to={boardPath}>{t('volunteer.projectPage.toBoard')}</Link>
          </Flex>
        ) : (
          <EmptyState>{t('volunteer.projectPage.noMilestones')}</EmptyState>
        )}
      </section>
      <section aria-labelledby="project-contributors">
        <h2 id="project-contributors" className="section-heading">
          {t('volunteer.projectPage.contributors')}
        </h2>
        {project.contributors.length ? (
          <>
            <ul className="card-grid">
              {project.contributors.map((contributor) => (
                <li key={contributor.user.id}>
                  <Card size="small">
                    <Flex vertical gap={6}>
                      <h3 className="card-heading" style={{ margin: 0 }}>
                        <Link to={`/volunteers/${contributor.user.id}`}>{contributor.user.displayName}</Link>
                      </h3>
                      <span className="muted">
                        {t('volunteer.projectPage.contribution', {
                          tasks: formatNumber(contributor.tasksDone),
                          hours: formatNumber(contributor.hours),
                        })}
                      </span>
                      {contributor.supportChannels.length ? (
                        <div>
                          <span>{t('volunteer.projectPage.support')}</span>
                          <ul className="support-links">
                            {contributor.supportChannels.map((channel) => (
                              <li key={channel.url}>
                                <ExternalLink href={channel.url}>{channel.label}</ExternalLink>
                              </li>
                            ))}
                          </ul>
                        </div>
                      ) : null}
                    </Flex>
                  </Card>
                </li>
              ))}
            </ul>
            <p className="muted" style={{ marginTop: 8 }}>
              {t('volunteer.support.noMoney')}
            </p>
          </>
        ) : (
          <EmptyState>{t('volunteer.projectPage.noContributors')}</EmptyState>
        )}
      </section>
    </>
  );
}

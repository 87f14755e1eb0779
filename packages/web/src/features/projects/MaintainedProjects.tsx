import { useQuery } from '@apollo/client/react';
import { Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MaintainerProjectsDocument, type MaintainerProjectsQuery } from './maintainedProjects.generated';
import { formatDate } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, ErrorState, QueryState } from '../../shared/PageState';
import { StatusTag } from '../../shared/StatusTag';
import '../../shared/console.css';
import { LoadMore } from '../../shared/LoadMore';

type ProjectItem = MaintainerProjectsQuery['projects']['edges'][number]['node'];

/** The projects the viewer maintains, latest changed first, each with the ways into its console. */
export function MaintainedProjects() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MaintainerProjectsDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.projects.pageInfo;

  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {({ projects }) =>
        projects.edges.length ? (
          <>
            <p className="console-meta" aria-live="polite">
              {t('common.total', { count: projects.totalCount })}
            </p>
            <ul className="console-list">
              {projects.edges.map(({ node }) => (
                <li key={node.id}>
                  <ProjectCard project={node} />
                </li>
              ))}
            </ul>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
            {pageInfo ? (
              <LoadMore pageInfo={pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
            ) : null}
          </>
        ) : (
          <EmptyState>
            <p>{t('maintainer.projects.empty')}</p>
            <Link to="/console/projects/new">{t('maintainer.projects.emptyAction')}</Link>
          </EmptyState>
        )
      }
    </QueryState>
  );
}

function ProjectCard({ project }: { project: ProjectItem }) {
  const { t } = useTranslation();
  const draft = project.visibility === 'DRAFT';
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <h2 className="console-card-title">{project.name}</h2>
          <Flex gap={4} wrap>
            <StatusTag tone={draft ? 'warning' : 'success'}>
              {t(`enum.ProjectVisibility.${project.visibility}`)}
            </StatusTag>
            <Tag>{t(`enum.ProjectStage.${project.stage}`)}</Tag>
          </Flex>
        </Flex>
        <p className="break-anywhere">{project.summary}</p>
        <Flex gap={8} wrap align="center" className="console-meta">
          {project.organization ? <OrganizationName organization={project.organization} /> : null}
          <span>{t('maintainer.projects.updated', { date: formatDate(project.updatedAt) })}</span>
        </Flex>
        <Flex gap={16} wrap>
          <Link
            to={`/console/projects/${project.slug}/edit`}
            aria-label={t('maintainer.projects.editNamed', { name: project.name })}
          >
            {t('maintainer.projects.edit')}
          </Link>
          <Link
            to={`/console/projects/${project.slug}/sponsors`}
            aria-label={t('maintainer.projects.sponsorsNamed', { name: project.name })}
          >
            {t('maintainer.projects.sponsors')}
          </Link>
          <Link
            to={`/projects/${project.slug}`}
            aria-label={t(draft ? 'maintainer.projects.previewNamed' : 'maintainer.projects.viewNamed', {
              name: project.name,
            })}
          >
            {draft ? t('maintainer.projects.preview') : t('maintainer.projects.view')}
          </Link>
        </Flex>
      </Flex>
    </Card>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MaintainerProjectsDocument, type MaintainerProjectsQuery } from './maintainer.generated';
import { formatDate } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, ErrorState, QueryState } from '../../shared/PageState';
import { RequireViewer } from '../../shared/RequireViewer';
import { StatusTag } from '../../shared/StatusTag';
import '../../shared/console.css';
import { LoadMore } from '../../shared/LoadMore';

type ProjectItem = MaintainerProjectsQuery['projects']['edges'][number]['node'];

export default function MyProjectsPage() {
  return <RequireViewer>{() => <MyProjects />}</RequireViewer>;
}

function MyProjects() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MaintainerProjectsDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = data?.projects.pageInfo;

  return (
    <Flex vertical gap={16} className="console-page">
      <p className="back-link">
        <Link to="/account">{t('maintainer.backToAccount')}</Link>
      </p>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <h1 className="console-heading">{t('maintainer.projects.title')}</h1>
          <p className="console-intro">{t('maintainer.projects.intro')}</p>
        </div>
        <Link className="button-link" to="/console/projects/new">
          <PlusOutlined aria-hidden="true" /> {t('maintainer.projects.new')}
        </Link>
      </Flex>
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
    </Flex>
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

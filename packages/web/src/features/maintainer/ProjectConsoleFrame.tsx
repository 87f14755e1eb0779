import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { QueryState } from '../../shared/PageState';

interface ProjectQueryResult<P> {
  loading: boolean;
  error?: unknown;
  data?: { project?: P | null } | null;
  refetch(): unknown;
}

/**
 * A page of one project in the maintainer console: the way back to the list, the query's loading and error states,
 * and "not found" for a project that does not exist or that the viewer may not work on here.
 */
export function ProjectConsoleFrame<P>({
  result,
  canManage = () => true,
  children,
}: {
  result: ProjectQueryResult<P>;
  canManage?: (project: P) => boolean;
  children: (project: P) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} className="console-page">
      <p className="back-link">
        <Link to="/console/projects">{t('maintainer.backToProjects')}</Link>
      </p>
      <QueryState
        loading={result.loading}
        error={result.error}
        data={result.data}
        onRetry={() => void result.refetch()}
      >
        {({ project }) =>
          project && canManage(project) ? (
            children(project)
          ) : (
            <NotFoundPage title={t('maintainer.notFound.title')} hint={t('maintainer.notFound.body')} back={null} />
          )
        }
      </QueryState>
    </Flex>
  );
}

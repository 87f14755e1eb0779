import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Viewer } from '../auth';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { QueryState } from '../../shared/PageState';
import { RequireViewer } from '../../shared/RequireViewer';
import { ProjectConsoleNav } from './ProjectConsoleNav';
import { ConsolePage } from '../../shared/ConsolePage';

/** What a section of the console is given: the project, who is looking, and the console's nav to place. */
export interface ProjectConsoleSection<P> {
  project: P;
  viewer: Viewer;
  nav: ReactNode;
}

interface ProjectConsoleProps<P> {
  /** The section's query of the project at `/console/projects/:slug/…`. */
  document: TypedDocumentNode<{ project?: P | null }, { slug: string }>;
  fetchPolicy?: 'cache-first' | 'cache-and-network';
  /** Whether the viewer may work on this project here; "not found" otherwise. */
  canManage?: (project: P) => boolean;
  children: (section: ProjectConsoleSection<P>) => ReactNode;
}

/**
 * A page of one project in the maintainer console, around the section a domain provides (its details, sponsor
 * links, volunteer tasks, assessments): signed in only, the way back to the list, the query's loading and error
 * states, and "not found" for a project that does not exist or that the viewer may not work on here.
 */
export function ProjectConsole<P extends { slug: string }>(props: ProjectConsoleProps<P>) {
  return <RequireViewer>{(viewer) => <ProjectConsoleFrame {...props} viewer={viewer} />}</RequireViewer>;
}

function ProjectConsoleFrame<P extends { slug: string }>({
  document,
  fetchPolicy,
  canManage = () => true,
  children,
  viewer,
}: ProjectConsoleProps<P> & { viewer: Viewer }) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const result = useQuery(document, { variables: { slug }, fetchPolicy });
  return (
    <ConsolePage back={{ to: '/console/projects', label: t('maintainer.backToProjects') }}>
      <QueryState
        loading={result.loading}
        error={result.error}
        data={result.data}
        onRetry={() => void result.refetch()}
      >
        {({ project }) =>
          project && canManage(project) ? (
            children({ project, viewer, nav: <ProjectConsoleNav slug={project.slug} /> })
          ) : (
            <NotFoundPage title={t('maintainer.notFound.title')} hint={t('maintainer.notFound.body')} back={null} />
          )
        }
      </QueryState>
    </ConsolePage>
  );
}

import type { Context } from '../../graphql/context';
import { canEditProject } from '../project/project.policy';

/** Whether the request's viewer acts for the project (a maintainer, or an admin), through the batched loaders. */
export async function viewerActsFor(projectId: string, { viewer, loaders }: Context): Promise<boolean> {
  return canEditProject(viewer, await loaders.project.viewerMaintains.load(projectId));
}

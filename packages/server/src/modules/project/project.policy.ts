import { isAdmin, type Viewer } from '../../auth/viewer';
import { ProjectVisibility } from '../../shared/enums';
import type { ProjectEntity } from './project.entity';

/** Only maintainers act for a project (and platform admins, who moderate). */
export const canEditProject = (viewer: Viewer | null, isMaintainer: boolean): boolean =>
  isAdmin(viewer) || (viewer !== null && isMaintainer);

/** The public sees published projects; drafts only their maintainers and admins. */
export const canSeeProject = (
  viewer: Viewer | null,
  project: Pick<ProjectEntity, 'visibility'>,
  isMaintainer: boolean,
): boolean => project.visibility === ProjectVisibility.PUBLISHED || canEditProject(viewer, isMaintainer);

/** The same rule as SQL, for lists: the rows of `alias` this viewer may see. */
export function visibleProjectsSql(
  alias: string,
  viewer: Viewer | null,
): { sql: string; params: Record<string, unknown> } {
  if (isAdmin(viewer)) return { sql: 'TRUE', params: {} };
  const published = `${alias}.visibility = '${ProjectVisibility.PUBLISHED}'`;
  if (!viewer) return { sql: published, params: {} };
  return {
    sql: `(${published} OR EXISTS (SELECT 1 FROM project_maintainers visible_pm WHERE visible_pm.project_id = ${alias}.id AND visible_pm.user_id = :visibleToUserId))`,
    params: { visibleToUserId: viewer.user.id },
  };
}

import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isAdmin, type Viewer } from '../../auth/viewer';
import { ProjectVisibility } from '../../shared/enums';
import { Forbidden, NotFound } from '../../shared/errors';
import { ProjectMaintainerEntity } from './project-maintainer.entity';
import { ProjectEntity } from './project.entity';

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

/**
 * Rows about a project (tasks, maintainerships, featurings…) narrowed to the projects this viewer may see: joins
 * the project as `project` through `projectId` (SQL naming the row's project id, e.g. `task.project_id`).
 */
export function onVisibleProjects<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  projectId: string,
  viewer: Viewer | null,
): SelectQueryBuilder<T> {
  const visible = visibleProjectsSql('project', viewer);
  return query.innerJoin(ProjectEntity, 'project', `project.id = ${projectId}`).andWhere(visible.sql, visible.params);
}

/*
 * Gates, for the services of every domain: they load the facts in the caller's transaction, ask the rule above and
 * refuse. The decision is always the pure function; a gate only applies it.
 */

/**
 * The project, once the actor is known to maintain it (or to be an admin); locked for the transaction when asked.
 * Refuses the same way for drafts and published projects: the answer says nothing of a draft's content.
 */
export async function projectForMaintainer(
  manager: EntityManager,
  actor: Viewer,
  projectId: string,
  { lock }: { lock: boolean },
): Promise<ProjectEntity> {
  const project = await manager
    .getRepository(ProjectEntity)
    .findOne({ where: { id: projectId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!project) throw new NotFound('This project was not found.', { field: 'projectId' });
  const isMaintainer = await manager
    .getRepository(ProjectMaintainerEntity)
    .existsBy({ projectId: project.id, userId: actor.user.id });
  if (!canEditProject(actor, isMaintainer)) throw new Forbidden('Only maintainers of this project can do this.');
  return project;
}

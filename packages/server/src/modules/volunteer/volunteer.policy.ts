import type { EntityManager } from 'typeorm';
import { isAdmin, type Viewer } from '../../auth/viewer';
import { NotFound } from '../../shared/errors';
import { ProjectMaintainerEntity } from '../project/project-maintainer.entity';
import { ProjectEntity } from '../project/project.entity';
import { canEditProject, canSeeProject } from '../project/project.policy';
import type { VolunteerProfileEntity } from './volunteer-profile.entity';
import { VolunteerTaskEntity } from './volunteer-task.entity';

type Profile = Pick<VolunteerProfileEntity, 'userId' | 'isPublic'>;
type Task = Pick<VolunteerTaskEntity, 'claimantId'>;

/** A profile is public when its owner says so; its owner and admins always see it. */
export const canSeeProfile = (viewer: Viewer | null, profile: Profile): boolean =>
  profile.isPublic || isAdmin(viewer) || viewer?.user.id === profile.userId;

/** Whether the viewer holds (or did) the task. */
export const holdsTask = (viewer: Viewer | null, task: Task): boolean =>
  viewer !== null && task.claimantId !== null && task.claimantId === viewer.user.id;

/**
 * Who holds a task is shown when their profile is public; to the volunteer themself and to whoever acts for the
 * project (its maintainers, admins) always.
 */
export const canSeeClaimant = (
  viewer: Viewer | null,
  task: Task,
  claimantProfile: Profile | null,
  actsForProject: boolean,
): boolean =>
  holdsTask(viewer, task) || (claimantProfile !== null && canSeeProfile(viewer, claimantProfile)) || actsForProject;

/** What a volunteer handed in is between them and the project's maintainers. */
export const canSeeSubmission = (viewer: Viewer | null, task: Task, actsForProject: boolean): boolean =>
  holdsTask(viewer, task) || actsForProject;

/** A task goes back to OPEN by its claimant, or by a maintainer freeing a task its claimant left. */
export const canReleaseTask = canSeeSubmission;

/** Only the claimant hands the work in; only the project's side confirms it done. */
export const canSubmitTask = holdsTask;

/** A contributor with a private profile is listed to the project's maintainers only. */
export const canListContributor = (profileVisible: boolean, actsForProject: boolean): boolean =>
  profileVisible || actsForProject;

/** Whether the actor acts for the project: a maintainer, or an admin (who moderates). */
export async function actsForProject(manager: EntityManager, actor: Viewer, projectId: string): Promise<boolean> {
  const isMaintainer = await manager
    .getRepository(ProjectMaintainerEntity)
    .existsBy({ projectId, userId: actor.user.id });
  return canEditProject(actor, isMaintainer);
}

/**
 * The task, locked, when the actor may see its project (NOT_FOUND otherwise: a draft's tasks stay unknown); with
 * whether the actor acts for the project, asked once.
 */
export async function lockVisibleTask(manager: EntityManager, actor: Viewer, taskId: string) {
  const task = await manager
    .getRepository(VolunteerTaskEntity)
    .findOne({ where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
  const project = task ? await manager.getRepository(ProjectEntity).findOneBy({ id: task.projectId }) : null;
  const maintainer = project !== null && (await actsForProject(manager, actor, project.id));
  if (!task || !project || !canSeeProject(actor, project, maintainer)) {
    throw new NotFound('This task was not found.', { field: 'taskId' });
  }
  return { task, maintainer };
}

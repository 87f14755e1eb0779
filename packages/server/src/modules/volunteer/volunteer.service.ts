import type { DataSource, EntityManager } from 'typeorm';
import { isAdmin, requirePerson, requireViewer, type Viewer } from '../../auth/viewer';
import { HELD_TASK_STATUSES, MilestoneStatus, VolunteerTaskStatus } from '../../shared/enums';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey } from '../../shared/keyset';
import { recordActivity } from '../activity/activity.service';
import { ProjectMaintainerEntity } from '../project/project-maintainer.entity';
import { ProjectEntity } from '../project/project.entity';
import { canEditProject, canSeeProject, visibleProjectsSql } from '../project/project.policy';
import { projectForMaintainer } from '../project/project.service';
import { UserEntity } from '../user/user.entity';
import { MilestoneEntity } from './milestone.entity';
import { VolunteerProfileEntity } from './volunteer-profile.entity';
import { VolunteerTaskEntity } from './volunteer-task.entity';
import {
  VolunteerTaskOrderField,
  type CompleteVolunteerTaskInput,
  type CreateMilestoneInput,
  type CreateVolunteerTaskInput,
  type SubmitVolunteerTaskInput,
  type UpdateMilestoneInput,
  type UpsertVolunteerProfileInput,
  type VolunteerTasksArgs,
} from './volunteer.types';
import { recommendTasksSql, suggestVolunteersSql, type MatchRow } from './volunteer.matching';

const SORT_KEYS: Record<VolunteerTaskOrderField, SortKey<VolunteerTaskEntity>> = {
  [VolunteerTaskOrderField.CREATED_AT]: {
    name: 'CREATED_AT',
    column: 'task.created_at',
    read: (t) => t.createdAt,
    sqlType: 'timestamptz',
  },
  [VolunteerTaskOrderField.ESTIMATED_HOURS]: {
    name: 'ESTIMATED_HOURS',
    column: 'task.estimated_hours',
    read: (t) => t.estimatedHours,
    sqlType: 'bigint',
  },
};

const HELD = HELD_TASK_STATUSES.map((status) => `'${status}'`).join(', ');

export interface TaskMatch {
  task: VolunteerTaskEntity;
  score: number;
  matchedSkills: string[];
  matchedCauseAreas: string[];
  fitsAvailability: boolean;
}

export interface VolunteerMatch {
  profile: VolunteerProfileEntity;
  score: number;
  matchedSkills: string[];
  matchedCauseAreas: string[];
  fitsAvailability: boolean;
}

/** A profile is public when its owner says so; its owner and admins always see it. */
export const canSeeProfile = (viewer: Viewer | null, profile: Pick<VolunteerProfileEntity, 'userId' | 'isPublic'>) =>
  profile.isPublic || isAdmin(viewer) || viewer?.user.id === profile.userId;

export class VolunteerService {
  constructor(
    private readonly dataSource: DataSource,
    /** How many tasks one person may hold (CLAIMED or SUBMITTED) at once. */
    readonly claimLimit: number,
  ) {}

  // — profiles —

  async upsertProfile(viewer: Viewer | null, input: UpsertVolunteerProfileInput): Promise<VolunteerProfileEntity> {
    const actor = requirePerson(viewer, 'Volunteer profiles');
    return this.dataSource.transaction(async (manager) => {
      const profiles = manager.getRepository(VolunteerProfileEntity);
      const existed = await profiles.existsBy({ userId: actor.user.id });
      await profiles.upsert(
        {
          userId: actor.user.id,
          bio: input.bio?.trim() ?? '',
          skills: input.skills,
          weeklyHours: input.weeklyHours,
          causeAreas: input.causeAreas,
          languages: input.languages,
          isPublic: input.isPublic,
          supportChannels: input.supportChannels.map(({ label, url }) => ({ label: label.trim(), url })),
        },
        ['userId'],
      );
      const profile = await profiles.findOneByOrFail({ userId: actor.user.id });
      await recordActivity(manager, actor, {
        verb: existed ? 'volunteer_profile.updated' : 'volunteer_profile.created',
        subjectType: 'user',
        subjectId: actor.user.id,
        data: { isPublic: profile.isPublic, skills: profile.skills },
      });
      return profile;
    });
  }

  /** The profile, when the viewer may see it. */
  async profileOf(viewer: Viewer | null, userId: string): Promise<VolunteerProfileEntity | null> {
    const profile = await this.dataSource.getRepository(VolunteerProfileEntity).findOneBy({ userId });
    return profile && canSeeProfile(viewer, profile) ? profile : null;
  }

  // — milestones —

  async createMilestone(viewer: Viewer | null, input: CreateMilestoneInput): Promise<MilestoneEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const project = await projectForMaintainer(manager, actor, input.projectId, { lock: false });
      const milestone = await manager.getRepository(MilestoneEntity).save(
        manager.getRepository(MilestoneEntity).create({
          projectId: project.id,
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          dueOn: input.dueOn ?? null,
        }),
      );
      await recordActivity(manager, actor, {
        verb: 'milestone.created',
        subjectType: 'project',
        subjectId: project.id,
        data: { milestoneId: milestone.id, title: milestone.title },
      });
      return milestone;
    });
  }

  async updateMilestone(viewer: Viewer | null, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const milestones = manager.getRepository(MilestoneEntity);
      const milestone = await milestones.findOne({
        where: { id: input.milestoneId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!milestone) throw new NotFound('This milestone was not found.', { field: 'milestoneId' });
      await projectForMaintainer(manager, actor, milestone.projectId, { lock: false });
      const changes: Partial<MilestoneEntity> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
      if (input.status !== undefined) changes.status = input.status;
      if (Object.keys(changes).length === 0) throw new InvalidInput('milestoneId', 'Nothing to change was sent.');
      await milestones.update({ id: milestone.id }, changes);
      await recordActivity(manager, actor, {
        verb: 'milestone.updated',
        subjectType: 'project',
        subjectId: milestone.projectId,
        data: { milestoneId: milestone.id, changed: Object.keys(changes) },
      });
      return milestones.findOneByOrFail({ id: milestone.id });
    });
  }

  // — tasks —

  async createTask(viewer: Viewer | null, input: CreateVolunteerTaskInput): Promise<VolunteerTaskEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const milestone = await manager.getRepository(MilestoneEntity).findOneBy({ id: input.milestoneId });
      if (!milestone) throw new NotFound('This milestone was not found.', { field: 'milestoneId' });
      await projectForMaintainer(manager, actor, milestone.projectId, { lock: false });
      if (milestone.status === MilestoneStatus.DONE || milestone.status === MilestoneStatus.CANCELLED) {
        throw new Conflict(`This milestone is ${milestone.status.toLowerCase()}: reopen it before adding tasks.`, {
          field: 'milestoneId',
          reason: 'MILESTONE_CLOSED',
        });
      }
      const tasks = manager.getRepository(VolunteerTaskEntity);
      const task = await tasks.save(
        tasks.create({
          projectId: milestone.projectId,
          milestoneId: milestone.id,
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          skillsNeeded: input.skillsNeeded,
          estimatedHours: input.estimatedHours,
          goodFirstTask: input.goodFirstTask,
        }),
      );
      await recordActivity(manager, actor, {
        verb: 'volunteer_task.created',
        subjectType: 'volunteer_task',
        subjectId: task.id,
        data: { projectId: task.projectId, milestoneId: task.milestoneId, title: task.title },
      });
      return tasks.findOneByOrFail({ id: task.id });
    });
  }

  /**
   * Takes an OPEN task. The claimant's user row is locked first, so one person's claims queue and the count of
   * held tasks cannot be outrun; then the task's row, so of many people claiming one task exactly one finds it OPEN.
   */
  async claim(viewer: Viewer | null, taskId: string): Promise<VolunteerTaskEntity> {
    const actor = requirePerson(viewer, 'Volunteer tasks');
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).findOne({
        where: { id: actor.user.id },
        select: { id: true },
        lock: { mode: 'pessimistic_write' },
      });
      const { task } = await this.lockVisibleTask(manager, actor, taskId);
      if (task.status !== VolunteerTaskStatus.OPEN) {
        const yours = task.claimantId === actor.user.id;
        throw new Conflict(yours ? 'You already hold this task.' : 'Someone else has taken this task.', {
          field: 'taskId',
          reason: yours ? 'ALREADY_CLAIMED' : 'TASK_NOT_OPEN',
        });
      }
      const milestone = await manager.getRepository(MilestoneEntity).findOneByOrFail({ id: task.milestoneId });
      if (milestone.status === MilestoneStatus.DONE || milestone.status === MilestoneStatus.CANCELLED) {
        throw new Conflict(`This task's milestone is ${milestone.status.toLowerCase()}: it takes no more work.`, {
          field: 'taskId',
          reason: 'MILESTONE_CLOSED',
        });
      }
      const [{ held }] = await manager.query(
        `SELECT count(*)::int AS held FROM volunteer_tasks WHERE claimant_id = $1 AND status IN (${HELD})`,
        [actor.user.id],
      );
      if (held >= this.claimLimit) {
        throw new Conflict(
          `You already hold ${held} tasks, the most one person may hold at once (${this.claimLimit}). ` +
            'Submit or release one first.',
          { field: 'taskId', reason: 'CLAIM_LIMIT_REACHED', limit: this.claimLimit },
        );
      }
      return this.move(manager, actor, task, 'claimed', {
        status: VolunteerTaskStatus.CLAIMED,
        claimantId: actor.user.id,
        claimedAt: new Date(),
        submittedAt: null,
        submissionNote: null,
      });
    });
  }

  /** Back to OPEN: by the claimant, or by a maintainer freeing a task its claimant left. */
  async release(viewer: Viewer | null, taskId: string): Promise<VolunteerTaskEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const { task, maintainer } = await this.lockVisibleTask(manager, actor, taskId);
      if (task.claimantId !== actor.user.id && !maintainer) {
        throw new Forbidden('Only the volunteer holding this task or a maintainer of the project can release it.');
      }
      if (task.status !== VolunteerTaskStatus.CLAIMED && task.status !== VolunteerTaskStatus.SUBMITTED) {
        throw new Conflict(`This task is ${task.status.toLowerCase()}, not held by anyone.`, {
          field: 'taskId',
          reason: 'TASK_NOT_HELD',
        });
      }
      return this.move(
        manager,
        actor,
        task,
        'released',
        {
          status: VolunteerTaskStatus.OPEN,
          claimantId: null,
          claimedAt: null,
          submittedAt: null,
          submissionNote: null,
        },
        { claimantId: task.claimantId },
      );
    });
  }

  async submit(viewer: Viewer | null, input: SubmitVolunteerTaskInput): Promise<VolunteerTaskEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const { task } = await this.lockVisibleTask(manager, actor, input.taskId);
      if (task.claimantId !== actor.user.id) {
        throw new Forbidden('Only the volunteer holding this task can submit it.');
      }
      if (task.status !== VolunteerTaskStatus.CLAIMED) {
        throw new Conflict(`This task is ${task.status.toLowerCase()}; only a claimed task can be submitted.`, {
          field: 'taskId',
          reason: 'TASK_NOT_CLAIMED',
        });
      }
      return this.move(manager, actor, task, 'submitted', {
        status: VolunteerTaskStatus.SUBMITTED,
        submittedAt: new Date(),
        submissionNote: input.note?.trim() || null,
      });
    });
  }

  /** A maintainer confirms the work (handed in, or plainly done) and the hours it is recognised for. */
  async complete(viewer: Viewer | null, input: CompleteVolunteerTaskInput): Promise<VolunteerTaskEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const { task, maintainer } = await this.lockVisibleTask(manager, actor, input.taskId);
      if (!maintainer) {
        throw new Forbidden('Only maintainers of this project can confirm its tasks as done.');
      }
      if (task.status !== VolunteerTaskStatus.CLAIMED && task.status !== VolunteerTaskStatus.SUBMITTED) {
        throw new Conflict(
          task.status === VolunteerTaskStatus.OPEN
            ? 'Nobody holds this task: a volunteer claims it before it can be done.'
            : 'This task is already done.',
          { field: 'taskId', reason: task.status === VolunteerTaskStatus.OPEN ? 'TASK_NOT_HELD' : 'TASK_DONE' },
        );
      }
      const hours = input.hours ?? task.estimatedHours;
      return this.move(
        manager,
        actor,
        task,
        'completed',
        { status: VolunteerTaskStatus.DONE, completedAt: new Date(), hoursRecorded: hours },
        { claimantId: task.claimantId, hours },
      );
    });
  }

  list(
    viewer: Viewer | null,
    { first, after, filter, orderBy }: VolunteerTasksArgs,
  ): Promise<Page<VolunteerTaskEntity>> {
    const visible = visibleProjectsSql('project', viewer);
    const query = this.dataSource
      .getRepository(VolunteerTaskEntity)
      .createQueryBuilder('task')
      .innerJoin(ProjectEntity, 'project', 'project.id = task.project_id')
      .where(visible.sql, visible.params);
    if (filter?.skills?.length)
      query.andWhere('task.skills_needed && CAST(:skills AS text[])', { skills: filter.skills });
    if (filter?.causeAreas?.length) {
      query.andWhere('project.cause_areas && CAST(:causeAreas AS text[])', { causeAreas: filter.causeAreas });
    }
    if (filter?.statuses?.length) query.andWhere('task.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.maxEstimatedHours) {
      query.andWhere('task.estimated_hours <= :maxHours', { maxHours: filter.maxEstimatedHours });
    }
    if (filter?.goodFirstTask !== undefined && filter?.goodFirstTask !== null) {
      query.andWhere('task.good_first_task = :goodFirst', { goodFirst: filter.goodFirstTask });
    }
    if (filter?.projectId) query.andWhere('task.project_id = :projectId', { projectId: filter.projectId });
    return paginate(query, {
      alias: 'task',
      sort: SORT_KEYS[orderBy?.field ?? VolunteerTaskOrderField.CREATED_AT],
      direction: orderBy ? orderBy.direction : 'DESC',
      first,
      after,
    });
  }

  /** A task of a project the viewer may see. */
  async task(viewer: Viewer | null, id: string): Promise<VolunteerTaskEntity | null> {
    const visible = visibleProjectsSql('project', viewer);
    return this.dataSource
      .getRepository(VolunteerTaskEntity)
      .createQueryBuilder('task')
      .innerJoin(ProjectEntity, 'project', 'project.id = task.project_id')
      .where('task.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
  }

  /** The tasks the viewer holds or did, on projects they may see, newest claim first. */
  tasksOf(viewer: Viewer): Promise<VolunteerTaskEntity[]> {
    const visible = visibleProjectsSql('project', viewer);
    return this.dataSource
      .getRepository(VolunteerTaskEntity)
      .createQueryBuilder('task')
      .innerJoin(ProjectEntity, 'project', 'project.id = task.project_id')
      .where('task.claimant_id = :me', { me: viewer.user.id })
      .andWhere(visible.sql, visible.params)
      .orderBy('task.claimed_at', 'DESC')
      .addOrderBy('task.id', 'ASC')
      .limit(200)
      .getMany();
  }

  // — matching —

  /** Open tasks of published projects that fit the viewer's profile, best first (see volunteer.matching.ts). */
  async recommendTasks(viewer: Viewer | null, first: number): Promise<TaskMatch[]> {
    if (!viewer) return [];
    const rows: MatchRow[] = await this.dataSource.query(recommendTasksSql, [viewer.user.id, first]);
    if (rows.length === 0) return [];
    const tasks = await this.dataSource
      .getRepository(VolunteerTaskEntity)
      .createQueryBuilder('task')
      .where('task.id IN (:...ids)', { ids: rows.map((row) => row.id) })
      .getMany();
    const byId = new Map(tasks.map((task) => [task.id, task]));
    return rows.flatMap((row) => {
      const task = byId.get(row.id);
      return task ? [{ task, ...matchOf(row) }] : [];
    });
  }

  /** Public volunteers whose skills and causes fit the project's open tasks, best first; for its maintainers. */
  async suggestVolunteers(viewer: Viewer | null, projectId: string, first: number): Promise<VolunteerMatch[]> {
    if (!viewer || !(await this.maintains(this.dataSource.manager, viewer, projectId))) return [];
    const rows: MatchRow[] = await this.dataSource.query(suggestVolunteersSql, [projectId, this.claimLimit, first]);
    if (rows.length === 0) return [];
    const profiles = await this.dataSource
      .getRepository(VolunteerProfileEntity)
      .createQueryBuilder('profile')
      .where('profile.user_id IN (:...ids)', { ids: rows.map((row) => row.id) })
      .getMany();
    const byId = new Map(profiles.map((profile) => [profile.userId, profile]));
    return rows.flatMap((row) => {
      const profile = byId.get(row.id);
      return profile ? [{ profile, ...matchOf(row) }] : [];
    });
  }

  // — helpers —

  /** The task, locked, when the viewer may see its project (NOT_FOUND otherwise: a draft's tasks stay unknown). */
  /** Also says whether the actor acts for the task's project (a maintainer or an admin), asked once. */
  private async lockVisibleTask(manager: EntityManager, actor: Viewer, taskId: string) {
    const task = await manager
      .getRepository(VolunteerTaskEntity)
      .findOne({ where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
    const project = task ? await manager.getRepository(ProjectEntity).findOneBy({ id: task.projectId }) : null;
    const maintainer = project !== null && (await this.maintains(manager, actor, project.id));
    if (!task || !project || !canSeeProject(actor, project, maintainer)) {
      throw new NotFound('This task was not found.', { field: 'taskId' });
    }
    return { task, maintainer };
  }

  private async maintains(manager: EntityManager, actor: Viewer, projectId: string): Promise<boolean> {
    const isMaintainer = await manager
      .getRepository(ProjectMaintainerEntity)
      .existsBy({ projectId, userId: actor.user.id });
    return canEditProject(actor, isMaintainer);
  }

  private async move(
    manager: EntityManager,
    actor: Viewer,
    task: VolunteerTaskEntity,
    step: 'claimed' | 'released' | 'submitted' | 'completed',
    changes: Partial<VolunteerTaskEntity>,
    data: Record<string, unknown> = {},
  ): Promise<VolunteerTaskEntity> {
    const tasks = manager.getRepository(VolunteerTaskEntity);
    await tasks.update({ id: task.id }, changes);
    await recordActivity(manager, actor, {
      verb: `volunteer_task.${step}`,
      subjectType: 'volunteer_task',
      subjectId: task.id,
      data: { projectId: task.projectId, from: task.status, to: changes.status ?? task.status, ...data },
    });
    return tasks.findOneByOrFail({ id: task.id });
  }
}

function matchOf(row: MatchRow) {
  return {
    score: row.score,
    matchedSkills: row.matched_skills,
    matchedCauseAreas: row.matched_cause_areas,
    fitsAvailability: row.fits_availability,
  };
}

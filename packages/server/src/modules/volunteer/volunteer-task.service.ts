import type { Viewer } from '../../auth/viewer';
import { HELD_TASK_STATUSES, MilestoneStatus, VolunteerTaskStatus } from '../../shared/enums';
import { Conflict, Forbidden, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey, createdAtKey } from '../../shared/keyset';
import type { Tx } from '../activity/activity.log';
import { DomainService, type ModuleDeps } from '../module';
import { onVisibleProjects, projectForMaintainer } from '../project/project.policy';
import { UserEntity } from '../user/user.entity';
import { MilestoneEntity } from './milestone.entity';
import { VolunteerTaskEntity } from './volunteer-task.entity';
import {
  VolunteerTaskOrderField,
  type CompleteVolunteerTaskInput,
  type CreateVolunteerTaskInput,
  type SubmitVolunteerTaskInput,
  type VolunteerTasksArgs,
} from './volunteer-task.types';
import { canReleaseTask, canSubmitTask, lockVisibleTask } from './volunteer.policy';

const SORT_KEYS: Record<VolunteerTaskOrderField, SortKey<VolunteerTaskEntity>> = {
  [VolunteerTaskOrderField.CREATED_AT]: createdAtKey('task'),
  [VolunteerTaskOrderField.ESTIMATED_HOURS]: {
    name: 'ESTIMATED_HOURS',
    column: 'task.estimated_hours',
    read: (t) => t.estimatedHours,
    sqlType: 'bigint',
  },
};

const HELD = HELD_TASK_STATUSES.map((status) => `'${status}'`).join(', ');

type Step = 'claimed' | 'released' | 'submitted' | 'completed';

export class VolunteerTaskService extends DomainService {
  /** How many tasks one person may hold (CLAIMED or SUBMITTED) at once. */
  readonly claimLimit: number;

  constructor(deps: ModuleDeps) {
    super(deps);
    this.claimLimit = deps.settings.volunteerClaimLimit;
  }

  async create(actor: Viewer, input: CreateVolunteerTaskInput): Promise<VolunteerTaskEntity> {
    return this.mutate(actor, async (tx) => {
      const { manager } = tx;
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
      await tx.record('volunteer_task.created', task.id, {
        projectId: task.projectId,
        milestoneId: task.milestoneId,
        title: task.title,
      });
      return tasks.findOneByOrFail({ id: task.id });
    });
  }

  /**
   * Takes an OPEN task. The claimant's user row is locked first, so one person's claims queue and the count of
   * held tasks cannot be outrun; then the task's row, so of many people claiming one task exactly one finds it OPEN.
   */
  async claim(actor: Viewer, taskId: string): Promise<VolunteerTaskEntity> {
    return this.mutate(actor, async (tx) => {
      const { manager } = tx;
      await manager.getRepository(UserEntity).findOne({
        where: { id: actor.user.id },
        select: { id: true },
        lock: { mode: 'pessimistic_write' },
      });
      const { task } = await lockVisibleTask(manager, actor, taskId);
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
      return this.move(tx, task, 'claimed', {
        status: VolunteerTaskStatus.CLAIMED,
        claimantId: actor.user.id,
        claimedAt: new Date(),
        submittedAt: null,
        submissionNote: null,
      });
    });
  }

  /** Back to OPEN: by the claimant, or by a maintainer freeing a task its claimant left. */
  async release(actor: Viewer, taskId: string): Promise<VolunteerTaskEntity> {
    return this.mutate(actor, async (tx) => {
      const { manager } = tx;
      const { task, maintainer } = await lockVisibleTask(manager, actor, taskId);
      if (!canReleaseTask(actor, task, maintainer)) {
        throw new Forbidden('Only the volunteer holding this task or a maintainer of the project can release it.');
      }
      if (task.status !== VolunteerTaskStatus.CLAIMED && task.status !== VolunteerTaskStatus.SUBMITTED) {
        throw new Conflict(`This task is ${task.status.toLowerCase()}, not held by anyone.`, {
          field: 'taskId',
          reason: 'TASK_NOT_HELD',
        });
      }
      return this.move(
        tx,
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

  async submit(actor: Viewer, input: SubmitVolunteerTaskInput): Promise<VolunteerTaskEntity> {
    return this.mutate(actor, async (tx) => {
      const { manager } = tx;
      const { task } = await lockVisibleTask(manager, actor, input.taskId);
      if (!canSubmitTask(actor, task)) {
        throw new Forbidden('Only the volunteer holding this task can submit it.');
      }
      if (task.status !== VolunteerTaskStatus.CLAIMED) {
        throw new Conflict(`This task is ${task.status.toLowerCase()}; only a claimed task can be submitted.`, {
          field: 'taskId',
          reason: 'TASK_NOT_CLAIMED',
        });
      }
      return this.move(tx, task, 'submitted', {
        status: VolunteerTaskStatus.SUBMITTED,
        submittedAt: new Date(),
        submissionNote: input.note?.trim() || null,
      });
    });
  }

  /** A maintainer confirms the work (handed in, or plainly done) and the hours it is recognised for. */
  async complete(actor: Viewer, input: CompleteVolunteerTaskInput): Promise<VolunteerTaskEntity> {
    return this.mutate(actor, async (tx) => {
      const { manager } = tx;
      const { task, maintainer } = await lockVisibleTask(manager, actor, input.taskId);
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
        tx,
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
    const tasks = this.dataSource.getRepository(VolunteerTaskEntity).createQueryBuilder('task');
    const query = onVisibleProjects(tasks, 'task.project_id', viewer);
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
    const tasks = this.dataSource.getRepository(VolunteerTaskEntity).createQueryBuilder('task');
    return onVisibleProjects(tasks, 'task.project_id', viewer).andWhere('task.id = :id', { id }).getOne();
  }

  private async move(
    { manager, record }: Tx,
    task: VolunteerTaskEntity,
    step: Step,
    changes: Partial<VolunteerTaskEntity>,
    data: Record<string, unknown> = {},
  ): Promise<VolunteerTaskEntity> {
    const tasks = manager.getRepository(VolunteerTaskEntity);
    await tasks.update({ id: task.id }, changes);
    await record(`volunteer_task.${step}`, task.id, {
      projectId: task.projectId,
      from: task.status,
      to: changes.status ?? task.status,
      ...data,
    });
    return tasks.findOneByOrFail({ id: task.id });
  }
}

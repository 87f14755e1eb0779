import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { VolunteerTaskStatus } from '../../shared/enums';
import type { Viewer } from '../../auth/viewer';
import { createdAtKey } from '../../shared/keyset';
import { rowsById, rowsGroupedBy } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { onVisibleProjects } from '../project/project.policy';
import { MilestoneEntity } from './milestone.entity';
import { VolunteerProfileEntity } from './volunteer-profile.entity';
import { VolunteerTaskEntity } from './volunteer-task.entity';

/** A volunteer's recognised work: DONE tasks, the hours recorded for them, and on which projects. */
export interface ContributionRow {
  userId: string;
  projectId: string;
  tasksDone: number;
  hours: number;
}

const DONE = `'${VolunteerTaskStatus.DONE}'`;

/** Recognised work grouped by volunteer and project, for the given volunteers or projects: one statement. */
function contributions(db: EntityManager, by: 'claimant_id' | 'project_id', keys: readonly string[]) {
  return db.query(
    `SELECT claimant_id AS "userId", project_id AS "projectId", count(*)::int AS "tasksDone",
            sum(hours_recorded)::int AS hours
       FROM volunteer_tasks
      WHERE status = ${DONE} AND ${by} = ANY($1::uuid[])
      GROUP BY claimant_id, project_id
      ORDER BY hours DESC, "tasksDone" DESC, claimant_id, project_id`,
    [keys],
  ) as Promise<ContributionRow[]>;
}

export function createVolunteerLoaders(db: EntityManager, viewer: Viewer | null) {
  const tasks = db.getRepository(VolunteerTaskEntity);
  return {
    taskById: rowsById((ids) => tasks.findBy({ id: In([...ids]) })),

    /** Project.milestonesConnection: by due date, undated last. */
    milestonePages: nestedPages(db, {
      rows: () => db.getRepository(MilestoneEntity).createQueryBuilder('milestone'),
      parent: 'milestone.project_id',
      id: 'milestone.id',
      sort: {
        name: 'DUE_ON',
        column: "COALESCE(CAST(milestone.due_on AS timestamptz), 'infinity')",
        sqlType: 'timestamptz',
      },
      direction: 'ASC',
      parentOf: (milestone) => milestone.projectId,
    }),

    /** Milestone.tasksConnection: as created. */
    taskPagesByMilestone: nestedPages(db, {
      rows: () => tasks.createQueryBuilder('task'),
      parent: 'task.milestone_id',
      id: 'task.id',
      sort: createdAtKey('task'),
      direction: 'ASC',
      parentOf: (task) => task.milestoneId,
    }),

    /** User.volunteerTasksConnection: the tasks someone holds or did, on projects the viewer may see, newest claim first. */
    taskPagesByClaimant: nestedPages(db, {
      rows: () => onVisibleProjects(tasks.createQueryBuilder('task'), 'task.project_id', viewer),
      parent: 'task.claimant_id',
      id: 'task.id',
      sort: { name: 'CLAIMED_AT', column: 'COALESCE(task.claimed_at, task.created_at)', sqlType: 'timestamptz' },
      direction: 'DESC',
      parentOf: (task) => task.claimantId,
    }),

    /** Profiles by user id, whoever may see them (resolvers apply canSeeProfile). */
    profileByUser: new DataLoader<string, VolunteerProfileEntity | null>(async (userIds) => {
      const rows = await db.getRepository(VolunteerProfileEntity).findBy({ userId: In([...userIds]) });
      const byUser = new Map(rows.map((row) => [row.userId, row]));
      return userIds.map((id) => byUser.get(id) ?? null);
    }),

    milestoneById: rowsById((ids) => db.getRepository(MilestoneEntity).findBy({ id: In([...ids]) })),

    /** A milestone's tasks, as created. */
    tasksByMilestone: rowsGroupedBy(
      (milestoneIds) =>
        db.getRepository(VolunteerTaskEntity).find({
          where: { milestoneId: In([...milestoneIds]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      (task) => task.milestoneId,
    ),

    contributionsByUser: rowsGroupedBy(
      (userIds) => contributions(db, 'claimant_id', userIds),
      (row) => row.userId,
    ),

    contributionsByProject: rowsGroupedBy(
      (projectIds) => contributions(db, 'project_id', projectIds),
      (row) => row.projectId,
    ),
  };
}

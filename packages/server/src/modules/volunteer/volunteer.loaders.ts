import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { VolunteerTaskStatus } from '../../shared/enums';
import { rowsById, rowsGroupedBy } from '../../shared/loaders';
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

export function createVolunteerLoaders(db: EntityManager) {
  return {
    /** Profiles by user id, whoever may see them (resolvers apply canSeeProfile). */
    profileByUser: new DataLoader<string, VolunteerProfileEntity | null>(async (userIds) => {
      const rows = await db.getRepository(VolunteerProfileEntity).findBy({ userId: In([...userIds]) });
      const byUser = new Map(rows.map((row) => [row.userId, row]));
      return userIds.map((id) => byUser.get(id) ?? null);
    }),

    /** A project's milestones: by due date (undated last), then as created. */
    milestonesByProject: rowsGroupedBy(
      (projectIds) =>
        db
          .getRepository(MilestoneEntity)
          .createQueryBuilder('milestone')
          .where('milestone.project_id IN (:...projectIds)', { projectIds })
          .orderBy('milestone.due_on', 'ASC', 'NULLS LAST')
          .addOrderBy('milestone.created_at', 'ASC')
          .addOrderBy('milestone.id', 'ASC')
          .getMany(),
      (milestone) => milestone.projectId,
    ),

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

import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { IdeaInterestRole } from '../../shared/enums';
import { createdAtKey } from '../../shared/keyset';
import { rowsById } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { IdeaInterestEntity } from './idea-interest.entity';
import type { IdeaInterestCounts } from './idea.types';

const NO_INTEREST: IdeaInterestCounts = { volunteer: 0, maintainer: 0, beneficiary: 0, total: 0 };

const FIELD_OF_ROLE: Record<IdeaInterestRole, keyof Omit<IdeaInterestCounts, 'total'>> = {
  [IdeaInterestRole.VOLUNTEER]: 'volunteer',
  [IdeaInterestRole.MAINTAINER]: 'maintainer',
  [IdeaInterestRole.BENEFICIARY]: 'beneficiary',
};

export function createIdeaLoaders(db: EntityManager, viewer: Viewer | null) {
  const interests = db.getRepository(IdeaInterestEntity);
  return {
    /** Public counts per role: one grouped query for a whole page of ideas. */
    interestCounts: new DataLoader<string, IdeaInterestCounts>(async (projectIds) => {
      const rows: Array<{ projectId: string; role: IdeaInterestRole; n: number }> = await db.query(
        `SELECT project_id AS "projectId", role, count(*)::int AS n FROM idea_interests
          WHERE project_id = ANY($1::uuid[]) GROUP BY project_id, role`,
        [projectIds],
      );
      const counts = new Map<string, IdeaInterestCounts>();
      for (const row of rows) {
        const current = counts.get(row.projectId) ?? { ...NO_INTEREST };
        current[FIELD_OF_ROLE[row.role]] += row.n;
        current.total += row.n;
        counts.set(row.projectId, current);
      }
      return projectIds.map((id) => counts.get(id) ?? { ...NO_INTEREST });
    }),

    /** Every interest in each project, oldest first. Only for callers the policy lets see who joined. */
    interestById: rowsById((ids) => interests.findBy({ id: In([...ids]) })),

    /** Project.interestsConnection: who joined the idea, in the order they did. */
    interestPages: nestedPages(db, {
      rows: () => interests.createQueryBuilder('interest'),
      parent: 'interest.project_id',
      id: 'interest.id',
      sort: createdAtKey('interest'),
      direction: 'ASC',
      parentOf: (interest) => interest.projectId,
    }),

    /** The viewer's own interests in each project; no query for anonymous callers. */
    viewerInterests: new DataLoader<string, IdeaInterestEntity[]>(async (projectIds) => {
      if (!viewer) return projectIds.map(() => []);
      const rows = await interests.find({
        where: { userId: viewer.user.id, projectId: In([...projectIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return projectIds.map((id) => rows.filter((row) => row.projectId === id));
    }),
  };
}

import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { createdAtKey } from '../../shared/keyset';
import { rowsById } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { ProjectMaintainerEntity } from './project-maintainer.entity';
import { ProjectEntity } from './project.entity';
import { onVisibleProjects, visibleProjectsSql } from './project.policy';

export function createProjectLoaders(db: EntityManager, viewer: Viewer | null) {
  const maintainers = db.getRepository(ProjectMaintainerEntity);
  return {
    /** Projects by id, null where the viewer may not see them (drafts of others). */
    visibleById: rowsById((ids) => {
      const visible = visibleProjectsSql('project', viewer);
      return db
        .getRepository(ProjectEntity)
        .createQueryBuilder('project')
        .where('project.id IN (:...ids)', { ids })
        .andWhere(visible.sql, visible.params)
        .getMany();
    }),

    /** Organization.projectsConnection: the visible projects listed under it, newest first. */
    visiblePagesByOrganization: nestedPages(db, {
      rows: () => {
        const visible = visibleProjectsSql('project', viewer);
        return db.getRepository(ProjectEntity).createQueryBuilder('project').where(visible.sql, visible.params);
      },
      parent: 'project.organization_id',
      id: 'project.id',
      sort: createdAtKey('project'),
      direction: 'DESC',
      parentOf: (project) => project.organizationId,
    }),

    /** Project.maintainersConnection: its maintainers (users), in the order they joined. */
    maintainerPages: nestedPages(db, {
      rows: () => maintainers.createQueryBuilder('maintainer'),
      parent: 'maintainer.project_id',
      id: 'maintainer.user_id',
      sort: { name: 'JOINED_AT', column: 'maintainer.created_at', sqlType: 'timestamptz' },
      direction: 'ASC',
    }),

    /** User.projectsConnection: the visible projects the user maintains, latest first. */
    maintainedPagesByUser: nestedPages(db, {
      rows: () => onVisibleProjects(maintainers.createQueryBuilder('maintainer'), 'maintainer.project_id', viewer),
      parent: 'maintainer.user_id',
      id: 'maintainer.project_id',
      sort: { name: 'JOINED_AT', column: 'maintainer.created_at', sqlType: 'timestamptz' },
      direction: 'DESC',
    }),

    /** Whether the viewer maintains each project asked about; no query for anonymous callers. */
    viewerMaintains: new DataLoader<string, boolean>(async (projectIds) => {
      if (!viewer) return projectIds.map(() => false);
      const rows = await maintainers.findBy({ userId: viewer.user.id, projectId: In([...projectIds]) });
      const mine = new Set(rows.map((row) => row.projectId));
      return projectIds.map((id) => mine.has(id));
    }),
  };
}

import type { Viewer } from '../../auth/viewer';
import { In, type EntityManager } from 'typeorm';
import { SponsorLinkStatus } from '../../shared/enums';
import { createdAtKey } from '../../shared/keyset';
import { rowsById } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { ProjectEntity } from '../project/project.entity';
import { visibleProjectsSql } from '../project/project.policy';
import { SponsorLinkEntity } from './sponsor-link.entity';

const CREATED_AT = createdAtKey('link');

/** Only CONFIRMED links are public: both sides agreed. */
export function createSponsorLoaders(db: EntityManager, viewer: Viewer | null) {
  const links = db.getRepository(SponsorLinkEntity);
  const confirmed = () =>
    links.createQueryBuilder('link').where('link.status = :confirmed', { confirmed: SponsorLinkStatus.CONFIRMED });
  return {
    /** Links by id, whatever their status: the lists that lead here decide what is shown. */
    byId: rowsById((ids) => links.findBy({ id: In([...ids]) })),

    /** Project.sponsorsConnection: confirmed links, oldest first. */
    confirmedPagesByProject: nestedPages(db, {
      rows: confirmed,
      parent: 'link.project_id',
      id: 'link.id',
      sort: CREATED_AT,
      direction: 'ASC',
      parentOf: (link) => link.projectId,
    }),

    /**
     * Organization.sponsoredProjectsConnection: the visible projects it has a confirmed link with (one entry per
     * project, whatever the links' roles), latest sponsorship first.
     */
    sponsoredProjectPages: nestedPages(db, {
      rows: () => {
        const visible = visibleProjectsSql('project', viewer);
        return db
          .getRepository(ProjectEntity)
          .createQueryBuilder('project')
          .innerJoin(
            (sub) =>
              sub
                .select('l.organization_id', 'organization_id')
                .addSelect('l.project_id', 'project_id')
                .addSelect('max(l.created_at)', 'since')
                .from(SponsorLinkEntity, 'l')
                .where(`l.status = '${SponsorLinkStatus.CONFIRMED}'`)
                .groupBy('l.organization_id')
                .addGroupBy('l.project_id'),
            'sponsorship',
            'sponsorship.project_id = project.id',
          )
          .where(visible.sql, visible.params);
      },
      parent: 'sponsorship.organization_id',
      id: 'project.id',
      sort: { name: 'SPONSORED_SINCE', column: 'sponsorship.since', sqlType: 'timestamptz' },
      direction: 'DESC',
    }),
  };
}

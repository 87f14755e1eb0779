import { In, type EntityManager } from 'typeorm';
import { SponsorLinkStatus } from '../../shared/enums';
import { rowsGroupedBy } from '../../shared/loaders';
import { SponsorLinkEntity } from './sponsor-link.entity';

/** Only CONFIRMED links are public: both sides agreed. */
export function createSponsorLoaders(db: EntityManager) {
  const links = db.getRepository(SponsorLinkEntity);
  return {
    confirmedByProject: rowsGroupedBy(
      (projectIds) =>
        links.find({
          where: { projectId: In([...projectIds]), status: SponsorLinkStatus.CONFIRMED },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      (link) => link.projectId,
    ),
    confirmedByOrganization: rowsGroupedBy(
      (organizationIds) =>
        links.find({
          where: { organizationId: In([...organizationIds]), status: SponsorLinkStatus.CONFIRMED },
          order: { createdAt: 'DESC', id: 'DESC' },
        }),
      (link) => link.organizationId,
    ),
  };
}

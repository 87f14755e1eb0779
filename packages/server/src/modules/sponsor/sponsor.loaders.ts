import { In, type DataSource } from 'typeorm';
import { SponsorLinkStatus } from '../../shared/enums';
import { rowsGroupedBy } from '../../shared/loaders';
import { SponsorLinkEntity } from './sponsor-link.entity';

/** Only CONFIRMED links are public: both sides agreed. */
export function createSponsorLoaders(dataSource: DataSource) {
  const links = dataSource.getRepository(SponsorLinkEntity);
  return {
    confirmedLinksByProject: rowsGroupedBy(
      (projectIds) =>
        links.find({
          where: { projectId: In([...projectIds]), status: SponsorLinkStatus.CONFIRMED },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      (link) => link.projectId,
    ),
    confirmedLinksByOrganization: rowsGroupedBy(
      (organizationIds) =>
        links.find({
          where: { organizationId: In([...organizationIds]), status: SponsorLinkStatus.CONFIRMED },
          order: { createdAt: 'DESC', id: 'DESC' },
        }),
      (link) => link.organizationId,
    ),
  };
}

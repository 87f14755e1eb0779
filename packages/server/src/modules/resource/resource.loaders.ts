import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { GRANTED_STATUSES } from '../../shared/enums';
import type { ResourceRequestStatus } from '../../shared/enums';
import { createdAtKey } from '../../shared/keyset';
import { rowsById } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { ResourceOfferEntity } from './resource-offer.entity';
import { ResourceRequestEntity } from './resource-request.entity';
import { organizationImpacts, type OrganizationImpactData } from './resource-impact.service';
import { visibleRequestsSql } from './resource.policy';

type Statuses = readonly ResourceRequestStatus[] | null | undefined;

export function createResourceLoaders(db: EntityManager, viewer: Viewer | null) {
  const requests = db.getRepository(ResourceRequestEntity);
  const visibleRequests = () => {
    const visible = visibleRequestsSql('request', viewer);
    return requests.createQueryBuilder('request').where(visible.sql, visible.params);
  };
  const withStatuses = (query: ReturnType<typeof visibleRequests>, statuses: Statuses) =>
    statuses?.length ? query.andWhere('request.status IN (:...statuses)', { statuses }) : query;
  const NEWEST = createdAtKey('request');
  return {
    /** Requests by id, whoever asks: the lists that lead here decide what is shown. */
    requestById: rowsById((ids) => requests.findBy({ id: In([...ids]) })),

    /** ResourceOffer.requestsConnection: every request to the offer, newest first (members only: the resolver asks). */
    requestPagesByOffer: nestedPages(db, {
      rows: (statuses: Statuses) => withStatuses(requests.createQueryBuilder('request'), statuses),
      parent: 'request.offer_id',
      id: 'request.id',
      sort: NEWEST,
      direction: 'DESC',
      parentOf: (request) => request.offerId,
    }),

    /** Project.resourceRequestsConnection: the project's requests this viewer may see, newest first. */
    visibleRequestPagesByProject: nestedPages(db, {
      rows: (statuses: Statuses) => withStatuses(visibleRequests(), statuses),
      parent: 'request.project_id',
      id: 'request.id',
      sort: NEWEST,
      direction: 'DESC',
      parentOf: (request) => request.projectId,
    }),

    /** SponsorLink.grantsConnection: the grants the link credits, oldest decision first. */
    grantPagesBySponsorLink: nestedPages(db, {
      rows: () => visibleRequests().andWhere('request.status IN (:...granted)', { granted: GRANTED_STATUSES }),
      parent: 'request.sponsor_link_id',
      id: 'request.id',
      sort: { name: 'DECIDED_AT', column: 'COALESCE(request.decided_at, request.created_at)', sqlType: 'timestamptz' },
      direction: 'ASC',
      parentOf: (request) => request.sponsorLinkId,
    }),

    /** Every offer by id, whoever asks: resolvers decide what of it a viewer may see. */
    offerById: rowsById((ids) => db.getRepository(ResourceOfferEntity).findBy({ id: In([...ids]) })),

    impactByOrganization: new DataLoader<string, OrganizationImpactData>((organizationIds) =>
      organizationImpacts(db, organizationIds),
    ),
  };
}

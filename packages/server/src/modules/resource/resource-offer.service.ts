import type { DataSource, EntityManager } from 'typeorm';
import { requireViewer, type Viewer } from '../../auth/viewer';
import { ResourceOfferStatus } from '../../shared/enums';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey } from '../../shared/keyset';
import { whereTextMatches } from '../../shared/search';
import { recordActivity } from '../activity/activity.service';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { detailsFor, type ResourceDetailsInput } from './resource-details.types';
import type { ResourceDetailsData } from './resource-details';
import { ResourceOfferEntity } from './resource-offer.entity';
import {
  ResourceOfferOrderField,
  type CreateResourceOfferInput,
  type ResourceOffersArgs,
  type SetResourceOfferStatusInput,
  type UpdateResourceOfferInput,
} from './resource-offer.types';
import { ResourceRequestEntity } from './resource-request.entity';
import { canManageOffer, visibleOffersSql } from './resource.policy';

/** Offers without a closing date sort as if they closed at the end of time. */
const CLOSES_AT = `COALESCE(offer.closes_at, 'infinity'::timestamptz)`;

const SORT_KEYS: Record<ResourceOfferOrderField, SortKey<ResourceOfferEntity>> = {
  [ResourceOfferOrderField.CREATED_AT]: {
    name: 'CREATED_AT',
    column: 'offer.created_at',
    read: (o) => o.createdAt,
    sqlType: 'timestamptz',
  },
  [ResourceOfferOrderField.REMAINING]: {
    name: 'REMAINING',
    column: '(offer.total - offer.granted)',
    read: (o) => o.remaining,
    sqlType: 'bigint',
  },
  [ResourceOfferOrderField.CLOSES_AT]: {
    name: 'CLOSES_AT',
    column: CLOSES_AT,
    read: (o) => o.closesAt ?? 'infinity',
    sqlType: 'timestamptz',
  },
};

/** The searched expression; ix_resource_offers_search_trgm is built on exactly this. */
const SEARCHED = `(offer.title || ' ' || offer.description)`;

export class ResourceOfferService {
  constructor(private readonly dataSource: DataSource) {}

  list(
    viewer: Viewer | null,
    { first, after, filter, orderBy }: ResourceOffersArgs,
  ): Promise<Page<ResourceOfferEntity>> {
    const visible = visibleOffersSql('offer', viewer);
    const query = this.dataSource
      .getRepository(ResourceOfferEntity)
      .createQueryBuilder('offer')
      .where(visible.sql, visible.params);
    if (filter?.categories?.length)
      query.andWhere('offer.category IN (:...categories)', { categories: filter.categories });
    if (filter?.statuses?.length) query.andWhere('offer.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.organizationId) {
      query.andWhere('offer.organization_id = :organizationId', { organizationId: filter.organizationId });
    }
    if (filter?.organizationSlug) {
      query.andWhere('offer.organization_id IN (SELECT id FROM organizations WHERE slug = :organizationSlug)', {
        organizationSlug: filter.organizationSlug,
      });
    }
    if (filter?.eligibleForCause) {
      query.andWhere(
        `(offer.eligible_cause_areas = '{}' OR offer.eligible_cause_areas @> ARRAY[CAST(:cause AS text)])`,
        { cause: filter.eligibleForCause },
      );
    }
    if (filter?.hasRemaining != null) {
      query.andWhere(filter.hasRemaining ? 'offer.granted < offer.total' : 'offer.granted >= offer.total');
    }
    whereTextMatches(query, SEARCHED, filter?.search);
    return paginate(query, {
      alias: 'offer',
      sort: SORT_KEYS[orderBy?.field ?? ResourceOfferOrderField.CREATED_AT],
      direction: orderBy ? orderBy.direction : 'DESC',
      first,
      after,
    });
  }

  async byId(viewer: Viewer | null, id: string): Promise<ResourceOfferEntity | null> {
    const visible = visibleOffersSql('offer', viewer);
    return this.dataSource
      .getRepository(ResourceOfferEntity)
      .createQueryBuilder('offer')
      .where('offer.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
  }

  async create(viewer: Viewer | null, input: CreateResourceOfferInput): Promise<ResourceOfferEntity> {
    const actor = requireViewer(viewer);
    const details = validDetails(input.category, input.details);
    checkLimits(input.total, input.maxPerProject ?? null);
    checkWindow(input.opensAt ?? null, input.closesAt ?? null);
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: input.organizationId });
      if (!organization) throw new NotFound('This organisation was not found.', { field: 'organizationId' });
      await requireOfferManager(manager, actor, organization.id);
      const offers = manager.getRepository(ResourceOfferEntity);
      const offer = await offers.save(
        offers.create({
          organizationId: organization.id,
          createdByUserId: actor.user.id,
          category: input.category,
          title: input.title.trim(),
          description: input.description ?? '',
          details,
          unit: input.unit.trim(),
          total: input.total,
          maxPerProject: input.maxPerProject ?? null,
          opensAt: input.opensAt ?? null,
          closesAt: input.closesAt ?? null,
          eligibleCauseAreas: input.eligibility?.causeAreas ?? [],
          eligibleStages: input.eligibility?.stages ?? [],
          osiLicenseRequired: input.eligibility?.osiLicenseRequired ?? false,
          attribution: input.attribution?.trim() ?? '',
          status: ResourceOfferStatus.DRAFT,
        }),
      );
      await recordActivity(manager, actor, {
        verb: 'resource_offer.created',
        subjectType: 'resource_offer',
        subjectId: offer.id,
        data: { organizationId: organization.id, category: offer.category, total: offer.total },
      });
      return offer;
    });
  }

  async update(viewer: Viewer | null, input: UpdateResourceOfferInput): Promise<ResourceOfferEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const offer = await lockOfferForManager(manager, actor, input.offerId);
      if (input.title !== undefined) offer.title = input.title.trim();
      if (input.description !== undefined) offer.description = input.description;
      if (input.details !== undefined) offer.details = validDetails(offer.category, input.details);
      if (input.unit !== undefined && input.unit.trim() !== offer.unit) {
        if (await manager.getRepository(ResourceRequestEntity).existsBy({ offerId: offer.id })) {
          throw new Conflict('The unit is fixed once a project has asked: totals and grants are counted in it.', {
            field: 'unit',
            reason: 'HAS_REQUESTS',
          });
        }
        offer.unit = input.unit.trim();
      }
      if (input.total !== undefined) {
        if (input.total < offer.granted) {
          throw new Conflict(
            `The total cannot go below what is already granted (${offer.granted} ${offer.unit}); revoke grants first.`,
            { field: 'total', reason: 'BELOW_GRANTED', granted: offer.granted },
          );
        }
        offer.total = input.total;
      }
      if (input.maxPerProject !== undefined) offer.maxPerProject = input.maxPerProject;
      if (input.opensAt !== undefined) offer.opensAt = input.opensAt;
      if (input.closesAt !== undefined) offer.closesAt = input.closesAt;
      if (input.eligibility !== undefined) {
        offer.eligibleCauseAreas = input.eligibility.causeAreas;
        offer.eligibleStages = input.eligibility.stages;
        offer.osiLicenseRequired = input.eligibility.osiLicenseRequired;
      }
      if (input.attribution !== undefined) offer.attribution = input.attribution.trim();
      checkLimits(offer.total, offer.maxPerProject);
      checkWindow(offer.opensAt, offer.closesAt);
      const saved = await manager.getRepository(ResourceOfferEntity).save(offer);
      await recordActivity(manager, actor, {
        verb: 'resource_offer.updated',
        subjectType: 'resource_offer',
        subjectId: offer.id,
        data: { fields: Object.keys(input).filter((key) => key !== 'offerId') },
      });
      return saved;
    });
  }

  async setStatus(viewer: Viewer | null, input: SetResourceOfferStatusInput): Promise<ResourceOfferEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const offer = await lockOfferForManager(manager, actor, input.offerId);
      if (offer.status === input.status) return offer;
      if (
        input.status === ResourceOfferStatus.DRAFT &&
        (await manager.getRepository(ResourceRequestEntity).existsBy({ offerId: offer.id }))
      ) {
        throw new Conflict('Projects have asked for this offer: pause or close it instead of making it a draft.', {
          field: 'status',
          reason: 'HAS_REQUESTS',
        });
      }
      const previousStatus = offer.status;
      offer.status = input.status;
      const saved = await manager.getRepository(ResourceOfferEntity).save(offer);
      await recordActivity(manager, actor, {
        verb: 'resource_offer.status_changed',
        subjectType: 'resource_offer',
        subjectId: offer.id,
        data: { from: previousStatus, to: input.status },
      });
      return saved;
    });
  }
}

function validDetails(
  category: CreateResourceOfferInput['category'],
  input: ResourceDetailsInput,
): ResourceDetailsData {
  const result = detailsFor(category, input);
  if ('problem' in result) throw new InvalidInput('details', result.problem);
  return result.details;
}

function checkLimits(total: number, maxPerProject: number | null) {
  if (maxPerProject !== null && maxPerProject > total) {
    throw new InvalidInput('maxPerProject', `maxPerProject cannot exceed the total (${total}).`);
  }
}

function checkWindow(opensAt: Date | null, closesAt: Date | null) {
  if (opensAt && closesAt && closesAt <= opensAt) {
    throw new InvalidInput('closesAt', 'closesAt must come after opensAt.');
  }
}

/** The viewer's role in an organisation, or null. */
export async function roleIn(manager: EntityManager, actor: Viewer, organizationId: string) {
  const membership = await manager
    .getRepository(OrganizationMemberEntity)
    .findOneBy({ organizationId, userId: actor.user.id });
  return membership?.role ?? null;
}

async function requireOfferManager(manager: EntityManager, actor: Viewer, organizationId: string) {
  if (!canManageOffer(actor, await roleIn(manager, actor, organizationId))) {
    throw new Forbidden('Only members of the offering organisation can manage its offers and decide on requests.');
  }
}

/**
 * The offer, locked for this transaction, once the actor may manage it. The offer's row lock is what serialises
 * every change to its capacity: approvals, withdrawals and revocations of the same offer queue here.
 */
export async function lockOfferForManager(
  manager: EntityManager,
  actor: Viewer,
  offerId: string,
): Promise<ResourceOfferEntity> {
  const offer = await lockOffer(manager, offerId);
  await requireOfferManager(manager, actor, offer.organizationId);
  return offer;
}

export async function lockOffer(manager: EntityManager, offerId: string): Promise<ResourceOfferEntity> {
  const offer = await manager
    .getRepository(ResourceOfferEntity)
    .findOne({ where: { id: offerId }, lock: { mode: 'pessimistic_write' } });
  if (!offer) throw new NotFound('This resource offer was not found.', { field: 'offerId' });
  return offer;
}

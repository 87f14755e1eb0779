import type { Viewer } from '../../auth/viewer';
import { ResourceOfferStatus } from '../../shared/enums';
import { Conflict, InvalidInput, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey, createdAtKey } from '../../shared/keyset';
import { whereTextMatches } from '../../shared/search';
import { DomainService } from '../module';
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
import { lockOfferForManager, requireOfferManager, visibleOffersSql } from './resource.policy';

/** Offers without a closing date sort as if they closed at the end of time. */
const CLOSES_AT = `COALESCE(offer.closes_at, 'infinity'::timestamptz)`;

const SORT_KEYS: Record<ResourceOfferOrderField, SortKey<ResourceOfferEntity>> = {
  [ResourceOfferOrderField.CREATED_AT]: createdAtKey('offer'),
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

export class ResourceOfferService extends DomainService {
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

  async create(actor: Viewer, input: CreateResourceOfferInput): Promise<ResourceOfferEntity> {
    const details = validDetails(input.category, input.details);
    checkLimits(input.total, input.maxPerProject ?? null);
    checkWindow(input.opensAt ?? null, input.closesAt ?? null);
    return this.mutate(actor, async ({ manager, record }) => {
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
      await record('resource_offer.created', offer.id, {
        organizationId: organization.id,
        category: offer.category,
        total: offer.total,
      });
      return offer;
    });
  }

  async update(actor: Viewer, input: UpdateResourceOfferInput): Promise<ResourceOfferEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
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
      await record('resource_offer.updated', offer.id, {
        fields: Object.keys(input).filter((key) => key !== 'offerId'),
      });
      return saved;
    });
  }

  async setStatus(actor: Viewer, input: SetResourceOfferStatusInput): Promise<ResourceOfferEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
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
      await record('resource_offer.status_changed', offer.id, { from: previousStatus, to: input.status });
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

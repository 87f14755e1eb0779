import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { ProjectVisibility, ResourceOfferStatus, ResourceRequestStatus } from '../../shared/enums';
import { Conflict, InvalidInput, NotFound } from '../../shared/errors';
import { paginate, type SortKey, createdAtKey } from '../../shared/keyset';
import type { ActivityVerb } from '../activity/activity.verbs';
import type { Tx } from '../activity/activity.log';
import { DomainService } from '../module';
import { OrganizationEntity } from '../organization/organization.entity';
import { projectForMaintainer } from '../project/project.policy';
import { creditInKind } from '../sponsor/in-kind-credit';
import { checkCanAsk, checkProjectMaximum, checkRemaining } from './resource-request.rules';
import { ResourceOfferEntity } from './resource-offer.entity';
import { ResourceRequestEntity } from './resource-request.entity';
import type {
  ApproveResourceRequestInput,
  DeclineResourceRequestInput,
  FulfillResourceRequestInput,
  RequestResourceInput,
  ResourceRequestsArgs,
  RevokeResourceRequestInput,
} from './resource-request.types';
import { canAskAboutOffer, lockOffer, lockOfferForManager, roleIn, visibleRequestsSql } from './resource.policy';

const NEWEST_FIRST: SortKey<ResourceRequestEntity> = createdAtKey('request');

/** Whose requests a list is about: the offers of the viewer's organisations, or the viewer's projects. */
export type RequestInbox = 'INCOMING' | 'OUTGOING';

export class ResourceRequestService extends DomainService {
  list(viewer: Viewer | null, { first, after, filter }: ResourceRequestsArgs, inbox?: RequestInbox) {
    const visible = visibleRequestsSql('request', viewer);
    const query = this.dataSource
      .getRepository(ResourceRequestEntity)
      .createQueryBuilder('request')
      .where(visible.sql, visible.params);
    if (inbox) {
      // Anonymous callers have no inbox: the nil uuid matches nobody.
      const me = viewer?.user.id ?? '00000000-0000-0000-0000-000000000000';
      query.andWhere(
        inbox === 'INCOMING'
          ? 'EXISTS (SELECT 1 FROM resource_offers inbox_ro JOIN organization_members inbox_om ON inbox_om.organization_id = inbox_ro.organization_id WHERE inbox_ro.id = request.offer_id AND inbox_om.user_id = :me)'
          : 'EXISTS (SELECT 1 FROM project_maintainers inbox_pm WHERE inbox_pm.project_id = request.project_id AND inbox_pm.user_id = :me)',
        { me },
      );
    }
    if (filter?.statuses?.length) query.andWhere('request.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.offerId) query.andWhere('request.offer_id = :offerId', { offerId: filter.offerId });
    if (filter?.projectId) query.andWhere('request.project_id = :projectId', { projectId: filter.projectId });
    if (filter?.organizationId) {
      query.andWhere('request.offer_id IN (SELECT id FROM resource_offers WHERE organization_id = :organizationId)', {
        organizationId: filter.organizationId,
      });
    }
    if (filter?.categories?.length) {
      query.andWhere('request.offer_id IN (SELECT id FROM resource_offers WHERE category IN (:...categories))', {
        categories: filter.categories,
      });
    }
    return paginate(query, { alias: 'request', sort: NEWEST_FIRST, direction: 'DESC', first, after });
  }

  byId(viewer: Viewer | null, id: string): Promise<ResourceRequestEntity | null> {
    const visible = visibleRequestsSql('request', viewer);
    return this.dataSource
      .getRepository(ResourceRequestEntity)
      .createQueryBuilder('request')
      .where('request.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
  }

  /** A maintainer asks an offer for a quantity. Rule 2: every refusal has its own reason. */
  async request(actor: Viewer, input: RequestResourceInput): Promise<ResourceRequestEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await projectForMaintainer(manager, actor, input.projectId, { lock: false });
      const offer = await manager.getRepository(ResourceOfferEntity).findOneBy({ id: input.offerId });
      const organization =
        offer && (await manager.getRepository(OrganizationEntity).findOneBy({ id: offer.organizationId }));
      if (
        !offer ||
        !organization ||
        !canAskAboutOffer(actor, offer, organization, await roleIn(manager, actor, organization.id))
      ) {
        throw new NotFound('This resource offer was not found.', { field: 'offerId' });
      }
      if (project.visibility !== ProjectVisibility.PUBLISHED) {
        throw new Conflict('Publish the project first: the organisation reviews its public page.', {
          field: 'projectId',
          reason: 'PROJECT_NOT_PUBLISHED',
        });
      }
      await checkCanAsk(manager, offer, project, input.quantity);
      const requests = manager.getRepository(ResourceRequestEntity);
      const request = await requests.save(
        requests.create({
          offerId: offer.id,
          projectId: project.id,
          requestedByUserId: actor.user.id,
          quantity: input.quantity,
          justification: input.justification.trim(),
        }),
      );
      await record('resource_request.created', request.id, {
        offerId: offer.id,
        projectId: project.id,
        organizationId: offer.organizationId,
        quantity: input.quantity,
      });
      return request;
    });
  }

  /** Grants all or part of a pending request, within the offer's capacity, and credits the organisation. */
  approve(actor: Viewer, input: ApproveResourceRequestInput): Promise<ResourceRequestEntity> {
    return this.transition(actor, input.requestId, {
      by: 'ORGANIZATION',
      from: [ResourceRequestStatus.PENDING],
      refusal: { reason: 'NOT_PENDING', message: 'Only a pending request can be approved.' },
      verb: 'resource_request.approved',
      apply: async ({ tx, actor, offer, request }) => {
        const { manager } = tx;
        const quantity = input.quantity ?? request.quantity;
        if (quantity > request.quantity) {
          throw new InvalidInput(
            'quantity',
            `The project asked for ${request.quantity} ${offer.unit}; approve at most that.`,
          );
        }
        if (offer.status === ResourceOfferStatus.CLOSED) {
          throw new Conflict('This offer is closed: reopen it to approve requests.', { reason: 'OFFER_NOT_OPEN' });
        }
        await checkProjectMaximum(manager, offer, request.projectId, quantity);
        checkRemaining(offer, quantity);
        await manager.getRepository(ResourceOfferEntity).increment({ id: offer.id }, 'granted', quantity);
        const organization = await manager
          .getRepository(OrganizationEntity)
          .findOneByOrFail({ id: offer.organizationId });
        request.sponsorLinkId = await creditInKind(tx, actor, {
          organizationId: offer.organizationId,
          projectId: request.projectId,
          attribution: offer.attribution || organization.name,
          requestId: request.id,
        });
        request.status = ResourceRequestStatus.APPROVED;
        request.approvedQuantity = quantity;
        request.decisionNote = input.note?.trim() || null;
        request.decidedByUserId = actor.user.id;
        request.decidedAt = new Date();
        return { quantity };
      },
    });
  }

  decline(actor: Viewer, input: DeclineResourceRequestInput): Promise<ResourceRequestEntity> {
    return this.transition(actor, input.requestId, {
      by: 'ORGANIZATION',
      from: [ResourceRequestStatus.PENDING],
      refusal: { reason: 'NOT_PENDING', message: 'Only a pending request can be declined.' },
      verb: 'resource_request.declined',
      apply: ({ actor, request }) => {
        request.status = ResourceRequestStatus.DECLINED;
        request.decisionNote = input.note?.trim() || null;
        request.decidedByUserId = actor.user.id;
        request.decidedAt = new Date();
      },
    });
  }

  /** The project takes its request back; an approved grant returns its capacity to the offer. */
  withdraw(actor: Viewer, requestId: string): Promise<ResourceRequestEntity> {
    return this.transition(actor, requestId, {
      by: 'PROJECT',
      from: [ResourceRequestStatus.PENDING, ResourceRequestStatus.APPROVED],
      refusal: {
        reason: 'NOT_WITHDRAWABLE',
        message: 'Only a pending or approved (not yet fulfilled) request can be withdrawn.',
      },
      verb: 'resource_request.withdrawn',
      apply: async ({ tx: { manager }, offer, request }) => {
        await returnCapacity(manager, offer, request);
        request.status = ResourceRequestStatus.WITHDRAWN;
        request.closedAt = new Date();
      },
    });
  }

  /** The organisation marks an approved grant delivered (e.g. credentials sent). */
  fulfill(actor: Viewer, input: FulfillResourceRequestInput): Promise<ResourceRequestEntity> {
    return this.transition(actor, input.requestId, {
      by: 'ORGANIZATION',
      from: [ResourceRequestStatus.APPROVED],
      refusal: { reason: 'NOT_APPROVED', message: 'Only an approved request can be fulfilled.' },
      verb: 'resource_request.fulfilled',
      apply: ({ request }) => {
        request.status = ResourceRequestStatus.FULFILLED;
        request.fulfillmentNote = input.note?.trim() || null;
        request.fulfilledAt = new Date();
      },
    });
  }

  /** The organisation takes back an approved grant before delivering it; its capacity returns to the offer. */
  revoke(actor: Viewer, input: RevokeResourceRequestInput): Promise<ResourceRequestEntity> {
    return this.transition(actor, input.requestId, {
      by: 'ORGANIZATION',
      from: [ResourceRequestStatus.APPROVED],
      refusal: {
        reason: 'NOT_APPROVED',
        message: 'Only an approved request that is not yet fulfilled can be revoked.',
      },
      verb: 'resource_request.revoked',
      apply: async ({ tx: { manager }, offer, request }) => {
        await returnCapacity(manager, offer, request);
        request.status = ResourceRequestStatus.REVOKED;
        if (input.note?.trim()) request.decisionNote = input.note.trim();
        request.closedAt = new Date();
      },
    });
  }

  /**
   * One step of a request's life, in one transaction: the offer locked first, then the request — always in that
   * order, so approvals, withdrawals and revocations of one offer queue instead of deadlocking — then the status
   * checked, the change applied, saved and recorded.
   */
  private transition(actor: Viewer, requestId: string, step: Transition): Promise<ResourceRequestEntity> {
    return this.mutate(actor, async (tx) => {
      const { manager } = tx;
      const found = await findRequest(manager, requestId);
      if (step.by === 'PROJECT') await projectForMaintainer(manager, actor, found.projectId, { lock: false });
      const offer =
        step.by === 'ORGANIZATION'
          ? await lockOfferForManager(manager, actor, found.offerId)
          : await lockOffer(manager, found.offerId);
      const request = await manager
        .getRepository(ResourceRequestEntity)
        .findOneOrFail({ where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
      if (!step.from.includes(request.status)) {
        throw new Conflict(`${step.refusal.message} This one is ${request.status}.`, {
          reason: step.refusal.reason,
          status: request.status,
        });
      }
      const facts = (await step.apply({ tx, actor, offer, request })) ?? {};
      const saved = await manager.getRepository(ResourceRequestEntity).save(request);
      await tx.record(step.verb, request.id, {
        offerId: offer.id,
        projectId: request.projectId,
        organizationId: offer.organizationId,
        ...facts,
      });
      return saved;
    });
  }
}

interface Transition {
  /** Who acts: members of the offering organisation, or maintainers of the asking project (rule 3). */
  by: 'ORGANIZATION' | 'PROJECT';
  from: ResourceRequestStatus[];
  refusal: { reason: string; message: string };
  verb: ActivityVerb;
  /** Checks what else must hold and changes the request; may return facts for the activity record. */
  apply(step: {
    tx: Tx;
    actor: Viewer;
    offer: ResourceOfferEntity;
    request: ResourceRequestEntity;
  }): void | Record<string, number> | Promise<void | Record<string, number>>;
}

async function findRequest(manager: EntityManager, requestId: string): Promise<ResourceRequestEntity> {
  const request = await manager.getRepository(ResourceRequestEntity).findOneBy({ id: requestId });
  if (!request) throw new NotFound('This resource request was not found.', { field: 'requestId' });
  return request;
}

async function returnCapacity(manager: EntityManager, offer: ResourceOfferEntity, request: ResourceRequestEntity) {
  if (request.status !== ResourceRequestStatus.APPROVED && request.status !== ResourceRequestStatus.FULFILLED) return;
  await manager.getRepository(ResourceOfferEntity).decrement({ id: offer.id }, 'granted', request.approvedQuantity!);
}

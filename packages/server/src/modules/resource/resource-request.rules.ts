import type { EntityManager } from 'typeorm';
import { ResourceOfferStatus, ResourceRequestStatus } from '../../shared/enums';
import { Conflict } from '../../shared/errors';
import type { ProjectEntity } from '../project/project.entity';
import type { ResourceOfferEntity } from './resource-offer.entity';
import { ResourceRequestEntity } from './resource-request.entity';
import { unmetCriterion, type EligibilityCriterion } from './resource.policy';

/**
 * Rule 2 and the capacity checks: what must hold for a project to ask, and for an organisation to grant. Each
 * refusal is a CONFLICT with its own `reason`, saying what the caller can do about it.
 */

const CRITERIA: Record<EligibilityCriterion, string> = {
  CAUSE_AREA: 'the project works on none of the causes this offer supports',
  STAGE: "the project's stage is not one this offer supports",
  LICENSE: 'this offer requires an OSI-approved licence and the project does not carry one',
};

/** Rule 2, in the order a maintainer can act on: status, window, eligibility, duplicates, then quantities. */
export async function checkCanAsk(
  manager: EntityManager,
  offer: ResourceOfferEntity,
  project: ProjectEntity,
  quantity: number,
) {
  if (offer.status !== ResourceOfferStatus.OPEN) {
    throw new Conflict(`This offer is not taking requests (it is ${offer.status}).`, {
      field: 'offerId',
      reason: 'OFFER_NOT_OPEN',
      status: offer.status,
    });
  }
  const now = new Date();
  if (offer.opensAt && now < offer.opensAt) {
    throw new Conflict(`This offer opens for requests on ${offer.opensAt.toISOString()}.`, {
      field: 'offerId',
      reason: 'OUTSIDE_WINDOW',
      opensAt: offer.opensAt.toISOString(),
    });
  }
  if (offer.closesAt && now >= offer.closesAt) {
    throw new Conflict(`This offer stopped taking requests on ${offer.closesAt.toISOString()}.`, {
      field: 'offerId',
      reason: 'OUTSIDE_WINDOW',
      closesAt: offer.closesAt.toISOString(),
    });
  }
  const criterion = unmetCriterion(offer, project);
  if (criterion) {
    throw new Conflict(`This project is not eligible for this offer: ${CRITERIA[criterion]}.`, {
      field: 'projectId',
      reason: 'NOT_ELIGIBLE',
      criterion,
    });
  }
  const pending = await manager
    .getRepository(ResourceRequestEntity)
    .existsBy({ offerId: offer.id, projectId: project.id, status: ResourceRequestStatus.PENDING });
  if (pending) {
    throw new Conflict(
      'This project already has a pending request for this offer: wait for the answer or withdraw it first.',
      {
        field: 'offerId',
        reason: 'DUPLICATE_PENDING',
      },
    );
  }
  await checkProjectMaximum(manager, offer, project.id, quantity);
  checkRemaining(offer, quantity);
}

export async function checkProjectMaximum(
  manager: EntityManager,
  offer: ResourceOfferEntity,
  projectId: string,
  quantity: number,
) {
  if (offer.maxPerProject === null) return;
  const [{ granted }] = await manager.query(
    `SELECT COALESCE(sum(approved_quantity), 0)::int AS granted FROM resource_requests
      WHERE offer_id = $1 AND project_id = $2 AND status IN ('APPROVED', 'FULFILLED')`,
    [offer.id, projectId],
  );
  if (granted + quantity > offer.maxPerProject) {
    const left = Math.max(offer.maxPerProject - granted, 0);
    throw new Conflict(
      `One project may receive at most ${offer.maxPerProject} ${offer.unit} from this offer; this project can get ${left} more.`,
      {
        field: 'quantity',
        reason: 'OVER_PROJECT_MAXIMUM',
        maxPerProject: offer.maxPerProject,
        alreadyGranted: granted,
      },
    );
  }
}

export function checkRemaining(offer: ResourceOfferEntity, quantity: number) {
  if (quantity > offer.remaining) {
    throw new Conflict(`Only ${offer.remaining} ${offer.unit} remain on this offer.`, {
      field: 'quantity',
      reason: 'OVER_REMAINING',
      remaining: offer.remaining,
    });
  }
}

import type { EntityManager } from 'typeorm';
import { isAdmin, type Viewer } from '../../auth/viewer';
import { CauseArea, GRANTED_STATUSES, ProjectVisibility, ResourceOfferStatus } from '../../shared/enums';
import type { MemberRole } from '../../shared/enums';
import { Forbidden, NotFound } from '../../shared/errors';
import { isOsiApprovedExpression } from '../../shared/spdx';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import type { ProjectEntity } from '../project/project.entity';
import { ResourceOfferEntity } from './resource-offer.entity';

/**
 * Who may do what with offers and requests. `role` is the viewer's membership role in the offering organisation
 * (null when not a member); `isMaintainer` whether the viewer maintains the asking project.
 */

/** Members of the offering organisation (any role) manage its offers and decide on their requests — rule 3. */
export const canManageOffer = (viewer: Viewer | null, role: MemberRole | null): boolean =>
  isAdmin(viewer) || (viewer !== null && role !== null);

export const canDecideOnRequest = canManageOffer;

/** The public sees OPEN offers of verified organisations; the organisation's members see all of its offers. */
export const canSeeOffer = (
  viewer: Viewer | null,
  offer: Pick<ResourceOfferEntity, 'status'>,
  organization: { verified: boolean },
  role: MemberRole | null,
): boolean => (offer.status === ResourceOfferStatus.OPEN && organization.verified) || canManageOffer(viewer, role);

/**
 * Whether asking for this offer gets a reason rather than NOT_FOUND: an offer that was public (any status but
 * DRAFT, of a verified organisation) answers "paused" or "closed" to a project that saw it while it was open.
 */
export const canAskAboutOffer = (
  viewer: Viewer | null,
  offer: Pick<ResourceOfferEntity, 'status'>,
  organization: { verified: boolean },
  role: MemberRole | null,
): boolean => (offer.status !== ResourceOfferStatus.DRAFT && organization.verified) || canManageOffer(viewer, role);

/** Justifications, decision notes and who asked: the two sides and admins only (rule 4). */
export const canSeeRequestPrivately = (viewer: Viewer | null, role: MemberRole | null, isMaintainer: boolean) =>
  canManageOffer(viewer, role) || (viewer !== null && isMaintainer);

/** The same rules as SQL for lists: offers of `alias` this viewer may see. */
export function visibleOffersSql(
  alias: string,
  viewer: Viewer | null,
): { sql: string; params: Record<string, unknown> } {
  if (isAdmin(viewer)) return { sql: 'TRUE', params: {} };
  const open = `(${alias}.status = '${ResourceOfferStatus.OPEN}' AND EXISTS (SELECT 1 FROM organizations visible_org WHERE visible_org.id = ${alias}.organization_id AND visible_org.verified))`;
  if (!viewer) return { sql: open, params: {} };
  return {
    sql: `(${open} OR EXISTS (SELECT 1 FROM organization_members visible_om WHERE visible_om.organization_id = ${alias}.organization_id AND visible_om.user_id = :offerViewerId))`,
    params: { offerViewerId: viewer.user.id },
  };
}

/**
 * Requests of `alias` this viewer may see: everything for the two sides; for everyone else only grants
 * (APPROVED or FULFILLED) to published projects — giving is public, asking is not.
 */
export function visibleRequestsSql(
  alias: string,
  viewer: Viewer | null,
): { sql: string; params: Record<string, unknown> } {
  if (isAdmin(viewer)) return { sql: 'TRUE', params: {} };
  const grants = `(${alias}.status IN (${GRANTED_STATUSES.map((s) => `'${s}'`).join(', ')}) AND EXISTS (SELECT 1 FROM projects visible_rp WHERE visible_rp.id = ${alias}.project_id AND visible_rp.visibility = '${ProjectVisibility.PUBLISHED}'))`;
  if (!viewer) return { sql: grants, params: {} };
  return {
    sql: `(${grants}
      OR EXISTS (SELECT 1 FROM project_maintainers visible_rpm WHERE visible_rpm.project_id = ${alias}.project_id AND visible_rpm.user_id = :requestViewerId)
      OR EXISTS (SELECT 1 FROM resource_offers visible_ro JOIN organization_members visible_rom ON visible_rom.organization_id = visible_ro.organization_id WHERE visible_ro.id = ${alias}.offer_id AND visible_rom.user_id = :requestViewerId))`,
    params: { requestViewerId: viewer.user.id },
  };
}

export type EligibilityCriterion = 'CAUSE_AREA' | 'STAGE' | 'LICENSE';

/** The first eligibility criterion of the offer the project misses, or null when it qualifies. */
export function unmetCriterion(
  offer: Pick<ResourceOfferEntity, 'eligibleCauseAreas' | 'eligibleStages' | 'osiLicenseRequired'>,
  project: Pick<ProjectEntity, 'causeAreas' | 'stage' | 'license'>,
): EligibilityCriterion | null {
  const causes = new Set<CauseArea>(offer.eligibleCauseAreas);
  if (causes.size > 0 && !project.causeAreas.some((cause) => causes.has(cause))) return 'CAUSE_AREA';
  if (offer.eligibleStages.length > 0 && !offer.eligibleStages.includes(project.stage)) return 'STAGE';
  if (offer.osiLicenseRequired && !(project.license && isOsiApprovedExpression(project.license))) return 'LICENSE';
  return null;
}

/*
 * Gates, for the services: they load the facts in the caller's transaction, ask the rules above and refuse.
 */

/** The viewer's role in an organisation, or null. */
export async function roleIn(manager: EntityManager, actor: Viewer, organizationId: string) {
  const membership = await manager
    .getRepository(OrganizationMemberEntity)
    .findOneBy({ organizationId, userId: actor.user.id });
  return membership?.role ?? null;
}

export async function requireOfferManager(manager: EntityManager, actor: Viewer, organizationId: string) {
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

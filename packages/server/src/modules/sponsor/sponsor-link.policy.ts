import type { EntityManager } from 'typeorm';
import { isAdmin, type Viewer } from '../../auth/viewer';
import { ProjectVisibility, SponsorLinkSide, SponsorLinkStatus } from '../../shared/enums';
import { Forbidden, InvalidInput, NotFound } from '../../shared/errors';
import { canSeeProject } from '../project/project.policy';
import { SponsorLinkEntity } from './sponsor-link.entity';

/**
 * Who may do what to a sponsor link. A link has two sides: the organisation (any member speaks for it) and the
 * project (its maintainers). One side proposes, the other consents; until then only the two sides see it.
 * Pure functions: the service and the loaders find the facts, these decide.
 */

/** Where the viewer stands towards one link's organisation and project. */
export interface SponsorLinkFacts {
  /** A member (any role) of the link's organisation. */
  isMember: boolean;
  /** A maintainer of the link's project. */
  isMaintainer: boolean;
}

type LinkState = Pick<SponsorLinkEntity, 'status' | 'proposedBy'>;

/** The sides the viewer is on: none for anonymous callers and strangers, both for someone who is on both. */
export function sidesOf(viewer: Viewer | null, { isMember, isMaintainer }: SponsorLinkFacts): SponsorLinkSide[] {
  if (!viewer) return [];
  return [...(isMember ? [SponsorLinkSide.ORGANIZATION] : []), ...(isMaintainer ? [SponsorLinkSide.PROJECT] : [])];
}

export const otherSide = (side: SponsorLinkSide): SponsorLinkSide =>
  side === SponsorLinkSide.ORGANIZATION ? SponsorLinkSide.PROJECT : SponsorLinkSide.ORGANIZATION;

/** Proposing in a side's name: someone on that side, or a platform admin (moderation, e.g. on a partner's behalf). */
export const canProposeAs = (viewer: Viewer | null, facts: SponsorLinkFacts, side: SponsorLinkSide): boolean =>
  isAdmin(viewer) || sidesOf(viewer, facts).includes(side);

/**
 * Confirming or declining is consent, and consent belongs to the side that did not propose: an admin is no
 * exception. Someone on both sides may answer their own proposal, as the other side — they speak for both.
 * This ignores the status; `canRespondToSponsorLink` adds it.
 */
export const isOnRespondingSide = (viewer: Viewer | null, link: LinkState, facts: SponsorLinkFacts): boolean =>
  sidesOf(viewer, facts).includes(otherSide(link.proposedBy));

/** Whether the viewer may confirm or decline the link now. */
export const canRespondToSponsorLink = (viewer: Viewer | null, link: LinkState, facts: SponsorLinkFacts): boolean =>
  link.status === SponsorLinkStatus.PROPOSED && isOnRespondingSide(viewer, link, facts);

/** Someone on either side of the link, or an admin. */
export const isPartyTo = (viewer: Viewer | null, facts: SponsorLinkFacts): boolean =>
  isAdmin(viewer) || sidesOf(viewer, facts).length > 0;

/**
 * Ending: either side (or an admin) ends a CONFIRMED link; a PROPOSED one is retracted by the side that proposed
 * it (or an admin) — the other side declines it instead. Ending never makes anything public, so admins may.
 */
export function canEndSponsorLink(viewer: Viewer | null, link: LinkState, facts: SponsorLinkFacts): boolean {
  if (!viewer) return false;
  if (link.status === SponsorLinkStatus.CONFIRMED) return isPartyTo(viewer, facts);
  if (link.status === SponsorLinkStatus.PROPOSED)
    return isAdmin(viewer) || sidesOf(viewer, facts).includes(link.proposedBy);
  return false;
}

/**
 * The public sees CONFIRMED links of projects it may see; the two sides see their own links in any status (an
 * organisation member may see a link to a draft, whose `project` stays null for them); admins see all.
 */
export const canSeeSponsorLink = (
  viewer: Viewer | null,
  link: Pick<SponsorLinkEntity, 'status'>,
  facts: SponsorLinkFacts & { projectVisibility: ProjectVisibility },
): boolean =>
  isAdmin(viewer) ||
  sidesOf(viewer, facts).length > 0 ||
  (link.status === SponsorLinkStatus.CONFIRMED &&
    canSeeProject(viewer, { visibility: facts.projectVisibility }, facts.isMaintainer));

/** The side a proposal is made for: the one asked for, or the only one the actor is on. */
export function proposingSide(
  actor: Viewer,
  facts: SponsorLinkFacts,
  requested: SponsorLinkSide | null,
): SponsorLinkSide {
  if (requested) {
    if (!canProposeAs(actor, facts, requested)) {
      throw new Forbidden(
        requested === SponsorLinkSide.ORGANIZATION
          ? 'Only members of the organisation can propose a sponsor link in its name.'
          : 'Only maintainers of the project can propose a sponsor link in its name.',
      );
    }
    return requested;
  }
  const sides = sidesOf(actor, facts);
  if (sides.length === 1) return sides[0];
  if (sides.length === 0 && !isAdmin(actor)) {
    throw new Forbidden(
      'Only members of the organisation or maintainers of the project can propose a sponsor link between them.',
    );
  }
  throw new InvalidInput(
    'side',
    sides.length
      ? 'You are on both sides of this link: say which side you propose for (ORGANIZATION or PROJECT).'
      : 'Say which side you propose for (ORGANIZATION or PROJECT).',
  );
}

/** The same rule as SQL, for lists: the rows of `alias` (a sponsor_links alias) this viewer may see. */
export function visibleSponsorLinksSql(
  alias: string,
  viewer: Viewer | null,
): { sql: string; params: Record<string, unknown> } {
  if (isAdmin(viewer)) return { sql: 'TRUE', params: {} };
  const publicLink =
    `(${alias}.status = '${SponsorLinkStatus.CONFIRMED}' AND EXISTS (SELECT 1 FROM projects visible_sl_p ` +
    `WHERE visible_sl_p.id = ${alias}.project_id AND visible_sl_p.visibility = '${ProjectVisibility.PUBLISHED}'))`;
  if (!viewer) return { sql: publicLink, params: {} };
  return {
    sql:
      `(${publicLink}` +
      ` OR EXISTS (SELECT 1 FROM organization_members visible_sl_om WHERE visible_sl_om.organization_id = ${alias}.organization_id AND visible_sl_om.user_id = :sponsorLinkViewerId)` +
      ` OR EXISTS (SELECT 1 FROM project_maintainers visible_sl_pm WHERE visible_sl_pm.project_id = ${alias}.project_id AND visible_sl_pm.user_id = :sponsorLinkViewerId))`,
    params: { sponsorLinkViewerId: viewer.user.id },
  };
}

/** SQL for "PROPOSED, and the viewer is on the side that answers": the `awaitingViewer` filter. */
export function awaitingViewerSql(
  alias: string,
  viewer: Viewer | null,
): { sql: string; params: Record<string, unknown> } {
  if (!viewer) return { sql: 'FALSE', params: {} };
  return {
    sql:
      `(${alias}.status = '${SponsorLinkStatus.PROPOSED}' AND (` +
      `(${alias}.proposed_by = '${SponsorLinkSide.PROJECT}' AND EXISTS (SELECT 1 FROM organization_members awaiting_om WHERE awaiting_om.organization_id = ${alias}.organization_id AND awaiting_om.user_id = :awaitingViewerId))` +
      ` OR (${alias}.proposed_by = '${SponsorLinkSide.ORGANIZATION}' AND EXISTS (SELECT 1 FROM project_maintainers awaiting_pm WHERE awaiting_pm.project_id = ${alias}.project_id AND awaiting_pm.user_id = :awaitingViewerId))))`,
    params: { awaitingViewerId: viewer.user.id },
  };
}

/*
 * Gates, for the services: they load the facts in the caller's transaction, ask the rules above and refuse.
 */

/** The link, locked for this transaction, with the actor's facts — or NOT_FOUND when the actor may not see it. */
export async function lockVisibleLink(
  manager: EntityManager,
  actor: Viewer,
  sponsorLinkId: string,
): Promise<{ link: SponsorLinkEntity; facts: SponsorLinkFacts }> {
  const link = await manager
    .getRepository(SponsorLinkEntity)
    .findOne({ where: { id: sponsorLinkId }, lock: { mode: 'pessimistic_write' } });
  const notFound = () => new NotFound('This sponsor link was not found.', { field: 'sponsorLinkId' });
  if (!link) throw notFound();
  const facts = await sponsorLinkFacts(manager, actor, link);
  // A link the actor may not see is answered like a missing one: the answer does not reveal a private proposal.
  if (!canSeeSponsorLink(actor, link, facts)) throw notFound();
  return { link, facts };
}
/** Where the actor stands towards an organisation and a project, in one statement. */
export async function sponsorLinkFacts(
  manager: EntityManager,
  actor: Viewer,
  { organizationId, projectId }: { organizationId: string; projectId: string },
): Promise<SponsorLinkFacts & { projectVisibility: ProjectVisibility }> {
  const [row] = await manager.query(
    `SELECT
       EXISTS (SELECT 1 FROM organization_members WHERE organization_id = $1 AND user_id = $3) AS "isMember",
       EXISTS (SELECT 1 FROM project_maintainers WHERE project_id = $2 AND user_id = $3) AS "isMaintainer",
       (SELECT visibility FROM projects WHERE id = $2) AS "projectVisibility"`,
    [organizationId, projectId, actor.user.id],
  );
  return row;
}

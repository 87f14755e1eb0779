import { isAdmin, type Viewer } from '../../auth/viewer';
import { ProjectVisibility, SponsorLinkSide, SponsorLinkStatus } from '../../shared/enums';
import { canSeeProject } from '../project/project.policy';
import type { SponsorLinkEntity } from './sponsor-link.entity';

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

/**
 * Ending: either side (or an admin) ends a CONFIRMED link; a PROPOSED one is retracted by the side that proposed
 * it (or an admin) — the other side declines it instead. Ending never makes anything public, so admins may.
 */
export function canEndSponsorLink(viewer: Viewer | null, link: LinkState, facts: SponsorLinkFacts): boolean {
  if (!viewer) return false;
  if (link.status === SponsorLinkStatus.CONFIRMED) return isAdmin(viewer) || sidesOf(viewer, facts).length > 0;
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

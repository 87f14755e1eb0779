import { isAdmin, type Viewer } from '../../auth/viewer';

/**
 * Who may do what to an event. An event belongs to its organising organisations: any member of one of them is an
 * organiser and manages it (details, participating projects); a platform admin may too. Creating an event names
 * its organisers, so one may only name organisations one belongs to — nobody puts an organisation's name on an
 * event it did not agree to (an admin may, to record events on others' behalf).
 */

/** `organizerMemberships`: how many of the event's organising organisations the viewer belongs to. */
export const canManageEvent = (viewer: Viewer | null, organizerMemberships: number): boolean =>
  isAdmin(viewer) || (viewer !== null && organizerMemberships > 0);

/** The organisations among `organizerIds` that the viewer may not name as organisers. */
export const organizersNotAllowed = (
  viewer: Viewer,
  organizerIds: readonly string[],
  memberOf: ReadonlySet<string>,
): string[] => (isAdmin(viewer) ? [] : organizerIds.filter((id) => !memberOf.has(id)));

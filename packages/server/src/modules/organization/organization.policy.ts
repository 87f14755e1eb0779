import { isAdmin, type Viewer } from '../../auth/viewer';
import { MemberRole } from '../../shared/enums';

/**
 * Who may do what to an organisation. `role` is the viewer's membership role in it (null when not a member).
 * Pure functions: the service loads the facts, these decide.
 */

/** Profile, members (and later API keys and webhooks): owners, or a platform admin. */
export const canManageOrganization = (viewer: Viewer | null, role: MemberRole | null): boolean =>
  isAdmin(viewer) || (viewer !== null && role === MemberRole.OWNER);

/** Members see who else is in their organisation; the public does not. */
export const canSeeMembers = (viewer: Viewer | null, role: MemberRole | null): boolean =>
  isAdmin(viewer) || (viewer !== null && role !== null);

/** Acting in the organisation's name, e.g. listing a project under it: any member. */
export const canActForOrganization = (viewer: Viewer | null, role: MemberRole | null): boolean =>
  isAdmin(viewer) || (viewer !== null && role !== null);

/** Leaving is always allowed to oneself; removing others needs an owner. */
export const canRemoveMember = (viewer: Viewer | null, role: MemberRole | null, memberUserId: string): boolean =>
  canManageOrganization(viewer, role) || (viewer !== null && role !== null && viewer.user.id === memberUserId);

/** Only a platform admin vouches that an organisation is who it says it is. */
export const canVerifyOrganization = (viewer: Viewer | null): boolean => isAdmin(viewer);

import { isAdmin, type Viewer } from '../../auth/viewer';

/** Emails, roles and memberships are the user's own business (and the admins'). */
export const canSeePrivateUserFields = (viewer: Viewer | null, userId: string): boolean =>
  isAdmin(viewer) || viewer?.user.id === userId;

/** What belongs to one's own account only (an inbox, a review queue, tasks held): the user themself. */
export const isOwnAccount = (viewer: Viewer | null, userId: string): viewer is Viewer => viewer?.user.id === userId;

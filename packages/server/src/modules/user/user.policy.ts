import { isAdmin, type Viewer } from '../../auth/viewer';

/** Emails, roles and memberships are the user's own business (and the admins'). */
export const canSeePrivateUserFields = (viewer: Viewer | null, userId: string): boolean =>
  isAdmin(viewer) || viewer?.user.id === userId;

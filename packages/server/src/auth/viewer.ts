import { UserRole } from '../shared/enums';
import { Forbidden, Unauthenticated } from '../shared/errors';
import type { UserEntity } from '../modules/user/user.entity';

/** Who is asking: a signed-in user and the session they came with. */
export interface Viewer {
  user: UserEntity;
  sessionId: string;
}

export const isAdmin = (viewer: Viewer | null): boolean => viewer?.user.role === UserRole.ADMIN;

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new Unauthenticated();
  return viewer;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!isAdmin(signedIn)) throw new Forbidden('Only a platform admin can do this.');
  return signedIn;
}

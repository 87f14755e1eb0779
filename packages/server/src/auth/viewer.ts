import { UserRole, type ApiKeyScope } from '../shared/enums';
import { Forbidden, Unauthenticated } from '../shared/errors';
import type { UserEntity } from '../modules/user/user.entity';

/** An API key's grant: it acts as its organisation (through the organisation's service account) with its scopes. */
export interface ApiKeyGrant {
  id: string;
  organizationId: string;
  scopes: ApiKeyScope[];
}

/**
 * Who is asking: a signed-in user and the session they came with, or an API key and the organisation's service
 * account it acts through (a user row that cannot sign in, a MEMBER of that one organisation).
 */
export interface Viewer {
  user: UserEntity;
  /** Null for an API key. */
  sessionId: string | null;
  apiKey?: ApiKeyGrant;
}

export const isAdmin = (viewer: Viewer | null): boolean => viewer?.user.role === UserRole.ADMIN;

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new Unauthenticated();
  return viewer;
}

/** A signed-in person, not an API key: for what only people do (managing keys and webhooks). */
export function requirePerson(viewer: Viewer | null, what: string): Viewer {
  const actor = requireViewer(viewer);
  if (actor.apiKey) throw new Forbidden(`${what} are managed by the organisation’s owners, not by API keys.`);
  return actor;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!isAdmin(signedIn)) throw new Forbidden('Only a platform admin can do this.');
  return signedIn;
}

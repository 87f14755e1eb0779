import { createParameterDecorator, Extensions, type AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Forbidden, Unauthenticated } from '../shared/errors';
import { isAdmin, type Viewer } from './viewer';

/**
 * Who may call a field, declared on it — the coarse decision. What a viewer may do to a given row is the domain's
 * `*.policy.ts`; the services ask it.
 *
 *   @Authorized()            signed in (a person, or an API key the gate lets through)
 *   @Authorized(Role.ADMIN)  a platform admin
 *   @Public()                anyone, signed in or not (signing up, signing in)
 *   @AllowApiKey()           also an organisation's WRITE API key (every other mutation is for people only)
 *
 * Every mutation carries @Authorized or @Public; test/architecture.test.ts fails on one that has neither.
 */
export enum Role {
  ADMIN = 'ADMIN',
}

export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw new Unauthenticated();
  if (roles.includes(Role.ADMIN) && !isAdmin(context.viewer)) {
    throw new Forbidden('Only a platform admin can do this.');
  }
  return true;
};

/** Field extensions that carry these declarations into the built schema, where the API-key gate reads them. */
export interface AccessExtensions {
  public?: true;
  apiKey?: true;
}

export const Public = () => Extensions({ public: true } satisfies AccessExtensions);

export const AllowApiKey = () => Extensions({ apiKey: true } satisfies AccessExtensions);

/** The caller of a resolver behind @Authorized, typed as present. */
export const Actor = () =>
  createParameterDecorator<Context>(({ context }): Viewer => {
    if (!context.viewer) throw new Unauthenticated();
    return context.viewer;
  });

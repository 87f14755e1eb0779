import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { createLoaders, type Loaders, type Services } from '../modules';

/** Made afresh for every request: loaders cache only within it, so nothing is kept across requests. */
export interface Context {
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
  /** After signUp/signIn: the rest of this request is answered as the newly signed-in user. */
  actAs(this: Context, viewer: Viewer): void;
}

/**
 * Contexts for one process: a viewer's own loaders over `db` (the data source's manager; a transaction's when the
 * webhook outbox renders a payload inside the change), and the shared services.
 */
export function contextFactory(services: Services, db: EntityManager) {
  return (viewer: Viewer | null, manager: EntityManager = db): Context => ({
    viewer,
    loaders: createLoaders(manager, viewer),
    services,
    // `this`, not the closure: Apollo hands each operation a shallow copy of the context.
    actAs(this: Context, signedIn: Viewer) {
      this.viewer = signedIn;
      this.loaders = createLoaders(manager, signedIn);
    },
  });
}

export type ContextFor = ReturnType<typeof contextFactory>;

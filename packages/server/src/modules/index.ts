import type { ClassType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { activityModule } from './activity/activity.module';
import type { VerbTable } from './activity/activity.verbs';
import { apiKeyModule } from './api-key/api-key.module';
import { assessmentModule } from './assessment/assessment.module';
import { eventModule } from './event/event.module';
import { ideaModule } from './idea/idea.module';
import type { GoodlinkModule, ListenerDeps, ModuleDeps } from './module';
import { organizationModule } from './organization/organization.module';
import { projectModule } from './project/project.module';
import { resourceModule } from './resource/resource.module';
import { sponsorModule } from './sponsor/sponsor.module';
import { statsModule } from './stats/stats.module';
import { storyModule } from './story/story.module';
import { userModule } from './user/user.module';
import { volunteerModule } from './volunteer/volunteer.module';
import { webhookModule } from './webhook/webhook.module';

/**
 * Every domain of Goodlink, once. Adding a domain is a folder with its `<name>.module.ts` and a line here; the
 * schema, the request context, the services, the entity list and the activity vocabulary come from this list.
 */
export const MODULES = [
  activityModule,
  userModule,
  organizationModule,
  apiKeyModule,
  webhookModule,
  projectModule,
  sponsorModule,
  resourceModule,
  volunteerModule,
  ideaModule,
  eventModule,
  storyModule,
  assessmentModule,
  statsModule,
] as const;

type AnyModule = (typeof MODULES)[number];
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** The per-request loaders, one namespace per module: `loaders.project.visibleById`. */
export type Loaders = {
  [
    M in AnyModule as M extends GoodlinkModule<string, infer L> ? (object extends L ? never : M['name']) : never
  ]: M extends GoodlinkModule<string, infer L> ? L : never;
};

/** The domain services, stateless, made once per process: `services.projects`, `services.resourceOffers`… */
export type Services = UnionToIntersection<ServicesOf<AnyModule>>;
type ServicesOf<M> = M extends GoodlinkModule<string, object, infer S> ? S : never;

export const entities: ClassType[] = MODULES.flatMap((module) => module.entities ?? []);

export const resolvers: ClassType[] = MODULES.flatMap((module) => module.resolvers ?? []);

/** Every activity verb and the kind of row it is about. */
export const verbs: VerbTable = Object.assign({}, ...MODULES.map((module) => module.verbs ?? {}));

export function createLoaders(db: EntityManager, viewer: Viewer | null): Loaders {
  return Object.fromEntries(
    MODULES.flatMap((module) => (module.loaders ? [[module.name, module.loaders(db, viewer)]] : [])),
  ) as Loaders;
}

export function createServices(deps: ModuleDeps): Services {
  return Object.assign({}, ...MODULES.map((module) => module.services?.(deps) ?? {}));
}

export function listenersOf(deps: ListenerDeps) {
  return MODULES.flatMap((module) => module.listeners?.(deps) ?? []);
}

import type { GraphQLSchema } from 'graphql';
import type { ClassType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { Context } from '../graphql/context';
import type { DomainSettings } from '../settings';
import type { ActivityListener, ActivityLog, Tx } from './activity/activity.log';
import type { VerbTable } from './activity/activity.verbs';

/** What a module's services are made with, once per process. */
export interface ModuleDeps {
  dataSource: DataSource;
  activity: ActivityLog;
  settings: DomainSettings;
}

/** What a module's activity listeners are made with, once the schema exists. */
export interface ListenerDeps extends ModuleDeps {
  schema: GraphQLSchema;
  /** A request context for `viewer` whose loaders read through `manager` (inside a transaction, say). */
  contextFor(viewer: Viewer | null, manager: EntityManager): Context;
}

/**
 * One domain of Goodlink, listed once in modules/index.ts: the schema, the request context, the services, the
 * entity list and the activity vocabulary are assembled from these.
 */
export interface GoodlinkModule<Name extends string = string, L extends object = object, S extends object = object> {
  /** The loaders' namespace in the context: `context.loaders.<name>`. Also the module folder's name. */
  name: Name;
  entities?: readonly ClassType[];
  resolvers?: readonly ClassType[];
  /** Made per request, for one viewer; `db` is the data source's manager, or a transaction's. */
  loaders?: (db: EntityManager, viewer: Viewer | null) => L;
  services?: (deps: ModuleDeps) => S;
  /** The activity verbs the module records, each with the kind of row it is about. */
  verbs?: VerbTable;
  /** What reacts, in the transaction of a change, to what is recorded (the webhook outbox, say). */
  listeners?: (deps: ListenerDeps) => ActivityListener[];
}

export const defineModule = <const Name extends string, L extends object = object, S extends object = object>(
  module: GoodlinkModule<Name, L, S>,
): GoodlinkModule<Name, L, S> => module;

/** A service's rules run through `mutate`: one transaction, with the change's activity record in it. */
export abstract class DomainService {
  protected readonly dataSource: DataSource;
  private readonly activity: ActivityLog;

  constructor({ dataSource, activity }: Pick<ModuleDeps, 'dataSource' | 'activity'>) {
    this.dataSource = dataSource;
    this.activity = activity;
  }

  protected mutate<T>(actor: Viewer | null, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.activity.transaction(actor, work);
  }
}

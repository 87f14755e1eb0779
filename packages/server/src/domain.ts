import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { contextFactory, type ContextFor } from './graphql/context';
import { buildGoodlinkSchema } from './graphql/schema';
import { ActivityLog } from './modules/activity/activity.log';
import { createServices, listenersOf, verbs, type Services } from './modules';
import type { DomainSettings } from './settings';

/** Goodlink without its transport: what the HTTP server, the start-up tasks and the tests run against. */
export interface Domain {
  services: Services;
  schema: GraphQLSchema;
  /** A request context for a viewer (fresh loaders each time). */
  contextFor: ContextFor;
}

/**
 * The composition root of the domain, from the one list of modules: the activity log (the mutation scaffold), the
 * services, the schema, the request contexts, and what listens to the log (the webhook outbox).
 */
export async function createDomain(dataSource: DataSource, settings: DomainSettings): Promise<Domain> {
  const activity = new ActivityLog(dataSource, verbs);
  const services = createServices({ dataSource, activity, settings });
  const schema = await buildGoodlinkSchema();
  const contextFor = contextFactory(services, dataSource.manager);
  for (const listener of listenersOf({ dataSource, activity, settings, schema, contextFor })) {
    activity.listen(listener);
  }
  return { services, schema, contextFor };
}

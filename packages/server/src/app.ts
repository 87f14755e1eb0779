import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Response } from 'express';
import type { DataSource } from 'typeorm';
import { apiKeyGate } from './auth/api-key-gate';
import { authenticate, viewerOf } from './auth/authenticate';
import type { Config } from './config';
import { createDomain, type Domain } from './domain';
import type { Context } from './graphql/context';
import { createErrorFormatter } from './graphql/errors';
import { costLimitPlugin, queryLimitRules } from './graphql/limits';
import { metricsPlugin } from './graphql/metrics-plugin';
import { textGuard } from './graphql/text-guard';
import { cors } from './http/cors';
import { serveDashboard } from './http/dashboard';
import { embedRouter } from './http/embeds';
import { exportRouter } from './http/exports';
import { feedRouter } from './http/feeds';
import { liveness, readiness } from './http/health';
import { Metrics, metricsEndpoint, countRefusals } from './http/metrics';
import { capBatch, jsonErrors, requestLog, unreadablePath } from './http/middleware';
import { rateLimit, RateLimiter } from './http/rate-limit';
import { poolOf } from './db/pool';
import type { Logger } from './logger';
import { WebhookWorker } from './modules/webhook/webhook.worker';
import {
  DEFAULT_BODY_LIMIT_KB,
  DEFAULT_QUERY_LIMITS,
  DEFAULT_REQUEST_TIMEOUT_SECONDS,
  DEFAULT_SHUTDOWN_GRACE_SECONDS,
  DEFAULT_VOLUNTEER_CLAIM_LIMIT,
  DEFAULT_WEBHOOK_SETTINGS,
  type DomainSettings,
  type HttpSettings,
} from './settings';

export interface AppOptions {
  /**
   * Left out, the settings take their defaults, with rate limiting and webhook delivery off (the tests turn them
   * on where they test them).
   */
  config: Pick<Config, 'sessionTtlDays'> & Partial<DomainSettings & HttpSettings>;
  dataSource: DataSource;
  logger: Logger;
  /** The domain, when start-up made it already (to set up the first admin); made from `config` otherwise. */
  domain?: Domain;
}

export interface RunningApp {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The HTTP server: the domain behind GraphQL, exports, embeds and feeds, and the dashboard, in that order. */
export async function startApp(
  { config, dataSource, logger, domain }: AppOptions,
  port: number,
  host?: string,
): Promise<RunningApp> {
  const queryLimits = config.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const { schema, contextFor } =
    domain ??
    (await createDomain(dataSource, {
      sessionTtlDays: config.sessionTtlDays,
      volunteerClaimLimit: config.volunteerClaimLimit ?? DEFAULT_VOLUNTEER_CLAIM_LIMIT,
      webhooks: config.webhooks ?? DEFAULT_WEBHOOK_SETTINGS,
    }));

  const app = express();
  const httpServer = http.createServer(app);
  // A request (headers and body) that has not arrived in this time is dropped: slow clients hold no socket forever.
  httpServer.requestTimeout = (config.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS) * 1000;
  httpServer.headersTimeout = Math.min(httpServer.requestTimeout, 20_000);
  const graceMs = (config.shutdownGraceSeconds ?? DEFAULT_SHUTDOWN_GRACE_SECONDS) * 1000;
  const webhookWorker = config.webhooks
    ? new WebhookWorker(dataSource, config.webhooks, logger, (outcome) => metrics.webhookAttempt(outcome))
    : null;
  const metrics = new Metrics(poolOf(dataSource), webhookWorker, logger);

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The schema is public (packages/client/schema.graphql): introspection stays on.
    introspection: true,
    // Limits on the document itself; the cost limit needs the variables and runs once the operation is known.
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: queryLimitRules(queryLimits),
    allowBatchedHttpRequests: true,
    // main.ts owns the shutdown order (HTTP, then the pool, then Postgres).
    stopOnTerminationSignals: false,
    plugins: [
      // On stop: no new connection; requests in flight (on every route) get the grace, then their sockets close.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: graceMs }),
      textGuard,
      costLimitPlugin(queryLimits),
      apiKeyGate,
      metricsPlugin(metrics),
    ],
  });
  await apollo.start();
  const limiter = config.rateLimits ? new RateLimiter(dataSource, config.rateLimits) : null;
  await webhookWorker?.start();

  const viewerContext = (res: Response) => contextFor(viewerOf(res));
  const anonymousContext = () => contextFor(null);
  const corsPolicy = cors(config.corsOrigins ?? []);
  const signedIn = authenticate(dataSource);
  const limited = rateLimit(limiter);

  app.disable('x-powered-by');
  // Behind a proxy, req.ip is the client's address from X-Forwarded-For (per-IP limits depend on it).
  app.set('trust proxy', config.trustProxy ?? false);
  app.use(requestLog(logger));
  // Before anything that refuses, so every refusal's code is counted.
  app.use(countRefusals(metrics));
  app.use(unreadablePath);
  app.get('/healthz', liveness);
  app.get('/readyz', readiness(dataSource, webhookWorker, logger));
  app.get('/metrics', metricsEndpoint(metrics, config.metricsToken ?? null));
  app.use(
    '/graphql',
    corsPolicy,
    express.json({ limit: `${config.bodyLimitKb ?? DEFAULT_BODY_LIMIT_KB}kb` }),
    signedIn,
    capBatch(queryLimits.maxBatch),
    limited,
    expressMiddleware(apollo, { context: async ({ res }) => viewerContext(res) }),
  );
  // Exports run the lists' own queries with the caller's credentials, behind the same checks and limits.
  app.use('/export', corsPolicy, signedIn, limited, exportRouter(apollo, viewerContext));
  app.use('/embed', embedRouter(apollo, anonymousContext));
  // Calendar (.ics) and story (RSS, Atom) feeds: public data only, before the dashboard's routes of the same names.
  app.use(feedRouter(apollo, anonymousContext));
  if (config.webDir) serveDashboard(app, config.webDir, logger);
  app.use(jsonErrors(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host ?? 'localhost'}:${actualPort}`,
    port: actualPort,
    // Both drains run at once, each within the grace; the rate limiter serves the requests draining.
    stop: async () => {
      await Promise.all([apollo.stop(), webhookWorker?.stop(graceMs)]);
      limiter?.stop();
    },
  };
}

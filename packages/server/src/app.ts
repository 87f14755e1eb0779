import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { isApiKey, viewerForApiKey } from './auth/api-keys';
import { viewerForToken } from './auth/sessions';
import type { Viewer } from './auth/viewer';
import type { Config } from './config';
import { createLoaders, type Context } from './graphql/context';
import { apiKeyGate } from './graphql/api-key-gate';
import { createErrorFormatter } from './graphql/errors';
import { costLimitPlugin, DEFAULT_QUERY_LIMITS, queryLimitRules } from './graphql/limits';
import { requestScope } from './graphql/request-scope';
import { buildGoodlinkSchema } from './graphql/schema';
import { cors } from './http/cors';
import { embedRouter } from './http/embeds';
import { feedRouter } from './http/feeds';
import { exportRouter } from './http/exports';
import { WebhookWorker } from './modules/webhook/webhook.worker';
import { RateLimiter } from './http/rate-limit';
import type { Logger } from './logger';
import { createServices } from './services';

type HttpSettings =
  | 'webDir'
  | 'queryLimits'
  | 'rateLimits'
  | 'corsOrigins'
  | 'trustProxy'
  | 'requestTimeoutSeconds'
  | 'bodyLimitKb'
  | 'webhooks'
  | 'volunteerClaimLimit';

export interface AppOptions {
  /**
   * Left out, the HTTP settings take their defaults, with rate limiting and webhook delivery off (the tests turn
   * them on where they test them).
   */
  config: Pick<Config, 'sessionTtlDays'> & Partial<Pick<Config, HttpSettings>>;
  dataSource: DataSource;
  logger: Logger;
}

export interface RunningApp {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** body-parser's failures, said plainly. */
const BODY_ERRORS: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
};

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * The caller's IP, one spelling per client: a dual-stack listener sees IPv4 clients as `::ffff:1.2.3.4`, an IPv4
 * one as `1.2.3.4`, and processes behind one load balancer must count them as the same caller.
 */
function clientAddress(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

/** A refusal before GraphQL runs, in GraphQL's response shape. */
function refuse(res: Response, status: number, code: string, message: string, extensions: object = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/**
 * `Authorization: Bearer <session token or API key>`: no header means anonymous; a bad, expired or revoked one is
 * refused, not ignored.
 */
async function viewerFor(req: Request, dataSource: DataSource): Promise<Viewer | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  if (isApiKey(token)) {
    const viewer = await viewerForApiKey(dataSource, token);
    if (!viewer) throw unauthenticated('This API key is not valid: it was revoked, has expired, or never existed.');
    return viewer;
  }
  const viewer = await viewerForToken(dataSource, token);
  if (!viewer) throw unauthenticated('This token is not valid or has expired; sign in again.');
  return viewer;
}

/**
 * The built dashboard at `/`, on the same origin as the API. Hashed assets are cached for long; every other path
 * that is not a file gets index.html, so the dashboard's own routes survive a reload.
 */
function serveDashboard(app: express.Express, webDir: string, logger: Logger) {
  const index = path.join(webDir, 'index.html');
  if (!existsSync(index)) {
    logger.info(
      { webDir },
      'no built dashboard: serving the API only (build it with `pnpm --filter @goodlink/web build`)',
    );
    return;
  }
  app.use(
    '/assets',
    express.static(path.join(webDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(webDir, { index: false }));
  app.get(/^(?!\/graphql|\/healthz|\/export|\/embed).*/, (_req, res) => res.sendFile(index));
}

export async function startApp(
  { config, dataSource, logger }: AppOptions,
  port: number,
  host?: string,
): Promise<RunningApp> {
  const queryLimits = config.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const app = express();
  const httpServer = http.createServer(app);
  // A request (headers and body) that has not arrived in this time is dropped: slow clients hold no socket forever.
  httpServer.requestTimeout = (config.requestTimeoutSeconds ?? 30) * 1000;
  httpServer.headersTimeout = Math.min(httpServer.requestTimeout, 20_000);
  const services = createServices(dataSource, config);
  const apollo = new ApolloServer<Context>({
    schema: await buildGoodlinkSchema(),
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), costLimitPlugin(queryLimits), apiKeyGate],
  });
  await apollo.start();
  const limiter = config.rateLimits ? new RateLimiter(dataSource, config.rateLimits) : null;
  const webhookWorker = config.webhooks ? new WebhookWorker(dataSource, config.webhooks, logger) : null;
  await webhookWorker?.start();

  app.disable('x-powered-by');
  // Behind a proxy, req.ip is the client's address from X-Forwarded-For (per-IP limits depend on it).
  app.set('trust proxy', config.trustProxy ?? false);
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        {
          requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    requestScope.run({ requestId }, next);
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  /** A request's context: who asks (fresh loaders for them) and the services. */
  const contextOf = (viewer: Viewer | null): Context => ({
    viewer,
    loaders: createLoaders(dataSource, viewer),
    services,
    // `this`, not `context`: Apollo hands each operation a shallow copy of the context.
    actAs(this: Context, signedIn) {
      this.viewer = signedIn;
      this.loaders = createLoaders(dataSource, signedIn);
    },
  });
  const contextFor = (res: Response) => contextOf((res.locals.viewer as Viewer | null | undefined) ?? null);

  /** Who asks, once per HTTP request; a bad token is refused here, before any operation runs. */
  const authenticate: RequestHandler = async (req, res, next) => {
    try {
      res.locals.viewer = await viewerFor(req, dataSource);
      next();
    } catch (error) {
      if (!(error instanceof GraphQLError)) return next(error);
      refuse(res, 401, 'UNAUTHENTICATED', error.message);
    }
  };

  /** A batched request (a JSON array of operations) holds at most `maxBatch` of them. */
  const capBatch: RequestHandler = (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > queryLimits.maxBatch) {
      return refuse(
        res,
        400,
        'BATCH_TOO_LARGE',
        `A batch may hold at most ${queryLimits.maxBatch} operations; this one has ${req.body.length}.`,
        { maxBatch: queryLimits.maxBatch },
      );
    }
    next();
  };

  /** Requests per window, per API key, per session or, for anonymous callers, per IP; a batch counts each operation. */
  const rateLimit: RequestHandler = async (req, res, next) => {
    if (!limiter || req.method === 'OPTIONS') return next();
    try {
      const viewer = res.locals.viewer as Viewer | null;
      const [key, limit] = viewer?.apiKey
        ? [`key:${viewer.apiKey.id}`, limiter.limits.apiKey]
        : viewer
          ? [`session:${viewer.sessionId}`, limiter.limits.session]
          : [`ip:${clientAddress(req)}`, limiter.limits.anonymous];
      const operations = Array.isArray(req.body) ? Math.max(1, req.body.length) : 1;
      const decision = await limiter.hit(key, limit, operations);
      res.setHeader('RateLimit-Limit', String(limit));
      res.setHeader('RateLimit-Remaining', String(decision.remaining));
      res.setHeader('RateLimit-Reset', String(decision.resetInSeconds));
      if (decision.allowed) return next();
      res.setHeader('Retry-After', String(decision.resetInSeconds));
      refuse(
        res,
        429,
        'RATE_LIMITED',
        `Too many requests: at most ${limit} per ${limiter.limits.windowSeconds} s. Try again in ${decision.resetInSeconds} s.`,
        { retryAfter: decision.resetInSeconds },
      );
    } catch (error) {
      next(error);
    }
  };

  app.use(
    '/graphql',
    cors(config.corsOrigins ?? []),
    express.json({ limit: `${config.bodyLimitKb ?? 1024}kb` }),
    authenticate,
    capBatch,
    rateLimit,
    expressMiddleware(apollo, {
      context: async ({ res }) => contextFor(res),
    }),
  );

  // Exports run the lists' own queries with the caller's credentials, behind the same checks and limits.
  app.use('/export', cors(config.corsOrigins ?? []), authenticate, rateLimit, exportRouter(apollo, contextFor));
  app.use(
    '/embed',
    embedRouter(apollo, () => contextOf(null)),
  );
  // Calendar (.ics) and story (RSS, Atom) feeds: public data only, before the dashboard's routes of the same names.
  app.use(feedRouter(apollo, () => contextOf(null)));

  if (config.webDir) serveDashboard(app, config.webDir, logger);

  // A malformed body gets a JSON answer in GraphQL's shape, not an HTML page with a stack trace.
  const jsonErrors: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
    if (status >= 500) logger.error({ err: error }, 'unhandled HTTP error');
    const { code, message } =
      BODY_ERRORS[error?.type] ??
      (status < 500
        ? { code: 'BAD_REQUEST', message: 'The request could not be read.' }
        : { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' });
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
  app.use(jsonErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host ?? 'localhost'}:${actualPort}`,
    port: actualPort,
    stop: async () => {
      limiter?.stop();
      await apollo.stop();
      await webhookWorker?.stop();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { viewerForToken } from './auth/sessions';
import type { Viewer } from './auth/viewer';
import type { Config } from './config';
import { createLoaders, type Context } from './graphql/context';
import { createErrorFormatter } from './graphql/errors';
import { requestScope } from './graphql/request-scope';
import { buildGoodlinkSchema } from './graphql/schema';
import type { Logger } from './logger';
import { createServices } from './services';

export interface AppOptions {
  config: Pick<Config, 'sessionTtlDays'> & Partial<Pick<Config, 'webDir'>>;
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

/** `Authorization: Bearer <token>`: no header means anonymous; a bad or expired token is refused, not ignored. */
async function viewerFor(req: Request, dataSource: DataSource): Promise<Viewer | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>".');
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
  app.get(/^(?!\/graphql|\/healthz).*/, (_req, res) => res.sendFile(index));
}

export async function startApp(
  { config, dataSource, logger }: AppOptions,
  port: number,
  host?: string,
): Promise<RunningApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const services = createServices(dataSource, config);
  const apollo = new ApolloServer<Context>({
    schema: await buildGoodlinkSchema(),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns the shutdown order (HTTP, then the pool, then Postgres).
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.disable('x-powered-by');
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

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const viewer = await viewerFor(req, dataSource);
        const context: Context = {
          viewer,
          loaders: createLoaders(dataSource, viewer),
          services,
          // `this`, not `context`: Apollo hands each operation a shallow copy of the context.
          actAs(this: Context, signedIn) {
            this.viewer = signedIn;
            this.loaders = createLoaders(dataSource, signedIn);
          },
        };
        return context;
      },
    }),
  );

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
    stop: () => apollo.stop(),
  };
}

import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { Client } from 'pg';
import pino from 'pino';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { startApp, type AppOptions, type RunningApp } from '../src/app';
import { openDatabase } from '../src/db/data-source';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../src/settings';

/**
 * A real Goodlink for one test file: its own database cloned from the migrated template, the real Apollo server
 * on a free port, and a client that speaks GraphQL over HTTP like any integrator.
 */

const TEMPLATE_DATABASE = 'goodlink_template';

/** Every SQL statement the server sends, so tests can count them. */
export class StatementLog implements TypeOrmLogger {
  statements: string[] = [];
  logQuery(query: string) {
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.statements = [];
  }
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: Array<{ message: string; path?: string[]; extensions: Record<string, any> }> | undefined;
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  statements: StatementLog;
  /** What the server logged (JSON lines). */
  logs: string[];
  databaseUrl: string;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Stops the HTTP server as a signal would (draining), leaving the database open for the test to look at. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.GOODLINK_TEST_DATABASE_URL;
  if (!url) throw new Error('GOODLINK_TEST_DATABASE_URL is not set: run the tests through jest (global setup).');
  return url;
}

/** A fresh database cloned from the migrated template; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const base = adminUrl();
  const admin = new Client({ connectionString: base.replace(`/${TEMPLATE_DATABASE}`, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return base.replace(`/${TEMPLATE_DATABASE}`, `/${name}`);
}

export interface TestServerOptions {
  sessionTtlDays?: number;
  /** HTTP settings (limits, CORS…) over the defaults, in which rate limiting is off. */
  config?: Omit<AppOptions['config'], 'sessionTtlDays'>;
  /** Another server's database: a second Goodlink process sharing it, as behind a load balancer. */
  databaseUrl?: string;
  /** The pool's `statement_timeout`; the server's default when left out. */
  statementTimeoutMs?: number;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const statements = new StatementLog();
  const { dataSource } = await openDatabase({
    url: databaseUrl,
    logger: statements,
    statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
  });
  const logs: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  let app: RunningApp;
  try {
    app = await startApp(
      { config: { ...options.config, sessionTtlDays: options.sessionTtlDays ?? 30 }, dataSource, logger },
      0,
      '127.0.0.1',
    );
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return {
    url: app.url,
    dataSource,
    statements,
    logs,
    databaseUrl,
    gql: graphqlOver(app.url),
    stop: () => app.stop(),
    async close() {
      await app.stop();
      await dataSource.destroy();
    },
  };
}

/** GraphQL over HTTP to a Goodlink at `url`, as any integrator would send it. */
export function graphqlOver(url: string): TestServer['gql'] {
  return async (query, variables, { token, headers } = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  };
}

/** The data of a response that must have succeeded; fails with the server's errors otherwise. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL request failed: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

/** The single error of a response that must have failed. */
export function failure(response: GraphQLResponse) {
  if (!response.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
  return response.errors[0];
}

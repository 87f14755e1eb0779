import { Client } from 'pg';
import { startTestServer, type TestServer } from './harness';

/**
 * What an operator watches, over real HTTP against a real PostgreSQL: liveness and readiness kept apart, each
 * failure made for real (a database refusing connections, a migration row gone, the queue's table renamed).
 */

async function probe(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Runs SQL as the cluster's superuser, outside the server's database (to refuse connections to it). */
async function asAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const url = process.env.GOODLINK_TEST_DATABASE_URL!.replace(/\/[^/]+$/, '/postgres');
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

const databaseName = (server: TestServer) => new URL(server.databaseUrl).pathname.slice(1);

describe('/healthz and /readyz', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('both answer 200 with a small JSON body when all is well; webhooks off is not a failure', async () => {
    expect(await probe(`${server.url}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await probe(`${server.url}/readyz`)).toEqual({
      status: 200,
      body: { status: 'ready', database: 'ok', migrations: 'ok', webhookQueue: 'off' },
    });
  });

  test('with the database refusing connections, /readyz is 503 while /healthz stays 200 (no database call)', async () => {
    const name = databaseName(server);
    await asAdmin(async (admin) => {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    });
    try {
      expect(await probe(`${server.url}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(`${server.url}/readyz`)).toEqual({
        status: 503,
        body: { status: 'unavailable', database: 'unavailable', migrations: 'unavailable', webhookQueue: 'off' },
      });
    } finally {
      await asAdmin((admin) => admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`));
    }
    // Ready again as soon as the database is back: the pool reconnects by itself.
    expect((await probe(`${server.url}/readyz`)).status).toBe(200);
  });

  test('/readyz is 503 while a migration this code knows is not applied in the database', async () => {
    const [last] = await server.dataSource.query('SELECT * FROM migrations ORDER BY id DESC LIMIT 1');
    await server.dataSource.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      expect(await probe(`${server.url}/readyz`)).toEqual({
        status: 503,
        body: { status: 'unavailable', database: 'ok', migrations: 'pending', webhookQueue: 'off' },
      });
    } finally {
      await server.dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect((await probe(`${server.url}/readyz`)).status).toBe(200);
  });
});

describe('/readyz with webhooks on', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      config: {
        webhooks: {
          allowedHosts: [],
          pollSeconds: 1,
          retryLimit: 1,
          retryDelaySeconds: 1,
          timeoutSeconds: 5,
          disableAfterFailures: 5,
          concurrency: 1,
        },
      },
    });
  });
  afterAll(() => server.close());

  test('reports the queue, and is 503 while the queue does not answer', async () => {
    expect(await probe(`${server.url}/readyz`)).toEqual({
      status: 200,
      body: { status: 'ready', database: 'ok', migrations: 'ok', webhookQueue: 'ok' },
    });
    await server.dataSource.query('ALTER TABLE pgboss.job RENAME TO job_away');
    try {
      expect(await probe(`${server.url}/readyz`)).toEqual({
        status: 503,
        body: { status: 'unavailable', database: 'ok', migrations: 'ok', webhookQueue: 'unavailable' },
      });
    } finally {
      await server.dataSource.query('ALTER TABLE pgboss.job_away RENAME TO job');
    }
    expect((await probe(`${server.url}/readyz`)).status).toBe(200);
  });
});

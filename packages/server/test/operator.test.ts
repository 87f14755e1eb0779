import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { makeOrganization, makeUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';

/**
 * What an operator watches, over real HTTP against a real PostgreSQL: liveness and readiness kept apart, each
 * failure made for real (a database refusing connections, a migration row gone, the queue's table renamed), and
 * the Prometheus metrics, read back from the text a scraper gets.
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

/** The value of one sample of the exposition text (labels given exactly, in any order), or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    const wanted = Object.entries(labels);
    if (wanted.length === Object.keys(found).length && wanted.every(([key, value]) => found[key] === value)) {
      return Number(match[3]);
    }
  }
  return undefined;
}

const TOKEN = 'metrics-token-for-the-tests-0123456789';
const WEBHOOKS = {
  allowedHosts: ['127.0.0.1'],
  pollSeconds: 1,
  // No retry: the first failed attempt is final.
  retryLimit: 0,
  retryDelaySeconds: 1,
  timeoutSeconds: 5,
  disableAfterFailures: 5,
  concurrency: 1,
};

describe('/metrics with a token', () => {
  let server: TestServer;
  let receiver: Server;
  let receiverUrl: string;
  const scrape = async () => {
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      request.resume();
      response.writeHead(500).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    server = await startTestServer({ config: { metricsToken: TOKEN, webhooks: WEBHOOKS } });
  });
  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  test('is refused without the token, even from this machine, and with a wrong one', async () => {
    const none = await fetch(`${server.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await none.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toContain('text/plain');
  });

  test('after a few requests: rate and latency per operation name, the pool, the queue depth', async () => {
    for (let i = 0; i < 3; i++) ok(await server.gql('query ListProjects { projects(first: 1) { totalCount } }'));
    ok(await server.gql('{ stats { events } }'));
    const text = await scrape();
    expect(sample(text, 'goodlink_graphql_operations_total', { operation: 'ListProjects' })).toBe(3);
    expect(sample(text, 'goodlink_graphql_operation_duration_seconds_count', { operation: 'ListProjects' })).toBe(3);
    expect(
      sample(text, 'goodlink_graphql_operation_duration_seconds_bucket', { operation: 'ListProjects', le: '+Inf' }),
    ).toBe(3);
    expect(
      sample(text, 'goodlink_graphql_operation_duration_seconds_sum', { operation: 'ListProjects' }),
    ).toBeGreaterThan(0);
    // The anonymous one has no name of its own.
    expect(sample(text, 'goodlink_graphql_operations_total', { operation: '_other' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'goodlink_db_pool_connections')).toBeGreaterThan(0);
    expect(sample(text, 'goodlink_db_pool_idle_connections')).toEqual(expect.any(Number));
    expect(sample(text, 'goodlink_db_pool_waiting_requests')).toBe(0);
    expect(sample(text, 'goodlink_db_pool_max_connections')).toBe(10);
    expect(sample(text, 'goodlink_webhook_queue_depth')).toEqual(expect.any(Number));
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  test('errors are counted by extensions.code, from GraphQL and from refusals before it', async () => {
    const before = await scrape();
    const count = (text: string, code: string) => sample(text, 'goodlink_errors_total', { code }) ?? 0;
    for (let i = 0; i < 2; i++) {
      expect(failure(await server.gql('{ noSuchField }')).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const badToken = await server.gql('{ viewer { id } }', undefined, { token: 'not-a-real-token' });
    expect(badToken.status).toBe(401);
    const after = await scrape();
    expect(count(after, 'GRAPHQL_VALIDATION_FAILED') - count(before, 'GRAPHQL_VALIDATION_FAILED')).toBe(2);
    expect(count(after, 'UNAUTHENTICATED') - count(before, 'UNAUTHENTICATED')).toBe(1);
  });

  test('operation names past the cap share one label: a caller cannot grow the series without end', async () => {
    const names = Array.from({ length: 130 }, (_, i) => `Flood${i}`);
    for (let i = 0; i < names.length; i += 10) {
      await Promise.all(names.slice(i, i + 10).map((name) => server.gql(`query ${name} { __typename }`)));
    }
    const text = await scrape();
    const labelled = new Set(
      [...text.matchAll(/^goodlink_graphql_operations_total\{operation="([^"]+)"\}/gm)].map((m) => m[1]),
    );
    expect(labelled.size).toBeLessThanOrEqual(101);
    expect(labelled.has('_other')).toBe(true);
    expect(names.filter((name) => labelled.has(name)).length).toBeLessThan(names.length);
  });

  test('webhook delivery failures are counted', async () => {
    const owner = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { owner: owner.user, verified: true });
    const { createWebhook } = ok(
      await server.gql(
        'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }',
        { i: { organizationId: organization.id, url: receiverUrl, events: ['PROJECT_PUBLISHED'] } },
        { token: owner.token },
      ),
    );
    ok(
      await server.gql(
        'mutation($i: TestWebhookInput!) { testWebhook(input: $i) { delivery { id } } }',
        { i: { webhookId: createWebhook.webhook.id } },
        { token: owner.token },
      ),
    );
    const deadline = Date.now() + 20_000;
    let failed: number | undefined;
    while (!(failed = sample(await scrape(), 'goodlink_webhook_delivery_attempts_total', { outcome: 'failed' }))) {
      if (Date.now() > deadline) throw new Error('no failed delivery attempt counted in 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(failed).toBe(1);
  });
});

describe('/metrics without a token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('is served to a direct connection from this machine, and refused through a proxy', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
    const proxied = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.status).toBe(403);
    expect(((await proxied.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

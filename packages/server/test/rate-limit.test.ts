import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../src/db/embedded-postgres';
import { RateLimiter } from '../src/http/rate-limit';
import { makeUser } from './factories';
import { failure, graphqlOver, ok, startTestServer, type TestServer } from './harness';

/**
 * Rate limits live in PostgreSQL: two Goodlink processes on one database (as behind a load balancer) count against
 * the same budget, and a refusal is HTTP 429 with Retry-After. The second is the built server, started as its own
 * operating-system process with DATABASE_URL pointing at the first one's database.
 */

const LIMITS = { windowSeconds: 60, anonymous: 5, session: 4, apiKey: 10 };
let first: TestServer;
let second: Pick<TestServer, 'url' | 'gql'>;
let child: ChildProcess;

beforeAll(async () => {
  first = await startTestServer({ config: { rateLimits: LIMITS } });
  const port = await freePort();
  child = spawn(process.execPath, [path.resolve(__dirname, '../dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATABASE_URL: first.databaseUrl,
      GOODLINK_SEED_DEMO_DATA: 'false',
      GOODLINK_RATE_LIMIT_WINDOW_SECONDS: String(LIMITS.windowSeconds),
      GOODLINK_RATE_LIMIT_ANONYMOUS: String(LIMITS.anonymous),
      GOODLINK_RATE_LIMIT_SESSION: String(LIMITS.session),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the second server exited:\n${output}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`the second server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  second = { url, gql: graphqlOver(url) };
}, 90_000);
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await first?.close();
});

const QUERY = '{ stats { publishedProjects } }';

test('anonymous callers share one budget per IP across servers; past it, 429 with Retry-After', async () => {
  for (const server of [first, second, first, second, first]) {
    const response = await server.gql(QUERY);
    ok(response);
    expect(Number(response.headers.get('ratelimit-limit'))).toBe(5);
  }
  const refused = await second.gql(QUERY);
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(failure(refused).extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
  expect(failure(refused).message).toMatch(/at most 5 per 60 s/);
  expect(refused.data).toBeUndefined();
  // And on the other server too: the count is in the database, not in either process.
  expect((await first.gql(QUERY)).status).toBe(429);
});

test('a signed-in session has its own budget, shared by both servers; a batch counts each operation', async () => {
  const { token } = await makeUser(first.dataSource);
  // The IP's anonymous budget is spent (previous test); the session's is not.
  ok(await first.gql(QUERY, undefined, { token }));
  const batch = await fetch(`${second.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify([{ query: QUERY }, { query: QUERY }]),
  });
  expect(batch.status).toBe(200);
  expect(batch.headers.get('ratelimit-remaining')).toBe('1');
  ok(await second.gql(QUERY, undefined, { token }));
  const refused = await first.gql(QUERY, undefined, { token });
  expect(refused.status).toBe(429);
  expect(failure(refused).extensions.code).toBe('RATE_LIMITED');

  // Another user's session is not affected.
  const other = await makeUser(first.dataSource);
  ok(await second.gql(QUERY, undefined, { token: other.token }));
});

test('a window ends: the count starts again', async () => {
  const limiter = new RateLimiter(first.dataSource, { ...LIMITS, windowSeconds: 1 });
  try {
    expect((await limiter.hit('test:window', 2)).allowed).toBe(true);
    expect((await limiter.hit('test:window', 2)).allowed).toBe(true);
    const third = await limiter.hit('test:window', 2);
    expect(third).toEqual({ allowed: false, remaining: 0, resetInSeconds: 1 });
    // The window's end comes (its clock is the database's): no waiting for the second to pass.
    await first.dataSource.query(
      `UPDATE rate_limit_buckets SET resets_at = now() - interval '1 millisecond' WHERE key = 'test:window'`,
    );
    expect(await limiter.hit('test:window', 2)).toMatchObject({ allowed: true, remaining: 1 });
  } finally {
    limiter.stop();
  }
});

test('many parallel requests never let more through than the limit', async () => {
  const limiter = new RateLimiter(first.dataSource, LIMITS);
  try {
    const decisions = await Promise.all(Array.from({ length: 30 }, () => limiter.hit('test:parallel', 7)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(7);
  } finally {
    limiter.stop();
  }
});

import { makeUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';
import { lockTable } from './table-lock';

/** Short enough to wait for, long enough that no ordinary statement of this file comes near it. */
const TIMEOUT_MS = 400;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ statementTimeoutMs: TIMEOUT_MS });
});
afterAll(() => server.close());

/** The promise, or a failure naming what did not happen within `ms` (so a missing timeout fails, not hangs). */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

test('every connection of the pool runs with the configured statement_timeout', async () => {
  const [{ statement_timeout }] = await server.dataSource.query('SHOW statement_timeout');
  expect(statement_timeout).toBe(`${TIMEOUT_MS}ms`);
});

test('a query held up past the statement timeout is cancelled by PostgreSQL and answered TIMEOUT, without a stack', async () => {
  const lock = await lockTable(server.databaseUrl, 'projects');
  try {
    const started = Date.now();
    const response = await within(
      10_000,
      'the cancellation',
      server.gql('{ projects(first: 5) { totalCount } }', undefined, { headers: { 'x-request-id': 'slow-1' } }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    const error = failure(response);
    expect(error.extensions).toEqual({ code: 'TIMEOUT', requestId: 'slow-1' });
    expect(error.message).toMatch(/took longer than the server allows/);
    const text = JSON.stringify(response);
    for (const leak of ['SELECT', 'canceling statement', 'stacktrace', 'QueryFailedError']) {
      expect(text).not.toContain(leak);
    }
    // The operator hears which statement was slow, at warn and without a stack.
    const logged = server.logs
      .map((line) => JSON.parse(line))
      .find((entry) => entry.requestId === 'slow-1' && entry.query);
    expect(logged).toMatchObject({ level: 40, msg: expect.stringContaining('statement timeout') });
    expect(logged.err).toBeUndefined();
  } finally {
    await lock.release();
  }
  // Nothing stays stuck: the next request is answered.
  expect(ok(await server.gql('{ projects(first: 5) { totalCount } }')).projects.totalCount).toEqual(expect.any(Number));
});

test('a statement of the HTTP layer past the timeout (the session lookup) is a 503 TIMEOUT, not a 500', async () => {
  const { token } = await makeUser(server.dataSource);
  const lock = await lockTable(server.databaseUrl, 'sessions');
  try {
    const response = await within(10_000, 'the cancellation', server.gql('{ viewer { id } }', undefined, { token }));
    expect(response.status).toBe(503);
    expect(failure(response).extensions).toEqual({ code: 'TIMEOUT' });
  } finally {
    await lock.release();
  }
  expect(ok(await server.gql('{ viewer { id } }', undefined, { token })).viewer).not.toBeNull();
});

test('the routes that answer from an operation (calendar, embed, export) pass its TIMEOUT on as a 503, not a 500', async () => {
  const { token } = await makeUser(server.dataSource);
  const routes: [string, string, string?][] = [
    ['events', '/events.ics'],
    ['projects', '/embed/projects/some-project/sponsors.json'],
    ['resource_requests', '/export/grants.csv', token],
  ];
  for (const [table, route, bearer] of routes) {
    const lock = await lockTable(server.databaseUrl, table);
    try {
      const response = await within(
        10_000,
        `the cancellation of ${route}`,
        fetch(`${server.url}${route}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} }),
      );
      expect({ route, status: response.status }).toEqual({ route, status: 503 });
      const { errors } = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(errors[0].extensions.code).toBe('TIMEOUT');
    } finally {
      await lock.release();
    }
  }
  expect(server.logs.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50)).toEqual([]);
});

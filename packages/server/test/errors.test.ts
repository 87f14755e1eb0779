import { failure, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('an unexpected failure is logged with the request id and answered without SQL, stack or detail', async () => {
  await server.dataSource.query('ALTER TABLE events RENAME TO events_moved_away');
  try {
    const response = await server.gql('{ events { edges { node { name } } } }', undefined, {
      headers: { 'x-request-id': 'req-123' },
    });
    const error = failure(response);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
    expect(error.message).toContain('req-123');
    const text = JSON.stringify(response);
    for (const leak of ['SELECT', 'FROM', 'relation', 'does not exist', 'stacktrace', 'QueryFailedError', '.ts:'])
      expect(text).not.toContain(leak);
    expect(response.headers.get('x-request-id')).toBe('req-123');
    const logged = server.logs
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg?.startsWith('unexpected error'));
    expect(logged).toMatchObject({ requestId: 'req-123', level: 50 });
    expect(JSON.stringify(logged.err)).toContain('relation \\"events\\" does not exist');
  } finally {
    await server.dataSource.query('ALTER TABLE events_moved_away RENAME TO events');
  }
});

test('every response carries a request id, generated when the client sent none', async () => {
  const response = await server.gql('{ stats { events } }');
  expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

test('domain errors keep their own code and message', async () => {
  const error = failure(
    await server.gql(
      'mutation { createOrganization(input: { slug: "a-b", name: "n", kind: COMPANY }) { organization { id } } }',
    ),
  );
  expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  expect(error.message).toBe('Sign in to do this.');
});

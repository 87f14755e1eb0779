import { createHash } from 'node:crypto';
import net from 'node:net';
import { failure, ok, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { makeOrganization, makeProject, makeResourceOffer, makeUser, type TestUser } from './factories';

/**
 * What a fuzzer sends: ids that are no ids, NUL characters and half surrogate pairs, paths that decode to neither,
 * forged cursors, broken persisted queries. Each is the client's mistake: a coded answer under 500 naming what was
 * wrong, nothing written, and a log line at info, never an error with a stack (a client must not flood the logs).
 */

let server: TestServer;
let maintainer: TestUser;
let projectId: string;
let offerId: string;
beforeAll(async () => {
  server = await startTestServer();
  maintainer = await makeUser(server.dataSource);
  const organization = await makeOrganization(server.dataSource, { verified: true });
  projectId = (await makeProject(server.dataSource, { maintainers: [maintainer.user] })).id;
  offerId = (await makeResourceOffer(server.dataSource, organization)).id;
});
afterAll(() => server.close());

const NIL = '00000000-0000-0000-0000-000000000000';

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  err?: unknown;
  [key: string]: unknown;
}
const linesOf = (requestId: string): LogLine[] =>
  server.logs.map((line) => JSON.parse(line) as LogLine).filter((line) => line.requestId === requestId);

/** The request's own log line is written once the response has gone: wait for it, up to a deadline. */
async function logOf(requestId: string): Promise<LogLine[]> {
  const deadline = Date.now() + 5_000;
  while (!linesOf(requestId).some((line) => line.msg === 'request')) {
    if (Date.now() > deadline) throw new Error(`no request log line for ${requestId}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return linesOf(requestId);
}

/** Nothing of this request was logged as a fault: no line at error or above, no error object, no stack. */
async function expectLoggedAsClientMistake(requestId: string) {
  for (const line of await logOf(requestId)) {
    expect(line.level).toBeLessThan(50);
    expect(line.err).toBeUndefined();
    expect(JSON.stringify(line)).not.toMatch(/\n\s+at /);
  }
}

let sent = 0;
const nextRequestId = () => `hostile-${++sent}`;

/** GraphQL over HTTP with a request id of its own, so that its log lines can be read back. */
async function send(
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<{ response: GraphQLResponse; requestId: string }> {
  const requestId = nextRequestId();
  const response = await server.gql(query, variables, { token, headers: { 'x-request-id': requestId } });
  return { response, requestId };
}

/** A refusal of the client's input: under 500, `code`, naming `field`, logged as a client's mistake. */
async function expectRefused(
  { response, requestId }: { response: GraphQLResponse; requestId: string },
  code: string,
  field?: string,
) {
  expect(response.status).toBeLessThan(500);
  const error = failure(response);
  expect(error.extensions).toMatchObject({ code, ...(field === undefined ? {} : { field }) });
  await expectLoggedAsClientMistake(requestId);
  return error;
}

const count = async (table: string, where = 'true', params: unknown[] = []) =>
  Number((await server.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);

describe('ids are UUIDs, checked before any SQL', () => {
  test.each([
    ['resourceOffer', 'query($id: ID!) { resourceOffer(id: $id) { id } }', 'id'],
    ['resourceRequest', 'query($id: ID!) { resourceRequest(id: $id) { id } }', 'id'],
    ['volunteerTask', 'query($id: ID!) { volunteerTask(id: $id) { id } }', 'id'],
    ['volunteerProfile', 'query($id: ID!) { volunteerProfile(userId: $id) { skills } }', 'userId'],
    ['events', 'query($id: ID) { events(filter: { organizerId: $id }) { totalCount } }', 'filter.organizerId'],
    ['stories', 'query($id: ID) { stories(filter: { projectId: $id }) { totalCount } }', 'filter.projectId'],
    ['a variable named otherwise', 'query($offer: ID!) { resourceOffer(id: $offer) { id } }', 'id'],
  ])('a non-UUID id for %s is BAD_USER_INPUT naming the field, and no statement runs', async (_label, query, field) => {
    const variable = /\$(\w+)/.exec(query)![1]!;
    for (const id of ['not-a-uuid', '1', "1' OR '1'='1", `${NIL}0`]) {
      server.statements.reset();
      await expectRefused(await send(query, { [variable]: id }), 'BAD_USER_INPUT', field);
      expect(server.statements.statements).toEqual([]);
    }
  });

  test('a non-UUID id written in the query itself is BAD_USER_INPUT naming the field', async () => {
    await expectRefused(await send('{ resourceOffer(id: "not-a-uuid") { id } }'), 'BAD_USER_INPUT', 'id');
    await expectRefused(await send('{ resourceOffer(id: 7) { id } }'), 'BAD_USER_INPUT', 'id');
    await expectRefused(
      await send('{ stories(filter: { projectId: "x" }) { totalCount } }'),
      'BAD_USER_INPUT',
      'filter.projectId',
    );
  });

  test('an id in either case is the same id', async () => {
    const lower = ok(await server.gql('query($id: ID!) { resourceOffer(id: $id) { id } }', { id: offerId }));
    const upper = ok(
      await server.gql('query($id: ID!) { resourceOffer(id: $id) { id } }', { id: offerId.toUpperCase() }),
    );
    expect(upper).toEqual(lower);
  });

  test('a mutation with a non-UUID id in its input is refused naming the field, and writes nothing', async () => {
    const requests = await count('resource_requests');
    const mutation = 'mutation($input: RequestResourceInput!) { requestResource(input: $input) { request { id } } }';
    const input = { offerId, projectId, quantity: 1, justification: 'We will train a model.' };
    await expectRefused(
      await send(mutation, { input: { ...input, offerId: 'offer-1' } }, maintainer.token),
      'BAD_USER_INPUT',
      'offerId',
    );
    await expectRefused(
      await send(mutation, { input: { ...input, projectId: 'x' } }, maintainer.token),
      'BAD_USER_INPUT',
      'projectId',
    );
    expect(await count('resource_requests')).toBe(requests);
  });

  test('each id of a list is checked', async () => {
    const events = await count('events');
    const { response, requestId } = await send(
      `mutation($ids: [ID!]!) { createEvent(input: { slug: "ids-event", name: "Ids", kind: MEETUP,
         startsAt: "2027-01-01T10:00:00Z", location: "Beijing", organizerIds: $ids }) { event { id } } }`,
      { ids: [NIL, 'nope'] },
      maintainer.token,
    );
    const error = await expectRefused({ response, requestId }, 'BAD_USER_INPUT', 'organizerIds');
    expect(error.message).toContain('[1]');
    expect(await count('events')).toBe(events);
  });
});

describe('text that no column can hold is refused where the request is read', () => {
  const NUL = 'a\u0000b';
  const LONE_HIGH = 'a\ud800b';
  const LONE_LOW = '\udc00';

  test.each([
    ['a slug', 'query($s: String!) { project(slug: $s) { id } }', 'slug'],
    ['a search', 'query($s: String) { projects(filter: { search: $s }) { totalCount } }', 'filter.search'],
    [
      'a search in a filter variable',
      'query($f: ProjectFilter) { projects(filter: $f) { totalCount } }',
      'filter.search',
    ],
    ['an event slug', 'query($s: String!) { event(slug: $s) { id } }', 'slug'],
    ['a story slug', 'query($s: String!) { story(slug: $s) { id } }', 'slug'],
    ['an organisation slug', 'query($s: String!) { organization(slug: $s) { id } }', 'slug'],
  ])('in %s, a NUL or half a surrogate pair is BAD_USER_INPUT naming the field', async (label, query, field) => {
    for (const text of [NUL, LONE_HIGH, LONE_LOW]) {
      const variables = label.includes('filter variable') ? { f: { search: text } } : { s: text };
      server.statements.reset();
      await expectRefused(await send(query, variables), 'BAD_USER_INPUT', field);
      expect(server.statements.statements).toEqual([]);
    }
  });

  test('a NUL written in the query itself, or in a default value, is refused too', async () => {
    await expectRefused(await send('{ project(slug: "a\\u0000b") { id } }'), 'BAD_USER_INPUT', 'slug');
    await expectRefused(
      await send('{ projects(filter: { search: """a\u0000b""" }) { totalCount } }'),
      'BAD_USER_INPUT',
      'filter.search',
    );
    await expectRefused(
      await send('query($s: String = "a\\u0000") { projects(filter: { search: $s }) { totalCount } }'),
      'BAD_USER_INPUT',
      'filter.search',
    );
  });

  test('signIn with half a surrogate pair is BAD_USER_INPUT, not an internal error without a request id', async () => {
    const mutation = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
    await expectRefused(
      await send(mutation, { input: { email: `x${LONE_HIGH}@example.org`, password: 'long enough password' } }),
      'BAD_USER_INPUT',
      'email',
    );
    await expectRefused(
      await send(mutation, { input: { email: maintainer.user.email, password: `pass${LONE_LOW}word-long` } }),
      'BAD_USER_INPUT',
      'password',
    );
  });

  test('a refused sign-up or organisation writes nothing', async () => {
    const signUp = 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }';
    await expectRefused(
      await send(signUp, {
        input: { email: 'nul@example.org', password: 'long enough password', displayName: NUL, locale: 'EN' },
      }),
      'BAD_USER_INPUT',
      'displayName',
    );
    expect(await count('users', 'email = $1', ['nul@example.org'])).toBe(0);

    const create =
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }';
    await expectRefused(
      await send(create, { input: { slug: 'nul-org', name: NUL, kind: 'COMPANY' } }, maintainer.token),
      'BAD_USER_INPUT',
      'name',
    );
    await expectRefused(
      await send(
        create,
        { input: { slug: 'nul-org', name: 'Fine', description: LONE_HIGH, kind: 'COMPANY' } },
        maintainer.token,
      ),
      'BAD_USER_INPUT',
      'description',
    );
    expect(await count('organizations', 'slug = $1', ['nul-org'])).toBe(0);
  });

  test('text outside the Basic Multilingual Plane (a whole surrogate pair) is text like any other', async () => {
    const data = ok(
      await server.gql('mutation($input: SignUpInput!) { signUp(input: $input) { user { displayName } } }', {
        input: {
          email: 'emoji@example.org',
          password: 'long enough password',
          displayName: '彩虹熊 🌈𠮷',
          locale: 'EN',
        },
      }),
    );
    expect(data.signUp.user.displayName).toBe('彩虹熊 🌈𠮷');
  });
});

describe('paths that do not decode to text are 404', () => {
  test.each([
    '/events/%00.ics',
    '/events/a%00b.ics',
    '/embed/projects/%00/badge.svg',
    '/embed/projects/%00/sponsors.json',
    '/embed/projects/a%ED%A0%80b/sponsors.json',
    '/events/%E0%A4%A.ics',
    '/export/projects%00.csv',
  ])('%s', async (path) => {
    const requestId = nextRequestId();
    const response = await fetch(`${server.url}${path}`, { headers: { 'x-request-id': requestId } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).errors[0].extensions).toEqual({ code: 'NOT_FOUND' });
    await expectLoggedAsClientMistake(requestId);
  });

  test('an export of a kind that only JavaScript objects have is 404, like any unknown kind', async () => {
    for (const kind of ['constructor', '__proto__', 'hasOwnProperty']) {
      const response = await fetch(`${server.url}/export/${kind}.csv`);
      expect(response.status).toBe(404);
    }
  });

  test('a NUL in a header never reaches a route: the HTTP parser refuses it', async () => {
    const port = new URL(server.url).port;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer a\u0000b\r\n\r\n');
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('latin1')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });
});

describe('cursors are checked as strictly as Postgres casts them', () => {
  const forge = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
  const projects = 'query($a: String, $o: ProjectOrder) { projects(after: $a, orderBy: $o) { totalCount } }';
  const offers = 'query($a: String, $o: ResourceOfferOrder) { resourceOffers(after: $a, orderBy: $o) { totalCount } }';

  test.each([
    ['a timestamp on a day that does not exist', projects, 'CREATED_AT', '2026-02-30'],
    ['a timestamp in month 13', projects, 'CREATED_AT', '2026-13-01T00:00:00Z'],
    ['a timestamp at hour 25', projects, 'UPDATED_AT', '2026-01-01T25:00:00Z'],
    ['a timestamp in year 0', projects, 'CREATED_AT', '0000-01-01T00:00:00Z'],
    ['a bigint over its range', offers, 'REMAINING', '9223372036854775808'],
    ['a bigint under its range', offers, 'REMAINING', '-9223372036854775809'],
    ['a name with a NUL', projects, 'NAME', 'a\u0000'],
    ['a name with half a surrogate pair', projects, 'NAME', '\ud800'],
  ])('%s is BAD_USER_INPUT on `after`', async (_label, query, field, value) => {
    const cursor = forge([field, 'ASC', value, NIL]);
    await expectRefused(await send(query, { a: cursor, o: { field, direction: 'ASC' } }), 'BAD_USER_INPUT', 'after');
  });

  test('the cursors Goodlink gives out still page, a leap day and the largest bigint included', async () => {
    for (const [query, field, value] of [
      [projects, 'CREATED_AT', '2024-02-29T23:59:59.999Z'],
      [projects, 'CREATED_AT', '2024-02-29T23:59:59.123456+08:00'],
      [offers, 'CLOSES_AT', 'infinity'],
      [offers, 'REMAINING', '9223372036854775807'],
    ]) {
      ok(await server.gql(query, { a: forge([field, 'ASC', value, NIL]), o: { field, direction: 'ASC' } }));
    }
  });
});

describe('persisted queries that cannot be used have codes of their own', () => {
  const post = async (body: unknown) => {
    const requestId = nextRequestId();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: any; errors?: any };
    const answer: GraphQLResponse = {
      status: response.status,
      headers: response.headers,
      data: json.data,
      errors: json.errors,
    };
    return { response: answer, requestId };
  };
  const query = '{ stats { events } }';
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  test('a version other than 1 is a 400 PERSISTED_QUERY_VERSION_NOT_SUPPORTED', async () => {
    const refused = await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } });
    expect(refused.response.status).toBe(400);
    await expectRefused(refused, 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED');
  });

  test('a hash that is not the query’s is a 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const refused = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('other') } } });
    expect(refused.response.status).toBe(400);
    await expectRefused(refused, 'PERSISTED_QUERY_HASH_MISMATCH');
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND, and a registered one answers', async () => {
    const text = '{ stats { publishedProjects } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(text) };
    await expectRefused(await post({ extensions: { persistedQuery } }), 'PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ query: text, extensions: { persistedQuery } })).response.data?.stats).toBeDefined();
    expect((await post({ extensions: { persistedQuery } })).response.data?.stats).toBeDefined();
  });
});

describe('client mistakes are logged at info, without a stack; faults at error', () => {
  test('a refused input is one info line with its code and field, and neither the value nor a stack', async () => {
    const { requestId } = await send('query($s: String!) { project(slug: $s) { id } }', { s: 'secret\u0000value' });
    const refused = (await logOf(requestId)).find((line) => line.msg === 'request refused');
    expect(refused).toMatchObject({ level: 30, code: 'BAD_USER_INPUT', field: 'slug' });
    expect(JSON.stringify(refused)).not.toContain('secret');
    expect(refused?.err).toBeUndefined();
  });

  test('a fault is still logged at error, with the error', async () => {
    await server.dataSource.query('ALTER TABLE stories RENAME TO stories_moved_away');
    try {
      const { response, requestId } = await send('{ stories { totalCount } }');
      expect(failure(response).extensions.code).toBe('INTERNAL_SERVER_ERROR');
      const fault = (await logOf(requestId)).find((line) => line.level >= 50);
      expect(fault?.err).toBeDefined();
    } finally {
      await server.dataSource.query('ALTER TABLE stories_moved_away RENAME TO stories');
    }
  });
});

import { randomUUID } from 'node:crypto';
import { createClient, GoodlinkError, ProjectsDocument, type ProjectFilter } from '../src/index';
import { signUp } from './fixtures';
import {
  CreateOrganizationDocument,
  SetResourceOfferStatusDocument,
  VerifyOrganizationDocument,
} from './generated/graphql';
import { freePort, startGoodlink, type Goodlink } from './server';

/** Every failure reaches the caller as a GoodlinkError that says what the server said, in fields, not prose. */

async function failure(promise: Promise<unknown>): Promise<GoodlinkError> {
  const outcome = await promise.then(
    () => new Error('expected the request to fail, but it succeeded'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof GoodlinkError)) throw outcome;
  return outcome;
}

describe('errors the server sends', () => {
  let goodlink: Goodlink;

  beforeAll(async () => {
    goodlink = await startGoodlink();
  });

  afterAll(() => goodlink?.stop());

  test('a token the server does not know is UNAUTHENTICATED with HTTP 401', async () => {
    const client = createClient({ url: goodlink.url, token: 'gl_live_not-a-key-anyone-issued' });
    const error = await failure(client.request(ProjectsDocument, { first: 1 }));
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'GoodlinkError', code: 'UNAUTHENTICATED', status: 401 });
    expect(error.message).toMatch(/not valid/i);
    expect(error.requestId).toMatch(/^[\w.-]+$/);
  });

  test('a mutation that needs a signed-in user, sent anonymously, is UNAUTHENTICATED', async () => {
    const client = createClient({ url: goodlink.url });
    const error = await failure(
      client.request(CreateOrganizationDocument, { input: { slug: 'anonymous-org', name: 'Anon', kind: 'COMPANY' } }),
    );
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 200 });
    expect(error.errors[0].path).toEqual(['createOrganization']);
  });

  test('a page size over the limit is BAD_USER_INPUT naming the field and why', async () => {
    const client = createClient({ url: goodlink.url });
    const error = await failure(client.request(ProjectsDocument, { first: 500 }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(error.fields).toEqual([{ field: 'first', messages: [expect.stringMatching(/100/)] }]);
  });

  test("the client's own headers are sent: a request id given in `headers` comes back on the error", async () => {
    const client = createClient({ url: goodlink.url, headers: { 'X-Request-Id': 'client-test-42' } });
    const error = await failure(client.request(ProjectsDocument, { first: 500 }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'client-test-42' });
  });

  test('a value outside an enum is BAD_USER_INPUT with HTTP 400, before anything runs', async () => {
    const client = createClient({ url: goodlink.url });
    // What an untyped caller (or a stale integration) might send; the types rightly refuse it.
    const filter = { causeAreas: ['CLIMATE'] } as unknown as ProjectFilter;
    const error = await failure(client.request(ProjectsDocument, { filter }));
    // Named from the argument down, as validation errors name it (changelog, Unreleased → Fixed).
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', status: 400, field: 'filter.causeAreas' });
    expect(error.message).toMatch(/CLIMATE/);
  });

  test('a signed-in user acting beyond their rights is FORBIDDEN', async () => {
    const { client } = await signUp(goodlink.url);
    const error = await failure(
      client.request(VerifyOrganizationDocument, { input: { organizationId: randomUUID(), verified: true } }),
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 200 });
  });

  test('an id that names nothing is NOT_FOUND', async () => {
    const { client } = await signUp(goodlink.url);
    const error = await failure(
      client.request(SetResourceOfferStatusDocument, { input: { offerId: randomUUID(), status: 'OPEN' } }),
    );
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'offerId' });
  });

  test('a taken slug is CONFLICT with reason ALREADY_EXISTS', async () => {
    const { client } = await signUp(goodlink.url);
    const input = { slug: `taken-${randomUUID().slice(0, 8)}`, name: 'Twice', kind: 'COMMUNITY' as const };
    await client.request(CreateOrganizationDocument, { input });
    const error = await failure(client.request(CreateOrganizationDocument, { input }));
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS', field: 'slug' });
  });
});

describe('errors on the way to the server', () => {
  /** A fetch that answers as a rate limiter or a proxy in front of Goodlink would, without reaching it. */
  const answering =
    (status: number, body: string, headers: Record<string, string> = {}): typeof fetch =>
    async () =>
      new Response(body, { status, headers });

  test('HTTP 429 is RATE_LIMITED with Retry-After in seconds', async () => {
    const body = JSON.stringify({
      errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED', retryAfter: 7 } }],
    });
    const client = createClient({
      url: 'http://goodlink.invalid/graphql',
      fetch: answering(429, body, { 'content-type': 'application/json', 'retry-after': '7' }),
    });
    const error = await failure(client.request(ProjectsDocument));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfter: 7 });
  });

  test('a bare 429 with Retry-After as an HTTP date is RATE_LIMITED with the seconds until then', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    const client = createClient({
      url: 'http://goodlink.invalid/graphql',
      fetch: answering(429, 'slow down', { 'retry-after': at }),
    });
    const error = await failure(client.request(ProjectsDocument));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    // The date has whole seconds only: 29 to 30 seconds from now, depending on where in the second we are.
    expect(error.retryAfter).toBeGreaterThanOrEqual(28);
    expect(error.retryAfter).toBeLessThanOrEqual(30);
  });

  test("a proxy's HTML error page is HTTP_ERROR with its status", async () => {
    const client = createClient({
      url: 'http://goodlink.invalid/graphql',
      fetch: answering(502, '<html><body>Bad Gateway</body></html>', { 'content-type': 'text/html' }),
    });
    const error = await failure(client.request(ProjectsDocument));
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 502, retryAfter: undefined });
  });

  test('nothing listening is NETWORK_ERROR, with the cause kept', async () => {
    const client = createClient({ url: `http://127.0.0.1:${await freePort()}/graphql` });
    const error = await failure(client.request(ProjectsDocument));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: undefined });
    // fetch's own TypeError, from outside jest's realm: compare by message, not by class.
    expect((error.cause as Error).message).toBe('fetch failed');
  });

  test('an abort the caller asked for rejects with the abort, not a GoodlinkError', async () => {
    const client = createClient({ url: 'http://goodlink.invalid/graphql' });
    const controller = new AbortController();
    controller.abort();
    const outcome = await client.request(ProjectsDocument, {}, { signal: controller.signal }).catch((e: unknown) => e);
    expect(outcome).not.toBeInstanceOf(GoodlinkError);
    expect((outcome as Error).name).toBe('AbortError');
  });
});

test('a real server past its rate limit: RATE_LIMITED, HTTP 429, retryAfter in seconds', async () => {
  const goodlink = await startGoodlink({ GOODLINK_RATE_LIMIT_ANONYMOUS: '2' });
  try {
    const client = createClient({ url: goodlink.url });
    await client.request(ProjectsDocument, { first: 1 });
    await client.request(ProjectsDocument, { first: 1 });
    const error = await failure(client.request(ProjectsDocument, { first: 1 }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(error.retryAfter).toBeGreaterThanOrEqual(1);
    expect(error.retryAfter).toBeLessThanOrEqual(60);
  } finally {
    await goodlink.stop();
  }
});

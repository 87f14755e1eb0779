import { Client } from 'pg';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../src/modules/webhook/webhook.signing';
import { addressRange, isPrivateAddress } from '../src/modules/webhook/webhook.ssrf';
import type { OrganizationEntity } from '../src/modules/organization/organization.entity';
import { ProjectVisibility } from '../src/shared/enums';
import {
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeUser,
  type TestUser,
} from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';

/**
 * Webhooks end to end: a real receiver on 127.0.0.1 (allowed explicitly, as the guard refuses loopback), the
 * outbox filled in the transaction of the change, pg-boss delivering with retries, signatures per Standard Webhooks.
 */

const WEBHOOKS = {
  allowedHosts: ['127.0.0.1'],
  pollSeconds: 1,
  retryLimit: 3,
  retryDelaySeconds: 1,
  timeoutSeconds: 5,
  disableAfterFailures: 2,
  concurrency: 2,
};

interface Receipt {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A receiver: answers each path with the statuses queued for it (then 200), and keeps everything it got. */
class Receiver {
  receipts: Receipt[] = [];
  private plans = new Map<string, number[]>();
  private server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const status = this.plans.get(path)?.shift() ?? 200;
      this.receipts.push({ path, headers: request.headers, body, status });
      response.writeHead(status).end();
    });
  });
  url = '';

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  plan(path: string, statuses: number[]) {
    this.plans.set(path, statuses);
  }
  at(path: string) {
    return this.receipts.filter((receipt) => receipt.path === path);
  }
  async until(check: () => boolean, seconds = 30) {
    const deadline = Date.now() + seconds * 1000;
    while (!check()) {
      if (Date.now() > deadline)
        throw new Error(
          `waited ${seconds} s; receipts: ${JSON.stringify(this.receipts.map((r) => [r.path, r.status]))}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  close() {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

let server: TestServer;
let receiver: Receiver;
let owner: TestUser;
let organization: OrganizationEntity;

beforeAll(async () => {
  receiver = new Receiver();
  await receiver.start();
  server = await startTestServer({ config: { webhooks: WEBHOOKS } });
  owner = await makeUser(server.dataSource);
  organization = await makeOrganization(server.dataSource, { owner: owner.user, verified: true });
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

const CREATE = `mutation($input: CreateWebhookInput!) {
  createWebhook(input: $input) { secret webhook { id url events enabled } }
}`;

async function createWebhook(path: string, events: string[], who = owner, org = organization) {
  const data = ok(
    await server.gql(
      CREATE,
      { input: { organizationId: org.id, url: `${receiver.url}${path}`, events } },
      { token: who.token },
    ),
  );
  return data.createWebhook as { secret: string; webhook: { id: string } };
}

async function approveNewRequest(quantity = 10) {
  const project = await makeProject(server.dataSource);
  const offer = await makeResourceOffer(server.dataSource, organization, { total: 1000 });
  const request = await makeResourceRequest(server.dataSource, offer, project, { quantity });
  ok(
    await server.gql(
      'mutation($input: ApproveResourceRequestInput!) { approveResourceRequest(input: $input) { request { id } } }',
      { input: { requestId: request.id } },
      { token: owner.token },
    ),
  );
  return request;
}

/** The receiver answers before the worker writes the outcome down: wait for the row to leave PENDING. */
async function settledDelivery(id: unknown, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const [row] = await server.dataSource.query('SELECT * FROM webhook_deliveries WHERE id = $1', [id]);
    if (row && row.status !== 'PENDING') return row;
    if (Date.now() > deadline) throw new Error(`delivery ${id} still ${row?.status ?? 'missing'} after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until no job of the delivery is queued, waiting for a retry or running. */
async function noLiveJob(id: unknown, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const [{ live }] = await server.dataSource.query(
      `SELECT count(*)::int AS live FROM pgboss.job WHERE data->>'deliveryId' = $1 AND state IN ('created', 'retry', 'active')`,
      [id],
    );
    if (live === 0) return;
    if (Date.now() > deadline) throw new Error(`delivery ${id} still has ${live} live job(s) after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One statement on the database while no server is connected to it. */
async function rawQuery(databaseUrl: string, text: string, values: unknown[]) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const signed = (receipt: Receipt, secret: string) =>
  verifySignature(
    secret,
    {
      id: String(receipt.headers['webhook-id']),
      timestamp: String(receipt.headers['webhook-timestamp']),
      signature: String(receipt.headers['webhook-signature']),
    },
    receipt.body,
  );

test('an approval reaches the receiver, signed, with the full request', async () => {
  const { secret } = await createWebhook('/approvals', ['RESOURCE_REQUEST_APPROVED']);
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  const request = await approveNewRequest(10);
  await receiver.until(() => receiver.at('/approvals').length === 1);
  const [receipt] = receiver.at('/approvals');
  expect(signed(receipt, secret)).toBe(true);
  expect(signed({ ...receipt, body: receipt.body.replace('"quantity":10', '"quantity":99') }, secret)).toBe(false);
  expect(JSON.parse(receipt.body)).toMatchObject({
    type: 'RESOURCE_REQUEST_APPROVED',
    data: { id: request.id, status: 'APPROVED', quantity: 10, approvedQuantity: 10, offer: { remaining: 990 } },
  });

  const row = await settledDelivery(receipt.headers['webhook-id']);
  expect(row).toMatchObject({ status: 'DELIVERED', attempts: 1, last_status_code: 200 });
});

test('a payload is the object as the API shows it to the organisation, read in the transaction of the change', async () => {
  const { webhook } = await createWebhook('/same', ['RESOURCE_REQUEST_APPROVED', 'SPONSOR_LINK_CONFIRMED']);
  const request = await approveNewRequest(7);
  const deliveries = await server.dataSource.query(
    'SELECT event, payload FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY event',
    [webhook.id],
  );
  // Approving credits the organisation as an in-kind sponsor: that link's confirmation is an event too.
  expect(deliveries.map((row: { event: string }) => row.event)).toEqual([
    'RESOURCE_REQUEST_APPROVED',
    'SPONSOR_LINK_CONFIRMED',
  ]);
  const [{ payload }, { payload: link }] = deliveries;
  // The same selection, asked by a member of the organisation over HTTP after the commit.
  const asked = ok(
    await server.gql(
      `query($id: ID!) { resourceRequest(id: $id) {
        id status quantity approvedQuantity justification decisionNote fulfillmentNote createdAt decidedAt fulfilledAt
        offer { id title category unit total remaining } project { id slug name } } }`,
      { id: request.id },
      { token: owner.token },
    ),
  );
  expect(payload.data).toEqual(asked.resourceRequest);
  expect(payload.data.justification).not.toBeNull();
  expect(payload.data.decidedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(payload.timestamp).toMatch(/Z$/);
  expect(link.data).toMatchObject({
    status: 'CONFIRMED',
    organization: { id: organization.id },
    project: { id: asked.resourceRequest.project.id },
  });
});

test('a receiver failing twice gets the event on the third attempt, with the same id', async () => {
  const { secret } = await createWebhook('/flaky', ['RESOURCE_REQUEST_APPROVED']);
  receiver.plan('/flaky', [500, 503]);
  await approveNewRequest();
  await receiver.until(() => receiver.at('/flaky').some((r) => r.status === 200));
  const receipts = receiver.at('/flaky');
  expect(receipts.map((r) => r.status)).toEqual([500, 503, 200]);
  expect(new Set(receipts.map((r) => r.headers['webhook-id'])).size).toBe(1);
  expect(receipts.every((r) => signed(r, secret))).toBe(true);
  const { status, attempts } = await settledDelivery(receipts[0].headers['webhook-id']);
  expect({ status, attempts }).toEqual({ status: 'DELIVERED', attempts: 3 });
});

test('after a restart mid-retry, the delivery completes, received successfully exactly once', async () => {
  await createWebhook('/restart', ['RESOURCE_REQUEST_APPROVED']);
  receiver.plan('/restart', [500]);
  await approveNewRequest();
  await receiver.until(() => receiver.at('/restart').length === 1);
  // The server goes away while the retry waits; another process on the same database takes over.
  const databaseUrl = server.databaseUrl;
  await server.close();
  server = await startTestServer({ databaseUrl, config: { webhooks: WEBHOOKS } });
  await receiver.until(() => receiver.at('/restart').some((r) => r.status === 200));
  const id = receiver.at('/restart')[0].headers['webhook-id'];
  const { status, attempts } = await settledDelivery(id);
  expect({ status, attempts }).toEqual({ status: 'DELIVERED', attempts: 2 });
  // No job of the delivery is left to run, so no duplicate can still come: it was received once.
  await noLiveJob(id);
  expect(receiver.at('/restart').map((r) => r.status)).toEqual([500, 200]);
});

test('a pending delivery whose job ended for good (its worker died in the last attempt) is queued again', async () => {
  await createWebhook('/stranded', ['RESOURCE_REQUEST_APPROVED']);
  receiver.plan('/stranded', [500]);
  await approveNewRequest();
  await receiver.until(() => receiver.at('/stranded').length === 1);
  const id = receiver.at('/stranded')[0].headers['webhook-id'];
  const databaseUrl = server.databaseUrl;
  await server.close();
  // What pg-boss leaves when the last attempt's worker is gone: the job failed, the row still pending.
  const [row] = await rawQuery(
    databaseUrl,
    `UPDATE pgboss.job SET state = 'failed', completed_on = now()
     WHERE id = (SELECT job_id FROM webhook_deliveries WHERE id = $1) RETURNING id`,
    [id],
  );
  expect(row).toBeDefined();
  server = await startTestServer({ databaseUrl, config: { webhooks: WEBHOOKS } });
  await receiver.until(() => receiver.at('/stranded').some((r) => r.status === 200));
  const { status } = await settledDelivery(id);
  expect(status).toBe('DELIVERED');
  await noLiveJob(id);
  expect(receiver.at('/stranded').map((r) => r.status)).toEqual([500, 200]);
});

test('an organisation hears only what it may see; public events reach everyone subscribed', async () => {
  const otherOwner = await makeUser(server.dataSource);
  const other = await makeOrganization(server.dataSource, { owner: otherOwner.user, verified: true });
  const { webhook: otherHook } = await createWebhook(
    '/other',
    ['RESOURCE_REQUEST_APPROVED', 'PROJECT_PUBLISHED'],
    otherOwner,
    other,
  );
  await createWebhook('/mine', ['PROJECT_PUBLISHED']);
  await approveNewRequest();

  const maintainer = await makeUser(server.dataSource);
  const project = await makeProject(server.dataSource, {
    visibility: ProjectVisibility.DRAFT,
    maintainers: [maintainer.user],
  });
  ok(
    await server.gql(
      'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { id } } }',
      { input: { projectId: project.id } },
      { token: maintainer.token },
    ),
  );
  await receiver.until(() => receiver.at('/other').length >= 1 && receiver.at('/mine').length >= 1);
  // The other organisation got the publication only: the approval was not its business. The outbox is written in
  // the change's transaction, so once both mutations have returned it holds everything that will ever be sent.
  const queued = await server.dataSource.query('SELECT event FROM webhook_deliveries WHERE webhook_id = $1', [
    otherHook.id,
  ]);
  expect(queued.map((row: { event: string }) => row.event)).toEqual(['PROJECT_PUBLISHED']);
  expect(receiver.at('/other').map((r) => JSON.parse(r.body).type)).toEqual(['PROJECT_PUBLISHED']);
  expect(JSON.parse(receiver.at('/mine')[0].body).data).toMatchObject({ id: project.id, slug: project.slug });
});

test('a refused change announces nothing', async () => {
  await createWebhook('/refused', ['RESOURCE_REQUEST_APPROVED']);
  const project = await makeProject(server.dataSource);
  const offer = await makeResourceOffer(server.dataSource, organization, { total: 5 });
  const request = await makeResourceRequest(server.dataSource, offer, project, { quantity: 5 });
  const tooMuch = await server.gql(
    'mutation($input: ApproveResourceRequestInput!) { approveResourceRequest(input: $input) { request { id } } }',
    { input: { requestId: request.id, quantity: 6 } },
    { token: owner.token },
  );
  expect(failure(tooMuch).extensions.code).toBe('BAD_USER_INPUT');
  const [{ n }] = await server.dataSource.query(
    `SELECT count(*)::int AS n FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE w.url LIKE '%/refused'`,
  );
  expect(n).toBe(0);
});

test('sustained failure turns a webhook off; a successful test turns it back on', async () => {
  const { webhook } = await createWebhook('/down', ['RESOURCE_REQUEST_APPROVED']);
  receiver.plan('/down', Array(8).fill(500));
  await approveNewRequest();
  await approveNewRequest();
  const state = async () =>
    (await server.dataSource.query('SELECT enabled, disabled_reason FROM webhooks WHERE id = $1', [webhook.id]))[0];
  const deadline = Date.now() + 40_000;
  while ((await state()).enabled && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  expect(await state()).toMatchObject({
    enabled: false,
    disabled_reason: expect.stringMatching(/2 deliveries in a row failed/),
  });

  const listed = ok(
    await server.gql(
      'query($slug: String!) { organization(slug: $slug) { webhooks { id enabled disabledReason deliveries { status attempts lastStatusCode } } } }',
      { slug: organization.slug },
      { token: owner.token },
    ),
  );
  const mine = listed.organization.webhooks.find((w: any) => w.id === webhook.id);
  expect(mine.deliveries).toEqual([
    { status: 'FAILED', attempts: 4, lastStatusCode: 500 },
    { status: 'FAILED', attempts: 4, lastStatusCode: 500 },
  ]);

  receiver.plan('/down', []);
  ok(
    await server.gql(
      'mutation($input: TestWebhookInput!) { testWebhook(input: $input) { delivery { id event status } } }',
      { input: { webhookId: webhook.id } },
      { token: owner.token },
    ),
  );
  await receiver.until(() => receiver.at('/down').some((r) => r.status === 200));
  while (!(await state()).enabled && Date.now() < deadline + 20_000) await new Promise((r) => setTimeout(r, 250));
  expect(await state()).toEqual({ enabled: true, disabled_reason: null });
});

test('private, loopback and link-local addresses are refused unless allowed', async () => {
  for (const url of [
    'http://10.1.2.3/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost:9/hook',
    'http://[::1]/hook',
  ]) {
    const response = await server.gql(
      CREATE,
      { input: { organizationId: organization.id, url, events: ['PROJECT_PUBLISHED'] } },
      { token: owner.token },
    );
    expect({ url, ...failure(response).extensions }).toMatchObject({
      url,
      code: 'BAD_USER_INPUT',
      field: 'url',
      reason: 'PRIVATE_ADDRESS',
    });
  }
  const plain = await server.gql(
    CREATE,
    { input: { organizationId: organization.id, url: 'http://93.184.215.14/hook', events: ['PROJECT_PUBLISHED'] } },
    { token: owner.token },
  );
  expect(failure(plain).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url', reason: 'INSECURE_URL' });
  for (const address of [
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:10.0.0.1',
    '100.64.0.1',
  ]) {
    expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: true });
  }
  for (const address of ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '8.8.8.8']) {
    expect({ address, private: isPrivateAddress(address) }).toEqual({ address, private: false });
  }
});

/** Every form the guard must refuse, with the range it is classified in; none is ever connected to. */
const REFUSED_ADDRESSES: Array<[address: string, range: string]> = [
  ['0.0.0.0', 'unspecified'],
  ['127.0.0.1', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.5.4', 'private'],
  ['192.168.1.1', 'private'],
  ['100.64.0.1', 'carrierGradeNat'],
  ['169.254.169.254', 'linkLocal'],
  ['224.0.0.251', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['192.0.0.8', 'reserved'],
  ['192.0.2.10', 'reserved'], // documentation (TEST-NET-1)
  ['198.51.100.7', 'reserved'], // documentation (TEST-NET-2)
  ['203.0.113.9', 'reserved'], // documentation (TEST-NET-3)
  ['198.18.0.1', 'reserved'], // benchmarking
  ['240.0.0.1', 'reserved'],
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['fe80::1', 'linkLocal'],
  ['fe80::1%eth0', 'linkLocal'],
  ['fd00::1', 'uniqueLocal'],
  ['fc00::1', 'uniqueLocal'],
  ['fec0::1', 'deprecatedSiteLocal'],
  ['ff02::1', 'multicast'],
  ['::ffff:10.0.0.1', 'ipv4Mapped'],
  ['::ffff:7f00:1', 'ipv4Mapped'], // ::ffff:127.0.0.1 as a URL spells it
  ['::ffff:8.8.8.8', 'ipv4Mapped'], // mapped is refused whatever it carries
  ['::ffff:0:7f00:1', 'rfc6145'], // the translated form ::ffff:0:127.0.0.1
  ['::7f00:1', 'ipv4Compatible'], // [::127.0.0.1]
  ['::808:808', 'ipv4Compatible'],
  ['64:ff9b::7f00:1', 'rfc6052'], // NAT64
  ['64:ff9b:1::a00:1', 'rfc6052'], // local-use NAT64
  ['2002:7f00:1::1', '6to4'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
  ['2001:2::1', 'benchmarking'],
  ['2001:db8::1', 'reserved'], // documentation
  ['3fff::1', 'reserved'], // documentation
  ['100::1', 'discard'],
  ['5f00::1', 'segmentRouting'],
  ['4000::1', 'notGlobalUnicast'],
  ['not-an-address', 'invalid'],
];

test('every address that is not public unicast is refused by its classification, before any connection', async () => {
  for (const [address, range] of REFUSED_ADDRESSES) {
    expect({ address, range: addressRange(address), private: isPrivateAddress(address) }).toEqual({
      address,
      range,
      private: true,
    });
  }
  for (const address of [
    '93.184.215.14',
    '8.8.8.8',
    '1.1.1.1',
    '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
    '2a00:1450:4001::1',
  ]) {
    expect({ address, range: addressRange(address), private: isPrivateAddress(address) }).toEqual({
      address,
      range: 'unicast',
      private: false,
    });
  }
  // The spellings a URL allows are refused when the webhook is saved: the address is classified, not pinged.
  for (const url of [
    'https://[::127.0.0.1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[::ffff:0:7f00:1]/hook',
    'https://[64:ff9b:1::7f00:1]/hook',
    'https://[2002:7f00:1::1]/hook',
    'https://[fec0::1]/hook',
    'https://[2001:db8::1]/hook',
  ]) {
    const response = await server.gql(
      CREATE,
      { input: { organizationId: organization.id, url, events: ['PROJECT_PUBLISHED'] } },
      { token: owner.token },
    );
    expect({ url, ...failure(response).extensions }).toMatchObject({ url, reason: 'PRIVATE_ADDRESS' });
  }
});

async function testDelivery(webhookId: string): Promise<string> {
  const data = ok(
    await server.gql(
      'mutation($input: TestWebhookInput!) { testWebhook(input: $input) { delivery { id } } }',
      { input: { webhookId } },
      { token: owner.token },
    ),
  );
  return data.testWebhook.delivery.id;
}

test('a stored address that is not public is refused at delivery, before connecting', async () => {
  // As if saved before the guard knew this form (or a name that now resolves elsewhere): the worker checks again.
  const { webhook } = await createWebhook('/smuggled', ['PROJECT_PUBLISHED']);
  const mapped = receiver.url.replace('127.0.0.1', '[::ffff:7f00:1]');
  await server.dataSource.query('UPDATE webhooks SET url = $2 WHERE id = $1', [webhook.id, `${mapped}/smuggled`]);
  const delivery = await settledDelivery(await testDelivery(webhook.id));
  expect(delivery).toMatchObject({ status: 'FAILED', attempts: 1, last_status_code: null });
  expect(delivery.last_error).toMatch(/::ffff:7f00:1, a private, loopback or other non-public address \(ipv4Mapped\)/);
  expect(receiver.at('/smuggled')).toEqual([]);
});

test('a redirect is not followed: the 3xx is a failed attempt, and its target hears nothing', async () => {
  const redirector = createServer((request, response) => {
    request.resume();
    response.writeHead(307, { location: `${receiver.url}/landed` }).end();
  });
  await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
  try {
    const port = (redirector.address() as AddressInfo).port;
    const { webhook } = await createWebhook('/unused', ['PROJECT_PUBLISHED']);
    await server.dataSource.query('UPDATE webhooks SET url = $2 WHERE id = $1', [
      webhook.id,
      `http://127.0.0.1:${port}/moved`,
    ]);
    const id = await testDelivery(webhook.id);
    const deadline = Date.now() + 30_000;
    let row: any;
    for (;;) {
      [row] = await server.dataSource.query('SELECT * FROM webhook_deliveries WHERE id = $1', [id]);
      if (row.attempts >= 1) break;
      if (Date.now() > deadline) throw new Error('the delivery was never attempted');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The attempt is recorded after the answer: had the redirect been followed, /landed would have been posted first.
    expect(row).toMatchObject({ last_status_code: 307 });
    expect(receiver.at('/landed')).toEqual([]);
    ok(
      await server.gql(
        'mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedWebhookId } }',
        { input: { webhookId: webhook.id } },
        { token: owner.token },
      ),
    );
  } finally {
    redirector.closeAllConnections();
    await new Promise((resolve) => redirector.close(resolve));
  }
});

test('retry and timeout settings changed between two starts on one database apply to the queue and new jobs', async () => {
  const queue = async (running: TestServer) =>
    (
      await running.dataSource.query(
        `SELECT retry_limit, retry_delay, retry_backoff, expire_seconds FROM pgboss.queue WHERE name = 'webhook-delivery'`,
      )
    )[0];
  const first = await startTestServer({ config: { webhooks: WEBHOOKS } });
  try {
    expect(await queue(first)).toEqual({ retry_limit: 3, retry_delay: 1, retry_backoff: true, expire_seconds: 65 });
  } finally {
    await first.close();
  }

  const changed = { ...WEBHOOKS, retryLimit: 7, retryDelaySeconds: 45, timeoutSeconds: 20 };
  const second = await startTestServer({ databaseUrl: first.databaseUrl, config: { webhooks: changed } });
  try {
    expect(await queue(second)).toEqual({ retry_limit: 7, retry_delay: 45, retry_backoff: true, expire_seconds: 80 });
    // A job queued now carries them: pg-boss copies the queue's settings into each job it inserts.
    const someone = await makeUser(second.dataSource);
    const org = await makeOrganization(second.dataSource, { owner: someone.user, verified: true });
    const created = ok(
      await second.gql(
        CREATE,
        { input: { organizationId: org.id, url: `${receiver.url}/settings`, events: ['PROJECT_PUBLISHED'] } },
        { token: someone.token },
      ),
    );
    ok(
      await second.gql(
        'mutation($input: TestWebhookInput!) { testWebhook(input: $input) { delivery { id } } }',
        { input: { webhookId: created.createWebhook.webhook.id } },
        { token: someone.token },
      ),
    );
    await receiver.until(() => receiver.at('/settings').length === 1);
    const [job] = await second.dataSource.query(
      `SELECT j.retry_limit, j.retry_delay, extract(epoch FROM j.expire_in)::int AS expire_seconds
       FROM webhook_deliveries d JOIN pgboss.job j ON j.id = d.job_id
       WHERE d.webhook_id = $1`,
      [created.createWebhook.webhook.id],
    );
    expect(job).toEqual({ retry_limit: 7, retry_delay: 45, expire_seconds: 80 });
  } finally {
    await second.close();
  }
});

test('the secret is shown at creation and rotation only; rotation signs with the new one', async () => {
  const { webhook, secret } = await createWebhook('/rotated', ['RESOURCE_REQUEST_APPROVED']);
  const rotated = ok(
    await server.gql(
      'mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }',
      { input: { webhookId: webhook.id } },
      { token: owner.token },
    ),
  ).rotateWebhookSecret.secret as string;
  expect(rotated).not.toBe(secret);
  await approveNewRequest();
  await receiver.until(() => receiver.at('/rotated').length === 1);
  const [receipt] = receiver.at('/rotated');
  expect(signed(receipt, rotated)).toBe(true);
  expect(signed(receipt, secret)).toBe(false);
  const listed = await server.gql('{ __type(name: "Webhook") { fields { name } } }');
  expect(listed.data!.__type.fields.map((f: any) => f.name)).not.toContain('secret');
});

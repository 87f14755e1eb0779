import { ResourceRequestStatus } from '../src/shared/enums';
import {
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeUser,
  type TestUser,
} from './factories';
import { ok, startTestServer, type TestServer } from './harness';

/**
 * Rule 1 under concurrency: whatever arrives at once, the approved and fulfilled quantities of an offer never add
 * up to more than its total, and withdrawals and revocations give their capacity back.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const APPROVE = `mutation($input: ApproveResourceRequestInput!) {
  approveResourceRequest(input: $input) { request { status approvedQuantity } }
}`;
const WITHDRAW = `mutation($input: WithdrawResourceRequestInput!) {
  withdrawResourceRequest(input: $input) { request { status } }
}`;
const REVOKE = `mutation($input: RevokeResourceRequestInput!) {
  revokeResourceRequest(input: $input) { request { status } }
}`;
const REQUEST = `mutation($input: RequestResourceInput!) {
  requestResource(input: $input) { request { id status } }
}`;

/** The offer's counter, and the same figure summed from its requests: they must agree, and stay within total. */
async function capacityOf(offerId: string) {
  const [row] = await server.dataSource.query(
    `SELECT o.total, o.granted,
            (SELECT COALESCE(sum(approved_quantity), 0)::int FROM resource_requests
              WHERE offer_id = o.id AND status IN ('APPROVED', 'FULFILLED')) AS summed
       FROM resource_offers o WHERE o.id = $1`,
    [offerId],
  );
  return row as { total: number; granted: number; summed: number };
}

async function world(requestCount: number, total: number) {
  const db = server.dataSource;
  const reviewer = await makeUser(db);
  const organization = await makeOrganization(db, { owner: reviewer.user, verified: true });
  const offer = await makeResourceOffer(db, organization, { total });
  const maintainers: TestUser[] = [];
  const requests = [];
  for (let i = 0; i < requestCount; i++) {
    const maintainer = await makeUser(db);
    const project = await makeProject(db, { maintainers: [maintainer.user] });
    maintainers.push(maintainer);
    requests.push({ project, request: await makeResourceRequest(db, offer, project, { quantity: 10 }) });
  }
  return { reviewer, organization, offer, maintainers, requests };
}

test('100 parallel approvals against capacity for 37: exactly 37 succeed, the rest are OVER_REMAINING', async () => {
  const { reviewer, offer, requests } = await world(100, 375);
  const responses = await Promise.all(
    requests.map(({ request }) => server.gql(APPROVE, { input: { requestId: request.id } }, { token: reviewer.token })),
  );
  const approved = responses.filter((r) => !r.errors);
  const refused = responses.filter((r) => r.errors);
  expect(approved).toHaveLength(37);
  for (const r of refused) {
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OVER_REMAINING' });
  }
  expect(await capacityOf(offer.id)).toEqual({ total: 375, granted: 370, summed: 370 });
  const [{ pending }] = await server.dataSource.query(
    `SELECT count(*)::int AS pending FROM resource_requests WHERE offer_id = $1 AND status = 'PENDING'`,
    [offer.id],
  );
  expect(pending).toBe(63);
});

test('approvals racing withdrawals and revocations never overshoot, and every returned unit is counted', async () => {
  const { reviewer, offer, maintainers, requests } = await world(60, 300);
  // Twenty grants hold 200 of 300 already; the other forty ask for 10 each.
  const granted = requests.slice(0, 20);
  for (const { request } of granted) {
    ok(await server.gql(APPROVE, { input: { requestId: request.id } }, { token: reviewer.token }));
  }
  const pending = requests.slice(20);
  const calls = [
    ...pending.map(({ request }) =>
      server.gql(APPROVE, { input: { requestId: request.id } }, { token: reviewer.token }),
    ),
    ...granted
      .slice(0, 10)
      .map(({ request }, i) =>
        server.gql(WITHDRAW, { input: { requestId: request.id } }, { token: maintainers[i].token }),
      ),
    ...granted
      .slice(10, 15)
      .map(({ request }) => server.gql(REVOKE, { input: { requestId: request.id } }, { token: reviewer.token })),
  ];
  // Interleave the three kinds so they truly race.
  const responses = await Promise.all(shuffle(calls));
  for (const r of responses) {
    if (r.errors) expect(r.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OVER_REMAINING' });
  }
  const capacity = await capacityOf(offer.id);
  expect(capacity.granted).toBe(capacity.summed);
  expect(capacity.granted).toBeLessThanOrEqual(300);
  // 15 grants went back (150 units) and the 5 left hold 50: approvals could take up to the other 250.
  const rows: Array<{ status: ResourceRequestStatus; n: number }> = await server.dataSource.query(
    `SELECT status, count(*)::int AS n FROM resource_requests WHERE offer_id = $1 GROUP BY status`,
    [offer.id],
  );
  const count = (status: ResourceRequestStatus) => rows.find((row) => row.status === status)?.n ?? 0;
  expect(count(ResourceRequestStatus.WITHDRAWN)).toBe(10);
  expect(count(ResourceRequestStatus.REVOKED)).toBe(5);
  expect(count(ResourceRequestStatus.APPROVED)).toBe(capacity.granted / 10);
  expect(count(ResourceRequestStatus.APPROVED)).toBeGreaterThanOrEqual(5 + 10); // at least the 100 free at the start
});

test('parallel requests from one project for one offer: one is recorded, the rest are DUPLICATE_PENDING', async () => {
  const db = server.dataSource;
  const organization = await makeOrganization(db, { verified: true });
  const offer = await makeResourceOffer(db, organization, { total: 1000 });
  const maintainer = await makeUser(db);
  const project = await makeProject(db, { maintainers: [maintainer.user] });
  const input = { offerId: offer.id, projectId: project.id, quantity: 5, justification: '用于训练无障碍识别模型' };
  const responses = await Promise.all(
    Array.from({ length: 10 }, () => server.gql(REQUEST, { input }, { token: maintainer.token })),
  );
  expect(responses.filter((r) => !r.errors)).toHaveLength(1);
  for (const r of responses.filter((r) => r.errors)) {
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_PENDING' });
  }
});

test('the database itself refuses a grant beyond the total, whatever the code does', async () => {
  const organization = await makeOrganization(server.dataSource);
  const offer = await makeResourceOffer(server.dataSource, organization, { total: 10 });
  await expect(
    server.dataSource.query('UPDATE resource_offers SET granted = 11 WHERE id = $1', [offer.id]),
  ).rejects.toThrow(/ck_resource_offers_granted/);
});

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

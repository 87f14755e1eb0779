import {
  CauseArea,
  ProjectStage,
  ProjectVisibility,
  ResourceOfferStatus,
  ResourceRequestStatus,
} from '../src/shared/enums';
import {
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeUser,
  type TestUser,
} from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const REQUEST = `mutation($input: RequestResourceInput!) {
  requestResource(input: $input) { request { id status quantity justification offer { remaining } } }
}`;
const APPROVE = `mutation($input: ApproveResourceRequestInput!) {
  approveResourceRequest(input: $input) {
    request { id status quantity approvedQuantity decisionNote decidedAt offer { remaining } sponsorLink { role status } }
  }
}`;
const DECLINE = `mutation($input: DeclineResourceRequestInput!) {
  declineResourceRequest(input: $input) { request { status decisionNote } }
}`;
const WITHDRAW = `mutation($input: WithdrawResourceRequestInput!) {
  withdrawResourceRequest(input: $input) { request { status closedAt offer { remaining } } }
}`;
const FULFILL = `mutation($input: FulfillResourceRequestInput!) {
  fulfillResourceRequest(input: $input) { request { status fulfilledAt fulfillmentNote offer { remaining } } }
}`;
const REVOKE = `mutation($input: RevokeResourceRequestInput!) {
  revokeResourceRequest(input: $input) { request { status offer { remaining } } }
}`;

const JUSTIFICATION = '训练手语识别模型，服务听障儿童的课堂。';

interface Setup {
  reviewer: TestUser;
  maintainer: TestUser;
  offerId: string;
  projectId: string;
  projectSlug: string;
  organizationName: string;
}

async function setup(
  offerFields: Parameters<typeof makeResourceOffer>[2] = {},
  projectFields: Parameters<typeof makeProject>[1] = {},
): Promise<Setup> {
  const db = server.dataSource;
  const [reviewer, maintainer] = await Promise.all([makeUser(db), makeUser(db)]);
  const organization = await makeOrganization(db, { owner: reviewer.user, verified: true, name: '字节跳动（测试）' });
  const offer = await makeResourceOffer(db, organization, offerFields);
  const project = await makeProject(db, { maintainers: [maintainer.user], ...projectFields });
  return {
    reviewer,
    maintainer,
    offerId: offer.id,
    projectId: project.id,
    projectSlug: project.slug,
    organizationName: organization.name,
  };
}

const ask = (s: Setup, quantity = 100) =>
  server.gql(
    REQUEST,
    { input: { offerId: s.offerId, projectId: s.projectId, quantity, justification: JUSTIFICATION } },
    { token: s.maintainer.token },
  );

describe('rule 2: a request is refused, with its own reason, when', () => {
  async function expectRefusal(s: Setup, quantity: number, reason: string, extra: Record<string, unknown> = {}) {
    const before = await databaseFingerprint(server.dataSource);
    const error = failure(await ask(s, quantity));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason, ...extra });
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
    return error;
  }

  test.each([ResourceOfferStatus.PAUSED, ResourceOfferStatus.CLOSED])(
    'the offer is %s: OFFER_NOT_OPEN',
    async (status) => {
      const error = await expectRefusal(await setup({ status }), 10, 'OFFER_NOT_OPEN');
      expect(error.message).toContain(status);
    },
  );

  test('the offer is a draft: it is not found at all (drafts are private to the organisation)', async () => {
    const error = failure(await ask(await setup({ status: ResourceOfferStatus.DRAFT }), 10));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'offerId' });
  });

  test('the window has not opened yet: OUTSIDE_WINDOW, saying when it opens', async () => {
    const opensAt = new Date(Date.now() + 86_400_000);
    const error = await expectRefusal(await setup({ opensAt }), 10, 'OUTSIDE_WINDOW');
    expect(error.extensions.opensAt).toBe(opensAt.toISOString());
  });

  test('the window has closed: OUTSIDE_WINDOW, saying when it closed', async () => {
    const closesAt = new Date(Date.now() - 86_400_000);
    const error = await expectRefusal(
      await setup({ opensAt: new Date(Date.now() - 10 * 86_400_000), closesAt }),
      10,
      'OUTSIDE_WINDOW',
    );
    expect(error.extensions.closesAt).toBe(closesAt.toISOString());
  });

  test('the quantity would take the project over the per-project maximum: OVER_PROJECT_MAXIMUM', async () => {
    const s = await setup({ maxPerProject: 150 });
    ok(await ask(s, 100)); // pending requests do not count against the maximum…
    const [request] = await server.dataSource.query('SELECT id FROM resource_requests WHERE project_id = $1', [
      s.projectId,
    ]);
    ok(await server.gql(APPROVE, { input: { requestId: request.id } }, { token: s.reviewer.token })); // …grants do
    const error = await expectRefusal(s, 60, 'OVER_PROJECT_MAXIMUM', { maxPerProject: 150, alreadyGranted: 100 });
    expect(error.message).toContain('50 more');
  });

  test('more than remains is asked for: OVER_REMAINING, saying what remains', async () => {
    const s = await setup({ total: 1000 });
    const other = await makeProject(server.dataSource);
    await makeResourceRequest(server.dataSource, { id: s.offerId }, other, {
      quantity: 950,
      status: ResourceRequestStatus.APPROVED,
    });
    await expectRefusal(s, 51, 'OVER_REMAINING', { remaining: 50 });
    ok(await ask(s, 50));
  });

  test.each<[string, Parameters<typeof setup>[0], Parameters<typeof setup>[1]]>([
    ['CAUSE_AREA', { eligibleCauseAreas: [CauseArea.ELDERLY_CARE] }, { causeAreas: [CauseArea.ACCESSIBILITY] }],
    ['STAGE', { eligibleStages: [ProjectStage.ACTIVE] }, { stage: ProjectStage.PROTOTYPE }],
    ['LICENSE', { osiLicenseRequired: true }, { license: 'CC-BY-NC-4.0' }],
    ['LICENSE', { osiLicenseRequired: true }, { license: null }],
  ])('the project does not meet %s: NOT_ELIGIBLE naming the criterion', async (criterion, offer, project) => {
    const error = await expectRefusal(await setup(offer, project), 10, 'NOT_ELIGIBLE', { criterion });
    expect(error.message).toMatch(/not eligible/);
  });

  test('the project meets every criterion: the request is recorded', async () => {
    const s = await setup(
      {
        eligibleCauseAreas: [CauseArea.ACCESSIBILITY],
        eligibleStages: [ProjectStage.ACTIVE],
        osiLicenseRequired: true,
      },
      {
        causeAreas: [CauseArea.ACCESSIBILITY, CauseArea.CHILDREN_AND_EDUCATION],
        license: 'GPL-2.0-or-later OR CC-BY-4.0',
      },
    );
    const data: any = ok(await ask(s, 10));
    expect(data.requestResource.request).toMatchObject({
      status: 'PENDING',
      quantity: 10,
      justification: JUSTIFICATION,
    });
  });

  test('the project already has a pending request for the offer: DUPLICATE_PENDING', async () => {
    const s = await setup();
    ok(await ask(s, 10));
    await expectRefusal(s, 20, 'DUPLICATE_PENDING');
  });

  test('the project is a draft: PROJECT_NOT_PUBLISHED (the organisation reviews its public page)', async () => {
    await expectRefusal(await setup({}, { visibility: ProjectVisibility.DRAFT }), 10, 'PROJECT_NOT_PUBLISHED');
  });
});

describe('bad input is refused before anything is written', () => {
  test.each([
    [{ quantity: 0 }, 'quantity'],
    [{ quantity: -5 }, 'quantity'],
    [{ justification: '太短' }, 'justification'],
    [{ offerId: 'not-an-id' }, 'offerId'],
  ])('%j → BAD_USER_INPUT on %s', async (override, field) => {
    const s = await setup();
    const input = {
      offerId: s.offerId,
      projectId: s.projectId,
      quantity: 10,
      justification: JUSTIFICATION,
      ...override,
    };
    const error = failure(await server.gql(REQUEST, { input }, { token: s.maintainer.token }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('a short sentence in Chinese is justification enough', async () => {
    const s = await setup();
    const input = { offerId: s.offerId, projectId: s.projectId, quantity: 10, justification: '训练手语识别模型' };
    ok(await server.gql(REQUEST, { input }, { token: s.maintainer.token }));
  });

  test('approving more than was asked is BAD_USER_INPUT on quantity', async () => {
    const s = await setup();
    const id = (ok(await ask(s, 10)) as any).requestResource.request.id;
    const error = failure(
      await server.gql(APPROVE, { input: { requestId: id, quantity: 11 } }, { token: s.reviewer.token }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
  });

  test('an unknown request is NOT_FOUND', async () => {
    const s = await setup();
    const error = failure(
      await server.gql(
        APPROVE,
        { input: { requestId: '00000000-0000-4000-8000-000000000000' } },
        { token: s.reviewer.token },
      ),
    );
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'requestId' });
  });
});

describe('the life of a request', () => {
  async function pending(s: Setup, quantity = 100): Promise<string> {
    return (ok(await ask(s, quantity)) as any).requestResource.request.id;
  }

  test('a partial approval grants what the organisation chose, with its note, and takes it from the offer', async () => {
    const s = await setup({ total: 500 });
    const id = await pending(s, 100);
    const data: any = ok(
      await server.gql(
        APPROVE,
        { input: { requestId: id, quantity: 80, note: '先批 80 小时' } },
        { token: s.reviewer.token },
      ),
    );
    expect(data.approveResourceRequest.request).toMatchObject({
      status: 'APPROVED',
      quantity: 100,
      approvedQuantity: 80,
      decisionNote: '先批 80 小时',
      offer: { remaining: 420 },
      sponsorLink: { role: 'IN_KIND', status: 'CONFIRMED' },
    });
    expect(data.approveResourceRequest.request.decidedAt).toBeTruthy();
  });

  test('approval credits the organisation by name on the public project page, with the grant listed', async () => {
    const s = await setup({ total: 500 });
    const id = await pending(s, 100);
    const page = `query($slug: String!) { project(slug: $slug) {
      sponsors { role status attribution organization { name verified } grants { approvedQuantity unit category justification } }
      resourceRequests { status approvedQuantity justification decisionNote requestedBy { id } }
    } }`;
    const before: any = ok(await server.gql(page, { slug: s.projectSlug }));
    expect(before.project.sponsors).toEqual([]);
    expect(before.project.resourceRequests).toEqual([]); // a pending request is nobody else's business
    ok(
      await server.gql(
        APPROVE,
        { input: { requestId: id, quantity: 80, note: '内部备注' } },
        { token: s.reviewer.token },
      ),
    );
    const after: any = ok(await server.gql(page, { slug: s.projectSlug }));
    expect(after.project.sponsors).toEqual([
      {
        role: 'IN_KIND',
        status: 'CONFIRMED',
        attribution: s.organizationName,
        organization: { name: s.organizationName, verified: true },
        grants: [{ approvedQuantity: 80, unit: 'GPU-hours', category: 'COMPUTE', justification: null }],
      },
    ]);
    // Grants are public; why the project asked, what the organisation noted and who asked are not.
    expect(after.project.resourceRequests).toEqual([
      { status: 'APPROVED', approvedQuantity: 80, justification: null, decisionNote: null, requestedBy: null },
    ]);
  });

  test('a second grant to the same project extends the same IN_KIND link', async () => {
    const s = await setup({ total: 500 });
    ok(await server.gql(APPROVE, { input: { requestId: await pending(s, 10) } }, { token: s.reviewer.token }));
    ok(await server.gql(APPROVE, { input: { requestId: await pending(s, 20) } }, { token: s.reviewer.token }));
    const links = await server.dataSource.query(
      `SELECT l.id, (SELECT count(*)::int FROM resource_requests r WHERE r.sponsor_link_id = l.id) AS grants
         FROM sponsor_links l WHERE l.project_id = $1`,
      [s.projectId],
    );
    expect(links).toEqual([{ id: expect.any(String), grants: 2 }]);
  });

  test('approval answers an IN_KIND proposal between the two: it becomes the confirmed link', async () => {
    const s = await setup();
    const [{ organization_id: organizationId }] = await server.dataSource.query(
      'SELECT organization_id FROM resource_offers WHERE id = $1',
      [s.offerId],
    );
    await server.dataSource.query(
      `INSERT INTO sponsor_links (organization_id, project_id, role, status, proposed_by, attribution)
       VALUES ($1, $2, 'IN_KIND', 'PROPOSED', 'PROJECT', '感谢支持')`,
      [organizationId, s.projectId],
    );
    ok(await server.gql(APPROVE, { input: { requestId: await pending(s, 10) } }, { token: s.reviewer.token }));
    const links = await server.dataSource.query('SELECT status, attribution FROM sponsor_links WHERE project_id = $1', [
      s.projectId,
    ]);
    expect(links).toEqual([{ status: 'CONFIRMED', attribution: '感谢支持' }]);
  });

  test('decline keeps the capacity and tells the project why', async () => {
    const s = await setup({ total: 500 });
    const id = await pending(s);
    const data: any = ok(
      await server.gql(DECLINE, { input: { requestId: id, note: '本期名额已满' } }, { token: s.reviewer.token }),
    );
    expect(data.declineResourceRequest.request).toEqual({ status: 'DECLINED', decisionNote: '本期名额已满' });
    const again = failure(await server.gql(APPROVE, { input: { requestId: id } }, { token: s.reviewer.token }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING', status: 'DECLINED' });
  });

  test('withdrawing an approved grant returns its capacity', async () => {
    const s = await setup({ total: 500 });
    const id = await pending(s, 100);
    ok(await server.gql(APPROVE, { input: { requestId: id } }, { token: s.reviewer.token }));
    const data: any = ok(await server.gql(WITHDRAW, { input: { requestId: id } }, { token: s.maintainer.token }));
    expect(data.withdrawResourceRequest.request).toMatchObject({ status: 'WITHDRAWN', offer: { remaining: 500 } });
    expect(data.withdrawResourceRequest.request.closedAt).toBeTruthy();
  });

  test('fulfil, then revoke is refused: a delivered grant stays counted', async () => {
    const s = await setup({ total: 500 });
    const id = await pending(s, 100);
    ok(await server.gql(APPROVE, { input: { requestId: id } }, { token: s.reviewer.token }));
    const data: any = ok(
      await server.gql(FULFILL, { input: { requestId: id, note: '账号已通过邮件发送' } }, { token: s.reviewer.token }),
    );
    expect(data.fulfillResourceRequest.request).toMatchObject({
      status: 'FULFILLED',
      fulfillmentNote: '账号已通过邮件发送',
      offer: { remaining: 400 },
    });
    const revoke = failure(await server.gql(REVOKE, { input: { requestId: id } }, { token: s.reviewer.token }));
    expect(revoke.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_APPROVED' });
    const withdraw = failure(await server.gql(WITHDRAW, { input: { requestId: id } }, { token: s.maintainer.token }));
    expect(withdraw.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_WITHDRAWABLE' });
  });

  test('revoking an approved grant returns its capacity', async () => {
    const s = await setup({ total: 500 });
    const id = await pending(s, 100);
    ok(await server.gql(APPROVE, { input: { requestId: id } }, { token: s.reviewer.token }));
    const data: any = ok(
      await server.gql(REVOKE, { input: { requestId: id, note: '项目已停止维护' } }, { token: s.reviewer.token }),
    );
    expect(data.revokeResourceRequest.request).toEqual({ status: 'REVOKED', offer: { remaining: 500 } });
  });

  test('a closed offer takes no approvals; a paused one still does', async () => {
    const s = await setup();
    const first = await pending(s, 10);
    await server.dataSource.query(`UPDATE resource_offers SET status = 'PAUSED' WHERE id = $1`, [s.offerId]);
    ok(await server.gql(APPROVE, { input: { requestId: first } }, { token: s.reviewer.token }));
    await server.dataSource.query(`UPDATE resource_offers SET status = 'OPEN' WHERE id = $1`, [s.offerId]);
    const second = await pending(s, 10);
    await server.dataSource.query(`UPDATE resource_offers SET status = 'CLOSED' WHERE id = $1`, [s.offerId]);
    const error = failure(await server.gql(APPROVE, { input: { requestId: second } }, { token: s.reviewer.token }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OFFER_NOT_OPEN' });
  });

  test('every state change is recorded in the activity log', async () => {
    const s = await setup({ total: 500 });
    const id = await pending(s, 100);
    ok(await server.gql(APPROVE, { input: { requestId: id } }, { token: s.reviewer.token }));
    ok(await server.gql(FULFILL, { input: { requestId: id } }, { token: s.reviewer.token }));
    const verbs = await server.dataSource.query(`SELECT verb FROM activities WHERE subject_id = $1 ORDER BY id`, [id]);
    expect(verbs.map((row: { verb: string }) => row.verb)).toEqual([
      'resource_request.created',
      'resource_request.approved',
      'resource_request.fulfilled',
    ]);
  });
});

describe('who sees what of a request', () => {
  const QUERY = `query($id: ID!) { resourceRequest(id: $id) { status justification decisionNote requestedBy { id } } }`;

  test('a pending request: the two sides and admins see it; the public and strangers do not', async () => {
    const s = await setup();
    const id = (ok(await ask(s, 10)) as any).requestResource.request.id;
    const stranger = await makeUser(server.dataSource);
    for (const token of [undefined, stranger.token]) {
      expect((ok(await server.gql(QUERY, { id }, { token })) as any).resourceRequest).toBeNull();
    }
    for (const caller of [s.maintainer, s.reviewer]) {
      const data: any = ok(await server.gql(QUERY, { id }, { token: caller.token }));
      expect(data.resourceRequest).toEqual({
        status: 'PENDING',
        justification: JUSTIFICATION,
        decisionNote: null,
        requestedBy: { id: s.maintainer.user.id },
      });
    }
  });

  test("the organisation filter keeps the requests to that organisation's offers", async () => {
    const s = await setup();
    const other = await setup();
    const id = (ok(await ask(s, 10)) as any).requestResource.request.id;
    ok(await ask(other, 10));
    const [{ organization_id: organizationId }] = await server.dataSource.query(
      'SELECT organization_id FROM resource_offers WHERE id = $1',
      [s.offerId],
    );
    const data: any = ok(
      await server.gql(
        `query($id: ID!) { resourceRequests(filter: { organizationId: $id }) { edges { node { id } } } }`,
        { id: organizationId },
        { token: s.reviewer.token },
      ),
    );
    expect(data.resourceRequests.edges.map((e: any) => e.node.id)).toEqual([id]);
  });

  test("inboxes: the organisation's review queue and the maintainer's own requests", async () => {
    const s = await setup();
    const id = (ok(await ask(s, 10)) as any).requestResource.request.id;
    const inbox = `{ viewer { incoming: incomingResourceRequests(filter: { statuses: [PENDING] }) { totalCount edges { node { id } } }
                              outgoing: outgoingResourceRequests { totalCount edges { node { id } } } } }`;
    const reviewer: any = ok(await server.gql(inbox, {}, { token: s.reviewer.token }));
    expect(reviewer.viewer.incoming.edges.map((e: any) => e.node.id)).toEqual([id]);
    expect(reviewer.viewer.outgoing.totalCount).toBe(0);
    const maintainer: any = ok(await server.gql(inbox, {}, { token: s.maintainer.token }));
    expect(maintainer.viewer.incoming.totalCount).toBe(0);
    expect(maintainer.viewer.outgoing.edges.map((e: any) => e.node.id)).toEqual([id]);
  });
});

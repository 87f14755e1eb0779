import { randomUUID } from 'node:crypto';
import { ProjectVisibility, SponsorLinkSide, SponsorLinkStatus, SponsorRole } from '../src/shared/enums';
import { makeAdmin, makeOrganization, makeProject, makeSponsorLink, makeUser, type TestUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

/**
 * Sponsor links (rules 3–6): one side proposes, the other confirms; the public sees a link only once both agreed.
 * The organisation's side is any member of it, the project's side its maintainers.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const LINK_FIELDS = `id role status proposedBy attribution url startsOn endsOn createdAt respondedAt endedAt
  viewerCanRespond viewerCanEnd organization { id } project { id }`;
const PROPOSE = `mutation($input: ProposeSponsorLinkInput!) {
  proposeSponsorLink(input: $input) { sponsorLink { ${LINK_FIELDS} } } }`;
const CONFIRM = `mutation($input: ConfirmSponsorLinkInput!) {
  confirmSponsorLink(input: $input) { sponsorLink { ${LINK_FIELDS} } } }`;
const DECLINE = `mutation($input: DeclineSponsorLinkInput!) {
  declineSponsorLink(input: $input) { sponsorLink { ${LINK_FIELDS} } } }`;
const END = `mutation($input: EndSponsorLinkInput!) { endSponsorLink(input: $input) { sponsorLink { ${LINK_FIELDS} } } }`;
const LIST = `query($filter: SponsorLinkFilter, $orderBy: SponsorLinkOrder, $first: Int, $after: String) {
  sponsorLinks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${LINK_FIELDS} } } } }`;
/** Everything through which a sponsor link can become public. */
const PUBLIC_VIEW = `query($organization: String!, $project: String!, $projectId: ID!) {
  sponsorLinks(filter: { projectId: $projectId }) { edges { node { id status } } }
  project(slug: $project) { sponsors { id status } }
  organization(slug: $organization) { sponsoredProjects { slug } }
  isSponsor(organization: $organization, project: $project) }`;

type Token = string | undefined;

async function twoSides() {
  const db = server.dataSource;
  const [csr, maintainer, stranger] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  // The CSR person is a plain MEMBER: any member speaks for the organisation.
  const company = await makeOrganization(db, { members: [csr.user], verified: true });
  const project = await makeProject(db, { maintainers: [maintainer.user] });
  return { csr, maintainer, stranger, company, project };
}

async function propose(token: Token, input: Record<string, unknown>) {
  return ok<any>(await server.gql(PROPOSE, { input: { role: SponsorRole.IN_KIND, ...input } }, { token }))
    .proposeSponsorLink.sponsorLink;
}

const answer = (query: string, token: Token, input: Record<string, unknown>) => server.gql(query, { input }, { token });

async function publicView(token: Token, organization: { slug: string }, project: { id: string; slug: string }) {
  const data: any = ok(
    await server.gql(
      PUBLIC_VIEW,
      { organization: organization.slug, project: project.slug, projectId: project.id },
      { token },
    ),
  );
  return {
    links: data.sponsorLinks.edges.map((e: any) => e.node),
    sponsors: data.project.sponsors,
    sponsoredProjects: data.organization.sponsoredProjects.map((p: any) => p.slug),
    isSponsor: data.isSponsor,
  };
}
const NOTHING_PUBLIC = { links: [], sponsors: [], sponsoredProjects: [], isSponsor: false };

async function list(token: Token, variables: Record<string, unknown>): Promise<any[]> {
  return ok<any>(await server.gql(LIST, variables, { token })).sponsorLinks.edges.map((e: any) => e.node);
}
const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id).sort();

async function activitiesOf(subjectId: string) {
  return server.dataSource.query(
    'SELECT verb, actor_user_id AS "actorUserId", data FROM activities WHERE subject_id = $1 ORDER BY id',
    [subjectId],
  );
}

describe.each([
  ['a company', SponsorLinkSide.ORGANIZATION, 'the project'],
  ['a project', SponsorLinkSide.PROJECT, 'the company'],
])('a link proposed by %s', (_proposer, side, answerer) => {
  test(`is invisible to the public until ${answerer} confirms it`, async () => {
    const { csr, maintainer, stranger, company, project } = await twoSides();
    const [proposing, answering] = side === SponsorLinkSide.ORGANIZATION ? [csr, maintainer] : [maintainer, csr];

    const link = await propose(proposing.token, {
      organizationId: company.id,
      projectId: project.id,
      attribution: '  GPU 算力由字节跳动技术公益提供  ',
      url: 'https://example.org/csr',
      startsOn: '2024-01-01',
    });
    expect(link).toMatchObject({
      status: 'PROPOSED',
      proposedBy: side,
      attribution: 'GPU 算力由字节跳动技术公益提供',
      url: 'https://example.org/csr',
      startsOn: '2024-01-01',
      endsOn: null,
      respondedAt: null,
      viewerCanRespond: false,
      viewerCanEnd: true,
    });

    for (const token of [undefined, stranger.token])
      expect(await publicView(token, company, project)).toEqual(NOTHING_PUBLIC);
    // Both sides see it, as PROPOSED; only the answering side may respond.
    for (const [who, canRespond] of [
      [proposing, false],
      [answering, true],
    ] as const) {
      const nodes = await list(who.token, { filter: { projectId: project.id } });
      expect(nodes).toEqual([
        expect.objectContaining({ id: link.id, status: 'PROPOSED', viewerCanRespond: canRespond }),
      ]);
    }

    const confirmed: any = ok(await answer(CONFIRM, answering.token, { sponsorLinkId: link.id }));
    expect(confirmed.confirmSponsorLink.sponsorLink).toMatchObject({
      id: link.id,
      status: 'CONFIRMED',
      respondedAt: expect.any(String),
      viewerCanRespond: false,
    });

    for (const token of [undefined, stranger.token]) {
      expect(await publicView(token, company, project)).toEqual({
        links: [{ id: link.id, status: 'CONFIRMED' }],
        sponsors: [{ id: link.id, status: 'CONFIRMED' }],
        sponsoredProjects: [project.slug],
        isSponsor: true,
      });
    }
    expect((await activitiesOf(link.id)).map((a: any) => [a.verb, a.actorUserId])).toEqual([
      ['sponsor_link.proposed', proposing.user.id],
      ['sponsor_link.confirmed', answering.user.id],
    ]);
  });

  test('cannot be confirmed by the side that proposed it', async () => {
    const { csr, maintainer, company, project } = await twoSides();
    const proposing = side === SponsorLinkSide.ORGANIZATION ? csr : maintainer;
    const link = await propose(proposing.token, { organizationId: company.id, projectId: project.id });
    const before = await databaseFingerprint(server.dataSource);
    for (const query of [CONFIRM, DECLINE]) {
      const error = failure(await answer(query, proposing.token, { sponsorLinkId: link.id }));
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/other side/);
    }
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });
});

test('a platform admin on neither side cannot consent for a side', async () => {
  const { csr, company, project } = await twoSides();
  const admin = await makeAdmin(server.dataSource);
  const link = await propose(csr.token, { organizationId: company.id, projectId: project.id });
  const before = await databaseFingerprint(server.dataSource);
  for (const query of [CONFIRM, DECLINE]) {
    expect(failure(await answer(query, admin.token, { sponsorLinkId: link.id })).extensions.code).toBe('FORBIDDEN');
  }
  expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  // The admin sees it, though, and could end it.
  expect(await list(admin.token, { filter: { projectId: project.id } })).toEqual([
    expect.objectContaining({ id: link.id, viewerCanRespond: false, viewerCanEnd: true }),
  ]);
});

test('someone on both sides names the side they propose for, and may then confirm as the other side', async () => {
  const db = server.dataSource;
  const both = await makeUser(db);
  const company = await makeOrganization(db, { owner: both.user });
  const project = await makeProject(db, { maintainers: [both.user] });
  const input = { organizationId: company.id, projectId: project.id };
  const error = failure(await server.gql(PROPOSE, { input: { ...input, role: 'FINANCIAL' } }, { token: both.token }));
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'side' });

  const link = await propose(both.token, { ...input, side: SponsorLinkSide.PROJECT });
  expect(link).toMatchObject({ proposedBy: 'PROJECT', viewerCanRespond: true });
  const confirmed: any = ok(await answer(CONFIRM, both.token, { sponsorLinkId: link.id }));
  expect(confirmed.confirmSponsorLink.sponsorLink.status).toBe('CONFIRMED');
});

test('who may propose: a side only for itself; an admin for either side, naming it', async () => {
  const { csr, maintainer, stranger, company, project } = await twoSides();
  const admin = await makeAdmin(server.dataSource);
  const input = { organizationId: company.id, projectId: project.id, role: 'MEDIA_PARTNER' };
  const before = await databaseFingerprint(server.dataSource);
  const attempts: Array<[TestUser, Record<string, unknown>, string, string | undefined]> = [
    [stranger, {}, 'FORBIDDEN', undefined],
    [stranger, { side: 'PROJECT' }, 'FORBIDDEN', undefined],
    [csr, { side: 'PROJECT' }, 'FORBIDDEN', undefined],
    [maintainer, { side: 'ORGANIZATION' }, 'FORBIDDEN', undefined],
    [admin, {}, 'BAD_USER_INPUT', 'side'],
  ];
  for (const [who, extra, code, field] of attempts) {
    const error = failure(await server.gql(PROPOSE, { input: { ...input, ...extra } }, { token: who.token }));
    expect(error.extensions.code).toBe(code);
    expect(error.extensions.field).toBe(field);
  }
  expect(failure(await server.gql(PROPOSE, { input })).extensions.code).toBe('UNAUTHENTICATED');
  expect(await databaseFingerprint(server.dataSource)).toEqual(before);

  const link = await propose(admin.token, { ...input, side: SponsorLinkSide.ORGANIZATION });
  expect(link.proposedBy).toBe('ORGANIZATION');
  // The project answers the admin's proposal as it would the organisation's.
  const confirmed: any = ok(await answer(CONFIRM, maintainer.token, { sponsorLinkId: link.id }));
  expect(confirmed.confirmSponsorLink.sponsorLink.status).toBe('CONFIRMED');
});

test('a declined link never becomes public, cannot be answered again, and frees the role for a new proposal', async () => {
  const { csr, maintainer, stranger, company, project } = await twoSides();
  const link = await propose(maintainer.token, { organizationId: company.id, projectId: project.id });
  const declined: any = ok(
    await answer(DECLINE, csr.token, { sponsorLinkId: link.id, note: 'Our budget for this year is spent.' }),
  );
  expect(declined.declineSponsorLink.sponsorLink).toMatchObject({
    status: 'DECLINED',
    respondedAt: expect.any(String),
  });
  for (const token of [undefined, stranger.token])
    expect(await publicView(token, company, project)).toEqual(NOTHING_PUBLIC);

  const before = await databaseFingerprint(server.dataSource);
  for (const query of [CONFIRM, DECLINE]) {
    const error = failure(await answer(query, csr.token, { sponsorLinkId: link.id }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PROPOSED', field: 'sponsorLinkId' });
  }
  const ending = failure(await answer(END, csr.token, { sponsorLinkId: link.id }));
  expect(ending.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_LIVE' });
  expect(await databaseFingerprint(server.dataSource)).toEqual(before);

  const [, decline] = await activitiesOf(link.id);
  expect(decline).toMatchObject({
    verb: 'sponsor_link.declined',
    actorUserId: csr.user.id,
    data: {
      organizationId: company.id,
      projectId: project.id,
      role: 'IN_KIND',
      note: 'Our budget for this year is spent.',
    },
  });
  // The decision note is for the sides' records, never part of the link.
  expect(JSON.stringify(await list(csr.token, { filter: { projectId: project.id } }))).not.toContain('budget');

  const again = await propose(maintainer.token, { organizationId: company.id, projectId: project.id });
  expect(again.id).not.toBe(link.id);
});

test('ending a confirmed link takes it off the public record, closing its dates at today', async () => {
  const { csr, maintainer, stranger, company, project } = await twoSides();
  const link = await makeSponsorLink(server.dataSource, company, project, { startsOn: '2020-01-01' });
  expect((await publicView(undefined, company, project)).isSponsor).toBe(true);

  // A stranger sees the public link but may not end it.
  expect(failure(await answer(END, stranger.token, { sponsorLinkId: link.id })).extensions.code).toBe('FORBIDDEN');

  const ended: any = ok(await answer(END, maintainer.token, { sponsorLinkId: link.id }));
  const [{ today }] = await server.dataSource.query(`SELECT to_char(CURRENT_DATE, 'YYYY-MM-DD') AS today`);
  expect(ended.endSponsorLink.sponsorLink).toMatchObject({
    status: 'ENDED',
    startsOn: '2020-01-01',
    endsOn: today,
    endedAt: expect.any(String),
    viewerCanEnd: false,
  });
  for (const token of [undefined, stranger.token])
    expect(await publicView(token, company, project)).toEqual(NOTHING_PUBLIC);
  // Still on both sides' records.
  expect(await list(csr.token, { filter: { projectId: project.id, statuses: ['ENDED'] } })).toHaveLength(1);

  const again = failure(await answer(END, csr.token, { sponsorLinkId: link.id }));
  expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENDED' });
  expect((await activitiesOf(link.id)).map((a: any) => a.verb)).toEqual(['sponsor_link.ended']);
});

test('a link ended before its start date keeps its dates in order', async () => {
  const { csr, company, project } = await twoSides();
  const link = await makeSponsorLink(server.dataSource, company, project, { startsOn: '2999-01-01' });
  const ended: any = ok(await answer(END, csr.token, { sponsorLinkId: link.id }));
  expect(ended.endSponsorLink.sponsorLink).toMatchObject({
    status: 'ENDED',
    startsOn: '2999-01-01',
    endsOn: '2999-01-01',
  });
});

test('the proposing side may retract its proposal; the other side declines it instead', async () => {
  const { csr, maintainer, company, project } = await twoSides();
  const link = await propose(csr.token, { organizationId: company.id, projectId: project.id });
  const refused = failure(await answer(END, maintainer.token, { sponsorLinkId: link.id }));
  expect(refused.extensions.code).toBe('FORBIDDEN');
  expect(refused.message).toMatch(/decline it instead/);
  const retracted: any = ok(await answer(END, csr.token, { sponsorLinkId: link.id }));
  expect(retracted.endSponsorLink.sponsorLink).toMatchObject({ status: 'ENDED', endsOn: null, respondedAt: null });
});

describe('the sponsorLinks list', () => {
  let csr: TestUser;
  let maintainer: TestUser;
  let admin: TestUser;
  let company: { id: string; slug: string };
  let other: { id: string };
  let p1: { id: string; slug: string };
  let p2: { id: string; slug: string };
  const links: Record<string, string> = {};

  beforeAll(async () => {
    const db = server.dataSource;
    [csr, maintainer, admin] = await Promise.all([makeUser(db), makeUser(db), makeAdmin(db)]);
    const a = await makeOrganization(db, { members: [csr.user] });
    const b = await makeOrganization(db);
    const [q1, q2] = [await makeProject(db, { maintainers: [maintainer.user] }), await makeProject(db)];
    [company, other, p1, p2] = [a, b, q1, q2];
    const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute));
    const { CONFIRMED, PROPOSED, DECLINED } = SponsorLinkStatus;
    const rows = [
      ['inKindP1', a, q1, { role: SponsorRole.IN_KIND, startsOn: '2024-01-01', endsOn: '2024-12-31' }],
      ['financialP1', a, q1, { role: SponsorRole.FINANCIAL }],
      ['mediaP2', a, q2, { role: SponsorRole.MEDIA_PARTNER, status: PROPOSED, proposedBy: SponsorLinkSide.PROJECT }],
      ['declinedP2', a, q2, { role: SponsorRole.IN_KIND, status: DECLINED }],
      ['techP1', b, q1, { role: SponsorRole.TECHNOLOGY_PARTNER, status: PROPOSED }],
      ['laterP2', b, q2, { role: SponsorRole.FINANCIAL, status: CONFIRMED, startsOn: '2025-01-01' }],
    ] as const;
    for (const [index, [name, organization, project, fields]] of rows.entries()) {
      links[name] = (await makeSponsorLink(db, organization, project, { ...fields, createdAt: at(index) })).id;
    }
  });

  const expectLinks = async (token: Token, filter: Record<string, unknown>, names: string[]) =>
    expect(ids(await list(token, { filter }))).toEqual(names.map((n) => links[n]).sort());

  test('the public sees confirmed links only, whatever statuses it asks for', async () => {
    await expectLinks(undefined, { organizationId: company.id }, ['inKindP1', 'financialP1']);
    await expectLinks(undefined, { organizationId: company.id, statuses: ['PROPOSED', 'DECLINED'] }, []);
    await expectLinks(csr.token, { organizationId: company.id }, ['inKindP1', 'financialP1', 'mediaP2', 'declinedP2']);
  });

  test('filter by organisation or project, by id or slug, role and status', async () => {
    await expectLinks(csr.token, { organizationSlug: company.slug, roles: ['IN_KIND'] }, ['inKindP1', 'declinedP2']);
    await expectLinks(csr.token, { organizationSlug: company.slug, statuses: ['PROPOSED', 'DECLINED'] }, [
      'mediaP2',
      'declinedP2',
    ]);
    await expectLinks(maintainer.token, { projectSlug: p1.slug }, ['inKindP1', 'financialP1', 'techP1']);
    await expectLinks(admin.token, { projectId: p2.id, roles: ['FINANCIAL', 'MEDIA_PARTNER'] }, ['mediaP2', 'laterP2']);
    await expectLinks(admin.token, { organizationId: other.id, projectId: p2.id }, ['laterP2']);
  });

  test('activeOn keeps the confirmed links running on that day', async () => {
    await expectLinks(undefined, { projectId: p1.id, activeOn: '2024-06-01' }, ['inKindP1', 'financialP1']);
    await expectLinks(undefined, { projectId: p1.id, activeOn: '2024-12-31' }, ['inKindP1', 'financialP1']);
    await expectLinks(undefined, { projectId: p1.id, activeOn: '2025-01-01' }, ['financialP1']);
    await expectLinks(undefined, { projectId: p2.id, activeOn: '2024-06-01' }, []);
    await expectLinks(admin.token, { projectId: p2.id, activeOn: '2025-06-01' }, ['laterP2']);
  });

  test('awaitingViewer keeps the proposals the viewer’s side must answer', async () => {
    await expectLinks(csr.token, { awaitingViewer: true }, ['mediaP2']);
    await expectLinks(maintainer.token, { awaitingViewer: true }, ['techP1']);
    await expectLinks(undefined, { awaitingViewer: true }, []);
    await expectLinks(admin.token, { awaitingViewer: true, organizationId: company.id }, []);
    const nodes = await list(csr.token, { filter: { awaitingViewer: true } });
    expect(nodes[0].viewerCanRespond).toBe(true);
  });

  test('newest first by default, pages by cursor, and counts the whole filtered list', async () => {
    const filter = { organizationId: company.id };
    const newestFirst = ['declinedP2', 'mediaP2', 'financialP1', 'inKindP1'].map((n) => links[n]);
    expect((await list(csr.token, { filter })).map((n) => n.id)).toEqual(newestFirst);
    const oldestFirst = await list(csr.token, { filter, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(oldestFirst.map((n) => n.id)).toEqual([...newestFirst].reverse());

    const first: any = ok(await server.gql(LIST, { filter, first: 3 }, { token: csr.token }));
    expect(first.sponsorLinks.totalCount).toBe(4);
    expect(first.sponsorLinks.pageInfo.hasNextPage).toBe(true);
    const rest: any = ok(
      await server.gql(LIST, { filter, first: 3, after: first.sponsorLinks.pageInfo.endCursor }, { token: csr.token }),
    );
    expect(rest.sponsorLinks.edges.map((e: any) => e.node.id)).toEqual([newestFirst[3]]);
    expect(rest.sponsorLinks.pageInfo.hasNextPage).toBe(false);
  });
});

test('an organisation member sees its link to a draft, but not the draft itself', async () => {
  const db = server.dataSource;
  const csr = await makeUser(db);
  const company = await makeOrganization(db, { members: [csr.user] });
  const draft = await makeProject(db, { visibility: ProjectVisibility.DRAFT });
  const link = await makeSponsorLink(db, company, draft);
  expect(await list(csr.token, { filter: { organizationId: company.id } })).toEqual([
    expect.objectContaining({ id: link.id, project: null }),
  ]);
  expect(await list(undefined, { filter: { organizationId: company.id } })).toEqual([]);
});

test('isSponsor takes slugs or ids and is true only while a confirmed link runs today on a visible project', async () => {
  const db = server.dataSource;
  const maintainer = await makeUser(db);
  const company = await makeOrganization(db);
  const [running, future, past, proposed, draft] = await Promise.all([
    makeProject(db),
    makeProject(db),
    makeProject(db),
    makeProject(db),
    makeProject(db, { maintainers: [maintainer.user], visibility: ProjectVisibility.DRAFT }),
  ]);
  await makeSponsorLink(db, company, running, { startsOn: '2020-01-01', endsOn: '2999-12-31' });
  await makeSponsorLink(db, company, future, { startsOn: '2999-01-01' });
  await makeSponsorLink(db, company, past, { endsOn: '2000-12-31' });
  await makeSponsorLink(db, company, proposed, { status: SponsorLinkStatus.PROPOSED });
  await makeSponsorLink(db, company, draft);
  const isSponsor = async (organization: string, project: string, token?: string) =>
    ok<any>(
      await server.gql(
        'query($o: String!, $p: String!) { isSponsor(organization: $o, project: $p) }',
        { o: organization, p: project },
        { token },
      ),
    ).isSponsor;

  expect(await isSponsor(company.slug, running.slug)).toBe(true);
  expect(await isSponsor(company.id, running.id)).toBe(true);
  expect(await isSponsor(company.id, running.slug)).toBe(true);
  for (const project of [future, past, proposed, draft])
    expect(await isSponsor(company.slug, project.slug)).toBe(false);
  expect(await isSponsor(company.slug, draft.slug, maintainer.token)).toBe(true);
  expect(await isSponsor('no-such-org', running.slug)).toBe(false);
  expect(await isSponsor(randomUUID(), running.id)).toBe(false);

  // One statement, whatever the arguments.
  server.statements.reset();
  await isSponsor(company.slug, running.slug);
  expect(server.statements.statements.filter((s) => s.includes('sponsor_links'))).toHaveLength(1);
});

test('a second live link with the same organisation, project and role is a CONFLICT; another role is not', async () => {
  const { csr, maintainer, company, project } = await twoSides();
  const input = { organizationId: company.id, projectId: project.id, role: 'TECHNOLOGY_PARTNER' };
  await propose(csr.token, input);
  const before = await databaseFingerprint(server.dataSource);
  // Either side: the link between them is the same.
  for (const token of [csr.token, maintainer.token]) {
    const error = failure(await server.gql(PROPOSE, { input }, { token }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS', field: 'role' });
    expect(error.message).toMatch(/already have a live sponsor link/);
  }
  expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  await propose(csr.token, { ...input, role: 'COMMUNITY_PARTNER' });
});

test('of two identical proposals sent at once, one is made and the other is a CONFLICT', async () => {
  const { csr, company, project } = await twoSides();
  const input = { organizationId: company.id, projectId: project.id, role: 'FOUNDATION_PARTNER' };
  const responses = await Promise.all([1, 2].map(() => server.gql(PROPOSE, { input }, { token: csr.token })));
  const codes = responses.map((r) => r.errors?.[0]?.extensions.code ?? 'ok').sort();
  expect(codes).toEqual(['CONFLICT', 'ok']);
  const [{ n }] = await server.dataSource.query(
    'SELECT count(*)::int AS n FROM sponsor_links WHERE organization_id = $1 AND project_id = $2',
    [company.id, project.id],
  );
  expect(n).toBe(1);
  const [{ proposals }] = await server.dataSource.query(
    `SELECT count(*)::int AS proposals FROM activities WHERE verb = 'sponsor_link.proposed' AND actor_user_id = $1`,
    [csr.user.id],
  );
  expect(proposals).toBe(1);
});

test('bad input and unknown ids are refused with their field, and nothing is written', async () => {
  const { csr, maintainer, stranger, company, project } = await twoSides();
  const someoneElsesDraft = await makeProject(server.dataSource, { visibility: ProjectVisibility.DRAFT });
  const proposal = await propose(maintainer.token, { organizationId: company.id, projectId: project.id });
  const valid = { organizationId: company.id, projectId: project.id, role: 'FINANCIAL' };
  const before = await databaseFingerprint(server.dataSource);

  const proposals: Array<[Record<string, unknown>, string, string]> = [
    [{ startsOn: '2024-06-01', endsOn: '2024-05-31' }, 'BAD_USER_INPUT', 'endsOn'],
    [{ startsOn: '2024-02-30' }, 'BAD_USER_INPUT', 'startsOn'],
    [{ url: 'not a url' }, 'BAD_USER_INPUT', 'url'],
    [{ url: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'url'],
    [{ attribution: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'attribution'],
    [{ organizationId: 'acme' }, 'BAD_USER_INPUT', 'organizationId'],
    [{ role: 'SUPPORTER' }, 'BAD_USER_INPUT', 'role'],
    [{ organizationId: randomUUID() }, 'NOT_FOUND', 'organizationId'],
    [{ projectId: randomUUID() }, 'NOT_FOUND', 'projectId'],
    [{ projectId: someoneElsesDraft.id }, 'NOT_FOUND', 'projectId'],
  ];
  for (const [change, code, field] of proposals) {
    const error = failure(await server.gql(PROPOSE, { input: { ...valid, ...change } }, { token: csr.token }));
    expect({ change, ...error.extensions }).toMatchObject({ change, code, field });
  }

  for (const query of [CONFIRM, DECLINE, END]) {
    const unknown = failure(await answer(query, csr.token, { sponsorLinkId: randomUUID() }));
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'sponsorLinkId' });
    const malformed = failure(await answer(query, csr.token, { sponsorLinkId: 'link-1' }));
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sponsorLinkId' });
    // A proposal between others is not there for a stranger: the answer does not reveal it.
    const hidden = failure(await answer(query, stranger.token, { sponsorLinkId: proposal.id }));
    expect(hidden.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'sponsorLinkId' });
  }
  const note = failure(await answer(DECLINE, csr.token, { sponsorLinkId: proposal.id, note: 'n'.repeat(1001) }));
  expect(note.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });

  expect(await databaseFingerprint(server.dataSource)).toEqual(before);
});

test('a page of sponsor links with their organisations, projects and viewer flags costs the same statements for 5 or 25', async () => {
  const db = server.dataSource;
  const csr = await makeUser(db);
  const company = await makeOrganization(db, { members: [csr.user] });
  for (let i = 0; i < 25; i++) {
    const project = await makeProject(db);
    await makeSponsorLink(db, company, project, {
      status: i % 2 ? SponsorLinkStatus.CONFIRMED : SponsorLinkStatus.PROPOSED,
    });
  }
  const count = async (first: number) => {
    server.statements.reset();
    const nodes = await list(csr.token, { filter: { organizationId: company.id }, first });
    expect(nodes).toHaveLength(first);
    return server.statements.statements.length;
  };
  expect(await count(25)).toBe(await count(5));
});

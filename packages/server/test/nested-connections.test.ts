import { WebhookDeliveryEntity, WebhookEntity } from '../src/modules/webhook/webhook.entity';
import { WebhookEvent } from '../src/modules/webhook/webhook.events';
import { IdeaInterestRole, ResourceRequestStatus, SponsorLinkStatus, UserRole } from '../src/shared/enums';
import {
  makeEvent,
  makeIdea,
  makeIdeaInterest,
  makeMilestone,
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeSponsorLink,
  makeStory,
  makeUser,
  makeVolunteerTask,
  type TestUser,
} from './factories';
import { ok, startTestServer, type TestServer } from './harness';

/**
 * Every nested list has a connection, and a page of parents with their nested connections costs the same
 * statements for 10 parents as for 100: the pages of all parents come from one LATERAL statement per field.
 */
let server: TestServer;
let admin: TestUser;
const PARENTS = 110;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.dataSource;
  admin = await makeUser(db, { role: UserRole.ADMIN });
  const organizations = [];
  for (let i = 0; i < PARENTS; i++) {
    const { user } = await makeUser(db);
    organizations.push(await makeOrganization(db, { verified: true, owner: user }));
  }
  for (let i = 0; i < PARENTS; i++) {
    const { user } = await makeUser(db);
    const { user: second } = await makeUser(db);
    const project = await makeProject(db, { organization: organizations[i], maintainers: [user, second] });
    await makeSponsorLink(db, organizations[(i + 1) % PARENTS], project);
    await makeSponsorLink(db, organizations[(i + 2) % PARENTS], project);
    await makeSponsorLink(db, organizations[(i + 3) % PARENTS], project, { status: SponsorLinkStatus.PROPOSED });
    const offer = await makeResourceOffer(db, organizations[i]);
    await makeResourceRequest(db, offer, project, { status: ResourceRequestStatus.APPROVED, approvedQuantity: 1 });
    await makeResourceRequest(db, offer, project);
    const milestone = await makeMilestone(db, project);
    await makeVolunteerTask(db, project, { milestoneId: milestone.id } as never);
    await makeVolunteerTask(db, project, { milestoneId: milestone.id } as never);
    await makeEvent(db, { organizers: [organizations[i]], projects: [{ project, outcome: 'MVP built' }] });
    await makeStory(db, [project]);
    const idea = await makeIdea(db, user);
    await makeIdeaInterest(db, idea, second, IdeaInterestRole.VOLUNTEER);
    const webhook = await db.getRepository(WebhookEntity).save({
      organizationId: organizations[i].id,
      url: 'https://hooks.example.org/goodlink',
      events: [WebhookEvent.PROJECT_PUBLISHED],
      secret: 'whsec_dGVzdA==',
    });
    await db.getRepository(WebhookDeliveryEntity).save({
      webhookId: webhook.id,
      event: WebhookEvent.PROJECT_PUBLISHED,
      payload: {},
    } as never);
  }
}, 120_000);
afterAll(() => server.close());

/** Runs `query` for 10 and for 100 parents and returns both statement counts. */
async function statements(query: string, parents: (data: any) => unknown[], token = admin.token) {
  const counts: number[] = [];
  for (const first of [10, 100]) {
    server.statements.reset();
    const data = ok(await server.gql(query, { first }, { token }));
    expect(parents(data)).toHaveLength(first);
    counts.push(server.statements.statements.length);
  }
  return counts;
}

const PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename } }`;

const list = (root: string, args: string, field: string) =>
  `query($first: Int) { ${root}(first: $first${args}) { edges { node { ${field} { ${PAGE} } } } } }`;
const edges = (root: string) => (data: any) => data[root].edges;

const CASES: { name: string; query: string; parents: (data: any) => unknown[] }[] = [
  ['projects', 'sponsorsConnection(first: 5)'],
  ['projects', 'maintainersConnection(first: 1)'],
  ['projects', 'resourceRequestsConnection(first: 5, statuses: [APPROVED, PENDING])'],
  ['projects', 'milestonesConnection'],
  ['projects', 'eventsConnection'],
  ['projects', 'storiesConnection'],
  ['projects', 'assessmentsConnection(includeSuperseded: true)'],
  ['organizations', 'projectsConnection(first: 5)'],
  ['organizations', 'sponsoredProjectsConnection(first: 5)'],
  ['organizations', 'membersConnection'],
  ['organizations', 'apiKeysConnection'],
  ['organizations', 'webhooksConnection'],
  ['resourceOffers', 'requestsConnection(statuses: [APPROVED])'],
  ['sponsorLinks', 'grantsConnection'],
  ['events', 'organizersConnection'],
  ['events', 'projectsConnection'],
  ['stories', 'projectsConnection'],
].map(([root, field]) => ({ name: `${root} → ${field}`, query: list(root, '', field), parents: edges(root) }));

CASES.push(
  {
    name: 'ideas → interestsConnection',
    query: list('ideas', '', 'interestsConnection'),
    parents: edges('ideas'),
  },
  {
    name: 'milestones → tasksConnection',
    query: `query($first: Int) { projects(first: $first) { edges { node {
      milestonesConnection { edges { node { tasksConnection { ${PAGE} } } } } } } } }`,
    parents: edges('projects'),
  },
  {
    name: 'users → projectsConnection, organizationsConnection, volunteerTasksConnection',
    query: `query($first: Int) { projects(first: $first) { edges { node {
      maintainersConnection(first: 2) { edges { node {
        projectsConnection { ${PAGE} } organizationsConnection { ${PAGE} } volunteerTasksConnection { ${PAGE} }
      } } } } } } }`,
    parents: edges('projects'),
  },
  {
    name: 'webhooks → deliveriesConnection',
    query: `query($first: Int) { organizations(first: $first) { edges { node {
      webhooksConnection { edges { node { deliveriesConnection { ${PAGE} } } } } } } } }`,
    parents: edges('organizations'),
  },
);

test.each(CASES)('$name costs the same statements for 10 and 100 parents', async ({ query, parents }) => {
  const [ten, hundred] = await statements(query, parents);
  expect(hundred).toBe(ten);
});

test('a nested connection pages with first/after and counts the whole list', async () => {
  // Active projects: the world's ideas (stage IDEA) have neither maintainers nor sponsors.
  const query = `query($after: String) { projects(first: 3, filter: { stages: [ACTIVE] }) { edges { node {
    maintainersConnection(first: 1, after: $after) { ${PAGE} edges { node { id } } }
    sponsorsConnection { totalCount edges { node { status } } }
  } } } }`;
  const first: any = ok(await server.gql(query, {}));
  for (const { node } of first.projects.edges) {
    expect(node.maintainersConnection.totalCount).toBe(2);
    expect(node.maintainersConnection.edges).toHaveLength(1);
    expect(node.maintainersConnection.pageInfo.hasNextPage).toBe(true);
    // Only the confirmed links are public; the proposed one is not counted either.
    expect(node.sponsorsConnection.totalCount).toBe(2);
    expect(node.sponsorsConnection.edges.map((edge: any) => edge.node.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
  }
  const cursor = first.projects.edges[0].node.maintainersConnection.pageInfo.endCursor;
  const next: any = ok(await server.gql(query, { after: cursor }));
  const page = next.projects.edges[0].node.maintainersConnection;
  expect(page.edges).toHaveLength(1);
  expect(page.pageInfo.hasNextPage).toBe(false);
  expect(page.edges[0].node.id).not.toBe(first.projects.edges[0].node.maintainersConnection.edges[0].node.id);
});

test('a connection keeps the rule of the list it pages: keys and webhooks only for owners and admins', async () => {
  const query = `query { organizations(first: 3) { edges { node {
    apiKeysConnection { totalCount } webhooksConnection { totalCount edges { node { deliveriesConnection { totalCount } } } }
  } } } }`;
  const { token: stranger } = await makeUser(server.dataSource);
  for (const token of [undefined, stranger]) {
    const data: any = ok(await server.gql(query, {}, { token }));
    for (const { node } of data.organizations.edges) {
      expect(node.apiKeysConnection).toBeNull();
      expect(node.webhooksConnection).toBeNull();
    }
  }
  const asAdmin: any = ok(await server.gql(query, {}, { token: admin.token }));
  for (const { node } of asAdmin.organizations.edges) {
    expect(node.webhooksConnection.totalCount).toBe(1);
    expect(node.webhooksConnection.edges[0].node.deliveriesConnection.totalCount).toBe(1);
  }
});

test('a deprecated list reads one page of its connection, however long the list', async () => {
  const db = server.dataSource;
  const owner = await makeUser(db);
  const giver = await makeOrganization(db, { verified: true, owner: owner.user });
  const offer = await makeResourceOffer(db, giver, { total: 10_000 });
  for (let i = 0; i < 105; i++) {
    const project = await makeProject(db, { organization: giver });
    await makeResourceRequest(db, offer, project);
  }
  const asked = async (query: string) => {
    server.statements.reset();
    const data: any = ok(await server.gql(query, { slug: giver.slug, id: offer.id }, { token: owner.token }));
    return { data, statements: [...server.statements.statements] };
  };
  const pairs = [
    [
      'query($slug: String!) { organization(slug: $slug) { projects { id } } }',
      'query($slug: String!) { organization(slug: $slug) { projectsConnection(first: 100) { edges { node { id } } } } }',
      (data: any) => data.organization.projects,
      (data: any) => data.organization.projectsConnection,
    ],
    [
      'query($id: ID!) { resourceOffer(id: $id) { requests { id } } }',
      'query($id: ID!) { resourceOffer(id: $id) { requestsConnection(first: 100) { edges { node { id } } } } }',
      (data: any) => data.resourceOffer.requests,
      (data: any) => data.resourceOffer.requestsConnection,
    ],
  ] as const;
  for (const [list, connection, items, page] of pairs) {
    const deprecated = await asked(list);
    const paged = await asked(connection);
    // The first page of the connection, in its order…
    expect(items(deprecated.data)).toEqual(page(paged.data).edges.map((edge: any) => edge.node));
    expect(items(deprecated.data)).toHaveLength(100);
    // …read as one page — a statement with the per-parent LIMIT, not every row of the parent — and as rows: one
    // statement fewer than the connection, which reads ids and then the nodes by id.
    const lists = deprecated.statements.filter((sql) => sql.includes('CROSS JOIN LATERAL'));
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatch(/CROSS JOIN LATERAL \(.* LIMIT 100\) page/s);
    expect(deprecated.statements).toHaveLength(paged.statements.length - 1);
  }
});

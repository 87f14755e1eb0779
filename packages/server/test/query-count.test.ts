import { ResourceRequestStatus, SponsorLinkStatus } from '../src/shared/enums';
import {
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeSponsorLink,
  makeUser,
} from './factories';
import { ok, startTestServer, type TestServer } from './harness';

let server: TestServer;

const NESTED = `query Projects($first: Int) {
  projects(first: $first) {
    totalCount
    edges {
      node {
        name
        organization { name verified }
        maintainers { displayName projects { slug } }
        sponsors { role attribution organization { name verified } project { slug } }
        viewerCanEdit
      }
    }
  }
}`;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.dataSource;
  // Projects live under foundations and communities; companies sponsor them.
  const homes = await Promise.all(Array.from({ length: 12 }, () => makeOrganization(db)));
  const sponsors = await Promise.all(Array.from({ length: 12 }, () => makeOrganization(db, { verified: true })));
  for (let i = 0; i < 110; i++) {
    const { user } = await makeUser(db);
    const project = await makeProject(db, { organization: homes[i % 12], maintainers: [user] });
    await makeSponsorLink(db, sponsors[i % 12], project);
    await makeSponsorLink(db, sponsors[(i + 5) % 12], project, { status: SponsorLinkStatus.PROPOSED });
  }
});
afterAll(() => server.close());

async function statementsFor(first: number, token?: string) {
  server.statements.reset();
  const data: any = ok(await server.gql(NESTED, { first }, { token }));
  expect(data.projects.edges).toHaveLength(first);
  return server.statements.statements.length;
}

test('projects with organisations, maintainers and sponsor links cost the same statements for 10 or 100 rows', async () => {
  const ten = await statementsFor(10);
  const hundred = await statementsFor(100);
  expect(hundred).toBe(ten);
  // page, count, organisations, maintainerships, sponsor links, users, the users' maintainerships, sponsors
  expect(ten).toBe(8);
});

test('the same holds for a signed-in viewer, whose session and permissions are looked up in batches too', async () => {
  const { token } = await makeUser(server.dataSource);
  const ten = await statementsFor(10, token);
  const hundred = await statementsFor(100, token);
  expect(hundred).toBe(ten);
  // the same eight, plus the session lookup and the viewer's maintainerships (for drafts and viewerCanEdit)
  expect(ten).toBe(10);
});

test('sponsor links shown are only the confirmed ones', async () => {
  const data: any = ok(await server.gql(NESTED, { first: 5 }));
  for (const edge of data.projects.edges) expect(edge.node.sponsors).toHaveLength(1);
});

test('totalCount is counted only when a client asks for it', async () => {
  server.statements.reset();
  ok(await server.gql('{ projects(first: 5) { edges { node { id } } } }'));
  expect(server.statements.statements.some((sql) => /COUNT\(/i.test(sql))).toBe(false);
  server.statements.reset();
  ok(await server.gql('{ projects(first: 5) { totalCount } }'));
  expect(server.statements.statements.filter((sql) => /COUNT\(/i.test(sql))).toHaveLength(1);
});

describe('resources', () => {
  const OFFERS = `query($first: Int) {
    resourceOffers(first: $first) {
      edges { node {
        title remaining viewerCanManage
        organization { name verified impact { projectsSupported } }
        details { __typename ... on ComputeDetails { acceleratorModel } }
        eligibility { causeAreas }
        requests { status project { slug } }
      } }
    }
  }`;
  const GRANTS = `query($first: Int) {
    resourceRequests(first: $first) {
      edges { node {
        status approvedQuantity unit category justification
        offer { title organization { name } }
        organization { name }
        project { slug sponsors { role grants { approvedQuantity } } resourceRequests { status } }
        sponsorLink { role }
      } }
    }
  }`;

  let memberToken: string;
  beforeAll(async () => {
    const db = server.dataSource;
    const member = await makeUser(db);
    memberToken = member.token;
    const companies = await Promise.all(
      Array.from({ length: 6 }, () => makeOrganization(db, { verified: true, members: [member.user] })),
    );
    for (let i = 0; i < 110; i++) {
      const offer = await makeResourceOffer(db, companies[i % 6], { total: 100 });
      const project = await makeProject(db);
      const request = await makeResourceRequest(db, offer, project, { status: ResourceRequestStatus.APPROVED });
      const link = await makeSponsorLink(db, companies[i % 6], project);
      await db.query('UPDATE resource_requests SET sponsor_link_id = $1 WHERE id = $2', [link.id, request.id]);
    }
  });

  async function statementsFor(query: string, first: number, token?: string) {
    server.statements.reset();
    const data: any = ok(await server.gql(query, { first }, { token }));
    expect(Object.values(data)[0]).toMatchObject({ edges: expect.any(Array) });
    expect((Object.values(data)[0] as any).edges).toHaveLength(first);
    return server.statements.statements.length;
  }

  test('offers with their organisation, impact and details cost the same statements for 10 or 100', async () => {
    const ten = await statementsFor(OFFERS, 10);
    expect(await statementsFor(OFFERS, 100)).toBe(ten);
    // page, organisations, impact (requests are null for the public: no query)
    expect(ten).toBe(3);
  });

  test("and for the offering organisation's member, who also sees every request with its project", async () => {
    const ten = await statementsFor(OFFERS, 10, memberToken);
    expect(await statementsFor(OFFERS, 100, memberToken)).toBe(ten);
    // session, page, the viewer's roles, organisations, impact, requests, their projects
    expect(ten).toBe(7);
  });

  test('grants with offer, organisation, project, sponsors and the project’s requests: the same for 10 or 100', async () => {
    const ten = await statementsFor(GRANTS, 10);
    expect(await statementsFor(GRANTS, 100)).toBe(ten);
    // page, offers, projects, sponsor links, organisations, the projects' requests, the links' grants
    expect(ten).toBe(7);
  });
});

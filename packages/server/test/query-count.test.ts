import { SponsorLinkStatus } from '../src/shared/enums';
import { makeOrganization, makeProject, makeSponsorLink, makeUser } from './factories';
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

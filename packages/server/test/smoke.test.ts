import { makeProject, makeUser } from './factories';
import { ok, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('the server answers a query with rows from its own database', async () => {
  const { user } = await makeUser(server.dataSource);
  await makeProject(server.dataSource, { name: 'Smoke', maintainers: [user] });
  const data = ok(await server.gql('{ projects { totalCount edges { node { name } } } }'));
  expect(data.projects.totalCount).toBe(1);
  expect(data.projects.edges[0].node.name).toBe('Smoke');
});

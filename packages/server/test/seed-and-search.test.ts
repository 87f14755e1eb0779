import pino from 'pino';
import { demoEvents, demoOrganizations, demoProjects, GENERATED_PROJECTS } from '../src/seed/demo-data';
import { isDatabaseEmpty, seedDemoData } from '../src/seed/seed';
import { ok, startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

let server: TestServer;
const quiet = pino({ level: 'silent' });

beforeAll(async () => {
  server = await startTestServer();
  expect(await isDatabaseEmpty(server.dataSource)).toBe(true);
  await seedDemoData(server.dataSource, quiet);
});
afterAll(() => server.close());

const SEARCH = `query($search: String!) {
  projects(filter: { search: $search }) { totalCount edges { node { slug name } } }
}`;

describe('search works in both languages', () => {
  test('"熊熊" finds 彩虹熊熊', async () => {
    const data: any = ok(await server.gql(SEARCH, { search: '熊熊' }));
    expect(data.projects.edges.map((e: any) => e.node.name)).toEqual(['彩虹熊熊']);
  });

  test('"screen reader" finds NVDA, whatever the case', async () => {
    for (const search of ['screen reader', 'Screen READER', 'reader screen']) {
      const data: any = ok(await server.gql(SEARCH, { search }));
      expect(data.projects.edges.map((e: any) => e.node.slug)).toEqual(['nvda']);
    }
  });

  test('"屏幕阅读器" finds NVDA by its Chinese summary', async () => {
    const data: any = ok(await server.gql(SEARCH, { search: '屏幕阅读器' }));
    expect(data.projects.edges.map((e: any) => e.node.slug)).toEqual(['nvda']);
  });

  test('LIKE wildcards in a search are taken literally', async () => {
    const data: any = ok(await server.gql(SEARCH, { search: '%' }));
    expect(data.projects.totalCount).toBe(0);
  });

  test('organisations are searchable by their Chinese or English name', async () => {
    const query = 'query($s: String) { organizations(filter: { search: $s }) { edges { node { slug verified } } } }';
    const chinese: any = ok(await server.gql(query, { s: '字节' }));
    const english: any = ok(await server.gql(query, { s: 'bytedance' }));
    expect(chinese.organizations.edges).toEqual([{ node: { slug: 'bytedance', verified: true } }]);
    expect(english.organizations.edges).toEqual(chinese.organizations.edges);
  });
});

describe('demo data', () => {
  test('holds the projects, organisations and events of the founding plan, marked as demo data', async () => {
    const data: any = ok(
      await server.gql(`{
        rainbow: project(slug: "rainbow-bear") { name isDemo organization { name verified }
          sponsors { role organization { slug } } }
        stats { publishedProjects organizations events }
        events(first: 10) { edges { node { slug isDemo projects { project { slug } outcome } } } }
      }`),
    );
    expect(data.rainbow).toMatchObject({ name: '彩虹熊熊', isDemo: true, organization: { verified: false } });
    expect(data.rainbow.sponsors.map((s: any) => s.organization.slug).sort()).toEqual([
      'bytedance',
      'runbao-fangde-foundation',
      'tencent',
    ]);
    expect(data.stats.publishedProjects).toBe(demoProjects.length + GENERATED_PROJECTS);
    expect(data.stats.events).toBe(demoEvents.length);
    expect(data.events.edges.map((e: any) => e.node.slug).sort()).toEqual(demoEvents.map((e) => e.slug).sort());
    for (const slug of ['zhiyinxian', 'yunbiaoqian', 'nvda']) {
      expect(ok(await server.gql('query($s: String!) { project(slug: $s) { isDemo } }', { s: slug }))).toEqual({
        project: { isDemo: true },
      });
    }
    for (const { slug } of demoOrganizations) {
      const org: any = ok(await server.gql('query($s: String!) { organization(slug: $s) { isDemo } }', { s: slug }));
      expect(org.organization.isDemo).toBe(true);
    }
  });

  test('fills more than one page of every list', async () => {
    const data: any = ok(
      await server.gql('{ projects { pageInfo { hasNextPage } } organizations { pageInfo { hasNextPage } } }'),
    );
    expect(data.projects.pageInfo.hasNextPage).toBe(true);
    expect(data.organizations.pageInfo.hasNextPage).toBe(true);
  });

  test('loading it again changes nothing', async () => {
    const before = await databaseFingerprint(server.dataSource);
    await seedDemoData(server.dataSource, quiet);
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });

  test('loading it again keeps what people changed since', async () => {
    await server.dataSource.query(`UPDATE projects SET summary = 'edited by its maintainers' WHERE slug = 'nvda'`);
    await seedDemoData(server.dataSource, quiet);
    const [row] = await server.dataSource.query(`SELECT summary FROM projects WHERE slug = 'nvda'`);
    expect(row.summary).toBe('edited by its maintainers');
  });
});

import { ResourceOfferEntity } from '../src/modules/resource/resource-offer.entity';
import { ResourceCategory, ResourceOfferStatus, ResourceRequestStatus } from '../src/shared/enums';
import { makeOrganization, makeProject, makeResourceOffer, makeResourceRequest } from './factories';
import { ok, startTestServer, type TestServer } from './harness';

/** What an organisation gave, and what Goodlink as a whole gave: SQL aggregates over the grants. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const IMPACT = `query($slug: String!) { organization(slug: $slug) { impact {
  projectsSupported
  resources { category unit granted fulfilled grants projectsSupported }
  byYear { year projectsSupported resources { category unit granted fulfilled grants projectsSupported } }
} } }`;

async function decidedIn(requestId: string, isoDate: string) {
  await server.dataSource.query('UPDATE resource_requests SET decided_at = $2 WHERE id = $1', [requestId, isoDate]);
}

test('impact per category and unit, lifetime and by year; only standing grants count', async () => {
  const db = server.dataSource;
  const company = await makeOrganization(db, { verified: true });
  const gpus = await makeResourceOffer(db, company, { total: 5000 });
  const servers = await db.getRepository(ResourceOfferEntity).save({
    organizationId: company.id,
    category: ResourceCategory.SERVER,
    title: '云服务器',
    details: {
      category: ResourceCategory.SERVER,
      vcpus: 8,
      memoryGiB: 32,
      storageGiB: 200,
      region: 'cn-beijing',
      months: 12,
    },
    unit: 'servers',
    total: 20,
    status: ResourceOfferStatus.OPEN,
  });
  const [a, b, c] = await Promise.all([makeProject(db), makeProject(db), makeProject(db)]);
  const grant = (
    offer: ResourceOfferEntity,
    project: Awaited<ReturnType<typeof makeProject>>,
    quantity: number,
    status: ResourceRequestStatus,
  ) => makeResourceRequest(db, offer, project, { quantity, status });
  await decidedIn((await grant(gpus, a, 100, ResourceRequestStatus.FULFILLED)).id, '2025-03-01T00:00:00Z');
  await decidedIn((await grant(gpus, b, 80, ResourceRequestStatus.APPROVED)).id, '2026-05-01T00:00:00Z');
  await decidedIn((await grant(gpus, a, 20, ResourceRequestStatus.FULFILLED)).id, '2026-06-01T00:00:00Z');
  await decidedIn((await grant(servers, c, 2, ResourceRequestStatus.APPROVED)).id, '2026-07-01T00:00:00Z');
  // None of these count: not granted, or no longer standing.
  await grant(gpus, c, 999, ResourceRequestStatus.PENDING);
  await grant(gpus, b, 7, ResourceRequestStatus.DECLINED);
  await db.query(
    `INSERT INTO resource_requests (offer_id, project_id, quantity, approved_quantity, status, justification, decided_at)
     VALUES ($1, $2, 50, 50, 'REVOKED', 'x', '2026-01-01'), ($1, $3, 30, 30, 'WITHDRAWN', 'x', '2026-01-01')`,
    [gpus.id, b.id, c.id],
  );

  const data: any = ok(await server.gql(IMPACT, { slug: company.slug }));
  expect(data.organization.impact).toEqual({
    projectsSupported: 3,
    resources: [
      { category: 'COMPUTE', unit: 'GPU-hours', granted: 200, fulfilled: 120, grants: 3, projectsSupported: 2 },
      { category: 'SERVER', unit: 'servers', granted: 2, fulfilled: 0, grants: 1, projectsSupported: 1 },
    ],
    byYear: [
      {
        year: 2026,
        projectsSupported: 3,
        resources: [
          { category: 'COMPUTE', unit: 'GPU-hours', granted: 100, fulfilled: 20, grants: 2, projectsSupported: 2 },
          { category: 'SERVER', unit: 'servers', granted: 2, fulfilled: 0, grants: 1, projectsSupported: 1 },
        ],
      },
      {
        year: 2025,
        projectsSupported: 1,
        resources: [
          { category: 'COMPUTE', unit: 'GPU-hours', granted: 100, fulfilled: 100, grants: 1, projectsSupported: 1 },
        ],
      },
    ],
  });

  // The public totals include this organisation's grants.
  const stats: any = ok(await server.gql('{ stats { resources { category unit granted fulfilled grants } } }'));
  expect(stats.stats.resources).toEqual(
    expect.arrayContaining([
      { category: 'COMPUTE', unit: 'GPU-hours', granted: 200, fulfilled: 120, grants: 3 },
      { category: 'SERVER', unit: 'servers', granted: 2, fulfilled: 0, grants: 1 },
    ]),
  );
});

test('an organisation that has given nothing has an empty impact, not an error', async () => {
  const quiet = await makeOrganization(server.dataSource);
  const data: any = ok(await server.gql(IMPACT, { slug: quiet.slug }));
  expect(data.organization.impact).toEqual({ projectsSupported: 0, resources: [], byYear: [] });
});

test("a list of organisations with their impact costs one impact statement, whatever the page's size", async () => {
  for (let i = 0; i < 5; i++) {
    const org = await makeOrganization(server.dataSource);
    const offer = await makeResourceOffer(server.dataSource, org);
    await makeResourceRequest(server.dataSource, offer, await makeProject(server.dataSource), {
      status: ResourceRequestStatus.APPROVED,
    });
  }
  server.statements.reset();
  ok(
    await server.gql(
      '{ organizations(first: 50) { edges { node { impact { projectsSupported resources { granted } } } } } }',
    ),
  );
  expect(server.statements.statements.filter((sql) => sql.includes('GROUPING SETS'))).toHaveLength(1);
});

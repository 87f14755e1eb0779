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
  byMonth { month resources { category unit granted fulfilled grants projectsSupported } }
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
    byMonth: [
      {
        month: '2025-03',
        resources: [
          { category: 'COMPUTE', unit: 'GPU-hours', granted: 100, fulfilled: 100, grants: 1, projectsSupported: 1 },
        ],
      },
      {
        month: '2026-05',
        resources: [
          { category: 'COMPUTE', unit: 'GPU-hours', granted: 80, fulfilled: 0, grants: 1, projectsSupported: 1 },
        ],
      },
      {
        month: '2026-06',
        resources: [
          { category: 'COMPUTE', unit: 'GPU-hours', granted: 20, fulfilled: 20, grants: 1, projectsSupported: 1 },
        ],
      },
      {
        month: '2026-07',
        resources: [{ category: 'SERVER', unit: 'servers', granted: 2, fulfilled: 0, grants: 1, projectsSupported: 1 }],
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
  expect(data.organization.impact).toEqual({ projectsSupported: 0, resources: [], byYear: [], byMonth: [] });
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

test('impact and public totals equal a recomputation from the raw rows', async () => {
  const db = server.dataSource;
  // A deterministic jumble of grants: several organisations, categories, units, statuses and years.
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const organizations = await Promise.all(Array.from({ length: 3 }, () => makeOrganization(db, { verified: true })));
  const projects = await Promise.all(Array.from({ length: 8 }, () => makeProject(db)));
  // Every status but PENDING (one pending request per project and offer would limit the jumble; its not counting
  // is shown above). WITHDRAWN and REVOKED keep the quantity they once held, which must not count either.
  const statuses = Object.values(ResourceRequestStatus).filter((s) => s !== ResourceRequestStatus.PENDING);
  for (const organization of organizations) {
    for (const unit of ['GPU-hours', 'GPU 小时']) {
      const offer = await makeResourceOffer(db, organization, { total: 100_000, unit });
      for (let i = 0; i < 15; i++) {
        const quantity = 1 + Math.floor(random() * 500);
        const status = pick(statuses);
        const request = await makeResourceRequest(db, offer, pick(projects), {
          quantity,
          approvedQuantity: status === ResourceRequestStatus.DECLINED ? null : 1 + Math.floor(random() * quantity),
          status,
        });
        await decidedIn(request.id, `${pick([2024, 2025, 2026])}-0${1 + Math.floor(random() * 9)}-15T08:00:00Z`);
      }
    }
  }

  const rows: Array<{
    organization_id: string;
    category: string;
    unit: string;
    project_id: string;
    status: string;
    approved_quantity: number;
    decided_at: Date;
  }> = await db.query(
    `SELECT o.organization_id, o.category, o.unit, r.project_id, r.status, r.approved_quantity, r.decided_at
       FROM resource_requests r JOIN resource_offers o ON o.id = r.offer_id`,
  );
  const standing = rows.filter((r) => r.status === 'APPROVED' || r.status === 'FULFILLED');
  const totals = (grants: typeof standing) => {
    const groups = new Map<string, typeof standing>();
    for (const grant of grants) {
      const key = `${grant.category}\u0000${grant.unit}`;
      groups.set(key, [...(groups.get(key) ?? []), grant]);
    }
    return [...groups.entries()]
      .map(([key, group]) => {
        const [category, unit] = key.split('\u0000');
        return {
          category,
          unit,
          granted: group.reduce((sum, g) => sum + g.approved_quantity, 0),
          fulfilled: group.filter((g) => g.status === 'FULFILLED').reduce((sum, g) => sum + g.approved_quantity, 0),
          grants: group.length,
          projectsSupported: new Set(group.map((g) => g.project_id)).size,
        };
      })
      .sort((a, b) => a.category.localeCompare(b.category) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  };
  const byCategory = (items: Array<{ category: string; unit: string }>) =>
    [...items].sort((a, b) => a.category.localeCompare(b.category) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));

  for (const organization of organizations) {
    const own = standing.filter((r) => r.organization_id === organization.id);
    const years = [...new Set(own.map((g) => g.decided_at.getUTCFullYear()))].sort((a, b) => b - a);
    const data: any = ok(await server.gql(IMPACT, { slug: organization.slug }));
    const impact = data.organization.impact;
    expect(byCategory(impact.resources)).toEqual(totals(own));
    expect(impact.projectsSupported).toBe(new Set(own.map((g) => g.project_id)).size);
    expect(impact.byYear.map((y: { year: number }) => y.year)).toEqual(years);
    const monthOf = (g: (typeof own)[number]) => g.decided_at.toISOString().slice(0, 7);
    expect(impact.byMonth.map((m: { month: string }) => m.month)).toEqual([...new Set(own.map(monthOf))].sort());
    for (const month of impact.byMonth) {
      expect(byCategory(month.resources)).toEqual(totals(own.filter((g) => monthOf(g) === month.month)));
    }
    for (const year of impact.byYear) {
      const inYear = own.filter((g) => g.decided_at.getUTCFullYear() === year.year);
      expect(byCategory(year.resources)).toEqual(totals(inYear));
      expect(year.projectsSupported).toBe(new Set(inYear.map((g) => g.project_id)).size);
    }
  }

  const stats: any = ok(
    await server.gql('{ stats { resources { category unit granted fulfilled grants projectsSupported } } }'),
  );
  expect(byCategory(stats.stats.resources)).toEqual(totals(standing));
});

import pino from 'pino';
import { OrganizationEntity } from '../src/modules/organization/organization.entity';
import { ProjectEntity } from '../src/modules/project/project.entity';
import { ResourceRequestEntity } from '../src/modules/resource/resource-request.entity';
import { unmetCriterion } from '../src/modules/resource/resource.policy';
import { demoEvents, demoOrganizations, demoProjects, GENERATED_PROJECTS } from '../src/seed/demo-data';
import { demoIdeas } from '../src/seed/demo-ideas';
import { demoResourceOffers } from '../src/seed/demo-resources';
import { isDatabaseEmpty, seedDemoData } from '../src/seed/seed';
import { demoOfferId } from '../src/seed/seed-resources';
import { demoMilestones } from '../src/seed/seed-volunteers';
import {
  ResourceCategory,
  ResourceOfferStatus,
  ResourceRequestStatus,
  SponsorLinkSide,
  SponsorLinkStatus,
  SponsorRole,
} from '../src/shared/enums';
import { makeOrganization, makeResourceOffer, makeResourceRequest, makeSponsorLink } from './factories';
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
    // Its partners, and the organisations credited for what they granted it.
    expect(data.rainbow.sponsors.map((s: any) => `${s.organization.slug} ${s.role}`).sort()).toEqual([
      'bytedance IN_KIND',
      'bytedance TECHNOLOGY_PARTNER',
      'kaiyuanshe IN_KIND',
      'runbao-fangde-foundation FOUNDATION_PARTNER',
      'tencent IN_KIND',
      'tencent TECHNOLOGY_PARTNER',
    ]);
    expect(data.stats.publishedProjects).toBe(demoProjects.length + GENERATED_PROJECTS + demoIdeas.length);
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
    const counts = () =>
      server.dataSource.query(
        `SELECT (SELECT count(*) FROM resource_offers)::int AS offers,
                (SELECT count(*) FROM resource_requests)::int AS requests,
                (SELECT count(*) FROM sponsor_links)::int AS links`,
      );
    const [before] = await counts();
    expect(before).toMatchObject({
      offers: demoResourceOffers.length,
      requests: demoResourceOffers.reduce((sum, offer) => sum + offer.requests.length, 0),
    });
    const fingerprint = await databaseFingerprint(server.dataSource);
    await seedDemoData(server.dataSource, quiet);
    expect(await counts()).toEqual([before]);
    expect(await databaseFingerprint(server.dataSource)).toEqual(fingerprint);
  });

  test('loading it again keeps what people changed since', async () => {
    await server.dataSource.query(`UPDATE projects SET summary = 'edited by its maintainers' WHERE slug = 'nvda'`);
    const gpu = demoOfferId(demoResourceOffers[0]);
    await server.dataSource.query(
      `UPDATE resource_offers SET title = 'edited by its organisation', status = 'PAUSED' WHERE id = $1`,
      [gpu],
    );
    await seedDemoData(server.dataSource, quiet);
    const [row] = await server.dataSource.query(`SELECT summary FROM projects WHERE slug = 'nvda'`);
    expect(row.summary).toBe('edited by its maintainers');
    // Found again by its id, not its title: not loaded a second time.
    expect(await server.dataSource.query(`SELECT title, status FROM resource_offers WHERE is_demo`)).toHaveLength(
      demoResourceOffers.length,
    );
    expect(await server.dataSource.query(`SELECT title, status FROM resource_offers WHERE id = $1`, [gpu])).toEqual([
      { title: 'edited by its organisation', status: 'PAUSED' },
    ]);
    // As it was, for the tests below.
    await server.dataSource.query(`UPDATE resource_offers SET title = $2, status = 'OPEN' WHERE id = $1`, [
      gpu,
      demoResourceOffers[0].title,
    ]);
  });
});

const demoRequests = demoResourceOffers.flatMap((offer) => offer.requests.map((request) => ({ offer, request })));
const isGrant = (status: ResourceRequestStatus) =>
  status === ResourceRequestStatus.APPROVED || status === ResourceRequestStatus.FULFILLED;

describe('demo resources', () => {
  test("every offer's granted is the sum of what its APPROVED and FULFILLED requests were approved for", async () => {
    const rows: Array<{ title: string; granted: number; approved: number }> = await server.dataSource.query(
      `SELECT o.title, o.granted,
              COALESCE(sum(r.approved_quantity) FILTER (WHERE r.status IN ('APPROVED', 'FULFILLED')), 0)::int AS approved
         FROM resource_offers o LEFT JOIN resource_requests r ON r.offer_id = o.id
        GROUP BY o.id ORDER BY o.title`,
    );
    expect(rows.map((r) => r.title).sort()).toEqual(demoResourceOffers.map((o) => o.title).sort());
    expect(rows.map((r) => [r.title, r.granted])).toEqual(rows.map((r) => [r.title, r.approved]));
    expect(rows.every((r) => r.granted > 0)).toBe(true);
  });

  test('every demo grant is credited by a CONFIRMED IN_KIND link between the organisation and the project', async () => {
    const grants: any[] = await server.dataSource.query(
      `SELECT r.id, l.role, l.status,
              l.organization_id = o.organization_id AND l.project_id = r.project_id AS same_ends
         FROM resource_requests r
         JOIN resource_offers o ON o.id = r.offer_id
         LEFT JOIN sponsor_links l ON l.id = r.sponsor_link_id
        WHERE r.is_demo AND r.status IN ('APPROVED', 'FULFILLED')`,
    );
    expect(grants).toHaveLength(demoRequests.filter(({ request }) => isGrant(request.status)).length);
    for (const grant of grants) {
      expect(grant).toMatchObject({ role: SponsorRole.IN_KIND, status: SponsorLinkStatus.CONFIRMED, same_ends: true });
    }
    // The demo projects' own IN_KIND link (字节跳动 → 云标签) is the one credited, not a second one beside it.
    const links: any[] = await server.dataSource.query(
      `SELECT l.attribution, (SELECT count(*)::int FROM resource_requests r WHERE r.sponsor_link_id = l.id) AS grants
         FROM sponsor_links l
         JOIN organizations o ON o.id = l.organization_id AND o.slug = 'bytedance'
         JOIN projects p ON p.id = l.project_id AND p.slug = 'yunbiaoqian'
        WHERE l.role = 'IN_KIND'`,
    );
    expect(links).toEqual([{ attribution: '字节跳动技术公益社团', grants: 1 }]);
    // And no request that stands ungranted carries a credit.
    const [{ stray }] = await server.dataSource.query(
      `SELECT count(*)::int AS stray FROM resource_requests WHERE sponsor_link_id IS NOT NULL
          AND status NOT IN ('APPROVED', 'FULFILLED')`,
    );
    expect(stray).toBe(0);
  });

  test('every demo request is one Goodlink would have accepted and decided', async () => {
    const requests = await server.dataSource
      .getRepository(ResourceRequestEntity)
      .find({ where: { isDemo: true }, relations: { offer: true, project: true } });
    expect(requests).toHaveLength(demoRequests.length);
    const grantedPerProject = new Map<string, number>();
    for (const { offer, project, ...request } of requests) {
      const what = `${offer!.title} ← ${project!.name}`;
      expect([what, offer!.isDemo, offer!.description, request.justification]).toEqual([
        what,
        true,
        expect.stringContaining('示例数据'),
        expect.stringContaining('示例数据'),
      ]);
      expect([what, unmetCriterion(offer!, project!)]).toEqual([what, null]);
      expect([what, request.createdAt >= offer!.opensAt!]).toEqual([what, true]);
      expect([what, !offer!.closesAt || request.createdAt < offer!.closesAt]).toEqual([what, true]);
      const decided = isGrant(request.status) || request.status === ResourceRequestStatus.DECLINED;
      expect([what, request.decidedAt !== null]).toEqual([what, decided]);
      if (request.decidedAt) expect([what, request.decidedAt > request.createdAt]).toEqual([what, true]);
      if (request.fulfilledAt) expect([what, request.fulfilledAt > request.decidedAt!]).toEqual([what, true]);
      if (isGrant(request.status)) {
        const key = `${offer!.id}/${project!.id}`;
        grantedPerProject.set(key, (grantedPerProject.get(key) ?? 0) + request.approvedQuantity!);
        expect([what, grantedPerProject.get(key)! <= (offer!.maxPerProject ?? Infinity)]).toEqual([what, true]);
      }
    }
  });

  test('shows every step of a request: grants in full and in part, questions open, a refusal with its reason', () => {
    const statuses = new Set(demoRequests.map(({ request }) => request.status));
    for (const status of [
      ResourceRequestStatus.PENDING,
      ResourceRequestStatus.APPROVED,
      ResourceRequestStatus.FULFILLED,
      ResourceRequestStatus.DECLINED,
    ]) {
      expect(statuses).toContain(status);
    }
    const partial = demoRequests.filter(
      ({ request }) => request.approvedQuantity !== undefined && request.approvedQuantity < request.quantity,
    );
    expect(partial.length).toBeGreaterThan(0);
    for (const { request } of demoRequests.filter((r) => r.request.status === ResourceRequestStatus.DECLINED)) {
      expect(request.decisionNote).toBeTruthy();
    }
    const years = new Set(
      demoRequests.filter(({ request }) => request.decidedAt).map(({ request }) => request.decidedAt!.slice(0, 4)),
    );
    expect([...years].sort()).toEqual(['2025', '2026']);
  });

  test('anonymous visitors see the OPEN demo offers of verified organisations', async () => {
    const data: any = ok(
      await server.gql(`{
        resourceOffers(first: 100) {
          totalCount
          edges { node { title status isDemo remaining total organization { slug verified } details { __typename } } }
        }
      }`),
    );
    const verified = new Set(demoOrganizations.filter((o) => o.verified).map((o) => o.slug));
    const expected = demoResourceOffers
      .filter((o) => o.status === ResourceOfferStatus.OPEN && verified.has(o.organization))
      .map((o) => o.title);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(data.resourceOffers.totalCount).toBe(expected.length);
    expect(data.resourceOffers.edges.map((e: any) => e.node.title).sort()).toEqual(expected.sort());
    for (const { node } of data.resourceOffers.edges) {
      expect(node).toMatchObject({ status: 'OPEN', isDemo: true, organization: { verified: true } });
      expect(node.remaining).toBeLessThan(node.total);
    }
  });

  test("字节跳动's impact shows the GPU hours it granted, in 2025 and in 2026", async () => {
    const data: any = ok(
      await server.gql(`{
        organization(slug: "bytedance") {
          impact { resources { category unit granted } byYear { year resources { category granted } } }
        }
      }`),
    );
    const { resources, byYear } = data.organization.impact;
    const compute = resources.find((r: any) => r.category === ResourceCategory.COMPUTE);
    const expected = demoRequests
      .filter(({ offer, request }) => offer.organization === 'bytedance' && isGrant(request.status))
      .filter(({ offer }) => offer.details.category === ResourceCategory.COMPUTE)
      .reduce((sum, { request }) => sum + (request.approvedQuantity ?? request.quantity), 0);
    expect(compute).toEqual({ category: 'COMPUTE', unit: 'GPU 小时', granted: expected });
    expect(compute.granted).toBeGreaterThan(0);
    expect(byYear.map((y: any) => y.year)).toEqual([2026, 2025]);
    for (const year of byYear) {
      expect(year.resources.find((r: any) => r.category === ResourceCategory.COMPUTE)?.granted).toBeGreaterThan(0);
    }
  });
});

describe('demo resources on a database people already use', () => {
  test('go only to demo organisations, and credit grants through the links people already keep', async () => {
    const other = await startTestServer();
    try {
      const db = other.dataSource;
      // Someone signed up as "google" before the demo data was loaded: no demo offer is made in their name.
      const google = await makeOrganization(db, { slug: 'google', name: 'Google', verified: true });
      await seedDemoData(db, quiet);
      const googleOffers = demoResourceOffers.filter((o) => o.organization === 'google');
      expect(googleOffers.length).toBeGreaterThan(0);
      expect(await db.query(`SELECT id FROM resource_offers WHERE organization_id = $1`, [google.id])).toEqual([]);
      expect(await db.query(`SELECT id FROM resource_offers WHERE is_demo`)).toHaveLength(
        demoResourceOffers.length - googleOffers.length,
      );

      // As if the demo data had been loaded before offers existed, and people had gone on using it since: 彩虹熊熊
      // proposed an in-kind link to 腾讯, and 腾讯 made an offer of its own and granted part of it.
      await db.query(`DELETE FROM resource_offers WHERE is_demo`);
      await db.query(
        `DELETE FROM sponsor_links l USING organizations o, projects p
          WHERE o.id = l.organization_id AND p.id = l.project_id AND l.role = 'IN_KIND' AND l.is_demo
            AND NOT (o.slug = 'bytedance' AND p.slug = 'yunbiaoqian')`,
      );
      const tencent = await db.getRepository(OrganizationEntity).findOneByOrFail({ slug: 'tencent' });
      const rainbowBear = await db.getRepository(ProjectEntity).findOneByOrFail({ slug: 'rainbow-bear' });
      const nvda = await db.getRepository(ProjectEntity).findOneByOrFail({ slug: 'nvda' });
      const proposal = await makeSponsorLink(db, tencent, rainbowBear, {
        status: SponsorLinkStatus.PROPOSED,
        proposedBy: SponsorLinkSide.PROJECT,
        startsOn: '2025-06-01',
        endsOn: '2025-12-31',
      });
      const ownOffer = await makeResourceOffer(db, tencent, { total: 50 });
      const ownRequest = await makeResourceRequest(db, ownOffer, nvda, {
        status: ResourceRequestStatus.APPROVED,
        quantity: 5,
      });
      const before = await db.query(`SELECT * FROM resource_requests WHERE id = $1`, [ownRequest.id]);

      await seedDemoData(db, quiet);

      const live = await db.query(
        `SELECT id, status, ends_on FROM sponsor_links
          WHERE organization_id = $1 AND project_id = $2 AND role = 'IN_KIND'`,
        [tencent.id, rainbowBear.id],
      );
      expect(live).toEqual([{ id: proposal.id, status: 'CONFIRMED', ends_on: null }]);
      const credited = await db.query(
        `SELECT r.sponsor_link_id FROM resource_requests r JOIN resource_offers o ON o.id = r.offer_id
          WHERE o.is_demo AND o.organization_id = $1 AND r.project_id = $2 AND r.status IN ('APPROVED', 'FULFILLED')`,
        [tencent.id, rainbowBear.id],
      );
      expect(credited).toEqual([{ sponsor_link_id: proposal.id }]);
      expect(await db.query(`SELECT granted FROM resource_offers WHERE id = $1`, [ownOffer.id])).toEqual([
        { granted: 5 },
      ]);
      expect(await db.query(`SELECT * FROM resource_requests WHERE id = $1`, [ownRequest.id])).toEqual(before);
    } finally {
      await other.close();
    }
  });
});

describe('demo volunteers', () => {
  test('the named projects have milestones, open tasks and credited volunteers', async () => {
    const data: any = ok(
      await server.gql(`{
        project(slug: "rainbow-bear") {
          milestones { title progress { done total } }
          contributors { user { displayName } tasksDone hours }
        }
        volunteerTasks(filter: { statuses: [OPEN], goodFirstTask: true }) { totalCount edges { node { title project { slug } } } }
      }`),
    );
    expect(data.project.milestones).toEqual(
      demoMilestones
        .filter((m) => m.project === 'rainbow-bear')
        .map((m) => ({
          title: m.title,
          progress: { done: m.tasks.filter((t) => t.doneBy).length, total: m.tasks.length },
        })),
    );
    expect(data.project.contributors).toEqual([
      { user: { displayName: '阿青（示例志愿者）' }, tasksDone: 1, hours: 8 },
    ]);
    const openGoodFirst = demoMilestones.flatMap((m) => m.tasks.filter((t) => t.goodFirstTask && !t.doneBy));
    expect(data.volunteerTasks.totalCount).toBe(openGoodFirst.length);
    expect(data.volunteerTasks.edges.map((e: any) => e.node.title).sort()).toEqual(
      openGoodFirst.map((t) => t.title).sort(),
    );
  });
});

import type { OrganizationEntity } from '../src/modules/organization/organization.entity';
import { ProjectEntity } from '../src/modules/project/project.entity';
import { ResourceRequestEntity } from '../src/modules/resource/resource-request.entity';
import {
  CauseArea,
  ProjectVisibility,
  ResourceCategory,
  ResourceOfferStatus,
  ResourceRequestStatus,
  SponsorLinkStatus,
} from '../src/shared/enums';
import {
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeSponsorLink,
  makeUser,
  type TestUser,
} from './factories';
import { ok, startTestServer, type TestServer } from './harness';

/** Exports hold exactly the rows of the same GraphQL list with the same filter, for the same caller. */

let server: TestServer;
let owner: TestUser;
let organization: OrganizationEntity;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.dataSource;
  owner = await makeUser(db);
  organization = await makeOrganization(db, { owner: owner.user, verified: true, name: '善算科技' });
  // More than one page (100) of accessibility projects, and others besides.
  for (let i = 0; i < 130; i++) await makeProject(db, { causeAreas: [CauseArea.ACCESSIBILITY] });
  for (let i = 0; i < 7; i++) await makeProject(db, { causeAreas: [CauseArea.ENVIRONMENT] });
  await makeProject(db, { name: '=HYPERLINK("http://evil.example")', causeAreas: [CauseArea.ACCESSIBILITY] });
  await makeProject(db, { visibility: ProjectVisibility.DRAFT, causeAreas: [CauseArea.ACCESSIBILITY] });

  const compute = await makeResourceOffer(db, organization, { category: ResourceCategory.COMPUTE, total: 1000 });
  await makeResourceOffer(db, organization, { category: ResourceCategory.COMPUTE, status: ResourceOfferStatus.DRAFT });
  await makeResourceOffer(db, organization, { category: ResourceCategory.DATA });
  const projects = await Promise.all([makeProject(db), makeProject(db), makeProject(db)]);
  for (const [i, project] of projects.entries()) {
    await makeResourceRequest(db, compute, project, {
      quantity: 10 + i,
      approvedQuantity: 10 + i,
      status: i === 2 ? ResourceRequestStatus.FULFILLED : ResourceRequestStatus.APPROVED,
    });
    await makeSponsorLink(db, organization, project, {
      status: i === 0 ? SponsorLinkStatus.PROPOSED : SponsorLinkStatus.CONFIRMED,
    });
  }
  await makeResourceRequest(db, compute, await makeProject(db), { quantity: 5 }); // pending: not a grant
});
afterAll(() => server.close());

/** Every id of a GraphQL list, through all pages. */
async function listIds(field: string, filterType: string, filter: object, token?: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = ok(
      await server.gql(
        `query($after: String, $filter: ${filterType}) { ${field}(first: 100, after: $after, filter: $filter) {
          edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after, filter },
        { token },
      ),
    );
    ids.push(...data[field].edges.map((e: any) => e.node.id));
    if (!data[field].pageInfo.hasNextPage) return ids;
    after = data[field].pageInfo.endCursor;
  }
}

async function download(path: string, token?: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  // fetch's text() would drop a byte-order mark; read it as bytes, and keep the text without it.
  return { response, bytes, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** A minimal RFC 4180 reader: enough for quoted cells with commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endCell();
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

const CASES = [
  ['projects', 'projects', 'ProjectFilter', { causeAreas: ['ACCESSIBILITY'] }],
  ['offers', 'resourceOffers', 'ResourceOfferFilter', { categories: ['COMPUTE'], statuses: ['OPEN', 'DRAFT'] }],
  ['sponsor-links', 'sponsorLinks', 'SponsorLinkFilter', { organizationId: '' }],
  ['grants', 'resourceRequests', 'ResourceRequestFilter', { statuses: ['APPROVED', 'FULFILLED'] }],
] as const;

describe.each(CASES)('%s', (kind, field, filterType, filterTemplate) => {
  test.each([
    ['anonymous', () => undefined],
    ['an owner', () => owner.token],
  ])('the CSV and the JSON hold exactly what the GraphQL list holds, for %s', async (_who, tokenOf) => {
    const token = tokenOf();
    const filter = 'organizationId' in filterTemplate ? { organizationId: organization.id } : filterTemplate;
    const expected = await listIds(field, filterType, filter, token);
    expect(expected.length).toBeGreaterThan(0);
    const query = `filter=${encodeURIComponent(JSON.stringify(filter))}`;

    const csv = await download(`/export/${kind}.csv?${query}`, token);
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.text);
    expect(header[0]).toBe('id');
    expect(rows.map((row) => row[0])).toEqual(expected);

    const json = await download(`/export/${kind}.json?${query}`, token);
    expect(json.response.status).toBe(200);
    expect((JSON.parse(json.text) as Array<{ id: string }>).map((row) => row.id)).toEqual(expected);
  });
});

/** A column: its header, the GraphQL value of the same object it holds, and how its CSV text reads back. */
type Column = [header: string, graphql: (node: any) => unknown, read?: (cell: string) => unknown];

/** A CSV cell read as a script would: empty is null, numbers and booleans typed, the formula guard's quote removed. */
function readCell(cell: string): unknown {
  if (cell === '') return null;
  if (cell === 'true' || cell === 'false') return cell === 'true';
  if (/^-?\d+(\.\d+)?$/.test(cell)) return Number(cell);
  if (/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell)) return cell.slice(1);
  return cell;
}
const words = (cell: string) => (cell === '' ? [] : cell.split(' '));
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const ROUND_TRIP: Array<[kind: string, field: string, filterType: string, selection: string, columns: Column[]]> = [
  [
    'projects',
    'projects',
    'ProjectFilter',
    `id slug name summary stage causeAreas license repositoryUrl websiteUrl publishedAt organization { slug name }`,
    [
      ['id', (p) => p.id],
      ['slug', (p) => p.slug],
      ['name', (p) => p.name],
      ['summary', (p) => p.summary],
      ['stage', (p) => p.stage],
      ['causeAreas', (p) => p.causeAreas, words],
      ['license', (p) => p.license],
      ['repositoryUrl', (p) => p.repositoryUrl],
      ['websiteUrl', (p) => p.websiteUrl],
      ['publishedAt', (p) => p.publishedAt],
      ['organization', (p) => p.organization?.name],
    ],
  ],
  [
    'offers',
    'resourceOffers',
    'ResourceOfferFilter',
    `id title category status unit total remaining maxPerProject opensAt closesAt organization { slug name }`,
    [
      ['id', (o) => o.id],
      ['title', (o) => o.title],
      ['category', (o) => o.category],
      ['status', (o) => o.status],
      ['unit', (o) => o.unit],
      ['total', (o) => o.total],
      ['remaining', (o) => o.remaining],
      ['maxPerProject', (o) => o.maxPerProject],
      ['opensAt', (o) => o.opensAt],
      ['closesAt', (o) => o.closesAt],
      ['organization', (o) => o.organization.name],
    ],
  ],
  [
    'sponsor-links',
    'sponsorLinks',
    'SponsorLinkFilter',
    `id role status attribution url startsOn endsOn organization { slug name } project { slug name }`,
    [
      ['id', (l) => l.id],
      ['organization', (l) => l.organization.name],
      ['project', (l) => l.project?.name],
      ['projectSlug', (l) => l.project?.slug],
      ['role', (l) => l.role],
      ['status', (l) => l.status],
      ['attribution', (l) => l.attribution],
      ['url', (l) => l.url],
      ['startsOn', (l) => l.startsOn],
      ['endsOn', (l) => l.endsOn],
    ],
  ],
  [
    'grants',
    'resourceRequests',
    'ResourceRequestFilter',
    `id status category unit quantity approvedQuantity decidedAt fulfilledAt
      organization { slug name } offer { title } project { slug name }`,
    [
      ['id', (r) => r.id],
      ['organization', (r) => r.organization.name],
      ['offer', (r) => r.offer?.title],
      ['project', (r) => r.project?.name],
      ['projectSlug', (r) => r.project?.slug],
      ['category', (r) => r.category],
      ['unit', (r) => r.unit],
      ['quantity', (r) => r.quantity],
      ['approvedQuantity', (r) => r.approvedQuantity],
      ['status', (r) => r.status],
      ['decidedAt', (r) => r.decidedAt],
      ['fulfilledAt', (r) => r.fulfilledAt],
    ],
  ],
];

describe('every column reads back as the GraphQL value of the same object', () => {
  beforeAll(async () => {
    // One row of each kind with every optional column filled, so no column is only ever empty.
    const db = server.dataSource;
    const project = await makeProject(db, { organization, name: '全字段 project' });
    await db.getRepository(ProjectEntity).update(project.id, {
      publishedAt: new Date('2026-03-04T05:06:07.089Z'),
      repositoryUrl: 'https://github.com/goodlink/full',
      websiteUrl: 'https://full.example.org',
    });
    const offer = await makeResourceOffer(db, organization, {
      maxPerProject: 40,
      opensAt: new Date('2026-01-02T03:04:05.678Z'),
      closesAt: new Date('2026-12-31T23:59:59.999Z'),
    });
    await makeSponsorLink(db, organization, project, {
      url: 'https://full.example.org/thanks',
      startsOn: '2026-02-01',
      endsOn: '2026-11-30',
    });
    const grant = await makeResourceRequest(db, offer, project, {
      quantity: 12,
      status: ResourceRequestStatus.FULFILLED,
    });
    await db.getRepository(ResourceRequestEntity).update(grant.id, {
      fulfilledAt: new Date('2026-06-07T08:09:10.111Z'),
    });
  });

  test.each(ROUND_TRIP)('%s', async (kind, field, filterType, selection, columns) => {
    const filter =
      kind === 'sponsor-links'
        ? { organizationId: organization.id }
        : kind === 'grants'
          ? { statuses: ['APPROVED', 'FULFILLED'] }
          : {};
    const nodes: any[] = [];
    for (let after: string | null = null; ;) {
      const data: any = ok(
        await server.gql(
          `query($after: String, $filter: ${filterType}) { ${field}(first: 100, after: $after, filter: $filter) {
            edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
          { after, filter },
          { token: owner.token },
        ),
      );
      nodes.push(...data[field].edges.map((e: any) => e.node));
      if (!data[field].pageInfo.hasNextPage) break;
      after = data[field].pageInfo.endCursor;
    }
    const query = `filter=${encodeURIComponent(JSON.stringify(filter))}`;

    const json = JSON.parse((await download(`/export/${kind}.json?${query}`, owner.token)).text);
    expect(json).toEqual(nodes);

    const [header, ...rows] = parseCsv((await download(`/export/${kind}.csv?${query}`, owner.token)).text);
    expect(header).toEqual(columns.map(([name]) => name));
    expect(rows).toHaveLength(nodes.length);
    for (const [i, row] of rows.entries()) {
      const read = Object.fromEntries(columns.map(([name, , reader = readCell], c) => [name, reader(row[c])]));
      const expected = Object.fromEntries(columns.map(([name, value]) => [name, value(nodes[i]) ?? null]));
      expect(read).toEqual(expected);
    }
    // Every column was checked on at least one filled value; date-times carry their offset.
    for (const [c, [name, value]] of columns.entries()) {
      const filled = nodes.map((node) => value(node)).filter((v) => v !== null && v !== undefined);
      expect({ name, filled: filled.length > 0 }).toEqual({ name, filled: true });
      if (name.endsWith('At')) {
        expect(rows.map((row) => row[c]).filter(Boolean)).toEqual(
          expect.arrayContaining([expect.stringMatching(ISO_DATE_TIME)]),
        );
      }
    }
  });
});

test('the owner exports its draft offers; the public does not see them', async () => {
  const filter = encodeURIComponent(JSON.stringify({ statuses: ['DRAFT'] }));
  const mine = JSON.parse((await download(`/export/offers.json?filter=${filter}`, owner.token)).text);
  const theirs = JSON.parse((await download(`/export/offers.json?filter=${filter}`)).text);
  expect(mine.map((o: any) => o.status)).toEqual(['DRAFT']);
  expect(theirs).toEqual([]);
});

test('a cell that a spreadsheet would run as a formula is neutralised', async () => {
  const csv = await download('/export/projects.csv');
  const rows = parseCsv(csv.text);
  expect(rows.map((row) => row[2])).toContain('\'=HYPERLINK("http://evil.example")');
});

test('bad requests get a clear error, not a half-written file', async () => {
  const badEnum = await download(`/export/projects.csv?filter=${encodeURIComponent('{"causeAreas":["SPACE"]}')}`);
  expect(badEnum.response.status).toBe(400);
  expect(JSON.parse(badEnum.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  const badJson = await download('/export/projects.csv?filter={oops');
  expect(JSON.parse(badJson.text)).toEqual({
    errors: [{ message: 'filter is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }],
  });
  const pending = await download(`/export/grants.csv?filter=${encodeURIComponent('{"statuses":["PENDING"]}')}`);
  expect(pending.response.status).toBe(400);
  expect(JSON.parse(pending.text).errors[0].message).toMatch(/APPROVED or FULFILLED/);
  const unknown = await download('/export/users.csv');
  expect(unknown.response.status).toBe(404);
  const badToken = await download('/export/projects.csv', 'gls_not-a-token');
  expect(badToken.response.status).toBe(401);
});

test('a project’s badge counts its confirmed sponsors; the sponsor list is what the public sees', async () => {
  const project = await makeProject(server.dataSource, { slug: 'badge-project' });
  const other = await makeOrganization(server.dataSource, { verified: true, name: 'Open Source Foundation' });
  await makeSponsorLink(server.dataSource, organization, project, { status: SponsorLinkStatus.CONFIRMED });
  await makeSponsorLink(server.dataSource, other, project, { status: SponsorLinkStatus.CONFIRMED });
  const third = await makeOrganization(server.dataSource);
  await makeSponsorLink(server.dataSource, third, project, { status: SponsorLinkStatus.PROPOSED });

  const badge = await download('/embed/projects/badge-project/badge.svg');
  expect(badge.response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  expect(badge.response.headers.get('access-control-allow-origin')).toBe('*');
  expect(badge.text).toContain('<title>Goodlink: supported by 2 sponsors</title>');

  const list = JSON.parse((await download('/embed/projects/badge-project/sponsors.json')).text);
  expect(list.sponsors.map((s: any) => s.organization.name).sort()).toEqual(['Open Source Foundation', '善算科技']);

  const missing = await download('/embed/projects/no-such-project/badge.svg');
  expect(missing.response.status).toBe(404);
  expect(missing.text).toContain('project not found');
});

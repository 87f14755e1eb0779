import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { organizationWithOffers } from './fixtures';
import { startGoodlink, type Goodlink } from './server';

/**
 * examples/list-open-compute-offers.ts, compiled (dist/examples), run as an integrator would run it, against a
 * Goodlink holding more open compute offers than fit on one page of the example's page size.
 */

const EXAMPLE = path.resolve(__dirname, '../dist/examples/list-open-compute-offers.js');
const PAGE_SIZE = 2;

interface ExampleRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function runExample(env: Record<string, string>): Promise<ExampleRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [EXAMPLE], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

interface OfferLine {
  id: string;
  title: string;
  remaining: string;
  organization: string;
}

/** The example's output: one tab-separated line per offer, then the count. */
function parseOutput(stdout: string): { offers: OfferLine[]; count: number } {
  const lines = stdout.trimEnd().split('\n');
  const summary = /^(\d+) open COMPUTE offers?$/.exec(lines.pop() ?? '');
  if (!summary) throw new Error(`no final count in:\n${stdout}`);
  const offers = lines.map((line) => {
    const [id, title, remaining, organization, ...rest] = line.split('\t');
    if (!organization || rest.length) throw new Error(`not an offer line: ${line}`);
    return { id, title, remaining, organization };
  });
  return { offers, count: Number(summary[1]) };
}

interface ResourceOffersPage {
  resourceOffers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    edges: Array<{
      node: { id: string; title: string; remaining: number; unit: string; organization: { name: string } };
    }>;
  };
}

/** The same list in one large page, asked for without the client. */
const ALL_OPEN_COMPUTE = /* GraphQL */ `
  query {
    resourceOffers(first: 100, filter: { categories: [COMPUTE], statuses: [OPEN] }) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          title
          remaining
          unit
          organization {
            name
          }
        }
      }
    }
  }
`;

let goodlink: Goodlink;
let planted: Awaited<ReturnType<typeof organizationWithOffers>>;

beforeAll(async () => {
  goodlink = await startGoodlink();
  // Five open compute offers beside the demo data's, and offers the example must leave out.
  planted = await organizationWithOffers(
    goodlink.url,
    [
      ...Array.from({ length: 5 }, () => ({ category: 'COMPUTE' as const, status: 'OPEN' as const })),
      { category: 'COMPUTE', status: 'DRAFT' },
      { category: 'COMPUTE', status: 'PAUSED' },
      { category: 'SERVER', status: 'OPEN' },
    ],
    { verified: true },
  );
});

afterAll(() => goodlink?.stop());

test('the example prints every open COMPUTE offer exactly once, across several pages, then their count', async () => {
  const run = await runExample({ GOODLINK_URL: goodlink.url, GOODLINK_PAGE_SIZE: String(PAGE_SIZE) });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  const { offers, count } = parseOutput(run.stdout);

  const { resourceOffers } = await goodlink.query<ResourceOffersPage>(ALL_OPEN_COMPUTE);
  expect(resourceOffers.pageInfo.hasNextPage).toBe(false);
  const expected = resourceOffers.edges.map(({ node }) => node);

  // More offers than two pages hold: the example cannot have printed them all without paging on.
  expect(expected.length).toBeGreaterThan(2 * PAGE_SIZE);
  expect(count).toBe(expected.length);
  expect(offers).toHaveLength(expected.length);
  expect(new Set(offers.map((o) => o.id)).size).toBe(offers.length);
  expect(new Set(offers.map((o) => o.id))).toEqual(new Set(expected.map((o) => o.id)));

  // Each line says what the server says about that offer.
  const byId = new Map(expected.map((o) => [o.id, o]));
  for (const line of offers) {
    const offer = byId.get(line.id)!;
    expect(line).toEqual({
      id: offer.id,
      title: offer.title,
      remaining: `${offer.remaining} ${offer.unit}`,
      organization: offer.organization.name,
    });
  }
});

test('the example leaves out offers that are not OPEN or not COMPUTE', async () => {
  const run = await runExample({ GOODLINK_URL: goodlink.url, GOODLINK_PAGE_SIZE: String(PAGE_SIZE) });
  const printed = new Set(parseOutput(run.stdout).offers.map((o) => o.id));
  for (const offer of planted.offers) {
    expect([offer.id, printed.has(offer.id)]).toEqual([
      offer.id,
      offer.category === 'COMPUTE' && offer.status === 'OPEN',
    ]);
  }
});

test("with GOODLINK_TOKEN the example also lists the signed-in member's unverified organisation, marked so", async () => {
  const own = await organizationWithOffers(goodlink.url, [{ category: 'COMPUTE', status: 'OPEN' }], {
    verified: false,
  });
  const [ownOffer] = own.offers;

  const anonymous = parseOutput((await runExample({ GOODLINK_URL: goodlink.url })).stdout);
  expect(anonymous.offers.map((o) => o.id)).not.toContain(ownOffer.id);

  const signedIn = await runExample({ GOODLINK_URL: goodlink.url, GOODLINK_TOKEN: own.token });
  const listed = parseOutput(signedIn.stdout).offers.find((o) => o.id === ownOffer.id);
  expect(listed?.organization).toMatch(/ \(unverified\)$/);
});

test('a refused token ends the example with exit code 1 and the error code on stderr', async () => {
  const run = await runExample({ GOODLINK_URL: goodlink.url, GOODLINK_TOKEN: 'not-a-real-token' });
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^UNAUTHENTICATED \[HTTP 401\]: /);
});

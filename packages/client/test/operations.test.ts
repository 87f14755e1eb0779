import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getOperationAST, Kind, validate, type DocumentNode } from 'graphql';
import * as client from '../src/index';
import {
  createClient,
  OrganizationImpactDocument,
  paginate,
  ProjectsDocument,
  ProjectSponsorsDocument,
  ResourceOffersDocument,
  type GoodlinkClient,
  type ProjectStage,
  type ProjectSummaryFragment,
} from '../src/index';
import { startGoodlink, type Goodlink } from './server';

/** The ready operations: valid against the committed contract, typed, and answering as documented. */

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8'));

function exportedOperations(): Map<string, DocumentNode> {
  const operations = new Map<string, DocumentNode>();
  for (const value of Object.values(client)) {
    const document = value as DocumentNode;
    if (document?.kind !== Kind.DOCUMENT) continue;
    const operation = getOperationAST(document);
    if (operation?.name) operations.set(operation.name.value, document);
  }
  return operations;
}

test('the package exports the ready operations, each valid against schema.graphql', () => {
  const operations = exportedOperations();
  expect([...operations.keys()].sort()).toEqual([
    'OrganizationImpact',
    'ProjectSponsors',
    'Projects',
    'ResourceOffers',
  ]);
  for (const [name, document] of operations) {
    expect([name, validate(schema, document).map((error) => error.message)]).toEqual([name, []]);
  }
});

/**
 * Never called: `pnpm typecheck` compiles it, and each @ts-expect-error fails the check if the documents stopped
 * carrying their types (an untyped document would accept all of these).
 */
export async function typedDocumentsRefuseWrongUse(goodlink: GoodlinkClient) {
  // @ts-expect-error ProjectSponsors needs its $slug.
  await goodlink.request(ProjectSponsorsDocument);
  // @ts-expect-error a category the schema does not have.
  await goodlink.request(ResourceOffersDocument, { filter: { categories: ['GPU'] } });
  const { projects } = await goodlink.request(ProjectsDocument);
  // @ts-expect-error `title` is an offer's field, not a project's.
  return projects.edges[0].node.title;
}

describe('against a running Goodlink', () => {
  let goodlink: Goodlink;

  beforeAll(async () => {
    goodlink = await startGoodlink();
  });

  afterAll(() => goodlink?.stop());

  test("ResourceOffers filters by category and status, with each offer's details in its category's terms", async () => {
    const api = createClient({ url: goodlink.url });
    const { resourceOffers } = await api.request(ResourceOffersDocument, {
      filter: { categories: ['SERVER', 'DATA'], statuses: ['OPEN'] },
      first: 100,
    });
    expect(resourceOffers.edges.length).toBeGreaterThan(0);
    expect(resourceOffers.totalCount).toBe(resourceOffers.edges.length);
    for (const { node } of resourceOffers.edges) {
      expect(node.status).toBe('OPEN');
      expect(['SERVER', 'DATA']).toContain(node.category);
      expect(node.details.__typename).toBe(node.category === 'SERVER' ? 'ServerDetails' : 'DataDetails');
      expect(node.organization.verified).toBe(true);
    }
  });

  test('Projects filters by stage', async () => {
    const api = createClient({ url: goodlink.url });
    const stages: ProjectStage[] = ['ACTIVE', 'MAINTAINED'];
    const found: ProjectSummaryFragment[] = [];
    for await (const project of paginate(api, ProjectsDocument, { filter: { stages }, first: 10 }, (d) => d.projects)) {
      found.push(project);
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((project) => stages.includes(project.stage))).toBe(true);
    const { projects } = await api.request(ProjectsDocument, { first: 100 });
    expect(projects.pageInfo.hasNextPage).toBe(false);
    const expected = projects.edges.filter(({ node }) => stages.includes(node.stage));
    expect(found.map((p) => p.id).sort()).toEqual(expected.map(({ node }) => node.id).sort());
  });

  test("ProjectSponsors lists a project's confirmed sponsors by slug, and null for an unknown slug", async () => {
    const api = createClient({ url: goodlink.url });
    // A project with a confirmed sponsor, and all its confirmed links, found without the client.
    const { sponsorLinks: first } = await goodlink.query<{
      sponsorLinks: { edges: Array<{ node: { project: { slug: string } } }> };
    }>('{ sponsorLinks(first: 1, filter: { statuses: [CONFIRMED] }) { edges { node { project { slug } } } } }');
    const slug = first.edges[0].node.project.slug;
    const { sponsorLinks } = await goodlink.query<{ sponsorLinks: { edges: Array<{ node: { id: string } }> } }>(
      'query ($slug: String!) { sponsorLinks(first: 100, filter: { projectSlug: $slug, statuses: [CONFIRMED] }) { edges { node { id } } } }',
      { slug },
    );

    const { project } = await api.request(ProjectSponsorsDocument, { slug });
    expect(project?.slug).toBe(slug);
    expect(project?.sponsors.map((link) => link.id).sort()).toEqual(
      sponsorLinks.edges.map(({ node }) => node.id).sort(),
    );
    expect(project?.sponsors.every((link) => link.status === 'CONFIRMED' && link.organization.name)).toBe(true);

    const missing = await api.request(ProjectSponsorsDocument, { slug: 'no-such-project-anywhere' });
    expect(missing.project).toBeNull();
  });

  test("OrganizationImpact adds up to what the organisation's offers have granted", async () => {
    const api = createClient({ url: goodlink.url });
    // Every organisation with an open offer whose grants the public can check against `total - remaining`.
    const { resourceOffers } = await api.request(ResourceOffersDocument, { first: 100 });
    const granted = resourceOffers.edges.filter(({ node }) => node.total > node.remaining);
    expect(granted.length).toBeGreaterThan(0);

    for (const { node: offer } of granted) {
      const { organization } = await api.request(OrganizationImpactDocument, { slug: offer.organization.slug });
      const lifetime = organization?.impact.resources.find(
        (total) => total.category === offer.category && total.unit === offer.unit,
      );
      // Closed offers of the same unit may add to it; an open offer's grants are never more than the total.
      expect(lifetime?.granted).toBeGreaterThanOrEqual(offer.total - offer.remaining);
      const byYear = organization!.impact.byYear
        .flatMap((year) => year.resources)
        .filter((total) => total.category === offer.category && total.unit === offer.unit)
        .reduce((sum, total) => sum + total.granted, 0);
      expect(byYear).toBe(lifetime?.granted);
    }

    const missing = await api.request(OrganizationImpactDocument, { slug: 'no-such-organisation-anywhere' });
    expect(missing.organization).toBeNull();
  });
});

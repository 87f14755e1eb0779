import { createClient, GoodlinkError, paginate, ProjectsDocument, type ProjectSummaryFragment } from '../src/index';
import { startGoodlink, type Goodlink } from './server';

/** paginate() against the real server's keyset pagination: the demo data's 50-odd published projects. */

let goodlink: Goodlink;

beforeAll(async () => {
  goodlink = await startGoodlink();
});

afterAll(() => goodlink?.stop());

interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

/** fetch, with every request body kept for the test to inspect and an optional rewrite of the request or answer. */
function recordingFetch(
  sent: SentRequest[],
  rewrite: {
    request?: (body: SentRequest & { query: string }) => unknown;
    response?: (body: { data: Record<string, unknown> }) => unknown;
  } = {},
): typeof fetch {
  return async (input, init) => {
    const body = JSON.parse(String(init?.body)) as SentRequest & { query: string };
    sent.push({ operationName: body.operationName, variables: body.variables });
    const response = await fetch(input, { ...init, body: JSON.stringify(rewrite.request?.(body) ?? body) });
    if (!rewrite.response) return response;
    const answer = rewrite.response((await response.json()) as { data: Record<string, unknown> });
    return new Response(JSON.stringify(answer), { status: response.status, headers: response.headers });
  };
}

const ALL_PROJECTS = /* GraphQL */ `
  query {
    projects(first: 100) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
        }
      }
    }
  }
`;

async function allProjectIds(): Promise<string[]> {
  const { projects } = await goodlink.query<{
    projects: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ node: { id: string } }> };
  }>(ALL_PROJECTS);
  expect(projects.pageInfo.hasNextPage).toBe(false);
  expect(projects.edges).toHaveLength(projects.totalCount);
  return projects.edges.map(({ node }) => node.id);
}

test('paginate walks a connection page after page: every node once, in order, each page asked after the last', async () => {
  const expected = await allProjectIds();
  const pageSize = 5;
  expect(expected.length).toBeGreaterThan(3 * pageSize);

  const sent: SentRequest[] = [];
  const client = createClient({ url: goodlink.url, fetch: recordingFetch(sent) });
  const seen: string[] = [];
  for await (const project of paginate(client, ProjectsDocument, { first: pageSize }, (data) => data.projects)) {
    seen.push(project.id);
  }

  expect(seen).toEqual(expected);
  expect(new Set(seen).size).toBe(seen.length);
  // One request per page; the first without a cursor, each next one after the previous page's last node.
  expect(sent).toHaveLength(Math.ceil(expected.length / pageSize));
  expect(sent[0].variables).toEqual({ first: pageSize, after: null });
  expect(sent.every((request) => request.operationName === 'Projects' && request.variables.first === pageSize)).toBe(
    true,
  );
  const cursors = sent.slice(1).map((request) => request.variables.after);
  expect(new Set(cursors).size).toBe(cursors.length);
  expect(cursors.every((cursor) => typeof cursor === 'string' && cursor.length > 0)).toBe(true);
});

test('paginate keeps the other variables on every page: a filtered walk yields exactly the filtered list', async () => {
  const client = createClient({ url: goodlink.url });
  const filter = { causeAreas: ['ACCESSIBILITY' as const] };
  const { projects } = await client.request(ProjectsDocument, { filter, first: 1 });
  expect(projects.totalCount).toBeGreaterThan(3);

  const found: ProjectSummaryFragment[] = [];
  for await (const project of paginate(client, ProjectsDocument, { filter, first: 3 }, (data) => data.projects)) {
    found.push(project);
  }
  expect(found).toHaveLength(projects.totalCount);
  expect(found.every((project) => project.causeAreas.includes('ACCESSIBILITY'))).toBe(true);
});

test('paginate refuses a server that hands back the same endCursor twice, before repeating any node', async () => {
  // A broken proxy that drops `after`: the real server answers the first page again and again.
  const sent: SentRequest[] = [];
  const fetchIgnoringAfter = recordingFetch(sent, {
    request: (body) => ({ ...body, variables: { ...body.variables, after: null } }),
  });
  const client = createClient({ url: goodlink.url, fetch: fetchIgnoringAfter });

  const seen: string[] = [];
  const walk = async () => {
    for await (const project of paginate(client, ProjectsDocument, { first: 4 }, (data) => data.projects)) {
      seen.push(project.id);
      // Without the guard this would never end; fail instead of hanging.
      if (seen.length > 40) throw new Error('paginate kept going');
    }
  };

  await expect(walk()).rejects.toMatchObject({ name: 'GoodlinkError', code: 'PAGINATION_STALLED' });
  expect(sent).toHaveLength(2);
  expect(seen).toHaveLength(4);
  expect(new Set(seen).size).toBe(4);
});

test('paginate refuses a next page it has no cursor to reach', async () => {
  const sent: SentRequest[] = [];
  const fetchWithoutCursor = recordingFetch(sent, {
    response: (body) => {
      const projects = body.data.projects as { pageInfo: Record<string, unknown> };
      return { data: { projects: { ...projects, pageInfo: { ...projects.pageInfo, endCursor: null } } } };
    },
  });
  const client = createClient({ url: goodlink.url, fetch: fetchWithoutCursor });

  const error = await (async () => {
    for await (const _project of paginate(client, ProjectsDocument, { first: 4 }, (data) => data.projects)) {
      // nothing to do: the first page must already be refused
    }
  })().catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(GoodlinkError);
  expect((error as GoodlinkError).code).toBe('PAGINATION_STALLED');
  expect(sent).toHaveLength(1);
});

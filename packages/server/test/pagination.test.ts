import { ProjectVisibility } from '../src/shared/enums';
import { makeOrganization, makeProject, makeUser, type TestUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';

let server: TestServer;
let maintainer: TestUser;

const ORDERS = [
  { field: 'NAME', column: 'name' },
  { field: 'CREATED_AT', column: 'created_at' },
  { field: 'UPDATED_AT', column: 'updated_at' },
] as const;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.dataSource;
  maintainer = await makeUser(db);
  // Ties on purpose: names and timestamps repeat, so only the id tie-break keeps the order total.
  const sameMoment = new Date('2026-03-01T08:00:00.000Z');
  for (let i = 0; i < 23; i++) {
    await makeProject(db, {
      name: ['彩虹', 'Alpha', 'alpha', 'Beta'][i % 4],
      createdAt: i % 3 === 0 ? sameMoment : new Date(Date.UTC(2026, 0, 1 + i)),
      updatedAt: i % 5 === 0 ? sameMoment : new Date(Date.UTC(2026, 1, 1 + i)),
    });
  }
  for (let i = 0; i < 4; i++) {
    await makeProject(db, {
      name: 'Alpha',
      createdAt: sameMoment,
      visibility: ProjectVisibility.DRAFT,
      maintainers: [maintainer.user],
    });
  }
  await makeProject(db, { name: 'Alpha', visibility: ProjectVisibility.DRAFT });
});
afterAll(() => server.close());

async function expectedOrder(column: string, direction: 'ASC' | 'DESC', viewerId: string | null): Promise<string[]> {
  const rows: { id: string }[] = await server.dataSource.query(
    `SELECT id FROM projects p
      WHERE p.visibility = 'PUBLISHED'
         OR EXISTS (SELECT 1 FROM project_maintainers m WHERE m.project_id = p.id AND m.user_id = $1)
      ORDER BY ${column} ${direction}, id ${direction}`,
    [viewerId],
  );
  return rows.map((row) => row.id);
}

async function walk(first: number, orderBy: { field: string; direction: string }, token?: string) {
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data: any = ok(
      await server.gql(
        `query Walk($first: Int, $after: String, $orderBy: ProjectOrder) {
          projects(first: $first, after: $after, orderBy: $orderBy) {
            totalCount
            edges { cursor node { id } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { first, after, orderBy },
        { token },
      ),
    );
    const { edges, pageInfo } = data.projects;
    expect(edges.length).toBeLessThanOrEqual(first);
    seen.push(...edges.map((edge: any) => edge.node.id));
    pages += 1;
    if (!pageInfo.hasNextPage) return { seen, pages, totalCount: data.projects.totalCount };
    expect(pageInfo.endCursor).toBe(edges.at(-1).cursor);
    after = pageInfo.endCursor;
    if (pages > 200) throw new Error('pagination does not end');
  }
}

describe.each(ORDERS)('walking every page of projects ordered by $field', ({ field, column }) => {
  test.each([1, 7, 100])(
    'page size %i, both directions: each visible project exactly once, in order',
    async (first) => {
      for (const direction of ['ASC', 'DESC'] as const) {
        const anonymous = await walk(first, { field, direction });
        expect(anonymous.seen).toEqual(await expectedOrder(column, direction, null));
        expect(new Set(anonymous.seen).size).toBe(23);
        expect(anonymous.totalCount).toBe(23);
        expect(anonymous.pages).toBe(Math.max(1, Math.ceil(23 / first)));

        const mine = await walk(first, { field, direction }, maintainer.token);
        expect(mine.seen).toEqual(await expectedOrder(column, direction, maintainer.user.id));
        expect(mine.seen).toHaveLength(27);
      }
    },
  );
});

test('rows added while a client pages do not repeat or shift the rows it has not read yet', async () => {
  const orderBy = { field: 'CREATED_AT', direction: 'ASC' };
  const firstPage: any = ok(
    await server.gql(
      'query($o: ProjectOrder) { projects(first: 5, orderBy: $o) { edges { node { id } } pageInfo { endCursor } } }',
      {
        o: orderBy,
      },
    ),
  );
  // A new project sorts before the cursor (older) — an OFFSET pager would now repeat a row.
  const added = await makeProject(server.dataSource, { createdAt: new Date('2020-01-01T00:00:00Z') });
  const secondPage: any = ok(
    await server.gql(
      'query($o: ProjectOrder, $a: String) { projects(first: 100, after: $a, orderBy: $o) { edges { node { id } } } }',
      { o: orderBy, a: firstPage.projects.pageInfo.endCursor },
    ),
  );
  const firstIds = firstPage.projects.edges.map((e: any) => e.node.id);
  const secondIds = secondPage.projects.edges.map((e: any) => e.node.id);
  expect(secondIds.filter((id: string) => firstIds.includes(id))).toEqual([]);
  expect(secondIds).not.toContain(added.id);
  expect(firstIds.length + secondIds.length).toBe(23);
  await server.dataSource.query('DELETE FROM projects WHERE id = $1', [added.id]);
});

test('a cursor from one order is refused in another, naming `after`', async () => {
  const data: any = ok(await server.gql('{ projects(first: 1, orderBy: { field: NAME }) { pageInfo { endCursor } } }'));
  const error = failure(
    await server.gql(
      'query($a: String) { projects(first: 1, after: $a, orderBy: { field: CREATED_AT }) { totalCount } }',
      {
        a: data.projects.pageInfo.endCursor,
      },
    ),
  );
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

test('page size is 20 by default, 100 at most, and 0 returns only the count', async () => {
  const byDefault: any = ok(await server.gql('{ projects { edges { node { id } } } }'));
  expect(byDefault.projects.edges).toHaveLength(20);
  const none: any = ok(
    await server.gql('{ projects(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }'),
  );
  expect(none.projects).toEqual({ totalCount: 23, edges: [], pageInfo: { hasNextPage: true } });
  for (const first of [101, -1]) {
    const error = failure(await server.gql('query($f: Int) { projects(first: $f) { totalCount } }', { f: first }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  }
});

test('organisations page by the same keyset helper, ties on name included', async () => {
  const db = server.dataSource;
  for (let i = 0; i < 9; i++) await makeOrganization(db, { name: i % 2 ? 'Same name' : `Org ${i}` });
  const expected: { id: string }[] = await db.query('SELECT id FROM organizations ORDER BY name DESC, id DESC');
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const data: any = ok(
      await server.gql(
        'query($a: String) { organizations(first: 2, after: $a, orderBy: { field: NAME, direction: DESC }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { a: after },
      ),
    );
    seen.push(...data.organizations.edges.map((e: any) => e.node.id));
    after = data.organizations.pageInfo.hasNextPage ? data.organizations.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual(expected.map((row) => row.id));
});

const forge = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
const NIL = '00000000-0000-0000-0000-000000000000';

test.each([
  ['not base64 JSON', 'NAME', '!!!'],
  ['a JSON object', 'NAME', forge({ a: 1 })],
  ['an id that is no uuid', 'NAME', forge(['NAME', 'ASC', 'x', 'not-a-uuid'])],
  ['a date that is no date', 'CREATED_AT', forge(['CREATED_AT', 'ASC', 'yesterday', NIL])],
  ['a number for a name', 'NAME', forge(['NAME', 'ASC', 7, NIL])],
])('a forged cursor (%s) is BAD_USER_INPUT on `after`, never a server error', async (_label, field, cursor) => {
  const error = failure(
    await server.gql('query($a: String, $o: ProjectOrder) { projects(after: $a, orderBy: $o) { totalCount } }', {
      a: cursor,
      o: { field, direction: 'ASC' },
    }),
  );
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

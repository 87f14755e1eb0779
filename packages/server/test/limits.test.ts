import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { queryCost, queryLimitRules } from '../src/graphql/limits';
import { DEFAULT_QUERY_LIMITS } from '../src/settings';
import { buildGoodlinkSchema } from '../src/graphql/schema';
import { makeOrganization, makeProject, makeSponsorLink } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';

/**
 * Over-limit queries are refused with a clear error before anything executes: not one SQL statement is sent.
 * Limits are lowered here so the offending queries stay short; production defaults are in DEFAULT_QUERY_LIMITS.
 */

const LIMITS = { maxTokens: 400, maxDepth: 6, maxAliases: 3, maxDirectives: 4, maxCost: 1000, maxBatch: 3 };
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    config: { queryLimits: LIMITS, corsOrigins: ['https://partner.example.org'] },
  });
  const organization = await makeOrganization(server.dataSource);
  for (let i = 0; i < 3; i++) {
    const project = await makeProject(server.dataSource);
    await makeSponsorLink(server.dataSource, organization, project);
  }
});
afterAll(() => server.close());

/** Sends the query and returns its response, with the number of SQL statements it caused. */
async function measured(query: string, variables?: Record<string, unknown>) {
  server.statements.reset();
  const response = await server.gql(query, variables);
  return { response, statements: server.statements.statements.length };
}

test('a query nested deeper than the limit is refused before touching the database', async () => {
  const deep = '{ projects { edges { node { sponsors { organization { sponsoredProjects { name } } } } } } }';
  const { response, statements } = await measured(deep);
  expect(response.status).toBe(400);
  expect(failure(response).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(failure(response).message).toMatch(/depth limit of 6 exceeded, found 7/);
  expect(statements).toBe(0);

  // One level less is fine.
  ok(await server.gql('{ projects { edges { node { sponsors { organization { name } } } } } }'));
});

test('more aliases than the limit are refused before touching the database', async () => {
  const aliased =
    '{ a: stats { publishedProjects } b: stats { publishedProjects } c: stats { publishedProjects } d: stats { publishedProjects } }';
  const { response, statements } = await measured(aliased);
  expect(failure(response).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(failure(response).message).toMatch(/Aliases limit of 3 exceeded, found 4/);
  expect(statements).toBe(0);
});

test('more directives than the limit are refused', async () => {
  const directives =
    '{ stats @include(if: true) @skip(if: false) @include(if: true) @skip(if: false) @include(if: true) { projects } }';
  const { response, statements } = await measured(directives);
  expect(failure(response).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(failure(response).message).toMatch(/Directives limit of 4 exceeded, found 5/);
  expect(statements).toBe(0);
});

test('a document wider than the token limit is not even parsed', async () => {
  const wide = `{ stats { ${'publishedProjects '.repeat(450)}} }`;
  const { response, statements } = await measured(wide);
  expect(response.status).toBe(400);
  expect(failure(response).extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  expect(failure(response).message).toMatch(/400 tokens/);
  expect(statements).toBe(0);
});

test('the cost counts page sizes, variables included, and a too expensive query is refused', async () => {
  const query = 'query($n: Int) { projects(first: $n) { edges { node { name sponsors { organization { name } } } } } }';
  // 1 connection + n edges + n nodes + n × 10 sponsor links (an unpaged list counts as 10) + as many organisations.
  const expensive = await measured(query, { n: 100 });
  expect(expensive.response.status).toBe(400);
  expect(failure(expensive.response).extensions).toMatchObject({
    code: 'QUERY_TOO_COMPLEX',
    cost: 2201,
    maxCost: 1000,
  });
  expect(failure(expensive.response).message).toMatch(/smaller pages/);
  expect(expensive.statements).toBe(0);

  const cheap = ok(await server.gql(query, { n: 5 }));
  expect(cheap.projects.edges.length).toBeGreaterThan(0);
});

test('a batch holds at most the configured number of operations; within it, each is answered', async () => {
  const batch = (size: number) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: size }, () => ({ query: '{ stats { publishedProjects } }' }))),
    });
  const tooMany = await batch(4);
  expect(tooMany.status).toBe(400);
  expect(await tooMany.json()).toEqual({
    errors: [
      {
        message: 'A batch may hold at most 3 operations; this one has 4.',
        extensions: { code: 'BATCH_TOO_LARGE', maxBatch: 3 },
      },
    ],
  });

  const fine = await batch(3);
  expect(fine.status).toBe(200);
  const answers = (await fine.json()) as Array<{ data: { stats: { publishedProjects: number } } }>;
  expect(answers).toHaveLength(3);
  expect(answers.every((answer) => answer.data.stats.publishedProjects === 3)).toBe(true);
});

test('automatic persisted queries: a known hash stands for its query', async () => {
  const query = '{ stats { publishedProjects } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const persisted = { persistedQuery: { version: 1, sha256Hash } };
  const post = (body: object) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<any>);

  const unknown = await post({ extensions: persisted });
  expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect((await post({ query, extensions: persisted })).data).toEqual({ stats: { publishedProjects: 3 } });
  expect((await post({ extensions: persisted })).data).toEqual({ stats: { publishedProjects: 3 } });
});

test('CORS: a listed origin may call from the browser, any other gets no CORS headers', async () => {
  const preflight = (origin: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
  const listed = await preflight('https://partner.example.org');
  expect(listed.status).toBe(204);
  expect(listed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
  expect(listed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);

  const other = await preflight('https://elsewhere.example.com');
  expect(other.headers.get('access-control-allow-origin')).toBeNull();

  const simple = await server.gql('{ stats { publishedProjects } }', undefined, {
    headers: { origin: 'https://partner.example.org' },
  });
  expect(simple.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
});

test('every operation of the dashboard passes the production limits', async () => {
  const schema = await buildGoodlinkSchema();
  const documents = graphqlFiles(path.resolve(__dirname, '../../web/src'));
  expect(documents.length).toBeGreaterThan(10);
  const all = parse(documents.map((file) => readFileSync(file, 'utf8')).join('\n'));
  const fragments = Object.fromEntries(
    all.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operations = all.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const over = operations
    .map((operation) => ({
      name: operation.name?.value,
      cost: queryCost(schema, operation, fragments),
      problems: validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...Object.values(fragments)] }, [
        ...queryLimitRules(DEFAULT_QUERY_LIMITS),
      ]).map((error) => error.message),
    }))
    .filter(({ cost, problems }) => cost > DEFAULT_QUERY_LIMITS.maxCost || problems.length);
  expect(over).toEqual([]);
});

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

import { ProjectVisibility } from '../src/shared/enums';
import { makeOrganization, makeProject, makeUser, type TestUser } from './factories';
import { startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

/** Rule 6: every bad input is answered BAD_USER_INPUT naming the field, and nothing is written. */

let server: TestServer;
let owner: TestUser;
let organizationId: string;
let projectId: string;

beforeAll(async () => {
  server = await startTestServer();
  owner = await makeUser(server.dataSource);
  organizationId = (await makeOrganization(server.dataSource, { owner: owner.user })).id;
  projectId = (
    await makeProject(server.dataSource, {
      organization: { id: organizationId } as never,
      maintainers: [owner.user],
      visibility: ProjectVisibility.DRAFT,
    })
  ).id;
});
afterAll(() => server.close());

const long = (n: number) => 'x'.repeat(n);

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }';
const CREATE_ORGANIZATION =
  'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }';
const UPDATE_ORGANIZATION =
  'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }';
const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }';
const UPDATE_PROJECT = 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }';

const signUp = { email: 'new@example.org', password: 'a good long password', displayName: '新朋友' };
const organization = { slug: 'good-org', name: '好组织', kind: 'COMPANY' };
const project = {
  slug: 'good-project',
  name: '好项目',
  summary: '一句话',
  stage: 'IDEA',
  causeAreas: ['ACCESSIBILITY'],
};

type Case = [label: string, query: string, input: () => Record<string, unknown>, field: string];

const CASES: Case[] = [
  ['signUp: malformed email', SIGN_UP, () => ({ ...signUp, email: 'not-an-email' }), 'email'],
  ['signUp: empty email', SIGN_UP, () => ({ ...signUp, email: '' }), 'email'],
  ['signUp: overlong email', SIGN_UP, () => ({ ...signUp, email: `${long(250)}@example.org` }), 'email'],
  ['signUp: short password', SIGN_UP, () => ({ ...signUp, password: 'short' }), 'password'],
  ['signUp: overlong password', SIGN_UP, () => ({ ...signUp, password: long(201) }), 'password'],
  ['signUp: blank display name', SIGN_UP, () => ({ ...signUp, displayName: '   ' }), 'displayName'],
  ['signUp: unknown locale', SIGN_UP, () => ({ ...signUp, locale: 'FR' }), 'locale'],
  ['signUp: number as display name', SIGN_UP, () => ({ ...signUp, displayName: 42 }), 'displayName'],
  ['signUp: missing password', SIGN_UP, () => ({ email: signUp.email, displayName: 'x' }), 'password'],
  ['createOrganization: empty slug', CREATE_ORGANIZATION, () => ({ ...organization, slug: '' }), 'slug'],
  ['createOrganization: upper-case slug', CREATE_ORGANIZATION, () => ({ ...organization, slug: 'Good-Org' }), 'slug'],
  ['createOrganization: slug with spaces', CREATE_ORGANIZATION, () => ({ ...organization, slug: 'good org' }), 'slug'],
  [
    'createOrganization: slug with double hyphen',
    CREATE_ORGANIZATION,
    () => ({ ...organization, slug: 'good--org' }),
    'slug',
  ],
  ['createOrganization: Chinese slug', CREATE_ORGANIZATION, () => ({ ...organization, slug: '好组织' }), 'slug'],
  ['createOrganization: overlong slug', CREATE_ORGANIZATION, () => ({ ...organization, slug: long(61) }), 'slug'],
  ['createOrganization: empty name', CREATE_ORGANIZATION, () => ({ ...organization, name: '' }), 'name'],
  ['createOrganization: overlong name', CREATE_ORGANIZATION, () => ({ ...organization, name: long(121) }), 'name'],
  ['createOrganization: null name', CREATE_ORGANIZATION, () => ({ ...organization, name: null }), 'name'],
  ['createOrganization: unknown kind', CREATE_ORGANIZATION, () => ({ ...organization, kind: 'SHOP' }), 'kind'],
  [
    'createOrganization: malformed website',
    CREATE_ORGANIZATION,
    () => ({ ...organization, websiteUrl: 'not a url' }),
    'websiteUrl',
  ],
  [
    'createOrganization: javascript: URL',
    CREATE_ORGANIZATION,
    () => ({ ...organization, websiteUrl: 'javascript:alert(1)' }),
    'websiteUrl',
  ],
  [
    'createOrganization: ftp URL',
    CREATE_ORGANIZATION,
    () => ({ ...organization, logoUrl: 'ftp://example.org/logo.png' }),
    'logoUrl',
  ],
  [
    'createOrganization: overlong URL',
    CREATE_ORGANIZATION,
    () => ({ ...organization, websiteUrl: `https://example.org/${long(2040)}` }),
    'websiteUrl',
  ],
  [
    'createOrganization: overlong description',
    CREATE_ORGANIZATION,
    () => ({ ...organization, description: long(5001) }),
    'description',
  ],
  ['createOrganization: unknown field', CREATE_ORGANIZATION, () => ({ ...organization, verified: true }), 'verified'],
  [
    'updateOrganization: malformed id',
    UPDATE_ORGANIZATION,
    () => ({ organizationId: 'abc', name: 'x' }),
    'organizationId',
  ],
  ['updateOrganization: null name', UPDATE_ORGANIZATION, () => ({ organizationId, name: null }), 'name'],
  ['updateOrganization: null kind', UPDATE_ORGANIZATION, () => ({ organizationId, kind: null }), 'kind'],
  ['updateOrganization: malformed slug', UPDATE_ORGANIZATION, () => ({ organizationId, slug: '-bad' }), 'slug'],
  ['createProject: empty summary', CREATE_PROJECT, () => ({ ...project, summary: '' }), 'summary'],
  ['createProject: overlong summary', CREATE_PROJECT, () => ({ ...project, summary: long(281) }), 'summary'],
  [
    'createProject: overlong description',
    CREATE_PROJECT,
    () => ({ ...project, description: long(20001) }),
    'description',
  ],
  ['createProject: unknown stage', CREATE_PROJECT, () => ({ ...project, stage: 'DONE' }), 'stage'],
  ['createProject: unknown cause', CREATE_PROJECT, () => ({ ...project, causeAreas: ['WORLD_PEACE'] }), 'causeAreas'],
  [
    'createProject: repeated cause',
    CREATE_PROJECT,
    () => ({ ...project, causeAreas: ['ACCESSIBILITY', 'ACCESSIBILITY'] }),
    'causeAreas',
  ],
  ['createProject: not an SPDX licence', CREATE_PROJECT, () => ({ ...project, license: 'Free for good' }), 'license'],
  ['createProject: unfinished SPDX expression', CREATE_PROJECT, () => ({ ...project, license: 'MIT OR' }), 'license'],
  [
    'createProject: repository without scheme',
    CREATE_PROJECT,
    () => ({ ...project, repositoryUrl: 'github.com/x/y' }),
    'repositoryUrl',
  ],
  [
    'createProject: malformed organisation id',
    CREATE_PROJECT,
    () => ({ ...project, organizationId: '42' }),
    'organizationId',
  ],
  ['createProject: list as name', CREATE_PROJECT, () => ({ ...project, name: ['a'] }), 'name'],
  ['updateProject: malformed id', UPDATE_PROJECT, () => ({ projectId: 'nope' }), 'projectId'],
  ['updateProject: null name', UPDATE_PROJECT, () => ({ projectId, name: null }), 'name'],
  ['updateProject: null stage', UPDATE_PROJECT, () => ({ projectId, stage: null }), 'stage'],
  ['updateProject: null causes', UPDATE_PROJECT, () => ({ projectId, causeAreas: null }), 'causeAreas'],
  ['updateProject: blank summary', UPDATE_PROJECT, () => ({ projectId, summary: '\n\t ' }), 'summary'],
  ['updateProject: bad licence', UPDATE_PROJECT, () => ({ projectId, license: 'GPL' }), 'license'],
];

test.each(CASES)('%s → BAD_USER_INPUT naming the field, nothing written', async (_label, query, input, field) => {
  const before = await databaseFingerprint(server.dataSource);
  const response = await server.gql(query, { input: input() }, { token: owner.token });
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(response.errors![0].message).toBeTruthy();
  expect(await databaseFingerprint(server.dataSource)).toEqual(before);
});

test.each([
  ['a wrong literal type', '{ projects(first: "ten") { totalCount } }', 'first'],
  [
    'an unknown enum literal',
    'mutation { createProject(input: { slug: "a-b", name: "n", summary: "s", stage: DONE }) { project { id } } }',
    'stage',
  ],
  [
    'a missing literal field',
    'mutation { createOrganization(input: { slug: "a-b", kind: COMPANY }) { organization { id } } }',
    'name',
  ],
])('inline arguments with %s are BAD_USER_INPUT too', async (_label, query, field) => {
  const response = await server.gql(query, undefined, { token: owner.token });
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
});

test.each([
  ['filter.search', { filter: { search: long(101) } }],
  ['filter.organizationId', { filter: { organizationId: 'not-an-id' } }],
  ['filter.causeAreas', { filter: { causeAreas: Array(21).fill('ACCESSIBILITY') } }],
  ['first', { first: 1000 }],
])('list arguments are validated: %s', async (field, variables) => {
  const response = await server.gql(
    'query($first: Int, $filter: ProjectFilter) { projects(first: $first, filter: $filter) { totalCount } }',
    variables,
  );
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
});

test('a malformed JSON body gets a JSON 400, not an HTML page', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query": ',
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
  });
});

test('a slug already taken is a CONFLICT naming the field, and writes nothing', async () => {
  const taken = (await makeOrganization(server.dataSource)).slug;
  const before = await databaseFingerprint(server.dataSource);
  const response = await server.gql(
    CREATE_ORGANIZATION,
    { input: { ...organization, slug: taken } },
    { token: owner.token },
  );
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
  expect(await databaseFingerprint(server.dataSource)).toEqual(before);
});

test('a body over 1 MB is refused with 413 and a JSON error', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { events } }', variables: { padding: 'x'.repeat(1_100_000) } }),
  });
  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({
    errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
  });
});

test.each([
  ['signUp with an email in use', SIGN_UP, async () => ({ ...signUp, email: owner.user.email }), 'email'],
  [
    'updateProject to a slug in use',
    UPDATE_PROJECT,
    async () => ({ projectId, slug: (await makeProject(server.dataSource)).slug }),
    'slug',
  ],
  [
    'updateOrganization to a slug in use',
    UPDATE_ORGANIZATION,
    async () => ({ organizationId, slug: (await makeOrganization(server.dataSource)).slug }),
    'slug',
  ],
])('%s is a CONFLICT naming the field, and writes nothing', async (_label, query, input, field) => {
  const variables = { input: await input() };
  const before = await databaseFingerprint(server.dataSource);
  const response = await server.gql(query, variables, { token: owner.token });
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EXISTS', field });
  expect(await databaseFingerprint(server.dataSource)).toEqual(before);
});

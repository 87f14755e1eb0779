import { hashPassword } from '../src/auth/passwords';
import { UserEntity } from '../src/modules/user/user.entity';
import { MemberRole, ProjectVisibility } from '../src/shared/enums';
import { makeAdmin, makeOrganization, makeProject, makeUser, type TestUser } from './factories';
import { startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

/**
 * The authorization matrix: every mutation × every kind of caller → success, or the refusal we promise, with the
 * database untouched on refusal. For organisation mutations "member" is a MEMBER and "owner" an OWNER of the
 * organisation; for project mutations "member" maintains the project and "owner" owns the project's organisation
 * without maintaining the project — rule 3: only maintainers act for a project.
 */

const PERSONAS = ['anonymous', 'stranger', 'member', 'owner', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

interface World {
  callers: Record<Exclude<Persona, 'anonymous'>, TestUser>;
  organizationId: string;
  otherMemberId: string;
  projectId: string;
  draftId: string;
  otherMaintainerId: string;
  outsiderEmail: string;
  passwordUserEmail: string;
}

const PASSWORD = 'correct horse battery staple';
let server: TestServer;
let passwordHash: string;
let counter = 0;

beforeAll(async () => {
  server = await startTestServer();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => server.close());

async function activityCount(): Promise<number> {
  const [row] = await server.dataSource.query('SELECT count(*)::int AS n FROM activities');
  return row.n;
}

async function buildWorld(): Promise<World> {
  const db = server.dataSource;
  const [stranger, member, owner, admin, otherMember, otherMaintainer, outsider] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeAdmin(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const organization = await makeOrganization(db, { owner: owner.user, members: [member.user, otherMember.user] });
  const maintainers = [member.user, otherMaintainer.user];
  const project = await makeProject(db, { organization, maintainers });
  const draft = await makeProject(db, { organization, maintainers, visibility: ProjectVisibility.DRAFT });
  const passwordUser = await makeUser(db);
  await db.getRepository(UserEntity).update({ id: passwordUser.user.id }, { passwordHash });
  return {
    callers: { stranger, member, owner, admin },
    organizationId: organization.id,
    otherMemberId: otherMember.user.id,
    projectId: project.id,
    draftId: draft.id,
    otherMaintainerId: otherMaintainer.user.id,
    outsiderEmail: outsider.user.email,
    passwordUserEmail: passwordUser.user.email,
  };
}

const everyone: Record<Persona, Outcome> = { anonymous: 'ok', stranger: 'ok', member: 'ok', owner: 'ok', admin: 'ok' };
const signedIn: Record<Persona, Outcome> = { ...everyone, anonymous: 'UNAUTHENTICATED' };
const orgMembers: Record<Persona, Outcome> = { ...signedIn, stranger: 'FORBIDDEN' };
const orgOwners: Record<Persona, Outcome> = { ...orgMembers, member: 'FORBIDDEN' };
const adminsOnly: Record<Persona, Outcome> = { ...orgOwners, owner: 'FORBIDDEN' };
const maintainers: Record<Persona, Outcome> = { ...signedIn, stranger: 'FORBIDDEN', owner: 'FORBIDDEN' };

const CASES: Array<{
  mutation: string;
  query: string;
  /** May build rows of its own (before the database is fingerprinted). */
  input: (w: World) => unknown;
  expected: Record<Persona, Outcome>;
}> = [
  {
    mutation: 'signUp',
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    input: () => ({ email: `new-${++counter}@example.org`, password: PASSWORD, displayName: 'New' }),
    expected: everyone,
  },
  {
    mutation: 'signIn',
    query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    input: (w) => ({ email: w.passwordUserEmail, password: PASSWORD }),
    expected: everyone,
  },
  { mutation: 'signOut', query: 'mutation { signOut { signedOut } }', input: () => undefined, expected: signedIn },
  {
    mutation: 'createOrganization',
    query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
    input: () => ({ slug: `new-org-${++counter}`, name: '新组织', kind: 'COMPANY' }),
    expected: signedIn,
  },
  {
    mutation: 'updateOrganization',
    query: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }',
    input: (w) => ({ organizationId: w.organizationId, name: 'Renamed' }),
    expected: orgOwners,
  },
  {
    mutation: 'addOrganizationMember',
    query: 'mutation($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { member { role } } }',
    input: (w) => ({ organizationId: w.organizationId, email: w.outsiderEmail, role: MemberRole.MEMBER }),
    expected: orgOwners,
  },
  {
    mutation: 'removeOrganizationMember',
    query:
      'mutation($input: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $input) { removedUserId } }',
    input: (w) => ({ organizationId: w.organizationId, userId: w.otherMemberId }),
    expected: orgOwners,
  },
  {
    mutation: 'verifyOrganization',
    query:
      'mutation($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { organization { verified } } }',
    input: (w) => ({ organizationId: w.organizationId }),
    expected: adminsOnly,
  },
  {
    mutation: 'createProject (under an organisation)',
    query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
    input: (w) => ({
      slug: `new-project-${++counter}`,
      name: '新项目',
      summary: '一句话介绍',
      organizationId: w.organizationId,
    }),
    expected: orgMembers,
  },
  {
    mutation: 'updateProject',
    query: 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }',
    input: (w) => ({ projectId: w.projectId, summary: 'Better summary' }),
    expected: maintainers,
  },
  {
    mutation: 'publishProject',
    query: 'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { visibility } } }',
    input: (w) => ({ projectId: w.draftId }),
    expected: maintainers,
  },
  {
    mutation: 'archiveProject',
    query: 'mutation($input: ArchiveProjectInput!) { archiveProject(input: $input) { project { stage } } }',
    input: (w) => ({ projectId: w.projectId }),
    expected: maintainers,
  },
  {
    mutation: 'addProjectMaintainer',
    query: 'mutation($input: AddProjectMaintainerInput!) { addProjectMaintainer(input: $input) { project { id } } }',
    input: (w) => ({ projectId: w.projectId, email: w.outsiderEmail }),
    expected: maintainers,
  },
  {
    mutation: 'removeProjectMaintainer',
    query:
      'mutation($input: RemoveProjectMaintainerInput!) { removeProjectMaintainer(input: $input) { removedUserId } }',
    input: (w) => ({ projectId: w.projectId, userId: w.otherMaintainerId }),
    expected: maintainers,
  },
  // — sponsor links —
  // — resource offers and requests —
];

test('the matrix covers every mutation in the schema', async () => {
  const data: any = (await server.gql('{ __schema { mutationType { fields { name } } } }')).data;
  const inSchema = data.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort();
  const covered = [...new Set(CASES.map((c) => c.mutation.split(' ')[0]))].sort();
  expect(covered).toEqual(inSchema);
});

describe.each(CASES)('$mutation', ({ query, input, expected }) => {
  test.each(PERSONAS)('called by %s', async (persona) => {
    const world = await buildWorld();
    const token = persona === 'anonymous' ? undefined : world.callers[persona].token;
    const variables = await input(world);
    const before = await databaseFingerprint(server.dataSource);
    const activitiesBefore = await activityCount();
    const response = await server.gql(query, variables === undefined ? undefined : { input: variables }, { token });
    const outcome = expected[persona];
    if (outcome === 'ok') {
      expect(response.errors).toBeUndefined();
      expect(await databaseFingerprint(server.dataSource)).not.toEqual(before);
      // Every state change is recorded, in the same transaction (a refusal, below, leaves no record either).
      expect(await activityCount()).toBeGreaterThan(activitiesBefore);
      return;
    }
    expect(response.errors?.[0]?.extensions?.code).toBe(outcome);
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });
});

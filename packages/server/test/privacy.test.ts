import { ProjectVisibility, SponsorLinkStatus } from '../src/shared/enums';
import { UserEntity } from '../src/modules/user/user.entity';
import { hashPassword } from '../src/auth/passwords';
import { makeOrganization, makeProject, makeSponsorLink, makeUser } from './factories';
import { ok, startTestServer, type TestServer } from './harness';

/** Rule 4: the public never sees emails, password hashes, drafts or unconfirmed sponsor links. */

let server: TestServer;
const secrets: string[] = [];
let draftSlug: string;
let maintainerToken: string;
let memberToken: string;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.dataSource;
  const maintainer = await makeUser(db, { email: 'maintainer.private@example.org' });
  const member = await makeUser(db, { email: 'csr.private@example.org' });
  const hash = await hashPassword('a long secret password');
  await db.getRepository(UserEntity).update({ id: maintainer.user.id }, { passwordHash: hash });
  const organization = await makeOrganization(db, { owner: member.user, name: 'Visible Co' });
  const published = await makeProject(db, { name: 'Public project', organization, maintainers: [maintainer.user] });
  const draft = await makeProject(db, {
    name: 'Secret draft 草稿',
    summary: 'draft summary nobody should read',
    organization,
    maintainers: [maintainer.user],
    visibility: ProjectVisibility.DRAFT,
  });
  draftSlug = draft.slug;
  maintainerToken = maintainer.token;
  memberToken = member.token;
  await makeSponsorLink(db, organization, published, {
    status: SponsorLinkStatus.PROPOSED,
    attribution: 'proposed attribution',
  });
  await makeSponsorLink(db, organization, draft, { attribution: 'sponsor of a draft' });
  secrets.push(
    maintainer.user.email,
    member.user.email,
    hash,
    maintainer.token,
    draft.id,
    draft.slug,
    'Secret draft',
    'draft summary nobody should read',
    'proposed attribution',
    'sponsor of a draft',
  );
});
afterAll(() => server.close());

/** Every public query, asking for every field a stranger could try. */
const PUBLIC_QUERIES = [
  `{ projects(first: 100) { edges { node { id slug name summary description visibility
      organization { name members { user { email } } }
      maintainers { id displayName email role locale organizations { id } projects { id slug name } }
      sponsors { attribution status organization { name } project { slug } } } } } }`,
  `{ organizations(first: 100) { edges { node { name members { user { email } }
      projects { slug name summary } sponsoredProjects { slug name } } } } }`,
  `query($slug: String!) { project(slug: $slug) { id name summary } }`,
  `{ events(first: 100) { edges { node { name projects { project { slug name } } organizers { name } } } } }`,
  `{ stats { publishedProjects organizations verifiedOrganizations events } viewer { id email } }`,
];

test.each([
  ['anonymous', () => undefined],
  ['a signed-in stranger', async () => (await makeUser(server.dataSource)).token],
])('nothing private reaches %s', async (_who, tokenFor) => {
  const token = await tokenFor();
  for (const query of PUBLIC_QUERIES) {
    const response = await server.gql(query, { slug: draftSlug }, { token });
    const text = JSON.stringify(response);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(response.errors).toBeUndefined();
  }
});

test('the public list shows the published project and its maintainer by name only', async () => {
  const data: any = ok(await server.gql('{ projects { edges { node { name maintainers { displayName email } } } } }'));
  expect(data.projects.edges).toEqual([
    { node: { name: 'Public project', maintainers: [{ displayName: expect.any(String), email: null }] } },
  ]);
});

test('a draft is visible to its maintainer, with their own email', async () => {
  const token = maintainerToken;
  const data: any = ok(
    await server.gql(
      'query($slug: String!) { project(slug: $slug) { name maintainers { email } } viewer { email } }',
      { slug: draftSlug },
      { token },
    ),
  );
  expect(data.project.name).toBe('Secret draft 草稿');
  expect(data.viewer.email).toBe('maintainer.private@example.org');
});

test('organisation members are visible to members only', async () => {
  const query = '{ organizations { edges { node { name viewerRole members { role user { displayName } } } } } }';
  const anonymous: any = ok(await server.gql(query));
  expect(anonymous.organizations.edges[0].node).toMatchObject({ members: null, viewerRole: null });
  const member: any = ok(await server.gql(query, undefined, { token: memberToken }));
  expect(member.organizations.edges[0].node.viewerRole).toBe('OWNER');
  expect(member.organizations.edges[0].node.members).toHaveLength(1);
});

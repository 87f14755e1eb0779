import { ProjectVisibility, ResourceOfferStatus, ResourceRequestStatus, SponsorLinkStatus } from '../src/shared/enums';
import { UserEntity } from '../src/modules/user/user.entity';
import { hashPassword } from '../src/auth/passwords';
import {
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeSponsorLink,
  makeUser,
} from './factories';
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
  // Resources: a draft offer, an offer of an unverified organisation, and requests with private words.
  const company = await makeOrganization(db, { owner: member.user, verified: true });
  const offer = await makeResourceOffer(db, company, { title: 'Open offer' });
  await makeResourceOffer(db, company, { title: 'Secret draft offer', status: ResourceOfferStatus.DRAFT });
  await makeResourceOffer(db, organization, { title: 'Offer of an unverified organisation' });
  await makeResourceRequest(db, offer, published, { justification: 'pending justification text' });
  const grant = await makeResourceRequest(db, offer, published, {
    status: ResourceRequestStatus.FULFILLED,
    justification: 'granted justification text',
  });
  await db.query(
    `UPDATE resource_requests SET decision_note = 'private decision note', fulfillment_note = 'private fulfilment note',
       requested_by_user_id = $2 WHERE id = $1`,
    [grant.id, maintainer.user.id],
  );
  await makeResourceRequest(db, offer, draft, { status: ResourceRequestStatus.APPROVED, justification: 'draft grant' });
  secrets.push(
    'Secret draft offer',
    'Offer of an unverified organisation',
    'pending justification text',
    'granted justification text',
    'private decision note',
    'private fulfilment note',
    'draft grant',
  );
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

/** Every public query, asking for every field a stranger could try (pages of 20 keep them within the cost limit). */
const PUBLIC_QUERIES = [
  `{ projects(first: 20) { edges { node { id slug name summary description visibility
      organization { name members { user { email } } }
      maintainers { id displayName email role locale organizations { id } projects { id slug name } }
      sponsors { attribution status organization { name } project { slug } } } } } }`,
  `{ organizations(first: 20) { edges { node { name members { user { email } }
      projects { slug name summary } sponsoredProjects { slug name } } } } }`,
  `query($slug: String!) { project(slug: $slug) { id name summary } }`,
  `{ events(first: 20) { edges { node { name projects { project { slug name } } organizers { name } } } } }`,
  `{ stats { publishedProjects organizations verifiedOrganizations events resources { granted } } viewer { id email } }`,
  `{ resourceOffers(first: 20, filter: { statuses: [DRAFT, OPEN, PAUSED, CLOSED] }) { edges { node { title description
      organization { name } requests { justification decisionNote project { slug } } } } } }`,
  `{ resourceRequests(first: 20) { edges { node { id status justification decisionNote fulfillmentNote
      requestedBy { email displayName } offer { title } project { slug name } sponsorLink { attribution } } } } }`,
  `{ sponsorLinks(first: 20, filter: { statuses: [PROPOSED, CONFIRMED, DECLINED, ENDED] }) { edges { node {
      attribution status project { slug } grants { justification } } } } }`,
  `{ viewer { incomingResourceRequests { edges { node { justification } } } } }`,
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

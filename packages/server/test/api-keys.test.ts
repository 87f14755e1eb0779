import { buildGoodlinkSchema } from '../src/graphql/schema';
import { hashToken } from '../src/auth/sessions';
import type { OrganizationEntity } from '../src/modules/organization/organization.entity';
import { ResourceOfferStatus, ResourceRequestStatus } from '../src/shared/enums';
import {
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeUser,
  type TestUser,
} from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';

/**
 * API keys: the secret is shown once and stored only as a hash; a key acts as its organisation, with its scopes;
 * a READ key is refused every mutation before it runs; revoked and expired keys are refused.
 */

let server: TestServer;
let owner: TestUser;
let organization: OrganizationEntity;

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scopes createdBy { id } expiresAt lastUsedAt revokedAt } }
}`;
const REVOKE = 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } } }';

beforeAll(async () => {
  server = await startTestServer();
  owner = await makeUser(server.dataSource);
  organization = await makeOrganization(server.dataSource, { owner: owner.user, verified: true });
});
afterAll(() => server.close());

async function createKey(scopes: string[], extra: Record<string, unknown> = {}) {
  const data = ok(
    await server.gql(
      CREATE,
      { input: { organizationId: organization.id, name: `Key ${scopes.join('+')}`, scopes, ...extra } },
      { token: owner.token },
    ),
  );
  return data.createApiKey as { secret: string; apiKey: Record<string, any> };
}

test('the secret is shown once, recognisable, and only its hash is stored', async () => {
  const { secret, apiKey } = await createKey(['READ']);
  expect(secret).toMatch(/^gl_live_[A-Za-z0-9_-]{43}$/);
  expect(apiKey).toMatchObject({ prefix: secret.slice(0, 12), scopes: ['READ'], createdBy: { id: owner.user.id } });

  const [row] = await server.dataSource.query('SELECT * FROM api_keys WHERE id = $1', [apiKey.id]);
  expect(row.secret_hash).toBe(hashToken(secret));
  expect(JSON.stringify(row)).not.toContain(secret.slice(12));

  // Listed afterwards without any secret: the type has no field for it.
  const schema = await buildGoodlinkSchema();
  const fields = Object.keys((schema.getType('ApiKey') as any).getFields());
  expect(fields).not.toContain('secret');
  const listed = ok(
    await server.gql(
      'query($slug: String!) { organization(slug: $slug) { apiKeys { id prefix lastUsedAt } } }',
      {
        slug: organization.slug,
      },
      { token: owner.token },
    ),
  );
  expect(listed.organization.apiKeys).toContainEqual({ id: apiKey.id, prefix: apiKey.prefix, lastUsedAt: null });
});

test('a key acts as its organisation: it sees what members see, and its use is noted', async () => {
  const { secret, apiKey } = await createKey(['READ']);
  const draft = await makeResourceOffer(server.dataSource, organization, { status: ResourceOfferStatus.DRAFT });
  const seen = ok(
    await server.gql(
      'query($slug: String!) { organization(slug: $slug) { viewerRole members { user { id } } } resourceOffers(filter: { statuses: [DRAFT] }) { edges { node { id } } } }',
      { slug: organization.slug },
      { token: secret },
    ),
  );
  expect(seen.organization.viewerRole).toBe('MEMBER');
  expect(seen.resourceOffers.edges.map((e: any) => e.node.id)).toContain(draft.id);
  // The service account it acts through is not listed among the people.
  expect(seen.organization.members.map((m: any) => m.user.id)).toEqual([owner.user.id]);
  // An anonymous caller does not see the draft.
  const anonymous = ok(await server.gql('{ resourceOffers(filter: { statuses: [DRAFT] }) { edges { node { id } } } }'));
  expect(anonymous.resourceOffers.edges).toEqual([]);

  const [row] = await server.dataSource.query('SELECT last_used_at FROM api_keys WHERE id = $1', [apiKey.id]);
  expect(row.last_used_at).not.toBeNull();
});

test('a READ key is refused every mutation, before anything runs', async () => {
  const { secret } = await createKey(['READ']);
  const schema = await buildGoodlinkSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());
  expect(mutations.length).toBeGreaterThan(25);
  for (const mutation of mutations) {
    const args = mutation.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
    const call = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const query = `mutation${args ? `(${args})` : ''} { ${mutation.name}${call ? `(${call})` : ''} { __typename } }`;
    server.statements.reset();
    const response = await server.gql(query, {}, { token: secret });
    expect({ mutation: mutation.name, code: failure(response).extensions.code, status: response.status }).toEqual({
      mutation: mutation.name,
      code: 'FORBIDDEN',
      status: 403,
    });
    // Only the key's own lookup ran: not one statement of the mutation.
    expect(server.statements.statements.every((sql) => /api_keys|FROM "users"/.test(sql))).toBe(true);
  }
});

test('a WRITE key approves a request to its offer, but manages neither keys nor members, nor other organisations', async () => {
  const { secret } = await createKey(['READ', 'WRITE']);
  const project = await makeProject(server.dataSource);
  const offer = await makeResourceOffer(server.dataSource, organization, { total: 100 });
  const request = await makeResourceRequest(server.dataSource, offer, project, { quantity: 30 });
  const approved = ok(
    await server.gql(
      'mutation($input: ApproveResourceRequestInput!) { approveResourceRequest(input: $input) { request { status approvedQuantity } } }',
      { input: { requestId: request.id, quantity: 20 } },
      { token: secret },
    ),
  );
  expect(approved.approveResourceRequest.request).toMatchObject({
    status: ResourceRequestStatus.APPROVED,
    approvedQuantity: 20,
  });

  const refusals = [
    [CREATE, { input: { organizationId: organization.id, name: 'minted by a key', scopes: ['READ'] } }],
    [
      'mutation($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { organization { id } } }',
      { input: { organizationId: organization.id, email: 'someone@example.org', role: 'OWNER' } },
    ],
    ['mutation { signOut { signedOut } }', {}],
  ] as const;
  for (const [query, variables] of refusals) {
    const response = await server.gql(query, variables, { token: secret });
    expect(failure(response).extensions.code).toBe('FORBIDDEN');
  }

  // Another organisation's request: the key is no member there.
  const other = await makeOrganization(server.dataSource, { verified: true });
  const otherOffer = await makeResourceOffer(server.dataSource, other, { total: 100 });
  const otherRequest = await makeResourceRequest(server.dataSource, otherOffer, project, { quantity: 5 });
  const elsewhere = await server.gql(
    'mutation($input: ApproveResourceRequestInput!) { approveResourceRequest(input: $input) { request { id } } }',
    { input: { requestId: otherRequest.id } },
    { token: secret },
  );
  expect(failure(elsewhere).extensions.code).toBe('FORBIDDEN');
});

test('a revoked key and an expired key are refused with 401', async () => {
  const { secret, apiKey } = await createKey(['READ']);
  ok(await server.gql('{ viewer { id } }', {}, { token: secret }));
  const revoked = ok(await server.gql(REVOKE, { input: { apiKeyId: apiKey.id } }, { token: owner.token }));
  expect(revoked.revokeApiKey.apiKey.revokedAt).not.toBeNull();
  const after = await server.gql('{ viewer { id } }', {}, { token: secret });
  expect(after.status).toBe(401);
  expect(failure(after).extensions.code).toBe('UNAUTHENTICATED');
  expect(failure(after).message).toMatch(/revoked, has expired/);

  const again = await server.gql(REVOKE, { input: { apiKeyId: apiKey.id } }, { token: owner.token });
  expect(failure(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVOKED' });

  const expiring = await createKey(['READ'], { expiresAt: new Date(Date.now() + 60_000).toISOString() });
  await server.dataSource.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [
    expiring.apiKey.id,
  ]);
  expect((await server.gql('{ viewer { id } }', {}, { token: expiring.secret })).status).toBe(401);

  const unknown = await server.gql('{ viewer { id } }', {}, { token: `gl_live_${'x'.repeat(43)}` });
  expect(unknown.status).toBe(401);
});

test('only owners create, list and revoke keys; bad input is named', async () => {
  const member = await makeUser(server.dataSource);
  await server.dataSource.query(
    `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`,
    [organization.id, member.user.id],
  );
  const byMember = await server.gql(
    CREATE,
    { input: { organizationId: organization.id, name: 'nope', scopes: ['READ'] } },
    { token: member.token },
  );
  expect(failure(byMember).extensions.code).toBe('FORBIDDEN');
  const listed = ok(
    await server.gql(
      'query($slug: String!) { organization(slug: $slug) { apiKeys { id } } }',
      {
        slug: organization.slug,
      },
      { token: member.token },
    ),
  );
  expect(listed.organization.apiKeys).toBeNull();

  const writeOnly = await server.gql(
    CREATE,
    { input: { organizationId: organization.id, name: 'write only', scopes: ['WRITE'] } },
    { token: owner.token },
  );
  expect(failure(writeOnly).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
  const past = await server.gql(
    CREATE,
    { input: { organizationId: organization.id, name: 'past', scopes: ['READ'], expiresAt: '2020-01-01T00:00:00Z' } },
    { token: owner.token },
  );
  expect(failure(past).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  const blank = await server.gql(
    CREATE,
    { input: { organizationId: organization.id, name: '  ', scopes: ['READ'] } },
    { token: owner.token },
  );
  expect(failure(blank).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
});

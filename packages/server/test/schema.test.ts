import { readFile } from 'node:fs/promises';
import { openDatabase } from '../src/db/data-source';
import { pendingSchemaChanges } from '../src/db/schema-diff';
import { SCHEMA_FILE } from '../src/graphql/emit-schema';
import { buildGoodlinkSchema, printGoodlinkSchema } from '../src/graphql/schema';
import { createTestDatabase } from './harness';

test('the committed packages/client/schema.graphql is the schema the code builds (run `pnpm schema:emit`)', async () => {
  const built = printGoodlinkSchema(await buildGoodlinkSchema());
  expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(built);
});

test('the migrations build exactly the tables the entities describe (run `pnpm migration:generate <Name>`)', async () => {
  const { dataSource } = await openDatabase({ url: await createTestDatabase() });
  try {
    expect(await pendingSchemaChanges(dataSource)).toEqual({ up: [], down: [] });
  } finally {
    await dataSource.destroy();
  }
});

test('the public contract keeps the names integrators rely on', async () => {
  const sdl = await readFile(SCHEMA_FILE, 'utf8');
  for (const name of [
    'viewer: User',
    'projects(',
    'project(slug: String!): Project',
    'organizations(',
    'organization(slug: String!): Organization',
    'events(',
    'stats: Stats!',
    'signUp(input: SignUpInput!): AuthPayload!',
    'signIn(input: SignInInput!): AuthPayload!',
    'createProject(input: CreateProjectInput!): CreateProjectPayload!',
    'verifyOrganization(input: VerifyOrganizationInput!): VerifyOrganizationPayload!',
    'resourceOffers(',
    'resourceOffer(id: ID!): ResourceOffer',
    'sponsorLinks(',
    'createResourceOffer(input: CreateResourceOfferInput!): CreateResourceOfferPayload!',
    'updateResourceOffer(input: UpdateResourceOfferInput!): UpdateResourceOfferPayload!',
    'setResourceOfferStatus(input: SetResourceOfferStatusInput!): SetResourceOfferStatusPayload!',
    'requestResource(input: RequestResourceInput!): RequestResourcePayload!',
    'approveResourceRequest(input: ApproveResourceRequestInput!): ApproveResourceRequestPayload!',
    'declineResourceRequest(input: DeclineResourceRequestInput!): DeclineResourceRequestPayload!',
    'withdrawResourceRequest(input: WithdrawResourceRequestInput!): WithdrawResourceRequestPayload!',
    'fulfillResourceRequest(input: FulfillResourceRequestInput!): FulfillResourceRequestPayload!',
    'revokeResourceRequest(input: RevokeResourceRequestInput!): RevokeResourceRequestPayload!',
    'proposeSponsorLink(input: ProposeSponsorLinkInput!): ProposeSponsorLinkPayload!',
    'confirmSponsorLink(input: ConfirmSponsorLinkInput!): ConfirmSponsorLinkPayload!',
    'declineSponsorLink(input: DeclineSponsorLinkInput!): DeclineSponsorLinkPayload!',
    'endSponsorLink(input: EndSponsorLinkInput!): EndSponsorLinkPayload!',
  ]) {
    expect(sdl).toContain(name);
  }
});

test('the contract types carry the fields integrators rely on', async () => {
  const sdl = await readFile(SCHEMA_FILE, 'utf8');
  const fieldsOf = (type: string) => {
    const body = new RegExp(`^type ${type} \\{([\\s\\S]*?)^\\}`, 'm').exec(sdl)?.[1] ?? '';
    return [...body.matchAll(/^ {2}(\w+)[(:]/gm)].map((match) => match[1]);
  };
  const contract: Record<string, string[]> = {
    ResourceOffer: [
      'id',
      'organization',
      'category',
      'title',
      'description',
      'details',
      'unit',
      'total',
      'remaining',
      'maxPerProject',
      'opensAt',
      'closesAt',
      'eligibility',
      'status',
      'requests',
    ],
    ResourceRequest: [
      'id',
      'offer',
      'project',
      'quantity',
      'approvedQuantity',
      'status',
      'justification',
      'decisionNote',
      'createdAt',
      'decidedAt',
    ],
    SponsorLink: ['id', 'organization', 'project', 'role', 'status', 'attribution', 'url', 'startsOn', 'endsOn'],
    Organization: [
      'id',
      'slug',
      'name',
      'kind',
      'verified',
      'websiteUrl',
      'logoUrl',
      'description',
      'sponsoredProjects',
      'impact',
    ],
    Project: ['sponsors', 'resourceRequests'],
    RequestResourcePayload: ['request'],
  };
  for (const [type, fields] of Object.entries(contract)) {
    expect({ type, fields: fieldsOf(type) }).toEqual({ type, fields: expect.arrayContaining(fields) });
  }
});

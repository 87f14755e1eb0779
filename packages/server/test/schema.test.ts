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
  ]) {
    expect(sdl).toContain(name);
  }
});

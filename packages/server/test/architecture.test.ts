import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { buildGoodlinkSchema } from '../src/graphql/schema';
import { MODULES } from '../src/modules';
import type { AccessExtensions } from '../src/auth/authorization';

const MODULES_DIR = path.join(__dirname, '..', 'src', 'modules');

/** Folders of src/modules that are domains (not tests or shared files). */
async function domainFolders(): Promise<string[]> {
  const entries = await readdir(MODULES_DIR, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('__')).map((entry) => entry.name);
}

test('every domain folder has a <folder>.module.ts, and its module is listed in modules/index.ts', async () => {
  const folders = await domainFolders();
  expect(folders.length).toBeGreaterThan(10);
  const unlisted: string[] = [];
  for (const folder of folders) {
    const files = await readdir(path.join(MODULES_DIR, folder));
    expect({ folder, hasModuleFile: files.includes(`${folder}.module.ts`) }).toEqual({ folder, hasModuleFile: true });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports: Record<string, unknown> = require(path.join(MODULES_DIR, folder, `${folder}.module`));
    const listed = Object.values(exports).some((value) => (MODULES as readonly unknown[]).includes(value));
    if (!listed) unlisted.push(folder);
  }
  expect(unlisted).toEqual([]);
});

test('module names are unique: each is a loaders namespace', () => {
  const names = MODULES.map((module) => module.name);
  expect(new Set(names).size).toBe(names.length);
});

test('every mutation declares who may call it: @Authorized, or @Public for the few anyone may', async () => {
  const schema = await buildGoodlinkSchema();
  const storage = getMetadataStorage();
  const authorized = new Set(storage.authorizedFields.map((field) => `${field.target.name}.${field.fieldName}`));
  // The storage may hold a resolver's metadata more than once (once per schema built in this process).
  const mutations = [...new Map(storage.mutations.map((mutation) => [mutation.schemaName, mutation])).values()];
  expect(mutations.length).toBe(Object.keys(schema.getMutationType()!.getFields()).length);
  const undeclared = mutations.flatMap((mutation) => {
    const access = schema.getMutationType()!.getFields()[mutation.schemaName].extensions as AccessExtensions;
    const declared = authorized.has(`${mutation.target.name}.${mutation.methodName}`) || access.public === true;
    return declared ? [] : [mutation.schemaName];
  });
  expect(undeclared).toEqual([]);
});

test('a mutation open to API keys still needs a signed-in caller, and public ones are not open to keys', async () => {
  const schema = await buildGoodlinkSchema();
  const storage = getMetadataStorage();
  const authorized = new Set(storage.authorizedFields.map((field) => field.fieldName));
  const fields = Object.values(schema.getMutationType()!.getFields());
  const keyed = fields.filter((field) => (field.extensions as AccessExtensions).apiKey);
  expect(keyed.map((field) => field.name).sort()).toEqual(
    [
      'approveResourceRequest',
      'confirmSponsorLink',
      'createResourceOffer',
      'declineResourceRequest',
      'declineSponsorLink',
      'endSponsorLink',
      'fulfillResourceRequest',
      'proposeSponsorLink',
      'revokeResourceRequest',
      'setResourceOfferStatus',
      'submitAssessment',
      'updateResourceOffer',
    ].sort(),
  );
  for (const field of keyed) expect({ [field.name]: authorized.has(field.name) }).toEqual({ [field.name]: true });
  const open = fields.filter((field) => (field.extensions as AccessExtensions).public).map((field) => field.name);
  expect(open.sort()).toEqual(['signIn', 'signUp']);
});

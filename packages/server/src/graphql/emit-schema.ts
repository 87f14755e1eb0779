/**
 * `pnpm schema:emit` writes the schema to packages/client/schema.graphql; `pnpm schema:check` fails when the
 * committed file differs from what the code builds, so every change to the public contract shows in review.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGoodlinkSchema, printGoodlinkSchema } from './schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../../client/schema.graphql');

async function main() {
  const printed = printGoodlinkSchema(await buildGoodlinkSchema());
  if (process.argv.includes('--check')) {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed !== printed) {
      console.error(`${SCHEMA_FILE} is out of date: run \`pnpm schema:emit\` and commit the result.`);
      process.exit(1);
    }
    console.log('schema.graphql is up to date.');
    return;
  }
  await writeFile(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * `pnpm contract:check`: schema.graphql (what the server emits now) against schema.released.graphql (the last
 * release of @goodlink/client), with CHANGELOG.md's Unreleased section as the list of allowed breaks. Exits 1 on
 * an unlisted breaking change or deprecation; dangerous changes are printed as warnings.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContract } from './check';

// Compiled to dist/contract/main.js; the package's own folder is two levels up.
const PACKAGE_DIR = path.resolve(__dirname, '../..');

async function main() {
  const read = (file: string) => readFile(path.join(PACKAGE_DIR, file), 'utf8');
  const [released, current, changelog, packageJson] = await Promise.all([
    read('schema.released.graphql'),
    read('schema.graphql'),
    read('CHANGELOG.md'),
    read('package.json'),
  ]);
  const report = await checkContract({ released, current, changelog, version: JSON.parse(packageJson).version });
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  for (const error of report.errors) console.error(`error: ${error}`);
  console.log(`contract:check: ${report.summary}. ${report.ok ? 'OK' : `${report.errors.length} to fix.`}`);
  if (!report.ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

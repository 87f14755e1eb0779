/**
 * `pnpm --filter @goodlink/server migration:generate <Name>`: starts a throw-away embedded PostgreSQL, applies
 * the committed migrations, and writes the SQL that would bring it in line with the entities as a new migration
 * in src/db/migrations/. Read it, complete what TypeORM cannot express (operator classes, data moves), list it in
 * migrations/index.ts, commit it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { pendingSchemaChanges } from './schema-diff';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('usage: migration:generate <PascalCaseName>');
    process.exit(2);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'goodlink-migration-'));
  const logger = pino({ level: 'warn' });
  const pg = await startEmbeddedPostgres(dir, logger);
  try {
    const { dataSource } = await openDatabase({ url: pg.url });
    const { up, down } = await pendingSchemaChanges(dataSource);
    await dataSource.destroy();
    if (up.length === 0) {
      console.log('No changes: the entities match the migrations.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const body = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n');
    const file = path.resolve(__dirname, '../../src/db/migrations', `${timestamp}-${name}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body([...down].reverse())}
  }
}
`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add ${className} to src/db/migrations/index.ts.`);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

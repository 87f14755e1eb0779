import { chmod, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { openDatabase } from '../src/db/data-source';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';

/**
 * One real PostgreSQL for the whole run, started before any test file. It holds a template database with every
 * migration applied; each test file clones it (CREATE DATABASE … TEMPLATE) so files never see each other's rows.
 */
export const TEMPLATE_DATABASE = 'goodlink_template';

export default async function globalSetup() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'goodlink-test-'));
  await chmod(dir, 0o777);
  const logger = pino({ level: 'warn' });
  const pg = await startEmbeddedPostgres(dir, logger, TEMPLATE_DATABASE);
  const { dataSource } = await openDatabase({ url: pg.url });
  await dataSource.destroy();
  // Nothing may stay connected to a template while it is being cloned.
  const admin = new Client({ connectionString: pg.url.replace(`/${TEMPLATE_DATABASE}`, '/postgres') });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true`);
  await admin.end();
  process.env.GOODLINK_TEST_DATABASE_URL = pg.url;
  (globalThis as Record<string, unknown>).__goodlinkTestPostgres = { stop: pg.stop, dir };
}

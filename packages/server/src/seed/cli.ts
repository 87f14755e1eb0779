/** `pnpm seed`: loads the demo data into the configured database (idempotent). */
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { createLogger } from '../logger';
import { seedDemoData } from './seed';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase(config, logger);
  try {
    await seedDemoData(database.dataSource, logger);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import 'reflect-metadata';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { createLogger } from './logger';
import { UserService } from './modules/user/user.service';
import { isDatabaseEmpty, seedDemoData } from './seed/seed';

/** Start-up: configuration → database (and migrations) → first admin → demo data → HTTP. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase(config, logger);
  const { dataSource } = database;
  try {
    if (config.admin) await new UserService(dataSource, config).ensureAdmin(config.admin, logger);
    if (config.seedDemoData && (await isDatabaseEmpty(dataSource))) await seedDemoData(dataSource, logger);
  } catch (error) {
    await database.close();
    throw error;
  }

  let app;
  try {
    app = await startApp({ config, dataSource, logger }, config.port);
  } catch (error) {
    // Stop the embedded PostgreSQL too: it would outlive us and hold the data folder.
    await database.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${config.port} is already in use: stop what uses it, or set PORT to another port.`, {
        cause: error,
      });
    }
    throw error;
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app.stop();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Only now: whoever waits for this line may signal us at once, and must find the handlers in place.
  logger.info({ graphql: `${app.url}/graphql`, database: database.location }, 'Goodlink is ready');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

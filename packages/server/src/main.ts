import 'reflect-metadata';
import { startApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { connectDatabase } from './db/connect';
import { createLogger, type Logger } from './logger';
import { createDomain } from './domain';
import { isDatabaseEmpty, seedDemoData } from './seed/seed';

/**
 * What has been started so far, closed in reverse order — on a signal, or when start-up fails half-way, so that
 * an embedded PostgreSQL never outlives us holding the data folder.
 */
class Running {
  private readonly closers: Array<() => Promise<void>> = [];
  private closing: Promise<void> | undefined;

  constructor(private readonly logger: Logger) {}

  add(close: () => Promise<void>) {
    this.closers.push(close);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const close of this.closers.reverse()) {
        await close().catch((error) => this.logger.error({ err: error }, 'error while stopping'));
      }
    })();
    return this.closing;
  }
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** How long closing the pool and the embedded PostgreSQL may take once the grace is over. */
const SHUTDOWN_MARGIN_SECONDS = 10;

/** Start-up: configuration → database (and migrations) → first admin → demo data → HTTP. */
async function main() {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const running = new Running(logger);
  const stop = async (signal: string) => {
    logger.info({ signal, graceSeconds: config.shutdownGraceSeconds }, 'stopping');
    // The drains are bounded and what still runs is cancelled; should closing hang anyway (a database gone
    // silent), the process still ends — the embedded PostgreSQL's watchdog stops it when we are gone.
    setTimeout(
      () => {
        logger.error({ signal }, `still stopping ${SHUTDOWN_MARGIN_SECONDS} s past the grace: exiting now`);
        process.exit(1);
      },
      (config.shutdownGraceSeconds + SHUTDOWN_MARGIN_SECONDS) * 1000,
    ).unref();
    await running.close();
    logger.info('stopped');
    process.exit(0);
  };
  // A closed terminal sends SIGHUP: Node would die at once and leave PostgreSQL running (it reads HUP as "reload").
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));

  try {
    const database = await connectDatabase(config, logger);
    running.add(() => database.close());
    const { dataSource } = database;
    const domain = await createDomain(dataSource, config);
    if (config.admin) await domain.services.users.ensureAdmin(config.admin, logger);
    if (config.seedDemoData && (await isDatabaseEmpty(dataSource))) await seedDemoData(dataSource, logger);

    const app = await startApp({ config, dataSource, logger, domain }, config.port).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      throw new Error(`Port ${config.port} is already in use: stop what uses it, or set PORT to another port.`, {
        cause: error,
      });
    });
    running.add(() => app.stop());
    logger.info({ graphql: `${app.url}/graphql`, database: database.location }, 'Goodlink is ready');
  } catch (error) {
    await running.close();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { openDatabase } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { poolOf, watchCheckedOut } from './pool';

export interface Database {
  dataSource: DataSource;
  /** Where it runs, without the password, for logs. */
  location: string;
  close(): Promise<void>;
}

/** `DATABASE_URL` when set, otherwise the embedded PostgreSQL under the data folder; pending migrations applied. */
export async function connectDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'statementTimeoutMs'>,
  logger: Logger,
): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, logger);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const { dataSource, applied } = await openDatabase({ url, statementTimeoutMs: config.statementTimeoutMs });
    const location = new URL(url);
    location.password = '';
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
    const checkedOut = watchCheckedOut(poolOf(dataSource));
    return {
      dataSource,
      location: embedded ? `embedded PostgreSQL in ${config.dataDir}` : location.toString(),
      // Closed after the HTTP server: a statement still running serves a request that was cut off at the grace.
      close: async () => {
        const cancelled = await checkedOut.cancelRunning();
        if (cancelled) logger.warn({ cancelled }, 'cancelled statements still running after the shutdown grace');
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

import 'reflect-metadata';
import { DataSource, MigrationExecutor, type Logger as TypeOrmLogger } from 'typeorm';
import { entities } from '../modules';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DataSourceOptions {
  url: string;
  /** Receives every statement; tests count them. */
  logger?: TypeOrmLogger;
  poolSize?: number;
  /** PostgreSQL cancels any statement of the pool running longer than this (`statement_timeout`); unset: no limit. */
  statementTimeoutMs?: number;
}

export function createDataSource({ url, logger, poolSize = 10, statementTimeoutMs }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // The schema changes through committed migrations only.
    synchronize: false,
    migrationsRun: false,
    logging: logger ? true : false,
    logger,
    // Sent when each connection opens, so it holds for every statement, in a transaction or not.
    extra: { max: poolSize, application_name: 'goodlink', statement_timeout: statementTimeoutMs },
  });
}

/** Connects and applies pending migrations; returns their names. */
export async function openDatabase(options: DataSourceOptions): Promise<{ dataSource: DataSource; applied: string[] }> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    return { dataSource, applied: await runMigrations(dataSource) };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** A migration may rightly outlast the statement timeout (an index on a large table): its connection has none. */
async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.query('SET statement_timeout = 0');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    // Back to the connection's own setting before it returns to the pool.
    await runner.query('RESET statement_timeout');
    return applied.map((migration) => migration.name);
  } finally {
    await runner.release();
  }
}

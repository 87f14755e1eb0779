import path from 'node:path';
import { ConfigError, DEFAULT_DATA_DIR, DEFAULT_WEB_DIR, loadConfig } from '../config';

describe('loadConfig', () => {
  test('defaults: port 4000, embedded database under the server package, info logs, demo data', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      databaseUrl: null,
      dataDir: DEFAULT_DATA_DIR,
      admin: null,
      logLevel: 'info',
      seedDemoData: true,
      sessionTtlDays: 30,
      webDir: DEFAULT_WEB_DIR,
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
        GOODLINK_ADMIN_EMAIL: ' Admin@Example.org ',
        GOODLINK_ADMIN_PASSWORD: 'twelve chars!',
        LOG_LEVEL: 'DEBUG',
        GOODLINK_SEED_DEMO_DATA: 'false',
        GOODLINK_SESSION_TTL_DAYS: '7',
        GOODLINK_WEB_DIR: '/srv/goodlink-web',
      }),
    ).toEqual({
      port: 8080,
      databaseUrl: 'postgresql://u:p@db.internal:5432/goodlink',
      dataDir: path.resolve('relative/data'),
      admin: { email: 'admin@example.org', password: 'twelve chars!' },
      logLevel: 'debug',
      seedDemoData: false,
      sessionTtlDays: 7,
      webDir: '/srv/goodlink-web',
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
    ['GOODLINK_ADMIN_EMAIL', { GOODLINK_ADMIN_EMAIL: 'admin' }],
    ['GOODLINK_ADMIN_PASSWORD', { GOODLINK_ADMIN_EMAIL: 'a@example.org', GOODLINK_ADMIN_PASSWORD: 'short' }],
    ['GOODLINK_ADMIN_PASSWORD', { GOODLINK_ADMIN_PASSWORD: 'a password without an email' }],
    ['GOODLINK_SEED_DEMO_DATA', { GOODLINK_SEED_DEMO_DATA: 'maybe' }],
    ['GOODLINK_SESSION_TTL_DAYS', { GOODLINK_SESSION_TTL_DAYS: '0' }],
  ])('a bad %s is refused with a message naming it', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});

/** @type {import('jest').Config} */
const swc = {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  // One real Goodlink and one browser per file; files run one after another (2 cores, one embedded Postgres each).
  maxWorkers: 1,
  testTimeout: 120_000,
  reporters: ['default', ['<rootDir>/../server/test/summary-reporter.js', { name: 'web' }]],
};

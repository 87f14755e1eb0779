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
  // Each file starts its own Goodlink (an embedded Postgres); one at a time is kinder to a 2-core machine.
  maxWorkers: 1,
  testTimeout: 120_000,
  reporters: ['default', ['<rootDir>/../server/test/summary-reporter.js', { name: 'client' }]],
};

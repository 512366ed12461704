const path = require('node:path');
const preset = require('./jest.preset.js');

// Checks on the built mini-program package (WeChat's size limits, pages present).
module.exports = {
  ...preset,
  displayName: 'bundle',
  rootDir: path.resolve(__dirname, '../test/bundle'),
  testMatch: ['**/*.bundle.spec.ts'],
};

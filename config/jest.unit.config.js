const path = require('node:path');
const preset = require('./jest.preset.js');

// Domain specs, the contract's one-source checks, API service specs and the lint rules' tests: no server, no database.
module.exports = {
  rootDir: path.resolve(__dirname, '..'),
  projects: [
    { ...preset, displayName: 'domain', rootDir: path.resolve(__dirname, '../packages/domain'), roots: ['<rootDir>/src'] },
    { ...preset, displayName: 'contracts', rootDir: path.resolve(__dirname, '../packages/contracts'), roots: ['<rootDir>/src'] },
    { ...preset, displayName: 'api', rootDir: path.resolve(__dirname, '../apps/api'), roots: ['<rootDir>/src'] },
    // The lint rules' own tests: each must catch the violation it exists for.
    { ...preset, displayName: 'tooling', rootDir: path.resolve(__dirname, '../test/tooling'), roots: ['<rootDir>'] },
  ],
};

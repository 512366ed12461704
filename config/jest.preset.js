// Shared jest preset: SWC with decorator metadata (NestJS DI needs it), workspace packages mapped to sources
// so tests never run against a stale build.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
      },
    ],
  },
  moduleNameMapper: {
    '^@govopen/domain$': path.join(root, 'packages/domain/src/index.ts'),
    '^@govopen/contracts$': path.join(root, 'packages/contracts/src/index.ts'),
  },
};

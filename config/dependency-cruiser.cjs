// Which code may depend on which: `pnpm exec depcruise -c config/dependency-cruiser.cjs apps packages`, run with lint.
// Module folders under apps/api/src/modules depend one way; a shared mechanism (publishing, audit) defines the port it
// needs and its users provide it, so a cycle between two modules is an error, not a style note.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycle',
      comment: 'API feature modules depend one way: a module folder may not reach back to one that depends on it.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^apps/api/src/modules/[^/]+' },
      to: { path: '^apps/api/src/modules/[^/]+', circular: true },
    },
    {
      name: 'no-file-cycle',
      comment: 'No import cycle between files anywhere in the apps or packages.',
      severity: 'error',
      from: { path: '^(apps|packages)/' },
      to: { circular: true },
    },
    {
      name: 'domain-stands-alone',
      comment: 'packages/domain is framework-free rules: nothing from the apps, the contracts or any npm package.',
      severity: 'error',
      // Specs may read the shared fixtures under test/.
      from: { path: '^packages/domain/src/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: '^packages/domain/src/', dependencyTypesNot: ['core'] },
    },
    {
      name: 'domain-no-node-builtins',
      comment: 'The domain runs in the mini-program too: no Node built-ins.',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contracts-stand-alone',
      comment: 'packages/contracts are wire types and the typed client: no apps, no ORM, no framework.',
      severity: 'error',
      from: { path: '^packages/contracts/src/' },
      to: { pathNot: '^packages/(contracts|domain)/(src|dist)/', dependencyTypesNot: ['core'] },
    },
    {
      name: 'packages-through-entry-points',
      comment: 'Apps use @govopen/contracts and @govopen/domain through their package entry point, never a file inside.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^packages/[^/]+/', pathNot: '^packages/[^/]+/(dist/index\\.(js|d\\.ts)|src/index\\.ts)$' },
    },
    {
      name: 'typeorm-only-in-repositories',
      comment: 'Persistence lives in repositories: only *.repository.ts, *.entity.ts and database/ (with migrations) import TypeORM.',
      severity: 'error',
      from: {
        path: '^apps/api/src/',
        pathNot: [
          '\\.(repository|entity)\\.ts$',
          '^apps/api/src/database/',
          // Bootstrap wiring, the entities' column transformer and the driver-error classifier the repositories share.
          '^apps/api/src/(app\\.module|main)\\.ts$',
          '^apps/api/src/common/(timestamp\\.transformer|unique-violation)\\.ts$',
        ],
      },
      to: { path: 'node_modules/(typeorm|@nestjs/typeorm)/' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^packages/[^/]+/dist/'] },
    exclude: { path: '^apps/[^/]+/(dist|\\.swc)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['main', 'types'] },
  },
};

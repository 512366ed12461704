import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');
const config = join(root, 'config/dependency-cruiser.cjs');

/**
 * The dependency rules `pnpm deps` enforces, run on a small made-up tree laid out like the repo: a rule that matched
 * nothing (a path typo, a renamed folder) would pass CI forever, so each rule must catch its violation here.
 */
function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'govopen-deps-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = spawnSync(depcruise, ['-c', config, '--output-type', 'err', 'apps', 'packages'], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const clean = {
  'packages/domain/src/index.ts': "export * from './rule';\n",
  'packages/domain/src/rule.ts': 'export const RULE = 1;\n',
  'apps/api/src/modules/case/case.service.ts': "import { RULE } from '../../../../../packages/domain/src/index';\nexport const CASE = RULE;\n",
};

describe('the dependency rules catch what they forbid', () => {
  it('a tree that keeps the rules passes', () => {
    const { status, output } = cruise(clean);
    expect(output).not.toContain('error');
    expect(status).toBe(0);
  });

  it.each`
    rule                                 | files
    ${'domain-stands-alone'}             | ${{ 'packages/domain/src/rule.ts': "import { CASE } from '../../../apps/api/src/modules/case/case.service';\nexport const RULE = CASE;\n" }}
    ${'domain-no-node-builtins'}         | ${{ 'packages/domain/src/rule.ts': "import { createHash } from 'node:crypto';\nexport const RULE = createHash;\n" }}
    ${'packages-through-entry-points'}   | ${{ 'apps/api/src/modules/case/case.service.ts': "import { RULE } from '../../../../../packages/domain/src/rule';\nexport const CASE = RULE;\n" }}
    ${'no-module-cycle'}                 | ${{ 'apps/api/src/modules/case/case.service.ts': "import { NOTE } from '../note/note.service';\nexport const CASE = NOTE;\n", 'apps/api/src/modules/note/note.service.ts': "import { CASE } from '../case/case.service';\nexport const NOTE = CASE;\n" }}
    ${'typeorm-only-in-repositories'}    | ${{ 'node_modules/typeorm/package.json': '{"name":"typeorm","main":"index.js"}', 'node_modules/typeorm/index.js': 'exports.DataSource = class {};\n', 'apps/api/src/modules/case/case.service.ts': "import { DataSource } from 'typeorm';\nexport const CASE = DataSource;\n" }}
  `('a deliberate violation of $rule fails the run and names the rule', ({ rule, files }) => {
    const { status, output } = cruise({ ...clean, ...files });
    expect(status).not.toBe(0);
    expect(output).toContain(rule);
  });
});

// `npm test`: install, build, then the unit specs, the API e2e suite (against a started server on SQLite, or on
// MySQL/MariaDB when E2E_DATABASE_URL is set) and the browser journeys in Debian's Chromium.
// `npm test -- --suite e2e` runs one suite (repeatable); lint (eslint, tsc, redocly on the generated OpenAPI document)
// runs with the full set. Every e2e answer is checked against that document; each misfit counts as a failure.
import fs from 'node:fs';
import path from 'node:path';
import { build, install, pnpmCommand, ROOT, runStatus } from './common.mjs';

const requested = process.argv.flatMap((arg, index, all) => (arg === '--suite' ? [all[index + 1]] : []));
const SUITES = ['lint', 'unit', 'e2e', 'browser', 'bundle'];
const suites = requested.length ? requested : SUITES;
const unknown = suites.filter((suite) => !SUITES.includes(suite));
if (unknown.length) {
  console.error(`[govopen] 未知的测试集: ${unknown.join(', ')}（可选 ${SUITES.join('、')}）`);
  process.exit(2);
}

const DEPCRUISE_ARGS = ['-c', 'config/dependency-cruiser.cjs', 'apps/api/src', 'apps/admin/src', 'apps/miniapp/src', 'packages/domain/src', 'packages/contracts/src'];
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const inCi = process.env.CI === 'true';
const artifacts = path.join(ROOT, 'test/.artifacts');
fs.mkdirSync(artifacts, { recursive: true });

if (process.env.GOVOPEN_SKIP_INSTALL !== '1') install();
if (process.env.GOVOPEN_SKIP_BUILD !== '1') {
  build({ frontEnds: suites.includes('browser'), weapp: suites.includes('bundle') });
}

// Every failure counts in the closing line, not only in the exit code: a failed check, a spec file that did not load
// (jest counts no test for it) and a jest run that wrote no report are each one failed.
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function fail(what) {
  totals.failed += 1;
  failures.push(what);
}

function jest(name, config) {
  const outputFile = path.join(artifacts, `${name}.json`);
  fs.rmSync(outputFile, { force: true });
  const [command, ...prefix] = pnpmCommand();
  const status = runStatus(command, [...prefix, 'exec', 'jest', '-c', `config/${config}`, '--json', `--outputFile=${outputFile}`]);
  let report = null;
  try {
    report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  } catch {
    // No report, or half of one: the run crashed.
  }
  if (!report) {
    fail(`${name}：jest 退出（${status}）时没有写出结果文件，运行崩溃`);
    return;
  }
  const failedBefore = totals.failed;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A file that throws while loading, or whose hooks fail with every test passing, fails with no failed test in it.
  const broken = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'));
  for (const file of broken) fail(`${name}：${path.relative(ROOT, file.name)} 未能运行（加载出错或钩子出错）`);
  if (report.numTotalTests === 0 && !broken.length) fail(`${name}：没有运行任何测试`);
  if (status !== 0 && totals.failed === failedBefore) fail(`${name}：jest 退出码 ${status}，但没有失败的测试`);
}

if (suites.includes('lint')) {
  const [command, ...prefix] = pnpmCommand();
  console.log('[govopen] 代码检查（eslint）');
  if (runStatus(command, [...prefix, 'exec', 'eslint', '-c', 'config/eslint.config.mjs', '--max-warnings=0', '.']) !== 0) fail('代码检查（eslint）');
  // Which folder may import which (module cycles, entry points of the packages, TypeORM only in repositories).
  console.log('[govopen] 依赖方向检查（dependency-cruiser）');
  if (runStatus(command, [...prefix, 'exec', 'depcruise', ...DEPCRUISE_ARGS]) !== 0) fail('依赖方向检查（dependency-cruiser）');
  // The test runner (SWC) strips types without checking them: the compiler checks every workspace here.
  console.log('[govopen] 类型检查（tsc）');
  if (runStatus(command, [...prefix, '-r', 'run', 'typecheck']) !== 0) fail('类型检查（tsc）');
  // The document the API build generated from the code (apps/api/dist/openapi.json); redocly.yaml says what is off.
  console.log('[govopen] 接口文档检查（redocly lint）');
  if (runStatus(command, [...prefix, 'exec', 'redocly', 'lint', '--config', 'redocly.yaml', 'apps/api/dist/openapi.json']) !== 0) fail('接口文档检查（redocly lint）');
}
if (suites.includes('unit')) jest('unit', 'jest.unit.config.js');
if (suites.includes('e2e')) {
  const target = process.env.E2E_DATABASE_URL ? 'MySQL/MariaDB' : 'SQLite';
  console.log(`[govopen] 接口端到端测试（数据库：${target}）`);
  // Each answer that does not fit the OpenAPI document counts here as one failure (the servers record them; the
  // suite's teardown only lists them when we count).
  const violationsFile = path.join(artifacts, 'contract-violations.jsonl');
  process.env.CONTRACT_CHECK_FILE = violationsFile;
  process.env.CONTRACT_VIOLATIONS_COUNTED_BY_RUNNER = '1';
  jest('e2e', 'jest.e2e.config.js');
  const violations = fs.existsSync(violationsFile) ? fs.readFileSync(violationsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
  for (const violation of violations) {
    const fields = (violation.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''}`.trim()).join('; ');
    fail(`接口契约：${violation.method} ${violation.route} → ${violation.status}：${violation.problem}${fields ? `（${fields}）` : ''}`);
  }
}
if (suites.includes('browser')) {
  if (fs.existsSync(chromium)) {
    jest('browser', 'jest.browser.config.js');
  } else if (inCi) {
    console.error(`[govopen] CI 中找不到 Chromium（${chromium}）：浏览器测试不能跳过`);
    fail(`browser：找不到 Chromium（${chromium}）`);
  } else {
    console.warn(`
########################################################################
#  浏览器测试已跳过 — BROWSER TESTS SKIPPED                              #
#  找不到 Chromium（${chromium}）。安装：apt-get install -y chromium fonts-noto-cjk
########################################################################
`);
    totals.skipped += 1;
  }
}

if (suites.includes('bundle')) jest('bundle', 'jest.bundle.config.js');

if (failures.length) console.error(`\n[govopen] 以下各计一项失败：\n${failures.map((what) => `  - ${what}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);

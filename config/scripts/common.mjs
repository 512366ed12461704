// Helpers for the two README commands. Plain Node (no dependencies): they run before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PNPM_VERSION = '10.34.9';

let pnpm = null;

/** pnpm as [command, ...args]: the one running us, one on PATH at major 10, or bootstrapped through npx. */
export function pnpmCommand() {
  if (pnpm) return pnpm;
  const execPath = process.env.npm_execpath ?? '';
  if (/pnpm/.test(path.basename(execPath))) {
    pnpm = [process.execPath, execPath];
  } else {
    const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) {
      pnpm = ['pnpm'];
    } else {
      console.log(`[govopen] 未找到 pnpm 10，使用 npx 获取 pnpm@${PNPM_VERSION}`);
      pnpm = ['npx', '-y', `pnpm@${PNPM_VERSION}`];
    }
  }
  return pnpm;
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    console.error(`[govopen] 命令失败 (${result.status ?? result.signal}): ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

/** Runs and answers the exit code instead of exiting: for test suites whose failures are summed at the end. */
export function runStatus(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  return result.status ?? 1;
}

export function runPnpm(args, options) {
  const [command, ...prefix] = pnpmCommand();
  run(command, [...prefix, ...args], options);
}

export function install() {
  console.log('[govopen] 安装依赖…');
  runPnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
}

/** Builds what runs: the shared packages, the API, the admin console and the H5 mini-program. */
export function build({ frontEnds = true, weapp = false } = {}) {
  console.log('[govopen] 构建…');
  runPnpm(['--filter', '@govopen/domain', '--filter', '@govopen/contracts', 'run', 'build']);
  runPnpm(['--filter', '@govopen/api', 'run', 'build']);
  if (frontEnds) {
    runPnpm(['--filter', '@govopen/admin', 'run', 'build']);
    runPnpm(['--filter', '@govopen/miniapp', 'run', 'build:h5']);
  }
  if (weapp) runPnpm(['--filter', '@govopen/miniapp', 'run', 'build:weapp']);
}

export function startProcess(command, args, options = {}) {
  return spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
}

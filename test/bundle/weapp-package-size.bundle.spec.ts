import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../e2e/support/server';

const WEAPP = path.join(ROOT, 'apps/miniapp/dist/weapp');
// DOMAIN §7: the main package and each subpackage ≤ 2 MB, everything ≤ 30 MB.
const PACKAGE_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 30 * 1024 * 1024;

function sizeOf(dir: string, skip: (file: string) => boolean = () => false): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (skip(file)) continue;
    total += entry.isDirectory() ? sizeOf(file, skip) : fs.statSync(file).size;
  }
  return total;
}

describe('weapp build', () => {
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
    tabBar: { list: { pagePath: string }[] };
  };
  const subRoots = (app.subPackages ?? []).map((sub) => path.join(WEAPP, sub.root));

  it('has the four tabs in the main package, each page built', () => {
    expect(app.tabBar.list.map((tab) => tab.pagePath)).toEqual(['pages/index/index', 'pages/policy/index', 'pages/services/index', 'pages/me/index']);
    for (const page of app.pages) expect(fs.existsSync(path.join(WEAPP, `${page}.js`))).toBe(true);
    for (const sub of app.subPackages ?? []) {
      for (const page of sub.pages) expect(fs.existsSync(path.join(WEAPP, sub.root, `${page}.js`))).toBe(true);
    }
  });

  it('keeps the main package and every subpackage under 2 MB, the whole under 30 MB', () => {
    const main = sizeOf(WEAPP, (file) => subRoots.includes(file));
    expect(main).toBeLessThan(PACKAGE_LIMIT);
    for (const root of subRoots) expect(sizeOf(root)).toBeLessThan(PACKAGE_LIMIT);
    expect(sizeOf(WEAPP)).toBeLessThan(TOTAL_LIMIT);
  });
});

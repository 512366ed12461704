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

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(WEAPP, file), 'utf8')) as T;
}

/** The subpackage roots a built page's code navigates to ('/packages/disclosure/pages/apply/index' → packages/disclosure). */
function subpackagesOpenedBy(page: string): string[] {
  const code = fs.readFileSync(path.join(WEAPP, `${page}.js`), 'utf8');
  return [...new Set([...code.matchAll(/["'`]\/(packages\/[a-z-]+)\//g)].map((match) => match[1]))].sort();
}

describe('weapp build', () => {
  const app = readJson<{
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
    tabBar: { list: { pagePath: string }[] };
  }>('app.json');
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

describe('weapp start-up (WeChat performance guidance)', () => {
  const app = readJson<{
    pages: string[];
    subPackages: { root: string; pages: string[] }[];
    lazyCodeLoading?: string;
    preloadRule?: Record<string, { network?: string; packages: string[] }>;
    sitemapLocation?: string;
  }>('app.json');
  const roots = app.subPackages.map((sub) => sub.root);

  it('injects only the components each page uses', () => {
    expect(app.lazyCodeLoading).toBe('requiredComponents');
  });

  it('preloads every subpackage the home page opens, within WeChat\'s 2 MB per page', () => {
    const opened = subpackagesOpenedBy('pages/index/index');
    expect(opened.length).toBeGreaterThan(0);
    expect([...(app.preloadRule?.['pages/index/index']?.packages ?? [])].sort()).toEqual(opened);
    for (const [page, rule] of Object.entries(app.preloadRule ?? {})) {
      expect(app.pages).toContain(page);
      for (const root of rule.packages) expect(roots).toContain(root);
      expect(rule.packages.reduce((total, root) => total + sizeOf(path.join(WEAPP, root)), 0)).toBeLessThan(PACKAGE_LIMIT);
    }
  });

  it('ships a sitemap that keeps a resident\'s own pages out of WeChat search', () => {
    expect(app.sitemapLocation).toBe('sitemap.json');
    const sitemap = readJson<{ rules: { action: 'allow' | 'disallow'; page: string }[] }>(app.sitemapLocation!);
    const pages = new Set([...app.pages, ...app.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]);
    for (const rule of sitemap.rules) expect(rule.page === '*' || pages.has(rule.page)).toBe(true);
    const disallowed = sitemap.rules.filter((rule) => rule.action === 'disallow').map((rule) => rule.page);
    expect(disallowed).toEqual(expect.arrayContaining(['pages/me/index', 'packages/disclosure/pages/mine/index', 'packages/disclosure/pages/detail/index', 'packages/account/pages/messages/index']));
    // Rules apply in order: the catch-all allow comes last, after every exception.
    expect(sitemap.rules.at(-1)).toEqual({ action: 'allow', page: '*' });
  });

  it('carries the AppID of the build environment (WEAPP_APPID), never the tourist id when one was given', () => {
    const { appid } = readJson<{ appid: string }>('project.config.json');
    if (process.env.WEAPP_APPID) expect(appid).toBe(process.env.WEAPP_APPID);
    else expect(appid).toMatch(/^(wx[0-9a-f]{16}|touristappid)$/);
  });
});

// Lighthouse 12.2.3 (pinned: 13 needs Node 22) on the built front ends served by the API, in Debian's Chromium: the H5
// home and a policy page with the mobile profile, the console's sign-in page and a case page with the desktop one.
// Prints performance, accessibility, LCP, TBT and CLS per page; the targets are beside them, nothing asserts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { freePort, loadTestSupport, openBenchDatabase, ROOT, startApi } from './support.mjs';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(ROOT, 'apps/admin/dist/index.html')) || !fs.existsSync(path.join(ROOT, 'apps/miniapp/dist/h5/index.html'))) {
  console.log(`skipped: needs Chromium (${CHROMIUM}) and the admin and H5 builds`);
  process.exit(0);
}

const { default: lighthouse, desktopConfig } = await import('lighthouse');
const { citizenApplication } = loadTestSupport('test/e2e/support/applications.ts');
// Lighthouse drives the page through its own puppeteer-core; the console's case page needs a signed-in tab first.
const puppeteer = require(require.resolve('puppeteer-core', { paths: [path.dirname(require.resolve('lighthouse'))] }));

const database = await openBenchDatabase('lighthouse');
const api = await startApi(database.url, { STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '', SEED_DEMO: 'true', SEED_DEMO_CONTENT: 'true', DEV_LOGIN_ENABLED: 'true' });
const port = await freePort();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-lighthouse-'));
const chromium = spawn(
  CHROMIUM,
  ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
  { stdio: 'ignore' },
);

async function json(urlPath, init = {}) {
  const response = await fetch(`${api.baseUrl}${urlPath}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${urlPath}: ${response.status} ${await response.text()}`);
  return response.json();
}

try {
  const browserURL = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(`${browserURL}/json/version`)).ok) break;
    } catch {
      if (tries > 100) throw new Error('Chromium did not open its debugging port');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const browser = await puppeteer.connect({ browserURL });

  // A case to open: a resident files one; the office head (who sees every unit's cases) opens it.
  const resident = await json('/api/auth/dev-login', { method: 'POST', body: JSON.stringify({ openid: 'lighthouse-resident' }) });
  const filed = await json('/api/disclosure-requests', { method: 'POST', body: JSON.stringify(citizenApplication()), headers: { authorization: `Bearer ${resident.token}` } });
  const staff = await json('/api/admin/auth/login', { method: 'POST', body: JSON.stringify({ username: 'head', password: 'GovOpen@2026' }) });
  const policies = await json('/api/policies');
  const policyId = (policies.items ?? policies)[0].id;

  const targets = [
    { name: 'H5 home (mobile)', url: `${api.baseUrl}/h5/`, config: undefined, targets: 'perf ≥ 95, a11y ≥ 95, LCP < 2.5 s' },
    { name: 'H5 policy (mobile)', url: `${api.baseUrl}/h5/#/packages/policy/pages/document/index?id=${policyId}`, config: undefined, targets: 'perf ≥ 95, a11y ≥ 95, LCP < 2.5 s' },
    { name: 'console sign-in (desktop)', url: `${api.baseUrl}/admin/login`, config: desktopConfig, targets: 'perf ≥ 90, a11y ≥ 95' },
    { name: 'console case (desktop)', url: `${api.baseUrl}/admin/disclosure-requests/${filed.id}`, config: desktopConfig, signedIn: true, targets: 'perf ≥ 90, a11y ≥ 95' },
  ];
  for (const target of targets) {
    const page = await browser.newPage();
    if (target.signedIn) {
      // The console keeps its token in sessionStorage, which lives as long as this tab: set it, then let Lighthouse
      // load the case page in the same tab without clearing storage.
      await page.goto(`${api.baseUrl}/admin/login`);
      await page.evaluate((token) => sessionStorage.setItem('govopen.admin.token', token), staff.token);
    }
    const result = await lighthouse(
      target.url,
      { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], disableStorageReset: Boolean(target.signedIn) },
      target.config,
      page,
    );
    await page.close();
    const { categories, audits } = result.lhr;
    const score = (category) => String(Math.round((categories[category].score ?? 0) * 100)).padStart(3);
    const seconds = (audit) => `${(audits[audit].numericValue / 1000).toFixed(2)} s`;
    console.log(
      `${target.name.padEnd(28)} performance ${score('performance')}  accessibility ${score('accessibility')}  LCP ${seconds('largest-contentful-paint')}  TBT ${Math.round(audits['total-blocking-time'].numericValue)} ms  CLS ${audits['cumulative-layout-shift'].numericValue.toFixed(3)}   (targets: ${target.targets})`,
    );
    // A signed-out case page would be the sign-in page scored twice: say so rather than print its numbers as the case's.
    if (target.signedIn && result.lhr.finalDisplayedUrl !== target.url) console.log(`${''.padEnd(28)} ended at ${result.lhr.finalDisplayedUrl}, not the page asked for`);
    const failed = Object.values(audits).filter((audit) => audit.score === 0 && categories.accessibility.auditRefs.some((ref) => ref.id === audit.id));
    if (failed.length) console.log(`${''.padEnd(28)} accessibility audits failed: ${failed.map((audit) => audit.id).join(', ')}`);
  }
  await browser.disconnect();
} finally {
  chromium.kill('SIGKILL');
  await api.stop();
  await database.drop();
  fs.rmSync(profile, { recursive: true, force: true });
}

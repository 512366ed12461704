// What a first visit downloads: the console's login page and the H5 home page, opened in Chromium from the built
// front ends served by the API. Prints, per page, the script files it loaded with their size as built, gzipped
// (level 9, so builds compare whatever the server sends) and as transferred. Prints numbers only.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { openBenchDatabase, ROOT, startApi } from './support.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PAGES = [
  { name: 'console login', path: '/admin/login', ready: 'input#username' },
  { name: 'H5 home', path: '/h5/', ready: 'text=依申请公开' },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(8)} KB`;

if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(ROOT, 'apps/admin/dist/index.html')) || !fs.existsSync(path.join(ROOT, 'apps/miniapp/dist/h5/index.html'))) {
  console.log(`skipped: needs Chromium (${CHROMIUM}) and the admin and H5 builds`);
  process.exit(0);
}

const database = await openBenchDatabase('weight');
const api = await startApi(database.url, { STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '', SEED_DEMO: 'true' });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const target of PAGES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = [];
    page.on('requestfinished', async (request) => {
      if (request.resourceType() !== 'script') return;
      const response = await request.response();
      const body = await response.body();
      const sizes = await request.sizes();
      scripts.push({ url: new URL(request.url()).pathname, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, transferred: sizes.responseBodySize, encoding: response.headers()['content-encoding'] ?? 'none' });
    });
    await page.goto(`${api.baseUrl}${target.path}`, { waitUntil: 'networkidle' });
    await page.waitForSelector(target.ready);
    await context.close();
    scripts.sort((a, b) => b.raw - a.raw);
    const sum = (key) => scripts.reduce((total, script) => total + script[key], 0);
    console.log(`${target.name} (${target.path}): ${scripts.length} scripts  raw ${kb(sum('raw'))}  gzip ${kb(sum('gzip'))}  transferred ${kb(sum('transferred'))}`);
    for (const script of scripts) console.log(`  ${script.url.padEnd(48)} raw ${kb(script.raw)}  gzip ${kb(script.gzip)}  sent ${kb(script.transferred)} (${script.encoding})`);
  }
} finally {
  await browser.close();
  await api.stop();
  await database.drop();
}

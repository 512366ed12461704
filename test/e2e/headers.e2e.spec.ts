import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { freePort, ROOT, startServer, StartedServer } from './support/server';

const CLOCK_NOW = '2026-11-23T02:00:00Z';

describe('security headers', () => {
  let server: StartedServer;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW, TRUST_PROXY: 'true' });
  });
  afterAll(() => server.stop());

  it('an API answer may run nothing, be framed nowhere, and is never sniffed', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('HSTS only over https (here: a proxy that says so), never on plain http', async () => {
    expect((await fetch(`${server.baseUrl}/api/health`)).headers.get('strict-transport-security')).toBeNull();
    const https = await fetch(`${server.baseUrl}/api/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('errors carry the same headers', async () => {
    const response = await fetch(`${server.baseUrl}/api/no-such-route`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

/** A GET answered as sent (fetch would undo the compression this checks). */
function getBytes(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('front-end files: precompressed, hashed ones cached for a year, pages revalidated', () => {
  // Two small builds shaped like Vite's (assets/) and Taro's (js/), compressed by the builds' own step.
  const builds = path.join(os.tmpdir(), `govopen-static-${process.pid}`);
  const chunk = `export const rows = [${Array.from({ length: 2000 }, (_, index) => `{ id: ${index}, title: '政策文件 ${index}' }`).join(', ')}];\n`;
  const IMMUTABLE = 'public, max-age=31536000, immutable';
  let server: StartedServer;

  beforeAll(async () => {
    const files: Record<string, string> = {
      'admin/index.html': '<!doctype html><html lang="zh-CN"><head><title>管理后台</title><script type="module" src="/admin/assets/index-Bq0UIaaM.js"></script></head><body><div id="root"></div></body></html>',
      'admin/assets/index-Bq0UIaaM.js': chunk,
      'admin/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#b71c1c"/></svg>',
      'h5/index.html': '<!doctype html><html lang="zh-CN"><head><title>政务公开通</title></head><body><div id="app"></div><script src="/h5/js/app.5df919d1.js"></script></body></html>',
      'h5/js/app.5df919d1.js': chunk,
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(builds, file)), { recursive: true });
      fs.writeFileSync(path.join(builds, file), text);
    }
    execFileSync(process.execPath, [path.join(ROOT, 'config/scripts/precompress.mjs'), path.join(builds, 'admin'), path.join(builds, 'h5')]);
    server = await startServer({ CLOCK_NOW, STATIC_ADMIN_DIR: path.join(builds, 'admin'), STATIC_H5_DIR: path.join(builds, 'h5') });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(builds, { recursive: true, force: true });
  });

  it('GET /admin/assets/… with Accept-Encoding: br answers the brotli body, cached for a year', async () => {
    const response = await getBytes(`${server.baseUrl}/admin/assets/index-Bq0UIaaM.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(chunk) / 5);
    expect(zlib.brotliDecompressSync(response.body).toString('utf8')).toBe(chunk);
  });

  it('gzip to a client without brotli, the file as built to one that accepts neither', async () => {
    const gzip = await getBytes(`${server.baseUrl}/h5/js/app.5df919d1.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe(IMMUTABLE);
    expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(chunk);
    const plain = await getBytes(`${server.baseUrl}/h5/js/app.5df919d1.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(chunk);
  });

  it.each(['/admin/', '/admin/disclosure-requests/12', '/h5/'])('the page %s is revalidated on every visit (no-cache), never kept for a year', async (page) => {
    const response = await getBytes(`${server.baseUrl}${page}`, { 'accept-encoding': 'br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('a file whose name carries no hash (the favicon) is revalidated, not made immutable', async () => {
    const response = await getBytes(`${server.baseUrl}/admin/favicon.svg`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('the compressed copies are never sent under their own names', async () => {
    expect((await getBytes(`${server.baseUrl}/h5/js/app.5df919d1.js.gz`)).status).toBe(404);
    // Under /admin/ a path that is no file is one of the console's routes: the index page answers it.
    const admin = await getBytes(`${server.baseUrl}/admin/assets/index-Bq0UIaaM.js.br`);
    expect(admin.headers['content-type']).toMatch(/^text\/html/);
    expect(admin.body.toString('utf8')).toContain('<div id="root">');
  });
});

describe('the OpenAPI document in production', () => {
  const production = () => ({
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(48).toString('base64'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    FINGERPRINT_KEY: randomBytes(32).toString('base64'),
    MEDIA_SIGNING_KEY: randomBytes(32).toString('base64'),
    WECHAT_APPID: 'wx-test-app',
    WECHAT_SECRET: 'test-secret',
    SEED_DEMO: 'false',
    DEV_LOGIN_ENABLED: 'false',
    RATE_LIMITS: '',
    CLOCK_NOW: '',
    MEDIA_DIR: path.join(os.tmpdir(), `govopen-docs-media-${process.pid}`),
  });

  it('is off unless enabled', async () => {
    const server = await startServer({ ...production(), PORT: String(await freePort()) });
    try {
      expect((await fetch(`${server.baseUrl}/api/docs-json`)).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/api/docs`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('with API_DOCS=on, only the JSON, only for signed-in staff', async () => {
    const server = await startServer({ ...production(), API_DOCS: 'on', PORT: String(await freePort()) });
    try {
      const anonymous = await fetch(`${server.baseUrl}/api/docs-json`);
      expect(anonymous.status).toBe(401);
      expect((await anonymous.json()).message).toBe('请先登录管理后台');
      expect((await fetch(`${server.baseUrl}/api/docs`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

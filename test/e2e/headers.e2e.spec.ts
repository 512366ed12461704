import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { freePort, startServer, StartedServer } from './support/server';

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

import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { png, upload } from './support/files';
import { freePort, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const WRONG = 'Wrong@Pass1234';
// Monday 2026-11-23, 10:00:00 in China.
const CLOCK_NOW = '2026-11-23T02:00:00Z';

/**
 * Sign-in policy (README "Sign-in"): failures make the account wait longer, never a lock a stranger can keep up; a
 * waiting, unknown or wrong-password sign-in answer alike; the client address is limited separately; parallel
 * guesses are counted one by one in the database.
 */
describe('staff sign-in under attack', () => {
  let server: StartedServer;
  let port: string;

  const start = async (extra: Record<string, string> = {}) => {
    const database = server?.database;
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW, PORT: port, ...extra }, database);
  };
  const login = (username: string, password: string, from = '203.0.113.10') =>
    server.request('POST', '/api/admin/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': from } });
  const auditOf = async (action: string) => {
    const admin = (await login('admin', DEMO_PASSWORD, '198.51.100.1')).body.token;
    return (await server.request('GET', `/api/admin/audit-logs?action=${action}&pageSize=100`, { token: admin })).body.items as { actorName: string; detail: string; ip: string }[];
  };

  beforeAll(async () => {
    port = String(await freePort());
    await start({ TRUST_PROXY: 'true' });
  });
  afterAll(() => server.stop());

  it('three typos are free; the fourth makes the account wait 2 s, during which even the right password is not heard', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await login('reviewer', WRONG)).status).toBe(401);
    const waiting = await login('reviewer', DEMO_PASSWORD);
    const unknown = await login('nobody-here', DEMO_PASSWORD);
    const wrong = await login('publisher', WRONG);
    // Waiting, unknown and wrong look the same: nothing tells which accounts exist or are under attack.
    expect(waiting.status).toBe(401);
    expect(waiting.body).toEqual(unknown.body);
    expect(waiting.body).toEqual(wrong.body);
    expect(waiting.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('the wait passes by itself: three seconds later the owner signs in, and the count starts again', async () => {
    await start({ TRUST_PROXY: 'true', CLOCK_NOW: '2026-11-23T02:00:03Z' });
    expect((await login('reviewer', DEMO_PASSWORD)).status).toBe(200);
    expect((await login('reviewer', WRONG)).status).toBe(401);
    expect((await login('reviewer', DEMO_PASSWORD)).status).toBe(200);
  });

  it('30 parallel guesses: the database hears at most four of them (the rest are refused unheard), so at most one can succeed', async () => {
    const guesses = Array.from({ length: 30 }, (_, index) => login('handler', index === 29 ? DEMO_PASSWORD : `${WRONG}${index}`));
    const answers = await Promise.all(guesses);
    expect(answers.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(1);
    const checked = (await auditOf('staff.login.failed')).filter((entry) => entry.actorName === 'handler' && entry.detail.startsWith('密码错误'));
    expect(checked.length).toBeLessThanOrEqual(4);
  });

  it('stores a typed name with control characters escaped: no NUL reaches the audit log', async () => {
    expect((await login('evil\u0000\u001b[31m\nname', WRONG, '203.0.113.77')).status).toBe(401);
    const names = (await auditOf('staff.login.failed')).map((entry) => entry.actorName);
    expect(names).toContain('evil\\u0000\\u001b[31m\\u000aname');
    expect([...names.join('')].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
  });

  it('records at most 20 failures per address in 15 minutes, then one line saying the rest were not recorded', async () => {
    for (let attempt = 0; attempt < 26; attempt += 1) await login(`flood-${attempt}`, WRONG, '203.0.113.99');
    const rows = (await auditOf('staff.login.failed')).filter((entry) => entry.ip === '203.0.113.99');
    expect(rows).toHaveLength(21);
    expect(rows.filter((row) => row.detail.includes('不再逐条记录'))).toHaveLength(1);
  });
});

describe('rate limits per client address and per account', () => {
  let server: StartedServer;

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW, TRUST_PROXY: 'true', RATE_LIMITS: 'on', RATE_LIMIT_SIGN_IN: '5/600', RATE_LIMIT_UPLOADS: '60/3600', RATE_LIMIT_WRITES: '1000/600' });
  });
  afterAll(() => server.stop());

  const login = (from: string) =>
    server.request('POST', '/api/admin/auth/login', { body: { username: 'nobody', password: WRONG }, headers: { 'x-forwarded-for': from } });

  it('a flood of sign-ins from one address is slowed to 429 with Retry-After, in Chinese; another address is not', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await login('203.0.113.5')).status).toBe(401);
    const response = await fetch(`${server.baseUrl}/api/admin/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.5' },
      body: JSON.stringify({ username: 'nobody', password: WRONG }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBe(600);
    const body = await response.json();
    expect(body).toMatchObject({ code: 'RATE_LIMITED' });
    expect(body.message).toContain('10 分钟后再试');
    expect((await login('203.0.113.6')).status).toBe(401);
  });

  it('70 parallel uploads by one resident: exactly 60 pass the hourly quota, counted in the database', async () => {
    const resident = (await server.request('POST', '/api/auth/dev-login', { body: { openid: 'uploader' }, headers: { 'x-forwarded-for': '203.0.113.20' } })).body.token;
    const results = await Promise.all(Array.from({ length: 70 }, (_, index) => upload(server.baseUrl, '/api/media?purpose=identity_proof', resident, `证件${index}.png`, png(), 'image/png')));
    expect(results.filter((result) => result.status === 201)).toHaveLength(60);
    const refused = results.filter((result) => result.status === 429);
    expect(refused).toHaveLength(10);
    expect(refused[0].body.code).toBe('RATE_LIMITED');
  });
});

describe('resident sessions: two-hour tokens, refresh, revocation', () => {
  let server: StartedServer;
  let port: string;
  let dir: string;

  const at = async (iso: string) => {
    const database = server?.database;
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: iso, PORT: port, SECRETS_FILE: path.join(dir, 'secrets.json') }, database);
  };
  const me = async (token: string) => (await server.request('GET', '/api/auth/me', { token })).status;
  const refresh = (refreshToken: string) => server.request('POST', '/api/auth/refresh', { body: { refreshToken } });

  beforeAll(async () => {
    port = String(await freePort());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-sessions-'));
    await at(CLOCK_NOW);
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an access token lasts two hours; the refresh token renews it; revoking ends both', async () => {
    const session = (await server.request('POST', '/api/auth/dev-login', { body: { openid: 'session-owner' } })).body;
    expect(session.expiresIn).toBe(7200);
    expect(await me(session.token)).toBe(200);

    // 12:00:01, two hours and a second later: the access token has expired, the refresh token has not.
    await at('2026-11-23T04:00:01Z');
    expect(await me(session.token)).toBe(401);
    const renewed = await refresh(session.refreshToken);
    expect(renewed.status).toBe(200);
    expect(await me(renewed.body.token)).toBe(200);
    // An access token is not a refresh token.
    expect((await refresh(renewed.body.token)).status).toBe(401);

    expect((await server.request('POST', '/api/auth/sessions/revoke', { token: renewed.body.token })).status).toBe(204);
    expect(await me(renewed.body.token)).toBe(401);
    const revoked = await refresh(renewed.body.refreshToken);
    expect(revoked.status).toBe(401);
    expect(revoked.body.message).toBe('登录已失效，请重新登录');
    // Signing in again gives a working session.
    const again = (await server.request('POST', '/api/auth/dev-login', { body: { openid: 'session-owner' } })).body;
    expect(await me(again.token)).toBe(200);
  });

  it('a well-signed token for a resident who does not exist is refused', async () => {
    const secret = JSON.parse(fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8')).jwtSecret as string;
    const real = (await server.request('POST', '/api/auth/dev-login', { body: { openid: 'someone' } })).body.token as string;
    const claims = JSON.parse(Buffer.from(real.split('.')[1], 'base64url').toString('utf8'));
    const forged = sign({ ...claims, sub: '987654' }, secret);
    expect(await me(forged)).toBe(401);
    expect(await me(sign(claims, secret))).toBe(200);
  });
});

function sign(payload: object, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

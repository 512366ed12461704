import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { citizenApplication } from './support/applications';
import { mediaFixture, uploadAs } from './support/content';
import { freePort, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
/** The JWT secret that was built into the source until 2026-12: published, so it must mint nothing. */
const ONCE_PUBLISHED_SECRET = 'govopen-development-secret-not-for-production-use';

function sign(payload: object, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('no built-in secret: generated on first start, kept in the data directory', () => {
  let server: StartedServer;
  let port: string;
  let dir: string;
  let secretsFile: string;

  const start = async () => {
    const database = server?.database;
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: '2026-11-23T02:00:00Z', PORT: port, SECRETS_FILE: secretsFile }, database);
  };

  beforeAll(async () => {
    port = String(await freePort());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-secrets-e2e-'));
    secretsFile = path.join(dir, 'data', 'secrets.json');
    await start();
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the file with mode 0600 and says so, never printing a value', () => {
    expect(fs.statSync(secretsFile).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(fs.readFileSync(secretsFile, 'utf8'));
    expect(server.output()).toContain('已生成密钥');
    for (const value of [stored.jwtSecret, stored.mediaSigningKey, stored.fingerprintKey, stored.dataKeys[0].key]) {
      expect(server.output()).not.toContain(value);
    }
  });

  it('an admin token minted with the once-published secret is refused; the same claims signed with the real one pass', async () => {
    const real = (await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token;
    const claims = JSON.parse(Buffer.from(real.split('.')[1], 'base64url').toString('utf8'));
    const forged = sign(claims, ONCE_PUBLISHED_SECRET);
    expect((await server.request('GET', '/api/admin/auth/me', { token: forged })).status).toBe(401);
    const control = sign(claims, JSON.parse(fs.readFileSync(secretsFile, 'utf8')).jwtSecret);
    expect((await server.request('GET', '/api/admin/auth/me', { token: control })).status).toBe(200);
  });

  it('a media link signed with a key derived from the once-published secret is refused; media has its own key', async () => {
    const handler = (await server.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    const id = await uploadAs(server.baseUrl, handler, 'poster', '海报.jpg', mediaFixture('poster.jpg'));
    // Five minutes after the pinned server time (2026-11-23T02:00:00Z).
    const expires = Date.parse('2026-11-23T02:05:00Z') / 1000;
    const link = (key: string | Buffer) => `/api/media/${id}/content?expires=${expires}&signature=${createHmac('sha256', key).update(`${id}.${expires}`).digest('base64url')}`;
    expect((await fetch(`${server.baseUrl}/api/media/${id}/content`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}${link(`media:${ONCE_PUBLISHED_SECRET}`)}`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}${link(`media:${JSON.parse(fs.readFileSync(secretsFile, 'utf8')).jwtSecret}`)}`)).status).toBe(404);
    const real = await fetch(`${server.baseUrl}${link(Buffer.from(JSON.parse(fs.readFileSync(secretsFile, 'utf8')).mediaSigningKey, 'base64'))}`);
    expect(real.status).toBe(200);
  });

  it('keeps the same secrets across a restart: a session survives, stored personal data still reads', async () => {
    const resident = (await server.api().auth.devLogin('secrets-applicant')).token;
    const staff = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    const filed = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
    expect(filed.status).toBe(201);
    const before = fs.readFileSync(secretsFile, 'utf8');
    await start();
    expect(fs.readFileSync(secretsFile, 'utf8')).toBe(before);
    expect(server.output()).not.toContain('已生成密钥');
    expect((await server.request('GET', '/api/disclosure-requests/mine', { token: resident })).status).toBe(200);
    expect((await server.request('GET', '/api/admin/auth/me', { token: staff })).status).toBe(200);
    const personal = await server.request('GET', `/api/admin/disclosure-requests/${filed.body.id}/personal-data`, { token: staff });
    expect(personal.body).toMatchObject({ idNumber: '11010519491231002X', phone: '13812345678' });
  });
});

describe('rotating the personal-data key: a key id on each value, re-encrypted in the background', () => {
  let server: StartedServer;
  let port: string;
  let dir: string;
  const keyA = randomBytes(32).toString('base64');
  const keyB = randomBytes(32).toString('base64');

  const start = async (keys: string) => {
    const database = server?.database;
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: '2026-11-23T02:00:00Z', PORT: port, SECRETS_FILE: path.join(dir, 'secrets.json'), DATA_ENCRYPTION_KEYS: keys }, database);
  };
  const login = async (username: string) => (await server.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const storedPhones = async () => (await server.database.query('SELECT phone_enc FROM disclosure_request')).map((row) => String(row.phone_enc));

  beforeAll(async () => {
    port = String(await freePort());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-rotation-e2e-'));
    await start(`1:${keyA}`);
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('moves every value to the new key, after which the old key can be removed', async () => {
    const resident = (await server.api().auth.devLogin('rotation-applicant')).token;
    const filed = await server.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() });
    expect(filed.status).toBe(201);
    expect((await storedPhones()).every((value) => value.startsWith('k1:'))).toBe(true);

    await start(`2:${keyB},1:${keyA}`);
    const head = await login('head');
    const read = async () => (await server.request('GET', `/api/admin/disclosure-requests/${filed.body.id}/personal-data`, { token: head })).body;
    expect(await read()).toMatchObject({ idNumber: '11010519491231002X', phone: '13812345678' });
    expect((await server.request('POST', '/api/admin/personal-data/reencrypt', { token: head })).status).toBe(403);
    const admin = await login('admin');
    const run = await server.request('POST', '/api/admin/personal-data/reencrypt', { token: admin });
    // ID number, phone, address and e-mail of the one request.
    expect(run.body).toEqual({ reencrypted: 4, remaining: 0 });
    expect((await storedPhones()).every((value) => value.startsWith('k2:'))).toBe(true);
    expect((await server.request('POST', '/api/admin/personal-data/reencrypt', { token: admin })).body).toEqual({ reencrypted: 0, remaining: 0 });

    await start(`2:${keyB}`);
    expect(await (async () => (await server.request('GET', `/api/admin/disclosure-requests/${filed.body.id}/personal-data`, { token: await login('head') })).body)()).toMatchObject({
      idNumber: '11010519491231002X',
      address: '山东省威海市环翠区新威路 1 号',
    });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { citizenApplication } from './support/applications';
import { brokenOfficeFile } from './support/fuzz-requests';
import { png, upload } from './support/files';
import { rawGet } from './support/raw-http';
import { describeRoutes } from './support/route-shapes';
import { startServer, StartedServer } from './support/server';

// Monday 2026-11-23, 10:00 in China.
const CLOCK_NOW = '2026-11-23T02:00:00Z';
const DEMO_PASSWORD = 'GovOpen@2026';
const CHINESE = /[\u4e00-\u9fff]/;

const ROUTES = describeRoutes();
const BODY_ROUTES = ROUTES.filter((route) => ['POST', 'PUT', 'PATCH'].includes(route.method)).map((route) => [`${route.method} ${route.path}`, route] as const);

type Who = 'none' | 'resident' | 'head' | 'admin';
/** The account that gets a request past a route's guard, so the attack reaches what stands behind it. */
const whoFor = (guards: string[], roles: string[]): Who =>
  guards.includes('StaffAuthGuard') ? (roles.length && !roles.includes('office_head') ? 'admin' : 'head') : guards.includes('ResidentAuthGuard') ? 'resident' : 'none';

const PAGED_LISTS: [string, Who][] = [
  ['/api/policies', 'none'],
  ['/api/interpretations', 'none'],
  ['/api/messages', 'none'],
  ['/api/search?q=补贴', 'none'],
  ['/api/admin/policies', 'head'],
  ['/api/admin/interpretations', 'head'],
  ['/api/admin/messages', 'head'],
  ['/api/admin/disclosure-requests', 'head'],
  ['/api/admin/audit-logs', 'admin'],
  ['/api/policy-benefits', 'none'],
  ['/api/admin/policy-benefits', 'head'],
  ['/api/admin/enterprise-bindings', 'head'],
  ['/api/admin/enterprises', 'head'],
  ['/api/admin/pushes', 'head'],
];

/** Office files as they arrive broken: noise where the deflate stream should be, a cut after the first entry, an unknown method. */
function corruptZips(): [string, Buffer][] {
  const entry = (name: string, method: number, data: Buffer) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    return Buffer.concat([header, Buffer.from(name), data]);
  };
  return [
    ['report.docx', brokenOfficeFile()],
    ['data.xlsx', Buffer.concat([entry('xl/workbook.xml', 0, Buffer.from('<x/>')), Buffer.from('GARBAGE AFTER THE FIRST ENTRY')])],
    ['notice.docx', entry('[Content_Types].xml', 99, Buffer.from('<Types/>'))],
  ];
}

describe('no 500s: hostile input gets a Chinese 4xx', () => {
  let server: StartedServer;
  let staticRoot: string;
  const tokens: Partial<Record<Who, string>> = {};

  const expectChineseError = (response: { status: number; body: any }, status: number, field?: string) => {
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ statusCode: response.status, code: expect.any(String), message: expect.stringMatching(CHINESE) });
    if (field) expect(response.body.field).toBe(field);
  };

  beforeAll(async () => {
    // A front-end build with a secret beside it: what a traversal would reach.
    staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'govopen-static-'));
    fs.writeFileSync(path.join(staticRoot, 'secret.txt'), 'SECRET-NEXT-TO-THE-BUILD');
    fs.writeFileSync(path.join(staticRoot, 'package.json'), '{"name":"SECRET-PACKAGE"}');
    fs.mkdirSync(path.join(staticRoot, 'h5'));
    fs.writeFileSync(path.join(staticRoot, 'h5/index.html'), '<!doctype html><title>h5</title>');
    fs.mkdirSync(path.join(staticRoot, 'admin/assets'), { recursive: true });
    fs.writeFileSync(path.join(staticRoot, 'admin/index.html'), '<!doctype html><title>admin</title>');
    fs.writeFileSync(path.join(staticRoot, 'admin/assets/app.js'), 'console.log(1)');
    server = await startServer({ CLOCK_NOW, STATIC_H5_DIR: path.join(staticRoot, 'h5'), STATIC_ADMIN_DIR: path.join(staticRoot, 'admin') });
    tokens.resident = (await server.request('POST', '/api/auth/dev-login', { body: { openid: 'attacker' } })).body.token;
    for (const username of ['head', 'admin'] as const) {
      tokens[username] = (await server.request('POST', '/api/admin/auth/login', { body: { username, password: DEMO_PASSWORD } })).body.token;
    }
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(staticRoot, { recursive: true, force: true });
  });

  describe('page=1e20', () => {
    it.each(PAGED_LISTS)('GET %s with page=1e20 answers 400 naming page', async (list, who) => {
      const response = await server.request('GET', `${list}${list.includes('?') ? '&' : '?'}page=1e20`, { token: tokens[who as Who] });
      expectChineseError(response, 400, 'page');
    });

    it('pageSize=1e20 answers 400 naming pageSize', async () => {
      expectChineseError(await server.request('GET', '/api/policies?pageSize=1e20'), 400, 'pageSize');
    });
  });

  describe('JSON nested 10,000 levels', () => {
    const arrays = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const objects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;

    it.each(BODY_ROUTES)('%s answers 400 JSON_TOO_DEEP', async (_, route) => {
      const url = route.path.replace(/\{\w+\}/g, '1');
      for (const body of [arrays, objects, `{"username":${arrays},"password":"x"}`]) {
        const response = await server.request(route.method, url, { token: tokens[whoFor(route.guards, route.roles)], body });
        expectChineseError(response, 400);
        expect(response.body.code).toBe('JSON_TOO_DEEP');
      }
    });

    it('a body as deep as our own forms still gets through to validation', async () => {
      const response = await server.request('POST', '/api/admin/auth/login', { body: { username: 'nobody', password: 'Wrong@Pass1234', extra: { a: { b: { c: [[1]] } } } } });
      expectChineseError(response, 400, 'extra');
    });
  });

  describe('repeated query keys', () => {
    it.each([
      ['/api/search/suggest?q=a&q=b', 'none', 'q'],
      ['/api/search?q=a&q=b', 'none', 'q'],
      ['/api/policies?page=1&page=2', 'none', 'page'],
      ['/api/messages?board=inquiry&board=general', 'none', 'board'],
      ['/api/media/1/content?expires=1&expires=2&signature=x', 'none', 'expires'],
      ['/api/admin/disclosure-requests?queue=all&queue=overdue', 'head', 'queue'],
    ])('%s answers 400 naming the repeated key', async (url, who, field) => {
      const response = await server.request('GET', url, { token: tokens[who as Who] });
      expectChineseError(response, 400, field);
      expect(response.body.message).toContain(field);
    });

    it('POST /api/media?purpose=identity_proof&purpose=supplement answers 400 naming purpose', async () => {
      const response = await upload(server.baseUrl, '/api/media?purpose=identity_proof&purpose=supplement', tokens.resident!, 'scan.png', png());
      expectChineseError(response, 400, 'purpose');
    });
  });

  describe('a corrupt ZIP upload', () => {
    it.each(corruptZips())('%s (a broken zip) is refused with 415 naming file on both upload routes', async (name, content) => {
      for (const [url, token] of [
        ['/api/admin/media?purpose=policy_attachment', tokens.head!],
        ['/api/media?purpose=identity_proof', tokens.resident!],
      ]) {
        const response = await upload(server.baseUrl, url, token, name, content);
        expectChineseError(response, 415, 'file');
        expect(response.body.message).toContain('损坏');
      }
    });
  });

  describe('purpose=__proto__', () => {
    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('purpose=%s answers 400 naming purpose on both upload routes', async (purpose) => {
      for (const [url, token] of [
        [`/api/admin/media?purpose=${purpose}`, tokens.head!],
        [`/api/media?purpose=${purpose}`, tokens.resident!],
      ]) {
        expectChineseError(await upload(server.baseUrl, url, token, 'scan.png', png()), 400, 'purpose');
      }
    });
  });

  describe('PATCH with nulls', () => {
    // Per field: null is refused (400 naming it) unless the contract lets null clear the value.
    const NULLS: Record<string, Record<string, 400 | 200>> = {
      'PATCH /api/admin/units/{id}': { name: 400, code: 400, phone: 200, sortOrder: 400, active: 400 },
      'PATCH /api/admin/staff/{id}': { displayName: 400, unitId: 400, roles: 400, active: 400, unlock: 400, password: 400 },
      'PATCH /api/admin/catalog/{id}': { name: 400, channel: 200, content: 200, updateRule: 200, legalBasis: 200, unitIds: 400, pendingEventDate: 200 },
    };
    const cases = Object.entries(NULLS).flatMap(([route, fields]) => Object.entries(fields).map(([field, status]) => [route, field, status] as const));
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      const unit = await server.request('POST', '/api/admin/units', { token: tokens.admin, body: { name: '空值测试科', code: 'nulls' } });
      const staff = await server.request('POST', '/api/admin/staff', { token: tokens.admin, body: { username: 'nullable', displayName: '空值', password: 'Patch#Test2026ok', unitId: unit.body.id, roles: ['handler'] } });
      expect([unit.status, staff.status]).toEqual([201, 201]);
      ids['PATCH /api/admin/units/{id}'] = unit.body.id;
      ids['PATCH /api/admin/staff/{id}'] = staff.body.id;
      ids['PATCH /api/admin/catalog/{id}'] = 2;
    });

    it('covers every PATCH route and every field of its body', () => {
      const patches = ROUTES.filter((route) => route.method === 'PATCH');
      expect(Object.fromEntries(patches.map((route) => [`${route.method} ${route.path}`, Object.keys(route.body?.properties ?? {}).sort()]))).toEqual(
        Object.fromEntries(Object.entries(NULLS).map(([route, fields]) => [route, Object.keys(fields).sort()])),
      );
    });

    it.each(cases)('%s with %s: null answers %s', async (route, field, status) => {
      const url = route.replace('PATCH ', '').replace('{id}', String(ids[route]));
      const response = await server.request('PATCH', url, { token: route.includes('catalog') ? tokens.head : tokens.admin, body: { [field]: null } });
      if (status === 200) expect(response.status).toBe(200);
      else expectChineseError(response, 400, field);
    });
  });

  describe('static-path traversal', () => {
    it.each([
      '/h5/../secret.txt',
      '/h5/../../etc/passwd',
      '/h5/..%2fsecret.txt',
      '/h5/..%2f..%2fetc%2fpasswd',
      '/h5/%2e%2e/secret.txt',
      '/h5/%2e%2e%2fsecret.txt',
      '/h5/%2E%2E%2Fsecret.txt',
      '/h5/..%5csecret.txt',
      '/h5/%252e%252e%252fsecret.txt',
      '/h5/index.html%00.png',
      '/h5/%00',
      '/admin/..%2fpackage.json',
      '/admin/..%2f..%2fpackage.json',
      '/admin/../package.json',
      '/admin/%2e%2e/package.json',
      '/admin/%2e%2e%2fpackage.json',
      '/admin/assets/..%2f..%2fpackage.json',
      '/admin/..%5cpackage.json',
    ])('GET %s answers 403 or 404 in Chinese, never the file', async (urlPath) => {
      const response = await rawGet(server.baseUrl, urlPath);
      expect([403, 404]).toContain(response.status);
      expect(JSON.parse(response.body)).toMatchObject({ statusCode: response.status, message: expect.stringMatching(CHINESE) });
      expect(response.body).not.toMatch(/SECRET|root:/);
      expect(response.body).not.toContain(urlPath);
    });

    it('an overlong UTF-8 slash (..%c0%af) is refused in Chinese without echoing the path', async () => {
      const response = await rawGet(server.baseUrl, '/h5/..%c0%af..%c0%afsecret.txt');
      expect([400, 403, 404]).toContain(response.status);
      expect(JSON.parse(response.body).message).toMatch(CHINESE);
      expect(response.body).not.toMatch(/SECRET|%c0%af/);
    });

    it.each([
      ['/h5/index.html', '<title>h5</title>'],
      ['/admin/', '<title>admin</title>'],
      ['/admin/calendar', '<title>admin</title>'],
      ['/admin/assets/app.js', 'console.log(1)'],
    ])('GET %s is still served', async (urlPath, content) => {
      const response = await rawGet(server.baseUrl, urlPath);
      expect(response.status).toBe(200);
      expect(response.body).toContain(content);
    });
  });

  describe('found by the fuzz suite', () => {
    it('POST /api/disclosure-requests with a 9-character passport number files it and masks the number', async () => {
      const applicant = { ...citizenApplication().applicant, idType: 'passport', idNumber: 'E12345678' };
      const response = await server.request('POST', '/api/disclosure-requests', { token: tokens.resident, body: citizenApplication({ applicant }) });
      expect(response.status).toBe(201);
      expect(JSON.stringify(response.body)).toContain('E1*****78');
      expect(JSON.stringify(response.body)).not.toContain('E12345678');
    });

    it('POST /api/disclosure-requests without an applicant answers 400 naming applicant', async () => {
      const withoutApplicant: Record<string, unknown> = citizenApplication();
      delete withoutApplicant.applicant;
      expectChineseError(await server.request('POST', '/api/disclosure-requests', { token: tokens.resident, body: withoutApplicant }), 400, 'applicant');
    });

    it.each([
      ['startDate', '2026-02-30'],
      ['endDate', '8285-21-97'],
    ])('POST /api/admin/consultations with %s %s (the pattern, not a day) answers 400 naming it', async (field, date) => {
      const body = { title: '关于征求意见的通知', draft: '第一条 为规范管理，制定本办法。', explanation: '起草说明。', startDate: '2026-11-30', endDate: '2026-12-29', [field]: date };
      expectChineseError(await server.request('POST', '/api/admin/consultations', { token: tokens.head, body }), 400, field);
    });
  });

  describe('414, 431 and a badly encoded path', () => {
    it('a path parameter over the router limit answers 414 in Chinese without the path', async () => {
      const response = await rawGet(server.baseUrl, `/api/policies/${'1'.repeat(200)}`);
      expect(response.status).toBe(414);
      const body = JSON.parse(response.body);
      expect(body).toMatchObject({ statusCode: 414, code: 'URI_TOO_LONG', message: expect.stringMatching(CHINESE) });
      expect(response.body).not.toContain('1'.repeat(50));
    });

    it('a URL longer than the header limit answers 414 in Chinese without the path', async () => {
      const response = await rawGet(server.baseUrl, `/api/search?q=${'a'.repeat(20_000)}`);
      expect(response.status).toBe(414);
      expect(JSON.parse(response.body)).toMatchObject({ statusCode: 414, code: 'URI_TOO_LONG', message: expect.stringMatching(CHINESE) });
      expect(response.body).not.toContain('aaaaaaaaaa');
    });

    it('headers over the limit answer 431 in Chinese', async () => {
      const response = await rawGet(server.baseUrl, '/api/health', { 'x-padding': 'b'.repeat(20_000) });
      expect(response.status).toBe(431);
      expect(JSON.parse(response.body)).toMatchObject({ statusCode: 431, code: 'HEADERS_TOO_LARGE', message: expect.stringMatching(CHINESE) });
      expect(response.body).not.toContain('bbbbbbbbbb');
    });

    it('a path that is not valid percent-encoding answers 400 in Chinese without the path', async () => {
      const response = await rawGet(server.baseUrl, '/api/policies/%E0%A4%A');
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ statusCode: 400, message: expect.stringMatching(CHINESE) });
      expect(response.body).not.toContain('%E0%A4%A');
    });
  });
});

import { FakeWechat, startFakeWechat } from './support/fake-wechat';
import { freePort, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const WECHAT = { WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret' };
// Monday 2026-11-23, 10:00 in China.
const CLOCK_NOW = '2026-11-23T02:00:00Z';

describe('auth', () => {
  let server: StartedServer;
  let wechat: FakeWechat;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    server = await startServer({ CLOCK_NOW, ...WECHAT, WECHAT_API_BASE: wechat.baseUrl });
  });
  afterAll(async () => {
    await server.stop();
    await wechat.close();
  });

  describe('POST /api/admin/auth/login', () => {
    it('signs a demo account in and tells who it is', async () => {
      const { status, body } = await server.request('POST', '/api/admin/auth/login', { body: { username: 'head', password: DEMO_PASSWORD } });
      expect(status).toBe(200);
      const me = await server.api(body.token).admin.me();
      expect(me).toMatchObject({ username: 'head', roles: ['office_head'], agencyName: '威海市工业和信息化局', unitName: '办公室' });
    });

    it.each`
      edge                  | body                                          | status | field
      ${'no username'}      | ${{ password: 'x' }}                          | ${400} | ${'username'}
      ${'empty password'}   | ${{ username: 'admin', password: '' }}        | ${400} | ${'password'}
      ${'number username'}  | ${{ username: 42, password: 'x' }}            | ${400} | ${'username'}
    `('$edge answers $status naming $field', async ({ body, status, field }) => {
      const response = await server.request('POST', '/api/admin/auth/login', { body });
      expect(response.status).toBe(status);
      expect(response.body.field).toBe(field);
      expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
    });

    it('answers malformed JSON with a Chinese 400, not a stack trace', async () => {
      const { status, body } = await server.request('POST', '/api/admin/auth/login', { body: '{"username":"admin",' });
      expect(status).toBe(400);
      expect(body).toEqual({ statusCode: 400, code: 'MALFORMED_JSON', message: '请求内容不是有效的 JSON' });
    });

    it('answers an unknown user and a wrong password alike', async () => {
      const unknown = await server.request('POST', '/api/admin/auth/login', { body: { username: 'nobody', password: 'Wrong@Pass1234' } });
      const wrong = await server.request('POST', '/api/admin/auth/login', { body: { username: 'publisher', password: 'Wrong@Pass1234' } });
      expect(unknown.status).toBe(401);
      expect(wrong.status).toBe(401);
      expect(unknown.body.message).toBe(wrong.body.message);
    });
  });

  describe('POST /api/admin/auth/password', () => {
    it('enforces the policy, then ends the old sessions', async () => {
      const token = (await server.api().admin.login({ username: 'publisher', password: DEMO_PASSWORD })).token;
      const weak = await server.request('POST', '/api/admin/auth/password', {
        token,
        body: { currentPassword: DEMO_PASSWORD, newPassword: 'password' },
      });
      expect(weak.status).toBe(400);
      expect(weak.body.field).toBe('newPassword');

      const changed = await server.request('POST', '/api/admin/auth/password', {
        token,
        body: { currentPassword: DEMO_PASSWORD, newPassword: 'Publish#2027new' },
      });
      expect(changed.status).toBe(204);
      expect((await server.request('GET', '/api/admin/auth/me', { token })).status).toBe(401);
      expect((await server.request('POST', '/api/admin/auth/login', { body: { username: 'publisher', password: 'Publish#2027new' } })).status).toBe(200);
    });
  });

  describe('POST /api/auth/wechat', () => {
    it('turns a wx.login code into a resident token; the same openid is the same resident', async () => {
      const first = await server.request('POST', '/api/auth/wechat', { body: { code: 'ok-oAbc123' } });
      const second = await server.request('POST', '/api/auth/wechat', { body: { code: 'ok-oAbc123' } });
      expect(first.status).toBe(200);
      const a = await server.api(first.body.token).auth.me();
      const b = await server.api(second.body.token).auth.me();
      expect(a.id).toBe(b.id);
      expect(wechat.calls.at(-1)).toMatchObject({ path: '/sns/jscode2session', query: { js_code: 'ok-oAbc123', appid: 'wx-test-app' } });
    });

    it.each`
      edge                          | code         | status | errorCode
      ${'a used code'}              | ${'used'}    | ${401} | ${'WECHAT_CODE_INVALID'}
      ${'WeChat busy (-1)'}         | ${'busy'}    | ${502} | ${'WECHAT_UNAVAILABLE'}
      ${'WeChat answers non-JSON'}  | ${'garbage'} | ${502} | ${'WECHAT_UNAVAILABLE'}
    `('$edge answers $status', async ({ code, status, errorCode }) => {
      const response = await server.request('POST', '/api/auth/wechat', { body: { code } });
      expect(response.status).toBe(status);
      expect(response.body.code).toBe(errorCode);
      expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
    });

    it('answers 400 without a code', async () => {
      const response = await server.request('POST', '/api/auth/wechat', { body: {} });
      expect(response.status).toBe(400);
      expect(response.body.field).toBe('code');
    });
  });

  describe('token audiences', () => {
    it('never lets a resident token call a staff route, nor a staff token a resident route', async () => {
      const resident = (await server.api().auth.devLogin('audience-check')).token;
      const staff = (await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token;
      for (const path of ['/api/admin/auth/me', '/api/admin/units', '/api/admin/dashboard', '/api/admin/audit-logs']) {
        expect((await server.request('GET', path, { token: resident })).status).toBe(401);
      }
      expect((await server.request('GET', '/api/auth/me', { token: staff })).status).toBe(401);
      expect((await server.request('GET', '/api/admin/units', { token: `${staff}x` })).status).toBe(401);
    });
  });

  it('GET /api/health', async () => {
    const { status, body } = await server.request('GET', '/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: server.database.kind });
  });

  it('serves the OpenAPI document', async () => {
    const { status, body } = await server.request('GET', '/api/docs-json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/calendar/add-working-days', '/api/admin/auth/login']));
  });
});

describe('auth with production-like config', () => {
  let server: StartedServer;

  beforeAll(async () => {
    // WeChat unreachable: a port nothing listens on.
    server = await startServer({ CLOCK_NOW, DEV_LOGIN_ENABLED: 'false', ...WECHAT, WECHAT_API_BASE: `http://127.0.0.1:${await freePort()}` });
  });
  afterAll(() => server.stop());

  it('has no dev login when config does not enable it', async () => {
    const { status } = await server.request('POST', '/api/auth/dev-login', { body: { openid: 'someone' } });
    expect(status).toBe(404);
    expect((await server.api().auth.options()).devLogin).toBe(false);
  });

  it('answers 502 in Chinese when WeChat cannot be reached', async () => {
    const { status, body } = await server.request('POST', '/api/auth/wechat', { body: { code: 'ok-x' } });
    expect(status).toBe(502);
    expect(body.message).toBe('微信服务暂时无法访问，请稍后重试');
  });
});

import { randomUUID } from 'node:crypto';
import { citizenApplication } from './support/applications';
import { policyInput } from './support/content';
import { png, upload } from './support/files';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const SECOND_PASSWORD = 'Second@Unit2026';
// Monday 2026-11-23, 10:00 in China: a working day, consultations can open.
const CLOCK_NOW = '2026-11-23T02:00:00Z';

/**
 * Who may reach what: resident ↔ resident, unit ↔ unit, role ↔ role, for each kind of record. Another party's record
 * answers 404 (as if it did not exist) where its existence is itself private, 403 where the route is known to exist.
 */
describe('access matrix', () => {
  let server: StartedServer;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};

  const staff = async (username: string, password = DEMO_PASSWORD) => (await server.api().admin.login({ username, password })).token;
  const call = (who: string, method: string, path: string, body?: object) => server.request(method, path, { token: tokens[who], body });

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW });
    for (const username of ['admin', 'head', 'handler', 'reviewer', 'publisher']) tokens[username] = await staff(username);
    tokens.alice = (await server.api().auth.devLogin('alice')).token;
    tokens.bob = (await server.api().auth.devLogin('bob')).token;

    // A second unit with its own handler: 非公经济科.
    const units = (await call('admin', 'GET', '/api/admin/units')).body as { id: number; code: string }[];
    ids.ownUnit = (await server.api(tokens.handler).admin.me()).unitId!;
    ids.otherUnit = units.find((unit) => unit.code === 'fgjjk')!.id;
    const created = await call('admin', 'POST', '/api/admin/staff', { username: 'handler2', displayName: '周承办（非公经济科）', password: SECOND_PASSWORD, unitId: ids.otherUnit, roles: ['handler'] });
    expect(created.status).toBe(201);
    tokens.handler2 = await staff('handler2', SECOND_PASSWORD);

    // Alice's disclosure request, assigned to the handler's unit.
    ids.request = (await call('alice', 'POST', '/api/disclosure-requests', citizenApplication())).body.id;
    await call('head', 'POST', `/api/admin/disclosure-requests/${ids.request}/actions`, { type: 'register' });
    await call('head', 'POST', `/api/admin/disclosure-requests/${ids.request}/actions`, { type: 'assign', unitId: ids.ownUnit });

    // Alice's private message, dispatched to the handler's unit.
    const message = await call('alice', 'POST', '/api/messages', { idempotencyKey: randomUUID(), board: 'general', title: '工业园区道路照明问题', body: '园区东路晚上路灯不亮，影响企业职工下班出行安全。', public: false, contactName: '张三', phone: '13812345678' });
    expect(message.status).toBe(201);
    ids.message = message.body.id;
    const assigned = await call('head', 'POST', `/api/admin/messages/${ids.message}/actions`, { type: 'assign', unitId: ids.ownUnit });
    expect(assigned.status).toBe(200);

    // A consultation drafted by the handler's unit.
    const consultation = await call('handler', 'POST', '/api/admin/consultations', {
      title: '关于促进中小企业数字化转型的若干措施（征求意见稿）',
      draft: '第一条 为促进中小企业数字化转型，制定本措施。\n第二条 对符合条件的企业给予补贴。',
      explanation: '起草说明：落实省市有关部署。',
      startDate: '2026-11-24',
      endDate: '2026-12-31',
    });
    expect(consultation.status).toBe(201);
    ids.consultation = consultation.body.id;

    // A policy draft, and a file only Alice uploaded.
    ids.policy = (await call('handler', 'POST', '/api/admin/policies', policyInput())).body.id;
    ids.file = (await upload(server.baseUrl, '/api/media?purpose=identity_proof', tokens.alice, '身份证.png', png(), 'image/png')).body.id;
  });
  afterAll(() => server.stop());

  describe('resident ↔ resident', () => {
    it.each`
      what                                   | method   | path                                                   | body
      ${'a disclosure request'}              | ${'GET'} | ${() => `/api/disclosure-requests/${ids.request}`}     | ${undefined}
      ${'its letters'}                       | ${'GET'} | ${() => `/api/disclosure-requests/${ids.request}/letters`} | ${undefined}
      ${'its withdrawal'}                    | ${'POST'} | ${() => `/api/disclosure-requests/${ids.request}/withdraw`} | ${undefined}
      ${'its supplement'}                    | ${'POST'} | ${() => `/api/disclosure-requests/${ids.request}/supplement`} | ${{ content: '补充说明所需文件的年份' }}
      ${'a private message'}                 | ${'GET'} | ${() => `/api/messages/${ids.message}`}                 | ${undefined}
      ${'a rating of that message'}          | ${'POST'} | ${() => `/api/messages/${ids.message}/rating`}         | ${{ rating: 'satisfied' }}
    `("Bob cannot reach Alice's $what: 404", async ({ method, path, body }) => {
      const response = await call('bob', method, path(), body);
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('张三');
    });

    it("Bob's own lists hold nothing of Alice's", async () => {
      expect((await call('bob', 'GET', '/api/disclosure-requests/mine')).body).toEqual([]);
      expect((await call('bob', 'GET', '/api/messages/mine')).body).toEqual([]);
      expect((await call('bob', 'GET', '/api/notifications/mine')).body).toEqual([]);
    });

    it("Bob cannot attach Alice's upload to his own request", async () => {
      const response = await call('bob', 'POST', '/api/disclosure-requests', citizenApplication({ attachmentIds: [ids.file] }));
      expect(response.status).toBe(400);
      expect(response.body.field).toBe('attachmentIds');
    });

    it("a resident's token opens no staff route, and no token opens a resident's", async () => {
      expect((await call('alice', 'GET', '/api/admin/disclosure-requests')).status).toBe(401);
      expect((await server.request('GET', `/api/disclosure-requests/${ids.request}`)).status).toBe(401);
    });
  });

  describe('unit ↔ unit', () => {
    it.each`
      what                                        | method    | path                                                                | body
      ${'a disclosure request'}                   | ${'GET'}  | ${() => `/api/admin/disclosure-requests/${ids.request}`}            | ${undefined}
      ${"its applicant's personal data"}          | ${'GET'}  | ${() => `/api/admin/disclosure-requests/${ids.request}/personal-data`} | ${undefined}
      ${'an action on it'}                        | ${'POST'} | ${() => `/api/admin/disclosure-requests/${ids.request}/actions`}    | ${{ type: 'claim' }}
      ${'a message'}                              | ${'GET'}  | ${() => `/api/admin/messages/${ids.message}`}                       | ${undefined}
      ${"a message writer's phone"}               | ${'GET'}  | ${() => `/api/admin/messages/${ids.message}/contact`}               | ${undefined}
      ${'a consultation'}                         | ${'GET'}  | ${() => `/api/admin/consultations/${ids.consultation}`}             | ${undefined}
      ${'an edit of that consultation'}           | ${'PUT'}  | ${() => `/api/admin/consultations/${ids.consultation}`}             | ${{ title: '改', draft: '第一条 改。', explanation: '改', startDate: '2026-11-24', endDate: '2026-12-31' }}
      ${'its comments as a spreadsheet'}          | ${'GET'}  | ${() => `/api/admin/consultations/${ids.consultation}/comments.xlsx`} | ${undefined}
    `("another unit's handler cannot reach the handler's $what", async ({ method, path, body }) => {
      const response = await call('handler2', method, path(), body);
      expect([403, 404]).toContain(response.status);
      expect(JSON.stringify(response.body)).not.toContain('13812345678');
    });

    it("another unit's lists leave the records out", async () => {
      const requests = (await call('handler2', 'GET', '/api/admin/disclosure-requests?pageSize=100')).body.items as { id: number }[];
      expect(requests.map((item) => item.id)).not.toContain(ids.request);
      const consultations = (await call('handler2', 'GET', '/api/admin/consultations')).body as { id: number }[];
      expect(consultations.map((item) => item.id)).not.toContain(ids.consultation);
    });

    it('a handler cannot draft a consultation for another unit, nor hand one over: only the office can', async () => {
      const forOther = await call('handler', 'POST', '/api/admin/consultations', {
        title: '关于非公经济发展的意见（征求意见稿）',
        draft: '第一条 支持非公经济发展。',
        explanation: '起草说明。',
        startDate: '2026-11-24',
        endDate: '2026-12-31',
        unitId: ids.otherUnit,
      });
      expect(forOther.status).toBe(403);
      expect(forOther.body.field).toBe('unitId');
      const handOver = await call('handler', 'PUT', `/api/admin/consultations/${ids.consultation}`, {
        title: '关于促进中小企业数字化转型的若干措施（征求意见稿）',
        draft: '第一条 为促进中小企业数字化转型，制定本措施。',
        explanation: '起草说明。',
        startDate: '2026-11-24',
        endDate: '2026-12-31',
        unitId: ids.otherUnit,
      });
      expect(handOver.status).toBe(403);
    });

    it('the same records are open to the unit that has them and to the office', async () => {
      for (const who of ['handler', 'head']) {
        expect((await call(who, 'GET', `/api/admin/disclosure-requests/${ids.request}`)).status).toBe(200);
        expect((await call(who, 'GET', `/api/admin/messages/${ids.message}`)).status).toBe(200);
        expect((await call(who, 'GET', `/api/admin/consultations/${ids.consultation}`)).status).toBe(200);
      }
    });
  });

  describe('role ↔ role', () => {
    it.each`
      who            | method    | path                                               | body
      ${'handler'}   | ${'GET'}  | ${() => '/api/admin/audit-logs'}                   | ${undefined}
      ${'head'}      | ${'GET'}  | ${() => '/api/admin/audit-logs'}                   | ${undefined}
      ${'handler'}   | ${'POST'} | ${() => '/api/admin/staff'}                        | ${{ username: 'intruder', displayName: '入侵者', password: SECOND_PASSWORD, unitId: null, roles: ['system_admin'] }}
      ${'handler'}   | ${'PUT'}  | ${() => '/api/admin/calendar/years/2027'}          | ${{ days: [] }}
      ${'handler'}   | ${'POST'} | ${() => `/api/admin/policies/${ids.policy}/validity`} | ${{ validity: 'repealed' }}
      ${'reviewer'}  | ${'POST'} | ${() => `/api/admin/disclosure-requests/${ids.request}/actions`} | ${{ type: 'claim' }}
      ${'publisher'} | ${'GET'}  | ${() => `/api/admin/disclosure-requests/${ids.request}/personal-data`} | ${undefined}
      ${'handler'}   | ${'POST'} | ${() => `/api/admin/consultations/${ids.consultation}/publish`} | ${undefined}
      ${'handler'}   | ${'POST'} | ${() => '/api/admin/personal-data/reencrypt'}      | ${undefined}
      ${'handler'}   | ${'PUT'}  | ${() => '/api/admin/messages/settings'}            | ${{}}
    `('$who cannot $method $path', async ({ who, method, path, body }) => {
      const response = await call(who, method, path(), body);
      expect([403, 404]).toContain(response.status);
    });

    it('a staff token opens no resident route', async () => {
      expect((await call('head', 'GET', '/api/disclosure-requests/mine')).status).toBe(401);
    });
  });

  describe('leaks', () => {
    it("a repealed document's public page names its replacement only once that is published itself", async () => {
      const review = (who: string, id: number, action: string, extra: object = {}) => call(who, 'POST', `/api/admin/policies/${id}/review`, { action, ...extra });
      const publish = async (id: number) => {
        expect((await review('handler', id, 'submit')).status).toBe(200);
        expect((await review('reviewer', id, 'approve')).status).toBe(200);
        expect((await review('publisher', id, 'publish')).status).toBe(200);
      };
      await publish(ids.policy);
      const replacement = (await call('handler', 'POST', '/api/admin/policies', policyInput({ title: '威海市中小企业数字化转型补贴资金管理办法（修订稿）' }))).body.id as number;
      expect((await call('publisher', 'POST', `/api/admin/policies/${ids.policy}/validity`, { validity: 'repealed', replacedById: replacement })).status).toBe(200);
      const whileDraft = (await server.request('GET', `/api/policies/${ids.policy}`)).body;
      expect(whileDraft.validity).toBe('repealed');
      expect(whileDraft.replacedBy).toBeNull();
      expect(JSON.stringify(whileDraft)).not.toContain('修订稿');
      await publish(replacement);
      expect((await server.request('GET', `/api/policies/${ids.policy}`)).body.replacedBy).toEqual({ id: replacement, title: '威海市中小企业数字化转型补贴资金管理办法（修订稿）' });
    });

    it.each`
      what                   | method     | path                                     | body                                                                                           | field
      ${'a blank unit name'} | ${'PATCH'} | ${() => `/api/admin/units/${ids.otherUnit}`} | ${{ name: '   ' }}                                                                     | ${'name'}
      ${'a blank staff name'} | ${'POST'} | ${() => '/api/admin/staff'}               | ${{ username: 'blankname', displayName: ' \t ', password: SECOND_PASSWORD, unitId: null, roles: ['handler'] }} | ${'displayName'}
    `('refuses $what with a Chinese 400 naming $field', async ({ method, path, body, field }) => {
      const response = await call('admin', method, path(), body);
      expect(response.status).toBe(400);
      expect(response.body.field).toBe(field);
      expect(response.body.message).toContain('空白');
    });

    it("the audit log's name filter takes % and _ as themselves", async () => {
      const all = (await call('admin', 'GET', '/api/admin/audit-logs?pageSize=1')).body.total as number;
      expect(all).toBeGreaterThan(0);
      expect((await call('admin', 'GET', '/api/admin/audit-logs?actorName=%25&pageSize=1')).body.total).toBe(0);
      expect((await call('admin', 'GET', '/api/admin/audit-logs?actorName=_&pageSize=1')).body.total).toBe(0);
    });
  });
});

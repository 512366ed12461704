import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const CHINESE = /[\u4e00-\u9fff]/;
// Monday 2026-11-23, 10:00 in China.
const CLOCK_NOW = '2026-11-23T02:00:00Z';
// GB 32100, check character by the MOD 31 rule (the same code the enterprise suite binds).
const PRECISION = '91371000MA3C4K7L5R';
const WEIHAI_DISTRICTS = ['环翠区', '文登区', '荣成市', '乳山市', '高区', '经区', '临港区', '南海新区'];

const precisionProfile = (overrides: Record<string, unknown> = {}) => ({
  creditCode: PRECISION,
  name: '威海精工机械有限公司',
  legalRepresentative: '张建国',
  industryCode: 'C34',
  employees: 120,
  revenueWanYuan: 5600,
  assetsWanYuan: 4200,
  district: '环翠区',
  foundedOn: '2018-04-12',
  registeredCapitalWanYuan: 1000,
  qualifications: [],
  contactName: '张经理',
  ...overrides,
});

const RETROFIT = {
  title: '工业企业技术改造设备补贴',
  applicationConditions: '在环翠区注册的制造业企业',
  supportStandard: '按设备投资额的 10% 给予补贴',
  applicationPeriod: '每年 10 月 31 日前',
  acceptingUnit: '规划与技术改造科',
  consultPhone: '0631-5287004',
  topics: ['技术改造'],
  conditions: { kind: 'all', of: [{ kind: 'industry', codes: ['C'] }, { kind: 'district', districts: ['环翠区'] }] },
};

/**
 * What closes issue 15's gaps: the district list kept per agency in settings, the members of an enterprise and its
 * 管理员 (never none while colleagues remain), and a push the second person returned, rewritten and resubmitted.
 */
describe('enterprise settings, members and a returned push', () => {
  let server: StartedServer;
  let admin: string;
  let head: string;
  let handler: string;
  let publisher: string;
  let owner: string;
  let first: string;
  let second: string;
  let enterpriseId: number;
  let ownerMemberId: number;
  let firstMemberId: number;
  let secondMemberId: number;

  const staff = async (username: string) => (await server.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const resident = async (openid: string) => (await server.request('POST', '/api/auth/dev-login', { body: { openid } })).body.token as string;
  const expectChineseError = (response: { status: number; body: any }, status: number, field?: string) => {
    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(CHINESE);
    if (field) expect(response.body.field).toBe(field);
  };
  const auditOf = async (action: string) => (await server.request('GET', `/api/admin/audit-logs?action=${action}`, { token: admin })).body.items as { targetId: string; detail: string; actorName: string }[];

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW });
    [admin, head, handler, publisher] = await Promise.all(['admin', 'head', 'handler', 'publisher'].map(staff));
    [owner, first, second] = await Promise.all(['members-owner', 'members-first', 'members-second'].map(resident));
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe('PUT /api/admin/enterprise-districts', () => {
    it('lets the system administrator read the seeded list of 威海', async () => {
      const { status, body } = await server.request('GET', '/api/admin/enterprise-districts', { token: admin });
      expect(status).toBe(200);
      expect(body).toEqual({ districts: WEIHAI_DISTRICTS });
    });

    it.each`
      edge                          | districts                            | message
      ${'an empty list'}            | ${[]}                                | ${'至少要有一项'}
      ${'a blank name'}             | ${['环翠区', '  ']}                  | ${'不能为空'}
      ${'a repeated name'}          | ${['环翠区', '文登区', ' 环翠区 ']}  | ${'“环翠区”重复'}
    `('refuses $edge in Chinese, naming districts, and keeps the list', async ({ districts, message }) => {
      const response = await server.request('PUT', '/api/admin/enterprise-districts', { token: admin, body: { districts } });
      expectChineseError(response, 400, 'districts');
      expect(response.body.message).toContain(message);
      expect((await server.request('GET', '/api/enterprise-options')).body.districts).toEqual(WEIHAI_DISTRICTS);
    });

    it('is not a 承办人’s to change', async () => {
      expectChineseError(await server.request('PUT', '/api/admin/enterprise-districts', { token: handler, body: { districts: ['环翠区'] } }), 403);
    });

    it('saves the list in the order given, trimmed; the forms offer it and the audit says what changed', async () => {
      const districts = [...WEIHAI_DISTRICTS, ' 综保区 '];
      const { status, body } = await server.request('PUT', '/api/admin/enterprise-districts', { token: admin, body: { districts } });
      expect(status).toBe(200);
      expect(body).toEqual({ districts: [...WEIHAI_DISTRICTS, '综保区'] });
      expect((await server.request('GET', '/api/enterprise-options')).body.districts).toEqual([...WEIHAI_DISTRICTS, '综保区']);
      const [entry] = await auditOf('enterprise.districts');
      expect(entry.detail).toBe(`企业所在区（市）列表：${WEIHAI_DISTRICTS.join('、')} → ${[...WEIHAI_DISTRICTS, '综保区'].join('、')}`);
      expect(entry.actorName).toBe('admin');
    });

    it('binds an enterprise only in a district on the list', async () => {
      expectChineseError(await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile({ district: '火炬高新区' }) }), 400, 'district');
    });
  });

  describe('members and their 管理员', () => {
    beforeAll(async () => {
      const bound = await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile() });
      enterpriseId = bound.body.id;
      ownerMemberId = bound.body.membership.id;
      await server.request('POST', `/api/admin/enterprise-bindings/${ownerMemberId}/approve`, { token: head });
      for (const colleague of [first, second]) {
        const { body: invitation } = await server.request('POST', `/api/enterprises/${enterpriseId}/invitations`, { token: owner });
        await server.request('POST', `/api/enterprise-invitations/${invitation.code}/accept`, { token: colleague });
      }
    });

    it('GET /api/enterprises/{id}/members lists the verified colleagues, 管理员 first, without phones', async () => {
      const { status, body } = await server.request('GET', `/api/enterprises/${enterpriseId}/members`, { token: first });
      expect(status).toBe(200);
      expect(body).toEqual([
        { id: ownerMemberId, role: 'admin', roleLabel: '管理员', joinedVia: 'evidence', contactName: '张经理', isMe: false, createdAt: '2026-11-23T02:00:00.000Z' },
        { id: expect.any(Number), role: 'member', roleLabel: '成员', joinedVia: 'invitation', contactName: null, isMe: true, createdAt: '2026-11-23T02:00:00.000Z' },
        { id: expect.any(Number), role: 'member', roleLabel: '成员', joinedVia: 'invitation', contactName: null, isMe: false, createdAt: '2026-11-23T02:00:00.000Z' },
      ]);
      [firstMemberId, secondMemberId] = [body[1].id, body[2].id];
      expect((await server.request('GET', `/api/enterprises/${enterpriseId}/members`, { token: await resident('members-stranger') })).status).toBe(404);
    });

    it('refuses the last 管理员 leaving while colleagues remain, naming the rule, and keeps them a member', async () => {
      const response = await server.request('POST', `/api/enterprises/${enterpriseId}/leave`, { token: owner });
      expectChineseError(response, 409);
      expect(response.body).toMatchObject({ code: 'ENTERPRISE_LAST_ADMIN', message: '您是本企业唯一的管理员，还有 2 位成员：请先把其中一位设为管理员，再退出企业', article: null });
      expect((await server.request('GET', `/api/enterprises/${enterpriseId}`, { token: owner })).body.verification.status).toBe('verified');
    });

    it('refuses making the last 管理员 a 成员', async () => {
      const response = await server.request('PUT', `/api/enterprises/${enterpriseId}/members/${ownerMemberId}/role`, { token: owner, body: { role: 'member' } });
      expectChineseError(response, 409);
      expect(response.body.code).toBe('ENTERPRISE_LAST_ADMIN');
    });

    it('lets only a 管理员 change roles, and only to 管理员 or 成员', async () => {
      expectChineseError(await server.request('PUT', `/api/enterprises/${enterpriseId}/members/${firstMemberId}/role`, { token: first, body: { role: 'admin' } }), 403);
      expectChineseError(await server.request('PUT', `/api/enterprises/${enterpriseId}/members/${firstMemberId}/role`, { token: owner, body: { role: 'owner' } }), 400, 'role');
      expectChineseError(await server.request('PUT', `/api/enterprises/${enterpriseId}/members/999999/role`, { token: owner, body: { role: 'admin' } }), 404);
    });

    it('lets the verified 管理员 make a member 管理员: audited, the member told in the app, who may then invite', async () => {
      const { status, body } = await server.request('PUT', `/api/enterprises/${enterpriseId}/members/${firstMemberId}/role`, { token: owner, body: { role: 'admin' } });
      expect(status).toBe(200);
      expect(body.map((member: { id: number; role: string }) => [member.id, member.role])).toEqual([
        [ownerMemberId, 'admin'],
        [firstMemberId, 'admin'],
        [secondMemberId, 'member'],
      ]);
      expect((await server.request('GET', `/api/enterprises/${enterpriseId}`, { token: first })).body.membership).toMatchObject({ role: 'admin', roleLabel: '管理员' });
      const inbox = (await server.request('GET', '/api/notifications/mine', { token: first })).body;
      expect(inbox).toContainEqual(expect.objectContaining({ title: '您已成为企业管理员', link: '/packages/enterprise/pages/center/index' }));
      const [entry] = await auditOf('enterprise.member.role');
      expect(entry).toMatchObject({ targetId: String(firstMemberId), detail: `把成员编号 ${firstMemberId} 设为管理员（企业编号 ${enterpriseId}）`, actorName: `企业管理员（成员编号 ${ownerMemberId}）` });
      expect((await server.request('POST', `/api/enterprises/${enterpriseId}/invitations`, { token: first })).status).toBe(201);
    });

    it('lets one of two 管理员 step down, and then refuses the remaining one', async () => {
      const stepped = await server.request('PUT', `/api/enterprises/${enterpriseId}/members/${ownerMemberId}/role`, { token: first, body: { role: 'member' } });
      expect(stepped.status).toBe(200);
      expect((await server.request('GET', `/api/enterprises/${enterpriseId}`, { token: owner })).body.membership.role).toBe('member');
      expect((await server.request('PUT', `/api/enterprises/${enterpriseId}/members/${firstMemberId}/role`, { token: first, body: { role: 'member' } })).body.code).toBe('ENTERPRISE_LAST_ADMIN');
      expect((await server.request('POST', `/api/enterprises/${enterpriseId}/leave`, { token: first })).body.code).toBe('ENTERPRISE_LAST_ADMIN');
    });

    it('lets a 成员 leave; they are gone from the members and cannot be made 管理员', async () => {
      expect((await server.request('POST', `/api/enterprises/${enterpriseId}/leave`, { token: second })).status).toBe(204);
      expect((await server.request('GET', '/api/enterprises/mine', { token: second })).body).toEqual([]);
      const members = (await server.request('GET', `/api/enterprises/${enterpriseId}/members`, { token: first })).body;
      expect(members.map((member: { id: number }) => member.id)).toEqual([firstMemberId, ownerMemberId]);
      const response = await server.request('PUT', `/api/enterprises/${enterpriseId}/members/${secondMemberId}/role`, { token: first, body: { role: 'admin' } });
      expectChineseError(response, 409);
      expect(response.body.code).toBe('ENTERPRISE_MEMBER_NOT_VERIFIED');
      const [entry] = await auditOf('enterprise.leave');
      expect(entry).toMatchObject({ detail: '退出企业', actorName: `企业成员（成员编号 ${secondMemberId}）` });
    });

    it('lets the last 管理员 leave once nobody else holds the enterprise', async () => {
      expect((await server.request('POST', `/api/enterprises/${enterpriseId}/leave`, { token: owner })).status).toBe(204);
      expect((await server.request('POST', `/api/enterprises/${enterpriseId}/leave`, { token: first })).status).toBe(204);
      const staffView = (await server.request('GET', `/api/admin/enterprises/${enterpriseId}`, { token: head })).body;
      expect(staffView.members.map((member: { status: string }) => member.status)).toEqual(['left', 'left', 'left']);
    });
  });

  describe('a push returned by the second person, rewritten and resubmitted', () => {
    let benefitId: number;
    let pushId: number;

    beforeAll(async () => {
      const created = await server.request('POST', '/api/admin/policy-benefits', { token: publisher, body: RETROFIT });
      benefitId = created.body.id;
      await server.request('POST', `/api/admin/policy-benefits/${benefitId}/publish`, { token: publisher });
      const composed = await server.request('POST', '/api/admin/pushes', { token: publisher, body: { benefitId, title: '技改补贴开始申报', summary: '请及时申报' } });
      pushId = composed.body.id;
      expect(composed.body).toMatchObject({ status: 'submitted', canEdit: true, canApprove: false });
    });

    it('is returned with a reason; its composer may edit it, the approver may not', async () => {
      const { body } = await server.request('POST', `/api/admin/pushes/${pushId}/approval`, { token: head, body: { approved: false, reason: '温馨提示请写明截止日期' } });
      expect(body).toMatchObject({ status: 'returned', returnReason: '温馨提示请写明截止日期', canApprove: false, canEdit: false });
      expect((await server.request('GET', `/api/admin/pushes/${pushId}`, { token: publisher })).body).toMatchObject({ canEdit: true });
      const response = await server.request('PUT', `/api/admin/pushes/${pushId}`, { token: head, body: { benefitId, title: '技改补贴开始申报', summary: '10月31日前申报' } });
      expectChineseError(response, 409);
      expect(response.body.code).toBe('POLICY_PUSH_NOT_COMPOSER');
      expectChineseError(await server.request('POST', `/api/admin/pushes/${pushId}/approval`, { token: head, body: { approved: true } }), 409);
    });

    it('refuses the rewrite over the WeChat field limit, naming summary', async () => {
      expectChineseError(await server.request('PUT', `/api/admin/pushes/${pushId}`, { token: publisher, body: { benefitId, title: '技改补贴开始申报', summary: '请于二〇二六年十月三十一日前向规划与技术改造科申报' } }), 400, 'summary');
    });

    it('goes back to 待审核 once rewritten, the reason cleared, the schedule kept as the instant sent, and the approvers told', async () => {
      // 2026-11-24 09:30 in China is 01:30 UTC.
      const { status, body } = await server.request('PUT', `/api/admin/pushes/${pushId}`, { token: publisher, body: { benefitId, title: '技改补贴开始申报', summary: '请于10月31日前申报', scheduledAt: '2026-11-24T01:30:00.000Z' } });
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'submitted', summary: '请于10月31日前申报', returnReason: null, scheduledAt: '2026-11-24T01:30:00.000Z', canEdit: true });
      const inbox = (await server.request('GET', '/api/admin/notifications/mine', { token: head })).body;
      expect(inbox.filter((notice: { link: string }) => notice.link === `/pushes/${pushId}`).map((notice: { title: string }) => notice.title)).toEqual(['退回的惠企政策推送已修改，待重新审核', '有惠企政策推送待审核']);
      const audit = (await server.request('GET', '/api/admin/audit-logs?targetType=policy_push', { token: admin })).body;
      expect(audit.items.map((entry: { action: string }) => entry.action)).toEqual(['policy_push.update', 'policy_push.return', 'policy_push.compose']);
    });

    it('is approved by the second person and then no longer edited; sending waits for the schedule, said in China time', async () => {
      expect((await server.request('POST', `/api/admin/pushes/${pushId}/approval`, { token: head, body: { approved: true } })).body).toMatchObject({ status: 'approved', canEdit: false });
      const edit = await server.request('PUT', `/api/admin/pushes/${pushId}`, { token: publisher, body: { benefitId, title: '技改补贴开始申报', summary: '请及时申报' } });
      expectChineseError(edit, 409);
      expect(edit.body.code).toBe('POLICY_PUSH_WRONG_STATUS');
      const early = await server.request('POST', `/api/admin/pushes/${pushId}/send`, { token: head });
      expectChineseError(early, 409);
      expect(early.body.message).toBe('推送定于 2026-11-24 09:30 发送，时间未到');
    });
  });
});

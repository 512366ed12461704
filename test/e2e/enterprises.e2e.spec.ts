import { png, upload } from './support/files';
import { startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const CHINESE = /[\u4e00-\u9fff]/;
// Monday 2026-11-23, 10:00 in China: "today" of every match below.
const CLOCK_NOW = '2026-11-23T02:00:00Z';
// GB 32100 codes of Weihai (3710xx), check characters worked out by the MOD 31 rule.
const PRECISION = '91371000MA3C4K7L5R';
const TRADER = '91371081MA3RQ2W0AP';

/** 威海精工机械: 通用设备制造业 (C34), 120 people and 5,600 万元 (工业: 小型 by its staff), 环翠区, founded 2018. */
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
  qualifications: [{ name: '专精特新中小企业', year: 2023 }],
  contactName: '张经理',
  contactPhone: '13812345678',
  ...overrides,
});

/** 技改补贴: 制造业, 中小微, 环翠区, 成立满 3 年. */
const RETROFIT = {
  title: '工业企业技术改造设备补贴',
  applicationConditions: '在环翠区注册、成立满 3 年的中小微制造业企业',
  supportStandard: '按设备投资额的 10% 给予补贴，单个企业最高 50 万元',
  applicationPeriod: '每年 10 月 31 日前',
  acceptingUnit: '规划与技术改造科',
  consultPhone: '0631-5287004',
  topics: ['技术改造', '财政奖补'],
  conditions: {
    kind: 'all',
    of: [
      { kind: 'industry', codes: ['C'] },
      { kind: 'size', sizes: ['medium', 'small', 'micro'] },
      { kind: 'district', districts: ['环翠区'] },
      { kind: 'founded', foundedYearsAtLeast: 3 },
    ],
  },
};

/** 专精特新奖励: either tier. */
const SPECIALIZED = {
  title: '专精特新企业奖励',
  applicationConditions: '专精特新中小企业或专精特新“小巨人”企业',
  supportStandard: '一次性奖励 20 万元',
  applicationPeriod: '2026 年 12 月 31 日前',
  acceptingUnit: '非公经济科',
  consultPhone: '0631-5287006',
  topics: ['财政奖补'],
  conditions: { kind: 'any', of: [{ kind: 'qualification', qualifications: ['specializedSme'] }, { kind: 'qualification', qualifications: ['littleGiant'] }] },
};

const SIZE_REASON = '按“工业”标准：从业人员 120 人，达到小型下限 20 人；营业收入 5,600 万元，达到中型下限 2,000 万元。大型、中型和小型企业须同时达到各项指标的下限，定为小型企业。';

describe('enterprises: binding, profiles, 惠企政策, the 政策计算器 and targeted pushes', () => {
  let server: StartedServer;
  let head: string;
  let publisher: string;
  let owner: string;
  let colleague: string;
  let trader: string;
  let stranger: string;
  let precisionId: number;
  let ownerMemberId: number;
  let retrofitId: number;
  let specializedId: number;
  let pushId: number;

  const staff = async (username: string) => (await server.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const resident = async (openid: string) => (await server.request('POST', '/api/auth/dev-login', { body: { openid } })).body.token as string;
  const expectChineseError = (response: { status: number; body: any }, status: number, field?: string) => {
    expect(response.status).toBe(status);
    expect(response.body.message).toMatch(CHINESE);
    if (field) expect(response.body.field).toBe(field);
  };
  const pushNotices = async (token: string) => (await server.request('GET', '/api/notifications/mine', { token })).body.filter((notice: { kind: string }) => notice.kind === 'policy.push');

  beforeAll(async () => {
    server = await startServer({ CLOCK_NOW });
    [head, publisher] = await Promise.all([staff('head'), staff('publisher')]);
    [owner, colleague, trader, stranger] = await Promise.all(['ent-owner', 'ent-colleague', 'ent-trader', 'ent-stranger'].map(resident));
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe('GET /api/enterprise-options', () => {
    it('offers the 门类 and 大类, sizes, qualifications, the seeded districts of 威海 and the topics, without sign-in', async () => {
      const { status, body } = await server.request('GET', '/api/enterprise-options');
      expect(status).toBe(200);
      expect(body.industries).toHaveLength(20);
      expect(body.industries.flatMap((section: { divisions: unknown[] }) => section.divisions)).toHaveLength(97);
      expect(body.industries.find((section: { code: string }) => section.code === 'C').divisions).toContainEqual({ code: '34', name: '通用设备制造业' });
      expect(body.districts).toEqual(['环翠区', '文登区', '荣成市', '乳山市', '高区', '经区', '临港区', '南海新区']);
      expect(body.sizes.map((size: { label: string }) => size.label)).toEqual(['大型', '中型', '小型', '微型']);
      expect(body.qualifications).toHaveLength(6);
      expect(body.topics).toContain('技术改造');
    });
  });

  describe('POST /api/enterprises', () => {
    it('refuses a credit code whose check character is wrong, naming creditCode', async () => {
      const response = await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile({ creditCode: '91371000MA3C4K7L5X' }) });
      expectChineseError(response, 400, 'creditCode');
      expect(response.body.message).toContain('校验位');
    });

    it('refuses an industry code that is not GB/T 4754, and a district the agency does not have', async () => {
      expectChineseError(await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile({ industryCode: 'Z99' }) }), 400, 'industryCode');
      expectChineseError(await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile({ industryCode: 'A34' }) }), 400, 'industryCode');
      expectChineseError(await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile({ district: '朝阳区' }) }), 400, 'district');
      expectChineseError(await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile({ qualifications: [{ name: '瞪羚企业', year: 2024 }] }) }), 400, 'qualifications[0].name');
    });

    it('takes a claim with its evidence as pending, computes the size with its reason, and keeps the phone encrypted', async () => {
      const evidence = await upload(server.baseUrl, '/api/media?purpose=enterprise_evidence', owner, '授权书.png', png());
      expect(evidence.status).toBe(201);
      const { status, body } = await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile({ evidenceFileId: evidence.body.id }) });
      expect(status).toBe(201);
      expect(body).toMatchObject({
        creditCode: PRECISION,
        industryCode: '34',
        industry: { code: '34', name: '通用设备制造业', sectionCode: 'C', sectionName: '制造业' },
        size: { size: 'small', label: '小型', reason: SIZE_REASON },
        verification: { status: 'pending', statusLabel: '待审核' },
        membership: { role: 'admin' },
        version: 1,
      });
      precisionId = body.id;
      ownerMemberId = body.membership.id;
      const [row] = await server.database.query(`SELECT phone_enc, phone_masked FROM enterprise_member WHERE id = ${ownerMemberId}`);
      expect(row.phone_masked).toBe('138****5678');
      expect(String(row.phone_enc)).not.toContain('13812345678');
    });

    it('refuses a second claim by the same resident while the first waits', async () => {
      expectChineseError(await server.request('POST', '/api/enterprises', { token: owner, body: precisionProfile() }), 409);
    });

    it('lets a pending member read their claim, nobody else', async () => {
      expect((await server.request('GET', '/api/enterprises/mine', { token: owner })).body.map((item: { id: number }) => item.id)).toEqual([precisionId]);
      expect((await server.request('GET', `/api/enterprises/${precisionId}`, { token: stranger })).status).toBe(404);
      expect((await server.request('GET', '/api/enterprises/mine', { token: stranger })).body).toEqual([]);
    });

    it('does not let a pending member edit or invite', async () => {
      expectChineseError(await server.request('POST', `/api/enterprises/${precisionId}/invitations`, { token: owner }), 403);
    });
  });

  describe('staff decide claims', () => {
    it('lists the pending claim with the phone masked and the evidence, and audits the evidence download', async () => {
      const { body } = await server.request('GET', '/api/admin/enterprise-bindings?status=pending', { token: head });
      const claim = body.items.find((item: { id: number }) => item.id === ownerMemberId);
      expect(claim).toMatchObject({ enterpriseId: precisionId, creditCode: PRECISION, phoneMasked: '138****5678', status: 'pending', verifiedMembers: 0, evidence: { purpose: 'enterprise_evidence' } });
      const download = await fetch(`${server.baseUrl}/api/admin/enterprise-bindings/${ownerMemberId}/evidence`, { headers: { authorization: `Bearer ${head}` } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(png());
      const audit = (await server.request('GET', '/api/admin/audit-logs?action=enterprise.binding.evidence.read', { token: await staff('admin') })).body;
      expect(audit.items.map((entry: { targetId: string }) => entry.targetId)).toContain(String(ownerMemberId));
    });

    it('approves the claim: the claimant becomes a verified 管理员 and is told in the app', async () => {
      const { status, body } = await server.request('POST', `/api/admin/enterprise-bindings/${ownerMemberId}/approve`, { token: head });
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'verified', role: 'admin', decidedBy: '王公开（公开办负责人·演示）' });
      expectChineseError(await server.request('POST', `/api/admin/enterprise-bindings/${ownerMemberId}/approve`, { token: head }), 409);
      const mine = (await server.request('GET', `/api/enterprises/${precisionId}`, { token: owner })).body;
      expect(mine.verification).toMatchObject({ status: 'verified', statusLabel: '已认证' });
      const inbox = (await server.request('GET', '/api/notifications/mine', { token: owner })).body;
      expect(inbox.map((notice: { title: string }) => notice.title)).toContain('企业绑定已通过审核');
    });

    it('decides a claim through POST /api/admin/enterprises/{id}/verification too, and refuses a rejection without a reason', async () => {
      const claim = await server.request('POST', '/api/enterprises', {
        token: trader,
        body: precisionProfile({ creditCode: TRADER, name: '威海海信商贸有限公司', industryCode: 'F51', employees: 12, revenueWanYuan: 800, district: '文登区', qualifications: [], contactPhone: null }),
      });
      expect(claim.status).toBe(201);
      expectChineseError(await server.request('POST', `/api/admin/enterprises/${claim.body.id}/verification`, { token: head, body: { approved: false } }), 400, 'reason');
      const decided = await server.request('POST', `/api/admin/enterprises/${claim.body.id}/verification`, { token: head, body: { approved: true } });
      expect(decided.status).toBe(200);
      expect(decided.body.members).toMatchObject([{ status: 'verified', role: 'admin', phoneMasked: null }]);
    });

    it("shows a member's full phone only on request, and audits the reading", async () => {
      const { body } = await server.request('GET', `/api/admin/enterprises/${precisionId}`, { token: head });
      expect(body.members).toMatchObject([{ id: ownerMemberId, phoneMasked: '138****5678' }]);
      expect(JSON.stringify(body)).not.toContain('13812345678');
      const phone = await server.request('GET', `/api/admin/enterprises/${precisionId}/members/${ownerMemberId}/phone`, { token: head });
      expect(phone.body).toEqual({ phone: '13812345678' });
      const audit = (await server.request('GET', '/api/admin/audit-logs?action=enterprise.member.read_phone', { token: await staff('admin') })).body;
      expect(audit.total).toBe(1);
    });
  });

  describe('members and the profile', () => {
    it('lets the verified 管理员 invite a colleague with a one-time code, valid 7 days', async () => {
      const invitation = await server.request('POST', `/api/enterprises/${precisionId}/invitations`, { token: owner });
      expect(invitation.status).toBe(201);
      expect(invitation.body).toMatchObject({ enterpriseId: precisionId, enterpriseName: '威海精工机械有限公司', expiresAt: '2026-11-30T02:00:00.000Z' });
      const joined = await server.request('POST', `/api/enterprise-invitations/${invitation.body.code}/accept`, { token: colleague });
      expect(joined.status).toBe(200);
      expect(joined.body).toMatchObject({ id: precisionId, membership: { role: 'member', joinedVia: 'invitation' }, verification: { status: 'verified' } });
      expectChineseError(await server.request('POST', `/api/enterprise-invitations/${invitation.body.code}/accept`, { token: stranger }), 409);
      expect((await server.request('POST', '/api/enterprise-invitations/NOSUCHCODE/accept', { token: stranger })).status).toBe(404);
    });

    it('does not let a 成员 invite others', async () => {
      expectChineseError(await server.request('POST', `/api/enterprises/${precisionId}/invitations`, { token: colleague }), 403);
    });

    it('records each profile change as a revision: who, when, what; the size follows the figures', async () => {
      const { status, body } = await server.request('PUT', `/api/enterprises/${precisionId}`, { token: colleague, body: { ...precisionProfile({ employees: 150 }), creditCode: undefined, evidenceFileId: undefined, contactName: undefined, contactPhone: undefined, version: 1 } });
      expect(status).toBe(200);
      expect(body).toMatchObject({ employees: 150, version: 2, size: { size: 'small' } });
      expectChineseError(await server.request('PUT', `/api/enterprises/${precisionId}`, { token: owner, body: { ...precisionProfile(), creditCode: undefined, evidenceFileId: undefined, contactName: undefined, contactPhone: undefined, version: 1 } }), 409);
      const staffView = (await server.request('GET', `/api/admin/enterprises/${precisionId}`, { token: head })).body;
      const colleagueMember = staffView.members.find((member: { role: string }) => member.role === 'member');
      expect(staffView.revisions[0]).toEqual({
        id: expect.any(Number),
        version: 2,
        actorType: 'resident',
        actorName: `企业成员（成员编号 ${colleagueMember.id}）`,
        at: '2026-11-23T02:00:00.000Z',
        changes: [{ field: 'employees', label: '从业人员', from: '120', to: '150' }],
      });
      expect(staffView.revisions).toHaveLength(2);
    });

    it('lets a member leave; they see the enterprise no more', async () => {
      expect((await server.request('POST', `/api/enterprises/${precisionId}/leave`, { token: colleague })).status).toBe(204);
      expect((await server.request('GET', '/api/enterprises/mine', { token: colleague })).body).toEqual([]);
      expect((await server.request('GET', `/api/enterprises/${precisionId}`, { token: colleague })).status).toBe(404);
      expect((await server.request('PUT', `/api/enterprises/${precisionId}/subscription`, { token: colleague, body: { topics: [], muted: false } })).status).toBe(404);
    });

    it('keeps topic subscriptions and 免打扰', async () => {
      const { body } = await server.request('PUT', `/api/enterprises/${precisionId}/subscription`, { token: owner, body: { topics: ['技术改造', '人才'], muted: false } });
      expect(body.subscription).toEqual({ topics: ['技术改造', '人才'], muted: false });
      expectChineseError(await server.request('PUT', `/api/enterprises/${precisionId}/subscription`, { token: owner, body: { topics: ['炒股'], muted: false } }), 400, 'topics');
    });
  });

  describe('惠企政策 items and the 政策计算器', () => {
    it('refuses conditions the domain cannot read, naming the path inside', async () => {
      const bad = { ...RETROFIT, conditions: { kind: 'all', of: [{ kind: 'industry', codes: ['C99'] }] } };
      const response = await server.request('POST', '/api/admin/policy-benefits', { token: publisher, body: bad });
      expectChineseError(response, 400, 'conditions.of[0].codes[0]');
    });

    it('publishes two items', async () => {
      for (const item of [RETROFIT, SPECIALIZED]) {
        const created = await server.request('POST', '/api/admin/policy-benefits', { token: publisher, body: item });
        expect(created.status).toBe(201);
        expect(created.body.status).toBe('draft');
        const published = await server.request('POST', `/api/admin/policy-benefits/${created.body.id}/publish`, { token: publisher });
        expect(published.body).toMatchObject({ status: 'published', publishedAt: '2026-11-23T02:00:00.000Z' });
        if (item === RETROFIT) retrofitId = created.body.id;
        else specializedId = created.body.id;
      }
      const list = (await server.request('GET', '/api/policy-benefits?topic=技术改造')).body;
      expect(list.items.map((item: { id: number }) => item.id)).toEqual([retrofitId]);
    });

    it('explains a yes and a no to a visitor who is not signed in', async () => {
      const { status, body } = await server.request('POST', '/api/policy-calculator', {
        body: { profile: { industryCode: 'C34', employees: 120, revenueWanYuan: 5600, district: '环翠区', foundedOn: '2024-03-01', qualifications: ['专精特新中小企业'] } },
      });
      expect(status).toBe(200);
      expect(body.items).toEqual([
        expect.objectContaining({ policyId: specializedId, title: '专精特新企业奖励', verdict: 'yes', verdictLabel: '符合', reasons: ['因为您是 专精特新中小企业'] }),
        // 2024-03-01 to 2026-11-23 is two years and some months: not 满 3 年.
        expect.objectContaining({ policyId: retrofitId, verdict: 'no', verdictLabel: '不符合', reasons: ['成立满 3 年：您的企业成立于 2024年3月1日，不满足'] }),
      ]);
      expect(body.size).toEqual({ size: 'small', label: '小型', reason: SIZE_REASON });
    });

    it('asks for what the visitor left out instead of refusing', async () => {
      const { body } = await server.request('POST', '/api/policy-calculator', { body: { profile: { industryCode: 'C', district: '环翠区' } } });
      const retrofit = body.items.find((item: { policyId: number }) => item.policyId === retrofitId);
      expect(retrofit.verdict).toBe('check');
      expect(retrofit.reasons).toContain('请补充您的企业成立日期：本政策要求成立满 3 年');
    });

    it('refuses an unknown industry code in the calculator, naming it', async () => {
      expectChineseError(await server.request('POST', '/api/policy-calculator', { body: { profile: { industryCode: '98' } } }), 400, 'profile.industryCode');
    });

    it('matches a bound enterprise by its stored profile, with the size reason beside the facts', async () => {
      const { body } = await server.request('GET', `/api/enterprises/${precisionId}/matches`, { token: owner });
      expect(body.items.map((item: { policyId: number; verdict: string }) => [item.policyId, item.verdict])).toEqual([
        [specializedId, 'yes'],
        [retrofitId, 'yes'],
      ]);
      expect(body.items[1].reasons).toEqual([
        '因为您是 制造业（C）· 小型企业 · 环翠区',
        '按“工业”标准：从业人员 150 人，达到小型下限 20 人；营业收入 5,600 万元，达到中型下限 2,000 万元。大型、中型和小型企业须同时达到各项指标的下限，定为小型企业。',
        '成立满 3 年：您的企业成立于 2018年4月12日，满足',
      ]);
    });
  });

  describe('pushes', () => {
    it('refuses a title over the WeChat field limit as typed, naming title', async () => {
      const response = await server.request('POST', '/api/admin/pushes', { token: publisher, body: { benefitId: retrofitId, title: '二〇二六年度工业企业技术改造设备补贴开始申报', summary: '10月31日前申报' } });
      expectChineseError(response, 400, 'title');
      expect(response.body.message).toContain('20');
    });

    it('previews the audience: the matching enterprise with its reasons, not the 批发 one', async () => {
      const { body } = await server.request('POST', '/api/admin/pushes/audience', { token: publisher, body: { benefitId: retrofitId } });
      expect(body).toMatchObject({ enterprises: 1, recipients: 1, yes: 1, check: 0, muted: 0 });
      expect(body.sample).toEqual([
        { enterpriseId: precisionId, enterpriseName: '威海精工机械有限公司', district: '环翠区', verdict: 'yes', reasons: expect.arrayContaining(['因为您是 制造业（C）· 小型企业 · 环翠区']), viaTopic: false, members: 1 },
      ]);
    });

    it('composes a push, which waits for a second person', async () => {
      const { status, body } = await server.request('POST', '/api/admin/pushes', { token: publisher, body: { benefitId: retrofitId, title: '技改设备补贴开始申报', summary: '请于10月31日前申报' } });
      expect(status).toBe(201);
      expect(body).toMatchObject({ status: 'submitted', composedBy: '孙发布（演示）', canApprove: false, audience: { enterprises: 1 }, link: `/packages/enterprise/pages/benefit/index?id=${retrofitId}&pushId=${body.id}` });
      pushId = body.id;
    });

    it('refuses to send it before approval', async () => {
      const response = await server.request('POST', `/api/admin/pushes/${pushId}/send`, { token: head });
      expectChineseError(response, 409);
      expect(response.body.code).toBe('PUSH_NOT_APPROVED');
    });

    it('refuses the composer approving their own push', async () => {
      const response = await server.request('POST', `/api/admin/pushes/${pushId}/approval`, { token: publisher, body: { approved: true } });
      expectChineseError(response, 409);
      expect(response.body).toMatchObject({ code: 'FOUR_EYES_REQUIRED', article: '《政府信息公开条例》第十七条' });
    });

    it('lets a second person approve it', async () => {
      expect((await server.request('GET', `/api/admin/pushes/${pushId}`, { token: head })).body.canApprove).toBe(true);
      const { status, body } = await server.request('POST', `/api/admin/pushes/${pushId}/approval`, { token: head, body: { approved: true } });
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'approved', approvedBy: '王公开（公开办负责人·演示）' });
    });

    it("delivers one notice to the enterprise's resident however often it is sent, and nothing elsewhere", async () => {
      const first = await server.request('POST', `/api/admin/pushes/${pushId}/send`, { token: head });
      expect(first.body).toEqual({ pushId, status: 'sent', recipients: 1, enqueued: 1, alreadyQueued: 0 });
      const second = await server.request('POST', `/api/admin/pushes/${pushId}/send`, { token: head });
      expect(second.body).toEqual({ pushId, status: 'sent', recipients: 1, enqueued: 0, alreadyQueued: 1 });

      const notices = await pushNotices(owner);
      expect(notices).toEqual([expect.objectContaining({ title: '技改设备补贴开始申报', link: `/packages/enterprise/pages/benefit/index?id=${retrofitId}&pushId=${pushId}`, read: false })]);
      expect(notices[0].body).toContain('支持标准：按设备投资额的 10% 给予补贴');
      // The colleague left before the push; the 批发 enterprise does not qualify; the stranger has no enterprise.
      for (const token of [colleague, trader, stranger]) expect(await pushNotices(token)).toEqual([]);
      const [{ n }] = await server.database.query(`SELECT COUNT(*) AS n FROM notification WHERE idempotency_key LIKE 'push:${pushId}:%'`);
      expect(Number(n)).toBe(1);
    });

    it('counts what became of it: in the app, WeChat (none configured: in-app only), opened', async () => {
      await server.request('POST', '/api/admin/deliveries/run', { token: head });
      expect((await server.request('POST', `/api/policy-pushes/${pushId}/opened`, { token: owner })).status).toBe(204);
      expect((await server.request('POST', `/api/policy-pushes/${pushId}/opened`, { token: stranger })).status).toBe(404);
      const { body } = await server.request('GET', `/api/admin/pushes/${pushId}`, { token: head });
      expect(body).toMatchObject({ status: 'sent', sentAt: '2026-11-23T02:00:00.000Z', audience: null });
      expect(body.stats).toEqual({ enterprises: 1, recipients: 1, deliveredInApp: 1, wechatSent: 0, wechatRefused: 0, wechatFailed: 0, wechatUnknown: 0, wechatPending: 0, inAppOnly: 1, opened: 1 });
      const recipients = (await server.request('GET', `/api/admin/pushes/${pushId}/recipients`, { token: head })).body;
      expect(recipients.items).toEqual([
        expect.objectContaining({ enterpriseId: precisionId, verdict: 'yes', members: 1, deliveredInApp: 1, opened: 1, wechatSent: 0 }),
      ]);
      const audit = (await server.request('GET', '/api/admin/audit-logs?targetType=policy_push', { token: await staff('admin') })).body;
      expect(audit.items.map((entry: { action: string }) => entry.action).sort()).toEqual(['policy_push.approve', 'policy_push.compose', 'policy_push.send', 'policy_push.send']);
    });

    it('does not cancel a sent push, and leaves muted enterprises out of the next', async () => {
      expectChineseError(await server.request('POST', `/api/admin/pushes/${pushId}/cancel`, { token: head }), 409);
      await server.request('PUT', `/api/enterprises/${precisionId}/subscription`, { token: owner, body: { topics: [], muted: true } });
      const { body } = await server.request('POST', '/api/admin/pushes/audience', { token: publisher, body: { benefitId: retrofitId } });
      expect(body).toMatchObject({ enterprises: 0, recipients: 0, muted: 1 });
    });
  });
});

import { createHash, randomUUID } from 'node:crypto';
import { FakeWechat, startFakeWechat } from './support/fake-wechat';
import { png, upload } from './support/files';
import { freePort, restartAt, StartedServer, startServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const WECHAT = { WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret', WECHAT_PUSH_TOKEN: 'push-token' };

const message = (overrides: Record<string, unknown> = {}) => ({
  board: 'inquiry',
  title: '灵活就业人员如何申请技改补贴',
  body: '我是个体工商户，想咨询工业企业技术改造专项资金是否面向小微企业，申请需要哪些材料？',
  public: true,
  contactName: '张先生',
  phone: '13812345678',
  idempotencyKey: randomUUID(),
  ...overrides,
});

describe('message boards: posting, routing, answering, publishing, rating', () => {
  let server: StartedServer;
  let head: string;
  let handler: string;
  let otherHandler: string;
  let resident: string;
  let zhkId: number;
  let planningId: number;

  const login = async (username: string, password = DEMO_PASSWORD) => (await server.api().admin.login({ username, password })).token;
  const act = (token: string, id: number, body: object) => server.request('POST', `/api/admin/messages/${id}/actions`, { token, body });
  const post = (token: string, body: object) => server.request('POST', '/api/messages', { token, body });

  beforeAll(async () => {
    // 2026-11-30 is a Monday; a 咨询 received today is due Thursday 3 December.
    server = await startServer({ CLOCK_NOW: '2026-11-30T02:00:00Z' });
    [head, handler] = await Promise.all([login('head'), login('handler')]);
    const units = await server.api(head).admin.units.list();
    zhkId = units.find((unit) => unit.name === '综合科')!.id;
    planningId = units.find((unit) => unit.name === '规划与技术改造科')!.id;
    const admin = await login('admin');
    await server.api(admin).admin.staff.create({ username: 'planner', displayName: '周规划', password: 'Planning#2026ok', unitId: planningId, roles: ['handler' as never] });
    otherHandler = await login('planner', 'Planning#2026ok');
    resident = (await server.api().auth.devLogin('writer')).token;
  });
  afterAll(() => server.stop());

  it('walks a public 咨询 from posting to the public board, rating and monthly statistics', async () => {
    const settings = (await server.request('GET', '/api/admin/messages/settings', { token: head })).body;
    settings.units.find((unit: { unitId: number }) => unit.unitId === planningId).keywords = ['技改', '技术改造'];
    expect((await server.request('PUT', '/api/admin/messages/settings', { token: head, body: settings })).status).toBe(200);

    const created = await post(resident, message());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'dispatching', receivedDate: '2026-11-30', dueDate: '2026-12-03', phoneMasked: '138****5678', statusText: '待分办' });
    expect(JSON.stringify(created.body)).not.toContain('13812345678');
    const id = created.body.id;

    const dispatchView = (await server.request('GET', `/api/admin/messages/${id}`, { token: head })).body;
    expect(dispatchView.suggestedUnits[0]).toMatchObject({ unitId: planningId, reason: expect.stringContaining('技术改造') });
    expect(dispatchView.allowedActions).toEqual(expect.arrayContaining(['assign', 'invalidate']));

    // Not public before it is answered.
    expect((await server.request('GET', `/api/messages/${id}`)).status).toBe(404);

    expect((await act(head, id, { type: 'assign', unitId: planningId })).body).toMatchObject({ status: 'assigned', unitName: '规划与技术改造科', workingDaysLeft: 3 });
    expect((await act(otherHandler, id, { type: 'claim' })).body).toMatchObject({ status: 'in_progress', handlerName: '周规划' });
    const templates = (await server.request('GET', '/api/admin/messages/templates', { token: otherHandler })).body;
    expect(templates.map((template: { title: string }) => template.title)).toContain('咨询答复');
    const replied = await act(otherHandler, id, { type: 'reply', replyBody: '您好！技术改造专项资金面向规模以上工业企业，小微企业可申报“专精特新”相关扶持。' });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ status: 'answered', published: true, repliedDate: '2026-11-30', replyUnitName: '规划与技术改造科' });

    const board = (await server.request('GET', '/api/messages?board=inquiry')).body;
    expect(board.total).toBe(1);
    expect(board.items[0]).toMatchObject({ id, receivedDate: '2026-11-30', repliedDate: '2026-11-30', replyUnitName: '规划与技术改造科', replyBody: expect.stringContaining('专精特新') });
    expect(JSON.stringify(board)).not.toMatch(/张先生|138/);
    expect((await server.request('GET', '/api/messages?board=complaint')).body.total).toBe(0);
    expect((await server.request('GET', `/api/messages?q=${encodeURIComponent('技改补贴')}`)).body.total).toBe(1);
    // LIKE wildcards typed by a person are text: "%" finds nothing here.
    expect((await server.request('GET', `/api/messages?q=${encodeURIComponent('%')}`)).body.total).toBe(0);

    const inbox = await server.api(resident).notifications.mine();
    expect(inbox).toEqual(expect.arrayContaining([expect.objectContaining({ title: '您的留言已答复', link: `/packages/message/pages/detail/index?id=${id}` })]));

    const rated = await server.request('POST', `/api/messages/${id}/rating`, { token: resident, body: { rating: 'satisfied', comment: '答复很清楚' } });
    expect(rated.body).toMatchObject({ rating: 'satisfied', ratingComment: '答复很清楚' });
    expect((await server.request('POST', `/api/messages/${id}/rating`, { token: resident, body: { rating: 'dissatisfied' } })).status).toBe(409);

    const stats = (await server.request('GET', '/api/messages/stats?month=2026-11')).body;
    expect(stats).toMatchObject({ received: 1, answered: 1, answeredOnTime: 1, onTimeRate: 100, rated: 1, satisfied: 1, satisfactionRate: 100 });
    expect(stats.byBoard.inquiry).toMatchObject({ received: 1, answered: 1 });
    expect((await server.request('GET', '/api/messages/stats?month=2026-10')).body.received).toBe(0);

    const mine = (await server.request('GET', '/api/messages/mine', { token: resident })).body;
    expect(mine[0]).toMatchObject({ id, status: 'answered', replyUnitName: '规划与技术改造科' });

    const audit = (await server.request('GET', '/api/admin/audit-logs?pageSize=50', { token: await login('admin') })).body.items.map((entry: { action: string }) => entry.action);
    expect(audit).toEqual(expect.arrayContaining(['message.assign', 'message.claim', 'message.reply', 'message.settings']));

    // Taking the reply off the board reads the same on the button, in the timeline and in the audit: 取消公开.
    const unpublished = await act(otherHandler, id, { type: 'unpublish' });
    expect(unpublished.body).toMatchObject({ published: false, allowedActions: expect.arrayContaining(['publish']) });
    expect(unpublished.body.events.at(-1).type).toBe('取消公开');
    expect((await server.request('GET', `/api/messages/${id}`)).status).toBe(404);
  });

  it('keeps private messages private and lets the writer read their own in any state', async () => {
    const { body } = await post(resident, message({ public: false, title: '关于企业用电的个人咨询' }));
    expect((await server.request('GET', `/api/messages/${body.id}`, { token: resident })).body).toMatchObject({ id: body.id, public: false });
    expect((await server.request('GET', `/api/messages/${body.id}`)).status).toBe(404);
    const stranger = (await server.api().auth.devLogin('stranger')).token;
    expect((await server.request('GET', `/api/messages/${body.id}`, { token: stranger })).status).toBe(404);
    await act(head, body.id, { type: 'assign', unitId: zhkId });
    await act(handler, body.id, { type: 'reply', replyBody: '已电话答复。' });
    const publish = await act(handler, body.id, { type: 'publish' });
    expect(publish.status).toBe(409);
    expect(publish.body).toMatchObject({ code: 'MESSAGE_PRIVATE_NOT_PUBLISHABLE', article: '《中华人民共和国个人信息保护法》第二十五条' });
    expect(publish.body.message).toContain('不公开');
  });

  it('refuses another unit’s staff (403) and leaves the message as it was', async () => {
    const { body } = await post(resident, message({ title: '综合科的留言' }));
    await act(head, body.id, { type: 'assign', unitId: zhkId });
    const wrong = await act(otherHandler, body.id, { type: 'reply', replyBody: '不是我们科室的，但我来答' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.message).toMatch(/科室/);
    expect((await server.request('GET', `/api/admin/messages/${body.id}`, { token: otherHandler })).status).toBe(403);
    const inbox = (await server.request('GET', '/api/admin/messages', { token: otherHandler })).body;
    expect(inbox.items.some((item: { id: number }) => item.id === body.id)).toBe(false);
    expect((await server.request('GET', `/api/admin/messages/${body.id}`, { token: handler })).body).toMatchObject({ status: 'assigned', replyBody: null });
    expect((await server.request('GET', '/api/admin/messages?queue=dispatching', { token: handler })).status).toBe(403);
  });

  it('transfers with a reason, returns to the dispatcher, extends once, urges and marks spam invalid — each in the history', async () => {
    const { body } = await post(resident, message({ board: 'complaint', title: '投诉某企业噪声扰民' }));
    const id = body.id;
    await act(head, id, { type: 'assign', unitId: zhkId });
    expect((await act(handler, id, { type: 'transfer', unitId: planningId })).body).toMatchObject({ field: 'reason' });
    expect((await act(handler, id, { type: 'transfer', unitId: planningId, reason: '属技改项目监管' })).body).toMatchObject({ status: 'assigned' });
    expect((await act(otherHandler, id, { type: 'return', reason: '应由生态环境部门处理' })).status).toBe(200);
    expect((await server.request('GET', `/api/admin/messages/${id}`, { token: head })).body).toMatchObject({ status: 'dispatching', unitId: null });
    await act(head, id, { type: 'assign', unitId: zhkId });
    expect((await act(handler, id, { type: 'extend', days: 0, reason: '需现场核实' })).body).toMatchObject({ statusCode: 400, field: 'days' });
    expect((await act(handler, id, { type: 'extend', days: 9, reason: '需现场核实' })).body).toMatchObject({ statusCode: 409, code: 'MESSAGE_EXTENSION_TOO_LONG' });
    const extended = await act(handler, id, { type: 'extend', days: 5, reason: '需现场核实' });
    expect(extended.body).toMatchObject({ extendedWorkingDays: 5, dueDate: '2026-12-14' });
    expect((await act(handler, id, { type: 'extend', days: 1, reason: '再延' })).body).toMatchObject({ statusCode: 409, code: 'MESSAGE_ALREADY_EXTENDED' });
    expect((await act(handler, id, { type: 'urge' })).status).toBe(403);
    expect((await act(head, id, { type: 'urge', reason: '群众反映强烈' })).body).toMatchObject({ urgeCount: 1 });
    const notices = await server.api(handler).admin.notifications.mine();
    expect(notices.map((notice) => notice.title)).toEqual(expect.arrayContaining(['留言催办', '新的留言待办理']));
    const invalid = await act(head, id, { type: 'invalidate', reason: '重复投诉' });
    expect(invalid.body).toMatchObject({ status: 'invalid', invalidReason: '重复投诉' });
    expect(invalid.body.events.map((event: { type: string }) => event.type)).toEqual(['提交留言', '分办', '转办', '退回分办', '分办', '延期', '催办', '不予受理']);
    expect(invalid.body.events.find((event: { type: string }) => event.type === '转办')).toMatchObject({ note: '属技改项目监管', unitName: '规划与技术改造科' });
    // Staff are named as people read them, not by their login; the writer by role.
    expect(invalid.body.events.find((event: { type: string }) => event.type === '延期').actorName).toBe('李承办（综合科·演示）');
    expect(invalid.body.events[0].actorName).toBe('留言人');
  });

  it('shows the writer’s phone only to the unit, on request, audited', async () => {
    const { body } = await post(resident, message({ title: '联系电话' }));
    await act(head, body.id, { type: 'assign', unitId: zhkId });
    expect((await server.request('GET', `/api/admin/messages/${body.id}`, { token: handler })).body.phoneMasked).toBe('138****5678');
    expect((await server.request('GET', `/api/admin/messages/${body.id}/contact`, { token: handler })).body).toEqual({ contactName: '张先生', phone: '13812345678' });
    expect((await server.request('GET', `/api/admin/messages/${body.id}/contact`, { token: otherHandler })).status).toBe(403);
    const audit = (await server.request('GET', '/api/admin/audit-logs?action=message.read_contact', { token: await login('admin') })).body;
    expect(audit.items[0]).toMatchObject({ targetId: String(body.id), actorName: 'handler' });
  });

  describe('bad input and abuse', () => {
    it.each([
      ['an empty title', { title: '' }, 'title'],
      ['a blank body', { body: '   \n ' }, 'body'],
      ['a 20,000-character body', { body: '长'.repeat(20_000) }, 'body'],
      ['an unknown board', { board: 'gossip' }, 'board'],
      ['a bad phone', { phone: '12345' }, 'phone'],
      ['public not a boolean', { public: 'yes' }, 'public'],
      ['a missing idempotency key', { idempotencyKey: undefined }, 'idempotencyKey'],
      ['an image that is not the writer’s', { imageIds: [987654] }, 'imageIds'],
    ])('refuses %s with the field named in Chinese, storing nothing', async (_case, overrides, field) => {
      const someone = (await server.api().auth.devLogin(`bad-${field}`)).token;
      const response = await post(someone, message(overrides));
      expect(response.status).toBe(400);
      expect(response.body.field).toBe(field);
      expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
      expect(JSON.stringify(response.body)).not.toMatch(/SQL|at .*\.js|QueryFailed/);
      expect((await server.request('GET', '/api/messages/mine', { token: someone })).body).toEqual([]);
    });

    it('stores a script in the body as plain text, never as markup', async () => {
      const body = '请问<script>alert(document.cookie)</script>怎么办？<img src=x onerror=alert(1)>';
      const created = await post(resident, message({ body }));
      expect(created.status).toBe(201);
      expect(created.body.body).toBe(body);
    });

    it('answers a retried submit with the first message, even when the retries race', async () => {
      const someone = (await server.api().auth.devLogin('retrier')).token;
      const key = randomUUID();
      const results = await Promise.all(Array.from({ length: 5 }, () => post(someone, message({ idempotencyKey: key }))));
      expect(new Set(results.map((result) => result.body.id)).size).toBe(1);
      expect((await server.request('GET', '/api/messages/mine', { token: someone })).body).toHaveLength(1);
    });

    it('rate-limits a burst of 50 posts from one account with a clear message', async () => {
      const flooder = (await server.api().auth.devLogin('flooder')).token;
      const statuses: number[] = [];
      let refusal = '';
      for (let index = 0; index < 50; index += 1) {
        const response = await post(flooder, message({ title: `第${index}条` }));
        statuses.push(response.status);
        if (response.status === 429) refusal = response.body.message;
      }
      expect(statuses.filter((status) => status === 201)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(40);
      expect(refusal).toBe('留言过于频繁：每小时最多提交 10 条，请稍后再试');
      expect((await server.request('GET', '/api/messages/mine', { token: flooder })).body).toHaveLength(10);
    });

    it.each([
      ['a rating of another resident’s message', 'other', 404],
      ['a rating before the reply', 'self', 409],
    ])('refuses %s', async (_case, who, status) => {
      const { body } = await post(resident, message({ title: '待答复' }));
      const token = who === 'self' ? resident : (await server.api().auth.devLogin('nosy')).token;
      expect((await server.request('POST', `/api/messages/${body.id}/rating`, { token, body: { rating: 'satisfied' } })).status).toBe(status);
    });

    it('refuses a bad month for statistics', async () => {
      expect((await server.request('GET', '/api/messages/stats?month=2026-13')).body).toMatchObject({ statusCode: 400, field: 'month' });
    });
  });
});

describe('message escalation across working days', () => {
  let server: StartedServer | null = null;
  let port: string;

  const at = async (iso: string) => (server = await restartAt(server, { CLOCK_NOW: iso, PORT: port }));
  const headToken = async () => (await server!.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;

  beforeAll(async () => {
    port = String(await freePort());
  });
  afterAll(() => server?.stop());

  it('reminds before the limit, alarms when late and raises a hard alarm at two months', async () => {
    // Friday 27 Nov 2026: a 5-day 建议 is due Friday 4 December.
    await at('2026-11-27T02:00:00Z');
    const resident = (await server!.api().auth.devLogin('patient')).token;
    const created = await server!.request('POST', '/api/messages', { token: resident, body: message({ board: 'suggestion' }) });
    expect(created.body.dueDate).toBe('2026-12-04');
    const units = await server!.api(await headToken()).admin.units.list();
    await server!.request('POST', `/api/admin/messages/${created.body.id}/actions`, { token: await headToken(), body: { type: 'assign', unitId: units.find((unit) => unit.name === '综合科')!.id } });

    await at('2026-12-04T02:00:00Z');
    let counts = (await server!.request('GET', '/api/admin/messages/escalation', { token: await headToken() })).body;
    expect(counts).toMatchObject({ dueSoon: 1, late: 0 });
    await server!.request('POST', '/api/admin/messages/escalation/run', { token: await headToken() });
    const handler = (await server!.api().admin.login({ username: 'handler', password: DEMO_PASSWORD })).token;
    expect((await server!.api(handler).admin.notifications.mine()).map((notice) => notice.title)).toContain('留言即将到期');

    await at('2026-12-07T02:00:00Z');
    counts = (await server!.request('GET', '/api/admin/messages/escalation', { token: await headToken() })).body;
    expect(counts).toMatchObject({ dueSoon: 0, late: 1 });
    const late = (await server!.request('GET', '/api/admin/messages?escalation=late', { token: await headToken() })).body;
    expect(late.items[0]).toMatchObject({ id: created.body.id, escalation: 'late', workingDaysLeft: -1 });

    await at('2027-01-27T02:00:00Z');
    counts = (await server!.request('GET', '/api/admin/messages/escalation', { token: await headToken() })).body;
    expect(counts).toMatchObject({ late: 0, twoMonths: 1 });
    const scan = (await server!.request('POST', '/api/admin/messages/escalation/run', { token: await headToken() })).body;
    expect(scan.counts.two_months).toBe(1);
    expect((await server!.api(await headToken()).admin.notifications.mine()).map((notice) => notice.title)).toContain('留言超过两个月未答复');
  });
});

describe('message rules over time: the limit kept from receipt, no extension once late, calendar edits and missing years', () => {
  let server: StartedServer | null = null;
  let port: string;

  const at = async (iso: string) => (server = await restartAt(server, { CLOCK_NOW: iso, PORT: port }));
  const token = async (username: string) => (await server!.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const act = async (username: string, id: number, body: object) => server!.request('POST', `/api/admin/messages/${id}/actions`, { token: await token(username), body });
  const view = async (id: number, as = 'head') => (await server!.request('GET', `/api/admin/messages/${id}`, { token: await token(as) })).body;
  const reply = async (id: number) => expect((await act('handler', id, { type: 'reply', replyBody: '您好，已答复。' })).body).toMatchObject({ status: 'answered' });
  const postAs = async (name: string, body: Record<string, unknown>) => (await server!.request('POST', '/api/messages', { token: (await server!.api().auth.devLogin(name)).token, body: message(body) })).body;
  const setLimit = async (board: string, replyWorkingDays: number) => {
    const settings = (await server!.request('GET', '/api/admin/messages/settings', { token: await token('head') })).body;
    settings.boards = settings.boards.map((entry: { board: string }) => (entry.board === board ? { ...entry, replyWorkingDays } : entry));
    expect((await server!.request('PUT', '/api/admin/messages/settings', { token: await token('head'), body: settings })).status).toBe(200);
  };
  const assignToZhk = async (id: number) => {
    const units = await server!.api(await token('head')).admin.units.list();
    await act('head', id, { type: 'assign', unitId: units.find((unit) => unit.name === '综合科')!.id });
  };
  const titles = async (username: string) => (await server!.api(await token(username)).admin.notifications.mine()).map((notice) => notice.title);

  beforeAll(async () => {
    port = String(await freePort());
  });
  afterAll(() => server?.stop());

  it('POST /api/admin/messages/:id/actions extend: a message keeps the 3-day limit it was received under when the board moves to 5', async () => {
    // Monday 2026-11-30: a 咨询 under the 3-day limit is due Thursday 12-03.
    await at('2026-11-30T02:00:00Z');
    const before = await postAs('early-writer', { title: '改设置前受理的咨询' });
    expect(before.dueDate).toBe('2026-12-03');
    await setLimit('inquiry', 5);
    // The new limit applies to messages received from now on: 12-01..12-07 is five working days.
    const after = await postAs('late-writer', { title: '改设置后受理的咨询' });
    expect(after.dueDate).toBe('2026-12-07');
    await assignToZhk(before.id);
    expect(await view(before.id)).toMatchObject({ replyWorkingDays: 3, dueDate: '2026-12-03' });

    const tooLong = await act('handler', before.id, { type: 'extend', days: 5, reason: '需多部门会商' });
    expect(tooLong.status).toBe(409);
    expect(tooLong.body).toMatchObject({ code: 'MESSAGE_EXTENSION_TOO_LONG', article: '本机关网民留言办理规则' });
    expect(tooLong.body.message).toContain('3 个工作日');
    // Three more working days from Thursday 12-03: Friday 12-04, Monday 12-07, Tuesday 12-08.
    const extended = await act('handler', before.id, { type: 'extend', days: 3, reason: '需多部门会商' });
    expect(extended.body).toMatchObject({ extendedWorkingDays: 3, replyWorkingDays: 3, dueDate: '2026-12-08' });
    await reply(before.id);
    await setLimit('inquiry', 3);
  });

  it('POST /api/admin/messages/:id/actions extend: allowed on the due date, refused the day after (409 MESSAGE_EXTENSION_WHEN_LATE)', async () => {
    const created = await postAs('slow-unit', { title: '办理超期的咨询' });
    expect(created.dueDate).toBe('2026-12-03');
    await assignToZhk(created.id);

    await at('2026-12-03T09:00:00Z');
    expect((await view(created.id, 'handler')).allowedActions).toContain('extend');

    await at('2026-12-04T02:00:00Z');
    const late = await view(created.id, 'handler');
    expect(late).toMatchObject({ escalation: 'late', workingDaysLeft: -1 });
    expect(late.allowedActions).not.toContain('extend');
    expect(late.allowedActions).toContain('reply');
    const refused = await act('handler', created.id, { type: 'extend', days: 1, reason: '来不及了' });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      statusCode: 409,
      code: 'MESSAGE_EXTENSION_WHEN_LATE',
      article: '本机关网民留言办理规则',
      message: '留言已超过答复期限，不能再延期。答复期限为 2026-12-03（本机关网民留言办理规则）',
    });
    expect((await view(created.id)).extendedWorkingDays).toBe(0);
    await reply(created.id);
  });

  it('moves open messages’ due dates when staff edit the calendar, in the same save', async () => {
    // Friday 2026-12-04: a 5-day 建议 runs Monday 12-07 to Friday 12-11.
    const created = await postAs('calendar-watcher', { board: 'suggestion', title: '日历修改后期限顺延' });
    expect(created.dueDate).toBe('2026-12-11');
    await assignToZhk(created.id);
    const year = await server!.api(await token('admin')).admin.calendar.year(2026);
    // A day off added for the test (not the State Council's schedule): Wednesday 12-09.
    await server!.api(await token('admin')).admin.calendar.putYear(2026, {
      days: [...year.days, { date: '2026-12-09', working: false, name: '测试调整' }],
      note: '测试：增加一天假期',
    });
    expect(await view(created.id)).toMatchObject({ dueDate: '2026-12-14', workingDaysLeft: 5 });
    await server!.api(await token('admin')).admin.calendar.putYear(2026, { days: year.days });
    expect((await view(created.id)).dueDate).toBe('2026-12-11');
    await reply(created.id);
  });

  it('escalates a message received while next year’s holidays are missing: two and three calendar months from 受理, then a due date once the year is entered', async () => {
    // Thursday 2026-12-31: five working days reach into 2027, which the calendar does not have yet.
    await at('2026-12-31T02:00:00Z');
    const created = await postAs('new-year-writer', { board: 'suggestion', title: '跨年受理的建议' });
    expect(created).toMatchObject({ receivedDate: '2026-12-31', dueDate: null });
    await assignToZhk(created.id);
    expect(await view(created.id)).toMatchObject({ dueDate: null, escalation: null, workingDaysLeft: null });

    // 31 Dec + 2 months: February has no 31st, so the period ends on 28 Feb (民法典 Art. 202).
    await at('2027-02-27T02:00:00Z');
    expect((await server!.request('GET', '/api/admin/messages/escalation', { token: await token('head') })).body).toMatchObject({ late: 0, twoMonths: 0 });
    await at('2027-02-28T02:00:00Z');
    expect((await server!.request('GET', '/api/admin/messages/escalation', { token: await token('head') })).body).toMatchObject({ twoMonths: 1 });
    expect(await view(created.id)).toMatchObject({ dueDate: null, escalation: 'two_months' });
    const scan = (await server!.request('POST', '/api/admin/messages/escalation/run', { token: await token('head') })).body;
    expect(scan.counts.two_months).toBe(1);
    expect(await titles('head')).toContain('留言超过两个月未答复');
    expect(await titles('handler')).toContain('留言超过两个月未答复');

    // Staff enter 2027 (here only 元旦 on Friday 1 January): the due date appears — Monday 1-04 to Friday 1-08 —
    // and the two-month alarm is not sent again.
    await server!.api(await token('admin')).admin.calendar.putYear(2027, { days: [{ date: '2027-01-01', working: false, name: '元旦' }], note: '测试录入' });
    expect(await view(created.id)).toMatchObject({ dueDate: '2027-01-08', escalation: 'two_months' });
    await server!.request('POST', '/api/admin/messages/escalation/run', { token: await token('head') });
    expect((await titles('head')).filter((title) => title === '留言超过两个月未答复')).toHaveLength(1);

    await at('2027-03-31T02:00:00Z');
    expect(await view(created.id)).toMatchObject({ escalation: 'three_months' });
    await server!.request('POST', '/api/admin/messages/escalation/run', { token: await token('head') });
    expect(await titles('head')).toContain('留言超过三个月未答复');
  });
});

describe('migration MessageReplyLimit1764610000000 on a database from before it', () => {
  let server: StartedServer | null = null;
  afterAll(() => server?.stop());

  it('gives each received message the limit its due date was computed with, not the board’s present one', async () => {
    server = await startServer({ CLOCK_NOW: '2026-11-30T02:00:00Z' });
    const head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    const resident = (await server.api().auth.devLogin('before-upgrade')).token;
    // Monday 11-30: a 咨询 under 3 days is due Thursday 12-03; a 建议 under 5 days Monday 12-07.
    const inquiry = (await server.request('POST', '/api/messages', { token: resident, body: message() })).body;
    const suggestion = (await server.request('POST', '/api/messages', { token: resident, body: message({ board: 'suggestion' }) })).body;
    const settings = (await server.request('GET', '/api/admin/messages/settings', { token: head })).body;
    settings.boards = settings.boards.map((entry: { board: string }) => (entry.board === 'inquiry' ? { ...entry, replyWorkingDays: 5 } : entry));
    await server.request('PUT', '/api/admin/messages/settings', { token: head, body: settings });
    await server.stop_keepDatabase();

    // The database as it was before the migration: no column, the migration not recorded.
    await server.database.exec('ALTER TABLE message DROP COLUMN reply_working_days');
    await server.database.exec("DELETE FROM migrations WHERE name = 'MessageReplyLimit1764610000000'");
    server = await startServer({ CLOCK_NOW: '2026-11-30T03:00:00Z' }, server.database);

    const rows = await server.database.query(`SELECT id, reply_working_days FROM message WHERE id IN (${inquiry.id}, ${suggestion.id}) ORDER BY id`);
    expect(rows.map((row) => Number(row.reply_working_days))).toEqual([3, 5]);
    const headAgain = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    expect((await server.request('GET', `/api/admin/messages/${inquiry.id}`, { token: headAgain })).body).toMatchObject({ replyWorkingDays: 3, dueDate: '2026-12-03' });
  });
});

describe('content check: the agency word list and WeChat msgSecCheck / mediaCheckAsync', () => {
  let wechat: FakeWechat;
  let server: StartedServer;
  let head: string;

  const wechatResident = async (openid: string) => (await server.api().auth.wechat(`ok-${openid}`)).token;
  const post = (token: string, body: object) => server.request('POST', '/api/messages', { token, body });
  const push = (body: object) => {
    const timestamp = '1764460800';
    const nonce = 'n0nce';
    const signature = createHash('sha1').update(['push-token', timestamp, nonce].sort().join('')).digest('hex');
    return server.request('POST', `/api/wechat/push?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`, { body });
  };

  beforeAll(async () => {
    wechat = await startFakeWechat();
    server = await startServer({ ...WECHAT, WECHAT_API_BASE: wechat.baseUrl, PUBLIC_BASE_URL: 'https://gov.example.cn', CLOCK_NOW: '2026-11-30T02:00:00Z' });
    head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
  });
  afterAll(async () => {
    await server.stop();
    await wechat.close();
  });

  it('shows what WeChat passes, with the writer’s openid and the text', async () => {
    const token = await wechatResident('o-pass');
    const created = await post(token, message({ body: '请问企业技改补贴何时发放？' }));
    expect(created.body).toMatchObject({ status: 'dispatching' });
    const check = wechat.calls.find((call) => call.path === '/wxa/msg_sec_check' && call.body?.openid === 'o-pass');
    expect(check?.body).toMatchObject({ content: '请问企业技改补贴何时发放？', version: 2, scene: 3 });
  });

  it('holds what WeChat calls risky for moderation: not on the board, the writer told it is under review', async () => {
    const token = await wechatResident('o-risky');
    const created = await post(token, message({ body: '这里有风险内容' }));
    expect(created.body).toMatchObject({ status: 'held', statusText: '审核中' });
    const queue = (await server.request('GET', '/api/admin/messages?queue=moderation', { token: head })).body;
    const held = queue.items.find((item: { id: number }) => item.id === created.body.id);
    expect(held).toMatchObject({ moderation: 'flagged' });
    expect((await server.request('GET', `/api/admin/messages/${created.body.id}`, { token: head })).body.moderationNote).toContain('有风险');
    const rejected = await server.request('POST', `/api/admin/messages/${created.body.id}/actions`, { token: head, body: { type: 'reject_content', reason: '含有违法信息' } });
    expect(rejected.body).toMatchObject({ status: 'invalid', moderation: 'rejected' });
  });

  it('holds a message, not loses it, when WeChat cannot be reached; a moderator then lets it through', async () => {
    const flaky = await startFakeWechat();
    const offline = await startServer({ ...WECHAT, WECHAT_API_BASE: flaky.baseUrl, CLOCK_NOW: '2026-11-30T02:00:00Z' });
    try {
      const token = (await offline.api().auth.wechat('ok-o-offline')).token;
      await flaky.close();
      const created = await offline.request('POST', '/api/messages', { token, body: message({ body: '网络断开时提交的留言' }) });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'held', statusText: '审核中' });
      expect((await offline.request('GET', '/api/messages?board=inquiry')).body.total).toBe(0);
      const offlineHead = (await offline.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
      const view = (await offline.request('GET', `/api/admin/messages/${created.body.id}`, { token: offlineHead })).body;
      expect(view).toMatchObject({ moderation: 'check_unavailable', body: '网络断开时提交的留言' });
      const approved = await offline.request('POST', `/api/admin/messages/${created.body.id}/actions`, { token: offlineHead, body: { type: 'approve_content' } });
      expect(approved.body).toMatchObject({ status: 'dispatching', moderation: 'approved' });
    } finally {
      await offline.stop();
    }
  });

  it('flags the agency’s own sensitive words for every writer, H5 included', async () => {
    const settings = (await server.request('GET', '/api/admin/messages/settings', { token: head })).body;
    settings.sensitiveWords = ['代开发票'];
    await server.request('PUT', '/api/admin/messages/settings', { token: head, body: settings });
    const h5 = (await server.api().auth.devLogin('h5-writer')).token;
    const created = await post(h5, message({ body: '专业代 开-发票，联系微信' }));
    expect(created.body).toMatchObject({ status: 'held' });
    expect((await server.request('GET', `/api/admin/messages/${created.body.id}`, { token: head })).body.moderationNote).toBe('命中敏感词：代开发票');
  });

  it('sends images to mediaCheckAsync and shows the message once every verdict passes', async () => {
    const token = await wechatResident('o-images');
    const image = await upload(server.baseUrl, '/api/media?purpose=message_image', token, 'photo.png', png(4, 4), 'image/png');
    expect(image.status).toBe(201);
    const created = await post(token, message({ imageIds: [image.body.id] }));
    expect(created.body).toMatchObject({ status: 'held' });
    const call = wechat.calls.filter((entry) => entry.path === '/wxa/media_check_async').pop()!;
    expect(call.body).toMatchObject({ media_type: 2, version: 2, openid: 'o-images', media_url: expect.stringMatching(new RegExp(`^https://gov\\.example\\.cn/api/media/${image.body.id}/content\\?expires=`)) });
    const traceId = `trace-${wechat.calls.filter((entry) => entry.path === '/wxa/media_check_async').length}`;

    expect((await server.request('POST', '/api/wechat/push?signature=bad&timestamp=1&nonce=2', { body: { Event: 'wxa_media_check', trace_id: traceId, result: { suggest: 'pass' } } })).status).toBe(404);
    expect((await server.request('GET', '/api/messages/mine', { token })).body[0].status).toBe('held');

    expect((await push({ Event: 'wxa_media_check', trace_id: traceId, version: 2, result: { suggest: 'pass', label: 100 } })).status).toBe(200);
    expect((await server.request('GET', '/api/messages/mine', { token })).body[0]).toMatchObject({ status: 'dispatching', receivedDate: '2026-11-30' });
  });

  it('holds a message whose image WeChat calls risky', async () => {
    const token = await wechatResident('o-bad-image');
    const image = await upload(server.baseUrl, '/api/media?purpose=message_image', token, 'photo.png', png(5, 5), 'image/png');
    const created = await post(token, message({ imageIds: [image.body.id] }));
    const traceId = `trace-${wechat.calls.filter((entry) => entry.path === '/wxa/media_check_async').length}`;
    await push({ Event: 'wxa_media_check', trace_id: traceId, version: 2, result: { suggest: 'risky', label: 20002 } });
    const view = (await server.request('GET', `/api/admin/messages/${created.body.id}`, { token: head })).body;
    expect(view).toMatchObject({ status: 'held', moderation: 'flagged', moderationNote: expect.stringContaining('图片有风险') });
  });
});

import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { freePort, restartAt, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const DRAFT = ['威海市工业企业技术改造专项资金管理办法（征求意见稿）', '第一章 总则', '第一条 为规范技术改造专项资金管理，制定本办法。', '第二条 专项资金支持本市规模以上工业企业。', '第三条 专项资金实行项目库管理。'].join('\n');

const consultation = (overrides: Record<string, unknown> = {}) => ({
  title: '《威海市工业企业技术改造专项资金管理办法（征求意见稿）》公开征求意见',
  draft: DRAFT,
  explanation: '为进一步发挥专项资金引导作用，我局起草了本办法。',
  startDate: '2026-11-30',
  endDate: '2026-12-29',
  ...overrides,
});

describe('意见征集: window, comments, moderation, export and 采纳情况', () => {
  let server: StartedServer | null = null;
  let port: string;

  const at = async (iso: string) => (server = await restartAt(server, { CLOCK_NOW: iso, PORT: port }));
  const token = async (username: string) => (await server!.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const resident = async (name: string) => (await server!.api().auth.devLogin(name)).token;
  const comment = async (as: string, id: number, body: object) =>
    server!.request('POST', `/api/consultations/${id}/comments`, { token: as, body: { idempotencyKey: randomUUID(), ...body } });

  beforeAll(async () => {
    port = String(await freePort());
    await at('2026-11-30T02:00:00Z');
  });
  afterAll(() => server?.stop());

  it.each([
    ['an end before the start', { endDate: '2026-11-01', shortWindowReason: '急' }, 'endDate'],
    ['a blank draft', { draft: '  ' }, 'draft'],
    ['a malformed date', { startDate: '2026/11/30' }, 'startDate'],
    ['a date that does not exist', { endDate: '2026-02-30' }, 'endDate'],
  ])('refuses %s with the field named', async (_case, overrides, field) => {
    const response = await server!.request('POST', '/api/admin/consultations', { token: await token('head'), body: consultation(overrides) });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe(field);
    expect((await server!.request('GET', '/api/admin/consultations', { token: await token('head') })).body).toEqual([]);
  });

  it.each([
    ['a 20-day window', '2026-12-20'],
    // Both ends counted this is 30 days; the law counts from the day after publication (民法典 Art. 201), so 29.
    ['a window ending on the 29th day after publication', '2026-12-29'],
  ])('POST /api/admin/consultations refuses %s without a reason: 409 CONSULTATION_WINDOW_TOO_SHORT citing Art. 15', async (_case, endDate) => {
    const response = await server!.request('POST', '/api/admin/consultations', { token: await token('head'), body: consultation({ endDate }) });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'CONSULTATION_WINDOW_TOO_SHORT', article: '《重大行政决策程序暂行条例》第十五条' });
    // Monday 11-30 + 30 days is Wednesday 12-30, a working day.
    expect(response.body.message).toContain('发布于 2026-11-30 的草案，最早于 2026-12-30 截止（《重大行政决策程序暂行条例》第十五条）');
    expect((await server!.request('GET', '/api/admin/consultations', { token: await token('head') })).body).toEqual([]);
  });

  it('GET /api/admin/consultations/window-rule names the earliest last day; a 30-day window needs no reason', async () => {
    const head = await token('head');
    expect((await server!.request('GET', '/api/admin/consultations/window-rule?startDate=2026-11-30', { token: head })).body).toEqual({
      startDate: '2026-11-30',
      publishedOn: '2026-11-30',
      earliestEndDate: '2026-12-30',
      minimumDays: 30,
    });
    // 12-05 + 30 days falls in 2027, whose holidays are not entered yet: an error naming the year, not a guess.
    const missing = await server!.request('GET', '/api/admin/consultations/window-rule?startDate=2026-12-05', { token: head });
    expect(missing.body).toMatchObject({ statusCode: 422, code: 'CALENDAR_YEAR_MISSING', message: expect.stringContaining('2027') });
    expect((await server!.request('GET', '/api/admin/consultations/window-rule?startDate=2026-13-01', { token: head })).body).toMatchObject({ statusCode: 400, field: 'startDate' });

    const full = await server!.request('POST', '/api/admin/consultations', { token: head, body: consultation({ title: '足期征求意见', endDate: '2026-12-30', shortWindowReason: '不需要的理由' }) });
    expect(full.status).toBe(201);
    expect(full.body).toMatchObject({ windowDays: 30, shortWindowReason: null, decisionDate: null, adoptionDueDate: null });
  });

  it('runs a consultation from draft to published 采纳情况, and the commenter sees what became of their comments', async () => {
    // Sessions follow the server clock: a step on a later day signs in again.
    let head = await token('head');
    let handler = await token('handler');
    const short = await server!.request('POST', '/api/admin/consultations', { token: handler, body: consultation({ endDate: '2026-12-10', shortWindowReason: '省里要求年底前出台' }) });
    expect(short.status).toBe(201);
    // Counted from the day after publication: 12-01 to 12-10. No 采纳情况 due date before a decision is recorded.
    expect(short.body).toMatchObject({ published: false, windowDays: 10, shortWindowReason: '省里要求年底前出台', decisionDate: null, adoptionDueDate: null });
    expect(short.body.articles.map((article: { number: string }) => article.number)).toEqual(['第一条', '第二条', '第三条']);
    const id = short.body.id;

    expect((await server!.request('GET', '/api/consultations')).body).toEqual([]);
    expect((await server!.request('POST', `/api/admin/consultations/${id}/publish`, { token: handler })).status).toBe(403);
    // Nothing to decide on before the draft is even out.
    expect((await server!.request('PUT', `/api/admin/consultations/${id}/decision`, { token: head, body: { decisionDate: '2026-11-30' } })).status).toBe(409);
    expect((await server!.request('POST', `/api/admin/consultations/${id}/publish`, { token: head })).body).toMatchObject({ published: true, phase: 'open' });
    expect((await server!.request('PUT', `/api/admin/consultations/${id}`, { token: handler, body: consultation() })).status).toBe(409);

    const list = (await server!.request('GET', '/api/consultations')).body;
    expect(list[0]).toMatchObject({ id, phase: 'open', daysLeft: 11, endDate: '2026-12-10' });
    // Access tokens live two hours: a step on a later day signs the reader in again (the same resident).
    let reader = await resident('citizen-a');
    const other = await resident('citizen-b');
    expect((await comment(reader, id, { body: '建议将小微企业纳入支持范围。', articleNumber: '第二条' })).body).toMatchObject({ status: 'approved', articleNumber: '第二条' });
    expect((await comment(reader, id, { body: '总体赞成。' })).status).toBe(201);
    expect((await comment(other, id, { body: '第九条不存在', articleNumber: '第九条' })).body).toMatchObject({ statusCode: 400, field: 'articleNumber' });
    expect((await comment(other, id, { body: '' })).body).toMatchObject({ field: 'body' });

    const settings = (await server!.request('GET', '/api/admin/messages/settings', { token: head })).body;
    await server!.request('PUT', '/api/admin/messages/settings', { token: head, body: { ...settings, sensitiveWords: ['代开发票'] } });
    const flagged = await comment(other, id, { body: '代开发票请联系' });
    expect(flagged.body.status).toBe('pending');

    const detail = (await server!.request('GET', `/api/consultations/${id}`, { token: reader })).body;
    expect(detail).toMatchObject({ commentCount: 2, shortWindowReason: '省里要求年底前出台', adoption: null });
    expect(detail.myComments).toHaveLength(2);
    expect((await server!.request('GET', `/api/consultations/${id}`)).body.myComments).toEqual([]);

    // Before closing, no 采纳情况 can be published.
    expect((await server!.request('POST', `/api/admin/consultations/${id}/adoption/publish`, { token: head, body: { summary: '早了' } })).status).toBe(409);

    await at('2026-12-11T02:00:00Z');
    [reader, head, handler] = [await resident('citizen-a'), await token('head'), await token('handler')];
    expect((await comment(reader, id, { body: '截止后的意见' })).status).toBe(409);
    let closed = (await server!.request('GET', `/api/admin/consultations/${id}`, { token: head })).body;
    expect(closed).toMatchObject({ phase: 'closed', pendingComments: 1, decisionDate: null, adoptionDueDate: null, adoptionWorkingDaysLeft: null });
    const decide = (decisionDate: string) => server!.request('PUT', `/api/admin/consultations/${id}/decision`, { token: handler, body: { decisionDate } });
    expect((await decide('2026-12-10')).body).toMatchObject({ statusCode: 400, field: 'decisionDate', message: expect.stringContaining('2026-12-10') });
    expect((await decide('2026-12-12')).body).toMatchObject({ statusCode: 400, field: 'decisionDate' });
    // Decided Friday 12-11: ten working days are 12-14..12-18 and 12-21..12-25.
    closed = (await decide('2026-12-11')).body;
    expect(closed).toMatchObject({ decisionDate: '2026-12-11', adoptionDueDate: '2026-12-25', adoptionWorkingDaysLeft: 10 });

    const workbook = new ExcelJS.Workbook();
    const exported = await fetch(`${server!.baseUrl}/api/admin/consultations/${id}/comments.xlsx`, { headers: { authorization: `Bearer ${head}` } });
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    await workbook.xlsx.load(Buffer.from(await exported.arrayBuffer()) as never);
    const rows = workbook.getWorksheet('意见汇总')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(expect.arrayContaining(['第二条', '建议将小微企业纳入支持范围。', '已通过']));
    expect(rows[3]).toEqual(expect.arrayContaining(['代开发票请联系', '待审核']));

    const [first, second, third] = closed.comments;
    const publish = () => server!.request('POST', `/api/admin/consultations/${id}/adoption/publish`, { token: head, body: { summary: '共收到意见 2 条，采纳 1 条。' } });
    expect((await publish()).body).toMatchObject({ field: 'comments', message: '还有 1 条意见待审核' });
    expect((await server!.request('POST', `/api/admin/consultations/${id}/comments/${third.id}/moderation`, { token: head, body: { status: 'rejected' } })).body.field).toBe('note');
    await server!.request('POST', `/api/admin/consultations/${id}/comments/${third.id}/moderation`, { token: head, body: { status: 'rejected', note: '广告' } });
    expect((await publish()).body.message).toBe('还有 2 条意见未填写采纳情况');
    expect((await server!.request('POST', `/api/admin/consultations/${id}/comments/${second.id}/decision`, { token: handler, body: { decision: 'not_adopted' } })).body.field).toBe('reason');
    await server!.request('POST', `/api/admin/consultations/${id}/comments/${first.id}/decision`, { token: handler, body: { decision: 'adopted' } });
    await server!.request('POST', `/api/admin/consultations/${id}/comments/${second.id}/decision`, { token: handler, body: { decision: 'not_adopted', reason: '属于总体表态，无具体修改内容' } });
    expect((await server!.request('POST', `/api/admin/consultations/${id}/adoption/publish`, { token: handler, body: { summary: 'x' } })).status).toBe(403);
    const published = await publish();
    expect(published.body).toMatchObject({ phase: 'concluded', adoption: { received: 2, adopted: 1, notAdopted: 1 } });

    const seen = (await server!.request('GET', `/api/consultations/${id}`, { token: reader })).body;
    expect(seen.adoption).toMatchObject({ summary: '共收到意见 2 条，采纳 1 条。', received: 2, adopted: 1, notAdopted: 1 });
    expect(seen.adoption.items).toEqual(expect.arrayContaining([expect.objectContaining({ decision: 'not_adopted', reason: '属于总体表态，无具体修改内容' })]));
    expect(JSON.stringify(seen.adoption)).not.toContain('代开发票');
    expect(seen.myComments.map((item: { decision: string }) => item.decision)).toEqual(['adopted', 'not_adopted']);
    const inbox = await server!.api(reader).notifications.mine();
    expect(inbox.map((notice: { title: string }) => notice.title)).toContain('意见征集采纳情况已公布');

    const audit = (await server!.request('GET', '/api/admin/audit-logs?pageSize=100', { token: await token('admin') })).body.items.map((entry: { action: string }) => entry.action);
    expect(audit).toEqual(
      expect.arrayContaining(['consultation.create', 'consultation.publish', 'consultation.record_decision', 'consultation.export_comments', 'consultation.moderate_comment', 'consultation.decide_comment', 'consultation.publish_adoption']),
    );
    expect((await decide('2026-12-11')).body).toMatchObject({ statusCode: 409, message: '采纳情况已公布，决策日期不能再修改' });
  });

  it('counts down to the 采纳情况 from the decision date, not the window’s end: reminders before the 10th working day, an alarm once late', async () => {
    // The clock stands at 2026-12-11 after the journey above.
    const head = await token('head');
    const units = await server!.api(head).admin.units.list();
    const created = await server!.request('POST', '/api/admin/consultations', {
      token: head,
      body: consultation({ title: '短期征求意见', startDate: '2026-12-11', endDate: '2026-12-14', shortWindowReason: '急需出台', unitId: units.find((unit) => unit.name === '综合科')!.id }),
    });
    expect(created.body).toMatchObject({ windowDays: 3, adoptionDueDate: null });
    const id = created.body.id;
    await server!.request('POST', `/api/admin/consultations/${id}/publish`, { token: head });
    const titles = async (username: string) => (await server!.api(await token(username)).admin.notifications.mine()).map((notice) => notice.title);
    const run = async () => (await server!.request('POST', '/api/admin/consultations/reminders/run', { token: await token('head') })).body.notices;

    // Closed since 12-14, no decision recorded: no clock runs yet (from the window's end it would be due 12-28).
    await at('2026-12-16T02:00:00Z');
    expect(await run()).toBe(0);
    // Decided Wednesday 12-16: ten working days are 12-17..12-18, 12-21..12-25 and 12-28..12-30.
    const decided = await server!.request('PUT', `/api/admin/consultations/${id}/decision`, { token: await token('handler'), body: { decisionDate: '2026-12-16' } });
    expect(decided.body).toMatchObject({ decisionDate: '2026-12-16', adoptionDueDate: '2026-12-30', adoptionWorkingDaysLeft: 10 });

    await at('2026-12-23T02:00:00Z');
    expect(await run()).toBe(2);
    expect(await titles('head')).toContain('采纳情况还剩 5 个工作日公布');
    expect(await titles('handler')).toContain('采纳情况还剩 5 个工作日公布');
    const notice = (await server!.api(await token('head')).admin.notifications.mine()).find((item) => item.title === '采纳情况还剩 5 个工作日公布');
    expect(notice?.body).toBe('“短期征求意见”已于 2026-12-16 作出决策，意见采纳情况应在 2026-12-30 前公布。');
    // Run twice, told once.
    expect(await run()).toBe(2);
    expect((await titles('head')).filter((title) => title === '采纳情况还剩 5 个工作日公布')).toHaveLength(1);

    await at('2026-12-28T02:00:00Z');
    await run();
    expect(await titles('head')).not.toContain('采纳情况已超期未公布');

    await at('2026-12-31T02:00:00Z');
    await run();
    expect(await titles('head')).toContain('采纳情况已超期未公布');
    const list = (await server!.request('GET', '/api/admin/consultations', { token: await token('head') })).body;
    expect(list.find((item: { id: number }) => item.id === id)).toMatchObject({ phase: 'closed', adoptionDueDate: '2026-12-30', adoptionWorkingDaysLeft: -1 });
  });
});

describe('意见征集 over National Day: the 30th day moves past the holiday, a late publication is counted again', () => {
  let server: StartedServer | null = null;
  let port: string;

  const at = async (iso: string) => (server = await restartAt(server, { CLOCK_NOW: iso, PORT: port }));
  const head = async () => (await server!.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
  const save = async (overrides: Record<string, unknown>) => server!.request('POST', '/api/admin/consultations', { token: await head(), body: consultation(overrides) });
  const publish = async (id: number) => server!.request('POST', `/api/admin/consultations/${id}/publish`, { token: await head() });

  beforeAll(async () => {
    port = String(await freePort());
    await at('2026-08-31T02:00:00Z');
  });
  afterAll(() => server?.stop());

  it('POST /api/admin/consultations: a draft for Tuesday 9-1 may not end on 10-7, the last day of National Day, but may on Thursday 10-8', async () => {
    // 9-1 + 30 days is 10-1; 10-1..10-7 are off, so the period's last day is 10-8 (民法典 Art. 203).
    const rule = (await server!.request('GET', '/api/admin/consultations/window-rule?startDate=2026-09-01', { token: await head() })).body;
    expect(rule).toMatchObject({ publishedOn: '2026-09-01', earliestEndDate: '2026-10-08' });
    const short = await save({ startDate: '2026-09-01', endDate: '2026-10-07' });
    expect(short.body).toMatchObject({ statusCode: 409, code: 'CONSULTATION_WINDOW_TOO_SHORT' });
    expect(short.body.message).toContain('最早于 2026-10-08 截止');
    expect((await save({ startDate: '2026-09-01', endDate: '2026-10-08' })).body).toMatchObject({ windowDays: 37, shortWindowReason: null });
  });

  it('POST /api/admin/consultations/:id/publish late: two days late still ends after the 30th day; eight days late is refused with CONSULTATION_LATE_PUBLICATION_SHORTENS_WINDOW', async () => {
    const first = (await save({ title: '晚两天发布', startDate: '2026-09-01', endDate: '2026-10-08' })).body;
    const second = (await save({ title: '晚八天发布', startDate: '2026-09-01', endDate: '2026-10-08' })).body;

    // Thursday 9-3 + 30 days is Saturday 10-3, inside the holiday: the last day is still 10-8.
    await at('2026-09-03T02:00:00Z');
    const published = await publish(first.id);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ published: true, startDate: '2026-09-03', endDate: '2026-10-08', windowDays: 35, phase: 'open' });
    expect((await server!.request('GET', '/api/consultations')).body.find((item: { id: number }) => item.id === first.id)).toMatchObject({ startDate: '2026-09-03' });

    // Wednesday 9-9 + 30 days is Friday 10-9, a working day after the planned end: refused, not shortened.
    await at('2026-09-09T02:00:00Z');
    const refused = await publish(second.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CONSULTATION_LATE_PUBLICATION_SHORTENS_WINDOW', article: '《重大行政决策程序暂行条例》第十五条' });
    expect(refused.body.message).toContain('计划 2026-09-01 开始、2026-09-09 发布，截止日期为 2026-10-08，最早于 2026-10-09 截止');
    expect((await server!.request('GET', `/api/admin/consultations/${second.id}`, { token: await head() })).body).toMatchObject({ published: false, startDate: '2026-09-01' });

    // The editor moves the end to 10-9 (the planned start is past, so the window is counted from today) and publishes.
    const moved = await server!.request('PUT', `/api/admin/consultations/${second.id}`, { token: await head(), body: consultation({ title: '晚八天发布', startDate: '2026-09-01', endDate: '2026-10-09' }) });
    expect(moved.status).toBe(200);
    expect((await publish(second.id)).body).toMatchObject({ published: true, startDate: '2026-09-09', windowDays: 30 });
    const audit = (await server!.request('GET', '/api/admin/audit-logs?action=consultation.publish', { token: (await server!.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token })).body;
    expect(audit.items.map((entry: { detail: string }) => entry.detail)).toEqual(expect.arrayContaining([expect.stringContaining('计划 2026-09-01 开始，实际 2026-09-09 发布')]));
  });
});

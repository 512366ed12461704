import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { freePort, startServer, StartedServer } from './support/server';

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
  let database: StartedServer['database'];
  let port: string;

  const at = async (iso: string) => {
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: iso, PORT: port }, server ? database : undefined);
    database = server.database;
  };
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
    ['a 20-day window without a reason', { endDate: '2026-12-19' }, 'shortWindowReason'],
    ['an end before the start', { endDate: '2026-11-01', shortWindowReason: '急' }, 'endDate'],
    ['a blank draft', { draft: '  ' }, 'draft'],
    ['a malformed date', { startDate: '2026/11/30' }, 'startDate'],
  ])('refuses %s with the field named', async (_case, overrides, field) => {
    const response = await server!.request('POST', '/api/admin/consultations', { token: await token('head'), body: consultation(overrides) });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe(field);
    expect((await server!.request('GET', '/api/admin/consultations', { token: await token('head') })).body).toEqual([]);
  });

  it('runs a consultation from draft to published 采纳情况, and the commenter sees what became of their comments', async () => {
    const head = await token('head');
    const handler = await token('handler');
    const short = await server!.request('POST', '/api/admin/consultations', { token: handler, body: consultation({ endDate: '2026-12-10', shortWindowReason: '省里要求年底前出台' }) });
    expect(short.status).toBe(201);
    expect(short.body).toMatchObject({ published: false, windowDays: 11, shortWindowReason: '省里要求年底前出台', adoptionDueDate: '2026-12-24' });
    expect(short.body.articles.map((article: { number: string }) => article.number)).toEqual(['第一条', '第二条', '第三条']);
    const id = short.body.id;

    expect((await server!.request('GET', '/api/consultations')).body).toEqual([]);
    expect((await server!.request('POST', `/api/admin/consultations/${id}/publish`, { token: handler })).status).toBe(403);
    expect((await server!.request('POST', `/api/admin/consultations/${id}/publish`, { token: head })).body).toMatchObject({ published: true, phase: 'open' });
    expect((await server!.request('PUT', `/api/admin/consultations/${id}`, { token: handler, body: consultation() })).status).toBe(409);

    const list = (await server!.request('GET', '/api/consultations')).body;
    expect(list[0]).toMatchObject({ id, phase: 'open', daysLeft: 11, endDate: '2026-12-10' });
    const reader = await resident('citizen-a');
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
    expect((await comment(reader, id, { body: '截止后的意见' })).status).toBe(409);
    const closed = (await server!.request('GET', `/api/admin/consultations/${id}`, { token: head })).body;
    expect(closed).toMatchObject({ phase: 'closed', pendingComments: 1, adoptionWorkingDaysLeft: 9 });

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
    expect(audit).toEqual(expect.arrayContaining(['consultation.create', 'consultation.publish', 'consultation.export_comments', 'consultation.moderate_comment', 'consultation.decide_comment', 'consultation.publish_adoption']));
  });

  it('counts down to the 采纳情况: reminders before the 10th working day after closing, an alarm once late', async () => {
    // The clock stands at 2026-12-11 after the journey above.
    const head = await token('head');
    const units = await server!.api(head).admin.units.list();
    const created = await server!.request('POST', '/api/admin/consultations', {
      token: head,
      body: consultation({ title: '短期征求意见', startDate: '2026-12-11', endDate: '2026-12-14', shortWindowReason: '急需出台', unitId: units.find((unit) => unit.name === '综合科')!.id }),
    });
    expect(created.body.adoptionDueDate).toBe('2026-12-28');
    await server!.request('POST', `/api/admin/consultations/${created.body.id}/publish`, { token: head });
    const titles = async (username: string) => (await server!.api(await token(username)).admin.notifications.mine()).map((notice) => notice.title);

    await at('2026-12-21T02:00:00Z');
    expect((await server!.request('POST', '/api/admin/consultations/reminders/run', { token: await token('head') })).body.notices).toBe(2);
    expect(await titles('head')).toContain('采纳情况还剩 5 个工作日公布');
    expect(await titles('handler')).toContain('采纳情况还剩 5 个工作日公布');
    // Run twice, told once.
    expect((await server!.request('POST', '/api/admin/consultations/reminders/run', { token: await token('head') })).body.notices).toBe(2);
    expect((await titles('head')).filter((title) => title === '采纳情况还剩 5 个工作日公布')).toHaveLength(1);

    await at('2026-12-29T02:00:00Z');
    await server!.request('POST', '/api/admin/consultations/reminders/run', { token: await token('head') });
    expect(await titles('head')).toContain('采纳情况已超期未公布');
    const list = (await server!.request('GET', '/api/admin/consultations', { token: await token('head') })).body;
    expect(list.find((item: { id: number }) => item.id === created.body.id)).toMatchObject({ phase: 'closed', adoptionWorkingDaysLeft: -1 });
  });
});

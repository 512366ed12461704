import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { StatisticsReport } from '@govopen/contracts';
import { citizenApplication, organizationApplication } from './support/applications';
import { freePort, restartAt, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const zero = { received: 0, answered: 0, answeredOnTime: 0, overdue: 0, averageWorkingDays: null };

describe('GET /api/admin/statistics/{year}: a year from the case facts', () => {
  let server: StartedServer | null = null;
  let port: string;
  const ids: Record<string, number> = {};

  const at = async (iso: string) => (server = await restartAt(server, { CLOCK_NOW: iso, PORT: port }));
  const token = async (username: string) => (await server!.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const ok = async (method: string, path: string, as: string, body?: object) => {
    const response = await server!.request(method, path, { token: as, body });
    if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const file = async (head: string, application: object, receivedDate: string) => (await ok('POST', '/api/admin/disclosure-requests', head, { ...application, channel: 'mail', receivedDate })).id as number;
  const reply = (as: string, id: number, outcome: string) => ok('POST', `/api/admin/disclosure-requests/${id}/actions`, as, { type: 'reply', outcome });
  const postMessage = async (writer: string, title: string) =>
    (await ok('POST', '/api/messages', writer, { board: 'inquiry', title, body: `${title}，请答复。`, public: true, contactName: '张先生', phone: '13812345678', idempotencyKey: randomUUID() })).id as number;
  const answerMessage = async (id: number) => {
    await ok('POST', `/api/admin/messages/${id}/actions`, await token('head'), { type: 'assign', unitId: ids.zhk });
    await ok('POST', `/api/admin/messages/${id}/actions`, await token('handler'), { type: 'reply', replyBody: '已答复。' });
  };

  beforeAll(async () => {
    port = String(await freePort());
    // Monday 2026-03-02. A request received today is due on its 20th working day: March has no holiday, so
    // 3-03…3-06 (4), 3-09…3-13 (9), 3-16…3-20 (14), 3-23…3-27 (19), 3-30 (20).
    await at('2026-03-02T02:00:00Z');
    let head = await token('head');
    ids.zhk = (await server!.api(head).admin.units.list()).find((unit) => unit.name === '综合科')!.id;
    ids.a = await file(head, citizenApplication(), '2026-03-02');
    ids.e = await file(head, organizationApplication(), '2026-03-02');
    const writer = (await server!.api().auth.devLogin('writer')).token;
    // A 咨询 received Monday 3-02 is due Thursday 3-05.
    ids.m1 = await postMessage(writer, '技改补贴申报时间');
    const consultation = await ok('POST', '/api/admin/consultations', head, {
      title: '关于促进工业互联网发展的若干措施（征求意见稿）',
      draft: '第一条 为促进工业互联网发展，制定本措施。',
      explanation: '起草说明。',
      startDate: '2026-03-02',
      endDate: '2026-04-30',
    });
    ids.c = consultation.id;
    await ok('POST', `/api/admin/consultations/${ids.c}/publish`, head);

    // Friday 3-13: request A answered on its 9th working day (3-03…3-06, 3-09…3-13); the first 咨询 answered late.
    await at('2026-03-13T02:00:00Z');
    head = await token('head');
    await reply(head, ids.a, 'disclosed');
    await answerMessage(ids.m1);
    const writerAgain = (await server!.api().auth.devLogin('writer')).token;
    await ok('POST', `/api/messages/${ids.m1}/rating`, writerAgain, { rating: 'satisfied' });
    // A second 咨询, received and answered today, due Wednesday 3-18: on time.
    ids.m2 = await postMessage(writerAgain, '专精特新认定条件');
    await answerMessage(ids.m2);
    for (const [name, body] of [['citizen-a', '建议扩大支持范围。'], ['citizen-b', '总体赞成。']]) {
      const resident = (await server!.api().auth.devLogin(name)).token;
      await ok('POST', `/api/consultations/${ids.c}/comments`, resident, { idempotencyKey: randomUUID(), body });
    }

    // Wednesday 4-01: request E answered two working days after its due date 3-30, on its 22nd working day.
    // Request F received today is due on 4-30: 4-02, 4-03 (2), 清明 4-04…4-06 off, 4-07…4-10 (6), 4-13…4-17 (11),
    // 4-20…4-24 (16), 4-27…4-30 (20).
    await at('2026-04-01T02:00:00Z');
    head = await token('head');
    await reply(head, ids.e, 'unavailable_not_held');
    ids.f = await file(head, citizenApplication(), '2026-04-01');

    // Monday 6-15: F is still open, six weeks past its due date; the consultation's comments are decided.
    await at('2026-06-15T02:00:00Z');
    head = await token('head');
    const comments = (await ok('GET', `/api/admin/consultations/${ids.c}`, head)).comments as { id: number; body: string }[];
    for (const comment of comments) {
      await ok('POST', `/api/admin/consultations/${ids.c}/comments/${comment.id}/decision`, head, comment.body.startsWith('建议') ? { decision: 'adopted' } : { decision: 'not_adopted', reason: '属于总体表态' });
    }
  });
  afterAll(() => server?.stop());

  it('gives the office head the agency’s year: requests by month, outcome and unit', async () => {
    const report = (await ok('GET', '/api/admin/statistics/2026', await token('head'))) as StatisticsReport;
    expect(report).toMatchObject({ year: 2026, asOf: '2026-06-15', scope: 'agency', scopeName: '威海市工业和信息化局' });
    // Received A, E (March) and F (April); answered A on time and E late; overdue E (due 3-30) and F (due 4-30).
    // Mean of 9 and 22 working days: 15.5.
    expect(report.requests.total).toEqual({ received: 3, answered: 2, answeredOnTime: 1, overdue: 2, averageWorkingDays: 15.5 });
    expect(report.requests.months[2]).toEqual({ received: 2, answered: 1, answeredOnTime: 1, overdue: 1, averageWorkingDays: 9 });
    expect(report.requests.months[3]).toEqual({ received: 1, answered: 1, answeredOnTime: 0, overdue: 1, averageWorkingDays: 22 });
    expect(report.requests.months[5]).toEqual(zero);
    expect(report.requests.outcomes.filter((row) => row.count > 0)).toEqual([
      { group: '予以公开', count: 1 },
      { group: '无法提供', count: 1 },
    ]);
    // Entered by the office for the applicant and not yet routed to a unit.
    expect(report.requests.units).toEqual([{ unitId: null, unitName: '未分办', figures: report.requests.total }]);
  });

  it('counts messages by month and board, with reply, on-time and satisfaction rates', async () => {
    const report = (await ok('GET', '/api/admin/statistics/2026', await token('head'))) as StatisticsReport;
    // Two 咨询 received and answered in March: the first late (due 3-05, answered 3-13), the second on time; one rated 满意.
    expect(report.messages.total).toMatchObject({ month: '2026', received: 2, answered: 2, answeredOnTime: 1, onTimeRate: 50, rated: 1, satisfied: 1, satisfactionRate: 100 });
    expect(report.messages.total.byBoard.inquiry).toMatchObject({ received: 2, answered: 2 });
    expect(report.messages.months[2]).toMatchObject({ month: '2026-03', received: 2, answered: 2 });
    expect(report.messages.replyRate).toBe(100);
  });

  it('counts consultations and what was adopted', async () => {
    const report = (await ok('GET', '/api/admin/statistics/2026', await token('head'))) as StatisticsReport;
    expect(report.consultations).toEqual({ consultations: 1, closed: 1, adoptionPublished: 0, comments: 2, adopted: 1, partiallyAdopted: 0, notAdopted: 1, adoptionRate: 50 });
  });

  it('gives a unit’s staff their unit’s cases only', async () => {
    const report = (await ok('GET', '/api/admin/statistics/2026', await token('handler'))) as StatisticsReport;
    expect(report).toMatchObject({ scope: 'unit', scopeName: '综合科' });
    // The messages were answered by 综合科; the requests and the consultation belong to no unit of theirs.
    expect(report.messages.total).toMatchObject({ received: 2, answered: 2 });
    expect(report.requests.total).toEqual(zero);
    expect(report.consultations.consultations).toBe(0);
  });

  it('exports the tables as .xlsx with the same figures', async () => {
    const response = await fetch(`${server!.baseUrl}/api/admin/statistics/2026.xlsx`, { headers: { authorization: `Bearer ${await token('head')}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const monthly = workbook.getWorksheet('依申请公开（按月）')!;
    // Row 1 the heading, row 2 the header, rows 3–14 January to December, row 15 the year.
    expect(monthly.getRow(5).values).toEqual([undefined, '3月', 2, 1, 1, 1, 9]);
    expect(monthly.getRow(15).values).toEqual([undefined, '全年', 3, 2, 1, 2, 15.5]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['依申请公开（按月）', '依申请公开（按科室）', '依申请公开（办理结果）', '留言（按月）', '留言（按栏目）', '意见征集']);
  });

  it.each([
    ['a year out of range', '1999'],
    ['not a number', 'abc'],
  ])('refuses %s naming the field', async (_case, year) => {
    const response = await server!.request('GET', `/api/admin/statistics/${year}`, { token: await token('head') });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ field: 'year', message: expect.stringContaining('年度') });
  });
});

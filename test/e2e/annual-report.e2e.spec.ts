import ExcelJS from 'exceljs';
import { SCHEDULED_CALENDAR } from '../fixtures/disclosure-requests';
import { computeTable3 } from '../../packages/domain/src/annual-report/compute-table3';
import { reportFactsOf } from '../../packages/domain/src/annual-report/report-facts-of';
import { TABLE3_ROWS } from '../../packages/domain/src/annual-report/table3-rows';
import { deriveRequestState } from '../../packages/domain/src/disclosure/apply-request-event';
import type { RequestEvent } from '../../packages/domain/src/disclosure/request-event';
import { citizenApplication, organizationApplication } from './support/applications';
import { freePort, restartAt, StartedServer } from './support/server';
import { readZipEntry } from './support/zip';

const DEMO_PASSWORD = 'GovOpen@2026';

/**
 * A year of cases across two year boundaries, filed and answered through the API at pinned clocks, then the 2025
 * report from draft to publication. Columns: C 自然人, B 商业企业, R 科研机构, P 社会公益组织, L 法律服务机构, O 其他.
 *
 * 2024-12-20 (Fri):  p1 C received in person, left open · p2 B received and answered 予以公开.
 * 2025-12-19 (Fri):  p1 answered 予以公开 ·
 *                    a1 C letter signed for 03-03, 予以公开, then 行政诉讼 (未经复议) recorded as 维持 ·
 *                    a2 C letter 06-02, 信息不存在 (三（四）1), then 行政复议 recorded as pending ·
 *                    a3 B letter 04-01, 保护第三方合法权益 (三（三）4) · a4 R letter 09-01, 部分公开 ·
 *                    a5 L letter 11-03, withdrawn (三（六）3) · a6 C in person today, open · a7 P letter 12-15, open ·
 *                    a9 O letter 10-10, 50 pages → ¥200 fee notified and paid, 予以公开 ·
 *                    a10 C submitted online today, not registered this year.
 * 2026-01-06 (Tue):  a6 answered 予以公开; the 2025 report is drafted, checked, reviewed and published; then a10 is
 *                    registered as received on 2025-12-19 and a2's 复议 is recorded as 纠正 — the published report does
 *                    not move, the staff view lists what a recomputation now gives.
 *
 * Table 三 of 2025, by hand (C B R P L O 总计):
 *   一 (received in 2025): a1 a2 a6 · a3 · a4 · a7 · a5 · a9       3 1 1 1 1 1  8
 *   二 (carried in): p1                                           1 0 0 0 0 0  1
 *   三（一） p1 a1 · a9;  三（二） a4;  三（三）4 a3;  三（四）1 a2;  三（六）3 a5
 *   三（七)                                                        3 1 1 0 1 1  7
 *   四 (open on 31 Dec): a6 · a7                                  1 0 0 1 0 0  2
 * p2 closed in 2024 and a10 was not received in 2025: neither counts.
 */
describe('政府信息公开工作年度报告', () => {
  let server: StartedServer | null = null;
  let port: string;
  const ids: Record<string, number> = {};

  const at = async (iso: string) => (server = await restartAt(server, { CLOCK_NOW: iso, PORT: port }));
  const login = async (username: string) => (await server!.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const ok = <T extends { status: number; body: any }>(response: T): T => {
    if (response.status >= 400) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  };
  const act = async (token: string, id: number, body: object) => ok(await server!.request('POST', `/api/admin/disclosure-requests/${id}/actions`, { token, body }));
  const file = async (token: string, application: Record<string, unknown>, channel: 'in_person' | 'mail', receivedDate: string): Promise<number> =>
    ok(await server!.request('POST', '/api/admin/disclosure-requests', { token, body: { ...application, channel, receivedDate } })).body.id;
  const organization = (organizationKind: string) => organizationApplication({ applicant: { ...organizationApplication().applicant, organizationKind } });
  const reply = (outcome: string) => ({ type: 'reply', outcome });
  const report = (token: string, year: number) => server!.request('GET', `/api/admin/annual-reports/${year}`, { token });
  const row = (citizen: number, business: number, research: number, public_interest: number, legal_service: number, other: number) => ({
    citizen,
    business,
    research,
    public_interest,
    legal_service,
    other,
    total: citizen + business + research + public_interest + legal_service + other,
  });
  const ZERO = row(0, 0, 0, 0, 0, 0);
  const sections = (six: string) => ({
    一: '2025年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开标准化规范化建设。',
    二: '',
    三: '',
    四: '',
    五: '依申请公开答复文书的说理还不够充分。下一步将统一答复文书模板，加强业务培训。',
    六: six,
  });
  const table2 = {
    regulations: { issued: 0, repealed: 0, inForce: 0, source: '本机关规章台账' },
    normativeDocuments: { issued: 3, repealed: 1, inForce: 12, source: '规范性文件备案登记簿' },
    licensing: { decisions: 126, source: '政务服务平台办件统计' },
    punishment: { decisions: 8, source: '行政执法信息平台' },
    enforcement: { decisions: 0, source: '行政执法信息平台' },
    administrativeFees: { amountWanYuan: 0, source: '财务科收费台账' },
  };

  beforeAll(async () => {
    port = String(await freePort());
    // 2024-12-20, a Friday, 10:00 China time.
    await at('2024-12-20T02:00:00Z');
    const head = await login('head');
    ids.p1 = await file(head, citizenApplication(), 'in_person', '2024-12-20');
    ids.p2 = await file(head, organizationApplication(), 'in_person', '2024-12-20');
    await act(head, ids.p2, reply('disclosed'));
  }, 120_000);
  afterAll(() => server?.stop());

  it('2025-12-19: the year\'s cases are filed and handled through the API', async () => {
    await at('2025-12-19T02:00:00Z');
    const head = await login('head');
    const handlerUnit = (await server!.api(await login('handler')).admin.me()).unitId!;
    await act(head, ids.p1, reply('disclosed'));
    ids.a1 = await file(head, citizenApplication(), 'mail', '2025-03-03');
    await act(head, ids.a1, reply('disclosed'));
    await act(head, ids.a1, { type: 'record-review', kind: 'litigation_direct', result: 'upheld' });
    ids.a2 = await file(head, citizenApplication(), 'mail', '2025-06-02');
    await act(head, ids.a2, reply('unavailable_not_held'));
    await act(head, ids.a2, { type: 'record-review', kind: 'reconsideration', result: 'pending' });
    ids.a3 = await file(head, organizationApplication(), 'mail', '2025-04-01');
    await act(head, ids.a3, reply('withheld_third_party_rights'));
    ids.a4 = await file(head, organization('research'), 'mail', '2025-09-01');
    await act(head, ids.a4, reply('partially_disclosed'));
    ids.a5 = await file(head, organization('legal_service'), 'mail', '2025-11-03');
    await act(head, ids.a5, { type: 'withdraw', note: '申请人来函撤回申请' });
    ids.a6 = await file(head, citizenApplication(), 'in_person', '2025-12-19');
    ids.a7 = await file(head, organization('public_interest'), 'mail', '2025-12-15');
    ids.a9 = await file(head, organization('other'), 'mail', '2025-10-10');
    await act(head, ids.a9, { type: 'assign', unitId: handlerUnit });
    // 109号: 30 pages free, then ¥10 a page: 50 pages are ¥200.
    expect((await act(head, ids.a9, { type: 'notify-fee', basis: 'pages', pages: 50 })).body.status).toBe('awaiting_fee');
    await act(head, ids.a9, { type: 'record-payment' });
    await act(head, ids.a9, reply('disclosed'));
    const resident = (await server!.api().auth.devLogin('annual-report-applicant')).token;
    ids.a10 = ok(await server!.request('POST', '/api/disclosure-requests', { token: resident, body: citizenApplication() })).body.id;

    // The year is not over: a draft can be read, not submitted.
    const draft = ok(await report(head, 2025)).body;
    expect(draft.countdown).toEqual({ year: 2025, dueDate: '2026-01-31', daysLeft: 43, overdue: false });
    expect(draft.allowedSteps).toEqual(['edit']);
  }, 120_000);

  it('GET /api/admin/annual-reports/{year}: table 三 of 2025 from the cases, as worked out by hand', async () => {
    await at('2026-01-06T02:00:00Z');
    const head = await login('head');
    await act(head, ids.a6, reply('disclosed'));
    const { status, body } = await report(head, 2025);
    expect(status).toBe(200);
    expect(body).toMatchObject({ year: 2025, layout: '2021', status: 'draft', statusLabel: '草稿', kind: 'department', dueDate: '2026-01-31', frozen: false, laterChanges: [] });
    expect(body.title).toBe('威海市工业和信息化局2025年政府信息公开工作年度报告');
    expect(body.countdown).toEqual({ year: 2025, dueDate: '2026-01-31', daysLeft: 25, overdue: false });
    const rows = body.table3.rows;
    expect(Object.keys(rows)).toEqual(TABLE3_ROWS.map(({ key }) => key));
    expect(rows['一']).toEqual(row(3, 1, 1, 1, 1, 1));
    expect(rows['二']).toEqual(row(1, 0, 0, 0, 0, 0));
    expect(rows['三（一）']).toEqual(row(2, 0, 0, 0, 0, 1));
    expect(rows['三（二）']).toEqual(row(0, 0, 1, 0, 0, 0));
    expect(rows['三（三）4']).toEqual(row(0, 1, 0, 0, 0, 0));
    expect(rows['三（四）1']).toEqual(row(1, 0, 0, 0, 0, 0));
    expect(rows['三（六）3']).toEqual(row(0, 0, 0, 0, 1, 0));
    expect(rows['三（七）']).toEqual(row(3, 1, 1, 0, 1, 1));
    expect(rows['四']).toEqual(row(1, 0, 0, 1, 0, 0));
    const counted = ['一', '二', '三（一）', '三（二）', '三（三）4', '三（四）1', '三（六）3', '三（七）', '四'];
    for (const key of Object.keys(rows).filter((key) => !counted.includes(key))) expect([key, rows[key]]).toEqual([key, ZERO]);
    // Table 四: a1's lawsuit decided (维持) and a2's 复议 still pending at the year's end.
    expect(body.table4).toEqual({
      reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigation_direct: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigation_after_reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
    expect(body.feesCollected).toBe(200);

    // 2024: p1 received and carried out, p2 received and answered.
    const previous = ok(await report(head, 2024)).body.table3.rows;
    expect([previous['一'], previous['三（一）'], previous['四']]).toEqual([row(1, 1, 0, 0, 0, 0), row(0, 1, 0, 0, 0, 0), row(1, 0, 0, 0, 0, 0)]);
    // 2020 prints in the 60号 layout: one （六）其他处理 row.
    const older = ok(await report(head, 2020)).body;
    expect(older.layout).toBe('2019');
    expect(Object.keys(older.table3.rows)).toContain('三（六）');
    expect(Object.keys(older.table3.rows)).not.toContain('三（六）1');
  });

  it('the grouped query over the projected columns gives the table the domain computes from the stored events', async () => {
    const head = await login('head');
    const events = await server!.database.query('SELECT request_id, payload FROM disclosure_request_event ORDER BY request_id, seq');
    const applicants = await server!.database.query('SELECT id, applicant_type, organization_kind FROM disclosure_request');
    const histories = new Map<number, RequestEvent[]>();
    for (const event of events) {
      const id = Number(event.request_id);
      histories.set(id, [...(histories.get(id) ?? []), JSON.parse(String(event.payload)).event]);
    }
    const facts = applicants.map((applicant) =>
      reportFactsOf(deriveRequestState(histories.get(Number(applicant.id)) ?? [], SCHEDULED_CALENDAR), {
        type: applicant.applicant_type as 'citizen' | 'organization',
        organizationKind: (applicant.organization_kind as never) ?? null,
      }),
    );
    for (const year of [2024, 2025, 2026]) expect(ok(await report(head, year)).body.table3.rows).toEqual(computeTable3(facts, year));
  });

  it('a failing check explained, a staff-entered figure fixed, an override with its reason', async () => {
    const head = await login('head');
    const handler = await login('handler');
    const checks = ok(await report(head, 2025)).body.checks as { rule: string; ok: boolean; detail: string }[];
    // The computed tables add up; what staff must type does not exist yet.
    expect(checks.filter((check) => check.rule.startsWith('table3') || check.rule.startsWith('table4')).every((check) => check.ok)).toBe(true);
    expect(checks.filter((check) => !check.ok).map((check) => check.rule)).toEqual([...Array(6).fill('table2_entered'), 'section5_present', 'fees_stated']);

    expect((await server!.request('PUT', '/api/admin/annual-reports/2025', { token: handler, body: { kind: 'department', sections: sections('无。'), table2 } })).status).toBe(403);
    const missingSource = await server!.request('PUT', '/api/admin/annual-reports/2025', { token: head, body: { kind: 'department', sections: sections('无。'), table2: { ...table2, licensing: { decisions: 'x', source: '' } } } });
    expect(missingSource.status).toBe(400);
    expect(missingSource.body).toMatchObject({ field: 'table2.licensing.decisions', message: '本年处理决定数量应为整数（未填写时为 null）' });

    // A figure not yet known is sent as null; a figure left out is refused, naming it.
    const leftOut = await server!.request('PUT', '/api/admin/annual-reports/2025', { token: head, body: { kind: 'department', sections: sections('无。'), table2: { ...table2, regulations: { repealed: 0, inForce: 0, source: '本机关规章台账' } } } });
    expect(leftOut.status).toBe(400);
    expect(leftOut.body.field).toBe('table2.regulations.issued');

    const saved = ok(await server!.request('PUT', '/api/admin/annual-reports/2025', { token: head, body: { kind: 'department', sections: sections('无。'), table2 } })).body;
    // ¥200 was collected (a9) but section 六 says 无: the one failing check, and it says what to write.
    expect(saved.checks.filter((check: { ok: boolean }) => !check.ok)).toEqual([
      { rule: 'fees_stated', ok: false, detail: '本年收取信息处理费 200 元，第六部分“其他需要报告的事项”应写明“信息处理费”及金额 200 元' },
    ]);
    const refused = await server!.request('POST', '/api/admin/annual-reports/2025/submit', { token: head });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'ANNUAL_REPORT_CHECKS_FAILING', article: '《政府信息公开条例》第五十条、国办公开办函〔2021〕30号' });
    expect(refused.body.message).toContain('本年收取信息处理费 200 元');

    const fixed = ok(await server!.request('PUT', '/api/admin/annual-reports/2025', { token: head, body: { kind: 'department', sections: sections('本年度依据《政府信息公开信息处理费管理办法》收取信息处理费200元。'), table2 } })).body;
    expect(fixed.checks.every((check: { ok: boolean }) => check.ok)).toBe(true);

    // A leaf set by hand without its totals: marked, and two checks say where the table no longer adds up.
    const leaf = ok(await server!.request('POST', '/api/admin/annual-reports/2025/overrides', { token: head, body: { cell: 'table3/三（三）4/business', value: 2, reason: '纸质登记簿补录一件当面申请' } })).body;
    expect(leaf.table3.rows['三（三）4'].business).toBe(2);
    expect(leaf.overrides).toEqual([
      { cell: 'table3/三（三）4/business', label: '表三 三（三）4 保护第三方合法权益 · 商业企业', value: 2, computed: 1, reason: '纸质登记簿补录一件当面申请', by: '王公开（公开办负责人·演示）', at: '2026-01-06T02:00:00.000Z' },
    ]);
    expect(leaf.checks.filter((check: { ok: boolean }) => !check.ok)).toEqual([
      { rule: 'table3_results_total', ok: false, detail: '商业企业：三（一）至三（六）各项之和为 2，三（七）总计为 1，两者不相等' },
      { rule: 'table3_row_total', ok: false, detail: '三（三）4 保护第三方合法权益：六类申请人之和为 2，总计栏为 1，两者不相等' },
    ]);
    const unknown = await server!.request('POST', '/api/admin/annual-reports/2025/overrides', { token: head, body: { cell: 'table3/三（六）/citizen', value: 1, reason: '2019 版的行' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('cell');
    const removed = ok(await server!.request('DELETE', `/api/admin/annual-reports/2025/overrides?cell=${encodeURIComponent('table3/三（三）4/business')}`, { token: head })).body;
    expect(removed.overrides).toEqual([]);
    expect(removed.table3.rows['三（三）4'].business).toBe(1);

    // Two figures of table 四 set together keep its group total: a 复议 ended by withdrawal the system never heard of.
    const reason = '复议机关已于2025年12月30日终止审理（申请人撤回复议申请），决定书未录入系统';
    ok(await server!.request('POST', '/api/admin/annual-reports/2025/overrides', { token: head, body: { cell: 'table4/reconsideration/pending', value: 0, reason } }));
    const both = ok(await server!.request('POST', '/api/admin/annual-reports/2025/overrides', { token: head, body: { cell: 'table4/reconsideration/other', value: 1, reason } })).body;
    expect(both.table4.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 });
    expect(both.checks.every((check: { ok: boolean }) => check.ok)).toBe(true);
  });

  it('draft → submitted → approved by a second person → published; the drafter cannot approve', async () => {
    const head = await login('head');
    const reviewer = await login('reviewer');
    const handler = await login('handler');
    // The dashboard counts down to 31 January until the report is published.
    expect((await server!.api(head).admin.dashboard()).annualReport).toEqual({ year: 2025, dueDate: '2026-01-31', daysLeft: 25, overdue: false });
    const submitted = ok(await server!.request('POST', '/api/admin/annual-reports/2025/submit', { token: head })).body;
    expect(submitted).toMatchObject({ status: 'in_review', statusLabel: '审核中', frozen: true, laterChanges: [], workflow: { submittedBy: '王公开（公开办负责人·演示）', approvedBy: null } });
    expect(submitted.allowedSteps).toEqual(['return']);

    const self = await server!.request('POST', '/api/admin/annual-reports/2025/approve', { token: head });
    expect(self.status).toBe(409);
    expect(self.body).toEqual({
      statusCode: 409,
      code: 'ANNUAL_REPORT_SELF_APPROVAL',
      message: '报告须由起草人以外的人员审核，不能审核自己提交的报告（《政府信息公开条例》第十七条）',
      article: '《政府信息公开条例》第十七条',
    });
    expect((await server!.request('POST', '/api/admin/annual-reports/2025/approve', { token: handler })).status).toBe(403);
    const early = await server!.request('POST', '/api/admin/annual-reports/2025/publish', { token: head });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ANNUAL_REPORT_NOT_APPROVED');
    const locked = await server!.request('PUT', '/api/admin/annual-reports/2025', { token: head, body: { kind: 'department', sections: sections('改动'), table2 } });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('ANNUAL_REPORT_IN_REVIEW');

    const approved = ok(await server!.request('POST', '/api/admin/annual-reports/2025/approve', { token: reviewer })).body;
    expect(approved).toMatchObject({ status: 'in_review', statusLabel: '审核通过，待公开', workflow: { approvedBy: '赵审核（演示）', approvedAt: '2026-01-06T02:00:00.000Z' } });
    const published = ok(await server!.request('POST', '/api/admin/annual-reports/2025/publish', { token: head })).body;
    expect(published).toMatchObject({ status: 'published', statusLabel: '已公开', countdown: null, allowedSteps: [], workflow: { publishedAt: '2026-01-06T02:00:00.000Z' } });
    expect(published.table3.rows['一']).toEqual(row(3, 1, 1, 1, 1, 1));
    // Published: nothing is due until 2026's countdown starts on 1 December.
    expect((await server!.api(head).admin.dashboard()).annualReport).toBeNull();

    const audit = ok(await server!.request('GET', '/api/admin/audit-logs?targetType=annual_report&pageSize=50', { token: await login('admin') })).body.items;
    const actions = audit.map((entry: { action: string }) => entry.action);
    for (const action of ['annual_report.save', 'annual_report.override', 'annual_report.override_removed', 'annual_report.submit', 'annual_report.approve', 'annual_report.publish']) expect(actions).toContain(action);
    expect(audit.find((entry: { action: string }) => entry.action === 'annual_report.approve')).toMatchObject({ actorName: 'reviewer', detail: '2025年度报告：审核通过' });
  });

  it('GET /api/annual-reports and /api/annual-reports/{year}(.html): the published report in the official layout', async () => {
    const list = ok(await server!.request('GET', '/api/annual-reports')).body;
    expect(list).toEqual([
      { year: 2025, title: '威海市工业和信息化局2025年政府信息公开工作年度报告', agencyName: '威海市工业和信息化局', publishedAt: '2026-01-06T02:00:00.000Z', source: 'generated', htmlPath: '/api/annual-reports/2025.html' },
    ]);
    const view = ok(await server!.request('GET', '/api/annual-reports/2025')).body;
    expect(view.table3.rows['三（七）']).toEqual(row(3, 1, 1, 0, 1, 1));
    expect(view.notes).toEqual([
      { cell: 'table4/reconsideration/pending', label: '表四 行政复议 · 尚未审结', reason: '复议机关已于2025年12月30日终止审理（申请人撤回复议申请），决定书未录入系统' },
      { cell: 'table4/reconsideration/other', label: '表四 行政复议 · 其他结果', reason: '复议机关已于2025年12月30日终止审理（申请人撤回复议申请），决定书未录入系统' },
    ]);
    expect((await server!.request('GET', '/api/annual-reports/2024')).status).toBe(404);

    const page = await fetch(`${server!.baseUrl}/api/annual-reports/2025.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<h1>威海市工业和信息化局2025年政府信息公开工作年度报告</h1>');
    // The merged header cells and the row labels of the 30号 table, verbatim.
    expect(html).toContain('<th rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th>');
    expect(html).toContain('<th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th>');
    expect(html).toContain('<td colspan="3">一、本年新收政府信息公开申请数量</td><td class="figure">3</td><td class="figure">1</td>');
    expect(html).toContain('<td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>');
    expect(html).toContain('<td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>');
    expect(html).toContain('<td rowspan="3">（六）其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>');
    for (const { label } of TABLE3_ROWS) expect(html).toContain(label);
    expect(html).toContain('<th colspan="5">行政复议</th><th colspan="10">行政诉讼</th>');
    // A figure set by hand: its text is the figure alone, its reason an attribute and a note under the tables.
    expect(html).toMatch(/<td class="figure" data-override="复议机关已于2025年12月30日终止审理[^"]*" title="[^"]*">1<\/td>/);
    expect(html).toContain('<p>表四 行政复议 · 其他结果：复议机关已于2025年12月30日终止审理');
    expect(html).toContain('<p class="date">2026年1月6日</p>');
    expect((await fetch(`${server!.baseUrl}/api/annual-reports/2024.html`)).status).toBe(404);
  });

  it('published figures are frozen: later events change a recomputation, shown as a note, never the report', async () => {
    const head = await login('head');
    const before = ok(await server!.request('GET', '/api/annual-reports/2025')).body;
    const html = await (await fetch(`${server!.baseUrl}/api/annual-reports/2025.html`)).text();
    // a10, submitted online on 2025-12-19, is registered today as received that day; a2's 复议 is decided.
    await act(head, ids.a10, { type: 'register', receivedDate: '2025-12-19' });
    await act(head, ids.a2, { type: 'record-review', kind: 'reconsideration', result: 'corrected' });

    expect(ok(await server!.request('GET', '/api/annual-reports/2025')).body).toEqual(before);
    expect(await (await fetch(`${server!.baseUrl}/api/annual-reports/2025.html`)).text()).toBe(html);
    const staffView = ok(await report(head, 2025)).body;
    expect(staffView.table3.rows['一']).toEqual(row(3, 1, 1, 1, 1, 1));
    expect(staffView.laterChanges).toEqual([
      { cell: 'table3/一/citizen', label: '表三 一 本年新收政府信息公开申请数量 · 自然人', frozen: 3, recomputed: 4 },
      { cell: 'table3/一/total', label: '表三 一 本年新收政府信息公开申请数量 · 总计', frozen: 8, recomputed: 9 },
      { cell: 'table3/四/citizen', label: '表三 四 结转下年度继续办理 · 自然人', frozen: 1, recomputed: 2 },
      { cell: 'table3/四/total', label: '表三 四 结转下年度继续办理 · 总计', frozen: 2, recomputed: 3 },
    ]);
    const frozen = await server!.request('PUT', '/api/admin/annual-reports/2025', { token: head, body: { kind: 'department', sections: sections('改动'), table2 } });
    expect(frozen.status).toBe(409);
    expect(frozen.body).toMatchObject({ code: 'ANNUAL_REPORT_PUBLISHED_FROZEN', article: '《政府信息公开条例》第四十九条' });

    // Next year's draft carries them: 二 a6 a10 (C) and a7 (P); a6 answered; the 复议 decided in 2026 is 2026's.
    const next = ok(await report(head, 2026)).body;
    expect(next.table3.rows['二']).toEqual(row(2, 0, 0, 1, 0, 0));
    expect(next.table3.rows['三（一）']).toEqual(row(1, 0, 0, 0, 0, 0));
    expect(next.table3.rows['四']).toEqual(row(1, 0, 0, 1, 0, 0));
    expect(next.table4.reconsideration).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
    expect(next.table4.litigation_direct.total).toBe(0);
  });

  it('GET /api/admin/annual-reports/{year}.docx: the tables with their merged cells', async () => {
    const head = await login('head');
    const response = await fetch(`${server!.baseUrl}/api/admin/annual-reports/2025.docx`, { headers: { authorization: `Bearer ${head}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const xml = readZipEntry(Buffer.from(await response.arrayBuffer()), 'word/document.xml').toString('utf8');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(xml).toContain('威海市工业和信息化局2025年政府信息公开工作年度报告');
    // 申请人情况 over seven columns, 法人或其他组织 over five, 三、本年度办理结果 merged down its 22 rows.
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    expect(xml).toContain('<w:gridSpan w:val="5"/>');
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)!.length).toBeGreaterThanOrEqual(1);
    // Every row a merged cell covers below its first: 21 (三) + 7 (不予公开) + 2 + 4 + 2 (无法提供, 不予处理, 其他处理)
    // + 2 (the balance note) + 1 + 1 (自然人, 总计) in table 三, and the five result headings of 行政复议 in table 四.
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(45);
    expect(xml).toContain('三、本年度办理结果');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect((await fetch(`${server!.baseUrl}/api/admin/annual-reports/2025.docx`)).status).toBe(401);
  });

  it('GET /api/admin/annual-reports/{year}.xlsx: one sheet per table, merged as printed, figures as numbers', async () => {
    const head = await login('head');
    const response = await fetch(`${server!.baseUrl}/api/admin/annual-reports/2025.xlsx`, { headers: { authorization: `Bearer ${head}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['表二', '表三', '表四']);
    const sheet = workbook.getWorksheet('表三')!;
    // Row 1 is the heading; the table's three header rows are 2–4, 一 is row 5, 三（一） row 7, 四 row 29.
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A2:C4', 'D2:J2', 'D3:D4', 'E3:I3', 'J3:J4', 'A5:C5', 'A7:A28', 'B7:C7', 'B9:B16', 'A29:C29']));
    expect(sheet.getCell('A5').value).toBe('一、本年新收政府信息公开申请数量');
    expect(['D', 'E', 'F', 'G', 'H', 'I', 'J'].map((column) => sheet.getCell(`${column}5`).value)).toEqual([3, 1, 1, 1, 1, 1, 8]);
    expect(sheet.getCell('C12').value).toBe('4.保护第三方合法权益');
    expect(sheet.getCell('E12').value).toBe(1);
    expect(['D', 'E', 'F', 'G', 'H', 'I', 'J'].map((column) => sheet.getCell(`${column}29`).value)).toEqual([1, 0, 0, 1, 0, 0, 2]);
    const table4 = workbook.getWorksheet('表四')!;
    expect(table4.getCell('C5').value).toBe(1);
    expect(String(table4.getCell('C5').note ?? '')).toContain('人工核定');
    // 表二: 第二十条第（一）项 (row 2), its headings (row 3), 规章 (row 4), 行政规范性文件 (row 5).
    expect(['A4', 'B4', 'A5', 'B5', 'C5', 'D5'].map((address) => workbook.getWorksheet('表二')!.getCell(address).value)).toEqual(['规章', 0, '行政规范性文件', 3, 1, 12]);
  });
});

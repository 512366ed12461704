import { randomUUID } from 'node:crypto';
import { ComplianceFlag, ComplianceReport, StaffCatalogNodeView } from '@govopen/contracts';
import { freePort, restartAt, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';

const flatten = (nodes: StaffCatalogNodeView[]): StaffCatalogNodeView[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

describe('GET /api/admin/publishing/compliance: the compliance board', () => {
  let server: StartedServer | null = null;
  let port: string;
  const ids: Record<string, number> = {};

  const at = async (iso: string) => (server = await restartAt(server, { CLOCK_NOW: iso, PORT: port }));
  // Sessions follow the server clock: each step signs in again.
  const token = async (username: string) => (await server!.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const postMessage = async (title: string) => {
    const writer = (await server!.api().auth.devLogin('writer')).token;
    const body = { board: 'inquiry', title, body: `${title}，请予答复。`, public: true, contactName: '张先生', phone: '13812345678', idempotencyKey: randomUUID() };
    return server!.request('POST', '/api/messages', { token: writer, body });
  };
  const consultation = (title: string, endDate: string) => ({ title, draft: `${title}\n第一条 为规范管理，制定本办法。`, explanation: '起草说明。', startDate: '2026-09-01', endDate, shortWindowReason: '演示用短期限' });
  const flag = (report: ComplianceReport, kind: ComplianceFlag['kind']) => report.flags.find((item) => item.kind === kind)!;

  beforeAll(async () => {
    port = String(await freePort());
    // Tuesday 2026-09-01, 10:00 in China.
    await at('2026-09-01T02:00:00Z');
    const head = await token('head');
    const units = await server!.api(head).admin.units.list();
    ids.zhk = units.find((unit) => unit.name === '综合科')!.id;

    const stale = await postMessage('企业技改补贴何时拨付');
    // A 咨询 received Tuesday 9-01 is due on its 3rd working day, Friday 9-04.
    expect(stale.body).toMatchObject({ receivedDate: '2026-09-01', dueDate: '2026-09-04' });
    ids.stale = stale.body.id;
    await server!.request('POST', `/api/admin/messages/${ids.stale}/actions`, { token: head, body: { type: 'assign', unitId: ids.zhk } });
    const answered = await postMessage('专精特新申报材料有哪些');
    ids.answered = answered.body.id;
    await server!.request('POST', `/api/admin/messages/${ids.answered}/actions`, { token: head, body: { type: 'assign', unitId: ids.zhk } });
    await server!.request('POST', `/api/admin/messages/${ids.answered}/actions`, { token: await token('handler'), body: { type: 'reply', replyBody: '请见申报指南。' } });

    for (const [key, title, endDate] of [
      ['decided', '关于促进工业互联网发展的若干措施（征求意见稿）', '2026-10-10'],
      ['undecided', '关于支持中小企业数字化转型的实施意见（征求意见稿）', '2026-11-30'],
      ['adopted', '关于规范专项资金管理的通知（征求意见稿）', '2026-09-20'],
    ] as const) {
      const created = await server!.request('POST', '/api/admin/consultations', { token: head, body: { ...consultation(title, endDate), unitId: ids.zhk } });
      expect(created.status).toBe(201);
      ids[key] = created.body.id;
      expect((await server!.request('POST', `/api/admin/consultations/${ids[key]}/publish`, { token: head })).status).toBe(200);
    }

    // Friday 2026-11-20.
    await at('2026-11-20T02:00:00Z');
    const later = await token('head');
    const fresh = await postMessage('园区供电扩容进展');
    // Received Friday 11-20: 11-23, 11-24, 11-25 → due Wednesday 11-25.
    expect(fresh.body).toMatchObject({ receivedDate: '2026-11-20', dueDate: '2026-11-25' });
    ids.fresh = fresh.body.id;
    expect((await server!.request('PUT', `/api/admin/consultations/${ids.decided}/decision`, { token: later, body: { decisionDate: '2026-11-10' } })).status).toBe(200);
    expect((await server!.request('PUT', `/api/admin/consultations/${ids.adopted}/decision`, { token: later, body: { decisionDate: '2026-11-02' } })).status).toBe(200);
    expect((await server!.request('POST', `/api/admin/consultations/${ids.adopted}/adoption/publish`, { token: later, body: { summary: '未收到意见。' } })).status).toBe(200);

    const catalog = flatten((await server!.request('GET', '/api/admin/catalog', { token: later })).body);
    ids.meeting = catalog.find((node) => node.name === '部门办公会议')!.id;
    // A meeting held Wednesday 11-25 is due on its 3rd working day after: 11-26, 11-27, 11-30 → Monday 11-30.
    const edited = await server!.request('PATCH', `/api/admin/catalog/${ids.meeting}`, { token: later, body: { pendingEventDate: '2026-11-25' } });
    expect(edited.status).toBe(200);

    // Wednesday 2026-12-02, the day the board is read.
    await at('2026-12-02T02:00:00Z');
  });
  afterAll(() => server?.stop());

  it('flags a catalog section past its update rule, linking to it and naming its owners', async () => {
    const report = (await server!.request('GET', '/api/admin/publishing/compliance', { token: await token('head') })).body as ComplianceReport;
    expect(report.year).toBe(2026);
    expect(report.flags.map((item) => item.kind)).toEqual([
      'missing_interpretation',
      'chart_audio_video_share',
      'video_share',
      'catalog_late',
      'message_late',
      'message_three_months',
      'consultation_adoption_missing',
      'annual_report_due',
    ]);
    const catalog = flag(report, 'catalog_late');
    expect(catalog.severity).toBe('violation');
    expect(catalog.targets).toContainEqual({
      type: 'catalog_node',
      id: ids.meeting,
      name: '部门办公会议（会议召开后3个工作日内，应于 2026年11月30日 前更新）',
      link: `/catalog?node=${ids.meeting}`,
      unitName: '办公室',
    });
  });

  it('flags messages past their limit, and the one unanswered for three months as the inspections’ veto', async () => {
    const report = (await server!.request('GET', '/api/admin/publishing/compliance', { token: await token('handler') })).body as ComplianceReport;
    const late = flag(report, 'message_late');
    // 受理 9-01 + 3 calendar months = 12-01, passed; 受理 11-20 is past its due date 11-25 but not two months old.
    // The answered message is not listed.
    expect(late).toMatchObject({ severity: 'violation', detail: '2 条留言超过答复时限未答复' });
    expect(late.targets).toEqual([
      { type: 'message', id: ids.stale, name: '企业技改补贴何时拨付（2026年9月1日 受理，超三个月未答复，2026年12月1日 满三个月）', link: `/messages/${ids.stale}`, unitName: '综合科' },
      // Still waiting for 分办: no unit answers for it yet.
      { type: 'message', id: ids.fresh, name: '园区供电扩容进展（2026年11月20日 受理，已超期，2027年2月20日 满三个月）', link: `/messages/${ids.fresh}`, unitName: null },
    ]);
    const veto = flag(report, 'message_three_months');
    expect(veto).toMatchObject({ severity: 'violation', detail: '1 条留言已满 3 个月未答复' });
    expect(veto.targets.map((target) => target.id)).toEqual([ids.stale]);
  });

  it('flags consultations owing their 采纳情况: late after the decision’s 10 working days, owed while undecided', async () => {
    const report = (await server!.request('GET', '/api/admin/publishing/compliance', { token: await token('head') })).body as ComplianceReport;
    const adoption = flag(report, 'consultation_adoption_missing');
    expect(adoption).toMatchObject({ severity: 'violation', detail: '2 项意见征集尚未公布采纳情况，其中 1 项已超期' });
    expect(adoption.targets).toEqual([
      // Decision Tuesday 11-10: 11-11 … 11-13 (1–3), 11-16 … 11-20 (4–8), 11-23 (9), 11-24 (10).
      { type: 'consultation', id: ids.decided, name: '关于促进工业互联网发展的若干措施（征求意见稿）（应于 2026年11月24日 前公布，已超期）', link: `/consultations/${ids.decided}`, unitName: '综合科' },
      { type: 'consultation', id: ids.undecided, name: '关于支持中小企业数字化转型的实施意见（征求意见稿）（2026年11月30日 征集结束，尚未录入决策日期）', link: `/consultations/${ids.undecided}`, unitName: '综合科' },
    ]);
  });

  it('flags the annual report nobody published: the 2025 report was due 2026-01-31 (条例 Art. 49)', async () => {
    const report = (await server!.request('GET', '/api/admin/publishing/compliance', { token: await token('head') })).body as ComplianceReport;
    // 2026-01-31 → 2026-12-02: 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 2 = 305 days.
    expect(flag(report, 'annual_report_due')).toEqual({
      kind: 'annual_report_due',
      severity: 'violation',
      title: '按期公布政府信息公开工作年度报告',
      detail: '2025 年度报告应于 2026年1月31日 前公布，已逾期 305 天',
      targets: [{ type: 'annual_report', id: 2025, name: '2025 年度政府信息公开工作年度报告', link: '/annual-reports/2025', unitName: '威海市工业和信息化局' }],
    });
  });

  it('is for staff only', async () => {
    expect((await server!.request('GET', '/api/admin/publishing/compliance')).status).toBe(401);
  });
});

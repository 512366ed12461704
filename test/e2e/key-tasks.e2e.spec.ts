import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { OWN_PLAN } from '../fixtures/key-tasks/own-plan';
import { policyInput } from './support/content';
import { freePort, restartAt, ROOT, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
const SEED_002 = fs.readFileSync(path.join(ROOT, 'test/fixtures/key-tasks/002-weihai-key-tasks-2024.txt'), 'utf8');
const SEED_003 = fs.readFileSync(path.join(ROOT, 'test/fixtures/key-tasks/003-yongji-work-plan-2021.txt'), 'utf8');

describe('重点工作台账', () => {
  let server: StartedServer | null = null;
  let port: string;
  let cityLedger = 0;
  let ownLedger = 0;
  const units: Record<string, number> = {};
  const tasks: Record<string, number> = {};

  const at = async (iso: string) => (server = await restartAt(server, { CLOCK_NOW: iso, PORT: port }));
  const login = async (username: string) => (await server!.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const call = (method: string, url: string, token: string, body?: object) => server!.request(method, url, { token, body });

  beforeAll(async () => {
    port = String(await freePort());
    // 2024-08-01, a Thursday, 10:00 China time.
    await at('2024-08-01T02:00:00Z');
    const head = await login('head');
    for (const unit of await server!.api(head).admin.units.list()) units[unit.code] = unit.id;
  }, 120_000);
  afterAll(() => server?.stop());

  it('POST /api/admin/key-task-ledgers/preview: reads seed 002 without saving it', async () => {
    const head = await login('head');
    const { status, body } = await call('POST', '/api/admin/key-task-ledgers/preview', head, { year: 2024, text: SEED_002, undatedAs: null });
    expect(status).toBe(200);
    expect(body).toMatchObject({ year: 2024, title: '威海市人民政府办公室关于印发2024年威海市政务公开重点工作及责任分工的通知', documentNumber: '威政办字〔2024〕27号', problems: [] });
    expect(body.tasks).toHaveLength(43);
    expect(body.tasks[4]).toMatchObject({ number: '一.5', heading: '政策评价', deadlineKind: 'date', dueDate: '2024-12-31', deadlineWords: '2024年底前完成，长期坚持', leadUnit: null });
    expect((await call('GET', '/api/admin/key-task-ledgers', head)).body).toEqual([]);
  });

  it('POST /api/admin/key-task-ledgers: bad input answers 400 in Chinese naming the field', async () => {
    const head = await login('head');
    const post = (body: object) => call('POST', '/api/admin/key-task-ledgers', head, body);
    await expect(post({ year: '二〇二四', text: SEED_002, undatedAs: null })).resolves.toMatchObject({ status: 400, body: { field: 'year', message: '年度 year 应为四位数字，如 2024' } });
    await expect(post({ year: 2024, text: '   ', undatedAs: null })).resolves.toMatchObject({ status: 400, body: { field: 'text', message: '请粘贴文件正文 text' } });
    await expect(post({ year: 2024, text: SEED_002, undatedAs: 'someday' })).resolves.toMatchObject({ status: 400, body: { field: 'undatedAs' } });
    await expect(post({ year: 2024, text: '关于召开会议的通知\n请准时参加。', undatedAs: null })).resolves.toMatchObject({
      status: 400,
      body: { field: 'text', message: '没有识别出任何任务：请粘贴含“工作任务”表格或“（责任单位：…）”分工的文件正文' },
    });
    // Seed 003 states no deadline at all: the head must say what its tasks' deadlines are before it is saved.
    await expect(post({ year: 2021, text: SEED_003, undatedAs: null })).resolves.toMatchObject({
      status: 400,
      body: { field: 'undatedAs', message: '有 18 项任务的完成时限未写明或无法识别（第 一.1 项、第 一.2 项、第 一.3 项等），请选择 undatedAs：year_end（按年底前完成）或 continuous（全年持续推进）' },
    });
    const handler = await login('handler');
    await expect(call('POST', '/api/admin/key-task-ledgers', handler, { year: 2024, text: SEED_002, undatedAs: null })).resolves.toMatchObject({ status: 403 });
    expect((await call('GET', '/api/admin/key-task-ledgers', head)).body).toEqual([]);
  });

  it('POST /api/admin/key-task-ledgers: imports seed 002 once, and the agency plan beside it', async () => {
    const head = await login('head');
    const city = await call('POST', '/api/admin/key-task-ledgers', head, { year: 2024, text: SEED_002, undatedAs: null });
    expect(city.status).toBe(201);
    // 8 tasks due 2024-12-31 (153 days away: on track), 35 continuous.
    expect(city.body).toMatchObject({ year: 2024, taskCount: 43, overdue: 0, dueSoon: 0, completed: 0, unassigned: 43, today: '2024-08-01', dueSoonDays: 15, canManage: true });
    expect(city.body.tasks.filter((task: { status: string }) => task.status === 'on_track')).toHaveLength(8);
    cityLedger = city.body.id;
    await expect(call('POST', '/api/admin/key-task-ledgers', head, { year: 2024, text: SEED_002, undatedAs: null })).resolves.toMatchObject({
      status: 409,
      body: { message: '2024 年已导入《威海市人民政府办公室关于印发2024年威海市政务公开重点工作及责任分工的通知》，不能重复导入' },
    });
    const own = await call('POST', '/api/admin/key-task-ledgers', head, { year: 2024, text: OWN_PLAN, undatedAs: null });
    expect(own.status).toBe(201);
    ownLedger = own.body.id;
    expect(own.body.tasks.map((task: { number: string; status: string }) => `${task.number} ${task.status}`)).toEqual(['一.1 overdue', '一.2 due_soon', '二 continuous', '三.1 on_track']);
    for (const task of own.body.tasks) tasks[task.number] = task.id;
    expect(own.body.tasks[1]).toMatchObject({ leadUnit: '综合科', units: ['综合科', '办公室'], dueDate: '2024-08-10', deadlineWords: '2024年8月10日前', unitId: null, progress: [] });
  });

  it('PUT /api/admin/key-tasks/{id}/unit: the head assigns tasks to the agency’s units', async () => {
    const head = await login('head');
    const assign = (number: string, unitId: unknown, token = head) => call('PUT', `/api/admin/key-tasks/${tasks[number]}/unit`, token, { unitId });
    await expect(assign('一.1', units.zhk)).resolves.toMatchObject({ status: 200, body: { unitId: units.zhk, unitName: '综合科' } });
    await expect(assign('一.2', units.zhk)).resolves.toMatchObject({ status: 200 });
    await expect(assign('二', units.bgs)).resolves.toMatchObject({ status: 200, body: { unitName: '办公室' } });
    await expect(assign('三.1', 99999)).resolves.toMatchObject({ status: 400, body: { field: 'unitId', message: '承办科室 unitId 不存在或已停用' } });
    await expect(assign('三.1', '综合科')).resolves.toMatchObject({ status: 400, body: { field: 'unitId', message: '承办科室 unitId 必须是科室编号' } });
    await expect(assign('三.1', units.zhk, await login('handler'))).resolves.toMatchObject({ status: 403 });
    const log = await call('GET', '/api/admin/audit-logs?action=key_task.assign', await login('admin'));
    expect(JSON.stringify(log.body)).toContain('第 一.1 项分配给 综合科');
  });

  it('GET /api/admin/key-task-ledgers/{id}: flags, filters, and each unit sees only its own tasks', async () => {
    const head = await login('head');
    const ledger = await call('GET', `/api/admin/key-task-ledgers/${ownLedger}`, head);
    expect(ledger.body).toMatchObject({ taskCount: 4, overdue: 1, dueSoon: 1, unassigned: 1 });
    const numbers = (response: { body: { tasks: { number: string }[] } }) => response.body.tasks.map((task) => task.number);
    expect(numbers(await call('GET', `/api/admin/key-task-ledgers/${ownLedger}?status=overdue`, head))).toEqual(['一.1']);
    expect(numbers(await call('GET', `/api/admin/key-task-ledgers/${ownLedger}?unitId=${units.zhk}`, head))).toEqual(['一.1', '一.2']);
    await expect(call('GET', `/api/admin/key-task-ledgers/${ownLedger}?status=late`, head)).resolves.toMatchObject({ status: 400, body: { field: 'status' } });
    await expect(call('GET', '/api/admin/key-task-ledgers/99999', head)).resolves.toMatchObject({ status: 404, body: { message: '重点工作台账不存在' } });

    // 李承办 is in 综合科, 赵审核 in 办公室: neither manages the ledger.
    const handler = await login('handler');
    const mine = await call('GET', `/api/admin/key-task-ledgers/${ownLedger}`, handler);
    expect(mine.body).toMatchObject({ canManage: false, taskCount: 2, overdue: 1, dueSoon: 1 });
    expect(numbers(mine)).toEqual(['一.1', '一.2']);
    const summaries = (await call('GET', '/api/admin/key-task-ledgers', handler)).body as { id: number; taskCount: number }[];
    expect(summaries.map(({ id, taskCount }) => [id, taskCount])).toEqual([
      [ownLedger, 2],
      [cityLedger, 0],
    ]);
    expect(numbers(await call('GET', `/api/admin/key-task-ledgers/${ownLedger}`, await login('reviewer')))).toEqual(['二']);
  });

  it('POST /api/admin/key-tasks/{id}/progress: the unit reports with evidence; another unit’s task is not theirs', async () => {
    const head = await login('head');
    const handler = await login('handler');
    const policy = (await call('POST', '/api/admin/policies', handler, policyInput())).body as { id: number; title: string };
    const report = (number: string, body: object, token = handler) => call('POST', `/api/admin/key-tasks/${tasks[number]}/progress`, token, body);

    await expect(report('二', { text: '已完成', completed: true, evidence: [] })).resolves.toMatchObject({ status: 404, body: { message: '重点工作任务不存在' } });
    await expect(report('三.1', { text: '已开展自查', completed: false, evidence: [] }, head)).resolves.toMatchObject({ status: 409, body: { message: '该任务尚未分配承办科室，请先由公开办负责人分配' } });
    await expect(report('一.1', { text: ' ', completed: false, evidence: [] })).resolves.toMatchObject({ status: 400, body: { field: 'text', message: '请填写进展情况 text' } });
    await expect(report('一.1', { text: '已更新', completed: 'yes', evidence: [] })).resolves.toMatchObject({ status: 400, body: { field: 'completed' } });
    await expect(report('一.1', { text: '已更新', completed: true, evidence: [{ kind: 'policy', targetId: policy.id }, { kind: 'annual_report', targetId: 2023 }] })).resolves.toMatchObject({
      status: 400,
      body: { field: 'evidence[1].targetId', message: '佐证材料第 2 项：没有 2023 年度的年度报告' },
    });

    const done = await report('一.1', { text: '公开指南已于7月25日更新并在门户网站发布。', completed: true, evidence: [{ kind: 'policy', targetId: policy.id }] });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ status: 'completed', statusLabel: '已完成', completedOn: '2024-08-01' });
    expect(done.body.progress).toEqual([
      {
        id: expect.any(Number),
        reportedAt: '2024-08-01T02:00:00.000Z',
        reporterName: '李承办（综合科·演示）',
        unitName: '综合科',
        text: '公开指南已于7月25日更新并在门户网站发布。',
        completed: true,
        evidence: [{ kind: 'policy', targetId: policy.id, title: policy.title }],
      },
    ]);
    await expect(report('一.2', { text: '配档表已起草，待领导审定。', completed: false, evidence: [] })).resolves.toMatchObject({ status: 201, body: { status: 'due_soon', completedOn: null } });
  });

  it('2024-08-12: a task past its day is flagged overdue; a completed one stays completed', async () => {
    await at('2024-08-12T02:00:00Z');
    const head = await login('head');
    const ledger = await call('GET', `/api/admin/key-task-ledgers/${ownLedger}`, head);
    expect(ledger.body.tasks.map((task: { number: string; status: string }) => `${task.number} ${task.status}`)).toEqual(['一.1 completed', '一.2 overdue', '二 continuous', '三.1 on_track']);
    expect(ledger.body).toMatchObject({ today: '2024-08-12', overdue: 1, dueSoon: 0, completed: 1 });
  });

  it('GET /api/admin/key-task-ledgers/{id}.xlsx: one sheet that reads back with the flags and the latest report', async () => {
    const head = await login('head');
    const response = await fetch(`${server!.baseUrl}/api/admin/key-task-ledgers/${ownLedger}.xlsx`, { headers: { authorization: `Bearer ${head}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet('重点工作台账')!;
    expect(sheet.getCell('A1').value).toBe('2024年重点工作台账：某局2024年政务公开工作任务分工');
    expect(sheet.getCell('A2').value).toBe('截至 2024-08-12：共 4 项，已逾期 1 项，即将到期 0 项，已完成 1 项，未分配 1 项');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '工作任务', '公开事项', '工作内容', '责任单位（文件）', '承办科室', '完成时限', '状态', '最新进展']);
    const column = (letter: string) => [4, 5, 6, 7].map((row) => sheet.getCell(`${letter}${row}`).value);
    expect(column('A')).toEqual(['一.1', '一.2', '二', '三.1']);
    expect(column('F')).toEqual(['综合科', '综合科', '办公室', '未分配']);
    expect(column('G')).toEqual(['2024-06-30（2024年6月底前）', '2024-08-10（2024年8月10日前）', '全年', '2024-09-30（2024年9月底前）']);
    expect(column('H')).toEqual(['已完成', '已逾期', '持续推进', '按期推进']);
    expect(sheet.getCell('I4').value).toBe('2024-08-01 李承办（综合科·演示）：公开指南已于7月25日更新并在门户网站发布。');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    expect((await fetch(`${server!.baseUrl}/api/admin/key-task-ledgers/${ownLedger}.xlsx`)).status).toBe(401);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, StartedServer } from './support/server';

const DEMO_PASSWORD = 'GovOpen@2026';
/** Seed 004: 威海临港经济技术开发区 2017 年政务信息公开工作年度报告, as text. */
const SEED_004 = fs.readFileSync(path.join(ROOT, 'test/fixtures/annual-reports/004-weihai-lingang-report-2017.txt'), 'utf8');
const TITLE_2017 = '威海临港经济技术开发区2017年政务信息公开工作年度报告';

/** Past reports, published before the product, imported as published documents (issue 16); the clock is 2026-01-06. */
describe('POST /api/admin/annual-reports/imports', () => {
  let server: StartedServer;
  const login = async (username: string) => (await server.api().admin.login({ username, password: DEMO_PASSWORD })).token;
  const importReport = (token: string, body: object) => server.request('POST', '/api/admin/annual-reports/imports', { token, body });
  const valid = { year: 2017, title: TITLE_2017, publishedOn: '2018-03-30', text: SEED_004 };

  beforeAll(async () => {
    // 2026-01-06, a Tuesday, 10:00 China time.
    server = await startServer({ CLOCK_NOW: '2026-01-06T02:00:00Z' });
  }, 120_000);
  afterAll(() => server.stop());

  it('the fixture is seed 004 unchanged, and seed 004 is the 2017 report', () => {
    expect(SEED_004).toContain('2017 年政务信息公开工作年度报告');
    const shared = path.resolve(ROOT, '../shared/seeds/004_ed7b93aa1484990f.txt');
    if (fs.existsSync(shared)) expect(fs.readFileSync(shared, 'utf8')).toBe(SEED_004);
  });

  it('only the office head or the system administrator may import', async () => {
    for (const username of ['handler', 'reviewer', 'publisher']) {
      expect((await importReport(await login(username), valid)).status).toBe(403);
    }
    expect((await server.request('POST', '/api/admin/annual-reports/imports', { body: valid })).status).toBe(401);
    expect((await server.request('GET', '/api/annual-reports')).body).toEqual([]);
  });

  it('refuses a year that is not past, an empty text and a bad date, naming the field in Chinese', async () => {
    const head = await login('head');
    const refused = async (body: object, field: string, words: string) => {
      const response = await importReport(head, { ...valid, ...body });
      expect(response.status).toBe(400);
      expect(response.body.field).toBe(field);
      expect(response.body.message).toContain(words);
    };
    await refused({ year: 2027 }, 'year', '2008 年至 2025 年');
    // The year in progress is the product's to generate.
    await refused({ year: 2026 }, 'year', '2008 年至 2025 年');
    await refused({ year: 2007 }, 'year', '2008 年至 2025 年');
    await refused({ text: ' \r\n\n  ' }, 'text', '报告全文');
    await refused({ text: '' }, 'text', '报告全文');
    await refused({ title: '  ' }, 'title', '标题');
    await refused({ publishedOn: '2026-01-07' }, 'publishedOn', '不能晚于今天');
    await refused({ publishedOn: '2017-12-31' }, 'publishedOn', '2017 年度结束之后');
    await refused({ publishedOn: '2018-02-30' }, 'publishedOn', '不是有效日期');
    await refused({ publishedOn: '2018/03/30' }, 'publishedOn', 'YYYY-MM-DD');
    expect((await server.request('GET', '/api/annual-reports')).body).toEqual([]);
  });

  it('imports seed 004 as the published 2017 report, listed as imported', async () => {
    const head = await login('head');
    const created = await importReport(head, valid);
    expect(created.status).toBe(201);
    const summary = {
      year: 2017,
      title: TITLE_2017,
      agencyName: '威海市工业和信息化局',
      // Published on 30 March 2018, China time.
      publishedAt: '2018-03-29T16:00:00.000Z',
      source: 'imported',
      htmlPath: '/api/annual-reports/2017.html',
    };
    expect(created.body).toEqual(summary);
    expect((await server.request('GET', '/api/annual-reports')).body).toEqual([summary]);

    const view = await server.request('GET', '/api/annual-reports/2017');
    expect(view.status).toBe(200);
    expect(view.body).toEqual({ source: 'imported', year: 2017, title: TITLE_2017, agencyName: '威海市工业和信息化局', publishedAt: '2018-03-29T16:00:00.000Z', text: SEED_004.trim() });

    const admin = (await server.request('GET', '/api/admin/annual-reports', { token: head })).body as { year: number; source: string; status: string }[];
    expect(admin.find((report) => report.year === 2017)).toMatchObject({ source: 'imported', status: 'published' });
    // No tables to open or export: the console reads the public page instead.
    for (const suffix of ['', '.docx', '.xlsx']) {
      const refused = await server.request('GET', `/api/admin/annual-reports/2017${suffix}`, { token: head });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('导入的往年报告');
    }
    // Published is final: the draft workflow refuses it.
    expect((await server.request('POST', '/api/admin/annual-reports/2017/submit', { token: head })).status).toBeGreaterThanOrEqual(400);
  });

  it('GET /api/annual-reports/2017.html: the text as published, paragraph by paragraph, dated', async () => {
    const page = await fetch(`${server.baseUrl}/api/annual-reports/2017.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain(`<h1>${TITLE_2017}</h1>`);
    expect(html).toContain('<p>一、 概述</p>');
    expect(html).toContain('<p>二、组织领导和制度建设情况</p>');
    const paragraphs = SEED_004.trim().split(/\n\s*\n/).filter((block) => block.trim()).length;
    expect(html.match(/<p>/g)).toHaveLength(paragraphs);
    expect(html).toContain('<p class="date">2018年3月30日</p>');
  });

  it('refuses a second report for the same year, imported or generated, with a 409 in Chinese', async () => {
    const head = await login('head');
    const duplicate = await importReport(head, { ...valid, title: '重复导入' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toBe('2017年度已有年度报告，不能再导入；如需更正，请联系系统管理员');
    // 2024 has a generated draft once saved.
    const { kind, sections, table2 } = (await server.request('GET', '/api/admin/annual-reports/2024', { token: head })).body;
    const draft = await server.request('PUT', '/api/admin/annual-reports/2024', { token: head, body: { kind, sections, table2 } });
    expect(draft.status).toBe(200);
    const generated = await importReport(head, { ...valid, year: 2024, publishedOn: '2025-01-20' });
    expect(generated.status).toBe(409);
    expect(generated.body.message).toContain('2024年度已有年度报告');
    expect((await server.request('GET', '/api/annual-reports')).body.map((report: { year: number }) => report.year)).toEqual([2017]);
  });

  it('the system administrator imports too; the page escapes the text and keeps its line breaks', async () => {
    const admin = await login('admin');
    const text = '第一段第一行\r\n第一段第二行 <script>alert(1)</script>\r\n\r\n\r\n第二段 & “引号”';
    const created = await importReport(admin, { year: 2016, title: '2016年 <b>年报</b>', publishedOn: '2017-03-31', text });
    expect(created.status).toBe(201);
    expect((await server.request('GET', '/api/annual-reports')).body.map((report: { year: number; source: string }) => [report.year, report.source])).toEqual([
      [2017, 'imported'],
      [2016, 'imported'],
    ]);
    expect((await server.request('GET', '/api/annual-reports/2016')).body.text).toBe('第一段第一行\n第一段第二行 <script>alert(1)</script>\n\n\n第二段 & “引号”');
    const html = await (await fetch(`${server.baseUrl}/api/annual-reports/2016.html`)).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('<h1>2016年 &lt;b&gt;年报&lt;/b&gt;</h1>');
    expect(html).toContain('<p>第一段第一行<br>第一段第二行 &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>第二段 &amp; “引号”</p>');
  });
});

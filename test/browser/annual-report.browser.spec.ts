import { Browser, BrowserContext, Page } from 'playwright-core';
import { citizenApplication, organizationApplication } from '../e2e/support/applications';
import { freePort, restartAt, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, confirmDialog, DEMO_PASSWORD, launchChromium, screenshot, signInStaff } from './support/browser';

// Monday 2026-06-15, 10:00 in China: the year's cases are filed and answered.
const DURING_THE_YEAR = '2026-06-15T02:00:00Z';
// Monday 2027-01-11, 10:00 in China: the 2026 report is due by 31 January (a department, 条例 Art. 49), 20 days left.
const PINNED = '2027-01-11T02:00:00Z';

const TITLE = '威海市工业和信息化局2026年政府信息公开工作年度报告';

/**
 * 政府信息公开工作年度报告, walked by people: the office head opens the 2026 draft, sees the one failing check and what
 * to do about it, enters the missing 行政许可 figure with its source and submits; a reviewer approves; the head
 * publishes it and it is read-only; a resident reads it on a phone in the H5 app; the statistics page draws charts.
 */
describe('annual report journey', () => {
  let server: StartedServer | null = null;
  let browser: Browser;
  let staffContext: BrowserContext;
  let residentContext: BrowserContext;
  let desk: Page;
  let phone: Page;

  const request = async (method: string, path: string, token: string, body?: object) => {
    const response = await server!.request(method, path, { token, body });
    if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const login = async (username: string) => (await server!.api().admin.login({ username, password: DEMO_PASSWORD })).token;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    const port = String(await freePort());
    server = await restartAt(null, { CLOCK_NOW: DURING_THE_YEAR, PORT: port, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    const head = await login('head');
    const file = async (application: object, receivedDate: string, outcome: string | null) => {
      const { id } = await request('POST', '/api/admin/disclosure-requests', head, { ...application, channel: 'mail', receivedDate });
      if (outcome) await request('POST', `/api/admin/disclosure-requests/${id}/actions`, head, { type: 'reply', outcome });
    };
    await file(citizenApplication(), '2026-03-02', 'disclosed');
    await file(citizenApplication(), '2026-04-01', 'partially_disclosed');
    await file(organizationApplication(), '2026-05-06', 'withheld_third_party_rights');
    await file(organizationApplication(), '2026-06-01', 'unavailable_not_held');
    await file(citizenApplication(), '2026-06-12', null);

    server = await restartAt(server, { CLOCK_NOW: PINNED, PORT: port, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    // Most of the draft was written last week: everything but the 行政许可 figure.
    await request('PUT', '/api/admin/annual-reports/2026', await login('head'), {
      kind: 'department',
      sections: {
        一: '2026年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开标准化规范化建设。',
        二: '',
        三: '',
        四: '',
        五: '依申请公开答复文书的说理还不够充分。下一步将统一答复文书模板，加强业务培训。',
        六: '本年度未收取信息处理费。',
      },
      table2: {
        regulations: { issued: 0, repealed: 0, inForce: 0, source: '本机关规章台账' },
        normativeDocuments: { issued: 3, repealed: 1, inForce: 12, source: '规范性文件备案登记簿' },
        licensing: { decisions: null, source: '' },
        punishment: { decisions: 8, source: '行政执法信息平台' },
        enforcement: { decisions: 0, source: '行政执法信息平台' },
        administrativeFees: { amountWanYuan: 0, source: '财务科收费台账' },
      },
    });

    browser = await launchChromium();
    staffContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    residentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    // The console picks the report year and the H5 dates from the browser's clock: the same day as the server.
    await staffContext.clock.setFixedTime(PINNED);
    await residentContext.clock.setFixedTime(PINNED);
    desk = await staffContext.newPage();
    phone = await residentContext.newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the dashboard counts down to the report\'s deadline and links to it', async () => {
    await signInStaff(desk, server!.baseUrl, 'head');
    const countdown = desk.getByTestId('annual-report-countdown');
    await countdown.waitFor();
    expect(await countdown.innerText()).toContain('距公布截止还有 20 天');
    expect(await countdown.innerText()).toContain('2027年1月31日 星期日');
    await screenshot(desk, 'admin-dashboard-report-countdown', { fullPage: false });
    await countdown.getByRole('button', { name: '打开2026年度报告' }).click();
    await desk.waitForURL(/\/admin\/annual-reports\/2026$/);
  });

  it('the head opens the 2026 draft and sees the failing check explained', async () => {
    await desk.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const failing = desk.getByTestId('check-failing');
    await failing.first().waitFor();
    expect(await failing.count()).toBe(1);
    expect(await failing.innerText()).toContain('表二“行政许可”未填写本年处理决定数量');
    expect(await failing.innerText()).toContain('怎么改');
    // Table 三 in the official layout, labels verbatim: 2 + 1 citizens, 2 businesses received; one open at the year's end.
    const table3 = desk.getByTestId('table3');
    expect(await table3.getByRole('rowheader', { name: '4.保护第三方合法权益' }).count()).toBe(1);
    expect(await table3.locator('tr[data-row="一"] td').allInnerTexts()).toEqual(['3', '2', '0', '0', '0', '0', '5']);
    expect(await table3.locator('tr[data-row="四"] td').allInnerTexts()).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(await desk.getByRole('button', { name: '提交审核' }).count()).toBe(0);
    await screenshot(desk, 'admin-annual-report-draft');
  });

  it('…enters the missing 行政许可 figure with its source, and submits', async () => {
    await desk.getByLabel('行政许可 本年处理决定数量').fill('126');
    await desk.getByLabel('行政许可 数据来源').fill('政务服务平台办件统计');
    await desk.getByRole('button', { name: '保存修改' }).click();
    await desk.getByText(/全部 \d+ 项检查均已通过/).waitFor();
    expect(await desk.getByTestId('check-failing').count()).toBe(0);
    await desk.getByRole('button', { name: '提交审核' }).click();
    await desk.getByTestId('report-status').filter({ hasText: '审核中' }).waitFor();
    expect(await desk.getByText('等待其他人员审核').count()).toBe(1);
    await screenshot(desk, 'admin-annual-report-submitted', { fullPage: false });
  });

  it('a reviewer (a second person) approves it', async () => {
    await signInStaff(desk, server!.baseUrl, 'reviewer');
    await desk.goto(`${server!.baseUrl}/admin/annual-reports/2026`);
    await desk.getByRole('button', { name: '审核通过' }).click();
    await desk.getByText('审核已通过，可以公开').first().waitFor();
  });

  it('the head publishes it: read-only, with the frozen note', async () => {
    await signInStaff(desk, server!.baseUrl, 'head');
    await desk.goto(`${server!.baseUrl}/admin/annual-reports/2026`);
    await desk.getByRole('button', { name: '公开', exact: true }).click();
    await confirmDialog(desk);
    await desk.getByTestId('frozen-note').waitFor();
    expect(await desk.getByTestId('report-status').innerText()).toBe('已公开');
    expect(await desk.locator('textarea').count()).toBe(0);
    expect(await desk.getByTestId('table3').getByRole('button').count()).toBe(0);
    await screenshot(desk, 'admin-annual-report-published');
  });

  it('a resident reads the published report on a phone', async () => {
    await phone.goto(`${server!.baseUrl}/h5/#/packages/report/pages/list/index`);
    const item = phone.getByTestId('annual-report-item');
    await item.first().waitFor({ timeout: 20_000 });
    expect(await item.innerText()).toContain(TITLE);
    await screenshot(phone, 'h5-annual-report-list');
    await item.first().click();
    await phone.getByTestId('annual-report-title').waitFor();
    const table3 = phone.getByTestId('report-table-三');
    await table3.locator('table').waitFor();
    expect(await table3.locator('th', { hasText: '4.保护第三方合法权益' }).count()).toBe(1);
    // The wide table scrolls inside its card; the page itself does not.
    const widths = await table3.evaluate((element) => {
      const scroller = element.querySelector('.taro-scroll-view__scroll-x') ?? element;
      return { inner: scroller.scrollWidth, outer: scroller.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(widths.inner).toBeGreaterThan(widths.outer);
    expect(widths.page).toBeLessThanOrEqual(390);
    await screenshot(phone, 'h5-annual-report');
    await table3.scrollIntoViewIfNeeded();
    await screenshot(phone, 'h5-annual-report-table3', { fullPage: false });
  });

  it('the statistics page draws its charts with a table under each', async () => {
    await desk.goto(`${server!.baseUrl}/admin/statistics`);
    await desk.getByRole('heading', { level: 1, name: '统计' }).waitFor();
    await desk.getByTestId('chart').first().locator('canvas').first().waitFor({ timeout: 20_000 });
    expect(await desk.getByTestId('chart').count()).toBeGreaterThanOrEqual(2);
    // The year's five requests: answered on 6-15 were 3-02 (due 3-30), 4-01 (due 4-30) and 5-06 (due 6-02, after 劳动节
    // and its make-up Saturday 5-09) late, 6-01 (due 6-30) on time; 6-12 is still open, past its due date 7-13.
    const year = desk.getByTestId('chart-card').first().locator('tr', { hasText: '全年' });
    expect((await year.locator('td').allInnerTexts()).slice(0, 5)).toEqual(['全年', '5', '4', '1', '4']);
    expect(await desk.getByRole('button', { name: /导出 Excel/ }).isEnabled()).toBe(true);
    await screenshot(desk, 'admin-statistics');
  });
});

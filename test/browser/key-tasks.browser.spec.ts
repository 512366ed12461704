import { Browser, BrowserContext, Page } from 'playwright-core';
import { OWN_PLAN } from '../fixtures/key-tasks/own-plan';
import { freePort, restartAt, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, confirmDialog, launchChromium, screenshot, signInStaff } from './support/browser';

// Thursday 2024-08-01, 10:00 in China: 一.1 (6月底前) is a month late, 一.2 (8月10日前) has 9 days left.
const PINNED = '2024-08-01T02:00:00Z';

/**
 * 重点工作台账, walked by people: the office head pastes the agency's task plan, reads the preview and imports it,
 * assigns two tasks to 综合科; 李承办 of 综合科 sees only those two and reports progress on the late one; the head's
 * ledger shows it flagged 已逾期 with that report beside it.
 */
describe('key-task ledger journey', () => {
  let server: StartedServer | null = null;
  let browser: Browser;
  let context: BrowserContext;
  let desk: Page;

  const ledger = () => desk.getByTestId('key-task-table');
  const row = (number: string) => ledger().locator('.ant-table-row').filter({ has: desk.locator('td:first-child', { hasText: new RegExp(`^${number}$`) }) });
  const numbers = () => ledger().locator('.ant-table-row td:first-child').allInnerTexts();
  const pick = async (label: string, option: string) => {
    await desk.getByRole('combobox', { name: label }).click();
    // The list slides in; a click mid-slide can miss the option on a slow machine.
    const dropdown = desk.locator('.ant-select-dropdown:visible').last();
    await dropdown.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    await dropdown.locator(`.ant-select-item-option[title="${option}"]`).click();
    // …and fades out: a picture taken meanwhile shows (and axe reads) half-transparent options.
    await desk.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
  };

  beforeAll(async () => {
    assertFrontEndsBuilt();
    const port = String(await freePort());
    server = await restartAt(null, { CLOCK_NOW: PINNED, PORT: port, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    // The import dialog offers the browser's year: the same day as the server.
    await context.clock.setFixedTime(PINNED);
    desk = await context.newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the head imports the plan after reading the preview', async () => {
    await signInStaff(desk, server!.baseUrl, 'head');
    await desk.getByRole('menuitem', { name: '重点工作台账' }).click();
    await desk.getByRole('heading', { level: 1, name: '重点工作台账' }).waitFor();
    await desk.getByText('还没有重点工作台账').waitFor();
    await desk.getByRole('button', { name: '导入重点工作文件' }).click();
    await desk.getByLabel(/文件正文/).fill(OWN_PLAN);
    await desk.getByRole('button', { name: '预览识别结果' }).click();
    const preview = desk.getByTestId('key-task-preview');
    await preview.getByText('共识别 4 项任务').waitFor();
    expect(await preview.getByText('2024年6月30日（2024年6月底前）').count()).toBe(1);
    await screenshot(desk, 'admin-key-tasks-import-preview', { fullPage: false });
    await desk.getByRole('button', { name: '确认导入' }).click();
    await desk.getByText('已导入 4 项任务').waitFor();
    await row('三.1').waitFor();
    expect(await numbers()).toEqual(['一.1', '一.2', '二', '三.1']);
  });

  it('…assigns 一.1 and 一.2 to 综合科, and sees the flags', async () => {
    await pick('第 一.1 项的承办科室', '综合科');
    await desk.getByText('第 一.1 项已分配给综合科').waitFor();
    await pick('第 一.2 项的承办科室', '综合科');
    await desk.getByText('第 一.2 项已分配给综合科').waitFor();
    expect(await row('一.1').getByTestId('key-task-status').innerText()).toBe('已逾期');
    expect(await row('一.2').getByTestId('key-task-status').innerText()).toBe('即将到期');
    expect(await desk.getByTestId('key-task-summary').innerText()).toContain('未分配 2 项');
    await screenshot(desk, 'admin-key-tasks-assigned');
  });

  it('李承办 of 综合科 sees only his unit\'s tasks and reports progress on the late one', async () => {
    await signInStaff(desk, server!.baseUrl, 'handler');
    await desk.goto(`${server!.baseUrl}/admin/key-tasks`);
    await row('一.2').waitFor();
    expect(await numbers()).toEqual(['一.1', '一.2']);
    expect(await desk.getByRole('button', { name: '导入重点工作文件' }).count()).toBe(0);
    await desk.getByRole('button', { name: '填报进展：第 一.1 项' }).click();
    await desk.getByLabel('进展情况').fill('公开指南已修订，待局长办公会审定后发布。');
    await confirmDialog(desk, /提\s*交/);
    await desk.getByText('进展已填报').waitFor();
    await row('一.1').getByTestId('key-task-latest').filter({ hasText: '公开指南已修订' }).waitFor();
    await screenshot(desk, 'admin-key-tasks-unit-reported');
  });

  it('the head filters the ledger to what is late and reads the report beside the flag', async () => {
    await signInStaff(desk, server!.baseUrl, 'head');
    await desk.goto(`${server!.baseUrl}/admin/key-tasks`);
    await row('三.1').waitFor();
    await pick('按状态筛选', '已逾期');
    await ledger().locator('.ant-table-row').nth(1).waitFor({ state: 'detached' });
    expect(await numbers()).toEqual(['一.1']);
    expect(await row('一.1').getByTestId('key-task-status').innerText()).toBe('已逾期');
    expect(await row('一.1').getByTestId('key-task-latest').innerText()).toBe('2024年8月1日 李承办（综合科·演示）：公开指南已修订，待局长办公会审定后发布。');
    await screenshot(desk, 'admin-key-tasks-overdue');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort, ROOT, startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot, signInStaff } from './support/browser';

// Tuesday 2026-01-06, 10:00 in China.
const PINNED = '2026-01-06T02:00:00Z';
/** Seed 004: 威海临港经济技术开发区 2017 年政务信息公开工作年度报告, as text. */
const SEED_004 = fs.readFileSync(path.join(ROOT, 'test/fixtures/annual-reports/004-weihai-lingang-report-2017.txt'), 'utf8');
const TITLE = '威海临港经济技术开发区2017年政务信息公开工作年度报告';

/**
 * 导入往年报告, walked: the office head pastes the 2017 report (seed 004) into the console's import dialog, is told
 * plainly when the year is taken, and a resident reads its text on a phone.
 */
describe('past annual report import journey', () => {
  let server: StartedServer;
  let browser: Browser;
  let staffContext: BrowserContext;
  let residentContext: BrowserContext;
  let desk: Page;
  let phone: Page;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    server = await startServer({ CLOCK_NOW: PINNED, PORT: String(await freePort()), STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    staffContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    residentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    await staffContext.clock.setFixedTime(PINNED);
    await residentContext.clock.setFixedTime(PINNED);
    desk = await staffContext.newPage();
    phone = await residentContext.newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const fillImport = async (year: string) => {
    await desk.getByRole('button', { name: '导入往年报告' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('报告年度').fill(year);
    await dialog.getByLabel('报告标题').fill(TITLE);
    await dialog.getByLabel('公开日期').fill('2018-03-30');
    await dialog.getByLabel('公开日期').press('Enter');
    await dialog.getByLabel('报告全文').fill(SEED_004);
    await dialog.getByRole('button', { name: /导入并公开/ }).click();
    return dialog;
  };

  it('the head imports the 2017 report and the console points to its public page', async () => {
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.goto(`${server.baseUrl}/admin/annual-reports/2025`);
    await desk.getByRole('button', { name: '导入往年报告' }).waitFor();
    await fillImport('2017');
    await desk.waitForURL(/\/admin\/annual-reports\/2017$/);
    await desk.getByText('2017年度报告为导入的往年报告').waitFor();
    expect(await desk.getByRole('link', { name: '查看公开页面' }).getAttribute('href')).toBe('/api/annual-reports/2017.html');
    await screenshot(desk, 'admin-annual-report-imported', { fullPage: false });
  });

  it('importing the same year again is refused in the dialog, in Chinese', async () => {
    const dialog = await fillImport('2017');
    const error = dialog.getByTestId('import-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('2017年度已有年度报告，不能再导入');
  });

  it('a resident finds it in the list as the original text, and reads its paragraphs', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/packages/report/pages/list/index`);
    const item = phone.getByTestId('annual-report-item');
    await item.first().waitFor({ timeout: 20_000 });
    expect(await item.innerText()).toContain(TITLE);
    expect(await item.innerText()).toContain('往年报告原文');
    await item.first().click();
    const text = phone.getByTestId('report-imported-text');
    await text.waitFor();
    expect(await text.innerText()).toContain('二、组织领导和制度建设情况');
    expect(await phone.getByTestId('annual-report-title').innerText()).toBe(TITLE);
    expect(await phone.getByTestId('report-table-三').count()).toBe(0);
    await screenshot(phone, 'h5-annual-report-imported');
  });
});

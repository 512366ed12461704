import { Browser, Page } from 'playwright-core';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot } from './support/browser';

describe('H5 mini-program', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    server = await startServer({ STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens on the home page and says whether today is a working day, as the calendar does', async () => {
    await page.goto(`${server.baseUrl}/h5/`);
    const status = page.getByTestId('today-status');
    await status.waitFor({ timeout: 20_000 });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const { body } = await server.request('GET', `/api/calendar/days/${today}`);
    expect(await status.innerText()).toContain(body.working ? '今天是工作日' : '今天是休息日');
    await screenshot(page, 'h5-home');
  });

  it('signs the resident in (dev login) on the 我的 tab', async () => {
    await page.getByText('我的', { exact: true }).last().click();
    await page.getByTestId('signed-in').waitFor({ timeout: 15_000 });
    expect(await page.getByText(/用户编号 \d{6}/).count()).toBe(1);
    await screenshot(page, 'h5-me');
  });

  it('computes a due date with the holidays taken out', async () => {
    await page.goto(`${server.baseUrl}/h5/#/packages/tools/pages/workday/index?from=2024-09-27&days=20`);
    const result = page.getByTestId('due-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toContain('2024年10月30日 星期三');
    await screenshot(page, 'h5-workday');
  });

  it('says plainly when the calendar has no data for the year', async () => {
    await page.goto(`${server.baseUrl}/h5/#/packages/tools/pages/workday/index?from=2026-12-20&days=20`);
    await page.getByText(/尚未录入 2027 年/).waitFor({ timeout: 15_000 });
  });
});

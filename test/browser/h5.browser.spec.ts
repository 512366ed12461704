import { Browser, Page } from 'playwright-core';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot, watchCspViolations } from './support/browser';

// Sunday 2024-09-29, 10:00 in China: a make-up working day for National Day (国务院办公厅关于2024年部分节假日安排的通知:
// 9月29日（星期日）、10月12日（星期六）上班; test/fixtures/state-council-holidays.ts), so a weekday rule calls it a rest day.
const PINNED = '2024-09-29T02:00:00Z';

describe('H5 mini-program', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];

  beforeAll(async () => {
    assertFrontEndsBuilt();
    server = await startServer({ CLOCK_NOW: PINNED, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    cspViolations = watchCspViolations(page);
    // The home card and the calculator's default start read "today" from the phone, not from the server.
    await page.clock.setFixedTime(PINNED);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens on the home page and says a make-up Sunday is a working day', async () => {
    await page.goto(`${server.baseUrl}/h5/`);
    const status = page.getByTestId('today-status');
    await status.waitFor({ timeout: 20_000 });
    expect(await page.getByText('2024年9月29日 星期日').count()).toBe(1);
    expect(await status.innerText()).toContain('今天是工作日');
    await screenshot(page, 'h5-home');
  });

  it('signs the resident in (dev login) on the 我的 tab', async () => {
    await page.getByText('我的', { exact: true }).last().click();
    await page.getByTestId('signed-in').waitFor({ timeout: 15_000 });
    expect(await page.getByText(/用户编号 \d{6}/).count()).toBe(1);
    await screenshot(page, 'h5-me');
  });

  it('computes a due date with the holidays taken out', async () => {
    // 20 working days from Friday 09-27: 09-29 (make-up) and 09-30, none in 10-01…10-07, then 10-08 on with the
    // make-up Saturday 10-12 counted; the 20th is Wednesday 10-30.
    await page.goto(`${server.baseUrl}/h5/#/packages/tools/pages/workday/index?from=2024-09-27&days=20`);
    const result = page.getByTestId('due-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toContain('2024年10月30日 星期三');
    await screenshot(page, 'h5-workday');
  });

  it('starts the count from today when no date is given', async () => {
    // From Sunday 09-29, day 1 is 09-30; after the holiday 10-08 is day 2 and 10-12 day 6; the 20th is Thursday 10-31.
    await page.goto(`${server.baseUrl}/h5/#/packages/tools/pages/workday/index`);
    expect(await page.getByTestId('from-date').innerText()).toBe('2024年9月29日 星期日');
    await page.getByText('答复期限 20 日').click();
    const result = page.getByTestId('due-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toContain('2024年10月31日 星期四');
  });

  it('says plainly when the calendar has no data for the year', async () => {
    await page.goto(`${server.baseUrl}/h5/#/packages/tools/pages/workday/index?from=2026-12-20&days=20`);
    await page.getByText(/尚未录入 2027 年/).waitFor({ timeout: 15_000 });
  });

  it('ran under the Content Security Policy the server sends (the inline sizing script by its hash), nothing blocked', async () => {
    const response = await page.goto(`${server.baseUrl}/h5/`);
    const policy = response!.headers()['content-security-policy'];
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(cspViolations).toEqual([]);
  });
});

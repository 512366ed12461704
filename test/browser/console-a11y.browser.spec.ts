import { Browser, Page } from 'playwright-core';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot, signInStaff } from './support/browser';

// Wednesday 2024-10-16, 10:00 in China.
const PINNED = '2024-10-16T02:00:00Z';

/** The staff console by keyboard and screen reader: a skip link first, a title and one h1 per page, focus always visible. */
describe('console accessibility', () => {
  let server: StartedServer;
  let browser: Browser;
  let desk: Page;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    server = await startServer({ CLOCK_NOW: PINNED, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    desk = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await desk.clock.setFixedTime(PINNED);
    await signInStaff(desk, server.baseUrl, 'head');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const h1s = () => desk.locator('h1').allInnerTexts();
  const focused = () => desk.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', id: document.activeElement?.id ?? '' }));

  it('the first Tab stop is 跳到主要内容, and it moves focus past the menu to the page', async () => {
    await desk.goto(`${server.baseUrl}/admin/`);
    await desk.getByTestId('today-working').waitFor();
    await desk.keyboard.press('Tab');
    expect((await focused()).text).toBe('跳到主要内容');
    await screenshot(desk, 'admin-skip-link', { fullPage: false });
    await desk.keyboard.press('Enter');
    expect((await focused()).id).toBe('main-content');
    expect(desk.url()).toBe(`${server.baseUrl}/admin/`);
  });

  it('focus is visible: a focused control draws a 2 px outline', async () => {
    await desk.goto(`${server.baseUrl}/admin/`);
    await desk.getByTestId('today-working').waitFor();
    await desk.keyboard.press('Tab');
    const outline = await desk.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline).toEqual({ style: 'solid', width: '2px' });
  });

  it('the dashboard\'s 依申请 figures are links the keyboard opens: 已逾期 → the overdue tab', async () => {
    await desk.goto(`${server.baseUrl}/admin/`);
    const overdue = desk.getByTestId('figure-overdue');
    await overdue.waitFor();
    expect(await desk.getByTestId('disclosure-figures').innerText()).toMatch(/待登记[\s\S]*即将到期（5 个工作日内到期）[\s\S]*已逾期/);
    await screenshot(desk, 'admin-dashboard-disclosure-figures');
    await overdue.focus();
    await desk.keyboard.press('Enter');
    await desk.getByRole('heading', { level: 1, name: '依申请公开办件' }).waitFor();
    expect(new URL(desk.url()).searchParams.get('queue')).toBe('overdue');
  });

  it.each`
    path                      | title                          | heading
    ${'/admin/'}              | ${'工作台 - 政务公开通'}        | ${'您好，王公开（公开办负责人·演示）'}
    ${'/admin/calendar'}      | ${'工作日历 - 政务公开通'}      | ${'工作日历'}
    ${'/admin/disclosure-requests'} | ${'依申请公开办件 - 政务公开通'} | ${'依申请公开办件'}
    ${'/admin/disclosure-guide'} | ${'政府信息公开指南 - 政务公开通'} | ${'政府信息公开指南'}
    ${'/admin/letter-templates'} | ${'文书模板 - 政务公开通'}     | ${'文书模板'}
  `('$path is titled "$title" with one h1', async ({ path, title, heading }) => {
    await desk.goto(`${server.baseUrl}${path}`);
    await desk.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await desk.title()).toBe(title);
    expect(await h1s()).toEqual([heading]);
  });

  it('the title follows the route when the clerk moves on through the menu', async () => {
    await desk.goto(`${server.baseUrl}/admin/`);
    await desk.getByTestId('today-working').waitFor();
    await desk.getByRole('menuitem', { name: /工作日历/ }).click();
    await desk.getByRole('heading', { level: 1, name: '工作日历' }).waitFor();
    expect(await desk.title()).toBe('工作日历 - 政务公开通');
    await desk.getByRole('menuitem', { name: /主动公开目录/ }).click();
    await desk.getByRole('heading', { level: 1, name: '主动公开基本目录' }).waitFor();
    expect(await desk.title()).toBe('主动公开基本目录 - 政务公开通');
    expect(await h1s()).toEqual(['主动公开基本目录']);
  });
});

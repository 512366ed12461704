import { Browser, Page } from 'playwright-core';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot } from './support/browser';

describe('admin console', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    // A pinned "today" in November with no 2027 schedule: the dashboard must warn.
    server = await startServer({ CLOCK_NOW: '2026-11-22T02:00:00Z', STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses a wrong password in Chinese, then signs the admin in to the dashboard with the calendar warning', async () => {
    await page.goto(`${server.baseUrl}/admin/`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: '用户名或密码错误' }));

    await page.getByLabel('密码').fill('GovOpen@2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expectVisible(page.getByTestId('current-user').filter({ hasText: '系统管理员（演示）' }));
    await expectVisible(page.getByText('威海市工业和信息化局'));
    await expectVisible(page.getByTestId('calendar-warning').filter({ hasText: '尚未录入 2027 年节假日安排' }));
    await screenshot(page, 'admin-dashboard');
  });

  it('enters the 2027 元旦 holidays in the calendar editor; the API then answers them and the warning is gone', async () => {
    await page.getByRole('button', { name: '去录入' }).click();
    await expectVisible(page.getByText('2027 年尚未录入'));
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill('2027-01-01');
    await page.getByPlaceholder('结束日期').fill('2027-01-03');
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('如：春节').fill('元旦');
    await page.getByRole('button', { name: '添加到日历' }).click();
    await expectVisible(page.getByText('放假 3 天'));
    await page.getByRole('button', { name: /保存 2027 年安排/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await expectVisible(page.getByText('2027 年节假日安排已保存'));
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await screenshot(page, 'admin-calendar', { fullPage: false });

    const { body } = await server.request('GET', '/api/calendar/days/2027-01-01');
    expect(body).toEqual({ date: '2027-01-01', working: false, name: '元旦' });
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await expectVisible(page.getByText('在用科室'));
    expect(await page.getByTestId('calendar-warning').count()).toBe(0);
  });

  it('adds a unit that then appears in the list, and shows the audit trail of it all', async () => {
    await page.getByRole('menuitem', { name: '科室管理' }).click();
    await page.getByRole('button', { name: /新增科室/ }).click();
    await page.getByLabel('科室名称').fill('节能与综合利用科');
    await page.getByLabel('科室编码').fill('jnzhk');
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await expectVisible(page.getByRole('cell', { name: '节能与综合利用科' }));

    await page.getByRole('menuitem', { name: '人员管理' }).click();
    await expectVisible(page.getByText('演示账号').first());

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await expectVisible(page.getByText('录入年度日历'));
    await expectVisible(page.getByRole('cell', { name: '节能与综合利用科' }));
    await screenshot(page, 'admin-audit');
  });
});

async function expectVisible(locator: ReturnType<Page['getByText']>): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
}

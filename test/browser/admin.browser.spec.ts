import { Browser, Page } from 'playwright-core';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot, watchCspViolations } from './support/browser';

describe('admin console', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];

  beforeAll(async () => {
    assertFrontEndsBuilt();
    // A pinned "today" in November with no 2027 schedule: the dashboard must warn.
    server = await startServer({ CLOCK_NOW: '2026-11-22T02:00:00Z', STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    cspViolations = watchCspViolations(page);
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
    // The tile names the gap, not the range of years entered (2004–2026).
    expect(await page.getByTestId('calendar-tile').innerText()).toContain('缺少 2027 年的节假日安排');
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
    await page.getByRole('menuitem', { name: /(^| )工作台$/ }).click();
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

  it('edits a letter template: a typo is refused, the fix is saved and previewed', async () => {
    await page.goto(`${server.baseUrl}/admin/letter-templates`);
    await page.getByRole('menuitem', { name: /补正申请告知书/ }).click();
    const body = page.getByLabel('模板正文');
    await expectVisible(page.getByTestId('template-preview').filter({ hasText: '请写明所需文件的发文年份和文号' }));
    await body.fill('请于{{补正期限}}前补正：{{补正内容}}（受理编号 {{受理编码}}）');
    await page.getByRole('button', { name: '保存模板' }).click();
    await expectVisible(page.getByTestId('template-error').filter({ hasText: '未知的占位符 {{受理编码}}' }));
    await body.fill('请于{{补正期限}}前补正：{{补正内容}}（受理编号 {{受理编号}}）\n联系电话：0631-5287000');
    await page.getByRole('button', { name: '保存模板' }).click();
    await expectVisible(page.getByRole('menuitem', { name: /补正申请告知书.*已修改/ }));
    await expectVisible(page.getByTestId('template-preview').filter({ hasText: '请于2024年10月18日前补正' }));
    await screenshot(page, 'admin-letter-templates');
  });
  it('ran under the Content Security Policy the server sends, with nothing blocked', async () => {
    const response = await page.goto(`${server.baseUrl}/admin/`);
    const policy = response!.headers()['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(cspViolations).toEqual([]);
  });
});

async function expectVisible(locator: ReturnType<Page['getByText']>): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
}

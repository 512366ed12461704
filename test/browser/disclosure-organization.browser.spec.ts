import { Browser, Page } from 'playwright-core';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot, confirmDialog } from './support/browser';

const DEMO_PASSWORD = 'GovOpen@2026';

/** An enterprise files as 法人, then files the same request again; staff see the duplicate and answer 重复申请. */
describe('依申请公开 journey: 法人 with a duplicate request', () => {
  let server: StartedServer;
  let browser: Browser;
  let phone: Page;
  let desk: Page;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    server = await startServer({ CLOCK_NOW: '2025-03-03T02:00:00Z', STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })).newPage();
    desk = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function fileAsEnterprise(): Promise<number> {
    await phone.goto(`${server.baseUrl}/h5/#/packages/disclosure/pages/apply/index`);
    const accept = phone.getByText('同意并继续');
    if (await accept.isVisible().catch(() => false)) await accept.click();
    await phone.getByLabel('法人或其他组织').click();
    const field = (label: string) => phone.getByLabel(label).locator('input, textarea').first();
    await field('申请人名称').fill('威海某某科技有限公司');
    await field('统一社会信用代码').fill('9144030071526726XA');
    await phone.getByText('统一社会信用代码校验位不正确，请核对').waitFor();
    await field('统一社会信用代码').fill('9144030071526726XG');
    await field('法定代表人').fill('李四');
    await field('联系人').fill('王五');
    await field('联系电话').fill('13912345678');
    await field('通信地址').fill('山东省威海市高区火炬路 8 号');
    await field('电子邮箱').fill('office@example.cn');
    await field('信息名称').fill('2025年专精特新中小企业认定名单');
    await field('内容描述').fill('申请公开2025年度本市专精特新中小企业认定的企业名单及认定依据。');
    const pledge = phone.getByText('本人承诺所填信息真实');
    await pledge.click();
    await phone.getByText('提交申请', { exact: true }).click();
    await phone.getByTestId('created').waitFor({ timeout: 20_000 });
    return Number(new URL(phone.url().replace('#', '')).searchParams.get('id'));
  }

  it('files the same request twice; the office sees the duplicate and answers 重复申请', async () => {
    const first = await fileAsEnterprise();
    const second = await fileAsEnterprise();
    expect(second).not.toBe(first);

    await desk.goto(`${server.baseUrl}/admin/login`);
    await desk.getByLabel('用户名').fill('head');
    await desk.getByLabel('密码').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: /登\s*录/ }).click();
    await desk.getByTestId('current-user').waitFor();
    await desk.goto(`${server.baseUrl}/admin/disclosure-requests/${second}`);
    await desk.getByText(/疑似重复申请/).waitFor();

    await desk.getByTestId('actions').getByRole('button', { name: '登记受理', exact: true }).click();
    await confirmDialog(desk);
    await desk.getByText('登记受理：已完成').first().waitFor();
    await desk.getByTestId('actions').getByRole('button', { name: '答复', exact: true }).click();
    await desk.locator('.ant-modal:visible .ant-select').first().click();
    await desk.keyboard.type('重复申请');
    await desk.locator('.ant-select-dropdown:visible').getByText(/三（五）2 不予处理 — 重复申请/).click();
    await confirmDialog(desk);
    await desk.getByText('答复：已完成').first().waitFor();
    await screenshot(desk, 'journey-admin-duplicate', { fullPage: false });

    await phone.goto(`${server.baseUrl}/h5/#/packages/disclosure/pages/detail/index?id=${second}`);
    await phone.getByText('答复结果：重复申请').waitFor({ timeout: 15_000 });
    await screenshot(phone, 'journey-h5-duplicate', { fullPage: false });
  });
});

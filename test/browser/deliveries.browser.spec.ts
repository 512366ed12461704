import { Browser, Page } from 'playwright-core';
import { citizenApplication } from '../e2e/support/applications';
import { FakeWechat, startFakeWechat } from '../e2e/support/fake-wechat';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, DEMO_PASSWORD, launchChromium, screenshot, signInStaff, watchCspViolations } from './support/browser';

/**
 * 送达情况 as the office head reads it on Monday 2026-11-23: one applicant's 受理 notice reached WeChat, another's was
 * refused for a field (47003); the head sends the refused one again from the console and sees each case's notices
 * on its workbench. Then a resident of the H5 build reads in 我的 how notices reach them (the app only).
 */
describe('notice delivery in the console and the app', () => {
  let server: StartedServer;
  let wechat: FakeWechat;
  let browser: Browser;
  let desk: Page;
  let cspViolations: string[];
  let refusedCase: number;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    wechat = await startFakeWechat();
    server = await startServer({
      CLOCK_NOW: '2026-11-23T02:00:00Z',
      STATIC_H5_DIR: '',
      STATIC_ADMIN_DIR: '',
      WECHAT_APPID: 'wx-test-app',
      WECHAT_SECRET: 'test-secret',
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_SUBSCRIBE_TEMPLATES: JSON.stringify({ disclosure_progress: 'tmpl-progress' }),
    });
    const head = (await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token;
    const cases: number[] = [];
    for (const openid of ['oDelivered', 'oRefusedField']) {
      const token = (await server.request('POST', '/api/auth/wechat', { body: { code: `ok-${openid}` } })).body.token;
      await server.request('POST', '/api/wechat/subscriptions', { token, body: { results: { 'tmpl-progress': 'accept' } } });
      const filed = await server.request('POST', '/api/disclosure-requests', { token, body: citizenApplication({ title: openid === 'oDelivered' ? '2025年工业企业技术改造项目名单' : '2025年专精特新中小企业认定名单' }) });
      await server.request('POST', `/api/admin/disclosure-requests/${filed.body.id}/actions`, { token: head, body: { type: 'register' } });
      cases.push(filed.body.id);
      wechat.failNextSends(openid === 'oDelivered' ? 0 : 47003);
      await server.request('POST', '/api/admin/deliveries/run', { token: head });
    }
    refusedCase = cases[1];
    browser = await launchChromium();
    desk = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    cspViolations = watchCspViolations(desk);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await wechat?.close();
  });

  it('lists what needs a look with WeChat’s reason, and sends a refused notice again', async () => {
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.getByRole('menuitem', { name: '送达情况' }).click();
    const row = desk.getByRole('row').filter({ hasText: '2025年专精特新中小企业认定名单' });
    await row.getByText('模板字段 thing1 的内容不符合微信要求（47003）').waitFor();
    await row.getByText('发送失败').waitFor();
    expect(await desk.getByRole('row').filter({ hasText: '2025年工业企业技术改造项目名单' }).count()).toBe(0);
    await screenshot(desk, 'deliveries-attention', { fullPage: false });

    await desk.getByText('已送达微信', { exact: true }).last().click();
    await desk.getByRole('row').filter({ hasText: '2025年工业企业技术改造项目名单' }).getByText('送达：2026-11-23 10:00').waitFor();

    await desk.getByText('需处理', { exact: true }).last().click();
    await row.getByRole('button', { name: '重新发送' }).click();
    await desk.getByRole('tooltip').getByRole('button', { name: /重新发送/ }).click();
    await desk.getByText('已重新排队发送').waitFor();
    await desk.getByText('没有需要处理的通知').waitFor();
  });

  it('shows a case’s notices and their WeChat state on its workbench', async () => {
    await desk.goto(`${server.baseUrl}/admin/disclosure-requests/${refusedCase}`);
    const card = desk.getByTestId('case-deliveries');
    await card.getByText('申请已受理').waitFor();
    await card.getByText('待发送').waitFor();
    await screenshot(desk, 'deliveries-case', { fullPage: false });
    expect(cspViolations).toEqual([]);
  });

  it('tells an H5 resident in 我的 that notices reach them in the app', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    await phone.goto(`${server.baseUrl}/h5/#/pages/me/index`);
    const reach = phone.getByTestId('reach');
    await reach.getByText('依申请公开办理进度').waitFor({ timeout: 20_000 });
    expect(await reach.innerText()).toContain('在“消息”中查看');
    // The browser build cannot receive WeChat messages, so it offers none.
    expect(await reach.getByText('接收微信通知').count()).toBe(0);
    await screenshot(phone, 'deliveries-h5-me', { fullPage: true });
  });
});

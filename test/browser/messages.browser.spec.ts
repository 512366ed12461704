import { Browser, BrowserContext, Page } from 'playwright-core';
import { TestDatabase } from '../e2e/support/database';
import { freePort, startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, confirmDialog, DEMO_PASSWORD, launchChromium, screenshot, signInStaff } from './support/browser';

const TITLE = '技改项目备案后多久可以开工';

/**
 * 网民留言 and 意见征集 as people walk them. Monday 2026-11-30: a resident asks a public 咨询 in the H5 app (3
 * working days: due Thursday 12-03); the 公开办 dispatches it to the unit the routing suggests; that unit's handler
 * claims it and replies from a template the same day; the resident rates the reply; the public board and the month's
 * figures show it. Then a resident comments on an article of a draft; after the window closes (the server restarts
 * on 12-11) staff record the decision date, decide on the comment and publish the 采纳情况, and the resident reads what
 * became of it.
 */
describe('message board and consultation journeys', () => {
  let server: StartedServer;
  let database: TestDatabase;
  let port: string;
  let browser: Browser;
  let residentContext: BrowserContext;
  let staffContext: BrowserContext;
  let phone: Page;
  let desk: Page;
  let consultationId: number;

  async function moveClockTo(isoInstant: string): Promise<void> {
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: isoInstant, PORT: port, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' }, server ? database : undefined);
    database = server.database;
  }


  const confirm = () => confirmDialog(desk, /确\s*定|分\s*办|发\s*布/);

  beforeAll(async () => {
    assertFrontEndsBuilt();
    port = String(await freePort());
    await moveClockTo('2026-11-30T02:00:00Z');
    const api = server.api((await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token);
    const units = await api.admin.units.list();
    const planning = units.find((unit) => unit.name === '规划与技术改造科')!;
    const settings = await api.admin.messages.settings();
    await api.admin.messages.saveSettings({ ...settings, units: settings.units.map((unit) => (unit.unitId === planning.id ? { ...unit, keywords: ['技改', '备案'] } : unit)) });
    const admin = server.api((await server.api().admin.login({ username: 'admin', password: DEMO_PASSWORD })).token);
    await admin.admin.staff.create({ username: 'planner', displayName: '周规划', password: 'Planning#2026ok', unitId: planning.id, roles: ['handler' as never] });
    browser = await launchChromium();
    residentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    staffContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    // The phone's "today" (which month's figures the board opens on) is the server's pinned day.
    await residentContext.clock.setFixedTime(new Date('2026-11-30T02:00:00Z'));
    phone = await residentContext.newPage();
    desk = await staffContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a resident posts a public 咨询 in the H5 app and is told when to expect the reply', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/packages/message/pages/boards/index`);
    await phone.getByText('暂无公开的留言答复').waitFor();
    await phone.locator('.board-tab').getByText('咨询', { exact: true }).click();
    await phone.getByText('我要留言', { exact: true }).click();
    expect(await phone.getByLabel('留言类别').innerText()).toContain('咨询');
    await phone.getByLabel('标题').locator('input').fill(TITLE);
    // Markup in a message is text: it must show as typed and never run.
    await phone.getByLabel('留言内容').locator('textarea').fill('我公司技改项目已完成备案，请问还需要哪些审批才能开工？<img src=x onerror="window.__pwned=1">');
    await phone.getByLabel('称呼').locator('input').fill('张先生');
    await phone.getByLabel('联系电话').locator('input').fill('13812345678');
    await screenshot(phone, 'messages-h5-write', { fullPage: false });
    await phone.getByText('提交留言', { exact: true }).click();
    await phone.getByText('留言已提交').waitFor({ timeout: 20_000 });
    await phone.getByText(/我们最晚将在 2026年12月3日 星期四 前答复您/).waitFor();
    expect(await phone.getByTestId('message-detail').innerText()).toContain('onerror="window.__pwned=1"');
    expect(await phone.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(phone, 'messages-h5-submitted', { fullPage: false });
  });

  it('the 公开办 dispatches it to the suggested unit; that unit claims and answers from a template with a public preview', async () => {
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.goto(`${server.baseUrl}/admin/messages?queue=dispatching`);
    await desk.getByText(TITLE).click();
    await desk.getByTestId('suggested-units').getByText('分办给 规划与技术改造科').click();
    await confirm();
    await desk.getByTestId('message-status').getByText('已转办理单位').waitFor();
    await screenshot(desk, 'messages-admin-dispatched', { fullPage: false });

    await signInStaff(desk, server.baseUrl, 'planner', 'Planning#2026ok');
    await desk.goto(`${server.baseUrl}/admin/messages`);
    await desk.getByText('剩 3 个工作日').waitFor();
    await desk.getByText(TITLE).click();
    await desk.getByTestId('message-actions').getByRole('button', { name: '认领', exact: true }).click();
    await confirm();
    await desk.getByTestId('message-status').getByText('办理中').waitFor();
    await desk.getByRole('combobox', { name: '答复模板' }).click();
    await desk.locator('.ant-select-dropdown:visible').getByText('咨询答复', { exact: true }).click();
    const reply = desk.getByLabel('答复内容');
    await reply.fill('您好！项目备案后，涉及用地、规划、环评的还须依法办理相关手续，手续齐全后即可开工。');
    expect(await desk.getByTestId('public-preview').innerText()).toMatch(/受理日期\s*2026-11-30[\s\S]*答复部门\s*规划与技术改造科[\s\S]*手续齐全后即可开工/);
    expect(await desk.getByTestId('public-preview').innerText()).not.toContain('张先生');
    await screenshot(desk, 'messages-admin-reply', { fullPage: true });
    await desk.getByRole('button', { name: '提交答复' }).click();
    await desk.getByTestId('message-status').getByText('已答复').waitFor();
    await desk.getByText('已公开', { exact: true }).waitFor();
  });

  it('the resident reads the reply and rates it; the public board and the month’s figures show it', async () => {
    await phone.reload();
    await phone.getByTestId('message-reply').getByText(/手续齐全后即可开工/).waitFor({ timeout: 20_000 });
    await phone.getByLabel('满意', { exact: true }).click();
    await phone.getByLabel('评价意见').locator('textarea').fill('答复及时');
    await phone.getByText('提交评价', { exact: true }).click();
    await phone.getByText('满意：答复及时').waitFor();
    await screenshot(phone, 'messages-h5-rated', { fullPage: true });

    await phone.goto(`${server.baseUrl}/h5/#/packages/message/pages/boards/index?board=inquiry`);
    const card = phone.getByTestId('public-message').filter({ hasText: TITLE });
    await card.waitFor({ timeout: 20_000 });
    expect(await card.innerText()).toMatch(/受理日期\s*2026-11-30[\s\S]*答复部门\s*规划与技术改造科/);
    expect(await card.innerText()).not.toContain('张先生');
    const stats = await phone.getByTestId('message-stats').innerText();
    expect(stats).toMatch(/2026年11月咨询办理情况/);
    expect(stats.replace(/\s+/g, ' ')).toMatch(/1 受理 1 答复 100% 按时答复率 100% 满意率/);
    await screenshot(phone, 'messages-h5-board', { fullPage: false });
  });

  it('a resident comments on an article of a draft; after the window staff publish the 采纳情况 and the resident sees it', async () => {
    const head = server.api((await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token);
    const created = await head.admin.consultations.create({
      title: '《威海市中小企业数字化转型补贴资金管理办法（征求意见稿）》公开征求意见',
      draft: '第一条 为规范补贴资金管理，制定本办法。\n第二条 投资额达到 200 万元的项目给予补贴。\n第三条 本办法自发布之日起施行。',
      explanation: '为支持中小企业数字化转型，起草本办法。',
      startDate: '2026-11-30',
      endDate: '2026-12-10',
      shortWindowReason: '配合年度资金申报，需年底前出台',
    });
    consultationId = created.id;
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.goto(`${server.baseUrl}/admin/consultations/${consultationId}`);
    await desk.getByRole('button', { name: /^发\s*布$/ }).click();
    await confirm();
    await desk.getByText('征集中', { exact: true }).waitFor();

    await phone.goto(`${server.baseUrl}/h5/#/packages/consultation/pages/list/index`);
    await phone.getByTestId('consultation').getByText(/数字化转型补贴资金管理办法/).click();
    await phone.getByText(/本次征求意见期限少于 30 日，理由：配合年度资金申报/).waitFor({ timeout: 20_000 });
    await phone.getByLabel('对第二条提意见').click();
    await phone.getByLabel('意见内容').locator('textarea').fill('建议将投资额门槛降至 100 万元，让更多小微企业受益。');
    await phone.getByText('提交意见', { exact: true }).click();
    await phone.getByTestId('my-comments').getByText('已收到').waitFor({ timeout: 20_000 });
    expect(await phone.getByTestId('my-comments').innerText()).toContain('第二条');
    await screenshot(phone, 'consultation-h5-commented', { fullPage: false });

    await moveClockTo('2026-12-11T02:00:00Z');
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.goto(`${server.baseUrl}/admin/consultations/${consultationId}`);
    // The 采纳情况 clock runs from the decision, not from the window's end: nothing counts down until it is recorded.
    await desk.getByText('待记录决策日期').first().waitFor();
    await desk.getByRole('tab', { name: '采纳情况' }).click();
    await desk.getByLabel('决策日期').fill('2026-12-11');
    await desk.getByLabel('决策日期').press('Enter');
    await desk.getByRole('button', { name: '记录决策日期' }).click();
    // Decided Friday 12-11: ten working days end Friday 12-25.
    await desk.getByText('剩 10 个工作日（2026-12-25）').first().waitFor();
    await desk.getByRole('tab', { name: /意见/ }).click();
    await desk.getByRole('button', { name: /^填\s*写$/ }).click();
    await desk.locator('.ant-modal:visible').getByText('部分采纳', { exact: true }).click();
    await desk.locator('.ant-modal:visible textarea').fill('门槛调整为 150 万元，兼顾资金规模');
    await desk.locator('.ant-modal:visible').getByRole('button', { name: /保\s*存/ }).click();
    await desk.locator('.ant-table').getByText('门槛调整为 150 万元，兼顾资金规模').waitFor();
    await desk.getByRole('tab', { name: '采纳情况' }).click();
    await desk.getByLabel('采纳情况说明').fill('共收到意见 1 条，部分采纳 1 条：投资额门槛由 200 万元调整为 150 万元。');
    await desk.getByRole('button', { name: '公布采纳情况' }).click();
    await desk.getByText(/采纳情况已于 .* 公布/).waitFor();
    await screenshot(desk, 'consultation-admin-adoption', { fullPage: false });

    await phone.goto(`${server.baseUrl}/h5/#/packages/consultation/pages/detail/index?id=${consultationId}`);
    await phone.getByTestId('adoption').getByText(/投资额门槛由 200 万元调整为 150 万元/).waitFor({ timeout: 20_000 });
    expect(await phone.getByTestId('my-comments').innerText()).toMatch(/部分采纳\s*门槛调整为 150 万元/);
    await screenshot(phone, 'consultation-h5-adoption', { fullPage: true });
  });
});

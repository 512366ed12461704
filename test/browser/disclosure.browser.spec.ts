import { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort, startServer, StartedServer } from '../e2e/support/server';
import { TestDatabase } from '../e2e/support/database';
import { png, windowsExecutable } from '../e2e/support/files';
import { assertFrontEndsBuilt, launchChromium, screenshot, signInStaff, confirmDialog } from './support/browser';


/**
 * The law's clock, walked by people: a resident files a 公民 request on Friday 2024-09-27; staff register it and
 * ask for a 补正; the resident supplements on 10-08 (the clock restarts); staff consult a third party until 10-15
 * (six working days not counted), extend by 20 with the office head's approval and reply 部分公开; the resident
 * reads the reply. The server restarts with the clock moved on between the days.
 */
describe('依申请公开 journey', () => {
  let server: StartedServer;
  let database: TestDatabase;
  let port: string;
  let browser: Browser;
  let residentContext: BrowserContext;
  let staffContext: BrowserContext;
  let phone: Page;
  let desk: Page;
  let requestId: number;

  async function moveClockTo(isoInstant: string): Promise<void> {
    if (server) await server.stop_keepDatabase();
    server = await startServer({ CLOCK_NOW: isoInstant, PORT: port, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' }, database);
    database = server.database;
  }

  beforeAll(async () => {
    assertFrontEndsBuilt();
    port = String(await freePort());
    server = await startServer({ CLOCK_NOW: '2024-09-27T02:00:00Z', PORT: port, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    database = server.database;
    browser = await launchChromium();
    residentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    staffContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    phone = await residentContext.newPage();
    desk = await staffContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });


  async function act(label: string, fill?: () => Promise<void>): Promise<void> {
    await desk.getByTestId('actions').getByRole('button', { name: label, exact: true }).click();
    if (fill) await fill();
    await confirmDialog(desk);
    await desk.getByText(`${label}：已完成`).first().waitFor();
  }

  async function openCase(): Promise<void> {
    await desk.goto(`${server.baseUrl}/admin/disclosure-requests/${requestId}`);
    await desk.getByTestId('actions').waitFor();
  }

  it('a resident files a 公民 request in the H5 app', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/packages/disclosure/pages/apply/index`);
    await phone.getByText('同意并继续').click();
    const field = (label: string) => phone.getByLabel(label).locator('input, textarea').first();
    await field('申请人名称').fill('张三');
    await field('证件号码').fill('11010519491231002X');
    await field('联系电话').fill('13812345678');
    await field('通信地址').fill('山东省威海市环翠区新威路 1 号');
    await field('电子邮箱').fill('zhangsan@example.cn');
    await field('信息名称').fill('2024年工业企业技术改造专项资金分配结果');
    await field('内容描述').fill('申请公开2024年度市级工业企业技术改造专项资金的分配结果，包括企业名单和金额。');
    // A program renamed .png is refused with the reason; the real scan is accepted and listed.
    const refused = phone.waitForEvent('filechooser');
    await phone.getByLabel('上传身份证件').click();
    await (await refused).setFiles({ name: '身份证.png', mimeType: 'image/png', buffer: windowsExecutable() });
    await phone.getByText(/Windows 可执行程序/).waitFor();
    const chooser = phone.waitForEvent('filechooser');
    await phone.getByLabel('上传身份证件').click();
    await (await chooser).setFiles({ name: '身份证正面.png', mimeType: 'image/png', buffer: png(40, 25) });
    await phone.getByText('身份证正面.png').waitFor();
    await phone.getByText('本人承诺所填信息真实').click();
    await screenshot(phone, 'journey-h5-apply-attachment', { fullPage: false });
    await phone.getByText('提交申请', { exact: true }).click();
    await phone.getByTestId('created').waitFor({ timeout: 20_000 });
    await phone.getByText('身份证明：身份证正面.png', { exact: false }).waitFor();
    expect(await phone.getByTestId('status').innerText()).toBe('待登记');
    requestId = Number(new URL(phone.url().replace('#', '')).searchParams.get('id'));
    expect(requestId).toBeGreaterThan(0);
    await screenshot(phone, 'journey-h5-submitted', { fullPage: false });
  });

  it('the office head registers and dispatches it; the 20 working days run across 国庆 to 10-30', async () => {
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.goto(`${server.baseUrl}/admin/disclosure-requests?queue=to_register`);
    await desk.getByText('2024年工业企业技术改造专项资金分配结果').click();
    expect(await desk.getByTestId('attachment').innerText()).toContain('身份证明：身份证正面.png');
    await act('登记受理');
    expect(await desk.getByTestId('deadline-explanation').innerText()).toContain('2024年10月30日');
    await act('分办', async () => {
      await desk.locator('.ant-modal:visible .ant-select').first().click();
      await desk.locator('.ant-select-dropdown:visible').getByText('综合科', { exact: true }).click();
    });
    await screenshot(desk, 'journey-admin-assigned', { fullPage: false });
  });

  it('the handler asks for a 补正, once and completely', async () => {
    await signInStaff(desk, server.baseUrl, 'handler');
    await openCase();
    await act('要求补正', async () => {
      await desk.locator('.ant-modal:visible textarea').fill('请写明所需文件的发文年份和文号，或资金项目的名称');
      await desk.locator('.ant-modal:visible .ant-picker input').fill('2024-10-18');
      await desk.keyboard.press('Enter');
    });
    expect(await desk.getByTestId('actions').getByRole('button', { name: '要求补正', exact: true }).count()).toBe(0);
  });

  it('the resident supplements on 10-08 and the clock restarts from that day', async () => {
    await moveClockTo('2024-10-08T02:00:00Z');
    await phone.goto(`${server.baseUrl}/h5/#/packages/disclosure/pages/detail/index?id=${requestId}`);
    await phone.getByTestId('supplement-card').waitFor({ timeout: 20_000 });
    await phone.getByLabel('补正内容').locator('textarea').fill('所需为2024年5月公布的技术改造专项资金分配结果，文号威工信发〔2024〕12号');
    await phone.getByText('提交补正', { exact: true }).click();
    await phone.getByText(/最迟 2024年11月4日/).waitFor({ timeout: 15_000 });
    await screenshot(phone, 'journey-h5-supplemented', { fullPage: false });
  });

  it('consulting a third party from 10-08 to 10-15 moves the due date by six working days', async () => {
    await signInStaff(desk, server.baseUrl, 'handler');
    await openCase();
    await act('征求意见', async () => {
      await desk.locator('.ant-modal:visible .ant-select').first().click();
      await desk.locator('.ant-select-dropdown:visible').getByText('第三方（第三十二条）').click();
      await desk.locator('.ant-modal:visible input.ant-input').fill('威海某某机械有限公司');
      await desk.locator('.ant-modal:visible textarea').fill('申请公开的分配结果含贵公司获得资金金额，是否同意公开？');
    });
    expect(await desk.getByTestId('deadline-explanation').innerText()).toContain('征求意见');

    await moveClockTo('2024-10-15T02:00:00Z');
    await signInStaff(desk, server.baseUrl, 'handler');
    await openCase();
    await act('登记意见', async () => {
      await desk.locator('.ant-modal:visible').getByText('不同意公开').click();
      await desk.locator('.ant-modal:visible textarea').fill('涉及本公司经营数据，不同意公开具体金额');
    });
    expect(await desk.getByTestId('deadline-explanation').innerText()).toContain('2024年11月12日');
  });

  it('an extension of 20 working days needs the office head, then the reply is 部分公开', async () => {
    await act('申请延期', async () => {
      await desk.locator('.ant-modal:visible .ant-input-number input').fill('20');
      await desk.locator('.ant-modal:visible textarea').fill('需与第三方进一步沟通区分处理的范围');
    });
    expect(await desk.getByTestId('actions').getByRole('button', { name: '批准延期', exact: true }).count()).toBe(0);

    await signInStaff(desk, server.baseUrl, 'head');
    // The request for approval reaches the head in the console's notices; a click opens the case.
    await desk.getByTestId('notification-bell').click();
    await desk.getByTestId('notification-list').getByText('延期申请待审批').first().waitFor();
    await screenshot(desk, 'journey-admin-notifications', { fullPage: false });
    await desk.getByTestId('notification-list').getByText('延期申请待审批').first().click();
    await desk.getByTestId('actions').waitFor();
    await act('批准延期');
    expect(await desk.getByTestId('deadline-explanation').innerText()).toContain('2024年12月10日');

    await signInStaff(desk, server.baseUrl, 'handler');
    await openCase();
    await act('答复', async () => {
      await desk.locator('.ant-modal:visible .ant-select').first().click();
      const offered = async (words: string) => {
        await desk.keyboard.press('Control+A');
        await desk.keyboard.type(words);
        return desk.locator('.ant-select-dropdown:visible .ant-select-item-option').allInnerTexts();
      };
      // The form offers what the case's facts allow: the lapse outcomes never, 大量反复申请 only after Art. 35,
      // and 补正后仍不明确 because this applicant did supplement.
      expect(await offered('逾期')).toEqual([]);
      expect(await offered('大量反复')).toEqual([]);
      expect(await offered('仍不明确')).toEqual(['三（四）3 无法提供 — 补正后申请内容仍不明确（第三十条）']);
      expect(await offered('三（四）1')).toHaveLength(2);
      await screenshot(desk, 'journey-admin-reply-outcomes', { fullPage: false });
      await offered('部分公开');
      await desk.locator('.ant-select-dropdown:visible').getByText(/三（二） 部分公开/).click();
    });
    await desk.getByText('部分公开（区分处理）').first().waitFor();
    await screenshot(desk, 'journey-admin-replied', { fullPage: false });
  });

  it('the resident reads the reply', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/packages/disclosure/pages/mine/index`);
    await phone.getByTestId('my-request').first().click();
    await phone.getByText('答复结果：部分公开（区分处理）').waitFor({ timeout: 15_000 });
    expect(await phone.getByTestId('status').innerText()).toBe('已办结');
    expect(await phone.getByText('延长答复期限 20 个工作日').count()).toBe(1);
    const letter = phone.getByTestId('letter-reply');
    expect(await letter.innerText()).toMatch(/政府信息公开申请答复告知书[\s\S]*第三十七条[\s\S]*六十日内向威海市人民政府申请行政复议/);
    expect(await phone.getByTestId('letter-extension').innerText()).toContain('2024年12月10日');
    await screenshot(phone, 'journey-h5-replied', { fullPage: false });

    await phone.goto(`${server.baseUrl}/h5/#/packages/account/pages/messages/index`);
    await phone.getByTestId('message').first().waitFor({ timeout: 15_000 });
    const titles = await phone.getByTestId('message').allInnerTexts();
    expect(titles.join('\n')).toMatch(/申请已答复[\s\S]*答复期限已延长[\s\S]*请补正申请[\s\S]*申请已受理/);
    await screenshot(phone, 'journey-h5-messages', { fullPage: false });
  });
});

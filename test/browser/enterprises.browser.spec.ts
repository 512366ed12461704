import { Browser, Page } from 'playwright-core';
import { png } from '../e2e/support/files';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, confirmDialog, DEMO_PASSWORD, launchChromium, screenshot, signInStaff } from './support/browser';

// Monday 2026-11-23, 10:00 in China: "today" of every match below.
const CLOCK_NOW = '2026-11-23T02:00:00Z';

/** 技改补贴: 制造业, 中小微, 环翠区, 成立满 3 年. */
const RETROFIT = {
  title: '工业企业技术改造设备补贴',
  applicationConditions: '在环翠区注册、成立满 3 年的中小微制造业企业',
  supportStandard: '按设备投资额的 10% 给予补贴，单个企业最高 50 万元',
  applicationPeriod: '每年 10 月 31 日前',
  acceptingUnit: '规划与技术改造科',
  consultPhone: '0631-5287004',
  topics: ['技术改造', '财政奖补'],
  conditions: {
    kind: 'all',
    of: [
      { kind: 'industry', codes: ['C'] },
      { kind: 'size', sizes: ['medium', 'small', 'micro'] },
      { kind: 'district', districts: ['环翠区'] },
      { kind: 'founded', foundedYearsAtLeast: 3 },
    ],
  },
};

/** 专精特新奖励: either tier. */
const SPECIALIZED = {
  title: '专精特新企业奖励',
  applicationConditions: '专精特新中小企业或专精特新“小巨人”企业',
  supportStandard: '一次性奖励 20 万元',
  applicationPeriod: '2026 年 12 月 31 日前',
  acceptingUnit: '非公经济科',
  consultPhone: '0631-5287006',
  topics: ['财政奖补'],
  conditions: { kind: 'any', of: [{ kind: 'qualification', qualifications: ['specializedSme'] }, { kind: 'qualification', qualifications: ['littleGiant'] }] },
};

const PUSH_TITLE = '技改设备补贴开始申报';

/**
 * 政策找企业 as people walk it: an enterprise binds its profile in the H5 app with its 授权书; the 公开办 checks the
 * evidence and approves; the 管理员 invites a colleague, who joins with the code and later leaves; a publisher composes
 * a push of the 技改补贴, cannot approve it herself, the 公开办负责人 returns it, she rewrites and resubmits it, and he
 * approves and sends it; the enterprise finds it in its 消息 and opens the policy. A push scheduled from a console in
 * UTC keeps the China time picked. A visitor's 政策计算器 explains a yes and a no. The system administrator keeps the
 * district list.
 */
describe('enterprise journeys: binding, approval, a four-eyes push, the 政策计算器', () => {
  let server: StartedServer;
  let browser: Browser;
  let phone: Page;
  let colleague: Page;
  let desk: Page;
  let retrofitId: number;
  let pushId: number;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    server = await startServer({ CLOCK_NOW, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    const publisher = server.api((await server.api().admin.login({ username: 'publisher', password: DEMO_PASSWORD })).token);
    for (const item of [RETROFIT, SPECIALIZED]) {
      const created = await publisher.admin.policyBenefits.create(item as never);
      await publisher.admin.policyBenefits.publish(created.id);
      if (item === RETROFIT) retrofitId = created.id;
    }
    browser = await launchChromium();
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    // The console's browser runs in UTC on purpose: a time picked there still means China time.
    const deskContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'UTC' });
    await phoneContext.clock.setFixedTime(new Date(CLOCK_NOW));
    await deskContext.clock.setFixedTime(new Date(CLOCK_NOW));
    phone = await phoneContext.newPage();
    desk = await deskContext.newPage();
    // A second phone (its own storage, so its own dev sign-in): the colleague the 管理员 invites.
    const colleagueContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    await colleagueContext.clock.setFixedTime(new Date(CLOCK_NOW));
    colleague = await colleagueContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const field = (label: string) => phone.getByLabel(label, { exact: true }).locator('input, textarea').first();

  it('an enterprise binds its profile in H5: the credit code is checked as typed, the claim waits for staff', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/packages/enterprise/pages/center/index`);
    await phone.getByTestId('no-enterprise').waitFor({ timeout: 20_000 });
    await screenshot(phone, 'enterprise-h5-center-empty', { fullPage: false });
    await phone.getByTestId('no-enterprise').getByText('绑定企业', { exact: true }).click();

    await field('统一社会信用代码').fill('91371000MA3C4K7L5X');
    await phone.getByText(/校验位/).waitFor();
    await field('统一社会信用代码').fill('91371000MA3C4K7L5R');
    await field('企业名称').fill('威海精工机械有限公司');
    await field('法定代表人').fill('张建国');
    await phone.getByRole('button', { name: /^行业：/ }).click();
    await phone.getByRole('button', { name: 'C 制造业' }).click();
    await phone.getByRole('button', { name: '34 通用设备制造业' }).click();
    await phone.getByText('制造业 · 通用设备制造业').waitFor();
    await field('从业人员').fill('120');
    await field('营业收入（万元）').fill('5600');
    await field('资产总额（万元）').fill('4200');
    await phone.getByRole('radio', { name: '环翠区' }).click();
    await field('成立日期').fill('2018-04-12');
    await field('注册资本（万元）').fill('1000');
    await phone.getByRole('checkbox', { name: '专精特新中小企业' }).click();
    await field('专精特新中小企业取得年份').fill('2023');
    const chooser = phone.waitForEvent('filechooser');
    await phone.getByLabel('上传授权书或营业执照').click();
    await (await chooser).setFiles({ name: '授权书.png', mimeType: 'image/png', buffer: png(40, 25) });
    await phone.getByText('授权书.png').waitFor({ timeout: 20_000 });
    await field('联系人').fill('张经理');
    await field('联系电话').fill('13812345678');
    await screenshot(phone, 'enterprise-h5-bind-form', { fullPage: true });
    await phone.getByText('提交绑定申请', { exact: true }).click();

    await phone.getByTestId('bound-notice').waitFor({ timeout: 20_000 });
    expect(await phone.getByTestId('binding-status').innerText()).toBe('待审核');
    expect(await phone.getByTestId('size-reason').innerText()).toContain('定为小型企业');
    await screenshot(phone, 'enterprise-h5-pending', { fullPage: true });
  });

  it('the 公开办 checks the evidence and approves; the enterprise sees 已认证 with its size explained', async () => {
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.goto(`${server.baseUrl}/admin/enterprise-bindings`);
    const row = desk.getByRole('row').filter({ hasText: '威海精工机械有限公司' });
    await row.waitFor();
    expect(await row.innerText()).toContain('138****5678');
    expect(await row.innerText()).not.toContain('13812345678');
    await screenshot(desk, 'enterprise-admin-bindings', { fullPage: false });
    await row.getByRole('button', { name: '通过威海精工机械有限公司' }).click();
    await confirmDialog(desk, /^通过$/);
    await desk.getByText('没有待审核的绑定申请').waitFor();

    await desk.getByRole('tab', { name: '已认证' }).click();
    await desk.getByRole('link', { name: '威海精工机械有限公司' }).click();
    await desk.getByText('规模依据').waitFor();
    await desk.getByRole('button', { name: /查看.*完整手机号/ }).click();
    await confirmDialog(desk, /查看并记录/);
    expect(await desk.getByTestId('revealed-phone').innerText()).toBe('13812345678');
    await screenshot(desk, 'enterprise-admin-detail', { fullPage: false });

    await phone.reload();
    await phone.getByTestId('binding-status').getByText('已认证').waitFor({ timeout: 20_000 });
    await phone.getByText('邀请同事加入', { exact: true }).click();
    await phone.getByTestId('invitation').waitFor();
    await screenshot(phone, 'enterprise-h5-verified', { fullPage: true });
  });

  it('a colleague joins with the 管理员’s invitation code, shows among the members, and leaves', async () => {
    const code = (await phone.getByTestId('invitation').locator('.invitation-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await colleague.goto(`${server.baseUrl}/h5/#/packages/enterprise/pages/center/index`);
    await colleague.getByTestId('no-enterprise').waitFor({ timeout: 20_000 });
    await colleague.getByLabel('邀请码', { exact: true }).locator('input').first().fill(code);
    await colleague.getByText('加入企业', { exact: true }).click();
    const joined = colleague.getByTestId('my-enterprise');
    await joined.waitFor({ timeout: 20_000 });
    expect(await joined.innerText()).toContain('威海精工机械有限公司');
    await joined.getByTestId('binding-status').getByText('已认证').waitFor();
    expect(await joined.innerText()).toContain('统一社会信用代码 91371000MA3C4K7L5R · 成员');
    // A 成员 sees the members but may neither invite nor appoint.
    expect(await joined.getByTestId('enterprise-member').count()).toBe(2);
    expect(await joined.getByText('邀请同事加入', { exact: true }).count()).toBe(0);
    expect(await joined.getByText('设为管理员', { exact: true }).count()).toBe(0);
    await screenshot(colleague, 'enterprise-h5-colleague-joined', { fullPage: true });

    await phone.reload();
    const members = phone.getByTestId('enterprise-members');
    await members.getByTestId('enterprise-member').nth(1).waitFor({ timeout: 20_000 });
    expect(await members.getByTestId('member-role').allInnerTexts()).toEqual(['管理员 · 凭材料认证 · 2026年11月23日', '成员 · 凭邀请码加入 · 2026年11月23日']);
    await members.getByText('设为管理员', { exact: true }).waitFor();
    await screenshot(phone, 'enterprise-h5-members', { fullPage: true });

    await joined.getByText('退出企业', { exact: true }).click();
    await colleague.locator('.taro-modal__foot').getByText('退出', { exact: true }).click();
    await colleague.getByTestId('no-enterprise').waitFor({ timeout: 20_000 });
    await phone.reload();
    await members.getByTestId('enterprise-member').first().waitFor({ timeout: 20_000 });
    expect(await members.getByTestId('enterprise-member').count()).toBe(1);
  });

  it('a publisher composes a push; she cannot approve it herself; the 公开办负责人 returns it, she rewrites and resubmits it, he approves and sends it', async () => {
    await signInStaff(desk, server.baseUrl, 'publisher');
    await desk.goto(`${server.baseUrl}/admin/pushes/new?benefitId=${retrofitId}`);
    const audience = desk.getByTestId('audience');
    await audience.getByText('威海精工机械有限公司').waitFor({ timeout: 20_000 });
    expect(await audience.innerText()).toContain('因为您是 制造业（C）· 小型企业 · 环翠区');
    await desk.getByLabel('标题').fill(PUSH_TITLE);
    await desk.getByLabel('温馨提示').fill('请于10月31日前申报');
    await screenshot(desk, 'enterprise-admin-push-compose', { fullPage: false });
    await desk.getByRole('button', { name: '提交审核' }).click();
    await desk.getByTestId('push-status').getByText('待审核').waitFor({ timeout: 20_000 });
    pushId = Number(new URL(desk.url()).pathname.split('/').pop());

    await desk.getByRole('button', { name: '审核通过' }).click();
    await confirmDialog(desk, /^通过$/);
    await desk.getByTestId('push-refusal').waitFor();
    expect(await desk.getByTestId('push-refusal').innerText()).toMatch(/[\u4e00-\u9fff]/);
    await screenshot(desk, 'enterprise-admin-push-refused', { fullPage: false });

    // The 公开办负责人 sends it back; the publisher rewrites it and resubmits.
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.goto(`${server.baseUrl}/admin/pushes/${pushId}`);
    await desk.getByRole('button', { name: '退回' }).click();
    await desk.getByLabel('退回理由').fill('温馨提示请写明申报截止日期');
    await confirmDialog(desk, /^退\s*回$/);
    await desk.getByTestId('push-status').getByText('已退回').waitFor();

    await signInStaff(desk, server.baseUrl, 'publisher');
    await desk.goto(`${server.baseUrl}/admin/pushes/${pushId}`);
    expect(await desk.getByTestId('push-returned').innerText()).toContain('温馨提示请写明申报截止日期');
    await desk.getByRole('button', { name: '修改并重新提交' }).click();
    await desk.getByTestId('return-reason').waitFor();
    expect(await desk.getByLabel('标题').inputValue()).toBe(PUSH_TITLE);
    await desk.getByLabel('温馨提示').fill('10月31日前申报截止');
    await screenshot(desk, 'enterprise-admin-push-edit', { fullPage: false });
    await desk.getByRole('button', { name: '重新提交审核' }).click();
    await desk.getByTestId('push-status').getByText('待审核').waitFor({ timeout: 20_000 });
    expect(await desk.getByText('10月31日前申报截止', { exact: true }).count()).toBe(1);

    await signInStaff(desk, server.baseUrl, 'head');
    await desk.goto(`${server.baseUrl}/admin/pushes/${pushId}`);
    await desk.getByRole('button', { name: '审核通过' }).click();
    await confirmDialog(desk, /^通过$/);
    await desk.getByTestId('push-status').getByText('已审核待发送').waitFor();
    await desk.getByRole('button', { name: '立即发送' }).click();
    await confirmDialog(desk, /^发送$/);
    await desk.getByTestId('push-status').getByText('已发送').waitFor();
  });

  it('the enterprise finds the push in its 消息 and opens the policy; staff see it opened', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/packages/account/pages/messages/index`);
    const notice = phone.getByTestId('message').filter({ hasText: PUSH_TITLE });
    await notice.waitFor({ timeout: 20_000 });
    await screenshot(phone, 'enterprise-h5-inbox', { fullPage: false });
    await notice.click();
    const detail = phone.getByTestId('benefit-detail');
    await detail.waitFor({ timeout: 20_000 });
    expect(await detail.innerText()).toContain('按设备投资额的 10% 给予补贴');
    expect(await detail.innerText()).toContain('规划与技术改造科');
    await screenshot(phone, 'enterprise-h5-benefit', { fullPage: true });

    // 与我相关: the bound enterprise's matches, yes first, with the reasons.
    await phone.goto(`${server.baseUrl}/h5/#/packages/enterprise/pages/benefits/index?enterpriseId=0`);
    const mine = phone.getByTestId('matches-yes');
    await mine.waitFor({ timeout: 20_000 });
    expect(await mine.innerText()).toContain('因为您是 制造业（C）· 小型企业 · 环翠区');
    await screenshot(phone, 'enterprise-h5-mine', { fullPage: false });

    // The phone reports the opening as the page loads: the console shows it on the next look.
    let stats = '';
    for (let attempt = 0; attempt < 10 && !/已打开 1/.test(stats); attempt += 1) {
      await desk.goto(`${server.baseUrl}/admin/pushes/${pushId}`);
      stats = (await desk.getByTestId('push-stats').innerText()).replace(/\s+/g, ' ');
    }
    expect(stats).toMatch(/接收人 1 ?人/);
    expect(stats).toMatch(/已打开 1/);
    await screenshot(desk, 'enterprise-admin-push-stats', { fullPage: false });
  });

  it('a push scheduled from a browser in UTC goes out at the China time picked', async () => {
    await signInStaff(desk, server.baseUrl, 'publisher');
    await desk.goto(`${server.baseUrl}/admin/pushes/new?benefitId=${retrofitId}`);
    await desk.getByTestId('audience').getByText('威海精工机械有限公司').waitFor({ timeout: 20_000 });
    await desk.getByLabel('标题').fill('技改补贴明早开始申报');
    await desk.getByLabel('温馨提示').fill('明日9:30开放申报');
    const picker = desk.getByLabel('定时发送');
    await picker.click();
    await picker.fill('2026-11-24 09:30');
    // The picker's own 确定 commits the typed time (Enter would submit the whole form).
    await desk.locator('.ant-picker-ok button').click();
    expect(await picker.inputValue()).toBe('2026-11-24 09:30');
    await desk.getByRole('button', { name: '提交审核' }).click();
    await desk.getByTestId('push-status').getByText('待审核').waitFor({ timeout: 20_000 });
    const scheduledId = Number(new URL(desk.url()).pathname.split('/').pop());
    // 09:30 on 24 November in China is 01:30 UTC; the browser's own zone (UTC) would have made it 09:30 UTC.
    const head = server.api((await server.api().admin.login({ username: 'head', password: DEMO_PASSWORD })).token);
    expect((await head.admin.pushes.get(scheduledId)).scheduledAt).toBe('2026-11-24T01:30:00.000Z');
    expect(await desk.getByText('2026-11-24 09:30').count()).toBe(1);
    await screenshot(desk, 'enterprise-admin-push-scheduled', { fullPage: false });
  });

  it('the 政策计算器 explains a yes and a no to a visitor', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/packages/enterprise/pages/calculator/index`);
    await phone.getByRole('button', { name: /^行业：/ }).waitFor({ timeout: 20_000 });
    await phone.getByRole('button', { name: /^行业：/ }).click();
    await phone.getByRole('button', { name: 'C 制造业' }).click();
    await phone.getByRole('button', { name: '34 通用设备制造业' }).click();
    await field('从业人员').fill('120');
    await field('营业收入（万元）').fill('5600');
    await phone.getByRole('radio', { name: '环翠区' }).click();
    await field('成立日期').fill('2024-03-01');
    await phone.getByRole('checkbox', { name: '专精特新中小企业' }).click();
    await phone.getByText('开始计算', { exact: true }).click();
    const yes = phone.getByTestId('matches-yes');
    await yes.waitFor({ timeout: 20_000 });
    expect(await yes.innerText()).toContain('专精特新企业奖励');
    expect(await yes.innerText()).toContain('因为您是 专精特新中小企业');
    const no = phone.getByTestId('matches-no');
    expect(await no.innerText()).toContain('工业企业技术改造设备补贴');
    expect(await no.innerText()).toContain('成立满 3 年：您的企业成立于 2024年3月1日，不满足');
    await screenshot(phone, 'enterprise-h5-calculator', { fullPage: true });
    // The page scrolls inside Taro's own container: a tall window of the same width shows the answers in one picture.
    await phone.setViewportSize({ width: 390, height: 2000 });
    await screenshot(phone, 'enterprise-h5-calculator-result', { fullPage: false });
    await phone.setViewportSize({ width: 390, height: 844 });
  });

  it('the console shows a 惠企政策 item’s conditions and the API’s field error at the condition it names', async () => {
    await desk.goto(`${server.baseUrl}/admin/policy-benefits/${retrofitId}`);
    const conditions = desk.getByTestId('conditions');
    await conditions.getByTestId('condition-founded').waitFor();
    await screenshot(desk, 'enterprise-admin-benefit', { fullPage: false });
    // An 企业资质 condition with nothing ticked: the API refuses it and names the path; the console marks that condition.
    await conditions.getByTestId('add-condition-0').hover();
    await desk.getByRole('menuitem', { name: '资质' }).click();
    await desk.getByRole('button', { name: '保存' }).click();
    const refused = conditions.getByTestId('condition-qualification');
    await refused.getByText(/至少要有一项/).waitFor();
    await screenshot(desk, 'enterprise-admin-benefit-error', { fullPage: false });
  });

  it('the system administrator keeps the district list: a repeat is refused at its row, a new one is offered to enterprises', async () => {
    await signInStaff(desk, server.baseUrl, 'admin');
    await desk.getByRole('menuitem', { name: '企业所在区（市）' }).click();
    const form = desk.getByTestId('district-form');
    await form.getByRole('textbox', { name: '第 8 个区（市）', exact: true }).waitFor();
    expect(await form.getByRole('textbox', { name: '第 8 个区（市）', exact: true }).inputValue()).toBe('南海新区');
    await form.getByRole('button', { name: '添加区（市）' }).click();
    await form.getByRole('textbox', { name: '第 9 个区（市）', exact: true }).fill('环翠区');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('“环翠区”与前面的一项重复').waitFor();
    await screenshot(desk, 'enterprise-admin-districts-error', { fullPage: false });
    await form.getByRole('textbox', { name: '第 9 个区（市）', exact: true }).fill('综合保税区');
    await form.getByRole('button', { name: '保存' }).click();
    await desk.getByText('所在区（市）列表已保存').waitFor();
    await screenshot(desk, 'enterprise-admin-districts', { fullPage: false });
    expect((await server.api().enterpriseOptions()).districts).toEqual(['环翠区', '文登区', '荣成市', '乳山市', '高区', '经区', '临港区', '南海新区', '综合保税区']);
  });
});

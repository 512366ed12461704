import path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { MediaFixture, mediaFixturePath } from '../e2e/support/content';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot, signInStaff, confirmDialog } from './support/browser';

const TITLE = '关于印发《威海市中小企业数字化转型补贴资金管理办法》的通知';
// Monday 2026-11-23, 10:00 in China: the day everything in this journey is written, reviewed and published.
const PINNED = '2026-11-23T02:00:00Z';

/**
 * 先审查、后公开, walked by people: the drafter writes a policy and a video interpretation with captions; the reviewer
 * returns the interpretation with a comment; the drafter fixes it; both are approved and published; a resident finds
 * the policy by typing pinyin initials in the H5 app, opens it, opens its interpretation and plays the video, seeking.
 */
describe('policy publishing and reading journey', () => {
  let server: StartedServer;
  let browser: Browser;
  let staffContext: BrowserContext;
  let residentContext: BrowserContext;
  let desk: Page;
  let phone: Page;
  let policyUrl: string;
  let interpretationUrl: string;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    server = await startServer({ CLOCK_NOW: PINNED, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    staffContext = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    residentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    // Both front ends read the browser's clock (the H5 year filter, the console's publish-time picker): same day as the server.
    await staffContext.clock.setFixedTime(PINNED);
    await residentContext.clock.setFixedTime(PINNED);
    desk = await staffContext.newPage();
    phone = await residentContext.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function review(url: string, button: string, comment?: string): Promise<void> {
    await desk.goto(url);
    await desk.getByRole('button', { name: button, exact: true }).click();
    if (comment !== undefined) {
      await desk.getByLabel('意见').fill(comment);
      await confirmDialog(desk);
    }
    await desk.getByText('操作成功').first().waitFor();
  }

  async function upload(label: string, file: MediaFixture): Promise<void> {
    const chooser = desk.waitForEvent('filechooser');
    await desk.getByRole('button', { name: label }).click();
    await (await chooser).setFiles(mediaFixturePath(file));
    await desk.locator('.ant-upload-list-item-name', { hasText: path.extname(file) }).first().waitFor();
  }

  it('the drafter writes a policy in the console', async () => {
    await signInStaff(desk, server.baseUrl, 'handler');
    await desk.goto(`${server.baseUrl}/admin/policies/new`);
    await desk.getByLabel('标题').fill(TITLE);
    await desk.getByLabel('文号').fill('威工信发〔2026〕12号');
    await desk.getByRole('textbox', { name: '正文' }).click();
    await desk.keyboard.type('为支持中小企业开展数字化转型，对符合条件的企业给予最高50万元补贴。');
    await desk.getByRole('button', { name: /保\s*存/ }).click();
    await desk.waitForURL(/\/admin\/policies\/\d+$/);
    policyUrl = desk.url();
    await desk.getByRole('button', { name: '提交审查' }).click();
    await desk.getByText('待审查').first().waitFor();
    await screenshot(desk, 'admin-policy-submitted');
  });

  it('…and a video interpretation with captions and a poster', async () => {
    await desk.getByText('新增解读').click();
    await desk.getByLabel('标题').fill('一分钟看懂数字化转型补贴');
    await upload('上传视频', 'policy-video.mp4');
    await upload('上传封面图', 'poster.jpg');
    await upload('上传字幕', 'policy-video.vtt');
    await desk.getByRole('button', { name: /保\s*存/ }).click();
    await desk.waitForURL(/\/admin\/interpretations\/\d+$/);
    interpretationUrl = desk.url();
    await desk.getByRole('button', { name: '提交审查' }).click();
    await desk.getByText('待审查').first().waitFor();
  });

  it('the reviewer approves the policy and returns the interpretation with a comment', async () => {
    await signInStaff(desk, server.baseUrl, 'reviewer');
    await desk.goto(`${server.baseUrl}/admin/interpretations?status=submitted`);
    await desk.getByText('一分钟看懂数字化转型补贴').waitFor();
    await review(policyUrl, '审查通过');
    await review(interpretationUrl, '退回修改', '标题请写明文件全称');
    await desk.getByText('标题请写明文件全称').first().waitFor();
    await screenshot(desk, 'admin-interpretation-returned');
  });

  it('the drafter reads the comment, fixes the title and resubmits', async () => {
    await signInStaff(desk, server.baseUrl, 'handler');
    await desk.goto(interpretationUrl);
    await desk.getByText('审查意见').waitFor();
    await desk.getByLabel('标题').fill('一分钟看懂《中小企业数字化转型补贴资金管理办法》');
    await desk.getByRole('button', { name: /保\s*存/ }).click();
    await desk.getByText('已保存').first().waitFor();
    await review(interpretationUrl, '提交审查');
  });

  it('the reviewer approves it; the publisher publishes both', async () => {
    await signInStaff(desk, server.baseUrl, 'reviewer');
    await review(interpretationUrl, '审查通过');
    await signInStaff(desk, server.baseUrl, 'publisher');
    for (const url of [policyUrl, interpretationUrl]) {
      await desk.goto(url);
      await desk.getByRole('button', { name: '发布', exact: true }).click();
      await confirmDialog(desk);
      await desk.getByText('操作成功').first().waitFor();
    }
    await desk.getByText('已发布').first().waitFor();
    await screenshot(desk, 'admin-interpretation-published');
  });

  it('a resident finds the policy in the H5 app by typing pinyin initials', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/pages/policy/index`);
    const box = phone.locator('input[placeholder*="搜索政策"]');
    await box.waitFor({ timeout: 20_000 });
    await box.click();
    await phone.keyboard.type('szhzx');
    await phone.getByTestId('suggestions').waitFor();
    await screenshot(phone, 'h5-policy-suggest');
    await phone.keyboard.press('Enter');
    // The policy and its interpretation both match; the resident opens the document itself.
    const result = phone.getByTestId('search-result').filter({ hasText: '关于印发' });
    await result.waitFor();
    expect(await result.innerText()).toContain('政策文件');
    expect(await result.locator('em').count()).toBeGreaterThan(0);
    await screenshot(phone, 'h5-policy-search');
    await result.click();
    await phone.getByTestId('policy-title').waitFor();
    expect(await phone.getByTestId('policy-title').innerText()).toBe(TITLE);
    expect(await phone.getByText('发布日期：2026年11月23日 星期一').count()).toBe(1);
    await screenshot(phone, 'h5-policy-document');
  });

  it('…opens its interpretation and plays the video, seeking to the middle with the caption shown', async () => {
    await phone.getByTestId('policy-interpretation').first().click();
    await phone.getByTestId('interpretation-title').waitFor();
    expect(await phone.getByTestId('interpreted-policy').innerText()).toContain(TITLE);
    const video = phone.locator('video');
    await video.waitFor({ state: 'attached' });
    await phone.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, undefined, { timeout: 20_000 });
    const seeked = await video.evaluate(
      (element: HTMLVideoElement) =>
        new Promise<number>((resolve, reject) => {
          element.muted = true;
          element.addEventListener('seeked', () => resolve(element.currentTime), { once: true });
          element.addEventListener('error', () => reject(new Error(`media error ${element.error?.code}`)), { once: true });
          element.currentTime = 6;
        }),
    );
    expect(seeked).toBeGreaterThanOrEqual(5.5);
    await video.evaluate((element: HTMLVideoElement) => element.play());
    await phone.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 6.2, undefined, { timeout: 15_000 });
    await phone.getByTestId('caption').getByText('符合条件的企业最高可获 50 万元补贴').waitFor({ timeout: 10_000 });
    await screenshot(phone, 'h5-interpretation-video');
  });
});

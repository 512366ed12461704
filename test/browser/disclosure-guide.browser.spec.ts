import { Browser, Page } from 'playwright-core';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot, signInStaff } from './support/browser';

// Wednesday 2024-10-16, 10:00 in China.
const PINNED = '2024-10-16T02:00:00Z';

/**
 * 政府信息公开指南 (条例 Art. 12), walked by people: a resident finds it from the home grid and from a search that found
 * nothing; the office head edits the phone number in the console, sees the preview, saves a new version; the resident
 * reads the new number.
 */
describe('disclosure guide journey', () => {
  let server: StartedServer;
  let browser: Browser;
  let phone: Page;
  let desk: Page;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    server = await startServer({ CLOCK_NOW: PINNED, STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    browser = await launchChromium();
    phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    await phone.clock.setFixedTime(PINNED);
    desk = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await desk.clock.setFixedTime(PINNED);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const guideSections = () => phone.getByTestId('guide-section');

  it('H5: the home tile 公开指南 opens the guide with the law\'s time limits', async () => {
    await phone.goto(`${server.baseUrl}/h5/`);
    await phone.getByText('公开指南', { exact: true }).click();
    await phone.getByRole('heading', { name: '威海市工业和信息化局政府信息公开指南' }).waitFor({ timeout: 15_000 });
    expect(await guideSections().count()).toBe(5);
    expect(await guideSections().nth(2).innerText()).toContain('自收到申请之日起 20 个工作日内予以答复');
    expect(await guideSections().nth(1).innerText()).toContain('咨询电话：0631-5287001');
    await screenshot(phone, 'h5-guide');
  });

  it('H5: a search with no results points to the guide', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/pages/policy/index`);
    const input = phone.locator('input[placeholder*="搜索政策"]');
    await input.waitFor({ timeout: 20_000 });
    await input.click();
    await phone.keyboard.type('bingbucunzaidewenjian');
    await phone.keyboard.press('Enter');
    await phone.getByText('没有找到相关文件', { exact: false }).waitFor({ timeout: 15_000 });
    await screenshot(phone, 'h5-search-empty-guide-link');
    await phone.getByRole('button', { name: /^查看政府信息公开指南/ }).click();
    await phone.getByRole('heading', { name: '威海市工业和信息化局政府信息公开指南' }).waitFor({ timeout: 15_000 });
  });

  it('H5: the home tile 政策解读 opens the interpretations list, 政策文件 the documents', async () => {
    await phone.goto(`${server.baseUrl}/h5/`);
    await phone.getByText('政策解读', { exact: true }).click();
    await phone.getByText('暂时没有这种形式的解读。').waitFor({ timeout: 15_000 });
    expect(await phone.locator('.tab.active').innerText()).toBe('政策解读');
    await screenshot(phone, 'h5-home-tile-interpretations');
    await phone.getByText('首页', { exact: true }).last().click();
    await phone.getByText('政策文件', { exact: true }).first().click();
    await phone.getByText('这个栏目暂时没有公开的文件。').waitFor({ timeout: 15_000 });
    expect(await phone.locator('.tab.active').innerText()).toBe('政策文件');
  });

  it('console: the office head edits the phone, previews it and saves version 2', async () => {
    await signInStaff(desk, server.baseUrl, 'head');
    await desk.getByRole('menuitem', { name: /公开指南/ }).click();
    await desk.getByRole('heading', { name: '政府信息公开指南', level: 1 }).waitFor();
    const phoneField = desk.getByTestId('guide-phone');
    await phoneField.waitFor();
    await phoneField.fill('0631-5200000');
    await desk.getByTestId('guide-preview').getByText('咨询电话：0631-5200000').waitFor();
    await desk.getByRole('button', { name: '保存为新版本' }).click();
    await desk.getByText('当前第 2 版', { exact: false }).waitFor();
    expect(await desk.getByRole('row').filter({ hasText: '第 2 版' }).innerText()).toContain('2024-10-16 10:00');
    expect(await desk.getByRole('row').filter({ hasText: '第 1 版' }).count()).toBe(1);
    await screenshot(desk, 'admin-disclosure-guide');

    await desk.getByRole('button', { name: '查看第 1 版' }).click();
    const drawer = desk.getByRole('dialog');
    await drawer.getByText('咨询电话：0631-5287001').waitFor();
    await screenshot(desk, 'admin-disclosure-guide-version-1', { fullPage: false });
  });

  it('H5: the resident reads the new version', async () => {
    await phone.goto(`${server.baseUrl}/h5/#/packages/guide/pages/guide/index`);
    await phone.getByRole('heading', { name: '威海市工业和信息化局政府信息公开指南' }).waitFor({ timeout: 15_000 });
    expect(await guideSections().nth(1).innerText()).toContain('咨询电话：0631-5200000');
    expect(await phone.getByTestId('guide-updated').innerText()).toContain('2024年10月16日');
  });
});

import { Browser, Page } from 'playwright-core';
import { StaffCatalogNodeView } from '@govopen/contracts';
import { startServer, StartedServer } from '../e2e/support/server';
import { assertFrontEndsBuilt, launchChromium, screenshot, signInStaff } from './support/browser';

const flatten = (nodes: StaffCatalogNodeView[]): StaffCatalogNodeView[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

/**
 * The compliance board, walked by the office head: the dashboard names a catalog section past its update rule; one
 * click opens the catalog at that section, scrolled to and marked, with what is late and who owns it.
 */
describe('compliance board journey', () => {
  let server: StartedServer;
  let browser: Browser;
  let page: Page;
  let meetingId: number;

  beforeAll(async () => {
    assertFrontEndsBuilt();
    // Wednesday 2026-12-02, 10:00 in China.
    server = await startServer({ CLOCK_NOW: '2026-12-02T02:00:00Z', STATIC_H5_DIR: '', STATIC_ADMIN_DIR: '' });
    const head = (await server.api().admin.login({ username: 'head', password: 'GovOpen@2026' })).token;
    meetingId = flatten(await server.api(head).admin.catalog()).find((node) => node.name === '部门办公会议')!.id;
    // A meeting held Wednesday 11-25 was due on the site by its 3rd working day after: 11-26, 11-27, 11-30.
    await server.api(head).admin.updateCatalogNode(meetingId, { pendingEventDate: '2026-11-25' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('links from the board to the late catalog section, which opens marked with its rule and owners', async () => {
    await signInStaff(page, server.baseUrl, 'head');
    const card = page.getByTestId('compliance-card');
    const link = card.getByRole('link', { name: '部门办公会议（会议召开后3个工作日内，应于 2026年11月30日 前更新）' });
    await link.waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-compliance-board');

    await link.click();
    await page.waitForURL(`**/admin/catalog?node=${meetingId}`);
    const focus = page.getByTestId('catalog-focus');
    await focus.waitFor();
    expect(await focus.innerText()).toContain('部门办公会议：已超期，应于 2026年11月30日 前更新');
    expect(await focus.innerText()).toContain('责任科室：办公室');
    const row = page.locator(`tr[data-row-key="${meetingId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('class')).toContain('catalog-row-focused');
    expect(await row.isVisible()).toBe(true);
    await screenshot(page, 'admin-catalog-late-section', { fullPage: false });
  });
});

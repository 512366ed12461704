import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { ROOT } from '../../e2e/support/server';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test/.artifacts/screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium keeps dialling Google on this closed network.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Kept for people to look at after a run (test/.artifacts/screenshots). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Let dialogs and messages finish their closing animation: the picture should show what a person sees after it.
  await page.waitForFunction(() => !document.querySelector('.ant-modal-wrap .ant-modal, .ant-zoom-leave'), undefined, { timeout: 5000 }).catch(() => undefined);
  // …and page transitions: Taro's H5 router slides the new page in from the right.
  await page
    .waitForFunction(
      () => {
        const pages = [...document.querySelectorAll('.taro_page')].filter((node) => getComputedStyle(node).display !== 'none');
        const top = pages.at(-1);
        return !top || Math.abs(top.getBoundingClientRect().left) < 1;
      },
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

export function assertFrontEndsBuilt(): void {
  for (const file of ['apps/admin/dist/index.html', 'apps/miniapp/dist/h5/index.html']) {
    if (!fs.existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: build the front ends first (npm test does)`);
  }
}

export const DEMO_PASSWORD = 'GovOpen@2026';

/** Signs a staff member into the admin console in `page`, starting from a cleared session (a previous user signed out). */
export async function signInStaff(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(`${baseUrl}/admin/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('current-user').waitFor();
}

/**
 * Presses the confirming button of the topmost dialog and waits until the dialog is gone. antd zooms a dialog in, so
 * the click waits for its animations to finish (a click mid-zoom can land beside the button on a slow machine); if
 * the dialog stays open, the error names what the page said (its toasts) and a screenshot is kept.
 */
let stuckDialogs = 0;
export async function confirmDialog(page: Page, okName: RegExp = /确\s*定/): Promise<void> {
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: okName }) }).last();
  await dialog.waitFor();
  await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  await dialog.getByRole('button', { name: okName }).click();
  try {
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
  } catch {
    const toasts = await page.locator('.ant-message-notice').allInnerTexts();
    await screenshot(page, `dialog-still-open-${++stuckDialogs}`, { fullPage: false });
    throw new Error(`the dialog did not close after its confirming button was pressed; the page said: ${toasts.join(' | ') || '(nothing)'}`);
  }
}

/**
 * Collects what the Content Security Policy blocked on a page (Chromium reports each refusal on the console): a
 * journey that ends with an empty list ran entirely under the policy the server sends.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

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

/** Kept for people to look at after a run (test/.artifacts/screenshots); every picture is also an accessibility check. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // A list still reloading is dimmed behind its spinner: wait for what a person reads once it settles.
  await page.waitForFunction(() => !document.querySelector('.ant-spin-blur, .ant-spin-spinning'), undefined, { timeout: 10_000 }).catch(() => undefined);
  // Let dialogs and messages finish their closing animation: the picture should show what a person sees after it.
  await page.waitForFunction(() => !document.querySelector('.ant-modal-wrap .ant-modal, .ant-zoom-leave'), undefined, { timeout: 5000 }).catch(() => undefined);
  // Any other finite animation (a toast fading out, a drawer sliding) ends first too: half-faded text would be
  // measured by axe at a contrast nobody reads it in. Infinite ones (spinners) never end and are not waited for.
  await page
    .waitForFunction(
      () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
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
  await checkAccessibility(page, name);
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_REPORT = path.join(ROOT, 'test/.artifacts/axe');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core (WCAG 2.1 A/AA) on the page as a person sees it at this step. Serious and critical findings fail the
 * journey, naming the rule and the elements; every finding is kept in test/.artifacts/axe/<name>.json.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  // evaluate runs beside the page's Content Security Policy, which rightly refuses injected script tags.
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async () => {
    type Violation = { id: string; impact: string; help: string; nodes: { target: string[]; html: string; failureSummary: string }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')), nodes: violation.nodes.map((node) => ({ html: node.html.slice(0, 300), why: node.failureSummary })) }));
  });
  fs.mkdirSync(AXE_REPORT, { recursive: true });
  fs.writeFileSync(path.join(AXE_REPORT, `${name}.json`), JSON.stringify(findings, null, 2));
  // A toast can start its exit while axe runs (it lives 3 s): an element inside antd's leave motion
  // (*-leave classes) is on its way out at part opacity, not something a person reads, so it does not count.
  const leaving = /-leave\b/;
  const blocking = findings
    .map((finding: AxeFinding) => ({ ...finding, targets: finding.targets.filter((target) => !leaving.test(target)) }))
    .filter((finding: AxeFinding) => finding.targets.length > 0 && (finding.impact === 'serious' || finding.impact === 'critical'));
  if (blocking.length) {
    throw new Error(`axe-core on ${name}: ${blocking.map((finding: AxeFinding) => `${finding.id} (${finding.impact}: ${finding.help}) at ${finding.targets.slice(0, 3).join(', ')}`).join('; ')}`);
  }
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

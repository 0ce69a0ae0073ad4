import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';

// Code passed to evaluate() runs in the extension, where `chrome` is the (promise-based) extension API.
declare const chrome: import('webextension-polyfill').Browser;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core on the page as it is now; serious and critical violations fail the test, with where they are.
 * `within` keeps only the nodes under that element (the panel's host: targets inside a shadow root are paths
 * starting with the host), because the portal's own markup is not ours to fix.
 */
async function assertAccessible(page: Page, label: string, within?: string): Promise<void> {
  // Extension pages forbid inline scripts (CSP 'self'): axe is evaluated through the debugging protocol instead
  // of page.addScriptTag, which the CSP would block. On the portal, addScriptTag({ path }) works as usual.
  await page.evaluate(AXE_SOURCE);
  // What a person reads is the settled page: the panel fades in (opacity 0.4 → 1 over 160 ms), and on a loaded machine
  // axe could measure the contrast of a frame in between.
  await page.evaluate(async () => {
    const roots: (Document | ShadowRoot)[] = [document, ...[...document.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
    await Promise.all(roots.flatMap((root) => root.getAnimations()).map((animation) => animation.finished.catch(() => undefined)));
  });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
  const blocking = violations
    .map((violation) => ({
      ...violation,
      nodes: within ? violation.nodes.filter((node) => JSON.stringify(node.target).startsWith(`[[${JSON.stringify(within)}`)) : violation.nodes,
    }))
    .filter((violation) => violation.nodes.length > 0)
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  assert.deepEqual(blocking, [], `${label}: ${JSON.stringify(blocking, null, 1)}`);
}

describe('accessibility (axe-core): no serious or critical violation', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  test('guide: procedure, quick check with messages and fix buttons, PDF check with its table', async () => {
    const page = await session.openExtensionPage('guide.html');
    await page.locator('[data-ca-step]').first().waitFor();
    await assertAccessible(page, 'guide, empty');
    await page.locator('#step-signup-site').check();
    await page.locator('input[data-ca-field="engagementNumber"]').fill('EJ 240 1234');
    await page.locator('input[data-ca-field="serviceCode"]').fill('COMPTA');
    await page.locator('input[data-ca-field="totalHT"]').fill('abc');
    await page.locator('.guide-quick [data-ca-rule="se/engagement-format"]').waitFor();
    await page.locator('input[type=file][data-ca-action="import-pdf"]').setInputFiles(resolve(import.meta.dirname, '../fixtures/public/fnfe107-en16931-F20220023.pdf'));
    await page.locator('[data-ca-pdf-state="read"]').waitFor({ timeout: 20_000 });
    await page.locator('.guide-copy details summary').click();
    await assertAccessible(page, 'guide, filled');
    await page.locator('[data-ca-action="search-procedure"]').fill('zzzz');
    await assertAccessible(page, 'guide, search without result');
  });

  test('popup: outside Chorus Pro, and on a Chorus Pro entry form', async () => {
    const empty = await session.openExtensionPage('popup.html');
    await empty.locator('[data-ca-popup="not-chorus"]').waitFor();
    await assertAccessible(empty, 'popup, not on Chorus Pro');

    const portal = await session.open('/cpp/saisie?execution=e1s1');
    await portal.waitForFunction(() => document.documentElement.dataset.caPage === 'saisie', undefined, { timeout: 15_000 });
    const tabId = await session.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, portal.url());
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('[data-ca-popup-state="status"]').waitFor({ timeout: 15_000 });
    await assertAccessible(popup, 'popup, entry form');
  });

  test('welcome page', async () => {
    const page = await session.openExtensionPage('welcome.html');
    await page.locator('[data-ca-welcome-line="guide"] a').waitFor();
    await assertAccessible(page, 'welcome');
  });

  test('options: settings, history, profiles with import errors', async () => {
    await session.serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        sentInvoices: [{ invoiceNumber: 'FA-1', recipientSiret: '21420218600018', amount: '10,00', sentAt: '2026-10-16T08:00:00.000Z' }],
        sentInvoices$: { v: 2 },
      }),
    );
    const page = await session.openExtensionPage('options.html');
    await page.locator('[data-ca-history-entry]').first().waitFor();
    await page.locator('[data-ca-action="import-profile"]').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await page.locator('[data-ca-profile-errors]').waitFor();
    await page.locator('[data-ca-action="clear-history"]').click();
    await assertAccessible(page, 'options');
  });

  test('panel on the portal: the assistant own interface, with messages and fix buttons, on both entry-form variants', async () => {
    for (const path of ['/cpp/saisie?execution=e1s1', '/cpp/saisieTableau?execution=e1s1', '/cpp/facturesEmises?execution=e1s1']) {
      const portal = await session.open(path);
      await portal.waitForFunction(() => document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('[data-ca-rule], section, button'), undefined, { timeout: 15_000 });
      await assertAccessible(portal, `panel on ${path}`, 'chorus-assistant');
      await portal.close();
    }
  });

  test('page skeleton: the partial-recognition offer and the preview dialog, in the panel and in the popup', async () => {
    const portal = await session.open('/cpp/saisiePartielle?execution=e3s3');
    const offer = portal.locator('chorus-assistant [data-ca-action="show-skeleton"]');
    await offer.waitFor({ timeout: 15_000 });
    await assertAccessible(portal, 'panel, partial recognition', 'chorus-assistant');
    await offer.click();
    await portal.locator('chorus-assistant [data-ca-skeleton]').waitFor();
    await assertAccessible(portal, 'panel, skeleton preview', 'chorus-assistant');

    const tabId = await session.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, portal.url());
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('[data-ca-action="show-skeleton"]').click();
    await popup.locator('[data-ca-skeleton]').waitFor();
    await assertAccessible(popup, 'popup, skeleton preview');
    await popup.close();
    await portal.close();
  });
});

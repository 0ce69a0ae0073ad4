import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { CHROME_BUILD, launchBrowser, type BrowserSession } from './lib/browser.ts';

/** The extension's API as the service worker sees it (only what these tests call). */
declare const chrome: { runtime: { getManifest(): { version: string } }; storage: { local: { set(items: object): Promise<void> } } };

/**
 * A first-time user: the welcome page opens once on the first install, never again. Chromium reports every start of
 * an extension loaded from a folder as an install, and never an update (unit tests cover the update event): the
 * browser is restarted on the same profile, as is, then with the extension's next version.
 */
describe('welcome page on first install', () => {
  let scratch: string;
  let extensionDir: string;
  let profileDir: string;
  let session: BrowserSession | undefined;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'acp-welcome-'));
    extensionDir = join(scratch, 'chrome-mv3');
    profileDir = join(scratch, 'profile');
    cpSync(CHROME_BUILD, extensionDir, { recursive: true });
  });
  after(async () => {
    await session?.close({ keepProfile: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  async function launch(): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
    // The welcome tab may load before Playwright's locale applies to it: the browser's own languages are French,
    // as a French user's are.
    session = await launchBrowser({ extensionDir, profileDir, extraArgs: ['--accept-lang=fr-FR,fr'] });
    return { context: session.context, worker: session.serviceWorker!, extensionId: session.extensionId! };
  }

  const welcomeTabs = (browser: BrowserContext, extensionId: string) =>
    browser.pages().filter((page) => page.url() === `chrome-extension://${extensionId}/welcome.html`);

  /** Whether a welcome tab opens within two seconds (the install handler opens it at once when it does). */
  async function welcomeOpensAgain(browser: BrowserContext, extensionId: string): Promise<boolean> {
    const opened = await browser
      .waitForEvent('page', { predicate: (page) => page.url().endsWith('/welcome.html'), timeout: 2_000 })
      .then(() => true, () => false);
    return opened || welcomeTabs(browser, extensionId).length > 1;
  }

  test('a fresh profile\'s first install opens welcome.html once, in French: three lines and the guide', async () => {
    const { context: browser, extensionId } = await launch();
    const welcome = welcomeTabs(browser, extensionId)[0] ?? (await browser.waitForEvent('page', { predicate: (page) => page.url().endsWith('/welcome.html'), timeout: 10_000 }));
    await welcome.locator('[data-ca-welcome-line="guide"] a').waitFor();
    assert.equal(welcomeTabs(browser, extensionId).length, 1);
    assert.equal(await welcome.evaluate(() => document.documentElement.lang), 'fr');
    assert.match(await welcome.title(), /Bienvenue/);
    assert.match(await welcome.locator('h1').innerText(), /Assistant Chorus Pro/);
    const lines = await welcome.locator('[data-ca-welcome-line]').allInnerTexts();
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /vérifie votre facture/);
    assert.match(lines[1]!, /ordinateur/);
    await welcome.getByRole('link', { name: /guide/ }).click();
    await welcome.waitForURL(`chrome-extension://${extensionId}/guide.html`);
    await welcome.locator('[data-ca-step]').first().waitFor();
  });

  test('a restart on the same profile does not open it again, though Chromium reports an install again', async () => {
    await session!.close({ keepProfile: true });
    const { context: browser, extensionId } = await launch();
    assert.equal(await welcomeOpensAgain(browser, extensionId), false);
    assert.equal(welcomeTabs(browser, extensionId).length, 0);
  });

  test('nor does an update to the next version, on the same profile', async () => {
    await session!.close({ keepProfile: true });
    session = undefined;
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    manifest.version = manifest.version.replace(/\d+$/, (last) => String(Number(last) + 1));
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const { context: browser, worker, extensionId } = await launch();
    assert.equal(await worker.evaluate(() => chrome.runtime.getManifest().version), manifest.version);
    assert.equal(await welcomeOpensAgain(browser, extensionId), false);
    assert.equal(welcomeTabs(browser, extensionId).length, 0);
  });

  test('it speaks the language chosen in the settings', async () => {
    const browser = session!.context;
    const worker = browser.serviceWorkers()[0]!;
    await worker.evaluate(() => chrome.storage.local.set({ settings: { language: 'en' } }));
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/welcome.html`);
    await page.locator('[data-ca-welcome-line="guide"] a').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.match(await page.locator('h1').innerText(), /The Chorus Pro Assistant is installed/);
    assert.match(await page.locator('[data-ca-welcome-line="local"]').innerText(), /Everything happens on your computer/);
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIREFOX_BUILD, launchFirefox, type FirefoxSession } from './lib/firefox.ts';

/**
 * A first-time Firefox user: installing the add-on opens the welcome page once; installing its next version over
 * it (an update, as addons.mozilla.org delivers it) does not.
 */
describe('firefox: welcome page on first install', () => {
  let session: FirefoxSession;
  let scratch: string;
  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'acp-firefox-welcome-'));
    session = await launchFirefox({ extensionDir: false });
  });
  after(async () => {
    await session?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const welcomeUrl = () => `${session.extensionOrigin}/welcome.html`;

  /**
   * The tabs showing the welcome page. Asked of each tab's document: WebDriver is not told of a navigation the
   * extension starts itself (the tab's URL stays about:blank for Puppeteer).
   */
  async function welcomeTabs(): Promise<Page[]> {
    const pages = await session.browser.pages();
    const urls = await Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => '')));
    return pages.filter((_, index) => urls[index] === welcomeUrl());
  }

  /** The welcome tab, if one opens within `timeout` ms (the install handler opens it at once). */
  async function welcomeOpened(timeout: number): Promise<Page | undefined> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const [tab] = await welcomeTabs();
      if (tab || Date.now() > deadline) return tab;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  test('installing the add-on opens welcome.html, in French: three lines and a link to the guide', async () => {
    await session.installExtension(FIREFOX_BUILD);
    const welcome = await welcomeOpened(10_000);
    assert.ok(welcome, 'the welcome page opened');
    await welcome.waitForSelector('[data-ca-welcome-line="guide"] a', { timeout: 10_000 });
    assert.equal((await welcomeTabs()).length, 1);
    assert.equal(await welcome.evaluate(() => document.documentElement.lang), 'fr');
    const lines = await welcome.$$eval('[data-ca-welcome-line]', (elements) => elements.map((element) => (element as HTMLElement).innerText));
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /vérifie votre facture/);
    assert.match(lines[1]!, /ordinateur/);
    assert.equal(await welcome.$eval('[data-ca-welcome-line="guide"] a', (link) => (link as HTMLAnchorElement).href), `${session.extensionOrigin}/guide.html`);
    await welcome.close();
  });

  test('installing the next version over it (an update) does not open it again', async () => {
    const next = join(scratch, 'firefox-mv2');
    cpSync(FIREFOX_BUILD, next, { recursive: true });
    const manifestPath = join(next, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    manifest.version = manifest.version.replace(/\d+$/, (last) => String(Number(last) + 1));
    writeFileSync(manifestPath, JSON.stringify(manifest));
    await session.installExtension(next);
    assert.equal(await welcomeOpened(2_000), undefined);
    assert.equal((await welcomeTabs()).length, 0);
    // The updated add-on is the one running: its pages answer with the new version.
    const guide = await session.openExtensionPage('guide.html');
    assert.equal(await guide.evaluate(() => (globalThis as unknown as { browser: { runtime: { getManifest(): { version: string } } } }).browser.runtime.getManifest().version), manifest.version);
  });

  test('nothing tried to reach the network', () => {
    assert.deepEqual(session.sink.attempts, []);
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';

// Code passed to evaluate() runs in the extension, where `chrome` is the (promise-based) extension API.
declare const chrome: import('webextension-polyfill').Browser;

/** The tab id of the page at `url`, as the extension sees it. */
async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  return session.serviceWorker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === wanted);
    if (!tab?.id) throw new Error(`no tab for ${wanted} among ${tabs.map((candidate) => candidate.url).join(', ')}`);
    return tab.id;
  }, url);
}

async function badgeOf(session: ExtensionSession, tabId: number): Promise<string> {
  return session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function waitForBadge(session: ExtensionSession, tabId: number, accept: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  let text = '';
  while (Date.now() < deadline) {
    text = await badgeOf(session, tabId);
    if (accept(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`badge stayed "${text}"`);
}

describe('popup and toolbar badge', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  test('outside Chorus Pro the popup says to open it, and links to the guide and the settings', async () => {
    const page = await session.openExtensionPage('popup.html');
    await page.locator('[data-ca-popup="not-chorus"]').waitFor();
    assert.match(await page.locator('[data-ca-popup="not-chorus"]').innerText(), /Ouvrez Chorus Pro/);
    const [guide] = await Promise.all([session.context.waitForEvent('page'), page.locator('[data-ca-action="open-guide"]').click()]);
    await guide.waitForURL(/guide\.html$/);
    await guide.close();
    const popup = await session.openExtensionPage('popup.html');
    const [options] = await Promise.all([session.context.waitForEvent('page'), popup.locator('[data-ca-action="open-options"]').click()]);
    await options.waitForURL(/options\.html$/);
    await options.close();
  });

  test('a reported status shows in the badge (number of errors) and in the popup for that tab', async () => {
    // An extension page in a tab reports as the content script would: the background keys it by sender tab.
    const reporter = await session.openExtensionPage('guide.html');
    const tabId = await tabIdOf(session, reporter.url());
    await reporter.evaluate(() =>
      chrome.runtime.sendMessage({
        id: 1,
        type: 'reportPageStatus',
        timestamp: Date.now(),
        data: {
          page: 'saisie',
          profile: 'saint-etienne',
          counts: { error: 2, warning: 1, info: 0 },
          top: [
            { rule: 'se/engagement-required', field: 'engagementNumber', severity: 'error', message: "Le N° d'engagement est obligatoire." },
            { rule: 'se/service-code', field: 'serviceCode', severity: 'error', message: "Le Code service n'est pas à renseigner." },
            { rule: 'cpp/amount-consistency', field: 'totalTTC', severity: 'warning', message: 'Vérifiez les montants.' },
          ],
        },
      }),
    );
    assert.equal(await waitForBadge(session, tabId, (text) => text !== ''), '2');

    const popup: Page = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('[data-ca-popup-state="status"]').waitFor();
    assert.match(await popup.locator('#popup-status').innerText(), /Saisie de la facture/);
    assert.match(await popup.locator('.popup-profile').innerText(), /Ville de Saint-Étienne/);
    assert.match(await popup.locator('[data-ca-count="error"]').innerText(), /^2 erreur/);
    assert.equal(await popup.locator('[data-ca-rule="se/engagement-required"][data-ca-severity="error"]').count(), 1);
    await popup.close();

    // An invalid report is refused and changes nothing.
    await reporter.evaluate(() =>
      chrome.runtime.sendMessage({ id: 2, type: 'reportPageStatus', timestamp: Date.now(), data: { page: 'nowhere', counts: { error: -1 } } }),
    );
    assert.equal(await badgeOf(session, tabId), '2');

    // A new page in the tab: the badge is cleared.
    await reporter.reload();
    assert.equal(await waitForBadge(session, tabId, (text) => text === ''), '');
    await reporter.close();
  });

  test('on a Chorus Pro entry form with errors, the content script’s report sets the badge and the popup', async () => {
    const portal = await session.open('/cpp/saisie?execution=e1s1');
    await portal.waitForFunction(() => document.documentElement.dataset.caPage === 'saisie', undefined, { timeout: 15_000 });
    const tabId = await tabIdOf(session, portal.url());
    const badge = await waitForBadge(session, tabId, (text) => /^\d+\+?$/.test(text));
    assert.ok(Number.parseInt(badge, 10) > 0, badge);

    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('[data-ca-popup-state="status"]').waitFor();
    assert.equal(await popup.locator('[data-ca-page]').getAttribute('data-ca-page'), 'saisie');
    assert.match(await popup.locator('[data-ca-count="error"]').innerText(), new RegExp(`^${badge.replace('+', '\\+')}`));
    // The few worst messages only; the rest is in the page's panel.
    const shown = await popup.locator('[data-ca-rule][data-ca-severity]').count();
    assert.ok(shown > 0 && shown <= 3, `${shown} messages`);
    if (Number.parseInt(badge, 10) > 3) assert.match(await popup.locator('.popup-more').innerText(), /autre\(s\) message/);
    // popup.html opened as a page of its own speaks of the Chorus Pro tab used last.
    const asPage = await session.openExtensionPage('popup.html');
    await asPage.locator('[data-ca-popup-state="status"]').waitFor();
    assert.equal(await asPage.locator('[data-ca-page]').getAttribute('data-ca-page'), 'saisie');
    await asPage.close();
    // The diagnostic text is built from the status, ready to paste into an e-mail.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.locator('[data-ca-action="copy-diagnostic"]').click();
    assert.match(await popup.evaluate(() => navigator.clipboard.readText()), /Diagnostic Assistant Chorus Pro[\s\S]*Saisie de la facture/);

    await portal.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const left = await session.serviceWorker.evaluate(() => chrome.storage.session.get('tabStatuses'));
    assert.equal((left.tabStatuses as Record<string, unknown> | undefined)?.[String(tabId)], undefined);
  });

  test('on a Chorus Pro page with nothing to check, the popup says where to deposit', async () => {
    const portal = await session.open('/cpp/pageInconnue?execution=e1s1');
    const tabId = await tabIdOf(session, portal.url());
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('[data-ca-popup="other-page"]').waitFor();
    assert.match(await popup.locator('[data-ca-popup="other-page"]').innerText(), /Factures émises/);
    await popup.close();
    await portal.close();
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, PORTAL, type ExtensionSession } from './lib/browser.ts';
import { field, message, openPortal, panel, waitForMessage } from './lib/portal.ts';

// Code passed to evaluate() in the service worker runs in the extension, where `chrome` is the extension API.
declare const chrome: import('webextension-polyfill').Browser;

const FIELD_KEYS = [
  'supplierDesignation', 'supplierService', 'supplierBank', 'billingFrame', 'recipientIsState', 'recipientSiret', 'recipientName', 'serviceCode',
  'serviceName', 'invoiceNumber', 'invoiceDate', 'depositFormatRef', 'currency', 'documentType', 'engagementNumber', 'marketNumber', 'vatType',
  'paymentMode', 'totalHT', 'totalTVA', 'totalTTCBeforeDiscount', 'globalDiscountTTC', 'totalTTC', 'netAPayer', 'depositFile', 'depositFormat',
  'depositFrame', 'depositStructure', 'depositService', 'registrationEmail', 'registrationSiret', 'vatExemptionReason', 'attachments',
];

/** The values the partly recognised replica is filled with (test/replicas/recognisable.json). */
const RECOGNISABLE = JSON.parse(readFileSync(join(import.meta.dirname, '../replicas/recognisable.json'), 'utf8')) as Record<string, string | string[]>;

/** Every value, as shown and without spaces, and the digits of those that have many: none may be in a skeleton. */
function recognisableForms(): string[] {
  const values = Object.values(RECOGNISABLE).flat();
  return [...new Set(values.flatMap((value) => [value, value.replace(/\s/g, ''), ...(value.replace(/\D/g, '').length >= 4 ? [value.replace(/\D/g, '')] : [])]))];
}

function assertNoValue(skeleton: string, values: readonly string[]): void {
  const lower = skeleton.toLowerCase();
  for (const value of values) assert.ok(!lower.includes(value.toLowerCase()), `the skeleton shows « ${value} »`);
}

/** Each field key on the « found » or a « missing » line of the skeleton's header. */
function assertEveryKeyListed(skeleton: string): void {
  const listed = (heading: string) => (new RegExp(`^${heading} \\(\\d+\\): (.*)$`, 'm').exec(skeleton)?.[1] ?? '').split(', ');
  const found = listed('found');
  const missing = [...listed('missing'), ...listed('missing, not expected on this page')];
  for (const key of FIELD_KEYS) assert.ok(found.includes(key) !== missing.includes(key), `${key} must be listed once, as found or missing`);
}

async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  return session.serviceWorker.evaluate(async (wanted) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === wanted);
    if (!tab?.id) throw new Error(`no tab for ${wanted}`);
    return tab.id;
  }, url);
}

async function openUnknownPortalPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.open(path);
  await page.waitForFunction(() => Boolean(document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('.ca-panel')), null, { timeout: 10_000 });
  return page;
}

describe('the page skeleton for the support desk (« Copier la structure de la page, sans vos données »)', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: PORTAL });
  });
  after(async () => {
    await session?.close();
  });

  test('on a partly recognised entry form: offered at the top, shown in full, no value in it, every field key listed, copied as shown', async () => {
    const page = await openPortal(session, '/cpp/saisiePartielle?execution=e3s3', 'saisie');
    const offer = panel(page).locator('[data-ca-action="show-skeleton"]');
    await offer.waitFor();
    assert.equal(await offer.count(), 1, 'one way in');
    assert.match(await panel(page).locator('[data-ca-notice="partial-recognition"]').innerText(), /ne reconnaît pas entièrement cette page/);
    assert.equal(await panel(page).locator('footer [data-ca-action="show-skeleton"]').count(), 0, 'offered at the top, not again in the footer');

    await offer.click();
    const preview = panel(page).locator('[data-ca-skeleton]');
    await preview.waitFor();
    assert.equal(await panel(page).locator('[data-ca-action="copy-skeleton"]').evaluate((button) => button === (button.getRootNode() as ShadowRoot).activeElement), true, 'the keyboard starts on « Copier »');
    const shown = await preview.evaluate((element) => element.textContent ?? '');
    assert.match(shown, /^page: saisie \(partial\)$/m);
    assert.match(shown, /^missing \(2\): totalHT, totalTVA$/m);
    assert.match(shown, /label\.col-sm-4\.control-label\[for=GFE_SaisieFacture_MontantsTotaux_TotalHorsTaxes\] "\* Total hors taxes :"/);
    assertNoValue(shown, recognisableForms());
    // Nor what the page shows as choices: the supplier list's captions, the chosen billing frame.
    const captions = await page.locator('#GFE_SaisieFacture_Fournisseur_Designation option, #GFE_SaisieFacture_CadreFacturation_Code option').evaluateAll((options) =>
      options.map((option) => option.textContent ?? '').filter((caption) => caption !== 'Sélectionner'),
    );
    assert.ok(captions.length >= 6);
    assertNoValue(shown, captions);
    assertEveryKeyListed(shown);

    await panel(page).locator('[data-ca-action="copy-skeleton"]').click();
    await panel(page).locator('[data-ca-dialog="skeleton"] [role="status"]').filter({ hasText: 'Copié' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown, 'the clipboard holds exactly what was shown');

    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    assert.equal(await offer.evaluate((button) => button === (button.getRootNode() as ShadowRoot).activeElement), true, 'the keyboard is back on the button');
    await page.close();
  });

  test('the popup offers the same on the partly recognised tab, and on a Chorus Pro page with a form it cannot place', async () => {
    for (const [path, kind, header] of [
      ['/cpp/saisiePartielle?execution=e3s3', 'saisie', /^page: saisie \(partial\)$/m],
      ['/cpp/monCompte?execution=e5s1', null, /^page: none \(partial: a form the assistant cannot place\)$/m],
    ] as const) {
      const page = kind ? await openPortal(session, path, kind) : await openUnknownPortalPage(session, path);
      if (!kind) await panel(page).locator('[data-ca-notice="partial-recognition"]').waitFor();
      const tabId = await tabIdOf(session, page.url());
      const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.locator('[data-ca-popup="partial"]').waitFor();
      await popup.locator('[data-ca-action="show-skeleton"]').click();
      const preview = popup.locator('[data-ca-skeleton]');
      await preview.waitFor();
      const shown = (await preview.textContent()) ?? '';
      assert.match(shown, header);
      assertNoValue(shown, [...recognisableForms(), 'Hortense', 'QUINCAMPOIX', '04 77 12 34 56', '0477123456']);
      assertEveryKeyListed(shown);
      await popup.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await popup.locator('[data-ca-action="copy-skeleton"]').click();
      assert.equal(await popup.evaluate(() => navigator.clipboard.readText()), shown);
      await popup.close();
      await page.close();
    }
  });

  test('on a recognised page the offer stays in the footer; the skeleton carries the page’s values nowhere', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await panel(page).locator('footer [data-ca-action="show-skeleton"]').waitFor();
    assert.equal(await panel(page).locator('[data-ca-action="show-skeleton"]').count(), 1);
    assert.equal(await panel(page).locator('[data-ca-notice="partial-recognition"]').count(), 0);
    await panel(page).locator('[data-ca-action="show-skeleton"]').click();
    const shown = (await panel(page).locator('[data-ca-skeleton]').textContent()) ?? '';
    assert.match(shown, /^page: saisie$/m);
    assert.match(shown, /^missing \(0\): —$/m);
    assertNoValue(shown, ['MENUISERIE DUPONT', '12345678200017', 'FA-2024-0312', '1 250,00', 'VILLE DE SAINT ETIENNE', '21420218600018', 'FR76']);
    await panel(page).locator('[data-ca-action="close-skeleton"]').click();
    await panel(page).locator('[data-ca-skeleton]').waitFor({ state: 'detached' });
    await page.close();
  });

  test('deposit window drawn independently, « Structure » = the depositor’s own structure: the city’s advice stays, nothing writes into it', async () => {
    const page = await openPortal(session, '/cpp/depotAutreStructure?execution=e4s1', 'depot');
    const structure = field(page, 'depositStructure');
    assert.equal(await structure.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text), '48253710900019 - MENUISERIE DUPONT');
    await waitForMessage(page, 'se/deposit-format');
    await waitForMessage(page, 'se/billing-frame');
    assert.match(await panel(page).locator('.ca-panel__profile').innerText(), /Ville de Saint-Étienne/);
    // No message about « Structure » offers to change it.
    assert.equal(await panel(page).locator('[data-ca-for="depositStructure"] [data-ca-action="fix"]').count(), 0);
    for (const rule of ['se/deposit-format', 'se/billing-frame']) {
      await message(page, rule).locator('[data-ca-action="fix"]').click();
      await waitForMessage(page, rule, false);
    }
    assert.equal(await structure.evaluate((select: HTMLSelectElement) => select.value), '48253710900019', 'the fixes left « Structure » alone');
    // Structure emptied (the other reading): both readings are given, still no fix for it.
    await structure.evaluate((select: HTMLSelectElement) => {
      select.add(new Option('Sélectionner', ''), 0);
      select.selectedIndex = 0;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitForMessage(page, 'se/recipient-hint');
    const hint = message(page, 'se/recipient-hint');
    assert.match(await hint.innerText(), /votre propre structure/);
    assert.equal(await hint.locator('[data-ca-action="fix"]').count(), 0);
    assert.equal(await panel(page).locator('[data-ca-for="depositStructure"] [data-ca-action="fix"]').count(), 0);
    assert.match(await panel(page).locator('.ca-panel__profile').innerText(), /Ville de Saint-Étienne/);
    assert.equal(await structure.evaluate((select: HTMLSelectElement) => select.value), '');
    await page.close();
  });
});

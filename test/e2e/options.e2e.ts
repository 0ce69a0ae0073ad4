import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';
import { message, openPortal, panel } from './lib/portal.ts';

// Code passed to evaluate() runs in the extension, where `chrome` is the (promise-based) extension API.
declare const chrome: import('webextension-polyfill').Browser;

const SENT = [
  { invoiceNumber: 'FA-2026-001', recipientSiret: '21420218600018', recipientName: 'Ville de Saint-Étienne', date: '15/10/2026', amount: '1200,00', sentAt: '2026-10-16T08:00:00.000Z' },
  { invoiceNumber: 'FA-2026-002', recipientSiret: '21420218600018', sentAt: '2026-10-20T08:00:00.000Z' },
  { invoiceNumber: 'FA-2026-003', recipientSiret: '21420218600018', amount: '80,00', sentAt: '2026-11-02T08:00:00.000Z' },
];

describe('options.html (settings)', () => {
  let session: ExtensionSession;
  let page: Page;
  before(async () => {
    session = await launchWithExtension();
    await session.serviceWorker.evaluate((sent) => chrome.storage.local.set({ sentInvoices: sent, sentInvoices$: { v: 2 } }), SENT);
    page = await session.openExtensionPage('options.html');
    await page.locator('#settings-title').waitFor();
  });
  after(async () => {
    await session?.close();
  });

  const stored = (key: string) => session.serviceWorker.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key);

  test('autofill suggestions and panel position are saved at once', async () => {
    await page.locator('[data-ca-setting="autofillSuggestions"]').uncheck();
    await page.locator('#setting-position-left').check();
    await page.locator('.options-status', { hasText: 'enregistrée' }).first().waitFor();
    assert.deepEqual(await stored('settings'), { autofillSuggestions: false, panelPosition: 'left', panelCollapsed: false, language: 'auto' });
    await page.reload();
    assert.equal(await page.locator('[data-ca-setting="autofillSuggestions"]').isChecked(), false);
    assert.equal(await page.locator('#setting-position-left').isChecked(), true);
  });

  test('history: listed newest first, one entry deleted', async () => {
    const rows = page.locator('[data-ca-history-entry]');
    await rows.first().waitFor();
    assert.deepEqual(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-ca-history-entry'))), ['FA-2026-003', 'FA-2026-002', 'FA-2026-001']);
    await page.locator('[data-ca-history-entry="FA-2026-002"] [data-ca-action="delete-history-entry"]').click();
    await page.locator('[data-ca-history-entry="FA-2026-002"]').waitFor({ state: 'detached' });
    assert.deepEqual(((await stored('sentInvoices')) as { invoiceNumber: string }[]).map((entry) => entry.invoiceNumber), ['FA-2026-001', 'FA-2026-003']);
  });

  test('history: exported as CSV by a download, without any network', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ca-action="export-history"]').click()]);
    assert.equal(download.suggestedFilename(), 'factures-envoyees.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    assert.ok(csv.startsWith('\ufeff"Numéro de facture";"SIRET destinataire"'), csv.slice(0, 80));
    assert.match(csv, /"FA-2026-001";"21420218600018";"Ville de Saint-Étienne";"15\/10\/2026";"1200,00"/);
    assert.doesNotMatch(csv, /FA-2026-002/);
  });

  test('history: clearing all asks for confirmation first', async () => {
    await page.locator('[data-ca-action="clear-history"]').click();
    await page.locator('[data-ca-action="cancel-clear-history"]').click();
    assert.equal(await page.locator('[data-ca-history-entry]').count(), 2);
    await page.locator('[data-ca-action="clear-history"]').click();
    assert.match(await page.locator('#clear-confirm-text').innerText(), /2 facture/);
    await page.locator('[data-ca-action="confirm-clear-history"]').click();
    await page.locator('[data-ca-history="empty"]').waitFor();
    assert.deepEqual(await stored('sentInvoices'), []);
  });

  test('profiles: Saint-Étienne built in; a bad file shows clear French errors; a good one is imported and removable', async () => {
    assert.equal(await page.locator('[data-ca-profile="saint-etienne"]').count(), 1);
    assert.equal(await page.locator('[data-ca-profile="saint-etienne"] [data-ca-action="remove-profile"]').count(), 0);
    const input = page.locator('[data-ca-action="import-profile"]');

    await input.setInputFiles({ name: 'profil.json', mimeType: 'application/json', buffer: Buffer.from('{ pas du json') });
    await page.locator('[data-ca-profile-errors]').waitFor();
    assert.match(await page.locator('[data-ca-profile-errors]').innerText(), /n'est pas du JSON valide/);

    const invalid = { id: 'Mairie X', name: 'Mairie X', recipientSirets: ['123'], rules: { 'xx/inconnue': {} } };
    await input.setInputFiles({ name: 'profil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
    await page.locator('[data-ca-profile-errors]', { hasText: 'minuscules' }).waitFor();
    assert.match(await page.locator('[data-ca-profile-errors]').innerText(), /14 chiffres/);

    const valid = { id: 'mairie-x', name: 'Mairie de X', recipientSirets: ['21420218600018'], extends: 'chorus-pro', rules: { 'se/engagement-required': {} } };
    await input.setInputFiles({ name: 'profil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid)) });
    await page.locator('[data-ca-profile="mairie-x"]').waitFor();
    assert.equal(await page.locator('[data-ca-profile-errors]').count(), 0);
    assert.equal(((await stored('customProfiles')) as { id: string }[])[0]?.id, 'mairie-x');

    await page.locator('[data-ca-profile="mairie-x"] [data-ca-action="remove-profile"]').click();
    await page.locator('[data-ca-profile="mairie-x"]').waitFor({ state: 'detached' });
    assert.deepEqual(await stored('customProfiles'), []);
  });

  test('language: English on demand, complete', async () => {
    await page.locator('[data-ca-setting="language"]').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('#settings-title').waitFor();
    assert.equal(await page.locator('h1').innerText(), 'Chorus Pro Assistant settings');
    const guide = await session.openExtensionPage('guide.html');
    await guide.locator('[data-ca-step]').first().waitFor();
    assert.equal(await guide.locator('[data-ca-action="new-call"]').innerText(), 'New call');
    await page.locator('[data-ca-setting="language"]').selectOption('auto');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
  });

  test('asks nothing of the network', () => {
    const outside = session.requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url));
    assert.deepEqual(outside, []);
  });

  test('language: the panel on the portal follows the same setting, its own words and the checks\' messages', async () => {
    await page.locator('[data-ca-setting="language"]').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const portal = await openPortal(session, '/cpp/saisieReconnue?execution=e1s4', 'saisie');
    const panelBox = panel(portal).locator('[data-ca-panel]');
    await portal.waitForFunction(() => document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('[data-ca-panel]')?.getAttribute('lang') === 'en');
    assert.equal(await panelBox.locator('.ca-panel__title').innerText(), 'Chorus Pro Assistant');
    assert.match(await message(portal, 'se/engagement-format').first().innerText(), /commitment number is exactly 7 digits/);
    await page.locator('[data-ca-setting="language"]').selectOption('auto');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    // Changed while the portal is open: the panel speaks French again at once.
    await portal.waitForFunction(() => document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('[data-ca-panel]')?.getAttribute('lang') === 'fr');
    assert.equal(await panelBox.locator('.ca-panel__title').innerText(), 'Assistant Chorus Pro');
    assert.match(await message(portal, 'se/engagement-format').first().innerText(), /7 chiffres/);
  });
});

import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';
import { UNSURE_INVOICE, writeUnsureInvoice } from './lib/unsure-invoice.ts';

const CORPUS = resolve(import.meta.dirname, '../fixtures/public');
const FACTURX = resolve(import.meta.dirname, '../fixtures/facturx');

/** The guide page, the support desk's tool: procedure, quick check, PDF check, copy, print. */
describe('guide.html', () => {
  let session: ExtensionSession;
  let page: Page;

  before(async () => {
    session = await launchWithExtension();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await session.openExtensionPage('guide.html');
    await page.locator('[data-ca-step]').first().waitFor();
  });
  after(async () => {
    await session?.close();
  });

  test('works with no Chorus Pro tab: the whole procedure, in French, with the city specifics', async () => {
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await page.locator('[data-ca-step]').count(), 19);
    const text = await page.locator('.guide-procedure').innerText();
    for (const words of ['21420218600018', 'Rechercher une structure', 'FACTURES_PUBLIQUES', '7 chiffres', 'A1', 'PDF non signé', 'Factures de travaux', 'justificatif de dépôt']) {
      assert.ok(text.includes(words), words);
    }
  });

  test('the search filters the steps as one types, and says how many', async () => {
    const search = page.locator('[data-ca-action="search-procedure"]');
    await search.fill('engagement');
    await page.waitForFunction(() => document.querySelectorAll('[data-ca-step]').length < 19);
    const ids = await page.locator('[data-ca-step]').evaluateAll((items) => items.map((item) => item.getAttribute('data-ca-step')));
    assert.ok(ids.includes('form-engagement'), String(ids));
    assert.match(await page.locator('.guide-procedure__count').innerText(), /trouvée/);
    await search.fill('zzzz');
    assert.equal(await page.locator('[data-ca-step]').count(), 0);
    assert.match(await page.locator('.guide-procedure__count').innerText(), /Aucune étape/);
    await search.fill('');
    assert.equal(await page.locator('[data-ca-step]').count(), 19);
  });

  test('steps tick with the keyboard, and "Nouvel appel" starts again', async () => {
    await page.locator('#step-signup-site').focus();
    await page.keyboard.press('Space');
    await page.locator('#step-where-tab').check();
    assert.match(await page.locator('.guide-procedure__count').innerText(), /^2 étape/);
    await page.locator('[data-ca-field="engagementNumber"]').fill('123');
    await page.locator('[data-ca-action="new-call"]').click();
    assert.equal(await page.locator('#step-signup-site').isChecked(), false);
    assert.equal(await page.locator('[data-ca-field="engagementNumber"]').inputValue(), '');
    assert.match(await page.locator('.guide-procedure__count').innerText(), /^0 étape/);
  });

  test('quick check: same verdicts and marks as on the portal, updated as one types; a fix fills the input', async () => {
    const engagement = page.locator('input[data-ca-field="engagementNumber"]');
    for (const key of ['engagementNumber', 'serviceCode', 'recipientSiret', 'invoiceNumber', 'invoiceDate', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer']) {
      assert.equal(await page.locator(`.guide-quick input[data-ca-field="${key}"]`).count(), 1, key);
    }
    await engagement.fill('EJ 240 1234');
    const message = page.locator('.guide-quick [data-ca-rule="se/engagement-format"][data-ca-severity="error"]');
    await message.waitFor();
    assert.match(await message.innerText(), /7 chiffres/);
    assert.equal(await engagement.getAttribute('data-ca-state'), 'error');
    // Every verdict of the portal, but the typed fields' first; the others come below as what to ask next.
    const first = page.locator('.guide-quick [data-ca-rule]').first();
    assert.equal(await first.getAttribute('data-ca-rule'), 'se/engagement-format');
    assert.ok((await page.locator('.guide-quick [data-ca-rule="cpp/required"][data-ca-for="invoiceNumber"]').count()) === 1);
    assert.equal(await page.locator('input[data-ca-field="invoiceNumber"]').getAttribute('data-ca-state'), 'error');
    await message.locator('[data-ca-action="fix"]').click();
    assert.equal(await engagement.inputValue(), '2401234');
    await message.waitFor({ state: 'detached' });
    assert.equal(await engagement.getAttribute('data-ca-state'), 'ok');

    const serviceCode = page.locator('input[data-ca-field="serviceCode"]');
    await serviceCode.fill('COMPTA');
    const serviceMessage = page.locator('.guide-quick [data-ca-rule="se/service-code"]');
    await serviceMessage.locator('[data-ca-action="fix"]').click();
    assert.equal(await serviceCode.inputValue(), '');

    await page.locator('input[data-ca-field="totalHT"]').fill('100,00');
    await page.locator('input[data-ca-field="totalTVA"]').fill('20,00');
    await page.locator('input[data-ca-field="totalTTC"]').fill('121,00');
    await page.locator('.guide-quick [data-ca-rule="cpp/amount-consistency"][data-ca-severity="warning"]').waitFor();
    await page.locator('input[data-ca-field="invoiceDate"]').fill('31/02/2026');
    await page.locator('.guide-quick [data-ca-rule="cpp/invoice-date"]').waitFor();

    await page.locator('[data-ca-action="copy-quick-check"]').click();
    await page.locator('.guide-quick .ca-copy__status', { hasText: 'Copié' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /N° d'engagement : 2401234/);
    assert.match(copied, /\[Erreur\] Date : /);
  });

  test('PDF check: what was read, the verdicts, what to type where in the portal formats, copied as text', async () => {
    await page.locator('input[type=file][data-ca-action="import-pdf"]').setInputFiles(`${CORPUS}/fnfe107-en16931-F20220023.pdf`);
    await page.locator('[data-ca-pdf-state="read"]').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-ca-read-field="invoiceNumber"] dd').innerText(), 'F20220023');
    const row = (field: string) => page.locator(`[data-ca-table="type-where"] tr[data-ca-field="${field}"] .guide-table__value`);
    assert.equal(await row('invoiceDate').innerText(), '31/01/2022');
    assert.equal(await row('totalTVA').innerText(), '4,90');
    assert.equal(await row('netAPayer').innerText(), '104,90');
    assert.ok((await page.locator('.guide-pdf [data-ca-rule][data-ca-severity]').count()) > 0);

    const text = await page.locator('[data-ca-text="type-where"]').inputValue();
    assert.match(text, /MONTANTS TOTAUX\n {2}Montant HT : 100,00/);
    assert.match(text, /Date : 31\/01\/2022/);
    await page.locator('[data-ca-action="copy-type-where"]').click();
    await page.locator('.guide-pdf .ca-copy__status', { hasText: 'Copié' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
  });

  test('PDF check: a value the reader is unsure of is marked « à vérifier sur la facture » where it is read and where it is to be typed', async () => {
    await page.locator('input[type=file][data-ca-action="import-pdf"]').setInputFiles(writeUnsureInvoice(mkdtempSync(join(tmpdir(), 'acp-guide-'))));
    await page.locator('[data-ca-pdf-state="read"]', { hasText: UNSURE_INVOICE.name }).waitFor({ timeout: 20_000 });
    const read = (key: string) => page.locator(`[data-ca-read-field="${key}"] dd`).innerText();
    const typeWhere = (key: string) => page.locator(`[data-ca-table="type-where"] tr[data-ca-field="${key}"] .guide-table__value`).innerText();
    for (const [key, value] of Object.entries(UNSURE_INVOICE.unsure)) {
      assert.match(await typeWhere(key), new RegExp(`^${value}\\s+à vérifier sur la facture$`), key);
    }
    assert.match(await read('totalTTC'), /^1200\.00\s+à vérifier sur la facture$/);
    assert.match(await read('engagementNumber'), /à vérifier sur la facture/);
    assert.equal(await read('invoiceNumber'), UNSURE_INVOICE.sure.invoiceNumber);
    assert.equal(await typeWhere('invoiceDate'), UNSURE_INVOICE.sure.invoiceDate);
    const text = await page.locator('[data-ca-text="type-where"]').inputValue();
    assert.ok(text.includes('Montant TTC après remise : 1200,00 (à vérifier sur la facture)'), text);
    const numberLine = text.split('\n').find((line) => line.includes(UNSURE_INVOICE.sure.invoiceNumber));
    assert.ok(numberLine && !numberLine.includes('vérifier'), String(numberLine));
  });

  test('PDF check: a file the reader refuses shows its French message', async () => {
    await page.locator('input[type=file][data-ca-action="import-pdf"]').setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Ceci est un texte, pas un PDF.') });
    const error = page.locator('[data-ca-error="not-pdf"]');
    await error.waitFor({ timeout: 20_000 });
    assert.match(await error.innerText(), /n'est pas un PDF/);
    await page.locator('input[type=file][data-ca-action="import-pdf"]').setInputFiles({ name: 'vide.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
    await page.locator('[data-ca-error="empty"]').waitFor({ timeout: 20_000 });
  });

  test('PDF check: a Factur-X PDF shows what Chorus Pro would read in its XML, and the 2026 mentions it lacks', async () => {
    await page.locator('input[type=file][data-ca-action="import-pdf"]').setInputFiles(`${FACTURX}/ville-ecarts.pdf`);
    await page.locator('[data-ca-pdf-state="read"]').waitFor({ timeout: 20_000 });
    const verdict = (rule: string) => page.locator(`.guide-pdf [data-ca-rule="${rule}"]`);
    await verdict('cpp/facturx-deposit').waitFor();
    assert.equal(await verdict('cpp/facturx-deposit').getAttribute('data-ca-severity'), 'info');
    assert.match(await verdict('cpp/facturx-deposit').innerText(), /Ce PDF contient des données Factur-X[^.]*\. Déposé par « Dépôt factures », il est traité comme un flux/);
    for (const rule of ['se/facturx-service', 'cpp/facturx-payment-means']) {
      assert.equal(await verdict(rule).getAttribute('data-ca-severity'), 'error', rule);
      assert.match(await verdict(rule).innerText(), /déposez un PDF sans données Factur-X/, rule);
    }
    assert.match(await verdict('se/facturx-service').innerText(), /le code service \(BuyerReference\) est « SERVICE-TECHNIQUE »/);
    // The XML's totals differ from the page's: one warning per amount.
    assert.equal(await verdict('cpp/facturx-text').first().getAttribute('data-ca-severity'), 'warning');
    assert.match((await verdict('cpp/facturx-text').allInnerTexts()).join('\n'), /Montant TVA » : les données Factur-X de ce PDF indiquent 250,00/);
    assert.equal(await verdict('cpp/mentions-2026').getAttribute('data-ca-severity'), 'info');
    assert.match(await verdict('cpp/mentions-2026').innerText(), /le SIREN du client[\s\S]*la catégorie de l'opération/);
  });

  test('PDF check: a PDF dropped on the zone is read too', async () => {
    const bytes = readFileSync(`${CORPUS}/caslimites-OK-001.pdf`).toString('base64');
    const transfer = await page.evaluateHandle((base64) => {
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([data], 'OK-001.pdf', { type: 'application/pdf' }));
      return dataTransfer;
    }, bytes);
    await page.locator('[data-ca-drop="pdf"]').dispatchEvent('drop', { dataTransfer: transfer });
    await page.locator('[data-ca-read-field="invoiceNumber"] dd', { hasText: 'FA-2026-0001' }).waitFor({ timeout: 20_000 });
  });

  const printedPages = async () => (await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

  test('prints on one or two pages: the procedure, then the table of a PDF checked during the call', async () => {
    // With a PDF read: the procedure, then "what to type where" (the screen-only details are left out).
    assert.equal(await page.locator('[data-ca-table="type-where"]').count(), 1);
    const withTable = await printedPages();
    assert.ok(withTable >= 1 && withTable <= 2, `${withTable} pages with the table`);
    await page.locator('[data-ca-action="new-call"]').click();
    assert.equal(await printedPages(), 1);
  });

  test('asks nothing of the network', async () => {
    const outside = session.requests.filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(outside, []);
  });
});

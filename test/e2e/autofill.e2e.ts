import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';
import { field, foreignRequests, message, openPortal, panel, typeInto, waitForMessage } from './lib/portal.ts';
import { UNSURE_INVOICE, writeUnsureInvoice } from './lib/unsure-invoice.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'test/corpus/generated');
const truth = JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8')) as Record<string, Record<string, string>>;

/** A generated invoice to the Ville de Saint-Étienne with a deposit (net below TTC): every amount differs. */
const INVOICE = 'acompte-06.pdf';
const expected = truth[INVOICE]!;
const frenchAmount = (decimal: string) => decimal.replace('.', ',');
const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

async function importPdf(page: Page, file: string): Promise<void> {
  await panel(page).locator('input[type=file][data-ca-action="import-pdf"]').setInputFiles(file);
}

async function values(page: Page, keys: string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(keys.map(async (key) => [key, await field(page, key).inputValue()] as const));
  return Object.fromEntries(entries);
}

const FILLED = ['invoiceNumber', 'invoiceDate', 'engagementNumber', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer', 'serviceCode', 'recipientSiret'];

describe('autofill from the invoice PDF', () => {
  let session: ExtensionSession;
  let scratch: string;
  before(async () => {
    session = await launchWithExtension();
    scratch = mkdtempSync(join(tmpdir(), 'acp-autofill-'));
  });
  after(async () => {
    await session?.close();
  });

  test('an empty entry form: preview, apply fills every field in the portal\'s formats, undo restores it exactly', async () => {
    const page = await openPortal(session, '/cpp/saisie?execution=e1s3', 'saisie');
    const before = await values(page, FILLED);
    await importPdf(page, join(CORPUS, INVOICE));
    const apply = panel(page).locator('[data-ca-action="apply-autofill"]');
    await apply.waitFor({ timeout: 15_000 });
    // The city does not want a service code: the PDF's one is not proposed.
    assert.equal(await panel(page).locator('[data-ca-autofill-field="serviceCode"]').count(), 0);
    const ticked = await panel(page).locator('.ca-autofill__rows input[type=checkbox]:checked').count();
    assert.ok(ticked >= 7, `${ticked} rows ticked`);
    await apply.click();
    assert.deepEqual(await values(page, ['invoiceNumber', 'invoiceDate', 'engagementNumber', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer', 'recipientSiret']), {
      invoiceNumber: expected.invoiceNumber,
      invoiceDate: frenchDate(expected.invoiceDate!),
      engagementNumber: expected.engagementNumber,
      totalHT: frenchAmount(expected.totalHT!),
      totalTVA: frenchAmount(expected.totalTVA!),
      totalTTC: frenchAmount(expected.totalTTC!),
      netAPayer: frenchAmount(expected.netAPayer!),
      recipientSiret: expected.buyerSiret,
    });
    assert.equal(await field(page, 'serviceCode').inputValue(), '');
    // Filled from the PDF, the form agrees with it: no misreading to report.
    await waitForMessage(page, 'cpp/pdf-mismatch', false);
    // The city's engagement has exactly 7 digits: the assistant judges the filled number like a typed one.
    await waitForMessage(page, 'se/engagement-format', !/^\d{7}$/.test(expected.engagementNumber!));
    await panel(page).locator('[data-ca-action="undo-autofill"]').click();
    assert.deepEqual(await values(page, FILLED), before);
    await page.close();
  });

  test('a value the user typed is shown but not ticked, and stays unless the user ticks it', async () => {
    const page = await openPortal(session, '/cpp/saisie?execution=e1s3', 'saisie');
    await typeInto(page, 'invoiceNumber', 'MON-NUMERO');
    await importPdf(page, join(CORPUS, INVOICE));
    const row = panel(page).locator('[data-ca-autofill-field="invoiceNumber"]');
    await row.waitFor({ timeout: 15_000 });
    assert.equal(await row.locator('input[type=checkbox]').isChecked(), false);
    await panel(page).locator('[data-ca-action="apply-autofill"]').click();
    assert.equal(await field(page, 'invoiceNumber').inputValue(), 'MON-NUMERO');
    assert.equal(await field(page, 'totalHT').inputValue(), frenchAmount(expected.totalHT!));
    // The typed number differs from the PDF: that is worth a warning, with the PDF's value as the fix.
    await waitForMessage(page, 'cpp/pdf-mismatch');
    await panel(page).locator('[data-ca-action="undo-autofill"]').click();
    assert.equal(await field(page, 'invoiceNumber').inputValue(), 'MON-NUMERO');
    assert.equal(await field(page, 'totalHT').inputValue(), '');
    await page.close();
  });

  test('after CPP recognition, every field read differently from the PDF is flagged; its fix writes the PDF value', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await importPdf(page, join(CORPUS, INVOICE));
    await waitForMessage(page, 'cpp/pdf-mismatch');
    const flagged = await message(page, 'cpp/pdf-mismatch').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-ca-for')));
    for (const key of ['invoiceNumber', 'invoiceDate', 'totalHT', 'netAPayer']) assert.ok(flagged.includes(key), `${key} flagged (${flagged.join(', ')})`);
    const dateMessage = message(page, 'cpp/pdf-mismatch').and(panel(page).locator('[data-ca-for="invoiceDate"]'));
    await dateMessage.locator('[data-ca-action="fix"]').click();
    assert.equal(await field(page, 'invoiceDate').inputValue(), frenchDate(expected.invoiceDate!));
    // Recognised (blue) values are ticked for replacement in the preview.
    const totalRow = panel(page).locator('[data-ca-autofill-field="totalHT"] input[type=checkbox]');
    assert.equal(await totalRow.isChecked(), true);
    await page.close();
  });

  test('the PDF chosen in the deposit window is read locally and waits for the entry form that follows', async () => {
    const page = await openPortal(session, '/cpp/facturesEmises?execution=e1s1', 'factures-emises');
    await page.locator('#GFE_Menu_DepotFactures').click();
    await page.waitForSelector('html[data-ca-page="depot"]');
    await page.locator('#GFE_DepotFacture_Fichier_Choix').setInputFiles(join(CORPUS, INVOICE));
    // Read in the window already: the summary shows in the panel.
    await panel(page).locator('.ca-autofill__status', { hasText: INVOICE }).waitFor({ timeout: 15_000 });
    await Promise.all([page.waitForURL(/saisieReconnue/), page.locator('#GFE_DepotFacture_BoutonContinuer').click()]);
    await page.waitForSelector('html[data-ca-page="saisie"]');
    await panel(page).locator('[data-ca-action="apply-autofill"]').waitFor({ timeout: 10_000 });
    await waitForMessage(page, 'cpp/pdf-mismatch');
    await page.close();
  });

  /** Each preview row: ticked, marked unsure, and what the checkbox's description says. */
  async function previewRows(page: Page): Promise<Record<string, { ticked: boolean; unsure: boolean; description: string }>> {
    return panel(page)
      .locator('[data-ca-autofill-field]')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => {
            const checkbox = row.querySelector('input[type=checkbox]') as HTMLInputElement | null;
            const root = row.getRootNode() as ShadowRoot;
            const description = (checkbox?.getAttribute('aria-describedby') ?? '')
              .split(' ')
              .map((id) => (id ? root.getElementById(id)?.textContent ?? '' : ''))
              .join(' ');
            return [row.getAttribute('data-ca-autofill-field'), { ticked: checkbox?.checked ?? false, unsure: row.getAttribute('data-ca-unsure') === 'true', description }];
          }),
        ),
      );
  }

  test('values the reader is unsure of: shown « à vérifier sur la facture », not ticked, not written, never a one-click fix', async () => {
    const page = await openPortal(session, '/cpp/saisie?execution=e1s3', 'saisie');
    await importPdf(page, writeUnsureInvoice(scratch));
    await panel(page).locator('[data-ca-action="apply-autofill"]').waitFor({ timeout: 15_000 });
    const rows = await previewRows(page);
    for (const key of Object.keys(UNSURE_INVOICE.unsure)) {
      assert.deepEqual([rows[key]?.ticked, rows[key]?.unsure], [false, true], key);
      // Said to a screen reader with the checkbox, and shown beside the value.
      assert.match(rows[key]!.description, /^à vérifier sur la facture /, key);
      assert.match(await panel(page).locator(`[data-ca-autofill-field="${key}"]`).innerText(), /à vérifier sur la facture/, key);
    }
    for (const key of Object.keys(UNSURE_INVOICE.sure)) {
      assert.deepEqual([rows[key]?.ticked, rows[key]?.unsure], [true, false], key);
      assert.doesNotMatch(rows[key]!.description, /vérifier/, key);
    }
    assert.match(await panel(page).locator('.ca-autofill__unsure-intro').innerText(), /ne sont pas cochées/);
    await panel(page).locator('[data-ca-action="apply-autofill"]').click();
    assert.deepEqual(await values(page, [...Object.keys(UNSURE_INVOICE.sure), ...Object.keys(UNSURE_INVOICE.unsure)]), {
      ...UNSURE_INVOICE.sure,
      engagementNumber: '',
      totalTTC: '',
      netAPayer: '',
    });
    // The city's missing engagement: the message names the number read, to check, and offers no fix.
    await waitForMessage(page, 'se/engagement-required');
    const engagement = message(page, 'se/engagement-required');
    assert.match(await engagement.innerText(), /semble indiquer « 2401234 »/);
    assert.equal(await engagement.locator('[data-ca-action="fix"]').count(), 0);
    // A total typed differently from the unsure one: a hint to look at the invoice, not a fix.
    await typeInto(page, 'totalTTC', '1 100,00');
    await waitForMessage(page, 'cpp/pdf-mismatch');
    const mismatch = message(page, 'cpp/pdf-mismatch').and(panel(page).locator('[data-ca-for="totalTTC"]'));
    assert.equal(await mismatch.getAttribute('data-ca-severity'), 'info');
    assert.equal(await mismatch.locator('[data-ca-action="fix"]').count(), 0);
    await page.close();
  });

  test('an unsure value in the PDF chosen in the deposit window stays unsure on the entry form that follows', async () => {
    const page = await openPortal(session, '/cpp/facturesEmises?execution=e1s1', 'factures-emises');
    await page.locator('#GFE_Menu_DepotFactures').click();
    await page.waitForSelector('html[data-ca-page="depot"]');
    await page.locator('#GFE_DepotFacture_Fichier_Choix').setInputFiles(writeUnsureInvoice(scratch));
    await panel(page).locator('.ca-autofill__status', { hasText: UNSURE_INVOICE.name }).waitFor({ timeout: 15_000 });
    await Promise.all([page.waitForURL(/saisieReconnue/), page.locator('#GFE_DepotFacture_BoutonContinuer').click()]);
    await page.waitForSelector('html[data-ca-page="saisie"]');
    await panel(page).locator('[data-ca-action="apply-autofill"]').waitFor({ timeout: 10_000 });
    // CPP recognised another number and another total: the sure number's fix is offered, the unsure total's is not.
    await waitForMessage(page, 'cpp/pdf-mismatch');
    const about = (key: string) => message(page, 'cpp/pdf-mismatch').and(panel(page).locator(`[data-ca-for="${key}"]`));
    assert.equal(await about('invoiceNumber').getAttribute('data-ca-severity'), 'warning');
    assert.equal(await about('invoiceNumber').locator('[data-ca-action="fix"]').count(), 1);
    assert.equal(await about('totalTTC').getAttribute('data-ca-severity'), 'info');
    assert.equal(await about('totalTTC').locator('[data-ca-action="fix"]').count(), 0);
    const rows = await previewRows(page);
    assert.deepEqual([rows.totalTTC?.ticked, rows.totalTTC?.unsure], [false, true]);
    assert.deepEqual([rows.invoiceNumber?.ticked, rows.invoiceNumber?.unsure], [true, false]);
    await page.close();
  });

  test('broken, protected, scanned and non-PDF files get a calm French message, nothing else changes', async () => {
    const page = await openPortal(session, '/cpp/saisie?execution=e1s3', 'saisie');
    const notPdf = join(scratch, 'facture.pdf');
    writeFileSync(notPdf, 'Ceci est un document texte, pas un PDF.');
    const truncated = join(scratch, 'tronque.pdf');
    writeFileSync(truncated, readFileSync(join(CORPUS, INVOICE)).subarray(0, 2000));
    const hostileName = join(scratch, '<img src=x onerror=alert(1)>.pdf');
    writeFileSync(hostileName, 'pas un pdf');
    const cases: [string, RegExp][] = [
      [notPdf, /n'est pas un PDF/],
      [truncated, /endommagé|ne contient que des images/],
      [join(ROOT, 'test/corpus/fixtures/image-only.pdf'), /images/],
      [hostileName, /n'est pas un PDF/],
    ];
    for (const [file, text] of cases) {
      await importPdf(page, file);
      const error = panel(page).locator('.ca-autofill__error', { hasText: basename(file) });
      await error.waitFor({ timeout: 15_000 });
      assert.match(await error.innerText(), text, basename(file));
      assert.equal(await panel(page).locator('[data-ca-action="apply-autofill"]').count(), 0);
    }
    // The file name is shown as text, never as markup.
    assert.equal(await panel(page).locator('.ca-autofill__error img').count(), 0);
    assert.equal(await field(page, 'invoiceNumber').inputValue(), '');
    assert.deepEqual(foreignRequests(session), []);
    await page.close();
  });
});

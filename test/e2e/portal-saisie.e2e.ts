import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';
import {
  OTHER_RECIPIENT, SAINT_ETIENNE, applyFix, field, foreignRequests, message, openPortal, panel, pickInSelect2, shownRules, stateOf, typeInto,
  waitForMessage, waitForState,
} from './lib/portal.ts';

const FACTURX_FIXTURES = resolve(import.meta.dirname, '../fixtures/facturx');
/** 60 characters with its extension: Chorus Pro accepts 50. */
const LONG_ATTACHMENT = 'Annexe-bon-de-livraison-chantier-ecole-Jules-Ferry-03-26.pdf';

/** The entry form ("saisie"): every Saint-Étienne rule firing and clearing, fixes, amounts, both markup variants. */
describe('entry form on the portal', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  test('when data-ca-page appears, every field already carries its state and the panel its verdicts', async () => {
    for (const path of ['/cpp/saisieReconnue?execution=e3s3', '/cpp/saisieTableau?execution=e1s3']) {
      const page = await session.open(path);
      await page.waitForSelector('html[data-ca-page="saisie"]');
      const seen = await page.evaluate(() => ({
        withoutState: [...document.querySelectorAll('[data-ca-field]:not([data-ca-state])')].length,
        fields: document.querySelectorAll('[data-ca-field]').length,
        messages: document.querySelector('chorus-assistant')?.shadowRoot?.querySelectorAll('[data-ca-rule]').length ?? 0,
      }));
      assert.equal(seen.withoutState, 0, path);
      assert.ok(seen.fields >= 25, `${path}: ${seen.fields} fields`);
      assert.ok(seen.messages > 0, `${path}: no message in the panel yet`);
      await page.close();
    }
  });

  test('after CPP recognition: page and fields marked, panel in an open shadow root, the engagement fixed in one click', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    const marked = await page.locator('[data-ca-field]').evaluateAll((elements) => [...new Set(elements.map((element) => element.getAttribute('data-ca-field')))]);
    // Every field of the form, « Pièces jointes » included; « Motif d'exonération » shows only with « Exonération ».
    assert.equal(marked.length, 25, `fields marked: ${marked.join(', ')}`);
    const shadowMode = await page.evaluate(() => document.querySelector('chorus-assistant')!.shadowRoot?.mode);
    assert.equal(shadowMode, 'open');
    await waitForState(page, 'engagementNumber', 'error');
    assert.equal(await stateOf(page, 'invoiceNumber'), 'ok');
    await waitForMessage(page, 'se/engagement-format');
    assert.equal(await message(page, 'se/engagement-format').getAttribute('data-ca-severity'), 'error');
    const text = await message(page, 'se/engagement-format').innerText();
    assert.match(text, /7 chiffres/);
    await applyFix(page, 'se/engagement-format');
    assert.equal(await field(page, 'engagementNumber').inputValue(), '2401234');
    await waitForState(page, 'engagementNumber', 'ok');
    await waitForMessage(page, 'se/engagement-format', false);
    await page.close();
  });

  test('engagement: required, then 7 digits only; typing clears it', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await typeInto(page, 'engagementNumber', '');
    await waitForMessage(page, 'se/engagement-required');
    await waitForState(page, 'engagementNumber', 'error');
    await typeInto(page, 'engagementNumber', '24-01234');
    await waitForMessage(page, 'se/engagement-format');
    await waitForMessage(page, 'se/engagement-required', false);
    await typeInto(page, 'engagementNumber', '2401234');
    await waitForState(page, 'engagementNumber', 'ok');
    await waitForMessage(page, 'se/engagement-format', false);
    await page.close();
  });

  test('code service: an error when filled, advice for FACTURES_PUBLIQUES, emptied by the fix', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await typeInto(page, 'serviceCode', 'COMPTA');
    await waitForMessage(page, 'se/service-code');
    await waitForState(page, 'serviceCode', 'error');
    await applyFix(page, 'se/service-code');
    assert.equal(await field(page, 'serviceCode').inputValue(), '');
    await waitForState(page, 'serviceCode', 'ok');
    await typeInto(page, 'serviceCode', 'FACTURES_PUBLIQUES');
    await waitForMessage(page, 'se/service-code-optional');
    await waitForState(page, 'serviceCode', 'info');
    await page.close();
  });

  test('"Le destinataire est-il l\'État ?" OUI is an error, the fix answers NON', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await page.getByLabel('OUI').check();
    await waitForMessage(page, 'se/recipient-not-state');
    await waitForState(page, 'recipientIsState', 'error');
    await applyFix(page, 'se/recipient-not-state');
    assert.equal(await page.getByLabel('NON').isChecked(), true);
    await waitForState(page, 'recipientIsState', 'ok');
    await page.close();
  });

  test('billing frame other than A1 (picked in the select2 combo) warns; the fix selects A1 and the combo shows it', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await pickInSelect2(page, 'billingFrame', "A2: Dépôt par un fournisseur d'une facture déjà payée");
    await waitForMessage(page, 'se/billing-frame');
    await waitForState(page, 'billingFrame', 'warning');
    await applyFix(page, 'se/billing-frame');
    await waitForState(page, 'billingFrame', 'ok');
    const id = await field(page, 'billingFrame').getAttribute('id');
    assert.equal(await page.locator(`#select2-${id}-container`).innerText(), "A1: Dépôt par un fournisseur d'une facture");
    await page.close();
  });

  test('no recipient yet: the city SIRET hint, written by its fix', async () => {
    const page = await openPortal(session, '/cpp/saisie?execution=e1s3', 'saisie');
    await waitForMessage(page, 'cpp/required');
    // Before any recipient the generic rules apply; once the city's SIRET is there, the city's.
    await typeInto(page, 'recipientSiret', SAINT_ETIENNE);
    await waitForMessage(page, 'se/engagement-required');
    await typeInto(page, 'recipientSiret', '');
    await typeInto(page, 'engagementNumber', '2401234');
    await page.close();
  });

  test('another recipient SIRET turns the city rules off', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await waitForMessage(page, 'se/engagement-format');
    await typeInto(page, 'recipientSiret', OTHER_RECIPIENT);
    await waitForMessage(page, 'se/engagement-format', false);
    await waitForState(page, 'engagementNumber', 'ok');
    await typeInto(page, 'serviceCode', 'COMPTA');
    await page.waitForTimeout(100);
    assert.deepEqual((await shownRules(page)).filter((rule) => rule.startsWith('se/')), []);
    await typeInto(page, 'recipientSiret', SAINT_ETIENNE);
    await waitForMessage(page, 'se/service-code');
    await page.close();
  });

  test('inconsistent amounts, a wrong SIRET key, a future date, a long number', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await typeInto(page, 'totalTVA', '260,00');
    await waitForMessage(page, 'cpp/amount-consistency');
    assert.equal(await message(page, 'cpp/amount-consistency').first().getAttribute('data-ca-severity'), 'warning');
    await typeInto(page, 'totalTVA', '250,00');
    await waitForMessage(page, 'cpp/amount-consistency', false);
    await typeInto(page, 'totalHT', '12x4');
    await waitForMessage(page, 'cpp/amount-format');
    await typeInto(page, 'totalHT', '1 250,00');
    await typeInto(page, 'recipientSiret', '21420218600019');
    await waitForMessage(page, 'cpp/siret');
    await typeInto(page, 'recipientSiret', '214 202 186 00018');
    await waitForMessage(page, 'cpp/siret', false).catch(async () => applyFix(page, 'cpp/siret'));
    await typeInto(page, 'invoiceDate', '31/12/2099');
    await waitForMessage(page, 'cpp/invoice-date');
    await typeInto(page, 'invoiceDate', '12/03/2024');
    await waitForMessage(page, 'cpp/invoice-date', false);
    await typeInto(page, 'invoiceNumber', 'FA-2024-0312-ABCDEFGHIJ');
    await waitForMessage(page, 'cpp/invoice-number-length');
    await page.close();
  });

  test('variant without label[for] (table cells, aria-labelledby, text before the input, placeholder): same marks, same fixes', async () => {
    const page = await openPortal(session, '/cpp/saisieTableauReconnue?execution=e3s3', 'saisie');
    const marked = await page.locator('[data-ca-field]').evaluateAll((elements) => new Set(elements.map((element) => element.getAttribute('data-ca-field'))).size);
    assert.equal(marked, 25);
    await waitForState(page, 'engagementNumber', 'error');
    await applyFix(page, 'se/engagement-format');
    await waitForState(page, 'engagementNumber', 'ok');
    await typeInto(page, 'serviceCode', 'X');
    await waitForState(page, 'serviceCode', 'error');
    await applyFix(page, 'se/service-code');
    await waitForState(page, 'serviceCode', 'ok');
    await page.locator('[data-ca-field="recipientIsState"]').first().check();
    await waitForState(page, 'recipientIsState', 'error');
    await applyFix(page, 'se/recipient-not-state');
    await waitForState(page, 'recipientIsState', 'ok');
    await page.close();
  });

  test('« Pièces jointes »: an attachment whose name is too long is an error on the input, said per file with the name to use; removed, it goes', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await waitForState(page, 'attachments', 'ok');
    await field(page, 'attachments').setInputFiles([join(FACTURX_FIXTURES, LONG_ATTACHMENT)]);
    // The portal lists the file in its table and empties its input: the file is still checked.
    await page.locator('#GFE_SaisieFacture_PiecesJointes_Tableau td', { hasText: LONG_ATTACHMENT }).waitFor();
    await waitForMessage(page, 'cpp/attachment');
    await waitForState(page, 'attachments', 'error');
    const attachment = message(page, 'cpp/attachment');
    assert.equal(await attachment.count(), 1);
    assert.equal(await attachment.getAttribute('data-ca-severity'), 'error');
    assert.equal(await attachment.getAttribute('data-ca-for'), 'attachments');
    const text = await attachment.innerText();
    assert.match(text, /son nom fait 60 caractères avec l'extension, Chorus Pro en accepte 50 au plus/);
    assert.match(text, /Renommez le fichier \(par exemple « Annexe-bon-de-livraison-chantier-ecole-Jules-F\.pdf »\)/);
    // Grouped under the portal's own block.
    assert.equal((await panel(page).locator('.ca-verdicts__group', { has: page.locator('[data-ca-rule="cpp/attachment"]') }).locator('.ca-verdicts__title').innerText()).toLowerCase(), 'pièces jointes');
    // A second file, refused for its kind: one message per file.
    await field(page, 'attachments').setInputFiles({ name: 'releve.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.waitForFunction(() => document.querySelector('chorus-assistant')!.shadowRoot!.querySelectorAll('[data-ca-rule="cpp/attachment"]').length === 2);
    await page.getByRole('button', { name: `Supprimer ${LONG_ATTACHMENT}` }).click();
    await page.getByRole('button', { name: 'Supprimer releve.exe' }).click();
    await waitForMessage(page, 'cpp/attachment', false);
    await waitForState(page, 'attachments', 'ok');
    await page.close();
  });

  test('« Exonération » shows « Motif d\'exonération »: marked, asked for while empty, fine once typed', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    assert.equal(await page.locator('[data-ca-field="vatExemptionReason"]').count(), 0, 'hidden: not marked');
    await field(page, 'vatType').selectOption({ label: 'Exonération' });
    await waitForMessage(page, 'cpp/vat-exemption-reason');
    await waitForState(page, 'vatExemptionReason', 'error');
    assert.match(await message(page, 'cpp/vat-exemption-reason').innerText(), /indiquez le « Motif d'exonération »/);
    await typeInto(page, 'vatExemptionReason', 'TVA non applicable, art. 293 B du CGI');
    await waitForState(page, 'vatExemptionReason', 'ok');
    await waitForMessage(page, 'cpp/vat-exemption-reason', false);
    await field(page, 'vatType').selectOption({ label: 'TVA sur les débits' });
    await page.locator('[data-ca-field="vatExemptionReason"]').waitFor({ state: 'detached' });
    await page.close();
  });

  test('the panel: grouped by blocks, collapsible by keyboard, new errors announced politely, marks do not move the layout', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    const box = await field(page, 'invoiceNumber').boundingBox();
    await typeInto(page, 'invoiceNumber', '');
    await waitForState(page, 'invoiceNumber', 'error');
    assert.deepEqual(await field(page, 'invoiceNumber').boundingBox(), box);
    const live = panel(page).locator('[aria-live="polite"]');
    await live.filter({ hasText: /erreur|error/i }).waitFor({ state: 'attached', timeout: 5_000 });
    const titles = await panel(page).locator('.ca-verdicts__title').allInnerTexts();
    assert.equal(titles[0]?.toLowerCase(), 'références');
    await panel(page).locator('[data-ca-action="collapse"]').focus();
    await page.keyboard.press('Enter');
    await panel(page).locator('[data-ca-action="expand"]').waitFor();
    await page.keyboard.press('Enter');
    await panel(page).locator('[data-ca-action="collapse"]').waitFor();
    // The panel leaves room: the portal's send button is not under it.
    const send = await page.getByRole('button', { name: 'Valider et envoyer' }).boundingBox();
    const side = await panel(page).locator('.ca-panel').boundingBox();
    assert.ok(send && side && send.x + send.width <= side.x, `button ${JSON.stringify(send)} under panel ${JSON.stringify(side)}`);
    await page.close();
  });

  test('no request ever leaves the Chorus Pro hosts', () => {
    assert.deepEqual(foreignRequests(session), []);
  });
});

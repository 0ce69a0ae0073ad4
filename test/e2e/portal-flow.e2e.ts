import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';
import { applyFix, field, foreignRequests, message, openPortal, panel, shownRules, typeInto, waitForMessage, waitForState } from './lib/portal.ts';

/** The extension's API as the service worker sees it (only what these tests call). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } }; runtime: { reload(): void } };

/** A PDF as small as can be, with a font (CPP can read it) or protected by a password, or only an image. */
function pdf(body: string): Buffer {
  return Buffer.from(`%PDF-1.7\n${body}\n%%EOF\n`, 'latin1');
}

/** The way through the portal: deposit window, analysis, sending guard and history, works space, sign-up. */
describe('the portal, from the deposit window to the receipt', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  test('sign-up: the SIRET is checked as it is typed, and fixed', async () => {
    const page = await openPortal(session, '/', 'connexion');
    assert.deepEqual(await shownRules(page), [], 'nothing to say before the user fills the sign-up box');
    await typeInto(page, 'registrationSiret', '12345678900000');
    await waitForMessage(page, 'cpp/siret');
    await waitForState(page, 'registrationSiret', 'error');
    await typeInto(page, 'registrationSiret', '214 202 186 00018');
    // Spaces as a person types them are accepted.
    await waitForState(page, 'registrationSiret', 'ok');
    await typeInto(page, 'registrationSiret', '2142021860001');
    await waitForState(page, 'registrationSiret', 'error');
    // The log-in box's e-mail is not the sign-up's.
    assert.equal(await page.locator('#username').getAttribute('data-ca-field'), null);
    await page.close();
  });

  test('deposit window: opens without a page load, format, frame and file checked, then the analysis and the recognised form', async () => {
    const page = await openPortal(session, '/cpp/facturesEmises?execution=e1s1&analyse=800', 'factures-emises');
    await page.getByRole('link', { name: 'Dépôt factures' }).click();
    await page.waitForSelector('html[data-ca-page="depot"]');
    await page.waitForSelector('[data-ca-field="depositFile"]');
    await field(page, 'depositStructure').fill('21420218600018');
    await field(page, 'depositFormat').selectOption({ label: 'PDF signé' });
    await waitForMessage(page, 'se/deposit-format');
    await waitForMessage(page, 'se/billing-frame');
    await applyFix(page, 'se/billing-frame');
    await waitForState(page, 'depositFrame', 'ok');
    await applyFix(page, 'se/deposit-format');
    assert.equal(await field(page, 'depositFormat').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.text), 'PDF non signé');
    await waitForMessage(page, 'se/deposit-format', false);

    const input = field(page, 'depositFile');
    await input.setInputFiles({ name: 'facture.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 word') });
    await waitForMessage(page, 'cpp/deposit-file');
    await waitForState(page, 'depositFile', 'error');
    await input.setInputFiles({ name: 'facture-protegee.pdf', mimeType: 'application/pdf', buffer: pdf('1 0 obj << /Type /Font >> endobj\ntrailer << /Encrypt 2 0 R >>') });
    await page.waitForFunction(() => {
      const text = document.querySelector('chorus-assistant')!.shadowRoot!.querySelector('[data-ca-rule="cpp/deposit-file"]')?.textContent ?? '';
      return /mot de passe|password/i.test(text);
    });
    await input.setInputFiles({ name: 'facture-scannee.pdf', mimeType: 'application/pdf', buffer: pdf('1 0 obj << /Subtype /Image >> endobj') });
    await page.waitForFunction(() => document.querySelector('chorus-assistant')!.shadowRoot!.querySelector('[data-ca-rule="cpp/deposit-file"]')?.getAttribute('data-ca-severity') === 'warning');
    // An 11 MB file made inside the page (sending it through the driver would take seconds).
    await input.evaluate((element: HTMLInputElement) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.7\n', new Uint8Array(11 * 1024 * 1024)], 'trop-gros.pdf', { type: 'application/pdf' }));
      element.files = transfer.files;
      element.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() => /10 Mo|10 MB/.test(document.querySelector('chorus-assistant')!.shadowRoot!.querySelector('[data-ca-rule="cpp/deposit-file"]')?.textContent ?? ''));
    await input.setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: pdf('1 0 obj << /Type /Font /BaseFont /Helvetica >> endobj') });
    await waitForMessage(page, 'cpp/deposit-file', false);
    await waitForState(page, 'depositFile', 'ok');

    // In a narrower browser the window would sit under the panel: it is moved aside, its buttons stay reachable.
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.waitForTimeout(200);
    const continueBox = await page.getByRole('button', { name: 'Continuer' }).boundingBox();
    const panelBox = await panel(page).locator('.ca-panel').boundingBox();
    assert.ok(continueBox && panelBox && continueBox.x + continueBox.width <= panelBox.x, `Continuer ${JSON.stringify(continueBox)} under the panel ${JSON.stringify(panelBox)}`);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.waitForSelector('html[data-ca-page="analyse"]');
    await panel(page).locator('[data-ca-notice="analyse"]').waitFor({ state: 'attached' });
    await page.waitForURL(/saisieReconnue/);
    await page.waitForSelector('html[data-ca-page="saisie"]');
    await waitForState(page, 'engagementNumber', 'error');
    await page.close();
  });

  test('sending guard: errors listed before sending, back to the form, or send anyway; then recorded and the duplicate warned', async () => {
    let page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await typeInto(page, 'invoiceNumber', 'FA-E2E-0001');
    await waitForState(page, 'engagementNumber', 'error');
    await page.getByRole('button', { name: 'Valider et envoyer' }).click();
    const dialog = panel(page).locator('[data-ca-dialog="send-confirmation"]');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /refusée/);
    assert.equal(await dialog.locator('[data-ca-rule="se/engagement-format"]').count(), 1);
    await dialog.locator('[data-ca-action="guard-back"]').click();
    await dialog.waitFor({ state: 'detached' });
    assert.match(page.url(), /saisieReconnue/);

    await page.getByRole('button', { name: 'Valider et envoyer' }).click();
    await dialog.locator('[data-ca-action="guard-send"]').click();
    await page.waitForURL(/accuseDepot/);
    await page.waitForSelector('html[data-ca-page]');
    await panel(page).locator('[data-ca-notice="receipt"]').waitFor({ state: 'attached' });
    assert.match(await panel(page).locator('[data-ca-notice="receipt"]').innerText(), /justificatif de dépôt/);
    await page.close();

    page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    await typeInto(page, 'invoiceNumber', 'FA-E2E-0001');
    await waitForMessage(page, 'cpp/invoice-number-duplicate');
    await waitForState(page, 'invoiceNumber', 'warning');
    await typeInto(page, 'invoiceNumber', 'FA-E2E-0002');
    await waitForMessage(page, 'cpp/invoice-number-duplicate', false);
    // Without errors the click goes straight through, recorded too.
    await applyFix(page, 'se/engagement-format');
    await waitForState(page, 'engagementNumber', 'ok');
    await page.getByRole('button', { name: 'Valider et envoyer' }).click();
    await page.waitForURL(/accuseDepot/);
    const history = await session.serviceWorker.evaluate(async () => (await chrome.storage.local.get('sentInvoices')).sentInvoices);
    assert.deepEqual(
      (history as { invoiceNumber: string; recipientSiret: string; amount?: string; date?: string }[]).map(({ invoiceNumber, recipientSiret, amount, date }) => ({ invoiceNumber, recipientSiret, amount, date })),
      [
        { invoiceNumber: 'FA-E2E-0001', recipientSiret: '21420218600018', amount: '1 500,00', date: '12/03/2024' },
        { invoiceNumber: 'FA-E2E-0002', recipientSiret: '21420218600018', amount: '1 500,00', date: '12/03/2024' },
      ],
    );
    await page.close();
  });

  test('works space: the city asks not to use it', async () => {
    const page = await openPortal(session, '/cpp/facturesTravaux?execution=e1s1', 'travaux');
    await waitForMessage(page, 'se/works-space');
    assert.equal(await message(page, 'se/works-space').getAttribute('data-ca-severity'), 'warning');
    await page.close();
  });

  test('home and other pages: recognised, nothing marked, nothing said', async () => {
    const page = await openPortal(session, '/cpp/accueil?execution=e1s1', 'accueil');
    assert.equal(await page.locator('[data-ca-field]').count(), 0);
    assert.deepEqual(await shownRules(page), []);
    await page.close();
  });

  test('no request ever leaves the Chorus Pro hosts', () => {
    assert.deepEqual(foreignRequests(session), []);
  });
});

/** Last, since it takes the extension away: the old content script must let the page be. */
describe('after the extension is reloaded', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  test('the old content script stops at the next event: marks and panel gone, the page keeps working', async () => {
    const page = await openPortal(session, '/cpp/saisieReconnue?execution=e3s3', 'saisie');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await session.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await page.waitForTimeout(500);
    // By the portal's own id: the old script may already have taken its marks away (any event of its own, a
    // mutation or a storage change, notices the reload), and the page must keep working either way.
    await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').fill('2401234');
    await page.waitForFunction(() => !document.querySelector('[data-ca-field]') && !document.querySelector('chorus-assistant'), null, { timeout: 5_000 });
    assert.equal(await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').inputValue(), '2401234');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-ca-page')), false);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  fieldValues, outsideChorusPro, shownRules, stateOf, textOf, waitForAbsence, waitForElement, waitForMessage, waitForPage, waitForState,
  type AssistantBrowser,
} from './driver.ts';
import { HOSPITAL, INACTIVE } from '../../directory/fixture-data.ts';
import { encryptedPdf } from '../../unit/pdf/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, 'test/corpus/generated');
const PUBLIC_SAMPLES = join(ROOT, 'test/fixtures/public');
const FACTURX_SAMPLES = join(ROOT, 'test/fixtures/facturx');
const DIRECTORY = join(ROOT, 'test/fixtures/directory/annuaire.xlsx');
/** A generated invoice to the Ville de Saint-Étienne with a deposit (net below TTC): every amount differs. */
const INVOICE = 'acompte-06.pdf';
const expected = (JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8')) as Record<string, Record<string, string>>)[INVOICE]!;
const frenchAmount = (decimal: string) => decimal.replace('.', ',');
const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

const SEND_BUTTON = '#GFE_SaisieFacture_Actions_BoutonValiderEnvoyer';
const GUARD = '[data-ca-dialog="send-confirmation"]';
const FILLED = ['invoiceNumber', 'invoiceDate', 'engagementNumber', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer', 'recipientSiret'];

/**
 * The assistant's core, as a user meets it, written once for every browser the extension ships to: the page
 * recognised and its fields marked, a one-click fix, the sending guard, the PDF read locally and its values applied
 * then undone, the guide's quick check and PDF check, the directory imported and used on the entry form, and no
 * request outside the Chorus Pro hosts.
 */
export function coreScenarios(browserName: AssistantBrowser['name'], launch: () => Promise<AssistantBrowser>): void {
  let browser: AssistantBrowser;
  const portal = async (path: string, kind: string) => {
    const tab = await browser.openPortal(path);
    await waitForPage(tab, kind);
    return tab;
  };

  describe(`${browserName}: core scenarios`, () => {
    before(async () => {
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
    });

    test('the entry form is recognised: page and fields marked, the panel in an open shadow root with its verdicts', async () => {
      const tab = await portal('/cpp/saisieReconnue?execution=e3s3', 'saisie');
      await waitForState(tab, 'engagementNumber', 'error');
      const marks = await tab.evaluate(() => {
        const fields = [...document.querySelectorAll('[data-ca-field]')];
        return {
          keys: new Set(fields.map((field) => field.getAttribute('data-ca-field'))).size,
          withoutState: fields.filter((field) => !field.hasAttribute('data-ca-state')).length,
          shadowMode: document.querySelector('chorus-assistant')?.shadowRoot?.mode,
        };
      }, null);
      assert.deepEqual(marks, { keys: 25, withoutState: 0, shadowMode: 'open' });
      assert.equal(await stateOf(tab, 'invoiceNumber'), 'ok');
      await waitForMessage(tab, 'se/engagement-format');
      assert.equal(await tab.evaluate(() => document.querySelector('chorus-assistant')!.shadowRoot!.querySelector('[data-ca-rule="se/engagement-format"]')!.getAttribute('data-ca-severity'), null), 'error');
      assert.match(await textOf(tab, { panel: '[data-ca-rule="se/engagement-format"]' }), /7 chiffres/);
      await tab.close();
    });

    test('typing is checked as it goes, and a message\'s fix corrects the field in one click', async () => {
      const tab = await portal('/cpp/saisieReconnue?execution=e3s3', 'saisie');
      await tab.type('[data-ca-field="engagementNumber"]', '');
      await waitForMessage(tab, 'se/engagement-required');
      await tab.type('[data-ca-field="engagementNumber"]', 'EJ 24-01234');
      await waitForMessage(tab, 'se/engagement-format');
      await waitForMessage(tab, 'se/engagement-required', false);
      await waitForState(tab, 'engagementNumber', 'error');
      await tab.click({ panel: '[data-ca-rule="se/engagement-format"] [data-ca-action="fix"]' });
      assert.deepEqual(await fieldValues(tab, ['engagementNumber']), { engagementNumber: '2401234' });
      await waitForState(tab, 'engagementNumber', 'ok');
      await waitForMessage(tab, 'se/engagement-format', false);
      await tab.close();
    });

    test('sending guard: the errors are listed before sending, back to the form or send anyway; the sending is remembered', async () => {
      let tab = await portal('/cpp/saisieReconnue?execution=e3s3', 'saisie');
      await tab.type('[data-ca-field="invoiceNumber"]', 'FA-CORE-0001');
      await waitForState(tab, 'engagementNumber', 'error');
      await tab.click(SEND_BUTTON);
      await waitForElement(tab, { panel: `${GUARD} [data-ca-rule="se/engagement-format"]` });
      // Either language: see the language test below.
      assert.match(await textOf(tab, { panel: GUARD }), /refusée/);
      await tab.click({ panel: `${GUARD} [data-ca-action="guard-back"]` });
      await waitForAbsence(tab, { panel: GUARD });
      assert.match(tab.url(), /saisieReconnue/);

      await tab.click(SEND_BUTTON);
      await tab.click({ panel: `${GUARD} [data-ca-action="guard-send"]` });
      await tab.waitForUrl(/accuseDepot/);
      await waitForElement(tab, { panel: '[data-ca-notice="receipt"]' });
      assert.match(await textOf(tab, { panel: '[data-ca-notice="receipt"]' }), /justificatif de dépôt/);
      await tab.close();

      // The same number again for the city: the assistant remembers it was sent.
      tab = await portal('/cpp/saisieReconnue?execution=e3s3', 'saisie');
      await tab.type('[data-ca-field="invoiceNumber"]', 'FA-CORE-0001');
      await waitForMessage(tab, 'cpp/invoice-number-duplicate');
      await waitForState(tab, 'invoiceNumber', 'warning');
      await tab.close();
    });

    test('the invoice PDF is read locally (the extension\'s reader frame), previewed, applied to the form, then undone', async () => {
      const tab = await portal('/cpp/saisie?execution=e1s3', 'saisie');
      const before = await fieldValues(tab, FILLED);
      await tab.chooseFiles({ panel: 'input[type=file][data-ca-action="import-pdf"]' }, [join(CORPUS, INVOICE)]);
      await waitForElement(tab, { panel: '[data-ca-action="apply-autofill"]' }, 20_000);
      // Read by the extension's own reader page, framed inside the assistant: the portal's scripts never see it.
      const readerFrames = await tab.evaluate(() => {
        const roots = [document, document.querySelector('chorus-assistant')?.shadowRoot].filter((root) => root != null);
        return roots.flatMap((root) => [...root.querySelectorAll('iframe')].map((frame) => frame.src)).filter((src) => /^(chrome|moz)-extension:\/\/[^/]+\/pdf-reader\.html$/.test(src));
      }, null);
      assert.equal(readerFrames.length, 1, `reader frames: ${readerFrames.join(', ')}`);
      // Nothing is written before the user confirms.
      assert.deepEqual(await fieldValues(tab, FILLED), before);
      await tab.click({ panel: '[data-ca-action="apply-autofill"]' });
      assert.deepEqual(await fieldValues(tab, FILLED), {
        invoiceNumber: expected.invoiceNumber,
        invoiceDate: frenchDate(expected.invoiceDate!),
        engagementNumber: expected.engagementNumber,
        totalHT: frenchAmount(expected.totalHT!),
        totalTVA: frenchAmount(expected.totalTVA!),
        totalTTC: frenchAmount(expected.totalTTC!),
        netAPayer: frenchAmount(expected.netAPayer!),
        recipientSiret: expected.buyerSiret,
      });
      await waitForState(tab, 'engagementNumber', 'ok');
      await tab.click({ panel: '[data-ca-action="undo-autofill"]' });
      assert.deepEqual(await fieldValues(tab, FILLED), before);
      await tab.close();
    });

    test('one PDF after another in the panel: each import ends in its own outcome, a preview or its French message', async () => {
      const scratch = mkdtempSync(join(tmpdir(), 'acp-second-pdf-'));
      const locked = join(scratch, 'facture-protegee.pdf');
      writeFileSync(locked, encryptedPdf());
      const tab = await portal('/cpp/saisie?execution=e1s3', 'saisie');
      const importPdf = (file: string) => tab.chooseFiles({ panel: 'input[type=file][data-ca-action="import-pdf"]' }, [file]);
      /** What the section shows: its state, the error's text (and whether it is the element seen before), a preview. */
      const outcome = () =>
        tab.evaluate(() => {
          const root = document.querySelector('chorus-assistant')!.shadowRoot!;
          const error = root.querySelector('.ca-autofill__error') as (HTMLElement & { seenByTest?: boolean }) | null;
          return {
            state: root.querySelector('.ca-autofill')?.getAttribute('data-ca-import') ?? null,
            error: error?.innerText ?? null,
            seenBefore: error?.seenByTest === true,
            inAlertRegion: Boolean(error?.closest('[role="alert"]')),
            preview: Boolean(root.querySelector('[data-ca-action="apply-autofill"]')),
            status: (root.querySelector('.ca-autofill__status') as HTMLElement | null)?.innerText ?? '',
          };
        }, null);
      const newError = (text: string) =>
        tab.waitUntil(
          (wanted) => {
            const error = document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('.ca-autofill__error') as (HTMLElement & { seenByTest?: boolean }) | null;
            return error && !error.seenByTest && error.innerText.includes(wanted);
          },
          text,
          20_000,
        );
      const markErrorSeen = () =>
        tab.evaluate(() => {
          const error = document.querySelector('chorus-assistant')!.shadowRoot!.querySelector('.ca-autofill__error') as HTMLElement & { seenByTest?: boolean };
          error.seenByTest = true;
        }, null);

      // A PDF that reads fine, then a protected one: the preview goes and the protected file's message shows.
      await importPdf(join(CORPUS, INVOICE));
      await waitForElement(tab, { panel: '[data-ca-action="apply-autofill"]' }, 20_000);
      await importPdf(locked);
      await newError('mot de passe');
      let shown = await outcome();
      assert.equal(shown.state, 'failed');
      assert.equal(shown.preview, false);
      assert.equal(shown.inAlertRegion, true);
      assert.match(shown.error!, /^facture-protegee\.pdf : .*protégé par un mot de passe/s);

      // The same file again: the same message, shown (and announced) again as a new element.
      await markErrorSeen();
      await importPdf(locked);
      await newError('mot de passe');
      assert.equal((await outcome()).preview, false);

      // Another error, then a good PDF again.
      await markErrorSeen();
      await importPdf(join(ROOT, 'test/corpus/fixtures/image-only.pdf'));
      await newError('image-only.pdf');
      await importPdf(join(CORPUS, INVOICE));
      await waitForElement(tab, { panel: '[data-ca-action="apply-autofill"]' }, 20_000);
      shown = await outcome();
      assert.deepEqual([shown.state, shown.error, shown.preview], ['read', null, true]);
      assert.match(shown.status, new RegExp(INVOICE));

      // A file chosen while another is read: the last one chosen wins, whatever answers last.
      await importPdf(join(CORPUS, 'acompte-01.pdf'));
      await importPdf(locked);
      await newError('mot de passe');
      // Time for the earlier read to answer, were it not dropped.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      shown = await outcome();
      assert.deepEqual([shown.state, shown.preview], ['failed', false]);
      assert.doesNotMatch(shown.status, /acompte-01/);
      await tab.close();
    });

    test('the PDF chosen in the deposit window is read there, and waits for the entry form that follows', async () => {
      const tab = await portal('/cpp/facturesEmises?execution=e1s1', 'factures-emises');
      await tab.click('#GFE_Menu_DepotFactures');
      await waitForPage(tab, 'depot');
      await tab.chooseFiles('[data-ca-field="depositFile"]', [join(CORPUS, INVOICE)]);
      // The panel names the file it read, in the window already.
      await tab.waitUntil((name) => (document.querySelector('chorus-assistant')?.shadowRoot?.textContent ?? '').includes(name), INVOICE, 20_000);
      await tab.click('#GFE_DepotFacture_BoutonContinuer');
      await tab.waitForUrl(/saisieReconnue/);
      await waitForPage(tab, 'saisie');
      await waitForElement(tab, { panel: '[data-ca-action="apply-autofill"]' });
      // CPP's recognition read other values than the PDF's: each is flagged.
      await waitForMessage(tab, 'cpp/pdf-mismatch');
      await tab.close();
    });

    test('a Factur-X PDF chosen in the deposit window: said plainly, and its XML\'s missing engagement is an error on the file, while the window is open', async () => {
      const tab = await portal('/cpp/facturesEmises?execution=e1s1', 'factures-emises');
      await tab.click('#GFE_Menu_DepotFactures');
      await waitForPage(tab, 'depot');
      await tab.chooseFiles('[data-ca-field="depositFile"]', [join(FACTURX_SAMPLES, 'ville-sans-engagement.pdf')]);
      await waitForElement(tab, { panel: '[data-ca-rule="se/facturx-engagement"][data-ca-severity="error"][data-ca-for="depositFile"]' }, 20_000);
      await waitForState(tab, 'depositFile', 'error');
      const engagement = await textOf(tab, { panel: '[data-ca-rule="se/facturx-engagement"]' });
      assert.match(engagement, /ne contiennent pas de N° d'engagement/);
      // Both ways out: the invoicing software, or a PDF without the XML.
      assert.match(engagement, /logiciel de facturation/);
      assert.match(engagement, /déposez un PDF sans données Factur-X/);
      assert.match(await textOf(tab, { panel: '[data-ca-rule="cpp/facturx-deposit"][data-ca-severity="info"]' }), /Ce PDF contient des données Factur-X \(profil [^)]+\)\. Déposé par « Dépôt factures »/);
      // Still in the deposit window, nothing sent.
      assert.equal(await tab.evaluate(() => document.documentElement.getAttribute('data-ca-page'), null), 'depot');
      await tab.close();
    });

    test('the toolbar badge counts the tab\'s errors, and the popup shows that tab\'s status', async () => {
      const portalTab = await portal('/cpp/saisieReconnue?execution=e3s3', 'saisie');
      await waitForState(portalTab, 'engagementNumber', 'error');
      const extensionTab = await browser.openExtensionPage('guide.html');
      await waitForElement(extensionTab, '[data-ca-step]');
      // Chromium's MV3 `chrome.action`, Firefox's MV2 `browser.browserAction`: the badge the user sees either way.
      const badge = () =>
        extensionTab.evaluate(async () => {
          const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as {
            tabs: { query(filter: object): Promise<{ id?: number }[]> };
            action?: { getBadgeText(details: object): Promise<string> };
            browserAction?: { getBadgeText(details: object): Promise<string> };
          };
          const [chorusTab] = await api.tabs.query({ url: ['https://*.chorus-pro.gouv.fr/*'] });
          return { tabId: chorusTab?.id, text: await (api.action ?? api.browserAction)!.getBadgeText({ tabId: chorusTab?.id }) };
        }, null);
      let shown = await badge();
      for (let tries = 0; shown.text !== '1' && tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        shown = await badge();
      }
      assert.equal(shown.text, '1', 'one error on the entry form: the engagement number');
      const popup = await browser.openExtensionPage(`popup.html?tab=${shown.tabId}`);
      await waitForElement(popup, '[data-ca-popup-state="status"]');
      assert.match(await textOf(popup, '[data-ca-count="error"]'), /^1 /);
      assert.ok(await popup.evaluate(() => Boolean(document.querySelector('[data-ca-rule="se/engagement-format"]')), null), 'the worst message is in the popup');
      await popup.close();
      await extensionTab.close();
      await portalTab.close();
    });

    test('guide: the quick check marks and judges what is typed, a fix fills the input', async () => {
      const tab = await browser.openExtensionPage('guide.html');
        await waitForElement(tab, '[data-ca-step]');
      assert.equal(await tab.evaluate(() => document.documentElement.lang, null), 'fr');
      const engagement = 'input[data-ca-field="engagementNumber"]';
      await tab.type(engagement, 'EJ 240 1234');
      await waitForElement(tab, '[data-ca-rule="se/engagement-format"][data-ca-severity="error"]');
      assert.equal(await stateOf(tab, 'engagementNumber'), 'error');
      await tab.click('[data-ca-rule="se/engagement-format"] [data-ca-action="fix"]');
      assert.deepEqual(await fieldValues(tab, ['engagementNumber']), { engagementNumber: '2401234' });
      await waitForState(tab, 'engagementNumber', 'ok');
      await waitForMessage(tab, 'se/engagement-format', false);
      assert.ok((await shownRules(tab)).includes('cpp/required'), 'the fields not typed yet are asked for');
      await tab.close();
    });

    test('guide: the PDF check reads an invoice and says what to type where, in the portal\'s formats', async () => {
      const tab = await browser.openExtensionPage('guide.html');
        await waitForElement(tab, '[data-ca-step]');
      const verdictsBefore = (await shownRules(tab)).length;
      await tab.chooseFiles('input[type=file][data-ca-action="import-pdf"]', [join(PUBLIC_SAMPLES, 'fnfe107-en16931-F20220023.pdf')]);
      await waitForElement(tab, '[data-ca-pdf-state="read"]', 20_000);
      assert.equal(await textOf(tab, '[data-ca-read-field="invoiceNumber"] dd'), 'F20220023');
      const typeWhere = (key: string) => textOf(tab, `[data-ca-table="type-where"] tr[data-ca-field="${key}"]`);
      assert.match(await typeWhere('invoiceDate'), /31\/01\/2022/);
      assert.match(await typeWhere('totalTVA'), /4,90/);
      assert.match(await typeWhere('netAPayer'), /104,90/);
      assert.ok((await shownRules(tab)).length > verdictsBefore, 'the PDF\'s verdicts are shown');
      await tab.close();
    });

    test('the panel speaks one language: its own words in French, like its French verdicts', async () => {
      const tab = await portal('/cpp/saisieReconnue?execution=e3s3', 'saisie');
      await waitForMessage(tab, 'se/engagement-format');
      const text = await textOf(tab, { panel: '[data-ca-rule="se/engagement-format"]' });
      assert.match(text, /7 chiffres/);
      assert.match(text, /Erreur/);
      await tab.close();
    });

    test('the Chorus Pro directory: imported on the settings page, it speaks on the entry form, a service picked from its choices', async () => {
      const options = await browser.openExtensionPage('options.html');
      await waitForElement(options, '[data-ca-directory="none"]');
      await options.chooseFiles('[data-ca-action="import-directory"]', [DIRECTORY]);
      await waitForElement(options, '[data-ca-directory="imported"]', 30_000);
      assert.match(await textOf(options, '[data-ca-directory-status]'), /11 structures, 11 services/);
      const tab = await portal('/cpp/saisie?execution=e1s3', 'saisie');
      await tab.type('[data-ca-field="recipientSiret"]', INACTIVE);
      await waitForElement(tab, { panel: '[data-ca-rule="cpp/recipient-inactive"][data-ca-severity="error"]' });
      await waitForState(tab, 'recipientSiret', 'error');
      await tab.type('[data-ca-field="recipientSiret"]', HOSPITAL);
      await tab.type('[data-ca-field="serviceCode"]', 'URGENSES');
      await waitForMessage(tab, 'cpp/service-unknown');
      await tab.click({ panel: '[data-ca-rule="cpp/service-unknown"] [data-ca-action="fix"][data-ca-fix-value="URGENCES"]' });
      assert.deepEqual(await fieldValues(tab, ['serviceCode']), { serviceCode: 'URGENCES' });
      await waitForMessage(tab, 'cpp/service-unknown', false);
      await tab.close();
      // The scenarios above and below know nothing of a directory: it goes.
      await options.click('[data-ca-action="delete-directory"]');
      await waitForElement(options, '[data-ca-directory="none"]');
      await options.close();
    });

    test('a page the assistant does not fully recognise: it offers the page\'s skeleton, shown in full, without the page\'s values', async () => {
      const tab = await portal('/cpp/saisiePartielle?execution=e3s3', 'saisie');
      await waitForElement(tab, { panel: '[data-ca-notice="partial-recognition"] [data-ca-action="show-skeleton"]' });
      await tab.click({ panel: '[data-ca-action="show-skeleton"]' });
      await waitForElement(tab, { panel: '[data-ca-skeleton]' });
      const skeleton = await tab.evaluate(() => document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('[data-ca-skeleton]')?.textContent ?? '', null);
      assert.match(skeleton, /^page: saisie \(partial\)$/m);
      assert.match(skeleton, /^missing \(2\): totalHT, totalTVA$/m);
      for (const value of ['QUINCAMPOIX', 'ZÉPHYRIN', '48253710900019', '8 765,43', 'FA-ZEPHYRIN-4471', 'hortense.quincampoix']) assert.ok(!skeleton.includes(value), value);
      await tab.click({ panel: '[data-ca-action="close-skeleton"]' });
      await waitForAbsence(tab, { panel: '[data-ca-skeleton]' });
      await tab.close();
    });

    test('no request ever leaves the Chorus Pro hosts and the extension', () => {
      assert.ok(browser.requests().some((url) => url.includes('chorus-pro.gouv.fr')), 'the portal pages were requested and recorded');
      assert.deepEqual(outsideChorusPro(browser.requests()), []);
    });
  });
}

import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession, Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAttachment, deflateBombPdfForTest, SAMPLE_CII } from '../fuzz/lib/cases.ts';
import { startPortalServer } from './lib/portal-server.ts';
import { launchBrowser, privateBuildCopy, type BrowserSession } from './lib/browser.ts';

type SecuritySession = BrowserSession;

/** The security specs run on a private copy of the build; `extension: false` is a plain browser to compare with. */
const launchForSecurity = (options: { extension: boolean; profileDir?: string; server?: BrowserSession['server'] }) =>
  launchBrowser({ extensionDir: options.extension ? privateBuildCopy() : null, profileDir: options.profileDir, server: options.server });

declare const chrome: {
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } };
  runtime: { reload(): void };
};
declare const window: Window & { __pwned?: unknown };

/** The pages a supplier goes through, plus the security replicas; all served by the HTTPS replica server. */
const VISITS = [
  '/cpp/accueil?execution=e1s1',
  '/cpp/facturesEmises?execution=e1s1',
  '/cpp/saisie?execution=e1s3',
  '/cpp/saisieReconnue?execution=e3s3',
  '/cpp/saisieTableau?execution=e1s3',
  '/cpp/hostile-saisie?execution=e9s1',
  '/cpp/odd-saisie-incomplete?execution=e9s2',
  '/cpp/odd-saisie-doubles?execution=e9s3',
];
const ASSISTANT = '[Assistant Chorus Pro]';

/** Console errors and uncaught exceptions of a page, its frames and the content script's world. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The replica server has no favicon: Chromium's own 404 for it is not the assistant's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

async function waitForAssistant(page: Page, kind = 'saisie'): Promise<void> {
  await page.waitForSelector(`html[data-ca-page="${kind}"]`, { timeout: 10_000 });
  await page.waitForFunction(() => Boolean(document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('[data-ca-rule]')), null, { timeout: 10_000 });
}

/** Texts of the panel's messages, by rule. */
async function panelMessages(page: Page): Promise<{ rule: string; text: string }[]> {
  return page.evaluate(() =>
    [...(document.querySelector('chorus-assistant')?.shadowRoot?.querySelectorAll('[data-ca-rule]') ?? [])].map((element) => ({ rule: element.getAttribute('data-ca-rule')!, text: element.textContent ?? '' })),
  );
}

/** The content script's isolated world in `page`, through the DevTools protocol (Playwright does not expose it). */
async function contentScriptWorld(page: Page, extensionId: string): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.origin.includes(extensionId));
  assert.ok(world, `no isolated world of the extension among ${contexts.map((context) => `${context.auxData?.type}:${context.origin}`).join(', ')}`);
  return { cdp, contextId: world.id };
}

describe('privacy: the extension itself makes no request', () => {
  const visit = async (session: SecuritySession, withAssistant: boolean) => {
    for (const path of VISITS) {
      const page = await session.open(path);
      if (withAssistant && path.includes('saisie')) await waitForAssistant(page);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
  };
  const asked = (urls: readonly string[]) => urls.filter((url) => /^https?:/.test(url) && !url.endsWith('/favicon.ico')).sort();
  const served = (requests: readonly string[]) => requests.filter((request) => !request.endsWith('/favicon.ico')).sort();

  let plain: { browser: string[]; server: string[] };
  let extension: { browser: string[]; server: string[]; worker: string[]; extensionFiles: string[]; extensionId: string };

  before(async () => {
    const without = await launchForSecurity({ extension: false });
    try {
      await visit(without, false);
      plain = { browser: asked(without.requests), server: served(without.server.requests) };
    } finally {
      await without.close();
    }
    const withExtension = await launchForSecurity({ extension: true });
    try {
      await visit(withExtension, true);
      extension = {
        browser: asked(withExtension.requests),
        server: served(withExtension.server.requests),
        worker: withExtension.workerRequests,
        extensionFiles: withExtension.requests.filter((url) => url.startsWith('chrome-extension://')),
        extensionId: withExtension.extensionId!,
      };
    } finally {
      await withExtension.close();
    }
  });

  test('the portal server receives exactly the same requests with the extension as without it', () => {
    assert.ok(plain.server.length >= VISITS.length, 'the pages were not served');
    assert.deepEqual(extension.server, plain.server);
  });

  test('the browser asks for no web address that the pages do not ask for by themselves', () => {
    assert.deepEqual(extension.browser.filter((url) => !plain.browser.includes(url)), []);
    assert.deepEqual(extension.browser, plain.browser);
  });

  test("the extension's service worker makes no request; its pages load only its own files", () => {
    assert.deepEqual(extension.worker, []);
    assert.deepEqual(extension.extensionFiles.filter((url) => !url.startsWith(`chrome-extension://${extension.extensionId}/`)), []);
  });
});

describe('hostile text in the page fields', () => {
  let session: SecuritySession;
  before(async () => {
    session = await launchForSecurity({ extension: true });
  });
  after(async () => {
    await session?.close();
  });

  test('markup and script in field values are shown as literal text in the panel and never run', async () => {
    const page = await session.open('/cpp/hostile-saisie?execution=e9s1');
    const errors = watchErrors(page);
    await waitForAssistant(page);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a value ran as code in the page');
    const messages = await panelMessages(page);
    const quoting = messages.filter((entry) => entry.text.includes('<img src=x onerror=window.__pwned=1>') || entry.text.includes('<script>window.__pwned=2</script>'));
    assert.ok(quoting.length >= 2, `the hostile values are not quoted as text: ${messages.map((entry) => entry.text).join(' | ').slice(0, 800)}`);
    const injected = await page.evaluate(() => {
      const root = document.querySelector('chorus-assistant')!.shadowRoot!;
      const all = [...root.querySelectorAll('*'), ...document.querySelectorAll('body *')];
      return all.filter((element) => element.hasAttribute('onerror') || element.hasAttribute('onload') || element.hasAttribute('srcdoc') || (element.tagName === 'IMG' && element.getAttribute('src') === 'x')).map((element) => element.outerHTML.slice(0, 120));
    });
    assert.deepEqual(injected, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('200 000-character values and control characters: messages stay short, readable, and the values untouched', async () => {
    const page = await session.open('/cpp/hostile-saisie?execution=e9s1');
    const errors = watchErrors(page);
    await waitForAssistant(page);
    const messages = await panelMessages(page);
    for (const entry of messages) {
      assert.ok(entry.text.length <= 800, `${entry.rule}: a ${entry.text.length}-character message`);
      assert.ok(!['\u0001', '\u001b', '\u202e'].some((char) => entry.text.includes(char)), `${entry.rule} shows an invisible control character`);
    }
    // The assistant quotes; it never rewrites what the page holds without a confirmed fix.
    const values = await page.evaluate(() => ({
      number: (document.getElementById('GFE_SaisieFacture_References_NumeroFacture') as HTMLInputElement).value,
      tva: (document.getElementById('GFE_SaisieFacture_MontantsTotaux_MontantTva') as HTMLInputElement).value.length,
      date: (document.getElementById('GFE_SaisieFacture_References_DateFacture') as HTMLInputElement).value,
    }));
    assert.deepEqual(values, { number: 'FA\u0001\u001b[31m\u202e2130-4202', tva: 200_000, date: '<img src=x onerror=window.__pwned=1>' });
    // The page still answers: typing is checked again.
    await page.locator('#GFE_SaisieFacture_References_DateFacture').fill('12/03/2024');
    await page.waitForFunction(() => document.getElementById('GFE_SaisieFacture_References_DateFacture')?.getAttribute('data-ca-state') === 'ok', null, { timeout: 5_000 });
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('hostile PDFs imported in the panel', () => {
  let session: SecuritySession;
  let scratch: string;
  before(async () => {
    session = await launchForSecurity({ extension: true });
    scratch = mkdtempSync(join(tmpdir(), 'acp-security-pdf-'));
  });
  after(async () => {
    await session?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const importPdf = (page: Page, file: string) => page.locator('chorus-assistant').locator('input[type=file][data-ca-action="import-pdf"]').setInputFiles(file);

  test('markup in the PDF is previewed as text, written only on confirmation, and written as a value, never as markup', async () => {
    const xml = SAMPLE_CII.replace('&lt;script&gt;F-1', '&lt;img src=x onerror=window.__pwned=1&gt;').replace('<ram:BuyerReference>SERVICE</ram:BuyerReference>', '<ram:BuyerReference>&lt;b&gt;SVC&lt;/b&gt;</ram:BuyerReference>');
    const file = join(scratch, 'facture-hostile.pdf');
    writeFileSync(file, buildAttachment('factur-x.xml', new TextEncoder().encode(xml)));
    const page = await session.open('/cpp/saisie?execution=e1s3');
    const errors = watchErrors(page);
    await waitForAssistant(page);
    await importPdf(page, file);
    const apply = page.locator('chorus-assistant').locator('[data-ca-action="apply-autofill"]');
    await apply.waitFor({ timeout: 20_000 });
    const preview = await page.evaluate(() => document.querySelector('chorus-assistant')!.shadowRoot!.querySelector('.ca-autofill')?.textContent ?? '');
    assert.ok(preview.includes('<img src=x onerror=window.__pwned=1>'), `the PDF's invoice number is not shown as text: ${preview.slice(0, 400)}`);
    const injected = await page.evaluate(() => [...document.querySelector('chorus-assistant')!.shadowRoot!.querySelectorAll('img[src="x"], [onerror], b')].filter((element) => element.textContent === 'SVC' || element.hasAttribute('onerror') || element.getAttribute('src') === 'x').length);
    assert.equal(injected, 0, 'PDF text became markup in the panel');
    assert.equal(await page.locator('#GFE_SaisieFacture_References_NumeroFacture').inputValue(), '', 'the form changed before the user confirmed');
    await apply.click();
    await page.waitForFunction(() => (document.getElementById('GFE_SaisieFacture_References_NumeroFacture') as HTMLInputElement).value !== '', null, { timeout: 5_000 });
    assert.equal(await page.locator('#GFE_SaisieFacture_References_NumeroFacture').inputValue(), '<img src=x onerror=window.__pwned=1>');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'PDF text ran as code');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a decompression bomb is read off the page: the form stays responsive, and the user gets the time-out message', async () => {
    const file = join(scratch, 'bombe.pdf');
    writeFileSync(file, deflateBombPdfForTest(1000));
    const page = await session.open('/cpp/saisieReconnue?execution=e3s3');
    const errors = watchErrors(page);
    await waitForAssistant(page);
    await importPdf(page, file);
    // While pdf.js inflates a gigabyte in the reader's worker, the portal page still checks what is typed.
    await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').fill('24-01234');
    await page.waitForFunction(() => document.getElementById('GFE_SaisieFacture_References_NumeroEngagement')?.getAttribute('data-ca-state') === 'error', null, { timeout: 5_000 });
    await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').fill('2401234');
    await page.waitForFunction(() => document.getElementById('GFE_SaisieFacture_References_NumeroEngagement')?.getAttribute('data-ca-state') === 'ok', null, { timeout: 5_000 });
    const alert = page.locator('chorus-assistant').locator('.ca-autofill [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.innerText(), /trop de temps|endommagé/);
    assert.deepEqual(errors, []);
    await page.close();
  });
  /**
   * The reader answers `timeout` after its 10 s cap, but pdf.js goes on inflating in the reader's worker: loadingTask
   * destroy() waits for the running task to finish before it terminates the worker. A 3 GB bomb keeps the worker busy
   * (CPU, then gigabytes of memory in the extension's frame) long after the user was told it gave up.
   */
  test('after the time-out, reading stops: the reader\'s worker is free again', async () => {
    const file = join(scratch, 'bombe-3go.pdf');
    writeFileSync(file, deflateBombPdfForTest(3000));
    const page = await session.open('/cpp/saisieReconnue?execution=e3s3');
    await waitForAssistant(page);
    await importPdf(page, file);
    await page.locator('chorus-assistant').locator('.ca-autofill [role="alert"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    const workers = page.workers().filter((candidate) => candidate.url().includes('pdf.worker'));
    assert.ok(workers.length > 0, 'no pdf.js worker found in the reader frame');
    // The worker that was reading is terminated ("gone"); a fresh one waits for the next file, idle.
    const answers = await Promise.all(
      workers.map((worker) =>
        Promise.race([
          worker.evaluate(() => 'idle').catch(() => 'gone'),
          new Promise<string>((resolve) => setTimeout(() => resolve('still reading'), 2_000)),
        ]),
      ),
    );
    assert.ok(!answers.includes('still reading'), answers.join(', '));
    assert.ok(answers.includes('idle'), answers.join(', '));
    await page.close();
  });
});

describe('markup that differs from what the assistant knows', () => {
  let session: SecuritySession;
  before(async () => {
    session = await launchForSecurity({ extension: true });
  });
  after(async () => {
    await session?.close();
  });

  for (const [name, path] of [
    ['missing blocks and fields, labels pointing nowhere', '/cpp/odd-saisie-incomplete?execution=e9s2'],
    ['duplicated labels and blocks, extra unknown blocks', '/cpp/odd-saisie-doubles?execution=e9s3'],
  ] as const) {
    test(`${name}: recognised, checked as the user types, and no error at all`, async () => {
      const page = await session.open(path);
      const errors = watchErrors(page);
      await waitForAssistant(page);
      await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').fill('24-01234');
      await page.waitForFunction(() => document.getElementById('GFE_SaisieFacture_References_NumeroEngagement')?.getAttribute('data-ca-state') === 'error', null, { timeout: 5_000 });
      await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').fill('2401234');
      await page.waitForFunction(() => document.getElementById('GFE_SaisieFacture_References_NumeroEngagement')?.getAttribute('data-ca-state') === 'ok', null, { timeout: 5_000 });
      // Other blocks, other inputs: the page's own script keeps working (a collapse toggles).
      await page.locator('#GFE_SaisieFacture_Fournisseur a[data-toggle="collapse"]').click();
      await page.waitForTimeout(200);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('an exception inside the assistant', () => {
  let session: SecuritySession;
  before(async () => {
    session = await launchForSecurity({ extension: true });
  });
  after(async () => {
    await session?.close();
  });

  test('is caught and reported once in the console; the page stays usable and keeps what the user types', async () => {
    const page = await session.open('/cpp/saisieReconnue?execution=e3s3');
    const errors = watchErrors(page);
    await waitForAssistant(page);
    // Break the DOM in the assistant's own world only: every mark it writes after this throws.
    const { cdp, contextId } = await contentScriptWorld(page, session.extensionId!);
    const evaluated = await cdp.send('Runtime.evaluate', {
      contextId,
      expression: `Element.prototype.setAttribute = function () { throw new Error('forced failure for the test'); }; 'broken'`,
    });
    assert.equal(evaluated.result.value, 'broken');
    for (const text of ['24-01234', '2401234', 'BC 1', '2401235']) {
      await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').fill(text);
      await page.waitForTimeout(150);
    }
    await page.locator('#GFE_SaisieFacture_References_NumeroFacture').fill('FA-2024-0999');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').inputValue(), '2401235');
    assert.equal(await page.locator('#GFE_SaisieFacture_References_NumeroFacture').inputValue(), 'FA-2024-0999');
    // The portal's own scripts still run in the page (its select2 opens).
    await page.locator('#select2-GFE_SaisieFacture_References_Devise-container').click();
    await page.locator('.select2-results__option').first().waitFor({ timeout: 5_000 });
    const reports = errors.filter((error) => error.includes(ASSISTANT));
    assert.equal(reports.length, 1, `reported ${reports.length} times: ${errors.join(' | ')}`);
    assert.match(reports[0]!, /forced failure for the test/);
    assert.deepEqual(errors.filter((error) => !error.includes(ASSISTANT)), [], 'errors escaped the assistant');
    await cdp.detach();
    await page.close();
  });
});

describe('after the extension reloads', () => {
  // A fresh browser for each test: the reload takes the extension away from the session.
  let session: SecuritySession;
  beforeEach(async () => {
    session = await launchForSecurity({ extension: true });
  });
  afterEach(async () => {
    await session?.close();
  });

  /** Reloads the extension under an open entry form, then types and adds fields as the portal would. */
  async function reloadUnder(page: Page): Promise<void> {
    await waitForAssistant(page);
    await session.serviceWorker!.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await page.waitForTimeout(500);
    await page.locator('#GFE_SaisieFacture_References_NumeroEngagement').fill('2401234');
    await page.waitForFunction(() => !document.querySelector('[data-ca-field]') && !document.querySelector('chorus-assistant'), null, { timeout: 5_000 });
    // New blocks appearing without a page load (what the deposit window does): nothing may mark them any more.
    await page.evaluate(() => {
      const block = document.createElement('div');
      const label = document.createElement('label');
      label.htmlFor = 'x-num';
      label.textContent = 'Numéro :';
      const input = document.createElement('input');
      input.id = 'x-num';
      input.value = 'FA-1';
      block.append(label, input);
      document.querySelector('form')!.append(block);
    });
    await page.locator('#x-num').fill('FA-2');
    await page.waitForTimeout(500);
  }

  test('the old content script stops: marks and panel gone, new fields left alone (observer disconnected), no uncaught error', async () => {
    const page = await session.open('/cpp/saisieReconnue?execution=e3s3');
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    await reloadUnder(page);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-ca-field], [data-ca-state], chorus-assistant').length), 0);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-ca-page')), false);
    assert.equal(await page.locator('#x-num').inputValue(), 'FA-2');
    assert.deepEqual(uncaught, []);
    await page.close();
  });

  test('and it stops quietly: not a single error in the console (no render, no storage call after the context died)', async () => {
    const page = await session.open('/cpp/saisieReconnue?execution=e3s3');
    const errors = watchErrors(page);
    await reloadUnder(page);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('nothing lost: the history of sent invoices', () => {
  const NUMBER = 'FA-2024-0312';
  const SAINT_ETIENNE = '21420218600018';

  test('written by an older version (v1), migrated, and still there after two browser restarts', async () => {
    const server = await startPortalServer();
    let profileDir = '';
    try {
      const first = await launchForSecurity({ extension: true, server });
      profileDir = first.profileDir;
      try {
        await first.serviceWorker!.evaluate(
          async ([number, siret]) => {
            await chrome.storage.local.remove('sentInvoices$');
            await chrome.storage.local.set({ sentInvoices: [{ number, siret, at: '2025-01-05T10:00:00.000Z' }, { number: 'sans siret' }] });
          },
          [NUMBER, SAINT_ETIENNE] as const,
        );
      } finally {
        await first.close({ keepProfile: true });
      }
      for (const round of [1, 2]) {
        const session = await launchForSecurity({ extension: true, profileDir, server });
        try {
          const page = await session.open('/cpp/saisieReconnue?execution=e3s3');
          await waitForAssistant(page);
          await page.waitForFunction(() => Boolean(document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('[data-ca-rule="cpp/invoice-number-duplicate"]')), null, { timeout: 10_000 }).catch(async () => {
            assert.fail(`round ${round}: no duplicate warning; panel: ${(await panelMessages(page)).map((entry) => entry.rule).join(', ')}`);
          });
          const stored = await session.serviceWorker!.evaluate(() => chrome.storage.local.get(null));
          assert.deepEqual(stored.sentInvoices, [{ invoiceNumber: NUMBER, recipientSiret: SAINT_ETIENNE, sentAt: '2025-01-05T10:00:00.000Z' }], `round ${round}`);
          assert.deepEqual(stored['sentInvoices$'], { v: 2 }, `round ${round}`);
          await page.close();
        } finally {
          await session.close({ keepProfile: true });
        }
      }
    } finally {
      await server.close();
      if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    }
  });
});

// `npm run bench:page`: what the assistant costs on a portal page, measured on the replicas in a real Chromium and
// in Firefox ESR (puppeteer-core over WebDriver BiDi, the launcher of test/e2e/firefox).
// - size of the always-injected content script (the marks part), gzipped, per browser (target ≤ 40 KB, no pdf.js);
//   the panel part, loaded after the marks, beside it;
// - what a user sees: from DOMContentLoaded to the first `[data-ca-state]` on a field (target ≤ 100 ms, median of 10
//   warm loads) and to `html[data-ca-page]` (fields marked and the panel showing its verdicts), timed in the page's
//   own clock by a MutationObserver the bench installs at document start; the first load of a fresh profile apart;
// - the older figures beside them: the content script's own work, from its start (`ca:script-start`, the DOM is
//   complete) to its `ca:first-verdict` mark, and the wait from domInteractive to that start;
// - Chromium only: the page's own DOMContentLoaded with and without the extension (a script injected at
//   document_start must not delay the page), re-check after a keystroke (p95, target ≤ 5 ms: `ca:recheck`), long
//   tasks (> 50 ms) caused by the assistant (its own `ca:refresh`/`ca:check` spans, and Long Animation Frame
//   scripts from the extension), the autofill preview of a one-page PDF (≤ 300 ms).
// BENCH_SKIP_BUILD=1 reuses .output/; BENCH_BROWSERS=chromium or firefox runs one browser; BENCH_CHROME_BUILD and
// BENCH_FIREFOX_BUILD measure other built folders (an older build, to compare under the same machine load).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, launchBrowser, launchWithExtension } from '../e2e/lib/browser.ts';
import { FIREFOX_BUILD, launchFirefox } from '../e2e/firefox/lib/firefox.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',');
const CHROME_DIR = process.env.BENCH_CHROME_BUILD ?? CHROME_BUILD;
const FIREFOX_DIR = process.env.BENCH_FIREFOX_BUILD ?? FIREFOX_BUILD;
if (!process.env.BENCH_SKIP_BUILD && !process.env.BENCH_CHROME_BUILD && !process.env.BENCH_FIREFOX_BUILD) {
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
    if (spawnSync('npx', args, { cwd: ROOT, stdio: 'ignore' }).status !== 0) throw new Error(`${args.join(' ')} failed`);
  }
}

const SIZE_TARGET_KB = 40;
const FIRST_STATE_TARGET_MS = 100;
const WARM_LOADS = 10;
const FRESH_PROFILES = 3;
const PAGES = ['/cpp/saisieReconnue?execution=e3s3', '/cpp/saisieTableauReconnue?execution=e3s3', '/cpp/saisie?execution=e1s3'];

const results = [];
const report = (name, value, unit, target, ok) => {
  results.push({ name, value, unit, target, ok });
  console.log(`${ok ? '✔' : '✖'} ${name}: ${value} ${unit} (cible ${target})`);
};
const info = (text) => console.log(`  ${text}`);

const percentile = (values, p) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const median = (values) => percentile(values, 50);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(0) : '—');

// 1. What is injected in every Chorus Pro page (the panel's styles travel inside the panel part, as text).
function sizes(label, buildDir) {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  const files = [...new Set(manifest.content_scripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]))];
  const bytes = files.map((file) => readFileSync(join(buildDir, file)));
  const gzippedKb = (contents) => contents.reduce((sum, each) => sum + gzipSync(each, { level: 9 }).length, 0) / 1024;
  const injectedKb = gzippedKb(bytes);
  report(`${label} : script injecté (gzip : ${files.join(', ')})`, injectedKb.toFixed(1), 'Ko', `≤ ${SIZE_TARGET_KB} Ko`, injectedKb <= SIZE_TARGET_KB);
  const panelFile = join(buildDir, 'content-panel.js');
  const panel = existsSync(panelFile) ? [readFileSync(panelFile)] : [];
  if (panel.length) info(`(partie « panneau », chargée après les premières marques : ${gzippedKb(panel).toFixed(1)} Ko gzip)`);
  const hasPdfJs = [...bytes, ...panel].some((each) => /GlobalWorkerOptions|pdfjs-dist|PDFDocumentProxy/.test(each.toString('latin1')));
  report(`${label} : pdf.js absent du script injecté et du panneau`, hasPdfJs ? 'non' : 'oui', '', 'oui', !hasPdfJs);
}

// 2. Timing, from the page's own clock. Installed before any of the page's scripts: the first time an attribute
// `data-ca-state` / `data-ca-page` is set anywhere in the document.
function installProbe() {
  window.__assistantMarks = {};
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.attributeName === 'data-ca-state') window.__assistantMarks.state ??= performance.now();
      if (record.attributeName === 'data-ca-page') window.__assistantMarks.page ??= performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ca-state', 'data-ca-page'] });
}
const pageMarked = () => window.__assistantMarks?.page !== undefined;
function readTimings() {
  const navigation = performance.getEntriesByType('navigation')[0];
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const dcl = navigation.domContentLoadedEventStart;
  const start = at('ca:script-start');
  return {
    dcl,
    firstState: window.__assistantMarks.state - dcl,
    pageMark: window.__assistantMarks.page - dcl,
    ownWork: at('ca:first-verdict') - start,
    injectionWait: start - navigation.domInteractive,
  };
}

function reportTimings(label, warm, fresh) {
  const firstState = median(warm.map((row) => row.firstState));
  report(
    `${label} : DOMContentLoaded → premier [data-ca-state] (médiane sur ${warm.length} chargements)`,
    ms(firstState), 'ms', `≤ ${FIRST_STATE_TARGET_MS} ms`, firstState <= FIRST_STATE_TARGET_MS,
  );
  info(`(pire : ${ms(Math.max(...warm.map((row) => row.firstState)))} ms ; DOMContentLoaded → html[data-ca-page], panneau compris : médiane ${ms(median(warm.map((row) => row.pageMark)))} ms)`);
  info(`(mesures d'avant : début du script → premier verdict ${ms(median(warm.map((row) => row.ownWork)))} ms ; domInteractive → début du script ${ms(median(warm.map((row) => row.injectionWait)))} ms)`);
  if (fresh.length) {
    info(`premier chargement d'un profil neuf (${fresh.length} profils) : DOMContentLoaded → premier [data-ca-state] ${fresh.map((row) => ms(row.firstState)).join(', ')} ms ; → html[data-ca-page] ${fresh.map((row) => ms(row.pageMark)).join(', ')} ms`);
  }
}

/** The assistant's own synchronous spans over 50 ms, from its performance measures (run in the page). */
const ownLongWork = () =>
  performance
    .getEntriesByType('measure')
    .filter((entry) => (entry.name === 'ca:refresh' || entry.name === 'ca:check') && entry.duration > 50)
    .map((entry) => ({ duration: entry.duration, source: entry.name }));

function installLongTaskProbe() {
  window.__longTasks = [];
  window.__assistantTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const script of frame.scripts ?? []) {
          if (String(script.sourceURL).startsWith('chrome-extension://') && script.duration > 50) {
            window.__assistantTasks.push({ duration: script.duration, source: `${script.sourceFunctionName || script.invoker}` });
          }
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no long task timing in this browser
  }
}

async function benchChromium() {
  sizes('Chromium', CHROME_DIR);

  // A fresh profile: the extension just installed, the browser's caches empty.
  const fresh = [];
  for (let round = 0; round < FRESH_PROFILES; round++) {
    const session = await launchWithExtension({ extensionDir: CHROME_DIR });
    try {
      await session.context.addInitScript(installProbe);
      const page = await session.open(PAGES[0]);
      await page.waitForFunction(pageMarked, null, { timeout: 15_000 });
      fresh.push(await page.evaluate(readTimings));
    } finally {
      await session.close();
    }
  }

  // The page's own DOMContentLoaded without the extension, for comparison.
  const bare = await launchBrowser({ extensionDir: null });
  const bareDcl = [];
  try {
    await (await bare.open(PAGES[0])).close();
    for (let load = 0; load < WARM_LOADS; load++) {
      const page = await bare.open(PAGES[load % PAGES.length]);
      bareDcl.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventStart));
      await page.close();
    }
  } finally {
    await bare.close();
  }

  const session = await launchWithExtension({ extensionDir: CHROME_DIR });
  try {
    await session.context.addInitScript(installProbe);
    await session.context.addInitScript(installLongTaskProbe);
    const warm = [];
    const withDcl = [];
    const rechecks = [];
    const longTasks = [];
    const assistantTasks = [];
    const collectLongTasks = async (page) => {
      longTasks.push(...(await page.evaluate(() => window.__longTasks)));
      assistantTasks.push(...(await page.evaluate(() => window.__assistantTasks)));
      assistantTasks.push(...(await page.evaluate(ownLongWork)));
    };
    // A first, unmeasured load warms the browser up (disk cache, extension start).
    await (await session.open(PAGES[0])).close();
    for (let load = 0; load < WARM_LOADS; load++) {
      const page = await session.open(PAGES[load % PAGES.length]);
      await page.waitForFunction(pageMarked, null, { timeout: 10_000 });
      const timings = await page.evaluate(readTimings);
      warm.push(timings);
      withDcl.push(timings.dcl);
      if (load < PAGES.length) {
        const input = page.locator('[data-ca-field="engagementNumber"]');
        await input.click();
        await input.fill('');
        await page.keyboard.type('BC 24 01 234 5 EJ 2401234', { delay: 15 });
        await page.waitForTimeout(200);
        rechecks.push(...(await page.evaluate(() => performance.getEntriesByName('ca:recheck').map((entry) => entry.duration))));
      }
      await page.waitForTimeout(100);
      await collectLongTasks(page);
      await page.close();
    }
    reportTimings('Chromium', warm, fresh);
    info(`(DOMContentLoaded de la page elle-même depuis la navigation, médiane : ${ms(median(withDcl))} ms avec l'assistant, ${ms(median(bareDcl))} ms sans)`);

    // The deposit window opening without a page load, then the file check.
    const page = await session.open('/cpp/facturesEmises?execution=e1s1');
    await page.waitForSelector('html[data-ca-page="factures-emises"]');
    await page.getByRole('link', { name: 'Dépôt factures' }).click();
    await page.waitForSelector('html[data-ca-page="depot"]');
    await page.locator('[data-ca-field="depositFile"]').setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(9 * 1024 * 1024, 32), Buffer.from('/Font\n%%EOF')]) });
    await page.waitForTimeout(1500);
    await collectLongTasks(page);
    await page.close();

    // A one-page invoice picked in the panel: time until its autofill preview shows (issue 5: ≤ 300 ms).
    const previews = [];
    for (let round = 0; round < 3; round++) {
      const pick = await session.open('/cpp/saisie?execution=e1s3');
      await pick.waitForSelector('html[data-ca-page="saisie"]');
      // The user needs a moment to find the file: the reader starts meanwhile.
      await pick.waitForTimeout(1500);
      for (const file of ['classic-01.pdf', 'artisan-01.pdf']) {
        await pick.evaluate(() => {
          const root = document.querySelector('chorus-assistant').shadowRoot;
          window.__previewShown = new Promise((resolve) => {
            const seen = () => root.querySelector('[data-ca-action="apply-autofill"], .ca-autofill__error');
            const observer = new MutationObserver(() => {
              if (seen()) {
                observer.disconnect();
                resolve(performance.now());
              }
            });
            observer.observe(root, { childList: true, subtree: true });
          });
          window.__pickedAt = performance.now();
        });
        await pick.locator('chorus-assistant input[type=file][data-ca-action="import-pdf"]').setInputFiles(join(ROOT, 'test/corpus/generated', file));
        previews.push(await pick.evaluate(async () => (await window.__previewShown) - window.__pickedAt));
        await pick.locator('chorus-assistant [data-ca-action="apply-autofill"]').waitFor();
      }
      await pick.close();
    }
    report(`Chromium : PDF d'une page choisi → aperçu du remplissage (médiane sur ${previews.length})`, ms(median(previews)), 'ms', '≤ 300 ms', median(previews) <= 300);
    info(`(pire : ${ms(Math.max(...previews))} ms ; premier fichier de chaque page : ${previews.filter((_, index) => index % 2 === 0).map(ms).join(', ')} ms)`);
    report(`Chromium : nouvelle vérification après une frappe (p95 sur ${rechecks.length})`, percentile(rechecks, 95).toFixed(2), 'ms', '≤ 5 ms', percentile(rechecks, 95) <= 5);
    report(
      "Chromium : tâches longues (> 50 ms) dues à l'assistant",
      assistantTasks.length ? `${assistantTasks.length} (max ${ms(Math.max(...assistantTasks.map((task) => task.duration)))} ms : ${[...new Set(assistantTasks.map((task) => task.source))].join(', ')})` : '0',
      '', '0', assistantTasks.length === 0,
    );
    info(`(toutes tâches longues de la page, navigateur compris : ${longTasks.length}${longTasks.length ? `, max ${ms(Math.max(...longTasks))} ms` : ''})`);
  } finally {
    await session.close();
  }
}

async function benchFirefox() {
  sizes('Firefox', FIREFOX_DIR);
  const openProbed = async (session, path) => {
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(installProbe);
    await page.goto(`https://portail.chorus-pro.gouv.fr:${session.server.port}${path}`);
    await page.waitForFunction(pageMarked, { timeout: 15_000 });
    return page;
  };

  const fresh = [];
  for (let round = 0; round < FRESH_PROFILES; round++) {
    const session = await launchFirefox({ extensionDir: FIREFOX_DIR });
    try {
      fresh.push(await (await openProbed(session, PAGES[0])).evaluate(readTimings));
    } finally {
      await session.close();
    }
  }

  const session = await launchFirefox({ extensionDir: FIREFOX_DIR });
  try {
    await (await openProbed(session, PAGES[0])).close();
    const warm = [];
    for (let load = 0; load < WARM_LOADS; load++) {
      const page = await openProbed(session, PAGES[load % PAGES.length]);
      warm.push(await page.evaluate(readTimings));
      await page.close();
    }
    reportTimings('Firefox', warm, fresh);
  } finally {
    await session.close();
  }
}

if (BROWSERS.includes('chromium')) await benchChromium();
if (BROWSERS.includes('firefox')) await benchFirefox();
console.log(`Charge de la machine pendant la mesure : ${loadavg()[0].toFixed(1)} (sur ${cpus().length} cœurs)`);
if (results.some((result) => !result.ok)) process.exitCode = 1;

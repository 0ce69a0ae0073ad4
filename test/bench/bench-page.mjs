// `npm run bench:page`: what the assistant costs on a portal page, measured in a real Chromium on the replicas.
// - size of the always-injected content script, gzipped (target ≤ 60 KB, no pdf.js in it);
// - first verdict after the form is in the DOM (target ≤ 100 ms): from the moment the browser runs the content
//   script (`ca:script-start`, the form is in the DOM by then) to its `ca:first-verdict` mark; the browser's own
//   injection delay after domInteractive is reported beside it;
// - re-check after a keystroke, p95 (target ≤ 5 ms): the content script's `ca:recheck` measures (event → marks set);
// - long tasks (> 50 ms) caused by the assistant: its own synchronous work as it measures it (`ca:refresh`: page
//   read, fields found, checked, marked; `ca:check`), plus Long Animation Frame entries whose scripts come from the
//   extension when the browser attributes them; all long tasks of the page are reported beside.
// BENCH_SKIP_BUILD=1 reuses .output/chrome-mv3.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, CHROME_BUILD } from '../e2e/lib/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
if (!process.env.BENCH_SKIP_BUILD) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('wxt build failed');
}

const results = [];
const report = (name, value, unit, target, ok) => {
  results.push({ name, value, unit, target, ok });
  console.log(`${ok ? '✔' : '✖'} ${name}: ${value} ${unit} (cible ${target})`);
};

// 1. Size of what is injected in every Chorus Pro page.
// What the manifest injects (the panel's styles travel inside the script, as text for its shadow root).
const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
const injectedFiles = [...new Set(manifest.content_scripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]))];
const injected = injectedFiles.map((file) => readFileSync(join(CHROME_BUILD, file)));
const gzippedKb = injected.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0) / 1024;
const hasPdfJs = injected.some((bytes) => /GlobalWorkerOptions|pdfjs-dist|PDFDocumentProxy/.test(bytes.toString('latin1')));
report(`script injecté (gzip : ${injectedFiles.join(', ')})`, gzippedKb.toFixed(1), 'Ko', '≤ 60 Ko', gzippedKb <= 60);
report('pdf.js absent du script injecté', hasPdfJs ? 'non' : 'oui', '', 'oui', !hasPdfJs);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** The assistant's own synchronous spans over 50 ms, from its performance measures (run in the page). */
const ownLongWork = () =>
  performance
    .getEntriesByType('measure')
    .filter((entry) => (entry.name === 'ca:refresh' || entry.name === 'ca:check') && entry.duration > 50)
    .map((entry) => ({ duration: entry.duration, source: entry.name }));

const session = await launchWithExtension();
try {
  await session.context.addInitScript(() => {
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
  });
  const firstVerdicts = [];
  const injections = [];
  const rechecks = [];
  const longTasks = [];
  const assistantTasks = [];
  const pages = ['/cpp/saisieReconnue?execution=e3s3', '/cpp/saisieTableauReconnue?execution=e3s3', '/cpp/saisie?execution=e1s3'];
  // A first, unmeasured load warms the browser up (disk cache, extension start).
  await (await session.open(pages[0])).close();
  for (let round = 0; round < 4; round++) {
    for (const path of pages) {
      const page = await session.open(path);
      await page.waitForFunction(() => performance.getEntriesByName('ca:first-verdict').length > 0, null, { timeout: 10_000 });
      const timing = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0];
        const start = performance.getEntriesByName('ca:script-start')[0].startTime;
        return { verdict: performance.getEntriesByName('ca:first-verdict')[0].startTime - start, injection: start - navigation.domInteractive };
      });
      firstVerdicts.push(timing.verdict);
      injections.push(timing.injection);
      if (round === 0) {
        const input = page.locator('[data-ca-field="engagementNumber"]');
        await input.click();
        await input.fill('');
        await page.keyboard.type('BC 24 01 234 5 EJ 2401234', { delay: 15 });
        await page.waitForTimeout(200);
        rechecks.push(...(await page.evaluate(() => performance.getEntriesByName('ca:recheck').map((entry) => entry.duration))));
      }
      await page.waitForTimeout(100);
      longTasks.push(...(await page.evaluate(() => window.__longTasks)));
      assistantTasks.push(...(await page.evaluate(() => window.__assistantTasks)));
      assistantTasks.push(...(await page.evaluate(ownLongWork)));
      await page.close();
    }
  }
  // The deposit window opening without a page load, then the file check.
  const page = await session.open('/cpp/facturesEmises?execution=e1s1');
  await page.waitForSelector('html[data-ca-page="factures-emises"]');
  await page.getByRole('link', { name: 'Dépôt factures' }).click();
  await page.waitForSelector('html[data-ca-page="depot"]');
  await page.locator('[data-ca-field="depositFile"]').setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(9 * 1024 * 1024, 32), Buffer.from('/Font\n%%EOF')]) });
  await page.waitForTimeout(1500);
  longTasks.push(...(await page.evaluate(() => window.__longTasks)));
  assistantTasks.push(...(await page.evaluate(() => window.__assistantTasks)));
  assistantTasks.push(...(await page.evaluate(ownLongWork)));
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
  report(`PDF d'une page choisi → aperçu du remplissage (médiane sur ${previews.length})`, percentile(previews, 50).toFixed(0), 'ms', '≤ 300 ms', percentile(previews, 50) <= 300);
  console.log(`  (pire : ${Math.max(...previews).toFixed(0)} ms ; premier fichier de chaque page : ${previews.filter((_, index) => index % 2 === 0).map((value) => value.toFixed(0)).join(', ')} ms)`);

  report('premier verdict après le formulaire dans le DOM (médiane)', percentile(firstVerdicts, 50).toFixed(1), 'ms', '≤ 100 ms', percentile(firstVerdicts, 50) <= 100);
  report('premier verdict après le formulaire dans le DOM (pire)', Math.max(...firstVerdicts).toFixed(1), 'ms', '≤ 100 ms', Math.max(...firstVerdicts) <= 100);
  console.log(`  (délai d'injection du script par le navigateur après domInteractive : médiane ${percentile(injections, 50).toFixed(0)} ms)`);
  report(`nouvelle vérification après une frappe (p95 sur ${rechecks.length})`, percentile(rechecks, 95).toFixed(2), 'ms', '≤ 5 ms', percentile(rechecks, 95) <= 5);
  report(
    "tâches longues (> 50 ms) dues à l'assistant",
    assistantTasks.length ? `${assistantTasks.length} (max ${Math.max(...assistantTasks.map((task) => task.duration)).toFixed(0)} ms : ${[...new Set(assistantTasks.map((task) => task.source))].join(', ')})` : '0',
    '', '0', assistantTasks.length === 0,
  );
  console.log(`  (toutes tâches longues de la page, navigateur compris : ${longTasks.length}${longTasks.length ? `, max ${Math.max(...longTasks).toFixed(0)} ms` : ''})`);
} finally {
  await session.close();
}
const [load1] = (await import('node:os')).loadavg();
console.log(`Charge de la machine pendant la mesure : ${load1.toFixed(1)} (sur ${(await import('node:os')).cpus().length} cœurs)`);
if (results.some((result) => !result.ok)) process.exitCode = 1;

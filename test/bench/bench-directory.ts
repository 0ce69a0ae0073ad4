// `npm run bench:directory`: the Chorus Pro directory at full size (200 000 structures, 80 000 services, generated
// by test/bench/generate-directory.ts into .tmp/bench/, never committed).
// - Node: reading the file (parse only): wall and CPU time, peak heap;
// - Node: search by name/SIREN over the 200 000-line index (the same code the guide runs);
// - Chromium with the built extension (options.html): the import worker as the settings page starts it — import
//   time (file read, parsed, written to IndexedDB, made current), its peak JS heap where Chromium tells; then
//   look-ups by SIRET (what the background will answer the content script) and searches, median and p95;
// - the injected content script carries none of the directory's reader or store.
// BENCH_SKIP_BUILD=1 reuses .output/chrome-mv3; BENCH_REGENERATE=1 writes the file again.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { readDirectory } from '../../utils/directory/read.ts';
import { SearchIndex, searchLine, sortSearchLines } from '../../utils/directory/search.ts';
import { CHROME_BUILD, launchWithExtension } from '../e2e/lib/browser.ts';
import { DEFAULT_BENCH_FILE, generateDirectory } from './generate-directory.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FILE = DEFAULT_BENCH_FILE;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} Mo`;
const results: { name: string; value: string; target?: string; ok?: boolean }[] = [];
const report = (name: string, value: string, target?: string, ok?: boolean) => {
  results.push({ name, value, target, ok });
  console.log(`${ok === undefined ? '·' : ok ? '✔' : '✖'} ${name}: ${value}${target ? ` (cible ${target})` : ''}`);
};

// 0. The file, deterministic (same seed), written once.
let generated: { sirets: string[]; names: string[] };
if (!existsSync(FILE) || process.env.BENCH_REGENERATE) {
  const started = performance.now();
  generated = generateDirectory(FILE);
  console.log(`fichier généré en ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else {
  // The SIRETs and names are needed for the queries: read them back from the file (that is the Node measure too).
  generated = { sirets: [], names: [] };
}
report('fichier', `${FILE.replace(`${ROOT}/`, '')}, ${(statSync(FILE).size / 1e6).toFixed(1)} Mo`);

// 1. Node: reading the whole file, nothing kept but the search lines (as the extension's writer does).
{
  const handle = await open(FILE);
  const { size } = await handle.stat();
  const file = {
    size,
    read: async (offset: number, length: number) => {
      const buffer = new Uint8Array(Math.min(length, size - offset));
      await handle.read(buffer, 0, buffer.length, offset);
      return buffer;
    },
  };
  const sirets: string[] = [];
  const names: string[] = [];
  let peakHeap = 0;
  let peakRss = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await readDirectory(
    file,
    {
      structure(record) {
        sirets.push(record.id);
        names.push(record.name);
      },
      service() {},
      flush: async () => {},
    },
    {
      fileName: 'annuaire-200000.xlsx',
      onProgress: () => {
        const memory = process.memoryUsage();
        peakHeap = Math.max(peakHeap, memory.heapUsed);
        peakRss = Math.max(peakRss, memory.rss);
      },
    },
  );
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  await handle.close();
  report('Node : lecture du fichier (sans stockage), durée', `${(wall / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`);
  report('Node : pic du tas JS / RSS pendant la lecture', `${mb(peakHeap)} / ${mb(peakRss)}`);
  report('Node : comptes', `${summary.counts.structures} structures, ${summary.counts.services} services`);
  generated = { sirets, names };
}

// The queries: words of names a desk would type, a SIREN, a SIRET.
const random = (() => {
  let state = 42;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
})();
const sample = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
const nameQueries = Array.from({ length: 60 }, (_, index) => {
  const words = sample(generated.names).split(/[\s-]+/).filter((word) => word.length > 2);
  const start = Math.floor(random() * Math.max(1, words.length - 1));
  const query = words.slice(start, start + 1 + (index % 2)).join(' ').toLowerCase();
  return index % 3 === 0 ? query.slice(0, Math.max(3, query.length - 2)) : query;
});
const queries = [...nameQueries, 'commune de saint', 'centre hospitalier', 'ecole primaire', sample(generated.sirets).slice(0, 9), sample(generated.sirets)];

// 2. Node: the search itself, over the same index the extension stores.
{
  const text = sortSearchLines(generated.sirets.map((siret, at) => searchLine(siret, generated.names[at]!)));
  const loadStarted = performance.now();
  const index = new SearchIndex(text);
  index.search('préparation', { limit: 1 });
  const loadMs = performance.now() - loadStarted;
  const times = queries.map((query) => {
    const started = performance.now();
    index.search(query, { limit: 20 });
    return performance.now() - started;
  });
  report('Node : index de recherche', `${(text.length / 1e6).toFixed(1)} M caractères, prêt en ${ms(loadMs)}`);
  report('Node : recherche (20 premiers résultats), médiane / p95', `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))}`, '≤ 50 ms', percentile(times, 95) <= 50);
}

// 3. Chromium, the built extension.
if (!process.env.BENCH_SKIP_BUILD) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (built.status !== 0) throw new Error('wxt build failed');
}
const workerFile = readdirSync(join(CHROME_BUILD, 'assets')).find((name) => /^directory-worker-.*\.js$/.test(name));
if (!workerFile) throw new Error('no directory worker in the build');
const store = (await build({ input: join(ROOT, 'utils/storage/directory.ts'), output: { format: 'iife', name: '__acpDirectory' }, write: false })).output[0].code;

const session = await launchWithExtension();
try {
  const page = await session.openExtensionPage('options.html');
  await page.locator('[data-ca-directory]').waitFor();
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles('#bench-file', FILE);
  // The worker's heap, asked of Chromium through the DevTools protocol every 200 ms (workers have no
  // performance.memory): the page's session attaches to the worker when it starts.
  const devtools = await session.context.newCDPSession(page);
  let workerSession: string | null = null;
  let peakWorkerHeap = 0;
  let heapSamples = 0;
  devtools.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === 'worker') workerSession = event.sessionId;
  });
  devtools.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { result?: { usedSize?: number } };
    if (message.result?.usedSize !== undefined) {
      heapSamples++;
      peakWorkerHeap = Math.max(peakWorkerHeap, message.result.usedSize);
    }
  });
  await devtools.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let requestId = 1;
  const sampler = setInterval(() => {
    if (!workerSession) return;
    devtools
      .send('Target.sendMessageToTarget', { sessionId: workerSession, message: JSON.stringify({ id: requestId++, method: 'Runtime.getHeapUsage' }) })
      .catch(() => {});
  }, 200);
  const imported = await page.evaluate(async (url) => {
    const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
    const worker = new Worker(url, { type: 'module' });
    const started = performance.now();
    let progressMessages = 0;
    const outcome = await new Promise<{ type: string; meta?: { importMs: number; counts: { structures: number; services: number } }; message?: string }>((resolve) => {
      worker.onmessage = (event) => {
        if (event.data.type === 'progress') progressMessages++;
        else resolve(event.data);
      };
      worker.postMessage({ file });
    });
    worker.terminate();
    return { outcome, wall: performance.now() - started, progressMessages };
  }, `/assets/${workerFile}`);
  clearInterval(sampler);
  await devtools.detach();
  if (imported.outcome.type !== 'done') throw new Error(`import failed: ${JSON.stringify(imported.outcome)}`);
  report('Chromium : import (lecture, IndexedDB, bascule), dans le worker', `${(imported.wall / 1000).toFixed(1)} s`, '≤ 30 s', imported.wall <= 30_000);
  report(
    'Chromium : pic du tas JS du worker',
    heapSamples ? `${mb(peakWorkerHeap)} (${heapSamples} relevés)` : 'non mesuré (le protocole DevTools n’a pas répondu)',
  );
  report('Chromium : messages de progression', String(imported.progressMessages));
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  report('Chromium : place occupée (IndexedDB de l’extension)', mb(usage));

  await page.evaluate(store);
  const lookupSirets = Array.from({ length: 1000 }, (_, index) => (index % 10 === 9 ? '20000000000000' : sample(generated.sirets)));
  const lookups = await page.evaluate(async (sirets) => {
    const api = (globalThis as unknown as { __acpDirectory: typeof import('../../utils/storage/directory.ts') }).__acpDirectory;
    const cold = performance.now();
    await api.lookupRecipient(sirets[0]!);
    const coldMs = performance.now() - cold;
    const times: number[] = [];
    let found = 0;
    for (const siret of sirets) {
      const started = performance.now();
      const entry = await api.lookupRecipient(siret);
      times.push(performance.now() - started);
      if (entry?.structure) found++;
    }
    return { coldMs, times, found };
  }, lookupSirets);
  report('Chromium : recherche par SIRET, premier appel (ouverture de la base)', ms(lookups.coldMs));
  report(
    `Chromium : recherche par SIRET (${lookupSirets.length}, ${lookups.found} trouvés), médiane / p95`,
    `${ms(percentile(lookups.times, 50))} / ${ms(percentile(lookups.times, 95))}`,
    '≤ 1 ms',
    percentile(lookups.times, 50) <= 1,
  );

  const searches = await page.evaluate(async (list) => {
    const api = (globalThis as unknown as { __acpDirectory: typeof import('../../utils/storage/directory.ts') }).__acpDirectory;
    const cold = performance.now();
    await api.searchDirectory(list[0]!, 20);
    const coldMs = performance.now() - cold;
    const times: number[] = [];
    for (const query of list) {
      const started = performance.now();
      await api.searchDirectory(query, 20);
      times.push(performance.now() - started);
    }
    return { coldMs, times };
  }, queries);
  report('Chromium : première recherche par nom (chargement de l’index)', ms(searches.coldMs));
  report(
    `Chromium : recherche par nom/SIREN (${queries.length} requêtes, 20 premiers résultats), médiane / p95`,
    `${ms(percentile(searches.times, 50))} / ${ms(percentile(searches.times, 95))}`,
    '≤ 50 ms',
    percentile(searches.times, 95) <= 50,
  );
} finally {
  await session.close();
}

// 4. The content script carries none of it.
const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[] }[] };
const injected = manifest.content_scripts.flatMap((script) => script.js ?? []).map((file) => readFileSync(join(CHROME_BUILD, file), 'latin1')).join('');
const leaks = ['SaxesParser', 'indexedDB', 'sharedStrings', 'acp-directory'].filter((word) => injected.includes(word));
report('script injecté sans le lecteur ni la base de l’annuaire', leaks.length ? `non (${leaks.join(', ')})` : 'oui', 'oui', leaks.length === 0);

const failed = results.filter((result) => result.ok === false);
console.log(failed.length ? `\n${failed.length} cible(s) manquée(s).` : '\nToutes les cibles sont tenues.');

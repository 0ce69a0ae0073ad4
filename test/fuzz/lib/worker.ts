/**
 * The fuzz worker: rebuilds the case list from its spec (cases are pure functions of the seed), runs the requested
 * cases one after the other through extractInvoice and reports each outcome. The parent thread keeps the watchdog.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPdfjsForNode } from '../../../utils/pdf/node.ts';
import { buildCases, type CaseListSpec } from './cases.ts';
import { runCase, watchUnhandled } from './run.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { spec, indices } = workerData as { spec: CaseListSpec; indices: number[] };
const cases = buildCases(spec);
watchUnhandled();
// pdf.js writes its warnings with console.log: keep the parent's output for the figures.
console.log = () => {};
console.warn = () => {};
const pdfjs = await loadPdfjsForNode();

const WARM_UP_CASES = 100;
let maxRss = 0;
let rssAfterWarmup = 0;
for (const [position, index] of indices.entries()) {
  parentPort!.postMessage({ type: 'started' });
  const outcome = await runCase(pdfjs, cases[index]!);
  const rss = process.memoryUsage().rss;
  maxRss = Math.max(maxRss, rss);
  // Warm-up: pdf.js's module, fonts and caches settle over the first files.
  if (position === Math.min(WARM_UP_CASES, indices.length) - 1) {
    gc();
    rssAfterWarmup = process.memoryUsage().rss;
  }
  parentPort!.postMessage({ type: 'outcome', outcome, rss });
}
gc();
await new Promise((resolve) => setTimeout(resolve, 50));
gc();
parentPort!.postMessage({ type: 'done', rssAfterWarmup, rssAtEnd: process.memoryUsage().rss, maxRss });

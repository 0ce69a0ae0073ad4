/**
 * The quick fuzz run of `npm test` (the long one is `npm run fuzz`): a fixed seed, the hand-written hostile files
 * that run fast, and a few hundred mutations of generated invoices and of the smallest public corpus files. Every
 * file must get a result or a contract error within the extractor's time cap — no throw, no unhandled rejection, no
 * hang (a watchdog outside the worker thread tells), memory bounded — and the CLI must print one valid JSON line per
 * file, exit 0 or 1, and never a stack trace.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { buildCases, generatedCases, HOSTILE_STRINGS, type CaseListSpec } from './lib/cases.ts';
import { runCli, runIsolated, type IsolatedRun } from './lib/run.ts';

const SPEC: CaseListSpec = { seed: 7, heavy: false, mutations: 300, corpusFiles: 12 };
/** Generous: the worker's whole heap for a few hundred small files, pdf.js included. */
const MAX_RSS_BYTES = 1024 * 1024 * 1024;
const MAX_RSS_GROWTH_BYTES = 256 * 1024 * 1024;

describe('extractInvoice under fuzzing (seeded, quick)', () => {
  let run: IsolatedRun;

  it('answers every hostile or mutated file with a result or a contract error, within the time cap, without a throw or an unhandled rejection', async () => {
    run = await runIsolated(SPEC);
    assert.equal(run.outcomes.length, buildCases(SPEC).length);
    const failures = run.outcomes.filter((outcome) => outcome.problems.length > 0).map((outcome) => `${outcome.name}: ${outcome.problems.join('; ')}`);
    assert.deepEqual(failures, []);
    assert.equal(run.restarts, 0, 'the worker had to be replaced (hang or crash)');
  });

  it('exercises every answer a user can meet: results, and the empty, not-pdf, corrupt, encrypted, no-text and too-large errors', () => {
    const seen = new Set(run.outcomes.map((outcome) => outcome.outcome));
    for (const expected of ['ok', 'empty', 'not-pdf', 'corrupt', 'encrypted', 'no-text', 'too-large']) assert.ok(seen.has(expected), `no case ended in ${expected}`);
  });

  it('keeps memory bounded: resident size under 1 GB and no growth past 256 MB from the 100th file to the last', () => {
    assert.ok(run.maxRss < MAX_RSS_BYTES, `max RSS ${Math.round(run.maxRss / 1e6)} MB`);
    assert.ok(run.rssAtEnd - run.rssAfterWarmup < MAX_RSS_GROWTH_BYTES, `RSS grew from ${Math.round(run.rssAfterWarmup / 1e6)} MB to ${Math.round(run.rssAtEnd / 1e6)} MB`);
  });
});

describe('the CLI under fuzzing', () => {
  it('prints one valid JSON line per file in order, exits 1 when a file failed, and never prints a stack trace', () => {
    const cases = buildCases(SPEC);
    const sample = [...cases.filter((fuzzCase) => fuzzCase.family.startsWith('generated')), ...cases.filter((fuzzCase) => fuzzCase.family.startsWith('mutation')).slice(0, 20)];
    const result = runCli(sample);
    assert.deepEqual(result.problems, []);
    assert.equal(result.status, 1, 'some of these files cannot be read: the exit status must say so');
  });

  it('keeps hostile PDF text as plain data: every field a string, markup never expanded into more than was written', () => {
    const hostile = generatedCases({ heavy: false, seed: 1 }).find((fuzzCase) => fuzzCase.family === 'generated:hostile-text')!;
    const result = runCli([hostile]);
    assert.deepEqual(result.problems, []);
    const line = result.lines[0] as { ok: boolean; fields: Record<string, string> };
    assert.equal(line.ok, true);
    for (const [key, value] of Object.entries(line.fields)) {
      assert.equal(typeof value, 'string', key);
      assert.ok(value.length <= 1000, `${key} is ${value.length} characters long: a 100k-character line leaked into a field`);
      assert.ok(![...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f), `${key} carries control characters`);
      // A field may quote hostile text only as it was written, never as something the CLI built from it.
      if (/[<>]/.test(value)) assert.ok(HOSTILE_STRINGS.some((text) => text.includes(value) || value.includes(text)), `${key}: ${value}`);
    }
  });
});

describe('limits of the time cap inside one thread (the CLI and the reader frame stop the thread or worker instead)', () => {
  /**
   * pdf.js in Node parses on the calling thread and yields only through promise jobs: a page whose content is
   * a million nested graphics states keeps it busy and starves every timer, the extractor's time cap included.
   * A million nested `q` take ~2.5 s on the project machine; the cap is set to 500 ms: the answer must be `timeout`.
   */
  // Known limit, kept running (it.fails: it tells when pdf.js lifts it): pdf.js in Node starves the timers of its
  // own thread; the CLI reads in a watched worker thread instead (test/unit/pdf/cli-time-cap.test.ts).
  it.fails('gives up on a page that keeps pdf.js busy past the time cap (Node: CLI and tests)', async () => {
    const outcome = await inWorker<{ code: string }>(`
      const { deepNestingPdfForTest } = await import(${JSON.stringify(new URL('./lib/cases.ts', import.meta.url).href)});
      const { extractInvoice } = await import(${JSON.stringify(new URL('../../utils/pdf/extract.ts', import.meta.url).href)});
      const { loadPdfjsForNode } = await import(${JSON.stringify(new URL('../../utils/pdf/node.ts', import.meta.url).href)});
      const result = await extractInvoice(await loadPdfjsForNode(), deepNestingPdfForTest(1_000_000), { timeoutMs: 500 });
      post({ code: result.ok ? 'ok' : result.error.code });
    `);
    assert.equal(outcome.code, 'timeout');
  });

  /**
   * Content streams that inflate to 2 GB of spaces: the time cap answers `timeout`, but reading goes on behind it —
   * in the CLI the process keeps inflating (6 GB after 80 s for an 8 MB file) and does not exit. Once the answer is
   * given, the thread must fall idle: less than half a second of CPU in the two seconds that follow.
   */
  // Known limit, kept running (it.fails: it tells when pdf.js lifts it): loadingTask.destroy() waits for the running
  // task; the CLI terminates the thread after a timeout (cli-time-cap.test.ts), the reader frame its pdf.js worker
  // (security.e2e.ts).
  it.fails('stops reading once it has answered `timeout` (no CPU, no memory spent behind the answer)', async () => {
    const outcome = await inWorker<{ code: string; cpuAfterMs: number; rssAtAnswer: number; rssLater: number }>(`
      const { deflateBombPdfForTest } = await import(${JSON.stringify(new URL('./lib/cases.ts', import.meta.url).href)});
      const { extractInvoice } = await import(${JSON.stringify(new URL('../../utils/pdf/extract.ts', import.meta.url).href)});
      const { loadPdfjsForNode } = await import(${JSON.stringify(new URL('../../utils/pdf/node.ts', import.meta.url).href)});
      const result = await extractInvoice(await loadPdfjsForNode(), deflateBombPdfForTest(2000), { timeoutMs: 1000 });
      const rssAtAnswer = process.memoryUsage().rss;
      const cpu = process.cpuUsage();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const spent = process.cpuUsage(cpu);
      post({ code: result.ok ? 'ok' : result.error.code, cpuAfterMs: (spent.user + spent.system) / 1000, rssAtAnswer, rssLater: process.memoryUsage().rss });
    `);
    assert.equal(outcome.code, 'timeout');
    assert.ok(outcome.cpuAfterMs < 500, `${Math.round(outcome.cpuAfterMs)} ms of CPU spent after the answer; RSS ${Math.round(outcome.rssAtAnswer / 1e6)} → ${Math.round(outcome.rssLater / 1e6)} MB`);
  });
});

/** Runs `body` (an async module body calling `post(value)`) in a worker thread, terminated afterwards (or after 60 s). */
async function inWorker<T>(body: string): Promise<T> {
  const source = `import { parentPort } from 'node:worker_threads'; const post = (value) => parentPort.postMessage(value); console.log = () => {}; ${body}`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
  try {
    return await new Promise<T>((resolve, reject) => {
      const guard = setTimeout(() => reject(new Error('no answer within 60 s')), 60_000);
      worker.once('message', (value: T) => {
        clearTimeout(guard);
        resolve(value);
      });
      worker.once('error', (error) => {
        clearTimeout(guard);
        reject(error);
      });
    });
  } finally {
    await worker.terminate();
  }
}

/**
 * Runs fuzz cases through the extractor exactly as the extension and the CLI call it, and checks each answer
 * against the contract: a result (`ok`, `source`, string fields) or one of the contract's error codes with its
 * French message — never a throw, never an unhandled rejection, within the extractor's own time cap.
 */
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractInvoice, type ExtractResult } from '../../../utils/pdf/extract.ts';
import { EXTRACT_ERROR_CODES, EXTRACT_ERROR_MESSAGES, MAX_MILLISECONDS } from '../../../utils/pdf/errors.ts';
import type { PdfJs } from '../../../utils/pdf/load.ts';
import { buildCases, type CaseListSpec, type FuzzCase } from './cases.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Slack on top of the extractor's own time cap before a case counts as hung (the worker is then replaced). */
export const HANG_SLACK_MS = 5_000;
/** An answer later than the cap by more than this (timer granularity, GC) broke the cap. */
export const LATE_SLACK_MS = 1_000;

export interface CaseOutcome {
  name: string;
  family: string;
  size: number;
  /** `ok` or the error code. */
  outcome: string;
  ms: number;
  rssAfter: number;
  problems: string[];
}

const FIELD_NAMES = new Set([
  'supplierSiret', 'buyerSiret', 'supplierSiren', 'buyerSiren', 'invoiceNumber', 'invoiceDate', 'documentType', 'currency',
  'engagementNumber', 'serviceCode', 'marketNumber', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer', 'iban',
]);

/** What is wrong with an extractor answer, by the contract (empty when nothing). */
export function contractProblems(result: unknown): string[] {
  const problems: string[] = [];
  if (!result || typeof result !== 'object') return [`answer is ${typeof result}`];
  const answer = result as Partial<ExtractResult> & Record<string, unknown>;
  try {
    JSON.parse(JSON.stringify(answer));
  } catch (error) {
    problems.push(`answer is not JSON-serialisable: ${String(error)}`);
  }
  if (answer.ok === true) {
    if (answer.source !== 'facturx' && answer.source !== 'text') problems.push(`bad source ${String(answer.source)}`);
    const fields = answer.fields as Record<string, unknown> | undefined;
    if (!fields || typeof fields !== 'object') problems.push('ok without fields');
    else {
      for (const [key, value] of Object.entries(fields)) {
        if (!FIELD_NAMES.has(key)) problems.push(`unknown field ${key}`);
        if (typeof value !== 'string') problems.push(`field ${key} is ${typeof value}`);
        else if (value.length > 1000) problems.push(`field ${key} is ${value.length} characters long`);
      }
    }
  } else if (answer.ok === false) {
    const error = answer.error as { code?: unknown; message?: unknown } | undefined;
    const code = error?.code as (typeof EXTRACT_ERROR_CODES)[number];
    if (!EXTRACT_ERROR_CODES.includes(code)) problems.push(`unknown error code ${String(code)}`);
    else if (error?.message !== EXTRACT_ERROR_MESSAGES[code]) problems.push(`message for ${code} is not the contract's French message: ${String(error?.message).slice(0, 200)}`);
  } else {
    problems.push(`ok is ${String(answer.ok)}`);
  }
  return problems;
}

let unhandled: string[] = [];
let listening = false;

/** Starts counting unhandled rejections and uncaught exceptions (they must stay at zero). */
export function watchUnhandled(): { take(): string[] } {
  if (!listening) {
    listening = true;
    process.on('unhandledRejection', (reason) => unhandled.push(`unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));
    process.on('uncaughtException', (error) => unhandled.push(`uncaught exception: ${error.stack ?? error.message}`));
  }
  return {
    take() {
      const out = unhandled;
      unhandled = [];
      return out;
    },
  };
}

/** Runs one case through extractInvoice with its default limits. */
export async function runCase(pdfjs: PdfJs, fuzzCase: FuzzCase): Promise<CaseOutcome> {
  const watcher = watchUnhandled();
  const bytes = fuzzCase.bytes();
  const problems: string[] = [];
  const started = performance.now();
  let result: unknown;
  let guard: ReturnType<typeof setTimeout> | undefined;
  try {
    result = await Promise.race([
      extractInvoice(pdfjs, bytes),
      new Promise((resolve) => {
        guard = setTimeout(() => resolve('hung'), MAX_MILLISECONDS + HANG_SLACK_MS);
      }),
    ]);
  } catch (error) {
    result = undefined;
    problems.push(`extractInvoice threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  } finally {
    clearTimeout(guard);
  }
  const ms = performance.now() - started;
  // Let pending callbacks of this case surface (an unhandled rejection is reported on a later tick).
  await new Promise((resolve) => setImmediate(resolve));
  if (result === 'hung') problems.push(`no answer within the time cap (${MAX_MILLISECONDS} ms) + ${HANG_SLACK_MS} ms`);
  else if (problems.length === 0) problems.push(...contractProblems(result));
  if (result !== 'hung' && ms > MAX_MILLISECONDS + LATE_SLACK_MS) problems.push(`answered after ${Math.round(ms)} ms, past the ${MAX_MILLISECONDS} ms time cap`);
  const outcome = result && typeof result === 'object' ? ((result as ExtractResult).ok ? 'ok' : (result as { error: { code: string } }).error.code) : 'none';
  if (fuzzCase.expect && outcome !== fuzzCase.expect) problems.push(`expected ${fuzzCase.expect}, got ${outcome}`);
  problems.push(...watcher.take());
  return { name: fuzzCase.name, family: fuzzCase.family, size: bytes.length, outcome, ms, rssAfter: process.memoryUsage().rss, problems };
}

export interface CliOutcome {
  status: number | null;
  lines: unknown[];
  stderr: string;
  problems: string[];
}

/** Writes the cases to files and runs `npm run cli -- extract` on them all at once (node with type stripping). */
export function runCli(cases: readonly FuzzCase[], options: { timeoutMs?: number } = {}): CliOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'acp-fuzz-cli-'));
  try {
    const files = cases.map((fuzzCase, index) => {
      const file = join(dir, `case-${index}.pdf`);
      writeFileSync(file, fuzzCase.bytes());
      return file;
    });
    const child = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--experimental-strip-types', join(ROOT, 'cli/main.ts'), 'extract', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: options.timeoutMs ?? (MAX_MILLISECONDS + HANG_SLACK_MS) * Math.max(1, cases.length),
      maxBuffer: 256 * 1024 * 1024,
    });
    const problems: string[] = [];
    if (child.error) problems.push(`cli did not finish: ${child.error.message}`);
    if (child.status !== 0 && child.status !== 1) problems.push(`exit status ${String(child.status)} (signal ${String(child.signal)})`);
    const lines: unknown[] = [];
    const raw = child.stdout.split('\n');
    if (raw.at(-1) !== '') problems.push('stdout does not end with a newline');
    for (const [index, line] of raw.slice(0, -1).entries()) {
      try {
        lines.push(JSON.parse(line));
      } catch {
        problems.push(`stdout line ${index + 1} is not JSON: ${line.slice(0, 200)}`);
      }
    }
    if (lines.length !== files.length) problems.push(`${lines.length} JSON lines for ${files.length} files`);
    let failed = false;
    lines.forEach((line, index) => {
      const entry = line as { file?: string; ok?: boolean; ms?: unknown };
      if (entry.file !== files[index]) problems.push(`line ${index + 1} is about ${String(entry.file)}, expected ${files[index]}`);
      if (entry.ok === false) failed = true;
      const { file: _file, ms: _ms, ...answer } = entry as Record<string, unknown>;
      problems.push(...contractProblems(answer).map((problem) => `line ${index + 1} (${cases[index]?.name}): ${problem}`));
    });
    if (child.status === 0 && failed) problems.push('exit 0 although a file failed');
    if (child.status === 1 && !failed && lines.length === files.length) problems.push('exit 1 although every file was read');
    if (/^\s+at .+[(:]\d+/m.test(child.stderr) || /\n\s+at /.test(child.stderr)) problems.push(`stack trace on stderr: ${child.stderr.slice(0, 500)}`);
    return { status: child.status, lines, stderr: child.stderr, problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface IsolatedRun {
  outcomes: CaseOutcome[];
  /** Highest resident set size seen in the worker's process (bytes). */
  maxRss: number;
  /** Resident set size after the warm-up case and at the end, after a garbage collection (bytes). */
  rssAfterWarmup: number;
  rssAtEnd: number;
  restarts: number;
}

/**
 * Runs the cases of `spec` in a worker thread, one at a time, with a watchdog outside it: pdf.js in Node parses on
 * the main thread of its realm and may starve every timer there (its own time cap included), so only another
 * thread can tell a hang. A hung case is recorded as `hung` (a failure) and the worker is replaced.
 */
export async function runIsolated(spec: CaseListSpec, options: { onOutcome?: (outcome: CaseOutcome, index: number, total: number) => void; indices?: number[] } = {}): Promise<IsolatedRun> {
  const total = buildCases(spec).length;
  const indices = options.indices ?? Array.from({ length: total }, (_, index) => index);
  const outcomes: CaseOutcome[] = [];
  let maxRss = 0;
  let rssAfterWarmup = 0;
  let rssAtEnd = 0;
  let restarts = 0;
  let position = 0;
  const names = buildCases(spec).map((fuzzCase) => ({ name: fuzzCase.name, family: fuzzCase.family }));

  while (position < indices.length) {
    const remaining = indices.slice(position);
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { spec, indices: remaining } });
    await new Promise<void>((done) => {
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      let finished = false;
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          const index = indices[position]!;
          outcomes.push({ ...names[index]!, size: -1, outcome: 'hung', ms: MAX_MILLISECONDS + HANG_SLACK_MS, rssAfter: 0, problems: [`no answer within the time cap (${MAX_MILLISECONDS} ms) + ${HANG_SLACK_MS} ms: the worker was terminated`] });
          options.onOutcome?.(outcomes.at(-1)!, position, indices.length);
          position++;
          restarts++;
          finish();
        }, MAX_MILLISECONDS + HANG_SLACK_MS);
      };
      const finish = () => {
        if (finished) return;
        finished = true;
        clearTimeout(watchdog);
        void worker.terminate().then(() => done());
      };
      worker.on('message', (message: { type: 'started' } | { type: 'outcome'; outcome: CaseOutcome; rss: number } | { type: 'done'; rssAfterWarmup: number; rssAtEnd: number; maxRss: number }) => {
        if (message.type === 'started') arm();
        else if (message.type === 'outcome') {
          outcomes.push(message.outcome);
          maxRss = Math.max(maxRss, message.rss);
          options.onOutcome?.(message.outcome, position, indices.length);
          position++;
          arm();
        } else {
          maxRss = Math.max(maxRss, message.maxRss);
          // Growth is measured within one worker: the last one (a replaced worker starts afresh).
          rssAfterWarmup = message.rssAfterWarmup;
          rssAtEnd = message.rssAtEnd;
          finish();
        }
      });
      worker.on('error', (error: Error) => {
        const index = indices[position];
        if (index !== undefined) {
          outcomes.push({ ...names[index]!, size: -1, outcome: 'crash', ms: 0, rssAfter: 0, problems: [`the worker crashed: ${error.stack ?? error.message}`] });
          position++;
        }
        restarts++;
        finish();
      });
      worker.on('exit', () => finish());
    });
  }
  return { outcomes, maxRss, rssAfterWarmup, rssAtEnd, restarts };
}

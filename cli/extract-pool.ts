/**
 * Node only (CLI, benchmark): reads several PDFs at once in worker threads, one pdf.js per thread.
 * Results come back in the order the files were given. A thread that stops answering (a PDF that keeps
 * pdf.js busy past the time cap) is ended and its file reported as `timeout`; an unexpected thread
 * failure reports the file as `corrupt`. Never imported by the extension.
 */
import { availableParallelism, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FacturxContract } from '../utils/model/facturx-facts.ts';
import { EXTRACT_ERROR_MESSAGES, MAX_MILLISECONDS, type ExtractErrorCode } from '../utils/pdf/errors.ts';

export interface FileJob {
  file: string;
  textOnly: boolean;
  /** The per-file time cap; MAX_MILLISECONDS unless a test asks for less. */
  timeoutMs?: number;
}

/** One JSON Lines object of `cli extract` (contract §1). */
export type FileLine =
  | { file: string; ok: true; source: 'facturx' | 'text'; fields: Record<string, string>; unsure?: string[]; facturx?: FacturxContract; ms: number }
  | { file: string; ok: false; error: { code: ExtractErrorCode; message: string } };

export function failureLine(file: string, code: ExtractErrorCode, message = EXTRACT_ERROR_MESSAGES[code]): FileLine {
  return { file, ok: false, error: { code, message } };
}

/**
 * How many threads are worth it: each loads its own pdf.js (about half a second of CPU), so more than one only
 * for enough files and with cores to spare (measured: on 2 busy cores, one thread is faster).
 */
export function threadCount(files: number, cores = availableParallelism()): number {
  // Always at least one thread: pdf.js can starve every timer of the thread it runs on, so only a watchdog on
  // another thread can stop a file at the time cap (and the memory it was filling).
  if (files < 8 || cores < 3) return 1;
  return Math.min(cores - 1, 4, Math.floor(files / 4));
}

/** A reading thread: Node's own start in a thread, then pdf.js and the reader (most of a one-file run). */
function newReadingThread(): Worker {
  return new Worker(new URL('./extract-worker.ts', import.meta.url), { stdout: true, stderr: true });
}

let early: { worker: Worker; failed: boolean; fail: () => void } | undefined;

/**
 * Starts the first reading thread before the command line is even parsed (cli/start.mjs), so that its start overlaps
 * the main thread's. It holds the process open only once the pool takes it: a usage error exits at once.
 */
export function startReadingThreadEarly(): void {
  if (early || process.env.CA_EXTRACT_THREADS === '0') return;
  const started = { worker: newReadingThread(), failed: false, fail: () => void (started.failed = true) };
  started.worker.once('error', started.fail).once('exit', started.fail).unref();
  early = started;
}

/** The thread started early if it is still sound, else a new one. */
function takeReadingThread(): Worker {
  const taken = early;
  early = undefined;
  if (!taken || taken.failed) return newReadingThread();
  taken.worker.off('error', taken.fail).off('exit', taken.fail).ref();
  return taken.worker;
}

/** Idle time of all the machine's cores, in milliseconds since boot. */
function idleMilliseconds(): number {
  return cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0);
}

/**
 * How long past the per-file cap the watchdog waits before ending a thread: the thread's first file also waits for
 * pdf.js to load (about half a second, several on a loaded machine); later files only for the thread's own timer.
 */
const FIRST_FILE_MARGIN_MS = 5_000;
const LATER_FILE_MARGIN_MS = 1_000;

/**
 * Below this many files left, a second thread does not pay for itself: it loads its own pdf.js (about a quarter of a
 * second of CPU) and warms up its own compiled code. Measured on 2 idle cores since Node runs without TurboFan
 * (package.json): 32 small invoices read as fast either way, 64 about 12 % faster with a second thread started after
 * IDLE_WATCH_MS (2.08 s against 2.41 s), 126 faster still. With TurboFan's compile jobs, the threshold was 80.
 */
const FILES_WORTH_A_THREAD = 24;
/** How long the first thread's start is watched before deciding on another one (the sooner, the more it reads). */
const IDLE_WATCH_MS = 50;

/**
 * Reads the files with `threads` worker threads; `onLine` gets each result in the files' order. With
 * `addThreadWhenIdle`, one more thread starts when a core stayed idle while the first one was starting: on two
 * free cores a second thread reads a corpus a fifth faster, on cores shared with other work it only adds its own
 * start (measured on spent, 208 files: 4.4 s against 5.5 s at load 0.2; slower at load 4 to 6).
 */
export async function extractFilesInThreads(jobs: FileJob[], threads: number, onLine: (line: FileLine) => void, addThreadWhenIdle = false): Promise<void> {
  const results = new Map<number, FileLine>();
  let nextToPrint = 0;
  let nextToStart = 0;
  const deliver = (index: number, line: FileLine) => {
    results.set(index, line);
    while (results.has(nextToPrint)) {
      onLine(results.get(nextToPrint)!);
      results.delete(nextToPrint);
      nextToPrint++;
    }
  };

  await new Promise<void>((resolveAll) => {
    let running = 0;
    const startThread = () => {
      if (nextToStart >= jobs.length) {
        if (running === 0) resolveAll();
        return;
      }
      running++;
      const worker = takeReadingThread();
      let current = -1;
      let filesSent = 0;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const finish = () => {
        clearTimeout(watchdog);
        running--;
        void worker.terminate();
        if (nextToStart < jobs.length) startThread();
        else if (running === 0) resolveAll();
      };
      const sendNext = () => {
        clearTimeout(watchdog);
        if (nextToStart >= jobs.length) {
          current = -1;
          finish();
          return;
        }
        current = nextToStart++;
        worker.postMessage({ index: current, job: jobs[current] });
        const margin = filesSent++ === 0 ? FIRST_FILE_MARGIN_MS : LATER_FILE_MARGIN_MS;
        watchdog = setTimeout(() => {
          const index = current;
          current = -1;
          deliver(index, failureLine(jobs[index]!.file, 'timeout'));
          finish();
        }, (jobs[current]!.timeoutMs ?? MAX_MILLISECONDS) + margin);
      };
      worker.on('message', (message: { index: number; line: FileLine }) => {
        if (message.index !== current) return;
        deliver(message.index, message.line);
        // After a `timeout` answer pdf.js may still be reading behind it: that thread goes, a fresh one reads on.
        if (!message.line.ok && message.line.error.code === 'timeout') {
          current = -1;
          finish();
          return;
        }
        sendNext();
      });
      worker.on('error', () => {
        if (current >= 0) deliver(current, failureLine(jobs[current]!.file, 'corrupt'));
        current = -1;
        finish();
      });
      sendNext();
    };
    const idleBefore = idleMilliseconds();
    const watchStart = performance.now();
    for (let thread = 0; thread < Math.min(threads, jobs.length); thread++) startThread();
    if (jobs.length === 0) resolveAll();
    if (addThreadWhenIdle && jobs.length >= FILES_WORTH_A_THREAD) {
      const watch = setTimeout(() => {
        const idleCores = (idleMilliseconds() - idleBefore) / (performance.now() - watchStart);
        if (idleCores >= 0.75 && jobs.length - nextToStart >= FILES_WORTH_A_THREAD) startThread();
      }, IDLE_WATCH_MS);
      watch.unref();
    }
  });
}

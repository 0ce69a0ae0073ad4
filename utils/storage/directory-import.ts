import { deleteUnfinishedImports, IMPORT_LOCK, type DirectoryMeta } from './directory.ts';
import type { ImportMessage } from './directory-worker.ts';

/**
 * Starts the import worker on a file the user picked and follows it. Every wait is bounded: a worker silent
 * for a minute, or still working after ten, is stopped, and the previous directory stays.
 */

export interface ImportProgress {
  phase: string;
  done: number;
  total: number;
}

export type ImportOutcome =
  | { ok: true; meta: DirectoryMeta }
  | { ok: false; code: string; message: string };

const SILENCE_MS = 60_000;
const TOTAL_MS = 10 * 60_000;

export interface RunningImport {
  result: Promise<ImportOutcome>;
  cancel(): void;
}

export function startDirectoryImport(file: File, onProgress: (progress: ImportProgress) => void): RunningImport {
  const worker = new Worker(new URL('./directory-worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ImportOutcome) => void = () => {};
  const result = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  let silence: ReturnType<typeof setTimeout> | undefined;
  const finish = (outcome: ImportOutcome) => {
    clearTimeout(silence);
    clearTimeout(total);
    worker.terminate();
    settle(outcome);
  };
  const watch = () => {
    clearTimeout(silence);
    silence = setTimeout(() => finish({ ok: false, code: 'timeout', message: '' }), SILENCE_MS);
  };
  const total = setTimeout(() => finish({ ok: false, code: 'timeout', message: '' }), TOTAL_MS);
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    const message = event.data;
    watch();
    if (message.type === 'progress') onProgress(message);
    else if (message.type === 'done') finish({ ok: true, meta: message.meta });
    else finish({ ok: false, code: message.code, message: message.message });
  };
  worker.onerror = (event) => finish({ ok: false, code: 'unexpected', message: event.message });
  watch();
  worker.postMessage({ file });
  return { result, cancel: () => finish({ ok: false, code: 'cancelled', message: '' }) };
}

/** After a stopped import: its half-written database goes, unless another import (another tab) holds the lock. */
export async function cleanUpStoppedImport(): Promise<void> {
  await navigator.locks.request(IMPORT_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock) await deleteUnfinishedImports();
  });
}

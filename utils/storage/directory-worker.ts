import { DirectoryError } from '../directory/types.ts';
import { blobFile } from '../directory/zip.ts';
import { IMPORT_LOCK, type DirectoryMeta } from './directory.ts';
import { importDirectory } from './directory-writer.ts';

/**
 * The import worker: reads the directory file the page hands over and writes it to IndexedDB, off the page's
 * thread. It reports progress (compressed bytes read of the total) and, where the browser tells, the peak of its
 * JavaScript heap. Started by utils/storage/directory-import.ts.
 */

export interface ImportRequest {
  file: File;
}

export type ImportMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'done'; meta: DirectoryMeta; peakHeapBytes: number | null }
  | { type: 'error'; code: string; message: string };

const post = (message: ImportMessage) => self.postMessage(message);

/** Chromium's non-standard heap figure, when present (dedicated workers have it too). */
const heapBytes = (): number | null => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;

async function run(file: File): Promise<void> {
  let peak = heapBytes();
  let lastPost = 0;
  const meta = await importDirectory(blobFile(file), file.name, (event) => {
    const heap = heapBytes();
    if (heap !== null && (peak === null || heap > peak)) peak = heap;
    const now = performance.now();
    // A progress bar needs a few updates a second, not one per slice.
    if (now - lastPost > 100 || event.done === event.total) {
      lastPost = now;
      post({ type: 'progress', phase: event.phase, done: event.done, total: event.total });
    }
  });
  post({ type: 'done', meta, peakHeapBytes: peak });
}

function fail(error: unknown): void {
  if (error instanceof DirectoryError) post({ type: 'error', code: error.code, message: error.message });
  else if (error instanceof DOMException && error.name === 'QuotaExceededError') post({ type: 'error', code: 'quota', message: '' });
  else post({ type: 'error', code: 'unexpected', message: error instanceof Error ? error.message : String(error) });
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { file } = event.data;
  // One import at a time in the whole extension (another tab may be importing too).
  void navigator.locks
    .request(IMPORT_LOCK, { ifAvailable: true }, async (lock) => {
      if (!lock) {
        post({ type: 'error', code: 'busy', message: '' });
        return;
      }
      await run(file);
    })
    .catch(fail);
};

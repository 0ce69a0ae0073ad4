import { DirectoryError } from '../directory/types.ts';
import { blobFile } from '../directory/zip.ts';
import { IMPORT_LOCK, type DirectoryMeta } from './directory.ts';
import { importDirectory } from './directory-writer.ts';

/**
 * The import worker: reads the directory file the page hands over and writes it to IndexedDB, off the page's
 * thread, reporting progress (compressed bytes read of the total). Started by utils/storage/directory-import.ts;
 * bench:directory measures its heap from outside (DevTools), workers having no performance.memory.
 */

export interface ImportRequest {
  file: File;
}

export type ImportMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'done'; meta: DirectoryMeta }
  | { type: 'error'; code: string; message: string };

const post = (message: ImportMessage) => self.postMessage(message);

async function run(file: File): Promise<void> {
  let lastPost = 0;
  const meta = await importDirectory(blobFile(file), file.name, (event) => {
    const now = performance.now();
    // A progress bar needs a few updates a second, not one per slice.
    if (now - lastPost > 100 || event.done === event.total) {
      lastPost = now;
      post({ type: 'progress', phase: event.phase, done: event.done, total: event.total });
    }
  });
  post({ type: 'done', meta });
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

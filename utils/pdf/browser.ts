import type { PdfJs } from './load.ts';

/**
 * Extension pages (the reader frame, the guide): the normal build, with its worker bundled by the extension.
 * `workerSrc` is e.g. `browser.runtime.getURL('/pdf.worker.mjs')`. Imported dynamically so that
 * pdf.js stays out of every bundle that does not read PDFs.
 */
export async function loadPdfjsForBrowser(workerSrc: string): Promise<typeof import('pdfjs-dist')> {
  const module = await import('pdfjs-dist');
  module.GlobalWorkerOptions.workerSrc = workerSrc;
  return module;
}

export interface StoppablePdfJs {
  pdfjs: PdfJs;
  /**
   * Stops whatever pdf.js is still doing (after a `timeout` answer it may go on inflating a stream for a long
   * time) by terminating its worker, and gets a fresh one ready for the next file.
   */
  stop(): void;
}

/** pdf.js with a worker of its own that can be terminated at once, unlike a document's loading task. */
export async function loadStoppablePdfjsForBrowser(workerSrc: string): Promise<StoppablePdfJs> {
  const module = await loadPdfjsForBrowser(workerSrc);
  let worker = new module.PDFWorker();
  return {
    pdfjs: { getDocument: (params) => module.getDocument({ ...(params as object), worker }) },
    stop() {
      worker.destroy();
      worker = new module.PDFWorker();
    },
  };
}

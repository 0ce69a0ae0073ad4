import type { PdfJs } from './load.ts';

/**
 * Extension page or offscreen document: the normal build, with its worker bundled by the extension.
 * `workerSrc` is e.g. `browser.runtime.getURL('/pdf.worker.mjs')`. Imported dynamically so that
 * pdf.js stays out of every bundle that does not read PDFs.
 */
export async function loadPdfjsForBrowser(workerSrc: string): Promise<PdfJs> {
  const module = await import('pdfjs-dist');
  module.GlobalWorkerOptions.workerSrc = workerSrc;
  return module;
}

/**
 * Reading an invoice PDF locally (issue 3). Public API for the extension's pages (the reader frame, the guide) and the CLI.
 * Nothing here imports pdf.js at module load: the caller passes the module (node.ts / browser.ts load it).
 *
 *   const pdfjs = await loadPdfjsForBrowser(browser.runtime.getURL('/pdf.worker.mjs'));
 *   const result = await extractInvoice(pdfjs, new Uint8Array(await file.arrayBuffer()));
 *   if (result.ok) use(result.source, result.fields); else show(result.error.message);
 */
export { extractInvoice, fieldsFromContent, mergeFields, readPdfContent } from './extract.ts';
export type { ExtractOptions, ExtractResult, ExtractSource, ExtractSuccess, PdfContent } from './extract.ts';
export {
  EXTRACT_ERROR_CODES,
  EXTRACT_ERROR_MESSAGES,
  MAX_FILE_BYTES,
  MAX_MILLISECONDS,
  MAX_PAGES_READ,
  type ExtractErrorCode,
  type ExtractFailure,
} from './errors.ts';
export { parseFacturX, rankXmlAttachments } from './facturx.ts';
export { findFieldsInText } from './fields/index.ts';
export type { Line, Cell } from './lines.ts';
export type { PdfJs, PdfJsLoader } from './load.ts';

import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { ExtractResult } from '../../utils/pdf/index.ts';

/**
 * Reads an invoice PDF in the guide page with the project's extractor (the same code as the CLI and the panel).
 * pdf.js and its worker are bundled with the extension (no remote code) and loaded only when a PDF is chosen.
 */
export async function readInvoicePdf(bytes: Uint8Array): Promise<ExtractResult> {
  const [{ loadPdfjsForBrowser }, { extractInvoice }] = await Promise.all([import('../../utils/pdf/browser.ts'), import('../../utils/pdf/index.ts')]);
  const pdfjs = await loadPdfjsForBrowser(workerUrl);
  return extractInvoice(pdfjs, bytes);
}

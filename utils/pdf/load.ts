import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ExtractError, MAX_FILE_BYTES } from './errors.ts';

/**
 * The part of pdf.js we use. It is passed in rather than imported so that nothing the content script
 * may import pulls pdf.js in: Node passes the legacy build (see node.ts), an extension page the normal
 * build with its worker.
 */
export type PdfJs = Pick<typeof import('pdfjs-dist'), 'getDocument'>;

export type PdfJsLoader = () => Promise<PdfJs>;

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  close: () => Promise<void>;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** A PDF may carry junk before its header (up to 1 KB, as readers tolerate). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let start = 0; start <= limit; start++) {
    if (PDF_MAGIC.every((value, index) => bytes[start + index] === value)) return true;
  }
  return false;
}

/** Checks that do not need pdf.js: empty, not a PDF, too large. Throws ExtractError. */
export function precheck(bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): void {
  if (bytes.length === 0) throw new ExtractError('empty');
  if (bytes.length > maxBytes) throw new ExtractError('too-large');
  if (!looksLikePdf(bytes)) throw new ExtractError('not-pdf');
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String((error as { name: unknown }).name);
  return '';
}

/** Opens the bytes with pdf.js; pdf.js errors become the contract's codes. */
export async function openPdf(pdfjs: PdfJs, bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): Promise<OpenedPdf> {
  precheck(bytes, maxBytes);
  // pdf.js may transfer (detach) the buffer it is given, and refuses Node Buffers: give it a plain copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // Text needs no image decoding: no WebAssembly, so no 'wasm-unsafe-eval' in the extension's CSP.
    useWasm: false,
  } as Parameters<PdfJs['getDocument']>[0]);
  const close = async () => {
    try {
      await task.destroy();
    } catch {
      // already gone
    }
  };
  try {
    const doc = await task.promise;
    return { doc, close };
  } catch (error) {
    await close();
    const name = errorName(error);
    if (name === 'PasswordException') throw new ExtractError('encrypted');
    throw new ExtractError('corrupt');
  }
}

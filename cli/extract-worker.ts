/**
 * Node only (CLI): reading one PDF, in the thread that reads (a worker thread of the pool, or the main thread when
 * CA_EXTRACT_THREADS=0). Kept apart from the pool so that the main thread, which only dispatches files, loads
 * neither pdf.js nor the reader.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';
import { facturxForContract } from '../utils/model/facturx-facts.ts';
import { MAX_FILE_BYTES } from '../utils/pdf/errors.ts';
import { extractInvoice } from '../utils/pdf/extract.ts';
import type { PdfJs } from '../utils/pdf/load.ts';
import { loadPdfjsForNode } from '../utils/pdf/node.ts';
import { failureLine, type FileJob, type FileLine } from './extract-pool.ts';

/** Reads one file, never throws. */
export async function extractFile(pdfjs: PdfJs, job: FileJob): Promise<FileLine> {
  const started = performance.now();
  let bytes: Uint8Array;
  // Read in one blocking call: this thread reads one file at a time and has nothing else to do meanwhile, and a
  // round trip through libuv's thread pool for the size then the bytes cost more than the reading itself.
  let descriptor: number | undefined;
  try {
    descriptor = openSync(job.file, 'r');
    if (fstatSync(descriptor).size > MAX_FILE_BYTES) return failureLine(job.file, 'too-large');
    bytes = new Uint8Array(readFileSync(descriptor));
  } catch {
    return failureLine(job.file, 'not-pdf', 'Ce fichier est introuvable ou illisible. Vérifiez son nom et son emplacement, puis réessayez.');
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  try {
    const result = await extractInvoice(pdfjs, bytes, { textOnly: job.textOnly, timeoutMs: job.timeoutMs });
    if (!result.ok) return { file: job.file, ok: false, error: result.error };
    const unsure = result.unsure ? { unsure: result.unsure } : {};
    const facturx = result.facturx ? { facturx: facturxForContract(result.facturx) } : {};
    return { file: job.file, ok: true, source: result.source, fields: result.fields as Record<string, string>, ...unsure, ...facturx, ms: Math.round(performance.now() - started) };
  } catch {
    return failureLine(job.file, 'corrupt');
  }
}

/**
 * pdf.js checks `Response.prototype.bytes` as it loads (a polyfill for older browsers). In Node the first touch of
 * `Response` loads undici, Node's HTTP client, with http2, tls and crypto (40 ms and more of every start), which
 * this thread never needs: it hands pdf.js bytes, never a URL. Node ≥ 22 has `Response.prototype.bytes`, so a stand-in
 * answers the check; anything that would build a Response in this thread fails loudly instead.
 */
function keepHttpClientUnloaded(): void {
  class ResponseUnavailable {
    constructor() {
      throw new Error('Response is not available in the reading thread');
    }
    async bytes(): Promise<Uint8Array> {
      return new Uint8Array();
    }
  }
  // Deleted then assigned: defining the property over Node's lazy global would load undici.
  delete (globalThis as { Response?: unknown }).Response;
  (globalThis as { Response?: unknown }).Response = ResponseUnavailable;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  // pdf.js must never write to the CLI's stdout.
  console.log = () => {};
  console.info = () => {};
  console.warn = () => {};
  keepHttpClientUnloaded();
  const pdfjs = await loadPdfjsForNode();
  port.on('message', async (message: { index: number; job: FileJob }) => {
    port.postMessage({ index: message.index, line: await extractFile(pdfjs, message.job) });
  });
}

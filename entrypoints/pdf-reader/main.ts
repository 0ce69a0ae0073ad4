import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { loadStoppablePdfjsForBrowser, type StoppablePdfJs } from '../../utils/pdf/browser.ts';
import { extractInvoice } from '../../utils/pdf/extract.ts';
import { isChorusProUrl } from '../../utils/portal/hosts.ts';
import { READER_CHANNEL, readRequestSchema, type ReadResult } from '../../utils/pdf-reader/protocol.ts';

// Framed by the assistant on Chorus Pro pages: reads the PDF bytes it is handed and answers with the fields.
let reader: Promise<StoppablePdfJs> | undefined;
const loadReader = () => (reader ??= loadStoppablePdfjsForBrowser(new URL(workerSrc, location.href).href));

window.addEventListener('message', async (event) => {
  if (event.source !== window.parent || !isChorusProUrl(event.origin, { httpsOnly: true })) return;
  const request = readRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const started = performance.now();
  const { pdfjs, stop } = await loadReader();
  const extracted = await extractInvoice(pdfjs, new Uint8Array(request.data.bytes), { textOnly: request.data.textOnly });
  // Past the time cap pdf.js may still be reading: its worker goes, so no CPU or memory is spent behind the answer.
  if (!extracted.ok && extracted.error.code === 'timeout') stop();
  const result: ReadResult = { ...extracted, ms: Math.round(performance.now() - started) };
  window.parent.postMessage({ channel: READER_CHANNEL, type: 'result', id: request.data.id, result }, event.origin);
});

window.parent.postMessage({ channel: READER_CHANNEL, type: 'ready' }, '*');
// The frame exists only where a PDF may be read (entry form, deposit window): pdf.js gets ready while the user
// looks for the file, so that the first preview comes quickly.
requestIdleCallback(() => void loadReader(), { timeout: 2000 });

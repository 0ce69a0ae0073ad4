import module from 'node:module';
import type { PdfJs } from './load.ts';

const NO_CANVAS = 'assistant-chorus-pro:no-canvas';
let canvasSkipped = false;

/**
 * pdf.js loads a native canvas library (35 MB) at import in Node, for rendering only: the reader never renders,
 * so that library is answered by an empty module (pdf.js then only warns that rendering would not work).
 * Needs Node's synchronous module hooks (22.15+); without them the library loads as before.
 */
function skipCanvas(): void {
  if (canvasSkipped || typeof module.registerHooks !== 'function') return;
  canvasSkipped = true;
  module.registerHooks({
    resolve: (specifier, context, nextResolve) =>
      specifier === '@napi-rs/canvas' ? { url: NO_CANVAS, format: 'commonjs', shortCircuit: true } : nextResolve(specifier, context),
    load: (url, context, nextLoad) => (url === NO_CANVAS ? { format: 'commonjs', source: 'module.exports = {};', shortCircuit: true } : nextLoad(url, context)),
  });
}

/** Node (CLI, tests, benchmark): the legacy build, which runs without a DOM and without a worker file. */
export async function loadPdfjsForNode(): Promise<PdfJs> {
  skipCanvas();
  // pdf.js's warnings about rendering without a canvas would reach stdout, which is the CLI's JSON.
  const { log, warn } = console;
  console.log = () => {};
  console.warn = () => {};
  try {
    // pdf.js runs its worker code in this thread in Node; loaded now, the first file's time cap counts the file only.
    const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(workerModule) as Promise<unknown>]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return pdfjs as unknown as PdfJs;
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

import module from 'node:module';
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { PdfJs } from './load.ts';

const NO_CANVAS = 'assistant-chorus-pro:no-canvas';
const PDFJS_NODE_WORKER = /\/pdfjs-dist\/legacy\/build\/pdf\.worker\.mjs$/;
let hooksRegistered = false;

/**
 * pdf.js copies its text state at each change of font or size as `Object.create(this)` plus its own properties: every
 * copy becomes the prototype of the next, which V8 handles as a prototype (slow property access in the text loop,
 * about 8 % of the reading thread's CPU on small invoices). Every property of that state is its own (class fields),
 * so a copy made on the state's class prototype has the same properties, methods and values. Applied only where
 * pdf.js's source is exactly the one expected; any other version loads untouched.
 */
const TEXT_STATE_COPY = 'const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();';
const TEXT_STATE_FLAT_COPY = 'const clone = Object.assign(Object.create(Object.getPrototypeOf(this)), this);\n    clone.textMatrix = this.textMatrix.slice();';

/** pdf.js's Node worker code with text-state copies that keep V8's fast property access (see TEXT_STATE_COPY). */
export function withFlatTextStateCopies(source: string): string {
  const parts = source.split(TEXT_STATE_COPY);
  return parts.length === 2 ? parts.join(TEXT_STATE_FLAT_COPY) : source;
}

/**
 * pdf.js loads a native canvas library (35 MB) at import in Node, for rendering only: the reader never renders,
 * so that library is answered by an empty module (pdf.js then only warns that rendering would not work). Its
 * worker code gets flat text-state copies (withFlatTextStateCopies).
 * Needs Node's synchronous module hooks (22.15+); without them pdf.js loads as before.
 */
function adjustPdfjsLoading(): void {
  if (hooksRegistered || typeof module.registerHooks !== 'function') return;
  hooksRegistered = true;
  module.registerHooks({
    resolve: (specifier, context, nextResolve) =>
      specifier === '@napi-rs/canvas' ? { url: NO_CANVAS, format: 'commonjs', shortCircuit: true } : nextResolve(specifier, context),
    load: (url, context, nextLoad) => {
      if (url === NO_CANVAS) return { format: 'commonjs', source: 'module.exports = {};', shortCircuit: true };
      const loaded = nextLoad(url, context);
      if (!PDFJS_NODE_WORKER.test(url) || loaded.source === undefined) return loaded;
      return { ...loaded, source: withFlatTextStateCopies(typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source)) };
    },
  });
}

/** Above this, a stream is inflated by Node's own DecompressionStream, in chunks, as before (a deflate bomb). */
const SYNC_INFLATE_LIMIT = 32 * 1024 * 1024;
const SYNC_INFLATERS: Record<string, (bytes: Buffer, options: { maxOutputLength: number }) => Buffer> = {
  deflate: inflateSync,
  'deflate-raw': inflateRawSync,
  gzip: gunzipSync,
};
let inflateReplaced = false;

/**
 * pdf.js inflates every compressed stream over 1 KB (page contents, embedded fonts) through DecompressionStream.
 * In Node that web stream wraps a zlib stream in stream adapters that cost more than the inflating itself (CPU profile
 * of the spent corpus: zlib and web streams took about 8 % of the reading thread, 3 % with this). Same bytes, same
 * errors: the stream is collected and inflated in one native call, after a turn of the event loop as before; what
 * would exceed SYNC_INFLATE_LIMIT goes through Node's own DecompressionStream, chunk by chunk.
 */
function inflateInOneCall(): void {
  const Native = globalThis.DecompressionStream;
  if (inflateReplaced || typeof Native !== 'function') return;
  inflateReplaced = true;
  class OneCallDecompressionStream {
    readonly readable!: ReadableStream<Uint8Array>;
    readonly writable!: WritableStream<BufferSource>;
    constructor(format: CompressionFormat) {
      const inflate = SYNC_INFLATERS[format];
      if (!inflate) return new Native(format) as OneCallDecompressionStream;
      const chunks: Buffer[] = [];
      let output!: ReadableStreamDefaultController<Uint8Array>;
      this.readable = new ReadableStream<Uint8Array>({ start: (controller) => void (output = controller) });
      this.writable = new WritableStream<BufferSource>({
        write: (chunk) => {
          chunks.push(ArrayBuffer.isView(chunk) ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.from(chunk));
        },
        close: async () => {
          // A turn of the event loop, as zlib's own callbacks gave: the reader's time cap can still fire in between.
          await new Promise((resolve) => setImmediate(resolve));
          const input = Buffer.concat(chunks);
          let inflated: Buffer;
          try {
            inflated = inflate(input, { maxOutputLength: SYNC_INFLATE_LIMIT });
          } catch (error) {
            if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') {
              output.error(error);
              return;
            }
            const chunked = new Blob([input]).stream().pipeThrough(new Native(format));
            await chunked
              .pipeTo(new WritableStream<Uint8Array>({ write: (chunk) => output.enqueue(chunk), close: () => output.close() }))
              .catch((reason: unknown) => output.error(reason));
            return;
          }
          output.enqueue(new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength));
          output.close();
        },
        abort: (reason) => output.error(reason),
      });
    }
  }
  globalThis.DecompressionStream = OneCallDecompressionStream as unknown as typeof DecompressionStream;
}

/**
 * Without a `worker`, pdf.js sets up a worker side for every document (in Node, in this same thread: a message port,
 * two message handlers, the worker's handlers), then takes it down. One worker side serves every document read with
 * this pdf.js instead, as one browser worker serves several documents: each document keeps its own id and state there,
 * and a task never destroys a worker it was given.
 */
function withOneWorker(pdfjs: typeof import('pdfjs-dist')): PdfJs {
  let worker: InstanceType<typeof pdfjs.PDFWorker> | undefined;
  return {
    getDocument: (source) => {
      // A bare URL or buffer (never given by the reader) keeps pdf.js's own set-up.
      if (!source || typeof source !== 'object' || source instanceof URL || source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return pdfjs.getDocument(source);
      worker ??= new pdfjs.PDFWorker({ verbosity: 0 });
      return pdfjs.getDocument({ ...source, worker: source.worker ?? worker });
    },
  };
}

/** Node (CLI, tests, benchmark): the legacy build, which runs without a DOM and without a worker file. */
export async function loadPdfjsForNode(): Promise<PdfJs> {
  adjustPdfjsLoading();
  inflateInOneCall();
  // pdf.js's warnings about rendering without a canvas would reach stdout, which is the CLI's JSON.
  const { log, warn } = console;
  console.log = () => {};
  console.warn = () => {};
  try {
    // pdf.js runs its worker code in this thread in Node; loaded now, the first file's time cap counts the file only.
    const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(workerModule) as Promise<unknown>]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return withOneWorker(pdfjs as unknown as typeof import('pdfjs-dist'));
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

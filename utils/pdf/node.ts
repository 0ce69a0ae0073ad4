import type { PdfJs } from './load.ts';

/** Node (CLI, tests, benchmark): the legacy build, which runs without a DOM and without a worker file. */
export async function loadPdfjsForNode(): Promise<PdfJs> {
  const module = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs & {
    VerbosityLevel?: { ERRORS: number };
  };
  return module;
}

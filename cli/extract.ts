import { readFile, stat } from 'node:fs/promises';
import { extractInvoice, type ExtractResult } from '../utils/pdf/extract.ts';
import { EXTRACT_ERROR_MESSAGES, MAX_FILE_BYTES, type ExtractErrorCode } from '../utils/pdf/errors.ts';
import { loadPdfjsForNode } from '../utils/pdf/node.ts';
import { UsageError } from './usage.ts';

const USAGE = 'usage : npm run cli -- extract [--text-only] FACTURE.pdf…';

function failureLine(file: string, code: ExtractErrorCode) {
  return { file, ok: false, error: { code, message: EXTRACT_ERROR_MESSAGES[code] } };
}

async function readOne(file: string, textOnly: boolean, pdfjs: Awaited<ReturnType<typeof loadPdfjsForNode>>): Promise<object> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES) return failureLine(file, 'too-large');
    bytes = new Uint8Array(await readFile(file));
  } catch {
    // A missing or unreadable file cannot be read as a PDF either.
    return { file, ok: false, error: { code: 'not-pdf', message: 'Ce fichier est introuvable ou illisible. Vérifiez son nom et son emplacement, puis réessayez.' } };
  }
  let result: ExtractResult;
  try {
    result = await extractInvoice(pdfjs, bytes, { textOnly });
  } catch {
    result = { ok: false, error: { code: 'corrupt', message: EXTRACT_ERROR_MESSAGES.corrupt } };
  }
  if (result.ok) return { file, ok: true, source: result.source, fields: result.fields, ms: elapsed() };
  return { file, ok: false, error: result.error };
}

/** `extract [--text-only] FILE…`: JSON Lines on stdout, one object per file, in order. */
export async function extractCommand(args: string[]): Promise<number> {
  let textOnly = false;
  const files: string[] = [];
  let optionsDone = false;
  for (const arg of args) {
    if (!optionsDone && arg === '--') optionsDone = true;
    else if (!optionsDone && arg === '--text-only') textOnly = true;
    else if (!optionsDone && arg.startsWith('-') && arg !== '-') throw new UsageError(`option inconnue « ${arg} ».\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(`aucun fichier PDF indiqué.\n${USAGE}`);

  // pdf.js must never write to stdout: it would break the JSON Lines.
  const log = console.log;
  const info = console.info;
  const warn = console.warn;
  console.log = (...data: unknown[]) => console.error(...data);
  console.info = console.log;
  console.warn = () => {};
  let failed = false;
  try {
    const pdfjs = await loadPdfjsForNode();
    for (const file of files) {
      const line = await readOne(file, textOnly, pdfjs);
      if (!(line as { ok: boolean }).ok) failed = true;
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } finally {
    console.log = log;
    console.info = info;
    console.warn = warn;
  }
  return failed ? 1 : 0;
}

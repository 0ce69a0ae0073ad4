import { MAX_MILLISECONDS } from '../utils/pdf/errors.ts';
import { extractFilesInThreads, threadCount, type FileJob, type FileLine } from './extract-pool.ts';
import { UsageError } from './usage.ts';

const USAGE = 'usage : npm run cli -- extract [--text-only] FACTURE.pdf…';

/** `extract [--text-only] FILE…`: JSON Lines on stdout, one object per file, in order (contract §1). */
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

  // CA_EXTRACT_TIMEOUT_MS lowers the per-file time cap (tests of the cap; never raises it).
  const requestedCap = Number(process.env.CA_EXTRACT_TIMEOUT_MS);
  const timeoutMs = requestedCap > 0 && requestedCap < MAX_MILLISECONDS ? requestedCap : undefined;
  const jobs: FileJob[] = files.map((file) => ({ file, textOnly, timeoutMs }));
  let failed = false;
  const print = (line: FileLine) => {
    if (!line.ok) failed = true;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  };

  // pdf.js must never write to stdout: it would break the JSON Lines.
  const log = console.log;
  const info = console.info;
  const warn = console.warn;
  console.log = (...data: unknown[]) => console.error(...data);
  console.info = console.log;
  console.warn = () => {};
  try {
    const chosen = process.env.CA_EXTRACT_THREADS !== undefined;
    const threads = chosen ? Number(process.env.CA_EXTRACT_THREADS) : threadCount(jobs.length);
    if (threads >= 1) {
      await extractFilesInThreads(jobs, threads, print, !chosen && threads === 1);
    } else {
      const [{ extractFile }, { loadPdfjsForNode }] = await Promise.all([import('./extract-worker.ts'), import('../utils/pdf/node.ts')]);
      const pdfjs = await loadPdfjsForNode();
      for (const job of jobs) print(await extractFile(pdfjs, job));
    }
  } finally {
    console.log = log;
    console.info = info;
    console.warn = warn;
  }
  return failed ? 1 : 0;
}

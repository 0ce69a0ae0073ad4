import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DirectoryEntry } from '../utils/directory/entry.ts';
import { readDirectory, type DirectorySink } from '../utils/directory/read.ts';
import { DirectoryError, type DirectoryService, type DirectoryStructure, type DirectorySummary } from '../utils/directory/types.ts';
import type { RandomAccessFile } from '../utils/directory/zip.ts';
import { UsageError } from './usage.ts';

const USAGE = 'usage : npm run cli -- directory ANNUAIRE.xlsx';

/** Reads a file on disk by ranges, as the extension reads the Blob the user picked. */
async function withFile<T>(path: string, use: (file: RandomAccessFile) => Promise<T>): Promise<T> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new UsageError(`impossible de lire le fichier « ${path} ».`);
  }
  try {
    const { size } = await handle.stat();
    return await use({
      size,
      read: async (offset, length) => {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      },
    });
  } finally {
    await handle.close();
  }
}

const NO_SINK: DirectorySink = { structure() {}, service() {}, flush: async () => {} };

/** `directory FILE.xlsx`: the counts and the problems found in the file, as one JSON object. */
export async function directoryCommand(args: string[]): Promise<number> {
  const files = args.filter((arg) => arg !== '--');
  if (files.length !== 1 || (files[0]!.startsWith('-') && files[0] !== '-')) throw new UsageError(USAGE);
  const path = files[0]!;
  const started = performance.now();
  try {
    const summary = await withFile(path, (file) => readDirectory(file, NO_SINK, { fileName: basename(path) }));
    process.stdout.write(`${JSON.stringify({ file: path, ok: true, ...summaryFields(summary), ms: Math.round(performance.now() - started) })}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof DirectoryError)) throw error;
    process.stdout.write(`${JSON.stringify({ file: path, ok: false, error: { code: error.code, message: error.message } })}\n`);
    return 1;
  }
}

function summaryFields(summary: DirectorySummary) {
  const { date, dateSource, sheets, counts, problems } = summary;
  return { date, dateSource, sheets, counts, problems };
}

/**
 * The directory entry of one SIRET, read from the file (only that structure and its services are kept):
 * what `check --directory` gives the checks, as the extension's background gives the page's.
 */
export async function readDirectoryEntry(path: string, siret: string): Promise<DirectoryEntry> {
  let structure: DirectoryStructure | null = null;
  const services: DirectoryService[] = [];
  const sink: DirectorySink = {
    structure(record) {
      if (record.id === siret) structure = record;
    },
    service(record) {
      if (record.siret === siret) services.push(record);
    },
    flush: async () => {},
  };
  try {
    const summary = await withFile(path, (file) => readDirectory(file, sink, { fileName: basename(path) }));
    return { siret, date: summary.date, structure, services };
  } catch (error) {
    if (error instanceof DirectoryError) throw new UsageError(`« ${path} » n'est pas utilisable comme annuaire : ${error.message}`);
    throw error;
  }
}

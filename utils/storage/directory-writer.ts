import { readDirectory, type DirectorySink, type ReadProgressEvent } from '../directory/read.ts';
import type { RandomAccessFile } from '../directory/zip.ts';
import { searchLine } from '../directory/search.ts';
import type { DirectoryService, DirectoryStructure, DirectorySummary } from '../directory/types.ts';
import { deleteQuietly, deleteUnfinishedImports, GENERATION_PREFIX, makeCurrent, openGenerationDatabase, type DirectoryMeta } from './directory.ts';

/** Records written per transaction: big enough to be fast, small enough to keep the worker's memory flat. */
const BATCH = 5000;
const SEARCH_PART_CHARS = 1 << 20;

export interface DirectoryWriter {
  sink: DirectorySink;
  /** Makes the written directory the current one. */
  commit(summary: DirectorySummary, details: { fileSize: number; importMs: number }): Promise<DirectoryMeta>;
  /** Drops everything written: the previous directory stays. */
  abort(): Promise<void>;
}

/** A new, empty database for an import; nothing shows it until `commit`. */
export async function createDirectoryWriter(now: Date = new Date()): Promise<DirectoryWriter> {
  const name = `${GENERATION_PREFIX}${now.getTime()}`;
  const database = await openGenerationDatabase(name);
  let structures: DirectoryStructure[] = [];
  let services: DirectoryService[] = [];
  let search = '';
  let searchPart = 0;
  let searchPending: string[] = [];

  const write = async (final: boolean) => {
    if (final && search) {
      searchPending.push(search);
      search = '';
    }
    const transaction = database.transaction(['structures', 'services', 'search'], 'readwrite', { durability: 'relaxed' });
    const structureStore = transaction.objectStore('structures');
    const serviceStore = transaction.objectStore('services');
    const searchStore = transaction.objectStore('search');
    for (const record of structures) void structureStore.put(record);
    for (const record of services) void serviceStore.put(record);
    for (const part of searchPending) void searchStore.put(part, searchPart++);
    structures = [];
    services = [];
    searchPending = [];
    await transaction.done;
  };

  const sink: DirectorySink = {
    structure(record) {
      structures.push(record);
      search += searchLine(record.id, record.name);
      if (search.length >= SEARCH_PART_CHARS) {
        searchPending.push(search);
        search = '';
      }
    },
    service(record) {
      services.push(record);
    },
    async flush(final) {
      if (final || structures.length + services.length >= BATCH) await write(final);
    },
  };

  return {
    sink,
    async commit(summary, details) {
      database.close();
      const meta: DirectoryMeta = { ...summary, database: name, importedAt: now.toISOString(), ...details };
      await makeCurrent(meta);
      return meta;
    },
    async abort() {
      database.close();
      await deleteQuietly(name);
    },
  };
}

/**
 * Reads a directory file into a new database and makes it current; on any failure the new database is dropped
 * and the error (a French DirectoryError for a wrong file) goes to the caller, the previous directory untouched.
 */
export async function importDirectory(file: RandomAccessFile, fileName: string, onProgress?: (event: ReadProgressEvent) => void): Promise<DirectoryMeta> {
  const started = performance.now();
  await deleteUnfinishedImports();
  const writer = await createDirectoryWriter();
  try {
    const summary = await readDirectory(file, writer.sink, { fileName, onProgress });
    return await writer.commit(summary, { fileSize: file.size, importMs: Math.round(performance.now() - started) });
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

import { readDirectory, type DirectorySink, type ReadProgressEvent } from '../directory/read.ts';
import type { RandomAccessFile } from '../directory/zip.ts';
import { BucketBuilder } from '../directory/buckets.ts';
import { searchLine, sortSearchLines } from '../directory/search.ts';
import type { DirectorySummary } from '../directory/types.ts';
import { deleteQuietly, deleteUnfinishedImports, GENERATION_PREFIX, makeCurrent, openGenerationDatabase, type DirectoryMeta } from './directory.ts';

/** Buckets written per transaction at the end of an import. */
const BUCKETS_PER_TRANSACTION = 512;
const SEARCH_PART_CHARS = 1 << 20;

export interface DirectoryWriter {
  sink: DirectorySink;
  /** Makes the written directory the current one. */
  commit(summary: DirectorySummary, details: { fileSize: number; importMs: number }): Promise<DirectoryMeta>;
  /** Drops everything written: the previous directory stays. */
  abort(): Promise<void>;
}

/**
 * A new, empty database for an import; nothing shows it until `commit`. The records gather in their buckets as
 * compact text while the file is read (the directory's compact form, not the sheet's cells), and are written at
 * the end with the search index, sorted by name.
 */
export async function createDirectoryWriter(now: Date = new Date()): Promise<DirectoryWriter> {
  const name = `${GENERATION_PREFIX}${now.getTime()}`;
  const database = await openGenerationDatabase(name);
  const buckets = new BucketBuilder();
  const searchLines: string[] = [];

  /** The index sorted by name, in parts of about a megabyte (a record each). */
  const writeSearch = async () => {
    const text = sortSearchLines(searchLines);
    searchLines.length = 0;
    const transaction = database.transaction('search', 'readwrite', { durability: 'relaxed' });
    for (let part = 0; part * SEARCH_PART_CHARS < text.length; part++) {
      void transaction.store.put(text.slice(part * SEARCH_PART_CHARS, (part + 1) * SEARCH_PART_CHARS), part);
    }
    await transaction.done;
  };
  const writeBuckets = async () => {
    let batch: [number, string][] = [];
    const flushBatch = async () => {
      const transaction = database.transaction('buckets', 'readwrite', { durability: 'relaxed' });
      for (const [key, value] of batch) void transaction.store.put(value, key);
      batch = [];
      await transaction.done;
    };
    for (const bucket of buckets.buckets()) {
      batch.push(bucket);
      if (batch.length >= BUCKETS_PER_TRANSACTION) await flushBatch();
    }
    if (batch.length) await flushBatch();
  };

  const sink: DirectorySink = {
    structure(record) {
      buckets.addStructure(record);
      searchLines.push(searchLine(record.id, record.name));
    },
    service(record) {
      buckets.addService(record);
    },
    async flush(final) {
      // Everything is written at the end, in a few thousand records: nothing to do between slices.
      if (!final) return;
      await writeSearch();
      await writeBuckets();
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

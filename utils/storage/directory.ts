import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { bucketOf, readBucket } from '../directory/buckets.ts';
import type { DirectoryEntry } from '../directory/entry.ts';
import { SearchIndex } from '../directory/search.ts';
import type { DirectoryService, DirectoryStructure, DirectorySummary } from '../directory/types.ts';

/**
 * The imported Chorus Pro directory, in this browser's IndexedDB (the extension's own origin: settings, guide,
 * background and the import worker share it; web pages and the content script do not see it).
 *
 * Each import writes a new database of its own ("acp-directory-<time>"); the small "acp-directory" database
 * says which one is current. An import becomes current in one write, once complete: a failed or interrupted
 * import leaves the previous directory as it was, and its half-written database is deleted.
 */

export const META_DATABASE = 'acp-directory';
export const GENERATION_PREFIX = 'acp-directory-';
/** Channel on which an import or a deletion tells every page and the background to forget what they cached. */
export const DIRECTORY_CHANNEL = 'acp-directory';
/** Held by an import from start to end: one import at a time, and no clean-up of a database being written. */
export const IMPORT_LOCK = 'acp-directory-import';

export interface DirectoryMeta extends DirectorySummary {
  /** The database holding this directory's records. */
  database: string;
  /** ISO date and time of the import. */
  importedAt: string;
  fileSize: number;
  importMs: number;
}

interface MetaSchema extends DBSchema {
  meta: { key: string; value: DirectoryMeta };
}

export interface GenerationSchema extends DBSchema {
  /** Structures and their services by bucket (utils/directory/buckets.ts). */
  buckets: { key: number; value: string };
  /** The search index (utils/directory/search.ts), in parts of about a megabyte. */
  search: { key: number; value: string };
}

const CURRENT = 'current';

export function openMetaDatabase(): Promise<IDBPDatabase<MetaSchema>> {
  return openDB<MetaSchema>(META_DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore('meta');
    },
  });
}

export function openGenerationDatabase(name: string, onClosing?: () => void): Promise<IDBPDatabase<GenerationSchema>> {
  return openDB<GenerationSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('buckets');
      database.createObjectStore('search');
    },
    // An old directory is being deleted: let go of it at once.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClosing?.();
    },
    terminated: onClosing,
  });
}

interface Cache {
  meta: Promise<DirectoryMeta | null> | null;
  database: { name: string; open: Promise<IDBPDatabase<GenerationSchema>> } | null;
  index: { name: string; index: Promise<SearchIndex> } | null;
}

const cache: Cache = { meta: null, database: null, index: null };
let listening = false;

function forget(): void {
  // Transactions under way finish first: close() waits for them.
  cache.database?.open.then((database) => database.close(), () => {});
  cache.meta = null;
  cache.database = null;
  cache.index = null;
}

function listen(): void {
  if (listening || typeof BroadcastChannel === 'undefined') return;
  listening = true;
  new BroadcastChannel(DIRECTORY_CHANNEL).onmessage = forget;
}

/** Tells every context of the extension that the directory changed. */
export function announceDirectoryChange(): void {
  forget();
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(DIRECTORY_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Reads the description again, whatever was cached (after a change announced by another context). */
export function refreshDirectoryMeta(): Promise<DirectoryMeta | null> {
  forget();
  return getDirectoryMeta();
}

/** What is imported: date, counts, problems; null when no directory is. */
export function getDirectoryMeta(): Promise<DirectoryMeta | null> {
  listen();
  cache.meta ??= openMetaDatabase()
    .then(async (database) => {
      const meta = (await database.get('meta', CURRENT)) ?? null;
      database.close();
      return meta;
    })
    .catch((error: unknown) => {
      cache.meta = null;
      throw error;
    });
  return cache.meta;
}

async function currentDatabase(): Promise<{ meta: DirectoryMeta; database: IDBPDatabase<GenerationSchema> } | null> {
  const meta = await getDirectoryMeta();
  if (!meta) return null;
  if (cache.database?.name !== meta.database) {
    const open = openGenerationDatabase(meta.database, forget);
    cache.database = { name: meta.database, open };
    open.catch(() => {
      if (cache.database?.open === open) cache.database = null;
    });
  }
  return { meta, database: await cache.database.open };
}

/**
 * The directory entry of a recipient SIRET, for the checks: null when no directory is imported; an entry whose
 * structure is null when the SIRET is not in it. This is what the background answers the content script with.
 */
export async function lookupRecipient(siret: string): Promise<DirectoryEntry | null> {
  const current = await currentDatabase();
  if (!current) return null;
  const { structure, services } = readBucket(await current.database.get('buckets', bucketOf(siret)), siret);
  return { siret, date: current.meta.date, structure, services };
}

async function searchIndexOf(name: string, database: IDBPDatabase<GenerationSchema>): Promise<SearchIndex> {
  if (cache.index?.name !== name) {
    const index = database.getAll('search').then((parts) => new SearchIndex(parts.join('')));
    cache.index = { name, index };
    index.catch(() => {
      if (cache.index?.index === index) cache.index = null;
    });
  }
  return cache.index.index;
}

/**
 * Structures whose SIRET, SIREN or name matches, best first (utils/directory/search.ts). The first search
 * loads the index (a few megabytes) once; the next ones answer from memory.
 */
export async function searchDirectory(query: string, limit = 20): Promise<DirectoryStructure[]> {
  const current = await currentDatabase();
  if (!current) return [];
  const ids = (await searchIndexOf(current.meta.database, current.database)).search(query, { limit });
  if (ids.length === 0) return [];
  const store = current.database.transaction('buckets', 'readonly').store;
  const found = await Promise.all(ids.map(async (id) => readBucket(await store.get(bucketOf(id)), id).structure));
  return found.filter((structure): structure is DirectoryStructure => structure !== null);
}

/** Loads the search index ahead of the first query (the guide page does it when it opens). */
export async function warmDirectorySearch(): Promise<void> {
  const current = await currentDatabase();
  if (current) (await searchIndexOf(current.meta.database, current.database)).search('warm up', { limit: 1 });
}

/** A structure and its services, for the support desk's detail view. */
export async function getStructureWithServices(id: string): Promise<{ structure: DirectoryStructure; services: DirectoryService[] } | null> {
  const entry = await lookupRecipient(id);
  return entry?.structure ? { structure: entry.structure, services: [...entry.services] } : null;
}

/** « Supprimer l'annuaire »: the pointer first (the checks go silent at once), then the records. */
export async function deleteDirectory(): Promise<void> {
  const database = await openMetaDatabase();
  const meta = await database.get('meta', CURRENT);
  await database.delete('meta', CURRENT);
  database.close();
  announceDirectoryChange();
  if (meta) await deleteQuietly(meta.database);
}

/** Deletes a database without waiting on a context that keeps it open (it is closed when that context ends). */
export function deleteQuietly(name: string): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 5000);
    deleteDB(name).then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}

/** Makes `meta` the current directory and deletes the one it replaces. */
export async function makeCurrent(meta: DirectoryMeta): Promise<void> {
  const database = await openMetaDatabase();
  const previous = await database.get('meta', CURRENT);
  await database.put('meta', meta, CURRENT);
  database.close();
  announceDirectoryChange();
  if (previous && previous.database !== meta.database) await deleteQuietly(previous.database);
}

/** Databases left by an import that never finished (a closed tab, a crash): deleted before the next import. */
export async function deleteUnfinishedImports(): Promise<void> {
  if (typeof indexedDB.databases !== 'function') return;
  const current = (await getDirectoryMeta())?.database;
  const all = await indexedDB.databases();
  await Promise.all(
    all
      .map((info) => info.name)
      .filter((name): name is string => !!name && name.startsWith(GENERATION_PREFIX) && name !== current)
      .map(deleteQuietly),
  );
}

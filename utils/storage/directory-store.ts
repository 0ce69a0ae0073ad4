import type { DirectoryEntry } from '../directory/entry.ts';
import type { DirectoryService, DirectoryStructure } from '../directory/types.ts';
import {
  DIRECTORY_CHANNEL, deleteDirectory, getDirectoryMeta, getStructureWithServices, lookupRecipient, refreshDirectoryMeta, searchDirectory,
  warmDirectorySearch, type DirectoryMeta,
} from './directory.ts';
import { cleanUpStoppedImport, startDirectoryImport, type ImportProgress, type RunningImport } from './directory-import.ts';

/**
 * What the directory's components (settings, guide) show and do, handed to them by their entry point: the
 * extension's IndexedDB in the browser, a fake in component tests.
 */
export interface DirectoryStore {
  /** What is imported; null when no directory is. */
  meta(): Promise<DirectoryMeta | null>;
  /** Tells `listener` the description again whenever an import or a deletion happens (any tab); returns a stop. */
  watchMeta(listener: (meta: DirectoryMeta | null) => void): () => void;
  /** The entry of a recipient SIRET, for the checks (null: no directory). */
  lookup(siret: string): Promise<DirectoryEntry | null>;
  search(query: string, limit: number): Promise<DirectoryStructure[]>;
  /** Loads the search index ahead of the first query. */
  warmSearch(): Promise<void>;
  structure(id: string): Promise<{ structure: DirectoryStructure; services: DirectoryService[] } | null>;
  startImport(file: File, onProgress: (progress: ImportProgress) => void): RunningImport;
  /** After a stopped import: its half-written database goes. */
  cleanUpStoppedImport(): Promise<void>;
  remove(): Promise<void>;
}

/** The directory in this browser's IndexedDB, for the extension's own pages. */
export function extensionDirectoryStore(): DirectoryStore {
  return {
    meta: getDirectoryMeta,
    watchMeta(listener) {
      const channel = new BroadcastChannel(DIRECTORY_CHANNEL);
      channel.onmessage = () => void refreshDirectoryMeta().then(listener, () => listener(null));
      return () => channel.close();
    },
    lookup: lookupRecipient,
    search: searchDirectory,
    warmSearch: warmDirectorySearch,
    structure: getStructureWithServices,
    startImport: startDirectoryImport,
    cleanUpStoppedImport,
    remove: deleteDirectory,
  };
}

import { useEffect, useState } from 'preact/hooks';
import type { DirectoryEntry } from '../../utils/directory/entry.ts';
import type { DirectoryMeta } from '../../utils/storage/directory.ts';
import type { DirectoryStore } from '../../utils/storage/directory-store.ts';

/**
 * The imported directory's description, kept current when an import or a deletion happens in any tab. Without a
 * store (a page that has none), undefined.
 */
export function useDirectoryMeta(store: DirectoryStore | undefined): { meta: DirectoryMeta | null | undefined; reload: () => Promise<void> } {
  const [meta, setMeta] = useState<DirectoryMeta | null | undefined>(undefined);
  const reload = async () => {
    if (store) setMeta(await store.meta().catch(() => null));
  };
  useEffect(() => {
    if (!store) return undefined;
    void reload();
    return store.watchMeta(setMeta);
  }, [store]);
  return { meta, reload };
}

/**
 * The directory's entry of a SIRET typed (14 digits), looked up again when it changes or another directory is
 * imported; undefined while there is none (no store, no directory, not yet answered, a failed read).
 */
export function useDirectoryEntry(store: DirectoryStore | undefined, siret: string): DirectoryEntry | undefined {
  const { meta } = useDirectoryMeta(store);
  const [entry, setEntry] = useState<DirectoryEntry | undefined>(undefined);
  const generation = meta ? `${meta.database}|${meta.importedAt}` : '';
  useEffect(() => {
    setEntry(undefined);
    if (!store || !generation || siret.length !== 14) return undefined;
    let current = true;
    store.lookup(siret).then(
      (found) => current && setEntry(found ?? undefined),
      () => current && setEntry(undefined),
    );
    return () => {
      current = false;
    };
  }, [store, generation, siret]);
  return entry;
}

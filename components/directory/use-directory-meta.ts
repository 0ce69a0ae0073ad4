import { useEffect, useState } from 'preact/hooks';
import { DIRECTORY_CHANNEL, getDirectoryMeta, refreshDirectoryMeta, type DirectoryMeta } from '../../utils/storage/directory.ts';

/** The imported directory's description, kept current when an import or a deletion happens in any tab. */
export function useDirectoryMeta(): { meta: DirectoryMeta | null | undefined; reload: () => Promise<void> } {
  const [meta, setMeta] = useState<DirectoryMeta | null | undefined>(undefined);
  const reload = async () => setMeta(await getDirectoryMeta().catch(() => null));
  useEffect(() => {
    void reload();
    const channel = new BroadcastChannel(DIRECTORY_CHANNEL);
    channel.onmessage = () => void refreshDirectoryMeta().then(setMeta, () => setMeta(null));
    return () => channel.close();
  }, []);
  return { meta, reload };
}

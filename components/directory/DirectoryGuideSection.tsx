import type { DirectoryStore } from '../../utils/storage/directory-store.ts';
import { DirectoryImport } from './DirectoryImport.tsx';
import { DirectorySearch } from './DirectorySearch.tsx';
import { M, say } from './messages.ts';
import { useDirectoryMeta } from './use-directory-meta.ts';

/** The guide page's directory: the search first; importing or replacing it below, folded once a directory is there. */
export function DirectoryGuideSection({ store }: { store: DirectoryStore }) {
  const { meta } = useDirectoryMeta(store);
  if (meta === undefined) return null;
  return (
    <div class="guide-directory ca-no-print" id="directory-guide">
      <DirectorySearch store={store} idPrefix="guide-directory-search" />
      <details open={!meta}>
        <summary>{say(M.importSection)}</summary>
        <DirectoryImport store={store} level={3} idPrefix="guide-directory" />
      </details>
    </div>
  );
}

/** The guide's navigation link to the directory search. */
export function DirectoryNavLink() {
  return <a href="#guide-directory-search-title">{say(M.navLink)}</a>;
}

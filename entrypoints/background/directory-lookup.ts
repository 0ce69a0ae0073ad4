import { answerDirectoryLookup } from '../../utils/messaging/directory-lookup.ts';
import { onMessage } from '../../utils/messaging/protocol.ts';
import { lookupRecipient } from '../../utils/storage/directory.ts';

/**
 * The content script cannot open the extension's IndexedDB: it asks here for the directory's entry of the SIRET
 * typed on the entry form (about a millisecond once the database is open; the connection is kept, and dropped
 * when an import or a deletion is announced).
 */
export function handleDirectoryLookups(): void {
  onMessage('directoryLookup', ({ data }) => answerDirectoryLookup(data, lookupRecipient));
}

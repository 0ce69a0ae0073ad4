import { z } from 'zod/mini';
import type { DirectoryEntry } from '../directory/entry.ts';

/** What the content script may ask the directory for: the entry of one recipient SIRET, 14 digits. */
const lookupSiretSchema = z.string().check(z.regex(/^\d{14}$/));

/**
 * The background's answer to `directoryLookup`. What arrives is checked first: anything but a 14-digit SIRET (a
 * page's script speaking through a compromised content script) is answered null, the directory is not read. A
 * failure to read it is passed on as such, so that the content script asks again later rather than keeping it.
 */
export async function answerDirectoryLookup(data: unknown, lookup: (siret: string) => Promise<DirectoryEntry | null>): Promise<DirectoryEntry | null> {
  const siret = lookupSiretSchema.safeParse(data);
  return siret.success ? lookup(siret.data) : null;
}

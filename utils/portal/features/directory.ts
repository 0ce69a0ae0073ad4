import type { DirectoryEntry } from '../../directory/entry.ts';
import { onlyDigits } from '../../model/siret.ts';
import type { PortalFeature, PortalSession } from '../session.ts';

/** How long a look-up may take before the checks go on without it. */
export const LOOKUP_WAIT_MS = 500;
/** Look-ups that failed or timed out for one SIRET before the page stops asking for it. */
const ATTEMPTS = 3;

/**
 * The Chorus Pro directory on the entry form: when the recipient SIRET has 14 digits, its entry is asked of
 * whoever holds the directory (the background, from the extension's IndexedDB), once per SIRET for the page's
 * life, and handed to the checks. No answer within `waitMs`, or an error: no entry, the five directory checks say
 * nothing, and a later check of the form asks again (a few times at most). When an answer arrives and that SIRET
 * is still the page's, the form is checked again. Nothing polls: the look-up follows the session's checks (typing,
 * the portal's own writes and its « Rechercher une structure » window closing all lead to one).
 */
export function directoryFeature(lookup: (siret: string) => Promise<DirectoryEntry | null>, waitMs = LOOKUP_WAIT_MS): PortalFeature {
  const answers = new Map<string, DirectoryEntry | null>();
  const asking = new Set<string>();
  const failures = new Map<string, number>();

  const pageSiret = (session: PortalSession) => onlyDigits(session.snapshot()?.fields.recipientSiret ?? '');

  const ask = (siret: string, session: PortalSession) => {
    asking.add(siret);
    /** Keeps an answer about this SIRET (an entry for another one, or no answer at all, is not one); true if kept. */
    const keep = (entry: DirectoryEntry | null | undefined): boolean => {
      if (answers.has(siret)) return true;
      if (entry === undefined || (entry !== null && entry.siret !== siret)) return false;
      answers.set(siret, entry);
      if (entry && !session.stopped && pageSiret(session) === siret) session.check();
      return true;
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, waitMs, undefined)));
    const answer = lookup(siret);
    Promise.race([answer, late])
      .then(keep, () => false)
      .then((kept) => {
        clearTimeout(timer);
        asking.delete(siret);
        if (!kept) failures.set(siret, (failures.get(siret) ?? 0) + 1);
      });
    // Too late for the wait, in time for the page: a slow first answer (the background waking up) still counts.
    answer.then(keep, () => false);
  };

  return {
    id: 'directory',
    pages: ['saisie'],
    prepare(input, session) {
      const siret = onlyDigits(input.snapshot.fields.recipientSiret ?? '');
      if (siret.length !== 14) return input;
      const entry = answers.get(siret);
      if (entry) return { ...input, directory: entry };
      if (entry === undefined && !asking.has(siret) && (failures.get(siret) ?? 0) < ATTEMPTS) ask(siret, session);
      return input;
    },
  };
}

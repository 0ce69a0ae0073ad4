import type { DirectoryEntry } from '../../directory/entry.ts';
import { frenchDate } from '../../directory/date.ts';
import { onlyDigits } from '../../model/siret.ts';
import type { RuleContext } from '../types.ts';

/** Parameters of the directory checks: a profile with its own, stricter check of the same field sets `profileDecides`. */
export interface DirectoryRuleParams {
  profileDecides?: boolean;
}

/**
 * The directory entry of the SIRET typed on the page, or undefined when there is no directory or the entry is
 * for another SIRET (the page changed since the look-up): the checks then say nothing rather than something stale.
 */
export function entryForPage(context: RuleContext<DirectoryRuleParams>): DirectoryEntry | undefined {
  const entry = context.directory;
  if (!entry) return undefined;
  const typed = onlyDigits(context.fields.recipientSiret ?? '');
  return typed.length === 14 && typed === entry.siret ? entry : undefined;
}

/** The values every directory message may name. */
export function directoryValues(entry: DirectoryEntry): Record<string, string> {
  return { siret: entry.siret, date: frenchDate(entry.date), name: entry.structure?.name || `SIRET ${entry.siret}` };
}

import { normalizeIban } from '../../model/iban.ts';
import type { Line } from '../lines.ts';
import { found, type Found } from './found.ts';
import { fold } from './text.ts';

/** Words that make an account the buyer's (a direct debit from it), not the supplier's. */
const BUYER_ACCOUNT = /votre\s*compte|prelev|debit(?:e|ed)?\s*(?:de|from)|client/;

/**
 * The supplier's IBAN: the checksum decides where it ends ("IBAN : FR76 3000 … BIC : …"). Sure when the
 * document shows one account only, and not as the buyer's.
 */
export function findIban(lines: Line[]): Found | null {
  const found_: { iban: string; lineNumber: number; buyerSide: boolean }[] = [];
  lines.forEach((line, lineNumber) => {
    const text = line.text.toUpperCase().replace(/[\u00a0\u202f]/g, ' ');
    for (const match of text.matchAll(/(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){10,32})/g)) {
      const compact = match[1]!.replace(/[ -]/g, '');
      for (let length = Math.min(compact.length, 34); length >= 14; length--) {
        const iban = normalizeIban(compact.slice(0, length));
        if (iban) {
          found_.push({ iban, lineNumber, buyerSide: BUYER_ACCOUNT.test(fold(line.text.slice(0, match.index))) });
          break;
        }
      }
    }
  });
  const distinct = [...new Set(found_.map((entry) => entry.iban))];
  const first = found_[0];
  if (!first) return null;
  const sure = distinct.length === 1 && !found_.some((entry) => entry.buyerSide);
  return found(first.iban, sure, sure ? 'IBAN checksum, one account' : 'IBAN checksum, several accounts or a direct debit', { lineNumber: first.lineNumber });
}

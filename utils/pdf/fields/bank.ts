import { countrySpecs, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { normalizeIban } from '../../model/iban.ts';
import type { Line } from '../lines.ts';
import { found, type Found } from './found.ts';
import { fold, openingBelow } from './text.ts';

/** Words that make an account the buyer's (a direct debit from it), not the supplier's. */
const BUYER_ACCOUNT = /votre\s*compte|prelev|debit(?:e|ed)?\s*(?:de|from)|client/;

/**
 * « Prélèvement ou virement – IBAN … », « Prélèvement SEPA ou virement »: the supplier offers both ways; the account is
 * where a transfer goes.
 */
const EITHER_WAY = /prelev\w*(?:\s+sepa)?\s+ou\s+(?:par\s+)?virement|virement(?:\s+sepa)?\s+ou\s+(?:par\s+)?prelev\w*/g;

/** IBAN-looking runs: a country, two check digits, then groups of letters and digits one space or dash apart. */
const IBAN_RUN = /(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){10,32})/g;

/**
 * The IBAN at the start of `compact`, the longest that passes: its key (ISO 13616, modulo 97) and its country's
 * length and format. The national check digits some countries add inside the account number are not required: the
 * IBAN key already covers every character, and a foreign supplier's IBAN is printed as its bank gave it.
 */
export function ibanAt(compact: string): string | null {
  // Both checks fail outright for a country without an IBAN, and at any length but the country's when it has one.
  const spec = countrySpecs[compact.slice(0, 2)];
  if (!spec) return null;
  for (let length = Math.min(compact.length, 34); length >= 14; length--) {
    if (spec.chars && length !== spec.chars) continue;
    const candidate = compact.slice(0, length);
    const iban = normalizeIban(candidate);
    if (iban) return iban;
    const { errorCodes } = validateIBAN(candidate);
    if (errorCodes.length === 1 && errorCodes[0] === ValidationErrorsIBAN.WrongAccountBankBranchChecksum) return candidate;
  }
  return null;
}

/** The last characters of a cell that may begin an IBAN: a country, two check digits, then groups. */
const IBAN_START_AT_END = /(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){0,30}$/;

/**
 * « … IBAN FR76 1027 8432 6365 7586 4027 » then « 003 – BIC BNPAFRPPXXX »: an IBAN a paragraph breaks at the end of a
 * line, its last groups opening the next line in the same column. The two joined, for the checksum to decide.
 */
function ibanCarriedOver(lines: Line[], lineNumber: number): string | null {
  for (const cell of lines[lineNumber]!.cells) {
    const start = IBAN_START_AT_END.exec(upright(cell.text).trim());
    if (!start) continue;
    const opening = openingBelow(lines, lineNumber, cell);
    const rest = opening && /^[A-Z0-9]+(?:[ -][A-Z0-9]+)*/.exec(opening.text.trim().toUpperCase());
    if (rest) return `${start[0]} ${rest[0]}`;
  }
  return null;
}

/** Capitals, and ordinary spaces for the narrow and non-breaking ones some producers print between groups. */
function upright(text: string): string {
  return text.toUpperCase().replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * The supplier's IBAN: the checksum decides where it ends ("IBAN : FR76 3000 … BIC : …"). Sure when the
 * document shows one account only, and not as the buyer's. An IBAN printed in boxes, four characters each, is read
 * across its boxes.
 */
export function findIban(lines: Line[]): Found | null {
  const found_: { iban: string; lineNumber: number; buyerSide: boolean }[] = [];
  lines.forEach((line, lineNumber) => {
    if (!/[A-Za-z]{2}\d{2}/.test(line.text)) return;
    const seen = new Set<string>();
    const scan = (printed: string) => {
      const text = upright(printed);
      for (const match of text.matchAll(IBAN_RUN)) {
        const iban = ibanAt(match[1]!.replace(/[ -]/g, ''));
        if (!iban || seen.has(iban)) continue;
        seen.add(iban);
        found_.push({ iban, lineNumber, buyerSide: BUYER_ACCOUNT.test(fold(printed.slice(0, match.index)).replace(EITHER_WAY, ' ')) });
      }
    };
    scan(line.text);
    // Boxes are cells of their own: joined as one text, one space apart.
    if (line.cells.length > 2 && line.cells.some((cell) => /^[A-Z]{2}\d{2}$/.test(cell.text))) scan(line.cells.map((cell) => cell.text).join(' '));
    const carried = ibanCarriedOver(lines, lineNumber);
    if (carried) scan(carried);
  });
  const distinct = [...new Set(found_.map((entry) => entry.iban))];
  const first = found_[0];
  if (!first) return null;
  const sure = distinct.length === 1 && !found_.some((entry) => entry.buyerSide);
  return found(first.iban, sure, sure ? 'IBAN checksum, one account' : 'IBAN checksum, several accounts or a direct debit', { lineNumber: first.lineNumber });
}

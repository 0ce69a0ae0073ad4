import type { Line } from '../lines.ts';
import type { Found } from './found.ts';
import { fold } from './text.ts';

/**
 * A second, independent witness against an engagement number read after its label. The label can be right and the
 * value still another document's number when a producer blurs the cells (a label glued to the next one, a row of
 * boxes read across): the rest of the page may then say whose number it is. Nothing here finds a value; a value a
 * witness contradicts is given as unsure, so that the supplier checks it instead of sending it.
 */

/** Letters as one mark, digits one by one, separators kept: « CO2503-0048 » and « FA2503-0012 » are A9999-9999. */
function numberingShape(value: string): string {
  return value.replace(/[A-Za-z]+/g, 'A').replace(/\d/g, '9');
}

/**
 * « Commande : CO2503-0048 » beside « Facture FA2503-0012 »: a number in the supplier's own numbering (the invoice
 * number's letters-and-digits pattern) is the supplier's order, not the buyer's engagement. Digits alone prove
 * nothing (a buyer's « 2025 » + sequence is as likely as a supplier's).
 */
export function inSuppliersNumbering(engagement: string, invoiceNumber: string | undefined): boolean {
  if (!invoiceNumber) return false;
  if (engagement === invoiceNumber) return true;
  return /[A-Za-z]/.test(engagement) && /\d/.test(engagement) && numberingShape(engagement) === numberingShape(invoiceNumber);
}

/** The words that name one of the supplier's documents, or someone else's number, right before a value. */
const OTHER_DOCUMENT = /\b(?:devis|quote|offre|proposition|livraison|bl|bordereau|contrat|contract|dossier|affaire|chantier|projet|ticket|intervention|facture|invoice|avoir|pro\s*forma|proforma|lot|notre|our|requete|sinistre|police|licence|serie|immatriculation)\b/;

/** The label words just before a value, within its cell and after the last colon or dash ending an earlier label. */
function labelBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at);
  const afterBreak = before.split(/[:|–—]|\s-\s|\s{3,}/).pop() ?? '';
  return fold(afterBreak);
}

/** « Devis n° 2401234 » printed elsewhere: the same number under a label naming another document. */
export function printedForAnotherDocument(lines: Line[], value: string): string | null {
  for (const line of lines) {
    for (const cell of line.cells) {
      for (let at = cell.text.indexOf(value); at >= 0; at = cell.text.indexOf(value, at + 1)) {
        // Only the whole number: « 2401234 » inside « 124012345 » is another number.
        if (/[A-Za-z0-9]/.test(cell.text[at - 1] ?? '') || /[A-Za-z0-9]/.test(cell.text[at + value.length] ?? '')) continue;
        const label = labelBefore(cell.text, at);
        const other = OTHER_DOCUMENT.exec(label);
        if (other) return other[0];
      }
    }
  }
  return null;
}

/** The engagement as read, or the same value given as unsure when a witness on the page contradicts it. */
export function crossCheckEngagement(lines: Line[], engagement: Found | null, invoiceNumber: string | undefined): Found | null {
  if (!engagement?.sure) return engagement;
  if (inSuppliersNumbering(engagement.value, invoiceNumber)) {
    return { ...engagement, sure: false, evidence: `${engagement.evidence}; in the invoice number's own numbering` };
  }
  const other = printedForAnotherDocument(lines, engagement.value);
  if (other) return { ...engagement, sure: false, evidence: `${engagement.evidence}; the same number printed after « ${other} »` };
  return engagement;
}

// Helpers added with the seventeenth blind part (layouts/next/): the engagement under the wordings of the trades of
// this part, the invoice number's label as their software prints it, a date line in the habits of each package, an
// ISBN-13 with its check digit, serial numbers, and hazardous-goods mentions. Existing layouts never import this file,
// so their bytes never depend on it.
import { relabelEngagement } from './blind8.mjs';
import { fmtDate } from './format.mjs';

/** Engagement wordings of the catering, printing, IT, book, school-transport and training software met in this part. */
export const ENGAGEMENT_WORDINGS_17 = ['N° d’engagement', 'Engagement juridique n°', 'Votre bon de commande', 'N° EJ', 'Réf. commande (EJ)', 'Bon de commande', 'Numéro d’engagement Chorus', 'Votre commande n°'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel17 = (inv, x, share = 0.45) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_17) : inv);

/** Labels of the invoice's own number in the software of this part. */
export const NUMBER_LABELS_17 = ['N° facture', 'Facture n°', 'N° de pièce', 'Pièce', 'Numéro', 'N° de facture'];

/** The invoice's date as a line: « Le 12/03/2026 », « Date : 12.03.2026 », « Date de facture : 12 mars 2026 ». */
export function dateLine(d, x) {
  return x.pick([
    () => `Le ${fmtDate(d, 'slash')}`,
    () => `Date : ${fmtDate(d, 'dots')}`,
    () => `Date de facture : ${fmtDate(d, 'long')}`,
    () => `Date d’émission : ${fmtDate(d, 'slash')}`,
  ])();
}

/** An ISBN-13 of a French publisher, « 978-2-07-061275-8 », with its check digit. */
export function isbn13(x) {
  const publisher = x.pick(['07', '253', '330', '226', '02', '211', '7324', '8104']);
  const rest = x.digits(8 - publisher.length);
  const digits = `9782${publisher}${rest}`;
  const sum = digits.split('').reduce((s, c, k) => s + Number(c) * (k % 2 === 0 ? 1 : 3), 0);
  const check = (10 - (sum % 10)) % 10;
  return `978-2-${publisher}-${rest}-${check}`;
}

/** A manufacturer's serial number (letters and digits). */
export const serialNumber = (x, prefix) => `${prefix}${Array.from({ length: 8 }, () => x.pick('0123456789ABCDEFGHJKLMNPRSTVWXYZ'.split(''))).join('')}`;

/** « UN 1791 – classe 8 – GE III »: the ADR mention of a dangerous product. */
export const adrMention = ([un, cls, group]) => `UN ${un} – classe ${cls} – GE ${group}`;

/** Quarter-hours as « 2 h 45 ». */
export const quarterHours = (quarters) => `${Math.floor(quarters / 4)} h ${String((quarters % 4) * 15).padStart(2, '0')}`;

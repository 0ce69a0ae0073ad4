// Helpers added with the twelfth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, the date written after the place as a letter does, the number of an earlier invoice of the same series, and
// quantities in kilograms and kilometres. Existing layouts never import this file, so their bytes never depend on it.
import { fmtDate } from './format.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';

/** Engagement wordings of the removal, show, farming and transport software met in this part. */
export const ENGAGEMENT_WORDINGS_12 = ['N° d’engagement', 'Engagement juridique', 'Votre bon de commande n°', 'N° EJ', 'Réf. EJ / commande', 'Numéro de bon de commande', 'Engagement n°'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel12 = (inv, x, share = 0.4) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_12) : inv);

/** « Saint-Chamond, le 4 mars 2025 »: the invoice's date after the supplier's town, as a letter writes it. */
export const placeAndDate = (inv, style = 'long') => `${inv.supplier.address[1].replace(/^\d{5} /, '')}, le ${fmtDate(inv.date, style)}`;

/**
 * The number of an earlier invoice of the same series (a deposit invoiced with the order): a smaller count, and the
 * year of its own date where the number carries the year.
 */
export function earlierNumber(number, x, year, earlierYear = year) {
  const dated = year === earlierYear ? number : number.replace(String(year), String(earlierYear));
  return dated.replace(/\d+$/, (digits) => String(Math.max(1, Number(digits) - x.int(3, 40))).padStart(digits.length, '0'));
}

/** « 1 240 kg » */
export const kilos = (kg) => `${frNumber(kg)} kg`;

/** « 12,4 km »: a distance with one decimal, as a taximeter prints it. */
export const kilometres = (tenths) => `${frNumber(tenths / 10, 1)} km`;

// Helpers added with the twenty-first blind part (layouts/next/): the engagement under the wordings of the public-works,
// roads and technical-supplies software of this part, slip and ticket numbers of seven digits (weighbridges, delivery
// tickets, the city's work requests), quantities in cubic metres and kilometres, an early-payment discount printed for
// information, and a VAT summary's rows. Existing layouts never import this file, so their bytes never depend on it.
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';

/** Engagement wordings of the roads, lighting, signs, concrete, sweeping, furniture and uniform software of this part. */
export const ENGAGEMENT_WORDINGS_21 = ['N° d’engagement', 'Engagement n°', 'Réf. EJ', 'Votre commande n°', 'N° EJ', 'Bon de commande n°', 'N° de commande publique', 'Numéro d’engagement juridique'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel21 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_21) : inv);

/** A weighbridge slip, a delivery ticket or a work request numbered with seven digits, as plants and GMAO tools do. */
export const sevenDigits = (x) => `${x.int(1, 9)}${x.digits(6)}`;

/** Consecutive seven-digit numbers from a drawn start (a plant's delivery tickets of one month). */
export function ticketRun(x, count) {
  let next = x.int(1_000_000, 9_899_999);
  return Array.from({ length: count }, () => String((next += x.int(1, 40))));
}

/** Hundredths of a unit as « 12,40 »: cubic metres of concrete, kilometres of network. */
export const hundredths = (value) => frNumber(value / 100, 2);

/**
 * The early-payment discount a package prints under the totals for information (never deducted: the amount due stays
 * the TTC): [percent, cents of the discount, cents left after it].
 */
export function earlyPayment(inv, pct) {
  const discount = Math.round((inv.ttc * pct) / 100);
  return [pct, discount, inv.ttc - discount];
}

/** [rate, base, amount] of each rate, highest first, as a VAT summary under the lines prints them. */
export const vatRows21 = (inv) => [...inv.vat].sort((a, b) => b.rate - a.rate).map((v) => [v.rate, v.base, v.amount]);

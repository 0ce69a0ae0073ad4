// Helpers added with the nineteenth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, a sole trader under the VAT franchise made from a company invoice, a VAT grid « Base HT | Taux | Montant TVA »,
// and durations in decimal hours. Existing layouts never import this file, so their bytes never depend on it.
import { relabelEngagement } from './blind8.mjs';
import { pad } from './format.mjs';

/** Engagement wordings of the horse-drawn, legal, software, survey, charging, turf, riding and shredding software. */
export const ENGAGEMENT_WORDINGS_19 = ['N° d’engagement', 'Engagement juridique n°', 'Réf. engagement', 'Votre commande n°', 'N° EJ', 'Bon de commande n°', 'Numéro d’engagement Chorus Pro', 'Commande publique n°'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel19 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_19) : inv);

/**
 * The invoice's supplier made a sole trader under the VAT franchise of art. 293 B (no RCS line, no VAT number): every
 * line at rate 0, `vatExempt` set. Call before pricing the lines.
 */
export function franchise(inv, person) {
  inv.vatExempt = 'TVA non applicable, art. 293 B du CGI';
  inv.print.supplierSiren = false;
  inv.supplier.person = person;
  inv.supplier.form = 'EI';
  inv.supplier.legalName = `${inv.supplier.name} EI`;
  return inv;
}

/** [base, rate, amount] rows of every rate, as a grid at the foot of an accounting package's invoice prints them. */
export const vatGridRows = (inv) => [...inv.vat].sort((a, b) => b.rate - a.rate).map((v) => [v.base, v.rate, v.amount]);

/** 90 → « 1,50 » (hours in decimals, as time-tracking tools print them). */
export const decimalHours = (minutes) => (minutes / 60).toFixed(2).replace('.', ',');

/** 95 → « 1h35 ». */
export const hm = (minutes) => `${Math.floor(minutes / 60)}h${pad(minutes % 60)}`;

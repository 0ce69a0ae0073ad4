// Helpers added with the seventh blind part (layouts/next/): clock times, and the totals rows most of its layouts
// print. Existing layouts never import this file, so their bytes never depend on it.
import { pad } from './format.mjs';
import { rate } from './invoice.mjs';

/** 1290 minutes → « 21h30 » (past midnight wraps to the next day's hours). */
export const hhmm = (minutes) => `${pad(Math.floor(minutes / 60) % 24)}h${pad(minutes % 60)}`;

/** [label, cents, strong] rows: HT, one VAT row per rate (or the exemption's zero), and the amount to pay. */
export function totalsRows(inv, netLabel = 'Total TTC') {
  const vatRows = inv.vatExempt ? [['TVA', 0]] : inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]);
  return [['Total HT', inv.ht], ...vatRows, [netLabel, inv.ttc, true]];
}

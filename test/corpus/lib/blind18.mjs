// Helpers added with the eighteenth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, an earlier invoice's number in the same numbering, a deposit or a payment already received deducted with its
// own number, the school days of a month, tonnes from kilograms, and a VAT summary that keeps an exempt rate. Existing
// layouts never import this file, so their bytes never depend on it.
import { addDays, fmtAmount } from './format.mjs';
import { relabelEngagement } from './blind8.mjs';

/** Engagement wordings of the bakery, security, agency, skip-hire, design, rental, health and repair software here. */
export const ENGAGEMENT_WORDINGS_18 = ['N° d’engagement', 'Réf. EJ', 'Engagement n°', 'N° EJ', 'Votre bon de commande', 'Bon de commande n°', 'N° d’engagement juridique', 'Commande n°'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel18 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_18) : inv);

/** The number of an earlier document of the same numbering: the last run of digits lowered. */
export function earlierNumber18(number, x) {
  return number.replace(/(\d+)(?!.*\d)/, (digits) => String(Math.max(1, Number(digits) - x.int(3, 60))).padStart(digits.length, '0'));
}

/**
 * A deposit (or a payment already received) of `pct` % of the TTC in whole euros, deducted from the amount due with
 * its own number and date. Sets inv.deposit and inv.net; returns { number, date, amount }.
 */
export function deductPaid(inv, x, pct, at) {
  let amount = Math.round((inv.ttc * pct) / 10000) * 100;
  if (amount >= inv.ttc) amount = Math.floor((inv.ttc - 1) / 100) * 100;
  inv.deposit = amount;
  inv.net = inv.ttc - inv.deposit - inv.retenue;
  return { number: earlierNumber18(inv.number, x), date: at, amount };
}

/** Weekdays of a month on which school canteens open (Monday, Tuesday, Thursday, Friday), holidays not counted. */
export function schoolDays(month, skip = () => false) {
  const out = [];
  for (let d = { ...month.from }; d.m === month.from.m; d = addDays(d, 1)) {
    const weekday = new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
    if ([1, 2, 4, 5].includes(weekday) && !skip(d)) out.push(d);
  }
  return out;
}

/** 12345 kg → « 12,345 » (tonnes with three decimals). */
export const tonnes = (kg) => `${String(Math.floor(kg / 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(kg % 1000).padStart(3, '0')}`;

/** [rate, base, amount] of every rate, exempt one included (rate 0), lowest first, for a VAT summary. */
export const allVatRows = (inv) => [...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [v.rate, v.base, v.amount]);

/** « € 1 234,56 »: the euro sign before the amount, as some bilingual templates print it. */
export const euroFirst = (inv, cents) => `€\u00a0${fmtAmount(inv.avoir && inv.negative ? -cents : cents, inv.amountStyle, 'none')}`;

/** The Sunday on or after `d`. */
export function sundayFrom(d) {
  const weekday = new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
  return addDays(d, (7 - weekday) % 7);
}

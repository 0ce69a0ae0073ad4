// Helpers added with the eleventh blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, instalments already invoiced and deducted from a balance, a tyre's size as it is moulded on its sidewall, and
// quantities in square metres. Existing layouts never import this file, so their bytes never depend on it.
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';

/** Engagement wordings of the rental, cleaning, garage and leisure software met in this part. */
export const ENGAGEMENT_WORDINGS_11 = ['N° d’engagement', 'Votre n° EJ', 'Engagement juridique n°', 'N° bon de commande / EJ', 'Réf. client (EJ)', 'Bon de commande', 'EJ n°', 'Numéro d’engagement Chorus'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel11 = (inv, x, share = 0.4) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_11) : inv);

/**
 * Instalments already invoiced under a contract, each a share (%) of the whole amount with VAT: their total is what
 * the balance invoice deducts. Returns [{ label, number, date, amount }] and sets inv.deposit and inv.net.
 */
export function deductInstalments(inv, instalments) {
  const list = instalments.map((it) => ({ ...it, amount: Math.round((inv.ttc * it.pct) / 100) }));
  inv.deposit = list.reduce((s, it) => s + it.amount, 0);
  inv.net = inv.ttc - inv.deposit - inv.retenue;
  return list;
}

/** A passenger-car or van tyre size as moulded on the sidewall, « 205/55 R16 91V ». */
export const tyreSize = ([width, ratio, rim, load, speed]) => `${width}/${ratio} R${rim} ${load}${speed}`;

/** « 12,40 m² »: an area with two decimals. */
export const squareMetres = (m2) => `${frNumber(m2, 2)} m²`;

/** The cents of an area (hundredths of m²) at a price per m² in cents. */
export const areaTotal = (centiM2, unit) => Math.round((centiM2 * unit) / 100);

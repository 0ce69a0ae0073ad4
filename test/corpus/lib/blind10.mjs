// Helpers added with the tenth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, lines priced from their quantity, the VAT summary by rate, and a provision of round euros deducted from the
// amount due. Existing layouts never import this file, so their bytes never depend on it.
import { recompute } from './invoice.mjs';
import { relabelEngagement } from './blind8.mjs';

/** Engagement wordings of craftsmen, farmers, clubs and offices met in this part. */
export const ENGAGEMENT_WORDINGS_10 = ['N° d’engagement', 'Engagement n°', 'Réf. engagement juridique', 'Votre commande (EJ)', 'N° EJ / BC', 'Bon de commande n°', 'EJ Chorus Pro'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel10 = (inv, x, share = 0.4) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_10) : inv);

/** Lines priced from quantity × unit (cents), then the invoice's totals again from them; `rates` in print order. */
export function priceLines(inv, rates = [...new Set(inv.lines.map((l) => l.rate))].sort((a, b) => b - a)) {
  for (const line of inv.lines) line.total ??= Math.round(line.qty * line.unit);
  inv.rates = rates;
  return recompute(inv);
}

/** A provision paid before the invoice, in round euros below the total: the amount due is what remains. */
export function deductProvision(inv, x, { min = 0.4, max = 0.8, step = 5000 } = {}) {
  const target = Math.round(inv.ttc * (min + (max - min) * x.next()));
  inv.deposit = Math.max(step, Math.floor(target / step) * step);
  if (inv.deposit >= inv.ttc) inv.deposit = Math.floor((inv.ttc - 1) / 100) * 100;
  inv.net = inv.ttc - inv.deposit - inv.retenue;
  return inv;
}

/** [rate, base, amount] of each taxed rate, for a VAT summary table. */
export const vatSummary = (inv) => inv.vat.filter((v) => v.rate > 0).map((v) => [v.rate, v.base, v.amount]);

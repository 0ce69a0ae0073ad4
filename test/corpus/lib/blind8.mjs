// Helpers added with the eighth blind part (layouts/next/): the public-body references under the labels each trade's
// software uses, prices with three decimals (per linear metre, per page, per inhabitant), the totals rows with the
// deductions that lead to the amount due, and the legal line of a cooperative. Existing layouts never import this
// file, so their bytes never depend on it.
import { date, legalLine, rate } from './invoice.mjs';
import { frNumber } from './blind5.mjs';

/** Labels of an engagement as printed by software that does not use the shared wordings. */
export const MORE_ENGAGEMENT_LABELS = ['Engagement n°', 'N° EJ Chorus', 'Réf. engagement', 'N° de commande (EJ)', 'Bon de commande', 'Numéro d’engagement', 'EJ'];

/** The invoice's engagement printed under another wording, drawn from `labels` (the value and its spacing stay). */
export function relabelEngagement(inv, x, labels = MORE_ENGAGEMENT_LABELS) {
  if (inv.engagement) inv.engagement = { ...inv.engagement, label: x.pick(labels), written: inv.engagement.written.replace(/^(?:n° engagement |EJ |BdC )/, '') };
  return inv;
}

/** [label, value] pairs of the public-body references, labels drawn per invoice. */
export function refPairs(inv, x, { market = ['Marché n°', 'N° de marché', 'Accord-cadre n°', 'Réf. marché'], service = ['Code service', 'Service exécutant', 'Code service Chorus', 'Service destinataire'] } = {}) {
  const out = [];
  if (inv.engagement) out.push([inv.engagement.label, inv.engagement.written]);
  if (inv.market) out.push([x.pick(market), inv.market]);
  if (inv.serviceCode) out.push([x.pick(service), inv.serviceCode]);
  return out;
}

/** A price of `mills` thousandths of a euro, as « 0,845 ». */
export const mills3 = (mills) => frNumber(mills / 1000, 3);
/** The cents of a quantity at a price in thousandths of a euro. */
export const millsTotal = (quantity, mills) => Math.round((quantity * mills) / 10);

/**
 * [label, cents, strong] rows down to the amount due: HT, VAT per rate (or the exemption's zero), TTC, then the
 * deposit and the retention when the invoice deducts them.
 */
export function dueRows(inv, { ht = 'Total HT', ttc = 'Total TTC', net = 'Net à payer', deposit = 'Acompte versé', retenue = 'Retenue de garantie', vatLabel = (v) => `TVA ${rate(v.rate)}` } = {}) {
  const rows = [[ht, inv.ht]];
  if (inv.vatExempt) rows.push(['TVA', 0]);
  else for (const v of inv.vat) rows.push([vatLabel(v), v.amount]);
  const deducts = inv.deposit || inv.retenue;
  rows.push([ttc, inv.ttc, !deducts]);
  if (inv.deposit) rows.push([`${deposit} le ${date(inv, inv.previousDeposit, 'slash')}`, -inv.deposit]);
  if (inv.retenue) rows.push([`${retenue} (${inv.retenuePct} %)`, -inv.retenue]);
  if (deducts) rows.push([net, inv.net, true]);
  return rows;
}

/** A cooperative's legal line: « SCOP … à capital variable », RCS with the SIREN when printed. */
export function scopLegalLine(inv, scopForm) {
  const s = inv.supplier;
  const base = legalLine(inv);
  return base.replace(/^.*? au capital de [^–]*€/, `${s.name} – ${scopForm} à capital variable`);
}

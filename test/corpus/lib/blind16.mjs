// Helpers added with the sixteenth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, the invoice number's label as other software prints it, a month's period, amounts in « EUR », the bank details
// as a RIB table, a VAT summary's rows, and the legal line of a body that is neither a company nor a sole trader of
// lib/parties.mjs. Existing layouts never import this file, so their bytes never depend on it.
import { addDays, fmtAmount, MONTHS } from './format.mjs';
import { relabelEngagement } from './blind8.mjs';
import { ribOf } from './blind13.mjs';
import { siret } from './invoice.mjs';

/** Engagement wordings of the parking, heating, leasing, auction and health software met in this part. */
export const ENGAGEMENT_WORDINGS_16 = ['N° EJ Chorus', 'Engagement juridique', 'Votre réf.', 'Réf. commande client', 'N° d’engagement', 'Bon de commande n°', 'EJ', 'Numéro d’engagement'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel16 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_16) : inv);

/** Labels of the invoice's own number in the software of this part. */
export const NUMBER_LABELS_16 = ['N° facture', 'Facture n°', 'Référence', 'Pièce n°', 'Numéro de document', 'N° de facture'];

/** The calendar month before `d`: { from, to, name } (« mars 2026 »). */
export function previousMonth(d) {
  const first = { y: d.m === 1 ? d.y - 1 : d.y, m: d.m === 1 ? 12 : d.m - 1, d: 1 };
  const to = addDays({ y: d.y, m: d.m, d: 1 }, -1);
  return { from: first, to, days: to.d, name: `${MONTHS[first.m - 1]} ${first.y}` };
}

/** « 1 234,56 EUR » in the invoice's grouping. */
export const eur = (inv, cents) => fmtAmount(inv.avoir && inv.negative ? -cents : cents, inv.amountStyle, 'eur');

/** The supplier's bank details as the rows of a RIB table: [[heading…], [value…]]. */
export function ribRows(inv) {
  const r = ribOf(inv.supplier.iban);
  return [['Banque', 'Guichet', 'N° de compte', 'Clé RIB'], [r.bank, r.branch, r.account, r.key]];
}

/** [rate, base, amount] rows of the taxed rates, highest rate last, as a VAT summary prints them. */
export const vatRows = (inv) => inv.vat.filter((v) => v.rate > 0).sort((a, b) => a.rate - b.rate).map((v) => [v.rate, v.base, v.amount]);

/** The legal line of an association (an occupational-health service, a club): RNA, SIRET when printed. */
export function associationLegalLine(inv, rna) {
  const s = inv.supplier;
  return [`${s.name} – association régie par la loi du 1er juillet 1901`, `RNA ${rna}`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `APE ${s.ape}`].filter(Boolean).join(' – ');
}

/** The legal line of a sole trader under the VAT franchise (an EI without capital). */
export function soleTraderLegalLine(inv, person) {
  const s = inv.supplier;
  return [`${s.name} – ${person}, entrepreneur individuel`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `APE ${s.ape}`, 'TVA non applicable, art. 293 B du CGI'].filter(Boolean).join(' – ');
}

/** A quantity in thousandths (kWh → MWh, litres → m³) as « 12,345 ». */
export const thousandths = (value) => {
  const units = String(Math.floor(value / 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${units},${String(value % 1000).padStart(3, '0')}`;
};

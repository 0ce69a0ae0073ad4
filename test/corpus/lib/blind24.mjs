// Helpers added with the twenty-fourth blind part (layouts/next/): the engagement under the wordings of the buildings,
// green-spaces and energy software of this part, the public buyers' technical departments, surfaces in hundredths of a
// square metre priced per m² with three decimals, an electricity delivery point's fourteen digits, a grant paid to the
// installer and deducted, and labels in capitals. Existing layouts never import this file, so their bytes never depend
// on it.
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { notInFuture } from './blind22.mjs';

/** Engagement wordings of the inspection, cleaning, solar, cemetery, mowing, audit, irrigation and CCTV software here. */
export const ENGAGEMENT_WORDINGS_24 = ['N° d’engagement', 'Réf. EJ', 'Engagement juridique n°', 'Bon de commande n°', 'N° de BC (EJ)', 'Votre commande n°', 'Numéro d’engagement', 'EJ n°'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel24 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_24) : inv);

/** The invoice kept from being dated after the day this part was written (2026-12-02): moved back a year if it is. */
export const notAfterToday = (inv) => notInFuture(inv);

/** « N° D’ENGAGEMENT »: a label as billing systems that print their labels in capitals show it. */
export const caps = (label) => label.toLocaleUpperCase('fr-FR');

/** Hundredths of a square metre as « 1 250,50 » (glazing, weeding, nets measured on plans). */
export const m2 = (centi) => frNumber(centi / 100, 2);

/** The cents of `centi` hundredths of a unit (m², km) at a price in thousandths of a euro. */
export const centiMillsTotal = (centi, mills) => Math.round((centi * mills) / 1000);

/** An electricity delivery point (PRM / PDL): fourteen digits, as Enedis numbers them. */
export const prm = (x) => `${x.pick(['3', '2', '1'])}${x.digits(13)}`;

/** A file number of seven digits beginning with the year's two digits (a grant, a report, a police request). */
export const yearFile = (x, y) => `${String(y % 100).padStart(2, '0')}${x.digits(5)}`;

/** A grant paid straight to the supplier, in whole euros, a share of the TTC: added to what is deducted from the TTC. */
export function deductGrant(inv, x, pct) {
  let amount = Math.round((inv.ttc * pct) / 10000) * 100;
  if (inv.deposit + amount + inv.retenue >= inv.ttc) amount = Math.max(100, Math.floor((inv.ttc - inv.deposit - inv.retenue - 100) / 100) * 100);
  inv.deposit += amount;
  inv.net = inv.ttc - inv.deposit - inv.retenue;
  return amount;
}

// Helpers added with the fourteenth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, more public buyers (communes, a school district, an intercommunal body), market numbers and service codes in
// the forms of other buyers' numbering, and a deposit invoiced with the order deducted with its own number. Existing
// layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { earlierNumber } from './blind12.mjs';
import { addDays } from './format.mjs';

/** Engagement wordings of the building, safety, sports and survey software met in this part. */
export const ENGAGEMENT_WORDINGS_14 = ['N° d’engagement', 'Engagement juridique n°', 'Votre commande n°', 'N° EJ', 'Bon de commande (EJ)', 'Réf. engagement', 'N° de BC', 'Numéro EJ'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel14 = (inv, x, share = 0.45) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_14) : inv);

const buyerRng = createRng(1414_2026);
/** Public buyers not in lib/parties.mjs: a commune, a school district, a metropole's pole, a CCAS. */
export const MORE_BUYERS = [
  { name: 'Commune de Saint-Chamond', lines: ['Hôtel de Ville', 'Place de l’Hôtel de Ville', '42400 Saint-Chamond'] },
  { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
  { name: 'Commune de Rive-de-Gier', lines: ['Services techniques', 'Place de la Liberté', '42800 Rive-de-Gier'] },
  { name: 'CCAS de Firminy', lines: ['Centre communal d’action sociale', '2 rue Jean Jaurès', '42700 Firminy'] },
  { name: 'Saint-Étienne Métropole', lines: ['Pôle patrimoine et bâtiments', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
  { name: 'Commune de Montbrison', lines: ['Direction des services techniques', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
];
for (const buyer of MORE_BUYERS) buyer.siret = makeSiret(buyerRng, '2');

/** Another public buyer on a share of the invoices that do not go to the Ville de Saint-Étienne. */
export function otherBuyer(inv, x, share = 0.5) {
  if (!inv.buyer.city && x.chance(share)) inv.buyer = x.pick(MORE_BUYERS);
  return inv;
}

/** Market numbers and service codes as other buyers number them, on a share of the invoices that print one. */
export function localReferences(inv, x) {
  const y = inv.date.y;
  if (inv.market && x.chance(0.5)) inv.market = x.pick([`${y - 1}/${x.digits(3)}`, `AC-${y - 1}-${x.digits(2)}`, `${y}.${x.digits(2)}.${x.digits(3)}`, `MPA${pad2(y % 100)}-${x.digits(3)}`]);
  if (inv.serviceCode && x.chance(0.4)) inv.serviceCode = x.pick(['BAT-02', 'DPB/ETU', 'ENF-SCO', 'SP-042', 'PATRIMOINE', 'DST_TRAVAUX']);
  return inv;
}
const pad2 = (n) => String(n).padStart(2, '0');

/**
 * A deposit invoiced with the order (a share of the TTC, in whole euros), deducted from the amount due with its own
 * number and date. Sets inv.deposit and inv.net; returns { number, date, amount }.
 */
export function orderDeposit(inv, x, pct, orderDate) {
  const amount = Math.round((inv.ttc * pct) / 10000) * 100;
  const at = addDays(orderDate, x.int(2, 12));
  inv.deposit = amount;
  inv.net = inv.ttc - inv.deposit - inv.retenue;
  return { number: earlierNumber(inv.number, x, inv.date.y, at.y), date: at, amount, pct };
}

/** « 12,40 m » */
export const metres = (centi) => `${(centi / 100).toFixed(2).replace('.', ',')} m`;

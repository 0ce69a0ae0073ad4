// Helpers added with the twenty-sixth blind part (layouts/next/): the engagement under the wordings of the utilities',
// networks' and public works' software of this part, the public buyers of energy, water, works and telecom services
// (a commune's buildings, the metropole's water and roads directions, water syndicates, a CCAS, a school district),
// energy prices with five decimals and the VAT rate of a small electricity subscription by date, meter and delivery
// point numbers, and a works statement's cumulative amounts. Existing layouts never import this file, so their bytes
// never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the energy, water, works, engineering and telecom billing systems met in this part. */
export const ENGAGEMENT_WORDINGS_26 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ Chorus Pro', 'Votre commande n°', 'Numéro d’engagement juridique'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel26 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_26) : inv);

const buyerRng = createRng(2626_2026);
/** Public buyers of energy, water, works and telecom services not in lib/parties.mjs (or under another direction). */
export const NETWORK_BUYERS = {
  energy: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction du patrimoine bâti – cellule énergie', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Firminy', lines: ['Services techniques – gestion des fluides', 'Place du Breuil', '42700 Firminy'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Résidence autonomie Les Aubépines', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Saint-Genest-Lerpt', lines: ['Mairie – services techniques', 'Place Lucien Rivat', '42530 Saint-Genest-Lerpt'] },
  ],
  water: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des bâtiments – fluides', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de l’eau et de l’assainissement', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Syndicat intercommunal des eaux du Haut-Forez', lines: ['Service exploitation', '3 rue du Collège', '42380 Saint-Bonnet-le-Château'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction des services techniques', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'SIVU d’assainissement de l’Ondaine', lines: ['Station d’épuration du Porchon', 'Rue de la Loire', '42700 Firminy'] },
  ],
  works: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la voirie et des réseaux', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de l’eau – travaux neufs', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Services techniques', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Commune de Montbrison', lines: ['Direction des services techniques', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Syndicat des eaux de la Semène', lines: ['Régie des eaux', 'Le Bourg', '43220 Dunières'] },
  ],
  telecom: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des systèmes d’information', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction du numérique', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Roanne', lines: ['Direction des systèmes d’information', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Département de la Loire', lines: ['Direction des collèges – réseaux', 'Hôtel du Département', '2 rue Charles de Gaulle', '42000 Saint-Étienne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Service informatique et téléphonie', 'Hôtel de Ville', '42400 Saint-Chamond'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(NETWORK_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind` on a share of the invoices. The Ville de Saint-Étienne keeps its own engagement numbering
 * (seven digits): an invoice drawn for it stays with it, under the direction of this trade.
 */
export function networkBuyer(inv, x, kind, share = 0.75) {
  if (inv.buyer.city) {
    const own = NETWORK_BUYERS[kind].find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(NETWORK_BUYERS[kind].filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A price in hundred-thousandths of a euro as « 0,14520 » (energy per kWh). */
export const price5 = (p) => frNumber(p / 100000, 5);
/** Cents of `qty` units at a price in hundred-thousandths of a euro. */
export const total5 = (qty, p) => Math.round((qty * p) / 1000);
/** A price in thousandths of a euro as « 1,845 » (water per m³, works per metre). */
export const price3 = (p) => frNumber(p / 1000, 3);
/** Cents of `qty` units at a price in thousandths of a euro (qty may hold decimals). */
export const total3 = (qty, p) => Math.round((qty * p) / 10);

/**
 * The VAT rate of a small electricity or gas subscription (≤ 36 kVA) and of the CTA: 5,5 % until 31 July 2025, then
 * 20 % (the finance law for 2025 ended the reduced rate).
 */
export const subscriptionRate = (d) => (d.y * 10000 + d.m * 100 + d.d < 20250801 ? 550 : 2000);

/** The excise duty on electricity (accise, ex-TICFE) per MWh in cents for a small consumer, by date. */
export function acciseElec(d) {
  const k = d.y * 100 + d.m;
  if (k < 202502) return 2100;
  if (k < 202508) return 3370;
  if (k < 202602) return 2998;
  return 3085;
}

/** A smart meter's serial number (twelve digits). */
export const meterSerial = (x) => `0${x.pick(['2', '3'])}${x.digits(10)}`;
/** A water meter's number as the utility engraves it: year, maker's letter, calibre letter and six digits. */
export const waterMeter = (x, y) => `${String(y - x.int(3, 14)).slice(2)}${x.pick(['A', 'I', 'S'])}${x.pick(['A', 'B', 'C'])}${x.digits(6)}`;
/** A number of seven digits that is not the engagement (an account, a contract, a job, a ticket). */
export const seven26 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** « 1 234 » m³ or kWh. */
export const whole = (n) => frNumber(n, 0);
/** Days from `a` to `b`, both included. */
export const daysIncl = (a, b) => Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000) + 1;

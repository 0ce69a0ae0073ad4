// Helpers added with the thirty-fourth blind part (layouts/next/): the engagement under the wordings of the IT,
// telecom, office-equipment, printing and communication software of this part, the public buyers of those services
// (a commune's IT department, its communication direction, a school fund's digital plan, a CCAS, the tourist office),
// serial numbers, phone numbers and quantities as they are printed. Existing layouts never import this file, so their
// bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the reseller, agency, installer, printer, consulting, operator and signage software here. */
export const ENGAGEMENT_WORDINGS_34 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Numéro d’engagement juridique'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel34 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_34) : inv);

const buyerRng = createRng(3434_2026);
/** Public buyers of IT, telecom, printing and communication services not in lib/parties.mjs. */
export const DIGITAL_BUYERS = {
  it: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des systèmes d’information', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction du numérique et des systèmes d’information', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Roanne', lines: ['Service informatique et télécommunications', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction des systèmes d’information', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Service informatique', 'Place du Breuil', '42700 Firminy'] },
    { name: 'CCAS de Roanne', lines: ['Centre communal d’action sociale', 'Service administratif et financier', '9 rue Marengo', '42300 Roanne'] },
  ],
  schools: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’éducation – plan numérique des écoles', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Service scolaire', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Commune de La Talaudière', lines: ['Service enfance – écoles', 'Place de la Mairie', '42350 La Talaudière'] },
  ],
  communication: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la communication', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de la communication et de l’attractivité', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Commune de Montbrison', lines: ['Service communication', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Service communication et vie locale', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Commune de Villars', lines: ['Mairie – communication', '1 place de la Libération', '42390 Villars'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(DIGITAL_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function digitalBuyer(inv, x, kind, share = 0.8) {
  const list = DIGITAL_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a contract, a quote, a customer account, a ticket). */
export const seven34 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits (a customer account, an operator's line contract). */
export const eight34 = (x) => `${x.int(1, 9)}${x.digits(7)}`;
/** A maker's serial number « S/N 2K4J8812345 ». */
export const serial34 = (x, prefix = x.pick(['SN', 'CN', '5CG', 'PF'])) => `${prefix}${x.digits(2)}${x.pick('ABCDEFGHJKLMNPRSTVWXYZ'.split(''))}${x.digits(7)}`;
/** A landline of the Loire « 04 77 49 12 34 ». */
export const landline34 = (x) => `04 ${x.pick(['77', '77', '78'])} ${Array.from({ length: 3 }, () => String(x.int(10, 99))).join(' ')}`;
/** Square metres in hundredths, « 12,48 ». */
export const m2x = (centi) => frNumber(centi / 100, 2);
/** Cents of `centi` hundredths of a square metre at `cents` a square metre. */
export const perM2 = (centi, cents) => Math.round((centi * cents) / 100);
/** Hours in hundredths (250 → « 2,50 »). */
export const hours34 = (hundredths) => frNumber(hundredths / 100, 2);
/** Cents of `hundredths` hundredths of an hour at `cents` an hour. */
export const perHour34 = (hundredths, cents) => Math.round((hundredths * cents) / 100);

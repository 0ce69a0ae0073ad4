// Helpers added with the thirty-second blind part (layouts/next/): the engagement under the wordings of the transport,
// mobility and vehicle software of this part, the public buyers of those services (a commune's vehicle fleet, its
// mobility or events direction, a CCAS, a school district, the municipal police), vehicle plates and identification
// numbers, kilometres and hours as they are printed. Existing layouts never import this file, so their bytes never
// depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the bike-share, car-sharing, coach, ticketing, workshop, road-safety and livery software. */
export const ENGAGEMENT_WORDINGS_32 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Commande (EJ) n°'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel32 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_32) : inv);

const buyerRng = createRng(3232_2026);
/** Public buyers of transport, mobility and vehicle services not in lib/parties.mjs. */
export const MOBILITY_BUYERS = {
  fleet: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la logistique – parc automobile municipal', 'Centre technique du Portail Rouge', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de la gestion des déchets – atelier poids lourds', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Roanne', lines: ['Garage municipal', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Commune de Firminy', lines: ['Centre technique municipal – parc véhicules', 'Place du Breuil', '42700 Firminy'] },
    { name: 'SIVOM de l’Ondaine', lines: ['Service collecte des ordures ménagères', 'Zone des Bruneaux', '42700 Firminy'] },
  ],
  mobility: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des mobilités et de l’espace public', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des mobilités – service vélo', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Chamond', lines: ['Pôle aménagement – mobilités douces', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Montbrison', lines: ['Direction des ressources – moyens généraux', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Loire Forez Agglomération', lines: ['Service mobilités', '17 boulevard de la Préfecture', '42600 Montbrison'] },
  ],
  events: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des événements et de l’animation', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Service événementiel', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des sports et grands événements', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
  ],
  social: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’éducation – prévention routière', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Saint-Chamond', lines: ['Service insertion et mobilité', '5 rue de la Charité', '42400 Saint-Chamond'] },
    { name: 'CCAS de Roanne', lines: ['Pôle solidarités – aides à la mobilité', '9 rue Marengo', '42300 Roanne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Villars', lines: ['Service jeunesse et prévention', '1 place de la Libération', '42390 Villars'] },
  ],
  police: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la police municipale', '8 rue de la Résistance', '42000 Saint-Étienne'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Police municipale', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Police municipale – services techniques', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Commune de La Talaudière', lines: ['Police municipale', 'Place de la Mairie', '42350 La Talaudière'] },
    { name: 'Saint-Étienne Métropole', lines: ['Service des moyens généraux – parc véhicules', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(MOBILITY_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function mobilityBuyer(inv, x, kind, share = 0.8) {
  const list = MOBILITY_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a contract, a member, a repair order, a card). */
export const seven32 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A French plate « EF-482-KL ». */
export function plate32(x) {
  const L = 'ABCDEFGHJKLMNPRSTVWXYZ'.split('');
  return `${x.pick(L)}${x.pick(L)}-${x.digits(3)}-${x.pick(L)}${x.pick(L)}`;
}
/** A vehicle identification number of 17 characters (maker's prefix, then digits). */
export const vin32 = (x, prefix = x.pick(['VF6', 'VF1', 'WDB', 'YV2', 'VF7', 'WMA'])) => `${prefix}${x.pick(['MF', 'RH', 'TG', 'FC'])}${x.digits(12)}`;
/** 48213 → « 48 213 km ». */
export const km32 = (n) => `${frNumber(n)} km`;
/** Hours in hundredths (250 → « 2,50 »). */
export const hours32 = (hundredths) => frNumber(hundredths / 100, 2);
/** Cents of `hundredths` hundredths of an hour at `cents` an hour. */
export const perHour = (hundredths, cents) => Math.round((hundredths * cents) / 100);

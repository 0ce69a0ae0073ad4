// Helpers added with the thirty-sixth blind part (layouts/next/): the engagement under the wordings of the housing,
// planning and property software of this part, the public buyers of those services (a commune's housing, planning or
// land direction, the metropole's urban renewal, a CCAS's housing, a public land agency), numbers of seven digits
// that are not the engagement, and cadastral references as a deed or a survey prints them. Existing layouts never
// import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the estate-agency, diagnostics, demolition, relocation, planning and land-search software. */
export const ENGAGEMENT_WORDINGS_36 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'N° engagement (Chorus Pro)'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel36 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_36) : inv);

const buyerRng = createRng(3636_2026);
/** Public buyers of housing, planning and land services not in lib/parties.mjs. */
export const HOUSING_BUYERS = {
  land: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’urbanisme – service foncier', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de l’aménagement – pôle foncier', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'EPORA', lines: ['Établissement public foncier de l’Ouest Rhône-Alpes', '2 avenue Grüner', '42000 Saint-Étienne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Service urbanisme et foncier', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Montbrison', lines: ['Service de l’urbanisme', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
  ],
  housing: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’habitat et du logement', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Service logement et hébergement', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'Commune de Firminy', lines: ['Service habitat – logements communaux', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Service de l’habitat', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'CCAS de Roanne', lines: ['Pôle logement', '9 rue Marengo', '42300 Roanne'] },
  ],
  renewal: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction du renouvellement urbain', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de l’habitat – renouvellement urbain (NPNRU)', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Roanne', lines: ['Direction de la politique de la ville', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Pôle aménagement – renouvellement urbain', 'Hôtel de Ville', '42400 Saint-Chamond'] },
  ],
  planning: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’urbanisme – planification', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de La Talaudière', lines: ['Service urbanisme', 'Place de la Mairie', '42350 La Talaudière'] },
    { name: 'Commune de Villars', lines: ['Urbanisme – aménagement', '1 place de la Libération', '42390 Villars'] },
    { name: 'Commune de Saint-Genest-Lerpt', lines: ['Mairie – service urbanisme', 'Place de la Mairie', '42530 Saint-Genest-Lerpt'] },
    { name: 'Communauté de communes des Monts du Pilat', lines: ['Pôle aménagement – PLUi', '2 rue des Trois Sapins', '42660 Saint-Genest-Malifaux'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(HOUSING_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function housingBuyer(inv, x, kind, share = 0.8) {
  const list = HOUSING_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a mandate, a file, a household, a customer account). */
export const seven36 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits (a request of a land-search service, a report). */
export const eight36 = (x) => `${x.int(1, 9)}${x.digits(7)}`;

const SECTIONS = ['AB', 'AC', 'AE', 'AH', 'AK', 'AL', 'AN', 'AR', 'BC', 'BD', 'BK', 'CE', 'DL', 'EX', 'HW', 'KN'];
/** A cadastral parcel « section AB n° 123 ». */
export const parcel = (x) => ({ section: x.pick(SECTIONS), number: String(x.int(12, 1480)) });
export const parcelText = (pc) => `section ${pc.section} n° ${pc.number}`;

/** Streets of the older districts of Saint-Étienne and its valley, where communal dwellings and derelict buildings stand. */
export const OLD_STREETS = ['rue de la Ville', 'rue Tarentaize', 'rue Beaubrun', 'rue du Crêt de Roch', 'rue Neyron', 'rue Polignais', 'rue Désirée', 'rue de la Mulatière', 'rue Marengo', 'rue Victor Hugo', 'rue Jean Jaurès', 'rue de la Chaux'];
export const oldAddress = (x) => `${x.int(2, 64)} ${x.pick(OLD_STREETS)}`;

// Helpers added with the thirty-first blind part (layouts/next/): the engagement under the wordings of the building
// trades' software of this part, the public buyers of building works and maintenance (a commune's buildings or
// education direction, the metropole's buildings, a CCAS's emergency housing, a school district, a tourist office), a
// number of seven digits that is not the engagement, and rooms of public buildings. Existing layouts never import this
// file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the painting, joinery, flooring, masonry, insulation, asbestos, ramp and maintenance software. */
export const ENGAGEMENT_WORDINGS_31 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Numéro d’engagement juridique'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel31 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_31) : inv);

const buyerRng = createRng(3131_2026);
/** Public buyers of building works and maintenance not in lib/parties.mjs. */
export const BUILDING_BUYERS = {
  schools: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’éducation – patrimoine scolaire', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Firminy', lines: ['Service bâtiments – écoles', 'Place du Breuil', '42700 Firminy'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Villars', lines: ['Services techniques – bâtiments scolaires', '1 place de la Libération', '42390 Villars'] },
    { name: 'Commune de La Ricamarie', lines: ['Direction des services techniques', 'Place de l’Hôtel de Ville', '42150 La Ricamarie'] },
  ],
  buildings: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction du patrimoine bâti', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des bâtiments et de l’énergie', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction des bâtiments communaux', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Roche-la-Molière', lines: ['Services techniques municipaux', 'Place de l’Hôtel de Ville', '42230 Roche-la-Molière'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
  ],
  housing: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction du patrimoine bâti – logements communaux', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Hébergement d’urgence – service patrimoine', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'CCAS de Roanne', lines: ['Centre communal d’action sociale', 'Résidence autonomie – services techniques', '9 rue Marengo', '42300 Roanne'] },
    { name: 'Commune du Chambon-Feugerolles', lines: ['Services techniques – logements de fonction', 'Place de l’Hôtel de Ville', '42500 Le Chambon-Feugerolles'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(BUILDING_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function buildingBuyer(inv, x, kind, share = 0.8) {
  const list = BUILDING_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (an account, a quote, a ticket, a site, a contract). */
export const seven31 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits (a maintenance ticket of a CMMS). */
export const eight31 = (x) => `${x.int(1, 9)}${x.digits(7)}`;

/** Buildings of a public owner with their rooms, as a works order names them. */
export const SCHOOLS = ['École élémentaire Jules Ferry', 'École maternelle du Soleil', 'Groupe scolaire Montreynaud', 'École primaire de la Cotonne', 'École maternelle Chavanelle', 'Groupe scolaire du Bourg'];
export const ROOMS = ['classe 1', 'classe 2', 'classe 3', 'salle de motricité', 'dortoir', 'couloir RDC', 'cage d’escalier', 'restaurant scolaire', 'BCD (bibliothèque)', 'sanitaires filles', 'sanitaires garçons', 'bureau de direction', 'salle des maîtres', 'préau'];
export const PUBLIC_BUILDINGS = ['Hôtel de Ville', 'Salle des fêtes', 'Gymnase municipal', 'Médiathèque', 'Centre technique municipal', 'Maison des associations', 'Crèche collective', 'Office de tourisme'];

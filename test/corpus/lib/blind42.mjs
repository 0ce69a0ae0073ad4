// Helpers added with the forty-second blind part (layouts/next/): the engagement under the wordings of the childhood,
// youth and school suppliers of this part, the public buyers of those services (a commune's education or youth
// direction, a caisse des écoles, a CCAS's crèches, a school district), and numbers of seven digits that are not the
// engagement. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the toy-library, youth-work, holiday-camp, childcare, tutoring, training, bookshop and playground software. */
export const ENGAGEMENT_WORDINGS_42 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Engagement n°'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel42 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_42) : inv);

const buyerRng = createRng(4242_2026);
/** Public buyers of childhood, youth and school services not in lib/parties.mjs. */
export const CHILDHOOD_BUYERS = {
  education: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’éducation – service des écoles', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Service enseignement', 'Place du Breuil', '42700 Firminy'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Roche-la-Molière', lines: ['Service des affaires scolaires', 'Place de l’Hôtel de Ville', '42230 Roche-la-Molière'] },
  ],
  youth: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la jeunesse et de la vie associative', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de La Ricamarie', lines: ['Service enfance-jeunesse', 'Place de l’Hôtel de Ville', '42150 La Ricamarie'] },
    { name: 'Commune de Villars', lines: ['Service jeunesse et prévention', '1 place de la Libération', '42390 Villars'] },
    { name: 'Commune d’Unieux', lines: ['Accueil de loisirs municipal', 'Place de la Mairie', '42240 Unieux'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des sports – école des sports', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
  ],
  early: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la petite enfance – multi-accueils', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Saint-Chamond', lines: ['Pôle petite enfance – crèche Les Lucioles', '5 rue de la Charité', '42400 Saint-Chamond'] },
    { name: 'CCAS de Roanne', lines: ['Service petite enfance', '9 rue Marengo', '42300 Roanne'] },
    { name: 'Commune de Saint-Priest-en-Jarez', lines: ['Relais petite enfance', '1 place de la Mairie', '42270 Saint-Priest-en-Jarez'] },
    { name: 'Communauté de communes des Monts du Pilat', lines: ['Service enfance – crèches intercommunales', 'Moulin de Virieu', '42410 Pélussin'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(CHILDHOOD_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function childhoodBuyer(inv, x, kind, share = 0.8) {
  const list = CHILDHOOD_BUYERS[kind];
  if (inv.buyer.city) {
    inv.buyer = { ...list.find((b) => b.name === 'Ville de Saint-Étienne'), city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a member, a customer account, a delivery note, a session). */
export const seven42 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits that is not the engagement (a CAF partner number, a training declaration). */
export const eight42 = (x) => `${x.int(1, 9)}${x.digits(7)}`;

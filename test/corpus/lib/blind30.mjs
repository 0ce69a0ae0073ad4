// Helpers added with the thirtieth blind part (layouts/next/): the engagement under the wordings of the environment,
// green-space, river and cleanliness software of this part, the public buyers of those services (parks and natural
// areas, urban cleanliness, the rivers' GEMAPI authorities, a communal health service, green-waste producers), tonnes
// weighed in kilograms, prices per unit with three decimals, and a date one year on (a planting's guarantee). Existing
// layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { addDays } from './format.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the weeding, mosquito, landscaping, composting, laboratory, river, cleaning and nature software. */
export const ENGAGEMENT_WORDINGS_30 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Numéro d’engagement'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel30 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_30) : inv);

const buyerRng = createRng(3030_2026);
/** Public buyers of environment, green-space, river and cleanliness services not in lib/parties.mjs. */
export const GREEN_BUYERS = {
  parks: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des parcs et jardins', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Firminy', lines: ['Service espaces verts et cadre de vie', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de La Talaudière', lines: ['Services techniques – espaces verts', 'Place de la Mairie', '42350 La Talaudière'] },
    { name: 'Commune de Saint-Genest-Lerpt', lines: ['Mairie – services techniques', 'Place Lucien Rivat', '42530 Saint-Genest-Lerpt'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des espaces publics et de la voirie', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
  ],
  cleanliness: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la propreté urbaine', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Roanne', lines: ['Service propreté et cadre de vie', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction du cadre de vie – propreté urbaine', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Services techniques – propreté', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Centre technique municipal', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
  ],
  rivers: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des espaces naturels – cours d’eau', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de l’eau – service GEMAPI et rivières', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Loire Forez Agglomération', lines: ['Service rivières – GEMAPI', '17 boulevard de la Préfecture', '42600 Montbrison'] },
    { name: 'Syndicat mixte des rivières du Haut-Forez', lines: ['Contrat territorial Lignon – Vizézy', 'Maison des rivières', '42380 Saint-Bonnet-le-Château'] },
    { name: 'Syndicat intercommunal du bassin de l’Ondaine', lines: ['Technicien rivière', 'Mairie', '42700 Firminy'] },
  ],
  nature: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des espaces naturels – Maison de la nature', 'Parc de l’Europe', '42000 Saint-Étienne'] },
    { name: 'Département de la Loire', lines: ['Service des espaces naturels sensibles', 'Hôtel du Département', '2 rue Charles de Gaulle', '42000 Saint-Étienne'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Parc naturel régional du Pilat', lines: ['Syndicat mixte du Parc', '2 rue Benaÿ', '42410 Pélussin'] },
  ],
  hygiene: [
    { name: 'Ville de Saint-Étienne', lines: ['Service communal d’hygiène et de santé', '7 rue Pierre Bérard', '42000 Saint-Étienne'] },
    { name: 'Commune de Roanne', lines: ['Service hygiène et santé environnementale', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service environnement', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Pôle cadre de vie – santé publique', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Commune de Montbrison', lines: ['Service santé – environnement', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
  ],
  waste: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des parcs et jardins – centre technique de Méons', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de la gestion des déchets', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Villars', lines: ['Services techniques', '1 place de la Libération', '42390 Villars'] },
    { name: 'Commune de Firminy', lines: ['Centre technique municipal – espaces verts', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Sorbiers', lines: ['Services techniques', 'Place de la Mairie', '42290 Sorbiers'] },
  ],
  labs: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des parcs et jardins – bureau d’études', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de l’environnement', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Roanne', lines: ['Service des sports – terrains', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Jardins partagés et familiaux', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation – jardins pédagogiques', 'Hôtel de Ville', '42400 Saint-Chamond'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(GREEN_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function greenBuyer(inv, x, kind, share = 0.8) {
  const list = GREEN_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A price in thousandths of a euro as « 0,085 » (per m², per emptying, per metre). */
export const mills = (p) => frNumber(p / 1000, 3);
/** Cents of `qty` units at a price in thousandths of a euro. */
export const millsCents = (qty, p) => Math.round((qty * p) / 10);
/** Kilograms as tonnes with three decimals « 2,340 ». */
export const tonnes3 = (kg) => frNumber(kg / 1000, 3);
/** Cents of `kg` kilograms at a price per tonne in cents. */
export const perTonne = (kg, cents) => Math.round((kg * cents) / 1000);
/** The same day one year on, less a day (the end of a planting's guarantee year). */
export const yearOn = (d) => addDays({ y: d.y + 1, m: d.m, d: d.d }, -1);
/** A number of seven digits that is not the engagement (an account, a ticket, a sample, a site). */
export const seven30 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A French car plate « EF-482-KL » (a municipal truck at the weighbridge). */
export const plate30 = (x) => {
  const L = 'ABCDEFGHJKLMNPRSTVWXYZ'.split('');
  return `${x.pick(L)}${x.pick(L)}-${x.digits(3)}-${x.pick(L)}${x.pick(L)}`;
};

// Helpers added with the thirty-fifth blind part (layouts/next/): the engagement under the wordings of the security,
// safety, cleaning and facility-services software of this part, the public buyers of those services (a commune's
// buildings, education, sports or social directions, the metropole's facilities, a CCAS's residences, a school
// district, the tourist office) and the numbers of seven digits or more those trades print beside the engagement.
// Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the access-control, remote-monitoring, workwear, lifeguard, kitchen, safety and hygiene software. */
export const ENGAGEMENT_WORDINGS_35 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Commande n°', 'Numéro d’engagement juridique'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel35 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_35) : inv);

const buyerRng = createRng(3535_2026);
/** Public buyers of security, safety, cleaning and facility services not in lib/parties.mjs. */
export const FACILITY_BUYERS = {
  buildings: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction du patrimoine bâti – sûreté des bâtiments', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des moyens généraux – sécurité des sites', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction des bâtiments communaux', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Roche-la-Molière', lines: ['Services techniques', 'Place de l’Hôtel de Ville', '42230 Roche-la-Molière'] },
    { name: 'Commune de Firminy', lines: ['Centre technique municipal – bâtiments', 'Place du Breuil', '42700 Firminy'] },
  ],
  schools: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’éducation – restauration scolaire', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Cuisine centrale', 'Rue de la Mare', '42400 Saint-Chamond'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Service restauration et entretien', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Collège Jules Vallès', lines: ['Gestion', '12 rue Jules Vallès', '42000 Saint-Étienne'] },
  ],
  sports: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des sports – piscines municipales', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des équipements aquatiques', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service des sports – plan d’eau', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Loire Forez Agglomération', lines: ['Centre aquatique – service sports', '17 boulevard de la Préfecture', '42600 Montbrison'] },
  ],
  social: [
    { name: 'CCAS de Saint-Étienne', lines: ['Centre communal d’action sociale', 'Résidences autonomie – moyens généraux', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'CCAS de Roanne', lines: ['Pôle seniors – résidences', '9 rue Marengo', '42300 Roanne'] },
    { name: 'CCAS de Firminy', lines: ['Centre communal d’action sociale', '2 rue Jean Jaurès', '42700 Firminy'] },
    { name: 'Commune de La Ricamarie', lines: ['Direction des services techniques', 'Place de l’Hôtel de Ville', '42150 La Ricamarie'] },
  ],
  staff: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la propreté urbaine – magasin central', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de la gestion des déchets – habillement', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Centre technique municipal', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Commune de Montbrison', lines: ['Direction des services techniques', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'SIVOM de l’Ondaine', lines: ['Service collecte et propreté', 'Zone des Bruneaux', '42700 Firminy'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(FACILITY_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function facilityBuyer(inv, x, kind, share = 0.8) {
  const list = FACILITY_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a customer account, a site, a contract, a wearer). */
export const seven35 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** Labels in French then English, as a bilingual template prints them. */
export const frEn = (fr, en, on) => (on ? `${fr} / ${en}` : fr);

// Helpers added with the thirty-eighth blind part (layouts/next/): the engagement under the wordings of the consulting,
// engineering, study and training software of this part, the public buyers of those services (a commune's buildings,
// human-resources, finance or mobility direction, the metropole, a CCAS, a school fund, the tourist office), numbers
// of seven or eight digits that are not the engagement, price revision coefficients and an exemption for vocational
// training. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the architects', engineers', pollsters', trainers' and consultants' invoicing software. */
export const ENGAGEMENT_WORDINGS_38 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Numéro d’engagement'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel38 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_38) : inv);

const buyerRng = createRng(3838_2026);
/** Public buyers of studies, engineering, consulting and training not in lib/parties.mjs. */
export const STUDY_BUYERS = {
  works: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction du patrimoine bâti – maîtrise d’ouvrage', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des bâtiments et des équipements', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Chamond', lines: ['Pôle aménagement – service bâtiments', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Roche-la-Molière', lines: ['Services techniques', 'Place de l’Hôtel de Ville', '42230 Roche-la-Molière'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Direction des services techniques', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'SIVOM de l’Ondaine', lines: ['Syndicat intercommunal à vocations multiples', 'Zone des Bruneaux', '42700 Firminy'] },
  ],
  hr: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des ressources humaines – service formation', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Ressources humaines – formation des agents', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Service des ressources humaines', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Direction des ressources humaines', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
  ],
  general: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction générale des services – mission évaluation', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des finances et de la prospective', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Loire Forez Agglomération', lines: ['Direction générale – finances', '17 boulevard de la Préfecture', '42600 Montbrison'] },
    { name: 'Commune de Montbrison', lines: ['Direction générale des services', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Commune de La Ricamarie', lines: ['Direction des finances', 'Place de l’Hôtel de Ville', '42150 La Ricamarie'] },
    { name: 'CCAS de Roanne', lines: ['Direction – analyse des besoins sociaux', '9 rue Marengo', '42300 Roanne'] },
  ],
  mobility: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des mobilités et de l’espace public', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des mobilités – pôle études', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service urbanisme et mobilités', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Loire Forez Agglomération', lines: ['Service mobilités', '17 boulevard de la Préfecture', '42600 Montbrison'] },
    { name: 'Commune de Villars', lines: ['Direction générale des services', '1 place de la Libération', '42390 Villars'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(STUDY_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function studyBuyer(inv, x, kind, share = 0.8) {
  const list = STUDY_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (an operation, a quote, a convention, a customer account). */
export const seven38 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits that is not the engagement. */
export const eight38 = (x) => `${x.int(1, 9)}${x.digits(7)}`;
/** A price revision coefficient with four decimals (« 1,0427 »), as ten-thousandths. */
export const coefficient = (x, min = 1005, max = 1080) => x.int(min * 10, max * 10);
export const coef4 = (tenThousandths) => frNumber(tenThousandths / 10000, 4);
/** A training organisation's activity declaration number (eleven digits, « 84 42 01234 42 »). */
export const nda = (x) => `84 42 ${x.digits(5)} 42`;
/** The exemption of vocational training, as a training organisation prints it. */
export const TRAINING_EXEMPTION = ['Exonération de TVA – article 261-4-4° a du CGI', 'TVA non applicable, art. 261-4-4° a du CGI (formation professionnelle continue)', 'Exonéré de TVA en application de l’article 261.4.4°a du CGI'];
/** Percentages with two decimals as a fee schedule prints them (1250 → « 12,50 % »). */
export const pct2 = (hundredths) => `${frNumber(hundredths / 100, 2)} %`;

// Helpers added with the twenty-eighth blind part (layouts/next/): the engagement under the wordings of the health,
// social, school, youth and sports-equipment software of this part, the public buyers of those goods and services (a
// CCAS's home-support pole, a school direction, a nursery service, a youth service, a sports direction, a programme of
// educational success), health professionals' register numbers (ADELI, RPPS), the seven digits of a reimbursement code
// (LPPR) and the weeks of a rental period. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { addDays } from './format.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the medical-rental, building, school-supply, leisure-park, therapy and lab software here. */
export const ENGAGEMENT_WORDINGS_28 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° de bon de commande', 'Commande n° (EJ)'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel28 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_28) : inv);

const buyerRng = createRng(2828_2026);
/** Public buyers of health, social, school, youth and sports goods and services not in lib/parties.mjs. */
export const CARE_BUYERS = {
  ccas: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’action sociale – pôle seniors', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Pôle autonomie – maintien à domicile', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'CCAS de Roanne', lines: ['Service d’aide et d’accompagnement à domicile', '9 rue Marengo', '42300 Roanne'] },
    { name: 'CCAS de Saint-Chamond', lines: ['Pôle seniors – résidence autonomie', '5 rue de la Charité', '42400 Saint-Chamond'] },
    { name: 'CIAS Loire Semène', lines: ['Centre intercommunal d’action sociale', '2 rue de la Mairie', '42240 Unieux'] },
  ],
  schools: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’éducation – service des écoles', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Roanne', lines: ['Direction de l’éducation et de l’enfance', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
  ],
  childhood: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la petite enfance', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Firminy', lines: ['Direction de la petite enfance', 'Multi-accueil Les Lutins', 'Place du Breuil', '42700 Firminy'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Pôle petite enfance', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Service enfance – jeunesse', 'Place de la Liberté', '42800 Rive-de-Gier'] },
  ],
  youth: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction jeunesse et vie des quartiers', 'Accueil de loisirs municipal', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Villars', lines: ['Service jeunesse – club ados', '1 place de la Libération', '42390 Villars'] },
    { name: 'Commune de Saint-Chamond', lines: ['Accueil de loisirs sans hébergement', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Espace jeunes municipal', 'Place du Breuil', '42700 Firminy'] },
  ],
  sports: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des sports – complexe sportif de l’Étivallière', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Roanne', lines: ['Direction des sports – halle des sports', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Centre aquatique Raymond Sommet – espace forme', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Montbrison', lines: ['Service des sports', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
  ],
  success: [
    { name: 'Ville de Saint-Étienne', lines: ['Programme de réussite éducative', 'Direction de l’éducation', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Programme de réussite éducative', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'CCAS de Roanne', lines: ['Dispositif de réussite éducative', '9 rue Marengo', '42300 Roanne'] },
    { name: 'Commune de Firminy', lines: ['Programme de réussite éducative', 'Place du Breuil', '42700 Firminy'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(CARE_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the service of this trade; the others get one of the other bodies on a share.
 */
export function careBuyer(inv, x, kind, share = 0.8) {
  const list = CARE_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A reimbursement code of the LPPR list: seven digits (« 1243540 »), printed beside medical equipment. */
export const lppr = (x) => `${x.pick(['1', '1', '2'])}${x.digits(6)}`;

/** An RPPS number: eleven digits beginning with 10. */
export const rpps = (x) => `10${x.digits(9)}`;

/** An ADELI number: nine digits, the department's two first, as « 42 95 1234 5 ». */
export const adeli = (x, profession = '91') => `42 ${profession} ${x.digits(4)} ${x.digits(1)}`;

/** `weeks` rental weeks ending on `to` (inclusive): { from, to }. */
export const weeksEnding = (to, weeks) => ({ from: addDays(to, -7 * weeks + 1), to });

/** « 03/03, 10/03 et 17/03 »: session days as a therapist lists them. */
export function dayList(days) {
  const parts = days.map((d) => `${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}` : parts[0];
}

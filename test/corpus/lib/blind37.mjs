// Helpers added with the thirty-seventh blind part (layouts/next/): the engagement under the wordings of the sport,
// leisure and swimming-pool software of this part, the public buyers of those services (a commune's sports direction,
// its aquatic centres, the metropole's sports facilities, a tourist office, a CCAS, a SIVOS), numbers of seven and
// eight digits that are not the engagement, and a VAT summary by rate. Existing layouts never import this file, so
// their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the rink, ticketing, lighting, pitch, pool-maintenance, training and equipment software. */
export const ENGAGEMENT_WORDINGS_37 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Numéro d’engagement'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel37 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_37) : inv);

const buyerRng = createRng(3737_2026);
/** Public buyers of sport, leisure and swimming-pool services not in lib/parties.mjs. */
export const SPORT_BUYERS = {
  sports: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des sports', 'Service des équipements sportifs', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des sports et grands équipements', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction des sports', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Service des sports', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Service des sports – complexe sportif', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Commune de Roche-la-Molière', lines: ['Services techniques – équipements sportifs', 'Place de l’Hôtel de Ville', '42230 Roche-la-Molière'] },
  ],
  pools: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des sports – piscines municipales', 'Centre nautique Yves Nayme', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des équipements aquatiques', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Loire Forez Agglomération', lines: ['Centre aquatique L’Aqualude', '17 boulevard de la Préfecture', '42600 Montbrison'] },
    { name: 'Roannais Agglomération', lines: ['Centre nautique Nauticum', '63 rue Jean Jaurès', '42300 Roanne'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Piscine municipale', 'Place de la Liberté', '42800 Rive-de-Gier'] },
  ],
  leisure: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des événements et de l’animation', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Commune de Montbrison', lines: ['Service animation – vie locale', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Commune de Feurs', lines: ['Service festivités', 'Hôtel de Ville', '42110 Feurs'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service culture et animations', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
  ],
  staff: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des ressources humaines – formation', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des ressources humaines – plan de formation', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Roanne', lines: ['Direction des sports – piscine Nauticum', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'CCAS de Saint-Chamond', lines: ['Service jeunesse – chantiers éducatifs', '5 rue de la Charité', '42400 Saint-Chamond'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(SPORT_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function sportBuyer(inv, x, kind, share = 0.8) {
  const list = SPORT_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a contract, a quote, a customer account, a ticket). */
export const seven37 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits that is not the engagement (a customer account, a meter, a delivery note). */
export const eight37 = (x) => `${x.int(1, 9)}${x.digits(7)}`;

/** [rate, base, amount] of each rate the invoice carries, in print order. */
export const vatRows37 = (inv) => inv.vat.map((v) => [v.rate, v.base, v.amount]);

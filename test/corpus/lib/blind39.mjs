// Helpers added with the thirty-ninth blind part (layouts/next/): the engagement under the wordings of the food supply
// and catering software of this part, the public buyers of food (a commune's school catering and central kitchen, its
// crèches, its protocol service, a CCAS's residences, a school fund, a SIVOS), weights in kilograms with three
// decimals, prices per kilogram, and numbers of seven or eight digits that are not the engagement. Existing layouts
// never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the food-platform, dairy, wholesale, caterer, rental and school-scheme software. */
export const ENGAGEMENT_WORDINGS_39 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'N° de bon de commande'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel39 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_39) : inv);

const buyerRng = createRng(3939_2026);
/** Public buyers of food and catering not in lib/parties.mjs. */
export const FOOD_BUYERS = {
  kitchen: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’éducation – cuisine centrale municipale', 'Rue Jean Snella', 'Hôtel de Ville – CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Restauration scolaire – cuisine centrale', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Service restauration municipale', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Roanne', lines: ['Cuisine centrale – direction de l’éducation', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Cantine intercommunale', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Restaurants scolaires', 'Hôtel de Ville', '42400 Saint-Chamond'] },
  ],
  creche: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la petite enfance', 'Multi-accueil Les Chatons', 'Hôtel de Ville – CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Pôle petite enfance – crèche familiale', '11 rue Balay', '42000 Saint-Étienne'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Crèche municipale Les Petits Mineurs', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Multi-accueil Câlins Câlines', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Commune de Montbrison', lines: ['Maison de la petite enfance', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
  ],
  reception: [
    { name: 'Ville de Saint-Étienne', lines: ['Service du protocole et des relations publiques', 'Hôtel de Ville', 'Place de l’Hôtel de Ville – CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Cabinet du Président – protocole', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Commune de La Talaudière', lines: ['Cabinet du Maire – fêtes et cérémonies', 'Place de la Mairie', '42350 La Talaudière'] },
    { name: 'Commune de Villars', lines: ['Service festivités', '1 place de la Libération', '42390 Villars'] },
  ],
  social: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’éducation – restaurants scolaires', 'Hôtel de Ville – CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Roanne', lines: ['Résidence autonomie Les Tilleuls – restauration', '9 rue Marengo', '42300 Roanne'] },
    { name: 'CCAS de Saint-Chamond', lines: ['Restaurant seniors', '5 rue de la Charité', '42400 Saint-Chamond'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Restaurant scolaire du Bourg', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Commune de Sorbiers', lines: ['Service scolaire et périscolaire', 'Place de la Mairie', '42290 Sorbiers'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(FOOD_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the service of this trade; the others get one of the other bodies on a share.
 */
export function foodBuyer(inv, x, kind, share = 0.8) {
  const list = FOOD_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a customer code, a delivery note, a quote, an approval). */
export const seven39 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits (a customer account in the general ledger). */
export const eight39 = (x) => `${x.int(1, 9)}${x.digits(7)}`;
/** Grams as kilograms with three decimals « 12,350 ». */
export const kg3 = (g) => frNumber(g / 1000, 3);
/** Cents of `g` grams at a price per kilogram in cents. */
export const perKg = (g, cents) => Math.round((g * cents) / 1000);
/** A lot number as food labels print it (« L25-0412 »). */
export const lot39 = (x, y) => `L${String(y % 100).padStart(2, '0')}-${x.digits(4)}`;

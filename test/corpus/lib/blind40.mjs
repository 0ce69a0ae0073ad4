// Helpers added with the fortieth blind part (layouts/next/): the engagement under the wordings of the civil-status,
// election, ceremony, protocol and cemetery suppliers of this part, the public buyers of those services (a commune's
// civil status and elections, its protocol and ceremonies, its cemeteries, the metropole's protocol, a CCAS, the
// tourist office), numbers of seven and eight digits that are not the engagement, prices per thousand and a VAT
// summary by rate. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the marble masons, printers, flag makers, florists, medal makers and software publishers here. */
export const ENGAGEMENT_WORDINGS_40 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Commande n° (EJ)'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel40 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_40) : inv);

const buyerRng = createRng(4040_2026);
/** Public buyers of civil-status, election, ceremony and cemetery services not in lib/parties.mjs. */
export const CIVIC_BUYERS = {
  protocol: [
    { name: 'Ville de Saint-Étienne', lines: ['Cabinet du Maire – service du protocole', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Cabinet du Président – protocole et relations internationales', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Chamond', lines: ['Service des relations publiques et du protocole', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Cabinet du Maire – fêtes et cérémonies', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Roanne', lines: ['Service protocole et jumelages', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
  ],
  civil: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la population – état civil et élections', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Montbrison', lines: ['Service population – élections', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Service état civil – élections', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Service affaires générales', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Commune de Villars', lines: ['Mairie – accueil et état civil', '1 place de la Libération', '42390 Villars'] },
  ],
  cemetery: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la population – service des cimetières', 'Cimetière du Crêt de Roc', 'Hôtel de Ville, CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Roche-la-Molière', lines: ['Services techniques – cimetières', 'Place de l’Hôtel de Ville', '42230 Roche-la-Molière'] },
    { name: 'Commune de Feurs', lines: ['Service état civil – cimetière', 'Hôtel de Ville', '42110 Feurs'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service funéraire', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'CCAS de Saint-Chamond', lines: ['Centre communal d’action sociale', '5 rue de la Charité', '42400 Saint-Chamond'] },
  ],
  memorial: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des affaires culturelles – mémoire et patrimoine', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de La Talaudière', lines: ['Service fêtes et cérémonies', 'Place de la Mairie', '42350 La Talaudière'] },
    { name: 'Commune de Saint-Genest-Lerpt', lines: ['Mairie – services techniques', 'Place de la Mairie', '42530 Saint-Genest-Lerpt'] },
    { name: 'Commune de Firminy', lines: ['Services techniques – patrimoine bâti', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Sorbiers', lines: ['Mairie', '1 place de la Mairie', '42290 Sorbiers'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(CIVIC_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function civicBuyer(inv, x, kind, share = 0.8) {
  const list = CIVIC_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a quote, a delivery note, a subscription, a file). */
export const seven40 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits that is not the engagement (a customer account). */
export const eight40 = (x) => `${x.int(1, 9)}${x.digits(7)}`;
/** The cents of `count` pieces at `cents` per thousand. */
export const perThousand = (count, cents) => Math.round((count * cents) / 1000);

/** [rate, base, amount] of each taxed rate, and the cents outside VAT (rate 0 lines of a taxed invoice). */
export function vatRows(inv) {
  const taxed = inv.vat.filter((v) => v.rate > 0).map((v) => [v.rate, v.base, v.amount]);
  const outside = inv.vatExempt ? 0 : inv.vat.filter((v) => v.rate === 0).reduce((s, v) => s + v.base, 0);
  return { taxed, outside };
}

/** Surnames for names engraved on a war memorial (as the registers of the « Morts pour la France » print them). */
export const SURNAMES = ['BERTHET', 'CHAMBON', 'DESCOURS', 'FAYOLLE', 'GIRAUDON', 'JOURJON', 'MASSARDIER', 'PALLE', 'ROCHETTE', 'TARDY', 'VALLA', 'BONNEFOY', 'COUTURIER', 'DUMAS', 'FOREST', 'GUYOT', 'LAFAY', 'MOULIN', 'PEYRON', 'SOUVIGNET'];
export const FIRST_NAMES = ['Jean', 'Pierre', 'Antoine', 'Claudius', 'Benoît', 'Joseph', 'Marius', 'Louis', 'Étienne', 'Jean-Marie', 'Francisque', 'Régis'];

// Helpers added with the twenty-fifth blind part (layouts/next/): the engagement under the wordings of the culture,
// tourism, sport and communication software of this part, the public buyers of those services (a tourist office, a
// museum, a commune's culture or sports direction, the metropole's communication), a retention of guarantee deducted
// from the amount due, lines outside the scope of VAT (disbursements) beside taxed ones, and labels printed in two
// languages. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { deductPaid } from './blind18.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the advertising, museum, event, guiding, trail, leisure, show and promotional software here. */
export const ENGAGEMENT_WORDINGS_25 = ['N° d’engagement', 'Engagement juridique n°', 'Réf. EJ', 'Bon de commande n°', 'N° EJ', 'Votre n° de commande', 'Numéro d’engagement Chorus Pro', 'Purchase order / Bon de commande'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel25 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_25) : inv);

const buyerRng = createRng(2525_2026);
/** Public buyers of culture, tourism, sport and communication services not in lib/parties.mjs. */
export const CULTURE_BUYERS = {
  tourism: [
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Office de tourisme Loire Forez', lines: ['Pôle accueil et promotion', '19 rue Martin Bernard', '42600 Montbrison'] },
    { name: 'Commune de Montbrison', lines: ['Service patrimoine et tourisme', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Communauté de communes des Monts du Pilat', lines: ['Service tourisme et randonnée', '2 rue des Trois Sapins', '42660 Saint-Genest-Malifaux'] },
  ],
  museum: [
    { name: 'Saint-Étienne Métropole', lines: ['Musée d’Art Moderne et Contemporain', 'Rue Fernand Léger', '42270 Saint-Priest-en-Jarez'] },
    { name: 'Ville de Saint-Étienne', lines: ['Musée d’Art et d’Industrie', '2 place Louis Comte', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Musée de la Mine – Puits Couriot', '3 boulevard Maréchal Franchet d’Esperey', '42000 Saint-Étienne'] },
  ],
  culture: [
    { name: 'Commune de Roanne', lines: ['Direction de la culture et des événements', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Commune de Firminy', lines: ['Service culture – festivités', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction de l’animation et de la culture', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de la communication', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
  ],
  sport: [
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service des sports et de la vie associative', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Commune de Roanne', lines: ['Direction des sports', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des sports et grands événements', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Villars', lines: ['Service jeunesse et sports', '1 place de la Libération', '42390 Villars'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(CULTURE_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind` on a share of the invoices. The Ville de Saint-Étienne keeps its own engagement
 * numbering (seven digits): an invoice drawn for it stays with it, under the service of this trade when `kind` has one.
 */
export function cultureBuyer(inv, x, kind, share = 0.7) {
  if (inv.buyer.city) {
    const own = CULTURE_BUYERS[kind].find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(CULTURE_BUYERS[kind].filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A retention of guarantee of `pct` % of the TTC deducted from the amount due. */
export function retain(inv, pct) {
  inv.retenuePct = pct;
  inv.retenue = Math.round((inv.ttc * pct) / 100);
  inv.net = inv.ttc - inv.deposit - inv.retenue;
  return inv;
}

/** « Facture / Invoice »: a label in French then English, as a bilingual template prints it. */
export const both = (fr, en, sep = ' / ') => `${fr}${sep}${en}`;

/** A number of seven digits that is not the engagement (a campaign, a booking, a customer account). */
export const seven = (x) => `${x.int(1, 9)}${x.digits(6)}`;

/** The cents of the rate-0 lines (disbursements outside VAT, an exempt share) and of the taxed ones. */
export function splitOutside(inv) {
  const outside = inv.lines.filter((l) => l.rate === 0).reduce((s, l) => s + l.total, 0);
  return { outside, taxed: inv.ht - outside };
}

/**
 * A deposit (or an advance) of `pct` % of the TTC invoiced on `at` and deducted with its own number: that number is the
 * same numbering's, its year the deposit's own when the deposit was invoiced the year before.
 */
export function deductDeposit(inv, x, pct, at) {
  const paid = deductPaid(inv, x, pct, at);
  if (at.y !== inv.date.y) paid.number = paid.number.replace(String(inv.date.y), String(at.y)).replace(new RegExp(`^(\\D*)${String(inv.date.y % 100).padStart(2, '0')}(?=\\d{2}-)`), `$1${String(at.y % 100).padStart(2, '0')}`);
  return paid;
}

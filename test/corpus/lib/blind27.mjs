// Helpers added with the twenty-seventh blind part (layouts/next/): the engagement under the wordings of the food,
// hospitality, farming and animal software of this part, the public buyers of those goods and services (a central
// kitchen, the protocol and international relations services, the municipal greenhouses, a city farm, the mounted
// police, a commune's ponds), quantities weighed in grams printed as kilograms or tonnes with three decimals, and the
// legal line of a farm. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';
import { siret } from './invoice.mjs';

/** Engagement wordings of the vending, hotel, farm, fish-farm, wine, seed, butcher and farrier software here. */
export const ENGAGEMENT_WORDINGS_27 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° de bon de commande', 'EJ Chorus n°'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel27 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_27) : inv);

const buyerRng = createRng(2727_2026);
/** Public buyers of food, hospitality, farming and animal services not in lib/parties.mjs. */
export const MUNICIPAL_BUYERS = {
  offices: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des moyens généraux', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Services généraux – logistique', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de la logistique', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'CCAS de Roanne', lines: ['Centre communal d’action sociale', '9 rue Marengo', '42300 Roanne'] },
  ],
  protocol: [
    { name: 'Ville de Saint-Étienne', lines: ['Cabinet du Maire – service du protocole', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des relations internationales', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Roanne', lines: ['Service protocole et jumelages', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Commune de Montbrison', lines: ['Cabinet du Maire – relations publiques', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Département de la Loire', lines: ['Service du protocole', 'Hôtel du Département', '2 rue Charles de Gaulle', '42000 Saint-Étienne'] },
  ],
  animals: [
    { name: 'Ville de Saint-Étienne', lines: ['Police municipale – brigade équestre', '12 rue de la Convention', '42000 Saint-Étienne'] },
    { name: 'Commune de Firminy', lines: ['Ferme pédagogique municipale', 'Chemin de la Bargette', '42700 Firminy'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Centre équestre municipal', 'Route de Bonson', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Commune de Roanne', lines: ['Police municipale – unité montée', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
  ],
  ponds: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des espaces naturels', 'Plan d’eau de Méons', '42000 Saint-Étienne'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service environnement', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Commune de Villars', lines: ['Services techniques – étang municipal', '1 place de la Libération', '42390 Villars'] },
    { name: 'Communauté de communes des Monts du Pilat', lines: ['Service environnement et milieux aquatiques', '2 rue des Trois Sapins', '42660 Saint-Genest-Malifaux'] },
  ],
  greenhouses: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des parcs et jardins', 'Serres municipales du Jardin des Plantes', '42000 Saint-Étienne'] },
    { name: 'Commune de Roanne', lines: ['Service des espaces verts – serres municipales', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Centre horticole municipal', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Service espaces verts et fleurissement', 'Place du Breuil', '42700 Firminy'] },
  ],
  kitchen: [
    { name: 'Ville de Saint-Étienne', lines: ['Cuisine centrale municipale', 'Rue de la Talaudière', '42000 Saint-Étienne'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Cuisine centrale', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Restaurant scolaire intercommunal', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Résidence autonomie – restauration', '11 rue Balay', '42000 Saint-Étienne'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(MUNICIPAL_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the service of this trade; the others get one of the other bodies on a share.
 */
export function municipalBuyer(inv, x, kind, share = 0.8) {
  const list = MUNICIPAL_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** Grams as kilograms with three decimals, « 12,345 » (meat, fish weighed at delivery). */
export const kg3 = (grams) => `${String(Math.floor(grams / 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(grams % 1000).padStart(3, '0')}`;

/** The cents of `grams` at a price of `cents` per kilogram (or of kilograms at a price per tonne). */
export const perKilo = (grams, cents) => Math.round((grams * cents) / 1000);

/** A farm's legal line: « GAEC du … – SIRET … – MSA … » with its VAT number when it charges VAT. */
export function farmLegalLine(inv, { msa, vat = true } = {}) {
  const s = inv.supplier;
  return [`${s.name} – ${s.form}${s.capital ? ` au capital de ${s.capital.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} €` : ''}`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, inv.print.supplierSiren ? `RCS ${s.rcsCity} ${s.siren.replace(/(\d{3})(?=\d)/g, '$1 ')}` : null, msa ? `MSA n° ${msa}` : null, vat ? `TVA intracom. ${s.vat}` : null].filter(Boolean).join(' – ');
}

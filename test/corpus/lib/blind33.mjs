// Helpers added with the thirty-third blind part (layouts/next/): the engagement under the wordings of the heritage,
// library, museum, tourism and events software of this part, the public buyers of those services (a commune's
// heritage and culture directions, a library network, museums, tourist offices, an events service), numbers of seven
// digits or more that are not the engagement (EAN-13 codes, logger serial numbers, site files) and quantities as they
// are printed. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the survey, archaeology, library, museum, tourism and events software of this part. */
export const ENGAGEMENT_WORDINGS_33 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Numéro d’engagement'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel33 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_33) : inv);

const buyerRng = createRng(3333_2026);
/** Public buyers of heritage, library, museum, tourism and events services not in lib/parties.mjs. */
export const HERITAGE_BUYERS = {
  heritage: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction du patrimoine et de l’architecture', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Montbrison', lines: ['Service patrimoine – Ville d’art et d’histoire', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Commune de Saint-Bonnet-le-Château', lines: ['Mairie – service urbanisme et patrimoine', 'Place du Commandant Marey', '42380 Saint-Bonnet-le-Château'] },
    { name: 'Loire Forez Agglomération', lines: ['Service Pays d’art et d’histoire', '17 boulevard de la Préfecture', '42600 Montbrison'] },
    { name: 'Commune de Charlieu', lines: ['Services techniques', 'Place Saint-Philibert', '42190 Charlieu'] },
  ],
  library: [
    { name: 'Ville de Saint-Étienne', lines: ['Réseau des médiathèques municipales', 'Médiathèque de Tarentaize', '20-24 rue Jo Gouttebarge', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de la lecture publique', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Firminy', lines: ['Médiathèque municipale', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Saint-Chamond', lines: ['Médiathèque Louise Labé', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de La Ricamarie', lines: ['Bibliothèque municipale', 'Place de l’Hôtel de Ville', '42150 La Ricamarie'] },
  ],
  museum: [
    { name: 'Ville de Saint-Étienne', lines: ['Musée d’Art et d’Industrie', '2 place Louis Comte', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Musée de la Mine – Puits Couriot', '3 boulevard Maréchal Franchet d’Esperey', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Musée d’Art Moderne et Contemporain', 'Rue Fernand Léger', '42270 Saint-Priest-en-Jarez'] },
    { name: 'Commune de Roanne', lines: ['Musée Joseph Déchelette', '22 rue Anatole France', '42300 Roanne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Maison du passementier – écomusée', 'Hôtel de Ville', '42400 Saint-Chamond'] },
  ],
  tourism: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’attractivité et du tourisme', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Office de tourisme Loire Forez', lines: ['Pôle accueil et promotion', '19 rue Martin Bernard', '42600 Montbrison'] },
    { name: 'Office de tourisme du Pilat', lines: ['Maison du tourisme', '2 rue Benaÿ', '42410 Pélussin'] },
    { name: 'Roannais Agglomération', lines: ['Service tourisme et grands équipements', '63 rue Jean Jaurès', '42300 Roanne'] },
  ],
  events: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des événements et de l’animation', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Service événementiel', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Service culture et festivités', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Commune de Feurs', lines: ['Service animation – festival', 'Hôtel de Ville', '42110 Feurs'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des sports et grands événements', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(HERITAGE_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function heritageBuyer(inv, x, kind, share = 0.8) {
  const list = HERITAGE_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a file, a customer account, a quote, a site). */
export const seven33 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits (a logger's serial number, a customer account). */
export const eight33 = (x) => `${x.int(1, 9)}${x.digits(7)}`;

/** A valid EAN-13 (books 978/979, other goods 3xx). */
export function ean13(x, prefix = x.pick(['978', '979', '370', '376'])) {
  const body = `${prefix}${x.digits(12 - prefix.length)}`;
  const sum = body.split('').reduce((s, d, k) => s + Number(d) * (k % 2 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** A price in thousandths of a euro, as « 0,845 »; its cents for a quantity. */
export const price3 = (mills) => frNumber(mills / 1000, 3);
export const cents3 = (qty, mills) => Math.round((qty * mills) / 10);
/** Square metres from hundredths (« 1 240,50 m² »). */
export const m2 = (centi) => `${frNumber(centi / 100, 2)} m²`;
/** Days of staff with one decimal (« 3,5 »). */
export const days1 = (tenths) => frNumber(tenths / 10, 1);

// Helpers added with the forty-first blind part (layouts/next/): the engagement under the wordings of the rural,
// forestry and water-works software of this part, the public buyers of those works (a commune's technical services or
// its wood-fired heating plant, a rural commune, a SIVU, a community of communes, the metropole's water and rivers
// direction), numbers of seven and eight digits that are not the engagement, tonnes, metres and hours as they are
// printed. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { addDays } from './format.mjs';
import { createRng } from './random.mjs';
import { extraRng, makeInvoice } from './invoice.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { localReferences } from './blind14.mjs';
import { notInFuture } from './blind22.mjs';
import { renameSupplier } from './variants.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the farm, forestry, nursery, earthworks and wood-energy software met in this part. */
export const ENGAGEMENT_WORDINGS_41 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Numéro d’engagement'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel41 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_41) : inv);

const buyerRng = createRng(4141_2026);
/** Public buyers of rural, forestry and water works not in lib/parties.mjs. */
export const RURAL_BUYERS = {
  roads: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la voirie et des espaces publics', 'Subdivision Nord – chemins ruraux', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Marlhes', lines: ['Mairie – services techniques', 'Place de l’Église', '42660 Marlhes'] },
    { name: 'Commune de Saint-Genest-Malifaux', lines: ['Mairie', '2 place de la Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Rozier-Côtes-d’Aurec', lines: ['Mairie', 'Le Bourg', '42380 Rozier-Côtes-d’Aurec'] },
    { name: 'Communauté de communes des Monts du Pilat', lines: ['Service voirie', '2 rue des Trois Sapins', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Saint-Bonnet-le-Château', lines: ['Mairie – services techniques', 'Place du Commandant Marey', '42380 Saint-Bonnet-le-Château'] },
  ],
  green: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des parcs et jardins', 'Service biodiversité et milieux naturels', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction de l’agriculture et de la forêt', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service espaces verts et naturels', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
    { name: 'Commune de Montbrison', lines: ['Direction des services techniques', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Loire Forez Agglomération', lines: ['Service agriculture – forêt', '17 boulevard de la Préfecture', '42600 Montbrison'] },
    { name: 'Commune de Jonzieux', lines: ['Mairie', 'Place de la Mairie', '42660 Jonzieux'] },
  ],
  water: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des sports – terrains et pelouses', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction du cycle de l’eau – rivières', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune d’Andrézieux-Bouthéon', lines: ['Service des sports – stades', 'Rue Charles de Gaulle', '42160 Andrézieux-Bouthéon'] },
    { name: 'Commune de Feurs', lines: ['Services techniques municipaux', 'Place Antoine Drivet', '42110 Feurs'] },
    { name: 'SIVU des étangs du Forez', lines: ['Syndicat intercommunal à vocation unique', 'Mairie', '42110 Civens'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction des sports et de la vie associative', 'Hôtel de Ville', '42400 Saint-Chamond'] },
  ],
  heat: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de l’énergie – chaufferies bois', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Saint-Bonnet-le-Château', lines: ['Réseau de chaleur communal', 'Place du Commandant Marey', '42380 Saint-Bonnet-le-Château'] },
    { name: 'Commune de Planfoy', lines: ['Chaufferie bois – groupe scolaire', 'Le Bourg', '42660 Planfoy'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'CCAS de Saint-Chamond', lines: ['EHPAD Les Tilleuls – chaufferie', '5 rue de la Charité', '42400 Saint-Chamond'] },
    { name: 'Commune de Noirétable', lines: ['Réseau de chaleur bois', 'Place de l’Église', '42440 Noirétable'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(RURAL_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function ruralBuyer(inv, x, kind, share = 0.85) {
  const list = RURAL_BUYERS[kind];
  if (inv.buyer.city) {
    inv.buyer = { ...list.find((b) => b.name === 'Ville de Saint-Étienne'), city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/**
 * An invoice of this part: makeInvoice, then the supplier renamed from `names`, the buyer of `kind`, the local
 * references, one of this part's engagement wordings on a share, never dated after 2026-12-02. Returns { inv, x }.
 */
export function start41(name, i, spec, { names, form, micro, job, assoc, ape, kind, tag = 'rural', due = 30 }) {
  const inv = makeInvoice(name, i, spec);
  const x = extraRng(inv, tag);
  if (inv.kind === 'company') renameSupplier(inv, x.pick(names), typeof form === 'string' ? form : x.pick(form));
  if (inv.kind === 'micro' && micro) {
    const person = x.pick(micro);
    renameSupplier(inv, person, 'EI');
    Object.assign(inv.supplier, { person, tagline: job ?? inv.supplier.tagline });
  }
  if (inv.kind === 'association' && assoc) renameSupplier(inv, x.pick(assoc), 'Association loi 1901');
  if (ape) inv.supplier.ape = ape;
  ruralBuyer(inv, x, kind);
  localReferences(inv, x);
  maybeRelabel41(inv, x);
  notInFuture(inv);
  inv.due = addDays(inv.date, due);
  return { inv, x };
}

/** A number of seven digits that is not the engagement (a delivery note, a quote, a convention, a customer code). */
export const seven41 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits (a customer account, a water meter). */
export const eight41 = (x) => `${x.int(1, 9)}${x.digits(7)}`;
/** 12345 kg → « 12,345 » (tonnes with three decimals). */
export const tonnes41 = (kg) => frNumber(kg / 1000, 3);
/** The cents of `kg` kilograms at `cents` a tonne. */
export const perTonne41 = (kg, cents) => Math.round((kg * cents) / 1000);
/** Hundredths (of an hour, a metre, a hectare) as « 12,50 ». */
export const hundredths41 = (h) => frNumber(h / 100, 2);
/** The cents of `h` hundredths of a unit at `cents` a unit. */
export const perHundredth41 = (h, cents) => Math.round((h * cents) / 100);
/** 1310 minutes → « 21 h 50 ». */
export const hm41 = (minutes) => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;

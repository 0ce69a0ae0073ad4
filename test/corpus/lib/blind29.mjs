// Helpers added with the twenty-ninth blind part (layouts/next/): the engagement under the wordings of the
// administration, finance, insurance, legal and HR software of this part, the public buyers of those services (a
// commune's human resources, finance, legal and insurance services, the régies that collect its receipts, the
// management centre that runs the medical boards, public housing offices), a public treasury account of a régie, a
// percentage with two decimals, and a fee computed by brackets. Existing layouts never import this file, so their bytes
// never depend on it.
import { makeIban, makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the payroll, signature, payment, collection, medical, voucher, adjuster and publisher software. */
export const ENGAGEMENT_WORDINGS_29 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ Chorus Pro', 'Numéro de bon de commande'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel29 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_29) : inv);

const buyerRng = createRng(2929_2026);
/** Public buyers of administration, finance, insurance, legal and HR services not in lib/parties.mjs. */
export const ADMIN_BUYERS = {
  hr: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des ressources humaines', 'Service paie et carrières', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', 'Service administratif et financier', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'CCAS de Roanne', lines: ['Centre communal d’action sociale', 'Service des ressources humaines', '9 rue Marengo', '42300 Roanne'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Secrétariat – paie', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction des ressources humaines', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Centre de gestion de la fonction publique territoriale de la Loire', lines: ['Secrétariat du conseil médical', '9 rue Robert', '42000 Saint-Étienne'] },
  ],
  admin: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des affaires juridiques et de la commande publique', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction du numérique et des usages', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Firminy', lines: ['Secrétariat général – assemblées et actes', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Montbrison', lines: ['Service des affaires juridiques', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Commune de Roanne', lines: ['Direction des affaires juridiques et des assurances', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
  ],
  regies: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des finances – cellule des régies', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Roanne', lines: ['Direction des finances – régies de recettes', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des finances – régies des équipements', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Saint-Just-Saint-Rambert', lines: ['Service financier – régies', 'Place de la Paix', '42170 Saint-Just-Saint-Rambert'] },
  ],
  housing: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des finances – recouvrement des produits locaux', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Métropole Habitat Saint-Étienne', lines: ['Office public de l’habitat', 'Service contentieux locatif', '35 rue Pierre Termier', '42000 Saint-Étienne'] },
    { name: 'Loire Habitat', lines: ['Office public de l’habitat de la Loire', 'Pôle recouvrement – locataires partis', '38 rue Balay', '42000 Saint-Étienne'] },
    { name: 'OPHEOR', lines: ['Office public de l’habitat de Roanne', 'Service précontentieux', '4 rue Roger Salengro', '42300 Roanne'] },
  ],
  legal: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des affaires juridiques – documentation', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des affaires juridiques', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Direction générale des services', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Centre de gestion de la fonction publique territoriale de la Loire', lines: ['Service juridique et documentation', '9 rue Robert', '42000 Saint-Étienne'] },
    { name: 'Commune de Saint-Chamond', lines: ['Service juridique et marchés publics', 'Hôtel de Ville', '42400 Saint-Chamond'] },
  ],
  insurance: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des affaires juridiques – service assurances', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Commune de Firminy', lines: ['Service des assurances et du patrimoine', 'Place du Breuil', '42700 Firminy'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Montbrison', lines: ['Direction des services techniques – assurances', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des affaires juridiques – assurances', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(ADMIN_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function adminBuyer(inv, x, kind, share = 0.8) {
  const list = ADMIN_BUYERS[kind];
  if (inv.buyer.city) {
    const own = list.find((b) => b.name === 'Ville de Saint-Étienne');
    if (own) inv.buyer = { ...own, city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A régie's deposit account at the public treasury (bank code 10071): an IBAN that is not the supplier's. */
export const treasuryIban = (x) => makeIban(x, ['10071']);

/** Basis points as a French percentage with two decimals: 45 → « 0,45 % ». */
export const bps = (points) => `${(points / 100).toFixed(2).replace('.', ',')} %`;

/** The cents of `points` basis points of `cents`. */
export const ofBps = (cents, points) => Math.round((cents * points) / 10000);

/**
 * A fee by brackets of a base (an indemnity): [{ upTo (cents, null for the rest), pct (hundredths of a per cent: 600 = 6 %) }] → [{ from, to, base, pct, fee }]
 * for the brackets the base reaches.
 */
export function bracketFees(base, brackets) {
  const out = [];
  let from = 0;
  for (const { upTo, pct } of brackets) {
    if (base <= from) break;
    const to = upTo === null ? base : Math.min(base, upTo);
    out.push({ from, to, upTo, base: to - from, pct, fee: Math.round(((to - from) * pct) / 10000) });
    from = to;
  }
  return out;
}

/** A RPPS number (the national identifier of a health professional): eleven digits beginning with 10. */
export const rpps = (x) => `10${x.digits(9)}`;

/** A French ISBN-13 (978-2-…) with its check digit. */
export function isbn(x) {
  const body = `9782${x.digits(3)}${x.digits(5)}`;
  const sum = body.split('').reduce((t, d, k) => t + Number(d) * (k % 2 ? 3 : 1), 0);
  return `978-2-${body.slice(4, 7)}-${body.slice(7, 12)}-${(10 - (sum % 10)) % 10}`;
}

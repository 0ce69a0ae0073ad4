// Helpers added with the forty-third blind part (layouts/next/): the engagement under the wordings of the equipment
// hire and technical services software of this part, the public buyers of events and works (a commune's events,
// festivities or buildings direction, the metropole, a tourist office, a school district, a CCAS), numbers of seven
// and eight digits that are not the engagement, hours in hundredths, and the totals rows down to the amount due.
// Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { frNumber } from './blind5.mjs';
import { rate } from './invoice.mjs';
import { BUYERS } from './parties.mjs';

/** Engagement wordings of the hire, crane, inspection, radio, sanitation, electrical and site-cabin software. */
export const ENGAGEMENT_WORDINGS_43 = ['N° d’engagement', 'EJ', 'Bon de commande n°', 'Votre commande', 'Réf. commande (EJ)', 'Engagement juridique', 'N° EJ', 'Engagement juridique n°', 'Numéro d’engagement'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel43 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_43) : inv);

const buyerRng = createRng(4343_2026);
/** Public buyers of event and works equipment not in lib/parties.mjs. */
export const EVENT_BUYERS = {
  events: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction des événements et de l’animation', 'Service logistique des manifestations', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des sports et grands événements', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Office de tourisme Saint-Étienne Hors Cadre', lines: ['EPIC – Office de tourisme métropolitain', '16 avenue de la Libération', '42000 Saint-Étienne'] },
    { name: 'Commune de Firminy', lines: ['Service fêtes et cérémonies', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Saint-Chamond', lines: ['Direction de la vie associative et des manifestations', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Veauche', lines: ['Services techniques – festivités', 'Place de l’Hôtel de Ville', '42340 Veauche'] },
    { name: 'Commune de Saint-Galmier', lines: ['Service animation', 'Boulevard du Sud', '42330 Saint-Galmier'] },
  ],
  works: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction du patrimoine bâti', 'Centre technique du Portail Rouge', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'Saint-Étienne Métropole', lines: ['Direction des bâtiments et de la maîtrise d’ouvrage', '2 avenue Grüner', 'CS 80257', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Roche-la-Molière', lines: ['Services techniques municipaux', 'Place de l’Hôtel de Ville', '42230 Roche-la-Molière'] },
    { name: 'Commune de La Ricamarie', lines: ['Direction des services techniques', 'Place Jean Jaurès', '42150 La Ricamarie'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation – travaux des écoles', 'Hôtel de Ville', '42400 Saint-Chamond'] },
  ],
  social: [
    { name: 'Ville de Saint-Étienne', lines: ['Direction de la sécurité civile et des risques', 'Hôtel de Ville', 'CS 34205', '42000 Saint-Étienne'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Pôle seniors – animations', '2 rue des Docteurs Charcot', '42100 Saint-Étienne'] },
    { name: 'Commune d’Unieux', lines: ['Police municipale – manifestations', 'Place de la Mairie', '42240 Unieux'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Service des sports et des fêtes', 'Place de la Liberté', '42800 Rive-de-Gier'] },
    { name: 'Office de tourisme Loire Forez', lines: ['Pôle événements', '19 rue Martin Bernard', '42600 Montbrison'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(EVENT_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, buyer.name === 'Ville de Saint-Étienne' ? '21420218600018' : makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/**
 * A buyer of the kind `kind`. The Ville de Saint-Étienne keeps its own engagement numbering (seven digits): an invoice
 * drawn for it stays with it, under the direction of this trade; the others get one of the other bodies on a share.
 */
export function eventBuyer(inv, x, kind, share = 0.8) {
  const list = EVENT_BUYERS[kind];
  if (inv.buyer.city) {
    inv.buyer = { ...list.find((b) => b.name === 'Ville de Saint-Étienne'), city: true };
    return inv;
  }
  if (x.chance(share)) inv.buyer = x.pick(list.filter((b) => b.name !== 'Ville de Saint-Étienne'));
  return inv;
}

/** A number of seven digits that is not the engagement (a contract, a quote, a delivery note, a report). */
export const seven43 = (x) => `${x.int(1, 9)}${x.digits(6)}`;
/** A number of eight digits (a customer account, a ticket, a serial number). */
export const eight43 = (x) => `${x.int(1, 9)}${x.digits(7)}`;
/** Hours in hundredths (250 → « 2,50 »). */
export const hours43 = (hundredths) => frNumber(hundredths / 100, 2);
/** Cents of `hundredths` hundredths of a unit at `cents` a unit. */
export const perHundredth = (hundredths, cents) => Math.round((hundredths * cents) / 100);

/** The cents of the lines outside VAT (disbursements) and of the taxed ones. */
export function outsideVat(inv) {
  const outside = inv.lines.filter((l) => l.rate === 0 && !inv.vatExempt).reduce((s, l) => s + l.total, 0);
  return { outside, taxed: inv.ht - outside };
}

/**
 * [label, cents, strong] rows down to the amount due: gross and discount, HT (disbursements included, with their share
 * under it), VAT per taxed rate with its base, TTC, then every deduction (`inv.deductions43`: [{ label, cents }]) and
 * the amount due.
 */
export function totals43(inv, { gross = 'Total brut HT', discount = (pct) => `Remise ${pct} %`, ht = 'Total HT', debours = 'dont débours hors TVA', vat = (v, many) => (many ? `TVA ${rate(v.rate)} sur ${v.baseText}` : `TVA ${rate(v.rate)}`), exempt = 'TVA', ttc = 'Total TTC', net = 'Net à payer', baseText = (c) => String(c) } = {}) {
  const rows = [];
  if (inv.discount) rows.push([gross, inv.grossHT], [discount(inv.discountPct), -inv.discount]);
  rows.push([ht, inv.ht]);
  const { outside } = outsideVat(inv);
  if (outside) rows.push([debours, outside]);
  const taxed = inv.vat.filter((v) => v.rate > 0);
  if (inv.vatExempt || !taxed.length) rows.push([exempt, 0]);
  else for (const v of taxed) rows.push([vat({ ...v, baseText: baseText(v.base) }, taxed.length > 1 || outside > 0), v.amount]);
  const deductions = inv.deductions43 ?? [];
  rows.push([ttc, inv.ttc, !deductions.length && !net]);
  for (const d of deductions) rows.push([d.label, -d.cents]);
  if (net) rows.push([net, inv.net, true]);
  return rows;
}

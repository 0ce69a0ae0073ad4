// Helpers added with the twenty-second blind part (layouts/next/): the engagement under the wordings of the social,
// school and childhood software of this part, the public buyers of those services (CCAS, school funds, childcare
// services, a library network), beneficiaries' initials and file numbers, and invoices kept from being dated after the
// day the part was written. Existing layouts never import this file, so their bytes never depend on it.
import { makeSiret } from './identifiers.mjs';
import { createRng } from './random.mjs';
import { relabelEngagement } from './blind8.mjs';
import { BUYERS } from './parties.mjs';
import { moveToYear } from './blind13.mjs';

/** Engagement wordings of the catering, home-help, childhood, school, sports and library software met in this part. */
export const ENGAGEMENT_WORDINGS_22 = ['N° d’engagement', 'Engagement n°', 'Réf. EJ', 'Bon de commande CCAS n°', 'N° de bon d’engagement', 'Votre commande n°', 'EJ Chorus Pro n°', 'Référence engagement juridique'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel22 = (inv, x, share = 0.5) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_22) : inv);

const buyerRng = createRng(2222_2026);
/** Public buyers of social, school and childhood services not in lib/parties.mjs. */
export const SOCIAL_BUYERS = {
  ccas: [
    { name: 'CCAS de Roanne', lines: ['Centre communal d’action sociale', 'Pôle seniors et maintien à domicile', '9 rue Marengo', '42300 Roanne'] },
    { name: 'CCAS de Saint-Chamond', lines: ['Service maintien à domicile', '5 rue de la Charité', '42400 Saint-Chamond'] },
    { name: 'CCAS de Montbrison', lines: ['Centre communal d’action sociale', 'Hôtel de Ville', '42600 Montbrison'] },
    { name: 'CIAS des Monts du Pilat', lines: ['Centre intercommunal d’action sociale', '2 place de la Mairie', '42660 Saint-Genest-Malifaux'] },
  ],
  schools: [
    { name: 'Caisse des écoles de Saint-Chamond', lines: ['Direction de l’éducation', 'Hôtel de Ville', '42400 Saint-Chamond'] },
    { name: 'Commune de Firminy', lines: ['Service enfance – jeunesse – éducation', 'Place du Breuil', '42700 Firminy'] },
    { name: 'SIVOS des Monts du Pilat', lines: ['Syndicat intercommunal à vocation scolaire', 'Mairie', '42660 Saint-Genest-Malifaux'] },
    { name: 'Commune de Villars', lines: ['Mairie – service jeunesse', '1 place de la Libération', '42390 Villars'] },
  ],
  childhood: [
    { name: 'Commune de Firminy', lines: ['Direction de la petite enfance', 'Multi-accueil Les Lutins', 'Place du Breuil', '42700 Firminy'] },
    { name: 'Commune de Roanne', lines: ['Service petite enfance', 'Crèche collective Les Canaux', '1 place de l’Hôtel de Ville', '42300 Roanne'] },
    { name: 'CCAS de Saint-Étienne', lines: ['Pôle petite enfance', '11 rue Balay', '42000 Saint-Étienne'] },
  ],
  library: [
    { name: 'Saint-Étienne Métropole', lines: ['Réseau des médiathèques', 'Direction de la lecture publique', '2 avenue Grüner', '42006 Saint-Étienne Cedex 1'] },
    { name: 'Commune de Montbrison', lines: ['Médiathèque municipale', '1 place de l’Hôtel de Ville', '42600 Montbrison'] },
    { name: 'Commune de Rive-de-Gier', lines: ['Médiathèque Louise Labé', 'Place de la Liberté', '42800 Rive-de-Gier'] },
  ],
};
// A body already in lib/parties.mjs keeps its SIRET; the others get one drawn from this file's own seed.
const KNOWN = new Map(BUYERS.map((b) => [b.name, b.siret]));
const drawn = new Map();
for (const list of Object.values(SOCIAL_BUYERS)) for (const buyer of list) {
  if (!KNOWN.has(buyer.name) && !drawn.has(buyer.name)) drawn.set(buyer.name, makeSiret(buyerRng, '2'));
  buyer.siret = KNOWN.get(buyer.name) ?? drawn.get(buyer.name);
}

/** A buyer of the kind `kind` on a share of the invoices that do not go to the Ville de Saint-Étienne. */
export function socialBuyer(inv, x, kind, share = 0.7) {
  if (!inv.buyer.city && x.chance(share)) inv.buyer = x.pick(SOCIAL_BUYERS[kind]);
  return inv;
}

/** A beneficiary's initials as social services print them (« Mme D. M. »), never a whole name. */
export function initials(x) {
  const L = 'ABCDEFGHJLMNPRSTV';
  return `${x.pick(['M.', 'Mme', 'Mme', 'M.'])} ${x.pick(L.split(''))}. ${x.pick(L.split(''))}.`;
}

/** A case number of seven digits beginning with the year's two digits (a CCAS's or a department's file). */
export const caseNumber = (x, y) => `${String(y % 100).padStart(2, '0')}${x.digits(5)}`;

/** The day this part was written: no invoice of it is dated later (an invoice is not issued in the future). */
export const WRITTEN_ON = { y: 2026, m: 12, d: 2 };
const after = (a, b) => a.y * 10000 + a.m * 100 + a.d > b.y * 10000 + b.m * 100 + b.d;

/** The invoice moved back one year (its number and a Saint-Étienne engagement following) when dated after `WRITTEN_ON`. */
export function notInFuture(inv) {
  if (!after(inv.date, WRITTEN_ON)) return inv;
  const old = String(inv.date.y % 100).padStart(2, '0');
  moveToYear(inv, inv.date.y - 1);
  // « 26/0263 », « 26-00412 »: numberings that start with the year's two digits follow it too.
  inv.number = inv.number.replace(new RegExp(`^(\\D*)${old}(?=[/-])`), `$1${String(inv.date.y % 100).padStart(2, '0')}`);
  return inv;
}

/** The Wednesdays of a month (the day without school when municipal sports schools and leisure centres run). */
export function wednesdays(y, m) {
  const out = [];
  for (let d = 1; d <= 31; d++) {
    const t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCMonth() !== m - 1) break;
    if (t.getUTCDay() === 3) out.push({ y, m, d });
  }
  return out;
}

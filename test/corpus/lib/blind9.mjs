// Helpers added with the ninth blind part (layouts/next/): the quarter of a date, the engagement under the wordings of
// trade software not met before, the totals rows of the shared document description, and the public-body references
// as one line. Existing layouts never import this file, so their bytes never depend on it.
import { p, table } from './doc.mjs';
import { addDays, MONTHS } from './format.mjs';
import { money } from './invoice.mjs';
import { relabelEngagement } from './blind8.mjs';

/** Engagement wordings of the trades of this part (elevator, safety, sports, surveying software). */
export const ENGAGEMENT_WORDINGS_9 = ['N° d’EJ', 'Engagement juridique', 'Réf. EJ', 'N° BC / EJ', 'Commande (EJ) n°', 'Votre n° d’engagement', 'N° de bon de commande'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel = (inv, x, share = 0.4) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_9) : inv);

/** The calendar quarter holding `d`: { q, y, from, to }. */
export function quarterOf(d) {
  const q = Math.floor((d.m - 1) / 3) + 1;
  const from = { y: d.y, m: 3 * q - 2, d: 1 };
  const next = q === 4 ? { y: d.y + 1, m: 1, d: 1 } : { y: d.y, m: 3 * q + 1, d: 1 };
  return { q, y: d.y, from, to: addDays(next, -1) };
}

/** « 3e trimestre 2025 », « 1er trimestre 2026 ». */
export const quarterName = (q) => `${q.q === 1 ? '1er' : `${q.q}e`} trimestre ${q.y}`;

/** The month before `d`, as { y, m }, and its French name. */
export const monthBefore = (d) => (d.m === 1 ? { y: d.y - 1, m: 12 } : { y: d.y, m: d.m - 1 });
export const monthName = (month) => `${MONTHS[month.m - 1]} ${month.y}`;

/** The references on one line, « EJ 2512345 · Marché n° 2024-118 », as a footer band or a subject line prints them. */
export const refsLine = (pairs, sep = ' · ') => pairs.map(([k, v]) => `${k} ${v}`).join(sep);

/** [label, cents|text, strong] rows as a right-hand totals table of the shared document description. */
export const totalsTable = (inv, rows, { widths = [62, 32], indent = 86, size } = {}) => table(widths, rows.map(([k, v, strong]) => ({ cells: [k, typeof v === 'number' ? money(inv, v) : v], b: strong, line: strong ? 'top' : undefined })), { indent, align: ['left', 'right'], before: 2, after: 2, size });

/** Reference pairs as bold paragraphs. */
export const refParagraphs = (pairs, size = 9, sep = ' : ') => pairs.map(([k, v]) => p(`${k}${sep}${v}`, { size, b: true }));

/** A cadastral area in square metres as surveyors write it: 1234 → « 12 a 34 ca », 23456 → « 2 ha 34 a 56 ca ». */
export function contenance(m2) {
  const ha = Math.floor(m2 / 10000);
  const a = Math.floor((m2 % 10000) / 100);
  const ca = m2 % 100;
  return [ha ? `${ha} ha` : null, ha || a ? `${String(a).padStart(ha ? 2 : 1, '0')} a` : null, `${String(ca).padStart(2, '0')} ca`].filter(Boolean).join(' ');
}

/** A French number plate of the current system, « FG-482-KT ». */
export function plate(x) {
  const letters = 'ABCDEFGHJKLMNPQRSTVWXYZ';
  const two = () => `${x.pick(letters.split(''))}${x.pick(letters.split(''))}`;
  return `${two()}-${x.digits(3).replace(/^0/, String(x.int(1, 9)))}-${two()}`;
}

/** « 1,5 jours », « 3 lots », « 1 forfait », « 8 u »: a quantity with its unit, plural from 2 (and from 1,5 for days). */
export function withUnit(q, unit) {
  const plural = q > 1 && !['u', 'forfait', 'kg', 'm²', 'ml'].includes(unit);
  return `${String(q).replace('.', ',')} ${unit}${plural ? 's' : ''}`;
}

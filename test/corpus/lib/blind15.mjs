// Helpers added with the fifteenth blind part (layouts/next/): the engagement under the wordings of the trades of this
// part, French mobile numbers, the first and last day of a month, and a table split over pages with the amount carried
// from one page to the next (« À reporter » / « Report »). Existing layouts never import this file, so their bytes
// never depend on it.
import { relabelEngagement } from './blind8.mjs';
import { addDays } from './format.mjs';

/** Engagement wordings of the telecom, courier, trade-counter, legal and event software met in this part. */
export const ENGAGEMENT_WORDINGS_15 = ['N° d’engagement', 'EJ', 'N° EJ Chorus', 'Engagement juridique', 'Votre réf.', 'Bon de commande n°', 'N° de commande (EJ)', 'Réf. engagement'];

/** Relabels the engagement with one of this part's wordings on a share of the invoices. */
export const maybeRelabel15 = (inv, x, share = 0.45) => (x.chance(share) ? relabelEngagement(inv, x, ENGAGEMENT_WORDINGS_15) : inv);

/** « 06 12 34 56 78 » */
export const mobileNumber = (x) => `0${x.pick(['6', '6', '7'])} ${Array.from({ length: 4 }, () => String(x.int(10, 99))).join(' ')}`;

/** The month holding `d`: its first and last day. */
export function monthOf(d) {
  const from = { y: d.y, m: d.m, d: 1 };
  const next = d.m === 12 ? { y: d.y + 1, m: 1, d: 1 } : { y: d.y, m: d.m + 1, d: 1 };
  return { from, to: addDays(next, -1) };
}

/** The month before `d`: its first and last day. */
export const previousMonth = (d) => monthOf(addDays({ ...d, d: 1 }, -1));

/**
 * Rows cut into pages of `first` rows then `next` rows, each page with the sum carried in (report) and the sum to
 * carry out (à reporter) of `amount(row)`.
 */
export function paged(rows, amount, first, next) {
  const pages = [];
  let carried = 0;
  for (let start = 0; start < rows.length;) {
    const size = pages.length === 0 ? first : next;
    const slice = rows.slice(start, start + size);
    const out = carried + slice.reduce((s, row) => s + amount(row), 0);
    pages.push({ rows: slice, carriedIn: carried, carriedOut: out });
    carried = out;
    start += size;
  }
  return pages;
}

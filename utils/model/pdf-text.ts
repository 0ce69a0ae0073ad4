import { ANY_SPACE } from './text.ts';

/** Longest compact text kept for a PDF: far above any invoice's 50 pages of text, a bound for a hostile one. */
export const MAX_COMPACT_TEXT = 400_000;

const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/**
 * Text made for "is this value printed anywhere?": no spaces of any kind, upper case, compatibility forms and
 * dashes unified. The same function is applied to the PDF's text and to the value looked for.
 */
export function compactForSearch(text: string): string {
  return text.normalize('NFKC').replace(ANY_SPACE, '').replace(DASHES, '-').toUpperCase();
}

/** The visible text of a PDF (its lines, in order), compacted for search and bounded. */
export function compactPdfText(lines: readonly string[]): string {
  let compact = '';
  for (const line of lines) {
    compact += compactForSearch(line);
    if (compact.length >= MAX_COMPACT_TEXT) return compact.slice(0, MAX_COMPACT_TEXT);
  }
  return compact;
}

/**
 * Whether the visible text carries a mention: `found`, `missing`, or `unsure` when something near it is there
 * but the reader cannot tell (a category heading with no recognisable value, two SIRENs and no client label…).
 */
export type MentionPresence = 'found' | 'unsure' | 'missing';

/** The mentions the 2026 reform adds that can be looked for in an invoice's visible text. */
export interface PdfMentions {
  /** The client's SIREN (or its SIRET, which starts with it). */
  buyerId: MentionPresence;
  /** The category of the operation: livraison de biens, prestation de services, or both. */
  operationCategory: MentionPresence;
}

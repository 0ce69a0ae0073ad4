/**
 * User input quoted inside a message the assistant shows (« … »): as plain text, shortened, and without the
 * invisible characters that could hide or reorder what the user reads (control characters, bidirectional
 * overrides). The value itself is never changed, only its quotation.
 */

/** Longest quotation, in characters: any real SIRET, number, date or amount fits; a pasted page does not. */
export const MAX_QUOTED_CHARACTERS = 80;

// C0 and C1 controls, DEL, bidirectional marks, embeddings, overrides and isolates, zero-width joiners/spaces and BOM.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function quoteForMessage(value: string, max = MAX_QUOTED_CHARACTERS): string {
  const visible = value.replace(INVISIBLE, (char) => (char === '\t' || char === '\n' || char === '\r' ? ' ' : '\ufffd'));
  const characters = [...visible];
  if (characters.length <= max) return visible;
  return `${characters.slice(0, max - 1).join('')}…`;
}

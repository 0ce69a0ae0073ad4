import { normalizeSpaces } from './text.ts';

export interface NormalizedEngagement {
  /** What remains once labels, spaces and signs are gone. */
  value: string;
  /** What was removed, in the order found, so the user can be told. */
  stripped: string[];
}

/**
 * Label words that people type in front of the number. Longest first, so that
 * "bon de commande" wins over "commande".
 */
const LABEL_WORDS = [
  'numero d\'engagement', 'numéro d\'engagement', 'numero engagement', 'numéro engagement',
  'n° d\'engagement', 'no d\'engagement', 'engagement juridique', 'engagement',
  'bon de commande', 'commande', 'numéro', 'numero', 'num', 'réf', 'ref', 'ej', 'bc', 'n°', 'nº', 'no', 'n',
];

const SIGN = /[^\p{L}\p{N}]/u;

/**
 * "EJ 24 01-234" → { value: "2401234", stripped: ["EJ", " ", "-"] }.
 * Only leading label words are removed: letters inside the number are kept, so that a value
 * such as "24O1234" (letter O) is not silently turned into something else.
 */
export function normalizeEngagement(raw: string): NormalizedEngagement {
  const stripped: string[] = [];
  let rest = normalizeSpaces(raw);
  let changed = true;
  while (changed) {
    changed = false;
    const leadingSigns = /^[^\p{L}\p{N}]+/u.exec(rest);
    if (leadingSigns) {
      stripped.push(leadingSigns[0]);
      rest = rest.slice(leadingSigns[0].length);
      changed = true;
    }
    const lower = rest.toLowerCase();
    for (const word of LABEL_WORDS) {
      if (!lower.startsWith(word)) continue;
      const next = rest.charAt(word.length);
      // A label must be followed by a sign, a space or a digit ("EJ2401234"), never by more letters.
      if (next !== '' && /\p{L}/u.test(next)) continue;
      if (next === '' ) continue;
      stripped.push(rest.slice(0, word.length));
      rest = rest.slice(word.length);
      changed = true;
      break;
    }
  }
  let value = '';
  for (const character of rest) {
    if (SIGN.test(character)) stripped.push(character);
    else value += character;
  }
  return { value, stripped };
}

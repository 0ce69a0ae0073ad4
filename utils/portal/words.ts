import { foldForCompare } from '../model/text.ts';

/**
 * How the assistant compares what is written on the page with the words it knows: no accents, lower case,
 * typographic apostrophes made plain, spaces collapsed, the required star and the closing colon removed
 * ("* Numéro :" → "numero"), "N°"/"Nº"/"No" made one.
 */
export function foldWords(text: string): string {
  return foldForCompare(text.replace(/[’‘ʼ`´]/g, "'"))
    .replace(/\bn\s*[°º]\s*/g, 'n° ')
    .replace(/\s+([?:!])/g, '$1')
    .replace(/^[\s*:]+|[\s*:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The label part of "Date : 03/06/2019" (text before the first colon), or the whole text. */
export function labelPart(folded: string): string {
  const colon = folded.indexOf(':');
  return colon > 0 ? folded.slice(0, colon).trim() : folded;
}

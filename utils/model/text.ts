/** Every kind of space a PDF or a French keyboard may produce: NBSP, narrow NBSP, U+2000–U+200A, thin spaces. */
export const ANY_SPACE = /[\s\u00a0\u202f\u2000-\u200a\u2007\u2009\u205f\u3000]/g;

/** Collapses every kind of space to one plain space and trims. */
export function normalizeSpaces(text: string): string {
  return text.replace(ANY_SPACE, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Lower case without accents, for comparing words the way a person reads them. */
export function foldForCompare(text: string): string {
  return normalizeSpaces(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function isBlank(value: string | undefined | null): boolean {
  return value === undefined || value === null || normalizeSpaces(value) === '';
}

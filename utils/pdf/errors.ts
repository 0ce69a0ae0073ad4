/**
 * The extraction contract's error codes (docs/extract.md) and the limits that protect the user.
 * Messages are French, calm, and say what to do next.
 */

export const EXTRACT_ERROR_CODES = ['empty', 'not-pdf', 'corrupt', 'encrypted', 'no-text', 'too-large', 'timeout'] as const;
export type ExtractErrorCode = (typeof EXTRACT_ERROR_CODES)[number];

/** Larger files are refused before pdf.js sees them. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Only the first pages are read: the totals of a long invoice are looked for on its last pages too. */
export const MAX_PAGES_READ = 50;
/** Per file, loading and reading included. */
export const MAX_MILLISECONDS = 10_000;
/** Embedded XML larger than this is ignored (a Factur-X XML is a few hundred kilobytes at most). */
export const MAX_XML_BYTES = 5 * 1024 * 1024;
/** Fewer visible characters than this on the pages read: a scan or an image. */
export const MIN_TEXT_CHARACTERS = 20;

export const EXTRACT_ERROR_MESSAGES: Record<ExtractErrorCode, string> = {
  empty: 'Ce fichier est vide. Enregistrez de nouveau la facture en PDF depuis votre logiciel, puis réessayez.',
  'not-pdf':
    "Ce fichier n'est pas un PDF. Chorus Pro attend une facture au format PDF : exportez-la en PDF depuis votre logiciel.",
  corrupt:
    'Ce PDF est endommagé et ne peut pas être lu. Ouvrez-le pour vérifier, puis exportez-le de nouveau depuis votre logiciel.',
  encrypted:
    'Ce PDF est protégé par un mot de passe. Enregistrez une copie sans protection depuis votre logiciel, puis réessayez.',
  'no-text':
    "Ce PDF ne contient que des images (document scanné) : son texte ne peut pas être lu. Saisissez les informations à la main, ou exportez la facture en PDF depuis votre logiciel.",
  'too-large': `Ce fichier dépasse ${MAX_FILE_BYTES / 1024 / 1024} Mo. Réduisez sa taille (sans les pièces jointes) ou saisissez les informations à la main.`,
  timeout:
    'La lecture de ce PDF prend trop de temps. Réessayez ; si cela se reproduit, saisissez les informations à la main.',
};

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  constructor(code: ExtractErrorCode, detail?: string) {
    super(detail ?? EXTRACT_ERROR_MESSAGES[code]);
    this.code = code;
    this.name = 'ExtractError';
  }
}

export interface ExtractFailure {
  ok: false;
  error: { code: ExtractErrorCode; message: string };
}

export function failure(code: ExtractErrorCode): ExtractFailure {
  return { ok: false, error: { code, message: EXTRACT_ERROR_MESSAGES[code] } };
}

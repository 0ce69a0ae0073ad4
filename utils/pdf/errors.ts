/**
 * The extraction contract's error codes and the limits that protect the user.
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

/** What each error tells the user, in both languages: calm, and what to do next. */
const ERROR_TEXTS: Record<ExtractErrorCode, { fr: string; en: string }> = {
  empty: {
    fr: 'Ce fichier est vide. Enregistrez de nouveau la facture en PDF depuis votre logiciel, puis réessayez.',
    en: 'This file is empty. Save the invoice as a PDF again from your software, then try again.',
  },
  'not-pdf': {
    fr: "Ce fichier n'est pas un PDF. Chorus Pro attend une facture au format PDF : exportez-la en PDF depuis votre logiciel.",
    en: 'This file is not a PDF. Chorus Pro expects the invoice as a PDF: export it as a PDF from your software.',
  },
  corrupt: {
    fr: 'Ce PDF est endommagé et ne peut pas être lu. Ouvrez-le pour vérifier, puis exportez-le de nouveau depuis votre logiciel.',
    en: 'This PDF is damaged and cannot be read. Open it to check, then export it again from your software.',
  },
  encrypted: {
    fr: 'Ce PDF est protégé par un mot de passe. Enregistrez une copie sans protection depuis votre logiciel, puis réessayez.',
    en: 'This PDF is protected by a password. Save an unprotected copy from your software, then try again.',
  },
  'no-text': {
    fr: "Ce PDF ne contient que des images (document scanné) : son texte ne peut pas être lu. Saisissez les informations à la main, ou exportez la facture en PDF depuis votre logiciel.",
    en: 'This PDF only holds images (a scanned document): its text cannot be read. Type the details in by hand, or export the invoice as a PDF from your software.',
  },
  'too-large': {
    fr: `Ce fichier dépasse ${MAX_FILE_BYTES / 1024 / 1024} Mo. Réduisez sa taille (sans les pièces jointes) ou saisissez les informations à la main.`,
    en: `This file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Make it smaller (without attachments) or type the details in by hand.`,
  },
  timeout: {
    fr: 'La lecture de ce PDF prend trop de temps. Réessayez ; si cela se reproduit, saisissez les informations à la main.',
    en: 'Reading this PDF takes too long. Try again; if it happens again, type the details in by hand.',
  },
};

/** The message of an error in the user's language (the panel, the guide). */
export function extractErrorMessage(code: ExtractErrorCode, locale: 'fr' | 'en'): string {
  return ERROR_TEXTS[code][locale];
}

/** The French messages, as the extraction contract's results carry them (the CLI speaks French). */
export const EXTRACT_ERROR_MESSAGES = Object.fromEntries(
  Object.entries(ERROR_TEXTS).map(([code, text]) => [code, text.fr]),
) as Record<ExtractErrorCode, string>;

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

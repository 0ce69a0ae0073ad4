import type frMessages from '../../public/_locales/fr/messages.json';
import type { Locale } from '../rules/types.ts';

/**
 * User-facing strings live in public/_locales/{fr,en}/messages.json, the browsers' own format, so that the
 * manifest, the pages and the panel share one source. Every context installs the language the user chose
 * (`chooseLocale`) with its words, so that t(), the rule engine (given uiLocale()) and every message agree.
 */
export type MessageKey = keyof typeof frMessages;

export interface LocaleFile {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> } | undefined;
}

/**
 * The words the content script carries (both languages): the panel's and the PDF import's. The locale files
 * hold every page's; the build hands the content script only these (wxt.config.ts), to keep it small.
 */
export function isPanelMessage(key: string): boolean {
  return key === 'extName' || key.startsWith('panel_') || key.startsWith('autofill_');
}

/**
 * The assistant's language. A choice made in the settings wins; otherwise the first of the user's preferred
 * languages that the assistant speaks; French when none is (the portal and its users are French). The browser's
 * own UI language is only a last signal: a browser may report it without shipping its translations.
 */
export function chooseLocale(preference: 'auto' | Locale, languages: readonly string[]): Locale {
  if (preference !== 'auto') return preference;
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('fr')) return 'fr';
    if (lower.startsWith('en')) return 'en';
  }
  return 'fr';
}

let lookup: ((key: string, substitutions: string[]) => string) | undefined;
let currentLocale: Locale = 'fr';

/** Installs a language and its words (a locale file, with the browsers' $1/$NAME$ substitution rules). */
export function useLocaleFile(file: LocaleFile, locale: Locale): void {
  currentLocale = locale;
  lookup = (key, substitutions) => {
    const entry = file[key];
    if (!entry) return '';
    let text = entry.message;
    for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
      text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), placeholder.content);
    }
    return text.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  };
}

/** The message for a key; the key itself if nothing is installed (visible in tests, never blank). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = lookup?.(key, substitutions.map(String));
  return text || key;
}

export function uiLocale(): Locale {
  return currentLocale;
}

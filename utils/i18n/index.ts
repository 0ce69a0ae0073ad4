import type frMessages from '../../public/_locales/fr/messages.json';
import type { Locale } from '../rules/types.ts';

/**
 * User-facing strings live in public/_locales/{fr,en}/messages.json, the browsers' own format,
 * so that the manifest, the pages and the panel share one source. In an extension context the
 * browser picks the language; in Node tests a dictionary is installed instead.
 */
export type MessageKey = keyof typeof frMessages;

type Lookup = (key: string, substitutions?: string[]) => string;

let lookup: Lookup | undefined;
let currentLocale: Locale = 'fr';

interface LocaleFile {
  [key: string]: { message: string; placeholders?: Record<string, { content: string }> } | undefined;
}

/** In extension pages and content scripts: the browser's i18n API. */
export function useBrowserI18n(i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string }): void {
  lookup = (key, substitutions) => i18n.getMessage(key, substitutions);
  currentLocale = i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** In Node (tests, CLI): a locale file read directly, with the same $1/$NAME$ substitution rules. */
export function useLocaleFile(file: LocaleFile, locale: Locale): void {
  currentLocale = locale;
  lookup = (key, substitutions = []) => {
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

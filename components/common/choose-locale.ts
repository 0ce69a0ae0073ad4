import type { Locale } from '../../utils/rules/types.ts';

/**
 * The language of the extension pages. A choice made in the settings wins; otherwise the first of the user's
 * preferred languages that the assistant speaks; French when none is (the portal and its users are French).
 * The browser's own UI language is only a last signal: a browser may report it without shipping its
 * translations, and then the i18n API silently answers in another language than the engine's messages.
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

import { browser } from 'wxt/browser';
import { chooseLocale, useLocaleFile, type LocaleFile } from '../../utils/i18n/index.ts';
import type { Locale } from '../../utils/rules/types.ts';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../utils/storage/settings.ts';

/**
 * Installs the assistant's language for a preference (the setting « Langue de l'assistant »): the setting, else
 * the user's preferred languages, else the browser's own (see chooseLocale). The same choice for the extension's
 * pages and the panel on the portal; `messages` are the words that context carries.
 */
export function applyLanguage(messages: Record<Locale, LocaleFile>, preference: Settings['language']): Locale {
  const locale = chooseLocale(preference, [...navigator.languages, browser.i18n.getUILanguage()]);
  useLocaleFile(messages[locale], locale);
  return locale;
}

/** The setting read from storage, then installed. */
export async function installLocale(messages: Record<Locale, LocaleFile>): Promise<Locale> {
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  return applyLanguage(messages, settings.language);
}

import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { uiLocale, useLocaleFile } from '../../utils/i18n/index.ts';
import type { Locale } from '../../utils/rules/types.ts';
import { DEFAULT_SETTINGS, loadSettings } from '../../utils/storage/settings.ts';
import { chooseLocale } from './choose-locale.ts';

/**
 * Installs the assistant's language for t() and returns it, for extension pages and the content script alike:
 * the settings' choice, else the user's preferred languages (see chooseLocale). The words come from the same
 * locale files the browser reads, bundled, so that t() and the rule engine (given uiLocale()) always agree.
 */
export async function installLocale(): Promise<Locale> {
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const locale = chooseLocale(settings.language, [...navigator.languages, browser.i18n.getUILanguage()]);
  useLocaleFile(locale === 'en' ? en : fr, locale);
  return uiLocale();
}

import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { t, uiLocale, useLocaleFile, type MessageKey } from '../../utils/i18n/index.ts';
import { DEFAULT_SETTINGS, loadSettings } from '../../utils/storage/settings.ts';
import { chooseLocale } from './choose-locale.ts';

/**
 * Every extension page starts here: its language (settings, then the user's languages; see chooseLocale),
 * read from the same locale files the browser uses, then the page's lang and title for screen readers.
 */
export async function startPage(titleKey: MessageKey): Promise<void> {
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const locale = chooseLocale(settings.language, [...navigator.languages, browser.i18n.getUILanguage()]);
  useLocaleFile(locale === 'en' ? en : fr, locale);
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
}

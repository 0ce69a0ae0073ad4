import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { t, type MessageKey } from '../../utils/i18n/index.ts';
import { installLocale } from './install-locale.ts';

/** Every extension page starts here: its language, then the page's lang and title for screen readers. */
export async function startPage(titleKey: MessageKey): Promise<void> {
  document.documentElement.lang = await installLocale({ fr, en });
  document.title = t(titleKey);
}

import { t, type MessageKey } from '../../utils/i18n/index.ts';
import { installLocale } from './install-locale.ts';

/** Every extension page starts here: its language, then the page's lang and title for screen readers. */
export async function startPage(titleKey: MessageKey): Promise<void> {
  document.documentElement.lang = await installLocale();
  document.title = t(titleKey);
}

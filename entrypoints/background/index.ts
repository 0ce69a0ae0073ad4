import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleDirectoryLookups } from './directory-lookup.ts';
import { forgetPendingPdf } from '../../utils/storage/pending-pdfs.ts';
import { handlePendingPdfs } from './pending-pdf.ts';
import { handleTabStatuses } from './tab-status.ts';
import { openWelcomeOnInstall } from '../../utils/welcome/open-on-install.ts';

/**
 * The background keeps each Chorus Pro tab's last status for the toolbar badge and the popup, and the PDF read in
 * the deposit window for the entry form that follows, answers the content script's directory look-ups, and opens the welcome page on first install. Nothing else runs here: no network, no timers.
 */
export default defineBackground(() => {
  handleTabStatuses((tabId) => void forgetPendingPdf(tabId));
  handlePendingPdfs();
  handleDirectoryLookups();
  openWelcomeOnInstall(browser);
});

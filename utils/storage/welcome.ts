import { storage } from 'wxt/utils/storage';

/**
 * Whether the welcome page was opened in this profile. The install event alone is not enough: a browser that loads
 * the extension from a folder (developers, the support desk's test machines) reports an install at every start.
 */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', { fallback: false });

import { welcomeShownItem } from '../storage/welcome.ts';

/** The page a first install opens: what the assistant does, that nothing leaves the computer, the guide. */
export const WELCOME_PAGE = '/welcome.html';

/** What this needs of the extension API: the background passes `browser`, tests a fake. */
export interface WelcomeApi {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => Promise<void>): void };
    getURL(path: string): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/**
 * Opens the welcome page once, when the extension is first installed; never on an update of the extension or of
 * the browser, which would interrupt a user who already knows it. Registered when the background starts, as the
 * browsers require for onInstalled.
 */
export function openWelcomeOnInstall(api: WelcomeApi, shown = welcomeShownItem): void {
  // The listener's promise is for tests; the browsers ignore it.
  api.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    try {
      if (await shown.getValue()) return;
      // Remembered before the tab opens: a second install event meanwhile finds it set.
      await shown.setValue(true);
      await api.tabs.create({ url: api.runtime.getURL(WELCOME_PAGE) });
    } catch {
      // Storage or tabs refused (browser closing, kiosk mode): the extension works without its welcome page.
    }
  });
}

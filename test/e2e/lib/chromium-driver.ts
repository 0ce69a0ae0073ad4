import type { Locator, Page } from 'playwright-core';
import { launchWithExtension } from './browser.ts';
import { DEFAULT_WAIT, type AssistantBrowser, type Tab, type Target } from './driver.ts';

/** The core scenarios' driver for Chromium: Playwright on the browser launchWithExtension starts. */
export async function launchChromiumDriver(): Promise<AssistantBrowser> {
  const session = await launchWithExtension();
  return {
    name: 'chromium',
    openPortal: async (path) => chromiumTab(await session.open(path)),
    openExtensionPage: async (file) => chromiumTab(await session.openExtensionPage(file)),
    requests: () => [...session.requests],
    close: () => session.close(),
  };
}

function chromiumTab(page: Page): Tab {
  // Playwright's CSS locators pierce open shadow roots: the panel's elements are found inside <chorus-assistant>.
  const locate = (target: Target): Locator => (typeof target === 'string' ? page.locator(target) : page.locator('chorus-assistant').locator(target.panel)).first();
  return {
    url: () => page.url(),
    async waitUntil(check, arg, timeout = DEFAULT_WAIT) {
      // Generic page functions: the drivers' own typings unbox the argument types differently.
      await page.waitForFunction(check as never, arg, { timeout });
    },
    async waitForUrl(pattern, timeout = DEFAULT_WAIT) {
      await page.waitForURL(pattern, { timeout });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(target) {
      await locate(target).click({ timeout: DEFAULT_WAIT });
    },
    async type(target, text) {
      const field = locate(target);
      await field.fill('', { timeout: DEFAULT_WAIT });
      if (text) await field.pressSequentially(text);
    },
    async chooseFiles(target, paths) {
      await locate(target).setInputFiles(paths, { timeout: DEFAULT_WAIT });
    },
    close: () => page.close(),
  };
}

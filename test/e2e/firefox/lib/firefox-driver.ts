import type { ElementHandle, Page } from 'puppeteer-core';
import { DEFAULT_WAIT, findTarget, type AssistantBrowser, type Tab, type Target } from '../../lib/driver.ts';
import { launchFirefox, type FirefoxSession } from './firefox.ts';

/** The core scenarios' driver for Firefox: Puppeteer over WebDriver BiDi on the browser launchFirefox starts. */
export async function launchFirefoxDriver(): Promise<AssistantBrowser & { session: FirefoxSession }> {
  const session = await launchFirefox();
  return {
    name: 'firefox',
    session,
    openPortal: async (path) => firefoxTab(await session.open(path)),
    openExtensionPage: async (file) => firefoxTab(await session.openExtensionPage(file)),
    requests: () => [...session.requests],
    close: () => session.close(),
  };
}

function firefoxTab(page: Page): Tab {
  /** The element, once it is there (bounded wait). */
  async function element(target: Target): Promise<ElementHandle<Element>> {
    const handle = await page.waitForFunction(findTarget, { timeout: DEFAULT_WAIT }, target);
    const found = handle.asElement() as ElementHandle<Element> | null;
    if (!found) throw new Error(`${JSON.stringify(target)} is not an element`);
    return found;
  }
  return {
    url: () => page.url(),
    async waitUntil(check, arg, timeout = DEFAULT_WAIT) {
      // Generic page functions: the drivers' own typings flatten the argument types differently.
      await page.waitForFunction(check as never, { timeout }, arg);
    },
    async waitForUrl(pattern, timeout = DEFAULT_WAIT) {
      // The page navigates by itself (a form sent): checked until it matches, bounded.
      const deadline = Date.now() + timeout;
      while (!pattern.test(page.url())) {
        if (Date.now() > deadline) throw new Error(`URL should match ${pattern}, is ${page.url()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(target) {
      const found = await element(target);
      await found.click();
    },
    async type(target, text) {
      const field = await element(target);
      await field.focus();
      // Select what is there and delete it with the keyboard, as a person would, then type.
      await field.evaluate((input) => (input as HTMLInputElement).select());
      await page.keyboard.press('Backspace');
      if (text) await field.type(text);
    },
    async chooseFiles(target, paths) {
      const input = (await element(target)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(...paths);
    },
    close: () => page.close(),
  };
}

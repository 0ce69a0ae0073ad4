import assert from 'node:assert/strict';

/**
 * The few things the core scenarios do in a browser, so that the very same steps run in Chromium (Playwright) and
 * in Firefox (Puppeteer over WebDriver BiDi). Scenarios only use what the contract marks: data-ca-* attributes on
 * the page, the extension pages and inside <chorus-assistant>'s open shadow root.
 */
export interface AssistantBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Opens a portal page of the replica server, by path: `/cpp/saisie?execution=e1s3`. */
  openPortal(path: string): Promise<Tab>;
  /** Opens an extension page: `guide.html`. */
  openExtensionPage(file: string): Promise<Tab>;
  /** Every URL any page, frame or extension page asked for so far. */
  requests(): string[];
  close(): Promise<void>;
}

/** An element of the page (a CSS selector), or of the assistant's panel (inside <chorus-assistant>'s shadow root). */
export type Target = string | { panel: string };

export interface Tab {
  url(): string;
  /** Waits, at most `timeout` ms, until `check(arg)` is truthy in the page. */
  waitUntil<A>(check: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  /** Waits until the tab's URL matches (after a navigation the page started itself). */
  waitForUrl(pattern: RegExp, timeout?: number): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** Clicks the element as a person would, once it is there. */
  click(target: Target): Promise<void>;
  /** Replaces the field's text, key by key, as a person would. */
  type(target: Target, text: string): Promise<void>;
  /** Picks files in a file input, as the file chooser would. */
  chooseFiles(target: Target, paths: string[]): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_WAIT = 10_000;

/** Runs in the page: the element a target names, or null. Self-contained, as it is sent to the browser. */
export function findTarget(target: Target): Element | null {
  if (typeof target === 'string') return document.querySelector(target);
  return document.querySelector('chorus-assistant')?.shadowRoot?.querySelector(target.panel) ?? null;
}

/** Waits, bounded, for `check`; on timeout fails with what `describe` says of the page then. */
async function waitOrFail<A>(tab: Tab, check: (arg: A) => unknown, arg: A, failure: () => Promise<string>, timeout = DEFAULT_WAIT): Promise<void> {
  try {
    await tab.waitUntil(check, arg, timeout);
  } catch {
    assert.fail(await failure());
  }
}

/** The page kind the assistant recognised, once its panel is in place. */
export async function waitForPage(tab: Tab, kind: string): Promise<void> {
  await waitOrFail(
    tab,
    (wanted) => document.documentElement.getAttribute('data-ca-page') === wanted && Boolean(document.querySelector('chorus-assistant')?.shadowRoot),
    kind,
    async () => `page should be "${kind}", is ${await tab.evaluate(() => document.documentElement.getAttribute('data-ca-page'), null)}`,
  );
}

export async function stateOf(tab: Tab, key: string): Promise<string | null> {
  return tab.evaluate((wanted) => document.querySelector(`[data-ca-field="${wanted}"]`)?.getAttribute('data-ca-state') ?? null, key);
}

export async function waitForState(tab: Tab, key: string, state: string): Promise<void> {
  await waitOrFail(
    tab,
    ([wanted, expected]) => document.querySelector(`[data-ca-field="${wanted}"]`)?.getAttribute('data-ca-state') === expected,
    [key, state] as const,
    async () => `${key} should be ${state}, is ${await stateOf(tab, key)}`,
  );
}

/** The rules shown right now, in the panel on a portal page or anywhere on an extension page. */
export async function shownRules(tab: Tab): Promise<string[]> {
  return tab.evaluate(() => {
    const root = document.querySelector('chorus-assistant')?.shadowRoot ?? document;
    return [...root.querySelectorAll('[data-ca-rule]')].map((element) => element.getAttribute('data-ca-rule')!);
  }, null);
}

/** A message for `rule` is shown (or, with `present` false, no longer shown). */
export async function waitForMessage(tab: Tab, rule: string, present = true): Promise<void> {
  await waitOrFail(
    tab,
    ([wanted, shown]) => {
      const root = document.querySelector('chorus-assistant')?.shadowRoot ?? document;
      return Boolean(root.querySelector(`[data-ca-rule="${wanted}"]`)) === shown;
    },
    [rule, present] as const,
    async () => `${rule} should ${present ? '' : 'not '}be shown; shown: ${(await shownRules(tab)).join(', ')}`,
  );
}

/** The values of the marked fields, by key. */
export async function fieldValues(tab: Tab, keys: readonly string[]): Promise<Record<string, string>> {
  return tab.evaluate(
    (wanted) => Object.fromEntries(wanted.map((key) => [key, (document.querySelector(`[data-ca-field="${key}"]`) as HTMLInputElement | null)?.value ?? '(absent)'])),
    [...keys],
  );
}

/** The text of an element, by target. */
export async function textOf(tab: Tab, target: Target): Promise<string> {
  return tab.evaluate(
    (wanted) => {
      const element = typeof wanted === 'string' ? document.querySelector(wanted) : document.querySelector('chorus-assistant')?.shadowRoot?.querySelector(wanted.panel);
      return (element as HTMLElement | null | undefined)?.innerText ?? '';
    },
    target,
  );
}

/** Waits for an element to be there. */
export async function waitForElement(tab: Tab, target: Target, timeout = DEFAULT_WAIT): Promise<void> {
  await waitOrFail(tab, findTarget, target, async () => `${JSON.stringify(target)} should be there; shown rules: ${(await shownRules(tab)).join(', ')}`, timeout);
}

/** Waits for an element to be gone. */
export async function waitForAbsence(tab: Tab, target: Target): Promise<void> {
  await waitOrFail(
    tab,
    (wanted) => !(typeof wanted === 'string' ? document.querySelector(wanted) : document.querySelector('chorus-assistant')?.shadowRoot?.querySelector(wanted.panel)),
    target,
    async () => `${JSON.stringify(target)} should be gone`,
  );
}

const CHORUS_PRO = (host: string) => host === 'chorus-pro.gouv.fr' || host.endsWith('.chorus-pro.gouv.fr');

/** Requests that left the Chorus Pro hosts and the extension itself: there must be none. */
export function outsideChorusPro(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    if (/^(chrome-extension|moz-extension|data|blob):/.test(url) || url === 'about:blank') return false;
    return !CHORUS_PRO(new URL(url).hostname);
  });
}

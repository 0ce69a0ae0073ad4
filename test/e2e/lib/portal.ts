import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from './browser.ts';

/** Helpers to read the assistant's marks on a replica page, as the contract describes them. */

export const SAINT_ETIENNE = '21420218600018';
/** A valid SIRET of another public body (Luhn-correct), for which the city's rules must not apply. */
export const OTHER_RECIPIENT = '11000201100044';

/** The assistant's panel (Playwright's CSS locators pierce the open shadow root). */
export function panel(page: Page): Locator {
  return page.locator('chorus-assistant');
}

export function message(page: Page, rule: string): Locator {
  return panel(page).locator(`[data-ca-rule="${rule}"]`);
}

/** Opens a portal page and waits until the assistant marked it. */
export async function openPortal(session: ExtensionSession, path: string, kind: string): Promise<Page> {
  const page = await session.open(path);
  await page.waitForSelector(`html[data-ca-page="${kind}"]`, { timeout: 10_000 });
  await page.waitForFunction(() => Boolean(document.querySelector('chorus-assistant')?.shadowRoot?.querySelector('.ca-panel')), null, { timeout: 10_000 });
  return page;
}

export function field(page: Page, key: string): Locator {
  return page.locator(`[data-ca-field="${key}"]`).first();
}

export async function stateOf(page: Page, key: string): Promise<string | null> {
  return field(page, key).getAttribute('data-ca-state');
}

export async function waitForState(page: Page, key: string, state: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([wanted, expected]) => document.querySelector(`[data-ca-field="${wanted}"]`)?.getAttribute('data-ca-state') === expected,
      [key, state] as const,
      { timeout: 5_000 },
    );
  } catch {
    assert.fail(`${key} should be ${state}, is ${await stateOf(page, key)}`);
  }
}

export async function waitForMessage(page: Page, rule: string, present = true): Promise<void> {
  const locator = message(page, rule);
  await (present ? locator.first().waitFor({ state: 'attached', timeout: 5_000 }) : locator.first().waitFor({ state: 'detached', timeout: 5_000 })).catch(async () => {
    const rules = await panel(page).locator('[data-ca-rule]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-ca-rule')));
    assert.fail(`${rule} should ${present ? '' : 'not '}be shown; panel shows ${rules.join(', ')}`);
  });
}

/** Every rule shown in the panel right now. */
export async function shownRules(page: Page): Promise<string[]> {
  await page.waitForTimeout(50);
  return panel(page).locator('.ca-panel [data-ca-rule]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-ca-rule')!));
}

/** Clicks the fix button of a message. */
export async function applyFix(page: Page, rule: string): Promise<void> {
  await message(page, rule).first().locator('[data-ca-action="fix"]').click();
}

/** Types into a text field as a person would (select all, type). */
export async function typeInto(page: Page, key: string, text: string): Promise<void> {
  const target = field(page, key);
  await target.fill('');
  if (text) await target.pressSequentially(text, { delay: 0 });
}

/** Picks an option in a select2 combobox by typing in its search box and clicking the result. */
export async function pickInSelect2(page: Page, key: string, caption: string): Promise<void> {
  const select = field(page, key);
  const id = await select.getAttribute('id');
  await page.locator(`#select2-${id}-container`).click();
  await page.locator('.select2-search__field').fill(caption.slice(0, 6));
  await page.locator('.select2-results__option', { hasText: caption }).first().click();
}

/** Requests that left the Chorus Pro hosts or the extension: there must be none. */
export function foreignRequests(session: ExtensionSession): string[] {
  return session.requests.filter((url) => {
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
    const host = new URL(url).hostname;
    return !(host === 'chorus-pro.gouv.fr' || host.endsWith('.chorus-pro.gouv.fr'));
  });
}

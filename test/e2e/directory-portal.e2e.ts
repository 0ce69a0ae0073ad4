import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessibleWithin } from './lib/axe.ts';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';
import { field, foreignRequests, message, openPortal, panel, shownRules, stateOf, typeInto, waitForMessage, waitForState } from './lib/portal.ts';
import { HOSPITAL, INACTIVE, NOT_IN_DIRECTORY } from '../directory/fixture-data.ts';

const DIRECTORY_RULES = ['cpp/directory-unknown', 'cpp/recipient-inactive', 'cpp/engagement-required', 'cpp/service-required', 'cpp/service-unknown'];
const ENTRY_FORM = '/cpp/saisie?execution=e1s3';
const ANNUAIRE = {
  name: 'annuaire.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: readFileSync(resolve(import.meta.dirname, '../fixtures/directory/annuaire.xlsx')),
};
/** In the replica's « Rechercher une structure » window, not in the test directory. */
const LYON = '21690123100011';

/**
 * The Chorus Pro directory imported on the settings page, then used on the entry form: the content script asks the
 * background for the recipient's entry, and the five directory checks speak in the panel, with their fixes.
 */
describe('the directory on the portal (options.html, then the entry form)', () => {
  let session: ExtensionSession;
  before(async () => {
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  /** The five checks have nothing to say: the look-up's wait (500 ms at most) is over and none of them is shown. */
  async function assertDirectorySilent(page: Page, why: string): Promise<void> {
    await page.waitForTimeout(700);
    assert.deepEqual((await shownRules(page)).filter((rule) => DIRECTORY_RULES.includes(rule)), [], why);
  }

  test('without a directory imported, none of the five directory checks speaks on the entry form', async () => {
    const page = await openPortal(session, ENTRY_FORM, 'saisie');
    for (const siret of [INACTIVE, HOSPITAL, NOT_IN_DIRECTORY]) {
      await typeInto(page, 'recipientSiret', siret);
      await typeInto(page, 'serviceCode', 'URGENSES');
      await assertDirectorySilent(page, siret);
    }
    assert.equal(await stateOf(page, 'recipientSiret'), 'ok');
    await page.close();
  });

  test('imported on the settings page, it tells on the entry form that the structure typed is inactive', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.locator('[data-ca-directory="none"]').waitFor();
    await options.locator('[data-ca-action="import-directory"]').setInputFiles(ANNUAIRE);
    await options.locator('[data-ca-directory="imported"]').waitFor({ timeout: 30_000 });
    await options.close();

    const page = await openPortal(session, ENTRY_FORM, 'saisie');
    await typeInto(page, 'recipientSiret', INACTIVE);
    await waitForMessage(page, 'cpp/recipient-inactive');
    assert.equal(await message(page, 'cpp/recipient-inactive').getAttribute('data-ca-severity'), 'error');
    assert.match(await message(page, 'cpp/recipient-inactive').innerText(), /MAIRIE DE L'ÎLE-FICTIVE \(SIRET \d{14}\) est inactive dans l'annuaire Chorus Pro du 20\/11\/2026/);
    await waitForState(page, 'recipientSiret', 'error');
    await page.close();
  });

  test("a service code the structure does not have: its closest services are offered, one click writes the right one", async () => {
    const page = await openPortal(session, ENTRY_FORM, 'saisie');
    await typeInto(page, 'recipientSiret', HOSPITAL);
    await typeInto(page, 'serviceCode', 'URGENSES');
    await waitForMessage(page, 'cpp/service-unknown');
    await waitForState(page, 'serviceCode', 'error');
    const unknown = message(page, 'cpp/service-unknown');
    assert.match(await unknown.innerText(), /« URGENSES » n'existe pas pour CENTRE HOSPITALIER DE MONTS-D'ESSAI/);
    const choices = await unknown.locator('[data-ca-action="fix"]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-ca-fix-value')));
    assert.equal(choices[0], 'URGENCES');
    assert.ok(!choices.includes('ANCIEN_SERV'), `an inactive service is not offered: ${choices.join(', ')}`);
    await assertAccessibleWithin(page, 'chorus-assistant', 'panel with a fix of several values');
    // Reached and pressed from the keyboard, like any button of the panel.
    const urgences = unknown.locator('[data-ca-action="fix"][data-ca-fix-value="URGENCES"]');
    assert.equal(await urgences.getAttribute('aria-label'), 'Écrire URGENCES — Service des urgences dans Code service');
    await urgences.focus();
    await page.keyboard.press('Enter');
    assert.equal(await field(page, 'serviceCode').inputValue(), 'URGENCES');
    await waitForMessage(page, 'cpp/service-unknown', false);
    await waitForState(page, 'serviceCode', 'ok');
    await page.close();
  });

  test("a structure chosen in the portal's own « Rechercher une structure » window is looked up too", async () => {
    const page = await openPortal(session, ENTRY_FORM, 'saisie');
    await page.locator('[data-recherche="structure"]').first().click();
    await page.locator('#GFE_RechercheStructure_Criteres_Identifiant').fill('lyon');
    await page.locator('#GFE_RechercheStructure_Criteres_BoutonRechercher').click();
    await page.getByRole('button', { name: 'Sélectionner VILLE DE LYON' }).click();
    assert.equal(await field(page, 'recipientSiret').inputValue(), LYON);
    await waitForMessage(page, 'cpp/directory-unknown');
    assert.equal(await message(page, 'cpp/directory-unknown').getAttribute('data-ca-severity'), 'warning');
    await waitForState(page, 'recipientSiret', 'warning');
    await page.close();
  });

  test("the guide's quick check looks the SIRET up too, with the same messages and choices", async () => {
    const guide = await session.openExtensionPage('guide.html');
    await guide.locator('#qc-recipientSiret').fill(HOSPITAL);
    await guide.locator('#qc-serviceCode').fill('URGENSES');
    const unknown = guide.locator('.guide-quick [data-ca-rule="cpp/service-unknown"]');
    await unknown.waitFor();
    assert.equal(await guide.locator('#qc-serviceCode').getAttribute('data-ca-state'), 'error');
    await assertAccessibleWithin(guide, '.guide-quick', 'guide, quick check with a fix of several values');
    await unknown.locator('[data-ca-action="fix"][data-ca-fix-value="URGENCES"]').click();
    assert.equal(await guide.locator('#qc-serviceCode').inputValue(), 'URGENCES');
    await unknown.waitFor({ state: 'detached' });
    await guide.locator('#qc-recipientSiret').fill(INACTIVE);
    await guide.locator('.guide-quick [data-ca-rule="cpp/recipient-inactive"][data-ca-severity="error"]').waitFor();
    await guide.close();
  });

  test('once deleted on the settings page, a new entry form hears nothing of it', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.locator('[data-ca-action="delete-directory"]').click();
    await options.locator('[data-ca-directory="none"]').waitFor();
    await options.close();
    const page = await openPortal(session, ENTRY_FORM, 'saisie');
    await typeInto(page, 'recipientSiret', INACTIVE);
    await assertDirectorySilent(page, 'after deletion');
    assert.equal(await panel(page).locator('[data-ca-rule="cpp/recipient-inactive"]').count(), 0);
    await page.close();
  });

  test('asks nothing of the network', () => {
    assert.deepEqual(foreignRequests(session), []);
  });
});

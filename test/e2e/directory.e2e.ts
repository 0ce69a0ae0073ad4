import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessibleWithin } from './lib/axe.ts';
import { launchWithExtension, type ExtensionSession } from './lib/browser.ts';
import { HOSPITAL, INACTIVE } from '../directory/fixture-data.ts';
import { generateDirectory } from '../bench/generate-directory.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/directory');
const xlsx = (name: string, as = name) => ({
  name: as,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: readFileSync(resolve(FIXTURES, name)),
});


/** The Chorus Pro directory on the extension's own pages: imported on the settings page, searched on the guide. */
describe('directory (options.html, guide.html)', () => {
  let session: ExtensionSession;
  let options: Page;

  before(async () => {
    session = await launchWithExtension();
    options = await session.openExtensionPage('options.html');
    await options.locator('[data-ca-directory]').waitFor();
  });
  after(async () => {
    await session?.close();
  });

  const status = () => options.locator('[data-ca-directory-status]').innerText();

  test('without a directory, the settings say what importing would add', async () => {
    assert.equal(await options.locator('[data-ca-directory]').getAttribute('data-ca-directory'), 'none');
    const about = await options.locator('[data-ca-directory-about]').innerText();
    assert.match(about, /Aucun annuaire importé/);
    assert.match(about, /SIRET est bien dans l'annuaire et que la structure est active/);
    assert.match(about, /N° d'engagement/);
    assert.match(about, /Code service/);
    assert.equal(await options.locator('[data-ca-action="delete-directory"]').count(), 0);
  });

  test('a file that is not the directory gets a clear French message, and nothing is imported', async () => {
    await options.locator('[data-ca-action="import-directory"]').setInputFiles(xlsx('pas-un-annuaire.xlsx'));
    const error = options.locator('[data-ca-directory-error]');
    await error.waitFor();
    assert.match(await error.innerText(), /Ce classeur n'est pas l'annuaire des structures publiques de Chorus Pro/);
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.equal(await options.locator('[data-ca-directory]').getAttribute('data-ca-directory'), 'none');
    await options.locator('[data-ca-action="import-directory"]').setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await options.locator('[data-ca-directory-error]', { hasText: "n'est pas un classeur Excel" }).waitFor();
  });

  test('the directory is imported in a worker; the page shows its date and counts', async () => {
    await options.locator('[data-ca-action="import-directory"]').setInputFiles(xlsx('annuaire.xlsx', 'annuaire-structures-publiques.xlsx'));
    await options.locator('[data-ca-directory="imported"]').waitFor();
    assert.equal(await options.locator('[data-ca-directory-error]').count(), 0);
    assert.match(await status(), /Annuaire du 20\/11\/2026 importé : 11 structures, 11 services\./);
    assert.equal(await options.locator('[data-ca-directory-date]').innerText(), '20/11/2026');
    assert.equal(await options.locator('[data-ca-directory-structures]').innerText(), '11 (dont 10 actives)');
    assert.equal(await options.locator('[data-ca-directory-services]').innerText(), '11 (dont 10 actifs)');
    assert.match(await options.locator('[data-ca-directory-facts]').innerText(), /annuaire-structures-publiques\.xlsx/);
    // The file's oddities are told, folded.
    assert.match(await options.locator('.ca-directory__problems summary').innerText(), /Particularités du fichier \(2\)/);
    await options.locator('.ca-directory__problems summary').click();
    await assertAccessibleWithin(options, '[data-ca-directory]', 'options, directory imported');
  });

  test('a file with a missing column names it and keeps the directory already imported', async () => {
    await options.locator('[data-ca-action="import-directory"]').setInputFiles(xlsx('annuaire-colonne-manquante.xlsx'));
    const error = options.locator('[data-ca-directory-error]');
    await error.waitFor();
    const text = await error.innerText();
    assert.match(text, /La colonne « GestionService » manque dans la feuille des structures/);
    assert.match(text, /L'annuaire déjà importé est conservé, inchangé\./);
    assert.equal(await options.locator('[data-ca-directory-date]').innerText(), '20/11/2026');
    assert.equal(await options.locator('[data-ca-directory-structures]').getAttribute('data-ca-directory-structures'), '11');
  });

  test('a larger directory shows a labelled progress bar and a live status while it is read, then replaces the first', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'acp-directory-')), 'annuaire-30000.xlsx');
    generateDirectory(file, { structures: 30_000, services: 12_000 });
    await options.locator('[data-ca-action="import-directory"]').setInputFiles(file);
    const progress = options.locator('[data-ca-directory-progress]');
    await progress.waitFor();
    assert.equal(await options.locator(`label[for="${await progress.getAttribute('id')}"]`).innerText(), "Lecture de l'annuaire");
    assert.equal(await options.locator('[data-ca-directory-status]').getAttribute('aria-live'), 'polite');
    assert.match(await status(), /(Lecture|Enregistrement).*…/);
    assert.equal(await options.locator('[data-ca-action="cancel-directory-import"]').count(), 1);
    await options.locator('[data-ca-directory-structures="30000"]').waitFor({ timeout: 120_000 });
    assert.equal(await progress.count(), 0);
    assert.match(await status(), /Annuaire du 20\/11\/2026 importé : 30\u202f000 structures, 12\u202f000 services\./);
    rmSync(dirname(file), { recursive: true, force: true });
    // The fixture again, for the searches below.
    await options.locator('[data-ca-action="import-directory"]').setInputFiles(xlsx('annuaire.xlsx'));
    await options.locator('[data-ca-directory-structures="11"]').waitFor();
  });

  test('the guide page searches it by name, accent-insensitive, as one types, and shows flags and services', async () => {
    const guide = await session.openExtensionPage('guide.html');
    const search = guide.locator('[data-ca-action="search-directory"]');
    await search.waitFor();
    await search.pressSequentially('ile fictive');
    await guide.locator(`[data-ca-directory-result="${INACTIVE}"]`).waitFor();
    assert.match(await guide.locator(`[data-ca-directory-result="${INACTIVE}"]`).innerText(), /MAIRIE DE L'ÎLE-FICTIVE\s*inactive/);
    await guide.locator(`[data-ca-directory-result="${INACTIVE}"]`).click();
    const detail = guide.locator(`[data-ca-directory-structure="${INACTIVE}"]`);
    await detail.waitFor();
    assert.equal(await detail.locator('[data-ca-directory-flag="active"]').innerText(), 'Non');

    await search.fill('centre hospitalier');
    await guide.locator(`[data-ca-directory-result="${HOSPITAL}"]`).click();
    const hospital = guide.locator(`[data-ca-directory-structure="${HOSPITAL}"]`);
    await hospital.waitFor();
    assert.equal(await hospital.locator('[data-ca-directory-flag="service"]').innerText(), 'Oui');
    assert.equal(await hospital.locator('[data-ca-directory-flag="engagement"]').innerText(), 'Non');
    const pharma = await hospital.locator('[data-ca-directory-service="PHARMA"]').innerText();
    assert.match(pharma, /PHARMA\s+Pharmacie centrale\s+Oui\s+Oui/);
    assert.match(await hospital.locator('[data-ca-directory-service="ANCIEN_SERV"]').innerText(), /Ancien service économique\s+Non\s+Non/);
    await assertAccessibleWithin(guide, '#directory-guide', 'guide, directory search with a structure shown');
    await guide.close();
  });

  test('the guide page finds a SIRET by its SIREN', async () => {
    const guide = await session.openExtensionPage('guide.html');
    const search = guide.locator('[data-ca-action="search-directory"]');
    await search.waitFor();
    await search.fill('214 202 186');
    await guide.locator('[data-ca-directory-result="21420218600018"]').waitFor();
    assert.match(await guide.locator('[data-ca-directory-results]').innerText(), /VILLE DE SAINT ETIENNE/);
    await guide.close();
  });

  test('« Supprimer l’annuaire » erases it, here and on the guide', async () => {
    await options.locator('[data-ca-action="delete-directory"]').click();
    await options.locator('[data-ca-directory="none"]').waitFor();
    assert.match(await status(), /Annuaire supprimé de ce navigateur\./);
    const guide = await session.openExtensionPage('guide.html');
    await guide.locator('[data-ca-directory-search-none]').waitFor();
    const databases = await guide.evaluate(async () => (await indexedDB.databases()).map((info) => info.name).filter((name) => name?.startsWith('acp-directory-')));
    assert.deepEqual(databases, []);
    await guide.close();
  });

  test('asks nothing of the network', () => {
    const outside = session.requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url));
    assert.deepEqual(outside, []);
  });
});

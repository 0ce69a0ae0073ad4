import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDirectory } from '../../../utils/directory/read.ts';
import { DirectoryError } from '../../../utils/directory/types.ts';
import { bytesFile } from '../../../utils/directory/zip.ts';
import { XLSX_LIMITS } from '../../../utils/directory/xlsx.ts';
import {
  AGGLOMERATION, DEPARTMENT, HOSPITAL, INACTIVE, LEADING_ZERO, ODD_FLAG, SAINT_ETIENNE, SCIENTIFIC, SERVICE_ROWS, STRUCTURE_ROWS,
} from '../../directory/fixture-data.ts';
import { FIXTURES, readFixture } from '../../directory/read-fixture.ts';
import { xlsxBytes } from '../../directory/xlsx-writer.ts';

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

async function failure(bytes: Uint8Array): Promise<DirectoryError> {
  const error = await readDirectory(bytesFile(bytes), { structure() {}, service() {}, flush: async () => {} }, { fileName: 'x.xlsx' }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DirectoryError);
  return error as DirectoryError;
}

describe('reading the directory file', () => {
  it('reads every structure with its flags, written true/false, Oui/Non, 1/0, booleans and VRAI/FAUX', async () => {
    const { structures, summary } = await readFixture('annuaire.xlsx');
    expect(summary.counts).toEqual({ structures: 11, activeStructures: 10, services: 11, activeServices: 10, engagementRequired: 3, serviceRequired: 2 });
    expect(structures.get(SAINT_ETIENNE)).toEqual({
      id: SAINT_ETIENNE,
      idType: 'SIRET',
      name: 'VILLE DE SAINT ETIENNE',
      active: true,
      engagementRequired: true,
      serviceRequired: false,
      engagementOrServiceRequired: false,
      paymentStatusReported: true,
      address: 'Hôtel de Ville, Place de l’Hôtel de Ville',
      postalCode: '42000',
      city: 'SAINT-ETIENNE',
      country: 'France',
    });
    expect(structures.get(INACTIVE)).toMatchObject({ name: "MAIRIE DE L'ÎLE-FICTIVE", active: false, engagementRequired: false });
    expect(structures.get(HOSPITAL)).toMatchObject({ active: true, serviceRequired: true, engagementRequired: false, paymentStatusReported: true });
    expect(structures.get(LEADING_ZERO)).toMatchObject({ active: true, engagementRequired: true, serviceRequired: false });
    expect(structures.get(SCIENTIFIC)).toMatchObject({ name: 'COMMUNE DE BOURG-LES-TESTS', active: true, engagementRequired: false });
    expect(structures.get(AGGLOMERATION)).toMatchObject({ name: "COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS-TEST", engagementOrServiceRequired: true });
    expect(structures.get('GB123456789')).toMatchObject({ idType: 'HORS_UE', name: 'EMBASSY OF TESTLAND' });
  });

  it('gives a SIRET stored as a number its leading zero back, and reads one in scientific notation', async () => {
    const { structures, services } = await readFixture('annuaire.xlsx');
    expect(LEADING_ZERO).toMatch(/^0\d{13}$/);
    expect(structures.has(LEADING_ZERO)).toBe(true);
    expect(services.filter((service) => service.siret === LEADING_ZERO).map((service) => service.code)).toEqual(['ABONNES']);
    expect(structures.has(SCIENTIFIC)).toBe(true);
  });

  it('reads services with their own engagement flag and activity', async () => {
    const { entry } = await readFixture('annuaire.xlsx');
    expect(entry(HOSPITAL).services).toEqual([
      { siret: HOSPITAL, code: 'URGENCES', name: 'Service des urgences', active: true, engagementRequired: false },
      { siret: HOSPITAL, code: 'PHARMA', name: 'Pharmacie centrale', active: true, engagementRequired: true },
      { siret: HOSPITAL, code: 'TECHNIQUE', name: 'Services techniques', active: true, engagementRequired: false },
      { siret: HOSPITAL, code: 'ANCIEN_SERV', name: 'Ancien service économique', active: false, engagementRequired: false },
    ]);
    expect(entry(AGGLOMERATION).services.map((service) => [service.code, service.engagementRequired])).toEqual([['DIRFIN', false], ['VOIRIE', true]]);
  });

  it('reports what is odd without failing: an unreadable flag, services of an unknown structure', async () => {
    const { summary, structures } = await readFixture('annuaire.xlsx');
    expect(summary.problems.map((problem) => [problem.code, problem.count])).toEqual([
      ['unreadable-flag', 1],
      ['service-without-structure', 1],
    ]);
    expect(summary.problems[0]!.examples).toEqual(['Structures publiques, ligne 11, GestionEngagement : « peut-être »']);
    // An unreadable "required" flag reads as not required: no false alarm.
    expect(structures.get(ODD_FLAG)?.engagementRequired).toBe(false);
  });

  it('reads the same records from a copy saved by LibreOffice', async () => {
    const ours = await readFixture('annuaire.xlsx');
    const libreOffice = await readFixture('annuaire-libreoffice.xlsx');
    expect([...libreOffice.structures.values()]).toEqual([...ours.structures.values()]);
    expect(libreOffice.services).toEqual(ours.services);
  });

  it('finds the sheets by their columns whatever their names and order, below a title line', async () => {
    const ours = await readFixture('annuaire.xlsx');
    const reversed = await readFixture('annuaire-feuilles-inversees.xlsx');
    expect(reversed.summary.sheets).toEqual({ structures: ['Feuil2'], services: ['Feuil1'] });
    expect([...reversed.structures.values()]).toEqual([...ours.structures.values()]);
    expect(reversed.services).toEqual(ours.services);
  });

  it('matches column names loosely: case, accents, separators, order', async () => {
    const loose = (name: string) => name.replace('Gestion', 'gestion_').replace('Active', ' ACTIVE').replace('Identifiant', 'Identifiánt');
    const structureRows = STRUCTURE_ROWS.map((row, index) => (index === 0 ? (row as string[]).map(loose) : row)).map((row) => [...row].reverse());
    const bytes = xlsxBytes((writer) => {
      writer.sheet('A', structureRows);
      writer.sheet('B', SERVICE_ROWS);
    });
    const { structures } = await readFixture(bytes);
    expect(structures.get(DEPARTMENT)).toMatchObject({ engagementRequired: true, serviceRequired: true, active: true });
    expect(structures.get(INACTIVE)?.active).toBe(false);
  });

  it('names the missing column, and reads nothing', async () => {
    const error = await failure(fixtureBytes('annuaire-colonne-manquante.xlsx'));
    expect(error.code).toBe('missing-column');
    expect(error.message).toBe(
      "La colonne « GestionService » manque dans la feuille des structures (« Structures »). Ce fichier n'est pas l'annuaire complet de Chorus Pro, ou son format a changé : rien n'a été importé.",
    );
  });

  it('says a workbook that is not the directory is not, in French', async () => {
    const error = await failure(fixtureBytes('pas-un-annuaire.xlsx'));
    expect(error.code).toBe('not-directory');
    expect(error.message).toMatch(/^Ce classeur n'est pas l'annuaire des structures publiques de Chorus Pro/);
  });

  it('wants the services sheet too', async () => {
    const error = await failure(xlsxBytes((writer) => writer.sheet('Structures', STRUCTURE_ROWS)));
    expect(error.code).toBe('no-services-sheet');
    expect(error.message).toMatch(/feuille des services manque/);
  });

  it.each([
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')],
    ['a CSV export', new TextEncoder().encode('TypeIdentifiant;Identifiant;RaisonSociale\nSIRET;21420218600018;VILLE DE SAINT ETIENNE\n')],
    ['an empty file', new Uint8Array(0)],
  ])('says %s is not an Excel workbook', async (_what, bytes) => {
    const error = await failure(bytes);
    expect(error.code).toBe('not-xlsx');
    expect(error.message).toMatch(/^Ce fichier n'est pas un classeur Excel \(\.xlsx\)/);
  });

  it('says a truncated download is damaged', async () => {
    const bytes = fixtureBytes('annuaire.xlsx');
    const cut = new Uint8Array([...bytes.subarray(0, 1500), ...bytes.subarray(bytes.length - 400)]);
    const error = await failure(cut);
    expect(['damaged', 'not-xlsx']).toContain(error.code);
    expect(error.message).toMatch(/endommagé|pas un classeur/);
  });

  it('stops a part that inflates beyond its limit (a ZIP bomb) and a file far larger than the directory', async () => {
    const saved = { ...XLSX_LIMITS };
    try {
      XLSX_LIMITS.sheetBytes = 2000;
      const bomb = await failure(fixtureBytes('annuaire.xlsx'));
      expect(bomb.code).toBe('too-large');
      expect(bomb.message).toMatch(/bien plus gros que l'annuaire/);
      Object.assign(XLSX_LIMITS, saved);
      XLSX_LIMITS.fileBytes = 1000;
      expect((await failure(fixtureBytes('annuaire.xlsx'))).code).toBe('too-large');
    } finally {
      Object.assign(XLSX_LIMITS, saved);
    }
  });

  it('dates the directory by its properties, else its name, else the day of import', async () => {
    expect((await readFixture('annuaire.xlsx')).summary).toMatchObject({ date: '2026-11-20', dateSource: 'file-properties' });
    const undated = fixtureBytes('annuaire-feuilles-inversees.xlsx');
    expect((await readFixture(undated, 'AIFE-Chorus-Pro-Annuaire_13112026.xlsx')).summary).toMatchObject({ date: '2026-11-13', dateSource: 'file-name' });
    expect((await readFixture(undated, 'annuaire_2026-11-06.xlsx')).summary).toMatchObject({ date: '2026-11-06', dateSource: 'file-name' });
    expect((await readFixture(undated, 'annuaire.xlsx')).summary).toMatchObject({ date: '2026-11-27', dateSource: 'import' });
  });

  it('reports progress up to the whole file', async () => {
    const seen: number[] = [];
    let total = 0;
    await readDirectory(bytesFile(fixtureBytes('annuaire.xlsx')), { structure() {}, service() {}, flush: async () => {} }, {
      fileName: 'annuaire.xlsx',
      onProgress: (event) => {
        seen.push(event.done);
        total = event.total;
      },
    });
    expect(total).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

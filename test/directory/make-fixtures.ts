// Writes the directory fixtures of test/fixtures/directory/ (see SOURCES.md there):
//   node --experimental-strip-types test/directory/make-fixtures.ts
// The LibreOffice copy is made only where /usr/bin/soffice exists; it is committed, so tests never need it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE_DATE, SERVICE_ROWS, STRUCTURE_HEADER, STRUCTURE_ROWS } from './fixture-data.ts';
import { xlsxBytes } from './xlsx-writer.ts';

const OUT = resolve(import.meta.dirname, '../fixtures/directory');
const modified = `${FIXTURE_DATE}T05:30:00Z`;

const write = (name: string, bytes: Uint8Array) => {
  writeFileSync(join(OUT, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
};

write(
  'annuaire.xlsx',
  xlsxBytes((writer) => {
    writer.sheet('Structures publiques', STRUCTURE_ROWS);
    writer.sheet('Services', SERVICE_ROWS);
  }, { modified }),
);

// The same directory, services first, in sheets with no telling name and a title line above the services' header.
write(
  'annuaire-feuilles-inversees.xlsx',
  xlsxBytes((writer) => {
    writer.sheet('Feuil1', [['Annuaire des services (extrait)'], [], ...SERVICE_ROWS]);
    writer.sheet('Feuil2', STRUCTURE_ROWS);
  }),
);

const withoutColumn = (rows: typeof STRUCTURE_ROWS, column: string) => {
  const at = STRUCTURE_HEADER.indexOf(column);
  return rows.map((row) => row.filter((_, index) => index !== at));
};
write(
  'annuaire-colonne-manquante.xlsx',
  xlsxBytes((writer) => {
    writer.sheet('Structures', withoutColumn(STRUCTURE_ROWS, 'GestionService'));
    writer.sheet('Services', SERVICE_ROWS);
  }, { modified }),
);

write(
  'pas-un-annuaire.xlsx',
  xlsxBytes((writer) => {
    writer.sheet('Factures', [
      ['Numéro', 'Date', 'Client', 'Montant TTC', 'Statut'],
      ['FA-2026-001', '15/10/2026', 'Ville de Saint-Étienne', { number: 1200 }, 'Mise en paiement'],
      ['FA-2026-002', '20/10/2026', 'Département', { number: 80 }, 'À recycler'],
    ]);
  }, { modified }),
);

// A real spreadsheet program's output: LibreOffice opens annuaire.xlsx and saves it again (its own part order,
// styles, shared strings and number cells).
if (existsSync('/usr/bin/soffice')) {
  const work = mkdtempSync(join(tmpdir(), 'acp-lo-'));
  try {
    execFileSync('/usr/bin/soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(work, 'out'), join(OUT, 'annuaire.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    renameSync(join(work, 'out', 'annuaire.xlsx'), join(OUT, 'annuaire-libreoffice.xlsx'));
    console.log('annuaire-libreoffice.xlsx: written by LibreOffice');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

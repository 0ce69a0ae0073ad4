import { classifyHeader, matchColumns, SERVICE_COLUMNS, STRUCTURE_COLUMNS, type ColumnIndex, type ServiceColumn, type SheetKind, type StructureColumn } from './columns.ts';
import { directoryDate } from './date.ts';
import { cellText, isBadSiret, normaliseIdentifier, parseFlag } from './values.ts';
import { openWorkbook, readSharedStrings, readSheetRows, type XlsxSheet } from './xlsx.ts';
import type { RandomAccessFile } from './zip.ts';
import {
  DirectoryError,
  type DirectoryCounts,
  type DirectoryProblem,
  type DirectoryProblemCode,
  type DirectoryService,
  type DirectoryStructure,
  type DirectorySummary,
} from './types.ts';

/** Where the records go: IndexedDB in the extension, a filter in the CLI, an array in tests. */
export interface DirectorySink {
  structure(record: DirectoryStructure): void;
  service(record: DirectoryService): void;
  /** Called between slices of the file; `final` once at the end. Saves what was handed over. */
  flush(final: boolean): Promise<void>;
}

export type ReadPhase = 'strings' | 'structures' | 'services' | 'other' | 'saving';

export interface ReadProgressEvent {
  phase: ReadPhase;
  /** Compressed bytes read so far, of `total`. */
  done: number;
  total: number;
}

export interface ReadDirectoryOptions {
  fileName: string;
  now?: Date;
  onProgress?: (event: ReadProgressEvent) => void;
}

/** Rows searched for the header at the top of each sheet (a title line may come first). */
const HEADER_ROWS = 10;
const EXAMPLES = 5;

const PROBLEM_MESSAGES: Record<DirectoryProblemCode, string> = {
  'optional-column-missing': 'Colonnes facultatives absentes : ces informations ne seront pas affichées.',
  'empty-identifier': 'Lignes de structure sans identifiant : ignorées.',
  'invalid-siret': 'SIRET invalides (14 chiffres avec la clé de contrôle) : gardés tels quels.',
  'duplicate-structure': 'Structures en double : la première ligne est gardée.',
  'empty-service-code': 'Lignes de service sans code ou sans SIRET de structure : ignorées.',
  'duplicate-service': 'Services en double pour une même structure : la première ligne est gardée.',
  'service-without-structure': "Services dont la structure n'est pas dans la feuille des structures.",
  'unreadable-flag': 'Valeurs oui/non illisibles : lues « non » (et « oui » pour une structure ou un service actif).',
};

class ProblemLog {
  private readonly found = new Map<DirectoryProblemCode, DirectoryProblem>();
  add(code: DirectoryProblemCode, example: string, count = 1): void {
    const problem = this.found.get(code) ?? { code, message: PROBLEM_MESSAGES[code], count: 0, examples: [] };
    problem.count += count;
    if (problem.examples.length < EXAMPLES) problem.examples.push(example);
    this.found.set(code, problem);
  }
  list(): DirectoryProblem[] {
    return [...this.found.values()];
  }
}

const KIND_LABEL: Record<SheetKind, string> = { structures: 'des structures', services: 'des services' };

function missingColumnMessage(kind: SheetKind, sheet: string, columns: string[]): string {
  const names = columns.map((column) => `« ${column} »`).join(', ');
  const what = columns.length > 1 ? `Les colonnes ${names} manquent` : `La colonne ${names} manque`;
  return `${what} dans la feuille ${KIND_LABEL[kind]} (« ${sheet} »). Ce fichier n'est pas l'annuaire complet de Chorus Pro, ou son format a changé : rien n'a été importé.`;
}

const NOT_DIRECTORY =
  "Ce classeur n'est pas l'annuaire des structures publiques de Chorus Pro : aucune feuille n'a ses colonnes (Identifiant, RaisonSociale, GestionEngagement, StructureActive…). Téléchargez « Annuaire des structures publiques » sur la communauté Chorus Pro, puis choisissez ce fichier.";

/**
 * Reads the directory from an .xlsx file, row by row, and hands each structure and service to the sink.
 * Throws a DirectoryError (French message) when the file is not the directory; the sink's caller then drops
 * whatever it had saved. Oddities of a readable directory are counted in the summary's problems.
 */
export async function readDirectory(file: RandomAccessFile, sink: DirectorySink, options: ReadDirectoryOptions): Promise<DirectorySummary> {
  const now = options.now ?? new Date();
  const workbook = await openWorkbook(file);
  const total = (workbook.sharedStrings?.compressedSize ?? 0) + workbook.sheets.reduce((sum, sheet) => sum + sheet.entry.compressedSize, 0);
  let done = 0;
  let phase: ReadPhase = 'strings';
  const onBytes = (bytes: number) => {
    done += bytes;
    options.onProgress?.({ phase, done, total });
  };
  options.onProgress?.({ phase, done, total });
  const strings = await readSharedStrings(workbook, { onBytes });

  const problems = new ProblemLog();
  const counts: DirectoryCounts = { structures: 0, activeStructures: 0, services: 0, activeServices: 0, engagementRequired: 0, serviceRequired: 0 };
  const structureIds = new Set<string>();
  const serviceKeys = new Set<string>();
  /** Each structure SIRET the services name, with the first place it appears. */
  const serviceOwners = new Map<string, string>();
  const sheets: DirectorySummary['sheets'] = { structures: [], services: [] };

  // Called for every flag of every row: the place is only written out when a value is unreadable.
  const flag = (cells: (string | undefined)[], at: number | undefined, fallback: boolean, sheet: string, row: number, column: string): boolean => {
    if (at === undefined) return fallback;
    const raw = cells[at];
    const value = parseFlag(raw);
    if (value !== undefined) return value;
    if (raw !== undefined && raw.trim() !== '') problems.add('unreadable-flag', `${sheet}, ligne ${row}, ${column} : « ${raw.trim().slice(0, 40)} »`);
    return fallback;
  };

  const readStructure = (sheet: string, index: ColumnIndex<StructureColumn>) => (cells: (string | undefined)[], row: number) => {
    const text = (column: StructureColumn) => (index[column] === undefined ? undefined : cellText(cells[index[column]!]));
    const idType = text('idType') ?? '';
    const id = normaliseIdentifier(cells[index.id!], idType);
    const where = () => `${sheet}, ligne ${row}`;
    if (id === '') {
      if (cells.some((cell) => cell !== undefined && cell.trim() !== '')) problems.add('empty-identifier', where());
      return;
    }
    if (structureIds.has(id)) {
      problems.add('duplicate-structure', `${where()} : ${id}`);
      return;
    }
    structureIds.add(id);
    if (isBadSiret(id, idType)) problems.add('invalid-siret', `${where()} : ${id}`);
    const record: DirectoryStructure = {
      id,
      idType,
      name: text('name') ?? '',
      active: flag(cells, index.active, true, sheet, row, STRUCTURE_COLUMNS.active.label),
      engagementRequired: flag(cells, index.engagementRequired, false, sheet, row, STRUCTURE_COLUMNS.engagementRequired.label),
      serviceRequired: flag(cells, index.serviceRequired, false, sheet, row, STRUCTURE_COLUMNS.serviceRequired.label),
      engagementOrServiceRequired: flag(cells, index.engagementOrServiceRequired, false, sheet, row, STRUCTURE_COLUMNS.engagementOrServiceRequired.label),
      paymentStatusReported: flag(cells, index.paymentStatusReported, false, sheet, row, STRUCTURE_COLUMNS.paymentStatusReported.label),
    };
    for (const column of ['address', 'postalCode', 'city', 'country'] as const) {
      const value = text(column);
      if (value !== undefined) record[column] = value;
    }
    counts.structures++;
    if (record.active) counts.activeStructures++;
    if (record.engagementRequired) counts.engagementRequired++;
    if (record.serviceRequired) counts.serviceRequired++;
    sink.structure(record);
  };

  const readService = (sheet: string, index: ColumnIndex<ServiceColumn>) => (cells: (string | undefined)[], row: number) => {
    const siret = normaliseIdentifier(cells[index.siret!]);
    const code = cellText(cells[index.code!]) ?? '';
    const where = () => `${sheet}, ligne ${row}`;
    if (siret === '' || code === '') {
      if (cells.some((cell) => cell !== undefined && cell.trim() !== '')) problems.add('empty-service-code', where());
      return;
    }
    const key = `${siret}\u0000${code}`;
    if (serviceKeys.has(key)) {
      problems.add('duplicate-service', `${where()} : ${siret} ${code}`);
      return;
    }
    serviceKeys.add(key);
    if (!serviceOwners.has(siret)) serviceOwners.set(siret, where());
    const record: DirectoryService = {
      siret,
      code,
      name: cellText(cells[index.name!]) ?? '',
      active: flag(cells, index.active, true, sheet, row, SERVICE_COLUMNS.active.label),
      engagementRequired: flag(cells, index.engagementRequired, false, sheet, row, SERVICE_COLUMNS.engagementRequired.label),
    };
    counts.services++;
    if (record.active) counts.activeServices++;
    sink.service(record);
  };

  for (const sheet of workbook.sheets) {
    const startedAt = done;
    phase = 'other';
    const onRow = sheetReader(sheet, (kind, header) => {
      phase = kind;
      if (kind === 'structures') {
        const match = matchColumns(header, STRUCTURE_COLUMNS);
        if (match.missingRequired.length) throw new DirectoryError('missing-column', missingColumnMessage(kind, sheet.name, match.missingRequired));
        if (match.missingOptional.length) problems.add('optional-column-missing', `${sheet.name} : ${match.missingOptional.join(', ')}`, match.missingOptional.length);
        sheets.structures.push(sheet.name);
        return readStructure(sheet.name, match.index);
      }
      const match = matchColumns(header, SERVICE_COLUMNS);
      if (match.missingRequired.length) throw new DirectoryError('missing-column', missingColumnMessage(kind, sheet.name, match.missingRequired));
      sheets.services.push(sheet.name);
      return readService(sheet.name, match.index);
    });
    await readSheetRows(workbook, sheet, strings, onRow, { onBytes, afterSlice: () => sink.flush(false) });
    // A sheet left early (not part of the directory) counts as read for the progress bar.
    const unread = sheet.entry.compressedSize - (done - startedAt);
    if (unread > 0) onBytes(unread);
  }

  if (sheets.structures.length === 0) {
    if (sheets.services.length === 0) throw new DirectoryError('not-directory', NOT_DIRECTORY);
    throw new DirectoryError('not-directory', `${NOT_DIRECTORY.split(' : ')[0]} : la feuille des structures manque.`);
  }
  if (sheets.services.length === 0) {
    throw new DirectoryError(
      'no-services-sheet',
      "La feuille des services manque dans ce classeur (colonnes Identifiant, Code, Nom, GestionEGMT, ServiceActif). Ce fichier n'est pas l'annuaire complet de Chorus Pro : rien n'a été importé.",
    );
  }
  for (const [siret, where] of serviceOwners) {
    if (!structureIds.has(siret)) problems.add('service-without-structure', `${where} : ${siret}`);
  }
  options.onProgress?.({ phase: 'saving', done: total, total });
  await sink.flush(true);
  const { date, source } = directoryDate(workbook.written, options.fileName, now);
  return { date, dateSource: source, fileName: options.fileName, sheets, counts, problems: problems.list() };
}

/**
 * A row handler for one sheet: it looks for the header in the first rows, lets `start` choose the reader for
 * that kind of sheet, and stops reading a sheet that has no directory header.
 */
function sheetReader(
  sheet: XlsxSheet,
  start: (kind: SheetKind, header: (string | undefined)[]) => (cells: (string | undefined)[], row: number) => void,
): (cells: (string | undefined)[], row: number) => boolean {
  let read: ((cells: (string | undefined)[], row: number) => void) | undefined;
  let seen = 0;
  return (cells, row) => {
    if (read) {
      read(cells, row);
      return true;
    }
    seen++;
    const kind = classifyHeader(cells, sheet.name);
    if (kind) read = start(kind, cells);
    return seen < HEADER_ROWS || read !== undefined;
  };
}

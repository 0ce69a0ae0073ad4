import { attribute, XmlScanner } from './xml-scan.ts';
import { readZipEntries, streamEntry, type RandomAccessFile, type ZipEntry } from './zip.ts';
import { DirectoryError } from './types.ts';

/**
 * A streaming reader of .xlsx workbooks: the sheets' XML goes through a scanner a slice at a time and each
 * row is handed over as an array of strings, so a 200 000-row sheet is never held as objects. Shared strings
 * (`xl/sharedStrings.xml`) are read first and kept, since any row may refer to any of them; inline strings,
 * booleans and numbers are read from the cell itself.
 */

export interface XlsxSheet {
  name: string;
  entry: ZipEntry;
}

export interface XlsxWorkbook {
  file: RandomAccessFile;
  sheets: XlsxSheet[];
  sharedStrings: ZipEntry | undefined;
  /** The workbook's own date (docProps/core.xml, modified or else created), ISO text, when written. */
  written: string | undefined;
}

/** The limits a directory file stays well within (the real one: ~27 MB, ~250 MB of XML). */
export const XLSX_LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  sharedStringsBytes: 400 * 1024 * 1024,
  sheetBytes: 1024 * 1024 * 1024,
  smallPartBytes: 8 * 1024 * 1024,
};

const TOO_LARGE = "Ce fichier est bien plus gros que l'annuaire des structures publiques de Chorus Pro : il n'a pas été importé.";
const NOT_XLSX = "Ce fichier n'est pas un classeur Excel (.xlsx). Téléchargez l'annuaire au format Excel sur la communauté Chorus Pro, puis choisissez ce fichier.";

/** A small part read whole: `onOpen` for each element (name without prefix, tag text), `onText` with the path. */
function parseXml(text: string, onOpen: (name: string, tag: string) => void, onText?: (text: string, path: readonly string[]) => void): void {
  const path: string[] = [];
  const scanner: XmlScanner = new XmlScanner({
    open(name, tag) {
      path.push(name);
      scanner.capturing = onText !== undefined;
      onOpen(name, tag);
    },
    close() {
      path.pop();
    },
    text: onText ? (value) => onText(value, path) : undefined,
  });
  scanner.write(text);
  scanner.end();
}

async function readSmallPart(file: RandomAccessFile, entry: ZipEntry): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  await streamEntry(file, entry, (bytes, final) => void (text += decoder.decode(bytes, { stream: !final })), {
    maxBytes: XLSX_LIMITS.smallPartBytes,
    tooLargeMessage: TOO_LARGE,
  });
  return text;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function relationships(text: string): { id: string; type: string; target: string }[] {
  const found: { id: string; type: string; target: string }[] = [];
  parseXml(text, (name, tag) => {
    if (name === 'Relationship') found.push({ id: attribute(tag, 'Id') ?? '', type: attribute(tag, 'Type') ?? '', target: attribute(tag, 'Target') ?? '' });
  });
  return found;
}

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Opens a workbook: its sheets in order, where its shared strings are, and its date. */
export async function openWorkbook(file: RandomAccessFile): Promise<XlsxWorkbook> {
  if (file.size > XLSX_LIMITS.fileBytes) throw new DirectoryError('too-large', TOO_LARGE);
  const entries = await readZipEntries(file);
  const part = async (name: string) => {
    const entry = entries.get(name);
    return entry ? readSmallPart(file, entry) : undefined;
  };
  const wrongXml = (error: unknown): never => {
    if (error instanceof DirectoryError) throw error;
    throw new DirectoryError('not-xlsx', NOT_XLSX);
  };

  try {
    const rootRels = await part('_rels/.rels');
    const officeDocument = rootRels ? relationships(rootRels).find((rel) => rel.type.endsWith('/officeDocument')) : undefined;
    const workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
    const workbookXml = await part(workbookPath);
    if (workbookXml === undefined) throw new DirectoryError('not-xlsx', NOT_XLSX);

    const declared: { name: string; relId: string }[] = [];
    parseXml(workbookXml, (name, tag) => {
      if (name === 'sheet') declared.push({ name: attribute(tag, 'name') ?? '', relId: attribute(tag, 'id') ?? '' });
    });
    const rels = relationships((await part(relsPathOf(workbookPath))) ?? '<Relationships/>');
    const target = (relId: string) => rels.find((rel) => rel.id === relId)?.target;
    const sheets: XlsxSheet[] = [];
    declared.forEach((sheet, index) => {
      const path = target(sheet.relId);
      const entry = entries.get(path ? resolveTarget(workbookPath, path) : `xl/worksheets/sheet${index + 1}.xml`);
      if (entry) sheets.push({ name: sheet.name || `Feuille ${index + 1}`, entry });
    });
    const sharedTarget = rels.find((rel) => rel.type.endsWith('/sharedStrings'))?.target;
    const sharedStrings = entries.get(sharedTarget ? resolveTarget(workbookPath, sharedTarget) : 'xl/sharedStrings.xml');

    let modified: string | undefined;
    let created: string | undefined;
    const core = await part('docProps/core.xml');
    if (core) {
      parseXml(core, () => {}, (text, path) => {
        const last = path[path.length - 1];
        if (last === 'modified') modified = (modified ?? '') + text;
        if (last === 'created') created = (created ?? '') + text;
      });
    }
    return { file, sheets, sharedStrings, written: (modified ?? created)?.trim() || undefined };
  } catch (error) {
    return wrongXml(error);
  }
}

export interface ReadProgress {
  /** Compressed bytes of the parts read so far. */
  onBytes?: (bytes: number) => void;
  /** Called between slices: the consumer may save what it has. */
  afterSlice?: () => Promise<void>;
}

/** The shared strings, in order: a cell of type "s" holds an index into them. */
export async function readSharedStrings(workbook: XlsxWorkbook, progress: ReadProgress = {}): Promise<string[]> {
  const strings: string[] = [];
  if (!workbook.sharedStrings) return strings;
  let current = '';
  let phonetic = 0;
  const scanner: XmlScanner = new XmlScanner({
    open(name, _tag, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 't') scanner.capturing = !selfClosing && phonetic === 0;
      else if (name === 'rPh' && !selfClosing) phonetic++;
    },
    close(name) {
      if (name === 't') scanner.capturing = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(current);
    },
    text(text) {
      current += text;
    },
  });
  const decoder = new TextDecoder();
  await streamEntry(
    workbook.file,
    workbook.sharedStrings,
    (bytes, final) => {
      scanner.write(decoder.decode(bytes, { stream: !final }));
      if (final) scanner.end();
    },
    { maxBytes: XLSX_LIMITS.sharedStringsBytes, tooLargeMessage: TOO_LARGE, onCompressedBytes: progress.onBytes, afterSlice: progress.afterSlice },
  );
  return strings;
}

/** "AB12" → 27 (zero-based column). */
function columnOf(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/**
 * Streams a sheet's rows: `onRow(cells, rowNumber)` with the cells' text by column (undefined for an empty cell),
 * row numbers as the spreadsheet shows them. `onRow` returns false to stop reading this sheet.
 */
export async function readSheetRows(
  workbook: XlsxWorkbook,
  sheet: XlsxSheet,
  strings: readonly string[],
  onRow: (cells: (string | undefined)[], rowNumber: number) => boolean | void,
  progress: ReadProgress = {},
): Promise<void> {
  let cells: (string | undefined)[] = [];
  let rowNumber = 0;
  let column = -1;
  let type = '';
  let value = '';
  let stopped = false;

  const scanner: XmlScanner = new XmlScanner({
    open(name, tag, selfClosing) {
      switch (name) {
        case 'row': {
          const declared = Number(attribute(tag, 'r'));
          rowNumber = Number.isInteger(declared) && declared > 0 ? declared : rowNumber + 1;
          cells = [];
          column = -1;
          break;
        }
        case 'c': {
          const reference = attribute(tag, 'r');
          column = reference ? columnOf(reference) : column + 1;
          type = attribute(tag, 't') ?? '';
          value = '';
          break;
        }
        case 'v':
        case 't':
          scanner.capturing = !selfClosing;
          break;
        case 'rPh':
          scanner.capturing = false;
          break;
      }
    },
    text(text) {
      value += text;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          scanner.capturing = false;
          break;
        case 'c':
          if (column >= 0 && value !== '') cells[column] = cellValue(type, value, strings);
          break;
        case 'row':
          if (!stopped && onRow(cells, rowNumber) === false) stopped = true;
          break;
      }
    },
  });

  const decoder = new TextDecoder();
  await streamEntry(
    workbook.file,
    sheet.entry,
    (bytes, final) => {
      scanner.write(decoder.decode(bytes, { stream: !final }));
      if (final && !stopped) scanner.end();
      return !stopped;
    },
    { maxBytes: XLSX_LIMITS.sheetBytes, tooLargeMessage: TOO_LARGE, onCompressedBytes: progress.onBytes, afterSlice: progress.afterSlice },
  );
}

function cellValue(type: string, raw: string, strings: readonly string[]): string | undefined {
  switch (type) {
    case 's': {
      const text = strings[Number(raw)];
      return text === undefined || text === '' ? undefined : text;
    }
    case 'b':
      return raw === '1' ? 'true' : raw === '0' ? 'false' : raw || undefined;
    default:
      return raw === '' ? undefined : raw;
  }
}

import { strToU8, Zip, ZipDeflate } from 'fflate';
import { isValidSiret } from '../../utils/model/siret.ts';

/**
 * A small streaming .xlsx writer for the directory's fixtures and benchmark: it writes the parts a spreadsheet
 * program writes, in the order Excel does (sheets first, shared strings after them), so the reader is tested on
 * the hard order. Cells may be shared strings, inline strings, numbers or booleans, as real files mix them.
 */
export type Cell =
  | string
  | { inline: string }
  | { number: string | number }
  | { bool: boolean }
  | { text: string }
  | null
  | undefined;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface XlsxWriterOptions {
  /** docProps/core.xml's modified date (ISO); no core.xml when absent. */
  modified?: string;
  /** Compression level, 0–9. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

export class XlsxWriter {
  private readonly zip: Zip;
  private readonly strings = new Map<string, number>();
  private readonly sheetNames: string[] = [];
  private readonly level: XlsxWriterOptions['level'];
  private readonly modified: string | undefined;
  private failure: Error | null = null;

  constructor(out: (chunk: Uint8Array, final: boolean) => void, options: XlsxWriterOptions = {}) {
    this.level = options.level ?? 6;
    this.modified = options.modified;
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else out(chunk, final);
    });
  }

  private part(name: string, text: string): void {
    const file = new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    file.push(strToU8(text), true);
  }

  private shared(text: string): number {
    let index = this.strings.get(text);
    if (index === undefined) {
      index = this.strings.size;
      this.strings.set(text, index);
    }
    return index;
  }

  private cellXml(cell: Cell, reference: string): string {
    if (cell === null || cell === undefined) return '';
    if (typeof cell === 'string') return `<c r="${reference}" t="s"><v>${this.shared(cell)}</v></c>`;
    if ('inline' in cell) return `<c r="${reference}" t="inlineStr"><is><t>${escapeXml(cell.inline)}</t></is></c>`;
    if ('number' in cell) return `<c r="${reference}"><v>${cell.number}</v></c>`;
    if ('bool' in cell) return `<c r="${reference}" t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
    return `<c r="${reference}" t="str"><v>${escapeXml(cell.text)}</v></c>`;
  }

  /** Adds a sheet, its rows streamed (row 1 first). */
  sheet(name: string, rows: Iterable<Cell[]>): void {
    this.sheetNames.push(name);
    const file = new ZipDeflate(`xl/worksheets/sheet${this.sheetNames.length}.xml`, { level: this.level });
    this.zip.add(file);
    let buffer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
    let rowNumber = 0;
    for (const row of rows) {
      rowNumber++;
      buffer += `<row r="${rowNumber}">${row.map((cell, column) => this.cellXml(cell, `${columnName(column)}${rowNumber}`)).join('')}</row>`;
      if (buffer.length > 1 << 20) {
        file.push(strToU8(buffer));
        buffer = '';
      }
    }
    file.push(strToU8(`${buffer}</sheetData></worksheet>`), true);
  }

  finish(): void {
    const sheets = this.sheetNames;
    let strings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${this.strings.size}" uniqueCount="${this.strings.size}">`;
    const stringsFile = new ZipDeflate('xl/sharedStrings.xml', { level: this.level });
    this.zip.add(stringsFile);
    for (const text of this.strings.keys()) {
      const spaced = text !== text.trim() ? ' xml:space="preserve"' : '';
      strings += `<si><t${spaced}>${escapeXml(text)}</t></si>`;
      if (strings.length > 1 << 20) {
        stringsFile.push(strToU8(strings));
        strings = '';
      }
    }
    stringsFile.push(strToU8(`${strings}</sst>`), true);
    this.part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
        .map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
        .join('')}</sheets></workbook>`,
    );
    this.part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    this.part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>${
        this.modified ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` : ''
      }</Relationships>`,
    );
    this.part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
        .map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${
        this.modified ? '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' : ''
      }</Types>`,
    );
    if (this.modified) {
      this.part(
        'docProps/core.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Chorus Pro</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${this.modified}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${this.modified}</dcterms:modified></cp:coreProperties>`,
      );
    }
    this.zip.end();
    if (this.failure) throw this.failure;
  }
}

/** Writes a whole workbook in memory (small fixtures). */
export function xlsxBytes(build: (writer: XlsxWriter) => void, options: XlsxWriterOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new XlsxWriter((chunk) => chunks.push(chunk), options);
  build(writer);
  writer.finish();
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** A valid SIRET from its first 13 digits: the key digit that passes the check. */
export function siretWithKey(first13: string): string {
  for (let key = 0; key <= 9; key++) if (isValidSiret(`${first13}${key}`)) return `${first13}${key}`;
  throw new Error(`no key for ${first13}`);
}

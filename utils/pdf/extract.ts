import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ExtractedFieldKey, ExtractedFields } from '../model/extracted.ts';
import {
  ExtractError,
  failure,
  MAX_FILE_BYTES,
  MAX_MILLISECONDS,
  MAX_PAGES_READ,
  MAX_XML_BYTES,
  MIN_TEXT_CHARACTERS,
  type ExtractFailure,
} from './errors.ts';
import { decodeXml, rankXmlAttachments, readFacturX, type FacturxReading } from './facturx.ts';
import { pdfFindings, type PdfFindings } from './findings.ts';
import { buildPageLines, toRawItem, type Line, type RawItem } from './lines.ts';
import { openPdf, type PdfJs } from './load.ts';
import { readTextFields, type TextReading } from './fields/index.ts';

export type ExtractSource = 'facturx' | 'text';

export interface ExtractSuccess extends PdfFindings {
  ok: true;
  source: ExtractSource;
  fields: ExtractedFields;
  /**
   * Keys of the values given without corroboration (a single weak label, no arithmetic or checksum confirming
   * them), present only when not empty. A value not listed is one the reader stands behind.
   */
  unsure?: ExtractedFieldKey[];
}

export type ExtractResult = ExtractSuccess | ExtractFailure;

export interface ExtractOptions {
  /** Ignore the embedded XML and read the visible text alone. */
  textOnly?: boolean;
  maxBytes?: number;
  maxPages?: number;
  timeoutMs?: number;
  /** Checked between pages: reading stops (and pdf.js is released) once it returns true. */
  isCancelled?: () => boolean;
}

export interface PdfContent {
  lines: Line[];
  pageCount: number;
  /** The embedded invoice XML that could be read, when there is one (and not in text-only mode). */
  xmlFields: ExtractedFields | null;
  /** What that XML says beyond the fields (Factur-X facts for the checks). */
  xmlFacts?: FacturxReading['facts'] | null;
}

/** Which pages to read when there are too many: the first ones and the last few (where totals are). */
export function pagesToRead(pageCount: number, maxPages: number): number[] {
  if (pageCount <= maxPages) return Array.from({ length: pageCount }, (_, index) => index + 1);
  const tail = Math.min(5, Math.floor(maxPages / 2));
  const head = maxPages - tail;
  return [
    ...Array.from({ length: head }, (_, index) => index + 1),
    ...Array.from({ length: tail }, (_, index) => pageCount - tail + index + 1),
  ];
}

async function readLines(doc: PDFDocumentProxy, maxPages: number, isCancelled: () => boolean): Promise<Line[]> {
  const lines: Line[] = [];
  for (const pageNumber of pagesToRead(doc.numPages, maxPages)) {
    if (isCancelled()) throw new ExtractError('timeout');
    const page = await doc.getPage(pageNumber);
    try {
      const [, , right = 595, top = 842] = page.view;
      const content = await page.getTextContent();
      const items: RawItem[] = [];
      for (const item of content.items) {
        const raw = 'str' in item ? toRawItem(item) : null;
        if (raw) items.push(raw);
      }
      lines.push(...buildPageLines(items, pageNumber - 1, top, lines.length, right));
    } finally {
      page.cleanup();
    }
  }
  return lines;
}

async function readXml(doc: PDFDocumentProxy): Promise<FacturxReading | null> {
  let attachments: Map<string, unknown> | null;
  try {
    attachments = (await doc.getAttachments()) as Map<string, unknown> | null;
  } catch {
    return null;
  }
  if (!attachments || attachments.size === 0) return null;
  for (const id of rankXmlAttachments([...attachments.keys()])) {
    try {
      const bytes = await doc.getAttachmentContent(id);
      if (!bytes || bytes.length === 0 || bytes.length > MAX_XML_BYTES) continue;
      const reading = readFacturX(decodeXml(bytes));
      if (reading) return reading;
    } catch {
      // a broken attachment: try the next one, else read the text
    }
  }
  return null;
}

/** Opens the PDF and reads its lines and embedded XML (no field finding). */
export async function readPdfContent(pdfjs: PdfJs, bytes: Uint8Array, options: ExtractOptions = {}): Promise<PdfContent> {
  const opened = await openPdf(pdfjs, bytes, options.maxBytes ?? MAX_FILE_BYTES);
  try {
    const xml = options.textOnly ? null : await readXml(opened.doc);
    const [xmlFields, xmlFacts] = [xml?.fields ?? null, xml?.facts ?? null];
    let lines: Line[] = [];
    // The pages are read even when the XML gives every field: what they show is compared with the XML.
    try {
      lines = await readLines(opened.doc, options.maxPages ?? MAX_PAGES_READ, options.isCancelled ?? (() => false));
    } catch (error) {
      if (!xmlFields || (error instanceof ExtractError && error.code === 'timeout')) throw error;
    }
    return { lines, pageCount: opened.doc.numPages, xmlFields, xmlFacts };
  } finally {
    await opened.close();
  }
}

const TEXT_FIELDS: (keyof ExtractedFields)[] = [
  'supplierSiret', 'buyerSiret', 'supplierSiren', 'buyerSiren', 'invoiceNumber', 'invoiceDate', 'documentType', 'currency',
  'engagementNumber', 'serviceCode', 'marketNumber', 'totalHT', 'totalTVA', 'totalTTC', 'netAPayer', 'iban',
];

/** Fields the visible text may still give once the XML is read (see mergeFields). */
export function textCouldAdd(xml: ExtractedFields): (keyof ExtractedFields)[] {
  return TEXT_FIELDS.filter((key) => {
    if (xml[key] !== undefined) return false;
    if ((key === 'supplierSiret' || key === 'supplierSiren') && (xml.supplierSiret || xml.supplierSiren)) return false;
    if ((key === 'buyerSiret' || key === 'buyerSiren') && (xml.buyerSiret || xml.buyerSiren)) return false;
    return true;
  });
}

/** XML values win; the text fills what the XML lacks (MINIMUM profile). */
export function mergeFields(xml: ExtractedFields, text: ExtractedFields): ExtractedFields {
  const merged: ExtractedFields = { ...xml };
  // SIRET and SIREN of one party come from one source only, so they cannot disagree.
  for (const key of textCouldAdd(xml)) {
    const value = text[key];
    if (value !== undefined) (merged as Record<string, string>)[key] = value;
  }
  return merged;
}

function visibleCharacters(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
}

/** The success answer, `unsure` only when some value is unsure, in the fields' order. */
function success(source: ExtractSource, fields: ExtractedFields, unsure: readonly ExtractedFieldKey[]): ExtractSuccess {
  const listed = (Object.keys(fields) as ExtractedFieldKey[]).filter((key) => unsure.includes(key));
  return listed.length > 0 ? { ok: true, source, fields, unsure: listed } : { ok: true, source, fields };
}

/** Fields from already read content. */
export function fieldsFromContent(content: PdfContent): ExtractResult {
  const enoughText = visibleCharacters(content.lines) >= MIN_TEXT_CHARACTERS;
  if (!content.xmlFields && !enoughText) return failure('no-text');
  const text: TextReading = enoughText ? readTextFields(content.lines) : { fields: {}, unsure: [], evidence: {} };
  // Only values the reader stands behind may say that the page disagrees with the XML.
  const sureText = Object.fromEntries(Object.entries(text.fields).filter(([key]) => !text.unsure.includes(key as ExtractedFieldKey))) as ExtractedFields;
  const findings = pdfFindings(content.xmlFacts ?? null, content.xmlFields, sureText, enoughText ? content.lines.map((line) => line.text) : null);
  if (content.xmlFields) {
    const merged = mergeFields(content.xmlFields, text.fields);
    // The XML's values are the invoice's own data; a value the text added keeps its own doubt.
    const added = textCouldAdd(content.xmlFields);
    return { ...success('facturx', merged, text.unsure.filter((key) => added.includes(key))), ...findings };
  }
  return { ...success('text', text.fields, text.unsure), ...findings };
}

/**
 * Reads an invoice PDF: `{ok:true, source, fields}` or `{ok:false, error:{code, message}}`. Never throws.
 * `pdfjs` is the pdf.js module (node.ts / browser.ts load it).
 */
export async function extractInvoice(pdfjs: PdfJs, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractResult> {
  const timeoutMs = options.timeoutMs ?? MAX_MILLISECONDS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const timeout = new Promise<ExtractResult>((resolve) => {
    timer = setTimeout(() => {
      cancelled = true;
      resolve(failure('timeout'));
    }, timeoutMs);
  });
  const work = (async (): Promise<ExtractResult> => {
    try {
      return fieldsFromContent(await readPdfContent(pdfjs, bytes, { ...options, isCancelled: () => cancelled || (options.isCancelled?.() ?? false) }));
    } catch (error) {
      if (error instanceof ExtractError) return failure(error.code);
      return failure('corrupt');
    }
  })();
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

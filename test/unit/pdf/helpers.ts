/** Test helpers: tiny hand-made PDFs (minimal, encrypted), hand-placed lines and the corpora's locations. */
import { join, resolve } from 'node:path';
import { readTextFields, type TextReading } from '../../../utils/pdf/fields/index.ts';
import { buildPageLines, type Line, type RawItem } from '../../../utils/pdf/lines.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const PUBLIC_DIR = process.env.PUBLIC_CORPUS ?? join(ROOT, 'test/fixtures/public');
export const GENERATED_DIR = join(ROOT, 'test/corpus/generated');
export const FIXTURES_DIR = join(ROOT, 'test/corpus/fixtures');

/** A PDF from numbered object bodies, with a correct xref table. */
export function buildPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** One page showing `text` lines in Helvetica. */
export function textPdf(lines: string[]): Uint8Array {
  const stream = lines.map((line, index) => `BT /F1 11 Tf 40 ${760 - index * 16} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]);
}

/** A PDF protected by a user password (standard security handler, RC4 40 bits). */
export function encryptedPdf(): Uint8Array {
  const hex32 = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >>`,
    ],
    '/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]',
  );
}

/** Visual lines from [distance from the top, [x, text]…] rows of `size`-point text, as a PDF producer places them. */
export function linesAt(rows: [number, [number, string][]][], size = 10): Line[] {
  const items: RawItem[] = rows.flatMap(([top, cells]) => cells.map(([x, str]) => ({ str, x, y: 842 - top, width: str.length * size * 0.5, size })));
  return buildPageLines(items, 0, 842);
}

/** What the reader finds on hand-placed lines (linesAt's rows): a small hand-made page of one layout class. */
export function readLinesAt(rows: [number, [number, string][]][]): TextReading {
  return readTextFields(linesAt(rows));
}

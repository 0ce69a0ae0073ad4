/**
 * A tiny hand-written PDF writer for hostile test files: whatever objects we give it, with a correct (or
 * deliberately wrong) cross-reference table. Bytes are latin-1; text is drawn with the standard Helvetica font.
 */

export interface RawObject {
  /** Object number (1-based). */
  id: number;
  /** The object's body, between `N 0 obj` and `endobj`. */
  body: string | Uint8Array;
}

const encoder = new TextEncoder();

export function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) out[index] = text.charCodeAt(index) & 0xff;
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A PDF string literal: parentheses and backslashes escaped, every byte outside printable ASCII as octal. */
export function pdfString(text: string): string {
  let out = '(';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${(code & 0xff).toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}

export function stream(content: string | Uint8Array, extra = ''): Uint8Array {
  const bytes = typeof content === 'string' ? latin1(content) : content;
  return concat([latin1(`<< /Length ${bytes.length}${extra ? ` ${extra}` : ''} >>\nstream\n`), bytes, latin1('\nendstream')]);
}

export interface WriteOptions {
  rootId: number;
  /** Extra trailer entries, e.g. `/Encrypt 9 0 R /ID [<…> <…>]`. */
  trailerExtra?: string;
  /** Write the xref table (default) or leave it out (pdf.js must then reconstruct it). */
  xref?: boolean;
}

/** Serialises objects with a correct xref table. */
export function writePdf(objects: readonly RawObject[], options: WriteOptions): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets = new Map<number, number>();
  for (const object of objects) {
    offsets.set(object.id, offset);
    const body = typeof object.body === 'string' ? latin1(object.body) : object.body;
    const chunk = concat([latin1(`${object.id} 0 obj\n`), body, latin1('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  }
  const size = Math.max(0, ...objects.map((object) => object.id)) + 1;
  if (options.xref !== false) {
    let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let id = 1; id < size; id++) {
      const at = offsets.get(id);
      xref += at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
    }
    parts.push(latin1(xref));
  }
  parts.push(latin1(`trailer\n<< /Size ${size} /Root ${options.rootId} 0 R${options.trailerExtra ? ` ${options.trailerExtra}` : ''} >>\nstartxref\n${offset}\n%%EOF\n`));
  return concat(parts);
}

/** One page's content stream drawing `lines` top-down in Helvetica 10 (non-ASCII written as latin-1 bytes). */
export function textContent(lines: readonly string[], top = 800): string {
  const ops = ['BT', '/F1 10 Tf', '12 TL', `40 ${top} Td`];
  for (const line of lines) ops.push(`${pdfString(line)} Tj`, 'T*');
  ops.push('ET');
  return ops.join('\n');
}

/**
 * A text PDF with one page per entry of `pages` (each a list of lines). Objects: 1 catalog, 2 pages, 3 font,
 * then page + content pairs.
 */
export function textPdf(pages: readonly (readonly string[])[], options: { pagesExtra?: string; countOverride?: number; trailerExtra?: string; extraObjects?: RawObject[] } = {}): Uint8Array {
  const objects: RawObject[] = [
    { id: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { id: 3, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
  ];
  const kids: string[] = [];
  pages.forEach((lines, index) => {
    const pageId = 4 + index * 2;
    kids.push(`${pageId} 0 R`);
    objects.push({ id: pageId, body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>` });
    objects.push({ id: pageId + 1, body: stream(textContent(lines)) });
  });
  objects.push({ id: 2, body: `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${options.countOverride ?? pages.length}${options.pagesExtra ? ` ${options.pagesExtra}` : ''} >>` });
  objects.push(...(options.extraObjects ?? []));
  objects.sort((a, b) => a.id - b.id);
  return writePdf(objects, { rootId: 1, trailerExtra: options.trailerExtra });
}

/** A plausible French invoice, as text lines. */
export function invoiceLines(overrides: Partial<Record<'number' | 'date' | 'engagement' | 'label', string>> = {}): string[] {
  return [
    'ENTREPRISE MARTIN SARL',
    'SIRET : 732 829 320 00074',
    `FACTURE N\xb0 ${overrides.number ?? 'F-2026-0042'}`,
    `Date de facture : ${overrides.date ?? '12/03/2026'}`,
    'Client : Ville de Saint-Etienne',
    'SIRET client : 214 202 186 00011',
    `N\xb0 d'engagement : ${overrides.engagement ?? '2401234'}`,
    `${overrides.label ?? 'Entretien des espaces verts'}  1 000,00`,
    'Total HT : 1 000,00 EUR',
    'TVA 20 % : 200,00 EUR',
    'Total TTC : 1 200,00 EUR',
    'Net a payer : 1 200,00 EUR',
  ];
}

export { encoder };

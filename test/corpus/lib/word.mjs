// Helpers for layouts written as real Word documents (.docx, with the docx library), added with the third blind
// part: paragraphs, fixed-width tables and a one-section document with a page header and footer. The blind-2 layouts
// keep their own copies, so that their bytes never depend on this file.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType,
  TableRow, TextRun, VerticalAlign, WidthType, convertMillimetersToTwip,
} from 'docx';

export const twip = (mm) => Math.round(convertMillimetersToTwip(mm));
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
export const GRID = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
/** Horizontal rules only: the look of many Word invoice templates. */
export const ROWS = { top: thin, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none };
const ALIGN = { right: AlignmentType.RIGHT, center: AlignmentType.CENTER, left: AlignmentType.LEFT };

/** A paragraph: text with '\n' breaks, or runs [{ text, bold, italics, size, color }]; size in points. */
export function para(text, { bold, italics, size, align, color, after = 0, before = 0, shade } = {}) {
  const runs = Array.isArray(text) ? text : [{ text }];
  const children = runs.flatMap((run) => String(run.text).split('\n').flatMap((part, k) => [
    ...(k > 0 ? [new TextRun({ break: 1 })] : []),
    new TextRun({ text: part, bold: run.bold ?? bold, italics: run.italics ?? italics, size: (run.size ?? size) ? (run.size ?? size) * 2 : undefined, color: run.color ?? color }),
  ]));
  return new Paragraph({ alignment: ALIGN[align] ?? AlignmentType.LEFT, spacing: { before: before * 20, after: after * 20 }, shading: shade ? { type: ShadingType.CLEAR, color: 'auto', fill: shade } : undefined, children });
}

/** A table of fixed column widths (mm); a cell is text or { text | paragraphs, bold, shade, align, span, size, color }. */
export function wordTable(widths, rows, { borders = GRID, align, size, alignment } = {}) {
  return new Table({
    layout: TableLayoutType.FIXED, alignment, borders, width: { size: twip(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA }, columnWidths: widths.map(twip),
    rows: rows.map((row) => {
      const cells = Array.isArray(row) ? row : row.cells;
      let column = 0;
      return new TableRow({
        children: cells.map((raw) => {
          const cell = typeof raw === 'object' && raw !== null ? raw : { text: raw ?? '' };
          const span = cell.span ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          const columnAlign = align?.[column];
          column += span;
          const bold = cell.bold ?? row.bold;
          return new TableCell({
            width: { size: twip(width), type: WidthType.DXA }, columnSpan: span > 1 ? span : undefined, verticalAlign: VerticalAlign.CENTER,
            shading: cell.shade ?? row.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: cell.shade ?? row.shade } : undefined,
            margins: { top: twip(0.8), bottom: twip(0.8), left: twip(1.5), right: twip(1.5) },
            children: cell.paragraphs ?? [para(cell.text, { bold, size: cell.size ?? row.size ?? size, align: cell.align ?? columnAlign, color: cell.color ?? row.color })],
          });
        }),
      });
    }),
  });
}

export function wordDocument({ font, size, header, footer, body, margins = [18, 18, 20, 18], title = 'Facture' }) {
  const [top, right, bottom, left] = margins.map(twip);
  return new Document({
    creator: 'Facturation', title, lastModifiedBy: 'Facturation',
    styles: { default: { document: { run: { font, size: size * 2 } } } },
    sections: [{
      properties: { page: { size: { width: twip(210), height: twip(297) }, margin: { top, right, bottom, left, header: twip(8), footer: twip(8) } } },
      headers: header ? { default: new Header({ children: header }) } : undefined,
      footers: footer ? { default: new Footer({ children: footer }) } : undefined,
      children: body,
    }],
  });
}

export const pageNumbers = (size, { word = 'Page', of = 'sur' } = {}) => new Paragraph({
  alignment: AlignmentType.RIGHT,
  children: [new TextRun({ text: `${word} `, size: size * 2 }), new TextRun({ children: [PageNumber.CURRENT], size: size * 2 }), new TextRun({ text: ` ${of} `, size: size * 2 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: size * 2 })],
});

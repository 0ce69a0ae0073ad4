// sheet → a flat OpenDocument spreadsheet (.fods): an Excel/Calc invoice template with typed cells (amounts are
// numbers in a currency format, dates are dates, totals are SUM formulas), which LibreOffice Calc prints to PDF in
// its own number formats (the French locale's grouping space, its own € placement).
//   sheet = { font, size, colWidths: [mm], margins: [top, right, bottom, left] (mm), footer?: [text], rows: [row] }
//   row   = { h?: mm, cells: [cell] } | [cell]   (a cell with span n is followed by n − 1 placeholders)
//   cell  = string | null | { v, type: 'text'|'money'|'number'|'date'|'percent', b, i, size, align, valign, span,
//           border: 'grid'|'top'|'bottom'|'box', shade, formula, wrap, color }
import { esc } from './format.mjs';
import { FONT_DECLS, ODF_NAMESPACES } from './render-fodt.mjs';

const cm = (mm) => `${(mm / 10).toFixed(3)}cm`;
const DATA_STYLES = `
<number:currency-style style:name="N_EUR" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol></number:currency-style>
<number:number-style style:name="N_NUM" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N_QTY" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="0" number:min-integer-digits="1"/></number:number-style>
<number:date-style style:name="N_DATE" number:language="fr" number:country="FR"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:percentage-style style:name="N_PCT" number:language="fr" number:country="FR"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text> %</number:text></number:percentage-style>`;
const DATA_STYLE = { money: 'N_EUR', number: 'N_NUM', qty: 'N_QTY', date: 'N_DATE', percent: 'N_PCT' };

export function sheetToFods(sheet) {
  const styles = new Map();
  const styleXml = [];
  const style = (family, key, body) => {
    const full = `${family}|${key}`;
    if (!styles.has(full)) {
      const name = `${family === 'table-cell' ? 'ce' : family === 'table-row' ? 'ro' : 'co'}${styles.size + 1}`;
      styles.set(full, name);
      styleXml.push(`<style:style style:name="${name}" style:family="${family}"${body}</style:style>`);
    }
    return styles.get(full);
  };
  const cols = sheet.colWidths.map((w) => `<table:table-column table:style-name="${style('table-column', w, `><style:table-column-properties style:column-width="${cm(w)}"/>`)}"/>`).join('');
  const rows = sheet.rows.map((raw) => {
    const row = Array.isArray(raw) ? { cells: raw } : raw;
    const rowStyle = style('table-row', row.h ?? 'auto', `><style:table-row-properties ${row.h ? `style:row-height="${cm(row.h)}" style:use-optimal-row-height="false"` : 'style:use-optimal-row-height="true"'}/>`);
    const cells = [];
    // A spanning cell is followed in the row by placeholders for the cells it covers: they are skipped.
    let skip = 0;
    for (const rawCell of row.cells) {
      if (skip > 0) {
        skip--;
        continue;
      }
      const cell = rawCell === null || rawCell === undefined ? { v: '' } : typeof rawCell === 'string' ? { v: rawCell } : rawCell;
      const type = cell.type ?? (typeof cell.v === 'number' ? 'number' : 'text');
      const line = '0.5pt solid #666666';
      const border = cell.border === 'grid' || cell.border === 'box' ? `fo:border="${line}"` : cell.border === 'top' ? `fo:border-top="${line}"` : cell.border === 'bottom' ? `fo:border-bottom="${line}"` : '';
      const key = JSON.stringify([type, cell.b, cell.i, cell.size, cell.align, cell.valign, border, cell.shade, cell.wrap, cell.color]);
      const text = [cell.b ? 'fo:font-weight="bold"' : '', cell.i ? 'fo:font-style="italic"' : '', cell.size ? `fo:font-size="${cell.size}pt"` : '', cell.color ? `fo:color="${cell.color}"` : ''].filter(Boolean).join(' ');
      const align = cell.align ?? (type === 'text' ? 'left' : 'right');
      const name = style('table-cell', key, `${DATA_STYLE[type] ? ` style:data-style-name="${DATA_STYLE[type]}"` : ''}><style:table-cell-properties ${border} style:vertical-align="${cell.valign ?? 'middle'}"${cell.shade ? ` fo:background-color="${cell.shade}"` : ''}${cell.wrap ? ' fo:wrap-option="wrap"' : ''}/><style:paragraph-properties fo:text-align="${{ left: 'start', right: 'end', center: 'center' }[align]}"/>${text ? `<style:text-properties ${text}/>` : ''}`);
      const span = cell.span ? ` table:number-columns-spanned="${cell.span}" table:number-rows-spanned="1"` : '';
      const formula = cell.formula ? ` table:formula="of:=${esc(cell.formula)}"` : '';
      let value = ' office:value-type="string"';
      let shown = String(cell.v ?? '');
      if (type === 'money') value = ` office:value-type="currency" office:currency="EUR" office:value="${cell.v}"`;
      else if (type === 'number' || type === 'qty') value = ` office:value-type="float" office:value="${cell.v}"`;
      else if (type === 'percent') value = ` office:value-type="percentage" office:value="${cell.v}"`;
      else if (type === 'date') value = ` office:value-type="date" office:date-value="${cell.v}"`;
      if (type !== 'text') shown = String(cell.v);
      const paragraphs = type === 'text' ? shown.split('\n').map((part) => `<text:p>${esc(part)}</text:p>`).join('') : `<text:p>${esc(shown)}</text:p>`;
      cells.push(`<table:table-cell table:style-name="${name}"${value}${formula}${span}>${shown === '' ? '' : paragraphs}</table:table-cell>`);
      for (let k = 1; k < (cell.span ?? 1); k++) cells.push('<table:covered-table-cell/>');
      skip = (cell.span ?? 1) - 1;
    }
    return `<table:table-row table:style-name="${rowStyle}">${cells.join('')}</table:table-row>`;
  });
  const [top, right, bottom, left] = sheet.margins ?? [12, 12, 14, 12];
  const footer = sheet.footer
    ? `<style:footer>${sheet.footer.map((line) => `<text:p>${esc(line).replace(/\{page\}/g, '<text:page-number>1</text:page-number>').replace(/\{pages\}/g, '<text:page-count>1</text:page-count>')}</text:p>`).join('')}</style:footer>`
    : '<style:footer style:display="false"/>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODF_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls>${FONT_DECLS}</office:font-face-decls>
<office:styles>${DATA_STYLES}
<style:default-style style:family="table-cell"><style:text-properties style:font-name="${sheet.font ?? 'Liberation Sans'}" fo:font-size="${sheet.size ?? 10}pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="Default" style:family="table-cell"/></office:styles>
<office:automatic-styles>
<style:style style:name="ta1" style:family="table" style:master-page-name="Invoice"><style:table-properties table:display="true"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="${cm(top)}" fo:margin-bottom="${cm(bottom)}" fo:margin-left="${cm(left)}" fo:margin-right="${cm(right)}" style:print="objects charts drawings" style:print-page-order="ttb"/><style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
${styleXml.join('\n')}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Invoice" style:page-layout-name="pm1"><style:header style:display="false"/>${footer}</style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Facture" table:style-name="ta1">${cols}
${rows.join('\n')}
</table:table></office:spreadsheet></office:body></office:document>
`;
}

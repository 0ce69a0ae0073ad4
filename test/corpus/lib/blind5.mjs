// Helpers added with the fifth blind part (layouts/next/): French numbers with any number of decimals (tonnes,
// prices per copy or per word), Excel workbooks with fixed dates, and the party blocks shared by its layouts.
// Existing layouts never import this file, so their bytes never depend on it.
import ExcelJS from 'exceljs';
import { decimal, esc } from './format.mjs';
import { FIXED_DATE } from './render-pdfkit.mjs';
import { p } from './doc.mjs';
import { spacedSiret } from './variants.mjs';

/** 4320 → « 4 320 », 1.5 → « 1,5 », (0.1834, 4) → « 0,1834 »: a quantity or a price as a French person writes it. */
export function frNumber(value, places = 0, group = ' ') {
  const fixed = Math.abs(value).toFixed(places);
  const [units, dec] = fixed.split('.');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${value < 0 ? '-' : ''}${grouped}${dec ? `,${dec}` : ''}`;
}

/** Euros (a number) of a whole number of cents, for a spreadsheet cell. */
export const euros = (cents) => Number(decimal(cents));
export const dateValue = (d) => new Date(Date.UTC(d.y, d.m - 1, d.d));
export const EUR_FORMAT = '#,##0.00 "€"';

export function newWorkbook(creator) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}
export const PAGE_SETUP = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };

/** put(ref, value, style): one cell of a sheet, in one font. */
export function cellWriter(sheet, fontName) {
  return (ref, value, { bold, size = 10, italic, numFmt, align, border, fill, wrap, color } = {}) => {
    const cell = sheet.getCell(ref);
    cell.value = value;
    cell.font = { name: fontName, size, bold, italic, color: color ? { argb: color } : undefined };
    if (numFmt) cell.numFmt = numFmt;
    if (align || wrap) cell.alignment = { horizontal: align, vertical: 'middle', wrapText: Boolean(wrap) };
    if (border) cell.border = border === 'top' ? { top: { style: 'thin' } } : border === 'bottom' ? { bottom: { style: 'thin' } } : { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    return cell;
  };
}

/** The supplier's identity lines (name first), SIRET as typed when the invoice prints it. */
export function supplierTexts(inv, x, { siretLabels = ['SIRET :', 'Siret', 'N° SIRET'], phone = true } = {}) {
  const s = inv.supplier;
  return [
    s.name, ...(s.tagline ? [s.tagline] : []), ...s.address,
    ...(phone ? [`${x.pick(['Tél.', 'Tél :', 'Téléphone'])} ${s.phone}`, s.email] : []),
    ...(inv.print.supplierSiret ? [`${x.pick(siretLabels)} ${spacedSiret(x, s.siret)}`] : []),
  ];
}

export function buyerTexts(inv, x, { siretLabels = ['SIRET :', 'Siret', 'SIRET client :'] } = {}) {
  const b = inv.buyer;
  return [b.name, ...b.lines, ...(inv.print.buyerSiret ? [`${x.pick(siretLabels)} ${spacedSiret(x, b.siret)}`] : [])];
}

/** Text lines as doc paragraphs, the first one bold. */
export const paras = (texts, { size, firstSize } = {}) => texts.map((t, k) => p(t, { b: k === 0, size: k === 0 ? firstSize ?? size : size }));
/** Text lines as HTML divs, the first one bold. */
export const htmlLines = (texts) => texts.map((t, k) => (k === 0 ? `<div><b>${esc(t)}</b></div>` : `<div>${esc(t)}</div>`)).join('');

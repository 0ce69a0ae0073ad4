// Blind-2 layouts written as real Office files and printed by LibreOffice (see ../../README.md): a Word invoice
// template (.docx) with a page header and footer, a « Références » table and a public buyer's « SIRET du
// destinataire »; a Word credit note that repeats the number and amount of the invoice it refunds; and an Excel
// workbook (.xlsx) in the manner of Office's own invoice template (formulas with their cached results, « LIVRER À »,
// a « N° BON DE COMMANDE » band that may stay empty).
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType,
  TableRow, TextRun, VerticalAlign, WidthType, convertMillimetersToTwip,
} from 'docx';
import ExcelJS from 'exceljs';
import { decimal, fmtAmount } from '../../lib/format.mjs';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, references, siret } from '../../lib/invoice.mjs';

const twip = (mm) => Math.round(convertMillimetersToTwip(mm));
const NO_BORDERS = { top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } };
const line = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const GRID = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** A paragraph: text with '\n' breaks; size in points. */
function para(text, { bold, italics, size, align, color, after = 0, before = 0 } = {}) {
  const parts = String(text).split('\n');
  const children = parts.flatMap((part, k) => [...(k > 0 ? [new TextRun({ break: 1 })] : []), new TextRun({ text: part, bold, italics, size: size ? size * 2 : undefined, color })]);
  return new Paragraph({ alignment: align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: before * 20, after: after * 20 }, children });
}

/** A table of fixed column widths (mm); a cell is text or { text | paragraphs, bold, shade, align, span }. */
function wordTable(widths, rows, { borders = GRID, align, size, alignment } = {}) {
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
            children: cell.paragraphs ?? [para(cell.text, { bold, size: cell.size ?? size, align: cell.align ?? columnAlign })],
          });
        }),
      });
    }),
  });
}

function wordDocument({ font, size, header, footer, body, margins = [18, 18, 20, 18] }) {
  const [top, right, bottom, left] = margins.map(twip);
  return new Document({
    creator: 'Facturation', title: 'Facture', lastModifiedBy: 'Facturation',
    styles: { default: { document: { run: { font, size: size * 2 } } } },
    sections: [{
      properties: { page: { size: { width: twip(210), height: twip(297) }, margin: { top, right, bottom, left, header: twip(8), footer: twip(8) } } },
      headers: header ? { default: new Header({ children: header }) } : undefined,
      footers: footer ? { default: new Footer({ children: footer }) } : undefined,
      children: body,
    }],
  });
}

const pageNumbers = (size) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Page ', size: size * 2 }), new TextRun({ children: [PageNumber.CURRENT], size: size * 2 }), new TextRun({ text: ' sur ', size: size * 2 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: size * 2 })] });

const wordReferences = {
  name: 'word-references',
  family: 'word-docx',
  producers: ['docx'],
  count: 6,
  make: (i) => makeInvoice('word-references', i, { numbers: ['plain', 'hash', 'compact', 'year2'], lines: [1, 6], engagementProb: 0.75, engagementLabels: ['engagementJuridiqueNo', 'ej', 'bdc', 'engagementChorus'], marketProb: 0.4, serviceProb: 0.7, buyerSiretProb: 0.85, dateStyles: ['slash', 'long'], rates: [[2000], [1000], [2000, 1000]], depositPct: [0, 0, 30], groups: ['space', 'nbsp', 'dot'], rcsProb: 0.5, cityProb: 0.5 }),
  docx(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const refs = [['N° de facture', inv.number], ['Date de facture', date(inv, inv.date)]];
    if (inv.engagement) refs.push([inv.engagement.label, inv.engagement.written]);
    if (inv.market) refs.push(['N° de marché', inv.market]);
    if (!inv.engagement && !inv.market) refs.push(['Votre référence', inv.clientCode]);
    const width = 174 / refs.length;
    const buyerBlock = [
      para(x.pick(['Destinataire', 'Facturé à', 'Adresse de facturation']), { bold: true, size: 8, color: '555555' }),
      para(b.name, { bold: true }), ...b.lines.map((text) => para(text)),
      ...(inv.print.buyerSiret ? [para(`SIRET du destinataire : ${siret(inv, b.siret)}`, { before: 2 })] : []),
      ...(inv.serviceCode ? [para(`Code service : ${inv.serviceCode}`)] : []),
    ];
    const supplierBlock = [para('Émetteur', { bold: true, size: 8, color: '555555' }), para(s.legalName ?? s.name), ...s.address.map((text) => para(text)), para(`Tél. ${s.phone}`), para(s.email), ...(inv.print.supplierSiret ? [para(`SIRET : ${siret(inv)}`)] : [])];
    const totals = [['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC', inv.ttc]];
    if (inv.deposit) totals.push([`Acompte versé le ${date(inv, inv.previousDeposit)}`, -inv.deposit]);
    totals.push([x.pick(['Net à payer', 'Montant à régler', 'Net à payer TTC']), inv.net]);
    const doc = wordDocument({
      font: 'Arial', size: 9.5,
      header: [para(s.name, { bold: true, size: 14, color: '1F4E79' }), para(`${s.tagline ?? s.address.join(' – ')}`, { size: 8, color: '555555' })],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        para('FACTURE', { bold: true, size: 22, align: 'right', color: '1F4E79', after: 6 }),
        wordTable([92, 82], [[{ paragraphs: supplierBlock }, { paragraphs: buyerBlock }]], { borders: NO_BORDERS }),
        para('Références', { bold: true, before: 10, after: 3, color: '1F4E79' }),
        wordTable(refs.map(() => width), [{ cells: refs.map(([k]) => k), bold: true, shade: 'DEEAF6' }, refs.map(([, v]) => v)], { align: refs.map(() => 'center'), size: 9 }),
        para('', { after: 6 }),
        wordTable([84, 18, 28, 16, 28], [
          { cells: ['Désignation', 'Quantité', 'Prix unitaire HT', 'TVA', 'Montant HT'], bold: true, shade: '1F4E79' },
          ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]),
        ], { align: ['left', 'right', 'right', 'right', 'right'] }),
        para('', { after: 4 }),
        wordTable([56, 32], totals.map(([k, v], n) => ({ cells: [k, money(inv, v)], bold: n === totals.length - 1, shade: n === totals.length - 1 ? 'DEEAF6' : undefined })), { align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para(`Conditions de paiement : ${x.pick(['30 jours à réception de la facture', 'virement à 30 jours', 'à réception'])}. Échéance : ${date(inv, inv.due)}.`, { before: 10, size: 9 }),
        para(inv.print.iban ? `Coordonnées bancaires : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par chèque ou par mandat administratif.', { size: 9 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

const creditOrigin = {
  name: 'avoir-facture-origine',
  family: 'credit-note-origin',
  producers: ['docx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('avoir-facture-origine', i, { avoir: true, negative: 0.4, numbers: ['avoir', 'avoirShort', 'avoirDolibarr'], lines: [1, 4], engagementProb: 0.45, engagementLabels: ['engagementJuridiqueNo', 'bdc', 'ej'], dateStyles: ['slash', 'long', 'dots'], rates: [[2000], [1000], [2000, 550]], groups: ['space', 'nbsp', 'none'], rcsProb: 0.5 });
    inv.print.iban = false;
    const x = extraRng(inv, 'origine');
    inv.full = x.chance(0.35);
    inv.originTTC = inv.full ? inv.ttc : inv.ttc + x.int(10000, 400000);
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const origin = `${date(inv, inv.orderDate)}`;
    const subtitle = inv.full
      ? x.pick([`Annule et remplace la facture n° ${inv.origin} du ${origin}`, `Annulation totale de la facture n° ${inv.origin} du ${origin}`])
      : x.pick([`Avoir sur facture n° ${inv.origin} du ${origin}`, `Remboursement partiel de la facture n° ${inv.origin} du ${origin}`]);
    const totals = [['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC de l’avoir', inv.ttc], [x.pick(['Montant à déduire', 'Net en votre faveur', 'Montant remboursé']), inv.net]];
    const doc = wordDocument({
      font: 'Times New Roman', size: 10.5, margins: [16, 18, 20, 18],
      header: [para(`${s.legalName ?? s.name} – ${s.address.join(', ')}`, { size: 8, align: 'right', color: '444444' })],
      footer: [para(legalLine(inv), { size: 7, align: 'center' })],
      body: [
        wordTable([96, 78], [[{ paragraphs: [para(s.name, { bold: true, size: 15 }), ...s.address.map((text) => para(text)), para(s.email), ...(inv.print.supplierSiret ? [para(`SIRET ${siret(inv)}`)] : [])] },
          { paragraphs: [para(b.name, { bold: true }), ...b.lines.map((text) => para(text)), ...(inv.print.buyerSiret ? [para(`SIRET ${siret(inv, b.siret)}`)] : [])] }]], { borders: NO_BORDERS }),
        para(`AVOIR N° ${inv.number}`, { bold: true, size: 16, before: 14, color: '8B1A1A' }),
        para(`Date : ${date(inv, inv.date)}`),
        para(subtitle, { italics: true, after: 4 }),
        ...references(inv).map(([k, v]) => para(`${k} : ${v}`)),
        para('Facture d’origine', { bold: true, before: 6, after: 2 }),
        wordTable([40, 34, 50, 50], [
          { cells: ['N° facture', 'Date', 'Montant TTC facturé', 'Montant de l’avoir TTC'], bold: true, shade: 'EEEEEE' },
          // The refunded invoice's own amount stays positive, whatever sign the credit note gives its amounts.
          [inv.origin, origin, fmtAmount(inv.originTTC, inv.amountStyle), money(inv, inv.ttc)],
        ], { align: ['center', 'center', 'right', 'right'] }),
        para('', { after: 6 }),
        wordTable([90, 18, 26, 14, 26], [
          { cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'EEEEEE' },
          ...inv.lines.map((l) => [`${x.pick(['Retour', 'Avoir', 'Régularisation'])} – ${l.label}`, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]),
        ], { align: ['left', 'right', 'right', 'right', 'right'] }),
        para('', { after: 4 }),
        wordTable([56, 32], totals.map(([k, v], n) => ({ cells: [k, money(inv, v)], bold: n >= totals.length - 1 })), { align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para(x.pick(['Cet avoir sera imputé sur votre prochain règlement.', 'Le montant de cet avoir vous sera remboursé par virement sous 30 jours.']), { before: 8, size: 9.5 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

const euros = (cents) => Number(decimal(cents));

const excelOffice = {
  name: 'excel-classique',
  family: 'xlsx-template',
  producers: ['xlsx'],
  count: 6,
  make: (i) => makeInvoice('excel-classique', i, { numbers: ['micro', 'plain', 'compact', 'carnet'], lines: [1, 7], engagementProb: 0.5, engagementLabels: ['bonDeCommande'], serviceProb: 0.35, marketProb: 0.2, buyerSiretProb: 0.6, rates: [[2000], [1000], [550]], depositPct: [0, 0, 25], rcsProb: 0.4 }),
  async xlsx(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Facturation';
    workbook.created = FIXED_DATE;
    workbook.modified = FIXED_DATE;
    const sheet = workbook.addWorksheet('Facture', {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
      views: [{ showGridLines: false }],
    });
    sheet.columns = [{ width: 10 }, { width: 30 }, { width: 20 }, { width: 18 }, { width: 18 }];
    const font = (extra = {}) => ({ name: 'Arial', size: 10, ...extra });
    const EUR = '#,##0.00 "€"';
    const dateFormat = x.pick(['dd/mm/yyyy', 'dd mmmm yyyy']);
    const put = (ref, value, style = {}) => {
      const cell = sheet.getCell(ref);
      cell.value = value;
      cell.font = font(style.font);
      if (style.numFmt) cell.numFmt = style.numFmt;
      if (style.align) cell.alignment = { horizontal: style.align, vertical: 'middle', wrapText: Boolean(style.wrap) };
      if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
      if (style.border) cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      return cell;
    };
    const dateValue = (d) => new Date(Date.UTC(d.y, d.m - 1, d.d));
    const accent = 'FF2F5597';
    sheet.mergeCells('A1:C1');
    put('A1', s.legalName ?? s.name, { font: { bold: true, size: 16, color: { argb: accent } } });
    sheet.mergeCells('D1:E1');
    put('D1', 'FACTURE', { font: { bold: true, size: 24, color: { argb: accent } }, align: 'right' });
    const left = [s.address[0], s.address[1], `Téléphone ${s.phone}`, s.email, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : `TVA ${s.vat}`];
    left.forEach((text, k) => {
      sheet.mergeCells(`A${k + 2}:C${k + 2}`);
      put(`A${k + 2}`, text, { font: { size: 9 } });
    });
    put('D2', 'N° DE FACTURE', { font: { bold: true, size: 9 }, align: 'right' });
    put('E2', inv.number, { align: 'right' });
    put('D3', 'DATE', { font: { bold: true, size: 9 }, align: 'right' });
    put('E3', dateValue(inv.date), { numFmt: dateFormat, align: 'right' });
    put('D4', 'N° CLIENT', { font: { bold: true, size: 9 }, align: 'right' });
    put('E4', inv.clientCode, { align: 'right' });
    // Billing and delivery addresses side by side.
    let r = 8;
    put(`A${r}`, 'FACTURER À', { font: { bold: true, color: { argb: accent } } });
    put(`D${r}`, 'LIVRER À', { font: { bold: true, color: { argb: accent } } });
    const billing = [b.name, ...b.lines, inv.print.buyerSiret ? `SIRET ${siret(inv, b.siret)}` : null].filter(Boolean);
    const delivery = [b.name, x.pick(['Service technique', 'Atelier municipal', 'Magasin central']), b.lines.at(-1)];
    for (let k = 0; k < Math.max(billing.length, delivery.length); k++) {
      r++;
      sheet.mergeCells(`A${r}:C${r}`);
      if (billing[k]) put(`A${r}`, billing[k], { font: { bold: k === 0 } });
      sheet.mergeCells(`D${r}:E${r}`);
      if (delivery[k]) put(`D${r}`, delivery[k], { font: { bold: k === 0 } });
    }
    // The template's band: the order number cell stays empty when the buyer gave none.
    r += 2;
    const band = [['COMMERCIAL', x.pick(['M. Faure', 'Mme Roux', 'Direction'])], ['N° BON DE COMMANDE', inv.engagement ? inv.engagement.written : ''], ['DATE D’EXPÉDITION', dateValue(inv.delivery)], ['EXPÉDIÉ PAR', x.pick(['Nos soins', 'Transporteur', 'Enlèvement'])], ['CONDITIONS', x.pick(['30 jours', 'À réception', '45 jours fin de mois'])]];
    band.forEach(([k, v], c) => {
      const col = 'ABCDE'[c];
      put(`${col}${r}`, k, { font: { bold: true, size: 8, color: { argb: 'FFFFFFFF' } }, fill: accent, align: 'center', border: true, wrap: true });
      put(`${col}${r + 1}`, v, { align: 'center', border: true, numFmt: v instanceof Date ? dateFormat : undefined });
    });
    r += 2;
    const extra = [inv.serviceCode ? ['CODE SERVICE', inv.serviceCode] : null, inv.market ? ['MARCHÉ N°', inv.market] : null].filter(Boolean);
    for (const [k, v] of extra) {
      r++;
      put(`A${r}`, k, { font: { bold: true, size: 8 } });
      put(`C${r}`, v);
    }
    r += 2;
    const head = r;
    ['QTÉ', 'DESCRIPTION', '', 'PRIX UNITAIRE', 'TOTAL'].forEach((text, c) => put(`${'ABCDE'[c]}${head}`, text, { font: { bold: true, size: 9, color: { argb: 'FFFFFFFF' } }, fill: accent, align: c === 1 ? 'left' : 'center', border: true }));
    sheet.mergeCells(`B${head}:C${head}`);
    const rows = Math.max(10, inv.lines.length);
    for (let k = 0; k < rows; k++) {
      const n = head + 1 + k;
      const l = inv.lines[k];
      sheet.mergeCells(`B${n}:C${n}`);
      put(`A${n}`, l ? l.qty : null, { align: 'center', border: true });
      put(`B${n}`, l ? l.label : null, { border: true });
      put(`D${n}`, l ? euros(l.unit) : null, { numFmt: EUR, border: true });
      put(`E${n}`, l ? { formula: `ROUND(A${n}*D${n},2)`, result: euros(l.total) } : null, { numFmt: EUR, border: true });
    }
    const last = head + rows;
    const v = inv.vat[0];
    const totals = [
      ['SOUS-TOTAL', { formula: `SUM(E${head + 1}:E${last})`, result: euros(inv.ht) }, EUR],
      ['TAUX DE TVA', v.rate / 10000, '0.00%'],
      ['TVA', { formula: `ROUND(E${last + 1}*E${last + 2},2)`, result: euros(inv.tva) }, EUR],
      ['TOTAL', { formula: `E${last + 1}+E${last + 3}`, result: euros(inv.ttc) }, EUR],
    ];
    if (inv.deposit) totals.push(['ACOMPTE REÇU', euros(inv.deposit), EUR], ['MONTANT DÛ', { formula: `E${last + 4}-E${last + 5}`, result: euros(inv.net) }, EUR]);
    totals.forEach(([k, value, numFmt], n) => {
      const row = last + 1 + n;
      const strong = k === 'TOTAL' || k === 'MONTANT DÛ';
      put(`D${row}`, k, { font: { bold: strong, size: 9 }, align: 'right' });
      put(`E${row}`, value, { font: { bold: strong }, numFmt, border: strong });
    });
    r = last + totals.length + 3;
    const notes = [
      inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : `Libellez tous vos chèques à l’ordre de ${s.name}.`,
      'Merci de votre confiance !',
      legalLine(inv),
    ];
    notes.forEach((text, k) => {
      sheet.mergeCells(`A${r + k}:E${r + k}`);
      put(`A${r + k}`, text, { font: { size: k === 2 ? 7 : 9, italic: k === 1 }, align: 'center', wrap: k === 2 });
      if (k === 2) sheet.getRow(r + k).height = 24;
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

const excelWithDeliveryNote = {
  name: 'excel-facture-bl',
  family: 'xlsx-workbook',
  producers: ['xlsx'],
  count: 6,
  make: (i) => makeInvoice('excel-facture-bl', i, { trades: ['goods', 'books', 'food'], numbers: ['ciel', 'year2', 'dolibarr'], lines: [2, 7], engagementProb: 0.55, engagementLabels: ['bdc', 'numeroBonCommande', 'engagementJuridiqueNo'], serviceProb: 0.4, buyerSiretProb: 0.6, rates: [[2000, 550], [2000, 1000], [2000], [550]], rcsProb: 0.5 }),
  async xlsx(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const workbook = new ExcelJS.Workbook();
    workbook.creator = s.name;
    workbook.created = FIXED_DATE;
    workbook.modified = FIXED_DATE;
    const EUR = '#,##0.00 "€"';
    const setup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } };
    const style = (cell, { bold, size = 10, italic, numFmt, align, border, fill } = {}) => {
      cell.font = { name: 'Arial', size, bold, italic };
      if (numFmt) cell.numFmt = numFmt;
      if (align) cell.alignment = { horizontal: align, vertical: 'middle' };
      if (border) cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      return cell;
    };
    const set = (sheet, ref, value, options) => {
      const cell = sheet.getCell(ref);
      cell.value = value;
      return style(cell, options);
    };
    const dateValue = (d) => new Date(Date.UTC(d.y, d.m - 1, d.d));
    const parties = (sheet) => {
      set(sheet, 'A1', s.legalName ?? s.name, { bold: true, size: 14 });
      [...s.address, `Tél. ${s.phone}`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `TVA ${s.vat}`].filter(Boolean).forEach((text, k) => set(sheet, `A${k + 2}`, text, { size: 9 }));
      [b.name, ...b.lines, inv.print.buyerSiret ? `SIRET ${siret(inv, b.siret)}` : null].filter(Boolean).forEach((text, k) => set(sheet, `D${k + 3}`, text, { bold: k === 0 }));
    };
    // Sheet 1: the invoice, with a VAT summary computed by SUMIF over the rate column.
    const sheet = workbook.addWorksheet('Facture', { pageSetup: setup, views: [{ showGridLines: false }] });
    sheet.columns = [{ width: 40 }, { width: 10 }, { width: 14 }, { width: 10 }, { width: 16 }];
    parties(sheet);
    let r = 12;
    set(sheet, `A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
    set(sheet, `D${r}`, 'Date :', { align: 'right' });
    set(sheet, `E${r}`, dateValue(inv.date), { numFmt: 'dd/mm/yyyy', align: 'left' });
    const refs = references(inv);
    for (const [k, v] of refs) {
      r++;
      set(sheet, `A${r}`, `${k} : ${v}`);
    }
    r++;
    set(sheet, `A${r}`, `Bon de livraison n° ${inv.deliveryNote} du ${date(inv, inv.delivery, 'slash')}`, { italic: true, size: 9 });
    r += 2;
    const head = r;
    ['Désignation', 'Quantité', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, c) => set(sheet, `${'ABCDE'[c]}${head}`, text, { bold: true, border: true, fill: 'FFD9D9D9', align: c ? 'center' : 'left' }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      set(sheet, `A${n}`, l.label, { border: true });
      set(sheet, `B${n}`, l.qty, { border: true, align: 'center' });
      set(sheet, `C${n}`, euros(l.unit), { border: true, numFmt: EUR });
      set(sheet, `D${n}`, l.rate / 10000, { border: true, numFmt: '0.0%', align: 'center' });
      set(sheet, `E${n}`, { formula: `ROUND(B${n}*C${n},2)`, result: euros(l.total) }, { border: true, numFmt: EUR });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    set(sheet, `A${r}`, 'Récapitulatif TVA', { bold: true, size: 9 });
    ['Taux', 'Base HT', 'TVA'].forEach((text, c) => set(sheet, `${'BCD'[c]}${r}`, text, { bold: true, size: 9, border: true, align: 'center' }));
    const recapStart = r + 1;
    inv.vat.forEach((v, k) => {
      const n = recapStart + k;
      set(sheet, `B${n}`, v.rate / 10000, { size: 9, border: true, numFmt: '0.0%', align: 'center' });
      set(sheet, `C${n}`, { formula: `SUMIF(D${first}:D${last},B${n},E${first}:E${last})`, result: euros(v.base) }, { size: 9, border: true, numFmt: EUR });
      set(sheet, `D${n}`, { formula: `ROUND(C${n}*B${n},2)`, result: euros(v.amount) }, { size: 9, border: true, numFmt: EUR });
    });
    const recapEnd = recapStart + inv.vat.length - 1;
    r = recapEnd + 2;
    const totals = [
      [x.pick(['Total HT', 'TOTAL HT']), { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }],
      [x.pick(['Total TVA', 'TVA']), { formula: `SUM(D${recapStart}:D${recapEnd})`, result: euros(inv.tva) }],
      [x.pick(['Total TTC', 'NET A PAYER TTC', 'Total à payer']), { formula: `E${r}+E${r + 1}`, result: euros(inv.ttc) }],
    ];
    totals.forEach(([k, v], n) => {
      set(sheet, `C${r + n}`, k, { bold: n === 2, align: 'right' });
      sheet.mergeCells(`C${r + n}:D${r + n}`);
      set(sheet, `E${r + n}`, v, { bold: n === 2, numFmt: EUR, border: n === 2 });
    });
    r += 5;
    set(sheet, `A${r}`, inv.print.iban ? `IBAN : ${iban(inv)}   BIC : ${s.bic}` : 'Paiement par chèque ou mandat administratif.', { size: 9 });
    set(sheet, `A${r + 1}`, `Échéance : ${date(inv, inv.due, 'slash')} – pénalités de retard : 3 fois le taux légal ; indemnité forfaitaire 40 €.`, { size: 8 });
    set(sheet, `A${r + 2}`, legalLine(inv), { size: 7 });
    // Sheet 2: the delivery note kept in the same workbook; exporting the whole workbook prints it too.
    const note = workbook.addWorksheet('Bon de livraison', { pageSetup: setup, views: [{ showGridLines: false }] });
    note.columns = [{ width: 44 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 16 }];
    parties(note);
    set(note, 'A12', `BON DE LIVRAISON N° ${inv.deliveryNote}`, { bold: true, size: 13 });
    set(note, 'A13', `Livré le ${date(inv, inv.delivery, 'slash')}${inv.engagement ? ` – votre commande ${inv.engagement.written}` : ''}`);
    ['Désignation', 'Commandé', 'Livré', 'Reste'].forEach((text, c) => set(note, `${'ABCD'[c]}15`, text, { bold: true, border: true, fill: 'FFD9D9D9' }));
    inv.lines.forEach((l, k) => {
      set(note, `A${16 + k}`, l.label, { border: true });
      set(note, `B${16 + k}`, l.qty, { border: true, align: 'center' });
      set(note, `C${16 + k}`, l.qty, { border: true, align: 'center' });
      set(note, `D${16 + k}`, { formula: `B${16 + k}-C${16 + k}`, result: 0 }, { border: true, align: 'center' });
    });
    set(note, `A${18 + inv.lines.length}`, 'Marchandise reçue en bon état – signature et cachet du client :', { italic: true, size: 9 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [wordReferences, creditOrigin, excelOffice, excelWithDeliveryNote];

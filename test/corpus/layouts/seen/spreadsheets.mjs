// Excel/Calc invoice templates printed by LibreOffice Calc: typed cells (amounts in a currency format, dates as
// dates, SUM formulas), merged title cells, a VAT summary by rate whose last row totals bases, VAT and TTC.
import { decimal } from '../../lib/format.mjs';
import { iban, makeInvoice, references, siret } from '../../lib/invoice.mjs';
import { iso } from '../../lib/format.mjs';

const euros = (cents) => Number(decimal(cents)) * Math.sign(cents || 1);
const money = (cents, extra = {}) => ({ v: euros(cents), type: 'money', ...extra });
const dateCell = (d, extra = {}) => ({ v: iso(d), type: 'date', ...extra });
const blank = (n) => Array.from({ length: n }, () => null);

/** Supplier on the left (leftSpan columns), buyer on the right (rightSpan columns), a gap between them. */
function partyRows(inv, leftSpan, gap, rightSpan) {
  const s = inv.supplier;
  const left = [{ v: s.name, b: true, size: 13 }, s.address[0], s.address[1], `Tél. ${s.phone}`, s.email, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : '', inv.print.supplierSiren ? `RCS ${s.rcsCity} ${s.siren}` : ''];
  const b = inv.buyer;
  const right = ['', { v: b.name, b: true }, ...b.lines, inv.print.buyerSiret ? `SIRET : ${siret(inv, b.siret)}` : ''];
  const rows = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = typeof left[i] === 'object' ? { ...left[i], span: leftSpan } : { v: left[i] ?? '', span: leftSpan };
    const r = typeof right[i] === 'object' ? { ...right[i], span: rightSpan } : { v: right[i] ?? '', span: rightSpan };
    rows.push([l, ...blank(leftSpan - 1 + gap), r, ...blank(rightSpan - 1)]);
  }
  return rows;
}

const vatRecap = {
  name: 'vat-recap',
  family: 'excel-template',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('vat-recap', i, { rates: [[2000, 1000, 550], [2000, 550], [1000, 550], [2000, 1000]], lines: [3, 7], numbers: ['plain', 'compact', 'ciel'], engagementProb: 0.5, engagementLabels: ['bonDeCommande', 'engagement', 'ej'] }),
  sheet(inv) {
    const lineRows = inv.lines.map((l) => [{ v: l.label, span: 3, border: 'grid' }, null, null, { v: l.qty, type: 'qty', border: 'grid' }, money(l.unit, { border: 'grid' }), { v: l.rate / 10000, type: 'percent', border: 'grid' }, money(l.total, { border: 'grid' })]);
    const refs = references(inv).map(([k, v]) => [{ v: k, span: 2 }, null, { v, span: 2, align: 'left' }, null, ...blank(3)]);
    const rows = [
      [{ v: 'FACTURE', b: true, size: 18, span: 7 }, ...blank(6)],
      ...partyRows(inv, 3, 1, 3),
      [{ v: 'N° facture', b: true, border: 'grid' }, { v: inv.number, border: 'grid', span: 2 }, null, { v: 'Date', b: true, border: 'grid' }, dateCell(inv.date, { border: 'grid', align: 'left' }), { v: 'Éch.', b: true, border: 'grid' }, dateCell(inv.due, { border: 'grid' })],
      ...refs,
      blank(7),
      [{ v: 'Désignation', b: true, span: 3, border: 'grid', shade: '#dddddd' }, null, null, { v: 'Qté', b: true, border: 'grid', shade: '#dddddd' }, { v: 'Prix unitaire HT', b: true, border: 'grid', shade: '#dddddd', wrap: true }, { v: 'TVA', b: true, border: 'grid', shade: '#dddddd' }, { v: 'Total HT', b: true, border: 'grid', shade: '#dddddd' }],
      ...lineRows,
      blank(7),
      [{ v: 'Récapitulatif TVA', b: true, span: 2 }, null, ...blank(5)],
      [{ v: 'Taux', b: true, border: 'grid' }, { v: 'Base HT', b: true, border: 'grid' }, { v: 'Montant TVA', b: true, border: 'grid' }, { v: 'Total TTC', b: true, border: 'grid' }, ...blank(3)],
      ...inv.vat.map((v) => [{ v: v.rate / 10000, type: 'percent', border: 'grid' }, money(v.base, { border: 'grid' }), money(v.amount, { border: 'grid' }), money(v.base + v.amount, { border: 'grid' }), ...blank(3)]),
      // The summary's own total row: bases, VAT and TTC side by side (not HT = TTC).
      [{ v: 'Total', b: true, border: 'grid' }, money(inv.ht, { border: 'grid', b: true }), money(inv.tva, { border: 'grid', b: true }), money(inv.ttc, { border: 'grid', b: true }), ...blank(3)],
      blank(7),
      [...blank(4), { v: 'Total HT', b: true, span: 2 }, null, money(inv.ht)],
      [...blank(4), { v: 'Total TVA', b: true, span: 2 }, null, money(inv.tva)],
      [...blank(4), { v: 'Total TTC', b: true, span: 2, border: 'top' }, null, money(inv.ttc, { b: true, border: 'top' })],
      blank(7),
      [{ v: inv.print.iban ? `IBAN : ${iban(inv)}   BIC : ${inv.supplier.bic}` : 'Paiement par chèque ou mandat administratif.', span: 7, size: 9 }, ...blank(6)],
    ];
    // The SUM formula points at the item rows: recompute where they start.
    const itemStart = rows.findIndex((row) => row[0]?.v === 'Désignation') + 2;
    rows.find((row) => row[4]?.v === 'Total HT')[6].formula = `SUM([.G${itemStart}:.G${itemStart + inv.lines.length - 1}])`;
    return { font: 'Liberation Sans', size: 10, colWidths: [40, 26, 26, 26, 26, 14, 28], rows };
  },
};

const excelSimple = {
  name: 'excel-simple',
  family: 'excel-template',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('excel-simple', i, { rates: [[2000], [1000], [550]], lines: [1, 5], numbers: ['micro', 'compact', 'slash', 'plain'], engagementProb: 0.6, engagementLabels: ['engagementJuridique', 'poBonDeCommande', 'votreCommandeEngagement'], buyerSiretProb: 0.5, currencyGap: 1 }),
  sheet(inv) {
    const refs = references(inv).map(([k, v]) => [{ v: k, wrap: true, valign: 'middle', border: 'grid' }, { v, span: 2, align: 'left', border: 'grid', valign: 'middle' }, null, ...blank(2)]);
    const rows = [
      ...partyRows(inv, 2, 0, 3),
      blank(5),
      [{ v: `FACTURE N° ${inv.number}`, b: true, size: 14, span: 3 }, null, null, { v: 'Date :', align: 'right' }, dateCell(inv.date)],
      ...refs,
      blank(5),
      [{ v: 'Description', b: true, border: 'bottom' }, { v: 'Quantité', b: true, border: 'bottom' }, { v: 'Prix unitaire', b: true, border: 'bottom' }, { v: 'TVA', b: true, border: 'bottom' }, { v: 'Montant HT', b: true, border: 'bottom' }],
      ...inv.lines.map((l) => [l.label, { v: l.qty, type: 'qty' }, money(l.unit), { v: l.rate / 10000, type: 'percent' }, money(l.total)]),
      blank(5),
      [...blank(3), { v: 'Sous-total HT' }, money(inv.ht)],
      [...blank(3), { v: `TVA ${String(inv.vat[0].rate / 100).replace('.', ',')} %` }, money(inv.tva)],
      [...blank(3), { v: 'TOTAL TTC', b: true }, money(inv.ttc, { b: true })],
      blank(5),
      [{ v: inv.print.iban ? `Coordonnées bancaires : ${iban(inv)}` : 'Règlement par chèque.', span: 5, size: 9 }, ...blank(4)],
      [{ v: `Paiement à 30 jours. ${inv.supplier.name} – TVA ${inv.supplier.vat}`, span: 5, size: 8 }, ...blank(4)],
    ];
    // Narrow first column: "N° d’engagement juridique" wraps in its cell, the value sits in the middle.
    return { font: 'Liberation Sans', size: 10, colWidths: [30, 40, 34, 36, 34], rows };
  },
};

export default [vatRecap, excelSimple];

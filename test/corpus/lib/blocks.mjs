// Building blocks shared by the layouts written in the doc description (doc.mjs): party blocks, item tables,
// totals, payment lines and legal footers, each with the options that vary between software families.
import { columns, p, table } from './doc.mjs';
import { date, iban, LATE_FEES, legalLine, money, plainMoney, qty, rate, siret } from './invoice.mjs';

/** The supplier's letterhead; `siretLabel: null` leaves the SIRET to the footer. */
export function supplierLines(inv, { siretLabel = 'SIRET :', contact = true, vat = false } = {}) {
  const s = inv.supplier;
  const lines = [{ text: s.name, b: true, size: 12 }];
  if (s.tagline) lines.push({ text: s.tagline });
  lines.push(...s.address.map((text) => ({ text })));
  if (contact) lines.push({ text: `Tél. : ${s.phone}` }, { text: s.email });
  if (siretLabel && inv.print.supplierSiret) lines.push({ text: `${siretLabel} ${siret(inv)}` });
  if (vat && inv.kind === 'company') lines.push({ text: `N° TVA : ${s.vat}` });
  return lines.map((line) => p(line.text, { b: line.b, size: line.size }));
}

export function buyerLines(inv, { heading = 'Client', siretLabel = 'SIRET :' } = {}) {
  const b = inv.buyer;
  const lines = [];
  if (heading) lines.push(p(heading, { b: true, size: 8, color: '#555555' }));
  lines.push(p(b.name, { b: true }), ...b.lines.map((line) => p(line)));
  if (inv.print.buyerSiret) lines.push(p(`${siretLabel} ${siret(inv, b.siret)}`));
  return lines;
}

/** Item table: designation, quantity, unit price, [VAT rate], amount; `widths` in mm (total 180). */
export function itemsTable(inv, { heads = ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], withRate = true, widths, border = 'head', shade, size } = {}) {
  const cols = withRate ? heads : heads.filter((_, i) => i !== 3);
  const w = widths ?? (withRate ? [92, 16, 26, 16, 30] : [108, 16, 26, 30]);
  const rows = inv.lines.map((l) => {
    const cells = [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)];
    return withRate ? cells : cells.filter((_, i) => i !== 3);
  });
  return table(w, [{ cells: cols, b: true, shade }, ...rows], { border, align: cols.map((_, i) => (i === 0 ? 'left' : 'right')), before: 4, after: 3, size });
}

/** Label / amount rows, right-aligned block; rows: [[label, cents | text, { b }]]. */
export function totalsTable(inv, rows, { widths = [50, 32], indent = 98, border = 'none', currency = 'suffix', size } = {}) {
  return table(widths, rows.filter(Boolean).map(([label, value, opts = {}]) => ({ cells: [label, typeof value === 'number' ? money(inv, value, currency) : value], b: opts.b, shade: opts.shade, line: opts.line })), { indent, border, align: ['left', 'right'], before: 2, after: 2, size });
}

/** The usual totals: HT, VAT per rate (or one line), TTC, and the deductions that lead to the net. */
export function standardTotals(inv, { ht = 'Total HT', tvaLabel = (v) => `TVA ${rate(v.rate)}`, ttc = 'Total TTC', net = 'Net à payer', perRate = inv.vat.length > 1, tvaTotal = 'Total TVA', deposit = 'Acompte versé', retenue = 'Retenue de garantie' } = {}) {
  const rows = [];
  if (inv.discount) rows.push(['Total brut HT', inv.grossHT], [`Remise ${inv.discountPct} %`, -inv.discount]);
  rows.push([ht, inv.ht]);
  if (perRate) for (const v of inv.vat) rows.push([tvaLabel(v), v.amount]);
  if (!perRate || tvaTotal) rows.push([perRate ? tvaTotal : tvaLabel(inv.vat[0]), inv.tva]);
  rows.push([ttc, inv.ttc, { b: !net }]);
  if (inv.deposit) rows.push([`${deposit} le ${date(inv, inv.previousDeposit)}`, -inv.deposit]);
  if (inv.retenue) rows.push([`${retenue} ${inv.retenuePct} %`, -inv.retenue]);
  if (net) rows.push([net, inv.net, { b: true }]);
  return rows;
}

export function paymentLine(inv, { label = 'IBAN', prefix = 'Règlement par virement' } = {}) {
  if (!inv.print.iban) return p('Règlement par chèque à l’ordre de ' + inv.supplier.name + '.', { before: 4, size: 8.5 });
  return p(`${prefix} – ${label} : ${iban(inv)} – BIC : ${inv.supplier.bic}`, { before: 4, size: 8.5 });
}

export function dueLine(inv) {
  return p(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7.5, before: 3, color: '#444444' });
}

export function legalFooter(inv, options = {}) {
  return [p(legalLine(inv, options), { align: 'center', size: 7 })];
}

export function twoColumns(left, right, widths = [95, 85]) {
  return columns(widths, [left, right]);
}

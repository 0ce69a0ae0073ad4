// Blind-29 layout drawn by PDFKit (see ../../README.md): a payment institution's monthly invoice of card-acceptance
// fees for a public body's régies (swimming pool, car parks, museum, conservatoire…), as a Sage-like back office
// prints it: a row of boxes « N° FACTURE | DATE | N° CLIENT | PÉRIODE | PAGE » with labels in grey over the values, the
// buyer in the envelope window, « VOS RÉFÉRENCES » as labels beside values; a section per régie with its acceptance
// contract's seven digits, the amount collected by card printed as the base of the commission (a percentage with two
// decimals) and fixed fees per transaction with three decimals — financial services exempt under art. 261 C-1° —, the
// payment terminals' rental at 20 % beside them (`totalHT` includes the exempt commissions); a VAT grid « CODE | BASE
// HT | TAUX | TVA » and the totals as a row of boxes; on about half the amount taken by direct debit from the régie's
// treasury account, whose IBAN is printed and is not the supplier's (the supplier's IBAN is then not printed).
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { groupIban } from '../../lib/identifiers.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { millsTotal, mills3, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { seven } from '../../lib/blind25.mjs';
import { adminBuyer, bps, maybeRelabel29, ofBps, treasuryIban } from '../../lib/blind29.mjs';

const MM = 72 / 25.4;
const REGIES = ['Régie piscine Raymond Sommet', 'Régie des parcs de stationnement', 'Régie du musée d’art et d’industrie', 'Régie du conservatoire Massenet', 'Régie de la restauration scolaire', 'Régie de la patinoire', 'Régie de la médiathèque', 'Régie du camping municipal'];
const TERMINALS = ['Ingenico Move/5000 (GPRS)', 'Ingenico Desk/3500', 'Verifone V240m', 'PAX A920 Android'];
const monetique = {
  name: 'a-frais-monetique',
  family: 'card-acceptance-fees-regies-exempt-commissions-terminal-rental-treasury-iban',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('a-frais-monetique', i, { cityProb: 0.45, engagementProb: 0.6, trades: ['services'], numbers: ['sage', 'compact', 'ciel'], engagementLabels: ['engagement', 'ej', 'refCommandeEj', 'commande'], marketProb: 0.35, serviceProb: 0.45, dateStyles: ['slash', 'dots'], rates: [[0, 2000]], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 1, ibanProb: 0.5 });
    const x = extraRng(inv, 'cards');
    renameSupplier(inv, x.pick(['Loire Monétique', 'Transacto Paiements', 'Encaisse Plus Services de paiement', 'Rhône Monétique']), 'SA');
    inv.supplier.ape = '6619B';
    inv.supplier.capital = x.pick([1500000, 2400000, 5000000]);
    inv.acpr = `1${x.digits(4)}`;
    adminBuyer(inv, x, 'regies', 0.9);
    localReferences(inv, x);
    maybeRelabel29(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 20);
    inv.account = seven(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.debit = inv.print.iban ? null : { iban: treasuryIban(x), day: addDays(inv.date, x.int(8, 15)) };
    const first = x.int(0, REGIES.length - 1);
    inv.regies = Array.from({ length: x.int(1, 3) }, (_, k) => {
      const tx = x.int(120, 6400);
      const basket = x.int(600, 4200);
      return { name: REGIES[(first + k) % REGIES.length], contract: seven(x), tx, collected: tx * basket + x.int(0, 99), bps: x.pick([29, 35, 42, 45, 55, 65, 80, 90]), fixed: x.pick([0, 50, 60, 80, 100]), terminals: x.int(0, 3), terminal: x.pick(TERMINALS), online: x.chance(0.3), rejects: x.chance(0.25) ? x.int(1, 4) : 0 };
    });
    inv.lines = [];
    for (const r of inv.regies) {
      r.lines = [];
      r.lines.push({ label: `Commission carte (CB, Visa, Mastercard) – ${frNumber(r.tx)} opérations`, base: r.collected, unitText: bps(r.bps), qty: 1, unit: ofBps(r.collected, r.bps), rate: 0 });
      if (r.fixed) r.lines.push({ label: 'Frais fixes par opération', qty: r.tx, qtyText: frNumber(r.tx), unitText: mills3(r.fixed), unit: r.fixed / 10, total: millsTotal(r.tx, r.fixed), rate: 0 });
      if (r.rejects) r.lines.push({ label: 'Traitement des impayés et rétrofacturations', qty: r.rejects, qtyText: String(r.rejects), unit: x.int(1200, 2500), rate: 0 });
      if (r.terminals) r.lines.push({ label: `Location-maintenance TPE ${r.terminal}`, qty: r.terminals, qtyText: String(r.terminals), unit: x.int(1500, 3200), rate: 2000 });
      if (r.online) r.lines.push({ label: 'Paiement en ligne 3-D Secure (abonnement mensuel)', qty: 1, qtyText: '1', unit: x.int(1500, 4500), rate: 2000 });
      inv.lines.push(...r.lines);
    }
    if (!inv.lines.some((l) => l.rate === 2000)) {
      const line = { label: `Location-maintenance TPE ${inv.regies[0].terminal}`, qty: 1, qtyText: '1', unit: x.int(1500, 3200), rate: 2000 };
      inv.regies[0].lines.push(line);
      inv.lines.push(line);
    }
    return priceLines(inv, [0, 2000]);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['Sage 100 Gestion commerciale', 'GesCom', 'PDFKit']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const text = (t, px, py, { size = 8, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const heightOf = (t, size, width, b = false) => pdf.font(b ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).heightOfString(t, { width });
    const L = 14 * MM;
    const W = pdf.page.width - 28 * MM;
    const d = (v) => date(inv, v);
    // Letterhead, then the buyer in the window.
    const me = supplierTexts(inv, x);
    text(me[0].toUpperCase(), L, 13 * MM, { size: 13, b: true, color: '#0d3c61' });
    text(`Établissement de paiement agréé par l’ACPR (code ${inv.acpr})`, L, 19 * MM, { size: 7, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 23 * MM + k * 3.4 * MM, { size: 7.6 }));
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, 112 * MM, 42 * MM + k * 4 * MM, { size: 9, b: k === 0 }));
    let y = Math.max(23 * MM + me.length * 3.4 * MM, 42 * MM + buyer.length * 4 * MM) + 6 * MM;
    text('FACTURE DE FRAIS D’ACCEPTATION CARTE', L, y, { size: 12, b: true });
    y += 7 * MM;
    const boxes = [['N° FACTURE', inv.number], ['DATE', d(inv.date)], ['N° CLIENT', inv.account], ['PÉRIODE', inv.period.name], ['PAGE', '1 / 1']];
    const bw = W / boxes.length;
    boxes.forEach(([k, v], n) => {
      pdf.rect(L + n * bw, y, bw, 5 * MM).fill('#d9dde2');
      pdf.rect(L + n * bw, y, bw, 12 * MM).lineWidth(0.5).stroke('#555555');
      text(k, L + n * bw, y + 1.4 * MM, { size: 6.6, b: true, width: bw, align: 'center', color: '#333333' });
      text(v, L + n * bw, y + 6.6 * MM, { size: n === 0 ? 9.4 : 8.6, b: n === 0, width: bw, align: 'center' });
    });
    y += 16 * MM;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de services bancaires n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service ordonnateur'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    if (shown.length) {
      text('VOS RÉFÉRENCES', L, y, { size: 7, b: true, color: '#0d3c61' });
      y += 4 * MM;
      for (const [k, v] of shown) {
        text(`${k} :`, L, y, { size: 7.8 });
        text(v, L + 48 * MM, y, { size: 8.4, b: true });
        y += 4 * MM;
      }
      y += 2 * MM;
    }
    if (sentence) {
      text(sentence, L, y, { size: 7.8, width: W });
      y += heightOf(sentence, 7.8, W) + 2 * MM;
    }
    // Lines: a section per régie.
    const cols = [[0, 86, 'DÉSIGNATION', 'left'], [86, 30, 'BASE / QTÉ', 'right'], [116, 22, 'TAUX / P.U.', 'right'], [138, 14, 'TVA', 'right'], [152, W / MM - 152, 'MONTANT HT', 'right']];
    pdf.rect(L, y, W, 5.5 * MM).fill('#0d3c61');
    cols.forEach(([cx, cw, h, align]) => text(h, L + cx * MM + 1 * MM, y + 1.7 * MM, { size: 6.8, b: true, color: '#ffffff', width: (cw - 2) * MM, align }));
    y += 7 * MM;
    for (const r of inv.regies) {
      text(`${r.name} – contrat d’acceptation n° ${r.contract}`, L + 1 * MM, y, { size: 7.8, b: true });
      y += 4.4 * MM;
      for (const l of r.lines) {
        const cells = [l.label, l.base !== undefined ? plainMoney(inv, l.base) : l.qtyText, l.unitText ?? plainMoney(inv, l.unit), l.rate ? rate(l.rate) : 'Exo.', plainMoney(inv, l.total)];
        const h = heightOf(l.label, 7.6, 82 * MM);
        cells.forEach((t, k) => text(t, L + cols[k][0] * MM + 1 * MM, y, { size: 7.6, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
        y += h + 1.6 * MM;
      }
      pdf.moveTo(L, y - 0.6 * MM).lineTo(L + W, y - 0.6 * MM).lineWidth(0.3).stroke('#999999');
      y += 1.6 * MM;
    }
    y += 3 * MM;
    // VAT grid on the left, a note on the exemption under it.
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate);
    const gx = [0, 18, 48, 66, 92];
    ['CODE', 'BASE HT', 'TAUX', 'TVA'].forEach((h, k) => text(h, L + gx[k] * MM + 1 * MM, y, { size: 6.8, b: true, width: (gx[k + 1] - gx[k] - 2) * MM, align: k ? 'right' : 'left' }));
    let vy = y + 4 * MM;
    for (const v of vat) {
      [v.rate ? 'T1' : 'E1', plainMoney(inv, v.base), v.rate ? rate(v.rate) : 'exonéré', plainMoney(inv, v.amount)].forEach((t, k) => text(t, L + gx[k] * MM + 1 * MM, vy, { size: 7.6, width: (gx[k + 1] - gx[k] - 2) * MM, align: k ? 'right' : 'left' }));
      vy += 4 * MM;
    }
    pdf.rect(L, y - 1.5 * MM, 92 * MM, vy - y + 1.5 * MM).lineWidth(0.5).stroke('#555555');
    text('E1 : commissions et frais sur opérations de paiement exonérés de TVA (art. 261 C-1° du CGI). T1 : location de terminaux et services techniques.', L, vy + 2 * MM, { size: 6.6, width: 92 * MM, color: '#444444' });
    // Totals as a row of boxes on the right.
    const tb = [['TOTAL HT', inv.ht], ['TOTAL TVA', inv.tva], ['TOTAL TTC', inv.ttc], ['NET À PAYER', inv.net]];
    const tx0 = L + 98 * MM;
    const tw = (W - 98 * MM) / 2;
    tb.forEach(([k, v], n) => {
      const bx = tx0 + (n % 2) * tw;
      const by = y - 1.5 * MM + Math.floor(n / 2) * 12 * MM;
      pdf.rect(bx, by, tw, 4.6 * MM).fill('#d9dde2');
      pdf.rect(bx, by, tw, 11 * MM).lineWidth(0.5).stroke('#555555');
      text(k, bx, by + 1.2 * MM, { size: 6.6, b: true, width: tw, align: 'center', color: '#333333' });
      text(money(inv, v), bx, by + 6 * MM, { size: n === 3 ? 9.6 : 8.6, b: n === 3, width: tw - 2 * MM, align: 'right' });
    });
    y = Math.max(vy + 10 * MM, y + 24 * MM) + 4 * MM;
    const payment = inv.debit
      ? `Règlement par prélèvement SEPA le ${fmtDate(inv.debit.day, 'slash')} sur le compte de dépôt de fonds au Trésor de la régie : IBAN ${groupIban(inv.debit.iban)} (mandat de prélèvement n° ${inv.account}-01).`
      : `Règlement à réception par virement – IBAN ${iban(inv)} – BIC ${s.bic} – rappeler le n° de facture ${inv.number}.`;
    pdf.rect(L, y, W, 11 * MM).lineWidth(0.5).stroke('#0d3c61');
    text('RÈGLEMENT', L + 2 * MM, y + 1.4 * MM, { size: 6.8, b: true, color: '#0d3c61' });
    text(payment, L + 2 * MM, y + 4.8 * MM, { size: 7.6, width: W - 4 * MM });
    y += 15 * MM;
    text(`Montants encaissés par carte sur la période et crédités aux régies : ${inv.regies.map((r) => `${r.name.replace(/^Régie (du |de la |des |de l’)?/, '')} ${money(inv, r.collected)}`).join(' ; ')} (pour information).`, L, y, { size: 6.8, width: W, color: '#444444' });
    y += 8 * MM;
    text(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, L, y, { size: 6.4, width: W, color: '#444444' });
    text(legalLine(inv), L, pdf.page.height - 14 * MM, { size: 6.2, width: W, align: 'center' });
    return collect(pdf);
  },
};

export default [monetique];

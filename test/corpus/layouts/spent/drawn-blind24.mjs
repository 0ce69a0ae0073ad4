// Blind-24 layout drawn by PDFKit (see ../../README.md): an agricultural contractor's invoice for mowing a public
// body's road verges, in a Ciel-like boxed print: the safety pass and the full pass by the kilometre with two decimals,
// ditches cleared with a flail arm by the hour, hedges cut by the linear metre, temporary signs by the day, moving the
// machines; the roads mown with their lengths, dates and passes printed for information; the identity with labels in
// small boxes and values in others beside them, aligned differently; the totals as a row of boxes and a VAT table with
// its rate; a loyalty discount on some.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { caps, m2, maybeRelabel24, notAfterToday } from '../../lib/blind24.mjs';

const MM = 72 / 25.4;
const ROADS = ['Route de la Croix', 'Chemin des Granges', 'Route du Col', 'Chemin de la Fontaine', 'Route des Bois Noirs', 'Chemin du Moulin', 'Route de Saint-Bonnet', 'Chemin des Crêtes', 'Route de la Vallée', 'Chemin du Pilat'];
const fauchage = {
  name: 'e-fauchage-accotements',
  family: 'roadside-verge-mowing-ciel-boxes',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('e-fauchage-accotements', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['btp'], numbers: ['ciel', 'sage', 'carnet'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande', 'bcShort'], marketProb: 0.55, serviceProb: 0.5, dateStyles: ['slash', 'long', 'slash2'], rates: [[2000]], discountPct: [0, 0, 3], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'mowing');
    renameSupplier(inv, x.pick(['ETA Bruyère et Fils', 'Entreprise de Travaux Agricoles du Haut-Forez', 'Faure Débroussaillage', 'Agri-Services des Monts']), x.pick(['SARL', 'EARL', 'SAS']));
    inv.supplier.ape = '0161Z';
    otherBuyer(inv, x, 0.6);
    localReferences(inv, x);
    maybeRelabel24(inv, x);
    inv.date = { ...inv.date, m: x.pick([5, 6, 7, 9, 10]) };
    notAfterToday(inv);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.clientCode = `411${x.pick(['MAI', 'COM', 'DEP'])}${x.digits(3)}`;
    const prefix = /Département|Métropole/.test(inv.buyer.name) ? 'RD' : 'VC';
    const start = x.int(0, ROADS.length - 1);
    const pass = x.pick(['1er passage', '2e passage']);
    inv.roads = Array.from({ length: x.int(3, 8) }, (_, k) => ({ name: `${prefix} n° ${x.int(1, 120)} – ${ROADS[(start + k * 3) % ROADS.length]}`, km: x.int(40, 680), day: addDays(inv.date, -x.int(3, 30)), pass }));
    inv.roads.sort((a, b) => (a.day.m - b.day.m) * 31 + a.day.d - b.day.d);
    const kmSafety = inv.roads.reduce((t, r) => t + r.km, 0);
    const perKm = x.int(3500, 7000);
    inv.lines = [{ code: 'FAU01', label: `Fauchage des accotements – passe de sécurité (1,20 m) – ${pass}`, qty: kmSafety / 100, unitName: 'km', unit: perKm, total: Math.round((kmSafety * perKm) / 100), rate: 2000 }];
    if (x.chance(0.5)) {
      const full = Math.round(kmSafety * (x.int(30, 80) / 100));
      const unit = x.int(6000, 11000);
      inv.lines.push({ code: 'FAU02', label: 'Fauchage complet des talus et accotements', qty: full / 100, unitName: 'km', unit, total: Math.round((full * unit) / 100), rate: 2000 });
    }
    if (x.chance(0.6)) inv.lines.push({ code: 'EPA01', label: 'Débroussaillage des fossés au bras épareuse', qty: x.int(4, 40) / 2, unitName: 'h', unit: x.int(5500, 8500), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ code: 'HAI01', label: 'Broyage des haies (face et dessus)', qty: x.int(200, 3000), unitName: 'ml', unit: x.int(45, 120), rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ code: 'SIG01', label: 'Signalisation temporaire de chantier (panneaux AK5, K10)', qty: x.int(1, 6), unitName: 'j', unit: x.int(3500, 7500), rate: 2000 });
    inv.lines.push({ code: 'TRF01', label: 'Transfert du matériel (tracteur et épareuse)', qty: 1, unitName: 'forf.', unit: x.int(8000, 16000), rate: 2000 });
    return priceLines(inv, [2000]);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['Ciel Gestion commerciale', 'PDFKit', 'GestAgri 2024']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 12 * MM;
    const R = pdf.page.width - 12 * MM;
    const family = x.pick(['Helvetica', 'Helvetica', 'Times']);
    const regular = family === 'Helvetica' ? 'Helvetica' : 'Times-Roman';
    const bold = family === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const text = (t, px, py, { size = 8.2, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const box = (bx, by, w, h, fill) => {
      if (fill) pdf.rect(bx, by, w, h).fill(fill);
      pdf.rect(bx, by, w, h).lineWidth(0.6).stroke('#333333');
    };
    const d = (v) => date(inv, v);
    // The supplier in a framed block, top left.
    const me = supplierTexts(inv, x);
    box(L, 10 * MM, 92 * MM, 34 * MM);
    me.forEach((t, k) => text(t, L + 3 * MM, 12 * MM + k * 4 * MM + (k ? 1.5 * MM : 0), { size: k === 0 ? 12 : 7.8, b: k === 0 }));
    // The identity: labels in grey boxes on the left, right-aligned; values in boxes beside them, left-aligned.
    text('FACTURE', 120 * MM, 10 * MM, { size: 18, b: true, width: R - 120 * MM, align: 'right' });
    const ids = [['NUMÉRO', inv.number, 12], ['DATE', d(inv.date), 10], ['CODE CLIENT', inv.clientCode, 8.6], ['ÉCHÉANCE', fmtDate(inv.due, 'slash'), 8.6], ['PAGE', '1/1', 8.6]];
    ids.forEach(([k, v, size], n) => {
      const y = 19 * MM + n * 6 * MM;
      box(120 * MM, y, 28 * MM, 6 * MM, '#e6e6e6');
      text(k, 121 * MM, y + 1.8 * MM, { size: 6.8, width: 26 * MM, align: 'right' });
      box(148 * MM, y, R - 148 * MM, 6 * MM);
      text(v, 150 * MM, y + (size > 10 ? 1 : 1.6) * MM, { size, b: n < 2 });
    });
    // The buyer in a box, the references beside it.
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fauchage et débroussaillage n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service voirie (code)'] });
    const place = inv.engagement ? x.pick(['boxes', 'boxes', 'buyer', 'sentence']) : 'none';
    const shown = place === 'boxes' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const buyer = [...buyerTexts(inv, x), ...(place === 'buyer' ? [`${inv.engagement.label} ${inv.engagement.written}`] : [])];
    const by = 52 * MM;
    box(108 * MM, by, R - 108 * MM, (buyer.length * 4.2 + 4) * MM);
    buyer.forEach((t, k) => text(t, 111 * MM, by + 2.5 * MM + k * 4.2 * MM, { size: 9, b: k === 0 }));
    let y = by;
    if (shown.length) {
      text('RÉFÉRENCES', L, y, { size: 7, b: true });
      y += 4 * MM;
      for (const [k, v] of shown) {
        box(L, y, 50 * MM, 7 * MM, '#f2f2f2');
        text(caps(k), L + 1.5 * MM, y + 1 * MM, { size: 6.4, width: 47 * MM });
        box(L + 50 * MM, y, 40 * MM, 7 * MM);
        text(v, L + 51 * MM, y + 2 * MM, { size: 9.4, b: true, width: 38 * MM, align: 'right' });
        y += 7 * MM;
      }
    }
    y = Math.max(y, by + (buyer.length * 4.2 + 4) * MM) + 6 * MM;
    text(`Objet : fauchage et débroussaillage des accotements – campagne ${inv.date.y}`, L, y, { size: 9, b: true });
    y += 5 * MM;
    const sentence = place === 'sentence' ? engagementSentence(inv, x) : null;
    if (sentence) {
      text(sentence, L, y, { size: 8, width: R - L });
      y += pdf.heightOfString(sentence, { width: R - L }) + 2 * MM;
    }
    // The lines, Ciel-like: vertical rules between columns.
    const cols = [[L, 16, 'Réf.', 'left'], [L + 16 * MM, 86, 'Désignation', 'left'], [L + 102 * MM, 18, 'Quantité', 'right'], [L + 120 * MM, 12, 'U.', 'center'], [L + 132 * MM, 22, 'P.U. HT', 'right'], [L + 154 * MM, (R - L) / MM - 154, 'Montant HT', 'right']];
    const top = y;
    box(L, y, R - L, 6 * MM, '#e6e6e6');
    cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y + 1.8 * MM, { size: 7.4, b: true, width: (w - 2) * MM, align }));
    y += 8 * MM;
    for (const l of inv.lines) {
      const q = l.unitName === 'km' ? frNumber(l.qty, 2) : l.unitName === 'h' ? frNumber(l.qty, 1) : frNumber(l.qty);
      [l.code, l.label, q, l.unitName, plainMoney(inv, l.unit), plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      pdf.font(regular).fontSize(8);
      y += Math.max(5.4 * MM, pdf.heightOfString(l.label, { width: (cols[1][1] - 2) * MM }) + 2 * MM);
    }
    y += 4 * MM;
    pdf.rect(L, top, R - L, y - top).lineWidth(0.6).stroke('#333333');
    cols.slice(1).forEach(([cx]) => pdf.moveTo(cx, top).lineTo(cx, y).lineWidth(0.4).stroke('#777777'));
    y += 4 * MM;
    // The totals as a row of boxes, the VAT table with its rate below on the left.
    const heads = inv.discount ? ['TOTAL BRUT HT', `REMISE ${inv.discountPct} %`, 'TOTAL NET HT', 'TOTAL TVA', 'TOTAL TTC', 'NET À PAYER'] : ['TOTAL HT', 'TOTAL TVA', 'TOTAL TTC', 'NET À PAYER'];
    const vals = inv.discount ? [inv.grossHT, -inv.discount, inv.ht, inv.tva, inv.ttc, inv.net] : [inv.ht, inv.tva, inv.ttc, inv.net];
    const w = (R - L) / heads.length;
    heads.forEach((h, k) => {
      box(L + k * w, y, w, 5.5 * MM, '#e6e6e6');
      text(h, L + k * w, y + 1.6 * MM, { size: 6.6, width: w, align: 'center' });
      box(L + k * w, y + 5.5 * MM, w, 8 * MM, k === heads.length - 1 ? '#f7f7f7' : undefined);
      const last = k === heads.length - 1;
      text(last ? money(inv, vals[k]) : plainMoney(inv, vals[k]), L + k * w + 1.5 * MM, y + (last ? 7.6 : 8.2) * MM, { size: last ? 11 : 8.6, b: last, width: w - 3 * MM, align: 'right' });
    });
    y += 18 * MM;
    const vat = [['Code', 'Taux', 'Base HT', 'Montant TVA'], ['1', '20,00 %', plainMoney(inv, inv.ht), plainMoney(inv, inv.tva)]];
    vat.forEach((row, r) => row.forEach((t, k) => {
      const cx = L + [0, 14, 34, 62][k] * MM;
      const cw = [14, 20, 28, 28][k] * MM;
      box(cx, y + r * 5.5 * MM, cw, 5.5 * MM, r === 0 ? '#e6e6e6' : undefined);
      text(t, cx + 1 * MM, y + r * 5.5 * MM + 1.6 * MM, { size: 7.4, width: cw - 2 * MM, align: k < 2 ? 'center' : 'right' });
    }));
    if (inv.print.iban) {
      box(112 * MM, y, R - 112 * MM, 11 * MM);
      text('RELEVÉ D’IDENTITÉ BANCAIRE', 114 * MM, y + 1.2 * MM, { size: 6.6, b: true });
      text(`IBAN ${iban(inv)}`, 114 * MM, y + 4.4 * MM, { size: 7.8 });
      text(`BIC ${s.bic}`, 114 * MM, y + 7.6 * MM, { size: 7.8 });
    } else text('Règlement par mandat administratif.', 112 * MM, y + 2 * MM, { size: 8 });
    y += 15 * MM;
    text(`Conditions de règlement : ${fmtDate(inv.due, 'slash')}, sans escompte. ${LATE_FEES}`, L, y, { size: 6.8, width: R - L, color: '#333333' });
    y += 9 * MM;
    // The roads mown, for information.
    text('Relevé des voies fauchées (pour information)', L, y, { size: 7.8, b: true });
    y += 4.5 * MM;
    for (const r of inv.roads) {
      if (y > pdf.page.height - 24 * MM) break;
      text(`${fmtDate(r.day, 'slash')}   ${r.name}   ${m2(r.km)} km   ${r.pass}`, L + 2 * MM, y, { size: 7.2 });
      y += 3.8 * MM;
    }
    text(legalLine(inv), L, pdf.page.height - 14 * MM, { size: 6.2, width: R - L, align: 'center', color: '#444444' });
    return collect(pdf);
  },
};

export default [fauchage];

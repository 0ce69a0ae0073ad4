// Blind-25 layout drawn by PDFKit (see ../../README.md): a giant LED screen company's invoice for a sports event a
// public body organised, as an EBP- or Sage-like package prints it: labels in capitals in small grey boxes and the
// values in separate boxes beside or under them, in a bigger bold font on a baseline a few points lower than their
// label's; the screen by the m² and the day, the mobile trailer screen, live production (cameras, director), technicians
// by the day, the generator, transport by the kilometre; the event, its venue and dates printed; a « Remise partenaire »
// on some; the booking deposit invoiced with the order deducted with its own number and date on most; a VAT grid
// « Code | Base HT | Taux | Montant TVA » beside the totals in boxes and an « Échéance | Mode de règlement | Montant » box.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { cultureBuyer, deductDeposit, maybeRelabel25, seven } from '../../lib/blind25.mjs';

const MM = 72 / 25.4;
const EVENTS = [['Finale régionale de basket-ball 3×3', 'Place Jean Jaurès'], ['Semi-marathon de la ville – village d’arrivée', 'Parc François Mitterrand'], ['Fan zone – Coupe du monde de rugby', 'Place de l’Hôtel de Ville'], ['Arrivée d’étape du Tour cycliste', 'Boulevard Jules Janin'], ['Meeting d’athlétisme', 'Stade municipal'], ['Tournoi international de handball U18', 'Palais des sports']];
const ecran = {
  name: 'f-ecran-geant',
  family: 'giant-led-screen-sports-event-boxed-shifted-values',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('f-ecran-geant', i, { cityProb: 0.45, engagementProb: 0.75, trades: ['services'], numbers: ['sage', 'ebp', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'bdc'], marketProb: 0.4, serviceProb: 0.55, dateStyles: ['slash', 'dots'], rates: [[2000]], discountPct: [0, 0, 5, 8], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'screen');
    renameSupplier(inv, x.pick(['Écran Géant Événements', 'LED Vision Rhône-Alpes', 'Mégapixel Live', 'Visuel Mobile Services']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7739Z';
    cultureBuyer(inv, x, 'sport', 1);
    localReferences(inv, x);
    maybeRelabel25(inv, x);
    notInFuture(inv);
    const [event, venue] = x.pick(EVENTS);
    inv.event = { name: event, venue, from: addDays(inv.date, -x.int(5, 25)), days: x.pick([1, 1, 2, 3]) };
    inv.event.to = addDays(inv.event.from, inv.event.days - 1);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.orderRef = `BC-CLI-${x.digits(5)}`;
    inv.quoteNo = `DE${x.digits(5)}`;
    inv.booking = seven(x);
    const m2 = x.pick([12, 18, 24, 32, 40]);
    const days = inv.event.days + 1;
    inv.lines = [
      { code: 'LED-P6', label: `Écran LED extérieur pitch 6 mm – ${m2} m² – ${days} jour${days > 1 ? 's' : ''} (montage la veille)`, qty: m2 * days, unit: x.int(95, 160) * 100, rate: 2000 },
      { code: 'STR-01', label: 'Structure autoportante et lestage', qty: 1, unit: x.int(600, 1400) * 100, rate: 2000 },
      { code: 'TEC-J', label: 'Technicien vidéo (par jour)', qty: days * x.pick([1, 2]), unit: x.int(380, 520) * 100, rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ code: 'CAM-HD', label: `Captation live – ${x.pick([2, 3, 4])} caméras HD et réalisateur (par jour d’événement)`, qty: inv.event.days, unit: x.int(1800, 3200) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ code: 'REM-12', label: 'Écran sur remorque 12 m² (zone d’arrivée)', qty: inv.event.days, unit: x.int(900, 1500) * 100, rate: 2000 });
    inv.lines.push({ code: 'GEN-60', label: 'Groupe électrogène 60 kVA insonorisé avec carburant (par jour)', qty: days, unit: x.int(250, 420) * 100, rate: 2000 });
    inv.lines.push({ code: 'TRP-KM', label: 'Transport aller-retour (par km)', qty: x.int(40, 380), unit: x.int(180, 260), rate: 2000 });
    priceLines(inv, [2000]);
    inv.paid = i % 4 !== 3 ? deductDeposit(inv, x, x.pick([30, 40, 50]), addDays(inv.event.from, -x.int(15, 45))) : null;
    return inv;
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['EBP Facturation', 'Gestion Commerciale', 'PDFKit']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 14 * MM;
    const R = pdf.page.width - 14 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const shift = x.pick([1.6, 2.4, 3.2]);
    const text = (t, px, py, { size = 8.2, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const box = (px, py, w, h, fill) => {
      if (fill) pdf.rect(px, py, w, h).fill(fill);
      pdf.rect(px, py, w, h).lineWidth(0.5).stroke('#777777');
    };
    const me = supplierTexts(inv, x);
    text(me[0], L, 12 * MM, { size: 15, b: true, color: '#0d47a1' });
    text('Écrans LED – captation – régie vidéo événementielle', L, 18.5 * MM, { size: 7.2, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 23 * MM + k * 3.5 * MM, { size: 7.6 }));
    const buyer = buyerTexts(inv, x);
    box(112 * MM, 28 * MM, R - 112 * MM, buyer.length * 4.2 * MM + 5 * MM);
    buyer.forEach((t, k) => text(t, 115 * MM, 30.5 * MM + k * 4.2 * MM, { size: 9, b: k === 0 }));
    let y = Math.max(24 * MM + me.length * 3.5 * MM, 34 * MM + buyer.length * 4.2 * MM) + 4 * MM;
    text('FACTURE', L, y, { size: 16, b: true });
    y += 9 * MM;
    // A row of boxes: the labels in capitals in a grey box, the values in a box under them, a size bigger and lower.
    const heads = [x.pick(['N° PIÈCE', 'NUMÉRO', 'FACTURE N°']), 'DATE', 'CODE CLIENT', 'RÉF. DEVIS', 'PAGE'];
    const values = [inv.number, date(inv, inv.date), inv.clientCode, inv.quoteNo, '1/1'];
    const w = (R - L) / heads.length;
    heads.forEach((h, k) => {
      box(L + k * w, y, w, 5 * MM, '#e6e6e6');
      text(h, L + k * w, y + 1.4 * MM, { size: 6.8, width: w, align: 'center', color: '#333333' });
      box(L + k * w, y + 5 * MM, w, 7 * MM);
      text(values[k], L + k * w, y + 6.6 * MM + shift, { size: 9.6, b: true, width: w, align: 'center' });
    });
    y += 16 * MM;
    // References as « LABEL : » in a small font with the value bold and bigger, a few points lower.
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'MARCHÉ PUBLIC N°', 'ACCORD-CADRE N°'], service: ['CODE SERVICE', 'SERVICE', 'SERVICE DES SPORTS (CODE)'] }).map(([k, v]) => [k.toUpperCase(), v]);
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label.toUpperCase()) : refs;
    const pairs = [['ÉVÉNEMENT', inv.event.name], ['LIEU', `${inv.event.venue}`], ['DATES', inv.event.days > 1 ? `du ${fmtDate(inv.event.from, 'slash')} au ${fmtDate(inv.event.to, 'slash')}` : `le ${fmtDate(inv.event.from, 'slash')}`], ['RÉSERVATION N°', inv.booking], ...shown];
    const colW = (R - L) / 2;
    pairs.forEach(([k, v], n) => {
      const px = L + (n % 2) * colW;
      const py = y + Math.floor(n / 2) * 6 * MM;
      text(`${k} :`, px, py, { size: 7, color: '#555555' });
      const lw = pdf.font(regular).fontSize(7).widthOfString(`${k} :`);
      text(v, px + lw + 2 * MM, py - 1 + shift, { size: 9.2, b: true, width: colW - lw - 4 * MM });
    });
    y += Math.ceil(pairs.length / 2) * 6 * MM + 2 * MM;
    if (sentence) {
      text(sentence, L, y, { size: 8, width: R - L });
      y += 7 * MM;
    }
    const cols = [[L, 20, 'CODE', 'left'], [L + 20 * MM, 100, 'DÉSIGNATION', 'left'], [L + 120 * MM, 16, 'QTÉ', 'right'], [L + 136 * MM, 22, 'P.U. HT', 'right'], [L + 158 * MM, (R - L) / MM - 158, 'MONTANT HT', 'right']];
    box(L, y, R - L, 5.5 * MM, '#e6e6e6');
    cols.forEach(([cx, cw, h, align]) => text(h, cx + 1 * MM, y + 1.6 * MM, { size: 7, b: true, width: (cw - 2) * MM, align }));
    y += 7.5 * MM;
    const top = y - 2 * MM;
    for (const l of inv.lines) {
      pdf.font(regular).fontSize(8);
      const h = pdf.heightOfString(l.label, { width: 98 * MM });
      [l.code, l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      y += h + 2 * MM;
    }
    pdf.rect(L, top, R - L, y - top).lineWidth(0.5).stroke('#777777');
    y += 4 * MM;
    // VAT grid on the left, totals in boxes on the right.
    const grid = [['CODE', 'BASE HT', 'TAUX', 'MONTANT TVA'], ['1', plainMoney(inv, inv.ht), rate(2000), plainMoney(inv, inv.tva)]];
    const gw = [12, 26, 16, 26];
    grid.forEach((row, r) => {
      let gx = L;
      row.forEach((t, k) => {
        box(gx, y + r * 5.5 * MM, gw[k] * MM, 5.5 * MM, r === 0 ? '#e6e6e6' : null);
        text(t, gx, y + r * 5.5 * MM + 1.6 * MM, { size: r === 0 ? 6.8 : 8, width: gw[k] * MM - 1 * MM, align: 'right' });
        gx += gw[k] * MM;
      });
    });
    const totals = [];
    if (inv.discount) totals.push(['TOTAL BRUT HT', inv.grossHT], [`REMISE PARTENAIRE ${inv.discountPct} %`, -inv.discount]);
    totals.push(['TOTAL HT', inv.ht], ['TOTAL TVA', inv.tva], ['TOTAL TTC', inv.ttc, !inv.paid]);
    if (inv.paid) totals.push([`ACOMPTE FACT. ${inv.paid.number} DU ${fmtDate(inv.paid.date, 'slash')}`, -inv.paid.amount], ['NET À PAYER', inv.net, true]);
    const tx = R - 92 * MM;
    totals.forEach(([k, v, strong], n) => {
      const ty = y + n * 6 * MM;
      box(tx, ty, 58 * MM, 6 * MM, '#f1f1f1');
      text(k, tx + 1.5 * MM, ty + 1.9 * MM, { size: 6.8, width: 56 * MM });
      box(tx + 58 * MM, ty, 34 * MM, 6 * MM);
      text(money(inv, v), tx + 58 * MM, ty + 1.4 * MM + shift * 0.6, { size: strong ? 10 : 8.6, b: true, width: 33 * MM, align: 'right' });
    });
    y += Math.max(totals.length * 6, 14) * MM + 5 * MM;
    const ew = [40, 60, 40];
    const er = [['ÉCHÉANCE', 'MODE DE RÈGLEMENT', 'MONTANT'], [fmtDate(inv.due, 'slash'), inv.print.iban ? 'Virement' : 'Mandat administratif', money(inv, inv.net)]];
    er.forEach((row, r) => {
      let ex = L;
      row.forEach((t, k) => {
        box(ex, y + r * 5.5 * MM, ew[k] * MM, 5.5 * MM, r === 0 ? '#e6e6e6' : null);
        text(t, ex, y + r * 5.5 * MM + 1.6 * MM, { size: r === 0 ? 6.8 : 8.4, b: r === 1, width: ew[k] * MM, align: 'center' });
        ex += ew[k] * MM;
      });
    });
    y += 15 * MM;
    if (inv.print.iban) {
      text(`IBAN : ${iban(inv)}    BIC : ${s.bic}`, L, y, { size: 8.4 });
      y += 5 * MM;
    }
    text(`Conditions de règlement : ${inv.due ? `${Math.round((Date.UTC(inv.due.y, inv.due.m - 1, inv.due.d) - Date.UTC(inv.date.y, inv.date.m - 1, inv.date.d)) / 86_400_000)} jours date de facture` : ''}. ${LATE_FEES}`, L, y, { size: 6.8, width: R - L, color: '#444444' });
    text(legalLine(inv), L, pdf.page.height - 16 * MM, { size: 6.2, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [ecran];

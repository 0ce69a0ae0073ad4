// A blind-7 layout drawn by PDFKit (see ../../README.md): a piano tuner's invoice to the conservatoire and the
// schools, one row per instrument (make, serial number, room, pitch before and after), the tuner's block at the top
// right and the buyer's at the top left, the invoice number and date in a line under them.
import PDFDocument from 'pdfkit';
import { addDays } from '../../lib/format.mjs';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, recompute, references } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { totalsRows } from '../../lib/blind7.mjs';

const MM = 72 / 25.4;
const PIANOS = [['Yamaha U3', 'droit'], ['Steinway B-211', 'à queue'], ['Pleyel P 118', 'droit'], ['Kawai K-300', 'droit'], ['Bösendorfer 200', 'à queue'], ['Schimmel C 189', 'à queue'], ['Yamaha C3X', 'à queue']];
const ROOMS = ['Conservatoire Massenet – auditorium', 'Conservatoire Massenet – salle 12', 'École de musique de Terrenoire', 'Salle des fêtes – scène', 'École élémentaire Fauriel – salle de musique', 'Maison de quartier du Soleil'];

const piano = {
  name: 'x-accordeur-piano',
  family: 'piano-tuning-per-instrument',
  producers: ['pdfkit'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('x-accordeur-piano', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'quickbooks', 'micro', 'ciel'], engagementLabels: ['bonDeCommande', 'engagement', 'bcShort', 'ej'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 4], rcsProb: 0.4 });
    const x = extraRng(inv, 'piano');
    renameSupplier(inv, x.pick(['Atelier Piano Forez', 'Accord Parfait Loire', 'Pianos Delorme', 'L’Harmonie Stéphanoise']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '3320C';
    const firstRoom = x.int(0, ROOMS.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const [model, kind] = x.pick(PIANOS);
      const unit = kind === 'à queue' ? x.int(14000, 19000) : x.int(9000, 13000);
      return { label: `Accord ${kind === 'à queue' ? 'piano à queue' : 'piano droit'} ${model}`, serial: String(x.int(100000, 6999999)), room: ROOMS[(firstRoom + k) % ROOMS.length], before: `${x.int(434, 439)} Hz`, qty: 1, unit, rate: 2000, total: unit };
    });
    if (x.chance(0.5)) {
      const unit = x.int(4000, 9000);
      inv.lines.push({ label: 'Remplacement de cordes (basse)', serial: '', room: '', before: '', qty: x.int(1, 3), unit, rate: 2000 });
      inv.lines.at(-1).total = inv.lines.at(-1).qty * inv.lines.at(-1).unit;
    }
    inv.visit = addDays(inv.date, -x.int(1, 14));
    return recompute(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 16 * MM;
    const R = pdf.page.width - 16 * MM;
    const text = (t, px, py, { size = 9, bold = false, color = '#111111', width, align } = {}) => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    let y = 16 * MM;
    const buyer = buyerTexts(inv, x);
    text(x.pick(['Facturé à', 'Client']), L, y, { size: 7.5, color: '#666666' });
    buyer.forEach((t, k) => text(t, L, y + 5 * MM + k * 4.3 * MM, { size: 9, bold: k === 0 }));
    const me = supplierTexts(inv, x);
    me.forEach((t, k) => text(t, R - 80 * MM, y + k * 4.3 * MM, { size: k === 0 ? 12 : 8.5, bold: k === 0, width: 80 * MM, align: 'right' }));
    text('Accord – Entretien – Restauration de pianos', R - 80 * MM, y + me.length * 4.3 * MM + 1 * MM, { size: 7.5, color: '#795548', width: 80 * MM, align: 'right' });
    y += Math.max(buyer.length + 1, me.length + 1) * 4.3 * MM + 8 * MM;
    pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.8).stroke('#795548');
    y += 3 * MM;
    text(`${x.pick(['FACTURE', 'Facture'])} n° ${inv.number}`, L, y, { size: 13, bold: true });
    text(`du ${date(inv, inv.date)}`, L + 95 * MM, y + 1 * MM, { size: 10 });
    y += 8 * MM;
    references(inv).forEach(([k, v], n) => text(`${k} : ${v}`, L, y + n * 4.5 * MM, { size: 9, bold: true }));
    y += references(inv).length * 4.5 * MM + 3 * MM;
    text(`Intervention du ${date(inv, inv.visit, 'slash')} – diapason ramené à 440 Hz`, L, y, { size: 8.5 });
    y += 7 * MM;
    const cols = [L, L + 70 * MM, L + 94 * MM, L + 136 * MM, L + 150 * MM];
    const widths = [68 * MM, 22 * MM, 40 * MM, 12 * MM, R - L - 150 * MM];
    pdf.rect(L, y - 1.5 * MM, R - L, 6.5 * MM).fill('#efebe9');
    ['Instrument / prestation', 'N° de série', 'Lieu', 'Qté', 'Montant HT'].forEach((h, k) => text(h, cols[k], y, { size: 8, bold: true, width: widths[k], align: k >= 3 ? 'right' : 'left' }));
    y += 7 * MM;
    for (const l of inv.lines) {
      text(l.label, cols[0], y, { size: 8.5, width: widths[0] });
      if (l.before) text(`avant : ${l.before}`, cols[0], y + 4 * MM, { size: 7, color: '#666666' });
      text(l.serial, cols[1], y, { size: 8.5 });
      text(l.room, cols[2], y, { size: 7.5, width: widths[2] });
      text(String(l.qty), cols[3], y, { size: 8.5, width: widths[3], align: 'right' });
      text(plainMoney(inv, l.total), cols[4], y, { size: 8.5, width: widths[4], align: 'right' });
      y += 10 * MM;
      pdf.moveTo(L, y - 2 * MM).lineTo(R, y - 2 * MM).lineWidth(0.3).stroke('#cccccc');
    }
    y += 2 * MM;
    for (const [k, v, strong] of totalsRows(inv, x.pick(['Total TTC', 'Net à payer']))) {
      text(k, R - 80 * MM, y, { size: strong ? 10 : 9, bold: strong });
      text(money(inv, v), R - 40 * MM, y, { size: strong ? 10 : 9, bold: strong, width: 40 * MM, align: 'right' });
      y += 5.5 * MM;
    }
    y += 6 * MM;
    text(paymentText(inv), L, y, { size: 8.5, width: R - L });
    text(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, L, y + 6 * MM, { size: 7, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 18 * MM, { size: 6.5, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [piano];

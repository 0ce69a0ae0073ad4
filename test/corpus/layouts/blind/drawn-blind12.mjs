// A blind-12 layout drawn by PDFKit (see ../../README.md): a mobile ice rink company's invoice for the Christmas
// season in a square (the rink's surface and the season's weeks, the refrigeration unit and the resurfacing of a
// real-ice rink, skates by the pair, transport, set-up and removal, staff on the ice by the hour; the city supplies
// the electricity, its consumption printed for information; the deposit invoiced with the order deducted, with its
// own invoice number, on most). The buyer sits in the envelope window on the left, the supplier on the right, and the
// invoice's identity in a row of boxes across the page.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { earlierNumber, maybeRelabel12 } from '../../lib/blind12.mjs';

const MM = 72 / 25.4;
const SQUARES = ['place Jean Jaurès', 'place de l’Hôtel de Ville', 'place du Peuple', 'parvis de la Cité du design', 'place Chavanelle'];
const SIZES = [[20, 10], [24, 12], [30, 15], [18, 9], [26, 13]];

const patinoire = {
  name: 'j-patinoire-mobile',
  family: 'mobile-ice-rink-season-hire',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('j-patinoire-mobile', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'odoo', 'ebp', 'solde'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementChorus', 'commande'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash', 'dots', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'rink');
    renameSupplier(inv, x.pick(['Glace Événements Rhône-Alpes', 'Patinoires Mobiles de France', 'Ice Events Loire', 'Polar Piste Location']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7739Z';
    maybeRelabel12(inv, x);
    const real = x.chance(0.5);
    const [w, l] = x.pick(SIZES);
    const year = inv.date.y - 1;
    const open = { y: year, m: 12, d: x.int(1, 12) };
    const close = { y: year + 1, m: 1, d: x.int(2, 10) };
    const weeks = Math.round((Date.UTC(close.y, close.m - 1, close.d) - Date.UTC(open.y, open.m - 1, open.d)) / (7 * 86400000));
    inv.date = addDays(close, x.int(5, 25));
    inv.due = addDays(inv.date, 30);
    const kwh = x.int(80, 260) * 100;
    inv.rink = { real, w, l, area: w * l, weeks, open, close, square: x.pick(SQUARES), kwh, order: addDays(open, -x.int(50, 120)) };
    const pairs = x.int(8, 30) * 10;
    inv.lines = [
      { label: `Patinoire ${real ? 'en glace réelle' : 'synthétique (dalles polyéthylène glissantes)'} ${w} × ${l} m (${w * l} m²), bandes et portillons compris`, period: 'semaine', qty: weeks, unit: x.int(real ? 45 : 25, real ? 150 : 90) * 10000, rate: 2000 },
    ];
    if (real) {
      inv.lines.push({ label: `Groupe froid ${x.pick([120, 160, 200])} kW, tapis de refroidissement et fluide frigorigène`, period: 'semaine', qty: weeks, unit: x.int(150, 320) * 1000, rate: 2000 });
      inv.lines.push({ label: 'Resurfaçage quotidien de la glace (surfaceuse et opérateur)', period: 'jour', qty: weeks * 7, unit: x.int(90, 160) * 100, rate: 2000 });
    }
    inv.lines.push({ label: `Patins à glace de location, tailles 26 à 47 (${pairs} paires), affûtage compris`, period: 'paire', qty: pairs, unit: x.int(25, 60) * 100, rate: 2000 });
    inv.lines.push({ label: 'Transport aller-retour (semi-remorques) et manutention', period: 'forfait', qty: 1, unit: x.int(30, 80) * 10000, rate: 2000 });
    inv.lines.push({ label: 'Montage, mise en glace et démontage par nos techniciens', period: 'forfait', qty: 1, unit: x.int(20, 60) * 10000, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Agents d’accueil et de sécurité sur la piste', period: 'heure', qty: x.int(60, 300), unit: x.int(26, 34) * 100, rate: 2000 });
    inv.depositPct = x.pick([30, 30, 40, 0]);
    priceLines(inv);
    const depositDate = addDays(inv.rink.order, x.int(1, 10));
    inv.depositInvoice = { number: earlierNumber(inv.number, x, inv.date.y, depositDate.y), date: depositDate };
    return inv;
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const rk = inv.rink;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'LocaGest', 'EventFact']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 15 * MM;
    const R = pdf.page.width - 15 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#0277bd', '#00838f', '#283593']);
    const text = (t, px, py, { size = 8.4, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    // Supplier on the right, buyer in the envelope window on the left.
    const me = supplierTexts(inv, x);
    const meX = R - 80 * MM;
    text(me[0], meX, 12 * MM, { size: 13, b: true, color: accent, width: 80 * MM, align: 'right' });
    text('Patinoires mobiles – glace réelle et synthétique – location saisonnière', meX, 18 * MM, { size: 7, color: '#555555', width: 80 * MM, align: 'right' });
    me.slice(1).forEach((t, k) => text(t, meX, 22.5 * MM + k * 3.8 * MM, { size: 7.8, width: 80 * MM, align: 'right' }));
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, L + 5 * MM, 45 * MM + k * 4.2 * MM, { size: 9, b: k === 0 }));
    let y = Math.max(50 * MM + buyer.length * 4.2 * MM, 27 * MM + me.length * 3.8 * MM) + 4 * MM;
    text(x.pick(['FACTURE', 'Facture']), L, y, { size: 20, b: true, color: accent });
    y += 10 * MM;
    // The invoice's identity in a row of boxes.
    const boxes = [[x.pick(['N° de facture', 'Facture n°', 'Numéro']), inv.number], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')], ['Code client', inv.clientCode]];
    const bw = (R - L) / boxes.length;
    boxes.forEach(([k, v], n) => {
      pdf.rect(L + n * bw, y, bw, 11 * MM).lineWidth(0.6).stroke('#777777');
      text(k, L + n * bw + 2 * MM, y + 1.8 * MM, { size: 7, color: '#555555' });
      text(v, L + n * bw + 2 * MM, y + 5.6 * MM, { size: 9.2, b: n === 0 });
    });
    y += 15 * MM;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service animations'], market: ['Marché n°', 'Marché public n°', 'Réf. marché'] });
    refs.forEach(([k, v], n) => text(`${k} : ${v}`, L + (n % 2) * 90 * MM, y + Math.floor(n / 2) * 4.6 * MM, { size: 8.6, b: true }));
    y += Math.ceil(refs.length / 2) * 4.6 * MM + (refs.length ? 2 * MM : 0);
    text(`Objet : patinoire de Noël, ${rk.square} – ouverte au public du ${date(inv, rk.open, 'slash')} au ${date(inv, rk.close, 'slash')} (${rk.weeks} semaines). Commande du ${date(inv, rk.order, 'slash')}.`, L, y, { size: 8.4, width: R - L });
    y += 10 * MM;
    const cols = [[L, 96, 'Désignation', 'left'], [L + 96 * MM, 18, 'Unité', 'left'], [L + 114 * MM, 14, 'Qté', 'right'], [L + 128 * MM, 24, 'P.U. HT', 'right'], [L + 152 * MM, (R - L) / MM - 152, 'Montant HT', 'right']];
    pdf.rect(L, y - 1.3 * MM, R - L, 6 * MM).fill(accent);
    cols.forEach(([cx, cw, h, align]) => text(h, cx + 1 * MM, y, { size: 7.8, b: true, color: '#ffffff', width: (cw - 2) * MM, align }));
    y += 7 * MM;
    for (const l of inv.lines) {
      const cells = [l.label, l.period, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)];
      const h = pdf.font(regular).fontSize(8).heightOfString(l.label, { width: 94 * MM });
      cells.forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      y += Math.max(h, 3.6 * MM) + 1.6 * MM;
      pdf.moveTo(L, y - 0.8 * MM).lineTo(R, y - 0.8 * MM).lineWidth(0.3).stroke('#bbbbbb');
    }
    y += 4 * MM;
    const totals = [[x.pick(['Total HT', 'Total H.T.']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.deposit]];
    if (inv.deposit) totals.push([`Acompte ${inv.depositPct} % – fact. ${inv.depositInvoice.number} du ${date(inv, inv.depositInvoice.date, 'slash')}`, -inv.deposit], [x.pick(['Net à payer', 'Solde à payer', 'Reste dû']), inv.net, true]);
    text(`Électricité fournie par la Ville : consommation relevée ${frNumber(rk.kwh)} kWh (pour information, non facturée).`, L, y, { size: 7.6, color: '#444444', width: 78 * MM });
    totals.forEach(([k, val, strong], n) => {
      const yy = y + n * 5.4 * MM;
      if (strong) pdf.rect(R - 92 * MM, yy - 1.3 * MM, 92 * MM, 6 * MM).fill('#e1f5fe');
      text(k, R - 90 * MM, yy, { size: strong ? 9.6 : 8.4, b: strong });
      text(money(inv, val), R - 32 * MM, yy, { size: strong ? 9.6 : 8.4, b: strong, width: 30 * MM, align: 'right' });
    });
    y += totals.length * 5.4 * MM + 6 * MM;
    text(paymentText(inv), L, y, { size: 8.4, width: R - L });
    text(`${LATE_FEES}`, L, pdf.page.height - 24 * MM, { size: 6.5, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 15 * MM, { size: 6.3, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [patinoire];

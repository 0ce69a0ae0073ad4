// Blind-15 layout drawn with PDFKit (see ../../README.md): an express courier's monthly invoice of a public body's
// shipments over two pages (one row per consignment note with its date, sending service, destination, service level
// and weight; the amount carried at the foot of page 1, « À reporter », and at the head of page 2, « Report »; the fuel
// surcharge as a percentage of the transport; the totals on page 2 only).
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { maybeRelabel15, monthOf, paged, previousMonth } from '../../lib/blind15.mjs';

const MM = 72 / 25.4;
const SENDERS = ['Courrier central', 'Archives municipales', 'DSI', 'État civil', 'Cabinet du maire', 'Direction des sports', 'Médiathèque Carnot', 'Service juridique'];
const PLACES = [['69003', 'Lyon'], ['75007', 'Paris'], ['63000', 'Clermont-Ferrand'], ['42300', 'Roanne'], ['38000', 'Grenoble'], ['13002', 'Marseille'], ['42600', 'Montbrison'], ['21000', 'Dijon'], ['43000', 'Le Puy-en-Velay'], ['31000', 'Toulouse']];
const SERVICES = [['Express 13 h', 1290, 260], ['Express J+1', 890, 180], ['Course dédiée urgente', 1850, 0], ['Économique J+2', 640, 120]];
const courier = {
  name: 'r-messagerie-releve',
  family: 'express-courier-monthly-two-pages',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('r-messagerie-releve', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['ciel', 'compact', 'slash', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'ejBc'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['slash', 'dots', 'slash2', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'courier');
    renameSupplier(inv, x.pick(['Express Forez Messagerie', 'Coursiers Stéphanois', 'Loire Colis Express', 'Rapid’Envoi Centre']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '5320Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel15(inv, x);
    const month = previousMonth(inv.date);
    redate(inv, x.chance(0.5) ? month.to : { ...monthOf(inv.date).from, d: x.int(1, 5) });
    inv.month = month;
    inv.due = addDays(inv.date, 30);
    inv.account = `${x.pick(['EXP', 'CPT', ''])}${x.digits(6)}`;
    const count = x.int(40, 58);
    const days = Array.from({ length: count }, () => x.int(1, month.to.d)).sort((a, b) => a - b);
    const prefix = x.pick(['XF', 'LC', '']);
    inv.shipments = days.map((day) => {
      const [service, base, perKg] = x.pick(SERVICES);
      const weight = x.int(2, 180) / 10;
      const [zip, city] = x.pick(PLACES);
      const amount = base + Math.round(Math.max(0, weight - 1) * perKg);
      return { day: { ...month.from, d: day }, note: `${prefix}${x.digits(prefix ? 10 : 12)}`, sender: x.pick(SENDERS), dest: `${zip} ${city}`, service, weight, amount };
    });
    const transport = inv.shipments.reduce((s, it) => s + it.amount, 0);
    inv.fuelPct = x.pick([1250, 1475, 1620, 1890]);
    inv.lines = inv.shipments.map((it) => ({ label: it.note, qty: 1, unit: it.amount, rate: 2000 }));
    inv.fuel = { base: transport, total: Math.round((transport * inv.fuelPct) / 10000) };
    inv.lines.push({ label: 'Surcharge carburant', qty: 1, unit: inv.fuel.total, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Enlèvements quotidiens – forfait mensuel', qty: 1, unit: x.int(60, 180) * 100, rate: 2000, flat: true });
    return priceLines(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'ColiFact', 'TransGest']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 14 * MM;
    const R = pdf.page.width - 14 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#0d47a1', '#e65100', '#1b5e20']);
    const text = (t, px, py, { size = 8, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const numberLabel = x.pick(['Facture n°', 'N° de facture', 'FACTURE N°']);
    const dateLabel = x.pick(['Date', 'Date de facture', 'Date d’émission']);
    const pages = paged(inv.shipments, (it) => it.amount, 30, 60);
    const pageCount = pages.length;
    const cols = [[L, 16, 'Date', 'left'], [L + 17 * MM, 30, 'N° de lettre de transport', 'left'], [L + 48 * MM, 36, 'Service expéditeur', 'left'], [L + 85 * MM, 34, 'Destination', 'left'], [L + 120 * MM, 26, 'Prestation', 'left'], [L + 147 * MM, 12, 'Poids kg', 'right'], [L + 160 * MM, (R - L) / MM - 160, 'Montant HT', 'right']];
    const tableHead = (y) => {
      pdf.rect(L, y - 1.2 * MM, R - L, 5.6 * MM).fill('#eeeeee');
      cols.forEach(([cx, w, h, align]) => text(h, cx + 0.5 * MM, y, { size: 7, b: true, width: (w - 1) * MM, align }));
      return y + 6 * MM;
    };
    const footer = (n) => {
      text(legalLine(inv), L, pdf.page.height - 14 * MM, { size: 6, width: R - L, align: 'center', color: '#444444' });
      text(`Page ${n}/${pageCount}`, R - 20 * MM, pdf.page.height - 9 * MM, { size: 7, width: 20 * MM, align: 'right' });
    };
    const me = supplierTexts(inv, x);
    // Page 1: the head, the references, the first rows.
    text(me[0], L, 12 * MM, { size: 15, b: true, color: accent });
    text('Messagerie express – courses urgentes – plis et colis', L, 18.5 * MM, { size: 7, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 23 * MM + k * 3.5 * MM, { size: 7.6 }));
    const bx = R - 76 * MM;
    text(x.pick(['FACTURE', 'Facture']), bx, 12 * MM, { size: 16, b: true, color: accent });
    const idRows = [[numberLabel, inv.number], [dateLabel, date(inv, inv.date)], ['Compte client', inv.account], ['Période', `du ${date(inv, inv.month.from, 'slash')} au ${date(inv, inv.month.to, 'slash')}`], ['Échéance', date(inv, inv.due, 'slash')]];
    idRows.forEach(([k, v], n) => {
      text(k, bx, 20 * MM + n * 4.4 * MM, { size: 8 });
      text(v, bx + 28 * MM, 20 * MM + n * 4.4 * MM, { size: 8.4, b: n === 0 });
    });
    let y = Math.max(26 * MM + me.length * 3.5 * MM, 20 * MM + idRows.length * 4.4 * MM) + 3 * MM;
    const buyer = buyerTexts(inv, x);
    text(x.pick(['Client', 'Facturé à', 'Adresse de facturation']), bx, y, { size: 6.8, color: '#777777' });
    buyer.forEach((t, k) => text(t, bx, y + 3.6 * MM + k * 3.7 * MM, { size: 8.2, b: k === 0 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de messagerie n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service exécutant'] });
    if (refs.length) text(x.pick(['Vos références', 'Références']), L, y, { size: 6.8, color: '#777777' });
    refs.forEach(([k, v], n) => text(`${k} : ${v}`, L, y + 3.6 * MM + n * 4 * MM, { size: 8.2, b: true }));
    y += Math.max(buyer.length * 3.7 * MM, refs.length * 4 * MM) + 8 * MM;
    text(`Relevé des envois du mois : ${inv.shipments.length} lettres de transport. Montants hors taxes.`, L, y, { size: 8 });
    y += 6 * MM;
    pages.forEach((page, n) => {
      if (n > 0) {
        pdf.addPage({ size: 'A4', margin: 0 });
        text(`${inv.supplier.name} – ${numberLabel.replace(/^FACTURE/, 'Facture')} ${inv.number} (suite)`, L, 12 * MM, { size: 8.6, b: true, color: accent });
        y = 20 * MM;
        text('Report', L + 120 * MM, y, { size: 8, b: true });
        text(plainMoney(inv, page.carriedIn), L + 160 * MM, y, { size: 8, b: true, width: (R - L) - 160 * MM, align: 'right' });
        y += 6 * MM;
      }
      y = tableHead(y);
      for (const it of page.rows) {
        [date(inv, it.day, 'slash2'), it.note, it.sender, it.dest, it.service, frNumber(it.weight, 1), plainMoney(inv, it.amount)].forEach((t, k) => text(t, cols[k][0] + 0.5 * MM, y, { size: 7.2, width: (cols[k][1] - 1) * MM, align: cols[k][3] }));
        y += 4.3 * MM;
      }
      if (n < pages.length - 1) {
        pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).stroke('#999999');
        y += 1.5 * MM;
        text(x.pick(['À reporter', 'Total à reporter', 'Sous-total à reporter']), L + 120 * MM, y, { size: 8, b: true });
        text(plainMoney(inv, page.carriedOut), L + 160 * MM, y, { size: 8, b: true, width: (R - L) - 160 * MM, align: 'right' });
        footer(n + 1);
      }
    });
    // Last page: the total of the rows, the surcharge, the totals and the payment.
    y += 2 * MM;
    pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).stroke('#999999');
    y += 2 * MM;
    const extra = [['Total transport HT', inv.fuel.base], [`Surcharge carburant ${frNumber(inv.fuelPct / 100, 2)} %`, inv.fuel.total]];
    const flat = inv.lines.find((l) => l.flat);
    if (flat) extra.push([flat.label, flat.total]);
    const totals = [...extra.map(([k, v]) => [k, v, false]), ...dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT', 'Total hors taxes']), ttc: x.pick(['Total TTC', 'Net à payer', 'Montant TTC']) })];
    totals.forEach(([k, v, strong], n) => {
      text(k, R - 90 * MM, y + n * 5 * MM, { size: strong ? 9.4 : 8.2, b: strong });
      text(money(inv, v), R - 32 * MM, y + n * 5 * MM, { size: strong ? 9.4 : 8.2, b: strong, width: 32 * MM, align: 'right' });
    });
    y += totals.length * 5 * MM + 6 * MM;
    text(paymentText(inv), L, y, { size: 8, width: R - L });
    text(LATE_FEES, L, y + 6 * MM, { size: 6.6, width: R - L, color: '#444444' });
    text('Les réclamations relatives à un envoi doivent être formulées dans les 21 jours suivant la livraison (art. L. 133-3 du code de commerce).', L, y + 13 * MM, { size: 6.6, width: R - L, color: '#444444' });
    footer(pages.length);
    return collect(pdf);
  },
};

export default [courier];

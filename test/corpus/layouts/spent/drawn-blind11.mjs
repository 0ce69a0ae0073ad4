// A blind-11 layout drawn by PDFKit (see ../../README.md): a tyre fitter's invoice for work on the municipal fleet (a
// block per vehicle: plate, model, mileage and service; tyres by size with list price, fleet discount and net price,
// fitting and balancing per tyre, the eco-contribution per tyre for the recycling of worn tyres, alignment checks).
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { plate } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { maybeRelabel11, tyreSize } from '../../lib/blind11.mjs';

const MM = 72 / 25.4;
// [model, service, tyre size, eco-contribution per tyre in cents]
const FLEET = [
  ['Renault Clio V', 'Pool de véhicules', [195, 55, 16, 87, 'H'], 145],
  ['Peugeot 308 SW', 'Police municipale', [225, 45, 17, 94, 'W'], 145],
  ['Renault Kangoo', 'Propreté urbaine', [195, 65, 15, 91, 'T'], 145],
  ['Renault Master L2H2', 'Bâtiments', [225, 65, 16, '112/110', 'R'], 230],
  ['Citroën Jumpy', 'Espaces verts', [215, 65, 16, '109/107', 'T'], 230],
  ['Dacia Duster 4x4', 'Police municipale', [215, 65, 16, 98, 'H'], 145],
  ['Iveco Daily 35C', 'Voirie', [225, 65, 16, '112/110', 'R'], 230],
];
const BRANDS = [['Michelin', 'Primacy 4+', 'Agilis 3'], ['Continental', 'PremiumContact 7', 'VanContact Eco'], ['Bridgestone', 'Turanza 6', 'Duravis Van'], ['Goodyear', 'EfficientGrip 2', 'Cargo Vector 2']];

const pneus = {
  name: 'k-pneumatiques-flotte',
  family: 'tyre-fitter-fleet-eco-contribution',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('k-pneumatiques-flotte', i, { ...CITY_HEAVY, trades: ['services', 'goods'], numbers: ['dolibarr', 'ciel', 'compact', 'ticket'], engagementLabels: ['bonDeCommande', 'ej', 'engagement', 'bcShort', 'engagementJuridiqueNo'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'tyres');
    renameSupplier(inv, x.pick(['Pneus Service Monthieu', 'Centre du Pneu Stéphanois', 'Euro-Pneus Forez', 'Gerphagnon Pneumatiques']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4532Z';
    maybeRelabel11(inv, x);
    const discount = x.pick([0, 10, 15, 20, 25]);
    const first = x.int(0, FLEET.length - 1);
    inv.fleetDiscount = discount;
    inv.vehicles = Array.from({ length: x.int(1, 4) }, (_, k) => {
      const [model, service, size, eco] = FLEET[(first + k * 2) % FLEET.length];
      const van = eco > 145;
      const [brand, car, utility] = x.pick(BRANDS);
      const count = x.pick([2, 2, 4]);
      const list = x.int(van ? 140 : 95, van ? 220 : 180) * 100 + x.pick([0, 50, 90]);
      const net = Math.round((list * (100 - discount)) / 100);
      const lines = [
        { label: `Pneu ${brand} ${van ? utility : car} ${tyreSize(size)}`, qty: count, list, unit: net, discount, rate: 2000 },
        { label: 'Montage, équilibrage et valve neuve', qty: count, unit: x.int(14, 22) * 100, rate: 2000 },
        { label: 'Éco-contribution (collecte et valorisation des pneus usagés)', qty: count, unit: eco, rate: 2000 },
      ];
      if (x.chance(0.5)) lines.push({ label: 'Contrôle et réglage du parallélisme', qty: 1, unit: x.int(55, 90) * 100, rate: 2000 });
      if (x.chance(0.2)) lines.push({ label: 'Réparation crevaison (mèche intérieure)', qty: 1, unit: x.int(25, 40) * 100, rate: 2000 });
      return { model, service, plate: plate(x), km: x.int(8, 190) * 1000 + x.int(0, 999), day: addDays(inv.date, -x.int(0, 20)), order: `OT${x.digits(5)}`, lines };
    });
    inv.lines = inv.vehicles.flatMap((v) => v.lines);
    return priceLines(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'GestPneu', 'Atelier Pro']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 14 * MM;
    const R = pdf.page.width - 14 * MM;
    const regular = x.pick(['Helvetica', 'Courier']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Courier-Bold';
    const text = (t, px, py, { size = 8.4, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const small = regular === 'Courier' ? 0.92 : 1;
    // Supplier block top left, invoice box top right, buyer below the box.
    const me = supplierTexts(inv, x);
    text(me[0], L, 13 * MM, { size: 14, b: true });
    text('Pneumatiques – géométrie – entretien rapide – flottes et collectivités', L, 19.5 * MM, { size: 7.4 * small, color: '#444444' });
    me.slice(1).forEach((t, k) => text(t, L, 24 * MM + k * 3.9 * MM, { size: 8 * small }));
    const boxX = R - 76 * MM;
    pdf.rect(boxX, 13 * MM, 76 * MM, 20 * MM).lineWidth(0.8).stroke('#333333');
    text(`${x.pick(['FACTURE N°', 'Facture n°', 'FACTURE'])} ${inv.number}`, boxX + 3 * MM, 15.5 * MM, { size: 11 * small, b: true });
    text(`${x.pick(['Date :', 'Du', 'Date facture :'])} ${date(inv, inv.date)}`, boxX + 3 * MM, 21.5 * MM, { size: 9 * small });
    text(`Compte client : ${inv.clientCode}`, boxX + 3 * MM, 26.5 * MM, { size: 8 * small, color: '#444444' });
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, boxX, 39 * MM + k * 4.1 * MM, { size: 8.8 * small, b: k === 0 }));
    let y = Math.max(43 * MM + buyer.length * 4.1 * MM, 28 * MM + me.length * 3.9 * MM) + 3 * MM;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service parc auto'], market: ['Marché n°', 'Marché pneumatiques n°', 'Accord-cadre n°'] });
    if (refs.length) {
      text(refs.map(([k, v]) => `${k} ${v}`).join('     '), L, y, { size: 8.6 * small, b: true });
      y += 6 * MM;
    }
    if (inv.fleetDiscount) {
      text(`Remise flotte sur pneumatiques : ${inv.fleetDiscount} % sur le prix public (tarif en vigueur).`, L, y, { size: 7.8 * small });
      y += 5 * MM;
    }
    const cols = [[L, 80, 'Désignation', 'left'], [L + 80 * MM, 12, 'Qté', 'right'], [L + 92 * MM, 22, 'P.U. brut', 'right'], [L + 114 * MM, 12, 'Rem.', 'right'], [L + 126 * MM, 22, 'P.U. net HT', 'right'], [L + 148 * MM, (R - L) / MM - 148, 'Montant HT', 'right']];
    const header = () => {
      pdf.rect(L, y - 1.2 * MM, R - L, 5.8 * MM).fill('#dddddd');
      cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y, { size: 7.6 * small, b: true, width: (w - 2) * MM, align }));
      y += 6.5 * MM;
    };
    header();
    for (const v of inv.vehicles) {
      if (y > pdf.page.height - 70 * MM) {
        pdf.addPage({ size: 'A4', margin: 0 });
        y = 16 * MM;
        header();
      }
      text(`${v.plate} – ${v.model} – ${frNumber(v.km)} km – ${v.service} – OR ${v.order} du ${date(inv, v.day, 'slash')}`, L + 1 * MM, y, { size: 8 * small, b: true });
      y += 4.8 * MM;
      for (const l of v.lines) {
        const cells = [l.label, String(l.qty), l.list ? plainMoney(inv, l.list) : '', l.list && l.discount ? `${l.discount} %` : '', plainMoney(inv, l.unit), plainMoney(inv, l.total)];
        cells.forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 7.9 * small, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
        y += 4.4 * MM;
      }
      pdf.moveTo(L, y - 0.8 * MM).lineTo(R, y - 0.8 * MM).lineWidth(0.3).stroke('#999999');
      y += 1.5 * MM;
    }
    y += 3 * MM;
    const totals = [[x.pick(['Total HT', 'Total H.T.']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer', 'TOTAL T.T.C.']), inv.ttc, true]];
    const eco = inv.lines.filter((l) => l.label.startsWith('Éco-contribution')).reduce((s, l) => s + l.total, 0);
    text(`Dont éco-contribution pneumatiques : ${money(inv, eco)} HT`, L, y, { size: 7.8 * small, color: '#444444' });
    totals.forEach(([k, val, strong], n) => {
      const yy = y + n * 5.4 * MM;
      if (strong) pdf.rect(R - 74 * MM, yy - 1.3 * MM, 74 * MM, 6 * MM).fill('#eeeeee');
      text(k, R - 72 * MM, yy, { size: strong ? 9.8 * small : 8.8 * small, b: strong });
      text(money(inv, val), R - 38 * MM, yy, { size: strong ? 9.8 * small : 8.8 * small, b: strong, width: 36 * MM, align: 'right' });
    });
    y += totals.length * 5.4 * MM + 6 * MM;
    text('Pneus usagés repris et remis à la filière agréée de collecte et de valorisation. Garantie des pneumatiques selon les conditions du fabricant.', L, y, { size: 7.4 * small, width: R - L });
    text(paymentText(inv), L, y + 7 * MM, { size: 8.4 * small, width: R - L });
    text(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, L, pdf.page.height - 24 * MM, { size: 6.5 * small, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 15 * MM, { size: 6.3 * small, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [pneus];

// Blind-27 layout drawn by PDFKit (see ../../README.md): a fish farm's invoice for restocking a commune's pond or lake
// before the fishing season, as a small farm's in-house program prints it: the invoice's identity and the references as
// labels over values in a grey sidebar on the right, the fish by species and size in kilograms with one decimal at a
// price per kilogram at 10 %, the delivery in an oxygenated tank truck by the kilometre at 20 % on some (a VAT line per
// rate) or included at 10 %, the health certificate's seven digits and the release's date and place printed; the
// deposit paid with the order deducted with its own number and date on 2, the angling federation's share paid straight
// to the fish farm deducted on 2.
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
import { deductGrant } from '../../lib/blind24.mjs';
import { deductDeposit, seven } from '../../lib/blind25.mjs';
import { maybeRelabel27, municipalBuyer } from '../../lib/blind27.mjs';

const MM = 72 / 25.4;
const FISH = [
  ['Truites arc-en-ciel portion 250/350 g', [550, 790]],
  ['Truites fario de repeuplement 20/25 cm', [1400, 1900]],
  ['Gardons 10/15 cm', [500, 800]],
  ['Carpes miroir 1 à 2 kg', [380, 560]],
  ['Tanches 15/20 cm', [900, 1300]],
  ['Brochetons 20/30 cm', [1800, 2600]],
];
const EVENTS = ['Ouverture de la pêche à la truite', 'Fête de la pêche', 'Lâcher de truites – concours jeunes', 'Empoissonnement de printemps', 'Empoissonnement d’automne'];
const alevinage = {
  name: 'l-alevinage-etang',
  family: 'fish-farm-pond-restocking-sidebar-grant-deducted',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('l-alevinage-etang', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['goods'], numbers: ['ciel', 'sage', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[1000]], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'fish');
    renameSupplier(inv, x.pick(['Pisciculture des Gorges de la Loire', 'Pisciculture du Lignon', 'Salmoniculture du Haut-Forez', 'Les Viviers du Pilat']), x.pick(['EARL', 'SARL']));
    inv.supplier.ape = '0322Z';
    municipalBuyer(inv, x, 'ponds', 0.85);
    localReferences(inv, x);
    maybeRelabel27(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.release = { day: addDays(inv.date, -x.int(1, 15)), event: x.pick(EVENTS), place: x.pick(['étang communal', 'plan d’eau municipal', 'lac', 'bassin de pêche de loisir']) };
    inv.certificate = seven(x);
    const first = x.int(0, FISH.length - 1);
    inv.lines = Array.from({ length: x.int(1, 4) }, (_, k) => {
      const [label, [lo, hi]] = FISH[(first + k) % FISH.length];
      const tenths = x.int(400, 3200);
      const unit = x.int(lo, hi);
      return { label, qty: tenths / 10, qtyText: `${frNumber(tenths / 10, 1)} kg`, unit, total: Math.round((tenths * unit) / 10), rate: 1000 };
    });
    const tanker = x.chance(0.5);
    if (tanker) {
      const km = x.int(40, 260);
      inv.lines.push({ label: 'Transport en camion-citerne oxygéné, aller-retour (par km)', qty: km, qtyText: `${km} km`, unit: x.int(150, 220), rate: 2000 });
      inv.lines.push({ label: 'Déversement et pesée contradictoire sur site', qty: 1, qtyText: '1', unit: x.int(60, 140) * 100, rate: 2000 });
    } else inv.lines.push({ label: 'Livraison et déversement (forfait, inclus dans la vente)', qty: 1, qtyText: '1', unit: x.int(80, 180) * 100, rate: 1000 });
    priceLines(inv, tanker ? [1000, 2000] : [1000]);
    inv.paid = i % 4 === 1 ? deductDeposit(inv, x, 30, addDays(inv.date, -x.int(30, 70))) : null;
    inv.grant = i % 4 === 2 ? { amount: deductGrant(inv, x, x.pick([20, 30, 40])), convention: `FD42-${inv.date.y}-${String(x.int(1, 60)).padStart(3, '0')}` } : null;
    return inv;
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['GestPisci', 'Facturation', 'PDFKit']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const text = (t, px, py, { size = 8.2, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const heightOf = (t, size, width, b = false) => pdf.font(b ? bold : regular).fontSize(size).heightOfString(t, { width });
    const L = 14 * MM;
    const SX = 146 * MM;
    const SW = pdf.page.width - SX - 10 * MM;
    const MW = SX - L - 8 * MM;
    // The sidebar: a grey column, labels over values.
    pdf.rect(SX - 3 * MM, 0, pdf.page.width - SX + 3 * MM, pdf.page.height).fill('#eef1f3');
    let sy = 16 * MM;
    text('FACTURE', SX, sy, { size: 17, b: true, color: '#1b5e20' });
    sy += 11 * MM;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’empoissonnement n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service environnement (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const side = [[x.pick(['N°', 'Numéro', 'N° de facture']), inv.number, true], ['Date', date(inv, inv.date), true], ['Code client', inv.clientCode], ['Échéance', fmtDate(inv.due, 'slash')], ...shown.map(([k, v]) => [k, v, true])];
    for (const [k, v, strong] of side) {
      text(k.toUpperCase(), SX, sy, { size: 6.6, color: '#555555', width: SW });
      sy += heightOf(k.toUpperCase(), 6.6, SW) + 0.8 * MM;
      text(v, SX, sy, { size: strong ? 10 : 9, b: Boolean(strong), width: SW });
      sy += heightOf(v, strong ? 10 : 9, SW, strong) + 3 * MM;
    }
    sy += 4 * MM;
    text('ATTESTATION SANITAIRE', SX, sy, { size: 6.6, color: '#555555', width: SW });
    text(`n° ${inv.certificate}`, SX, sy + 3.4 * MM, { size: 8.6, width: SW });
    text('Élevage en zone indemne SHV / NHI', SX, sy + 7.6 * MM, { size: 6.8, width: SW, color: '#444444' });
    // The main column.
    const me = supplierTexts(inv, x);
    text(me[0], L, 14 * MM, { size: 14, b: true, color: '#1b5e20', width: MW });
    text('Pisciculture – poissons de repeuplement et d’étang', L, 20.5 * MM, { size: 7.4, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 25 * MM + k * 3.6 * MM, { size: 7.8 }));
    const buyer = buyerTexts(inv, x);
    let y = 25 * MM + me.length * 3.6 * MM + 6 * MM;
    buyer.forEach((t, k) => text(t, L + 50 * MM, y + k * 4.2 * MM, { size: 9, b: k === 0 }));
    y += buyer.length * 4.2 * MM + 6 * MM;
    const obj = `Objet : ${inv.release.event} – empoissonnement du ${inv.release.place}, lâcher effectué le ${fmtDate(inv.release.day, 'slash')}.`;
    text(obj, L, y, { size: 8.6, b: true, width: MW });
    y += heightOf(obj, 8.6, MW, true) + 2 * MM;
    if (sentence) {
      text(sentence, L, y, { size: 8, width: MW });
      y += heightOf(sentence, 8, MW) + 2 * MM;
    }
    const cols = [[0, 62, 'Désignation', 'left'], [62, 20, 'Quantité', 'right'], [82, 18, 'P.U. HT', 'right'], [100, 10, 'TVA', 'right'], [110, MW / MM - 110, 'Montant HT', 'right']];
    pdf.rect(L, y, MW, 5.5 * MM).fill('#1b5e20');
    cols.forEach(([cx, cw, h, align]) => text(h, L + cx * MM + 1 * MM, y + 1.7 * MM, { size: 7.2, b: true, color: '#ffffff', width: (cw - 2) * MM, align }));
    y += 7.5 * MM;
    for (const l of inv.lines) {
      const h = heightOf(l.label, 8, 60 * MM);
      [l.label, l.qtyText, plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)].forEach((t, k) => text(t, L + cols[k][0] * MM + 1 * MM, y, { size: 8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      y += h + 2.2 * MM;
      pdf.moveTo(L, y - 1 * MM).lineTo(L + MW, y - 1 * MM).lineWidth(0.3).stroke('#cccccc');
    }
    y += 3 * MM;
    const totals = [['Total HT', inv.ht]];
    for (const v of [...inv.vat].sort((a, b) => a.rate - b.rate)) totals.push([`TVA ${rate(v.rate)}`, v.amount]);
    totals.push(['Total TTC', inv.ttc, !(inv.paid || inv.grant)]);
    if (inv.paid) totals.push([`Acompte versé – facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')}`, -inv.paid.amount]);
    if (inv.grant) totals.push([`Participation de la Fédération de pêche, versée directement (convention ${inv.grant.convention})`, -inv.grant.amount]);
    if (inv.paid || inv.grant) totals.push([x.pick(['Reste à payer', 'Net à payer']), inv.net, true]);
    const tx = L + MW - 86 * MM;
    for (const [k, v, strong] of totals) {
      const h = Math.max(heightOf(k, 7.8, 58 * MM), 4 * MM);
      text(k, tx, y, { size: 7.8, b: Boolean(strong), width: 58 * MM });
      text(money(inv, v), tx + 58 * MM, y, { size: strong ? 9.6 : 8.4, b: Boolean(strong), width: 28 * MM, align: 'right' });
      y += h + 1.4 * MM;
    }
    y += 5 * MM;
    pdf.rect(L, y, MW, 15 * MM).lineWidth(0.5).stroke('#1b5e20');
    text('RÈGLEMENT', L + 2 * MM, y + 1.6 * MM, { size: 7, b: true, color: '#1b5e20' });
    text(inv.print.iban ? `Virement à réception – IBAN ${iban(inv)}` : 'Règlement par mandat administratif à 30 jours.', L + 2 * MM, y + 5.4 * MM, { size: 8.2, width: MW - 4 * MM });
    if (inv.print.iban) text(`BIC ${s.bic} – merci de rappeler le n° de facture ${inv.number}`, L + 2 * MM, y + 9.6 * MM, { size: 8.2, width: MW - 4 * MM });
    y += 19 * MM;
    text('TVA 10 % : animaux vivants de pisciculture destinés au repeuplement. Poissons livrés vivants, pesés contradictoirement au déversement.', L, y, { size: 7, width: MW, color: '#444444' });
    y += 7 * MM;
    text(LATE_FEES, L, y, { size: 6.6, width: MW, color: '#444444' });
    text(legalLine(inv), L, pdf.page.height - 15 * MM, { size: 6.2, width: MW, align: 'left' });
    return collect(pdf);
  },
};

export default [alevinage];

// Blind-21 layout drawn by PDFKit (see ../../README.md): a street-lighting contractor's quarterly maintenance invoice
// (the preventive maintenance per light point and month, night patrols, the control cabinets, then each lamp or driver
// replaced on its post number with the city's work request of seven digits and its date, the recycling contribution per
// lamp; on some a knocked-down column with its insurance claim number; on some the network operator's access fee
// advanced for the public body as a disbursement outside VAT — `totalHT` includes it —; the park's figures printed for
// information), as an in-house back office prints it, the table running onto a second page when long.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { quarterName, quarterOf } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { maybeRelabel21, sevenDigits } from '../../lib/blind21.mjs';

const MM = 72 / 25.4;
const STREETS = ['rue de la République', 'avenue de la Libération', 'rue Michelet', 'cours Fauriel', 'boulevard Jules Janin', 'rue Paul Bert', 'place Jean Jaurès', 'allée des Tilleuls', 'route de Lyon', 'quai Jean Moulin', 'rue Balay'];
const PARTS = [['LAMPE-SHP100', 'Lampe sodium haute pression 100 W E40', 1800, 3400, true], ['LAMPE-SHP150', 'Lampe sodium haute pression 150 W E40', 2200, 3900, true], ['LAMPE-IM70', 'Lampe iodures métalliques 70 W G12', 3200, 5600, true], ['DRV-LED40', 'Driver LED 40 W programmable (module)', 6800, 12400, false], ['PLAT-SHP70', 'Platine complète SHP 70 W (ballast, amorceur, condensateur)', 7900, 13800, false], ['AMORC', 'Amorceur électronique', 1500, 2800, false], ['FUS-PORT', 'Porte-fusible et fusible de pied de mât', 900, 1900, false]];

const eclairage = {
  name: 'b-eclairage-public',
  family: 'street-lighting-maintenance-post-numbers',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('b-eclairage-public', i, { cityProb: 0.6, engagementProb: 0.75, trades: ['btp'], numbers: ['dolibarr', 'plain', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.55, serviceProb: 0.5, dateStyles: ['slash', 'dots', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'lighting');
    renameSupplier(inv, x.pick(['Lumière Publique Services', 'Éclairage Urbain Loire', 'Réseaux Lumière Forez', 'Luminance Voirie Gier']), x.pick(['SAS', 'SAS', 'SARL']));
    inv.supplier.ape = '4321A';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel21(inv, x);
    const q = quarterOf(addDays(inv.date, -x.int(20, 70)));
    redate(inv, addDays(q.to, x.int(4, 18)));
    inv.quarter = quarterOf(addDays(inv.date, -30));
    inv.due = addDays(inv.date, 30);
    inv.points = x.int(180, 2400);
    inv.cabinets = Math.max(4, Math.round(inv.points / x.int(28, 45)));
    inv.failureRate = frNumber(x.int(8, 42) / 10, 1);
    const perPoint = x.int(55, 140);
    inv.lines = [
      { code: 'MP-PL', label: `Maintenance préventive – forfait par point lumineux et par mois (${frNumber(inv.points)} points × 3 mois, ${quarterName(inv.quarter)})`, qty: inv.points * 3, unit: perPoint, rate: 2000 },
      { code: 'TN', label: 'Tournée de nuit de détection des pannes (une par mois)', qty: 3, unit: x.int(180, 320) * 100, rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ code: 'ARM', label: 'Contrôle et nettoyage des armoires de commande (horloges astronomiques, protections)', qty: Math.min(inv.cabinets, x.int(4, 14)), unit: x.int(38, 65) * 100, rate: 2000 });
    let lamps = 0;
    const count = x.int(3, 11);
    for (let k = 0; k < count; k++) {
      const [code, part, lo, hi, isLamp] = x.pick(PARTS);
      const post = `PL ${String(x.int(1, inv.cabinets)).padStart(2, '0')}-${String(x.int(1, 60)).padStart(3, '0')}`;
      const day = addDays(inv.quarter.from, x.int(3, 85));
      if (isLamp) lamps++;
      inv.lines.push({ code, label: `Remplacement ${part[0].toLowerCase()}${part.slice(1)} – ${post}, ${x.pick(STREETS)} (demande ${sevenDigits(x)} du ${fmtDate(day, 'slash')}) – fourniture et pose, nacelle comprise`, qty: 1, unit: Math.round(x.int(lo, hi) / 10) * 10 + x.int(45, 75) * 100, rate: 2000 });
    }
    if (lamps) inv.lines.push({ code: 'ECO', label: 'Éco-contribution recyclage des lampes usagées (Ecosystem)', qty: lamps, unit: x.pick([30, 35, 40]), rate: 2000 });
    if (x.chance(0.35)) inv.lines.push({ code: 'SIN', label: `Dépose d’un candélabre accidenté et mise en sécurité – PL ${String(x.int(1, inv.cabinets)).padStart(2, '0')}-${String(x.int(1, 60)).padStart(3, '0')} (sinistre n° ${x.pick(['S', 'SIN-'])}${inv.date.y}-${x.digits(4)})`, qty: 1, unit: x.int(420, 880) * 100, rate: 2000 });
    inv.debours = x.chance(0.4);
    if (inv.debours) inv.lines.push({ code: 'DEB', label: 'Frais d’accès au réseau Enedis avancés pour le compte de la collectivité (débours, sur justificatif)', qty: 1, unit: x.int(9000, 38000), rate: 0 });
    return priceLines(inv, inv.debours ? [2000, 0] : [2000]);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'GMAO Lumière', 'EPGest']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 15 * MM;
    const R = pdf.page.width - 15 * MM;
    const bottom = pdf.page.height - 30 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman', 'Helvetica']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#f9a825', '#1565c0', '#4e342e']);
    const text = (t, px, py, { size = 8.4, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const footer = (page, pages) => {
      text(legalLine(inv), L, pdf.page.height - 17 * MM, { size: 6.2, width: R - L, align: 'center' });
      text(`Page ${page}/${pages}`, L, pdf.page.height - 11 * MM, { size: 6.4, width: R - L, align: 'right' });
    };
    const me = supplierTexts(inv, x);
    const buyerLeft = x.chance(0.5);
    pdf.rect(0, 0, pdf.page.width, 7 * MM).fill(accent);
    const sx = buyerLeft ? 112 * MM : L;
    text(me[0], sx, 12 * MM, { size: 13, b: true });
    text('Éclairage public – signalisation lumineuse – illuminations', sx, 18 * MM, { size: 7, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, sx, 22 * MM + k * 3.6 * MM, { size: 7.8 }));
    const bx = buyerLeft ? L : 112 * MM;
    const buyer = buyerTexts(inv, x);
    text(x.pick(['Destinataire', 'Client', 'Adresse de facturation']), bx, 40 * MM, { size: 6.8, color: '#777777' });
    buyer.forEach((t, k) => text(t, bx, 44 * MM + k * 4 * MM, { size: 9, b: k === 0 }));
    let y = Math.max(44 * MM + buyer.length * 4 * MM, 26 * MM + me.length * 3.6 * MM) + 7 * MM;
    text(x.pick(['FACTURE', 'Facture de maintenance', 'FACTURE DE PRESTATIONS']), L, y, { size: 15, b: true });
    y += 8 * MM;
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Réf.', 'Numéro']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’entretien de l’éclairage public n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ids = [[numberLabel, inv.number], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Période', `${fmtDate(inv.quarter.from, 'slash')} au ${fmtDate(inv.quarter.to, 'slash')}`], ['Client n°', inv.clientCode]];
    const idTop = y;
    ids.forEach(([k, v], n) => {
      text(`${k} :`, L, y, { size: 8.4 });
      text(v, L + 30 * MM, y, { size: 8.4, b: n === 0 });
      y += 4.4 * MM;
    });
    let ry = idTop;
    if (shown.length) {
      text(x.pick(['Références administratives', 'Vos références']), 112 * MM, ry, { size: 7.4, b: true, color: '#555555' });
      ry += 4.4 * MM;
      for (const [k, v] of shown) {
        text(`${k} : ${v}`, 112 * MM, ry, { size: 8.4, width: R - 112 * MM });
        ry += pdf.heightOfString(`${k} : ${v}`, { width: R - 112 * MM }) + 1.2 * MM;
      }
    }
    y = Math.max(y, ry) + 3 * MM;
    if (sentence) {
      text(sentence, L, y, { size: 8.2, width: R - L });
      y += 7 * MM;
    }
    const cols = [[L, 24, 'Code', 'left'], [L + 24 * MM, 102, 'Désignation', 'left'], [L + 126 * MM, 10, 'Qté', 'right'], [L + 136 * MM, 18, 'P.U. HT', 'right'], [L + 154 * MM, (R - L) / MM - 154, 'Montant HT', 'right']];
    const header = () => {
      pdf.rect(L, y - 1.2 * MM, R - L, 5.4 * MM).fill('#eeeeee');
      cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y, { size: 7.6, b: true, width: (w - 2) * MM, align }));
      y += 6.2 * MM;
    };
    header();
    for (const l of inv.lines) {
      pdf.font(regular).fontSize(7.8);
      const h = pdf.heightOfString(l.label, { width: (cols[1][1] - 2) * MM });
      if (y + h > bottom) {
        text('À reporter', cols[3][0], y + 1 * MM, { size: 7.4, color: '#666666' });
        pdf.addPage({ size: 'A4', margin: 0 });
        y = 18 * MM;
        text(`Suite de la facture ${inv.number}`, L, y, { size: 8, b: true });
        y += 7 * MM;
        header();
      }
      const unit = l.unit < 100 ? `${frNumber(l.unit / 100, 2)}` : plainMoney(inv, l.unit);
      [l.code, l.label, frNumber(l.qty), unit, plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 7.8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      y += h + 1.6 * MM;
    }
    pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).stroke('#999999');
    y += 3 * MM;
    const taxed = inv.vat.find((v) => v.rate === 2000);
    const debours = inv.vat.find((v) => v.rate === 0)?.base ?? 0;
    const totals = debours
      ? [['Total prestations HT', taxed.base], ['Débours (hors champ de la TVA)', debours], [x.pick(['Total HT', 'Total HT débours inclus']), inv.ht], [`TVA 20 % sur ${plainMoney(inv, taxed.base)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc], [x.pick(['Net à payer', 'NET À PAYER']), inv.net, true]]
      : [[x.pick(['Total HT', 'Montant HT']), inv.ht], ['TVA 20 %', inv.tva], [x.pick(['Total TTC', 'Net à payer TTC']), inv.ttc, true]];
    if (y + totals.length * 5 * MM + 30 * MM > pdf.page.height - 24 * MM) {
      pdf.addPage({ size: 'A4', margin: 0 });
      y = 20 * MM;
    }
    const ty = y;
    text('Parc entretenu (pour information)', L, ty, { size: 7.6, b: true });
    [`Points lumineux : ${frNumber(inv.points)}`, `Armoires de commande : ${inv.cabinets}`, `Taux de pannes du trimestre : ${inv.failureRate} %`].forEach((t, k) => text(t, L, ty + (k + 1) * 4.2 * MM, { size: 7.6 }));
    totals.forEach(([k, v, strong], n) => {
      const yy = ty + n * 5 * MM;
      if (strong) pdf.rect(R - 92 * MM, yy - 1.4 * MM, 92 * MM, 6 * MM).fill('#eeeeee');
      text(k, R - 90 * MM, yy, { size: strong ? 9.2 : 8.2, b: strong });
      text(money(inv, v), R - 36 * MM, yy, { size: strong ? 9.2 : 8.2, b: strong, width: 35 * MM, align: 'right' });
    });
    y = ty + Math.max(totals.length * 5, 18) * MM + 4 * MM;
    if (debours) {
      text('Débours : frais payés au nom et pour le compte de la collectivité, refacturés à l’euro près et hors du champ de la TVA (art. 267 II 2° du CGI).', L, y, { size: 7, width: R - L, color: '#444444' });
      y += 7 * MM;
    }
    text(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.', L, y, { size: 8.2, width: R - L });
    y += 5 * MM;
    text(`Conditions de règlement : 30 jours, le ${fmtDate(inv.due, 'slash')} au plus tard. ${LATE_FEES}`, L, y, { size: 6.6, color: '#444444', width: R - L });
    const range = pdf.bufferedPageRange();
    for (let k = 0; k < range.count; k++) {
      pdf.switchToPage(range.start + k);
      footer(k + 1, range.count);
    }
    return collect(pdf);
  },
};

export default [eclairage];

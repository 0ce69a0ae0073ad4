// Blind-14 layouts drawn with PDFKit (see ../../README.md): a fire-safety company's invoice for the yearly check of
// the fire hydrants (one row per hydrant: its number, address, kind and diameter, the static pressure and the flow at
// 1 bar printed for information, the result; the check priced per hydrant, repairs and caps replaced on top; the
// invoice's identity in a framed box on the right, the buyer on the left), and a flooring company's renovation of a
// sports hall's wooden floor (sanding and varnish in m² with two decimals, the courts' lines per sport, skirting by the
// linear metre; a discount on some; a 5 % retention possible under a market, drawn on none of its 4 invoices), printed
// by PDFKit and LibreOffice.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { refParagraphs, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { areaTotal, squareMetres } from '../../lib/blind11.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, maybeRelabel14, otherBuyer } from '../../lib/blind14.mjs';

const MM = 72 / 25.4;

// ——— 1. Yearly check of the fire hydrants. ———
const STREETS = ['rue de la Montat', 'boulevard Thiers', 'rue Michelet', 'place Fourneyron', 'rue de Roubaix', 'avenue de Verdun', 'rue Gambetta', 'chemin des Forges', 'rue Claude Odde', 'allée des Tilleuls', 'rue Pierre Termier'];
const KINDS = [['PI', 'DN 100', 60, 75], ['PI', 'DN 150', 120, 160], ['BI', 'DN 100', 55, 70]];
const hydrants = {
  name: 'p-poteaux-incendie',
  family: 'fire-hydrant-yearly-check',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('p-poteaux-incendie', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ebp', 'sage', 'odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'ejBc'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['dots', 'long', 'slash', 'slash2'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'hydrants');
    renameSupplier(inv, x.pick(['Hydrants Contrôle Loire', 'Sécurité Incendie du Forez', 'DECI Services Rhône-Alpes', 'Protection Feu Gier']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '3312Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel14(inv, x);
    const start = addDays(inv.date, -x.int(10, 40));
    redate(inv, addDays(start, x.int(5, 20)));
    inv.due = addDays(inv.date, 30);
    const count = x.int(6, 14);
    let number = x.int(1, 400);
    inv.hydrants = Array.from({ length: count }, (_, k) => {
      const [kind, dn, lo, hi] = x.pick(KINDS);
      number += x.int(1, 9);
      const flow = x.int(lo - 30, hi + 20);
      const ok = flow >= 60 && x.chance(0.85);
      return { id: `${kind} ${String(number).padStart(3, '0')}`, street: `${x.int(1, 120)} ${STREETS[(i + k) % STREETS.length]}`, kind, dn, pressure: x.int(30, 95) / 10, flow, ok };
    });
    const faulty = inv.hydrants.filter((h) => !h.ok).length;
    inv.lines = [{ label: 'Contrôle fonctionnel et mesure débit/pression (RDDECI)', qty: count, unit: x.int(35, 70) * 100, rate: 2000 }];
    if (faulty) inv.lines.push({ label: 'Remise en état : manœuvre de la vanne, graissage, remplacement du joint', qty: faulty, unit: x.int(60, 140) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Bouchon et chaînette de raccord remplacés', qty: x.int(1, 4), unit: x.int(25, 55) * 100, rate: 2000 });
    inv.lines.push({ label: 'Mise à jour de la base de données DECI et fiches par hydrant', qty: 1, unit: x.int(15, 45) * 1000, rate: 2000 });
    return priceLines(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'DECI-Gest', 'HydraReport']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 15 * MM;
    const R = pdf.page.width - 15 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#b71c1c', '#c62828', '#37474f']);
    const text = (t, px, py, { size = 8.4, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const me = supplierTexts(inv, x);
    text(me[0], L, 12 * MM, { size: 14, b: true, color: accent });
    text('Défense extérieure contre l’incendie – contrôle et maintenance des hydrants', L, 18 * MM, { size: 7, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 22.5 * MM + k * 3.6 * MM, { size: 7.8 }));
    // The invoice's identity in a framed box on the right.
    const bx = R - 72 * MM;
    const by = 12 * MM;
    const idRows = [[x.pick(['Facture n°', 'N° facture', 'Numéro']), inv.number], [x.pick(['Date', 'Date de facture', 'Date d’émission']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')], [x.pick(['Code client', 'Réf. client']), inv.clientCode]];
    pdf.rect(bx, by, 72 * MM, 9 * MM).fill(accent);
    text(x.pick(['FACTURE', 'Facture']), bx + 3 * MM, by + 2.2 * MM, { size: 13, b: true, color: '#ffffff' });
    idRows.forEach(([k, v], n) => {
      text(k, bx + 3 * MM, by + 11.5 * MM + n * 5 * MM, { size: 8 });
      text(v, bx + 32 * MM, by + 11.5 * MM + n * 5 * MM, { size: 8.8, b: n === 0 });
    });
    pdf.rect(bx, by, 72 * MM, 11 * MM + idRows.length * 5 * MM).lineWidth(0.8).stroke(accent);
    let y = Math.max(26 * MM + me.length * 3.6 * MM, by + 16 * MM + idRows.length * 5 * MM) + 2 * MM;
    const buyer = buyerTexts(inv, x);
    text(x.pick(['Client', 'Facturé à', 'Destinataire']), L, y, { size: 7, color: '#777777' });
    buyer.forEach((t, k) => text(t, L, y + 4 * MM + k * 4 * MM, { size: 8.8, b: k === 0 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché DECI n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service exécutant'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shown.forEach(([k, v], n) => {
      text(k, L + 100 * MM, y + 4 * MM + n * 4.4 * MM, { size: 8.2, color: '#555555' });
      text(v, L + 140 * MM, y + 4 * MM + n * 4.4 * MM, { size: 8.6, b: true });
    });
    y += Math.max(buyer.length * 4 * MM, shown.length * 4.4 * MM) + 9 * MM;
    text(`Objet : contrôle annuel de ${inv.hydrants.length} points d’eau incendie${sentence ? `. ${sentence}` : '.'}`, L, y, { size: 8.6, width: R - L });
    y += 9 * MM;
    const cols = [[L, 112, 'Désignation', 'left'], [L + 112 * MM, 16, 'Qté', 'right'], [L + 128 * MM, 24, 'P.U. HT', 'right'], [L + 152 * MM, (R - L) / MM - 152, 'Montant HT', 'right']];
    pdf.rect(L, y - 1.3 * MM, R - L, 6 * MM).fill('#eeeeee');
    cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y, { size: 7.8, b: true, width: (w - 2) * MM, align }));
    y += 7 * MM;
    for (const l of inv.lines) {
      [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      y += 5.2 * MM;
    }
    y += 2 * MM;
    const totals = dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Net à payer']) });
    totals.forEach(([k, val, strong], n) => {
      const yy = y + n * 5.2 * MM;
      text(k, R - 80 * MM, yy, { size: strong ? 9.6 : 8.4, b: strong });
      text(money(inv, val), R - 32 * MM, yy, { size: strong ? 9.6 : 8.4, b: strong, width: 32 * MM, align: 'right' });
    });
    y += totals.length * 5.2 * MM + 5 * MM;
    text('Relevés par hydrant (pour information)', L, y, { size: 8.6, b: true });
    y += 5 * MM;
    const hc = [[L, 'N°'], [L + 18 * MM, 'Adresse'], [L + 74 * MM, 'Type'], [L + 96 * MM, 'Pression statique'], [L + 126 * MM, 'Débit à 1 bar'], [L + 152 * MM, 'Résultat']];
    hc.forEach(([cx, h]) => text(h, cx, y, { size: 7.4, b: true, color: '#555555' }));
    y += 4.4 * MM;
    for (const h of inv.hydrants) {
      [h.id, h.street, `${h.kind} ${h.dn}`, `${frNumber(h.pressure, 1)} bar`, `${h.flow} m³/h`, h.ok ? 'Conforme' : 'Non conforme'].forEach((t, k) => text(t, hc[k][0], y, { size: 7.4 }));
      y += 4 * MM;
    }
    y += 3 * MM;
    text(paymentText(inv), L, y, { size: 8.2, width: R - L });
    text(LATE_FEES, L, pdf.page.height - 24 * MM, { size: 6.5, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 16 * MM, { size: 6.3, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

// ——— 2. A sports hall's wooden floor renovated. ———
const HALLS = ['gymnase Pierre de Coubertin', 'salle omnisports Jean Snella', 'gymnase du Marais', 'halle des sports de Montreynaud', 'gymnase Roger Rivière', 'dojo municipal'];
const SPORTS = [['Handball', 40], ['Basket-ball', 28], ['Volley-ball', 18], ['Badminton (×4 terrains)', 13], ['Futsal', 40]];
const parquet = {
  name: 'p-parquet-gymnase',
  family: 'sports-hall-floor-renovation',
  producers: ['pdfkit', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('p-parquet-gymnase', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'pennylane', 'dolibarr', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'bdc'], marketProb: 0.6, serviceProb: 0.55, dateStyles: ['slash', 'long', 'iso'], rates: [[2000]], discountPct: [0, 0, 3, 5], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'floor');
    renameSupplier(inv, x.pick(['Parquets Sportifs du Centre', 'Sols Sport Rénovation', 'Vitrification Loire Parquets', 'Atelier du Parquet Stéphanois']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4333Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel14(inv, x);
    const start = addDays(inv.date, -x.int(20, 70));
    const days = x.int(5, 15);
    redate(inv, addDays(start, days + x.int(5, 20)));
    inv.due = addDays(inv.date, x.pick([30, 45]));
    const area = x.int(4200, 12800) * 10;
    inv.works = { hall: x.pick(HALLS), start, end: addDays(start, days - 1), area };
    const sand = x.int(900, 1600);
    const coats = x.int(2, 3);
    const varnish = x.int(600, 1100);
    inv.lines = [
      { label: 'Ponçage à blanc en trois passes (gros, moyen, fin) et aspiration', qtyText: squareMetres(area / 100), qty: area / 100, unit: sand, total: areaTotal(area, sand), rate: 2000 },
      { label: `Vitrification polyuréthane sportive, ${coats} couches (glissance EN 14904)`, qtyText: squareMetres(area / 100), qty: area / 100, unit: varnish, total: areaTotal(area, varnish), rate: 2000 },
    ];
    for (const [sport, unit] of SPORTS.filter((_, k) => k === i % SPORTS.length || x.chance(0.5))) inv.lines.push({ label: `Traçage des lignes de jeu – ${sport}`, qtyText: '1 terrain', qty: 1, unit: unit * 1000 + x.int(0, 99) * 100, rate: 2000 });
    const skirting = x.int(80, 240);
    const skirtUnit = x.int(14, 32) * 100;
    inv.lines.push({ label: 'Plinthes ventilées en chêne, dépose et repose', qtyText: `${skirting} ml`, qty: skirting, unit: skirtUnit, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Remplacement de lames endommagées (chêne massif 22 mm)', qtyText: `${x.int(2, 14)} m²`, qty: 0, unit: x.int(95, 160) * 100, rate: 2000 });
    for (const l of inv.lines) if (l.qty === 0) l.qty = Number(l.qtyText.split(' ')[0]);
    inv.retenuePct = inv.market && x.chance(0.4) ? 5 : 0;
    return priceLines(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const w = inv.works;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'Réf. marché'], service: ['Code service', 'Service', 'Code service destinataire'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise commerciale ${inv.discountPct} %`, -inv.discount]);
    totals.push(...dueRows(inv, { ht: x.pick(['Total HT', 'Net HT']), ttc: x.pick(['Total TTC', 'Montant TTC']), net: x.pick(['Net à payer', 'Montant à mandater']) }));
    const me = supplierTexts(inv, x);
    const identity = x.chance(0.5)
      ? [p(`${x.pick(['FACTURE N°', 'Facture n°'])} ${inv.number}`, { b: true, size: 13 }), p(`${x.pick(['Date :', 'Le', 'Date de facture :'])} ${date(inv, inv.date)}`)]
      : [table([30, 40], [[x.pick(['Facture', 'N° de facture']), { text: inv.number, b: true }], ['Date', date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')]], { border: 'grid', size: 9 })];
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 16, 22, 16],
      body: [
        columns([96, 82], [[...paras(me, { firstSize: 13.5 }), p('Parquets sportifs – ponçage – vitrification – traçage', { size: 7.4, i: true, color: '#6d4c41' })], [space(4), p(x.pick(['Client', 'Facturer à', 'Maître d’ouvrage']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(5),
        ...identity,
        space(2),
        ...refParagraphs(shown, 8.6),
        p(`Chantier : ${w.hall} – rénovation du parquet sportif (${squareMetres(w.area / 100)}), travaux du ${date(inv, w.start, 'slash')} au ${date(inv, w.end, 'slash')}.${sentence ? ` ${sentence}` : ''}`, { size: 8.6, before: 2, after: 2 }),
        table([100, 24, 24, 30], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#efebe9' }, ...rows], { border: x.pick(['grid', 'rows']), size: 8.2, align: ['left', 'right', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [64, 30], indent: 84 }),
        rule(),
        p('Salle rendue utilisable 72 h après la dernière couche. Couleurs des lignes selon les règlements fédéraux ; procès-verbal de réception signé par les services techniques.', { size: 7.6, before: 2 }),
        p(paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

export default [hydrants, parquet];

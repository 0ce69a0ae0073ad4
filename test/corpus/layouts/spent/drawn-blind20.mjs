// Blind-20 layout drawn by PDFKit (see ../../README.md): a pharmacy's monthly invoice to a CCAS for the medicines and
// supplies of the residents of its nursing home (one row per dispensing: date, unit and room, CIP13 code, product,
// quantity, price before VAT and rate — reimbursable medicines at 2,1 %, others at 10 %, incontinence protections at
// 5,5 %, gloves and disinfectants at 20 % —; a VAT summary by rate; the establishment's and the pharmacy's FINESS numbers
// and the pharmacist's RPPS printed; a long month runs onto a second page with the table's heading repeated), as a
// pharmacy management package prints it; 2 of 8 are credit notes for medicines returned unused, naming the original
// invoice and its date, amounts negative on one.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { BUYERS } from '../../lib/parties.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, MORE_BUYERS } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { cip13, everyRate, finess, maybeRelabel20 } from '../../lib/blind20.mjs';

const MM = 72 / 25.4;
const CCAS = [...BUYERS, ...MORE_BUYERS].filter((b) => /^CCAS/.test(b.name));
const PRODUCTS = [
  ['Paracétamol 1 g, cp (boîte de 8)', 210, 120, 220], ['Amoxicilline 1 g, cp disp. (boîte de 6)', 210, 250, 420], ['Lévothyroxine 75 µg, cp (boîte de 30)', 210, 180, 290],
  ['Furosémide 40 mg, cp (boîte de 30)', 210, 190, 260], ['Apixaban 5 mg, cp (boîte de 60)', 210, 5200, 6100], ['Insuline glargine 100 UI/ml (5 stylos 3 ml)', 210, 4100, 5200],
  ['Macrogol 10 g, sachets (boîte de 20)', 1000, 420, 690], ['Crème de soin au zinc 100 ml', 1000, 380, 620], ['Collyre lubrifiant unidoses (boîte de 30)', 1000, 510, 790],
  ['Changes complets adulte T. M (paquet de 14)', 550, 980, 1480], ['Protections anatomiques super (paquet de 28)', 550, 720, 1090], ['Alèses jetables 60 × 90 (paquet de 30)', 550, 640, 920],
  ['Gants d’examen nitrile (boîte de 100)', 2000, 560, 890], ['Solution hydroalcoolique 500 ml', 2000, 390, 640], ['Compresses stériles 10 × 10 (boîte de 50)', 2000, 280, 460],
];
const UNITS = ['Unité A – ch.', 'Unité B – ch.', 'Unité protégée – ch.', 'PASA – ch.'];

const pharmacie = {
  name: 's-pharmacie-ehpad',
  family: 'pharmacy-nursing-home-month',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 3 || i === 6;
    const inv = makeInvoice('s-pharmacie-ehpad', i, { engagementProb: 0.7, cityProb: 0.25, trades: ['services'], numbers: credit ? ['avoir', 'avoirShort'] : ['compact', 'plain', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.45, serviceProb: 0.45, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, negative: credit ? i === 3 : false });
    const x = extraRng(inv, 'pharmacy');
    renameSupplier(inv, x.pick(['Pharmacie du Marché', 'Pharmacie de la Place Jacquard', 'Grande Pharmacie du Forez', 'Pharmacie des Tilleuls']), x.pick(['SELARL', 'SNC', 'SELAS']));
    inv.supplier.ape = '4773Z';
    if (!inv.buyer.city) inv.buyer = CCAS[(i + x.int(0, 1)) % CCAS.length];
    localReferences(inv, x);
    maybeRelabel20(inv, x);
    inv.avoir = credit;
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 8) });
    inv.month = previousMonth(inv.date);
    inv.home = x.pick(['EHPAD Les Tilleuls', 'Résidence autonomie Le Clos Fleuri', 'EHPAD municipal Soleil d’Automne']);
    inv.homeFiness = finess(x);
    inv.pharmacyFiness = finess(x);
    inv.rpps = `10${x.digits(9)}`;
    inv.due = addDays(inv.date, 30);
    const count = credit ? x.int(1, 4) : x.int(10, 34);
    inv.rows = [];
    for (let k = 0; k < count; k++) {
      const [label, r, lo, hi] = x.pick(PRODUCTS);
      inv.rows.push({ day: addDays(inv.month.from, x.int(0, inv.month.days - 1)), unit: `${x.pick(UNITS)} ${x.int(1, 48)}`, cip: cip13(x), label, qty: x.int(1, credit ? 3 : 6), unit$: x.int(lo, hi), rate: r });
    }
    inv.rows.sort((a, b) => a.day.d - b.day.d);
    inv.lines = inv.rows.map((row) => ({ label: row.label, qty: row.qty, unit: row.unit$, rate: row.rate }));
    if (credit) {
      inv.origin = { number: `${inv.date.y}${String(inv.month.from.m).padStart(2, '0')}${String(x.int(1, 99)).padStart(3, '0')}`, date: { ...inv.month.from, d: x.int(1, 8) } };
      inv.reason = x.pick(['Retour de médicaments non utilisés (décès ou départ du résident), conditionnements intacts', 'Erreur de facturation : produits facturés deux fois', 'Retour de protections non conformes à la commande']);
      inv.print.iban = false;
    }
    return priceLines(inv, [210, 550, 1000, 2000]);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'LGPI', 'Officine+']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: inv.avoir ? 'Avoir' : 'Facture' } });
    const L = 14 * MM;
    const R = pdf.page.width - 14 * MM;
    const regular = x.pick(['Helvetica', 'Courier']);
    const bold = { Helvetica: 'Helvetica-Bold', Courier: 'Courier-Bold' }[regular];
    const small = regular === 'Courier' ? 0.86 : 1;
    const text = (t, px, py, { size = 8.2, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size * small).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const me = supplierTexts(inv, x);
    text(me[0], L, 12 * MM, { size: 14, b: true, color: '#2e7d32' });
    text(`Pharmacie d’officine – FINESS ${inv.pharmacyFiness}`, L, 18 * MM, { size: 7, color: '#555555' });
    text(`Pharmacien titulaire : RPPS ${inv.rpps}`, L, 21.2 * MM, { size: 7, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 25.5 * MM + k * 3.5 * MM, { size: 7.6 }));
    const bx = 114 * MM;
    const buyer = buyerTexts(inv, x);
    text(x.pick(['Facturé à', 'Établissement payeur', 'Client']), bx, 14 * MM, { size: 7, color: '#666666' });
    buyer.forEach((t, k) => text(t, bx, 18 * MM + k * 3.9 * MM, { size: 8.8, b: k === 0 }));
    text(`Pour : ${inv.home} – FINESS ${inv.homeFiness}`, bx, 18 * MM + buyer.length * 3.9 * MM + 1 * MM, { size: 7.6, color: '#444444' });
    let y = Math.max(25.5 * MM + me.length * 3.5 * MM, 24 * MM + buyer.length * 3.9 * MM) + 6 * MM;
    const title = inv.avoir ? x.pick(['AVOIR', 'FACTURE D’AVOIR']) : x.pick(['FACTURE', 'FACTURE MENSUELLE']);
    text(title, L, y, { size: 15, b: true });
    y += 8 * MM;
    const numberLabel = x.pick(['N° pièce', 'Numéro', inv.avoir ? 'Avoir n°' : 'Facture n°', 'N° document']);
    const ids = [[numberLabel, inv.number], [x.pick(['Date', 'Édité le', 'Date pièce']), date(inv, inv.date)], ['Période', `${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y}`], ['Compte client', inv.clientCode]];
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fourniture de médicaments n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const inBoxes = x.chance(0.5);
    const boxes = inBoxes ? [...ids, ...shown] : ids;
    const perRow = 4;
    boxes.forEach(([k, v], n) => {
      const cx = L + (n % perRow) * 46 * MM;
      const cy = y + Math.floor(n / perRow) * 12 * MM;
      pdf.rect(cx, cy, 44 * MM, 10 * MM).lineWidth(0.6).stroke('#9e9e9e');
      text(k, cx + 1.6 * MM, cy + 1.4 * MM, { size: 6.6, color: '#666666' });
      text(v, cx + 1.6 * MM, cy + 5.2 * MM, { size: 8.6, b: n === 0 });
    });
    y += Math.ceil(boxes.length / perRow) * 12 * MM + 2 * MM;
    if (!inBoxes && shown.length) {
      text(shown.map(([k, v]) => `${k} : ${v}`).join('   –   '), L, y, { size: 8.2, b: true });
      y += 6 * MM;
    }
    if (sentence) {
      text(sentence, L, y, { size: 8, width: R - L });
      y += 6 * MM;
    }
    if (inv.avoir) {
      text(`Avoir sur la facture n° ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')} – ${inv.reason}.`, L, y, { size: 8.2, width: R - L });
      y += 8 * MM;
    }
    const cols = [[0, 16, 'Date', 'left'], [16, 36, 'Résident (unité)', 'left'], [52, 20, 'Code CIP', 'left'], [72, 62, 'Désignation', 'left'], [134, 10, 'Qté', 'right'], [144, 16, 'P.U. HT', 'right'], [160, 10, 'TVA', 'right'], [170, 12, 'Total HT', 'right']];
    const heading = () => {
      pdf.rect(L, y - 1 * MM, R - L, 5 * MM).fill('#e8f5e9');
      cols.forEach(([cx, w, h, align]) => text(h, L + cx * MM + 0.6 * MM, y, { size: 6.8, b: true, width: (w - 1.2) * MM, align }));
      y += 5.6 * MM;
    };
    heading();
    const bottom = pdf.page.height - 30 * MM;
    for (const row of inv.rows) {
      if (y > bottom) {
        pdf.addPage({ size: 'A4', margin: 0 });
        y = 16 * MM;
        text(`${s.name} – ${inv.avoir ? 'avoir' : 'facture'} ${inv.number} (suite)`, L, y, { size: 8, b: true });
        y += 7 * MM;
        heading();
      }
      const line = inv.lines[inv.rows.indexOf(row)];
      [fmtDate(row.day, 'slash2'), row.unit, row.cip, row.label, String(row.qty), plainMoney(inv, row.unit$), rate(row.rate), plainMoney(inv, line.total)].forEach((t, k) => text(t, L + cols[k][0] * MM + 0.6 * MM, y, { size: 6.8, width: (cols[k][1] - 1.2) * MM, align: cols[k][3] }));
      y += 4.4 * MM;
    }
    pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).stroke('#9e9e9e');
    y += 3 * MM;
    if (y > pdf.page.height - 75 * MM) {
      pdf.addPage({ size: 'A4', margin: 0 });
      y = 18 * MM;
    }
    const vy = y;
    text('Récapitulatif TVA', L, vy, { size: 7.6, b: true });
    [['Taux', 'Base HT', 'Montant TVA'], ...everyRate(inv).map(([r, base, amount]) => [rate(r), plainMoney(inv, base), plainMoney(inv, amount)])].forEach((row, n) => {
      row.forEach((t, k) => text(t, L + k * 28 * MM, vy + (n + 1) * 4.3 * MM, { size: 7.6, b: n === 0, width: 26 * MM, align: k === 0 ? 'left' : 'right' }));
    });
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['Total TVA', 'Montant TVA']), inv.tva], [inv.avoir ? x.pick(['Total TTC de l’avoir', 'Montant de l’avoir TTC']) : x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), inv.ttc, true]];
    totals.forEach(([k, v, strong], n) => {
      const yy = vy + n * 5.4 * MM;
      text(k, R - 86 * MM, yy, { size: strong ? 9.2 : 8.2, b: strong });
      text(money(inv, v), R - 36 * MM, yy, { size: strong ? 9.2 : 8.2, b: strong, width: 35 * MM, align: 'right' });
    });
    y = vy + Math.max(totals.length * 5.4, (everyRate(inv).length + 2) * 4.3) * MM + 5 * MM;
    text('TVA : 2,1 % sur les médicaments remboursables, 10 % sur les autres médicaments, 5,5 % sur les protections pour incontinence, 20 % sur les autres produits.', L, y, { size: 6.8, width: R - L, color: '#444444' });
    y += 7 * MM;
    text(inv.avoir ? 'Montant de l’avoir à déduire de votre prochain règlement.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.', L, y, { size: 8.2, width: R - L });
    const range = pdf.bufferedPageRange();
    for (let k = 0; k < range.count; k++) {
      pdf.switchToPage(range.start + k);
      text(LATE_FEES, L, pdf.page.height - 22 * MM, { size: 6.2, color: '#444444', width: R - L });
      text(legalLine(inv), L, pdf.page.height - 15 * MM, { size: 6, width: R - L, align: 'center' });
      text(`Page ${k + 1}/${range.count}`, R - 20 * MM, pdf.page.height - 10 * MM, { size: 6.4 });
    }
    return collect(pdf);
  },
};

export default [pharmacie];

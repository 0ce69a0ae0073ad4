// Blind-28 layout drawn by PDFKit (see ../../README.md): a home-health equipment provider's monthly invoice to a CCAS
// for the medical equipment it rents for elderly people leaving hospital or waiting for their own cover, as a sector
// package prints it: a block per beneficiary (initials and the CCAS's file number of seven digits), each item with its
// reimbursement code (LPPR, seven digits), its rental period « du … au … » and its weeks at a weekly price; medical
// beds, mattresses, lifts and wheelchairs at 5,5 % beside a bed table, a lift chair and the disinfection at 20 %, a VAT
// summary by rate; the invoice's identity as labels right-aligned beside values set larger on a lower baseline, the
// references in a row of boxes, the buyer's block or a sentence; one credit note for weeks billed after the equipment
// was taken back.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { caseNumber, initials, notInFuture } from '../../lib/blind22.mjs';
import { seven } from '../../lib/blind25.mjs';
import { careBuyer, lppr, maybeRelabel28, weeksEnding } from '../../lib/blind28.mjs';

const MM = 72 / 25.4;
const EQUIPMENT = [
  ['Lit médicalisé électrique 3 fonctions avec barrières', [1250, 1650], 550, true],
  ['Matelas à air motorisé anti-escarres (classe II)', [2400, 3200], 550, true],
  ['Lève-personne électrique sur roulettes avec sangle', [2100, 2900], 550, true],
  ['Fauteuil roulant manuel pliant à dossier fixe', [1000, 1500], 550, true],
  ['Déambulateur 2 roues avec siège', [300, 550], 550, true],
  ['Chaise percée à accoudoirs escamotables', [250, 450], 550, true],
  ['Table de lit à roulettes réglable en hauteur', [280, 480], 2000, false],
  ['Fauteuil releveur électrique (non remboursé)', [1900, 2800], 2000, false],
];
const lits = {
  name: 'o-location-materiel-medical',
  family: 'home-medical-equipment-rental-ccas-lppr-weeks-two-rates',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('o-location-materiel-medical', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoirDolibarr'] : ['sage', 'dolibarr', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[550, 2000]], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.75, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'medical');
    renameSupplier(inv, x.pick(['Loire Santé Domicile', 'MédicAssist Forez', 'Harmonie Matériel Médical', 'Rhône-Loire Médical Services']), 'SAS');
    inv.supplier.ape = '7729Z';
    careBuyer(inv, x, 'ccas', 0.9);
    localReferences(inv, x);
    maybeRelabel28(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven(x);
    inv.provider = `${x.pick(['42', '69'])}${x.digits(7)}`;
    const monthEnd = addDays({ ...inv.date, d: 1 }, -1);
    const people = credit ? 1 : x.int(1, 3);
    inv.people = Array.from({ length: people }, () => ({ who: initials(x), file: caseNumber(x, monthEnd.y), items: [] }));
    inv.lines = [];
    for (const person of inv.people) {
      const first = x.int(0, 5);
      const count = credit ? 1 : x.int(2, 4);
      for (let k = 0; k < count; k++) {
        const [label, [lo, hi], r, coded] = EQUIPMENT[k === count - 1 && x.chance(0.3) ? 6 + x.int(0, 1) : (first + k) % 6];
        const weeks = credit ? x.int(1, 2) : x.int(1, 5);
        const period = weeksEnding(credit ? addDays(inv.date, -x.int(3, 10)) : monthEnd, weeks);
        const line = { person, label, code: coded ? lppr(x) : null, period, weeks, qty: weeks, unit: x.int(lo, hi), rate: r };
        person.items.push(line);
        inv.lines.push(line);
      }
      if (!credit && x.chance(0.6)) {
        const line = { person, label: 'Livraison, installation au domicile et mise en service (forfait)', code: lppr(x), qty: 1, unit: x.int(55, 80) * 100, rate: 550 };
        person.items.push(line);
        inv.lines.push(line);
      }
      if (!credit && x.chance(0.4)) {
        const line = { person, label: 'Reprise, désinfection et reconditionnement du matériel (forfait)', code: null, qty: 1, unit: x.int(35, 60) * 100, rate: 2000 };
        person.items.push(line);
        inv.lines.push(line);
      }
    }
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String((inv.date.y % 100)).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${String(x.int(1, 9999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(8, 30)) };
      inv.pickup = addDays(inv.lines[0].period.from, -1);
    }
    return priceLines(inv, [550, 2000]);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['MédiGest PSAD', 'PSAD Manager', 'Facturation']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: inv.avoir ? 'Avoir' : 'Facture' } });
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const text = (t, px, py, { size = 8.2, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const heightOf = (t, size, width, b = false) => pdf.font(b ? bold : regular).fontSize(size).heightOfString(t, { width });
    const L = 15 * MM;
    const W = pdf.page.width - 30 * MM;
    const accent = x.pick(['#0277bd', '#00838f', '#455a64']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de location de matériel médical n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service maintien à domicile (code)'] });
    const place = x.pick(['boxes', 'boxes', 'buyer', 'sentence']);
    const sentence = place === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const where = place === 'sentence' ? 'boxes' : place;
    const shift = x.pick([1.2, 1.8, 2.4]);
    // Supplier, top left.
    const me = supplierTexts(inv, x);
    text(me[0], L, 14 * MM, { size: 14, b: true, color: accent });
    text('Prestataire de santé à domicile – location et vente de matériel médical', L, 20 * MM, { size: 7.2, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 24 * MM + k * 3.5 * MM, { size: 7.6 }));
    text(`N° d’identification prestataire (Assurance Maladie) : ${inv.provider}`, L, 24 * MM + (me.length - 1) * 3.5 * MM, { size: 7, color: '#444444' });
    // Identity, top right: labels right-aligned, values larger on a lower baseline.
    const IX = L + W - 88 * MM;
    text(inv.avoir ? 'AVOIR' : 'FACTURE', IX, 14 * MM, { size: 18, b: true, color: accent, width: 88 * MM, align: 'right' });
    const ident = [[inv.avoir ? 'Avoir n°' : 'Facture n°', inv.number], ['Date', date(inv, inv.date)], ['Client n°', inv.account], inv.avoir ? ['Facture d’origine', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`] : ['Échéance', fmtDate(inv.due, 'slash')]];
    let iy = 24 * MM;
    for (const [k, v] of ident) {
      text(k, IX, iy, { size: 7.4, color: '#555555', width: 36 * MM, align: 'right' });
      text(v, IX + 39 * MM, iy - 1 + shift, { size: 10, b: true, width: 49 * MM });
      iy += 5.2 * MM;
    }
    // Buyer.
    let y = Math.max(24 * MM + me.length * 3.5 * MM, iy) + 6 * MM;
    const buyer = buyerTexts(inv, x);
    text('Facturé à', L + 95 * MM, y, { size: 7, color: '#666666' });
    y += 3.8 * MM;
    buyer.forEach((t, k) => text(t, L + 95 * MM, y + k * 4 * MM, { size: 9, b: k === 0 }));
    y += buyer.length * 4 * MM;
    if (where === 'buyer') for (const [k, v] of shown) {
      text(`${k} : ${v}`, L + 95 * MM, y, { size: 8.4, b: true });
      y += 4 * MM;
    }
    y += 5 * MM;
    if (where === 'boxes' && shown.length) {
      const bw = W / shown.length;
      shown.forEach(([k, v], n) => {
        pdf.rect(L + n * bw, y, bw, 11 * MM).lineWidth(0.5).stroke('#999999');
        text(k, L + n * bw + 2 * MM, y + 1.5 * MM, { size: 6.8, color: '#555555', width: bw - 4 * MM });
        text(v, L + n * bw + 2 * MM, y + 5.6 * MM, { size: 9.4, b: true, width: bw - 4 * MM });
      });
      y += 14 * MM;
    }
    const obj = inv.avoir
      ? `Avoir sur notre facture ${inv.origin.number} : location facturée au-delà de la reprise du matériel effectuée le ${fmtDate(inv.pickup, 'slash')}.`
      : `Objet : location de matériel médical pour les bénéficiaires pris en charge par le CCAS – relevé des locations du mois.`;
    text(obj, L, y, { size: 8.6, b: true, width: W });
    y += heightOf(obj, 8.6, W, true) + 2 * MM;
    if (sentence) {
      text(sentence, L, y, { size: 8, width: W });
      y += heightOf(sentence, 8, W) + 2 * MM;
    }
    const cols = [[0, 20, 'Code LPPR', 'left'], [20, 72, 'Désignation / période', 'left'], [92, 18, 'Semaines', 'right'], [110, 22, 'Prix / sem. HT', 'right'], [132, 12, 'TVA', 'right'], [144, W / MM - 144, 'Montant HT', 'right']];
    pdf.rect(L, y, W, 5.5 * MM).fill(accent);
    cols.forEach(([cx, cw, h, align]) => text(h, L + cx * MM + 1 * MM, y + 1.7 * MM, { size: 7.2, b: true, color: '#ffffff', width: (cw - 2) * MM, align }));
    y += 7.5 * MM;
    for (const person of inv.people) {
      pdf.rect(L, y - 1 * MM, W, 5 * MM).fill('#eceff1');
      text(`Bénéficiaire : ${person.who} – dossier CCAS n° ${person.file}`, L + 1 * MM, y, { size: 7.8, b: true });
      y += 5.5 * MM;
      for (const l of person.items) {
        const label = l.period ? `${l.label}\ndu ${fmtDate(l.period.from, 'slash')} au ${fmtDate(l.period.to, 'slash')}` : l.label;
        const h = heightOf(label, 7.8, 70 * MM);
        [l.code ?? '–', label, l.period ? String(l.weeks) : '1', plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)].forEach((t, k) => text(t, L + cols[k][0] * MM + 1 * MM, y, { size: 7.8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
        y += h + 2 * MM;
        pdf.moveTo(L, y - 1 * MM).lineTo(L + W, y - 1 * MM).lineWidth(0.3).stroke('#cfd8dc');
      }
    }
    y += 4 * MM;
    // VAT summary on the left, totals on the right.
    const vy = y;
    text('Récapitulatif TVA', L, y, { size: 7.4, b: true });
    y += 4 * MM;
    [['Taux', 0], ['Base HT', 18], ['Montant TVA', 44]].forEach(([h, dx]) => text(h, L + dx * MM, y, { size: 7, color: '#555555', width: 24 * MM, align: dx ? 'right' : 'left' }));
    y += 3.8 * MM;
    for (const v of [...inv.vat].sort((a, b) => a.rate - b.rate)) {
      text(rate(v.rate), L, y, { size: 7.8 });
      text(plainMoney(inv, v.base), L + 18 * MM, y, { size: 7.8, width: 24 * MM, align: 'right' });
      text(plainMoney(inv, v.amount), L + 44 * MM, y, { size: 7.8, width: 24 * MM, align: 'right' });
      y += 4 * MM;
    }
    let ty = vy;
    const totals = [['Total HT', inv.ht], ['Total TVA', inv.tva], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, inv.avoir]];
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant dû']), inv.net, true]);
    const TX = L + W - 80 * MM;
    for (const [k, v, strong] of totals) {
      if (strong) pdf.rect(TX - 1 * MM, ty - 1.2 * MM, 81 * MM, 6 * MM).fill('#e1f5fe');
      text(k, TX, ty, { size: strong ? 9 : 8.2, b: Boolean(strong) });
      text(money(inv, v), TX + 40 * MM, ty, { size: strong ? 9.6 : 8.4, b: Boolean(strong), width: 39 * MM, align: 'right' });
      ty += 6 * MM;
    }
    y = Math.max(y, ty) + 6 * MM;
    text('TVA 5,5 % : appareillages et équipements spéciaux pour personnes handicapées ou dépendantes (art. 278-0 bis du CGI) ; 20 % : autres articles et prestations.', L, y, { size: 6.8, width: W, color: '#444444' });
    y += 7 * MM;
    text(inv.avoir ? 'Cet avoir sera imputé sur votre prochain règlement.' : inv.print.iban ? `Règlement par virement à 30 jours – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.', L, y, { size: 8.2, width: W });
    y += 5 * MM;
    if (!inv.avoir) text(LATE_FEES, L, y, { size: 6.6, width: W, color: '#444444' });
    text(legalLine(inv), L, pdf.page.height - 14 * MM, { size: 6.2, width: W, align: 'center', color: '#555555' });
    return collect(pdf);
  },
};

export default [lits];

// Blind-8 layouts written as real Office files, printed by LibreOffice in a French locale (see ../../README.md): a
// Word invoice for road markings under a framework agreement (street by street, priced per linear metre or square
// metre with three decimals, a 5 % retention deducted on some), and an Excel invoice from a cooperative (SCOP) for
// the digitisation of the city archives (views per format, prices per view with three decimals, indexing per record,
// the deposit paid with the order deducted on some).
import { AlignmentType, Packer } from 'docx';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, rate, recompute } from '../../lib/invoice.mjs';
import { NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, mills3, millsTotal, refPairs, relabelEngagement, scopLegalLine } from '../../lib/blind8.mjs';

const textParas = (texts, { size } = {}) => texts.map((t, k) => para(t, { bold: k === 0, size: k === 0 ? (size ?? 10) + 3 : size }));

// ——— 1. Road markings street by street, per linear metre, retention on some. ———
const MARKS = [
  ['Ligne axiale discontinue T1 – largeur 15 cm', 'ml', 550, 950, [180, 2400]], ['Ligne de rive continue – largeur 15 cm', 'ml', 600, 1100, [150, 1800]],
  ['Passage piéton – bandes de 50 cm', 'm²', 8500, 14500, [12, 90]], ['Ligne d’effet de feu / STOP – largeur 50 cm', 'ml', 3200, 5200, [8, 60]],
  ['Flèche directionnelle', 'u', 18000, 32000, [2, 14]], ['Logo vélo et double chevron', 'u', 22000, 38000, [2, 16]],
  ['Effacement de marquage par grenaillage', 'm²', 9000, 16000, [10, 80]], ['Zébras et hachures – largeur 50 cm', 'm²', 7800, 12500, [10, 120]],
];
const STREETS = ['Rue de la Montat', 'Boulevard Daguerre', 'Avenue de Rochetaillée', 'Rue du Onze Novembre', 'Cours Fauriel', 'Rue Bergson', 'Boulevard Thiers', 'Rue Paul Bert', 'Place Bellevue'];
const marquage = {
  name: 'y-marquage-routier',
  family: 'road-marking-per-linear-metre',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('y-marquage-routier', i, { ...CITY_HEAVY, trades: ['btp', 'goods'], numbers: ['plain', 'ebp', 'sage', 'ciel'], engagementLabels: ['bonDeCommande', 'ej', 'numeroBonCommande', 'engagementJuridique'], marketProb: 0.85, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [2, 4], rcsProb: 0.6 });
    const x = extraRng(inv, 'marking');
    renameSupplier(inv, x.pick(['Marquage Routier du Forez', 'Traçage Loire Signalisation', 'Lignes et Routes Centre-Est', 'Sign’Route 42']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4211Z';
    if (x.chance(0.3)) relabelEngagement(inv, x, ['Bon de commande', 'BC n°', 'Engagement n°']);
    const first = x.int(0, STREETS.length - 1);
    const paint = x.pick(['peinture routière à l’eau, blanche, certifiée NF', 'enduit à froid bicomposant (résine MMA)', 'peinture solvantée blanche avec microbilles de verre']);
    inv.works = { paint, from: addDays(inv.date, -x.int(8, 25)), nights: x.int(1, 3), order: `BC ${x.digits(4)}` };
    inv.lines = inv.lines.flatMap((_, k) => {
      const street = STREETS[(first + k) % STREETS.length];
      const start = x.int(0, MARKS.length - 1);
      return Array.from({ length: x.int(1, 3) }, (__, n) => {
        const [label, unitName, lo, hi, [qmin, qmax]] = MARKS[(start + n * 3) % MARKS.length];
        // Per linear metre the schedule of prices has three decimals; per m² or per unit, cents.
        const mills = unitName === 'ml' ? x.int(lo, hi) : x.int(lo / 10, hi / 10) * 10;
        const q = x.int(qmin, qmax);
        return { street, label, unitName, qty: q, mills, unit: mills / 10, rate: 2000, total: millsTotal(q, mills) };
      });
    });
    if (x.chance(0.5)) inv.lines.push({ street: null, label: 'Signalisation temporaire de chantier et balisage de nuit', unitName: 'forfait', qty: inv.works.nights, mills: x.int(180, 420) * 1000, rate: 2000 });
    for (const l of inv.lines) if (l.total === undefined) l.total = millsTotal(l.qty, l.mills);
    if (x.chance(0.45)) inv.retenuePct = 5;
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const w = inv.works;
    const refs = refPairs(inv, x, { market: ['Accord-cadre à bons de commande n°', 'Marché n°', 'Marché à bons de commande n°'] });
    const streets = [...new Set(inv.lines.map((l) => l.street))];
    const rows = streets.flatMap((street) => {
      const lines = inv.lines.filter((l) => l.street === street);
      const head = street ? [{ cells: [{ text: street, span: 5, bold: true }], shade: 'F3F3F3' }] : [];
      return [...head, ...lines.map((l) => [l.label, l.unitName, frNumber(l.qty), l.mills % 10 ? mills3(l.mills) : frNumber(l.mills / 1000, 2), frNumber(l.total / 100, 2)])];
    });
    const numberInHeader = x.chance(0.5);
    const title = x.pick(['FACTURE', 'Facture']);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9.5, margins: [16, 15, 20, 15],
      header: numberInHeader ? [para(`${inv.supplier.name} – ${title} n° ${inv.number}`, { size: 8, align: 'right', color: '555555' })] : undefined,
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([104, 70], [[{ paragraphs: textParas(supplierTexts(inv, x), { size: 9 }) }, { paragraphs: [para(title, { bold: true, size: 18, align: 'right', color: 'C62828' }), para(`N° ${inv.number}`, { align: 'right', bold: true }), para(`${x.pick(['Date :', 'Date de facture :', 'Le'])} ${date(inv, inv.date)}`, { align: 'right' }), para(`Échéance : ${date(inv, inv.due, 'slash')}`, { align: 'right', size: 8.5 })] }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        wordTable([96, 78], [[{ paragraphs: refs.map(([k, v]) => para(`${k} ${v}`, { bold: true, size: 9 })) }, { paragraphs: [para(x.pick(['Client', 'Maître d’ouvrage', 'Facturé à']), { size: 8, color: '666666' }), ...textParas(buyerTexts(inv, x))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        para(`Objet : marquage routier – travaux exécutés de nuit à partir du ${date(inv, w.from, 'slash')} (${w.nights} nuit${w.nights > 1 ? 's' : ''}) – produit : ${w.paint}`, { bold: true, after: 3, size: 9 }),
        wordTable([86, 16, 22, 22, 28], [{ cells: ['Désignation', 'Unité', 'Quantité', 'P.U. HT', 'Montant HT'], bold: true, shade: 'FFEBEE' }, ...rows], { borders: ROWS, align: ['left', 'center', 'right', 'right', 'right'], size: 8.8 }),
        para(`Quantités relevées contradictoirement (attachement signé le ${date(inv, addDays(w.from, w.nights), 'slash')}).`, { size: 7.5, italics: true, before: 2, after: 4 }),
        wordTable([70, 32], dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), vatLabel: (v) => `TVA ${rate(v.rate)}`, net: x.pick(['Net à payer', 'Montant à mandater', 'Net à payer TTC']) }).map(([k, v, bold]) => ({ cells: [k, money(inv, v)], bold })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para(paymentText(inv), { size: 9, before: 6 }),
        para(`${inv.retenue ? 'Retenue de garantie restituée à l’expiration du délai de garantie, sauf réserves. ' : ''}${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Archive digitisation by a cooperative: views per format, prices per view with three decimals. ———
const SERIES = ['Registres d’état civil 1793–1902', 'Délibérations du conseil municipal 1850–1950', 'Plans d’alignement et permis de construire 1890–1970', 'Registres matricules militaires', 'Fonds photographique des Aciéries (tirages et plaques)'];
const OPS = [
  ['Numérisation registres reliés – vue A3, 400 dpi, niveaux de gris', 'vue', 140, 260, [4000, 25000]], ['Numérisation documents en feuilles A4 – recto-verso', 'vue', 60, 120, [5000, 40000]],
  ['Numérisation plans grand format (jusqu’à A0) – couleur 300 dpi', 'vue', 1800, 3200, [40, 400]], ['Indexation (nom, date, n° d’acte)', 'notice', 250, 600, [2000, 15000]],
  ['Reconnaissance de caractères (OCR) et PDF/A', 'vue', 20, 60, [4000, 30000]],
];
const numerisation = {
  name: 'y-numerisation-archives-scop',
  family: 'archive-digitisation-cooperative',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('y-numerisation-archives-scop', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'hash', 'year2'], engagementLabels: ['engagement', 'ej', 'engagementJuridiqueNo', 'bonDeCommande', 'commandePublique'], marketProb: 0.5, serviceProb: 0.7, dateStyles: ['slash'], rates: [[2000]], depositPct: [0, 0, 30], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'archives');
    renameSupplier(inv, x.pick(['Mémoire Vive', 'Numérique et Patrimoine', 'Archipel Numérisation', 'La Fabrique d’Archives']), x.pick(['SCOP SARL', 'SCOP SAS', 'SCOP SA']));
    inv.supplier.ape = '8299Z';
    const start = x.int(0, OPS.length - 1);
    const ops = Array.from({ length: x.int(2, 4) }, (_, k) => OPS[(start + k) % OPS.length]);
    inv.lines = ops.map(([label, unitName, lo, hi, [qmin, qmax]]) => {
      const mills = x.int(lo, hi);
      const q = x.int(qmin, qmax);
      return { label, unitName, qty: q, mills, unit: mills / 10, rate: 2000, total: millsTotal(q, mills) };
    });
    const boxes = x.int(10, 60);
    const boxPrice = x.int(1200, 2500);
    inv.lines.unshift({ label: 'Préparation physique (dépoussiérage, dégrafage, foliotage)', unitName: 'boîte', qty: boxes, mills: boxPrice * 10, unit: boxPrice, rate: 2000, total: boxes * boxPrice });
    if (x.chance(0.6)) {
      const unit = x.int(9000, 18000);
      inv.lines.push({ label: 'Contrôle qualité et livraison sur disque dur chiffré', unitName: 'forfait', qty: 1, mills: unit * 10, unit, rate: 2000, total: unit });
    }
    inv.batch = { n: x.int(1, 6), series: x.pick(SERIES), volumes: x.int(20, 240), depositInvoice: `${inv.date.y}-A${x.digits(3)}` };
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 46 }, { width: 9 }, { width: 11 }, { width: 11 }, { width: 15 }];
    const me = supplierTexts(inv, x);
    me.forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 13 : 9 }));
    put(`A${me.length + 1}`, `Société coopérative et participative – ${s.form} à capital variable`, { size: 8, italic: true, color: 'FF2E7D32' });
    put('D1', 'FACTURE', { bold: true, size: 16, color: 'FF2E7D32' });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], ['Date', dateValue(inv.date)], ['Échéance', dateValue(inv.due)]];
    meta.forEach(([k, v], n) => {
      put(`D${n + 3}`, k, { size: 9, align: 'right' });
      put(`E${n + 3}`, v, { bold: n === 0, size: 9, align: 'right', numFmt: n > 0 ? 'dd/mm/yyyy' : undefined });
    });
    let r = Math.max(me.length + 3, 8);
    put(`A${r}`, x.pick(['Client', 'Facturé à', 'Destinataire']), { size: 8, color: 'FF666666' });
    buyerTexts(inv, x).forEach((t, k) => put(`A${r + 1 + k}`, t, { bold: k === 0, size: 9.5 }));
    refPairs(inv, x).forEach(([k, v], n) => {
      put(`C${r + 1 + n}`, k, { size: 9 });
      put(`E${r + 1 + n}`, v, { size: 9, bold: true, align: 'right' });
    });
    r += buyerTexts(inv, x).length + 3;
    const b = inv.batch;
    put(`A${r}`, `Numérisation des archives municipales – lot n° ${b.n} : ${b.series} (${frNumber(b.volumes)} volumes)`, { bold: true, size: 9.5 });
    r += 2;
    const head = r;
    ['Prestation', 'Unité', 'Quantité', 'P.U. HT', 'Montant HT'].forEach((t, c) => put(`${'ABCDE'[c]}${head}`, t, { bold: true, border: true, fill: 'FFE8F5E9', align: 'center', size: 9 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.label, { border: true, size: 8.5, wrap: true });
      put(`B${n}`, l.unitName, { border: true, size: 8.5, align: 'center' });
      put(`C${n}`, l.qty, { border: true, size: 8.5, numFmt: '#,##0' });
      put(`D${n}`, l.mills / 1000, { border: true, size: 8.5, numFmt: l.mills % 10 === 0 ? '#,##0.00' : '#,##0.000' });
      put(`E${n}`, { formula: `ROUND(C${n}*D${n},2)`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    const rows = [['Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }], [`TVA ${rate(2000)}`, { formula: `ROUND(E${r}*0.2,2)`, result: euros(inv.tva) }], [inv.deposit ? 'Total TTC' : x.pick(['Total TTC', 'Net à payer']), { formula: `E${r}+E${r + 1}`, result: euros(inv.ttc) }]];
    if (inv.deposit) {
      rows.push([`Acompte versé (facture ${b.depositInvoice} du ${date(inv, inv.previousDeposit, 'slash')})`, -euros(inv.deposit)]);
      rows.push([x.pick(['Net à payer', 'Reste à payer']), { formula: `E${r + 2}+E${r + 3}`, result: euros(inv.net) }]);
    }
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`${k.length > 24 ? 'A' : 'D'}${r + n}`, k, { bold: strong, align: 'right', size: 9 });
      put(`E${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined, size: 9 });
    });
    r += rows.length + 1;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, scopLegalLine(inv, s.form), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [marquage, numerisation];

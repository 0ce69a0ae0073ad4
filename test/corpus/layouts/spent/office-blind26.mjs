// Blind-26 layouts written as office files (see ../../README.md): a network-detection company's Word invoice for the
// detection and georeferencing of buried networks before works (electromagnetic and ground-penetrating radar
// detection by the linear metre, class A georeferenced points, ground marking, vacuum test pits, the report and the
// georeferenced plan; the works' DT declaration number of the one-stop shop and the job number of seven digits; the
// identity as a table of labels beside values; on 2 of 8 a sole trader under the VAT franchise of art. 293 B; one
// credit note for marking not done), and a pipe-laying contractor's monthly progress statement on a water-main
// renewal market, an Excel workbook (the unit-price schedule's positions with the market quantity, the quantities
// cumulated before and now, cumulative, previous and period amounts as formulas; the price revision by a coefficient
// with four decimals; the 5 % retention of guarantee deducted on most, the advance repaid on some).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, iso, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { soleTraderLegalLine } from '../../lib/blind16.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { retain } from '../../lib/blind25.mjs';
import { maybeRelabel26, networkBuyer, seven26 } from '../../lib/blind26.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Detection and georeferencing of buried networks: a Word template, labels beside values. ———
const STREETS_26 = ['rue Pierre Termier', 'avenue de Rochetaillée', 'rue de la Tour', 'chemin de Montaud', 'boulevard Karl Marx', 'rue Victor Hugo', 'place Carnot', 'route de Roanne'];
const DETECTORS = ['Mathieu Perrin', 'Nadia Bouchet'];
const detection = {
  name: 'i-detection-reseaux',
  family: 'network-detection-georeferencing-class-a-word',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const sole = i === 1 || i === 5;
    const credit = i === 6;
    const inv = makeInvoice('i-detection-reseaux', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : sole ? ['micro'] : ['plain', 'pennylane', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: sole ? 0.1 : 0.45, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: sole || credit ? [0] : [0, 0, 0, 5], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'detect');
    if (sole) {
      const person = DETECTORS[i === 1 ? 0 : 1];
      renameSupplier(inv, person, 'EI');
      franchise(inv, person);
      inv.kind = 'micro';
      inv.discountPct = 0;
    } else renameSupplier(inv, x.pick(['Géodétect Réseaux', 'Détection Réseaux Loire', 'Radar Sol Services', 'Géoréf Ingénierie']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7112B';
    networkBuyer(inv, x, 'works', 0.8);
    localReferences(inv, x);
    maybeRelabel26(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.job = seven26(x);
    const visit = addDays(inv.date, -x.int(5, 30));
    inv.visit = visit;
    inv.dt = `${iso(addDays(visit, -x.int(20, 60))).replace(/-/g, '')}${x.digits(5)}${x.pick(['T', 'D'])}`;
    inv.street = x.pick(STREETS_26);
    inv.works = x.pick(['Renouvellement de conduite d’eau potable', 'Extension du réseau d’assainissement', 'Enfouissement des réseaux secs', 'Création d’un réseau de chaleur', 'Déploiement de fourreaux fibre optique']);
    inv.cert = `CDG-${x.int(2019, 2024)}-${x.digits(4)}`;
    const r0 = sole ? 0 : 2000;
    const ml = x.int(120, 900);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 400)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.lines = [{ label: `Marquage-piquetage au sol non réalisé (chantier reporté) – ${inv.street}`, qty: ml, unit: x.int(60, 150), rate: 2000 }, { label: 'Déplacement correspondant non effectué', qty: 1, unit: x.int(180, 350) * 100, rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    inv.lines = [
      { label: 'Déplacement, installation et signalisation temporaire (forfait)', qty: 1, unit: x.int(180, 350) * 100, rate: r0 },
      { label: 'Détection par méthode électromagnétique des réseaux métalliques (par ml)', qty: ml, unit: x.int(180, 450), rate: r0 },
      { label: 'Détection par géoradar (GPR) des réseaux non métalliques (par ml)', qty: x.int(80, ml), unit: x.int(350, 900), rate: r0 },
      { label: 'Géoréférencement classe A des points détectés, RGF93 – CC46 (par point)', qty: x.int(30, 180), unit: x.int(450, 1200), rate: r0 },
      { label: 'Marquage-piquetage au sol, peinture normalisée par réseau (par ml)', qty: ml, unit: x.int(60, 150), rate: r0 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Investigation complémentaire par sondage à l’aspiratrice (par sondage)', qty: x.int(1, 6), unit: x.int(250, 480) * 100, rate: r0 });
    inv.lines.push({ label: 'Rapport d’investigations et plan géoréférencé DWG / PDF (forfait)', qty: 1, unit: x.int(350, 900) * 100, rate: r0 });
    return priceLines(inv, [r0]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de détection de réseaux n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service voirie-réseaux (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['E65100', '2E7D32', '283593']);
    const me = supplierTexts(inv, x);
    const left = [[inv.avoir ? 'Avoir n°' : x.pick(['Facture n°', 'N° de facture', 'Numéro']), { text: inv.number, bold: true, size: 10.5 }], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['N° d’affaire', inv.job], ...(inv.avoir ? [['Facture d’origine', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Échéance', fmtDate(inv.due, 'slash')]])];
    const right = [['Chantier', `${inv.works} – ${inv.street}`], ['Déclaration DT n°', inv.dt], ['Intervention le', fmtDate(inv.visit, 'slash')], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const n = Math.max(left.length, right.length);
    const idRows = Array.from({ length: n }, (_, r) => [...(left[r] ?? ['', '']), ...(right[r] ?? ['', ''])]);
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise ${inv.discountPct} %`, money(inv, -inv.discount)]);
    if (inv.vatExempt) totals.push(['Total HT', money(inv, inv.ht)], ['TVA', 'néant'], ['Net à payer', money(inv, inv.net)]);
    else totals.push(['Total HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)], [inv.avoir ? 'Total TTC de l’avoir' : x.pick(['Total TTC', 'Net à payer TTC']), money(inv, inv.ttc)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [15, 16, 20, 16],
      header: [para(`${s.name} – détection et géoréférencement des réseaux enterrés`, { size: 7, color: '777777', align: 'right' })],
      footer: [para(inv.vatExempt ? soleTraderLegalLine(inv, s.person) : legalLine(inv), { size: 6.6, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([105, 75], [[{ paragraphs: [para(me[0], { bold: true, size: 15, color: accent }), para('Détection de réseaux – géoréférencement classe A – marquage-piquetage', { size: 7.5, italics: true }), ...me.slice(1).map((t) => para(t, { size: 8 })), para(`Certification détection et géoréférencement n° ${inv.cert}`, { size: 7.5 })] }, { paragraphs: [para(inv.avoir ? 'AVOIR' : 'FACTURE', { bold: true, size: 20, align: 'right', color: accent }), para('', { after: 8 }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 5 }),
        wordTable([28, 52, 30, 70], idRows, { borders: x.chance(0.5) ? GRID : ROWS, size: 8.4 }),
        para(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}.` : `Objet : investigations complémentaires et détection des réseaux existants préalables aux travaux (${inv.works.toLowerCase()}, ${inv.street}).`, { bold: true, before: 6, after: 3 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 3 })] : []),
        wordTable([106, 18, 26, 30], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8.2 }),
        para('', { after: 3 }),
        wordTable([60, 34], totals.map(([k, v], m) => ({ cells: [k, v], bold: m === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.4 }),
        ...(inv.vatExempt ? [para('TVA non applicable, art. 293 B du CGI', { size: 8.4, italics: true, before: 3 })] : []),
        para(inv.avoir ? 'Cet avoir sera déduit de votre prochain règlement.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(`Conditions de règlement : 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. A water-main renewal's monthly progress statement: an Excel workbook with formulas. ———
const POSITIONS = [
  ['1.1', 'Installation de chantier, signalisation et clôtures', 'Ft', [100, 100], [350000, 900000]],
  ['2.1', 'Terrassement en tranchée toutes natures de terrain, y compris blindage', 'ml', [20000, 90000], [4500, 9500]],
  ['2.4', 'Réfection provisoire puis définitive de chaussée, enrobé BB 0/10 ép. 6 cm', 'm²', [15000, 60000], [2800, 4500]],
  ['3.1', 'Fourniture et pose de conduite fonte ductile DN 150, joints verrouillés', 'ml', [20000, 90000], [8500, 16000]],
  ['3.5', 'Reprise de branchement particulier PEHD Ø 32, y compris regard de comptage', 'U', [1000, 4000], [65000, 140000]],
  ['3.8', 'Poteau d’incendie DN 100 incongelable, y compris raccordement', 'U', [100, 300], [240000, 380000]],
  ['4.2', 'Essais de pression, désinfection et analyses', 'Ft', [100, 100], [120000, 300000]],
];
const situation = {
  name: 'i-situation-canalisation',
  family: 'water-main-works-progress-statement-excel',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('i-situation-canalisation', i, { cityProb: 0.5, engagementProb: 0.75, trades: ['btp'], numbers: ['situation', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 1, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'works');
    renameSupplier(inv, x.pick(['TP Furan Canalisations', 'Loire Réseaux TP', 'Entreprise Gier VRD', 'Canalisations du Forez']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4221Z';
    inv.supplier.capital = x.pick([150_000, 500_000, 1_200_000]);
    networkBuyer(inv, x, 'works', 0.85);
    localReferences(inv, x);
    maybeRelabel26(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.n = x.int(2, 6);
    const month = inv.date.m === 1 ? { y: inv.date.y - 1, m: 12 } : { y: inv.date.y, m: inv.date.m - 1 };
    inv.month = `${MONTHS[month.m - 1]} ${month.y}`;
    inv.site = seven26(x);
    inv.lot = x.pick(['Lot 1 – Canalisations', 'Lot unique', 'Lot 2 – Eau potable']);
    inv.object = `Renouvellement de la conduite d’eau potable – ${x.pick(STREETS_26)}`;
    inv.os = addDays(inv.date, -x.int(60, 180));
    inv.moe = x.pick(['Cabinet Réalités Ingénierie', 'BET Hydraulique du Forez', 'Services techniques (maîtrise d’œuvre interne)']);
    const progress = inv.n / 7;
    inv.positions = POSITIONS.map(([ref, label, unit, [qmin, qmax], [pmin, pmax]], k) => {
      const market = unit === 'Ft' ? 100 : Math.round(x.int(qmin, qmax) / 100) * 100;
      const price = x.int(pmin, pmax);
      const frac = (p) => (unit === 'Ft' ? Math.min(100, Math.round(p * 2) * 50) : Math.min(market, Math.round((market * p) / 100) * 100));
      const prevShare = k === 0 ? 1 : Math.max(0, progress - 0.14 - x.next() * 0.1);
      const cumShare = k === 0 ? 1 : Math.min(1, prevShare + 0.08 + x.next() * 0.2);
      const prev = frac(prevShare);
      const cum = Math.max(prev, frac(cumShare));
      const amount = (q) => Math.round((q * price) / 100);
      return { ref, label, unit, market, price, prev, cum, marketAmount: amount(market), prevAmount: amount(prev), cumAmount: amount(cum) };
    });
    inv.lines = inv.positions.filter((p) => p.cumAmount > p.prevAmount).map((p) => ({ label: `${p.ref} ${p.label}`, qty: 1, unit: p.cumAmount - p.prevAmount, total: p.cumAmount - p.prevAmount, rate: 2000 }));
    const period = inv.lines.reduce((t, l) => t + l.total, 0);
    inv.coef = 10000 + x.int(120, 640);
    inv.revision = Math.round((period * (inv.coef - 10000)) / 10000);
    inv.lines.push({ label: 'Révision de prix', qty: 1, unit: inv.revision, total: inv.revision, rate: 2000 });
    priceLines(inv, [2000]);
    inv.period = period;
    inv.cum = inv.positions.reduce((t, p) => t + p.cumAmount, 0);
    inv.prev = inv.positions.reduce((t, p) => t + p.prevAmount, 0);
    inv.marketTotal = inv.positions.reduce((t, p) => t + p.marketAmount, 0);
    inv.caution = i % 4 === 3;
    if (!inv.caution) retain(inv, 5);
    if (i % 3 === 1) {
      inv.deposit = Math.round((inv.ttc * 5) / 100);
      inv.net = inv.ttc - inv.deposit - inv.retenue;
    }
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick([`Situation ${inv.n}`, 'SIT', 'Feuil1']), { pageSetup: { ...PAGE_SETUP, orientation: 'landscape', fitToHeight: 1 }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 6 }, { width: 46 }, { width: 5 }, { width: 10 }, { width: 11 }, { width: 10 }, { width: 10 }, { width: 14 }, { width: 14 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 14 : 8.5, color: k === 0 ? 'FF1B5E20' : undefined }));
    const buyer = buyerTexts(inv, x);
    put('G1', `SITUATION DE TRAVAUX N° ${inv.n}`, { bold: true, size: 15 });
    put('G2', `valant facture – travaux exécutés en ${inv.month}`, { italic: true, size: 9 });
    put('G4', 'Maître d’ouvrage :', { size: 8, color: 'FF666666' });
    buyer.forEach((t, k) => put(`G${5 + k}`, t, { bold: k === 0, size: 9 }));
    let r = Math.max(me.length, 5 + buyer.length) + 2;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'Marché public de travaux n°'], service: ['Code service', 'Service', 'Service gestionnaire (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ident = [[x.pick(['Facture n°', 'N° de facture', 'Pièce n°']), inv.number], ['Date', dateValue(inv.date)], ['Objet du marché', inv.object], ['Lot', inv.lot], ['Maître d’œuvre', inv.moe], ['Ordre de service de démarrage', fmtDate(inv.os, 'slash')], ['N° de chantier', inv.site], ...shown];
    ident.forEach(([k, v], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8.5, bold: true, wrap: true, fill: 'FFE8F5E9', border: true });
      sheet.mergeCells(`A${row}:B${row}`);
      put(`C${row}`, v, { size: 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left', border: true });
      sheet.mergeCells(`C${row}:G${row}`);
    });
    r += ident.length + 1;
    if (sentence) {
      put(`A${r}`, sentence, { italic: true, size: 8.5 });
      r += 2;
    }
    const heads = ['N°', 'Désignation', 'U', 'Qté marché', 'P.U. HT', 'Qté cumul préc.', 'Qté cumulée', 'Montant cumulé HT', 'Montant précédent HT', 'Montant de la période HT'];
    heads.forEach((h, k) => put(`${'ABCDEFGHIJ'[k]}${r}`, h, { bold: true, size: 7.5, wrap: true, border: true, fill: 'FFC8E6C9', align: 'center' }));
    sheet.getRow(r).height = 26;
    const first = r + 1;
    inv.positions.forEach((p, k) => {
      const row = first + k;
      const q = (v) => v / 100;
      put(`A${row}`, p.ref, { size: 8, border: true });
      put(`B${row}`, p.label, { size: 8, border: true, wrap: true });
      if (p.label.length > 55) sheet.getRow(row).height = 22;
      put(`C${row}`, p.unit, { size: 8, border: true, align: 'center' });
      put(`D${row}`, q(p.market), { size: 8, border: true, numFmt: '#,##0.00' });
      put(`E${row}`, euros(p.price), { size: 8, border: true, numFmt: EUR_FORMAT });
      put(`F${row}`, q(p.prev), { size: 8, border: true, numFmt: '#,##0.00' });
      put(`G${row}`, q(p.cum), { size: 8, border: true, numFmt: '#,##0.00' });
      put(`H${row}`, { formula: `ROUND(G${row}*E${row},2)`, result: euros(p.cumAmount) }, { size: 8, border: true, numFmt: EUR_FORMAT });
      put(`I${row}`, { formula: `ROUND(F${row}*E${row},2)`, result: euros(p.prevAmount) }, { size: 8, border: true, numFmt: EUR_FORMAT });
      put(`J${row}`, { formula: `H${row}-I${row}`, result: euros(p.cumAmount - p.prevAmount) }, { size: 8, border: true, numFmt: EUR_FORMAT });
    });
    const last = first + inv.positions.length - 1;
    r = last + 1;
    put(`B${r}`, 'Totaux', { bold: true, size: 8.5, border: true });
    put(`H${r}`, { formula: `SUM(H${first}:H${last})`, result: euros(inv.cum) }, { bold: true, size: 8.5, border: true, numFmt: EUR_FORMAT });
    put(`I${r}`, { formula: `SUM(I${first}:I${last})`, result: euros(inv.prev) }, { bold: true, size: 8.5, border: true, numFmt: EUR_FORMAT });
    put(`J${r}`, { formula: `SUM(J${first}:J${last})`, result: euros(inv.period) }, { bold: true, size: 8.5, border: true, numFmt: EUR_FORMAT });
    const totalRow = r;
    r += 2;
    put(`B${r}`, `Montant du marché HT : ${plainMoney(inv, inv.marketTotal)} € – avancement cumulé ${frNumber((inv.cum * 100) / inv.marketTotal, 1)} %`, { size: 8, italic: true });
    r += 2;
    const rows = [
      ['Montant des travaux de la période HT', { formula: `J${totalRow}`, result: euros(inv.period) }],
      [`Révision de prix – coefficient ${frNumber(inv.coef / 10000, 4)} (index TP10a)`, { formula: `ROUND(H${r}*${((inv.coef - 10000) / 10000).toFixed(4)},2)`, result: euros(inv.revision) }],
      ['Total HT de la situation', { formula: `H${r}+H${r + 1}`, result: euros(inv.ht) }],
      ['TVA 20 %', { formula: `ROUND(H${r + 2}*0.2,2)`, result: euros(inv.tva) }],
      ['Total TTC', { formula: `H${r + 2}+H${r + 3}`, result: euros(inv.ttc) }],
    ];
    if (inv.retenue) rows.push(['Retenue de garantie 5 % du TTC', { formula: `-ROUND(H${r + 4}*0.05,2)`, result: -euros(inv.retenue) }]);
    if (inv.deposit) rows.push(['Remboursement de l’avance (5 %)', -euros(inv.deposit)]);
    if (inv.retenue || inv.deposit) rows.push([x.pick(['Net à payer', 'Montant net à mandater', 'Net à payer TTC']), { formula: `SUM(H${r + 4}:H${r + rows.length - 1})`, result: euros(inv.net) }]);
    rows.forEach(([k, v], m) => {
      const strong = m === rows.length - 1 || k === 'Total TTC';
      put(`C${r + m}`, k, { bold: strong, size: 9, align: 'right' });
      sheet.mergeCells(`C${r + m}:G${r + m}`);
      put(`H${r + m}`, v, { bold: strong, size: 9, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += rows.length + 1;
    if (inv.caution) put(`B${r++}`, 'Retenue de garantie remplacée par une caution bancaire (art. R. 2191-36 du code de la commande publique).', { size: 8, italic: true });
    put(`B${r}`, paymentText(inv), { size: 8.5 });
    put(`B${r + 1}`, `Délai global de paiement : 30 jours à réception (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7 });
    put(`B${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [detection, situation];

// Blind-41 layouts written as office files (see ../../README.md): a forestry expert's Word invoice for the management
// plan of a commune's woods (the identity in a label-beside-value Word table, the assignment letter of seven digits,
// the engagement in a sentence or a table of references; inventory by the hectare with two decimals, field days,
// mapping and writing; a deposit invoiced with the order deducted with its own number on some; land-registry extracts
// passed on outside VAT on two), a farmer's Excel invoice for snow ploughing by the hour over a winter (a key–value
// table whose long labels wrap with the snow-clearing agreement of seven digits and the MSA number; each outing by date
// with its start and end times and its hours in hundredths; a GAEC at 20 % or a farmer under art. 293 B on three), and
// a fencing contractor's Calc invoice for the fences of a communal grazing plot (the identity and the references in a
// two-pair grid with the customer account of eight digits; posts, wire and gates by the metre or the unit; a discount
// on some; one credit note for a gate returned).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { deductDeposit } from '../../lib/blind25.mjs';
import { farmLegalLine } from '../../lib/blind27.mjs';
import { eight41, hm41, hundredths41, perHundredth41, seven41, start41 } from '../../lib/blind41.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Forest management plan: a forestry expert's Word invoice, label beside value. ———
const WOODS = ['bois communal du Crêt de la Perdrix', 'bois sectionaux de Chaubouret', 'forêt communale du Grand Bois', 'boisements communaux du Pilat', 'bois de la Faye'];
const forestier = {
  name: 'am-plan-gestion-forestiere',
  family: 'forest-management-plan-expert-word-deposit',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const { inv, x } = start41('am-plan-gestion-forestiere', i, { cityProb: 0.3, engagementProb: 0.75, numbers: ['plain', 'pennylane', 'solde'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.25, serviceProb: 0.4, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.4 },
      { names: ['Cabinet Forestier Rivollier', 'Expertise Forêts Loire-Pilat', 'Sylva Conseil Forez', 'Cabinet Chapelon Expert Forestier'], form: ['SARL', 'EURL'], ape: '0240Z', kind: 'green', tag: 'forest' });
    inv.letter = seven41(x);
    inv.wood = x.pick(WOODS);
    inv.cnefaf = `${x.int(100, 480)}`;
    const ha = x.int(1800, 18500);
    inv.ha = ha;
    const pha = x.int(28, 55) * 100;
    inv.lines = [
      { label: `Inventaire typologique des peuplements et relevés dendrométriques (${hundredths41(ha)} ha)`, qtyText: hundredths41(ha), unitName: 'ha', qty: ha / 100, unit: pha, total: perHundredth41(ha, pha), rate: 2000 },
      { label: 'Journées de terrain : parcellaire, desserte, limites et état sanitaire', qtyText: String(x.int(2, 8)), unitName: 'jour', unit: x.int(480, 680) * 100, rate: 2000 },
      { label: 'Cartographie SIG (peuplements, stations, desserte) et programme de coupes et travaux sur 15 ans', qtyText: '1', unitName: 'forfait', unit: x.int(900, 2200) * 100, rate: 2000 },
      { label: 'Rédaction du document de gestion et présentation en conseil municipal', qtyText: '1', unitName: 'forfait', unit: x.int(700, 1600) * 100, rate: 2000 },
    ];
    for (const l of inv.lines) l.qty ??= Number(l.qtyText);
    const rates = [2000];
    if (i === 1 || i === 5) {
      rates.push(0);
      inv.lines.push({ label: 'Extraits de matrice et plans cadastraux – débours (hors champ de TVA)', qtyText: String(x.int(4, 18)), unitName: 'u', unit: x.pick([300, 500, 1200]), rate: 0 });
      inv.lines.at(-1).qty = Number(inv.lines.at(-1).qtyText);
    }
    priceLines(inv, rates);
    if ([0, 3, 6].includes(i)) inv.deposit41 = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(60, 150)));
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const sentence = inv.engagement && x.chance(0.45) ? engagementSentence(inv, x) : null;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations intellectuelles n°'], service: ['Code service', 'Service demandeur'] }).filter(([k]) => !(sentence && k === inv.engagement.label));
    const accent = x.pick(['2E7D32', '4E342E', '33691E']);
    const idRows = [[inv.deposit41 ? 'Facture de solde n°' : 'Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', date(inv, inv.date)], ['Lettre de mission n°', inv.letter], ['Échéance', fmtDate(inv.due, 'slash')], ...refs];
    const lines = inv.lines.map((l) => [l.label, l.qtyText, l.unitName, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const outside = inv.lines.filter((l) => l.rate === 0).reduce((a, l) => a + l.total, 0);
    const totals = [['Total honoraires et débours HT', money(inv, inv.ht)]];
    if (outside) totals.push(['dont débours hors TVA', money(inv, outside)]);
    totals.push([`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]);
    if (inv.deposit41) totals.push([`Acompte à la commande, facture ${inv.deposit41.number} du ${fmtDate(inv.deposit41.date, 'slash')}`, money(inv, -inv.deposit)], [x.pick(['Reste dû', 'Solde à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Times New Roman', 'Arial', 'Calibri']), size: 9.5, margins: [16, 18, 20, 18],
      header: [para(s.name, { bold: true, size: 13, color: accent }), para(`Expert forestier agréé – inscrit sur la liste nationale du CNEFAF sous le n° ${inv.cnefaf}`, { size: 7.6, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 6 }),
        wordTable([90, 90], [[{ paragraphs: [para(inv.deposit41 ? 'FACTURE DE SOLDE' : 'FACTURE D’HONORAIRES', { bold: true, size: 14, color: accent })] }, { paragraphs: buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.5 })) }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        wordTable([44, 56], idRows.map(([k, v]) => [k, typeof v === 'string' ? { text: v, bold: true } : v]), { borders: GRID, size: 8.8 }),
        para(`Objet : document de gestion durable du ${inv.wood} (${hundredths41(inv.ha)} ha, non soumis au régime forestier).`, { bold: true, before: 8, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.8, after: 2 })] : []),
        wordTable([92, 16, 16, 26, 30], [{ cells: ['Désignation', 'Qté', 'Unité', 'P.U. HT', 'Montant HT'], bold: true, shade: 'E8F5E9' }, ...lines], { borders: ROWS, align: ['left', 'right', 'center', 'right', 'right'], size: 8.4 }),
        para('', { after: 4 }),
        wordTable([100, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.8, before: 8 }),
        para(LATE_FEES, { size: 7.2, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Snow ploughing by a farmer: an Excel invoice, a key–value table of wrapping labels, outings by the hour. ———
const FARMERS = ['Jean-Marc Chorain', 'Sébastien Ollagnier', 'Pascal Mounier', 'Nathalie Berthéas'];
const deneigement = {
  name: 'am-deneigement-agriculteur',
  family: 'farmer-snow-ploughing-excel-hours-exempt',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const micro = [1, 4, 7].includes(i);
    const { inv, x } = start41('am-deneigement-agriculteur', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.3, engagementProb: 0.65, numbers: ['micro', 'carnet', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.1, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.3 },
      { names: ['GAEC des Hautes Chaumes', 'GAEC du Plateau de la Barge', 'EARL de la Croix de Chaubouret', 'GAEC des Trois Sapins'], form: ['GAEC', 'EARL'], micro: FARMERS, job: 'Exploitant agricole – prestations de déneigement', ape: '0141Z', kind: 'roads', tag: 'snow' });
    inv.convention = seven41(x);
    inv.msa = `42${x.digits(6)}`;
    const winter = Math.min(2025, inv.date.m >= 6 ? inv.date.y : inv.date.y - 1);
    inv.season = `${winter}-${winter + 1}`;
    const hp = x.int(55, 85) * 100;
    inv.hourly = hp;
    const n = x.int(3, 9);
    let d = { y: winter, m: 12, d: x.int(1, 9) };
    inv.outings = [];
    const vatRate = micro ? 0 : 2000;
    for (let k = 0; k < n; k++) {
      d = addDays(d, x.int(2, 9));
      const start = x.int(4 * 12, 7 * 12) * 5;
      const minutes = x.int(9, 60) * 10;
      inv.outings.push({ day: d, start, end: start + minutes, minutes });
    }
    inv.lines = inv.outings.map((o) => ({ label: `Déneigement du ${fmtDate(o.day, 'slash')} – tracteur et lame biaise (${hm41(o.start)} à ${hm41(o.end)})`, qty: Math.round(o.minutes / 0.6) / 100, unit: hp, total: perHundredth41(Math.round(o.minutes / 0.6), hp), rate: vatRate }));
    if (x.chance(0.6)) inv.lines.push({ label: `Forfait d’astreinte – saison ${inv.season}`, qty: 1, unit: x.int(150, 450) * 100, rate: vatRate });
    const last = inv.outings.at(-1).day;
    if (inv.date.y * 10000 + inv.date.m * 100 + inv.date.d < last.y * 10000 + last.m * 100 + last.d) inv.date = addDays(last, x.int(3, 20));
    inv.due = addDays(inv.date, 30);
    return priceLines(inv, [vatRate]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'Déneigement']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 34 }, { width: 14 }, { width: 10 }, { width: 12 }, { width: 14 }];
    const me = [s.name, ...(s.tagline ? [s.tagline] : []), ...s.address, s.phone, ...(inv.print.supplierSiret ? [`SIRET ${s.siret}`] : [])];
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF1565C0' : undefined }));
    put('D1', 'FACTURE', { bold: true, size: 18, color: 'FF1565C0', align: 'right' });
    sheet.mergeCells('D1:E1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${k + 3}:E${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Numéro du marché ou de la convention de déneigement', 'Marché n°'], service: ['Code du service destinataire (Chorus Pro)', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Convention de déneigement des voies communales n°', inv.convention],
      ['Numéro d’adhérent MSA de l’exploitant', inv.msa],
      ['Saison hivernale', inv.season],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFE3F2FD' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:C${row}`);
      if (k.length > 34) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    ['Sortie', 'Heures', '', 'Taux horaire', 'Montant'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFBBDEFB', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = 24;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0.00', align: 'center' });
      put(`C${n}`, '', { border: true });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, { formula: `ROUND(B${n}*D${n},2)`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const tot = (label, value, bold) => {
      put(`C${r}`, label, { bold, size: 9.5 });
      put(`E${r}`, value, { bold, size: 9.5, numFmt: EUR_FORMAT });
      r += 1;
    };
    tot(inv.vatExempt ? 'Total' : 'Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }, true);
    if (!inv.vatExempt) {
      tot(`TVA ${rate(2000)}`, euros(inv.tva));
      tot('Total TTC', euros(inv.ttc), true);
    }
    tot('Net à payer', euros(inv.net), true);
    r += 1;
    if (inv.vatExempt) put(`A${r++}`, inv.vatExempt, { size: 8.5, italic: true });
    put(`A${r++}`, `${paymentText(inv)} – échéance ${fmtDate(inv.due, 'slash')}`, { size: 8.5 });
    put(`A${r++}`, 'Heures décomptées du départ de l’exploitation au retour, suivant le carnet de bord visé par la mairie.', { size: 7.5 });
    put(`A${r++}`, inv.kind === 'micro' ? legalLine(inv) : farmLegalLine(inv, { msa: inv.msa }), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Fences for a grazing plot: a Calc template, a two-pair grid. ———
const FENCES = [
  ['Piquet acacia fendu Ø 10–12 cm, longueur 2,00 m, posé tous les 4 m', 'u', 650, 1100],
  ['Fil ronce galvanisé 4 rangs, tendu et agrafé', 'ml', 160, 340],
  ['Grillage à moutons 100/8/15, fourniture et pose', 'ml', 420, 780],
  ['Jambe de force et poteau d’angle acacia Ø 16 cm', 'u', 3200, 5400],
  ['Barrière galvanisée 4 m avec gonds et verrou', 'u', 21000, 36000],
  ['Débroussaillage de l’emprise de clôture', 'ml', 90, 220],
];
const clotures = {
  name: 'am-clotures-paturage',
  family: 'grazing-plot-fencing-calc-two-pair-grid',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const { inv, x } = start41('am-clotures-paturage', i, { cityProb: 0.3, engagementProb: 0.65, numbers: credit ? ['avoirDolibarr'] : ['dolibarr', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'bdc'], marketProb: 0.15, serviceProb: 0.4, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.6 },
      { names: ['Clôtures Rurales du Forez', 'Agri-Clôtures Pilat', 'Clôtures et Portails Gerentes', 'Forez Clôture Élevage'], form: ['SARL', 'EURL'], ape: '4399C', kind: 'green', tag: 'fence' });
    inv.account = eight41(x);
    inv.plot = `parcelle ${x.pick(['ZA', 'ZB', 'AB', 'ZK'])} ${x.int(12, 240)} (${frNumber(x.int(80, 900) / 100, 2)} ha)`;
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = `FA${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${String(x.int(1, 999)).padStart(4, '0')}`;
      inv.lines = [{ label: 'Retour d’une barrière galvanisée 4 m non posée (accès déplacé)', qty: 1, unit: x.int(210, 360) * 100, rate: 2000 }];
    } else {
      const ml = x.int(12, 90) * 10;
      inv.lines = FENCES.filter((f, k) => k < 2 || x.chance(0.5)).map(([label, u, lo, hi]) => ({ label, qty: u === 'ml' ? ml : label.startsWith('Piquet') ? Math.ceil(ml / 4) : x.int(1, 6), unit: x.int(lo, hi), rate: 2000 }));
    }
    return priceLines(inv, [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'MAPA n°'], service: ['Code service', 'Service'] });
    const cell = (v, o = {}) => ({ v, ...o });
    const rows = [];
    rows.push([cell(s.name, { b: true, size: 13, span: 3 }), null, null, cell(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right', span: 2 }), null]);
    for (const t of supplierTexts(inv, x).slice(1)) rows.push([cell(t, { size: 8, span: 3 }), null, null, null, null]);
    rows.push([]);
    const pairs = [[inv.avoir ? 'N° avoir' : 'N° facture', inv.number], ['Date', fmtDate(inv.date, 'slash')], ['Compte client', inv.account], [inv.avoir ? 'Facture d’origine' : 'Échéance', inv.avoir ? inv.origin : fmtDate(inv.due, 'slash')], ...refs];
    for (let k = 0; k < pairs.length; k += 2) {
      const [a, b] = [pairs[k], pairs[k + 1]];
      rows.push([cell(a[0], { size: 8, border: 'grid', shade: '#fff3e0' }), cell(a[1], { b: true, size: 8.8, border: 'grid' }), null, b ? cell(b[0], { size: 8, border: 'grid', shade: '#fff3e0' }) : null, b ? cell(b[1], { b: true, size: 8.8, border: 'grid' }) : null]);
    }
    rows.push([]);
    for (const [k, t] of buyerTexts(inv, x).entries()) rows.push([null, null, cell(t, { b: k === 0, size: 8.8, span: 3 }), null, null]);
    rows.push([]);
    rows.push([cell(`Objet : clôture d’un pâturage communal – ${inv.plot}`, { b: true, span: 5 }), null, null, null, null]);
    rows.push(['Désignation', 'Qté', 'P.U. HT', 'Montant HT', ''].map((t, k) => (k === 4 ? null : cell(t, { b: true, border: 'grid', shade: '#ffe0b2', align: k ? 'center' : 'left' }))));
    for (const l of inv.lines) rows.push({ cells: [cell(l.label, { border: 'grid', wrap: true, size: 8 }), cell(l.qty, { type: 'number', border: 'grid', align: 'center', size: 8.4 }), cell(l.unit / 100, { type: 'money', border: 'grid', size: 8.4 }), cell(l.total / 100, { type: 'money', border: 'grid', size: 8.4 }), null] });
    rows.push([]);
    const tot = (k, v, b) => rows.push([null, cell(k, { b, span: 2, align: 'right' }), null, cell(v / 100, { type: 'money', b, border: b ? 'top' : undefined }), null]);
    if (inv.discount) {
      tot('Total brut HT', inv.grossHT);
      tot(`Remise ${inv.discountPct} %`, -inv.discount);
    }
    tot('Total HT', inv.ht);
    tot(`TVA ${rate(2000)}`, inv.tva);
    tot(inv.avoir ? 'Total avoir TTC' : 'Total TTC', inv.ttc, true);
    rows.push([]);
    rows.push([cell(inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8, span: 5 }), null, null, null, null]);
    rows.push([cell(LATE_FEES, { size: 7, span: 5, wrap: true }), null, null, null, null]);
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [70, 34, 26, 32, 24], margins: [12, 12, 16, 12], footer: [legalLine(inv)], rows };
  },
};

export default [forestier, deneigement, clotures];

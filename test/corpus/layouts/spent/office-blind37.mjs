// Blind-37 layouts written as office files (see ../../README.md): a first-aid and lifeguard training body's Word
// invoice for BNSSA, PSE1 and lifeguards' yearly refresher courses (the identity in a label-beside-value Word table,
// the training agreement of seven digits, trainees by session; exempt under art. 261-4-4° a on half, the others at
// 20 % with the exam registration fees passed on outside VAT; a share paid by the CNFPT deducted on some; the
// engagement in a sentence or a table of references), a sports-equipment inspector's Excel invoice for the yearly
// check of goals, basketball hoops and gym apparatus (a key–value table whose long labels wrap, the inspection report
// of seven digits; a micro-entrepreneur under art. 293 B on some; a deposit deducted with its own number on some;
// amounts as formulas), and a swimming-equipment supplier's Calc invoice (lane ropes, starting blocks, kickboards by
// the dozen; teaching books at 5,5 % beside 20 % on some with a VAT line per rate; the customer account of eight digits
// and the delivery note of seven; a discount on some; one credit note for goods returned).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductGrant } from '../../lib/blind24.mjs';
import { deductDeposit } from '../../lib/blind25.mjs';
import { eight37, maybeRelabel37, seven37, sportBuyer } from '../../lib/blind37.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Lifeguard training courses: a Word invoice, label beside value, exempt on half, the CNFPT's share. ———
const COURSES = [
  ['Formation initiale BNSSA (35 h) – préparation à l’examen', 38000, 52000],
  ['Recyclage BNSSA – révision triennale (7 h)', 9000, 14000],
  ['Formation continue obligatoire des MNS – PSE1 (7 h)', 8000, 12000],
  ['Formation PSE1 – premiers secours en équipe de niveau 1 (35 h)', 26000, 34000],
  ['Module surveillance et sauvetage aquatique en bassin (14 h)', 16000, 24000],
];
const bnssa = {
  name: 'ai-formation-sauveteurs-bnssa',
  family: 'lifeguard-training-word-exempt-half-cnfpt-share',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const exempt = i % 2 === 0;
    const inv = makeInvoice('ai-formation-sauveteurs-bnssa', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: ['plain', 'micro', 'pennylane'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.2, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'training');
    renameSupplier(inv, x.pick(['Institut Loire Sauvetage Formation', 'Aqua Secours Formation', 'Centre de Formation Aquatique du Gier', 'Sauveteurs du Forez Formation']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8559A';
    sportBuyer(inv, x, 'staff', 0.85);
    localReferences(inv, x);
    maybeRelabel37(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.agreement = seven37(x);
    inv.nda = `84 42 ${x.digits(5)} 42`;
    inv.start = addDays(inv.date, -x.int(10, 40));
    const picks = COURSES.filter(() => x.chance(0.4)).slice(0, 3);
    if (!picks.length) picks.push(COURSES[1]);
    const rate0 = exempt ? 0 : 2000;
    inv.lines = picks.map(([label, lo, hi]) => ({ label, qty: x.int(2, 12), unit: x.int(lo / 100, hi / 100) * 100, rate: rate0, unitName: 'stagiaire' }));
    if (x.chance(0.5)) inv.lines.push({ label: 'Mise à disposition du bassin et du matériel pédagogique (mannequins, DAE, plan dur)', qty: 1, unit: x.int(250, 600) * 100, rate: rate0, unitName: 'forfait' });
    const rates = [rate0];
    if (!exempt && x.chance(0.6)) {
      inv.lines.push({ label: 'Droits d’inscription à l’examen BNSSA versés pour votre compte (débours, hors champ TVA)', qty: inv.lines[0].qty, unit: x.pick([2500, 3000, 3500]), rate: 0, unitName: 'candidat' });
      rates.push(0);
    }
    priceLines(inv, rates);
    if (exempt) inv.vatExempt = 'Exonération de TVA – article 261-4-4° a du CGI (formation professionnelle continue)';
    if (i % 3 === 2) inv.grant = deductGrant(inv, x, x.pick([30, 40, 50]));
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre formation n°'], service: ['Code service', 'Service formation'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['0D47A1', 'C62828', '00695C']);
    const idRows = [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', date(inv, inv.date)], ['Convention de formation n°', inv.agreement], ['Début de la session', fmtDate(inv.start, 'slash')], ['Date d’échéance', fmtDate(inv.due, 'slash')]];
    const lines = inv.lines.map((l) => [l.label, `${frNumber(l.qty)} ${l.unitName}${l.qty > 1 && l.unitName !== 'forfait' ? 's' : ''}`, plainMoney(inv, l.unit), l.rate ? rate(l.rate) : (inv.vatExempt ? 'Exo.' : '—'), plainMoney(inv, l.total)]);
    const outside = inv.lines.filter((l) => l.rate === 0).reduce((sum, l) => sum + l.total, 0);
    const totals = [];
    if (inv.vatExempt) totals.push([x.pick(['Total net', 'Total']), money(inv, inv.ttc)]);
    else {
      totals.push(['Total HT', money(inv, inv.ht)]);
      if (outside) totals.push(['dont débours', money(inv, outside)]);
      totals.push([`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]);
    }
    if (inv.grant) totals.push(['Prise en charge CNFPT (cotisation formation)', money(inv, -inv.grant)]);
    totals.push([inv.grant ? 'Reste à la charge de la collectivité' : x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 14, color: accent }), para(`Organisme de formation – déclaration d’activité n° ${inv.nda} (cet enregistrement ne vaut pas agrément de l’État)`, { size: 7.2, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([88, 92], [[{ paragraphs: [para('FACTURE', { bold: true, size: 18, color: accent })] }, { paragraphs: [para('Client :', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([46, 48], idRows, { borders: GRID, size: 8.6 }),
        ...(shown.length ? [para('Vos références', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([56, 50], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : formation de vos agents des équipements aquatiques – session du ${fmtDate(inv.start, 'long')}`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([82, 26, 24, 14, 34], [{ cells: ['Action de formation', 'Quantité', 'Prix unitaire', 'TVA', 'Montant'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'center', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([80, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        ...(inv.vatExempt ? [para(inv.vatExempt, { size: 8, italics: true, before: 3 })] : []),
        ...(inv.grant ? [para('La part financée par le CNFPT nous est versée directement au titre de la convention de formation.', { size: 7.6, italics: true, before: 2 })] : []),
        para('Attestations de fin de formation et feuilles d’émargement jointes.', { size: 7.6, before: 3 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 3 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Yearly check of sports equipment: an Excel invoice, a key–value table of wrapping labels, 293 B on some. ———
const HALLS = ['Gymnase Jean Moulin', 'Complexe sportif du Soleil', 'Gymnase de la Cotonne', 'Halle des sports', 'City-stade du Bourg', 'Gymnase Pierre de Coubertin', 'Stade annexe'];
const EQUIPMENT = [
  ['Contrôle de stabilité des buts de football à 11 (essai de charge 180 daN)', 'but', 2800, 4200],
  ['Contrôle des buts de handball et de mini-football', 'but', 1900, 3200],
  ['Contrôle des panneaux de basket (muraux, rabattables ou mobiles)', 'panneau', 2400, 3800],
  ['Contrôle des agrès de gymnastique (barres, anneaux, poutre)', 'agrès', 1500, 2600],
  ['Contrôle des poteaux de volley et de badminton', 'paire', 1200, 2200],
];
const controles = {
  name: 'ai-controle-equipements-sportifs',
  family: 'sports-equipment-yearly-check-excel-kv-wrap-293b',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const micro = i % 3 === 0;
    const inv = makeInvoice('ai-controle-equipements-sportifs', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: micro ? ['micro', 'carnet'] : ['plain', 'hash', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash'], groups: ['space'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'checks');
    if (micro) inv.supplier.tagline = 'Contrôleur d’équipements sportifs – EI';
    else renameSupplier(inv, x.pick(['Sport Contrôle Sécurité', 'Équip’Sport Vérifications', 'Sécuri-Buts Rhône-Alpes', 'Contrôles Sportifs du Centre']), 'SARL');
    sportBuyer(inv, x, 'sports', 0.85);
    localReferences(inv, x);
    maybeRelabel37(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.report = seven37(x);
    const r0 = micro ? 0 : 2000;
    const sites = Array.from({ length: x.int(1, 3) }, () => x.pick(HALLS)).filter((h, k, a) => a.indexOf(h) === k);
    inv.sites = sites;
    inv.lines = [];
    for (const site of sites) for (const [label, unitName, lo, hi] of EQUIPMENT.filter(() => x.chance(0.45))) inv.lines.push({ label: `${site} – ${label}`, unitName, qty: x.int(1, 8), unit: x.int(lo / 100, hi / 100) * 100, rate: r0 });
    if (!inv.lines.length) inv.lines.push({ label: `${sites[0]} – ${EQUIPMENT[0][0]}`, unitName: 'but', qty: 2, unit: 3200, rate: r0 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Remplacement de filets de but (paire, polypropylène 4 mm)', unitName: 'paire', qty: x.int(1, 4), unit: x.int(140, 260) * 100, rate: r0 });
    inv.lines.push({ label: 'Rapport de contrôle et étiquetage des équipements (décret n° 96-495)', unitName: 'forfait', qty: 1, unit: x.int(60, 150) * 100, rate: r0 });
    priceLines(inv, [r0]);
    if (i % 4 === 1) inv.deposit37 = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(20, 50)));
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 34 }, { width: 12 }, { width: 10 }, { width: 13 }, { width: 14 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF1565C0' : undefined }));
    put('D1', 'FACTURE', { bold: true, size: 18, color: 'FF1565C0', align: 'right' });
    sheet.mergeCells('D1:E1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${k + 3}:E${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Référence du marché public ou de l’accord-cadre', 'Marché n°'], service: ['Code du service destinataire (Chorus Pro)', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Numéro du rapport de contrôle annuel remis à l’exploitant', inv.report],
      ['Date limite de paiement', dateValue(inv.due)],
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
    put(`A${r}`, `Contrôle annuel des équipements sportifs – ${inv.sites.join(', ')}`, { bold: true, size: 9.5 });
    r += 1;
    ['Désignation', 'Quantité', 'Unité', 'Prix unitaire', 'Montant'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFBBDEFB', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 45 ? (l.label.length > 90 ? 36 : 24) : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, l.unitName, { border: true, size: 8, align: 'center' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, { formula: `B${n}*D${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const tot = (label, value, bold) => {
      put(`C${r}`, label, { bold, size: bold ? 10 : 9 });
      sheet.mergeCells(`C${r}:D${r}`);
      put(`E${r}`, value, { bold, size: bold ? 10 : 9, numFmt: EUR_FORMAT });
      r += 1;
    };
    if (inv.vatExempt) tot('Total', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }, !inv.deposit);
    else {
      tot('Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) });
      tot('TVA 20 %', { formula: `ROUND(E${r - 1}*0.2,2)`, result: euros(inv.tva) });
      tot('Total TTC', { formula: `E${r - 2}+E${r - 1}`, result: euros(inv.ttc) }, !inv.deposit);
    }
    if (inv.deposit) {
      tot(`Acompte n° ${inv.deposit37.number} du ${fmtDate(inv.deposit37.date, 'slash')}`, -euros(inv.deposit));
      tot(x.pick(['Reste à payer', 'Net à payer']), euros(inv.net), true);
    } else if (inv.vatExempt) tot('Net à payer', euros(inv.net), true);
    r += 1;
    if (inv.vatExempt) put(`A${r++}`, inv.vatExempt, { size: 8.5, italic: true });
    put(`A${r++}`, `${paymentText(inv)} – merci d’indiquer le numéro de facture`, { size: 8.5 });
    put(`A${r++}`, 'Pénalités de retard : 3 fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 7 });
    put(`A${r}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Swimming equipment: a Calc invoice, books at 5,5 % beside 20 % on some, a credit note. ———
const GEAR = [
  ['Ligne d’eau anti-vagues Ø 150 mm, 25 m, avec enrouleur', 'u', 42000, 68000], ['Plot de départ avec poignées de dos et marquage', 'u', 98000, 165000],
  ['Planches de natation mousse EVA (lot de 12)', 'lot', 6500, 11000], ['Frites de flottaison Ø 70 mm (lot de 25)', 'lot', 5200, 8400],
  ['Chronomètre mural à aiguilles Ø 60 cm', 'u', 29000, 46000], ['Ceintures d’aquagym (lot de 10)', 'lot', 14000, 22000],
  ['Perche de sauvetage télescopique 4,80 m', 'u', 8500, 13500], ['Tapis flottant d’apprentissage 200 × 100 cm', 'u', 18000, 29000],
];
const natation = {
  name: 'ai-materiel-natation',
  family: 'swimming-equipment-calc-two-rates-books-credit',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('ai-materiel-natation', i, { cityProb: 0.5, engagementProb: 0.75, trades: ['goods'], numbers: credit ? ['avoir'] : ['sage', 'dolibarr', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.25, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'swim');
    renameSupplier(inv, x.pick(['Nataquipe Collectivités', 'Aqua Matériel Pro', 'Piscine Équipement Sud-Est', 'Bassins et Loisirs Distribution']), 'SAS');
    inv.supplier.ape = '4764Z';
    sportBuyer(inv, x, 'pools', 0.85);
    localReferences(inv, x);
    maybeRelabel37(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = eight37(x);
    inv.note = seven37(x);
    const picks = GEAR.filter(() => x.chance(0.4)).slice(0, credit ? 1 : 5);
    if (!picks.length) picks.push(GEAR[2]);
    inv.lines = picks.map(([label, unitName, lo, hi]) => ({ label, unitName, qty: credit ? 1 : x.int(1, 6), unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 }));
    const rates = [2000];
    if (!credit && x.chance(0.5)) {
      inv.lines.push({ label: 'Livre « Apprendre à nager – guide pédagogique du maître-nageur » (éd. 2024)', unitName: 'ex.', qty: x.int(2, 10), unit: x.int(1800, 3200), rate: 550 });
      rates.push(550);
    }
    if (!credit) inv.lines.push({ label: 'Participation aux frais de port (messagerie, livraison sur quai)', unitName: 'forfait', qty: 1, unit: x.int(25, 140) * 100, rate: 2000 });
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = `FA${String(x.int(100, 99999)).padStart(5, '0')}`;
    }
    return priceLines(inv, rates);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service'] });
    const cell = (v, o = {}) => ({ v, ...o });
    const rows = [];
    rows.push([cell(s.name, { b: true, size: 13, span: 3 }), null, null, cell(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right', span: 2 }), null]);
    for (const t of supplierTexts(inv, x).slice(1)) rows.push([cell(t, { size: 8, span: 3 }), null, null, null, null]);
    rows.push([]);
    const ident = [[inv.avoir ? 'N° avoir' : 'N° facture', inv.number], ['Date', fmtDate(inv.date, 'slash')], ['Compte client', inv.account], [inv.avoir ? 'Facture d’origine' : 'Bon de livraison', inv.avoir ? inv.origin : `BL ${inv.note}`], ...refs];
    const pairs = [];
    for (let k = 0; k < ident.length; k += 2) pairs.push([ident[k], ident[k + 1]]);
    for (const [a, b] of pairs) rows.push([cell(a[0], { size: 7.6, border: 'grid', shade: '#e0f2f1' }), cell(a[1], { b: true, size: 8.8, border: 'grid' }), b ? cell(b[0], { size: 7.6, border: 'grid', shade: '#e0f2f1' }) : null, b ? cell(b[1], { b: true, size: 8.8, border: 'grid', span: 2 }) : null, null]);
    rows.push([]);
    for (const [k, t] of buyerTexts(inv, x).entries()) rows.push([null, null, cell(t, { b: k === 0, size: 8.8, span: 3 }), null, null]);
    rows.push([]);
    rows.push([cell(inv.avoir ? `Avoir pour retour de marchandise sur facture ${inv.origin}` : 'Équipement des bassins – livraison suivant votre commande', { b: true, span: 5 }), null, null, null, null]);
    rows.push(['Désignation', 'Qté', 'TVA', 'P.U. HT', 'Montant HT'].map((t, k) => cell(t, { b: true, border: 'grid', shade: '#b2dfdb', align: k ? 'center' : 'left' })));
    for (const l of inv.lines) rows.push({ cells: [cell(l.label, { border: 'grid', wrap: true, size: 8 }), cell(`${frNumber(l.qty)} ${l.unitName}`, { border: 'grid', align: 'center', size: 8.2 }), cell(rate(l.rate), { border: 'grid', align: 'center', size: 8.2 }), cell(l.unit / 100, { type: 'money', border: 'grid', size: 8.2 }), cell(l.total / 100, { type: 'money', border: 'grid', size: 8.2 })] });
    rows.push([]);
    const tot = (k, v, b) => rows.push([null, null, cell(k, { b, span: 2, align: 'right' }), null, cell(v / 100, { type: 'money', b, border: b ? 'top' : undefined })]);
    if (inv.discount) {
      tot('Total brut HT', inv.grossHT);
      tot(`Remise collectivité ${inv.discountPct} %`, -inv.discount);
    }
    tot('Total HT', inv.ht);
    for (const v of inv.vat) tot(`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, v.amount);
    tot(inv.avoir ? 'Total avoir TTC' : 'Total TTC', inv.ttc, inv.avoir);
    if (!inv.avoir) tot(x.pick(['Net à payer', 'Montant dû']), inv.net, true);
    rows.push([]);
    rows.push([cell(inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : (inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv)), { size: 8, span: 5 }), null, null, null, null]);
    if (!inv.avoir) rows.push([cell(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, span: 5, wrap: true }), null, null, null, null]);
    rows.push([cell('Garantie constructeur 2 ans sur les équipements. Reprise des emballages à la livraison.', { size: 7, i: true, span: 5 }), null, null, null, null]);
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [70, 24, 18, 30, 32], margins: [12, 12, 16, 12], footer: [legalLine(inv)], rows };
  },
};

export default [bnssa, controles, natation];

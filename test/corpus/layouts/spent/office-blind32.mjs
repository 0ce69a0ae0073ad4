// Blind-32 layouts written as office files (see ../../README.md): a road-safety company's Word invoice for the hire of
// a driving simulator and a rollover simulator with their facilitators for a prevention day (the identity in a
// label-beside-value Word table, the event's booking number of seven digits, the engagement in a sentence or a table
// of references, the travel in kilometres; an insurer's partnership share deducted from the amount due on some), a
// cycling association's Excel invoice for « Savoir rouler à vélo » courses in schools (exempt from VAT under art.
// 261-7-1°, classes by school and sessions, bikes and helmets lent, the trailer's travel; the references in a key–value
// table whose long labels wrap; the association's member number of seven digits), and a vehicle-livery workshop's Calc
// invoice for the marking of municipal police cars (reflective kits per vehicle, old markings removed, light bars and
// sirens fitted; the plates listed; a deposit invoiced at the order deducted with its own number on some; a discount
// on some).
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
import { km32, maybeRelabel32, mobilityBuyer, plate32, seven32 } from '../../lib/blind32.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Driving simulator hire: a Word invoice, label beside value, an insurer's share deducted on some. ———
const PLACES = ['gymnase municipal', 'parvis de l’hôtel de ville', 'lycée professionnel', 'salle des fêtes', 'parking du centre commercial', 'forum des associations'];
const simulateur = {
  name: 'ad-simulateur-conduite',
  family: 'driving-simulator-hire-word-insurer-share',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ad-simulateur-conduite', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['services'], numbers: ['plain', 'pennylane', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.15, serviceProb: 0.4, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'sim');
    renameSupplier(inv, x.pick(['Prévention Route Animation', 'SimuDrive Événements', 'Sécuri’Route Loire', 'Éduc’Route Rhône-Alpes']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8559B';
    mobilityBuyer(inv, x, 'social', 0.8);
    localReferences(inv, x);
    maybeRelabel32(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.booking = seven32(x);
    inv.day = addDays(inv.date, -x.int(3, 20));
    inv.place = x.pick(PLACES);
    const days = x.int(1, 2);
    inv.lines = [{ label: 'Location simulateur de conduite automobile (3 écrans, poste conducteur, logiciel d’alcoolémie et de distraction)', qty: days, unit: x.int(650, 950) * 100, rate: 2000 }];
    if (x.chance(0.6)) inv.lines.push({ label: 'Location simulateur de retournement (tonneau) avec remorque', qty: days, unit: x.int(700, 1100) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Parcours lunettes d’alcoolémie et de fatigue simulée (kit de 6 paires)', qty: days, unit: x.int(120, 220) * 100, rate: 2000 });
    inv.lines.push({ label: 'Animateur diplômé BAFM / moniteur d’auto-école (journée)', qty: days * x.int(1, 2), unit: x.int(380, 520) * 100, rate: 2000 });
    inv.km = x.int(20, 180) * 2;
    inv.lines.push({ label: `Frais de déplacement aller-retour (${km32(inv.km)})`, qty: inv.km, unit: x.pick([65, 80, 95]), rate: 2000 });
    priceLines(inv, [2000]);
    if (i % 3 === 1) {
      inv.partner = { name: x.pick(['MAIF Prévention', 'Groupama Rhône-Alpes Auvergne', 'MACIF Prévention']), convention: `CP-${inv.date.y}-${x.digits(4)}` };
      inv.grant = deductGrant(inv, x, x.pick([20, 30, 40]));
    }
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention n°'], service: ['Code service', 'Service demandeur'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['C62828', '1565C0', 'EF6C00']);
    const idRows = [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date de facture', date(inv, inv.date)], ['N° de réservation', inv.booking], ['Date de l’animation', fmtDate(inv.day, 'slash')], ['Échéance', fmtDate(inv.due, 'slash')]];
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.grant) totals.push([`Prise en charge ${inv.partner.name} (convention ${inv.partner.convention})`, money(inv, -inv.grant)]);
    totals.push([inv.grant ? 'Reste à la charge de la collectivité' : x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 14, color: accent }), para('Animations de prévention et de sécurité routière – simulateurs', { size: 7.6, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([88, 92], [[{ paragraphs: [para('FACTURE', { bold: true, size: 18, color: accent })] }, { paragraphs: [para('Facturé à :', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([38, 50], idRows, { borders: GRID, size: 8.6 }),
        ...(shown.length ? [para('Vos références', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([56, 50], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : journée de prévention routière – ${inv.place}, le ${fmtDate(inv.day, 'long')}.`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([100, 18, 28, 34], [{ cells: ['Prestation', 'Qté', 'P.U. HT', 'Total HT'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([80, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        ...(inv.grant ? [para(`La part prise en charge par ${inv.partner.name} au titre de sa convention de partenariat nous est réglée directement par l’assureur.`, { size: 7.6, italics: true, before: 3 })] : []),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. « Savoir rouler à vélo » courses: an association's Excel invoice, exempt, a key–value table of wrapping labels. ———
const SCHOOLS = ['École Jules Ferry', 'École du Soleil', 'École Chavanelle', 'Groupe scolaire Montreynaud', 'École de la Rivière', 'École Fauriel', 'École du Bourg', 'École Louise Michel'];
const veloEcole = {
  name: 'ad-velo-ecole-savoir-rouler',
  family: 'school-cycling-courses-association-excel-exempt',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ad-velo-ecole-savoir-rouler', i, { supplier: 'association', cityProb: 0.4, engagementProb: 0.7, numbers: ['micro', 'carnet', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.1, serviceProb: 0.5, dateStyles: ['slash'], groups: ['space'], lines: [1, 1] });
    const x = extraRng(inv, 'cycling');
    renameSupplier(inv, x.pick(['Vélo-École du Forez', 'Roue Libre Stéphanoise', 'Cycl’Avenir Loire', 'Les Deux Roues du Gier']), 'Association loi 1901');
    mobilityBuyer(inv, x, 'social', 0.85);
    localReferences(inv, x);
    maybeRelabel32(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.member = seven32(x);
    inv.agrement = `JEP-42-${x.digits(4)}`;
    const first = x.int(0, SCHOOLS.length - 1);
    inv.lines = Array.from({ length: x.int(1, 4) }, (_, k) => {
      const sessions = x.pick([3, 4, 6]);
      return { label: `Cycle « Savoir rouler à vélo » – ${SCHOOLS[(first + k) % SCHOOLS.length]} – classe de ${x.pick(['CM1', 'CM2', 'CM1-CM2'])} (${sessions} séances de 1 h 30)`, qty: sessions, unit: x.int(95, 140) * 100, rate: 0 };
    });
    if (x.chance(0.6)) inv.lines.push({ label: 'Prêt de la flotte pédagogique (15 vélos, casques, gilets) et entretien', qty: 1, unit: x.int(80, 200) * 100, rate: 0 });
    inv.km = x.int(10, 60) * 2;
    inv.lines.push({ label: `Déplacement du véhicule et de la remorque à vélos (${inv.km} km)`, qty: inv.km, unit: 50, rate: 0 });
    return priceLines(inv, [0]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 30 }, { width: 14 }, { width: 10 }, { width: 12 }, { width: 14 }];
    const me = [s.name, ...s.address, s.email, `RNA ${s.rna}`, ...(inv.print.supplierSiret ? [`SIRET ${s.siret}`] : [])];
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF2E7D32' : undefined }));
    put('D1', 'FACTURE', { bold: true, size: 18, color: 'FF2E7D32', align: 'right' });
    sheet.mergeCells('D1:E1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${k + 3}:E${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Numéro de la convention ou du marché', 'Marché n°'], service: ['Code du service destinataire à indiquer sur Chorus Pro', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Numéro d’adhérent de la structure (fédération)', inv.member],
      ['Agrément jeunesse et éducation populaire', inv.agrement],
      ['Date limite de règlement', dateValue(inv.due)],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFE8F5E9' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:C${row}`);
      if (k.length > 32) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    put(`A${r}`, 'Interventions « Savoir rouler à vélo » (programme national)', { bold: true, size: 9.5 });
    r += 1;
    ['Désignation', 'Quantité', '', 'Prix unitaire', 'Montant'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFC8E6C9', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 40 ? (l.label.length > 80 ? 36 : 24) : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, '', { border: true });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, { formula: `B${n}*D${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    put(`C${r}`, 'Total', { bold: true, size: 9.5 });
    put(`E${r}`, { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }, { bold: true, size: 9.5, numFmt: EUR_FORMAT });
    put(`C${r + 1}`, 'Net à payer', { bold: true, size: 10 });
    put(`E${r + 1}`, euros(inv.net), { bold: true, size: 10, numFmt: EUR_FORMAT, border: 'top' });
    put(`A${r + 3}`, inv.vatExempt, { size: 8.5, italic: true });
    put(`A${r + 4}`, `${paymentText(inv)} – merci d’indiquer le numéro de facture`, { size: 8.5 });
    put(`A${r + 5}`, 'Association non assujettie à la TVA – pas d’escompte pour paiement anticipé. Indemnité forfaitaire de recouvrement : 40 €.', { size: 7 });
    put(`A${r + 6}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Police car livery: a Calc template, plates listed, a deposit deducted with its own number on some. ———
const MODELS = ['Peugeot 308 SW', 'Renault Mégane Estate', 'Dacia Duster', 'Peugeot e-2008', 'Renault Kangoo', 'Yamaha Tracer 7 (moto)'];
const covering = {
  name: 'ad-covering-police-municipale',
  family: 'police-car-livery-calc-plates-deposit',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ad-covering-police-municipale', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['goods'], numbers: ['ebp', 'dolibarr', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'bdc'], marketProb: 0.35, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'livery');
    renameSupplier(inv, x.pick(['Sérigraphie Véhicules Loire', 'Adhésifs et Covering du Forez', 'Signalétique Pro Auto', 'Equip’Police Services']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '1813Z';
    mobilityBuyer(inv, x, 'police', 0.85);
    localReferences(inv, x);
    maybeRelabel32(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.quote = `DE${x.digits(7)}`;
    const n = x.int(1, 4);
    inv.cars = Array.from({ length: n }, () => ({ model: x.pick(MODELS), plate: plate32(x) }));
    inv.lines = inv.cars.map((c) => ({ label: `Kit de marquage « Police municipale » rétroréfléchissant classe B – ${c.model} (${c.plate})`, qty: 1, unit: x.int(650, 1350) * 100, rate: 2000 }));
    if (x.chance(0.5)) inv.lines.push({ label: 'Dépose de l’ancien marquage et nettoyage des colles', qty: n, unit: x.int(90, 180) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Rampe lumineuse bleue LED et sirène deux tons homologuées, pose et raccordement', qty: x.int(1, n), unit: x.int(1400, 2300) * 100, rate: 2000 });
    inv.lines.push({ label: 'Marquage arrière haute visibilité (chevrons)', qty: n, unit: x.int(140, 260) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i % 3 === 0) inv.deposit32 = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(20, 50)));
    return inv;
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service'] });
    const cell = (v, o = {}) => ({ v, ...o });
    const rows = [];
    rows.push([cell(s.name, { b: true, size: 13, span: 3 }), null, null, cell('FACTURE', { b: true, size: 16, align: 'right', span: 2 }), null]);
    for (const t of supplierTexts(inv, x).slice(1)) rows.push([cell(t, { size: 8, span: 3 }), null, null, null, null]);
    rows.push([]);
    const ident = [['N° facture', inv.number], ['Date', { v: `${fmtDate(inv.date, 'slash')}` }], ['Devis n°', inv.quote], ...refs];
    const buyer = buyerTexts(inv, x);
    const height = Math.max(ident.length, buyer.length);
    for (let k = 0; k < height; k++) {
      const id = ident[k];
      rows.push([
        id ? cell(id[0], { size: 8, border: 'grid', shade: '#e8eaf6' }) : null,
        id ? cell(typeof id[1] === 'object' ? id[1].v : id[1], { b: true, size: 8.8, border: 'grid' }) : null,
        buyer[k] ? cell(buyer[k], { b: k === 0, size: 8.6, span: 3, wrap: true }) : null, null, null,
      ]);
    }
    rows.push([]);
    rows.push([cell(`Objet : marquage réglementaire de véhicules de police municipale – ${inv.cars.length} véhicule(s)`, { b: true, span: 5 }), null, null, null, null]);
    rows.push(['Désignation', 'Qté', 'P.U. HT', 'Montant HT', ''].map((t, k) => (k === 4 ? null : cell(t, { b: true, border: 'grid', shade: '#c5cae9', align: k ? 'center' : 'left' }))));
    for (const l of inv.lines) rows.push({ cells: [cell(l.label, { border: 'grid', wrap: true, size: 8 }), cell(l.qty, { type: 'number', border: 'grid', align: 'center', size: 8.4 }), cell(l.unit / 100, { type: 'money', border: 'grid', size: 8.4 }), cell(l.total / 100, { type: 'money', border: 'grid', size: 8.4 }), null] });
    rows.push([]);
    const tot = (k, v, b) => rows.push([null, cell(k, { b, span: 2, align: 'right' }), null, cell(v / 100, { type: 'money', b, border: b ? 'top' : undefined }), null]);
    if (inv.discount) {
      tot('Total brut HT', inv.grossHT);
      tot(`Remise ${inv.discountPct} %`, -inv.discount);
    }
    tot('Total HT', inv.ht);
    tot(`TVA ${rate(2000)}`, inv.tva);
    tot('Total TTC', inv.ttc, !inv.deposit);
    if (inv.deposit) {
      tot(`Acompte n° ${inv.deposit32.number} du ${fmtDate(inv.deposit32.date, 'slash')}`, -inv.deposit);
      tot(x.pick(['Reste dû', 'Solde à payer']), inv.net, true);
    }
    rows.push([]);
    rows.push([cell(`Véhicules : ${inv.cars.map((c) => c.plate).join(', ')} – marquage conforme à l’arrêté du 23 mars 2022 (signalisation des véhicules de police municipale).`, { size: 7.4, i: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push([cell(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8, span: 5 }), null, null, null, null]);
    rows.push([cell(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, span: 5, wrap: true }), null, null, null, null]);
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [64, 36, 26, 32, 22], margins: [12, 12, 16, 12], footer: [legalLine(inv)], rows };
  },
};

export default [simulateur, veloEcole, covering];

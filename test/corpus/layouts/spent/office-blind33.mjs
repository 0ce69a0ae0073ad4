// Blind-33 layouts written as office files (see ../../README.md): an association's Word invoice for the hire of a
// touring exhibition to a library, museum or commune (exempt from VAT, the number on the title line and the date in
// « place, le … », the loan agreement of seven digits; weeks of hire, school workshops, transport and set-up; the
// engagement in a sentence or a table of references), a preventive-conservation company's Excel invoice for the
// quarterly monitoring of a museum's climate loggers (each logger with its serial number of eight digits and its room,
// calibration with certificates, the quarterly report; the identity as labels beside values at the top right), and
// a grandstand company's Calc invoice for the hire of demountable stands for an open-air show (seats and days, set-up
// and take-down, transport in kilometres, the approved inspector's visit re-invoiced outside VAT on some — `totalHT`
// includes it —; the deposit invoiced with the order deducted with its own number on some).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { placeAndDate } from '../../lib/blind12.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit, splitOutside } from '../../lib/blind25.mjs';
import { eight33, heritageBuyer, maybeRelabel33, seven33 } from '../../lib/blind33.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Touring exhibition hire: an association's Word invoice, exempt, the number on the title line. ———
const EXHIBITIONS = ['Lumières sur la mine', 'Les oiseaux des Monts du Forez', 'Rubans, une histoire stéphanoise', 'L’eau, ressource du Pilat', 'Bande dessinée et patrimoine', 'Migrations : d’ici et d’ailleurs', 'Le climat change, et nous ?'];
const expo = {
  name: 'ae-exposition-itinerante',
  family: 'touring-exhibition-hire-association-word-exempt',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ae-exposition-itinerante', i, { supplier: 'association', cityProb: 0.35, engagementProb: 0.7, numbers: ['micro', 'plain', 'carnet'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.25, serviceProb: 0.45, dateStyles: ['long'], groups: ['space', 'nbsp'], lines: [1, 1] });
    const x = extraRng(inv, 'expo');
    renameSupplier(inv, x.pick(['Science et Patrimoine en Loire', 'La Rotonde des Savoirs', 'Expos Nomades du Forez', 'Mémoires Vives Association']), 'Association loi 1901');
    inv.supplier.legalName = inv.supplier.name;
    if (x.chance(0.4)) inv.vatExempt = 'TVA non applicable, art. 293 B du CGI';
    heritageBuyer(inv, x, x.pick(['library', 'museum', 'heritage']), 0.85);
    localReferences(inv, x);
    maybeRelabel33(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.agreement = seven33(x);
    inv.expo = x.pick(EXHIBITIONS);
    inv.from = addDays(inv.date, -x.int(20, 60));
    const weeks = x.int(2, 8);
    inv.to = addDays(inv.from, weeks * 7 - 1);
    inv.lines = [{ label: `Location de l’exposition « ${inv.expo} » (${x.int(12, 24)} panneaux, ${x.int(2, 6)} modules interactifs) – du ${fmtDate(inv.from, 'slash')} au ${fmtDate(inv.to, 'slash')}`, qty: weeks, unitName: 'semaine', unit: x.int(180, 420) * 100, rate: 0 }];
    if (x.chance(0.6)) inv.lines.push({ label: 'Ateliers de médiation pour les classes (1 h 30, animateur scientifique)', qty: x.int(2, 10), unitName: 'atelier', unit: x.int(90, 160) * 100, rate: 0 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Livrets pédagogiques et fiches enseignants', qty: x.int(30, 150), unitName: 'ex.', unit: x.int(2, 6) * 100, rate: 0 });
    inv.lines.push({ label: 'Transport aller-retour, montage et démontage par l’équipe de l’association', qty: 1, unitName: 'forfait', unit: x.int(250, 600) * 100, rate: 0 });
    return priceLines(inv, [0]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Convention n°', 'Marché n°'], service: ['Code service', 'Service bénéficiaire'] });
    const sentence = inv.engagement && x.chance(0.45) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['6A1B9A', '2E7D32', 'AD1457']);
    const lines = inv.lines.map((l) => [l.label, `${frNumber(l.qty)} ${l.qty > 1 && l.unitName !== 'ex.' ? `${l.unitName}s` : l.unitName}`, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total', money(inv, inv.ht)], [x.pick(['Net à payer', 'Montant à régler', 'Somme due']), money(inv, inv.net)]];
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Times New Roman']), size: 9.5, margins: [15, 18, 20, 18],
      header: [para(s.name, { bold: true, size: 13, color: accent }), para(`Association loi 1901 – culture scientifique et patrimoine – RNA ${s.rna}`, { size: 7.4, italics: true })],
      footer: [para(legalLine(inv), { size: 6.6, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([92, 88], [[{ paragraphs: supplierTexts(inv, x).slice(1).map((t) => para(t, { size: 8 })) }, { paragraphs: [para('À l’attention de :', { size: 7.6, italics: true }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.5 }))] }]], { borders: NO_BORDERS }),
        para(placeAndDate(inv, 'long'), { align: 'right', before: 8, after: 6, size: 9.5 }),
        para(`FACTURE N° ${inv.number}`, { bold: true, size: 15, color: accent, after: 2 }),
        para(`Convention de prêt d’exposition n° ${inv.agreement} – exposition « ${inv.expo} »`, { size: 9, after: 4 }),
        ...(sentence ? [para(sentence, { italics: true, size: 9, after: 3 })] : []),
        ...(shown.length ? [wordTable([60, 50], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 9 }), para('', { after: 4 })] : []),
        wordTable([98, 26, 26, 30], [{ cells: ['Désignation', 'Quantité', 'Prix unitaire', 'Montant'], bold: true, shade: 'F0F0F0' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8.6 }),
        para('', { after: 4 }),
        wordTable([60, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: GRID, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.5 }),
        para(inv.vatExempt, { italics: true, size: 8.6, before: 4 }),
        para('L’emprunteur assure l’exposition « clou à clou » pendant toute la durée du prêt (valeur d’assurance indiquée dans la convention).', { size: 8, before: 2 }),
        para(inv.print.iban ? `Règlement par virement à l’ordre de l’association – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(`À régler avant le ${fmtDate(inv.due, 'slash')}. Association non soumise aux pénalités de retard de l’article L. 441-10 du code de commerce ; indemnité forfaitaire de recouvrement : 40 €.`, { size: 7.4, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Museum climate monitoring: an Excel invoice, loggers with serial numbers, labels beside values. ———
const ROOMS = ['Salle des armes', 'Réserve textile', 'Galerie des rubans', 'Cabinet des arts graphiques', 'Salle du cycle', 'Réserve externalisée – niveau -1', 'Salle d’exposition temporaire', 'Atelier de restauration'];
const climat = {
  name: 'ae-climat-musee-capteurs',
  family: 'museum-climate-loggers-excel-serials',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ae-climat-musee-capteurs', i, { cityProb: 0.55, engagementProb: 0.7, trades: ['services'], numbers: ['ebp', 'quickbooks', 'plain'], engagementLabels: ['engagement', 'ej', 'bonDeCommande', 'refCommandeEj'], marketProb: 0.4, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'climate');
    renameSupplier(inv, x.pick(['Conservation Climat Services', 'Hygrométrie et Patrimoine', 'Climabox Conservation', 'Préventive Mesures']), 'SAS');
    inv.supplier.ape = '7120B';
    heritageBuyer(inv, x, 'museum', 1);
    localReferences(inv, x);
    maybeRelabel33(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract = seven33(x);
    const q = Math.floor((inv.date.m - 1) / 3);
    inv.quarter = q === 0 ? { n: 4, y: inv.date.y - 1 } : { n: q, y: inv.date.y };
    const monthly = x.int(9, 18) * 100;
    const loggers = Array.from({ length: x.int(3, 8) }, (_, k) => ({ serial: eight33(x), room: ROOMS[(k + i) % ROOMS.length] }));
    inv.lines = loggers.map((lg) => ({ label: `Supervision enregistreur T/HR n° ${lg.serial} – ${lg.room}`, qty: 3, unit: monthly, rate: 2000 }));
    if (x.chance(0.5)) inv.lines.push({ label: 'Étalonnage des sondes avec certificat (raccordement COFRAC)', qty: x.int(1, loggers.length), unit: x.int(70, 120) * 100, rate: 2000 });
    inv.lines.push({ label: `Rapport trimestriel de conservation préventive – T${inv.quarter.n} ${inv.quarter.y}`, qty: 1, unit: x.int(250, 650) * 100, rate: 2000 });
    if (x.chance(0.35)) inv.lines.push({ label: 'Intervention sur alarme (dépassement de seuil d’humidité relative)', qty: 1, unit: x.int(120, 240) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT_T']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 44 }, { width: 9 }, { width: 13 }, { width: 15 }, { width: 15 }];
    const me = [s.name, 'Conservation préventive – mesures climatiques', ...supplierTexts(inv, x).slice(1)];
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF00695C' : undefined }));
    const ident = [['Facture n°', inv.number], ['Date', dateValue(inv.date)], ['Contrat', inv.contract], ['Échéance', dateValue(inv.due)]];
    ident.forEach(([k, v], n) => {
      put(`D${n + 1}`, k, { size: 8.5, align: 'right' });
      put(`E${n + 1}`, v, { bold: true, size: n === 0 ? 10.5 : 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    let r = Math.max(me.length, ident.length) + 2;
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${r + k}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${r + k}:E${r + k}`);
    });
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de conservation préventive n°'], service: ['Code service', 'Service'] });
    refs.forEach(([k, v], n) => {
      put(`A${r + n}`, `${k} : ${v}`, { size: 9, bold: n === 0 });
    });
    r += Math.max(buyer.length, refs.length) + 1;
    put(`A${r}`, 'FACTURE', { bold: true, size: 16, color: 'FF00695C' });
    put(`C${r}`, `Période : T${inv.quarter.n} ${inv.quarter.y}`, { size: 9, italic: true });
    r += 2;
    ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFB2DFDB', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      if (l.label.length > 52) sheet.getRow(n).height = 24;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`D${n}`, rate(l.rate), { border: true, size: 8.5, align: 'center' });
      put(`E${n}`, { formula: `B${n}*C${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const tot = [['Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }], ['TVA 20 %', { formula: `ROUND(E${r}*0.2,2)`, result: euros(inv.tva) }], ['Total TTC', { formula: `E${r}+E${r + 1}`, result: euros(inv.ttc) }], [x.pick(['Net à payer', 'Montant dû']), euros(inv.net)]];
    tot.forEach(([k, v], n) => {
      const strong = n === tot.length - 1;
      put(`D${r + n}`, k, { bold: strong, size: strong ? 10 : 9 });
      put(`E${r + n}`, v, { bold: strong, size: strong ? 10 : 9, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += tot.length + 1;
    put(`A${r}`, 'Enregistreurs relevés à distance toutes les 15 minutes ; seuils d’alerte : 45-55 % HR, 18-21 °C.', { size: 7.6, italic: true });
    put(`A${r + 1}`, `${paymentText(inv)} – rappeler le n° de facture`, { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 6.8 });
    put(`A${r + 3}`, legalLine(inv), { size: 6.8 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Demountable grandstands: a Calc invoice, the inspector's visit outside VAT, a deposit deducted. ———
const SHOWS = ['Son et lumière de la collégiale', 'Festival des Nuits romanes', 'Fête médiévale', 'Concert de plein air – place de l’Hôtel de Ville', 'Festival des arts de la rue', 'Cinéma en plein air au château', 'Spectacle historique nocturne'];
const tribunes = {
  name: 'ae-tribunes-demontables',
  family: 'demountable-grandstands-calc-inspector-outside-vat',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ae-tribunes-demontables', i, { cityProb: 0.55, engagementProb: 0.75, trades: ['services'], numbers: ['plain', 'ebp', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'bdc'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], discountPct: [0], groups: ['space'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'stands');
    renameSupplier(inv, x.pick(['Tribunes et Gradins du Centre', 'Structures Événementielles Loire', 'Gradins Services Rhône-Alpes', 'Alti’Tribunes']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7739Z';
    heritageBuyer(inv, x, 'events', 0.85);
    localReferences(inv, x);
    maybeRelabel33(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.quote33 = seven33(x);
    inv.show = x.pick(SHOWS);
    inv.days = x.int(1, 4);
    inv.first = addDays(inv.date, -x.int(8, 30));
    const seats = x.int(2, 12) * 100;
    inv.seats = seats;
    inv.lines = [
      { label: `Location tribune démontable ${frNumber(seats)} places assises (gradins aluminium, dossiers)`, qty: inv.days, unit: Math.round((seats * x.int(250, 700)) / 100) * 100, rate: 2000 },
      { label: 'Montage et démontage (équipe de monteurs qualifiés, chariot télescopique)', qty: 1, unit: x.int(1800, 5200) * 100, rate: 2000 },
    ];
    inv.km = x.int(30, 260) * 2;
    inv.lines.push({ label: `Transport semi-remorque aller-retour (${frNumber(inv.km)} km)`, qty: inv.km, unit: x.pick([210, 240, 280]), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Plateformes PMR, garde-corps et escaliers d’accès complémentaires', qty: x.int(1, 4), unit: x.int(150, 400) * 100, rate: 2000 });
    const rates = [2000];
    if (x.chance(0.55)) {
      inv.inspector = `${x.pick(['Socotec', 'Apave', 'Bureau Veritas', 'Dekra'])} – rapport n° ${x.digits(8)}`;
      inv.lines.push({ label: `Débours : vérification de solidité par organisme agréé (${inv.inspector}), refacturée au réel`, qty: 1, unit: x.int(350, 900) * 100, rate: 0 });
      rates.push(0);
    }
    priceLines(inv, rates);
    if (i % 3 === 0) inv.deposit33 = deductDeposit(inv, x, 30, addDays(inv.first, -x.int(20, 60)));
    return inv;
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service organisateur'] });
    const cell = (v, o = {}) => ({ v, ...o });
    const rows = [];
    const buyer = buyerTexts(inv, x);
    const me = [s.name, ...supplierTexts(inv, x).slice(1)];
    for (let k = 0; k < Math.max(me.length, buyer.length + 2); k++) {
      const b = k >= 2 ? buyer[k - 2] : null;
      rows.push([me[k] ? cell(me[k], { b: k === 0, size: k === 0 ? 12 : 8, span: 2 }) : null, null, k === 0 ? cell('Client', { size: 7.6, i: true, span: 3 }) : b ? cell(b, { b: k === 2, size: 8.8, span: 3 }) : null, null, null]);
    }
    rows.push([]);
    rows.push([cell('FACTURE', { b: true, size: 15, span: 5 }), null, null, null, null]);
    const ident = [['Numéro', inv.number], ['Date', date(inv, inv.date)], ['Devis n°', inv.quote33], ['Échéance', fmtDate(inv.due, 'slash')], ...refs];
    for (let k = 0; k < ident.length; k += 2) {
      const a = ident[k];
      const b = ident[k + 1];
      rows.push([cell(a[0], { size: 8, border: 'grid', shade: '#fff3e0' }), cell(a[1], { b: true, size: 8.8, border: 'grid' }), null, b ? cell(b[0], { size: 8, border: 'grid', shade: '#fff3e0' }) : null, b ? cell(b[1], { b: true, size: 8.8, border: 'grid' }) : null]);
    }
    rows.push([]);
    rows.push([cell(`Objet : ${inv.show} – tribune ${frNumber(inv.seats)} places du ${fmtDate(inv.first, 'slash')} au ${fmtDate(addDays(inv.first, inv.days - 1), 'slash')}`, { b: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push(['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'].map((t, k) => cell(t, { b: true, border: 'grid', shade: '#ffe0b2', align: k ? 'center' : 'left' })));
    for (const l of inv.lines) rows.push({ cells: [cell(l.label, { border: 'grid', wrap: true, size: 8 }), cell(l.qty, { type: 'number', border: 'grid', align: 'center', size: 8.4 }), cell(l.unit / 100, { type: 'money', border: 'grid', size: 8.4 }), cell(l.rate ? rate(l.rate) : 'HT', { border: 'grid', align: 'center', size: 8 }), cell(l.total / 100, { type: 'money', border: 'grid', size: 8.4 })] });
    rows.push([]);
    const { outside } = splitOutside(inv);
    const tot = (k, v, b) => rows.push([null, cell(k, { b, span: 3, align: 'right' }), null, null, cell(v / 100, { type: 'money', b, border: b ? 'top' : undefined })]);
    if (outside) {
      tot('Total HT soumis à TVA', inv.ht - outside);
      tot('Débours (hors champ de TVA)', outside);
    }
    tot(outside ? 'Total HT (débours compris)' : 'Total HT', inv.ht);
    tot(`TVA ${rate(2000)}`, inv.tva);
    tot('Total TTC', inv.ttc, !inv.deposit);
    if (inv.deposit) {
      tot(`Acompte n° ${inv.deposit33.number} du ${fmtDate(inv.deposit33.date, 'slash')}`, -inv.deposit);
      tot(x.pick(['Reste dû', 'Solde à régler']), inv.net, true);
    }
    rows.push([]);
    rows.push([cell('Tribune conforme à la norme NF EN 13200-6 ; attestation de bon montage remise à l’organisateur avant ouverture au public.', { size: 7.4, i: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push([cell(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8, span: 5 }), null, null, null, null]);
    rows.push([cell(LATE_FEES, { size: 7, span: 5, wrap: true }), null, null, null, null]);
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [78, 34, 26, 18, 30], margins: [12, 12, 16, 12], footer: [legalLine(inv)], rows };
  },
};

export default [expo, climat, tribunes];

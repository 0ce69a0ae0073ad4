// Blind-39 layouts written as office files (see ../../README.md): a caterer's cocktail for a ceremony in a Word document
// (the identity in a label-beside-value Word table with the accepted quote of seven digits, canapés and service at
// 10 %, wines and champagne at 20 % with the VAT by rate, waiting staff by the hour; a deposit paid at the order
// deducted with its own number on some; the references in a table or the engagement in a sentence), and a fruit and
// dairy distributor's invoice for the European school scheme in an Excel workbook (a key–value table whose long labels
// wrap with the approval number of seven digits and the customer account of eight, portions by school at 5,5 %, the
// scheme's aid deducted on some; amounts as formulas).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences, orderDeposit } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductGrant } from '../../lib/blind24.mjs';
import { eight39, foodBuyer, maybeRelabel39, seven39 } from '../../lib/blind39.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. A caterer's cocktail for a ceremony: a Word invoice, two VAT rates, a deposit deducted on some. ———
const CEREMONIES = ['Cérémonie des vœux à la population', 'Inauguration du groupe scolaire', 'Réception en l’honneur des sportifs méritants', 'Cérémonie de citoyenneté', 'Vernissage de l’exposition municipale', 'Réception du comité de jumelage'];
const cocktail = {
  name: 'ak-cocktail-ceremonie-traiteur',
  family: 'caterer-ceremony-cocktail-word-two-rates-deposit',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ak-cocktail-ceremonie-traiteur', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['food'], numbers: ['plain', 'pennylane', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.25, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[1000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'cocktail');
    renameSupplier(inv, x.pick(['Maison Berthet Traiteur', 'Les Saveurs du Gier Traiteur', 'Traiteur des Ursules', 'Réceptions Gourmandes du Forez']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '5621Z';
    foodBuyer(inv, x, 'reception', 0.85);
    localReferences(inv, x);
    maybeRelabel39(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.quote = seven39(x);
    inv.ceremony = x.pick(CEREMONIES);
    inv.day = addDays(inv.date, -x.int(2, 10));
    const guests = x.int(6, 40) * 10;
    inv.guests = guests;
    inv.lines = [
      { label: `Cocktail dînatoire ${x.pick([8, 10, 12])} pièces salées et sucrées par personne`, qty: guests, unit: x.int(1200, 2400), rate: 1000 },
      { label: 'Boissons sans alcool (jus de fruits, eaux plates et gazeuses)', qty: guests, unit: x.int(150, 320), rate: 550 },
    ];
    const rates = [550, 1000];
    if (x.chance(0.7)) {
      inv.lines.push({ label: `${x.pick(['Crémant de Bourgogne', 'Champagne brut', 'Vin blanc Condrieu', 'Côtes du Forez rouge'])} (bouteille 75 cl)`, qty: Math.ceil(guests / 6), unit: x.int(900, 3200), rate: 2000 });
      rates.push(2000);
    }
    const staff = x.int(2, 8);
    const hours = x.int(4, 7);
    inv.lines.push({ label: `Maîtres d’hôtel et serveurs (${staff} × ${hours} h)`, qty: staff * hours, unit: x.int(32, 42) * 100, rate: 1000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Nappage, verrerie et mange-debout', qty: 1, unit: x.int(120, 380) * 100, rate: 1000 });
    priceLines(inv, rates.sort((a, b) => a - b));
    if (i % 2 === 1) inv.deposit39 = orderDeposit(inv, x, x.pick([30, 40]), addDays(inv.day, -x.int(20, 45)));
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service demandeur'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['7B1FA2', '8D6E63', '00695C']);
    const idRows = [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', date(inv, inv.date)], ['Devis accepté n°', inv.quote], ['Date de la réception', fmtDate(inv.day, 'slash')], ['Échéance', fmtDate(inv.due, 'slash')]];
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], ...inv.vat.map((v) => [`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, money(inv, v.amount)]), ['Total TTC', money(inv, inv.ttc)]];
    if (inv.deposit) totals.push([`Acompte n° ${inv.deposit39.number} versé le ${fmtDate(inv.deposit39.date, 'slash')}`, money(inv, -inv.deposit)]);
    totals.push([inv.deposit ? x.pick(['Solde à régler', 'Reste dû']) : x.pick(['Net à payer', 'Montant dû']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 15, color: accent }), para('Traiteur – organisation de réceptions et cocktails', { size: 7.6, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([88, 92], [[{ paragraphs: [para('FACTURE', { bold: true, size: 18, color: accent })] }, { paragraphs: [para('Client :', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([40, 50], idRows, { borders: GRID, size: 8.6 }),
        ...(shown.length ? [para('Vos références', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([56, 50], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : ${inv.ceremony} – ${fmtDate(inv.day, 'long')} – ${inv.guests} invités.`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([84, 16, 26, 16, 38], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Total HT'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'center', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([84, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para('Restauration et service : TVA 10 % ; boissons sans alcool : 5,5 % ; boissons alcoolisées : 20 %.', { size: 7.4, italics: true, before: 3 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. The European school scheme: an Excel invoice, wrapping labels, portions by school, the aid deducted on some. ———
const SCHOOLS = ['École Jules Ferry', 'École du Soleil', 'École Chavanelle', 'Groupe scolaire Montreynaud', 'École Fauriel', 'École du Bourg', 'École Louise Michel', 'École Terrenoire'];
const PRODUCTS = [['Pommes locales (portion 100 g)', 28, 42], ['Poires (portion 100 g)', 32, 46], ['Yaourt nature au lait entier 125 g', 30, 44], ['Fromage AOP Fourme de Montbrison (portion 20 g)', 38, 55], ['Lait demi-écrémé bio (briquette 20 cl)', 34, 48], ['Carottes croquantes (sachet 80 g)', 26, 38]];
const ecoles = {
  name: 'ak-fruits-lait-ecoles-aide',
  family: 'school-fruit-milk-scheme-excel-aid-deducted',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ak-fruits-lait-ecoles-aide', i, { cityProb: 0.35, engagementProb: 0.65, trades: ['food'], numbers: ['ciel', 'year2', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash'], rates: [[550]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'school');
    renameSupplier(inv, x.pick(['Fruits & Lait à l’École Loire', 'Primeurs Collectivités du Forez', 'Distri’Frais Rhône-Loire', 'Vergers et Laiteries Associés']), 'SAS');
    inv.supplier.ape = '4631Z';
    foodBuyer(inv, x, 'social', 0.85);
    localReferences(inv, x);
    maybeRelabel39(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.approval = seven39(x);
    inv.account = eight39(x);
    const month = previousMonth(inv.date);
    inv.period = month;
    inv.monthName = `${MONTHS[month.from.m - 1]} ${month.from.y}`;
    const first = x.int(0, SCHOOLS.length - 1);
    inv.lines = Array.from({ length: x.int(2, 5) }, (_, k) => {
      const [label, lo, hi] = x.pick(PRODUCTS);
      return { label: `${SCHOOLS[(first + k) % SCHOOLS.length]} – ${label}`, qty: x.int(8, 40) * 10, unit: x.int(lo, hi), rate: 550 };
    });
    priceLines(inv, [550]);
    if (i % 2 === 0) inv.aid = deductGrant(inv, x, x.pick([40, 50, 60]));
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 34 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 14 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF558B2F' : undefined }));
    put('D1', 'FACTURE', { bold: true, size: 18, color: 'FF558B2F', align: 'right' });
    sheet.mergeCells('D1:E1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${k + 3}:E${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Numéro du marché de fourniture de denrées alimentaires', 'Marché n°'], service: ['Code du service destinataire à indiquer sur Chorus Pro', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Numéro d’agrément FranceAgriMer du fournisseur (programme « Lait et fruits à l’école »)', inv.approval],
      ['Compte client', inv.account],
      ['Période de distribution', `${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')}`],
      ['Date limite de règlement', dateValue(inv.due)],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFF1F8E9' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:C${row}`);
      if (k.length > 34) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    put(`A${r}`, `Distributions du programme européen à destination des écoles – ${inv.monthName}`, { bold: true, size: 9.5 });
    r += 1;
    ['École – produit', 'Portions', 'TVA', 'Prix unitaire HT', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFDCEDC8', size: 8.5, wrap: true }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 44 ? 24 : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, '5,5 %', { border: true, size: 8.5, align: 'center' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: '#,##0.00 "€"' });
      put(`E${n}`, { formula: `B${n}*D${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const tot = (label, value, bold) => {
      put(`C${r}`, label, { bold, size: 9.5 });
      sheet.mergeCells(`C${r}:D${r}`);
      put(`E${r}`, value, { bold, size: 9.5, numFmt: EUR_FORMAT });
      r += 1;
    };
    tot('Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) });
    tot(`TVA ${rate(550)}`, { formula: `ROUND(E${r - 1}*0.055,2)`, result: euros(inv.tva) });
    tot('Total TTC', { formula: `E${r - 2}+E${r - 1}`, result: euros(inv.ttc) }, !inv.aid);
    if (inv.aid) {
      tot('Aide de l’Union européenne déduite (FranceAgriMer)', -euros(inv.aid));
      tot('Reste à la charge de la collectivité', euros(inv.net), true);
    }
    r += 1;
    if (inv.aid) put(`A${r++}`, 'L’aide est demandée par le fournisseur agréé auprès de FranceAgriMer ; elle vient en déduction du prix facturé.', { size: 7.6, italic: true });
    put(`A${r++}`, `${paymentText(inv)} – merci de rappeler le numéro de facture`, { size: 8.5 });
    put(`A${r++}`, 'Pas d’escompte pour paiement anticipé. Indemnité forfaitaire de recouvrement : 40 €.', { size: 7 });
    put(`A${r}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [cocktail, ecoles];

// Blind-42 layouts written as office files (see ../../README.md): a first-aid training body's Word invoice for PSC1
// sessions of a commune's youth workers and pupils (the identity in a label-beside-value Word table, the training
// declaration number of eleven digits and the session number of seven; sessions, trainees' booklets and the trainer's
// travel; exempt under art. 261-4-4° a on half, at 20 % on the others; the engagement in a sentence or in a table of
// references; the deposit invoiced at the booking deducted with its own number on some), and a bookshop's Excel
// invoice for the dictionaries a commune gives its CM2 pupils (books at 5,5 %, name labels stuck in at 20 %, the
// collectivities' discount of the book-price law on some; the references in a key–value table whose long labels wrap,
// with the customer account and the delivery note of seven digits; a VAT summary by rate).
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
import { deductDeposit } from '../../lib/blind25.mjs';
import { childhoodBuyer, maybeRelabel42, seven42 } from '../../lib/blind42.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. First-aid training (PSC1): a Word invoice, label beside value, exempt on half, a deposit deducted. ———
const PUBLICS = ['animateurs périscolaires', 'élèves de 3e du collège', 'agents des accueils de loisirs', 'jeunes du conseil municipal des jeunes', 'animateurs saisonniers BAFA'];
const psc1 = {
  name: 'an-formation-psc1-jeunes',
  family: 'first-aid-training-word-label-beside-exempt-deposit',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const exempt = i % 2 === 1;
    const r = exempt ? 0 : 2000;
    const inv = makeInvoice('an-formation-psc1-jeunes', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['services'], numbers: ['plain', 'pennylane', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.2, serviceProb: 0.4, dateStyles: ['long', 'slash'], rates: [[r]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'psc1');
    renameSupplier(inv, x.pick(['Secours Formation Loire', 'Prévention Secourisme 42', 'Geste Qui Sauve Formation', 'Urgence Formation Rhône-Alpes']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8559A';
    childhoodBuyer(inv, x, 'youth', 0.85);
    localReferences(inv, x);
    maybeRelabel42(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    if (exempt) inv.vatExempt = 'Exonération de TVA – article 261-4-4° a du CGI (organisme de formation professionnelle continue)';
    inv.nda = `84 42 ${x.digits(5)} 42`;
    inv.session = seven42(x);
    inv.public = x.pick(PUBLICS);
    inv.day = addDays(inv.date, -x.int(3, 25));
    const sessions = x.int(1, 4);
    const trainees = sessions * x.int(6, 10);
    inv.trainees = trainees;
    inv.lines = [{ label: `Session PSC1 « Prévention et secours civiques de niveau 1 » (7 h, 10 stagiaires maximum) – ${inv.public}`, qty: sessions, unit: x.int(480, 720) * 100, rate: r }];
    inv.lines.push({ label: 'Mémento PSC1 et certificat de compétences par stagiaire', qty: trainees, unit: x.int(6, 12) * 100, rate: r });
    if (x.chance(0.5)) inv.lines.push({ label: 'Mise à disposition de mannequins et défibrillateur de formation (par session)', qty: sessions, unit: x.int(40, 90) * 100, rate: r });
    inv.km = x.int(10, 70) * 2 * sessions;
    inv.lines.push({ label: `Déplacement du formateur (${inv.km} km)`, qty: inv.km, unit: x.pick([50, 60]), rate: r });
    priceLines(inv, [r]);
    if (i % 4 === 0) inv.deposit42 = deductDeposit(inv, x, 30, addDays(inv.day, -x.int(20, 45)));
    return inv;
  },
  async docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention n°'], service: ['Code service', 'Service demandeur'] });
    const sentence = inv.engagement && x.chance(0.45) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['C62828', '2E7D32', '1565C0']);
    const idRows = [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date de facturation', date(inv, inv.date)], ['N° de session', inv.session], ['Date de la formation', fmtDate(inv.day, 'slash')], ['Date d’échéance', fmtDate(inv.due, 'slash')]];
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = inv.vatExempt ? [['Total net', money(inv, inv.ht)]] : [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.deposit42) totals.push([`Acompte n° ${inv.deposit42.number} du ${fmtDate(inv.deposit42.date, 'slash')}`, money(inv, -inv.deposit)], [x.pick(['Reste dû', 'Solde à régler']), money(inv, inv.net)]);
    else totals.push([x.pick(['Net à payer', 'Montant dû']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 14, color: accent }), para(`Organisme de formation – déclaration d’activité n° ${inv.nda} auprès du préfet de région Auvergne-Rhône-Alpes`, { size: 7.2, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([88, 92], [[{ paragraphs: [para('FACTURE', { bold: true, size: 18, color: accent })] }, { paragraphs: [para('Client :', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([40, 50], idRows, { borders: GRID, size: 8.6 }),
        ...(shown.length ? [para('Références de la collectivité', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([56, 50], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : formation aux premiers secours PSC1 – ${inv.public} – ${inv.trainees} stagiaires`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([100, 18, 28, 34], [{ cells: ['Désignation', 'Qté', 'P.U.', 'Montant'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([80, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        ...(inv.vatExempt ? [para(inv.vatExempt, { size: 7.8, italics: true, before: 3 })] : []),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Buffer.from(await Packer.toBuffer(doc));
  },
};

// ——— 2. Dictionaries for CM2 pupils: a bookshop's Excel invoice, 5,5 % and 20 %, a key–value table. ———
const TITLES = [['Le Robert Junior illustré (8-11 ans)', 2290], ['Larousse Junior 7-11 ans', 2195], ['Dictionnaire Hachette Junior CE-CM', 2090], ['Le Robert Collège 11-15 ans', 2450], ['Larousse de poche bilingue français-anglais', 990]];
const dico = {
  name: 'an-dictionnaires-cm2',
  family: 'bookshop-dictionaries-excel-kv-two-rates',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('an-dictionnaires-cm2', i, { cityProb: 0.35, engagementProb: 0.75, trades: ['books', 'goods'], numbers: ['ciel', 'ebp', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'refCommandeEj', 'commande'], marketProb: 0.35, serviceProb: 0.4, dateStyles: ['slash'], rates: [[550]], discountPct: [0, 5, 9], groups: ['space'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'dico');
    renameSupplier(inv, x.pick(['Librairie de Paris', 'Librairie Lune et l’Autre', 'Librairie Forez Lectures', 'Le Carnet à Spirale – librairie']), x.pick(['SARL', 'SAS', 'SCOP SA']));
    inv.supplier.ape = '4761Z';
    childhoodBuyer(inv, x, 'education', 0.85);
    localReferences(inv, x);
    maybeRelabel42(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven42(x);
    inv.note = seven42(x);
    inv.pupils = x.int(40, 420);
    const [title, price] = x.pick(TITLES);
    inv.lines = [{ label: `${title} – édition ${inv.date.y}`, qty: inv.pupils, unit: price, rate: 550 }];
    if (x.chance(0.4)) inv.lines.push({ label: 'Dictionnaire grand format pour la classe (enseignant)', qty: x.int(2, 14), unit: x.int(29, 45) * 100 + 90, rate: 550 });
    const rates = [550];
    if (x.chance(0.7)) {
      inv.lines.push({ label: 'Ex-libris personnalisé au nom de la commune, collé dans chaque ouvrage', qty: inv.pupils, unit: x.int(35, 90), rate: 2000 });
      if (x.chance(0.5)) inv.lines.push({ label: 'Couvre-livre plastique ajustable posé', qty: inv.pupils, unit: x.int(60, 140), rate: 2000 });
      rates.push(2000);
    }
    return priceLines(inv, rates);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 32 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 14 }];
    const me = [s.name, 'Librairie générale – jeunesse – scolaire', ...s.address, s.email, ...(inv.print.supplierSiret ? [`SIRET ${s.siret}`] : [])];
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF6A1B9A' : undefined }));
    put('D1', 'FACTURE', { bold: true, size: 18, color: 'FF6A1B9A', align: 'right' });
    sheet.mergeCells('D1:E1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${k + 3}:E${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Numéro du marché de fourniture de livres', 'Marché n°'], service: ['Code du service destinataire (Chorus Pro)', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Compte client (à rappeler dans toute correspondance)', inv.account],
      ['Bon de livraison', inv.note],
      ['Date limite de règlement', dateValue(inv.due)],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFF3E5F5' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:C${row}`);
      if (k.length > 32) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    put(`A${r}`, `Dictionnaires offerts aux élèves de CM2 – ${inv.pupils} élèves`, { bold: true, size: 9.5 });
    r += 1;
    ['Désignation', 'Quantité', 'TVA', 'Prix unitaire', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE1BEE7', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 40 ? 24 : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, rate(l.rate), { border: true, size: 8.5, align: 'center' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, { formula: `B${n}*D${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const tot = (k, v, bold) => {
      put(`C${r}`, k, { bold, size: 9.5 });
      put(`E${r}`, typeof v === 'number' ? euros(v) : v, { bold, size: 9.5, numFmt: EUR_FORMAT });
      r += 1;
    };
    if (inv.discount) {
      tot('Total brut HT', inv.grossHT);
      tot(`Remise collectivités ${inv.discountPct} %`, -inv.discount);
    }
    tot('Total HT', inv.ht);
    for (const v of inv.vat) tot(`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, v.amount);
    tot('Total TTC', inv.ttc, true);
    tot('Net à payer', inv.net, true);
    r += 1;
    put(`A${r}`, 'Prix public des livres fixé par l’éditeur (loi n° 81-766 du 10 août 1981) ; remise aux collectivités plafonnée à 9 %.', { size: 7.5, italic: true });
    put(`A${r + 1}`, `${paymentText(inv)} – merci de rappeler le numéro de facture`, { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 6.5 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [psc1, dico];

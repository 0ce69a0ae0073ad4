// Blind-43 layouts written as office files (see ../../README.md): a radio-hire company's Word invoice for two-way radios
// hired by the week for an event's stewards (the identity in a label-beside-value Word table with the hire contract of
// seven digits, the references in a table or the engagement in a sentence; radios, spare batteries, earpieces and a
// relay by the week, a radio not returned charged; one credit note for a radio found and returned), and a sanitation
// company's Excel invoice for mobile toilets hired by the week and emptied per visit (a key–value table whose long
// labels wrap with the customer account of eight digits and the site ticket of seven; the hire at 20 %, the emptying
// and treatment of the waste water at 10 % with the VAT per rate and its base).
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
import { eight43, eventBuyer, maybeRelabel43, seven43, totals43 } from '../../lib/blind43.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Two-way radios by the week: a Word invoice, label beside value. ———
const EVENTS = ['Marathon de Saint-Étienne', 'Festival Paroles et Musiques', 'Fête du Livre', 'Trail des Monts du Pilat', 'Rallye du Forez', 'Fête des Lumières du quartier', 'Journées du Patrimoine'];
const radios = {
  name: 'ao-talkies-walkies-location',
  family: 'two-way-radio-weekly-hire-word-label-beside',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const inv = makeInvoice('ao-talkies-walkies-location', i, { cityProb: 0.4, engagementProb: 0.6, trades: ['services', 'goods'], numbers: credit ? ['avoir'] : ['plain', 'pennylane', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.2, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'radios');
    renameSupplier(inv, x.pick(['Radiocom Événements', 'Talkie Loc Rhône-Loire', 'Ondes et Liaisons Pro', 'Com’Radio Services']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7739Z';
    eventBuyer(inv, x, x.pick(['events', 'social']), 0.85);
    localReferences(inv, x);
    maybeRelabel43(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract43 = seven43(x);
    inv.event = x.pick(EVENTS);
    inv.from = addDays(inv.date, -x.int(10, 30));
    inv.weeks = x.int(1, 3);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(10, 30)) };
      inv.lines = [{ label: `Poste portatif numérique facturé non restitué, retrouvé et rendu (n° de série ${x.digits(9)})`, qty: 1, unit: x.int(280, 420) * 100, rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    const n = x.int(6, 60);
    inv.lines = [
      { label: `Poste portatif numérique DMR avec chargeur (${n} postes × ${inv.weeks} semaine(s))`, qty: n * inv.weeks, unit: x.int(12, 22) * 100, rate: 2000 },
      { label: 'Batterie de rechange Li-ion', qty: Math.ceil(n / 2) * inv.weeks, unit: x.int(3, 6) * 100, rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Oreillette tube acoustique (fournie, non reprise)', qty: x.int(4, n), unit: x.int(6, 14) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Relais radio portable avec antenne et mât, programmation des canaux', qty: inv.weeks, unit: x.int(150, 290) * 100, rate: 2000 });
    inv.lines.push({ label: 'Préparation, programmation et expédition aller-retour', qty: 1, unit: x.int(45, 95) * 100, rate: 2000 });
    if (x.chance(0.3)) inv.lines.push({ label: `Poste non restitué facturé au prix du neuf (n° de série ${x.digits(9)})`, qty: 1, unit: x.int(280, 420) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention n°'], service: ['Code service', 'Service demandeur'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['00695C', '283593', 'AD1457']);
    const inTable = x.chance(0.5);
    const idRows = [[inv.avoir ? 'Avoir n°' : 'Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', date(inv, inv.date)], ['Contrat de location n°', inv.contract43], ...(inv.avoir ? [['Facture d’origine', inv.origin.number]] : [['Période', `${fmtDate(inv.from, 'slash')} au ${fmtDate(addDays(inv.from, inv.weeks * 7 - 1), 'slash')}`], ['Échéance', fmtDate(inv.due, 'slash')]]), ...(inTable ? shown : [])];
    const rest = inTable ? [] : shown;
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = totals43(inv, { ht: 'Total HT', vat: () => `TVA ${rate(2000)}`, ttc: inv.avoir ? 'Total de l’avoir TTC' : 'Total TTC', net: inv.avoir ? null : x.pick(['Net à payer', 'Montant à régler', null]) });
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16], title: inv.avoir ? 'Avoir' : 'Facture',
      header: [para(s.name, { bold: true, size: 14, color: accent }), para('Location de radiocommunications professionnelles pour l’événementiel', { size: 7.6, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([84, 96], [[{ paragraphs: [para(inv.avoir ? 'AVOIR' : 'FACTURE', { bold: true, size: 18, color: accent })] }, { paragraphs: [para('Destinataire', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([44, 56], idRows.map(([k, v]) => [k, typeof v === 'string' ? { text: v, bold: true } : v]), { borders: GRID, size: 8.6 }),
        ...(rest.length ? [para('Références de la collectivité', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([56, 50], rest.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}.` : `Objet : location de postes radio – ${inv.event}.`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([100, 18, 28, 34], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Total HT'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([70, 34], totals.map(([k, v, strong]) => ({ cells: [k, money(inv, v)], bold: strong })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para(inv.avoir ? 'Montant à déduire de votre prochain règlement.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para('Fréquences exploitées sous licence ARCEP du loueur. Tout poste non restitué sous 8 jours est facturé au prix du neuf.', { size: 7.2, before: 2 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Mobile toilets emptied per visit: an Excel invoice, a key–value table of wrapping labels, two VAT rates. ———
const SITES = ['Parc de l’Europe', 'Esplanade du stade', 'Base de loisirs', 'Chantier de la place du marché', 'Aire de festival', 'Parking du gymnase', 'Plan d’eau'];
const sanitaires = {
  name: 'ao-sanitaires-mobiles-vidanges',
  family: 'mobile-toilet-hire-emptying-excel-two-rates',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ao-sanitaires-mobiles-vidanges', i, { cityProb: 0.4, engagementProb: 0.6, trades: ['services'], numbers: ['ciel', 'sage', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'toilets');
    renameSupplier(inv, x.pick(['Sanitaires Mobiles du Forez', 'Loire Assainissement Services', 'WC Loc Événements', 'Hygiène Chantiers Rhône-Loire']), 'SAS');
    inv.supplier.ape = '3700Z';
    eventBuyer(inv, x, x.pick(['events', 'works']), 0.85);
    localReferences(inv, x);
    maybeRelabel43(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account43 = eight43(x);
    inv.ticket43 = seven43(x);
    inv.site = x.pick(SITES);
    const cabins = x.int(2, 16);
    const weeks = x.int(1, 4);
    inv.lines = [
      { label: `Location cabine WC autonome (${cabins} cabines × ${weeks} semaine(s))`, qty: cabins * weeks, unit: x.int(35, 65) * 100, rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Location lave-mains autonome à pédale', qty: x.int(1, 4) * weeks, unit: x.int(20, 35) * 100, rate: 2000 });
    if (x.chance(0.3)) inv.lines.push({ label: 'Cabine PMR accessible', qty: weeks, unit: x.int(60, 90) * 100, rate: 2000 });
    inv.lines.push({ label: 'Livraison, installation et reprise', qty: 1, unit: x.int(90, 240) * 100, rate: 2000 });
    const rates = [2000];
    if (i % 4 !== 3) {
      inv.lines.push({ label: 'Vidange, nettoyage et réapprovisionnement (par passage et par cabine)', qty: cabins * x.int(1, 6), unit: x.int(18, 32) * 100, rate: 1000 });
      inv.lines.push({ label: 'Transport et traitement des matières en station d’épuration agréée', qty: x.int(1, 8) * 100, unitName: 'L', unit: 8, rate: 1000 });
      rates.push(1000);
    }
    return priceLines(inv, rates);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 34 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 14 }];
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
    const refs = refPairs(inv, x, { market: ['Numéro du marché ou de l’accord-cadre de prestations de service', 'Marché n°'], service: ['Code du service destinataire (Chorus Pro)', 'Code service'] });
    const kv = [
      ['Numéro de facture', inv.number, true],
      ['Date de facture', dateValue(inv.date), true],
      ['Numéro de compte client (à rappeler dans toute correspondance)', inv.account43],
      ['N° de ticket d’intervention / bon d’enlèvement', inv.ticket43],
      ['Lieu d’installation', inv.site],
      ['Date d’échéance', dateValue(inv.due)],
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
    ['Désignation', 'Quantité', 'TVA', 'Prix unitaire', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFBBDEFB', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 40 ? (l.label.length > 80 ? 36 : 24) : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, l.rate / 10000, { border: true, size: 8.5, numFmt: '0%', align: 'center' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: l.unitName === 'L' ? '0.00 "€"' : EUR_FORMAT });
      put(`E${n}`, { formula: `B${n}*D${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = totals43(inv, { ht: 'Total HT', vat: (v) => `TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)} €`, ttc: 'Total TTC', net: x.pick(['Net à payer', null]) });
    totals.forEach(([k, v, strong], n) => {
      put(`B${r + n}`, k, { bold: strong, size: strong ? 10 : 9 });
      put(`E${r + n}`, n === 0 ? { formula: `SUM(E${first}:E${last})`, result: euros(v) } : euros(v), { bold: strong, size: strong ? 10 : 9, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, 'Vidange et traitement des eaux usées : TVA au taux réduit de 10 % (art. 279 h du CGI).', { size: 7.5, italic: true });
    put(`A${r + 1}`, `${paymentText(inv)} – rappeler le n° de facture`, { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [radios, sanitaires];

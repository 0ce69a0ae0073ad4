// Blind-38 layouts written as office files (see ../../README.md): a local-finance consultancy's Word invoice for a
// financial audit and multi-year forecast (the identity in a label-beside-value Word table, the engagement letter of
// seven digits, consultant days by profile, travel re-invoiced at cost outside VAT on some, a deposit invoiced with
// the engagement letter deducted with its own number on some, the engagement in a sentence or a table of references),
// and a mobility consultancy's Excel invoice for a staff travel plan study (a key–value table whose long labels wrap,
// the customer account of eight digits and the study's file of seven, the online survey, counting posts by the day,
// workshops, postage outside VAT on some; amounts as formulas).
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
import { eight38, maybeRelabel38, seven38, studyBuyer } from '../../lib/blind38.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Financial audit and forecast: a Word invoice, consultant days, travel at cost outside VAT. ———
const AUDITS = ['Audit financier rétrospectif 2019-2024 et prospective 2025-2030', 'Analyse financière préalable au plan pluriannuel d’investissement', 'Audit de la dette et stratégie de refinancement', 'Diagnostic financier de début de mandat', 'Évaluation des transferts de charges (CLECT)'];
const audit = {
  name: 'aj-audit-financier-prospective',
  family: 'local-finance-audit-word-days-outside-vat-deposit',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('aj-audit-financier-prospective', i, { cityProb: 0.35, engagementProb: 0.55, trades: ['services'], numbers: ['plain', 'pennylane', 'year2'], engagementLabels: ['engagement', 'engagementJuridique', 'ej', 'bonDeCommande'], marketProb: 0.2, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'audit');
    renameSupplier(inv, x.pick(['Finances Locales Conseil', 'Cabinet Perrin & Associés – Finances publiques', 'Stratégies Budgétaires Territoriales', 'Calia Conseil Collectivités']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7022Z';
    studyBuyer(inv, x, 'general', 0.85);
    localReferences(inv, x);
    maybeRelabel38(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.letter = seven38(x);
    inv.subject = x.pick(AUDITS);
    const rates = [2000];
    inv.lines = [
      { label: 'Associé – pilotage de la mission, restitution aux élus', qty: x.int(1, 3), unit: x.int(110, 150) * 1000, rate: 2000 },
      { label: 'Consultant senior – analyse rétrospective et construction du modèle prospectif', qty: x.int(3, 12), unit: x.int(80, 105) * 1000, rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Chargé d’études – collecte et retraitement des comptes administratifs', qty: x.int(2, 8), unit: x.int(55, 70) * 1000, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Présentation en commission des finances / conseil municipal', qty: 1, unit: x.int(9, 16) * 10000, rate: 2000 });
    if (x.chance(0.55)) {
      inv.lines.push({ label: 'Frais de déplacement et d’hébergement refacturés au réel (débours, justificatifs joints)', qty: 1, unit: x.int(9000, 48000), rate: 0, outside: true });
      rates.push(0);
    }
    priceLines(inv, rates);
    if (i % 3 === 0) inv.paid = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(45, 120)));
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché subséquent n°'], service: ['Code service', 'Service destinataire'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['1F3864', '385723', '7B2C2C']);
    const idRows = [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', date(inv, inv.date)], ['Lettre de mission n°', inv.letter], ['Échéance', fmtDate(inv.due, 'slash')]];
    const lines = inv.lines.map((l) => [l.label, l.outside ? '—' : frNumber(l.qty), l.outside ? '—' : plainMoney(inv, l.unit), l.outside ? 'hors TVA' : rate(l.rate), plainMoney(inv, l.total)]);
    const outside = inv.lines.filter((l) => l.outside).reduce((a, l) => a + l.total, 0);
    const totals = [];
    if (outside) totals.push(['Honoraires HT', money(inv, inv.ht - outside)], ['Débours (hors champ de TVA)', money(inv, outside)]);
    totals.push(['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}${outside ? ' sur honoraires' : ''}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]);
    if (inv.paid) totals.push([`Acompte facturé à la signature (facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, money(inv, -inv.deposit)]);
    totals.push([inv.paid ? x.pick(['Solde à régler', 'Reste dû']) : x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 13, color: accent }), para('Conseil en finances locales – analyse financière, fiscalité, prospective', { size: 7.6, italics: true })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 3 }),
        wordTable([92, 88], [[{ paragraphs: supplierTexts(inv, x).slice(1).map((t) => para(t, { size: 8 })) }, { paragraphs: [para('Destinataire', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('FACTURE', { bold: true, size: 16, color: accent, before: 6, after: 3 }),
        wordTable([40, 52], idRows, { borders: GRID, size: 8.6 }),
        ...(shown.length ? [para('Références de la collectivité', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([56, 50], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : ${inv.subject}.`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([86, 20, 28, 18, 30], [{ cells: ['Prestation', 'Jours', 'Prix jour HT', 'TVA', 'Montant HT'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'center', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([84, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        ...(outside ? [para('Les débours sont refacturés pour leur montant exact, au nom et pour le compte de la collectivité (art. 267-II-2° du CGI).', { size: 7.6, italics: true, before: 3 })] : []),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Staff travel plan study: an Excel invoice, key–value table of wrapping labels, postage outside VAT. ———
const mobilite = {
  name: 'aj-plan-mobilite-etude',
  family: 'mobility-study-excel-kv-wrap-postage-outside-vat',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('aj-plan-mobilite-etude', i, { cityProb: 0.35, engagementProb: 0.55, trades: ['services'], numbers: ['plain', 'compact', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.2, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'mobility');
    renameSupplier(inv, x.pick(['Mobilités & Territoires Conseil', 'Itinéraires Études', 'Déplacements Durables Loire', 'Trajectoires Mobilité']), x.pick(['SAS', 'SARL', 'SCOP SARL']));
    inv.supplier.ape = '7112B';
    studyBuyer(inv, x, 'mobility', 0.85);
    localReferences(inv, x);
    maybeRelabel38(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = eight38(x);
    inv.file = seven38(x);
    const agents = x.int(3, 30) * 50;
    inv.agents = agents;
    const rates = [2000];
    inv.lines = [{ label: `Enquête déplacements domicile-travail des agents (questionnaire en ligne, ${frNumber(agents)} agents)`, qty: 1, unit: x.int(25, 60) * 10000, rate: 2000 }];
    if (x.chance(0.6)) inv.lines.push({ label: 'Comptages vélos et piétons aux accès des sites (poste × jour)', qty: x.int(4, 24), unit: x.int(180, 320) * 100, rate: 2000 });
    inv.lines.push({ label: 'Ateliers de concertation avec les agents et les représentants du personnel', qty: x.int(1, 4), unit: x.int(9, 15) * 10000, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Diagnostic, plan d’actions et rapport final', qty: 1, unit: x.int(30, 70) * 10000, rate: 2000 });
    if (x.chance(0.4)) {
      inv.lines.push({ label: 'Affranchissement des questionnaires papier (débours)', qty: x.int(40, 300), unit: x.pick([129, 143, 152]), rate: 0, outside: true });
      rates.push(0);
    }
    return priceLines(inv, rates);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACTURE']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 34 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 14 }];
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
    const refs = refPairs(inv, x, { market: ['Numéro du marché ou de l’accord-cadre d’études', 'Marché n°'], service: ['Code du service destinataire (dépôt Chorus Pro)', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Numéro de compte client dans notre comptabilité', inv.account],
      ['Numéro de dossier d’étude (à rappeler dans toute correspondance)', inv.file],
      ['Date limite de règlement', dateValue(inv.due)],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFE3F2FD' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:C${row}`);
      if (k.length > 36) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    put(`A${r}`, 'Étude pour un plan de mobilité employeur (PDME)', { bold: true, size: 9.5 });
    r += 1;
    ['Désignation', 'Quantité', 'Prix unitaire', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFBBDEFB', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 45 ? (l.label.length > 90 ? 36 : 24) : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`D${n}`, l.outside ? 'hors TVA' : '20 %', { border: true, size: 8, align: 'center' });
      put(`E${n}`, { formula: `B${n}*C${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const outside = inv.lines.filter((l) => l.outside).reduce((a, l) => a + l.total, 0);
    const tot = (label, value, bold = false) => {
      put(`C${r}`, label, { bold, size: bold ? 10 : 9 });
      sheet.mergeCells(`C${r}:D${r}`);
      put(`E${r}`, value, { bold, size: bold ? 10 : 9, numFmt: EUR_FORMAT, border: bold ? 'top' : undefined });
      r += 1;
    };
    tot('Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) });
    if (outside) tot('dont débours hors TVA', euros(outside));
    tot(`TVA ${rate(2000)}`, euros(inv.tva));
    tot('Total TTC', euros(inv.ttc), true);
    tot(x.pick(['Net à payer', 'Montant dû']), euros(inv.net), true);
    put(`A${r + 1}`, `${paymentText(inv)} – merci de rappeler le n° de facture`, { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 7, wrap: true });
    sheet.mergeCells(`A${r + 2}:E${r + 2}`);
    sheet.getRow(r + 2).height = 24;
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [audit, mobilite];

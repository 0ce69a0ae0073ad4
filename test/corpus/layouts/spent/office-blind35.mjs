// Blind-35 layouts written as office files (see ../../README.md): a fire-safety signage firm's Word invoice for
// evacuation and intervention plans (site survey, plans by level in A3 or A2 under anti-UV frames, safety
// instructions, pictograms; the identity in a label-beside-value Word table with the quote of seven digits; the
// references in a table or the engagement in a sentence; a deposit invoiced at the order deducted with its own number
// on some), and a washroom-hygiene company's quarterly invoice from an Excel workbook (sanitary bins collected every
// fortnight, dispensers rented, consumables, period products at 5,5 % beside the services at 20 % on some, a VAT
// summary by rate; the identity and references in a key–value table whose long labels wrap, the service contract of
// seven digits and the customer account of eight; amounts as formulas).
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
import { facilityBuyer, maybeRelabel35, seven35 } from '../../lib/blind35.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Evacuation plans: a Word invoice, label beside value, a deposit deducted on some. ———
const SITES = ['Groupe scolaire Paul Bert', 'Gymnase des Ovides', 'Médiathèque de Tarentaize', 'Hôtel de Ville', 'Centre social du Crêt de Roc', 'Maison des sports', 'Résidence autonomie Beauséjour', 'Conservatoire Massenet'];
const plans = {
  name: 'ag-plans-evacuation',
  family: 'evacuation-plans-signage-word-deposit',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ag-plans-evacuation', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: ['plain', 'pennylane', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.2, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'plans');
    renameSupplier(inv, x.pick(['Signalétique Sécurité Forez', 'Plan’Évac Loire', 'Pictos & Consignes', 'Atelier Sécurité Incendie 42']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7490B';
    facilityBuyer(inv, x, x.pick(['buildings', 'schools', 'social']), 0.85);
    localReferences(inv, x);
    maybeRelabel35(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.quote = seven35(x);
    inv.site = x.pick(SITES);
    inv.fitted = addDays(inv.date, -x.int(2, 15));
    const levels = x.int(1, 4);
    inv.lines = [{ label: `Relevé sur site et mise au plan (${levels} niveau${levels > 1 ? 'x' : ''}, ${frNumber(x.int(4, 40) * 100)} m²)`, qty: levels, unit: x.int(120, 260) * 100, rate: 2000 }];
    inv.lines.push({ label: 'Plan d’évacuation A3 sous cadre anti-UV, repère « Vous êtes ici » et consignes (NF ISO 23601)', qty: x.int(3, 24), unit: x.int(65, 110) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Plan d’intervention A2 pour les sapeurs-pompiers (coupures, vannes, locaux à risques)', qty: levels, unit: x.int(140, 240) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Consignes de sécurité incendie A4 plastifiées', qty: x.int(5, 40), unit: x.int(12, 25) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Pictogrammes photoluminescents (issues de secours, extincteurs, RIA)', qty: x.int(10, 80), unit: x.int(6, 18) * 100, rate: 2000 });
    inv.lines.push({ label: 'Pose et fixation sur site', qty: x.int(2, 8), unit: x.int(48, 62) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i % 3 === 2) inv.deposit35 = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(25, 60)));
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service demandeur'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['2E7D32', 'C62828', '1565C0']);
    const idRows = [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date de facture', date(inv, inv.date)], ['Devis n°', inv.quote], ['Date de pose', fmtDate(inv.fitted, 'slash')], ['Échéance', fmtDate(inv.due, 'slash')]];
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.deposit) totals.push([`Acompte n° ${inv.deposit35.number} versé le ${fmtDate(inv.deposit35.date, 'slash')}`, money(inv, -inv.deposit)], [x.pick(['Solde à régler', 'Reste dû']), money(inv, inv.net)]);
    else totals.push([x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 14, color: accent }), para('Plans d’évacuation et d’intervention – signalétique de sécurité', { size: 7.6, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([88, 92], [[{ paragraphs: [para('FACTURE', { bold: true, size: 18, color: accent }), para('', { after: 2 })] }, { paragraphs: [para('Destinataire', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([36, 52], idRows, { borders: GRID, size: 8.6 }),
        ...(shown.length ? [para('Références de la commande', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([60, 48], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : plans d’évacuation et signalétique de sécurité – ${inv.site}`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([100, 18, 28, 34], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Total HT'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([84, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para('Plans réalisés selon la norme NF ISO 23601 et l’article MS 41 du règlement de sécurité ; fichiers sources remis sur demande.', { size: 7.6, italics: true, before: 4 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Washroom hygiene: a quarterly Excel invoice, key–value table with wrapping labels, 5,5 % beside 20 %. ———
const hygiene = {
  name: 'ag-hygiene-sanitaire-boitiers',
  family: 'washroom-hygiene-quarterly-excel-two-rates',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ag-hygiene-sanitaire-boitiers', i, { cityProb: 0.4, engagementProb: 0.65, trades: ['services'], numbers: ['ciel', 'compact', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'hygiene');
    renameSupplier(inv, x.pick(['Hygiène Sanitaire Services', 'Propreté Sanitaire Loire', 'Sani’Boîtiers Rhône-Alpes', 'Hygiena Collectivités']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '8129A';
    facilityBuyer(inv, x, x.pick(['buildings', 'schools', 'social']), 0.85);
    localReferences(inv, x);
    maybeRelabel35(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract = seven35(x);
    inv.account = `${x.int(1, 9)}${x.digits(7)}`;
    const q = Math.floor((inv.date.m - 1) / 3);
    inv.quarter = { n: q + 1, from: { y: inv.date.y, m: q * 3 + 1, d: 1 }, to: addDays({ y: q === 3 ? inv.date.y + 1 : inv.date.y, m: q === 3 ? 1 : q * 3 + 4, d: 1 }, -1) };
    const bins = x.int(4, 60);
    inv.lines = [{ label: `Boîtiers hygiène féminine – collecte et remplacement toutes les 2 semaines (${bins} boîtiers × 3 mois)`, qty: bins * 3, unit: x.int(450, 850), rate: 2000 }];
    if (x.chance(0.6)) inv.lines.push({ label: 'Location distributeurs de savon et essuie-mains', qty: x.int(5, 40) * 3, unit: x.int(150, 400), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Diffuseurs de parfum d’ambiance et recharges', qty: x.int(2, 20) * 3, unit: x.int(300, 600), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Cartons essuie-mains enchevêtrés (colis de 20 paquets)', qty: x.int(4, 30), unit: x.int(2800, 4200), rate: 2000 });
    const rates = [2000];
    if (i % 2 === 0) {
      inv.lines.push({ label: 'Protections périodiques (serviettes et tampons bio) – distributeurs gratuits', qty: x.int(2, 12) * 50, unit: x.int(18, 32), rate: 550 });
      rates.push(550);
    }
    return priceLines(inv, rates);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT_T']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 34 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 15 }];
    const me = supplierTexts(inv, x, { phone: true });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF00838F' : undefined }));
    put('D1', 'FACTURE', { bold: true, size: 18, color: 'FF00838F', align: 'right' });
    sheet.mergeCells('D1:E1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${k + 3}:E${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Référence du marché public de prestations d’hygiène', 'Marché n°'], service: ['Code du service destinataire de la facture (Chorus Pro)', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Numéro du contrat de prestations de services sanitaires', inv.contract],
      ['Compte client', inv.account],
      ['Période facturée', `${inv.quarter.n}${inv.quarter.n === 1 ? 'er' : 'e'} trimestre ${inv.quarter.from.y} (du ${fmtDate(inv.quarter.from, 'slash')} au ${fmtDate(inv.quarter.to, 'slash')})`],
      ['Date limite de règlement', dateValue(inv.due)],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFE0F7FA' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:E${row}`);
      if (k.length > 36) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    ['Désignation', 'Quantité', 'TVA', 'Prix unitaire HT', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFB2EBF2', size: 8.5, wrap: true }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 44 ? (l.label.length > 88 ? 36 : 24) : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, l.rate / 10000, { border: true, size: 8.5, numFmt: '0.0%', align: 'center' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: '#,##0.00 "€"' });
      put(`E${n}`, { formula: `ROUND(B${n}*D${n},2)`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    put(`A${r}`, 'Récapitulatif TVA', { bold: true, size: 8.5 });
    put(`C${r}`, 'Total HT', { bold: true, size: 9.5 });
    put(`E${r}`, { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }, { bold: true, size: 9.5, numFmt: EUR_FORMAT });
    inv.vat.forEach((v, k) => {
      put(`A${r + 1 + k}`, `Base ${rate(v.rate)} : ${plainMoney(inv, v.base)} €`, { size: 8.5 });
      put(`C${r + 1 + k}`, `TVA ${rate(v.rate)}`, { size: 9 });
      put(`E${r + 1 + k}`, euros(v.amount), { size: 9, numFmt: EUR_FORMAT });
    });
    r += inv.vat.length + 1;
    put(`C${r}`, 'Total TTC', { bold: true, size: 9.5 });
    put(`E${r}`, euros(inv.ttc), { bold: true, size: 9.5, numFmt: EUR_FORMAT });
    put(`C${r + 1}`, x.pick(['Montant dû', 'Net à payer']), { bold: true, size: 10 });
    put(`E${r + 1}`, euros(inv.net), { bold: true, size: 10, numFmt: EUR_FORMAT, border: 'top' });
    put(`A${r + 3}`, `${paymentText(inv, 'Règlement par virement')} – rappeler le n° de facture`, { size: 8.5 });
    if (inv.vat.length > 1) put(`A${r + 4}`, 'Protections hygiéniques féminines : TVA 5,5 % (art. 278-0 bis A du CGI).', { size: 7.5, italic: true });
    put(`A${r + 5}`, LATE_FEES, { size: 7 });
    put(`A${r + 6}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [plans, hygiene];

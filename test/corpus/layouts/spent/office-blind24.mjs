// Blind-24 layouts written as office files (see ../../README.md): a one-person energy consultancy's Word invoice for
// the energy audit of a public body's buildings under the tertiary-sector decree (site visits per building, three
// years of bills analysed, the audit report and its action plan, the OPERAT declarations per functional entity, an
// infrared thermography, travel by the kilometre; each building's floor area, consumption and OPERAT identifier
// printed for information; dated after the place on half; on 3 of 8 a sole trader under the VAT franchise of art. 293 B:
// `totalTVA` 0.00 and HT = TTC), and an irrigation company's Excel invoice for the winterisation of a city's watering
// networks (one row per site with its zones, sprinklers and intervention date, priced per zone; controllers set to
// winter mode, meters and backflow valves removed and stored, solenoid valves replaced, a towed compressor by the day;
// merged cells, labels in capitals, formulas with their cached results; a contractual discount on some).
import { Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { placeAndDate } from '../../lib/blind12.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { soleTraderLegalLine } from '../../lib/blind16.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { caps, maybeRelabel24, notAfterToday } from '../../lib/blind24.mjs';

// ——— 1. Energy audit under the tertiary-sector decree, a one-person consultancy's Word file. ———
const AUDITED = ['Hôtel de Ville', 'Groupe scolaire Victor Hugo', 'Gymnase Jean Macé', 'Médiathèque municipale', 'Centre technique municipal', 'Salle des fêtes', 'École maternelle des Tilleuls', 'Maison de la petite enfance', 'Piscine intercommunale'];
const CONSULTANTS = [['Julien Vial', 'Thermi-Conseil Loire'], ['Claire Roux', 'Énergie Bâtiment Conseil'], ['Mathieu Berthon', 'Kelvin Audit'], ['Nadia Cheref', 'Watt Expertise Énergie']];
const audit = {
  name: 'e-audit-energetique',
  family: 'energy-audit-tertiary-decree-word',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('e-audit-energetique', i, { cityProb: 0.5, engagementProb: 0.65, trades: ['services'], numbers: ['micro', 'pennylane', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.45, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'audit');
    const [person, firm] = x.pick(CONSULTANTS);
    renameSupplier(inv, firm, x.pick(['EURL', 'SARL']));
    inv.supplier.ape = '7112B';
    inv.person = person;
    inv.exempt = i === 1 || i === 4 || i === 6;
    if (inv.exempt) {
      renameSupplier(inv, `${person} – ${firm}`, 'EI');
      franchise(inv, person);
    }
    otherBuyer(inv, x, 0.55);
    localReferences(inv, x);
    maybeRelabel24(inv, x);
    notAfterToday(inv);
    inv.due = addDays(inv.date, 30);
    inv.dated = x.chance(0.5);
    const start = x.int(0, AUDITED.length - 1);
    inv.buildings = Array.from({ length: x.int(2, 6) }, (_, k) => {
      const area = x.int(450, 6800);
      return { name: AUDITED[(start + k * 2) % AUDITED.length], area, kwh: area * x.int(70, 280), efa: `EFA-${x.int(1, 9)}${x.digits(6)}`, ref: x.int(2010, 2020) };
    });
    const vat = inv.exempt ? 0 : 2000;
    const n = inv.buildings.length;
    inv.lines = [
      { label: 'Visite et relevés sur site (par bâtiment)', qty: n, unit: x.int(35000, 65000), rate: vat },
      { label: 'Analyse des factures énergétiques sur trois ans et modélisation thermique', qty: 1, unit: x.int(80000, 180000), rate: vat },
      { label: 'Rapport d’audit énergétique et plan d’actions chiffré (décret tertiaire, objectif – 40 % en 2030)', qty: 1, unit: x.int(60000, 140000), rate: vat },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Saisie et déclaration des consommations sur la plateforme OPERAT (par entité fonctionnelle)', qty: n, unit: x.int(8000, 18000), rate: vat });
    if (x.chance(0.5)) inv.lines.push({ label: 'Thermographie infrarouge des façades et toitures (par bâtiment)', qty: x.int(1, n), unit: x.int(25000, 45000), rate: vat });
    if (x.chance(0.5)) inv.lines.push({ label: 'Réunion de restitution aux élus et aux services (demi-journée)', qty: 1, unit: x.int(25000, 40000), rate: vat });
    inv.km = x.int(40, 320);
    inv.lines.push({ label: `Frais de déplacement : ${inv.km} km × 0,60 €`, qty: inv.km, unit: 60, rate: vat });
    return priceLines(inv, [vat]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’audits énergétiques n°', 'Marché subséquent n°'], service: ['Code service', 'Service', 'Service énergie – patrimoine (code)'] });
    const place = inv.engagement ? x.pick(['lines', 'lines', 'buyer', 'sentence']) : 'none';
    const shown = place === 'lines' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const sentence = place === 'sentence' ? engagementSentence(inv, x) : null;
    const font = x.pick(['Calibri', 'Times New Roman', 'Arial']);
    const title = x.pick(['FACTURE', 'Facture', 'NOTE D’HONORAIRES valant facture']);
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[inv.exempt ? 'Total' : 'Total HT', money(inv, inv.ht)]];
    if (inv.exempt) totals.push(['TVA', 'non applicable']);
    else totals.push(['TVA 20 %', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]);
    totals.push([x.pick(['Net à payer', 'Reste à payer', 'À régler']), money(inv, inv.net)]);
    const buildingRows = inv.buildings.map((b) => [b.name, b.efa, `${frNumber(b.area)} m²`, `${frNumber(b.kwh)} kWh`, `${frNumber(b.kwh / b.area, 0)} kWh/m²`, String(b.ref)]);
    const doc = wordDocument({
      font, size: 10, margins: [18, 20, 20, 20],
      footer: [para(inv.exempt ? soleTraderLegalLine(inv, inv.person) : legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        para(s.name, { bold: true, size: 15, color: '2E7D32' }),
        para('Audit énergétique – conseil en performance des bâtiments', { italics: true, size: 9 }),
        ...me.slice(1).map((t) => para(t, { size: 9 })),
        para('', { after: 6 }),
        wordTable([88, 82], [['', { paragraphs: [...buyer.map((t, k) => para(t, { bold: k === 0, size: 10 })), ...(place === 'buyer' ? [para(`${inv.engagement.label} ${inv.engagement.written}`, { size: 10 })] : [])] }]], { borders: NO_BORDERS }),
        para('', { after: 6 }),
        ...(inv.dated ? [para(placeAndDate(inv, inv.dateStyle), { align: 'right', size: 10, after: 6 })] : []),
        para(`${title} n° ${inv.number}`, { bold: true, size: 14, after: 2 }),
        ...(inv.dated ? [] : [para(`Date : ${date(inv, inv.date)}`, { size: 10, after: 2 })]),
        ...shown.map(([k, v]) => para([{ text: `${k} : ` }, { text: v, bold: true }], { size: 10 })),
        para(`Objet : audit énergétique de ${inv.buildings.length} bâtiments (décret n° 2019-771 dit « décret tertiaire »)`, { size: 10, before: 6, after: 4 }),
        ...(sentence ? [para(sentence, { size: 10, italics: true, after: 4 })] : []),
        wordTable([100, 18, 26, 26], [{ cells: ['Désignation', 'Qté', 'Prix unitaire', 'Montant'], bold: true, shade: 'E8F5E9' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, size: 9, align: ['left', 'right', 'right', 'right'] }),
        para('', { after: 4 }),
        wordTable([44, 30], totals.map(([k, v], n) => [{ text: k, bold: n === totals.length - 1 }, { text: v, bold: n === totals.length - 1, size: n === totals.length - 1 ? 12 : 10 }]), { borders: NO_BORDERS, align: ['left', 'right'], size: 10 }),
        ...(inv.exempt ? [para('TVA non applicable, art. 293 B du CGI.', { italics: true, size: 9, before: 4 })] : []),
        para('Bâtiments audités (pour information)', { bold: true, size: 9, before: 8, after: 2 }),
        wordTable([46, 26, 22, 28, 24, 24], [{ cells: ['Bâtiment', 'Identifiant OPERAT', 'Surface', 'Consommation', 'Intensité', 'Année de réf.'], bold: true }, ...buildingRows], { borders: ROWS, size: 8, align: ['left', 'left', 'right', 'right', 'right', 'center'] }),
        para(paymentText(inv), { size: 9, before: 8 }),
        para(`Paiement à 30 jours, soit au plus tard le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 8, before: 2 }),
        para(`${inv.person}`, { size: 10, before: 10, align: 'right' }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Winterisation of watering networks, an irrigation company's Excel template with merged cells. ———
const PARKS = ['Parc François Mitterrand', 'Jardin des Plantes', 'Stade municipal – terrain d’honneur', 'Rond-point des Mineurs', 'Square Violette', 'Parc de l’Europe', 'Cimetière paysager', 'Jardins familiaux du Soleil', 'Avenue de la Libération – terre-plein', 'Complexe sportif Vivaldi'];
const arrosage = {
  name: 'e-arrosage-hivernage',
  family: 'irrigation-winterisation-per-site-excel',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('e-arrosage-hivernage', i, { cityProb: 0.5, engagementProb: 0.7, trades: ['btp'], numbers: ['compact', 'plain', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'irrigation');
    renameSupplier(inv, x.pick(['Hydro-Jardins Services', 'Arrosage Techniques Loire', 'Irrigaforez', 'Aqua-Verts Maintenance']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8130Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel24(inv, x);
    redate(inv, { y: inv.date.y, m: x.pick([10, 11, 11, 12]), d: x.int(1, 28) });
    notAfterToday(inv);
    inv.due = addDays(inv.date, 30);
    inv.interventionRef = `INT-${inv.date.y}-${x.digits(4)}`;
    const perZone = x.int(3500, 6500);
    const start = x.int(0, PARKS.length - 1);
    inv.sites = Array.from({ length: x.int(3, 8) }, (_, k) => ({ name: PARKS[(start + k * 3) % PARKS.length], zones: x.int(2, 24), heads: x.int(10, 260), controllers: x.int(1, 3), day: addDays(inv.date, -x.int(2, 25)) }));
    inv.lines = inv.sites.map((site) => ({ site, label: 'Mise en hivernage : vidange, purge à l’air comprimé, fermeture des vannes (par zone)', qty: site.zones, unit: perZone, rate: 2000 }));
    inv.lines.push({ label: 'Programmateurs : passage en mode hiver et sauvegarde des programmes (par programmateur)', qty: inv.sites.reduce((t, s) => t + s.controllers, 0), unit: x.int(2500, 4500), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Dépose et stockage hors gel des compteurs et clapets anti-retour', qty: x.int(1, 6), unit: x.int(3500, 6500), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Remplacement d’électrovanne 1" (pièce et main-d’œuvre)', qty: x.int(1, 4), unit: x.int(9500, 16500), rate: 2000 });
    inv.lines.push({ label: 'Compresseur tractable 5 000 l/min (par jour)', qty: x.int(1, 4), unit: x.int(16000, 24000), rate: 2000 });
    inv.lines.push({ label: 'Déplacement et mise en sécurité du chantier (forfait)', qty: 1, unit: x.int(6000, 12000), rate: 2000 });
    return priceLines(inv, [2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', 'Hivernage']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Verdana']));
    sheet.columns = [{ width: 30 }, { width: 8 }, { width: 10 }, { width: 12 }, { width: 40 }, { width: 8 }, { width: 12 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => {
      put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF01579B' : undefined });
      sheet.mergeCells(`A${k + 1}:D${k + 1}`);
    });
    put('F1', 'FACTURE', { bold: true, size: 18, align: 'center', fill: 'FFE1F5FE' });
    sheet.mergeCells('F1:H2');
    sheet.getCell('F1').alignment = { horizontal: 'center', vertical: 'middle' };
    const meta = [['N° FACTURE', inv.number], ['DATE', dateValue(inv.date)], ['ÉCHÉANCE', dateValue(inv.due)], ['N° INTERVENTION', inv.interventionRef]];
    meta.forEach(([k, v], n) => {
      const r = n + 3;
      put(`F${r}`, k, { size: 7.5, align: 'right', border: true, fill: 'FFF5F5F5' });
      put(`G${r}`, v, { bold: true, size: n === 0 ? 12 : 10, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left', border: true });
      sheet.mergeCells(`G${r}:H${r}`);
    });
    let r = Math.max(me.length + 2, 8);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’entretien des réseaux d’arrosage n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Direction des espaces verts (code)'] });
    const place = inv.engagement ? x.pick(['block', 'block', 'buyer', 'sentence']) : 'none';
    const shown = place === 'block' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const sentence = place === 'sentence' ? engagementSentence(inv, x) : null;
    put(`E${r}`, 'CLIENT', { size: 7.5, color: 'FF777777' });
    const buyerLines = [...buyer, ...(place === 'buyer' ? [`${inv.engagement.label} ${inv.engagement.written}`] : [])];
    buyerLines.forEach((text, k) => {
      put(`E${r + 1 + k}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`E${r + 1 + k}:H${r + 1 + k}`);
    });
    if (shown.length) put(`A${r}`, 'VOS RÉFÉRENCES', { bold: true, size: 8 });
    shown.forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, caps(k), { size: 7.5, border: true, fill: 'FFF5F5F5', wrap: k.length > 34 });
      if (k.length > 34) sheet.getRow(r + 1 + n).height = 22;
      put(`B${r + 1 + n}`, v, { size: 10, bold: true, border: true, align: 'right' });
      sheet.mergeCells(`B${r + 1 + n}:D${r + 1 + n}`);
    });
    r += Math.max(buyerLines.length, shown.length) + 2;
    put(`A${r}`, `Objet : mise en hivernage des réseaux d’arrosage automatique – saison ${inv.date.y}`, { bold: true, size: 10 });
    sheet.mergeCells(`A${r}:H${r}`);
    if (sentence) {
      put(`A${r + 1}`, sentence, { italic: true, size: 9 });
      sheet.mergeCells(`A${r + 1}:H${r + 1}`);
    }
    r += 3;
    ['Site', 'Zones', 'Arroseurs', 'Date', 'Prestation', 'Qté', 'P.U. HT', 'Montant HT'].forEach((text, k) => put(`${'ABCDEFGH'[k]}${r}`, text, { bold: true, border: true, fill: 'FFB3E5FC', align: 'center', size: 8 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.site ? l.site.name : '', { border: true, size: 8, wrap: true });
      put(`B${n}`, l.site ? l.site.zones : '', { border: true, size: 8, align: 'center' });
      put(`C${n}`, l.site ? l.site.heads : '', { border: true, size: 8, align: 'center' });
      put(`D${n}`, l.site ? dateValue(l.site.day) : '', { border: true, size: 8, numFmt: 'dd/mm/yyyy', align: 'center' });
      put(`E${n}`, l.label, { border: true, size: 7.6, wrap: true });
      sheet.getRow(n).height = 24;
      put(`F${n}`, l.qty, { border: true, size: 8, numFmt: '0', align: 'center' });
      put(`G${n}`, euros(l.unit), { border: true, size: 8, numFmt: EUR_FORMAT });
      put(`H${n}`, { formula: `F${n}*G${n}`, result: euros(l.total) }, { border: true, size: 8, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.discount) {
      totals.push(['TOTAL BRUT HT', { formula: `SUM(H${first}:H${last})`, result: euros(inv.grossHT) }]);
      totals.push([`REMISE CONTRACTUELLE ${inv.discountPct} %`, { formula: `-ROUND(H${r}*${inv.discountPct / 100},2)`, result: -euros(inv.discount) }]);
      totals.push(['TOTAL NET HT', { formula: `H${r}+H${r + 1}`, result: euros(inv.ht) }]);
    } else totals.push(['TOTAL HT', { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }]);
    const htRow = r + totals.length - 1;
    totals.push(['TVA 20 %', { formula: `ROUND(H${htRow}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['TOTAL TTC', 'NET À PAYER']), { formula: `H${htRow}+H${htRow + 1}`, result: euros(inv.ttc) }]);
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      put(`F${r + m}`, k, { bold: strong, size: strong ? 10 : 8.5, align: 'right', border: true, fill: 'FFF5F5F5' });
      sheet.mergeCells(`F${r + m}:G${r + m}`);
      put(`H${r + m}`, v, { bold: strong, size: strong ? 11 : 9, numFmt: EUR_FORMAT, border: true });
    });
    put(`A${r}`, 'TAUX', { bold: true, size: 7.5, border: true, fill: 'FFF5F5F5', align: 'center' });
    put(`B${r}`, 'BASE HT', { bold: true, size: 7.5, border: true, fill: 'FFF5F5F5', align: 'center' });
    sheet.mergeCells(`B${r}:C${r}`);
    put(`D${r}`, 'TVA', { bold: true, size: 7.5, border: true, fill: 'FFF5F5F5', align: 'center' });
    put(`A${r + 1}`, '20,00 %', { size: 8.5, border: true, align: 'center' });
    put(`B${r + 1}`, euros(inv.ht), { size: 8.5, border: true, numFmt: EUR_FORMAT });
    sheet.mergeCells(`B${r + 1}:C${r + 1}`);
    put(`D${r + 1}`, euros(inv.tva), { size: 8.5, border: true, numFmt: EUR_FORMAT });
    r += totals.length + 1;
    put(`A${r}`, inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.5 });
    sheet.mergeCells(`A${r}:H${r}`);
    put(`A${r + 1}`, `Conditions de règlement : 30 jours date de facture (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7, wrap: true });
    sheet.mergeCells(`A${r + 1}:H${r + 1}`);
    sheet.getRow(r + 1).height = 24;
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    sheet.mergeCells(`A${r + 2}:H${r + 2}`);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [audit, arrosage];

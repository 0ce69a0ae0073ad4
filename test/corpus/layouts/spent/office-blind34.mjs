// Blind-34 layouts written as office files (see ../../README.md): an electronic-signage company's Word invoice for
// the quarterly lease and maintenance of a commune's LED information panels (the identity in a label-beside-value Word
// table with the lease contract of seven digits, the panels with their serial numbers, the diffusion software and the
// 4G data cards by the quarter, a call-out on some; the engagement in a sentence or a table of references; a
// contractual discount on some), and a large-format printer's Excel invoice for event and building signage (PVC
// banners, composite panels and window films in square metres with two decimals, roll-ups by the unit, fitting; a
// key–value table whose long labels wrap; amounts as formulas; a sign-maker under art. 293 B on some, exempt from
// VAT; a deposit paid at the order deducted with its own number on some).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
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
import { digitalBuyer, m2x, maybeRelabel34, perM2, serial34, seven34 } from '../../lib/blind34.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. LED information panels: a Word invoice, label beside value, a quarter's lease and subscriptions. ———
const PLACES = ['rond-point de l’entrée de ville', 'place de la Mairie', 'parvis de la médiathèque', 'avenue de la Gare', 'parking du gymnase', 'carrefour des écoles'];
const panneaux = {
  name: 'af-panneaux-information-led',
  family: 'led-information-panels-lease-word-quarter',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('af-panneaux-information-led', i, { cityProb: 0.35, engagementProb: 0.85, trades: ['services'], numbers: ['ciel', 'plain', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], discountPct: [0, 0, 4], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'panels');
    renameSupplier(inv, x.pick(['Lumiplan Info Cités', 'Centaure Affichage Dynamique', 'InfoVille LED Systèmes', 'Signal’Ville Électronique']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '7739Z';
    digitalBuyer(inv, x, 'communication', 0.85);
    localReferences(inv, x);
    maybeRelabel34(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract = seven34(x);
    const q = Math.floor((inv.date.m - 1) / 3);
    inv.quarter = { n: q + 1, from: { y: inv.date.y, m: q * 3 + 1, d: 1 }, to: addDays({ y: q === 3 ? inv.date.y + 1 : inv.date.y, m: q === 3 ? 1 : q * 3 + 4, d: 1 }, -1) };
    const n = x.int(1, 5);
    inv.panels = Array.from({ length: n }, () => ({ serial: serial34(x, 'LP'), place: x.pick(PLACES) }));
    inv.lines = [
      { label: `Loyer trimestriel – panneau d’information LED double face ${x.pick(['2 m²', '3 m²', '1,5 m²'])} (T${inv.quarter.n} ${inv.quarter.from.y})`, qty: n, unit: x.int(420, 980) * 100, rate: 2000 },
      { label: 'Maintenance préventive et curative, garantie pièces et main-d’œuvre (trimestre)', qty: n, unit: x.int(90, 220) * 100, rate: 2000 },
      { label: 'Abonnement au logiciel de diffusion en ligne (trimestre, utilisateurs illimités)', qty: 1, unit: x.int(120, 360) * 100, rate: 2000 },
      { label: 'Carte SIM 4G – forfait data M2M (3 mois)', qty: n, unit: x.int(24, 60) * 100, rate: 2000 },
    ];
    if (x.chance(0.35)) inv.lines.push({ label: `Intervention de dépannage hors forfait (module LED remplacé, ${x.pick(PLACES)})`, qty: 1, unit: x.int(180, 420) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Contrat de location-maintenance (marché)'], service: ['Code service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.45) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['0B5394', 'C0504D', '4F6228']);
    const idRows = [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', date(inv, inv.date)], ['Contrat de location n°', inv.contract], ['Période facturée', `du ${fmtDate(inv.quarter.from, 'slash')} au ${fmtDate(inv.quarter.to, 'slash')}`], ['Date d’échéance', fmtDate(inv.due, 'slash')]];
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise contractuelle ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)], [x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 14, color: accent }), para('Affichage dynamique – panneaux d’information municipale', { size: 7.6, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([88, 92], [[{ paragraphs: [para('FACTURE', { bold: true, size: 18, color: accent }), para(`${MONTHS[inv.quarter.from.m - 1]} – ${MONTHS[inv.quarter.to.m - 1]} ${inv.quarter.to.y}`, { size: 8.6 })] }, { paragraphs: [para('Adressée à :', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([42, 60], idRows, { borders: GRID, size: 8.6 }),
        ...(shown.length ? [para('Références de la collectivité', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([60, 42], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : location et maintenance des panneaux d’information – ${inv.quarter.n}${inv.quarter.n === 1 ? 'er' : 'e'} trimestre ${inv.quarter.from.y}.`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([100, 18, 28, 34], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Total HT'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([80, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para('Parc loué', { bold: true, size: 8.4, before: 6, after: 1 }),
        wordTable([50, 80], [{ cells: ['N° de série', 'Emplacement'], bold: true, shade: 'EEEEEE' }, ...inv.panels.map((pl) => [pl.serial, pl.place])], { borders: ROWS, size: 7.8 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 6 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Large-format signage: an Excel invoice, square metres, wrapping labels, 293 B on some, a deposit. ———
const MAKERS = ['Damien Faure', 'Nadia Chorfi', 'Hugo Teyssier'];
const ITEMS = [
  ['Bâche PVC 510 g M1 imprimée, œillets tous les 50 cm', 1400, 2600, 'm2'], ['Panneau composite aluminium 3 mm imprimé et laminé anti-UV', 4800, 7800, 'm2'],
  ['Vitrophanie adhésive microperforée (pose intérieure)', 3200, 5200, 'm2'], ['Adhésif sol antidérapant R10 (marquage « Respectez les distances »)', 5500, 8500, 'm2'],
  ['Roll-up 85 × 200 cm, structure et sac de transport', 9000, 15000, 'u'], ['Kakémono mural 80 × 180 cm, baguettes alu', 6000, 9500, 'u'], ['Oriflamme « beach flag » 3,40 m avec embase', 12000, 19000, 'u'],
];
const signaletique = {
  name: 'af-signaletique-grand-format',
  family: 'large-format-signage-excel-m2-293b',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const micro = [1, 4, 6].includes(i);
    const inv = makeInvoice('af-signaletique-grand-format', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.35, engagementProb: 0.85, trades: ['goods'], numbers: ['micro', 'plain', 'carnet'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.15, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'signage');
    if (micro) {
      renameSupplier(inv, x.pick(MAKERS), 'EI');
      inv.supplier.person = inv.supplier.name;
      inv.supplier.tagline = 'Enseignes – signalétique – impression grand format';
    } else {
      renameSupplier(inv, x.pick(['Grand Format Loire', 'Imprim’Expo Forez', 'Atelier Signalétique du Gier', 'Visuel Print 42']), x.pick(['SARL', 'SAS']));
      inv.supplier.ape = '1812Z';
    }
    digitalBuyer(inv, x, 'communication', 0.85);
    localReferences(inv, x);
    maybeRelabel34(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.quote = seven34(x);
    inv.event = x.pick(['Fête de la musique', 'Forum des associations', 'Marché de Noël', 'Journées du patrimoine', 'Inauguration de la médiathèque', 'Travaux de la place du marché']);
    const picks = ITEMS.filter(() => x.chance(0.45)).slice(0, 4);
    if (!picks.length) picks.push(ITEMS[0]);
    const rate0 = micro ? 0 : 2000;
    inv.lines = picks.map(([label, lo, hi, unit]) => {
      if (unit === 'm2') {
        const w = x.int(80, 600);
        const h = x.int(50, 300);
        const count = x.int(1, 6);
        const centi = Math.round((w * h * count) / 100);
        const p = x.int(lo / 10, hi / 10) * 10;
        return { label: `${label} – ${count} × ${frNumber(w / 100, 2)} × ${frNumber(h / 100, 2)} m`, qtyText: m2x(centi), qty: centi / 100, unitName: 'm²', unit: p, total: perM2(centi, p), rate: rate0 };
      }
      const count = x.int(1, 8);
      return { label, qtyText: String(count), qty: count, unitName: 'u', unit: x.int(lo / 100, hi / 100) * 100, rate: rate0 };
    });
    inv.lines.push({ label: 'Fichiers : mise au format, vectorisation et BAT', qtyText: '1', qty: 1, unitName: 'forfait', unit: x.int(40, 120) * 100, rate: rate0 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Pose sur site (nacelle comprise si nécessaire)', qtyText: String(x.int(1, 2) * 2), qty: 0, unitName: 'h', unit: x.int(45, 65) * 100, rate: rate0 });
    for (const l of inv.lines) if (!l.qty) l.qty = Number(l.qtyText);
    priceLines(inv, [rate0]);
    if (!micro && i % 3 === 0) inv.deposit34 = deductDeposit(inv, x, 40, addDays(inv.orderDate, x.int(1, 5)));
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 36 }, { width: 10 }, { width: 8 }, { width: 12 }, { width: 14 }];
    const me = [s.name, ...(s.tagline ? [s.tagline] : []), ...s.address, s.phone, s.email, ...(inv.print.supplierSiret ? [`SIRET ${s.siret}`] : [])];
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF8E24AA' : undefined }));
    put('D1', 'FACTURE', { bold: true, size: 18, color: 'FF8E24AA', align: 'right' });
    sheet.mergeCells('D1:E1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${k + 3}:E${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Numéro du marché ou de l’accord-cadre le cas échéant', 'Marché n°'], service: ['Code du service destinataire (Chorus Pro)', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Numéro du devis signé par la collectivité', inv.quote],
      ['Opération / événement concerné par la commande', inv.event],
      ['Date limite de règlement', dateValue(inv.due)],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFF3E5F5' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:D${row}`);
      if (k.length > 36) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    ['Désignation', 'Quantité', 'Unité', 'Prix unitaire HT', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE1BEE7', size: 8.5, wrap: true }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 44 ? (l.label.length > 88 ? 36 : 24) : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: l.unitName === 'm²' ? '0.00' : '0', align: 'right' });
      put(`C${n}`, l.unitName, { border: true, size: 8.5, align: 'center' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, { formula: `ROUND(B${n}*D${n},2)`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const exempt = Boolean(inv.vatExempt);
    put(`C${r}`, exempt ? 'Total' : 'Total HT', { bold: true, size: 9.5 });
    put(`E${r}`, { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }, { bold: true, size: 9.5, numFmt: EUR_FORMAT });
    if (!exempt) {
      put(`C${r + 1}`, 'TVA 20 %', { size: 9.5 });
      put(`E${r + 1}`, { formula: `ROUND(E${r}*0.2,2)`, result: euros(inv.tva) }, { size: 9.5, numFmt: EUR_FORMAT });
      put(`C${r + 2}`, 'Total TTC', { bold: true, size: 9.5 });
      put(`E${r + 2}`, { formula: `E${r}+E${r + 1}`, result: euros(inv.ttc) }, { bold: true, size: 9.5, numFmt: EUR_FORMAT });
      r += 2;
    }
    if (inv.deposit) {
      put(`A${r + 1}`, `Acompte facture ${inv.deposit34.number} du ${fmtDate(inv.deposit34.date, 'slash')}`, { size: 9, align: 'right' });
      sheet.mergeCells(`A${r + 1}:D${r + 1}`);
      put(`E${r + 1}`, -euros(inv.deposit), { size: 9.5, numFmt: EUR_FORMAT });
      r += 1;
    }
    put(`C${r + 1}`, inv.deposit ? 'Reste à payer' : 'Net à payer', { bold: true, size: 10 });
    put(`E${r + 1}`, euros(inv.net), { bold: true, size: 10, numFmt: EUR_FORMAT, border: 'top' });
    let t = r + 3;
    if (exempt) put(`A${t++}`, inv.vatExempt, { size: 8.5, italic: true });
    put(`A${t++}`, `${paymentText(inv)} – merci de rappeler le numéro de facture`, { size: 8.5 });
    put(`A${t++}`, 'Pas d’escompte pour paiement anticipé. Indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 7 });
    put(`A${t}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [panneaux, signaletique];

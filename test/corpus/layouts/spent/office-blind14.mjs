// Blind-14 layouts written as office files (see ../../README.md): a Word invoice from a geotechnical consultancy for
// the ground investigation of a school extension (G2 AVP mission: mobilisation of the drilling rig, boreholes in metres
// with two decimals, pressuremeter tests, laboratory tests per sample, the report; the provision invoiced with the
// order deducted with its own number on some), and an Excel invoice from a defibrillator company for the yearly
// maintenance of the city's AEDs (one row per device with its serial number and the expiry dates of its battery and
// pads, the yearly fee per device, consumables replaced; the maintenance contract's number is not a market number).
import { AlignmentType, Packer } from 'docx';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, maybeRelabel14, metres, orderDeposit, otherBuyer } from '../../lib/blind14.mjs';

// ——— 1. Ground investigation for a school extension. ———
const PROJECTS = ['Extension du groupe scolaire La Métare', 'Restaurant scolaire de l’école Chappe', 'Préau et classes modulaires – école du Crêt de Roc', 'Salle de motricité – école maternelle Fauriel', 'Agrandissement du centre de loisirs de Solaure'];
const geotech = {
  name: 'p-sondages-geotechniques',
  family: 'geotechnical-ground-investigation',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('p-sondages-geotechniques', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ebp', 'odoo', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo', 'vosReferencesBdc'], marketProb: 0.55, serviceProb: 0.55, dateStyles: ['long', 'slash', 'short'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'geotech');
    renameSupplier(inv, x.pick(['Géotechnique Loire Auvergne', 'Sols et Fondations Ingénierie', 'GéoForez Études', 'Terrasol Centre-Est']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7112B';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel14(inv, x);
    const fieldDay = addDays(inv.date, -x.int(20, 60));
    inv.study = { project: x.pick(PROJECTS), fieldDay, order: addDays(fieldDay, -x.int(15, 45)), affaire: `${x.pick(['G', 'AFF-', 'E'])}${fieldDay.y % 100}${x.digits(3)}` };
    redate(inv, addDays(fieldDay, x.int(15, 40)));
    inv.due = addDays(inv.date, 30);
    const holes = x.int(2, 5);
    const perMetre = x.int(55, 120) * 100;
    inv.holes = Array.from({ length: holes }, (_, k) => ({ id: `SP${k + 1}`, depth: x.int(600, 1500), water: x.chance(0.4) ? x.int(150, 500) : null }));
    const total = inv.holes.reduce((s, h) => s + h.depth, 0);
    inv.lines = [
      { label: 'Amenée et repli de l’atelier de forage sur chantier', qtyText: '1 forfait', qty: 1, unit: x.int(80, 160) * 1000, rate: 2000 },
      { label: `Implantation des sondages et DICT (${holes} points)`, qtyText: '1 forfait', qty: 1, unit: x.int(30, 60) * 1000, rate: 2000 },
      { label: `Sondages pressiométriques ${inv.holes.map((h) => h.id).join(', ')} en Ø 63 mm`, qtyText: metres(total), qty: total / 100, unit: perMetre, total: Math.round((total * perMetre) / 100), rate: 2000 },
      { label: 'Essais pressiométriques (module EM, pression limite pl)', qtyText: `${Math.floor(total / 150)} essais`, qty: Math.floor(total / 150), unit: x.int(60, 95) * 100, rate: 2000 },
      { label: 'Identification en laboratoire (teneur en eau, granulométrie, limites d’Atterberg)', qtyText: `${x.int(2, 6)} échantillons`, qty: 0, unit: x.int(110, 220) * 100, rate: 2000 },
      { label: `Rapport de mission G2 AVP (NF P 94-500) – affaire ${inv.study.affaire}`, qtyText: '1 forfait', qty: 1, unit: x.int(140, 320) * 1000, rate: 2000 },
    ];
    inv.lines[4].qty = Number(inv.lines[4].qtyText.split(' ')[0]);
    priceLines(inv);
    inv.provision = x.chance(0.5) ? orderDeposit(inv, x, 30, inv.study.order) : null;
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const st = inv.study;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de maîtrise d’œuvre – lot géotechnique n°', 'Réf. marché'], service: ['Code service', 'Service', 'Code service Chorus Pro'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const accent = x.pick(['5D4037', '33691E', '263238', '01579B']);
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [x.pick(['Total TTC', 'Montant TTC']), money(inv, inv.ttc)]];
    const pr = inv.provision;
    if (pr) totals.push([`Provision facturée à la commande (${pr.number} du ${date(inv, pr.date, 'slash')})`, money(inv, -pr.amount)], [x.pick(['Net à payer', 'Solde à payer', 'Reste dû']), money(inv, inv.net)]);
    const idRows = [[x.pick(['Facture n°', 'N° de facture', 'Numéro de facture']), { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Affaire', st.affaire], ['Échéance', date(inv, inv.due, 'slash')]];
    const holes = inv.holes.map((h) => [h.id, metres(h.depth), h.water ? `venue d’eau à ${metres(h.water)}` : 'sec']);
    const buyerCell = { paragraphs: [para(x.pick(['Maître d’ouvrage', 'Client', 'Facturé à']), { size: 8, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0 }))] };
    const idCell = { paragraphs: [para(x.pick(['FACTURE', 'Facture']), { bold: true, size: 15, color: accent }), wordTable([30, 46], idRows, { borders: GRID, size: 9 })] };
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Cambria']), size: 9.5, margins: [14, 16, 20, 16],
      header: [para(`${s.name} – études géotechniques`, { size: 7.5, color: '888888', align: 'right' })],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        para(me[0], { bold: true, size: 16, color: accent }),
        ...me.slice(1).map((t) => para(t, { size: 8.5 })),
        para('', { after: 6 }),
        wordTable([88, 86], [x.chance(0.5) ? [idCell, buyerCell] : [buyerCell, idCell]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        ...shown.map(([k, v]) => para(`${k} : ${v}`, { size: 9, bold: true })),
        para(`Objet : ${st.project} – campagne de reconnaissance du ${date(inv, st.fieldDay, 'long')}, ordre de service du ${date(inv, st.order, 'slash')}.`, { before: 4, after: 2 }),
        ...(sentence ? [para(sentence, { size: 9, italics: true, after: 2 })] : []),
        wordTable([98, 28, 22, 28], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], bold: true, shade: 'EEEEEE' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right'], size: 8.6 }),
        para('', { after: 6 }),
        wordTable([84, 90], [[
          { paragraphs: [para('Sondages réalisés (pour information)', { size: 8, bold: true }), wordTable([20, 22, 38], [{ cells: ['Sondage', 'Profondeur', 'Eau'], bold: true, shade: 'F5F5F5' }, ...holes], { borders: GRID, size: 8 })] },
          { paragraphs: [wordTable([62, 28], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === 2 || n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.2 })] },
        ]], { borders: NO_BORDERS }),
        para('Les profondeurs sont comptées depuis le terrain naturel ; les cotes NGF figurent au rapport. Mission G2 AVP au sens de la norme NF P 94-500 ; la mission G2 PRO fera l’objet d’une commande distincte.', { size: 7.8, italics: true, before: 6 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 9, before: 4 }),
        para(LATE_FEES, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Yearly maintenance of the city's defibrillators. ———
const AED_SITES = ['Hôtel de Ville', 'Gymnase du Portail Rouge', 'Piscine Grouchy', 'Stade Henri Lafay', 'Médiathèque Carnot', 'Maison de quartier Terrenoire', 'Salle Jeanne d’Arc', 'Cimetière du Crêt de Roc', 'Centre social Beaubrun', 'Palais des spectacles'];
const AED_MODELS = [['ZOLL', 'AED Plus'], ['Philips', 'HeartStart FRx'], ['Schiller', 'FRED PA-1'], ['Cardiac Science', 'Powerheart G5'], ['Defibtech', 'Lifeline View']];
const dae = {
  name: 'p-maintenance-defibrillateurs',
  family: 'aed-yearly-maintenance',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('p-maintenance-defibrillateurs', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'ciel', 'compact', 'dolibarr'], engagementLabels: ['ej', 'engagement', 'bonDeCommande', 'commande', 'orderRef'], marketProb: 0.35, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'aed');
    renameSupplier(inv, x.pick(['Cardio Secours Services', 'DAE Maintenance Rhône-Alpes', 'Défib’Loire', 'Vital Équipements Médicaux']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '3313Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel14(inv, x);
    inv.contract = `${x.pick(['CM', 'CTR-', 'MAINT'])}${x.digits(5)}`;
    const count = x.int(3, 9);
    const first = x.int(0, AED_SITES.length - 1);
    inv.devices = Array.from({ length: count }, (_, k) => {
      const [make, model] = x.pick(AED_MODELS);
      return { site: AED_SITES[(first + k) % AED_SITES.length], make, model, serial: `${x.pick(['', 'SN', 'X'])}${x.digits(2)}${x.pick(['', '-'])}${x.digits(6)}`, battery: addDays(inv.date, x.int(-30, 1400)), pads: addDays(inv.date, x.int(-60, 700)) };
    });
    const batteries = inv.devices.filter((d) => d.battery.y * 400 + d.battery.m * 31 + d.battery.d < inv.date.y * 400 + inv.date.m * 31 + inv.date.d + 60).length;
    const pads = inv.devices.filter((d) => d.pads.y * 400 + d.pads.m * 31 + d.pads.d < inv.date.y * 400 + inv.date.m * 31 + inv.date.d + 90).length;
    inv.lines = [{ label: `Maintenance préventive annuelle (décret 2019-1259) – contrat ${inv.contract}`, qty: count, unit: x.int(85, 190) * 100, rate: 2000 }];
    if (pads) inv.lines.push({ label: 'Paire d’électrodes adulte remplacée (péremption)', qty: pads, unit: x.int(45, 95) * 100, rate: 2000 });
    if (batteries) inv.lines.push({ label: 'Batterie longue durée remplacée', qty: batteries, unit: x.int(180, 360) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Kit de secours (rasoir, ciseaux, masque) remplacé', qty: x.int(1, count), unit: x.int(12, 25) * 100, rate: 2000 });
    inv.lines.push({ label: 'Mise à jour de la déclaration Géo’DAE', qty: 1, unit: x.int(20, 60) * 100, rate: 2000 });
    return priceLines(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', 'Maintenance']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Verdana']));
    sheet.columns = [{ width: 26 }, { width: 20 }, { width: 16 }, { width: 12 }, { width: 12 }, { width: 14 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF2E7D32' : undefined }));
    put('D1', x.pick(['FACTURE', 'Facture']), { bold: true, size: 16 });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], [x.pick(['Date', 'Date facture']), dateValue(inv.date)], ['Échéance', dateValue(inv.due)], ['Contrat', inv.contract]];
    meta.forEach(([k, v], n) => {
      put(`D${n + 3}`, k, { size: 9 });
      put(`F${n + 3}`, v, { bold: n === 0, size: 9, numFmt: n === 1 || n === 2 ? 'dd/mm/yyyy' : undefined, align: 'right' });
    });
    let r = Math.max(me.length + 2, 8);
    const buyer = buyerTexts(inv, x);
    put(`D${r}`, x.pick(['Client', 'Facturé à', 'Adresse de facturation']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`D${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service destinataire'] });
    refs.forEach(([k, v], n) => put(`A${r + 1 + n}`, `${k} : ${v}`, { size: 9, bold: true }));
    r += buyer.length + 3;
    put(`A${r}`, `Visite annuelle de maintenance de ${inv.devices.length} défibrillateurs automatisés externes – contrat de maintenance n° ${inv.contract}`, { bold: true, size: 9.5 });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'].forEach((text, k) => put(`${'ADEF'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE8F5E9', align: 'center', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8.5 });
      sheet.mergeCells(`A${n}:C${n}`);
      put(`D${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`E${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`F${n}`, { formula: `D${n}*E${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [[x.pick(['Total HT', 'Montant HT']), { formula: `SUM(F${first}:F${last})`, result: euros(inv.ht) }], [`TVA ${rate(2000)}`, { formula: `ROUND(F${r}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), { formula: `F${r}+F${r + 1}`, result: euros(inv.ttc) }]];
    totals.forEach(([k, v], n) => {
      put(`D${r + n}`, k, { bold: n === 2, size: 9, align: 'right' });
      put(`F${r + n}`, v, { bold: n === 2, size: 9, numFmt: EUR_FORMAT, border: n === 2 ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, 'Parc contrôlé', { bold: true, size: 9 });
    r += 1;
    ['Site', 'Appareil', 'N° de série', 'Batterie', 'Électrodes', 'État'].forEach((text, k) => put(`${'ABCDEF'[k]}${r}`, text, { bold: true, border: true, fill: 'FFF5F5F5', size: 8 }));
    inv.devices.forEach((d, k) => {
      const n = r + 1 + k;
      put(`A${n}`, d.site, { border: true, size: 8 });
      put(`B${n}`, `${d.make} ${d.model}`, { border: true, size: 8 });
      put(`C${n}`, d.serial, { border: true, size: 8 });
      put(`D${n}`, dateValue(d.battery), { border: true, size: 8, numFmt: 'mm/yyyy' });
      put(`E${n}`, dateValue(d.pads), { border: true, size: 8, numFmt: 'mm/yyyy' });
      put(`F${n}`, x.pick(['Opérationnel', 'Opérationnel', 'Opérationnel', 'Boîtier remplacé']), { border: true, size: 8 });
    });
    r += inv.devices.length + 2;
    put(`A${r}`, `Dates de péremption relevées lors de la visite ; consommables remplacés facturés ci-dessus (${frNumber(inv.lines.length - 1)} ligne${inv.lines.length > 2 ? 's' : ''}).`, { size: 7.6 });
    put(`A${r + 1}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [geotech, dae];

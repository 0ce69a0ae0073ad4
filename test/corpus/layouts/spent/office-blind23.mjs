// Blind-23 layouts written as office files (see ../../README.md): an Excel invoice from a fleet-telematics company for a
// month of a public body's vehicles (one row per vehicle with its plate, model, service and the box's fifteen-digit
// IMEI, the monthly subscription, a vehicle equipped during the month prorated by the day, box installations, removals
// and transfers, driver badges; a fleet discount on some; formulas with their cached results), and a Word invoice from
// a small roadworthiness-test centre for the month's tests of a public body's vehicles (one row per test with its
// date, plate, vehicle, kind — periodic test, re-test, additional emissions test —, the report's seven-digit number and
// the result, the central body's fee per test on a line of its own; the centre's approval number; a discount for
// public fleets on some).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { plate } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { accountNumber, imei, maybeRelabel23 } from '../../lib/blind23.mjs';

const MODELS = ['Renault Kangoo E-Tech', 'Peugeot e-Partner', 'Renault Master', 'Citroën Jumper', 'Iveco Daily benne', 'Dacia Duster', 'Renault Zoé', 'Mercedes Sprinter', 'Balayeuse Schmidt Cleango', 'Tracteur Kubota M5'];
const SERVICES = ['Espaces verts', 'Voirie', 'Propreté', 'Police municipale', 'Bâtiments', 'Eau et assainissement', 'Pool', 'Sports'];

// ——— 1. Fleet telematics: a month of subscriptions per vehicle, in an Excel workbook. ———
const geoloc = {
  name: 'd-geolocalisation-flotte',
  family: 'fleet-telematics-subscriptions-per-vehicle',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('d-geolocalisation-flotte', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'compact', 'quickbooks', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5, 8], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'telematics');
    renameSupplier(inv, x.pick(['Géotrak Flottes', 'Fleetis Télématique', 'Localiz Pro Véhicules', 'Suivi Flotte Connect']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '6190Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel23(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 7) });
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, 30);
    inv.account = accountNumber(x);
    inv.contract = `ABO-${inv.date.y - x.int(0, 3)}-${x.digits(4)}`;
    const perMonth = x.int(1490, 2990);
    const count = x.int(5, 16);
    inv.vehicles = Array.from({ length: count }, (_, k) => ({ plate: plate(x), model: x.pick(MODELS), service: SERVICES[(i + k) % SERVICES.length], imei: imei(x) }));
    inv.lines = inv.vehicles.map((v) => ({ ...v, label: `Abonnement géolocalisation et éco-conduite – ${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y}`, qty: 1, unit: perMonth, rate: 2000 }));
    if (x.chance(0.6)) {
      const added = { plate: plate(x), model: x.pick(MODELS), service: x.pick(SERVICES), imei: imei(x) };
      const from = addDays(inv.month.from, x.int(5, inv.month.days - 3));
      const days = inv.month.days - from.d + 1;
      inv.lines.push({ ...added, label: `Abonnement au prorata – mis en service le ${fmtDate(from, 'slash')} (${days}/${inv.month.days} j)`, qty: 1, unit: Math.round((perMonth * days) / inv.month.days), rate: 2000 });
      inv.lines.push({ ...added, label: 'Installation d’un boîtier (pose, câblage CAN, test)', qty: 1, unit: x.int(8500, 14500), rate: 2000 });
    }
    if (x.chance(0.4)) inv.lines.push({ plate: plate(x), model: x.pick(MODELS), service: x.pick(SERVICES), imei: imei(x), label: 'Dépose et transfert du boîtier sur un véhicule de remplacement', qty: 1, unit: x.int(6500, 11000), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ plate: '', model: '', service: '', imei: '', label: 'Badges d’identification conducteur (lot de 10)', qty: x.int(1, 4), unit: x.int(3500, 6000), rate: 2000 });
    return priceLines(inv, [2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', MONTHS[inv.month.from.m - 1]]), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Segoe UI']));
    sheet.columns = [{ width: 12 }, { width: 20 }, { width: 14 }, { width: 18 }, { width: 44 }, { width: 6 }, { width: 11 }, { width: 12 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF0D47A1' : undefined }));
    put(`A${me.length + 1}`, 'Géolocalisation de flottes – télématique embarquée – éco-conduite', { italic: true, size: 8 });
    put('G1', 'FACTURE', { bold: true, size: 16 });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], [x.pick(['Date', 'Date facture', 'Émise le']), dateValue(inv.date)], ['Compte client', inv.account], ['Contrat', inv.contract], ['Période', `${fmtDate(inv.month.from, 'slash')} au ${fmtDate(inv.month.to, 'slash')}`]];
    meta.forEach(([k, v], n) => {
      put(`F${n + 3}`, k, { size: 8.5 });
      put(`G${n + 3}`, v, { bold: n === 0, size: 8.5, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    let r = Math.max(me.length + 3, 10);
    const buyer = buyerTexts(inv, x);
    put(`E${r}`, x.pick(['Facturé à', 'Client', 'Adresse de facturation']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`E${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de géolocalisation n°', 'N° de marché'], service: ['Code service', 'Service', 'Garage municipal (code service)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    if (shown.length) put(`A${r}`, x.pick(['Vos références', 'Références']), { bold: true, size: 8.5 });
    shown.forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, k, { size: 9 });
      put(`C${r + 1 + n}`, v, { size: 9, bold: true, align: 'left' });
    });
    r += Math.max(buyer.length, shown.length) + 2;
    put(`A${r}`, `Objet : suivi de flotte – ${inv.vehicles.length} véhicules équipés`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    ['Immat.', 'Véhicule', 'Service', 'IMEI boîtier', 'Prestation', 'Qté', 'P.U. HT', 'Montant HT'].forEach((text, k) => put(`${'ABCDEFGH'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE3F2FD', align: 'center', size: 8 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.plate, { border: true, size: 7.6 });
      put(`B${n}`, l.model, { border: true, size: 7.4 });
      put(`C${n}`, l.service, { border: true, size: 7.4 });
      put(`D${n}`, l.imei, { border: true, size: 7.4 });
      put(`E${n}`, l.label, { border: true, size: 7.4, wrap: true });
      if (l.label.length > 58) sheet.getRow(n).height = 24;
      put(`F${n}`, l.qty, { border: true, size: 8, numFmt: '0', align: 'center' });
      put(`G${n}`, euros(l.unit), { border: true, size: 8, numFmt: EUR_FORMAT });
      put(`H${n}`, { formula: `F${n}*G${n}`, result: euros(l.total) }, { border: true, size: 8, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.discount) {
      totals.push(['Total brut HT', { formula: `SUM(H${first}:H${last})`, result: euros(inv.grossHT) }]);
      totals.push([`Remise flotte ${inv.discountPct} %`, { formula: `-ROUND(H${r}*${inv.discountPct / 100},2)`, result: -euros(inv.discount) }]);
      totals.push(['Total net HT', { formula: `H${r}+H${r + 1}`, result: euros(inv.ht) }]);
    } else totals.push([x.pick(['Total HT', 'Montant HT']), { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }]);
    const htRow = r + totals.length - 1;
    totals.push([x.pick(['TVA 20 %', 'T.V.A. 20%']), { formula: `ROUND(H${htRow}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer', 'TOTAL TTC']), { formula: `H${htRow}+H${htRow + 1}`, result: euros(inv.ttc) }]);
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      put(`E${r + m}`, k, { bold: strong, size: 9.5, align: 'right' });
      sheet.mergeCells(`E${r + m}:G${r + m}`);
      put(`H${r + m}`, v, { bold: strong, size: 9.5, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Prélèvement non autorisé pour les collectivités : paiement à 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 2. Roadworthiness tests of a public fleet, a small centre's Word template. ———
const KINDS = [['Contrôle technique périodique', 7200, 8900], ['Contrôle technique périodique', 7200, 8900], ['Contre-visite', 1500, 2500], ['Contrôle complémentaire (pollution)', 2500, 3500]];
const VEHICLES = [['Renault Kangoo', 'VL'], ['Peugeot Partner', 'VL'], ['Renault Trafic', 'VL'], ['Citroën Jumper', 'VL'], ['Renault Clio', 'VL'], ['Dacia Sandero', 'VL'], ['Iveco Daily 35C', 'VL'], ['Toyota Hilux', 'VL'], ['Renault Master benne', 'VL']];
const controle = {
  name: 'd-controle-technique',
  family: 'roadworthiness-tests-fleet-month',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('d-controle-technique', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['micro', 'plain', 'carnet'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'bcShort', 'commandeClient'], marketProb: 0.4, serviceProb: 0.55, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: [0, 0, 10], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'ct');
    renameSupplier(inv, x.pick(['Centre de Contrôle Technique des Aciéries', 'CT Auto Bellevue', 'Contrôle Auto du Furan', 'Autocontrôle Gier Sud']), x.pick(['SARL', 'EURL', 'SAS']));
    inv.supplier.ape = '7120A';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel23(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 8) });
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, 30);
    inv.approval = `S042T${x.digits(3)}`;
    inv.tests = Array.from({ length: x.int(3, 11) }, (_, k) => {
      const [kind, lo, hi] = k === 0 ? KINDS[0] : x.pick(KINDS);
      const [model, category] = x.pick(VEHICLES);
      const result = kind === 'Contre-visite' ? 'A' : x.pick(['A', 'A', 'A', 'S', 'S']);
      return { day: addDays(inv.month.from, Math.min(inv.month.days - 1, Math.floor((k * inv.month.days) / 11) + x.int(0, 2))), plate: plate(x), model, category, kind, pv: `${x.int(1, 9)}${x.digits(6)}`, result, unit: Math.round(x.int(lo, hi) / 10) * 10 };
    });
    inv.lines = inv.tests.map((t) => ({ label: `${t.kind} – ${t.plate}`, qty: 1, unit: t.unit, rate: 2000 }));
    const fee = x.pick([142, 148, 154]);
    inv.fee = fee;
    inv.lines.push({ label: 'Redevance OTC (Organisme technique central), par contrôle', qty: inv.tests.length, unit: fee, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de contrôles techniques n°', 'N° de marché'], service: ['Code service', 'Service', 'Garage municipal (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const accent = x.pick(['1565C0', '2E7D32', 'AD1457']);
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Facture N°']);
    const head = ['Date', 'Immatriculation', 'Véhicule', 'Nature du contrôle', 'N° PV', 'Rés.', 'Prix HT'];
    const testRows = inv.tests.map((t) => [fmtDate(t.day, 'slash'), t.plate, `${t.model} (${t.category})`, t.kind, t.pv, t.result, plainMoney(inv, t.unit)]);
    const feeRow = ['', '', '', `Redevance OTC : ${inv.tests.length} × ${plainMoney(inv, inv.fee)}`, '', '', plainMoney(inv, inv.tests.length * inv.fee)];
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise flotte collectivité ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push([inv.discount ? 'Total net HT' : 'Total HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)], [x.pick(['Total TTC', 'Net à payer', 'NET À PAYER TTC']), money(inv, inv.ttc)]);
    const refRows = [[numberLabel, { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)], ['Période', `${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y}`], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Times New Roman']), size: 9, margins: [14, 15, 20, 15],
      footer: [para(legalLine(inv), { size: 6.6, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([100, 80], [[{ paragraphs: [para(me[0], { bold: true, size: 13, color: accent }), para(`Contrôle technique automobile – centre agréé n° ${inv.approval}`, { size: 7.6, italics: true }), ...me.slice(1).map((t) => para(t, { size: 8 }))] }, { paragraphs: [para('FACTURE', { bold: true, size: 18, align: 'right', color: accent }), para('', { after: 6 }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        wordTable([44, 54], refRows, { borders: x.chance(0.5) ? GRID : ROWS, size: 8.6 }),
        para(`Objet : contrôles techniques des véhicules de la flotte – ${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y}`, { bold: true, before: 5 }),
        ...(sentence ? [para(sentence, { size: 8.4, italics: true })] : []),
        para('', { after: 2 }),
        wordTable([20, 26, 31, 42, 18, 10, 22], [{ cells: head, bold: true, shade: 'EEEEEE' }, ...testRows, feeRow], { borders: GRID, align: ['left', 'left', 'left', 'left', 'left', 'center', 'right'], size: 7.8 }),
        para('Résultat : A = favorable, S = défavorable pour défaillances majeures (contre-visite sous deux mois), R = défavorable pour défaillances critiques.', { size: 7, before: 2, color: '555555' }),
        para('', { after: 3 }),
        wordTable([64, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 5 }),
        para(`Conditions de règlement : 30 jours, le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

export default [geoloc, controle];

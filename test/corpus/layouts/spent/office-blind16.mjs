// Blind-16 layouts written as office files (see ../../README.md): a Word invoice from an occupational-health service
// (an association) for the medical visits of a public body's staff over a quarter, exempt from VAT under art. 261-4-1°
// of the CGI (`totalTVA` 0.00 and HT = TTC; visits by kind, hearing tests, vaccines, an ergonomist's hours; the agents
// seen listed by their staff number, service and date for information; the member number beside the invoice's; the
// quarterly provision already invoiced deducted with its own number on some), and an Excel invoice from a long-term
// vehicle-leasing company for a month of a public body's fleet (one row per vehicle with its contract number, plate,
// model, term, financial rent and services; excess kilometres of a returned vehicle at a price per km with three
// decimals, reconditioning, fines handling).
import { AlignmentType, Packer } from 'docx';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { plate, quarterName, quarterOf } from '../../lib/blind9.mjs';
import { deductProvision, priceLines } from '../../lib/blind10.mjs';
import { earlierNumber } from '../../lib/blind12.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { associationLegalLine, maybeRelabel16, previousMonth } from '../../lib/blind16.mjs';

// ——— 1. Occupational health: the staff's medical visits of a quarter, exempt from VAT. ———
const VISITS = [
  ['VIP', 'Visite d’information et de prévention (VIP) initiale', 6500, 9500],
  ['Reprise', 'Visite de reprise après arrêt de travail', 7000, 10500],
  ['SIR', 'Examen médical d’aptitude – suivi individuel renforcé', 9000, 13000],
  ['Infirmier', 'Entretien infirmier en santé au travail', 4500, 6500],
  ['Demande', 'Visite à la demande de l’agent ou de l’employeur', 7000, 10000],
];
const SERVICES = ['Voirie', 'Espaces verts', 'Écoles', 'Police municipale', 'Piscines', 'Restauration scolaire', 'Bibliothèques', 'Propreté urbaine', 'Petite enfance'];
const sante = {
  name: 't-sante-travail-visites',
  family: 'occupational-health-visits-exempt',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('t-sante-travail-visites', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'year2', 'micro', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementChorus', 'referenceEngagement'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash', 'long', 'iso'], rates: [[0]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0 });
    const x = extraRng(inv, 'health');
    renameSupplier(inv, x.pick(['Prévention Santé Travail Loire', 'Santé au Travail Forez-Gier', 'Service de Santé au Travail du Pilat', 'Présanse Loire Sud']), 'Association');
    inv.supplier.ape = '8621Z';
    inv.rna = `W${x.int(421, 429)}${x.digits(6)}`;
    inv.member = `ADH-${x.digits(5)}`;
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel16(inv, x);
    const q = quarterOf(addDays(inv.date, -x.int(20, 60)));
    inv.quarter = q;
    redate(inv, addDays(q.to, x.int(3, 20)));
    inv.due = addDays(inv.date, 30);
    const kinds = VISITS.filter((_, k) => k === i % VISITS.length || x.chance(0.55));
    inv.agents = [];
    inv.lines = [];
    for (const [short, label, lo, hi] of kinds) {
      const n = x.int(1, 5);
      for (let k = 0; k < n; k++) inv.agents.push({ id: `${x.int(1, 9)}${x.digits(5)}`, service: x.pick(SERVICES), kind: short, day: addDays(q.from, x.int(0, 85)) });
      inv.lines.push({ label, qty: n, unit: x.int(lo / 100, hi / 100) * 100, rate: 0 });
    }
    inv.agents.sort((a, b) => (a.day.m - b.day.m) * 40 + a.day.d - b.day.d);
    if (x.chance(0.5)) inv.lines.push({ label: 'Audiogramme de dépistage', qty: x.int(2, 9), unit: x.int(25, 40) * 100, rate: 0 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Vaccination (vaccin fourni) – diphtérie, tétanos, poliomyélite', qty: x.int(1, 6), unit: x.int(28, 45) * 100, rate: 0 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Étude de poste par l’ergonome (heure)', qty: x.int(2, 8), unit: x.int(75, 110) * 100, rate: 0 });
    inv.vatExempt = 'Exonération de TVA – article 261-4-1° du CGI';
    inv.print.supplierSiren = false;
    priceLines(inv, [0]);
    inv.provision = null;
    if (x.chance(0.5)) {
      deductProvision(inv, x, { min: 0.3, max: 0.6, step: 10000 });
      inv.provision = { number: earlierNumber(inv.number, x, inv.date.y), date: addDays(q.from, x.int(5, 20)), amount: inv.deposit };
    }
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const q = inv.quarter;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de santé au travail n°', 'N° de marché'], service: ['Code service', 'Service', 'Service RH (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const accent = x.pick(['00695C', '1565C0', '6A1B9A']);
    const numberLabel = x.pick(['N° de facture', 'Facture n°', 'Numéro de document', 'Référence']);
    const idRows = [[numberLabel, { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['N° d’adhérent', inv.member], ['Période', quarterName(q)], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[x.pick(['Total HT', 'Montant total', 'Total des prestations']), money(inv, inv.ht)], ['TVA', x.pick(['Exonérée', '0,00'])], [x.pick(['Total TTC', 'Total net']), money(inv, inv.ttc)]];
    const pr = inv.provision;
    if (pr) totals.push([`Provision trimestrielle déjà facturée (${pr.number} du ${date(inv, pr.date, 'slash')})`, money(inv, -pr.amount)], [x.pick(['Reste dû', 'Solde à régler', 'Net à payer']), money(inv, inv.net)]);
    const agents = inv.agents.map((a) => [a.id, a.service, a.kind, date(inv, a.day, 'slash')]);
    const buyerCell = { paragraphs: [para(x.pick(['Adhérent', 'Employeur', 'Facturé à']), { size: 8, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0 }))] };
    const idCell = { paragraphs: [para(x.pick(['FACTURE', 'Facture']), { bold: true, size: 15, color: accent }), wordTable([32, 46], idRows, { borders: GRID, size: 8.6 })] };
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Verdana']), size: 9.2, margins: [14, 16, 20, 16],
      header: [para(`${s.name} – service de prévention et de santé au travail`, { size: 7.5, color: '888888', align: 'right' })],
      footer: [para(associationLegalLine(inv, inv.rna), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        para(me[0], { bold: true, size: 15, color: accent }),
        ...me.slice(1).map((t) => para(t, { size: 8.4 })),
        para('', { after: 6 }),
        wordTable([86, 88], [x.chance(0.5) ? [buyerCell, idCell] : [idCell, buyerCell]], { borders: NO_BORDERS }),
        para(`Objet : suivi de l’état de santé des agents – ${quarterName(q)} (du ${date(inv, q.from, 'slash')} au ${date(inv, q.to, 'slash')}).`, { before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { size: 8.8, italics: true, after: 2 })] : []),
        wordTable([100, 20, 26, 28], [{ cells: ['Prestation', 'Nombre', 'Tarif', 'Montant'], bold: true, shade: 'E0F2F1' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right'], size: 8.6 }),
        para('', { after: 4 }),
        wordTable([70, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === 2 || n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para(inv.vatExempt, { size: 8.4, bold: true, before: 4 }),
        para('Agents reçus (pour information ; le détail médical reste couvert par le secret médical)', { size: 8, bold: true, before: 6, after: 2 }),
        wordTable([28, 50, 28, 28], [{ cells: ['Matricule', 'Service', 'Visite', 'Date'], bold: true, shade: 'F5F5F5' }, ...agents], { borders: GRID, size: 7.6 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.8, before: 6 }),
        para(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.2, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Long-term leasing of a fleet: a month's rents. ———
const MODELS = ['Renault Zoé E-Tech', 'Peugeot e-208', 'Renault Kangoo Van E-Tech', 'Citroën ë-Berlingo Van', 'Dacia Spring', 'Peugeot e-Partner', 'Renault Master E-Tech fourgon', 'Toyota Yaris hybride'];
const lld = {
  name: 't-location-longue-duree',
  family: 'fleet-long-term-lease-monthly',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('t-location-longue-duree', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'compact', 'ciel', 'dolibarr'], engagementLabels: ['ej', 'engagement', 'bonDeCommande', 'commande', 'orderRef'], marketProb: 0.55, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'lease');
    renameSupplier(inv, x.pick(['Flotte Publique Location', 'Loire Fleet Leasing', 'Auto Collectivités LLD', 'Mobilités Locatives Rhône-Loire']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '7711A';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel16(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: 1 });
    inv.due = addDays(inv.date, 30);
    const next = addDays(inv.date, 32);
    inv.month = previousMonth({ y: next.y, m: next.m, d: 1 });
    const first = x.int(0, MODELS.length - 1);
    inv.vehicles = Array.from({ length: x.int(3, 8) }, (_, k) => {
      const term = x.pick([36, 48, 60]);
      return { contract: `LLD-${x.digits(6)}`, plate: plate(x), model: MODELS[(first + k) % MODELS.length], start: addDays(inv.date, -x.int(60, term * 28)), term, km: x.pick([10000, 15000, 20000]), rent: x.int(18000, 52000), services: x.int(2500, 9000) };
    });
    inv.lines = inv.vehicles.map((v) => ({ label: `${v.model} – ${v.plate} – contrat ${v.contract}`, qty: 1, unit: v.rent + v.services, rate: 2000 }));
    inv.returned = null;
    if (x.chance(0.5)) {
      const v = { contract: `LLD-${x.digits(6)}`, plate: plate(x), model: x.pick(MODELS) };
      const over = x.int(800, 9500);
      const mills = x.int(45, 140);
      inv.returned = { ...v, over, mills };
      inv.lines.push({ label: `Kilomètres excédentaires – véhicule restitué ${v.plate} (contrat ${v.contract}) : ${frNumber(over)} km × ${mills3(mills)} €`, qty: 1, unit: millsTotal(over, mills), rate: 2000 });
      if (x.chance(0.6)) inv.lines.push({ label: `Frais de remise en état à la restitution (PV d’expertise du ${date(inv, addDays(inv.date, -x.int(5, 20)), 'slash')})`, qty: 1, unit: x.int(150, 900) * 100, rate: 2000 });
    }
    if (x.chance(0.4)) inv.lines.push({ label: 'Frais de gestion des avis de contravention (désignation du conducteur)', qty: x.int(1, 4), unit: x.pick([1200, 1500, 1800]), rate: 2000 });
    return priceLines(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Loyers', 'FACTURE']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Tahoma']));
    sheet.columns = [{ width: 16 }, { width: 13 }, { width: 26 }, { width: 12 }, { width: 9 }, { width: 13 }, { width: 13 }, { width: 14 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF0D47A1' : undefined }));
    put('F1', x.pick(['FACTURE', 'Facture de loyers']), { bold: true, size: 15 });
    const numberLabel = x.pick(['N° facture', 'Document', 'Numéro de document', 'Pièce n°']);
    const meta = [[numberLabel, inv.number], [x.pick(['Date', 'Date facture', 'Date du document']), dateValue(inv.date)], ['Échéance', dateValue(inv.due)], ['Compte client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`F${n + 3}`, k, { size: 9 });
      put(`H${n + 3}`, v, { bold: n === 0, size: 9, numFmt: n === 1 || n === 2 ? 'dd/mm/yyyy' : undefined, align: 'right' });
    });
    let r = Math.max(me.length + 2, 8);
    const buyer = buyerTexts(inv, x);
    put(`F${r}`, x.pick(['Locataire', 'Client', 'Facturé à']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`F${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché de location n°'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shown.forEach(([k, v], n) => put(`A${r + 1 + n}`, `${k} : ${v}`, { size: 9, bold: true }));
    r += buyer.length + 3;
    put(`A${r}`, `Loyers de location longue durée – mois de ${inv.month.name} (terme à échoir, du ${date(inv, inv.month.from, 'slash')} au ${date(inv, inv.month.to, 'slash')})`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    ['Contrat', 'Immat.', 'Véhicule', 'Début', 'Durée', 'Loyer fin. HT', 'Prestations HT', 'Total HT'].forEach((text, k) => put(`${'ABCDEFGH'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE3F2FD', align: 'center', size: 8 }));
    const first = r + 1;
    inv.vehicles.forEach((v, k) => {
      const n = first + k;
      put(`A${n}`, v.contract, { border: true, size: 8 });
      put(`B${n}`, v.plate, { border: true, size: 8 });
      put(`C${n}`, v.model, { border: true, size: 8 });
      put(`D${n}`, dateValue(v.start), { border: true, size: 8, numFmt: 'dd/mm/yyyy' });
      put(`E${n}`, `${v.term} mois`, { border: true, size: 8, align: 'center' });
      put(`F${n}`, euros(v.rent), { border: true, size: 8, numFmt: EUR_FORMAT });
      put(`G${n}`, euros(v.services), { border: true, size: 8, numFmt: EUR_FORMAT });
      put(`H${n}`, { formula: `F${n}+G${n}`, result: euros(v.rent + v.services) }, { border: true, size: 8, numFmt: EUR_FORMAT });
    });
    let n = first + inv.vehicles.length;
    for (const l of inv.lines.slice(inv.vehicles.length)) {
      put(`A${n}`, l.label, { border: true, size: 8 });
      sheet.mergeCells(`A${n}:E${n}`);
      put(`F${n}`, l.qty, { border: true, size: 8, numFmt: '0', align: 'center' });
      put(`G${n}`, euros(l.unit), { border: true, size: 8, numFmt: EUR_FORMAT });
      put(`H${n}`, { formula: `F${n}*G${n}`, result: euros(l.total) }, { border: true, size: 8, numFmt: EUR_FORMAT });
      n++;
    }
    const last = n - 1;
    r = last + 2;
    const totals = [[x.pick(['Total HT', 'Montant HT', 'Base HT']), { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }], [`TVA ${rate(2000)}`, { formula: `ROUND(H${r}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), { formula: `H${r}+H${r + 1}`, result: euros(inv.ttc) }]];
    totals.forEach(([k, v], m) => {
      put(`F${r + m}`, k, { bold: m === 2, size: 9, align: 'right' });
      put(`H${r + m}`, v, { bold: m === 2, size: 9, numFmt: EUR_FORMAT, border: m === 2 ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, `Kilométrage contractuel : ${inv.vehicles.map((v) => `${v.plate} ${frNumber(v.km)} km/an`).join(' ; ')}. Prestations : entretien, pneumatiques, assistance 24/24.`, { size: 7.4 });
    put(`A${r + 1}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [sante, lld];

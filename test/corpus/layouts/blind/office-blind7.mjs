// Blind-7 layouts written as real Office files, printed by LibreOffice in a French locale (see ../../README.md): a
// Word invoice for a pest-control contract's quarterly visit (visit n° k of 4, the annual price divided by four, a
// table of bait stations with their consumption), and an Excel invoice from a ticketing company for its commission
// on the tickets it sold on the city's behalf (the receipts printed for information, not invoiced).
import { AlignmentType, Packer } from 'docx';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, rate, recompute, references } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { totalsRows } from '../../lib/blind7.mjs';

const textParas = (texts, { size } = {}) => texts.map((t, k) => para(t, { bold: k === 0, size: k === 0 ? (size ?? 10) + 3 : size }));

// ——— 1. Pest control: one quarterly visit of an annual contract. ———
const BUILDINGS = ['Cuisine centrale', 'Groupe scolaire Jacquard', 'Hôtel de Ville – sous-sols', 'Marché couvert', 'Archives municipales', 'Crèche Les Coccinelles'];
const deratisation = {
  name: 'x-deratisation-contrat',
  family: 'pest-control-contract-visit',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('x-deratisation-contrat', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'sage', 'odoo', 'year2'], engagementLabels: ['engagementJuridique', 'ej', 'numeroEj', 'bonDeCommande'], marketProb: 0.6, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'pest');
    renameSupplier(inv, x.pick(['Hygiène 3D Loire', 'Rhône-Forez Dératisation', 'Nuisibles Services Stéphanois', 'Anti-Rongeurs Contrôle']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8129A';
    const annual = x.int(120, 480) * 1000;
    inv.contract = { number: `CT-${x.digits(5)}`, visit: x.int(1, 4), annual, visitDay: addDays(inv.date, -x.int(1, 15)), building: x.pick(BUILDINGS), technician: x.pick(['M. Kévin Bayle', 'Mme Sandrine Oriol', 'M. Farid Mekki']) };
    inv.stations = Array.from({ length: x.int(5, 9) }, (_, k) => ({ id: `P${String(k + 1).padStart(2, '0')}`, place: x.pick(['Local poubelles', 'Réserve sèche', 'Chaufferie', 'Vide sanitaire', 'Quai de livraison', 'Cave', 'Local technique']), use: x.pick([0, 0, 0, 25, 50, 100]) }));
    inv.lines = [{ label: `Visite n° ${inv.contract.visit}/4 – contrat annuel ${inv.contract.number} (${plainMoney(inv, annual)} € HT / an)`, qty: 1, unit: annual / 4, rate: 2000, total: annual / 4 }];
    if (x.chance(0.5)) {
      const unit = x.int(1500, 3000);
      const n = x.int(2, 6);
      inv.lines.push({ label: 'Postes d’appâtage sécurisés supplémentaires', qty: n, unit, rate: 2000, total: n * unit });
    }
    if (x.chance(0.4)) inv.lines.push({ label: 'Traitement complémentaire insectes rampants (gel)', qty: 1, unit: x.int(9000, 18000), rate: 2000 });
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const c = inv.contract;
    const rows = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const stations = inv.stations.map((s) => [s.id, s.place, `${s.use} %`, s.use ? 'Appât renouvelé' : 'RAS']);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri']), size: 9.5, margins: [15, 15, 20, 15],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([100, 74], [[{ paragraphs: textParas(supplierTexts(inv, x), { size: 9 }) }, { paragraphs: [para(x.pick(['FACTURE', 'Facture']), { bold: true, size: 17, align: 'right', color: '2E7D32' }), para(`N° ${inv.number}`, { align: 'right', bold: true }), para(`Date : ${date(inv, inv.date)}`, { align: 'right' }), para('Certibiocide n° ' + `${x.int(10000, 99999)}`, { align: 'right', size: 7.5 })] }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        wordTable([96, 78], [[{ paragraphs: references(inv).map(([k, v]) => para(`${k} : ${v}`, { bold: true })) }, { paragraphs: [para(x.pick(['Client', 'Site facturé']), { size: 8, color: '666666' }), ...textParas(buyerTexts(inv, x))] }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        para(`Contrat de dératisation et désinsectisation ${c.number} – ${c.building} – visite du ${date(inv, c.visitDay, 'slash')} par ${c.technician}`, { bold: true, after: 3 }),
        wordTable([96, 20, 28, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], bold: true, shade: 'E8F5E9' }, ...rows], { borders: ROWS, align: ['left', 'right', 'right', 'right'], size: 9 }),
        para('', { after: 4 }),
        wordTable([64, 32], totalsRows(inv, x.pick(['Total TTC', 'Net à payer'])).map(([k, v, bold]) => ({ cells: [k, money(inv, v)], bold })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para(paymentText(inv), { size: 9, before: 6 }),
        para(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7.5, before: 2, after: 6 }),
        para('Relevé des postes d’appâtage (rodenticide sous boîte sécurisée)', { bold: true, size: 9, after: 2 }),
        wordTable([20, 70, 30, 54], [{ cells: ['Poste', 'Emplacement', 'Consommation', 'Action'], bold: true, shade: 'EEEEEE' }, ...stations], { borders: GRID, align: ['left', 'left', 'right', 'left'], size: 8 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Ticketing company: commission on the tickets sold for the city. ———
const SHOWS = ['Saison culturelle – Opéra de Saint-Étienne', 'Festival Les Oreilles en Pointe', 'Biennale Internationale Design – billets jour', 'Concerts d’été au Jardin des Plantes', 'Planétarium – séances scolaires'];
const billetterie = {
  name: 'x-billetterie-commission',
  family: 'ticketing-commission',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('x-billetterie-commission', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['stripe', 'hash', 'pennylane', 'odoo'], engagementLabels: ['engagement', 'ej', 'engagementJuridiqueNo', 'commandePublique'], marketProb: 0.5, serviceProb: 0.7, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'tickets');
    renameSupplier(inv, x.pick(['Billetik Loire', 'Guichet Numérique SAS', 'TicketForez', 'Place Réservée Services']), 'SAS');
    inv.supplier.ape = '7990Z';
    const tickets = x.int(300, 6000);
    const average = x.int(800, 3500);
    const receipts = tickets * average;
    const pct = x.pick([4, 5, 6, 7.5]);
    const perTicket = x.pick([20, 25, 30, 35]);
    inv.sales = { show: x.pick(SHOWS), tickets, receipts, pct, perTicket, from: addDays(inv.date, -x.int(35, 60)) };
    inv.sales.to = addDays(inv.sales.from, x.int(20, 30));
    inv.lines = [
      { label: `Commission sur recettes (${frNumber(pct, pct % 1 ? 1 : 0)} %)`, qty: 1, unit: Math.round((receipts * pct) / 100), rate: 2000 },
      { label: 'Frais techniques par billet émis', qty: tickets, unit: perTicket, rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Frais bancaires (paiements par carte)', qty: 1, unit: Math.round(receipts * 0.012), rate: 2000 });
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    const s = inv.sales;
    sheet.columns = [{ width: 40 }, { width: 12 }, { width: 13 }, { width: 15 }];
    supplierTexts(inv, x).forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 13 : 9 }));
    buyerTexts(inv, x).forEach((t, k) => put(`C${k + 2}`, t, { bold: k === 0 }));
    let r = 11;
    put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
    put(`C${r}`, 'Date :', { align: 'right' });
    put(`D${r}`, dateValue(inv.date), { numFmt: 'dd/mm/yyyy', align: 'right' });
    for (const [k, v] of references(inv)) {
      r++;
      put(`A${r}`, `${k} : ${v}`, { size: 9 });
    }
    r += 2;
    put(`A${r}`, `Ventes pour le compte de la régie : ${s.show}`, { bold: true, size: 9.5 });
    r++;
    put(`A${r}`, `Période de vente du ${date(inv, s.from, 'slash')} au ${date(inv, s.to, 'slash')} – ${frNumber(s.tickets)} billets émis`, { size: 9 });
    r++;
    put(`A${r}`, 'Recettes encaissées TTC (reversées à la régie, pour information)', { size: 9, italic: true });
    put(`D${r}`, euros(s.receipts), { numFmt: EUR_FORMAT, size: 9, italic: true });
    r += 2;
    const head = r;
    ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'].forEach((t, c) => put(`${'ABCD'[c]}${head}`, t, { bold: true, border: true, fill: 'FFDDEBF7', align: 'center', size: 9 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.label, { border: true, size: 9 });
      put(`B${n}`, l.qty, { border: true, size: 9, numFmt: '#,##0' });
      put(`C${n}`, euros(l.unit), { border: true, size: 9, numFmt: '#,##0.00' });
      put(`D${n}`, { formula: `ROUND(B${n}*C${n},2)`, result: euros(l.total) }, { border: true, size: 9, numFmt: EUR_FORMAT });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    const rows = [['Total HT', { formula: `SUM(D${first}:D${last})`, result: euros(inv.ht) }], [`TVA ${rate(2000)}`, { formula: `ROUND(D${r}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer']), { formula: `D${r}+D${r + 1}`, result: euros(inv.ttc) }]];
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`C${r + n}`, k, { bold: strong, align: 'right' });
      put(`D${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += rows.length + 1;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [deratisation, billetterie];

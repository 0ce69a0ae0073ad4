// Blind-5 layouts written as real Office files and printed by LibreOffice in a French locale (see ../../README.md):
// Word invoices for a fleet vehicle repair (plate, VIN, mileage, parts and labour), IT hardware with serial numbers
// and warranty dates, and waste collection priced by weighbridge tickets (kilograms, tonnes with three decimals);
// Excel invoices for a school-canteen supplier (a month of deliveries, order and delivery dates in columns, two
// pages), a temporary-work agency (weeks, workers, overtime) and a bookshop (ISBN, public prices with VAT, the 9 %
// discount allowed to libraries).
import { AlignmentType, Packer } from 'docx';
import { addDays, MONTHS, pad } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, rate, recompute, references } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier, sum } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';

const CITY_HEAVY = { cityProb: 0.65, engagementProb: 0.75 };
const LETTERS = 'ABCDEFGHJKLMNPQRSTVWXYZ';
const letters = (x, n) => Array.from({ length: n }, () => x.pick(LETTERS.split(''))).join('');
const textParas = (texts, { size } = {}) => texts.map((t, k) => para(t, { bold: k === 0, size: k === 0 ? (size ?? 10) + 3 : size }));
const byDate = (a, b) => (a.y - b.y) || (a.m - b.m) || (a.d - b.d);

/** A Word invoice head: supplier left, title and meta right, then the buyer under the meta. */
function wordHead(inv, x, { title = 'FACTURE', meta = [], color = '1F3864' } = {}) {
  return [
    wordTable([100, 74], [[{ paragraphs: textParas(supplierTexts(inv, x), { size: 9 }) }, { paragraphs: [para(title, { bold: true, size: 18, align: 'right', color }), ...meta.map(([k, v]) => para(`${k} ${v}`, { align: 'right' }))] }]], { borders: NO_BORDERS }),
    para('', { after: 4 }),
    wordTable([96, 78], [[{ paragraphs: references(inv).map(([k, v]) => para(`${k} : ${v}`, { bold: true })) }, { paragraphs: [para(x.pick(['Client', 'Facturé à', 'Destinataire']), { size: 8, color: '666666' }), ...textParas(buyerTexts(inv, x))] }]], { borders: NO_BORDERS }),
    para('', { after: 4 }),
  ];
}
function wordTotals(inv, rows) {
  return wordTable([64, 32], rows.map(([k, v, bold]) => ({ cells: [k, typeof v === 'number' ? money(inv, v) : v], bold })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT });
}
const payment = (inv, prefix = 'Règlement par virement') => (inv.print.iban ? `${prefix} – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : 'Règlement par mandat administratif à 30 jours.');

// ——— 1. Fleet vehicle repair. ———
const VEHICLES = ['Renault Master 2.3 dCi 135', 'Peugeot Partner BlueHDi 100', 'Iveco Daily 35C16', 'Renault Kangoo E-Tech électrique', 'Citroën Jumper 2.2 HDi', 'Dacia Duster 4x4', 'Renault Zoé R110'];
const PARTS = [['Plaquettes de frein avant', 4500, 9500], ['Disques de frein avant (la paire)', 8000, 19000], ['Filtre à huile', 900, 2200], ['Huile moteur 5W30 (litre)', 900, 1600], ['Filtre à air', 1500, 3500], ['Balais d’essuie-glace', 1800, 3900], ['Batterie 12 V 95 Ah', 13000, 21000], ['Pneumatique 215/65 R16C', 9000, 16000], ['Kit de distribution', 18000, 34000], ['Ampoule H7', 600, 1400]];
const garage = {
  name: 'v-garage-flotte',
  family: 'vehicle-repair',
  producers: ['docx'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('v-garage-flotte', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'sage', 'ciel', 'compact'], engagementLabels: ['bonDeCommande', 'engagement', 'bdc', 'ejNo'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [2, 5], rcsProb: 0.6 });
    const x = extraRng(inv, 'vehicle');
    renameSupplier(inv, x.pick(['Garage Central Fauriel', 'Auto Service Ondaine', 'Forez Utilitaires', 'Garage du Marais']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4520A';
    inv.vehicle = { model: x.pick(VEHICLES), plate: `${letters(x, 2)}-${x.digits(3)}-${letters(x, 2)}`, vin: `VF${x.pick(['1', '3', '7'])}${letters(x, 3)}${x.digits(11)}`, km: x.int(4000, 240000), first: { y: inv.date.y - x.int(1, 9), m: x.int(1, 12), d: x.int(1, 28) }, fleet: `${x.pick(['V', 'VL', 'PARC'])}-${x.digits(4)}` };
    inv.repairOrder = `OR${x.digits(6)}`;
    const first = x.int(0, PARTS.length - 1);
    const discount = x.pick([0, 0, 10, 15]);
    const parts = inv.lines.map((l, k) => {
      const [label, lo, hi] = PARTS[(first + k) % PARTS.length];
      const q = label.includes('litre') ? x.pick([4, 5, 6.5, 7]) : x.pick([1, 1, 2, 4]);
      const unit = x.int(lo, hi);
      return { kind: 'P', ref: `${x.digits(10)}`, label, qty: q, unit, discount, rate: 2000, total: Math.round((q * unit * (100 - discount)) / 100) };
    });
    const hourly = x.int(5800, 7900);
    const hours = x.pick([0.5, 1, 1.2, 1.5, 2, 2.5, 3.5]);
    const labour = [{ kind: 'MO', ref: 'T2', label: 'Main-d’œuvre mécanique', qty: hours, unit: hourly, discount: 0, rate: 2000, total: Math.round(hours * hourly) }];
    if (x.chance(0.5)) {
      const unit = x.int(3500, 6500);
      labour.push({ kind: 'MO', ref: 'DIAG', label: 'Diagnostic électronique (valise)', qty: 1, unit, discount: 0, rate: 2000, total: unit });
    }
    const sundries = { kind: 'F', ref: 'ING', label: 'Ingrédients, petites fournitures et traitement des déchets', qty: 1, unit: x.int(800, 2500), discount: 0, rate: 2000 };
    sundries.total = sundries.unit;
    inv.lines = [...parts, ...labour, sundries];
    inv.partsTotal = sum(parts, 'total');
    inv.labourTotal = sum(labour, 'total');
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const vh = inv.vehicle;
    const rows = inv.lines.map((l) => [l.kind, l.ref, l.label, qty(l.qty), plainMoney(inv, l.unit), l.discount ? `${l.discount} %` : '', plainMoney(inv, l.total)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri']), size: 9.5, margins: [15, 15, 20, 15],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        ...wordHead(inv, x, { meta: [['N°', inv.number], ['Date :', date(inv, inv.date)], ['Ordre de réparation', inv.repairOrder]], color: '8B0000' }),
        wordTable([58, 58, 58], [
          { cells: ['Véhicule', 'Immatriculation', 'N° de parc'], bold: true, shade: 'EEEEEE' },
          [vh.model, vh.plate, vh.fleet],
          { cells: ['VIN', 'Kilométrage', '1re mise en circulation'], bold: true, shade: 'EEEEEE' },
          [vh.vin, `${frNumber(vh.km)} km`, date(inv, vh.first, 'slash')],
        ], { borders: GRID, size: 8.5 }),
        para(`Véhicule déposé le ${date(inv, inv.delivery)} – restitué le ${date(inv, addDays(inv.delivery, x.int(0, 3)))}`, { size: 8.5, before: 3, after: 3 }),
        wordTable([12, 24, 62, 12, 22, 18, 24], [{ cells: ['Type', 'Référence', 'Désignation', 'Qté', 'P.U. HT', 'Remise', 'Montant HT'], bold: true, shade: 'D9D9D9' }, ...rows], { borders: ROWS, align: ['center', 'left', 'left', 'right', 'right', 'right', 'right'], size: 8.5 }),
        para('Type : P = pièces, MO = main-d’œuvre, F = forfait.', { size: 7.5, italics: true, before: 2, after: 4 }),
        wordTotals(inv, [['Total pièces HT', inv.partsTotal], ['Total main-d’œuvre HT', inv.labourTotal], ['Total HT', inv.ht, true], [`TVA ${rate(inv.vat[0].rate)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC']), inv.ttc, true]]),
        para(payment(inv), { size: 9, before: 8 }),
        para(`Échéance : ${date(inv, inv.due)}. Pièces remplacées tenues à la disposition du client pendant 8 jours. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. IT hardware with serial numbers and warranty. ———
const HARDWARE = [
  ['Ordinateur portable Lenovo ThinkPad E14 Gen 5 – Core i5, 16 Go, SSD 512 Go', '21JK0083FR', 62000, 98000],
  ['Écran Dell P2423D 24" QHD', 'DELL-P2423D', 19000, 29000],
  ['Station d’accueil USB-C HP G5', '5TW10AA', 15000, 23000],
  ['Unité centrale HP Pro Mini 400 G9', '6B2E5EA', 52000, 79000],
  ['Vidéoprojecteur Epson EB-W51', 'V11H977040', 42000, 61000],
  ['Tablette Samsung Galaxy Tab A9+ 64 Go', 'SM-X210NZAAEUB', 19000, 27000],
  ['Imprimante laser Brother HL-L5210DN', 'HLL5210DNRF1', 24000, 36000],
];
const materielSerie = {
  name: 'v-materiel-serie',
  family: 'serial-numbers',
  producers: ['docx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('v-materiel-serie', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['odoo', 'plain', 'ebp', 'hash'], engagementLabels: ['commande', 'bonDeCommande', 'engagementJuridique', 'refCommandeEj'], marketProb: 0.55, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 4], rcsProb: 0.6 });
    const x = extraRng(inv, 'hardware');
    renameSupplier(inv, x.pick(['Loire Informatique Services', 'Data Forez Systèmes', 'Stéphanoise de Micro-Informatique', 'Infogérance Rhône-Loire']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4651Z';
    const first = x.int(0, HARDWARE.length - 1);
    const warrantyYears = x.pick([1, 3, 3, 5]);
    inv.warranty = { years: warrantyYears, until: addDays(inv.delivery, 365 * warrantyYears) };
    inv.lines = inv.lines.map((l, k) => {
      const [label, pn, lo, hi] = HARDWARE[(first + k) % HARDWARE.length];
      const q = x.pick([1, 1, 2, 3, 4, 5, 6]);
      const prefix = x.pick(['PF4', '5CD', 'CN0', 'X7A', 'R9W']);
      const serials = Array.from({ length: q }, () => `${prefix}${letters(x, 1)}${x.digits(5)}`);
      const unit = x.int(lo, hi);
      return { label, pn, qty: q, unit, rate: 2000, total: q * unit, serials };
    });
    if (x.chance(0.6)) {
      const n = sum(inv.lines, 'qty');
      const unit = x.int(2500, 6000);
      inv.lines.push({ label: 'Préparation, masterisation et installation sur site', pn: 'SERV-INST', qty: n, unit, rate: 2000, total: n * unit, serials: [] });
    }
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const w = inv.warranty;
    const rows = inv.lines.map((l) => [{ paragraphs: [para(l.label, { size: 8.5 }), ...(l.serials.length ? [para(`N° de série : ${l.serials.join(', ')}`, { size: 7.5, color: '555555' })] : [])] }, l.pn, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial']), size: 9.5, margins: [15, 15, 20, 15],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7, { word: 'Page', of: '/' })],
      body: [
        ...wordHead(inv, x, { meta: [['Facture n°', inv.number], ['Date :', date(inv, inv.date)], ['Livraison :', date(inv, inv.delivery)], ['BL :', inv.deliveryNote]] }),
        wordTable([84, 28, 12, 24, 26], [{ cells: ['Désignation', 'Réf. constructeur', 'Qté', 'P.U. HT', 'Total HT'], bold: true, shade: 'DDEBF7' }, ...rows], { borders: GRID, align: ['left', 'left', 'right', 'right', 'right'], size: 8.5 }),
        para(`Garantie constructeur ${w.years} an${w.years > 1 ? 's' : ''} ${x.pick(['sur site', 'retour atelier', 'J+1 sur site'])} – valable jusqu’au ${date(inv, w.until)} (à compter de la livraison).`, { size: 8, italics: true, before: 3, after: 4 }),
        wordTotals(inv, [['Total HT', inv.ht], [`TVA ${rate(inv.vat[0].rate)}`, inv.tva], [x.pick(['Total TTC', 'TOTAL TTC']), inv.ttc, true], ...(x.chance(0.5) ? [['Net à payer', inv.net, true]] : [])]),
        para(payment(inv), { size: 9, before: 8 }),
        para(`Date d’échéance : ${date(inv, inv.due)}. Réserve de propriété jusqu’au paiement intégral (loi du 12 mai 1980). ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 3. Waste collection by weighbridge tickets. ———
const FLOWS = [['Déchets verts', 3500, 6500], ['Encombrants (tout-venant)', 11000, 16500], ['Gravats inertes', 1800, 3200], ['Bois classe B', 6000, 9500], ['Cartons et papiers', 2000, 5000]];
const pesees = {
  name: 'v-collecte-pesees',
  family: 'weighbridge-tonnage',
  producers: ['docx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('v-collecte-pesees', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'year2', 'ebp'], engagementLabels: ['engagementJuridique', 'ej', 'numeroEj'], marketProb: 0.8, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[1000]], groups: ['space', 'nbsp'], lines: [1, 3], rcsProb: 0.6 });
    const x = extraRng(inv, 'weights');
    renameSupplier(inv, x.pick(['Forez Environnement Collecte', 'Recyclage Loire Sud', 'Valorisation des Déchets du Gier']), 'SAS');
    inv.supplier.ape = '3811Z';
    const month = inv.date.m === 1 ? { y: inv.date.y - 1, m: 12 } : { y: inv.date.y, m: inv.date.m - 1 };
    inv.month = month;
    const first = x.int(0, FLOWS.length - 1);
    const plates = [`${letters(x, 2)}-${x.digits(3)}-${letters(x, 2)}`, `${letters(x, 2)}-${x.digits(3)}-${letters(x, 2)}`];
    inv.tickets = [];
    inv.lines = inv.lines.map((l, k) => {
      const [flow, lo, hi] = FLOWS[(first + k) % FLOWS.length];
      const perTonne = x.int(lo, hi);
      const count = x.int(2, 4);
      const tickets = Array.from({ length: count }, () => {
        const tare = x.int(11000, 14500);
        const net = x.int(1200, 9800);
        return { n: x.digits(6), day: { ...month, d: x.int(1, 28) }, plate: x.pick(plates), flow, gross: tare + net, tare, net };
      }).sort((a, b) => byDate(a.day, b.day));
      inv.tickets.push(...tickets);
      const kg = sum(tickets, 'net');
      return { label: `Traitement ${flow}`, kg, qty: kg / 1000, unit: perTonne, rate: 1000, total: Math.round((kg * perTonne) / 1000) };
    });
    const rotations = inv.tickets.length;
    const rotation = x.int(9000, 16000);
    inv.lines.push({ label: 'Rotations de benne 30 m³ (enlèvement et transport)', qty: rotations, unit: rotation, rate: 1000, total: rotations * rotation, rotations: true });
    if (inv.lines.some((l) => l.label.includes('Encombrants'))) {
      const kg = sum(inv.tickets.filter((t) => t.flow.startsWith('Encombrants')), 'net');
      const tgap = x.pick([6500, 6800, 7200]);
      inv.lines.push({ label: 'TGAP (taxe générale sur les activités polluantes) – encombrants', kg, qty: kg / 1000, unit: tgap, rate: 1000, total: Math.round((kg * tgap) / 1000) });
    }
    inv.tickets.sort((a, b) => byDate(a.day, b.day));
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const rows = inv.lines.map((l) => (l.rotations
      ? [l.label, `${l.qty} rotation${l.qty > 1 ? 's' : ''}`, plainMoney(inv, l.unit), plainMoney(inv, l.total)]
      : [l.label, `${frNumber(l.kg / 1000, 3)} t`, `${plainMoney(inv, l.unit)} / t`, plainMoney(inv, l.total)]));
    const tickets = inv.tickets.map((t) => [t.n, date(inv, t.day, 'slash'), t.plate, t.flow, frNumber(t.gross), frNumber(t.tare), frNumber(t.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Times New Roman']), size: 9.5, margins: [15, 15, 20, 15],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        ...wordHead(inv, x, { meta: [['N°', inv.number], ['Date :', date(inv, inv.date)], ['Période :', `${MONTHS[inv.month.m - 1]} ${inv.month.y}`]], color: '2E7D32' }),
        wordTable([86, 30, 30, 28], [{ cells: ['Prestation', 'Quantité', 'Prix unitaire HT', 'Montant HT'], bold: true, shade: 'E2EFDA' }, ...rows], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 9 }),
        para('', { after: 4 }),
        wordTotals(inv, [['Total HT', inv.ht], [`TVA ${rate(inv.vat[0].rate)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer']), inv.ttc, true]]),
        para(payment(inv), { size: 9, before: 6 }),
        para(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7.5, before: 2, after: 6 }),
        para('Détail des tickets de pesée (poids en kg)', { bold: true, size: 9, after: 2 }),
        wordTable([22, 20, 24, 50, 20, 18, 20], [{ cells: ['Ticket n°', 'Date', 'Camion', 'Flux', 'Brut', 'Tare', 'Net'], bold: true, shade: 'EEEEEE' }, ...tickets], { borders: GRID, align: ['left', 'left', 'left', 'left', 'right', 'right', 'right'], size: 8 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— Excel: a canteen supplier's month of deliveries (two pages). ———
const FOOD = [
  ['Carottes bio', 'kg', 120, 260, 550], ['Pommes Golden (cat. I)', 'kg', 150, 290, 550], ['Yaourt nature (x 4)', 'lot', 90, 190, 550], ['Emmental râpé', 'kg', 750, 1150, 550],
  ['Filet de poulet Label Rouge', 'kg', 950, 1450, 550], ['Pâtes coquillettes', 'kg', 130, 260, 550], ['Lait demi-écrémé UHT', 'L', 85, 130, 550], ['Pain de campagne', 'kg', 280, 420, 550],
  ['Haricots verts surgelés', 'kg', 240, 380, 550], ['Compote pomme sans sucre (x 4)', 'lot', 110, 210, 550], ['Œufs plein air (plateau de 30)', 'plateau', 650, 980, 550],
  ['Serviettes en papier (colis de 2 000)', 'colis', 1800, 3200, 2000], ['Liquide vaisselle professionnel 5 L', 'bidon', 900, 1600, 2000], ['Barquettes aluminium (x 100)', 'carton', 1200, 2100, 2000],
];
const cantine = {
  name: 'v-cantine-livraisons',
  family: 'dated-delivery-lines',
  producers: ['xlsx'],
  count: 5,
  make: (i) => {
    const inv = makeInvoice('v-cantine-livraisons', i, { ...CITY_HEAVY, trades: ['food'], numbers: ['plain', 'sage', 'dolibarr'], engagementLabels: ['engagementJuridique', 'ej', 'referenceEngagement'], marketProb: 0.7, serviceProb: 0.7, dateStyles: ['slash'], rates: [[550, 2000]], groups: ['space'], lines: [2, 2], rcsProb: 0.5 });
    const x = extraRng(inv, 'deliveries');
    renameSupplier(inv, x.pick(['Primeurs et Restauration du Forez', 'Saveurs Collectives Loire', 'Approvisionnement Scolaire Rhône-Loire']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4639B';
    const month = inv.date.m === 1 ? { y: inv.date.y - 1, m: 12 } : { y: inv.date.y, m: inv.date.m - 1 };
    inv.month = month;
    const days = [...new Set(Array.from({ length: x.int(11, 16) }, () => x.int(1, 28)))].sort((a, b) => a - b);
    inv.lines = days.flatMap((d) => {
      const delivered = { ...month, d };
      const ordered = addDays(delivered, -x.int(2, 6));
      const note = `BL${x.digits(6)}`;
      const order = `CDE-${x.digits(5)}`;
      return Array.from({ length: x.int(3, 6) }, () => {
        const item = x.int(0, FOOD.length - 1);
        const [label, unitName, lo, hi, r] = FOOD[item];
        const q = unitName === 'kg' ? x.pick([2.5, 5, 7.5, 10, 12.5, 15, 20]) : x.int(1, 24);
        const unit = x.int(lo, hi);
        return { label, unitName, qty: q, unit, rate: r, total: Math.round(q * unit), delivered, ordered, note, order, code: `A${10234 + item * 517}` };
      });
    });
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }], headerFooter: { oddFooter: '&8Page &P / &N' } });
    const font = x.pick(['Arial', 'Calibri']);
    const put = cellWriter(sheet, font);
    sheet.columns = [{ width: 9 }, { width: 10 }, { width: 10 }, { width: 8 }, { width: 30 }, { width: 6 }, { width: 7 }, { width: 8 }, { width: 7 }, { width: 11 }];
    supplierTexts(inv, x).forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 13 : 9 }));
    buyerTexts(inv, x).forEach((t, k) => put(`F${k + 2}`, t, { bold: k === 0 }));
    let r = 12;
    put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
    put(`H${r}`, 'Date :', { align: 'right' });
    put(`I${r}`, dateValue(inv.date), { numFmt: 'dd/mm/yyyy', align: 'right' });
    sheet.mergeCells(`I${r}:J${r}`);
    r++;
    put(`A${r}`, `Livraisons du mois : ${MONTHS[inv.month.m - 1]} ${inv.month.y} – restaurant scolaire`, { italic: true, size: 9 });
    for (const [k, v] of references(inv)) {
      r++;
      put(`A${r}`, `${k} : ${v}`, { size: 9 });
    }
    r += 2;
    const head = r;
    ['Cde du', 'Livré le', 'N° BL', 'Code', 'Article', 'Qté', 'Unité', 'P.U. HT', 'TVA', 'Montant HT'].forEach((t, c) => put(`${'ABCDEFGHIJ'[c]}${head}`, t, { bold: true, border: true, fill: 'FFE2EFDA', align: 'center', size: 8.5 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, dateValue(l.ordered), { numFmt: 'dd/mm/yy', border: true, size: 8.5, align: 'center' });
      put(`B${n}`, dateValue(l.delivered), { numFmt: 'dd/mm/yyyy', border: true, size: 8.5, align: 'center' });
      put(`C${n}`, l.note, { border: true, size: 8.5 });
      put(`D${n}`, l.code, { border: true, size: 8.5 });
      put(`E${n}`, l.label, { border: true, size: 8.5 });
      put(`F${n}`, l.qty, { border: true, size: 8.5, numFmt: '#,##0.0#' });
      put(`G${n}`, l.unitName, { border: true, size: 8.5, align: 'center' });
      put(`H${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: '#,##0.00' });
      put(`I${n}`, l.rate / 10000, { border: true, size: 8.5, numFmt: '0.0%', align: 'center' });
      put(`J${n}`, { formula: `ROUND(F${n}*H${n},2)`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: '#,##0.00' });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    put(`E${r}`, 'Récapitulatif TVA', { bold: true });
    ['Taux', 'Base HT', 'TVA'].forEach((t, c) => put(`${'FHJ'[c]}${r}`, t, { bold: true, border: 'bottom', align: 'right' }));
    inv.vat.forEach((v, k) => {
      const n = r + 1 + k;
      put(`F${n}`, v.rate / 10000, { numFmt: '0.0%', align: 'right' });
      put(`H${n}`, { formula: `SUMIF(I${first}:I${last},${v.rate / 10000},J${first}:J${last})`, result: euros(v.base) }, { numFmt: '#,##0.00' });
      put(`J${n}`, { formula: `ROUND(H${n}*F${n},2)`, result: euros(v.amount) }, { numFmt: '#,##0.00' });
    });
    r += inv.vat.length + 2;
    const totals = [['Total HT', euros(inv.ht)], ['Total TVA', euros(inv.tva)], ['Total TTC', euros(inv.ttc)], [x.pick(['Net à payer', 'NET À PAYER']), euros(inv.net)]];
    totals.forEach(([k, v], n) => {
      const strong = n === totals.length - 1;
      put(`G${r + n}`, k, { bold: strong, align: 'right' });
      sheet.mergeCells(`G${r + n}:I${r + n}`);
      put(`J${r + n}`, v, { bold: strong, numFmt: EUR_FORMAT, border: strong ? true : undefined });
    });
    r += totals.length + 1;
    // Long mentions wrap inside the table's width, as a template's merged footer rows do.
    [[payment(inv), 8.5, 14], [`Échéance : ${date(inv, inv.due)} – ${LATE_FEES}`, 7, 20], [legalLine(inv), 7, 20]].forEach(([text, size, height], k) => {
      put(`A${r + k}`, text, { size, wrap: true });
      sheet.mergeCells(`A${r + k}:J${r + k}`);
      sheet.getRow(r + k).height = height;
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— Excel: a temporary-work agency, week by week. ———
const WORKERS = ['Mme Nadia Haddad', 'M. Julien Perret', 'M. Moussa Diallo', 'Mme Claire Vial', 'M. Kevin Fayolle', 'Mme Inès Bouchet', 'M. Rémi Tardy'];
const JOBS = ['Agent d’entretien', 'Agent de restauration', 'Manutentionnaire', 'Aide-maternelle (ATSEM)', 'Agent administratif', 'Ouvrier polyvalent voirie'];
/** ISO week number and the Monday of the week of a date. */
function isoWeek(d) {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
  const day = (t.getUTCDay() + 6) % 7;
  const monday = addDays(d, -day);
  t.setUTCDate(t.getUTCDate() - day + 3);
  const jan4 = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  return { week: 1 + Math.round(((t - jan4) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7), monday };
}
const interim = {
  name: 'v-interim-releve',
  family: 'temp-staffing',
  producers: ['xlsx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('v-interim-releve', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'compact', 'ciel'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande'], marketProb: 0.6, serviceProb: 0.7, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 3], rcsProb: 0.7 });
    const x = extraRng(inv, 'temps');
    renameSupplier(inv, x.pick(['Intérim Pilat Services', 'Forez Emploi Intérim', 'Atout Travail Temporaire 42']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7820Z';
    const { monday } = isoWeek(addDays(inv.date, -x.int(3, 10)));
    const weeks = x.int(1, 2);
    const firstWorker = x.int(0, WORKERS.length - 1);
    inv.lines = [];
    const workers = x.int(1, 3);
    for (let w = 0; w < weeks; w++) {
      const start = addDays(monday, -7 * (weeks - 1 - w));
      const { week } = isoWeek(start);
      for (let k = 0; k < workers; k++) {
        const worker = WORKERS[(firstWorker + k) % WORKERS.length];
        const job = JOBS[(firstWorker + k) % JOBS.length];
        const contract = `${x.digits(7)}`;
        const hourly = x.int(2150, 3100);
        const normal = x.pick([35, 35, 28, 21, 17.5]);
        const base = { week, start, end: addDays(start, 4), worker, job, contract };
        inv.lines.push({ ...base, label: 'Heures normales', qty: normal, unit: hourly, rate: 2000, total: Math.round(normal * hourly) });
        if (normal === 35 && x.chance(0.5)) {
          const extra = x.pick([2, 3.5, 4, 6]);
          const unit = Math.round(hourly * 1.25);
          inv.lines.push({ ...base, label: 'Heures supplémentaires 25 %', qty: extra, unit, rate: 2000, total: Math.round(extra * unit) });
        }
        if (x.chance(0.5)) {
          const n = Math.min(5, Math.ceil(normal / 7));
          const unit = x.pick([710, 760, 820]);
          inv.lines.push({ ...base, label: 'Indemnités de panier', qty: n, unit, rate: 2000, total: n * unit });
        }
      }
    }
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const font = x.pick(['Arial', 'Calibri']);
    const put = cellWriter(sheet, font);
    sheet.columns = [{ width: 9 }, { width: 24 }, { width: 22 }, { width: 12 }, { width: 24 }, { width: 9 }, { width: 11 }, { width: 13 }];
    supplierTexts(inv, x, { siretLabels: ['SIRET', 'N° SIRET'] }).forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 13 : 9 }));
    put(`A${8}`, `Garantie financière : ${x.pick(['Atradius', 'Groupama Assurance-Crédit', 'CGI Garantie'])} – contrat n° ${x.pick(['GF', 'G'])}${extraRng(inv, 'gf').digits(8)}`, { size: 8, italic: true });
    buyerTexts(inv, x).forEach((t, k) => put(`E${k + 2}`, t, { bold: k === 0 }));
    let r = 11;
    put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
    put(`G${r}`, 'Date :', { align: 'right' });
    put(`H${r}`, dateValue(inv.date), { numFmt: x.pick(['dd/mm/yyyy', 'dd mmmm yyyy']), align: 'right' });
    for (const [k, v] of references(inv)) {
      r++;
      put(`A${r}`, `${k} : ${v}`, { size: 9 });
    }
    r += 2;
    const head = r;
    ['Sem.', 'Période', 'Intérimaire', 'Contrat n°', 'Élément', 'Qté', 'Taux HT', 'Montant HT'].forEach((t, c) => put(`${'ABCDEFGH'[c]}${head}`, t, { bold: true, border: true, fill: 'FFDDEBF7', align: 'center', size: 9 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, `S${pad(l.week)}`, { border: true, size: 8.5, align: 'center' });
      put(`B${n}`, `du ${date(inv, l.start, 'slash')} au ${date(inv, l.end, 'slash')}`, { border: true, size: 8 });
      put(`C${n}`, `${l.worker}\n${l.job}`, { border: true, size: 8, wrap: true });
      put(`D${n}`, l.contract, { border: true, size: 8.5, align: 'center' });
      put(`E${n}`, l.label, { border: true, size: 8.5 });
      put(`F${n}`, l.qty, { border: true, size: 8.5, numFmt: '0.0#' });
      put(`G${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: '#,##0.00' });
      put(`H${n}`, { formula: `ROUND(F${n}*G${n},2)`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    const v = inv.vat[0];
    const rows = [['Total HT', { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }], [`TVA ${rate(v.rate)}`, { formula: `ROUND(H${r}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer TTC']), { formula: `H${r}+H${r + 1}`, result: euros(inv.ttc) }]];
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`E${r + n}`, k, { bold: strong, align: 'right' });
      sheet.mergeCells(`E${r + n}:G${r + n}`);
      put(`H${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? true : undefined });
    });
    r += rows.length + 1;
    put(`A${r}`, 'Relevés d’heures signés par l’utilisateur joints. Coefficient de facturation appliqué au salaire de référence du poste.', { size: 8, italic: true });
    put(`A${r + 1}`, payment(inv), { size: 8.5 });
    put(`A${r + 2}`, `Échéance : ${date(inv, inv.due)} – ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— Excel: a bookshop, public prices with VAT and the 9 % discount. ———
const BOOKS = [
  ['Le Petit Prince', 'Gallimard', 890], ['L’Étranger', 'Folio', 790], ['Les Misérables (tome 1)', 'Le Livre de Poche', 990], ['La Cabane magique – tome 1', 'Bayard Jeunesse', 595],
  ['Astérix – Le Tour de Gaule', 'Hachette', 1090], ['Petit Ours Brun va à l’école', 'Bayard', 620], ['Atlas du monde', 'Larousse', 1995], ['Le Robert junior illustré', 'Le Robert', 2390],
  ['Mortelle Adèle – tome 1', 'Bayard Jeunesse', 1095], ['Le Grand Meaulnes', 'Le Livre de Poche', 690], ['Guide des oiseaux de France', 'Delachaux et Niestlé', 2990], ['Cuisine du Forez', 'Éditions du Roure', 2500],
];
/** An ISBN-13 with its check digit (978-2, French-language group). */
function isbn(x) {
  const body = `9782${x.digits(8)}`;
  const total = body.split('').reduce((s, d, k) => s + Number(d) * (k % 2 ? 3 : 1), 0);
  const full = `${body}${(10 - (total % 10)) % 10}`;
  return `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}
const librairie = {
  name: 'v-librairie-isbn',
  family: 'books-public-price',
  producers: ['xlsx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('v-librairie-isbn', i, { cityProb: 0.7, engagementProb: 0.7, trades: ['books'], numbers: ['carnet', 'plain', 'ciel'], engagementLabels: ['bonDeCommande', 'engagement', 'commande'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash'], rates: [[550]], groups: ['space'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'books');
    renameSupplier(inv, x.pick(['Librairie des Passages', 'Librairie Au Fil des Pages', 'La Bouquinerie du Forez', 'Librairie de Paris']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4761Z';
    const count = x.int(4, 10);
    const first = x.int(0, BOOKS.length - 1);
    const books = Array.from({ length: count }, (_, k) => {
      const [title, publisher, price] = BOOKS[(first + k) % BOOKS.length];
      return { isbn: isbn(x), title, publisher, price, qty: x.pick([1, 1, 2, 3, 5, 10, 12]) };
    });
    // A total with VAT that splits exactly into HT + 5,5 %: the first price moves by a cent until it does.
    for (;;) {
      for (const b of books) {
        b.net = Math.round((b.price * 91) / 100);
        b.total = b.qty * b.net;
      }
      const ttc = sum(books, 'total');
      const ht = Math.round(ttc / 1.055);
      if (ht + Math.round((ht * 550) / 10000) === ttc) {
        inv.lines = [{ label: 'Livres', qty: 1, unit: ht, rate: 550, total: ht }];
        break;
      }
      books[0].price += 1;
    }
    inv.books = books;
    inv.discountRate = 9;
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const font = x.pick(['Arial', 'Calibri', 'Times New Roman']);
    const put = cellWriter(sheet, font);
    sheet.columns = [{ width: 20 }, { width: 34 }, { width: 18 }, { width: 6 }, { width: 11 }, { width: 8 }, { width: 11 }, { width: 13 }];
    supplierTexts(inv, x).forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 14 : 9 }));
    buyerTexts(inv, x).forEach((t, k) => put(`C${k + 2}`, t, { bold: k === 0 }));
    let r = 11;
    put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
    put(`F${r}`, 'Date :', { align: 'right' });
    put(`G${r}`, dateValue(inv.date), { numFmt: 'dd/mm/yyyy', align: 'right' });
    sheet.mergeCells(`G${r}:H${r}`);
    for (const [k, v] of references(inv)) {
      r++;
      put(`A${r}`, `${k} : ${v}`, { size: 9 });
    }
    r++;
    put(`A${r}`, `Commande du ${date(inv, inv.orderDate, 'slash')} – livrée le ${date(inv, inv.delivery, 'slash')}`, { size: 9, italic: true });
    r += 2;
    const head = r;
    ['ISBN', 'Titre', 'Éditeur', 'Qté', 'Prix public TTC', 'Remise', 'P.U. net TTC', 'Total net TTC'].forEach((t, c) => put(`${'ABCDEFGH'[c]}${head}`, t, { bold: true, border: true, fill: 'FFFCE4D6', align: 'center', size: 8.5, wrap: true }));
    inv.books.forEach((b, k) => {
      const n = head + 1 + k;
      put(`A${n}`, b.isbn, { border: true, size: 8.5 });
      put(`B${n}`, b.title, { border: true, size: 8.5 });
      put(`C${n}`, b.publisher, { border: true, size: 8 });
      put(`D${n}`, b.qty, { border: true, size: 8.5, align: 'center' });
      put(`E${n}`, euros(b.price), { border: true, size: 8.5, numFmt: '#,##0.00' });
      put(`F${n}`, 0.09, { border: true, size: 8.5, numFmt: '0%', align: 'center' });
      put(`G${n}`, { formula: `ROUND(E${n}*(1-F${n}),2)`, result: euros(b.net) }, { border: true, size: 8.5, numFmt: '#,##0.00' });
      put(`H${n}`, { formula: `D${n}*G${n}`, result: euros(b.total) }, { border: true, size: 8.5, numFmt: '#,##0.00' });
    });
    const first = head + 1;
    const last = head + inv.books.length;
    r = last + 2;
    const rows = [
      ['Nombre d’ouvrages', sum(inv.books, 'qty'), '0'],
      ['Total net TTC', { formula: `SUM(H${first}:H${last})`, result: euros(inv.ttc) }, EUR_FORMAT],
      ['dont TVA 5,5 %', euros(inv.tva), EUR_FORMAT],
      ['Total HT', euros(inv.ht), EUR_FORMAT],
      [x.pick(['Net à payer', 'NET À PAYER']), euros(inv.net), EUR_FORMAT],
    ];
    rows.forEach(([k, val, numFmt], n) => {
      const strong = n === rows.length - 1;
      put(`E${r + n}`, k, { bold: strong, align: 'right' });
      sheet.mergeCells(`E${r + n}:G${r + n}`);
      put(`H${r + n}`, val, { bold: strong, numFmt, border: strong ? true : undefined });
    });
    r += rows.length + 1;
    put(`A${r}`, 'Prix public fixé par l’éditeur (loi n° 81-766 du 10 août 1981) – remise de 9 % accordée aux collectivités et bibliothèques.', { size: 8, italic: true });
    put(`A${r + 1}`, payment(inv), { size: 8.5 });
    put(`A${r + 2}`, `Échéance : ${date(inv, inv.due)} – ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [garage, materielSerie, pesees, cantine, interim, librairie];

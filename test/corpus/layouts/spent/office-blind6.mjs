// Blind-6 layouts written as real Office files, printed by LibreOffice in a French locale (see ../../README.md):
// Word invoices for winter road service (standby weeks, gritting runs with start and end times, salt in tonnes with
// three decimals) and for a stage rental with technicians' days (set-up, show and take-down dates); Excel invoices
// for a security company billing guard hours by kind (day, night, Sunday, public holiday, each with its surcharge),
// a bookbinding workshop billing a library volume by volume, and a sports-equipment supplier whose invoice deducts a
// return of faulty goods as a negative line.
import { AlignmentType, Packer } from 'docx';
import { addDays, MONTHS, pad } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, rate, recompute, references } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier, sum } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';

const textParas = (texts, { size } = {}) => texts.map((t, k) => para(t, { bold: k === 0, size: k === 0 ? (size ?? 10) + 3 : size }));
const hhmm = (minutes) => `${pad(Math.floor(minutes / 60) % 24)}h${pad(minutes % 60)}`;
const byDate = (a, b) => (a.y - b.y) || (a.m - b.m) || (a.d - b.d);

function wordHead(inv, x, { title = 'FACTURE', meta = [], color = '1F3864' } = {}) {
  return [
    wordTable([100, 74], [[{ paragraphs: textParas(supplierTexts(inv, x), { size: 9 }) }, { paragraphs: [para(title, { bold: true, size: 17, align: 'right', color }), ...meta.map(([k, v]) => para(`${k} ${v}`, { align: 'right' }))] }]], { borders: NO_BORDERS }),
    para('', { after: 4 }),
    wordTable([96, 78], [[{ paragraphs: references(inv).map(([k, v]) => para(`${k} : ${v}`, { bold: true })) }, { paragraphs: [para(x.pick(['Client', 'Facturé à', 'Destinataire']), { size: 8, color: '666666' }), ...textParas(buyerTexts(inv, x))] }]], { borders: NO_BORDERS }),
    para('', { after: 4 }),
  ];
}
const wordTotals = (inv, rows) => wordTable([64, 32], rows.map(([k, v, bold]) => ({ cells: [k, typeof v === 'number' ? money(inv, v) : v], bold })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT });

// ——— 1. Winter road service: standby, gritting runs, salt by the tonne. ———
const CIRCUITS = ['Circuit 1 – Centre-ville et hypercentre', 'Circuit 2 – Montreynaud', 'Circuit 3 – Côte-Chaude et Bellevue', 'Circuit 4 – Terrenoire', 'Circuit 5 – Rochetaillée (routes d’altitude)', 'Accès écoles et crèches'];
const deneigement = {
  name: 'w-viabilite-hivernale',
  family: 'winter-road-service',
  producers: ['docx'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-viabilite-hivernale', i, { ...CITY_HEAVY, trades: ['btp', 'services'], numbers: ['plain', 'ebp', 'year2'], engagementLabels: ['engagementJuridique', 'ej', 'numeroEj', 'engagement'], marketProb: 0.8, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [2, 5], rcsProb: 0.6 });
    const x = extraRng(inv, 'snow');
    renameSupplier(inv, x.pick(['Travaux Publics du Haut-Forez', 'Déneigement Pilat Services', 'Entreprise Roche TP', 'Viabilité Loire Montagne']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4211Z';
    // Billed the month after a winter month: the invoice keeps its year (its number carries it), only its month moves.
    inv.date = { ...inv.date, m: x.pick([1, 2, 2, 3, 3, 4]) };
    inv.due = addDays(inv.date, 30);
    const y = inv.date.m === 1 ? inv.date.y - 1 : inv.date.y;
    const month = inv.date.m === 1 ? 12 : inv.date.m - 1;
    inv.month = { y, m: month };
    const hourly = x.int(9500, 14500);
    const perTonne = x.int(9000, 14000);
    const first = x.int(0, CIRCUITS.length - 1);
    inv.runs = inv.lines.map((l, k) => {
      const start = x.int(12, 22) * 15;
      const minutes = x.pick([90, 120, 150, 180, 240, 300]);
      const kg = x.int(1800, 9500);
      return { day: { y, m: month, d: x.int(1, 28) }, circuit: CIRCUITS[(first + k) % CIRCUITS.length], start, end: start + minutes, hours: minutes / 60, kg };
    }).sort((a, b) => byDate(a.day, b.day));
    const hours = sum(inv.runs, 'hours');
    const kg = sum(inv.runs, 'kg');
    const weeks = x.pick([2, 4, 4, 5]);
    const standby = x.int(30000, 60000);
    inv.lines = [
      { label: 'Astreinte hivernale (par semaine)', qty: weeks, unitName: 'sem.', unit: standby, rate: 2000, total: weeks * standby },
      { label: 'Heures de saleuse-déneigeuse avec chauffeur', qty: hours, unitName: 'h', unit: hourly, rate: 2000, total: Math.round(hours * hourly) },
      { label: 'Fourniture de sel de déneigement (NF P98-180)', qty: kg / 1000, unitName: 't', unit: perTonne, rate: 2000, total: Math.round((kg * perTonne) / 1000), tonnes: true },
    ];
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const runs = inv.runs.map((r) => [date(inv, r.day, 'slash'), r.circuit, hhmm(r.start), hhmm(r.end), frNumber(r.hours, 2), frNumber(r.kg / 1000, 3)]);
    const rows = inv.lines.map((l) => [l.label, l.tonnes ? `${frNumber(l.qty, 3)} t` : `${frNumber(l.qty, l.unitName === 'h' ? 2 : 0)} ${l.unitName}`, `${plainMoney(inv, l.unit)} / ${l.unitName}`, plainMoney(inv, l.total)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Times New Roman']), size: 9.5, margins: [15, 15, 20, 15],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        ...wordHead(inv, x, { meta: [['Facture n°', inv.number], ['Date :', date(inv, inv.date)], ['Période :', `${MONTHS[inv.month.m - 1]} ${inv.month.y}`]], color: '0D47A1' }),
        para(`Service hivernal – ${x.pick(['déneigement et salage des voies communales', 'viabilité hivernale du réseau communal'])}`, { bold: true, after: 3 }),
        wordTable([86, 30, 30, 28], [{ cells: ['Prestation', 'Quantité', 'Prix unitaire HT', 'Montant HT'], bold: true, shade: 'DCE6F1' }, ...rows], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 9 }),
        para('', { after: 4 }),
        wordTotals(inv, [['Total HT', inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer']), inv.ttc, true]]),
        para(paymentText(inv), { size: 9, before: 6 }),
        para(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7.5, before: 2, after: 6 }),
        para('Détail des sorties (déclenchements par le service de permanence)', { bold: true, size: 9, after: 2 }),
        wordTable([22, 70, 18, 18, 20, 26], [{ cells: ['Date', 'Circuit', 'Début', 'Fin', 'Heures', 'Sel (t)'], bold: true, shade: 'EEEEEE' }, ...runs], { borders: GRID, align: ['left', 'left', 'center', 'center', 'right', 'right'], size: 8 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Stage rental with technicians' days. ———
const SHOWS = ['Fête de la musique – place Jean Jaurès', 'Festival des arts de la rue', 'Cinéma en plein air – parc de l’Europe', 'Bal du 14 juillet', 'Concert de Noël – place de l’Hôtel de Ville'];
const scene = {
  name: 'w-scene-techniciens',
  family: 'stage-rental-technicians',
  producers: ['docx'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-scene-techniciens', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'hash', 'odoo'], engagementLabels: ['bonDeCommande', 'engagement', 'commandePublique', 'ej'], marketProb: 0.4, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.5, depositPct: [0, 0, 30] });
    const x = extraRng(inv, 'stage');
    renameSupplier(inv, x.pick(['Scènes et Structures du Forez', 'Loire Événements Technique', 'Podium Services Rhône-Alpes']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7739Z';
    const show = addDays(inv.date, -x.int(3, 20));
    const days = x.pick([1, 2, 3]);
    inv.show = { name: x.pick(SHOWS), setup: addDays(show, -1), first: show, last: addDays(show, days - 1), teardown: addDays(show, days) };
    const w = x.pick([8, 10, 12]);
    const d = x.pick([6, 8]);
    const rentDays = days + 2;
    inv.lines = [
      { label: `Scène couverte ${w} × ${d} m (${w * d} m²) – location`, qty: rentDays, unitName: 'jour', unit: x.int(45000, 90000), rate: 2000 },
      { label: 'Sonorisation façade et retours (forfait par jour)', qty: days, unitName: 'jour', unit: x.int(35000, 70000), rate: 2000 },
      { label: 'Éclairage scénique (forfait par jour)', qty: days, unitName: 'jour', unit: x.int(25000, 55000), rate: 2000 },
      { label: 'Régisseur général', qty: days + 2, unitName: 'j/h', unit: x.int(32000, 42000), rate: 2000 },
      { label: 'Technicien son', qty: days, unitName: 'j/h', unit: x.int(26000, 34000), rate: 2000 },
      { label: 'Technicien lumière', qty: days, unitName: 'j/h', unit: x.int(26000, 34000), rate: 2000 },
      { label: `Monteurs (${x.pick([2, 3, 4])} personnes, montage et démontage)`, qty: 2, unitName: 'forfait', unit: x.int(40000, 80000), rate: 2000 },
      { label: 'Transport aller-retour (semi-remorque)', qty: 1, unitName: 'forfait', unit: x.int(30000, 90000), rate: 2000 },
    ].filter((l, k) => k < 4 || x.chance(0.75)).map((l) => ({ ...l, total: l.qty * l.unit }));
    inv.previousDeposit = addDays(inv.show.setup, -x.int(10, 30));
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const sh = inv.show;
    const rows = inv.lines.map((l) => [l.label, `${l.qty} ${l.unitName}${l.qty > 1 && l.unitName === 'jour' ? 's' : ''}`, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', inv.ht], [`TVA ${rate(2000)}`, inv.tva], ['Total TTC', inv.ttc, !inv.deposit]];
    if (inv.deposit) totals.push([`Acompte de ${inv.depositPct} % reçu le ${date(inv, inv.previousDeposit, 'slash')}`, -inv.deposit], [x.pick(['Reste à payer', 'Net à payer', 'Solde dû']), inv.net, true]);
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial']), size: 9.5, margins: [15, 15, 20, 15],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7, { word: 'Page', of: '/' })],
      body: [
        ...wordHead(inv, x, { meta: [['N°', inv.number], ['Date de facture :', date(inv, inv.date)], ['Échéance :', date(inv, inv.due)]], color: '6A1B9A' }),
        para(sh.name, { bold: true, size: 11, after: 2 }),
        wordTable([58, 58, 58], [
          { cells: ['Montage', 'Représentation(s)', 'Démontage'], bold: true, shade: 'F3E5F5' },
          [date(inv, sh.setup, 'slash'), sh.first === sh.last || byDate(sh.first, sh.last) === 0 ? date(inv, sh.first, 'slash') : `du ${date(inv, sh.first, 'slash')} au ${date(inv, sh.last, 'slash')}`, date(inv, sh.teardown, 'slash')],
        ], { borders: GRID, size: 8.5, align: ['center', 'center', 'center'] }),
        para('', { after: 4 }),
        wordTable([96, 24, 26, 28], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], bold: true, shade: 'D9D9D9' }, ...rows], { borders: ROWS, align: ['left', 'right', 'right', 'right'], size: 8.5 }),
        para('j/h : journée de technicien (8 heures, repas inclus). Personnel intermittent déclaré au GUSO.', { size: 7.5, italics: true, before: 2, after: 4 }),
        wordTotals(inv, totals),
        para(paymentText(inv), { size: 9, before: 8 }),
        para(`Structure vérifiée par un bureau de contrôle agréé (procès-verbal remis au montage). ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 3. Security company: guard hours by kind, each with its surcharge. ———
const SITES = ['Hôtel de Ville', 'Parc des expositions', 'Musée d’Art et d’Industrie', 'Zénith – parking P3', 'Centre technique municipal'];
const KINDS = [['Heures de jour', 0], ['Heures de nuit (21h – 6h)', 10], ['Heures de dimanche', 10], ['Heures de jour férié', 100]];
const gardiennage = {
  name: 'w-gardiennage-heures',
  family: 'guard-hours-surcharges',
  producers: ['xlsx'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-gardiennage-heures', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'compact', 'sage', 'ciel'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande'], marketProb: 0.75, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 2], rcsProb: 0.7 });
    const x = extraRng(inv, 'guards');
    renameSupplier(inv, x.pick(['Sécurité Privée Forez', 'Loire Gardiennage Surveillance', 'Vigilance 42 Sécurité']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8010Z';
    inv.cnaps = `AUT-042-${inv.date.y - x.int(2, 6)}-${pad(x.int(1, 12))}-${pad(x.int(1, 28))}-${x.digits(11)}`;
    inv.month = inv.date.m === 1 ? { y: inv.date.y - 1, m: 12 } : { y: inv.date.y, m: inv.date.m - 1 };
    const base = x.int(2150, 2650);
    inv.base = base;
    const first = x.int(0, SITES.length - 1);
    inv.lines = inv.lines.flatMap((l, k) => KINDS.filter((kind, n) => n === 0 || x.chance(0.7)).map(([label, surcharge]) => {
      const hours = x.int(8, 300) + x.pick([0, 0, 0.5, 0.25, 0.75]);
      const unit = Math.round((base * (100 + surcharge)) / 100);
      return { site: SITES[(first + k) % SITES.length], label, surcharge, qty: hours, unit, rate: 2000, total: Math.round(hours * unit) };
    }));
    if (x.chance(0.5)) {
      const n = x.int(4, 30);
      const unit = x.int(1800, 3500);
      inv.lines.push({ site: SITES[first], label: 'Rondes d’ouverture / fermeture', surcharge: null, qty: n, unit, rate: 2000, total: n * unit, rounds: true });
    }
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 24 }, { width: 26 }, { width: 10 }, { width: 11 }, { width: 11 }, { width: 14 }];
    supplierTexts(inv, x, { siretLabels: ['SIRET', 'N° SIRET'] }).forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 13 : 9 }));
    put('A8', `Autorisation CNAPS ${inv.cnaps} – l’autorisation d’exercice ne confère aucune prérogative de puissance publique`, { size: 7, italic: true });
    buyerTexts(inv, x).forEach((t, k) => put(`D${k + 2}`, t, { bold: k === 0 }));
    let r = 11;
    put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
    put(`E${r}`, 'Date :', { align: 'right' });
    put(`F${r}`, dateValue(inv.date), { numFmt: 'dd/mm/yyyy', align: 'right' });
    r++;
    put(`A${r}`, `Prestations de surveillance – ${MONTHS[inv.month.m - 1]} ${inv.month.y}`, { italic: true });
    for (const [k, v] of references(inv)) {
      r++;
      put(`A${r}`, `${k} : ${v}`, { size: 9 });
    }
    r += 2;
    const head = r;
    ['Site', 'Nature', 'Quantité', 'Majoration', 'Taux HT', 'Montant HT'].forEach((t, c) => put(`${'ABCDEF'[c]}${head}`, t, { bold: true, border: true, fill: 'FFE7E6E6', align: 'center', size: 9 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.site, { border: true, size: 8.5 });
      put(`B${n}`, l.label, { border: true, size: 8.5 });
      put(`C${n}`, l.qty, { border: true, size: 8.5, numFmt: l.rounds ? '0' : '0.00" h"' });
      put(`D${n}`, l.surcharge === null ? '' : l.surcharge / 100, { border: true, size: 8.5, numFmt: '0%', align: 'center' });
      put(`E${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: '#,##0.00' });
      put(`F${n}`, { formula: `ROUND(C${n}*E${n},2)`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 1;
    put(`A${r}`, `Taux horaire de base : ${plainMoney(inv, inv.base)} € HT (agent de sécurité qualifié, coefficient 140)`, { size: 8, italic: true });
    r += 2;
    const rows = [['Total HT', { formula: `SUM(F${first}:F${last})`, result: euros(inv.ht) }], [`TVA ${rate(2000)}`, { formula: `ROUND(F${r}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer']), { formula: `F${r}+F${r + 1}`, result: euros(inv.ttc) }]];
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`D${r + n}`, k, { bold: strong, align: 'right' });
      sheet.mergeCells(`D${r + n}:E${r + n}`);
      put(`F${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? true : undefined });
    });
    r += rows.length + 1;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Échéance : ${date(inv, inv.due)} – ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 4. Bookbinding workshop: a library's volumes one by one. ———
const VOLUMES = ['Bulletin municipal 1962–1965', 'Registre des délibérations 1908', 'Revue « Le Forez illustré » (année 1931)', 'Annuaire de la Loire 1954', 'Atlas cadastral – section B', 'Journal « La Tribune » – 1er semestre 1947', 'Recueil des actes administratifs 1999', 'Dictionnaire Larousse universel (t. 2)'];
const BINDINGS = [['Reliure pleine toile, titre doré au dos', 3500, 6500], ['Demi-reliure cuir à coins', 9000, 16000], ['Reliure de conservation (boîte sur mesure)', 4500, 9000], ['Restauration : renfort de charnières et nettoyage', 2500, 5500], ['Reliure bibliothèque renforcée (plastification)', 1200, 2800]];
const reliure = {
  name: 'w-reliure-volumes',
  family: 'bookbinding-per-volume',
  producers: ['xlsx'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-reliure-volumes', i, { ...CITY_HEAVY, trades: ['goods', 'books'], numbers: ['plain', 'carnet', 'micro'], engagementLabels: ['bonDeCommande', 'engagement', 'bdc', 'commande'], marketProb: 0.2, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [2, 6], rcsProb: 0.4 });
    const x = extraRng(inv, 'binding');
    renameSupplier(inv, x.pick(['Atelier de Reliure Bérard', 'Reliure d’Art du Forez', 'L’Atelier du Relieur']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '1814Z';
    inv.batch = `Lot ${x.int(1, 12)}/${inv.date.y}`;
    inv.received = addDays(inv.date, -x.int(20, 60));
    const first = x.int(0, VOLUMES.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const [binding, lo, hi] = x.pick(BINDINGS);
      const q = x.pick([1, 1, 2, 4, 6]);
      const unit = x.int(lo, hi);
      return { code: `${x.pick(['RES', 'MAG', 'PAT', 'FL'])} ${x.int(100, 999)}-${x.int(1, 40)}`, title: VOLUMES[(first + k) % VOLUMES.length], format: x.pick(['in-4°', 'in-8°', 'in-folio', '24 × 32 cm', '32 × 45 cm']), binding, qty: q, unit, rate: 2000, total: q * unit };
    });
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Times New Roman', 'Georgia', 'Arial']));
    sheet.columns = [{ width: 11 }, { width: 30 }, { width: 10 }, { width: 30 }, { width: 6 }, { width: 10 }, { width: 12 }];
    supplierTexts(inv, x).forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 14 : 9 }));
    buyerTexts(inv, x).forEach((t, k) => put(`D${k + 2}`, t, { bold: k === 0 }));
    let r = 11;
    put(`A${r}`, `Facture n° ${inv.number}`, { bold: true, size: 13 });
    put(`E${r}`, `${x.pick(['Le', 'Date :'])}`, { align: 'right' });
    put(`F${r}`, dateValue(inv.date), { numFmt: 'dd/mm/yyyy', align: 'right' });
    sheet.mergeCells(`F${r}:G${r}`);
    r++;
    put(`A${r}`, `${inv.batch} – volumes reçus le ${date(inv, inv.received, 'slash')}, rendus reliés`, { italic: true, size: 9 });
    for (const [k, v] of references(inv)) {
      r++;
      put(`A${r}`, `${k} : ${v}`, { size: 9 });
    }
    r += 2;
    const head = r;
    ['Cote', 'Titre', 'Format', 'Travail', 'Vol.', 'P.U. HT', 'Montant HT'].forEach((t, c) => put(`${'ABCDEFG'[c]}${head}`, t, { bold: true, border: 'bottom', size: 9 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.code, { size: 8.5 });
      put(`B${n}`, l.title, { size: 8.5, wrap: true });
      put(`C${n}`, l.format, { size: 8.5 });
      put(`D${n}`, l.binding, { size: 8.5, wrap: true });
      put(`E${n}`, l.qty, { size: 8.5, numFmt: '0' });
      put(`F${n}`, euros(l.unit), { size: 8.5, numFmt: '#,##0.00' });
      put(`G${n}`, { formula: `E${n}*F${n}`, result: euros(l.total) }, { size: 8.5, numFmt: '#,##0.00' });
      sheet.getRow(n).height = 26;
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    put(`E${r - 1}`, 'Nombre de volumes :', { size: 8.5, align: 'right' });
    put(`F${r - 1}`, { formula: `SUM(E${first}:E${last})`, result: sum(inv.lines, 'qty') }, { size: 8.5, numFmt: '0' });
    const rows = [['Total HT', { formula: `SUM(G${first}:G${last})`, result: euros(inv.ht) }], [`TVA ${rate(2000)}`, { formula: `ROUND(G${r}*20%,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer TTC']), { formula: `G${r}+G${r + 1}`, result: euros(inv.ttc) }]];
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`E${r + n}`, k, { bold: strong, align: 'right' });
      sheet.mergeCells(`E${r + n}:F${r + n}`);
      put(`G${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += rows.length + 1;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Échéance : ${date(inv, inv.due)} – ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 5. Sports equipment with a return of faulty goods deducted as a negative line. ———
const GEAR = [['BAL-F5', 'Ballon de football taille 5', 900, 2400], ['PLOT-30', 'Plots de marquage (lot de 30)', 1200, 2500], ['CHAS-10', 'Chasubles réversibles (lot de 10)', 2200, 4200], ['FIL-HB', 'Filets de handball (la paire)', 6500, 11000], ['TAP-GYM', 'Tapis de gymnastique 200 × 100 cm', 9000, 16000], ['RAQ-BAD', 'Raquettes de badminton', 900, 2200], ['HAIE-50', 'Haies d’athlétisme réglables', 3500, 6500]];
const sport = {
  name: 'w-sport-retour',
  family: 'returns-credit-line',
  producers: ['xlsx'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-sport-retour', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['plain', 'sage', 'dolibarr', 'odoo'], engagementLabels: ['bonDeCommande', 'commande', 'engagement', 'numeroBonCommande'], marketProb: 0.4, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [2, 5], rcsProb: 0.5 });
    const x = extraRng(inv, 'sport');
    renameSupplier(inv, x.pick(['Casal Sport Loire', 'Forez Équipements Sportifs', 'Collectivités Sport Distribution']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4764Z';
    const first = x.int(0, GEAR.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const [ref, label, lo, hi] = GEAR[(first + k) % GEAR.length];
      const q = x.pick([2, 4, 5, 6, 10, 12, 20]);
      const unit = x.int(lo, hi);
      return { ref, label, qty: q, unit, rate: 2000, total: q * unit };
    });
    const back = x.pick(inv.lines);
    const n = Math.max(1, Math.floor(back.qty / x.pick([2, 3, 4])));
    inv.returned = { note: `BL${x.digits(6)}`, day: addDays(inv.date, -x.int(3, 15)), reason: x.pick(['article défectueux', 'erreur de taille', 'colis endommagé']) };
    inv.lines.push({ ref: back.ref, label: `Retour : ${back.label} (${inv.returned.reason})`, qty: -n, unit: back.unit, rate: 2000, total: -n * back.unit, credit: true });
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 11 }, { width: 44 }, { width: 8 }, { width: 12 }, { width: 14 }];
    supplierTexts(inv, x).forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FFC62828' : undefined }));
    buyerTexts(inv, x).forEach((t, k) => put(`C${k + 2}`, t, { bold: k === 0 }));
    let r = 11;
    put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
    put(`D${r}`, 'Date :', { align: 'right' });
    put(`E${r}`, dateValue(inv.date), { numFmt: 'dd/mm/yyyy', align: 'right' });
    for (const [k, v] of references(inv)) {
      r++;
      put(`A${r}`, `${k} : ${v}`, { size: 9 });
    }
    r += 2;
    const head = r;
    ['Réf.', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT'].forEach((t, c) => put(`${'ABCDE'[c]}${head}`, t, { bold: true, border: true, fill: 'FFFFEBEE', align: 'center', size: 9 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.ref, { border: true, size: 8.5 });
      put(`B${n}`, l.label, { border: true, size: 8.5, italic: l.credit, wrap: true });
      put(`C${n}`, l.qty, { border: true, size: 8.5, numFmt: '0' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: '#,##0.00' });
      put(`E${n}`, { formula: `C${n}*D${n}`, result: l.credit ? -euros(l.total) : euros(l.total) }, { border: true, size: 8.5, numFmt: '#,##0.00;-#,##0.00' });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 1;
    put(`B${r}`, `Retour accepté sur bon de retour ${inv.returned.note} du ${date(inv, inv.returned.day, 'slash')}, déduit de la présente facture.`, { size: 8, italic: true, wrap: true });
    sheet.getRow(r).height = 24;
    r += 2;
    const rows = [['Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }], [`TVA ${rate(2000)}`, { formula: `ROUND(E${r}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer']), { formula: `E${r}+E${r + 1}`, result: euros(inv.ttc) }]];
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`C${r + n}`, k, { bold: strong, align: 'right' });
      sheet.mergeCells(`C${r + n}:D${r + n}`);
      put(`E${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? true : undefined });
    });
    r += rows.length + 1;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Échéance : ${date(inv, inv.due)} – ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [deneigement, scene, gardiennage, reliure, sport];

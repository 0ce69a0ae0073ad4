// Blind-21 layouts written as office files (see ../../README.md): a Word invoice from a school-furniture supplier for
// furniture delivered over several schools (a section per school with its delivery date and note; tables, chairs,
// cupboards and boards by reference, the furniture eco-contribution on a line of its own under each item, delivery and
// assembly per school; a discount on some; the deposit invoiced with the order deducted with its own number and date on
// half), and an Excel invoice from a uniform maker for the municipal police (polos, softshells, trousers and caps with
// the embroidery of « POLICE MUNICIPALE », the city's coat of arms and name tapes; the agents with their numbers,
// grades and sizes printed for information; formulas with their cached results; on 2 of 8 an embroiderer under the VAT
// franchise of art. 293 B invoicing the embroidery alone: `totalTVA` 0.00 and HT = TTC).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { soleTraderLegalLine } from '../../lib/blind16.mjs';
import { deductPaid } from '../../lib/blind18.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { maybeRelabel21 } from '../../lib/blind21.mjs';

// ——— 1. School furniture delivered over several schools. ———
const SCHOOLS = ['École élémentaire Jules Ferry', 'École maternelle Le Soleil', 'Groupe scolaire Paul Bert', 'École primaire du Bourg', 'École maternelle des Tilleuls', 'École élémentaire Jean Moulin'];
const FURNITURE = [
  ['TAB-T6-130', 'Table scolaire 130 × 50, taille 6, plateau stratifié, piètement réglable', 9500, 14500, 180],
  ['CHA-T6', 'Chaise appui sur table taille 6, coque polypropylène', 3200, 5200, 60],
  ['TAB-MAT-T2', 'Table maternelle ronde Ø 100, taille 2, chants surmoulés', 14000, 21000, 250],
  ['CHA-T2', 'Chaise maternelle taille 2, hêtre massif', 2600, 3900, 50],
  ['ARM-H-100', 'Armoire haute 2 portes 198 × 100 × 45, serrure à clé', 29000, 42000, 900],
  ['BUR-ENS-140', 'Bureau enseignant 140 × 70 avec caisson 3 tiroirs', 24000, 33000, 500],
  ['TBL-TRIPT', 'Tableau blanc triptyque émaillé 300 × 120', 38000, 52000, 300],
  ['BAN-VEST-150', 'Banc de vestiaire avec patères, 150 cm', 16000, 22000, 200],
];
const mobilier = {
  name: 'b-mobilier-scolaire',
  family: 'school-furniture-several-sites-deposit',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('b-mobilier-scolaire', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['ebp', 'sage', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'commandeClient'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: [0, 0, 6, 10], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'furniture');
    renameSupplier(inv, x.pick(['Mobilier Scolaire du Centre', 'Ergoscol Équipement', 'Classe et Collectivités Mobilier', 'Loire Mobilier Éducation']), x.pick(['SAS', 'SA', 'SARL']));
    inv.supplier.ape = '3101Z';
    otherBuyer(inv, x, 0.6);
    localReferences(inv, x);
    maybeRelabel21(inv, x);
    inv.due = addDays(inv.date, 30);
    inv.order = addDays(inv.date, -x.int(45, 90));
    const first = x.int(0, SCHOOLS.length - 1);
    let day = addDays(inv.date, -x.int(12, 25));
    inv.schools = Array.from({ length: x.int(2, 4) }, (_, k) => {
      day = addDays(day, x.int(1, 4));
      const start = x.int(0, FURNITURE.length - 1);
      const items = Array.from({ length: x.int(1, 3) }, (_, n) => FURNITURE[(start + n * 3) % FURNITURE.length]);
      const lines = [];
      for (const [ref, label, lo, hi, eco] of items) {
        const qty = /^CHA|^TAB/.test(ref) ? x.pick([6, 12, 15, 24, 28, 30]) : x.int(1, 4);
        lines.push({ ref, label, qty, unit: Math.round(x.int(lo, hi) / 10) * 10, rate: 2000 });
        lines.push({ ref: 'ECO-MOB', label: `Éco-participation mobilier (Ecomaison) – ${ref}`, qty, unit: eco, rate: 2000, eco: true });
      }
      lines.push({ ref: 'LIV-MONT', label: 'Livraison, montage et mise en place dans les classes, évacuation des emballages', qty: 1, unit: x.int(120, 380) * 100, rate: 2000 });
      return { name: SCHOOLS[(first + k) % SCHOOLS.length], day, note: `BL${inv.date.y % 100}-${x.digits(5)}`, lines };
    });
    inv.lines = inv.schools.flatMap((school) => school.lines);
    priceLines(inv, [2000]);
    inv.paid = i % 2 === 0 ? deductPaid(inv, x, 30, addDays(inv.order, x.int(1, 6))) : null;
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de mobilier scolaire n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service des écoles (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const accent = x.pick(['C62828', '2E7D32', '1565C0']);
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Numéro de facture']);
    const head = ['Réf.', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT'];
    const sections = inv.schools.flatMap((school, k) => [
      para(`Livraison ${k + 1} – ${school.name} – livrée le ${fmtDate(school.day, 'slash')} – bon de livraison ${school.note}`, { bold: true, size: 8.8, before: 5, after: 2, color: accent }),
      wordTable([24, 88, 14, 22, 26], [{ cells: head, bold: true, shade: 'EEEEEE' }, ...school.lines.map((l) => [l.ref, l.eco ? { text: l.label, size: 7.2 } : l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]), { cells: ['', `Sous-total ${school.name}`, '', '', plainMoney(inv, school.lines.reduce((t, l) => t + l.total, 0))], bold: true }], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'left', 'right', 'right', 'right'], size: 7.8 }),
    ]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise marché ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push([inv.discount ? 'Total net HT' : 'Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]);
    if (inv.paid) totals.push([`Acompte à la commande – facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')}`, money(inv, -inv.paid.amount)]);
    totals.push([x.pick(['Net à payer', 'Reste à payer', 'NET À PAYER']), money(inv, inv.net)]);
    const refRows = [[numberLabel, { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)], [x.pick(['Votre commande du', 'Commande reçue le']), fmtDate(inv.order, 'slash')], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Verdana']), size: 9, margins: [15, 15, 20, 16],
      footer: [para(legalLine(inv), { size: 6.6, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([104, 76], [[{ paragraphs: [para(me[0], { bold: true, size: 14, color: accent }), para('Mobilier scolaire et de collectivités – fabrication française', { size: 7.4, italics: true }), ...me.slice(1).map((t) => para(t, { size: 8 }))] }, { paragraphs: [para('FACTURE', { bold: true, size: 18, align: 'right', color: accent }), para('', { after: 6 }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        wordTable([46, 52], refRows, { borders: ROWS, size: 8.6 }),
        para(`Objet : fourniture et installation de mobilier scolaire – ${inv.schools.length} écoles.`, { bold: true, before: 5 }),
        ...(sentence ? [para(sentence, { size: 8.4, italics: true })] : []),
        ...sections,
        para('', { after: 4 }),
        wordTable([72, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 || k === 'Total TTC' })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para('L’éco-participation mobilier est reversée intégralement à l’éco-organisme agréé ; elle ne peut faire l’objet d’aucune remise.', { size: 7, before: 4, color: '555555' }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(`Conditions de règlement : 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Municipal police uniforms with embroidery; two invoices by an embroiderer under the VAT franchise. ———
const GARMENTS = [
  ['POLO-MC', 'Polo manches courtes bleu marine, bande grise, « POLICE MUNICIPALE » brodé au dos', 2800, 3900],
  ['SOFT-HV', 'Blouson softshell bleu marine, bandes rétroréfléchissantes, écusson velcro', 8900, 12900],
  ['PANT-F1', 'Pantalon F1 de service, poches cargo', 4500, 6200],
  ['PULL-V', 'Pull col V renfort épaules et coudes', 3900, 5600],
  ['CASQ', 'Casquette brodée « POLICE MUNICIPALE »', 1400, 2200],
];
const GRADES = ['Gardien-brigadier', 'Brigadier-chef principal', 'Chef de service', 'Gardien-brigadier stagiaire', 'Brigadier'];
const NAMES = ['M. Durand', 'Mme Perrin', 'M. Chapuis', 'Mme Roux', 'M. Benali', 'Mme Faure', 'M. Giraud', 'Mme Vial', 'M. Besson'];
const EMBROIDERERS = ['Nadia Forestier', 'Corinne Lachal', 'Hélène Massard', 'Sylvie Brun'];
const uniformes = {
  name: 'b-uniformes-police',
  family: 'municipal-police-embroidered-uniforms',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const exempt = i % 4 === 1;
    const inv = makeInvoice('b-uniformes-police', i, { cityProb: 0.55, engagementProb: 0.75, trades: ['goods'], numbers: exempt ? ['micro'] : ['plain', 'compact', 'quickbooks'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: exempt ? 0 : 0.45, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: exempt ? [0] : [0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'uniforms');
    if (exempt) {
      const person = EMBROIDERERS[i % EMBROIDERERS.length];
      renameSupplier(inv, x.pick(['Atelier Broderie du Pilat', 'Fil et Blason', 'Brod’Art Forézien']), 'EI');
      franchise(inv, person);
      inv.supplier.ape = '1399Z';
    } else {
      renameSupplier(inv, x.pick(['Uniformes et Tenues Pro Loire', 'Tenues Sécurité Forez', 'Textiles de Service Rhône-Alpes', 'Brodeurs Réunis du Gier']), x.pick(['SAS', 'SARL']));
      inv.supplier.ape = '1413Z';
    }
    if (!inv.buyer.city && !/^Commune/.test(inv.buyer.name)) otherBuyer(inv, x, 1);
    localReferences(inv, x);
    maybeRelabel21(inv, x);
    inv.due = addDays(inv.date, 30);
    inv.delivered = addDays(inv.date, -x.int(2, 10));
    const agentCount = x.int(3, 8);
    inv.agents = Array.from({ length: agentCount }, (_, k) => ({ number: `${x.pick(['PM', 'PM-', ''])}${x.digits(x.pick([4, 5, 6]))}`, name: NAMES[(i + k * 2) % NAMES.length], grade: x.pick(GRADES), size: x.pick(['S', 'M', 'L', 'XL', 'XXL', '42', '44', '48']) }));
    inv.lines = [];
    if (!exempt) {
      const first = x.int(0, GARMENTS.length - 1);
      for (let k = 0; k < x.int(2, 4); k++) {
        const [ref, label, lo, hi] = GARMENTS[(first + k) % GARMENTS.length];
        inv.lines.push({ ref, label, qty: agentCount * x.pick([1, 2, 3]), unit: Math.round(x.int(lo, hi) / 10) * 10, rate: 2000 });
      }
    }
    const rate0 = exempt ? 0 : 2000;
    inv.lines.push({ ref: 'BRO-ECU', label: 'Écusson brodé « POLICE MUNICIPALE » avec le blason de la commune (bras gauche)', qty: agentCount * x.pick([2, 3, 4]), unit: Math.round(x.int(650, 1100) / 10) * 10, rate: rate0 });
    inv.lines.push({ ref: 'BRO-NOM', label: 'Bande patronymique brodée sur velcro (nom et matricule)', qty: agentCount * 2, unit: Math.round(x.int(450, 850) / 10) * 10, rate: rate0 });
    if (exempt || x.chance(0.4)) inv.lines.push({ ref: 'BRO-PROG', label: 'Création du programme de broderie du blason (forfait, une seule fois)', qty: 1, unit: x.int(65, 120) * 100, rate: rate0 });
    if (exempt && x.chance(0.6)) inv.lines.push({ ref: 'POSE', label: 'Pose des écussons sur les tenues fournies par la ville (par pièce)', qty: agentCount * 3, unit: x.int(3, 6) * 100, rate: 0 });
    return priceLines(inv, [rate0]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', 'Police municipale']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Tahoma']));
    sheet.columns = [{ width: 12 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 10 }, { width: 12 }, { width: 9 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF1A237E' : undefined }));
    put(`A${me.length + 1}`, inv.vatExempt ? `${s.person} – broderie personnalisée, écussons, marquage textile` : 'Tenues professionnelles – broderie – marquage des uniformes', { italic: true, size: 8 });
    put('F1', 'FACTURE', { bold: true, size: 16 });
    const numberLabel = x.pick(['N° facture', 'Facture n°', 'Numéro', 'Invoice # / N°']);
    const meta = [[numberLabel, inv.number], [x.pick(['Date', 'Date facture', 'Date d’émission']), dateValue(inv.date)], ['Livraison', dateValue(inv.delivered)], ['Client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`F${n + 3}`, k, { size: 9 });
      put(`G${n + 3}`, v, { bold: n === 0, size: 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    let r = Math.max(me.length + 3, 9);
    const buyer = buyerTexts(inv, x);
    put(`F${r}`, x.pick(['Facturé à', 'Client', 'Adresse de facturation']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`F${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’habillement n°', 'N° de marché'], service: ['Code service', 'Service', 'Police municipale (code service)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    if (shown.length) put(`A${r}`, x.pick(['Vos références', 'Références']), { bold: true, size: 8.5 });
    shown.forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, k, { size: 9 });
      put(`C${r + 1 + n}`, v, { size: 9, bold: true, align: 'left' });
    });
    r += Math.max(buyer.length, shown.length) + 2;
    put(`A${r}`, `Objet : ${inv.vatExempt ? 'broderie des écussons et bandes patronymiques' : 'tenues de la police municipale'} – ${inv.agents.length} agents`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    put(`A${r}`, 'Réf.', { bold: true, border: true, fill: 'FFE8EAF6', size: 8.5, align: 'center' });
    put(`B${r}`, 'Désignation', { bold: true, border: true, fill: 'FFE8EAF6', size: 8.5 });
    sheet.mergeCells(`B${r}:D${r}`);
    ['Quantité', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'EFGH'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE8EAF6', align: 'center', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.ref, { border: true, size: 7.6 });
      put(`B${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.mergeCells(`B${n}:D${n}`);
      if (l.label.length > 60) sheet.getRow(n).height = 24;
      put(`E${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`F${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`G${n}`, inv.vatExempt ? '–' : '20 %', { border: true, size: 8.5, align: 'center' });
      put(`H${n}`, { formula: `E${n}*F${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.discount) {
      totals.push(['Total brut HT', { formula: `SUM(H${first}:H${last})`, result: euros(inv.grossHT) }]);
      totals.push([`Remise ${inv.discountPct} %`, { formula: `-ROUND(H${r}*${inv.discountPct / 100},2)`, result: -euros(inv.discount) }]);
      totals.push(['Total net HT', { formula: `H${r}+H${r + 1}`, result: euros(inv.ht) }]);
    } else totals.push([x.pick(['Total HT', 'Montant HT']), { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }]);
    const htRow = r + totals.length - 1;
    if (inv.vatExempt) totals.push(['TVA', 'non applicable'], [x.pick(['Net à payer', 'Total à payer']), { formula: `H${htRow}`, result: euros(inv.net) }]);
    else totals.push([x.pick(['TVA 20 %', 'T.V.A. 20%']), { formula: `ROUND(H${htRow}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer', 'TOTAL TTC']), { formula: `H${htRow}+H${htRow + 1}`, result: euros(inv.ttc) }]);
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      put(`E${r + m}`, k, { bold: strong, size: 9.5, align: 'right' });
      sheet.mergeCells(`E${r + m}:G${r + m}`);
      put(`H${r + m}`, v, { bold: strong, size: 9.5, numFmt: typeof v === 'string' ? undefined : EUR_FORMAT, border: strong ? 'top' : undefined, align: typeof v === 'string' ? 'right' : undefined });
    });
    r += totals.length + 1;
    if (inv.vatExempt) put(`A${r++}`, 'TVA non applicable, art. 293 B du CGI.', { italic: true, size: 8.5 });
    put(`A${r}`, 'Agents équipés (pour information)', { bold: true, size: 8.5 });
    r += 1;
    ['Matricule', 'Agent', 'Grade', '', 'Taille'].forEach((text, k) => text && put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, size: 7.5, align: 'center', fill: 'FFF5F5F5' }));
    sheet.mergeCells(`C${r}:D${r}`);
    inv.agents.forEach((a, k) => {
      const n = r + 1 + k;
      put(`A${n}`, a.number, { border: true, size: 7.5, align: 'center' });
      put(`B${n}`, a.name, { border: true, size: 7.5 });
      put(`C${n}`, a.grade, { border: true, size: 7.5 });
      sheet.mergeCells(`C${n}:D${n}`);
      put(`E${n}`, a.size, { border: true, size: 7.5, align: 'center' });
    });
    r += inv.agents.length + 2;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Paiement à 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, inv.vatExempt ? soleTraderLegalLine(inv, s.person) : legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [mobilier, uniformes];

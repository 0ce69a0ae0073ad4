// Blind-17 layouts written as office files (see ../../README.md): a Word invoice from a library supplier to a public
// library (books at 5,5 % with their ISBN, author and publisher, the public price less the legal discount for
// libraries, line by line; the books' covering, shelf-mark labels and anti-theft strips at 20 %; a VAT summary; 2 of its
// 8 documents credit notes for books returned, naming the original invoice), and an Excel invoice from a coach company
// for a month of school trips (one row per trip with its date, school, destination, kilometres and the driver's waiting
// hours, priced by a fixed charge, a price per km and a price per waiting hour, VAT 10 %; a bilingual « Invoice # » on
// some).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth, vatRows } from '../../lib/blind16.mjs';
import { isbn13, maybeRelabel17 } from '../../lib/blind17.mjs';

// ——— 1. Library supplier: books at 5,5 % less the legal discount, covering at 20 %. ———
const BOOKS = [
  ['Le Petit Prince', 'Saint-Exupéry, Antoine de', 'Gallimard Jeunesse', 890], ['L’Arabe du futur, t. 1', 'Sattouf, Riad', 'Allary', 2090], ['Mémoires de la forêt', 'Beauvais, Mickaël', 'Gallimard', 1650],
  ['La Tresse', 'Colombani, Laetitia', 'Grasset', 1800], ['Le Grand Livre des dinosaures', 'Collectif', 'Fleurus', 1495], ['Astérix et le Griffon', 'Ferri, Jean-Yves ; Conrad, Didier', 'Hachette – Albert René', 1050],
  ['Les Misérables (édition abrégée)', 'Hugo, Victor', 'Le Livre de Poche Jeunesse', 790], ['Atlas de la Loire', 'Collectif', 'Autrement', 2400], ['Guide des oiseaux de France', 'Svensson, Lars', 'Delachaux et Niestlé', 3490],
  ['Le Cuisinier d’Aude (roman)', 'Garnier, Pascale', 'Zulma', 1950], ['Kiki de Montparnasse', 'Catel ; Bocquet', 'Casterman', 2495], ['La Vie devant soi', 'Gary, Romain', 'Folio', 890],
];
const COVERING = ['Équipement : couvrage film adhésif, étiquette de cote, code-barres, bande antivol', 'Équipement complet (couverture, cotation, antivol, tampon)', 'Couvrage et équipement bibliothèque'];
const librairie = {
  name: 'u-fournisseur-bibliotheque',
  family: 'library-supplier-books-covering',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('u-fournisseur-bibliotheque', i, { ...CITY_HEAVY, trades: ['books'], numbers: ['ebp', 'plain', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient', 'numeroBonCommande'], marketProb: 0.6, serviceProb: 0.55, dateStyles: ['slash', 'long', 'dots'], rates: [[550, 2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, negative: 0.5 });
    const x = extraRng(inv, 'books');
    renameSupplier(inv, x.pick(['Librairie Lucioles Collectivités', 'Le Bateau Livre – service collectivités', 'Librairie Forézienne des Bibliothèques', 'Au Fil des Pages Pro']), x.pick(['SARL', 'SAS', 'SCOP SARL']));
    inv.supplier.ape = '4761Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel17(inv, x);
    inv.avoir = i % 4 === 3;
    inv.discountRate = x.pick([9, 9, 9, 5]);
    const count = inv.avoir ? x.int(1, 3) : x.int(5, 11);
    const first = x.int(0, BOOKS.length - 1);
    inv.lines = [];
    let volumes = 0;
    for (let k = 0; k < count; k++) {
      const [title, author, publisher, ttc] = BOOKS[(first + k) % BOOKS.length];
      const qty = inv.avoir ? 1 : x.pick([1, 1, 1, 2, 3]);
      const unit = Math.round((ttc * 1000) / 1055);
      const gross = qty * unit;
      volumes += qty;
      inv.lines.push({ label: title, author, publisher, isbn: isbn13(x), qty, unit, discountPct: inv.discountRate, total: gross - Math.round((gross * inv.discountRate) / 100), rate: 550 });
    }
    inv.lines.push({ label: x.pick(COVERING), qty: volumes, unit: x.int(95, 195), rate: 2000, service: true });
    if (inv.avoir) {
      inv.number = x.pick([`AV-${inv.date.y}-${String(x.int(1, 90)).padStart(4, '0')}`, `AV${String(x.int(100, 9999)).padStart(5, '0')}`]);
      inv.original = { number: `F-${inv.date.y}-${x.digits(4)}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.reason = x.pick(['ouvrages reçus endommagés', 'doublons de commande retournés', 'ouvrages défectueux (cahiers manquants)']);
      inv.print.iban = false;
    }
    inv.delivery = addDays(inv.date, -x.int(2, 12));
    return priceLines(inv, [550, 2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’acquisition de livres – lot n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service médiathèque (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['4E342E', '1B5E20', '283593']);
    const numberLabel = inv.avoir ? x.pick(['Avoir n°', 'N° d’avoir']) : x.pick(['Facture n°', 'N° de facture', 'Numéro', 'Pièce']);
    const idRows = [[numberLabel, { text: inv.number, bold: true }], [inv.avoir ? 'Date de l’avoir' : x.pick(['Date', 'Date de facture']), date(inv, inv.date)]];
    if (inv.avoir) idRows.push(['Facture d’origine', `${inv.original.number} du ${fmtDate(inv.original.date, 'slash')}`]);
    else idRows.push(['Livraison', fmtDate(inv.delivery, 'slash')], ['Échéance', date(inv, inv.due, 'slash')]);
    idRows.push(['N° client', inv.clientCode], ...shown.map(([k, v]) => [k, { text: v, bold: true }]));
    const book = inv.lines.filter((l) => !l.service);
    const cover = inv.lines.find((l) => l.service);
    const rows = book.map((l) => [{ paragraphs: [para(l.label, { bold: true, size: 8 }), para(`${l.author} – ${l.publisher}`, { size: 7, color: '555555' })] }, l.isbn, frNumber(l.qty), plainMoney(inv, l.unit), `${l.discountPct} %`, rate(l.rate), money(inv, l.total)]);
    rows.push([cover.label, '', frNumber(cover.qty), plainMoney(inv, cover.unit), '', rate(cover.rate), money(inv, cover.total)]);
    const vat = vatRows(inv).map(([r, base, amount]) => [rate(r), plainMoney(inv, base), plainMoney(inv, amount)]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), money(inv, inv.ht)], [x.pick(['Total TVA', 'TVA']), money(inv, inv.tva)], [inv.avoir ? x.pick(['Total TTC de l’avoir', 'Montant TTC']) : x.pick(['Total TTC', 'Net à payer']), money(inv, inv.ttc)]];
    const buyerCell = { paragraphs: [para(x.pick(['Facturé à', 'Client', 'Bibliothèque']), { size: 7.5, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9 }))] };
    const doc = wordDocument({
      font: x.pick(['Times New Roman', 'Arial', 'Calibri']), size: 9, margins: [14, 15, 20, 15],
      header: [para(`${s.name} – fournisseur des bibliothèques et des écoles`, { size: 7.4, color: '888888', align: 'right' })],
      footer: [para(legalLine(inv), { size: 6.8, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([96, 80], [[{ paragraphs: supplierTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: k === 0 ? 14 : 8.4, color: k === 0 ? accent : undefined })) }, buyerCell]], { borders: NO_BORDERS }),
        para(inv.avoir ? x.pick(['AVOIR', 'Avoir']) : x.pick(['FACTURE', 'Facture']), { bold: true, size: 15, color: accent, before: 8, after: 3 }),
        wordTable([40, 60], idRows, { borders: GRID, size: 8.4 }),
        para(inv.avoir ? `Objet : ${inv.reason} – avoir sur la facture ${inv.original.number}.` : `Livres non scolaires vendus aux collectivités : remise de ${inv.discountRate} % sur le prix public (plafond légal de 9 % pour les bibliothèques – loi n° 2003-517 du 18 juin 2003).`, { size: 8.2, before: 5, after: 3 }),
        ...(sentence ? [para(sentence, { size: 8.4, italics: true, after: 3 })] : []),
        wordTable([62, 30, 10, 17, 12, 13, 22], [{ cells: ['Titre / auteur / éditeur', 'ISBN', 'Qté', 'Prix HT', 'Rem.', 'TVA', 'Montant HT'], bold: true, shade: 'EFEBE9' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'], size: 7.8 }),
        para('', { after: 4 }),
        wordTable([88, 78], [[{ paragraphs: [para('Récapitulatif TVA', { bold: true, size: 8 }), wordTable([18, 28, 26], [{ cells: ['Taux', 'Base HT', 'TVA'], bold: true }, ...vat], { borders: GRID, align: ['left', 'right', 'right'], size: 8 })] }, { paragraphs: [wordTable([46, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: ROWS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 })] }]], { borders: NO_BORDERS }),
        para(inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : paymentText(inv), { size: 8.4, before: 6 }),
        ...(inv.avoir ? [] : [para(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 2 })]),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Coach company: a month of school trips. ———
const TRIPS = [
  ['Piscine Grouchy', 6, 14], ['Planétarium', 8, 18], ['Parc naturel du Pilat – Crêt de la Perdrix', 48, 70], ['Château de Bouthéon', 30, 44], ['Musée de la Mine – Puits Couriot', 6, 12],
  ['Base nautique de Saint-Victor-sur-Loire', 28, 40], ['Lyon – Musée des Confluences', 120, 140], ['Ferme pédagogique de Marlhes', 56, 72], ['Patinoire Roger Durieux', 8, 16],
];
const SCHOOLS_BUS = ['École Jules Ferry', 'École du Soleil', 'École Chappe', 'École Montreynaud', 'École La Métare', 'École Tardy'];
const autocars = {
  name: 'u-autocars-sorties-scolaires',
  family: 'coach-school-trips-km-waiting',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('u-autocars-sorties-scolaires', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['quickbooks', 'compact', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'orderRef', 'poBonDeCommande'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash'], rates: [[1000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'coach');
    renameSupplier(inv, x.pick(['Autocars du Haut-Forez', 'Voyages Chazelle Transports', 'Cars Loire Pilat', 'Autocars Gier Express']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4939B';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel17(inv, x);
    redate(inv, { y: inv.date.y, m: x.pick([2, 3, 4, 5, 6, 7, 10, 11, 12]), d: x.int(1, 6) });
    inv.due = addDays(inv.date, 30);
    inv.month = previousMonth(inv.date);
    inv.tariff = { base: x.int(60, 110) * 100, perKm: x.int(165, 260), perHour: x.int(14, 22) * 200 };
    inv.bilingual = x.chance(0.4);
    inv.licence = `${x.digits(4)} / ${x.int(1, 9)}`;
    let day = { ...inv.month.from, d: x.int(1, 5) };
    inv.trips = [];
    for (let k = 0; k < x.int(3, 8) && day.m === inv.month.from.m; k++) {
      const [dest, lo, hi] = x.pick(TRIPS);
      const km = 2 * x.int(lo, hi);
      const halves = x.int(0, 12);
      inv.trips.push({ day, school: x.pick(SCHOOLS_BUS), dest, km, halves, seats: x.pick([35, 49, 57, 59]) });
      day = addDays(day, x.int(1, 5));
    }
    const t = inv.tariff;
    inv.lines = inv.trips.map((tr) => ({ label: `${fmtDate(tr.day, 'slash')} ${tr.school} → ${tr.dest}`, qty: 1, unit: t.base + tr.km * t.perKm + (tr.halves * t.perHour) / 2, rate: 1000 }));
    return priceLines(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const t = inv.tariff;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Sorties', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Calibri', 'Arial', 'Verdana']));
    sheet.columns = [{ width: 11 }, { width: 18 }, { width: 34 }, { width: 8 }, { width: 9 }, { width: 9 }, { width: 12 }, { width: 13 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF1B5E20' : undefined }));
    put(`A${me.length + 1}`, `Licence communautaire n° ${inv.licence}`, { size: 8, italic: true });
    const bi = inv.bilingual;
    put('F1', bi ? 'FACTURE / INVOICE' : 'FACTURE', { bold: true, size: 15 });
    const meta = [[bi ? 'Invoice # / N°' : x.pick(['N° de facture', 'Facture N°', 'Numéro']), inv.number], [bi ? 'Date' : x.pick(['Date', 'Date facture']), dateValue(inv.date)], [bi ? 'Due date / Échéance' : 'Échéance', dateValue(inv.due)], ['Client n°', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`F${n + 3}`, k, { size: 9 });
      put(`H${n + 3}`, v, { bold: n === 0, size: 9, numFmt: n === 1 || n === 2 ? 'dd/mm/yyyy' : undefined, align: 'right' });
    });
    let r = Math.max(me.length + 3, 9);
    const buyer = buyerTexts(inv, x);
    put(`E${r}`, bi ? 'Bill to / Facturé à' : x.pick(['Facturé à', 'Client']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`E${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de transport n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service scolaire (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shown.forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, k, { size: 9 });
      put(`C${r + 1 + n}`, v, { size: 9, bold: true });
    });
    r += Math.max(buyer.length, shown.length) + 3;
    put(`A${r}`, `Sorties scolaires – ${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y} – transport des élèves et des accompagnateurs`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 2;
    const tariff = r;
    [['Forfait par sortie', t.base / 100, EUR_FORMAT], ['Prix par km', t.perKm / 100, '#,##0.00 "€/km"'], ['Heure d’attente conducteur', t.perHour / 100, '#,##0.00 "€/h"']].forEach(([k, v, fmt], n) => {
      put(`A${tariff + n}`, k, { size: 8.5 });
      put(`C${tariff + n}`, v, { size: 8.5, numFmt: fmt, align: 'left' });
    });
    r += 4;
    ['Date', 'École', 'Destination', 'Places', 'Km', 'Attente (h)', 'Forfait', 'Montant HT'].forEach((text, k) => put(`${'ABCDEFGH'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE8F5E9', align: 'center', size: 8 }));
    const first = r + 1;
    inv.trips.forEach((tr, k) => {
      const n = first + k;
      put(`A${n}`, dateValue(tr.day), { border: true, size: 8, numFmt: 'dd/mm/yyyy' });
      put(`B${n}`, tr.school, { border: true, size: 8 });
      put(`C${n}`, tr.dest, { border: true, size: 8 });
      put(`D${n}`, tr.seats, { border: true, size: 8, numFmt: '0', align: 'center' });
      put(`E${n}`, tr.km, { border: true, size: 8, numFmt: '0', align: 'right' });
      put(`F${n}`, tr.halves / 2, { border: true, size: 8, numFmt: '0.0', align: 'right' });
      put(`G${n}`, { formula: `$C$${tariff}`, result: t.base / 100 }, { border: true, size: 8, numFmt: EUR_FORMAT });
      put(`H${n}`, { formula: `G${n}+E${n}*$C$${tariff + 1}+F${n}*$C$${tariff + 2}`, result: euros(inv.lines[k].total) }, { border: true, size: 8, numFmt: EUR_FORMAT });
    });
    const last = first + inv.trips.length - 1;
    r = last + 2;
    const totals = [[bi ? 'Total HT / Subtotal' : x.pick(['Total HT', 'Montant HT']), { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }], [`TVA ${rate(1000)}`, { formula: `ROUND(H${r}*0.1,2)`, result: euros(inv.tva) }], [bi ? 'Total TTC / Total' : x.pick(['Total TTC', 'Net à payer']), { formula: `H${r}+H${r + 1}`, result: euros(inv.ttc) }]];
    totals.forEach(([k, v], m) => {
      put(`F${r + m}`, k, { bold: m === 2, size: 9, align: 'right' });
      put(`H${r + m}`, v, { bold: m === 2, size: 9, numFmt: EUR_FORMAT, border: m === 2 ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, 'Transport de voyageurs : TVA 10 %. Kilomètres comptés au départ du dépôt ; attente au-delà de 30 minutes facturée par demi-heure.', { size: 7.6 });
    put(`A${r + 1}`, inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    sheet.pageSetup.printArea = `A1:H${r + 3}`;
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [librairie, autocars];

// Blind-18 layouts written as office files (see ../../README.md): an Excel invoice from a bakery for a month of daily
// bread deliveries to school canteens (per school and per product at 5,5 %, the delivery notes of each school day
// listed in a grid for information), and a Word fee note from a landscape architect, billed by project phase as
// percentages of a fee that is itself a percentage of the works budget (phases with their share, cumulative progress,
// already invoiced and this note; the budget and the fee printed for information).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { maybeRelabel18, schoolDays } from '../../lib/blind18.mjs';

// ——— 1. Bakery: a month of bread delivered to the school canteens. ———
const SCHOOLS = ['École maternelle Jacquard', 'Groupe scolaire Chappe', 'École élémentaire Jules Ferry', 'Restaurant scolaire de la Cotonne', 'École primaire du Soleil', 'Groupe scolaire Montreynaud', 'Cuisine satellite Beaubrun'];
const boulangerie = {
  name: 'g-boulangerie-cantines',
  family: 'bakery-bread-school-canteens',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('g-boulangerie-cantines', i, { ...CITY_HEAVY, trades: ['food'], numbers: ['compact', 'carnet', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['slash'], rates: [[550]], groups: ['space'], lines: [1, 1], rcsProb: 0.4 });
    const x = extraRng(inv, 'bread');
    renameSupplier(inv, x.pick(['Boulangerie du Crêt de Roc', 'Au Fournil de Valbenoîte', 'Boulangerie Pâtisserie Vial', 'Le Pain de Tarentaize']), x.pick(['SARL', 'EURL', 'SAS']));
    inv.supplier.ape = '1071C';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel18(inv, x);
    redate(inv, { y: inv.date.y, m: x.pick([2, 3, 4, 5, 6, 10, 11, 12]), d: x.int(1, 5) });
    inv.due = addDays(inv.date, 30);
    inv.month = previousMonth(inv.date);
    const days = schoolDays(inv.month, () => x.chance(0.12));
    const first = x.int(0, SCHOOLS.length - 1);
    inv.schools = Array.from({ length: x.int(2, 3) }, (_, k) => SCHOOLS[(first + k) % SCHOOLS.length]);
    const base = inv.schools.map(() => x.int(14, 48));
    let bl = x.int(1200, 8800);
    inv.deliveries = days.map((day) => ({ day, bl: `BL${String(bl++).padStart(6, '0')}`, counts: base.map((n) => Math.max(4, n + x.int(-5, 5))), campagne: x.chance(0.3) ? base.map(() => x.int(2, 6)) : null }));
    const baguette = x.int(95, 125);
    const campagne = x.int(290, 390);
    inv.lines = [];
    inv.schools.forEach((school, k) => {
      inv.lines.push({ label: `Baguette tradition 250 g – ${school}`, qty: inv.deliveries.reduce((s, d) => s + d.counts[k], 0), unit: baguette, rate: 550 });
      const loaves = inv.deliveries.reduce((s, d) => s + (d.campagne ? d.campagne[k] : 0), 0);
      if (loaves) inv.lines.push({ label: `Pain de campagne tranché 1 kg – ${school}`, qty: loaves, unit: campagne, rate: 550 });
    });
    if (x.chance(0.4)) inv.lines.push({ label: 'Pain de mie sans croûte 500 g (goûters, centre de loisirs)', qty: x.int(6, 30), unit: x.int(260, 340), rate: 550 });
    return priceLines(inv, [550]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', `Fact ${MONTHS[inv.month.from.m - 1]}`]), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Comic Sans MS', 'Century Gothic']));
    sheet.columns = [{ width: 13 }, { width: 12 }, { width: 15 }, { width: 15 }, { width: 15 }, { width: 11 }, { width: 9 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° Siret'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF8D6E63' : undefined }));
    put(`A${me.length + 1}`, 'Boulangerie – pâtisserie artisanale – livraison aux collectivités', { italic: true, size: 8 });
    put('F1', x.pick(['FACTURE', 'Facture']), { bold: true, size: 16 });
    const numberLabel = x.pick(['N° facture', 'Facture n°', 'Numéro', 'N° de facture']);
    const dated = x.chance(0.3);
    const meta = [[numberLabel, inv.number], [dated ? 'Émise' : x.pick(['Date', 'Date facture']), dated ? `Le ${fmtDate(inv.date, 'slash')}` : dateValue(inv.date)], ['Échéance', dateValue(inv.due)], ['Code client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`F${n + 3}`, k, { size: 9 });
      put(`G${n + 3}`, v, { bold: n === 0, size: 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    let r = Math.max(me.length + 3, 9);
    const buyer = buyerTexts(inv, x);
    put(`F${r}`, x.pick(['Client', 'Facturé à', 'Adresse de facturation']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`F${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fourniture de pain n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    if (shown.length) put(`A${r}`, 'Vos références', { bold: true, size: 8.5 });
    shown.forEach(([k, v], n) => put(`A${r + 1 + n}`, `${k} : ${v}`, { size: 9 }));
    r += Math.max(buyer.length, shown.length) + 2;
    put(`A${r}`, `Livraisons de pain aux restaurants scolaires – mois de ${inv.month.name} (${inv.deliveries.length} jours de classe)`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    put(`A${r}`, 'Désignation', { bold: true, border: true, fill: 'FFEFEBE9', size: 8.5 });
    sheet.mergeCells(`A${r}:D${r}`);
    ['Quantité', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'EFGH'[k]}${r}`, text, { bold: true, border: true, fill: 'FFEFEBE9', align: 'center', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8.5 });
      sheet.mergeCells(`A${n}:D${n}`);
      put(`E${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`F${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`G${n}`, '5,5 %', { border: true, size: 8.5, align: 'center' });
      put(`H${n}`, { formula: `E${n}*F${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [[x.pick(['Total HT', 'Montant HT']), { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }], [x.pick(['TVA 5,5 %', 'T.V.A. 5,5%']), euros(inv.tva)], [x.pick(['Total TTC', 'Net à payer', 'TOTAL TTC']), { formula: `H${r}+H${r + 1}`, result: euros(inv.ttc) }]];
    totals.forEach(([k, v], m) => {
      put(`F${r + m}`, k, { bold: m === 2, size: 9.5, align: 'right' });
      put(`H${r + m}`, v, { bold: m === 2, size: 9.5, numFmt: EUR_FORMAT, border: m === 2 ? 'top' : undefined });
    });
    r += totals.length + 1;
    // The delivery notes of the month, for information: one row per school day, one column per school.
    put(`A${r}`, 'Relevé des bons de livraison (baguettes livrées par école, pour information)', { bold: true, size: 8.5 });
    r += 1;
    const heads = ['Date', 'BL n°', ...inv.schools.map((school) => school.replace(/^(École (maternelle |élémentaire |primaire )?|Groupe scolaire |Restaurant scolaire (de la )?|Cuisine satellite )/, ''))];
    heads.forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, size: 7.5, align: 'center', fill: 'FFF5F5F5' }));
    inv.deliveries.forEach((d, k) => {
      const n = r + 1 + k;
      put(`A${n}`, dateValue(d.day), { border: true, size: 7.5, numFmt: 'dd/mm/yy', align: 'center' });
      put(`B${n}`, d.bl, { border: true, size: 7.5, align: 'center' });
      d.counts.forEach((c, j) => put(`${'CDE'[j]}${n}`, d.campagne ? `${c} + ${d.campagne[j]} camp.` : c, { border: true, size: 7.5, align: 'center' }));
    });
    r += inv.deliveries.length + 2;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Paiement à 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 2. Landscape architect: a fee note by project phase. ———
const PHASES = [['ESQ', 'Esquisse', 5], ['AVP', 'Avant-projet', 20], ['PRO', 'Projet', 20], ['ACT', 'Assistance à la passation des contrats de travaux', 5], ['VISA', 'Visa des études d’exécution', 5], ['DET', 'Direction de l’exécution des travaux', 35], ['AOR', 'Assistance aux opérations de réception', 10]];
const PROJECTS = ['Réaménagement du parc de l’Europe', 'Cour d’école « oasis » – groupe scolaire Chappe', 'Requalification de la place Jean Jaurès', 'Coulée verte du Furan – tranche 2', 'Extension paysagère du cimetière de Montmartre', 'Jardins partagés du quartier de Beaubrun'];
const paysagiste = {
  name: 'g-paysagiste-honoraires',
  family: 'landscape-architect-fee-by-phase',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('g-paysagiste-honoraires', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'hash', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.7, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'landscape');
    renameSupplier(inv, x.pick(['Atelier Paysages Vial et Associés', 'Canopée Paysagistes Concepteurs', 'Atelier du Grand Pré Paysage', 'Terres Hautes Paysage']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7111Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel18(inv, x);
    inv.number = inv.number.replace(/^F-|^FAC-/, 'NH-');
    inv.project = PROJECTS[(i + x.int(0, 5)) % PROJECTS.length];
    inv.budget = x.int(180, 1400) * 100000;
    inv.feeRate = x.pick([780, 850, 920, 1050]);
    inv.fee = Math.round((inv.budget * inv.feeRate) / 10000);
    const stage = x.int(1, 5);
    inv.note = stage + x.int(1, 2);
    inv.phases = PHASES.map(([code, label, weight], k) => {
      const amount = Math.round((inv.fee * weight) / 100);
      let cum = 0;
      let prev = 0;
      if (k < stage) {
        cum = 100;
        prev = k < stage - 1 ? 100 : x.pick([50, 100]);
      } else if (k === stage) {
        cum = code === 'DET' ? x.pick([20, 40, 60, 80]) : x.pick([25, 50, 75, 100]);
        prev = x.chance(0.5) ? 0 : Math.max(0, cum - (code === 'DET' ? 20 : 25));
      }
      const cumAmount = Math.round((amount * cum) / 100);
      const prevAmount = Math.round((amount * prev) / 100);
      return { code, label, weight, amount, cum, prev, cumAmount, prevAmount, now: cumAmount - prevAmount };
    });
    inv.lines = inv.phases.filter((ph) => ph.now > 0).map((ph) => ({ label: `${ph.code} – ${ph.label}`, qty: 1, unit: ph.now, total: ph.now, rate: 2000 }));
    inv.due = addDays(inv.date, 30);
    return priceLines(inv, [2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché de maîtrise d’œuvre n°', 'Marché n°', 'N° de marché'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const accent = x.pick(['2E7D32', '33691E', '4E342E']);
    const pct = (n) => `${n} %`;
    const numberLabel = x.pick(['N° de note', 'Numéro', 'Référence', 'N° facture']);
    const idRows = [[numberLabel, { text: inv.number, bold: true }], [x.pick(['Date', 'Date d’émission', 'Établie le']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const buyerCell = { paragraphs: [para(x.pick(['Maître d’ouvrage', 'Destinataire', 'Client']), { size: 8, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0 }))] };
    const head = ['Phase', 'Part', 'Montant phase HT', 'Avanc.', 'Cumul HT', 'Déjà facturé HT', 'Présente note HT'];
    const rows = inv.phases.map((ph) => [`${ph.code} – ${ph.label}`, pct(ph.weight), plainMoney(inv, ph.amount), pct(ph.cum), plainMoney(inv, ph.cumAmount), plainMoney(inv, ph.prevAmount), plainMoney(inv, ph.now)]);
    const sum = (key) => inv.phases.reduce((t, ph) => t + ph[key], 0);
    rows.push({ cells: ['Total', '100 %', plainMoney(inv, sum('amount')), '', plainMoney(inv, sum('cumAmount')), plainMoney(inv, sum('prevAmount')), plainMoney(inv, inv.ht)], bold: true });
    const totals = [[x.pick(['Total de la présente note HT', 'Montant HT', 'Total HT']), money(inv, inv.ht)], [x.pick(['TVA 20 %', 'TVA au taux de 20 %']), money(inv, inv.tva)], [x.pick(['Total TTC', 'Montant TTC']), money(inv, inv.ttc)]];
    if (x.chance(0.5)) totals.push([x.pick(['Net à payer', 'Montant à mandater']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Garamond', 'Calibri']), size: 9, margins: [16, 16, 20, 18],
      header: [para(`${s.name} – paysagistes concepteurs`, { size: 7.5, color: '888888', align: 'right' })],
      footer: [para(legalLine(inv), { size: 6.8, align: 'center' }), para('Inscrit à la Fédération française du paysage – assurance RC professionnelle et décennale', { size: 6.4, align: 'center', color: '777777' }), pageNumbers(7)],
      body: [
        para(me[0], { bold: true, size: 15, color: accent }),
        ...me.slice(1).map((t) => para(t, { size: 8.2 })),
        para('', { after: 6 }),
        wordTable([84, 90], [[{ paragraphs: [para('NOTE D’HONORAIRES', { bold: true, size: 14, color: accent }), para(x.pick(['valant facture', '(valant facture)', 'Facture d’honoraires']), { size: 8, italics: true, after: 2 }), wordTable([34, 46], idRows, { borders: ROWS, size: 8.6 })] }, buyerCell]], { borders: NO_BORDERS }),
        para(`Objet : mission de maîtrise d’œuvre paysagère – ${inv.project} – acompte n° ${inv.note} sur honoraires.`, { bold: true, before: 6, after: 2 }),
        para(`Montant prévisionnel des travaux : ${money(inv, inv.budget)} HT – taux de rémunération : ${frNumber(inv.feeRate / 100, 2)} % – forfait de rémunération : ${money(inv, inv.fee)} HT.`, { size: 8.4, after: 3 }),
        ...(sentence ? [para(sentence, { size: 8.6, italics: true, after: 2 })] : []),
        wordTable([54, 12, 22, 18, 22, 22, 24], [{ cells: head, bold: true, shade: 'E8F5E9' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'], size: 7.6 }),
        para('', { after: 4 }),
        wordTable([66, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n >= 2 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para(`Cumul des honoraires facturés à ce jour, présente note comprise : ${money(inv, sum('cumAmount'))} HT.`, { size: 8, before: 4, color: '555555' }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 6 }),
        para(`Délai global de paiement : 30 jours (échéance le ${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

export default [boulangerie, paysagiste];

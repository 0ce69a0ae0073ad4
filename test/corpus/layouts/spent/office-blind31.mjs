// Blind-31 layouts written as office files (see ../../README.md): a masonry contractor's works progress statement in an
// Excel workbook (« Situation de travaux n° … »: the market's lots with their amount, the cumulative percentage and
// amount, the previous statements and this month's work; a price revision by an index coefficient added on the month's
// amount; a 5 % retention of guarantee deducted on most, a bank guarantee instead on the others), and a multi-trade
// maintenance company's Word invoice for a quarter of a maintenance contract (the quarter's preventive fee, then the
// call-outs one row each with the CMMS ticket of eight digits, the building, the trade, hours and parts; the contract's
// seven digits; one long quarter over two pages).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { quarterName, quarterOf } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { retain } from '../../lib/blind25.mjs';
import { buildingBuyer, eight31, maybeRelabel31, PUBLIC_BUILDINGS, seven31 } from '../../lib/blind31.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Masonry repairs: a works progress statement in Excel, a price revision, a retention. ———
const LOTS = ['Installation de chantier et échafaudages', 'Purge et reprise des enduits de façade', 'Rejointoiement de la maçonnerie de moellons', 'Reprise de fissures par agrafage inox', 'Réfection des appuis et seuils en pierre', 'Chaînage et linteaux béton armé', 'Enduit à la chaux NHL 3,5 finition talochée'];
const maconnerie = {
  name: 'ac-maconnerie-situation',
  family: 'masonry-works-progress-statement-price-revision-excel',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ac-maconnerie-situation', i, { cityProb: 0.4, engagementProb: 0.8, trades: ['btp'], numbers: ['situation', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.75, serviceProb: 0.4, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'masonry');
    renameSupplier(inv, x.pick(['Maçonnerie Pierre et Chaux du Forez', 'Bâti-Rénov Saint-Étienne', 'Entreprise Gauthier Maçonnerie', 'Les Compagnons du Gier']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4399C';
    buildingBuyer(inv, x, x.pick(['buildings', 'schools']), 0.85);
    localReferences(inv, x);
    maybeRelabel31(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.n = x.int(2, 6);
    inv.building = x.pick(PUBLIC_BUILDINGS);
    inv.coef = 1 + x.int(8, 61) / 1000;
    inv.order = seven31(x);
    const first = x.int(0, LOTS.length - 1);
    inv.lots = Array.from({ length: x.int(3, 5) }, (_, k) => {
      const contract = x.int(40, 600) * 10000 + x.int(0, 99) * 100;
      const previousPct = k === 0 ? 100 : x.int(0, 60);
      const cumulativePct = k === 0 ? 100 : Math.min(100, previousPct + x.int(10, 40));
      const previous = Math.round((contract * previousPct) / 100);
      const cumulative = Math.round((contract * cumulativePct) / 100);
      return { label: LOTS[(first + k) % LOTS.length], contract, previousPct, cumulativePct, previous, cumulative, current: cumulative - previous };
    });
    if (inv.lots.every((l) => l.current === 0)) inv.lots[1].current = inv.lots[1].cumulative = inv.lots[1].previous + 100000;
    const month = inv.lots.reduce((s, l) => s + l.current, 0);
    inv.month = month;
    inv.revision = Math.round(month * (inv.coef - 1));
    inv.lines = [...inv.lots.filter((l) => l.current > 0).map((l) => ({ label: l.label, qty: 1, unit: l.current, rate: 2000 })), { label: 'Révision de prix', qty: 1, unit: inv.revision, rate: 2000 }];
    priceLines(inv, [2000]);
    inv.guarantee = i === 2 || i === 5;
    if (!inv.guarantee) retain(inv, 5);
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Situation', `Sit ${inv.n}`, 'Feuil1']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 40 }, { width: 15 }, { width: 10 }, { width: 15 }, { width: 15 }, { width: 10 }, { width: 15 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5 }));
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`E${k + 2}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`E${k + 2}:G${k + 2}`);
    });
    let r = Math.max(me.length, buyer.length + 1) + 2;
    put(`A${r}`, `SITUATION DE TRAVAUX N° ${inv.n} VALANT FACTURE`, { bold: true, size: 14 });
    r += 2;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'N° du marché'], service: ['Code service', 'Service gestionnaire', 'Service'] });
    const kv = [['Facture n°', inv.number, true], ['Date', dateValue(inv.date), true], ['Ordre de service n°', inv.order], ['Chantier', `${inv.building} – travaux de maçonnerie`], ['Période', `travaux exécutés jusqu’au ${fmtDate(addDays(inv.date, -x.int(1, 6)), 'slash')}`], ...refs];
    kv.forEach(([k, v, strong], n) => {
      put(`A${r + n}`, k, { size: 8.5, fill: 'FFF2F2F2', border: true });
      put(`B${r + n}`, v, { size: strong ? 10 : 9, bold: Boolean(strong) || refs.some(([rk]) => rk === k), border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${r + n}:D${r + n}`);
    });
    r += kv.length + 1;
    ['Désignation des ouvrages', 'Montant marché HT', '% cumulé', 'Cumul HT', 'Situations précédentes', '% période', 'Montant période HT'].forEach((t, k) => put(`${'ABCDEFG'[k]}${r}`, t, { bold: true, border: true, fill: 'FFD9E1F2', size: 8.5, wrap: true, align: k ? 'center' : undefined }));
    sheet.getRow(r).height = 26;
    const first = r + 1;
    inv.lots.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8.5, wrap: true });
      put(`B${n}`, euros(l.contract), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`C${n}`, l.cumulativePct / 100, { border: true, size: 8.5, numFmt: '0%' });
      put(`D${n}`, { formula: `ROUND(B${n}*C${n},2)`, result: euros(l.cumulative) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, euros(l.previous), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`F${n}`, (l.cumulativePct - l.previousPct) / 100, { border: true, size: 8.5, numFmt: '0%' });
      put(`G${n}`, { formula: `D${n}-E${n}`, result: euros(l.current) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lots.length - 1;
    r = last + 1;
    const contract = inv.lots.reduce((s2, l) => s2 + l.contract, 0);
    const cumul = inv.lots.reduce((s2, l) => s2 + l.cumulative, 0);
    const prev = inv.lots.reduce((s2, l) => s2 + l.previous, 0);
    put(`A${r}`, 'Totaux', { bold: true, border: true, size: 8.5 });
    put(`B${r}`, { formula: `SUM(B${first}:B${last})`, result: euros(contract) }, { bold: true, border: true, size: 8.5, numFmt: EUR_FORMAT });
    put(`D${r}`, { formula: `SUM(D${first}:D${last})`, result: euros(cumul) }, { bold: true, border: true, size: 8.5, numFmt: EUR_FORMAT });
    put(`E${r}`, { formula: `SUM(E${first}:E${last})`, result: euros(prev) }, { bold: true, border: true, size: 8.5, numFmt: EUR_FORMAT });
    put(`G${r}`, { formula: `SUM(G${first}:G${last})`, result: euros(inv.month) }, { bold: true, border: true, size: 8.5, numFmt: EUR_FORMAT });
    r += 2;
    const totals = [
      ['Montant des travaux de la période HT', euros(inv.month)],
      [`Révision de prix : coefficient ${frNumber(inv.coef, 4)} (index BT01, mois ${fmtDate(inv.date, 'slash').slice(3)}) – (Cn − 1) × ${plainMoney(inv, inv.month)}`, euros(inv.revision)],
      ['Total HT', euros(inv.ht)],
      ['TVA 20 %', euros(inv.tva)],
      ['Total TTC', euros(inv.ttc)],
      ...(inv.retenue ? [[`Retenue de garantie ${inv.retenuePct} %`, -euros(inv.retenue)]] : []),
      [x.pick(['Net à payer', 'Montant à mandater', 'Net à payer TTC']), euros(inv.net)],
    ];
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      sheet.mergeCells(`A${r + m}:F${r + m}`);
      put(`A${r + m}`, k, { bold: strong, size: 9, align: 'right' });
      put(`G${r + m}`, v, { bold: strong, size: 9.5, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, inv.guarantee ? 'Retenue de garantie remplacée par une caution bancaire à première demande (art. R. 2191-36 du code de la commande publique).' : 'Retenue de garantie libérée un an après la réception des travaux.', { size: 7.5, italic: true });
    put(`A${r + 1}`, `${paymentText(inv)} – délai global de paiement : 30 jours.`, { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 2. Multi-trade maintenance contract: a Word invoice, the quarter's fee and the call-outs with their tickets. ———
const TRADES = [['Plomberie', 'Fuite sur robinet de puisage, remplacement du mécanisme'], ['Électricité', 'Remplacement de blocs autonomes d’éclairage de sécurité'], ['Serrurerie', 'Dépannage de serrure de porte d’issue de secours'], ['Chauffage', 'Purge et équilibrage des radiateurs, remplacement de tête thermostatique'], ['Menuiserie', 'Réglage de fenêtre et remplacement de crémone'], ['Plomberie', 'Débouchage de WC et de canalisation'], ['Électricité', 'Remplacement de luminaires LED en classe']];
const multitech = {
  name: 'ac-maintenance-multitechnique',
  family: 'multi-trade-maintenance-contract-call-outs-word',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const long = i === 5;
    const inv = makeInvoice('ac-maintenance-multitechnique', i, { cityProb: 0.45, engagementProb: 0.7, trades: ['services', 'btp'], numbers: ['plain', 'ebp', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'maintenance');
    renameSupplier(inv, x.pick(['Multitech Bâtiments Loire', 'Maintenance Services Stéphanois', 'Bâti-Maintenance Rhône-Alpes', 'Tous Corps d’État Services 42']), 'SAS');
    inv.supplier.ape = '4322A';
    buildingBuyer(inv, x, x.pick(['buildings', 'schools', 'housing']), 0.85);
    localReferences(inv, x);
    maybeRelabel31(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract = seven31(x);
    const q = quarterOf(addDays({ ...inv.date, d: 1 }, -40));
    inv.quarter = { ...q, name: quarterName(q) };
    const rateH = x.int(48, 68) * 100;
    inv.callouts = Array.from({ length: long ? 34 : x.int(3, 8) }, () => {
      const [trade, what] = x.pick(TRADES);
      const hours = x.pick([1, 1.5, 2, 2.5, 3, 4]);
      const parts = x.chance(0.6) ? x.int(15, 480) * 100 + x.int(0, 99) : 0;
      const urgent = x.chance(0.2);
      return { ticket: eight31(x), day: addDays(q.from, x.int(0, 88)), building: x.pick(PUBLIC_BUILDINGS), trade, what, hours, parts, urgent, total: Math.round(hours * rateH) + parts + (urgent ? x.int(60, 120) * 100 : 0) };
    }).sort((a, b) => (a.day.y * 400 + a.day.m * 32 + a.day.d) - (b.day.y * 400 + b.day.m * 32 + b.day.d));
    inv.rateH = rateH;
    inv.lines = [{ label: `Redevance de maintenance préventive multitechnique – ${inv.quarter.name}`, qty: 1, unit: x.int(1800, 6500) * 100, rate: 2000 }, ...inv.callouts.map((c) => ({ label: c.what, qty: 1, unit: c.total, rate: 2000 }))];
    return priceLines(inv, [2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de maintenance n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Code service Chorus Pro'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const fee = inv.lines[0];
    const callRows = inv.callouts.map((c) => [fmtDate(c.day, 'slash'), c.ticket, c.building, c.trade, `${c.what}${c.urgent ? ' (astreinte, majoration)' : ''}`, frNumber(c.hours, c.hours % 1 ? 1 : 0), c.parts ? plainMoney(inv, c.parts) : '–', plainMoney(inv, c.total)]);
    const callTotal = inv.callouts.reduce((sum, c) => sum + c.total, 0);
    const idRows = [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', { text: date(inv, inv.date), bold: true }], ['Contrat n°', inv.contract], ['Période', `${inv.quarter.name} (${fmtDate(inv.quarter.from, 'slash')} – ${fmtDate(inv.quarter.to, 'slash')})`], ['Échéance', fmtDate(inv.due, 'slash')], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri']), size: 8.6, margins: [14, 14, 18, 14],
      header: [para(me[0], { bold: true, size: 12, color: '1F3864' }), para(me.slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.2, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([96, 86], [[{ paragraphs: [para('FACTURE', { bold: true, size: 18, color: '1F3864' }), para('Maintenance multitechnique des bâtiments', { size: 8, italics: true })] }, { paragraphs: buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 })) }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([36, 70], idRows, { borders: GRID, size: 8.4 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.2, before: 3 })] : []),
        para('1. Prestations forfaitaires', { bold: true, size: 9, before: 5, after: 1 }),
        wordTable([146, 36], [{ cells: ['Désignation', 'Montant HT'], bold: true, shade: 'D9E2F3' }, [fee.label, plainMoney(inv, fee.total)]], { borders: ROWS, align: ['left', 'right'], size: 8.2 }),
        para(`2. Interventions curatives hors forfait (taux horaire ${plainMoney(inv, inv.rateH)} € HT)`, { bold: true, size: 9, before: 5, after: 1 }),
        wordTable([18, 18, 30, 18, 54, 10, 16, 18], [{ cells: ['Date', 'Ticket GMAO', 'Bâtiment', 'Corps d’état', 'Intervention', 'Heures', 'Fournitures', 'Montant HT'], bold: true, shade: 'D9E2F3' }, ...callRows, { cells: ['', '', '', '', 'Sous-total interventions', '', '', plainMoney(inv, callTotal)], bold: true }], { borders: GRID, align: ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right'], size: 7.2 }),
        para('', { after: 4 }),
        wordTable([60, 32], [['Total HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)], { cells: [x.pick(['Net à payer', 'Montant à payer']), money(inv, inv.net)], bold: true }], { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.2 }),
        para(`Les tickets GMAO et les bons d’intervention signés sont consultables sur le portail client (contrat ${inv.contract}).`, { size: 7.4, italics: true, before: 4 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic} – référence ${inv.number}` : paymentText(inv), { size: 8.4, before: 3 }),
        para(LATE_FEES, { size: 6.8, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

export default [maconnerie, multitech];

// Blind-15 layouts written as office files (see ../../README.md): a Word invoice from a firm of commissaires de justice
// for a statement of findings requested by a public body (the posting of a building permit on three visits, an
// unauthorised dumping, the state of a municipal flat: fees and travel at 20 %, the flat-rate tax of art. 302 bis Y
// and disbursements outside VAT, the file's and the permit's numbers and the visits' dates printed; the provision
// received deducted on some), and an Excel invoice from a rental company for the chalets of a Christmas market (chalets
// by size for the season, decoration, electrical boxes, transport, assembly per chalet; a loyalty discount on some;
// the security cheque printed and not cashed, not deducted; the booking deposit deducted on some).
import { AlignmentType, Packer } from 'docx';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, orderDeposit, otherBuyer } from '../../lib/blind14.mjs';
import { maybeRelabel15 } from '../../lib/blind15.mjs';

// ——— 1. A commissaire de justice's statement of findings. ———
const MISSIONS = [
  ['affichage', 'Procès-verbal de constat d’affichage du permis de construire (trois passages)'],
  ['depot', 'Procès-verbal de constat de dépôt sauvage de déchets sur la voie publique'],
  ['logement', 'Procès-verbal de constat d’état des lieux de sortie d’un logement communal'],
  ['occupation', 'Procès-verbal de constat d’occupation sans titre du domaine public'],
];
const constat = {
  name: 'r-commissaire-constat',
  family: 'commissaire-de-justice-statement-fee',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('r-commissaire-constat', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['slash', 'plain', 'year2', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'referenceEngagement'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['long', 'slash', 'dots'], rates: [[2000, 0]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'constat');
    renameSupplier(inv, x.pick(['Dupuy & Associés, commissaires de justice', 'Étude Marcoux – Vial', 'Forez Justice Commissaires', 'Officium Loire']), x.pick(['SELARL', 'SAS']));
    inv.supplier.ape = '6910Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel15(inv, x);
    const [kind, label] = MISSIONS[i % MISSIONS.length];
    const first = addDays(inv.date, -x.int(20, 80));
    const visits = kind === 'affichage' ? [first, addDays(first, x.int(28, 35)), addDays(first, x.int(58, 65))] : [first];
    redate(inv, addDays(visits[visits.length - 1], x.int(2, 10)));
    inv.due = addDays(inv.date, 30);
    inv.file = `${inv.date.y % 100}-${x.digits(4)}`;
    inv.deed = `${x.digits(5)}`;
    inv.permit = `PC 042 218 ${String((visits[0].y - 1) % 100).padStart(2, '0')} ${x.pick(['S', 'A'])}${x.digits(4)}`;
    inv.mission = { kind, label, visits };
    const photos = x.int(6, 40);
    inv.lines = [
      { label: `Honoraires – ${label}`, qty: 1, unit: x.int(220, 560) * 100, rate: 2000 },
      { label: `Frais de déplacement (art. A. 444-48 du code de commerce) × ${visits.length}`, qty: visits.length, unit: 767, rate: 2000 },
      { label: `Planches photographiques annexées (${photos} clichés)`, qty: photos, unit: x.pick([150, 200, 250]), rate: 2000 },
    ];
    if (visits.length > 1 || x.chance(0.3)) inv.lines.push({ label: 'Vacation supplémentaire (par heure entamée)', qty: x.int(1, 2), unit: 7500, rate: 2000 });
    inv.lines.push({ label: 'Taxe forfaitaire (art. 302 bis Y du CGI)', qty: 1, unit: 1489, rate: 0, outside: true });
    inv.lines.push({ label: `Débours : ${x.pick(['affranchissement lettre recommandée AR', 'extrait cadastral et relevé de propriété', 'frais de serrurier avancés'])}`, qty: 1, unit: x.int(700, 9800), rate: 0, outside: true });
    priceLines(inv, [2000, 0]);
    inv.provision = x.chance(0.4) ? orderDeposit(inv, x, x.pick([50, 60]), addDays(visits[0], -x.int(5, 20))) : null;
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const m = inv.mission;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations juridiques n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service demandeur (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const taxed = inv.lines.filter((l) => !l.outside);
    const outside = inv.lines.filter((l) => l.outside);
    const taxedTotal = taxed.reduce((a, l) => a + l.total, 0);
    const outsideTotal = outside.reduce((a, l) => a + l.total, 0);
    const rows = [
      { cells: [{ text: 'Honoraires et frais soumis à TVA', span: 3 }, ''], bold: true, shade: 'F2F2F2' },
      ...taxed.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]),
      { cells: [{ text: 'Non soumis à TVA', span: 3 }, ''], bold: true, shade: 'F2F2F2' },
      ...outside.map((l) => [l.label, '1', plainMoney(inv, l.unit), plainMoney(inv, l.total)]),
    ];
    const totals = [[x.pick(['Total soumis à TVA', 'Sous-total HT soumis']), money(inv, taxedTotal)], [x.pick(['Total non soumis à TVA', 'Taxe et débours']), money(inv, outsideTotal)], [x.pick(['Total HT', 'Total hors TVA']), money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [x.pick(['Total TTC', 'Coût total TTC']), money(inv, inv.ttc)]];
    const pr = inv.provision;
    if (pr) totals.push([`Provision reçue le ${date(inv, pr.date, 'slash')} (${pr.number})`, money(inv, -pr.amount)], [x.pick(['Reste dû', 'Solde à régler', 'Net à payer']), money(inv, inv.net)]);
    const idRows = [[x.pick(['Facture n°', 'N° de facture', 'Note de frais et honoraires n°']), { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)], ['Dossier', inv.file], ['Acte (répertoire)', inv.deed]];
    const visitText = m.visits.length > 1 ? `Passages des ${m.visits.map((v) => date(inv, v, 'slash')).join(', ')}` : `Constat dressé le ${date(inv, m.visits[0], 'long')}`;
    const me = supplierTexts(inv, x);
    const doc = wordDocument({
      font: x.pick(['Times New Roman', 'Garamond', 'Arial']), size: 9.5, margins: [16, 18, 22, 18],
      header: [para(`${s.name} – commissaires de justice associés`, { size: 7.5, color: '777777', align: 'right' })],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([96, 80], [[
          { paragraphs: [para(me[0], { bold: true, size: 13 }), para('Commissaires de justice – constats – significations – recouvrement', { size: 7.5, italics: true }), ...me.slice(1).map((t) => para(t, { size: 8.5 }))] },
          { paragraphs: [para(x.pick(['Requérant', 'Client', 'Facturé à']), { size: 8, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0 }))] },
        ]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        para(x.pick(['FACTURE', 'Facture']), { bold: true, size: 15, align: 'center' }),
        wordTable([46, 40], idRows, { borders: GRID, size: 9, alignment: AlignmentType.CENTER }),
        para('', { after: 4 }),
        ...shown.map(([k, v]) => para(`${k} : ${v}`, { size: 9, bold: true })),
        para(`Objet : ${m.label}${m.kind === 'affichage' ? ` – arrêté ${inv.permit}` : ''}. ${visitText}.`, { before: 4, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 9, after: 2 })] : []),
        wordTable([104, 12, 26, 28], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], bold: true, shade: 'DDDDDD' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right'], size: 8.6 }),
        para('', { after: 4 }),
        wordTable([70, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === 4 || n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.2 }),
        para('La taxe forfaitaire et les débours, avancés pour le compte du requérant, ne sont pas soumis à la TVA. Honoraires du constat fixés librement (art. L. 444-1 du code de commerce), selon la convention d’honoraires.', { size: 7.8, italics: true, before: 6 }),
        para(inv.print.iban ? `Règlement par virement sur le compte de l’étude – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 9, before: 4 }),
        para(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Chalets of a Christmas market. ———
const CHALETS = [['Chalet bois 3 × 2 m avec auvent', 29000, 42000], ['Chalet bois 4 × 2 m', 36000, 52000], ['Chalet d’angle 3 × 3 m', 41000, 58000], ['Chalet restauration 6 × 2,5 m avec plan de travail inox', 69000, 98000]];
const SQUARES = ['place Jean Jaurès', 'place de l’Hôtel de Ville', 'place du Peuple', 'parc de l’Europe', 'cours Fauriel'];
const chalets = {
  name: 'r-chalets-marche-noel',
  family: 'christmas-market-chalet-hire',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('r-chalets-marche-noel', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'ciel', 'compact', 'ebp'], engagementLabels: ['ej', 'engagement', 'bonDeCommande', 'commande', 'bcShort'], marketProb: 0.35, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5, 7], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'chalets');
    renameSupplier(inv, x.pick(['Chalets Événements Rhône-Loire', 'Bois & Fêtes Location', 'Les Chalets du Pilat', 'Alpes Marchés Location']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7739Z';
    otherBuyer(inv, x, 0.35);
    localReferences(inv, x);
    maybeRelabel15(inv, x);
    const y = inv.date.m >= 6 ? inv.date.y : inv.date.y - 1;
    const open = { y, m: 11, d: x.int(20, 29) };
    const close = { y, m: 12, d: x.int(24, 31) };
    redate(inv, addDays(close, x.int(5, 25)));
    inv.season = { open, close, square: x.pick(SQUARES), days: Math.round((Date.UTC(close.y, close.m - 1, close.d) - Date.UTC(open.y, open.m - 1, open.d)) / 86400000) + 1 };
    inv.due = addDays(inv.date, 30);
    inv.cheque = x.pick([150000, 200000, 300000]);
    inv.lines = [];
    let count = 0;
    for (const [label, lo, hi] of CHALETS.filter((_, k) => k === i % CHALETS.length || x.chance(0.55))) {
      const n = x.int(2, 14);
      count += n;
      inv.lines.push({ label: `${label} – location pour la saison`, qty: n, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
    }
    inv.lines.push({ label: 'Décoration (guirlandes lumineuses, sapins, toit enneigé) par chalet', qty: count, unit: x.int(45, 90) * 100, rate: 2000 });
    inv.lines.push({ label: 'Coffret électrique 16 A avec différentiel, par chalet', qty: count, unit: x.int(35, 60) * 100, rate: 2000 });
    inv.lines.push({ label: 'Montage et démontage, par chalet', qty: count, unit: x.int(80, 140) * 100, rate: 2000 });
    inv.lines.push({ label: 'Transport aller et retour (semi-remorque plateau et grue)', qty: x.int(1, 3), unit: x.int(650, 1200) * 100, rate: 2000 });
    inv.chaletCount = count;
    priceLines(inv);
    inv.booking = x.chance(0.5) ? orderDeposit(inv, x, 30, addDays(open, -x.int(60, 120))) : null;
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const se = inv.season;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', 'Marché de Noël']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Verdana']));
    sheet.columns = [{ width: 44 }, { width: 10 }, { width: 15 }, { width: 16 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FFB71C1C' : undefined }));
    put('C1', x.pick(['FACTURE', 'Facture']), { bold: true, size: 16 });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], [x.pick(['Date', 'Date facture']), dateValue(inv.date)], ['Échéance', dateValue(inv.due)], ['Réf. client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`C${n + 3}`, k, { size: 9 });
      put(`D${n + 3}`, v, { bold: n === 0, size: 9, numFmt: n === 1 || n === 2 ? 'dd/mm/yyyy' : undefined, align: 'right' });
    });
    let r = Math.max(me.length + 2, 8);
    const buyer = buyerTexts(inv, x);
    put(`C${r}`, x.pick(['Client', 'Facturé à', 'Organisateur']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`C${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service destinataire'] });
    refs.forEach(([k, v], n) => put(`A${r + 1 + n}`, `${k} : ${v}`, { size: 9, bold: true }));
    r += buyer.length + 3;
    put(`A${r}`, `Marché de Noël – ${se.square} – du ${date(inv, se.open, 'slash')} au ${date(inv, se.close, 'slash')} (${se.days} jours, ${inv.chaletCount} chalets)`, { bold: true, size: 9.5 });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'].forEach((text, k) => put(`${'ABCD'[k]}${r}`, text, { bold: true, border: true, fill: 'FFFFEBEE', align: 'center', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8.5, wrap: true });
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`D${n}`, { formula: `B${n}*C${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', { formula: `SUM(D${first}:D${last})`, result: euros(inv.grossHT) }], [`Remise fidélité ${inv.discountPct} %`, euros(-inv.discount)]);
    totals.push([x.pick(['Total HT', 'Montant HT']), euros(inv.ht)], [`TVA ${rate(2000)}`, euros(inv.tva)], [x.pick(['Total TTC', 'Montant TTC']), euros(inv.ttc)]);
    const b = inv.booking;
    if (b) totals.push([`Acompte de réservation – facture ${b.number} du ${date(inv, b.date, 'slash')}`, euros(-b.amount)], [x.pick(['Net à payer', 'Reste à payer', 'Solde dû']), euros(inv.net)]);
    totals.forEach(([k, v], n) => {
      const strong = n === totals.length - 1;
      put(`A${r + n}`, k, { bold: strong, size: 9, align: 'right' });
      sheet.mergeCells(`A${r + n}:C${r + n}`);
      put(`D${r + n}`, v, { bold: strong, size: 9, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, `Dépôt de garantie : chèque de ${money(inv, inv.cheque)} remis à la livraison, non encaissé, restitué après l’état des lieux de retour.`, { size: 8, wrap: true });
    sheet.mergeCells(`A${r}:D${r}`);
    sheet.getRow(r).height = 24;
    put(`A${r + 1}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [constat, chalets];

// Blind-4 layouts written as real Office files and printed by LibreOffice in a French locale (see ../../README.md):
// a Word invoice for a venue whose bare-room hire is exempt from VAT while the services around it are taxed; a Word
// invoice followed by the public buyer's purchase order it answers (ordered quantities, the order's own totals); an
// Excel works invoice with a price revision by index (coefficient with four decimals); an Excel workbook printing
// the original and its duplicate on two sheets; and an Excel invoice with a payment schedule in instalments.
import { AlignmentType, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { addDays, decimal, MONTHS } from '../../lib/format.mjs';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, rate, recompute, references } from '../../lib/invoice.mjs';
import { NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier, spacedSiret, sum } from '../../lib/variants.mjs';

const CITY_HEAVY = { cityProb: 0.65, engagementProb: 0.75 };
const euros = (cents) => Number(decimal(cents));
const dateValue = (d) => new Date(Date.UTC(d.y, d.m - 1, d.d));

function supplierParas(inv, x, { size } = {}) {
  const s = inv.supplier;
  return [
    para(s.name, { bold: true, size: 14 }), ...s.address.map((t) => para(t, { size })), para(`${x.pick(['Tél.', 'Téléphone :'])} ${s.phone}`, { size }), para(s.email, { size }),
    ...(inv.print.supplierSiret ? [para(`${x.pick(['SIRET :', 'Siret', 'N° Siret :'])} ${spacedSiret(x, s.siret)}`, { size })] : []),
  ];
}
function buyerParas(inv, x, heading) {
  const b = inv.buyer;
  return [para(heading, { bold: true, size: 8, color: '666666' }), para(b.name, { bold: true }), ...b.lines.map((t) => para(t)), ...(inv.print.buyerSiret ? [para(`SIRET ${spacedSiret(x, b.siret)}`)] : [])];
}

// ——— 1. Venue hire: bare room exempt (art. 261 D 2° du CGI), services taxed. ———
const VENUE_LINES = {
  0: ['Location de la salle de réception (locaux nus)', 'Mise à disposition de la salle – journée', 'Location de l’auditorium (locaux nus)'],
  2000: ['Ménage de fin de manifestation', 'Sonorisation et vidéoprojection', 'Agent de sécurité SSIAP (heures)', 'Mobilier supplémentaire', 'Régie technique'],
  1000: ['Pause-café (par personne)', 'Cocktail déjeunatoire (par personne)', 'Plateaux-repas'],
};
const salleExoneree = {
  name: 'n-salle-exoneree',
  family: 'partly-exempt',
  producers: ['docx'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('n-salle-exoneree', i, { ...CITY_HEAVY, trades: ['food', 'services'], numbers: ['plain', 'year2', 'hash'], engagementLabels: ['engagementJuridiqueNo', 'bdc', 'engagement'], marketProb: 0.2, serviceProb: 0.6, dateStyles: ['long', 'slash', 'dots'], rates: [[0, 2000], [0, 2000, 1000], [0, 1000, 2000]], groups: ['space', 'nbsp', 'dot'], lines: [2, 6], depositPct: [0, 0, 30], rcsProb: 0.5 });
    const x = extraRng(inv, 'venue');
    renameSupplier(inv, x.pick(['Domaine de la Croix Blanche', 'Le Moulin des Trois Rivières', 'Espace Panoramique du Pilat', 'Centre de Congrès des Aciéries']), x.pick(['SARL', 'SAS']));
    const used = new Set();
    inv.lines = inv.lines.map((l) => {
      const options = VENUE_LINES[l.rate].filter((label) => !used.has(label));
      const label = x.pick(options.length ? options : VENUE_LINES[l.rate]);
      used.add(label);
      if (l.rate === 0) {
        const unit = x.int(40000, 250000);
        return { label, qty: 1, unit, rate: 0, total: unit };
      }
      const perHead = label.includes('par personne');
      const q = perHead ? x.int(20, 150) : x.pick([1, 1, 2, 4, 6]);
      const unit = perHead ? x.int(450, 3200) : x.int(8000, 60000);
      return { label, qty: q, unit, rate: l.rate, total: q * unit };
    });
    inv.event = `${x.pick(['Séminaire', 'Réception', 'Assemblée générale', 'Journée de formation', 'Cérémonie des vœux'])} du ${date(inv, inv.delivery, 'long')}`;
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const exempt = inv.vat.find((v) => v.rate === 0);
    const taxed = inv.vat.filter((v) => v.rate > 0);
    const totals = [['Total HT', money(inv, inv.ht)], [x.pick(['dont montant exonéré', 'dont location exonérée de TVA', 'Base exonérée']), money(inv, exempt.base)]];
    for (const v of taxed) totals.push([`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, money(inv, v.amount)]);
    totals.push(['Total TVA', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]);
    if (inv.deposit) totals.push([`Arrhes versées le ${date(inv, inv.previousDeposit)}`, `- ${money(inv, inv.deposit)}`]);
    totals.push([x.pick(['Net à payer', 'Reste à régler', 'Solde à payer']), money(inv, inv.net)]);
    const rows = inv.lines.map((l) => [`${l.label}${l.rate === 0 ? ' *' : ''}`, qty(l.qty), plainMoney(inv, l.unit), l.rate === 0 ? x.pick(['Exo.', 'exonéré', '0 %']) : rate(l.rate), plainMoney(inv, l.total)]);
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Times New Roman']), size: 10, margins: [16, 18, 20, 18],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([100, 74], [[{ paragraphs: supplierParas(inv, x, { size: 9 }) }, { paragraphs: [para('FACTURE', { bold: true, size: 20, align: 'right', color: '7B3F00' }), para(`N° ${inv.number}`, { align: 'right', bold: true }), para(`${x.pick(['Date :', 'Le'])} ${date(inv, inv.date)}`, { align: 'right' })] }]], { borders: NO_BORDERS }),
        para('', { after: 6 }),
        wordTable([84, 90], [[{ paragraphs: [para('Objet', { bold: true, size: 8, color: '666666' }), para(inv.event), ...references(inv).map(([k, v]) => para(`${k} : ${v}`))] }, { paragraphs: buyerParas(inv, x, x.pick(['Client', 'Facturé à'])) }]], { borders: NO_BORDERS }),
        para('', { after: 6 }),
        wordTable([88, 16, 26, 16, 28], [{ cells: ['Prestation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'F3E5D8' }, ...rows], { borders: ROWS, align: ['left', 'right', 'right', 'center', 'right'], size: 9.5 }),
        para(`* ${x.pick(['Location de locaux nus exonérée de TVA – article 261 D 2° du CGI.', 'Exonération de TVA : location de locaux nus (art. 261 D 2° du CGI).'])}`, { size: 8, italics: true, before: 3 }),
        para('', { after: 4 }),
        wordTable([70, 34], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.5 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par chèque ou mandat administratif.', { before: 8, size: 9 }),
        para(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Invoice followed by the buyer's purchase order (or the delivery note when there is no order number). ———
const commandeJointe = {
  name: 'n-commande-jointe',
  family: 'order-form-attached',
  producers: ['docx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('n-commande-jointe', i, { cityProb: 0.7, engagementProb: 0.85, trades: ['goods', 'books', 'services'], numbers: ['ciel', 'sage', 'plain'], engagementLabels: ['bonDeCommande', 'numeroBonCommande', 'commandePublique'], marketProb: 0.35, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000], [550], [2000, 550]], groups: ['space', 'nbsp'], lines: [2, 6], rcsProb: 0.5 });
    const x = extraRng(inv, 'order');
    inv.ordered = inv.lines.map((l) => {
      const extra = x.pick([0, 0, 0, 1, 2, 5]);
      return { label: l.label, qty: l.qty + extra, unit: l.unit, rate: l.rate, total: Math.round((l.qty + extra) * l.unit) };
    });
    const byRate = new Map();
    for (const l of inv.ordered) byRate.set(l.rate, (byRate.get(l.rate) ?? 0) + l.total);
    inv.orderHT = sum(inv.ordered, 'total');
    inv.orderTVA = sum([...byRate.entries()].map(([r, base]) => Math.round((base * r) / 10000)));
    inv.requester = inv.buyer.city ? x.pick(['Direction de l’éducation', 'Direction des sports', 'Direction de la culture', 'Services techniques', 'Direction des systèmes d’information']) : x.pick(['Service achats', 'Service demandeur : intendance', 'Commande publique']);
    inv.imputation = `${x.pick(['011', '21'])}-${x.int(6000, 6288)}-${x.pick(['020', '213', '311', '411', '822'])}`;
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const b = inv.buyer;
    const totals = [['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC', inv.ttc], [x.pick(['Net à payer', 'Montant à payer']), inv.net]];
    const invoicePage = [
      wordTable([96, 78], [[{ paragraphs: supplierParas(inv, x, { size: 9 }) }, { paragraphs: buyerParas(inv, x, 'Facturer à') }]], { borders: NO_BORDERS }),
      para(`Facture n° ${inv.number}`, { bold: true, size: 15, before: 12 }),
      para(`Date : ${date(inv, inv.date)}`),
      ...references(inv).map(([k, v]) => para(`${k} : ${v}`)),
      para(inv.engagement ? x.pick(['Copie du bon de commande jointe.', 'Bon de commande joint en annexe.']) : `Livraison du ${date(inv, inv.delivery)} – bon de livraison ${inv.deliveryNote} joint.`, { italics: true, size: 9, after: 6 }),
      wordTable([90, 18, 26, 14, 26], [{ cells: ['Désignation', 'Qté livrée', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'DDDDDD' }, ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)])], { align: ['left', 'right', 'right', 'right', 'right'], size: 9.5 }),
      para('', { after: 4 }),
      wordTable([50, 32], totals.map(([k, v], n) => ({ cells: [k, money(inv, v)], bold: n === totals.length - 1 })), { align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
      para(inv.print.iban ? `Virement à 30 jours : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Paiement par mandat administratif à 30 jours.', { before: 8, size: 9 }),
    ];
    const annex = inv.engagement
      ? [
        new Paragraph({ pageBreakBefore: true, children: [] }),
        para(`ANNEXE – ${x.pick(['Copie du bon de commande', 'Bon de commande reçu'])}`, { size: 8, color: '888888', after: 6 }),
        wordTable([100, 74], [[{ paragraphs: [para(b.name, { bold: true, size: 13 }), para(inv.requester), ...b.lines.slice(-2).map((t) => para(t))] }, { paragraphs: [para('BON DE COMMANDE', { bold: true, size: 15, align: 'right' }), para(`N° ${inv.engagement.value}`, { bold: true, size: 13, align: 'right' }), para(`du ${date(inv, inv.orderDate)}`, { align: 'right' })] }]], { borders: NO_BORDERS }),
        para(`Fournisseur : ${s.legalName} – ${s.address.join(', ')}`, { before: 8 }),
        para(`Imputation budgétaire : ${inv.imputation}${inv.serviceCode ? ` – code service ${inv.serviceCode}` : ''}`, { size: 9 }),
        para('', { after: 4 }),
        wordTable([90, 18, 26, 14, 26], [{ cells: ['Désignation', 'Qté commandée', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'E8E8E8' }, ...inv.ordered.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)])], { align: ['left', 'right', 'right', 'right', 'right'], size: 9 }),
        para('', { after: 4 }),
        wordTable([60, 32], [['Montant total HT de la commande', money(inv, inv.orderHT)], ['TVA', money(inv, inv.orderTVA)], [{ text: 'Montant total TTC de la commande', bold: true }, { text: money(inv, inv.orderHT + inv.orderTVA), bold: true }]], { align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para('Les factures sont à déposer sur Chorus Pro en rappelant le numéro du présent bon de commande.', { size: 8.5, italics: true, before: 10 }),
        para(`Le responsable du service – ${x.pick(['signé électroniquement', 'visa', 'bon pour accord'])}`, { size: 8.5, align: 'right', before: 6 }),
      ]
      : [
        new Paragraph({ pageBreakBefore: true, children: [] }),
        para(`BON DE LIVRAISON N° ${inv.deliveryNote}`, { bold: true, size: 14 }),
        para(`Livré le ${date(inv, inv.delivery)} à ${b.name}`, { after: 6 }),
        wordTable([120, 27, 27], [{ cells: ['Désignation', 'Commandé', 'Livré'], bold: true, shade: 'E8E8E8' }, ...inv.ordered.map((l, k) => [l.label, qty(l.qty), qty(inv.lines[k].qty)])], { align: ['left', 'right', 'right'], size: 9 }),
        para('Signature du réceptionnaire :', { before: 10, size: 9 }),
      ];
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri']), size: 10, margins: [18, 18, 20, 18],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [...invoicePage, ...annex],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— Excel helpers ———
const EUR = '#,##0.00 "€"';
function newWorkbook(creator) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}
const pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
function writer(sheet, fontName) {
  return (ref, value, { bold, size = 10, italic, numFmt, align, border, fill, wrap, color } = {}) => {
    const cell = sheet.getCell(ref);
    cell.value = value;
    cell.font = { name: fontName, size, bold, italic, color: color ? { argb: color } : undefined };
    if (numFmt) cell.numFmt = numFmt;
    if (align || wrap) cell.alignment = { horizontal: align, vertical: 'middle', wrapText: Boolean(wrap) };
    if (border) cell.border = border === 'top' ? { top: { style: 'thin' } } : { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    return cell;
  };
}

/** The invoice laid out on one sheet (columns A–E); returns the row after the totals. */
function invoiceSheet(inv, x, sheet, { mark, font, dateFormat, netLabel }) {
  const s = inv.supplier;
  const b = inv.buyer;
  const put = writer(sheet, font);
  sheet.columns = [{ width: 42 }, { width: 10 }, { width: 15 }, { width: 9 }, { width: 17 }];
  put('A1', s.legalName ?? s.name, { bold: true, size: 14 });
  if (mark) put('E1', mark, { bold: true, size: 12, align: 'right', color: mark === 'DUPLICATA' ? 'FFC00000' : 'FF1F4E79' });
  [...s.address, `Tél. ${s.phone} – ${s.email}`, inv.print.supplierSiret ? `SIRET ${spacedSiret(x, s.siret)}` : null, `TVA intracom. ${s.vat}`].filter(Boolean).forEach((t, k) => put(`A${k + 2}`, t, { size: 9 }));
  [b.name, ...b.lines, inv.print.buyerSiret ? `SIRET ${spacedSiret(x, b.siret)}` : null].filter(Boolean).forEach((t, k) => put(`C${k + 3}`, t, { bold: k === 0 }));
  let r = 13;
  put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
  put(`D${r}`, 'Date :', { align: 'right' });
  put(`E${r}`, dateValue(inv.date), { numFmt: dateFormat, align: 'right' });
  for (const [k, v] of references(inv)) {
    r++;
    put(`A${r}`, `${k} : ${v}`);
  }
  r += 2;
  const head = r;
  ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'].forEach((t, c) => put(`${'ABCDE'[c]}${head}`, t, { bold: true, border: true, fill: 'FFE7E6E6', align: c ? 'center' : 'left' }));
  inv.lines.forEach((l, k) => {
    const n = head + 1 + k;
    put(`A${n}`, l.label, { border: true });
    put(`B${n}`, l.qty, { border: true, align: 'center' });
    put(`C${n}`, euros(l.unit), { border: true, numFmt: EUR });
    put(`D${n}`, l.rate / 10000, { border: true, numFmt: '0.0%', align: 'center' });
    put(`E${n}`, { formula: `ROUND(B${n}*C${n},2)`, result: euros(l.total) }, { border: true, numFmt: EUR });
  });
  const first = head + 1;
  const last = head + inv.lines.length;
  r = last + 2;
  const rows = [['Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) }]];
  for (const v of inv.vat) rows.push([`TVA ${rate(v.rate)}`, { formula: `ROUND(SUMIF(D${first}:D${last},${v.rate / 10000},E${first}:E${last})*${v.rate / 10000},2)`, result: euros(v.amount) }]);
  rows.push(['Total TTC', { formula: `E${r}+SUM(E${r + 1}:E${r + inv.vat.length})`, result: euros(inv.ttc) }]);
  if (inv.deposit) rows.push([`Acompte versé le ${date(inv, inv.previousDeposit, 'slash')}`, -euros(inv.deposit)]);
  if (netLabel) rows.push([netLabel, euros(inv.net)]);
  rows.forEach(([k, v], n) => {
    const strong = n === rows.length - 1;
    put(`C${r + n}`, k, { bold: strong, align: 'right' });
    sheet.mergeCells(`C${r + n}:D${r + n}`);
    put(`E${r + n}`, v, { bold: strong, numFmt: EUR, border: strong ? 'top' : undefined });
  });
  return r + rows.length + 1;
}

// ——— 3. Works invoice with a price revision by index. ———
const INDEXES = [['BT01', 'Index bâtiment tous corps d’état'], ['TP01', 'Index général travaux publics'], ['Syntec', 'Indice Syntec'], ['EV4', 'Index espaces verts']];
const revisionPrix = {
  name: 'n-revision-prix',
  family: 'price-revision',
  producers: ['xlsx'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('n-revision-prix', i, { ...CITY_HEAVY, trades: ['btp', 'services'], numbers: ['plain', 'situation', 'year2'], engagementLabels: ['engagementJuridique', 'ej', 'engagementJuridiqueNo'], marketProb: 1, serviceProb: 0.6, rates: [[2000], [1000]], lines: [2, 6], unitMax: 90000, rcsProb: 0.5 });
    const x = extraRng(inv, 'revision');
    const [index, indexName] = x.pick(INDEXES);
    const i0 = x.int(1100, 1350);
    const iN = Math.round(i0 * (1 + x.int(10, 110) / 1000));
    const c4 = Math.round((0.15 + (0.85 * iN) / i0) * 10000);
    const base = sum(inv.lines, 'total');
    const revision = Math.round((base * (c4 - 10000)) / 10000);
    inv.revision = { index, indexName, i0, iN, c4, base, amount: revision, month0: { m: x.int(1, 12), y: inv.date.y - x.int(1, 2) } };
    inv.lines.forEach((l) => {
      l.bpu = `${x.int(1, 9)}.${x.int(1, 30)}`;
      l.unitName = x.pick(['u', 'm²', 'ml', 'h', 'forfait', 'm³']);
    });
    inv.lines.push({ label: 'Révision de prix', qty: 1, unit: revision, rate: inv.rates[0], total: revision, revisionLine: true });
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const b = inv.buyer;
    const rv = inv.revision;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup, views: [{ showGridLines: false }] });
    const put = writer(sheet, 'Arial');
    sheet.columns = [{ width: 8 }, { width: 38 }, { width: 8 }, { width: 10 }, { width: 14 }, { width: 16 }];
    put('A1', s.legalName, { bold: true, size: 14 });
    [...s.address, `Tél. ${s.phone}`, inv.print.supplierSiret ? `SIRET ${spacedSiret(x, s.siret)}` : `TVA ${s.vat}`].forEach((t, k) => put(`A${k + 2}`, t, { size: 9 }));
    [b.name, ...b.lines, inv.print.buyerSiret ? `SIRET ${spacedSiret(x, b.siret)}` : null].filter(Boolean).forEach((t, k) => put(`D${k + 2}`, t, { bold: k === 0 }));
    let r = 11;
    put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 13 });
    put(`E${r}`, 'Date :', { align: 'right' });
    put(`F${r}`, dateValue(inv.date), { numFmt: x.pick(['dd/mm/yyyy', 'dd mmmm yyyy']), align: 'right' });
    for (const [k, v] of references(inv, { marketLabel: x.pick(['Marché n°', 'Accord-cadre n°']) })) {
      r++;
      put(`A${r}`, `${k} : ${v}`);
    }
    r++;
    put(`A${r}`, `Prestations exécutées en ${MONTHS[inv.delivery.m - 1]} ${inv.delivery.y} – prix du bordereau (mois zéro : ${MONTHS[rv.month0.m - 1]} ${rv.month0.y})`, { italic: true, size: 9 });
    r += 2;
    const head = r;
    ['N° prix', 'Désignation', 'Unité', 'Quantité', 'P.U. HT initial', 'Montant HT'].forEach((t, c) => put(`${'ABCDEF'[c]}${head}`, t, { bold: true, border: true, fill: 'FFDDEBF7', align: 'center', wrap: true, size: 9 }));
    const works = inv.lines.filter((l) => !l.revisionLine);
    works.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.bpu, { border: true, align: 'center' });
      put(`B${n}`, l.label, { border: true });
      put(`C${n}`, l.unitName, { border: true, align: 'center' });
      put(`D${n}`, l.qty, { border: true, align: 'center' });
      put(`E${n}`, euros(l.unit), { border: true, numFmt: EUR });
      put(`F${n}`, { formula: `ROUND(D${n}*E${n},2)`, result: euros(l.total) }, { border: true, numFmt: EUR });
    });
    const first = head + 1;
    const last = head + works.length;
    r = last + 2;
    put(`B${r}`, `${rv.indexName} (${rv.index}) : I0 = ${(rv.i0 / 10).toFixed(1).replace('.', ',')} ; In = ${(rv.iN / 10).toFixed(1).replace('.', ',')}`, { size: 9 });
    put(`B${r + 1}`, 'Formule : Cn = 0,15 + 0,85 × In / I0', { size: 9, italic: true });
    const v = inv.vat[0];
    const rows = [
      ['Montant HT aux prix initiaux', { formula: `SUM(F${first}:F${last})`, result: euros(rv.base) }, EUR],
      ['Coefficient de révision Cn', rv.c4 / 10000, '0.0000'],
      ['Montant de la révision HT', { formula: `ROUND(F${r + 3}*(F${r + 4}-1),2)`, result: euros(rv.amount) }, EUR],
      [x.pick(['Montant HT révisé', 'Total HT', 'Total HT après révision']), { formula: `F${r + 3}+F${r + 5}`, result: euros(inv.ht) }, EUR],
      [`TVA ${rate(v.rate)}`, { formula: `ROUND(F${r + 6}*${v.rate / 10000},2)`, result: euros(inv.tva) }, EUR],
      ['Montant TTC', { formula: `F${r + 6}+F${r + 7}`, result: euros(inv.ttc) }, EUR],
      [x.pick(['Net à payer', 'NET À PAYER', 'Montant à mandater']), { formula: `F${r + 8}`, result: euros(inv.net) }, EUR],
    ];
    rows.forEach(([k, value, numFmt], n) => {
      const row = r + 3 + n;
      const strong = n === rows.length - 1;
      put(`C${row}`, k, { bold: strong, align: 'right' });
      sheet.mergeCells(`C${row}:E${row}`);
      put(`F${row}`, value, { bold: strong, numFmt, border: strong ? true : undefined });
    });
    r += 3 + rows.length + 1;
    put(`A${r}`, inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.', { size: 9 });
    put(`A${r + 1}`, `Échéance : ${date(inv, inv.due, 'slash')} – délai global de paiement 30 jours. Intérêts moratoires au taux légal en vigueur, indemnité forfaitaire 40 €.`, { size: 8 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 4. Original and duplicate on two sheets of one workbook. ———
const duplicata = {
  name: 'n-duplicata',
  family: 'original-and-duplicate',
  producers: ['xlsx'],
  count: 6,
  make: (i) => makeInvoice('n-duplicata', i, { ...CITY_HEAVY, numbers: ['micro', 'compact', 'carnet', 'plain'], engagementLabels: ['bonDeCommande', 'numeroBonCommande', 'ejNo', 'engagement'], marketProb: 0.3, rates: [[2000], [1000], [550], [2000, 1000]], lines: [1, 6], depositPct: [0, 0, 0, 30], rcsProb: 0.4 }),
  async xlsx(inv) {
    const look = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const font = look.pick(['Arial', 'Calibri']);
    const dateFormat = look.pick(['dd/mm/yyyy', 'dd mmmm yyyy', 'd mmm yyyy']);
    const netLabel = look.pick(['Net à payer', 'NET A PAYER', 'Montant dû', null]);
    for (const [name, mark] of [['Original', 'ORIGINAL'], ['Duplicata', 'DUPLICATA']]) {
      // The same draws for both sheets: the duplicate is the original reprinted.
      const x = extraRng(inv, 'sheet');
      const sheet = workbook.addWorksheet(name, { pageSetup, views: [{ showGridLines: false }] });
      const next = invoiceSheet(inv, x, sheet, { mark, font, dateFormat, netLabel: netLabel ?? (inv.deposit ? 'Reste à payer' : null) });
      const put = writer(sheet, font);
      put(`A${next + 1}`, inv.print.iban ? `IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : 'Paiement par chèque ou mandat administratif.', { size: 9 });
      put(`A${next + 2}`, `Échéance : ${date(inv, inv.due, 'slash')}`, { size: 9 });
      put(`A${next + 3}`, legalLine(inv), { size: 7 });
      if (mark === 'DUPLICATA') put(`A${next + 5}`, 'Duplicata délivré à la demande du client – ne pas payer deux fois.', { italic: true, size: 9, color: 'FFC00000' });
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 5. Payment schedule in instalments. ———
const echeancier = {
  name: 'n-echeancier',
  family: 'instalment-schedule',
  producers: ['xlsx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('n-echeancier', i, { ...CITY_HEAVY, trades: ['services', 'goods'], numbers: ['plain', 'ebp', 'odoo'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande'], marketProb: 0.4, rates: [[2000], [2000, 1000]], lines: [1, 5], unitMin: 50000, unitMax: 400000, rcsProb: 0.5 });
    const x = extraRng(inv, 'schedule');
    const n = x.int(2, 4);
    const share = Math.floor(inv.net / n);
    inv.instalments = Array.from({ length: n }, (_, k) => ({ due: addDays(inv.date, 30 * (k + 1)), amount: k === n - 1 ? inv.net - share * (n - 1) : share }));
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const workbook = newWorkbook(inv.supplier.name);
    const sheet = workbook.addWorksheet('Facture', { pageSetup, views: [{ showGridLines: false }] });
    const font = x.pick(['Arial', 'Calibri']);
    const dateFormat = x.pick(['dd/mm/yyyy', 'dd mmmm yyyy']);
    const put = writer(sheet, font);
    let r = invoiceSheet(inv, x, sheet, { font, dateFormat, netLabel: x.pick(['Net à payer', 'Montant total à payer', 'NET A PAYER TTC']) });
    put(`A${r}`, x.pick(['Échéancier de paiement', 'Paiement en plusieurs fois', 'ÉCHÉANCIER']), { bold: true });
    r++;
    ['Échéance', 'Date', '', '', 'Montant TTC'].forEach((t, c) => t && put(`${'ABCDE'[c]}${r}`, t, { bold: true, border: true, fill: 'FFF2F2F2', align: c ? 'center' : 'left' }));
    inv.instalments.forEach((e, k) => {
      const row = r + 1 + k;
      put(`A${row}`, `${k + 1}${k === 0 ? 're' : 'e'} échéance`, { border: true });
      put(`B${row}`, dateValue(e.due), { border: true, numFmt: dateFormat, align: 'center' });
      sheet.mergeCells(`B${row}:D${row}`);
      put(`E${row}`, euros(e.amount), { border: true, numFmt: EUR });
    });
    r += inv.instalments.length + 2;
    put(`A${r}`, inv.print.iban ? `Prélèvement ou virement à chaque échéance – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : 'Règlement par mandat administratif à chaque échéance.', { size: 9 });
    put(`A${r + 1}`, `En cas de défaut de paiement d’une échéance, la totalité du solde devient exigible. ${x.pick(['Pénalités : 3 fois le taux légal.', 'Indemnité forfaitaire de recouvrement : 40 €.'])}`, { size: 8 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [salleExoneree, commandeJointe, revisionPrix, duplicata, echeancier];

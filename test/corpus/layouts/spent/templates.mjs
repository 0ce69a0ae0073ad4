// Layouts of blind-1, measured once and now spent (see ../../README.md): office templates of other kinds — an Excel
// order-form invoice, an association's Writer invoice, a long Writer invoice over several pages, a
// micro-entrepreneur's spreadsheet, and a public-procurement invoice frame printed both by a browser and by LibreOffice.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { decimal, iso } from '../../lib/format.mjs';
import { date, iban, makeInvoice, money, rate, references, siret } from '../../lib/invoice.mjs';
import { buyerLines, itemsTable, legalFooter, paymentLine, standardTotals, supplierLines, totalsTable } from '../../lib/blocks.mjs';

const euros = (cents) => Number(decimal(cents));
const cur = (cents, extra = {}) => ({ v: euros(cents), type: 'money', ...extra });
const blank = (n) => Array.from({ length: n }, () => null);

const excelBc = {
  name: 'excel-bc',
  family: 'excel-template',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('excel-bc', i, { numbers: ['compact', 'micro', 'ciel'], engagementProb: 0.7, engagementLabels: ['ejBc', 'commandeClient', 'referenceEngagement'], rates: [[2000], [1000], [2000, 1000]], buyerSiretProb: 0.7 }),
  sheet(inv) {
    const s = inv.supplier;
    const b = inv.buyer;
    // Labels in column A, values in B, stacked: the sheet of a small firm that types its invoices in Excel.
    const kv = (k, v) => [{ v: k, b: true, shade: '#fde9d9', border: 'grid' }, { span: 2, border: 'grid', align: 'left', ...(typeof v === 'object' ? v : { v }) }, null, null, null];
    const rows = [
      [{ v: s.name, b: true, size: 15, span: 3 }, null, null, { v: 'FACTURE', b: true, size: 16, span: 2, align: 'right' }, null],
      [{ v: `${s.address.join(' – ')} – ${s.phone}`, span: 5, size: 8 }, ...blank(4)],
      [{ v: [inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, inv.print.supplierSiren ? `RCS ${s.rcsCity} ${s.siren}` : null, `TVA ${s.vat}`].filter(Boolean).join(' – '), span: 5, size: 8 }, ...blank(4)],
      blank(5),
      kv('Facture n°', inv.number),
      kv('Date', { v: iso(inv.date), type: 'date' }),
      kv('Client', b.name),
      ...b.lines.map((line) => [null, { v: line, span: 2 }, null, null, null]),
      ...(inv.print.buyerSiret ? [kv('SIRET client', siret(inv, b.siret))] : []),
      ...references(inv).map(([k, v]) => kv(k, v)),
      blank(5),
      [{ v: 'Désignation', b: true, border: 'grid', shade: '#fde9d9', span: 2 }, null, { v: 'Qté', b: true, border: 'grid', shade: '#fde9d9' }, { v: 'PU HT', b: true, border: 'grid', shade: '#fde9d9' }, { v: 'Total HT', b: true, border: 'grid', shade: '#fde9d9' }],
      ...inv.lines.map((l) => [{ v: `${l.label} (TVA ${rate(l.rate)})`, span: 2, border: 'grid' }, null, { v: l.qty, type: 'qty', border: 'grid' }, cur(l.unit, { border: 'grid' }), cur(l.total, { border: 'grid' })]),
      blank(5),
      [...blank(3), { v: 'TOTAL HT', b: true }, cur(inv.ht)],
      ...inv.vat.map((v) => [...blank(3), { v: `TVA ${rate(v.rate)}` }, cur(v.amount)]),
      [...blank(3), { v: 'TOTAL TTC', b: true, border: 'top' }, cur(inv.ttc, { b: true, border: 'top' })],
      blank(5),
      [{ v: inv.print.iban ? `RIB : ${iban(inv)}` : 'Paiement par chèque à réception.', span: 5, size: 8.5 }, ...blank(4)],
    ];
    return { font: 'Liberation Sans Narrow', size: 10, colWidths: [34, 62, 18, 32, 36], rows };
  },
};

const association = {
  name: 'association',
  family: 'association',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('association', i, { supplier: 'association', numbers: ['micro', 'slash'], lines: [1, 3], unitMax: 60000, engagementProb: 0.4, engagementLabels: ['referenceEngagement', 'bonDeCommande'], dateStyles: ['long', 'slash'] }),
  doc(inv) {
    return {
      font: 'DejaVu Serif', size: 10, margins: [18, 18, 20, 18],
      body: [
        p(inv.supplier.name, { size: 14, b: true, align: 'center' }), p(`${inv.supplier.form} – ${inv.supplier.address.join(', ')}`, { align: 'center', size: 8.5 }),
        p(inv.print.supplierSiret ? `SIRET ${siret(inv)} – RNA ${inv.supplier.rna}` : `RNA ${inv.supplier.rna}`, { align: 'center', size: 8.5 }),
        space(6), columns([80, 94], [[], buyerLines(inv, { heading: '' })]),
        p(`${inv.supplier.address[1].replace(/^\d+ /, '')}, le ${date(inv, inv.date)}`, { align: 'right', before: 6 }),
        p(`FACTURE N° ${inv.number}`, { b: true, size: 12, before: 6 }),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        table([120, 54], [{ cells: ['Objet', 'Montant'], b: true }, ...inv.lines.map((l) => [l.label, money(inv, l.total)])], { border: 'grid', align: ['left', 'right'], before: 4 }),
        p(`Montant dû : ${money(inv, inv.net)}`, { b: true, align: 'right', before: 3 }),
        p(inv.vatExempt, { size: 8.5, before: 2 }),
        inv.print.iban ? p(`Règlement par virement au compte de l’association : ${iban(inv)}`, { before: 4, size: 9 }) : p('Règlement par chèque à l’ordre de l’association.', { before: 4, size: 9 }),
        p('La trésorière', { align: 'right', before: 8, i: true }),
      ],
    };
  },
};

const multipageWriter = {
  name: 'multipage-writer',
  family: 'multi-page',
  producers: ['libreoffice'],
  count: 5,
  make: (i) => makeInvoice('multipage-writer', i, { lines: [40, 65], lotLabels: true, unitMax: 20000, numbers: ['plain', 'ciel'], rates: [[2000], [2000, 550]], engagementProb: 0.5, engagementLabels: ['engagement', 'referenceEngagement'], dateStyles: ['slash', 'long'] }),
  doc(inv) {
    return {
      font: 'Liberation Sans', size: 9, margins: [14, 14, 22, 14],
      body: [
        columns([100, 82], [supplierLines(inv), [p(`FACTURE ${inv.number}`, { b: true, size: 13 }), p(`Date de la facture : ${date(inv, inv.date)}`), p(`Livraison : ${date(inv, inv.delivery)} (BL ${inv.deliveryNote})`), ...references(inv).map(([k, v]) => p(`${k} : ${v}`))]]),
        space(3), columns([90, 92], [[], buyerLines(inv, { heading: 'Facturation' })]),
        itemsTable(inv, { border: 'rows', size: 8.5 }),
        totalsTable(inv, standardTotals(inv, { ht: 'Total général HT', ttc: 'Total général TTC', net: 'Net à payer' })),
        paymentLine(inv),
      ],
      footer: legalFooter(inv).concat([p('Page {page} / {pages}', { align: 'right' })]),
    };
  },
};

const microExcel = {
  name: 'micro-excel',
  family: 'micro-entrepreneur',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('micro-excel', i, { supplier: 'micro', numbers: ['micro'], lines: [1, 4], unitMax: 80000, engagementProb: 0.4, engagementLabels: ['commandeClient', 'ejBc'] }),
  sheet(inv) {
    const s = inv.supplier;
    const rows = [
      [{ v: `${s.name} – ${s.tagline}`, b: true, size: 13, span: 4 }, ...blank(3)],
      [{ v: s.address.join(', '), span: 4 }, ...blank(3)],
      [{ v: `SIRET : ${siret(inv)}`, span: 4 }, ...blank(3)],
      blank(4),
      [{ v: 'Facture N°', b: true }, { v: inv.number, align: 'left' }, { v: 'Le', align: 'right' }, { v: iso(inv.date), type: 'date', align: 'left' }],
      [{ v: 'Client', b: true }, { v: inv.buyer.name, span: 3 }, null, null],
      ...inv.buyer.lines.map((line) => [null, { v: line, span: 3 }, null, null]),
      ...(inv.print.buyerSiret ? [[{ v: 'SIRET client' }, { v: siret(inv, inv.buyer.siret), span: 3 }, null, null]] : []),
      ...references(inv).map(([k, v]) => [{ v: k, wrap: true }, { v, span: 3, align: 'left' }, null, null]),
      blank(4),
      [{ v: 'Prestation', b: true, border: 'bottom', span: 2 }, null, { v: 'Quantité', b: true, border: 'bottom' }, { v: 'Montant', b: true, border: 'bottom' }],
      ...inv.lines.map((l) => [{ v: l.label, span: 2 }, null, { v: l.qty, type: 'qty' }, cur(l.total)]),
      blank(4),
      [...blank(2), { v: 'TOTAL', b: true, border: 'top' }, cur(inv.ttc, { b: true, border: 'top' })],
      blank(4),
      [{ v: inv.vatExempt, i: true, span: 4 }, ...blank(3)],
      [{ v: inv.print.iban ? `IBAN ${iban(inv)}` : 'Paiement par chèque', span: 4 }, ...blank(3)],
    ];
    return { font: 'DejaVu Sans', size: 9.5, colWidths: [38, 70, 28, 40], rows };
  },
};

const marchePublic = {
  name: 'marche-public',
  family: 'public-procurement',
  producers: ['chromium', 'libreoffice'],
  count: 6,
  make: (i) => makeInvoice('marche-public', i, { engagementProb: 0.9, engagementLabels: ['numeroEj', 'referenceEngagement', 'ejBc'], marketProb: 0.9, serviceProb: 0.7, buyerSiretProb: 0.9, numbers: ['plain', 'ebp', 'compact'], rates: [[2000], [1000], [2000, 550]], dateStyles: ['slash', 'dots'], cityProb: 0.6 }),
  doc(inv) {
    // A "cadre de facturation" box for the public buyer, as procurement clauses ask: references in one bordered table.
    const frame = [['Acheteur public', inv.buyer.name], ...(inv.print.buyerSiret ? [['SIRET de l’acheteur', siret(inv, inv.buyer.siret)]] : []), ...references(inv, { marketLabel: 'N° du marché', serviceLabel: 'Code service exécutant' }), ['Objet', inv.lines[0].label]];
    return {
      font: 'Liberation Sans', size: 9, margins: [14, 14, 20, 14],
      body: [
        columns([96, 86], [supplierLines(inv), [p('FACTURE', { size: 18, b: true, align: 'right' }), p(`N° ${inv.number}`, { align: 'right', b: true }), p(`Date d’émission : ${date(inv, inv.date)}`, { align: 'right' }), p(`Date d’exécution : ${date(inv, inv.delivery)}`, { align: 'right' })]]),
        p('Cadre de facturation', { b: true, before: 5 }),
        table([50, 132], frame.map(([k, v]) => [{ text: k, b: true, size: 8 }, v]), { border: 'grid', valign: 'middle' }),
        columns([92, 90], [[], buyerLines(inv, { heading: 'Adresse de facturation', siretLabel: 'SIRET :' }).filter((block) => !/^SIRET/.test(block.text ?? ''))], { before: 4 }),
        itemsTable(inv, { border: 'grid' }),
        totalsTable(inv, standardTotals(inv, { ht: 'Montant HT', ttc: 'Montant TTC', net: 'Montant net à payer' }), { border: 'grid' }),
        paymentLine(inv), p('Délai global de paiement : 30 jours (art. R. 2192-10 du code de la commande publique).', { size: 8, before: 2 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

export default [excelBc, association, multipageWriter, microExcel, marchePublic];

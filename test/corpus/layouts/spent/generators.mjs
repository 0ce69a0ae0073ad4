// Layouts of blind-1, measured once and now spent (see ../../README.md), printed by a typesetting library: a works
// statement with deposit and retention, a credit note with amounts in parentheses, English-first labels with French
// values, and an old-style generator drawing letter-spaced Helvetica without embedded fonts.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { date, iban, legalLine, makeInvoice, rate, references } from '../../lib/invoice.mjs';
import { buyerLines, itemsTable, legalFooter, paymentLine, standardTotals, supplierLines, totalsTable } from '../../lib/blocks.mjs';

const worksRetenue = {
  name: 'works-retenue',
  family: 'works',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('works-retenue', i, { trades: ['btp'], retenuePct: 5, depositPct: [0, 10, 20], numbers: ['plain', 'compact'], engagementProb: 0.7, engagementLabels: ['referenceEngagement', 'ejBc', 'numeroEj'], marketProb: 0.7, rates: [[1000], [2000], [550]], dateStyles: ['slash', 'long'] }),
  doc(inv) {
    return {
      font: 'Liberation Sans', size: 9, margins: [14, 14, 20, 14],
      body: [
        columns([100, 82], [supplierLines(inv), buyerLines(inv, { heading: 'Maître d’ouvrage' })]),
        p(`DÉCOMPTE – FACTURE ${inv.number}`, { size: 13, b: true, before: 6 }), p(`Établie le ${date(inv, inv.date)} – travaux terminés le ${date(inv, inv.delivery)}`),
        ...references(inv, { marketLabel: 'Marché de travaux' }).map(([k, v]) => p(`${k} : ${v}`)),
        itemsTable(inv, { heads: ['Ouvrage', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], border: 'grid' }),
        totalsTable(inv, standardTotals(inv, { ht: 'Montant des travaux HT', ttc: 'Montant TTC', deposit: 'Avance forfaitaire versée', retenue: 'Retenue de garantie', net: 'Net à percevoir' }), { widths: [62, 30], indent: 90, border: 'grid' }),
        paymentLine(inv),
      ],
      footer: legalFooter(inv),
    };
  },
};

const avoirParens = {
  name: 'avoir-parens',
  family: 'credit-note',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('avoir-parens', i, { avoir: true, negative: true, parens: true, numbers: ['avoirOdoo', 'avoir'], engagementProb: 0.4, engagementLabels: ['referenceEngagement', 'ejBc'], rates: [[2000], [1000]], dateStyles: ['slash', 'short'], groups: ['space', 'nbsp', 'dot'] });
    inv.print.iban = false;
    return inv;
  },
  doc(inv) {
    return {
      font: 'DejaVu Sans', size: 8.5, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [supplierLines(inv), [p('NOTE DE CRÉDIT / AVOIR', { size: 13, b: true, align: 'right' }), p(`${inv.number}`, { align: 'right' }), p(`Date : ${date(inv, inv.date)}`, { align: 'right' }), p(`Réf. facture : ${inv.origin}`, { align: 'right', size: 7.5 })]]),
        space(4), columns([90, 90], [references(inv).map(([k, v]) => p(`${k} : ${v}`)), buyerLines(inv, { heading: 'Client' })]),
        itemsTable(inv, { border: 'rows' }),
        totalsTable(inv, [['Total HT', inv.ht], [`TVA ${rate(inv.vat[0].rate)}`, inv.tva], ['Total TTC', inv.ttc, { b: true }], ['Solde en votre faveur', inv.net]]),
        p('Montants entre parenthèses : crédit en votre faveur.', { size: 7.5, before: 3 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

const englishLabels = {
  name: 'english-labels',
  family: 'saas-bilingual',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('english-labels', i, { numbers: ['quickbooks', 'pennylane'], engagementProb: 0.5, engagementLabels: ['orderRef', 'poBonDeCommande'], dateStyles: ['long', 'slash'], rates: [[2000], [2000, 1000]], rcsProb: 0.6 }),
  doc(inv) {
    const meta = [['Invoice No.', inv.number], ['Issue date', date(inv, inv.date)], ['Due date', date(inv, inv.due)], ...references(inv, { marketLabel: 'Contract', serviceLabel: 'Service code' })];
    return {
      font: 'Liberation Sans', size: 9, margins: [15, 15, 20, 15],
      body: [
        table([90, 90], [[{ blocks: supplierLines(inv, { siretLabel: 'SIRET' }) }, { blocks: [p('Invoice', { size: 22, align: 'right' }), table([40, 50], meta.map(([k, v]) => [{ text: k, color: '#666666' }, { text: v, align: 'right' }]), { indent: 0 })] }]]),
        space(4), ...buyerLines(inv, { heading: 'Billed to', siretLabel: 'SIRET' }),
        itemsTable(inv, { heads: ['Item', 'Qty', 'Unit price', 'VAT', 'Amount'], border: 'head' }),
        totalsTable(inv, [['Subtotal (excl. VAT)', inv.ht], ...inv.vat.map((v) => [`VAT ${rate(v.rate)}`, v.amount]), ['Total (incl. VAT)', inv.ttc], ['Amount due', inv.net, { b: true }]]),
        inv.print.iban ? p(`Payment by bank transfer – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}`, { before: 4 }) : p('Payment by cheque.', { before: 4 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 7 })],
    };
  },
};

const letterSpaced = {
  name: 'letter-spaced',
  family: 'legacy-billing',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('letter-spaced', i, { numbers: ['ciel', 'sage', 'slash'], engagementProb: 0.5, engagementLabels: ['votreRefEj', 'commandeClient', 'bcShort'], dateStyles: ['slash', 'slash2'], rates: [[2000], [1000], [2000, 550]], groups: ['space', 'dot', 'none'], currencyGap: 1 }),
  doc(inv) {
    // Standard Helvetica (not embedded) with extra spacing between letters, upper-case labels.
    const rows = [['FACTURE NO', inv.number], ['DATE FACTURE', date(inv, inv.date)], ['CODE CLIENT', inv.clientCode], ...references(inv).map(([k, v]) => [k.toUpperCase(), v])];
    return {
      font: 'Helvetica', size: 8.5, characterSpacing: 0.6, margins: [14, 14, 20, 14],
      body: [
        columns([100, 82], [supplierLines(inv).map((block) => ({ ...block, text: block.text.toUpperCase() })), buyerLines(inv, { heading: 'DESTINATAIRE' })]),
        table([40, 60], rows.map(([k, v]) => [k, v]), { before: 6, border: 'box' }),
        itemsTable(inv, { heads: ['DESIGNATION', 'QTE', 'P.U.', 'TVA', 'MONTANT'], border: 'head' }),
        totalsTable(inv, standardTotals(inv, { ht: 'TOTAL H.T.', tvaLabel: (v) => `T.V.A. ${rate(v.rate)}`, tvaTotal: 'TOTAL T.V.A.', ttc: 'TOTAL T.T.C.', net: 'NET A PAYER' }), { currency: 'eur' }),
        paymentLine(inv, { label: 'IBAN', prefix: 'REGLEMENT PAR VIREMENT' }),
      ],
      footer: legalFooter(inv),
    };
  },
};

export default [worksRetenue, avoirParens, englishLabels, letterSpaced];

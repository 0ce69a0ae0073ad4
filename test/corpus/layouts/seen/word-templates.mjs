// Word/Writer invoice templates, as small businesses fill them in: key–value tables with narrow label columns
// (labels wrap, values centred on the middle line), a credit note, and a letterhead whose SIRET is only in the footer.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { date, makeInvoice, references } from '../../lib/invoice.mjs';
import { buyerLines, itemsTable, legalFooter, paymentLine, standardTotals, supplierLines, totalsTable } from '../../lib/blocks.mjs';

/** A credit note prints no bank details. */
const noIban = (inv) => Object.assign(inv, { print: { ...inv.print, iban: false } });

const kvWrap = {
  name: 'kv-wrap',
  family: 'word-template',
  producers: ['chromium', 'libreoffice'],
  count: 6,
  make: (i) => makeInvoice('kv-wrap', i, {
    engagementProb: 0.8, engagementLabels: ['engagementJuridique', 'poBonDeCommande', 'numeroEj', 'refCommandeEj'],
    numbers: ['plain', 'compact', 'slash'], dateStyles: ['slash', 'long'], rates: [[2000], [1000]], marketProb: 0.5,
  }),
  doc(inv) {
    // A 28 mm label column: "N° d’engagement juridique" and "PO number / Bon de commande" wrap onto two or three lines.
    const kv = [['Facture n°', inv.number], ['Date d’émission de la facture', date(inv, inv.date)], ...references(inv, { marketLabel: 'Référence du marché public' }), ['Date d’échéance', date(inv, inv.due)], ['Votre code client', inv.clientCode]];
    return {
      font: 'Liberation Serif', size: 10.5, margins: [15, 15, 18, 15],
      body: [
        columns([100, 80], [supplierLines(inv), [p('FACTURE', { size: 20, b: true, align: 'right' }), space(3), table([28, 42], kv.map(([k, v]) => [{ text: k, size: 8.5 }, { text: v }]), { border: 'grid', valign: 'middle', indent: 10 })]]),
        space(6), columns([90, 90], [[], buyerLines(inv, { heading: 'Facturé à :' })]),
        itemsTable(inv, { border: 'grid', shade: '#e6e6e6' }),
        totalsTable(inv, standardTotals(inv, { ht: 'Total H.T.', ttc: 'Total T.T.C.' }), { border: 'grid' }),
        paymentLine(inv), p(`Conditions de paiement : à réception, au plus tard le ${date(inv, inv.due)}.`, { size: 8.5, before: 2 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

const avoirWriter = {
  name: 'avoir-writer',
  family: 'credit-note',
  producers: ['libreoffice', 'chromium'],
  count: 6,
  make: (i) => noIban(makeInvoice('avoir-writer', i, { avoir: true, negative: 0.5, numbers: ['avoir', 'avoirDolibarr'], engagementProb: 0.4, engagementLabels: ['engagement', 'bonDeCommande'], dateStyles: ['slash', 'dots'], rates: [[2000], [2000, 550]] })),
  doc(inv) {
    return {
      font: 'Liberation Sans', size: 10, margins: [14, 15, 18, 15],
      body: [
        columns([105, 75], [supplierLines(inv), [p('AVOIR', { size: 22, b: true, color: '#992222' }), p(`N° ${inv.number}`, { b: true }), p(`Date : ${date(inv, inv.date)}`), p(`Sur facture n° ${inv.origin} du ${date(inv, inv.orderDate)}`, { size: 9 })]]),
        space(5), columns([95, 85], [references(inv).map(([k, v]) => p(`${k} : ${v}`)), buyerLines(inv, { heading: 'Client' })]),
        p(`Motif : ${inv.index % 2 ? 'retour de marchandise' : 'erreur de facturation'}`, { before: 4 }),
        itemsTable(inv, { border: 'rows' }),
        totalsTable(inv, standardTotals(inv, { net: inv.index % 2 ? 'Montant à déduire' : 'Net à votre crédit' })),
        p('Cet avoir sera déduit de votre prochain règlement.', { size: 8.5, before: 3 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

const footerSiret = {
  name: 'footer-siret',
  family: 'word-template',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('footer-siret', i, { rcsProb: 0.6, numbers: ['ebp', 'plain', 'compact'], engagementProb: 0.5, engagementLabels: ['commande', 'bonDeCommande', 'ej'], dateStyles: ['slash', 'long', 'dots'], buyerSiretProb: 0.4 }),
  doc(inv) {
    return {
      font: 'DejaVu Sans', size: 9.5, margins: [14, 14, 22, 14],
      body: [
        columns([110, 70], [supplierLines(inv, { siretLabel: null }), buyerLines(inv, { heading: '' })]),
        p(`Facture ${inv.number}`, { size: 15, b: true, before: 8 }),
        p(`${inv.supplier.address[1].replace(/^\d+ /, '')}, le ${date(inv, inv.date)}`, { before: 1 }),
        ...references(inv).map(([k, v]) => p(`${k} ${v}`)),
        itemsTable(inv, { withRate: false, border: 'head' }),
        totalsTable(inv, standardTotals(inv, { net: inv.index % 3 === 0 ? 'Net à payer' : null })),
        paymentLine(inv),
      ],
      // The SIRET appears here only, among the legal mentions (it is the supplier's).
      footer: legalFooter(inv),
    };
  },
};

export default [kvWrap, avoirWriter, footerSiret];

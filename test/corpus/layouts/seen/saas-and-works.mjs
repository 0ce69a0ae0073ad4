// Web invoicing services (bilingual labels with ISO dates; a final invoice after a deposit), micro-entrepreneurs
// (one "Total", VAT exemption under art. 293 B du CGI) and a works invoice by progress statement (situation) with a
// 5 % retention (retenue de garantie).
import { columns, p, space, table } from '../../lib/doc.mjs';
import { date, iban, makeInvoice, money, plainMoney, references } from '../../lib/invoice.mjs';
import { buyerLines, itemsTable, legalFooter, paymentLine, standardTotals, supplierLines, totalsTable } from '../../lib/blocks.mjs';

const bilingualIso = {
  name: 'bilingual-iso',
  family: 'saas-bilingual',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('bilingual-iso', i, { numbers: ['pennylane', 'quickbooks', 'plain'], dateStyles: ['iso'], engagementProb: 0.6, engagementLabels: ['poBonDeCommande', 'orderRef'], rates: [[2000], [2000, 1000]], groups: ['space', 'nbsp', 'none'] }),
  doc(inv) {
    const meta = [['Invoice number / N° facture', inv.number], ['Invoice date / Date', date(inv, inv.date)], ['Due date / Échéance', date(inv, inv.due)], ...references(inv, { marketLabel: 'Contract / Marché', serviceLabel: 'Service code / Code service' })];
    return {
      font: 'Liberation Sans', size: 9, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [supplierLines(inv, { siretLabel: 'SIRET / Company ID :' }), [p('INVOICE / FACTURE', { size: 16, b: true, align: 'right' }), table([44, 36], meta.map(([k, v]) => [{ text: k, size: 8, color: '#555555' }, v]), { indent: 0, before: 2 })]]),
        space(4), columns([90, 90], [buyerLines(inv, { heading: 'Bill to / Facturé à', siretLabel: 'SIRET :' }), []]),
        itemsTable(inv, { heads: ['Description', 'Qty / Qté', 'Unit price / P.U.', 'VAT / TVA', 'Amount / Montant HT'], border: 'head', widths: [78, 20, 30, 20, 32] }),
        totalsTable(inv, standardTotals(inv, { ht: 'Subtotal / Total HT', tvaLabel: (v) => `VAT / TVA ${String(v.rate / 100).replace('.', ',')} %`, tvaTotal: 'Total VAT / Total TVA', ttc: 'Total / Total TTC', net: 'Amount due / Net à payer' }), { widths: [56, 30], indent: 94 }),
        paymentLine(inv, { prefix: 'Bank transfer / Virement' }),
      ],
      footer: legalFooter(inv),
    };
  },
};

const acompteDeduction = {
  name: 'acompte-deduction',
  family: 'saas',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('acompte-deduction', i, { depositPct: [20, 30, 40, 50], numbers: ['plain', 'ebp'], engagementProb: 0.6, engagementLabels: ['bonDeCommande', 'engagementJuridique', 'ej'], dateStyles: ['slash', 'long'], rates: [[2000], [1000], [2000, 550]], groups: ['space', 'nbsp', 'dot', 'none'] }),
  doc(inv) {
    return {
      font: 'Helvetica', size: 9, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [supplierLines(inv), buyerLines(inv, { heading: 'Facturer à' })]),
        p(`FACTURE DE SOLDE ${inv.number}`, { size: 14, b: true, before: 6 }),
        p(`Date : ${date(inv, inv.date)} – Devis ${inv.quote} – Bon de livraison ${inv.deliveryNote}`),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        itemsTable(inv, { border: 'rows' }),
        totalsTable(inv, standardTotals(inv, { deposit: `Acompte de ${inv.depositPct} % déjà réglé (facture d’acompte ${inv.origin})`, net: 'Reste à payer' }), { widths: [62, 28], indent: 90 }),
        paymentLine(inv),
      ],
      footer: legalFooter(inv),
    };
  },
};

const microTotal = {
  name: 'micro-total',
  family: 'micro-entrepreneur',
  producers: ['pdfkit', 'libreoffice'],
  count: 6,
  make: (i) => makeInvoice('micro-total', i, { supplier: 'micro', numbers: ['micro', 'plain'], lines: [1, 4], unitMax: 90000, engagementProb: 0.4, engagementLabels: ['bonDeCommande', 'engagement'], dateStyles: ['slash', 'long'], buyerSiretProb: 0.5 }),
  doc(inv) {
    const rows = inv.lines.map((l) => [l.label, String(l.qty).replace('.', ','), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    return {
      font: 'Liberation Sans', size: 10, margins: [16, 18, 20, 18],
      body: [
        p(inv.supplier.name, { size: 15, b: true }), p(inv.supplier.tagline, { i: true }), ...supplierLines(inv).slice(2),
        space(5), columns([80, 94], [[], buyerLines(inv, { heading: 'Client' })]),
        p(`Facture n° ${inv.number}`, { size: 13, b: true, before: 6 }), p(`Date : ${date(inv, inv.date)}`),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        table([92, 18, 32, 32], [{ cells: ['Prestation', 'Qté', 'Prix unitaire', 'Montant'], b: true }, ...rows], { border: 'head', align: ['left', 'right', 'right', 'right'], before: 4 }),
        // One total only: no HT/TTC under the VAT exemption.
        p(`Total : ${money(inv, inv.ttc)}`, { size: 12, b: true, align: 'right', before: 4 }),
        p(inv.vatExempt, { i: true, before: 3 }),
        inv.print.iban ? p(`Paiement par virement : ${iban(inv)}`, { before: 3 }) : p('Paiement par chèque.', { before: 3 }),
        p(`Paiement à 30 jours. Pas d’escompte pour paiement anticipé.`, { size: 8 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

const situationBtp = {
  name: 'situation-btp',
  family: 'works',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('situation-btp', i, { trades: ['btp'], situation: true, retenuePct: 5, numbers: ['situation', 'plain'], engagementProb: 0.7, engagementLabels: ['engagementJuridique', 'bonDeCommande', 'ej'], marketProb: 0.8, dateStyles: ['slash'], rates: [[2000], [1000]], lines: [2, 5] }),
  doc(inv) {
    const s = inv.situation;
    const lots = s.lots.map((l) => [l.label, plainMoney(inv, l.contract), `${l.cumulativePct} %`, plainMoney(inv, l.cumulative), plainMoney(inv, l.previous), plainMoney(inv, l.current)]);
    return {
      font: 'Liberation Sans Narrow', size: 9.5, margins: [12, 12, 20, 12],
      body: [
        columns([100, 86], [supplierLines(inv), buyerLines(inv, { heading: 'Maître d’ouvrage' })]),
        p(`Facture n° ${inv.number}`, { size: 13, b: true, before: 6 }),
        p(`Situation de travaux n° ${s.n} – travaux exécutés jusqu’au ${date(inv, inv.delivery)}`),
        p(`Date de facture : ${date(inv, inv.date)}`),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        table([58, 26, 16, 28, 28, 30], [{ cells: ['Lot', 'Montant marché HT', 'Avanc.', 'Cumul HT', 'Situations précédentes', 'Montant de la situation HT'], b: true, size: 8 }, ...lots,
          { cells: ['Totaux', plainMoney(inv, s.contract), '', plainMoney(inv, s.cumulative), plainMoney(inv, s.previous), plainMoney(inv, inv.ht)], b: true }], { border: 'grid', align: ['left', 'right', 'right', 'right', 'right', 'right'], before: 4, after: 3 }),
        totalsTable(inv, standardTotals(inv, { ht: 'Montant HT de la situation', ttc: 'Montant TTC', net: 'Net à payer', retenue: 'Retenue de garantie' }), { widths: [58, 30], indent: 98 }),
        paymentLine(inv),
        p('La retenue de garantie sera libérée à l’expiration du délai d’un an à compter de la réception des travaux.', { size: 7.5, before: 2 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

export default [bilingualIso, acompteDeduction, microTotal, situationBtp];

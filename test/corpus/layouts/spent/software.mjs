// Layouts of blind-1, measured once and now spent (see ../../README.md): software families absent from the seen
// part — QuickBooks, a Pennylane-like SaaS with spelled months, Dolibarr's framed template, Ciel, a deposit invoice,
// a supplier printing its SIREN only.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { esc } from '../../lib/format.mjs';
import { date, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, references, siret } from '../../lib/invoice.mjs';
import { buyerLines, itemsTable, legalFooter, paymentLine, standardTotals, supplierLines, totalsTable } from '../../lib/blocks.mjs';

const quickbooks = {
  name: 'quickbooks',
  family: 'quickbooks',
  producers: ['chromium'],
  count: 6,
  make: (i) => makeInvoice('quickbooks', i, { numbers: ['quickbooks'], engagementProb: 0.5, engagementLabels: ['commandeClient', 'referenceEngagement'], dateStyles: ['slash'], rates: [[2000], [2000, 1000]], groups: ['space', 'nbsp'] }),
  html(inv) {
    const s = inv.supplier;
    const rows = inv.lines.map((l) => `<tr><td>${date(inv, inv.delivery)}</td><td><b>${esc(l.label.split(' ')[0])}</b></td><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const vat = inv.vat.map((v) => `<tr><td>TVA ${rate(v.rate)} SUR ${plainMoney(inv, v.base)}</td><td class="r">${plainMoney(inv, v.amount)}</td></tr>`).join('');
    const refs = references(inv).map(([k, v]) => `<td><div class="k">${esc(k.toUpperCase())}</div>${esc(v)}</td>`).join('');
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 14mm; } body { font-family: 'Liberation Sans'; font-size: 9pt; color: #333; } .k { font-size: 7.5pt; color: #2b6a9a; font-weight: bold; }
      h1 { color: #2b6a9a; font-size: 22pt; font-weight: normal; margin: 0 0 8px; } table { border-collapse: collapse; } .r { text-align: right; }
      .meta td { padding: 2px 20px 2px 0; vertical-align: top; } .lines { width: 100%; margin-top: 14px; } .lines th { background: #d7e6f2; color: #2b6a9a; text-align: left; padding: 4px; font-size: 7.5pt; } .lines td { padding: 4px; }
      .tot { margin: 10px 0 0 auto; width: 80mm; } .tot td { padding: 3px 4px; } .due td { font-size: 12pt; font-weight: bold; border-top: 1px dotted #999; }
    </style></head><body>
      <div style="display:flex;justify-content:space-between"><div><b>${esc(s.legalName)}</b><br>${s.address.map(esc).join('<br>')}<br>${esc(s.email)}<br>${inv.print.supplierSiret ? `SIRET ${siret(inv)}` : ''}</div><div style="font-size:8pt">N° TVA ${s.vat}${inv.print.supplierSiren ? `<br>RCS ${esc(s.rcsCity)} ${s.siren}` : ''}</div></div>
      <h1>FACTURE</h1>
      <table class="meta"><tr><td><div class="k">FACTURER À</div>${esc(inv.buyer.name)}<br>${inv.buyer.lines.map(esc).join('<br>')}${inv.print.buyerSiret ? `<br>SIRET ${siret(inv, inv.buyer.siret)}` : ''}</td>
      <td><div class="k">N° DE FACTURE</div>${esc(inv.number)}<div class="k">DATE</div>${date(inv, inv.date)}<div class="k">CONDITIONS</div>Net 30<div class="k">ÉCHÉANCE</div>${date(inv, inv.due)}</td></tr></table>
      ${refs ? `<table class="meta" style="margin-top:6px"><tr>${refs}</tr></table>` : ''}
      <table class="lines"><tr><th>DATE</th><th>ACTIVITÉ</th><th>DESCRIPTION</th><th class="r">QTÉ</th><th class="r">TAUX</th><th class="r">MONTANT</th></tr>${rows}</table>
      <table class="tot"><tr><td>SOUS-TOTAL</td><td class="r">${plainMoney(inv, inv.ht)}</td></tr>${vat}<tr><td>TOTAL</td><td class="r">${plainMoney(inv, inv.ttc)}</td></tr><tr class="due"><td>SOLDE DÛ</td><td class="r">EUR ${plainMoney(inv, inv.net)}</td></tr></table>
      ${inv.print.iban ? `<p>Virement : ${iban(inv)} (${s.bic})</p>` : ''}
    </body></html>`;
  },
};

const pennylane = {
  name: 'pennylane',
  family: 'pennylane',
  producers: ['chromium'],
  count: 6,
  make: (i) => makeInvoice('pennylane', i, { numbers: ['pennylane'], engagementProb: 0.5, engagementLabels: ['ejBc', 'referenceEngagement', 'bonDeCommande'], dateStyles: ['long'], rates: [[2000], [1000], [2000, 550]], groups: ['narrow', 'nbsp'], rcsProb: 0.7 }),
  doc(inv) {
    return {
      font: 'DejaVu Sans', size: 8.5, margins: [16, 16, 22, 16],
      body: [
        p(inv.supplier.name, { size: 16, b: true }),
        columns([89, 89], [[p(`Facture ${inv.number}`, { size: 11, b: true, before: 4 }), p(`Date d’émission ${date(inv, inv.date)}`), p(`Date d’échéance ${date(inv, inv.due)}`), ...references(inv).map(([k, v]) => p(`${k} ${v}`))], [space(4), ...buyerLines(inv, { heading: 'Adressée à' })]]),
        itemsTable(inv, { heads: ['Description', 'Quantité', 'Prix unitaire HT', 'TVA', 'Total HT'], border: 'rows', widths: [78, 20, 32, 18, 30] }),
        totalsTable(inv, [['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Montant total TTC', inv.ttc, { b: true }]], { widths: [50, 30], indent: 98 }),
        p('Informations de paiement', { b: true, before: 5 }),
        inv.print.iban ? p(`IBAN ${iban(inv)} · BIC ${inv.supplier.bic}`) : p('Paiement par mandat administratif'),
        p(`Montant à payer ${money(inv, inv.net)} avant le ${date(inv, inv.due)}`),
      ],
      footer: [p(legalLine(inv, { siretLabel: 'Siret' }), { align: 'left', size: 6.5 })],
    };
  },
};

const dolibarrCrabe = {
  name: 'dolibarr-crabe',
  family: 'dolibarr',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('dolibarr-crabe', i, { numbers: ['dolibarr'], engagementProb: 0.5, engagementLabels: ['commandeClient', 'ejBc'], dateStyles: ['slash'], rates: [[2000], [2000, 1000, 550]], depositPct: [0, 0, 30], rcsProb: 0.8 }),
  doc(inv) {
    const right = [p('Facture', { size: 12, b: true, align: 'right' }), p(`Réf. : ${inv.number}`, { align: 'right' }), p(`Date facturation : ${date(inv, inv.date)}`, { align: 'right' }), p(`Date échéance : ${date(inv, inv.due)}`, { align: 'right' }), p(`Code client : ${inv.clientCode}`, { align: 'right' }), ...references(inv).map(([k, v]) => p(`${k} : ${v}`, { align: 'right', size: 7.5 }))];
    const vatRows = inv.vat.map((v) => [`Total TVA ${String(v.rate / 100).replace('.', ',')}%`, v.amount]);
    return {
      font: 'DejaVu Sans', size: 8, margins: [10, 10, 26, 10],
      body: [
        columns([95, 95], [[p(inv.supplier.name, { size: 12, b: true })], right]),
        space(3),
        columns([82, 8, 100], [[p('Émetteur', { size: 7 }), table([82], [[{ blocks: supplierLines(inv, { siretLabel: null, contact: true }), shade: '#e6e6e6' }]], { pad: 2 })], [], [p('Adressé à', { size: 7 }), table([100], [[{ blocks: buyerLines(inv, { heading: '' }) }]], { border: 'grid', pad: 2 })]]),
        p(`Montants exprimés en Euros`, { align: 'right', size: 7, before: 3 }),
        itemsTable(inv, { heads: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Total HT'], border: 'grid', widths: [100, 16, 26, 16, 32] }),
        columns([100, 90], [[p(inv.print.iban ? `Règlement par virement sur le compte bancaire suivant :\nCode IBAN : ${iban(inv)}\nCode BIC/SWIFT : ${inv.supplier.bic}` : 'Règlement par chèque à l’ordre de ' + inv.supplier.name, { size: 7.5 })],
          [totalsTable(inv, [['Total HT', inv.ht], ...vatRows, ['Total TTC', inv.ttc, { shade: '#e6e6e6' }], inv.deposit ? ['Payé', inv.deposit] : null, inv.deposit ? ['Reste à payer', inv.net, { b: true }] : null], { widths: [56, 32], indent: 0, border: 'grid' })]]),
      ],
      footer: [p(legalLine(inv, { siretLabel: 'N° SIRET :' }).replace(/ – /g, ' - '), { align: 'center', size: 6.5 }), p('{page}/{pages}', { align: 'right', size: 6.5 })],
    };
  },
};

const ciel = {
  name: 'ciel',
  family: 'ciel',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('ciel', i, { numbers: ['ciel'], engagementProb: 0.5, engagementLabels: ['votreRefEj', 'bcShort', 'referenceEngagement'], dateStyles: ['slash', 'slash2'], rates: [[2000], [550], [2000, 550]], currencyGap: 1 }),
  doc(inv) {
    const head = table([36, 30, 34, 30], [{ cells: ['Date', 'Numéro', 'Code client', 'Mode de règlement'], b: true, size: 7.5 }, [date(inv, inv.date), inv.number, inv.clientCode, inv.print.iban ? 'Virement' : 'Chèque']], { border: 'grid', align: ['center', 'center', 'center', 'center'], before: 3 });
    const band = table([30, 24, 30, 30, 36, 30], [{ cells: ['Total HT', 'Taux TVA', 'Montant TVA', 'Total TTC', 'Acompte', 'NET A PAYER'], b: true, size: 7.5, shade: '#f0f0f0' },
      ...inv.vat.map((v, k) => [k === 0 ? plainMoney(inv, inv.ht) : '', rate(v.rate), plainMoney(inv, v.amount), k === 0 ? plainMoney(inv, inv.ttc) : '', k === 0 ? plainMoney(inv, inv.deposit) : '', k === 0 ? money(inv, inv.net) : ''])], { border: 'grid', align: ['right', 'right', 'right', 'right', 'right', 'right'], before: 4 });
    return {
      font: 'Liberation Sans', size: 9, margins: [12, 15, 20, 15],
      body: [
        columns([100, 80], [supplierLines(inv, { vat: true }), [p('FACTURE', { size: 18, b: true, align: 'center' }), head]]),
        space(4), columns([90, 90], [references(inv).map(([k, v]) => p(`${k} ${v}`)), buyerLines(inv, { heading: '' })]),
        itemsTable(inv, { heads: ['Désignation', 'Quantité', 'P.U. HT', 'TVA', 'Montant HT'], border: 'grid' }),
        band, paymentLine(inv),
      ],
      footer: legalFooter(inv),
    };
  },
};

const acompteInvoice = {
  name: 'acompte-invoice',
  family: 'saas',
  producers: ['chromium'],
  count: 6,
  make: (i) => makeInvoice('acompte-invoice', i, { numbers: ['plain', 'ebp'], engagementProb: 0.6, engagementLabels: ['ejBc', 'commandeClient'], dateStyles: ['slash', 'dots'], rates: [[2000]], lines: [1, 1] }),
  doc(inv) {
    // The deposit invoice itself: one line "Acompte de N % sur devis …", its own HT/TVA/TTC.
    const l = inv.lines[0];
    return {
      font: 'Liberation Sans', size: 9.5, margins: [15, 15, 20, 15],
      body: [
        columns([100, 80], [supplierLines(inv), buyerLines(inv, { heading: 'Client' })]),
        p(`Facture d’acompte n° ${inv.number}`, { size: 14, b: true, before: 8 }), p(`Émise le ${date(inv, inv.date)}`),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        table([120, 60], [{ cells: ['Désignation', 'Montant HT'], b: true }, [`Acompte sur devis ${inv.quote} (${l.label})`, plainMoney(inv, l.total)]], { border: 'head', align: ['left', 'right'], before: 4 }),
        totalsTable(inv, [['Total HT', inv.ht], [`TVA ${rate(inv.vat[0].rate)}`, inv.tva], ['Total TTC de l’acompte', inv.ttc, { b: true }]]),
        paymentLine(inv),
      ],
      footer: legalFooter(inv),
    };
  },
};

const sirenOnly = {
  name: 'siren-only',
  family: 'accounting-software',
  producers: ['chromium', 'pdfkit'],
  count: 6,
  make: (i) => makeInvoice('siren-only', i, { sirenOnly: true, numbers: ['sage', 'compact'], engagementProb: 0.5, engagementLabels: ['referenceEngagement', 'ej'], dateStyles: ['dots', 'slash'], rates: [[2000], [1000]], groups: ['space', 'dot', 'nbsp'] }),
  doc(inv) {
    return {
      font: 'Liberation Serif', size: 10, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [supplierLines(inv, { siretLabel: null }), [p('Facture', { size: 18, align: 'right' }), p(`N° ${inv.number}`, { align: 'right' }), p(`Date ${date(inv, inv.date)}`, { align: 'right' })]]),
        space(4), columns([90, 90], [references(inv).map(([k, v]) => p(`${k} : ${v}`)), buyerLines(inv, { heading: 'Destinataire' })]),
        itemsTable(inv, { border: 'head' }),
        totalsTable(inv, standardTotals(inv, { net: 'Net à payer' })),
        paymentLine(inv),
      ],
      // No SIRET anywhere: the SIREN in the RCS mention and the VAT number only.
      footer: [p(`${inv.supplier.legalName} – RCS ${inv.supplier.rcsCity} B ${inv.supplier.siren.replace(/(\d{3})(?=\d)/g, '$1 ')} – TVA ${inv.supplier.vat}`, { align: 'center', size: 7 })],
    };
  },
};

export default [quickbooks, pennylane, dolibarrCrabe, ciel, acompteInvoice, sirenOnly];

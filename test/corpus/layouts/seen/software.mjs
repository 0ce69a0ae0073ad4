// Layouts in the manner of French invoicing software: EBP (short labels "N° :" / "Du :"), a title "Facture N° X du
// date", Odoo (totals with the VAT base in the label, the amount on the next line, "Total" under its amount, "€"
// alone on a line), Sage (multi-rate VAT table, totals band), a SaaS with a global discount, a two-column header
// whose SIRET/RCS/VAT number are in the footer only.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { esc } from '../../lib/format.mjs';
import { date, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, references, siret } from '../../lib/invoice.mjs';
import { buyerLines, dueLine, itemsTable, legalFooter, paymentLine, standardTotals, supplierLines, totalsTable } from '../../lib/blocks.mjs';

const ebpShort = {
  name: 'ebp-short',
  family: 'ebp',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('ebp-short', i, { numbers: ['ebp'], engagementProb: 0.75, engagementLabels: ['refCommandeEj', 'votreCommandeEngagement', 'commande'], dateStyles: ['slash'], rates: [[2000], [1000], [2000, 1000]] }),
  doc(inv) {
    const box = table([22, 48], [['N° :', inv.number], ['Du :', date(inv, inv.date)], ['Client :', inv.clientCode], ['Échéance :', date(inv, inv.due)]], { border: 'box', indent: 0 });
    return {
      font: 'Liberation Sans', size: 9.5, margins: [12, 14, 20, 14],
      body: [
        columns([110, 70], [supplierLines(inv), [p('FACTURE', { size: 16, b: true }), box]]),
        space(4), columns([100, 80], [references(inv).map(([k, v]) => p(`${k} : ${v}`)), buyerLines(inv, { heading: 'Adresse de facturation' })]),
        itemsTable(inv, { heads: ['Désignation', 'Quantité', 'PU HT', 'Tx TVA', 'Montant HT'], border: 'grid', shade: '#d9e2f3' }),
        table([36, 36, 36, 36, 36], [
          { cells: ['Total HT', 'Total TVA', 'Total TTC', 'Acompte', 'Net à payer'], b: true, shade: '#d9e2f3' },
          [money(inv, inv.ht), money(inv, inv.tva), money(inv, inv.ttc), money(inv, inv.deposit), money(inv, inv.net)],
        ], { border: 'grid', align: ['right', 'right', 'right', 'right', 'right'], before: 3 }),
        paymentLine(inv), dueLine(inv),
      ],
      footer: legalFooter(inv),
    };
  },
};

const titledDu = {
  name: 'titled-du',
  family: 'artisan',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('titled-du', i, { trades: ['btp'], numbers: ['plain', 'slash', 'compact', 'micro'], engagementProb: 0.7, engagementLabels: ['refCommandeEj', 'votreCommandeEngagement', 'bcShort'], dateStyles: ['slash', 'long', 'dash'], rates: [[1000], [2000], [550]] }),
  doc(inv) {
    const upper = inv.index % 2 === 0;
    const title = `Facture N° ${inv.number} du ${date(inv, inv.date)}`;
    return {
      font: 'DejaVu Serif', size: 9.5, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [supplierLines(inv, { siretLabel: 'N° SIRET' }), buyerLines(inv, { heading: 'Client :' })]),
        p(upper ? title.toUpperCase().replace(`N° ${inv.number.toUpperCase()}`, `N° ${inv.number}`) : title, { size: 13, b: true, before: 8, after: 1 }),
        p(`Chantier : ${inv.buyer.lines.at(-1)} – travaux réalisés le ${date(inv, inv.delivery)} – devis ${inv.quote} accepté le ${date(inv, inv.orderDate)}`, { size: 8.5 }),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        itemsTable(inv, { withRate: false, border: 'rows' }),
        totalsTable(inv, standardTotals(inv, { ht: 'Montant total HT', ttc: 'Montant total TTC', net: null })),
        p(`Paiement à réception de facture, au plus tard le ${date(inv, inv.due)}.`, { size: 8.5, before: 2 }), paymentLine(inv),
        p(legalLine(inv, { siretLabel: 'SIRET' }), { size: 7, before: 6, color: '#555555' }),
      ],
    };
  },
};

/** Odoo's report: rendered from HTML by a browser engine, with Odoo's own totals quirks. */
const odoo = {
  name: 'odoo',
  family: 'odoo',
  producers: ['chromium'],
  count: 6,
  make: (i) => makeInvoice('odoo', i, { numbers: ['odoo'], engagementProb: 0.5, engagementLabels: ['commande', 'bonDeCommande'], dateStyles: ['slash'], rates: [[2000], [2000, 550], [1000]], currencyGap: 1, groups: ['nbsp', 'narrow', 'space'] }),
  html(inv) {
    const s = inv.supplier;
    const refs = references(inv, { marketLabel: 'Marché' }).map(([k, v]) => `<div class="c"><b>${esc(k.replace(/ n°$/, ''))}</b><br>${esc(v)}</div>`).join('');
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)} Unité(s)</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">TVA ${String(l.rate / 100).replace('.', ',')}%</td><td class="r amt">${plainMoney(inv, l.total)} €</td></tr>`).join('');
    // "TVA 20% sur 1 000,00": the base in the label, the VAT amount on the next row; "Total" below its amount;
    // narrow amount cells with a plain space before "€", which then wraps onto a line of its own.
    const vatRows = inv.vat.map((v) => `<tr><td colspan="2" class="lbl">TVA ${String(v.rate / 100).replace('.', ',')}% sur ${plainMoney(inv, v.base)}</td></tr><tr><td></td><td class="r n">${plainMoney(inv, v.amount)} €</td></tr>`).join('');
    const addr = (lines) => lines.map((l) => `<div>${esc(l)}</div>`).join('');
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 12mm 14mm 22mm 14mm; } body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #222; }
      .hd { display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding-bottom: 6px; } .co { font-size: 8.5pt; }
      .to { margin: 14px 0 0 55%; } h2 { font-size: 16pt; margin: 18px 0 8px; font-weight: normal; } .info { display: flex; gap: 28px; margin-bottom: 10px; } .c { font-size: 8.5pt; }
      table { border-collapse: collapse; } .lines { width: 100%; } .lines th { text-align: left; border-bottom: 1px solid #000; padding: 3px; } .lines td { padding: 3px; border-bottom: 1px solid #eee; }
      .r { text-align: right; } .tot { margin: 10px 0 0 auto; width: 62mm; } .tot td { padding: 2px 4px; } .lbl { font-size: 8.5pt; color: #444; } .n { width: 19mm; }
      .big { font-size: 13pt; font-weight: bold; text-align: right; } .under { text-align: right; font-size: 8pt; color: #666; border-top: 1px solid #000; }
      .foot { position: fixed; bottom: -14mm; left: 0; right: 0; text-align: center; font-size: 7.5pt; color: #555; border-top: 1px solid #ccc; padding-top: 3px; }
    </style></head><body>
      <div class="hd"><div class="co"><b>${esc(s.legalName)}</b>${addr(s.address)}<div>${esc(s.email)}</div></div><div class="co">${esc(s.web)}<br>${s.phone}</div></div>
      <div class="to">${addr([inv.buyer.name, ...inv.buyer.lines])}${inv.print.buyerSiret ? `<div>SIRET : ${siret(inv, inv.buyer.siret)}</div>` : ''}</div>
      <h2>Facture ${esc(inv.number)}</h2>
      <div class="info"><div class="c"><b>Date de facturation</b><br>${date(inv, inv.date)}</div><div class="c"><b>Date d'échéance</b><br>${date(inv, inv.due)}</div><div class="c"><b>Origine</b><br>${esc(inv.quote)}</div>${refs}</div>
      <table class="lines"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire</th><th class="r">Taxes</th><th class="r">Montant</th></tr>${rows}</table>
      <table class="tot"><tr><td>Montant hors taxes</td><td class="r n">${plainMoney(inv, inv.ht)} €</td></tr>${vatRows}
        <tr><td></td><td class="big n">${plainMoney(inv, inv.ttc)} €</td></tr><tr><td></td><td class="under">Total</td></tr></table>
      <p>Veuillez utiliser la communication suivante pour votre paiement : <b>${esc(inv.number)}</b></p>
      ${inv.print.iban ? `<p>Compte bancaire : ${iban(inv)}</p>` : ''}<p>Conditions de paiement : 30 jours</p>
      <div class="foot">${esc(legalLine(inv))}</div>
    </body></html>`;
  },
};

const sageMultirate = {
  name: 'sage-multirate',
  family: 'sage',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('sage-multirate', i, { numbers: ['sage'], rates: [[2000, 1000, 550], [2000, 550], [1000, 550]], lines: [3, 8], engagementProb: 0.5, engagementLabels: ['bonDeCommande', 'engagement', 'ej'], dateStyles: ['slash', 'slash2'], rcsProb: 0.8 }),
  doc(inv) {
    const head = table([30, 30, 30, 30], [{ cells: ['N° pièce', 'Date', 'Code client', 'Page'], b: true, shade: '#eeeeee' }, [inv.number, date(inv, inv.date), inv.clientCode, '1/1']], { border: 'grid', align: ['center', 'center', 'center', 'center'], before: 6 });
    const vatTable = table([22, 30, 30, 30], [{ cells: ['Code', 'Base HT', 'Taux', 'Montant TVA'], b: true }, ...inv.vat.map((v, k) => [String(k + 1), plainMoney(inv, v.base), rate(v.rate), plainMoney(inv, v.amount)])], { border: 'grid', align: ['center', 'right', 'right', 'right'], size: 8.5 });
    const totals = table([30, 32], [['Total HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], { cells: ['Total TTC', money(inv, inv.ttc)], b: true }, ['Net à payer', money(inv, inv.net)]], { border: 'grid', align: ['left', 'right'], size: 9 });
    return {
      font: 'Liberation Sans', size: 9, margins: [12, 14, 18, 14],
      body: [
        columns([100, 80], [supplierLines(inv, { vat: true }), [p('FACTURE', { size: 18, b: true, align: 'right' }), space(2), ...buyerLines(inv, { heading: '' })]]),
        head, ...references(inv).map(([k, v]) => p(`${k} : ${v}`, { before: 1 })),
        itemsTable(inv, { heads: ['Désignation', 'Qté', 'P.U. HT', 'Code TVA', 'Montant HT'], border: 'grid', size: 8.5 }),
        columns([116, 64], [[p('Détail TVA', { b: true, size: 8.5 }), vatTable], [totals]], { before: 3 }),
        paymentLine(inv, { label: 'IBAN' }), dueLine(inv),
      ],
      footer: legalFooter(inv),
    };
  },
};

const remiseGlobale = {
  name: 'remise-globale',
  family: 'saas',
  producers: ['chromium'],
  count: 6,
  make: (i) => makeInvoice('remise-globale', i, { discountPct: [5, 10, 15], numbers: ['pennylane', 'plain'], engagementProb: 0.5, engagementLabels: ['bonDeCommande', 'engagementJuridique', 'commande'], dateStyles: ['long', 'slash'], rates: [[2000], [2000, 1000]] }),
  doc(inv) {
    return {
      font: 'DejaVu Sans', size: 9, margins: [14, 15, 20, 15],
      body: [
        table([90, 90], [[{ blocks: [p(inv.supplier.name, { size: 14, b: true, color: '#3355aa' }), p(inv.supplier.tagline ?? inv.supplier.web, { size: 8 })] }, { blocks: [p('Facture', { size: 20, align: 'right', color: '#3355aa' }), p(inv.number, { align: 'right', b: true })] }]]),
        space(5),
        table([45, 45, 45, 45], [{ cells: ['Émise le', 'Échéance', 'Client', 'Référence'], size: 7.5, shade: '#eef2fa' }, [date(inv, inv.date), date(inv, inv.due), inv.clientCode, inv.quote]]),
        space(3), columns([90, 90], [[p('De', { size: 7.5, color: '#777777' }), ...supplierLines(inv).slice(1)], buyerLines(inv, { heading: 'Pour' })]),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`, { before: 1 })),
        itemsTable(inv, { heads: ['Produit / service', 'Qté', 'Prix HT', 'TVA', 'Total HT'], border: 'rows' }),
        totalsTable(inv, standardTotals(inv, { ht: 'Total HT après remise', ttc: 'Total TTC', net: 'Montant à payer' })),
        paymentLine(inv, { prefix: 'Paiement par virement' }),
      ],
      footer: legalFooter(inv),
    };
  },
};

const twoColumnHeader = {
  name: 'two-column-header',
  family: 'dolibarr',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('two-column-header', i, { numbers: ['dolibarr'], rcsProb: 0.7, engagementProb: 0.5, engagementLabels: ['refCommandeEj', 'commande', 'engagement'], dateStyles: ['slash'], rates: [[2000], [1000]], buyerSiretProb: 0.3 }),
  doc(inv) {
    const right = [p(`Facture ${inv.number}`, { size: 13, b: true, align: 'right' }), p(`Date facturation : ${date(inv, inv.date)}`, { align: 'right' }), p(`Date échéance : ${date(inv, inv.due)}`, { align: 'right' }), p(`Code client : ${inv.clientCode}`, { align: 'right' }), ...references(inv).map(([k, v]) => p(`${k} : ${v}`, { align: 'right' }))];
    return {
      font: 'DejaVu Sans', size: 8.5, margins: [12, 12, 24, 12],
      body: [
        columns([93, 93], [[p(inv.supplier.name, { size: 13, b: true })], right]),
        space(4),
        columns([88, 6, 92], [[p('Émetteur', { size: 7.5 }), table([88], [[{ blocks: supplierLines(inv, { siretLabel: null }) }]], { border: 'grid', pad: 2 })], [], [p('Adressé à', { size: 7.5 }), table([92], [[{ blocks: buyerLines(inv, { heading: '' }) }]], { border: 'grid', pad: 2 })]]),
        itemsTable(inv, { heads: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Total HT'], border: 'grid', widths: [96, 16, 26, 16, 32] }),
        totalsTable(inv, [['Total HT', inv.ht], ...inv.vat.map((v) => [`Total TVA ${String(v.rate / 100).replace('.', ',')}%`, v.amount]), ['Total TTC', inv.ttc, { b: true }]], { border: 'grid', indent: 104, widths: [46, 32] }),
        paymentLine(inv, { prefix: 'Règlement par virement sur le compte bancaire suivant' }),
      ],
      // SIRET, RCS and VAT number in the footer only.
      footer: legalFooter(inv, { siretLabel: 'SIRET :' }).concat([p('Page {page}/{pages}', { align: 'right', size: 7 })]),
    };
  },
};

export default [ebpShort, titledDu, odoo, sageMultirate, remiseGlobale, twoColumnHeader];

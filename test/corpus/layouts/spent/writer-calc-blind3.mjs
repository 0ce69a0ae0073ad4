// Blind-3 layouts printed by LibreOffice from flat ODF (see ../../README.md), one of them also by PDFKit: a
// sub-contractor's invoice paid directly by the public buyer (the main contractor's identity printed beside its own,
// VAT reverse-charged), a monthly summary invoice over several delivery notes (Calc), and a « gestion commerciale »
// print with article codes in the left column and a VAT code per line explained by a legend.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays, iso, MONTHS } from '../../lib/format.mjs';
import { groupSiren, makeSiret } from '../../lib/identifiers.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, recompute, references, siret } from '../../lib/invoice.mjs';
import { buyerLines, legalFooter, supplierLines, totalsTable } from '../../lib/blocks.mjs';

// ——— 1. Direct payment of a sub-contractor ———

const MAIN_CONTRACTORS = [
  { name: 'Chantiers Réunis du Forez', form: 'SAS', address: ['8 rue des Aciéries', '42000 Saint-Étienne'] },
  { name: 'Loire Travaux Publics', form: 'SA', address: ['ZI Molina La Chazotte', '42650 Saint-Jean-Bonnefonds'] },
  { name: 'Bâtir Rhône-Alpes', form: 'SAS', address: ['45 avenue Jean Jaurès', '69007 Lyon'] },
];

const subcontractor = {
  name: 'sous-traitant-paiement-direct',
  family: 'direct-payment-subcontractor',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('sous-traitant-paiement-direct', i, { trades: ['btp'], numbers: ['plain', 'year2', 'solde'], lines: [1, 5], unitMin: 10000, unitMax: 600000, engagementProb: 0.5, engagementLabels: ['engagementJuridique', 'ej', 'engagementJuridiqueNo'], marketProb: 0.9, serviceProb: 0.35, buyerSiretProb: 0.5, dateStyles: ['slash', 'long'], groups: ['space', 'dot', 'nbsp'], rcsProb: 0.5, cityProb: 0.6, ibanProb: 0.95 });
    const x = extraRng(inv, 'sous-traitance');
    const t = x.pick(MAIN_CONTRACTORS);
    inv.main = { ...t, legalName: `${t.name} ${t.form}`, siret: makeSiret(x) };
    inv.act = { date: addDays(inv.date, -x.int(40, 200)), ceiling: 0, rank: x.pick(['1er rang', '1er rang', '2nd rang']) };
    for (const line of inv.lines) line.rate = 0;
    inv.rates = [0];
    inv.retenuePct = x.pick([0, 5]);
    recompute(inv);
    inv.act.ceiling = Math.ceil((inv.ht * x.int(2, 5)) / 100000) * 100000;
    inv.lot = x.int(1, 9);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const t = inv.main;
    const grid = (rows) => table([52, 128], rows.map(([k, v]) => [{ text: k, b: true, shade: '#f0f0f0' }, v]), { border: 'grid', size: 9, before: 2 });
    const rows = [
      ['Maître d’ouvrage', `${b.name} – ${b.lines.join(', ')}${inv.print.buyerSiret ? ` – SIRET ${siret(inv, b.siret)}` : ''}`],
      ['Entreprise titulaire', `${t.legalName} – ${t.address.join(', ')} – SIRET ${t.siret}`],
      ...(inv.market ? [['Marché', `n° ${inv.market} – lot n° ${inv.lot}`]] : [['Lot', `n° ${inv.lot}`]]),
      ['Acte spécial', `sous-traitant de ${inv.act.rank}, accepté le ${date(inv, inv.act.date)} – montant maximum ${money(inv, inv.act.ceiling)} HT`],
      ...(inv.engagement ? [[inv.engagement.label, inv.engagement.written]] : []),
      ...(inv.serviceCode ? [['Code service', inv.serviceCode]] : []),
    ];
    const totals = [
      ['Montant HT des travaux', inv.ht],
      [x.pick(['TVA autoliquidée', 'TVA (autoliquidation)']), money(inv, 0)],
      [x.pick(['Montant total', 'Total TTC', 'Total facturé']), inv.ttc, { b: !inv.retenue }],
      ...(inv.retenue ? [[`Retenue de garantie ${inv.retenuePct} %`, -inv.retenue], ['Montant à payer au sous-traitant', inv.net, { b: true }]] : []),
    ];
    return {
      font: 'Liberation Sans', size: 9.5, margins: [15, 16, 24, 16],
      body: [
        columns([100, 80], [
          [p(x.pick(['Sous-traitant', 'Émetteur (sous-traitant)']), { size: 8, color: '#666666' }), ...supplierLines(inv, { vat: true })],
          [p('FACTURE', { size: 18, b: true, align: 'right' }), p(`N° ${inv.number}`, { align: 'right', b: true, size: 11 }), p(`Date : ${date(inv, inv.date)}`, { align: 'right' })],
        ]),
        p('PAIEMENT DIRECT DU SOUS-TRAITANT (articles L. 2193-11 et R. 2193-10 du code de la commande publique)', { b: true, before: 8, after: 1, size: 9.5 }),
        grid(rows),
        table([96, 16, 28, 36], [
          { cells: ['Désignation des travaux', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#dddddd' },
          ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]),
        ], { border: 'grid', align: ['left', 'right', 'right', 'right'], before: 6, after: 3 }),
        totalsTable(inv, totals, { border: 'grid', widths: [60, 32], indent: 88 }),
        p('Autoliquidation : TVA due par le preneur assujetti – article 283-2 nonies du CGI (travaux de construction réalisés en sous-traitance).', { i: true, size: 8.5, before: 4 }),
        p(inv.print.iban ? `Paiement direct au sous-traitant par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Paiement direct au sous-traitant par mandat administratif.', { before: 3 }),
        table([88, 4, 88], [[{ blocks: [p('Visa de l’entreprise titulaire', { b: true, size: 8.5 }), p('Bon pour paiement direct, le ……………', { size: 8.5 }), space(12)] }, '', { blocks: [p('Cachet et signature du sous-traitant', { b: true, size: 8.5 }), space(14)] }]], { border: 'grid', before: 6 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

// ——— 2. A monthly summary invoice over delivery notes (Calc) ———

const euros = (cents) => Number((cents / 100).toFixed(2));
const cur = (cents, extra = {}) => ({ v: euros(cents), type: 'money', ...extra });
const blank = (n) => Array.from({ length: n }, () => null);
const DELIVERY_SITES = ['Cuisine centrale', 'École Jules Ferry', 'Crèche des Lilas', 'EHPAD Les Tilleuls', 'Restaurant administratif', 'Centre de loisirs'];

const summary = {
  name: 'recapitulative-bl',
  family: 'monthly-summary',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('recapitulative-bl', i, { trades: ['food', 'goods'], numbers: ['ciel', 'sage', 'plain'], engagementProb: 0.55, engagementLabels: ['bonDeCommande', 'numeroBonCommande', 'engagement'], marketProb: 0.5, serviceProb: 0.5, buyerSiretProb: 0.55, rates: [[550, 2000], [550, 1000], [1000, 2000]], rcsProb: 0.5, cityProb: 0.6 });
    const x = extraRng(inv, 'recap');
    // The invoice closes the month before its date; delivery notes are spread over that month.
    const monthStart = addDays({ y: inv.date.y, m: inv.date.m, d: 1 }, -1);
    inv.period = { y: monthStart.y, m: monthStart.m };
    const count = x.int(5, 12);
    const days = Array.from({ length: count }, () => x.int(1, 28)).sort((a, b) => a - b);
    inv.notes = days.map((d) => ({ day: { y: monthStart.y, m: monthStart.m, d }, number: `BL${String(monthStart.y).slice(2)}${String(monthStart.m).padStart(2, '0')}-${x.digits(4)}`, site: x.pick(DELIVERY_SITES), amounts: inv.rates.map((r, k) => (k === 0 || x.chance(0.6) ? x.int(4000, 180000) : 0)) }));
    inv.lines = inv.notes.flatMap((note) => inv.rates.map((r, k) => ({ label: note.number, qty: 1, unit: note.amounts[k], rate: r, total: note.amounts[k] })).filter((l) => l.total > 0));
    return recompute(inv);
  },
  sheet(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const grid = 'grid';
    const head = { b: true, border: grid, shade: '#fde9d9', wrap: true, align: 'center' };
    const rows = [
      [{ v: s.legalName ?? s.name, b: true, size: 13, span: 3 }, null, null, ...blank(1), { v: b.name, b: true, span: 2 }, null],
      [{ v: s.address.join(' – '), span: 3, size: 8.5 }, null, null, null, { v: b.lines[0], span: 2 }, null],
      [{ v: `Tél. ${s.phone}`, span: 3, size: 8.5 }, null, null, null, { v: b.lines[1] ?? '', span: 2 }, null],
      [{ v: inv.print.supplierSiret ? `SIRET ${siret(inv)}` : `TVA ${s.vat}`, span: 3, size: 8.5 }, null, null, null, { v: b.lines[2] ?? '', span: 2 }, null],
      [{ v: inv.print.supplierSiren ? `RCS ${s.rcsCity} ${groupSiren(s.siren)}` : '', span: 3, size: 8.5 }, null, null, null, { v: b.lines.slice(3).join(' ') || '', span: 2 }, null],
      [...blank(4), { v: inv.print.buyerSiret ? `SIRET ${siret(inv, b.siret)}` : '', span: 2 }, null],
      blank(6),
      [{ v: `${x.pick(['FACTURE RÉCAPITULATIVE', 'FACTURE MENSUELLE', 'RELEVÉ DE LIVRAISONS VALANT FACTURE'])} N° ${inv.number}`, b: true, size: 13, span: 6 }, ...blank(5)],
      [{ v: 'Date de facture' }, { v: iso(inv.date), type: 'date', align: 'left' }, ...blank(4)],
      [{ v: 'Période' }, { v: `${MONTHS[inv.period.m - 1]} ${inv.period.y}`, span: 2 }, null, ...blank(3)],
      ...references(inv).map(([k, v]) => [{ v: k, wrap: true }, { v, span: 2, align: 'left' }, null, ...blank(3)]),
      blank(6),
      [{ v: 'Date BL', ...head }, { v: 'N° BL', ...head }, { v: 'Lieu de livraison', ...head }, ...inv.rates.map((r) => ({ v: `Montant HT ${rate(r)}`, ...head })), { v: 'Total HT', ...head }],
      ...inv.notes.map((note) => [
        { v: iso(note.day), type: 'date', border: grid, align: 'left' }, { v: note.number, border: grid }, { v: note.site, border: grid },
        ...note.amounts.map((a) => (a ? cur(a, { border: grid }) : { v: '', border: grid })), cur(note.amounts.reduce((sum, a) => sum + a, 0), { border: grid }),
      ]),
      [{ v: `Totaux (${inv.notes.length} livraisons)`, b: true, span: 3, border: grid }, null, null, ...inv.rates.map((r) => cur(inv.vat.find((v) => v.rate === r)?.base ?? 0, { b: true, border: grid })), cur(inv.ht, { b: true, border: grid })],
      blank(6),
      [{ v: 'Taux', b: true, border: grid }, { v: 'Base HT', b: true, border: grid }, { v: 'TVA', b: true, border: grid }, null, { v: 'Total HT', b: true }, cur(inv.ht, { b: true })],
      ...inv.vat.map((v, k) => [{ v: rate(v.rate), border: grid, align: 'right' }, cur(v.base, { border: grid }), cur(v.amount, { border: grid }), null, k === 0 ? { v: 'Total TVA' } : null, k === 0 ? cur(inv.tva) : null]),
      [...blank(4), { v: 'Total TTC', b: true, border: 'top' }, cur(inv.ttc, { b: true, border: 'top' })],
      [...blank(4), { v: x.pick(['Net à payer', 'Montant à régler']), b: true }, cur(inv.net, { b: true })],
      blank(6),
      [{ v: inv.print.iban ? `Règlement à 30 jours par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement à 30 jours par mandat administratif.', span: 6, size: 8.5 }, ...blank(5)],
      [{ v: 'Bons de livraison signés disponibles sur demande.', span: 6, size: 8.5, i: true }, ...blank(5)],
      [{ v: legalLine(inv, { withSiret: false }), span: 6, size: 7, wrap: true }, ...blank(5)],
    ];
    const widths = [28, 30, 42, 27, 27, 28];
    return { font: 'Liberation Sans', size: 9, colWidths: widths, rows };
  },
};

// ——— 3. Article codes on the left, a VAT code per line and its legend ———

const CODE_SETS = [['A', 'B', 'C'], ['1', '2', '3'], ['N', 'R', 'I'], ['T1', 'T2', 'T3']];

const vatCodes = {
  name: 'codes-tva-legende',
  family: 'vat-code-legend',
  producers: ['pdfkit', 'libreoffice'],
  count: 6,
  make: (i) => makeInvoice('codes-tva-legende', i, { trades: ['books', 'food'], numbers: ['sage', 'ebp', 'ciel', 'dolibarr'], lines: [3, 9], engagementProb: 0.55, engagementLabels: ['bcShort', 'bonDeCommande', 'commandeClient', 'ej'], marketProb: 0.25, serviceProb: 0.4, buyerSiretProb: 0.5, dateStyles: ['slash', 'slash2', 'dots'], rates: [[2000, 550], [550, 2000], [2000, 1000, 550], [1000, 2000]], groups: ['space', 'none', 'dot'], depositPct: [0, 0, 15], rcsProb: 0.6 }),
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const set = x.pick(CODE_SETS);
    const code = new Map(inv.rates.map((r, k) => [r, set[k]]));
    const legend = `${x.pick(['Codes TVA', 'Légende TVA', 'Code T'])} : ${inv.rates.map((r) => `${code.get(r)} = ${(r / 100).toFixed(2).replace('.', ',')} %`).join(' ; ')}`;
    const codeHead = x.pick(['T', 'Code TVA', 'TVA']);
    const box = table([68], [
      [{ text: 'FACTURE', b: true, size: 15, align: 'center', shade: '#e6e6e6' }],
      [`N° pièce : ${inv.number}`], [`Date pièce : ${date(inv, inv.date)}`], [`Code client : ${inv.clientCode}`], [`Échéance : ${date(inv, inv.due)}`],
    ], { border: 'box', size: 9 });
    const totals = [['Total HT', inv.ht], ['Total TVA', inv.tva], ['Total TTC', inv.ttc, { b: !inv.deposit }]];
    if (inv.deposit) totals.push(['Acompte reçu', -inv.deposit], ['Net à payer', inv.net, { b: true }]);
    return {
      font: x.pick(['Liberation Sans Narrow', 'Liberation Sans']), size: 9, margins: [12, 12, 20, 12],
      body: [
        columns([118, 68], [supplierLines(inv, { vat: true }), [box]]),
        space(4),
        columns([96, 90], [[...references(inv).map(([k, v]) => p(`${k} : ${v}`))], buyerLines(inv, { heading: x.pick(['Adresse de facturation', 'Client facturé', '']) })]),
        table([22, 84, 16, 24, 28, 12], [
          { cells: ['Code article', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT', codeHead], b: true, shade: '#e6e6e6' },
          ...inv.lines.map((l) => [l.ref, l.label, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total), code.get(l.rate)]),
        ], { border: 'grid', align: ['left', 'left', 'right', 'right', 'right', 'center'], before: 5, after: 1, size: 8.5 }),
        p(legend, { size: 8, i: true, after: 3 }),
        columns([100, 86], [
          [table([16, 28, 20, 28], [{ cells: ['Code', 'Base HT', 'Taux', 'TVA'], b: true }, ...inv.vat.map((v) => [code.get(v.rate), plainMoney(inv, v.base), rate(v.rate), plainMoney(inv, v.amount)])], { border: 'grid', align: ['center', 'right', 'right', 'right'], size: 8.5 })],
          [totalsTable(inv, totals, { border: 'grid', widths: [50, 34], indent: 0 })],
        ]),
        p(inv.print.iban ? `Règlement : virement – ${iban(inv)} – ${s.bic}` : 'Règlement : chèque ou mandat administratif à réception.', { before: 5, size: 8.5 }),
        p('Escompte pour paiement anticipé : néant. Pénalités de retard : 3 fois le taux d’intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 7.5 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

export default [subcontractor, summary, vatCodes];

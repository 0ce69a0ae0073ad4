// Blind-15 layouts written as documents (see ../../README.md): a wholesaler's credit note for the year-end rebate on
// a public body's purchases (the invoices of the past year listed with their numbers, dates and amounts, the rebate
// bracket reached, the rebate per VAT rate; amounts negative on some), printed by LibreOffice and PDFKit, and a
// builders' merchant's monthly invoice of the counter pickups of the technical services, printed from a Calc sheet
// (one block per pickup ticket with its date, its number, who took the goods and for which site; gross price, the
// customer's discount and net price per article; eco-participation on power tools; a pallet's deposit charged and
// refunded).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtAmount, iso } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { refsLine, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { maybeRelabel15, monthOf, previousMonth } from '../../lib/blind15.mjs';

// ——— 1. A year-end rebate credit note. ———
const BRACKETS = [[0, 2500000, 2], [2500000, 5000000, 3], [5000000, Infinity, 4]];
const rebate = {
  name: 'r-avoir-ristourne',
  family: 'year-end-rebate-credit-note',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('r-avoir-ristourne', i, { ...CITY_HEAVY, engagementProb: 0.5, avoir: true, negative: 0.5, trades: ['goods'], numbers: ['avoir', 'avoirDolibarr', 'avoirShort', 'avoirOdoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.6, serviceProb: 0.5, dateStyles: ['slash', 'long', 'iso'], rates: [[2000, 550]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.6, ibanProb: 0.5 });
    const x = extraRng(inv, 'rebate');
    renameSupplier(inv, x.pick(['Distri-Collectivités Loire', 'Hygiène & Restauration du Centre', 'Comptoir des Cantines', 'Approvisionnement Public Rhône-Forez']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '4639B';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel15(inv, x);
    redate(inv, { y: inv.date.y, m: x.int(1, 3), d: x.int(5, 28) });
    const year = inv.date.y - 1;
    inv.year = year;
    inv.agreement = addDays({ y: year, m: 1, d: 1 }, x.int(5, 60));
    const count = x.int(6, 11);
    let serial = x.int(100, 900);
    inv.purchases = Array.from({ length: count }, (_, k) => {
      serial += x.int(40, 260);
      const d = { y: year, m: Math.min(12, 1 + Math.floor((k * 12) / count) + x.int(0, 1)), d: x.int(1, 28) };
      return { number: `F${year}-${String(serial).padStart(5, '0')}`, date: d, hygiene: x.int(80000, 620000), food: x.int(0, 480000) };
    });
    const dates = inv.purchases.map((it) => it.date).sort((a, b) => iso(a).localeCompare(iso(b)));
    inv.purchases.forEach((it, k) => { it.date = dates[k]; });
    // A number carrying its year and month follows the date the note was moved to.
    inv.number = inv.number.replace(/^AV\d{4}-/, `AV${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-`);
    const hygiene = inv.purchases.reduce((s, it) => s + it.hygiene, 0);
    const food = inv.purchases.reduce((s, it) => s + it.food, 0);
    inv.turnover = hygiene + food;
    inv.pct = BRACKETS.find(([lo, hi]) => inv.turnover >= lo && inv.turnover < hi)[2];
    inv.bases = { hygiene, food };
    inv.lines = [
      { label: `Ristourne de fin d’année ${inv.pct} % sur achats ${year} – produits d’hygiène et d’entretien`, base: hygiene, qty: 1, unit: Math.round((hygiene * inv.pct) / 100), rate: 2000 },
      { label: `Ristourne de fin d’année ${inv.pct} % sur achats ${year} – denrées alimentaires`, base: food, qty: 1, unit: Math.round((food * inv.pct) / 100), rate: 550 },
    ];
    return priceLines(inv, [2000, 550]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const plain = (c) => fmtAmount(c, inv.amountStyle, 'none');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché de fournitures n°'], service: ['Code service', 'Service', 'Service destinataire'] });
    const me = supplierTexts(inv, x);
    const title = x.pick(['AVOIR', 'FACTURE D’AVOIR', 'Avoir']);
    const idRows = [[x.pick(['N° d’avoir', 'Avoir n°', 'Numéro']), { text: inv.number, b: true }], [x.pick(['Date', 'Date de l’avoir', 'Émis le']), date(inv, inv.date)], ['Code client', inv.clientCode], ['Exercice de référence', String(inv.year)]];
    const list = inv.purchases.map((it) => [it.number, date(inv, it.date, 'slash'), plain(it.hygiene), plain(it.food), plain(it.hygiene + it.food)]);
    const brackets = BRACKETS.map(([lo, hi, pct]) => `${hi === Infinity ? `à partir de ${frNumber(lo / 100)} €` : lo === 0 ? `jusqu’à ${frNumber(hi / 100)} €` : `de ${frNumber(lo / 100)} € à ${frNumber(hi / 100)} €`} : ${pct} %`).join(' ; ');
    const rows = inv.lines.map((l) => [l.label, plain(l.base), `${inv.pct} %`, rate(l.rate), plainMoney(inv, l.total)]);
    const totals = dueRows(inv, { ht: x.pick(['Total HT de l’avoir', 'Montant HT', 'Total HT']), ttc: x.pick(['Total TTC de l’avoir', 'Montant TTC', 'Total TTC']) });
    totals.push([x.pick(['Net en votre faveur', 'Montant à déduire', 'Net à déduire']), inv.net, true]);
    totals[totals.length - 2][2] = false;
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'Liberation Serif']), size: 8.8, margins: [14, 16, 22, 16],
      body: [
        columns([100, 78], [[...paras(me, { firstSize: 13 }), p('Produits d’hygiène – entretien – denrées pour la restauration collective', { size: 7.2, i: true })], [p(title, { b: true, size: 15 }), table([36, 38], idRows, { border: 'grid', size: 8.6 })]]),
        space(5),
        columns([88, 90], [[p(x.pick(['Vos références', 'Références']), { size: 7.2, color: '#666666' }), ...(refs.length ? [p(refsLine(refs, x.pick([' – ', '\n'])), { b: true, size: 8.6 })] : [p('—')])], [p(x.pick(['Client', 'Adressé à', 'Destinataire']), { size: 7.2, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(3),
        p(`Objet : ristourne annuelle prévue par l’accord commercial du ${date(inv, inv.agreement, 'slash')} sur le chiffre d’affaires ${inv.year}. Barème : ${brackets}.`, { size: 8.6 }),
        p(`Votre chiffre d’affaires HT ${inv.year} : ${plain(inv.turnover)} € – taux de ristourne atteint : ${inv.pct} %.`, { size: 8.6, b: true, before: 1, after: 2 }),
        table([74, 28, 14, 14, 30], [{ cells: ['Désignation', 'Base HT', 'Taux', 'TVA', 'Montant HT'], b: true, shade: '#eeeeee' }, ...rows], { border: 'grid', size: 8.2, align: ['left', 'right', 'center', 'center', 'right'], after: 2 }),
        totalsTable(inv, totals, { widths: [62, 30], indent: 86 }),
        p(x.pick(['Cet avoir sera imputé sur notre prochaine facture.', 'Le montant de cet avoir vous sera remboursé par virement sous 30 jours.', 'Avoir à déduire de votre prochain règlement.']), { size: 8.4, before: 2 }),
        space(3),
        p(`Factures ${inv.year} prises en compte (pour information)`, { b: true, size: 8.4 }),
        table([40, 26, 36, 36, 36], [{ cells: ['Facture', 'Date', 'Hygiène HT', 'Alimentaire HT', 'Total HT'], b: true, shade: '#f5f5f5' }, ...list], { border: 'rows', size: 7.6, align: ['left', 'left', 'right', 'right', 'right'] }),
        rule(),
        ...(inv.print.iban ? [p(paymentText(inv, 'Nos coordonnées bancaires'), { size: 7.8, before: 2 })] : []),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

// ——— 2. A builders' merchant's monthly invoice of counter pickups. ———
const ARTICLES = [
  ['CIM35', 'Ciment CEM II 32,5 R – sac 35 kg', 'sac', 780, 1150, [2, 4, 6, 10, 20]],
  ['SAB04', 'Sable 0/4 lavé', 'm³', 4200, 6200, [0.5, 1, 1.5, 2]],
  ['GRA620', 'Gravier 6/20 concassé', 'm³', 3900, 5600, [0.5, 1, 2]],
  ['PLQ13', 'Plaque de plâtre BA13 – 2,50 × 1,20 m', 'u', 690, 980, [6, 10, 12, 20]],
  ['TUB100', 'Tube PVC évacuation Ø 100 – 4 m', 'u', 1150, 1690, [2, 3, 5]],
  ['BOR15', 'Bordure béton T2 – 1 m', 'u', 640, 920, [10, 15, 25]],
  ['PAR25', 'Parpaing creux 20 × 20 × 50', 'u', 145, 215, [40, 60, 100]],
  ['MOR25', 'Mortier prêt à l’emploi – sac 25 kg', 'sac', 690, 990, [4, 8, 12]],
  ['CHV60', 'Chevron sapin traité 60 × 80 – 4 m', 'u', 890, 1350, [6, 10, 16]],
  ['REG40', 'Regard béton 40 × 40 avec tampon fonte', 'u', 6900, 9800, [1, 2]],
];
const TOOLS = [['PERF8', 'Perforateur SDS+ 800 W', 14900, 21900, 100], ['DISQ23', 'Meuleuse Ø 230 mm 2 200 W', 12900, 18900, 100], ['NETHP', 'Nettoyeur haute pression 150 bars', 24900, 34900, 200]];
const AGENTS = ['M. Roux (CTM)', 'M. Benhamou (voirie)', 'Mme Perrin (bâtiments)', 'M. Faure (espaces verts)', 'M. Lopez (régie)', 'Mme Daval (écoles)'];
const SITES = ['école Chappe', 'gymnase du Marais', 'cimetière de Valbenoîte', 'voirie rue Balay', 'centre technique', 'stade Henri Lafay', 'crèche Montreynaud'];
const merchant = {
  name: 'r-negoce-materiaux',
  family: 'builders-merchant-monthly-pickups',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('r-negoce-materiaux', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['ebp', 'sage', 'ciel', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'engagementJuridiqueNo'], marketProb: 0.55, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'merchant');
    renameSupplier(inv, x.pick(['Négoce Matériaux du Gier', 'Point Bois & Béton', 'Comptoir du Bâtiment Forézien', 'Matériaux Chapelon']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4673A';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel15(inv, x);
    const month = previousMonth(inv.date);
    redate(inv, x.chance(0.5) ? month.to : { ...monthOf(inv.date).from, d: x.int(1, 6) });
    inv.month = month;
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.account = `${x.pick(['411', 'CL'])}${x.digits(5)}`;
    inv.discountCustomer = x.pick([8, 10, 12, 15, 18]);
    const tickets = x.int(4, 7);
    const days = Array.from({ length: tickets }, () => x.int(1, month.to.d)).sort((a, b) => a - b);
    let ticket = x.int(100000, 900000);
    let palette = false;
    const prices = new Map();
    inv.tickets = days.map((day) => {
      ticket += x.int(30, 900);
      const items = [];
      const first = x.int(0, ARTICLES.length - 1);
      const step = x.int(1, 3);
      const chosen = Array.from({ length: x.pick([1, 2, 2, 3]) }, (_, k) => ARTICLES[(first + k * step) % ARTICLES.length]);
      for (const [code, label, unit, lo, hi, qtys] of chosen) {
        // One price list for the month: an article keeps its price from one ticket to the next.
        if (!prices.has(code)) prices.set(code, x.int(lo, hi));
        const gross = prices.get(code);
        const net = Math.round((gross * (100 - inv.discountCustomer)) / 100);
        const qty = x.pick(qtys);
        items.push({ code, label, unit, qty, gross, pct: inv.discountCustomer, net, total: Math.round(qty * net) });
      }
      if (x.chance(0.2)) {
        const [code, label, lo, hi, eco] = x.pick(TOOLS);
        const gross = x.int(lo / 100, hi / 100) * 100;
        const net = Math.round((gross * (100 - inv.discountCustomer)) / 100);
        items.push({ code, label, unit: 'u', qty: 1, gross, pct: inv.discountCustomer, net, total: net });
        items.push({ code: 'ECO', label: 'Éco-participation DEEE (non remisable)', unit: 'u', qty: 1, gross: eco, pct: 0, net: eco, total: eco });
      }
      if (items.some((it) => it.unit === 'sac') && !palette && x.chance(0.6)) {
        palette = true;
        items.push({ code: 'PAL', label: 'Consigne palette bois', unit: 'u', qty: 1, gross: 1500, pct: 0, net: 1500, total: 1500 });
      } else if (palette && x.chance(0.7)) {
        palette = false;
        items.push({ code: 'PAL', label: 'Retour palette consignée', unit: 'u', qty: -1, gross: 1500, pct: 0, net: 1500, total: -1500 });
      }
      return { day: { ...month.from, d: day }, number: `BE ${String(ticket).replace(/(\d{3})(\d{3})/, '$1 $2')}`, agent: x.pick(AGENTS), site: x.pick(SITES), items };
    });
    inv.lines = inv.tickets.flatMap((t) => t.items.map((it) => ({ label: it.label, qty: it.qty, unit: it.net, total: it.total, rate: 2000 })));
    return priceLines(inv);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const W = 10;
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const num = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'number', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 5, b: k === 0, size: k === 0 ? 13 : 8.2, color: k === 0 ? '#bf360c' : undefined } : null, ...blank(4),
      k === 0 ? { v: x.pick(['Client', 'Facturé à', 'Compte client']), span: 5, size: 7.4, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 5, b: k === 1 } : null, ...blank(4),
    ]);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché de fournitures n°'], service: ['Code service', 'Service', 'Serv.'] });
    const title = x.pick(['FACTURE MENSUELLE', 'FACTURE RÉCAPITULATIVE', 'RELEVÉ-FACTURE']);
    const head = { b: true, border: 'grid', shade: '#ffe0b2', align: 'center', size: 7.6 };
    const idRows = [
      [{ v: title, b: true, size: 13, span: 4 }, ...blank(3), { v: x.pick(['N° facture', 'Numéro', 'Facture n°']), span: 2, size: 8.6 }, null, { v: inv.number, b: true, span: 2 }, null, ...blank(2)],
      [{ v: `Enlèvements du ${date(inv, inv.month.from)} au ${date(inv, inv.month.to)}`, span: 4, size: 8.4 }, ...blank(3), { v: x.pick(['Date', 'Date facture', 'Date de facture']), span: 2, size: 8.6 }, null, { v: iso(inv.date), type: 'date', align: 'left', span: 2 }, null, ...blank(2)],
      [{ v: `Compte client ${inv.account} – remise client ${inv.discountCustomer} %`, span: 4, size: 8.4 }, ...blank(3), { v: 'Échéance', span: 2, size: 8.6 }, null, { v: iso(inv.due), type: 'date', align: 'left', span: 2 }, null, ...blank(2)],
    ];
    const body = [];
    for (const t of inv.tickets) {
      body.push([{ v: `Bon d’enlèvement ${t.number} du ${date(inv, t.day)} – ${t.agent} – ${t.site}`, span: W - 1, b: true, size: 7.8, shade: '#fafafa', border: 'grid' }, ...blank(W - 2), cur(t.items.reduce((s, it) => s + it.total, 0), { i: true, size: 7.6, border: 'grid' })]);
      for (const it of t.items) body.push([{ v: iso(t.day), type: 'date', size: 7.6, border: 'grid' }, { v: it.code, size: 7.6, border: 'grid' }, { v: it.label, span: 3, size: 7.6, border: 'grid', wrap: true }, null, null, { v: it.qty, type: 'qty', size: 7.6, border: 'grid', align: 'right' }, { v: it.unit, size: 7.6, border: 'grid', align: 'center' }, num(it.gross, { size: 7.6, border: 'grid' }), { v: it.pct ? `${it.pct} %` : '', size: 7.6, border: 'grid', align: 'center' }, cur(it.total, { size: 7.6, border: 'grid' })]);
    }
    const totals = dueRows(inv, { ht: x.pick(['Total HT', 'Montant hors taxes', 'Base HT']), ttc: x.pick(['Total TTC', 'Net à payer']) });
    const rows = [
      ...top,
      blank(W),
      ...idRows,
      ...(refs.length ? [[{ v: refsLine(refs, ' – '), span: W, b: true, size: 8.4 }, ...blank(W - 1)]] : []),
      blank(W),
      [{ v: 'Date', ...head }, { v: 'Code', ...head }, { v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Qté', ...head }, { v: 'U', ...head }, { v: 'P.U. brut', ...head }, { v: 'Rem.', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(W),
      ...totals.map(([k, cents, strong]) => [...blank(5), { v: k, span: 4, align: 'right', b: strong, size: 8.8 }, ...blank(3), cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(W),
      [{ v: 'Montants nets de la remise client, en euros HT ; le sous-total de chaque bon figure sur sa ligne de titre. L’éco-participation DEEE n’est pas remisable. Palettes consignées 15,00 € HT, reprises en bon état.', span: W, size: 7.2, wrap: true }, ...blank(W - 1)],
      [{ v: paymentText(inv), span: W, size: 8 }, ...blank(W - 1)],
      [{ v: LATE_FEES, span: W, size: 6.8, wrap: true }, ...blank(W - 1)],
      [{ v: legalLine(inv), span: W, size: 6.6, wrap: true }, ...blank(W - 1)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.6, colWidths: [19, 14, 30, 24, 20, 12, 10, 18, 13, 24], margins: [12, 10, 14, 10], rows };
  },
};

export default [rebate, merchant];

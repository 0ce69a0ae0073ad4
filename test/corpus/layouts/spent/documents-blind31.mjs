// Blind-31 layouts written in the shared document description (see ../../README.md): a joinery firm's invoice printed
// like Sage 100 by LibreOffice (a framed « FACTURE » with a row of headings over values — number, date, customer
// account, page —, article codes, a discount column, a VAT base table; 10 % beside 20 % for works in a dwelling with
// the simplified certificate; two credit notes naming the original invoice), an insulation contractor's hand-made
// Writer invoice (labels in small type beside larger values, the energy-savings certificate premium deducted from the
// amount due on some, 5,5 % beside 20 % in dwellings), a floor-covering firm's invoice printed by PDFKit like EBP
// (rooms, removal, levelling, PVC flooring per m², skirtings per metre; the identity as capital labels beside values in
// a box; a retention of guarantee on 2; one credit note; one long invoice over two pages), and a metalworker's
// accessibility ramp printed by LibreOffice and PDFKit (a micro-entrepreneur exempt under art. 293 B on half; bilingual
// labels on the others).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductGrant } from '../../lib/blind24.mjs';
import { both, retain } from '../../lib/blind25.mjs';
import { buildingBuyer, maybeRelabel31, PUBLIC_BUILDINGS, ROOMS, SCHOOLS, seven31 } from '../../lib/blind31.mjs';

// ——— 1. Joinery and carpentry: a Sage 100-like print by LibreOffice, a row of headings, a VAT base table. ———
const JOINERY = [
  ['MEN-FEN', 'Fenêtre bois 2 vantaux chêne, double vitrage 4/16/4 argon, dépose de l’existant', [68000, 125000]],
  ['MEN-PRT', 'Bloc-porte coupe-feu EI 30 âme pleine, huisserie métallique, ferme-porte', [52000, 88000]],
  ['MEN-PLC', 'Placard 2 portes coulissantes mélaminé, aménagement intérieur', [42000, 76000]],
  ['MEN-PAR', 'Cloison de distribution bois et vitrage feuilleté 44.2', [31000, 56000]],
  ['MEN-ETG', 'Rayonnages bois massif pour bibliothèque, fixation murale', [18000, 34000]],
  ['MEN-QCC', 'Quincaillerie : béquillage PMR, cylindres sur organigramme', [4500, 9800]],
];
const menuiserie = {
  name: 'ac-menuiserie-bois',
  family: 'joinery-carpentry-sage-heading-row-vat-base-table',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 3 || i === 6;
    const inv = makeInvoice('ac-menuiserie-bois', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['btp'], numbers: credit ? ['avoirShort'] : ['sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ej'], marketProb: 0.25, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: 0, groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'joinery');
    renameSupplier(inv, x.pick(['Menuiserie Chatelard', 'Bois & Agencement du Pilat', 'Menuiseries Faure Frères', 'Atelier Bois Ondaine']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4332A';
    const dwelling = x.chance(0.35);
    buildingBuyer(inv, x, dwelling ? 'housing' : x.pick(['schools', 'buildings']), 0.85);
    localReferences(inv, x);
    maybeRelabel31(inv, x);
    notInFuture(inv);
    inv.dwelling = dwelling;
    inv.due = addDays(inv.date, 45);
    inv.account = x.pick([`411${x.digits(5)}`, seven31(x)]);
    inv.deliveryNote = `BL${x.digits(7)}`;
    const first = x.int(0, JOINERY.length - 1);
    inv.lines = Array.from({ length: credit ? 1 : x.int(2, 4) }, (_, k) => {
      const [code, label, [lo, hi]] = JOINERY[(first + k) % JOINERY.length];
      const disc = x.pick([0, 0, 5, 10]);
      const qty = x.int(1, 6);
      const unit = x.int(lo / 100, hi / 100) * 100;
      const gross = qty * unit;
      return { code, label, qty, unit, disc, total: gross - Math.round((gross * disc) / 100), rate: dwelling && code !== 'MEN-QCC' ? 1000 : 2000 };
    });
    if (!credit) inv.lines.push({ code: 'MO-POSE', label: 'Main-d’œuvre de pose et ajustements (heures)', qty: x.int(4, 24), unit: x.int(48, 62) * 100, disc: 0, rate: dwelling ? 1000 : 2000 });
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String(x.int(100, 99999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(8, 40)) };
      inv.lines[0].label = `Retour : ${inv.lines[0].label} (erreur de cote, reprise par nos soins)`;
    }
    return priceLines(inv, dwelling ? [1000, 2000] : [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Lot menuiseries – marché n°'], service: ['Code service', 'Service', 'Code service exécutant'] });
    const inBuyer = x.chance(0.5);
    const heads = [inv.avoir ? 'N° avoir' : 'N° facture', 'Date', 'Code client', 'Page'];
    const vals = [inv.number, date(inv, inv.date), inv.account, '1'];
    const lines = inv.lines.map((l) => [l.code, l.label, frNumber(l.qty), plainMoney(inv, l.unit), l.disc ? `${l.disc} %` : '', plainMoney(inv, l.total), rate(l.rate)]);
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate);
    const base = table([24, 30, 30], [{ cells: ['Taux TVA', 'Base HT', 'Montant TVA'], b: true, shade: '#dddddd' }, ...vat.map((v) => [rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)])], { border: 'grid', size: 7.8, align: ['center', 'right', 'right'] });
    const totals = [['Total HT', inv.ht], ['Total TVA', inv.tva], [inv.avoir ? 'Total TTC avoir' : 'Total TTC', inv.ttc, inv.avoir], ...(inv.avoir ? [] : [['NET À PAYER', inv.net, true]])];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 12, 18, 12], creator: 'Sage 100 Gestion commerciale',
      body: [
        columns([100, 86], [
          [p(s.name, { b: true, size: 13 }), p('Menuiserie intérieure et extérieure – agencement – charpente', { size: 7.4, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [table([86], [[{ text: inv.avoir ? 'AVOIR' : 'FACTURE', b: true, size: 15, align: 'center', shade: '#e6e6e6' }]], { border: 'box' }),
            table([24, 26, 24, 12], [{ cells: heads, b: true, size: 7, shade: '#f2f2f2' }, { cells: vals, size: 8.6 }], { border: 'grid', align: ['center', 'center', 'center', 'center'], before: 1 })],
        ]),
        space(5),
        columns([96, 90], [
          [p(`Livraison : ${inv.dwelling ? x.pick(['logement de fonction de l’école', 'logement d’urgence', 'logement communal']) : x.pick(PUBLIC_BUILDINGS)}`, { size: 8 }), p(`Bon de livraison ${inv.deliveryNote}`, { size: 8 }), ...(inBuyer ? [] : refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4, b: true })))],
          [table([90], [[{ blocks: [...paras(buyerTexts(inv, x), { size: 9 }), ...(inBuyer ? refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4 })) : [])] }]], { border: 'box', pad: 2.5 })],
        ]),
        space(4),
        ...(inv.avoir ? [p(`Avoir sur facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`, { b: true, size: 9 })] : []),
        table([22, 74, 12, 22, 16, 24, 14], [{ cells: ['Code', 'Désignation', 'Qté', 'P.U. HT', 'Remise', 'Montant HT', 'TVA'], b: true, shade: '#dddddd' }, ...lines], { border: 'grid', size: 7.8, align: ['left', 'left', 'right', 'right', 'right', 'right', 'center'], before: 1, after: 3 }),
        columns([90, 96], [[base, ...(inv.dwelling ? [p('Taux réduit de 10 % : travaux d’amélioration d’un local à usage d’habitation achevé depuis plus de deux ans – attestation simplifiée remise par le client (art. 279-0 bis du CGI).', { size: 6.8, i: true, before: 1 })] : [])], [totalsTable(inv, totals, { widths: [56, 36], indent: 4, size: 8.8 })]]),
        space(4),
        p(inv.avoir ? 'Avoir à valoir sur vos prochains règlements.' : `Échéance : ${fmtDate(inv.due, 'slash')} – ${paymentText(inv)}`, { size: 8 }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 2. Thermal insulation: a hand-made Writer template, labels beside larger values, a CEE premium deducted. ———
const isolation = {
  name: 'ac-isolation-combles',
  family: 'thermal-insulation-writer-cee-premium-deducted',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ac-isolation-combles', i, { cityProb: 0.35, engagementProb: 0.75, trades: ['btp'], numbers: ['plain', 'micro', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'votreCommandeEngagement'], marketProb: 0.2, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'none'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'insulation');
    renameSupplier(inv, x.pick(['Isol’Forez', 'Thermi-Combles Loire', 'Isolation Rhône-Pilat', 'Éco-Isol 42']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '4329A';
    const dwelling = x.chance(0.4);
    buildingBuyer(inv, x, dwelling ? 'housing' : x.pick(['schools', 'buildings']), 0.85);
    localReferences(inv, x);
    maybeRelabel31(inv, x);
    notInFuture(inv);
    inv.dwelling = dwelling;
    inv.due = addDays(inv.date, 30);
    inv.quote = seven31(x);
    inv.rge = `E-${x.int(10000, 99999)}`;
    const m2 = x.int(80, 900);
    const r = x.pick(['7,0', '7,5', '8,0']);
    const ins = dwelling ? 550 : 2000;
    inv.building = dwelling ? 'logement d’urgence' : x.pick(PUBLIC_BUILDINGS);
    inv.lines = [
      { label: `Isolation des combles perdus par soufflage de laine minérale, R = ${r} m².K/W (fiche CEE ${dwelling ? 'BAR-EN-101' : 'BAT-EN-101'})`, unitName: 'm²', qty: m2, unit: x.int(1800, 3200), rate: ins },
      { label: 'Rehausse de trappe d’accès isolée et piges de repérage', unitName: 'u', qty: x.int(1, 3), unit: x.int(90, 220) * 100, rate: ins },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Pare-vapeur et écarts au feu autour des conduits (coffrages)', unitName: 'forfait', qty: 1, unit: x.int(250, 900) * 100, rate: ins });
    inv.lines.push({ label: 'Évacuation de l’ancien isolant et nettoyage des combles', unitName: 'm²', qty: Math.round(m2 / 2), unit: x.int(400, 900), rate: 2000 });
    if (dwelling && x.chance(0.5)) inv.lines.push({ label: 'Remplacement de la VMC simple flux hygroréglable', unitName: 'u', qty: 1, unit: x.int(650, 1200) * 100, rate: 1000 });
    priceLines(inv, dwelling ? [550, 1000, 2000] : [2000]);
    inv.cee = i % 3 === 0 ? { amount: deductGrant(inv, x, x.pick([20, 30, 40])), obliged: x.pick(['TotalEnergies Marketing France', 'EDF', 'Engie', 'Primes Énergie Loire (mandataire)']) } : null;
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service destinataire'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const big = x.pick([11, 12.5]);
    const kv = (k, v) => p([{ text: `${k} `, size: 7.6, color: '#555555' }, { text: v, b: true, size: big }]);
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate);
    const totals = [['Total HT', inv.ht], ...vat.map((v) => [`TVA ${rate(v.rate)}${vat.length > 1 ? ` (base ${plainMoney(inv, v.base)})` : ''}`, v.amount]), ['Total TTC', inv.ttc, !inv.cee]];
    if (inv.cee) totals.push([`Prime CEE versée par ${inv.cee.obliged} – déduite`, -inv.cee.amount], [x.pick(['Net à payer', 'Reste à votre charge', 'Montant dû']), inv.net, true]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [14, 16, 20, 16], creator: 'Writer',
      body: [
        p(s.name, { b: true, size: 16, color: '#8a3b12' }), p(`Isolation thermique – combles, murs, planchers – qualifié RGE n° ${inv.rge}`, { size: 7.8, i: true }),
        p(supplierTexts(inv, x).slice(1).join(' · '), { size: 7.4, after: 5 }),
        columns([92, 88], [
          [kv('Facture n°', inv.number), kv('Date :', date(inv, inv.date)), kv('Devis n°', inv.quote), p(`Échéance : ${fmtDate(inv.due, 'slash')}`, { size: 8.4 }), ...shown.map(([k, v]) => kv(`${k} :`, v))],
          [p('Client :', { size: 7.4, i: true }), ...paras(buyerTexts(inv, x), { size: 9.2 })],
        ]),
        space(4),
        p(`Objet : isolation thermique – ${inv.building}`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.6 })] : []),
        table([96, 16, 18, 22, 14, 22], [{ cells: ['Désignation', 'Unité', 'Qté', 'P.U. HT', 'TVA', 'Total HT'], b: true, shade: '#f3e3d6' }, ...inv.lines.map((l) => [l.label, l.unitName, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)])], { border: 'grid', size: 8, align: ['left', 'center', 'right', 'right', 'center', 'right'], before: 3, after: 3 }),
        totalsTable(inv, totals, { widths: [72, 30], indent: 86, size: 9 }),
        ...(inv.dwelling ? [p('TVA 5,5 % : travaux de rénovation énergétique d’un local d’habitation (art. 278-0 bis A du CGI) ; 10 % : travaux induits ; 20 % : dépose et évacuation.', { size: 6.8, i: true, before: 2 })] : []),
        ...(inv.cee ? [p('La prime CEE est versée directement à l’entreprise par l’obligé ; elle vient en déduction du montant dû par le client.', { size: 7, i: true })] : []),
        space(3),
        p(inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.', { size: 8.6 }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 3. Floor coverings: an EBP-like print by PDFKit, capital labels beside values in a box, one over two pages. ———
const sols = {
  name: 'ac-sols-souples',
  family: 'floor-coverings-ebp-pdfkit-rooms-retention',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const long = i === 4;
    const inv = makeInvoice('ac-sols-souples', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['btp'], numbers: credit ? ['avoir'] : ['ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 1 : false });
    const x = extraRng(inv, 'floors');
    renameSupplier(inv, x.pick(['Sols Confort Loire', 'Revêtements Pilat Sols', 'Tapis & Sols Stéphanois', 'Forez Sols Souples']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4333Z';
    buildingBuyer(inv, x, 'schools', 0.85);
    localReferences(inv, x);
    maybeRelabel31(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven31(x);
    inv.school = x.pick(SCHOOLS);
    const first = x.int(0, ROOMS.length - 1);
    const rooms = Array.from({ length: credit ? 1 : long ? 12 : x.int(1, 3) }, (_, k) => `${ROOMS[(first + k) % ROOMS.length]}${long && k >= ROOMS.length ? ' (étage)' : ''}`);
    const pvc = x.int(2800, 4600);
    inv.lines = [];
    for (const room of rooms) {
      const m2 = x.int(18, 90);
      inv.lines.push({ label: `${room} – dépose du revêtement existant et évacuation`, unitName: 'm²', qty: m2, unit: x.int(500, 900), rate: 2000 });
      inv.lines.push({ label: `${room} – ragréage autolissant P3, primaire d’accrochage`, unitName: 'm²', qty: m2, unit: x.int(1100, 1800), rate: 2000 });
      inv.lines.push({ label: `${room} – fourniture et pose sol PVC U4P3 acoustique 19 dB, soudure à chaud`, unitName: 'm²', qty: m2, unit: pvc, rate: 2000 });
      if (x.chance(0.6)) inv.lines.push({ label: `${room} – plinthes bois médium peintes`, unitName: 'ml', qty: x.int(16, 48), unit: x.int(900, 1500), rate: 2000 });
    }
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(1, 9999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(8, 30)) };
      inv.lines = inv.lines.slice(2, 3).map((l) => ({ ...l, label: `Métré contradictoire – surface facturée en trop : ${l.label}`, qty: x.int(4, 12) }));
    } else inv.lines.push({ label: 'Barres de seuil aluminium et nez de marche', unitName: 'u', qty: x.int(2, 10), unit: x.int(35, 70) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i === 1 || i === 7) retain(inv, 5);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'N° DE MARCHÉ'], service: ['CODE SERVICE', 'SERVICE'] });
    const ident = [[inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number, true], ['DATE', date(inv, inv.date), true], ['CODE CLIENT', inv.account], ['ÉCHÉANCE', fmtDate(inv.due, 'slash')], ...refs.map(([k, v]) => [k.toLocaleUpperCase('fr-FR'), v, true])];
    const rows = inv.lines.map((l) => [l.label, l.unitName, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', inv.ht], ['TVA 20,00 %', inv.tva], [inv.avoir ? 'Total TTC avoir' : 'Total TTC', inv.ttc, !inv.retenue]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} % (art. 1er loi n° 71-584)`, -inv.retenue], ['Net à payer', inv.net, true]);
    return {
      font: 'Helvetica', size: 8.4, margins: [12, 13, 18, 13], creator: 'EBP Bâtiment',
      body: [
        columns([104, 82], [
          [p(s.name, { b: true, size: 14, color: '#0d47a1' }), p('Sols souples – moquettes – parquets – ragréages', { size: 7.4 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 })), space(6), ...paras(buyerTexts(inv, x), { size: 9 })],
          [table([34, 48], ident.map(([k, v, strong]) => [{ text: k, size: 7, shade: '#e3ecf7' }, { text: v, b: Boolean(strong), size: strong ? 9.4 : 8.4 }]), { border: 'grid', pad: 1.4 })],
        ]),
        space(4),
        p(inv.avoir ? `Avoir sur facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')} – ${inv.school}` : `Chantier : ${inv.school} – réfection des sols`, { b: true, size: 9 }),
        table([100, 12, 18, 24, 30], [{ cells: ['Désignation', 'U', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#cfdcf0' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'center', 'right', 'right', 'right'], before: 2, after: 3 }),
        totalsTable(inv, totals, { widths: [66, 30], indent: 88, size: 8.8 }),
        space(3),
        rule(),
        p(inv.avoir ? 'Avoir imputable sur une prochaine facture.' : `${paymentText(inv)} – rappeler la référence ${inv.number}`, { size: 8 }),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(`${legalLine(inv)} – page {page}/{pages}`, { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 4. Accessibility ramp: a metalworker (a micro-entrepreneur on half), LibreOffice and PDFKit, bilingual labels. ———
const rampe = {
  name: 'ac-rampe-accessibilite',
  family: 'accessibility-ramp-metalwork-micro-exempt-bilingual',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const micro = i === 1 || i === 3;
    const inv = makeInvoice('ac-rampe-accessibilite', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.4, engagementProb: 0.7, trades: ['btp'], numbers: micro ? ['micro', 'carnet'] : ['dolibarr', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ej'], marketProb: 0.15, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'none'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'ramp');
    if (micro) {
      const [person, job] = x.pick([['Romain Bessenay', 'Métallerie – serrurerie – ferronnerie'], ['Karim Haddad', 'Petite métallerie et accessibilité PMR']]);
      renameSupplier(inv, person, 'EI');
      Object.assign(inv.supplier, { person, tagline: job });
    } else renameSupplier(inv, x.pick(['Métallerie Accès Loire', 'Acier & Accessibilité', 'Serrurerie Métallerie du Gier']), 'SARL');
    inv.supplier.ape = '2511Z';
    buildingBuyer(inv, x, 'buildings', 0.85);
    localReferences(inv, x);
    maybeRelabel31(inv, x);
    notInFuture(inv);
    inv.bilingual = !micro;
    inv.due = addDays(inv.date, 30);
    inv.adap = `AT-042-${inv.date.y - x.int(1, 4)}-${x.digits(4)}`;
    inv.building = x.pick(PUBLIC_BUILDINGS);
    const ml = x.int(3, 12);
    inv.lines = [
      { label: `Rampe d’accès PMR aluminium antidérapante, pente 5 %, palier de repos, longueur ${ml} m`, qty: 1, unit: x.int(1400, 3800) * 100, rate: micro ? 0 : 2000 },
      { label: 'Main courante double hauteur acier galvanisé thermolaqué, prolongée de 30 cm', qty: ml * 2, unit: x.int(60, 110) * 100, rate: micro ? 0 : 2000 },
      { label: 'Bandes d’éveil de vigilance podotactiles en haut de rampe', qty: x.int(1, 3), unit: x.int(90, 180) * 100, rate: micro ? 0 : 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Contremarches contrastées et nez de marche (escalier existant)', qty: x.int(3, 12), unit: x.int(25, 45) * 100, rate: micro ? 0 : 2000 });
    return priceLines(inv, [micro ? 0 : 2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché'], service: ['Code service', 'Service'] });
    const sentence = inv.engagement && x.chance(0.5) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const totals = inv.vatExempt ? [[L('Total HT', 'Total'), inv.ht], [L('Net à payer', 'Amount due'), inv.net, true]] : [[L('Total HT', 'Total excl. VAT'), inv.ht], [L('TVA 20 %', 'VAT 20%'), inv.tva], [L('Total TTC', 'Total incl. VAT'), inv.ttc], [L('Net à payer', 'Amount due'), inv.net, true]];
    const me = supplierTexts(inv, x);
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Serif']), size: 8.8, margins: [15, 16, 20, 16], creator: inv.kind === 'micro' ? 'Writer' : 'Dolibarr 18.0',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 13.5 }), ...(s.tagline ? [p(s.tagline, { i: true, size: 8 })] : [p('Métallerie – serrurerie – mise en accessibilité ERP', { i: true, size: 8 })]), ...me.slice(s.tagline ? 2 : 1).map((t) => p(t, { size: 7.8 }))],
          [p(L('FACTURE', 'INVOICE'), { b: true, size: 15, align: 'right' }), p(`${L('Réf.', 'Ref.')} : ${inv.number}`, { b: true, align: 'right', size: 10 }), p(`${L('Date facturation', 'Invoice date')} : ${date(inv, inv.date)}`, { align: 'right', size: 8.6 }), p(`${L('Date échéance', 'Due date')} : ${fmtDate(inv.due, 'slash')}`, { align: 'right', size: 8.6 })],
        ]),
        space(5),
        columns([84, 96], [
          [p(L('Émetteur', 'Bill from'), { size: 7.4, color: '#666666' }), p(s.name, { b: true, size: 9 }), ...shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4 }))],
          [table([96], [[{ blocks: [p(L('Adressé à', 'Bill to'), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 9 })] }]], { border: 'box', pad: 2.5 })],
        ]),
        space(4),
        p(`${L('Objet', 'Subject')} : mise en accessibilité – ${inv.building} (Ad’AP ${inv.adap})`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.6 })] : []),
        table([104, 14, 26, 30], [{ cells: [L('Désignation', 'Description'), L('Qté', 'Qty'), L('P.U. HT', 'Unit price'), L('Total HT', 'Amount')], b: true, shade: '#e8e8e8' }, ...inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)])], { border: 'head', size: 8.2, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        totalsTable(inv, totals.map(([k, v, b]) => [k, money(inv, v), b]), { widths: [58, 32], indent: 84, size: 9 }),
        ...(inv.vatExempt ? [p(inv.vatExempt, { i: true, size: 8.2, before: 2 })] : []),
        space(3),
        p(inv.print.iban ? `${L('Règlement par virement', 'Payment by bank transfer')} – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.', { size: 8.4 }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

export default [menuiserie, isolation, sols, rampe];

// Blind-17 layouts written for LibreOffice (see ../../README.md): a school-catering company's monthly invoice printed
// from a Calc sheet (meals counted per school and per kind of day — the four school days, Wednesday's leisure centre —
// children's meals and snacks at 5,5 %, adults' meals at 10 %; a sub-total per school with its delivery-note numbers;
// a VAT summary by rate), and a removals company moving a school to its new building, from a Writer template (volume in
// m³, movers by the man-day, padded trucks, shuttle crates by the crate-week, a furniture lift by the half-day; the
// declared value and the quote printed for information; the deposit invoiced with the order deducted with its own
// number on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { placeAndDate } from '../../lib/blind12.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, orderDeposit, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth, vatRows } from '../../lib/blind16.mjs';
import { maybeRelabel17 } from '../../lib/blind17.mjs';

// ——— 1. School catering: a month of meals per school and kind of day. ———
const SCHOOLS = ['École maternelle Jacquard', 'École élémentaire Chappe', 'Groupe scolaire Jules Ferry', 'École du Soleil', 'École primaire Le Crêt de Roc', 'Groupe scolaire Montreynaud', 'École maternelle Tardy'];
const MEALS = [
  ['Repas maternelle – lundi, mardi, jeudi, vendredi', 550, 290, 380, [300, 1400]],
  ['Repas élémentaire – lundi, mardi, jeudi, vendredi', 550, 310, 410, [500, 2600]],
  ['Repas accueil de loisirs – mercredi', 550, 320, 430, [60, 380]],
  ['Goûters périscolaires', 550, 55, 95, [200, 1200]],
  ['Repas adultes (enseignants, personnel)', 1000, 520, 690, [30, 220]],
];
const restauration = {
  name: 'u-restauration-scolaire',
  family: 'school-catering-meals-per-school',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('u-restauration-scolaire', i, { ...CITY_HEAVY, trades: ['food'], numbers: ['sage', 'ciel', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj', 'engagementChorus'], marketProb: 0.65, serviceProb: 0.6, dateStyles: ['slash'], rates: [[550, 1000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'catering');
    renameSupplier(inv, x.pick(['Saveurs Scolaires du Forez', 'Restauration Collective Loire Sud', 'Les Cuisines de l’Ondaine', 'Cuisine Centrale du Pilat']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '5629A';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel17(inv, x);
    redate(inv, { y: inv.date.y, m: x.pick([2, 3, 4, 5, 6, 10, 11, 12]), d: x.int(1, 8) });
    inv.due = addDays(inv.date, 30);
    inv.period = previousMonth(inv.date);
    const first = x.int(0, SCHOOLS.length - 1);
    inv.schools = [];
    inv.lines = [];
    for (let k = 0; k < x.int(2, 4); k++) {
      const school = SCHOOLS[(first + k) % SCHOOLS.length];
      const notes = Array.from({ length: x.int(2, 4) }, () => `BL ${x.digits(6)}`);
      const lines = MEALS.filter((m, n) => n === 1 || n === 4 || x.chance(0.6)).map(([label, r, lo, hi, [qLo, qHi]]) => ({ label, school, qty: x.int(qLo, qHi), unit: x.int(lo, hi), rate: r }));
      inv.schools.push({ school, notes, lines });
      inv.lines.push(...lines);
    }
    return priceLines(inv, [550, 1000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de restauration scolaire n°', 'N° de marché'], service: ['Code service', 'Service', 'Service éducation (code)'] });
    const head = { b: true, border: 'grid', shade: '#fff3e0', align: 'center', size: 8 };
    const numberLabel = x.pick(['N° de pièce', 'Pièce', 'Facture n°', 'N° facture']);
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.4, color: k === 0 ? '#e65100' : undefined } : null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Adresse de facturation', 'Facturé à']), span: 3, size: 7.4, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 3, b: k === 1 } : null, null, null,
    ]);
    const idHead = [{ v: numberLabel, ...head }, { v: x.pick(['Date', 'Date pièce', 'Date facture']), ...head }, { v: 'Code client', ...head }, { v: 'Échéance', ...head }, { v: 'Période', ...head, span: 2 }, null];
    const idRow = [{ v: inv.number, border: 'grid', b: true, align: 'center' }, { v: iso(inv.date), type: 'date', border: 'grid', align: 'center' }, { v: inv.clientCode, border: 'grid', align: 'center' }, { v: iso(inv.due), type: 'date', border: 'grid', align: 'center' }, { v: `${MONTHS[inv.period.from.m - 1]} ${inv.period.from.y}`, border: 'grid', align: 'center', span: 2 }, null];
    const refRows = refs.map(([k, v]) => [{ v: k, span: 2, size: 8.4 }, null, { v, b: true, size: 8.4, span: 2 }, null, ...blank(2)]);
    const body = [];
    for (const sc of inv.schools) {
      body.push([{ v: `${sc.school} – ${sc.notes.join(', ')}`, span: 6, b: true, size: 8.2, shade: '#fafafa', border: 'grid' }, ...blank(5)]);
      for (const l of sc.lines) body.push([{ v: l.label, span: 2, border: 'grid', size: 8 }, null, { v: l.qty, type: 'qty', border: 'grid', size: 8, align: 'right' }, cur(l.unit, { border: 'grid', size: 8 }), { v: rate(l.rate), border: 'grid', size: 8, align: 'center' }, cur(l.total, { border: 'grid', size: 8 })]);
      body.push([...blank(3), { v: 'Sous-total école', span: 2, align: 'right', size: 7.8, i: true }, null, cur(sc.lines.reduce((s, l) => s + l.total, 0), { size: 7.8, i: true })]);
    }
    const vat = vatRows(inv).map(([r, base, amount]) => [...blank(2), { v: rate(r), border: 'grid', size: 8, align: 'center' }, cur(base, { border: 'grid', size: 8 }), cur(amount, { border: 'grid', size: 8 }), null]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['Total TVA', 'Montant TVA']), inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, true]];
    if (x.chance(0.5)) totals.push(['Net à payer', inv.net, true]);
    const rows = [
      ...top,
      blank(6),
      [{ v: x.pick(['FACTURE', 'Facture']), b: true, size: 15, span: 3 }, null, null, ...blank(3)],
      idHead,
      idRow,
      blank(6),
      ...refRows,
      [{ v: `Repas livrés en liaison froide du ${date(inv, inv.period.from)} au ${date(inv, inv.period.to)}, selon les effectifs pointés par les écoles.`, span: 6, size: 8.4, i: true }, ...blank(5)],
      blank(6),
      [{ v: 'Désignation', ...head, span: 2 }, null, { v: 'Nombre', ...head }, { v: 'Prix unitaire HT', ...head }, { v: 'TVA', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(6),
      [...blank(2), { v: 'Taux', ...head }, { v: 'Base HT', ...head }, { v: 'TVA', ...head }, null],
      ...vat,
      blank(6),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 2, align: 'right', b: strong, size: 8.8 }, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(6),
      [{ v: paymentText(inv), span: 6, size: 8 }, ...blank(5)],
      [{ v: `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, span: 6, size: 7, wrap: true }, ...blank(5)],
      [{ v: legalLine(inv), span: 6, size: 6.8, wrap: true }, ...blank(5)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [44, 46, 20, 28, 18, 30], margins: [12, 12, 14, 12], footer: ['Page {page} / {pages}'], rows };
  },
};

// ——— 2. Removals: a school moved to its new building. ———
const demenagement = {
  name: 'u-demenagement-ecole',
  family: 'school-removal-volume-crates-lift',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('u-demenagement-ecole', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ciel', 'year2', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande', 'numeroEj'], marketProb: 0.4, serviceProb: 0.55, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'removal');
    renameSupplier(inv, x.pick(['Déménagements Forez Transferts', 'Loire Déménagement Entreprises', 'Transferts Administratifs Gier', 'Déménageurs Stéphanois Associés']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4942Z';
    otherBuyer(inv, x, 0.45);
    localReferences(inv, x);
    maybeRelabel17(inv, x);
    const y = inv.date.y;
    const start = { y, m: 7, d: x.int(6, 20) };
    const days = x.int(2, 4);
    inv.move = { from: x.pick(['École élémentaire Chappe, 12 rue Chappe', 'École Pasteur, 4 place Pasteur', 'Groupe scolaire du Soleil, 30 rue du Soleil']), to: x.pick(['Nouveau groupe scolaire des Tilleuls, allée des Tilleuls', 'Bâtiment modulaire provisoire, cour du collège', 'Groupe scolaire Jean Zay (reconstruit)']), start, end: addDays(start, days - 1), days, volume: x.int(60, 260), quote: `DV-${y}-${x.digits(4)}`, letter: `LV ${x.digits(7)}`, value: x.int(8, 60) * 5000 * 100 };
    redate(inv, addDays(inv.move.end, x.int(2, 12)));
    inv.due = addDays(inv.date, 30);
    const movers = x.int(4, 8);
    const crates = x.int(8, 30) * 10;
    const weeks = x.int(2, 4);
    inv.crates = { crates, weeks };
    inv.lines = [
      { label: `Déménageurs (${movers} personnes × ${days} jours)`, unitText: 'homme/jour', qty: movers * days, unit: x.int(260, 340) * 100, rate: 2000 },
      { label: `Camion capitonné ${x.pick(['30', '40', '50'])} m³ avec chauffeur`, unitText: 'jour', qty: days * x.int(1, 2), unit: x.int(380, 560) * 100, rate: 2000 },
      { label: `Caisses navettes (${crates} caisses × ${weeks} semaines)`, unitText: 'caisse/sem.', qty: crates * weeks, unit: x.int(70, 120), rate: 2000 },
      { label: 'Monte-meubles avec opérateur (façade, 2e étage)', unitText: 'demi-journée', qty: x.int(1, 4), unit: x.int(190, 320) * 100, rate: 2000 },
      { label: 'Démontage et remontage des mobiliers (armoires, bureaux, tableaux)', unitText: 'forfait', qty: 1, unit: x.int(600, 2400) * 100, rate: 2000 },
      { label: 'Protection des sols, ascenseur et cages d’escalier', unitText: 'forfait', qty: 1, unit: x.int(150, 450) * 100, rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Évacuation en déchetterie du mobilier réformé', unitText: 'm³', qty: x.int(4, 25), unit: x.int(35, 60) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: `Assurance ad valorem (valeur déclarée ${frNumber(inv.move.value / 100)} €)`, unitText: 'forfait', qty: 1, unit: Math.round(inv.move.value * 0.002), rate: 2000 });
    priceLines(inv);
    inv.booking = x.chance(0.55) ? orderDeposit(inv, x, x.pick([30, 30, 40]), addDays(start, -x.int(30, 60))) : null;
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const mv = inv.move;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de déménagement n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service bâtiments (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = x.pick(['Facture n°', 'N° de facture', 'Numéro', 'N° de pièce']);
    const dated = x.chance(0.5);
    const idRows = [[numberLabel, { text: inv.number, b: true }], ...(dated ? [] : [[x.pick(['Date', 'Date de facture']), date(inv, inv.date)]]), ['Devis accepté', mv.quote], ['Lettre de voiture', mv.letter], ...shown.map(([k, v]) => [k, { text: v, b: true }])];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), l.unitText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.booking]];
    if (inv.booking) totals.push([`Acompte versé à la commande – facture ${inv.booking.number} du ${date(inv, inv.booking.date, 'slash')}`, -inv.booking.amount], [x.pick(['Solde à régler', 'Reste à payer', 'Net à payer']), inv.net, true]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [15, 16, 22, 16],
      body: [
        columns([92, 86], [[...paras(supplierTexts(inv, x), { firstSize: 14 }), p('Déménagements de particuliers, d’entreprises et d’administrations – garde-meubles', { size: 7.2, i: true })], [space(8), ...paras(buyerTexts(inv, x), { size: 9.4 })]]),
        space(3),
        ...(dated ? [p(placeAndDate(inv, x.pick(['long', 'slash'])), { align: 'right', size: 9 })] : []),
        p(x.pick(['FACTURE', 'Facture']), { b: true, size: 16, before: 2 }),
        table([42, 60], idRows, { border: 'grid', size: 8.6 }),
        space(3),
        p(`Objet : transfert de l’${mv.from.replace(/^École/, 'école').replace(/^Groupe/, 'groupe')} vers : ${mv.to}, du ${fmtDate(mv.start, 'long')} au ${fmtDate(mv.end, 'long')}. Volume estimé à la visite technique : ${mv.volume} m³.`, { size: 8.8 }),
        ...(sentence ? [p(sentence, { size: 8.6, i: true, before: 1 })] : []),
        table([84, 16, 24, 26, 28], [{ cells: ['Désignation', 'Qté', 'Unité', 'P.U. HT', 'Total HT'], b: true, shade: '#eceff1' }, ...rows], { border: x.pick(['grid', 'rows']), size: 8.2, align: ['left', 'right', 'left', 'right', 'right'], before: 3, after: 2 }),
        totalsTable(inv, totals, { widths: [82, 28], indent: 68 }),
        rule(),
        p(`Caisses navettes : ${inv.crates.crates} caisses mises à disposition ${inv.crates.weeks} semaines, à restituer vides ; toute caisse non rendue sera facturée 18,00 € HT.`, { size: 7.6, before: 2 }),
        p(inv.print.iban ? `Règlement par virement à réception – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 1 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 })],
    };
  },
};

export default [restauration, demenagement];

// Blind-39 layouts written as documents (see ../../README.md): a dairy cooperative's monthly statement of deliveries
// to crèches printed like Sage 100 (a framed « FACTURE » over a ruled row of headings, capitals or not, the customer
// account of eight digits and the round of seven, deliveries day by day at 5,5 %, over two pages on one; the references
// in a framed box), a farm's honey, jams and fruit juices for the crèches' snacks in a hand-made Writer template
// (labels in small type beside values in larger type, a micro-entrepreneur under art. 293 B on half, a GAEC at 5,5 %
// on the others; the engagement among the labels or in a sentence), and a grocer's monthly delivery to a crèche printed
// like Dolibarr by LibreOffice and by PDFKit (« Réf. : … », « Date facturation », « Code client » right-aligned,
// sender and recipient boxes, the delivery notes of seven digits, groceries at 5,5 % and cleaning products at 20 %, a
// discount on some; one credit note for goods returned).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { eight39, foodBuyer, maybeRelabel39, seven39 } from '../../lib/blind39.mjs';

// ——— 1. Dairy cooperative: a Sage-like monthly statement, a ruled row of headings, deliveries day by day. ———
const DAIRY = [
  ['Yaourt nature bio 125 g', 'pot', 28, 38], ['Fromage blanc 20 % MG 100 g', 'pot', 30, 42], ['Lait demi-écrémé bio 1 L', 'L', 105, 135],
  ['Beurre doux AOP 250 g', 'plaquette', 245, 310], ['Petit-suisse nature 60 g', 'pot', 19, 27], ['Tomme de la Loire (kg)', 'kg', 1150, 1490],
  ['Compote pomme-poire sans sucre ajouté 100 g', 'pot', 26, 34], ['Fourme de Montbrison AOP (kg)', 'kg', 1390, 1790],
];
const laiterie = {
  name: 'ak-laiterie-cooperative-creches',
  family: 'dairy-cooperative-creches-sage-heads-row-deliveries',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 3;
    const inv = makeInvoice('ak-laiterie-cooperative-creches', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['food'], numbers: ['sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash'], rates: [[550]], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'dairy');
    renameSupplier(inv, x.pick(['Laiterie Coopérative du Haut-Forez', 'Fromagerie des Monts du Forez', 'Coop Lait Pilat', 'Laiterie de la Plaine du Forez']), 'SCA');
    inv.supplier.ape = '1051A';
    foodBuyer(inv, x, 'creche', 0.85);
    localReferences(inv, x);
    maybeRelabel39(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = eight39(x);
    inv.round = seven39(x);
    inv.caps = x.chance(0.5);
    const month = previousMonth(inv.date);
    inv.period = month;
    inv.monthName = `${MONTHS[month.from.m - 1]} ${month.from.y}`;
    const days = [];
    for (let d = 1; d <= 28; d++) {
      const wd = new Date(Date.UTC(month.from.y, month.from.m - 1, d)).getUTCDay();
      if (long ? wd >= 1 && wd <= 5 : wd === 2 || wd === 4) days.push({ y: month.from.y, m: month.from.m, d });
    }
    const picks = DAIRY.filter(() => x.chance(0.5)).slice(0, 3);
    if (!picks.length) picks.push(DAIRY[0]);
    const prices = picks.map(([, , lo, hi]) => x.int(lo, hi));
    inv.lines = [];
    for (const day of days) {
      for (const [k, [label, unitName]] of picks.entries()) {
        const qty = unitName === 'kg' ? x.int(1, 4) : x.int(2, 12) * 6;
        inv.lines.push({ day, label, unitName, qty, unit: prices[k], rate: 550 });
      }
    }
    return priceLines(inv, [550]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const up = (t) => (inv.caps ? t.toLocaleUpperCase('fr-FR') : t);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Lot n° / marché'], service: ['Code service', 'Service'] });
    const heads = ['N° pièce', 'Date', 'Code client', 'N° tournée', 'Échéance'].map(up);
    const values = [inv.number, date(inv, inv.date), inv.account, inv.round, fmtDate(inv.due, 'slash')];
    const rows = inv.lines.map((l) => [fmtDate(l.day, 'slash'), up(l.label), frNumber(l.qty), l.unitName, frNumber(l.unit / 100, 2), plainMoney(inv, l.total)]);
    const totals = [[up('Total HT'), money(inv, inv.ht)], [`${up('TVA')} ${rate(550)}`, money(inv, inv.tva)], [up('Total TTC'), money(inv, inv.ttc)], [up(x.pick(['Net à payer', 'Net à payer'])), money(inv, inv.net)]];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.2, margins: [12, 12, 18, 12],
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 12 }), p('Société coopérative agricole – collecte et transformation laitière', { size: 7, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 }))],
          [table([80], [[{ text: up('Facture'), b: true, size: 16, align: 'center' }]], { border: 'box' }), space(3), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 }))],
        ]),
        space(4),
        table([40, 30, 36, 36, 38], [{ cells: heads, b: true, shade: '#dddddd', size: 7.4 }, values], { border: 'grid', size: 8.6, align: ['center', 'center', 'center', 'center', 'center'] }),
        ...(refs.length ? [space(2), table([70, 60], [[{ text: up('Vos références'), b: true, span: 2 }], ...refs.map(([k, v]) => [k, { text: v, b: true }])], { border: 'box', size: 8 })] : []),
        space(3),
        p(`${up('Relevé des livraisons')} – ${inv.monthName} (du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')})`, { b: true }),
        table([22, 82, 16, 18, 20, 22], [{ cells: [up('Date BL'), up('Désignation'), up('Qté'), up('Unité'), up('P.U. HT'), up('Montant HT')], b: true, shade: '#eeeeee' }, ...rows], { border: 'head', size: 7.4, align: ['left', 'left', 'right', 'left', 'right', 'right'], before: 1, after: 3 }),
        table([46, 34], totals.map(([k, v], n) => ({ cells: [k, v], b: n >= 2 })), { indent: 100, border: 'grid', size: 8.6, align: ['left', 'right'] }),
        space(3),
        p(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8 }),
        p(`Produits laitiers : TVA 5,5 %. Conditions : ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page} / {pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 2. A farm's honey, jams and juices for the crèches' snacks: a hand-made Writer template, small labels beside values. ———
const FARM = [
  ['Miel toutes fleurs du Pilat – pot 1 kg', 1150, 1450], ['Confiture abricot – pot 370 g', 420, 560], ['Jus de pomme artisanal – bouteille 1 L', 280, 360],
  ['Compote de pommes maison – bocal 720 g', 450, 590], ['Pâte de fruits – sachet 250 g', 520, 690], ['Sirop de framboise – 50 cl', 590, 760],
];
const ferme = {
  name: 'ak-miel-confitures-ferme',
  family: 'farm-honey-jams-creches-writer-small-labels',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const micro = i % 2 === 0;
    const inv = makeInvoice('ak-miel-confitures-ferme', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.3, engagementProb: 0.6, trades: ['food'], numbers: ['micro', 'carnet', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'commandeClient', 'ej'], marketProb: 0.1, serviceProb: 0.4, dateStyles: ['slash', 'long'], rates: [[550]], groups: ['space'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'farm');
    if (micro) {
      const person = x.pick(['Camille Vial', 'Bastien Faure', 'Marion Chazal', 'Rémi Granjon']);
      Object.assign(inv.supplier, { name: person, person, tagline: x.pick(['Apicultrice – productrice de confitures', 'Apiculteur récoltant', 'Arboricultrice – transformation à la ferme', 'Producteur de petits fruits']) });
      inv.supplier.email = `${inv.supplier.email.split('@')[0]}@ferme-${person.split(' ')[1].toLowerCase()}.fr`;
    } else {
      renameSupplier(inv, x.pick(['GAEC du Rucher de Chaubouret', 'GAEC des Vergers du Jarez', 'EARL La Ferme aux Abeilles']), x.pick(['GAEC', 'EARL']));
      inv.supplier.ape = '0149Z';
    }
    foodBuyer(inv, x, 'creche', 0.85);
    maybeRelabel39(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.pacage = `042${x.digits(6)}`;
    inv.lines = FARM.filter(() => x.chance(0.5)).slice(0, 4).map(([label, lo, hi]) => ({ label, qty: x.int(4, 36), unit: x.int(lo / 10, hi / 10) * 10, rate: micro ? 0 : 550 }));
    if (!inv.lines.length) inv.lines.push({ label: FARM[0][0], qty: 12, unit: 1290, rate: micro ? 0 : 550 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Participation aux frais de livraison', qty: 1, unit: x.int(8, 20) * 100, rate: micro ? 0 : 550 });
    return priceLines(inv, [micro ? 0 : 550]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°'], service: ['Code service', 'Service'] });
    const sentence = inv.engagement && x.chance(0.45) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const pair = (k, v) => p([{ text: `${k}  `, size: 6.8, color: '#777777' }, { text: v, size: 11, b: true }], { after: 0.6 });
    const rows = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const exempt = inv.kind === 'micro';
    return {
      font: x.pick(['Liberation Serif', 'DejaVu Serif']), size: 9.4, margins: [15, 16, 20, 16],
      body: [
        columns([98, 82], [
          [p(s.name, { b: true, size: 15 }), ...(s.tagline ? [p(s.tagline, { i: true, size: 9 })] : [p('Exploitation agricole – vente directe', { i: true, size: 9 })]), ...supplierTexts(inv, x).slice(s.tagline ? 2 : 1).map((t) => p(t, { size: 8.4 })), p(`N° PACAGE ${inv.pacage}`, { size: 8.4 })],
          [space(4), pair('FACTURE N°', inv.number), pair('DATE', date(inv, inv.date)), pair('À RÉGLER AVANT LE', fmtDate(inv.due, 'slash')), ...shown.map(([k, v]) => pair(k.toLocaleUpperCase('fr-FR'), v))],
        ]),
        space(6),
        p('Destinataire :', { size: 8, i: true }), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 10 })),
        space(5),
        p('Objet : produits de la ferme pour les goûters des enfants', { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 9 })] : []),
        table([104, 18, 26, 30], [{ cells: ['Produit', 'Qté', 'Prix unit.', 'Total'], b: true }, ...rows], { border: 'grid', size: 9, align: ['left', 'center', 'right', 'right'], before: 2, after: 3 }),
        table([50, 30], exempt
          ? [['Total', money(inv, inv.ht)], [{ text: 'Net à payer', b: true }, { text: money(inv, inv.net), b: true }]]
          : [['Total HT', money(inv, inv.ht)], [`TVA ${rate(550)}`, money(inv, inv.tva)], [{ text: 'Total TTC', b: true }, { text: money(inv, inv.ttc), b: true }]], { indent: 98, border: 'none', size: 9.6, align: ['left', 'right'] }),
        space(3),
        ...(exempt ? [p(inv.vatExempt, { i: true, size: 9 })] : []),
        p(inv.print.iban ? `Paiement par virement sur le compte ${iban(inv)} (BIC ${s.bic}).` : 'Paiement par mandat administratif.', { size: 9 }),
        p('Pas d’escompte pour paiement anticipé. Indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 7.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 })],
    };
  },
};

// ——— 3. A grocer's delivery to a crèche: Dolibarr-like, two producers, delivery notes, two VAT rates. ———
const GROCERY = [
  ['Farine de blé T65 bio 1 kg', 550, 110, 170], ['Sucre de canne 1 kg', 550, 190, 260], ['Pâtes coquillettes bio 500 g', 550, 120, 180], ['Riz rond 1 kg', 550, 190, 250],
  ['Huile d’olive vierge extra 1 L', 550, 790, 1090], ['Biscuits petit-beurre (boîte 1 kg)', 550, 520, 690], ['Semoule fine 1 kg', 550, 150, 210], ['Lait infantile 2e âge 800 g', 550, 1290, 1690],
];
const CLEANING = [['Liquide vaisselle écolabel 5 L', 2000, 990, 1390], ['Essuie-tout (colis de 12)', 2000, 890, 1290], ['Sacs congélation 3 L (boîte de 50)', 2000, 290, 420]];
const epicerie = {
  name: 'ak-epicerie-livraison-creche',
  family: 'grocer-delivery-creche-dolibarr-two-rates',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('ak-epicerie-livraison-creche', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['food'], numbers: credit ? ['avoirDolibarr'] : ['dolibarr'], engagementLabels: ['commande', 'bonDeCommande', 'engagement', 'ejBc'], marketProb: 0.25, serviceProb: 0.5, dateStyles: ['slash'], rates: [[550]], discountPct: credit ? [0] : [0, 3], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'grocer');
    renameSupplier(inv, x.pick(['Épicerie Fine du Crêt de Roch', 'Au Panier Stéphanois', 'Épicerie Vrac & Bio Jacquard', 'Comptoir Forézien']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4711C';
    foodBuyer(inv, x, 'creche', 0.85);
    localReferences(inv, x);
    maybeRelabel39(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.client = `CU${inv.date.y % 100}${x.digits(2)}-${x.digits(4)}`;
    const nBl = credit ? 1 : x.int(2, 3);
    inv.notes = Array.from({ length: nBl }, (_, k) => ({ bl: seven39(x), day: addDays(inv.date, -(nBl - k) * x.int(4, 8)) }));
    inv.lines = [];
    const rates = [550];
    for (const n of inv.notes) {
      const items = [...GROCERY.filter(() => x.chance(0.35)).slice(0, 3), ...(credit ? [] : CLEANING.filter(() => x.chance(0.3)).slice(0, 1))];
      if (!items.length) items.push(GROCERY[2]);
      for (const [label, r, lo, hi] of items) inv.lines.push({ bl: n.bl, label, qty: credit ? x.int(1, 4) : x.int(2, 20), unit: x.int(lo, hi), rate: r });
    }
    if (inv.lines.some((l) => l.rate === 2000)) rates.push(2000);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${x.digits(4)}`, date: addDays(inv.date, -x.int(3, 15)) };
      for (const l of inv.lines) l.label = `Retour marchandise (DLUO courte) – ${l.label}`;
    }
    return priceLines(inv, rates);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = x.chance(0.35);
    const L = (fr, en) => (bi ? `${fr} / ${en}` : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Contrat n°'], service: ['Code service', 'Service'] });
    const inRecipient = x.chance(0.5);
    const right = [
      p(`${inv.avoir ? 'Avoir' : 'Facture'} ${inv.avoir ? '' : ''}`.trim(), { b: true, size: 15, align: 'right' }),
      p(`Réf. : ${inv.number}`, { b: true, size: 9, align: 'right' }),
      p(`${L('Date facturation', 'Invoice date')} : ${date(inv, inv.date)}`, { size: 8, align: 'right' }),
      ...(inv.avoir ? [p(`Facture d’origine : ${inv.origin.number}`, { size: 8, align: 'right' })] : [p(`${L('Date échéance', 'Due date')} : ${fmtDate(inv.due, 'slash')}`, { size: 8, align: 'right' })]),
      p(`${L('Code client', 'Customer code')} : ${inv.client}`, { size: 8, align: 'right' }),
      ...(inRecipient ? [] : refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8, align: 'right' }))),
    ];
    const sender = [p('Émetteur', { size: 7, color: '#666666' }), table([86], [[{ blocks: [p(s.name, { b: true, size: 9.6 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))], shade: '#eeeeee' }]], { border: 'none' })];
    const recipient = [p('Adressé à', { size: 7, color: '#666666' }), table([90], [[{ blocks: [...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: k === 0 ? 9.6 : 8.4 })), ...(inRecipient ? refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8 })) : [])] }]], { border: 'box' })];
    const rows = [];
    for (const n of inv.notes) {
      rows.push({ cells: [{ text: `Bon de livraison n° ${n.bl} du ${fmtDate(n.day, 'slash')}`, span: 5, i: true }], shade: '#f5f5f5' });
      for (const l of inv.lines.filter((m) => m.bl === n.bl)) rows.push([l.label, rate(l.rate), plainMoney(inv, l.unit), String(l.qty), plainMoney(inv, l.total)]);
    }
    const totals = [];
    if (inv.discount) totals.push([L('Total brut HT', 'Gross'), inv.grossHT], [`Remise ${inv.discountPct} %`, -inv.discount]);
    totals.push([L('Total HT', 'Total excl. tax'), inv.ht], ...inv.vat.map((v) => [`Total TVA ${rate(v.rate)}`, v.amount]), [L('Total TTC', 'Total incl. tax'), inv.ttc]);
    if (!inv.avoir) totals.push([L('Payé', 'Paid'), 0], [L('Reste à payer', 'Remaining unpaid'), inv.net]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.2, margins: [12, 12, 18, 12],
      body: [
        columns([90, 90], [[p(s.name, { b: true, size: 12 })], right]),
        space(4),
        columns([88, 2, 90], [sender, [], recipient]),
        space(4),
        p(`Montants exprimés en euros – livraisons du mois de ${MONTHS[inv.date.m === 1 ? 11 : inv.date.m - 2]}`, { size: 7.4, align: 'right' }),
        table([92, 16, 24, 14, 34], [{ cells: [L('Désignation', 'Description'), 'TVA', 'P.U. HT', 'Qté', 'Total HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right', 'right'], after: 3 }),
        columns([96, 84], [
          [p(inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : 'Conditions de règlement : 30 jours fin de livraison.', { size: 7.6 })],
          [table([52, 32], totals.map(([k, v], n) => ({ cells: [k, money(inv, v)], b: n === totals.length - 1 })), { border: 'grid', size: 8.2, align: ['left', 'right'] })],
        ]),
        ...(inv.avoir ? [] : [p(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.', { size: 7.8, before: 3 })]),
        rule(),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('{page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [laiterie, ferme, epicerie];

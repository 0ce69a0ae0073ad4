// Blind-42 layouts written as documents (see ../../README.md): a holiday centre's invoice for a winter or summer camp
// stay of a commune's children, typed in a hand-made Writer template (children × days at 10 %, the supervised
// activities at 20 %, ski-lift passes bought for the buyer passed on outside VAT on some — `totalHT` includes them —;
// the identity as labels beside values in a box on the right, the stay's file of seven digits; the CAF's holiday aid
// paid straight to the centre deducted from the amount due on some, with the CAF partner number of eight digits; one
// stay listed child by child runs over two pages), a childcare wholesaler's invoice for a crèche's nappies, infant
// milk and care products printed by a Sage-like accounting package through LibreOffice and through PDFKit (the
// identity in a ruled box of headings over values with the customer account, the delivery notes of seven digits over
// their lines; 5,5 % and 20 % with a VAT summary by rate; a discount on some; one credit note for a returned case),
// and a playground builder's invoice for a school yard's play structure and shock-absorbing floor in a Writer template
// (labels over values in a grid box, the engagement in the buyer's block on some; square metres with two decimals; a
// retention of guarantee of 5 % deducted on some; one credit note for a panel not delivered).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductGrant } from '../../lib/blind24.mjs';
import { retain, splitOutside } from '../../lib/blind25.mjs';
import { childhoodBuyer, eight42, maybeRelabel42, seven42 } from '../../lib/blind42.mjs';

// ——— 1. Holiday camp stay: a Writer template, children × days, 10 % and 20 %, the CAF's share deducted. ———
const PLACES = [['Chalet Les Myrtilles', 'Les Estables (43)', 'neige'], ['Centre Le Grand Bois', 'Saint-Régis-du-Coin (42)', 'nature'], ['Maison Familiale du Lac', 'Vassivière (87)', 'nautique'], ['Chalet L’Edelweiss', 'Chalmazel (42)', 'neige'], ['Domaine du Pilat', 'Le Bessat (42)', 'montagne']];
const NAMES = ['Lina', 'Noah', 'Jade', 'Adam', 'Inès', 'Sacha', 'Léna', 'Yanis', 'Chloé', 'Rayan', 'Manon', 'Nolan', 'Maëlys', 'Enzo', 'Lou', 'Ilyes', 'Zoé', 'Timéo', 'Nour', 'Gabin', 'Alice', 'Mohamed', 'Romy', 'Lucas'];
const camp = {
  name: 'an-sejour-enfants-caf',
  family: 'holiday-camp-per-child-day-writer-caf-share',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 5;
    const inv = makeInvoice('an-sejour-enfants-caf', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: ['plain', 'year2', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'engagementJuridiqueNo', 'commandeClient'], marketProb: 0.35, serviceProb: 0.45, dateStyles: ['slash', 'long'], rates: [[1000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'camp');
    const place = x.pick(PLACES);
    renameSupplier(inv, x.pick(['Vacances Évasion Montagne', 'Les Séjours du Haut-Forez', 'Cap Découvertes Jeunesse', 'Centres de Vacances Loire-Auvergne']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '5520Z';
    childhoodBuyer(inv, x, 'youth', 0.85);
    localReferences(inv, x);
    maybeRelabel42(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.file = seven42(x);
    inv.place = place;
    inv.days = long ? 5 : x.int(4, 7);
    inv.from = addDays(inv.date, -x.int(8, 40) - inv.days);
    inv.children = long ? 24 : x.int(10, 28);
    inv.perDay = x.int(48, 72) * 100 + x.pick([0, 50]);
    inv.lines = [];
    if (long) {
      for (let k = 0; k < inv.children; k++) inv.lines.push({ label: `${NAMES[k]} ${'ABCDEFGHJLMNPRST'[x.int(0, 15)]}. – pension complète, hébergement et encadrement`, qty: inv.days - (x.chance(0.15) ? 1 : 0), unit: inv.perDay, rate: 1000 });
    } else {
      inv.lines.push({ label: `Séjour « ${place[2]} » – ${inv.children} enfants × ${inv.days} jours (pension complète, hébergement, encadrement)`, qty: inv.children * inv.days, unit: inv.perDay, rate: 1000 });
      inv.lines.push({ label: `Accompagnateurs de la collectivité (gratuité 1 pour 8, au-delà)`, qty: x.int(0, 2) * inv.days, unit: inv.perDay, rate: 1000 });
      if (inv.lines[1].qty === 0) inv.lines.pop();
    }
    const rates = [1000];
    if (long || x.chance(0.7)) {
      inv.lines.push({ label: `Activités encadrées par brevet d’État (${place[2] === 'neige' ? 'ski alpin, raquettes' : 'canoë, escalade, tir à l’arc'}) – par enfant`, qty: inv.children, unit: x.int(35, 90) * 100, rate: 2000 });
      rates.push(2000);
    }
    if (place[2] === 'neige' && x.chance(0.6)) {
      inv.lines.push({ label: `Débours : forfaits remontées mécaniques achetés pour votre compte (facture station n° ${seven42(x)})`, qty: 1, unit: inv.children * x.int(40, 75) * 100, rate: 0 });
      rates.push(0);
    }
    priceLines(inv, rates);
    if (i % 3 !== 2) {
      inv.caf = { partner: eight42(x), pct: x.pick([10, 15, 20]) };
      inv.grant = deductGrant(inv, x, inv.caf.pct);
    }
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de séjours n°'], service: ['Code service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const to = addDays(inv.from, inv.days - 1);
    const ident = [['Facture n°', inv.number], ['Date', date(inv, inv.date)], ['Dossier séjour', inv.file], ['Échéance', fmtDate(inv.due, 'slash')], ...shown];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), l.rate ? rate(l.rate) : 'hors TVA', plainMoney(inv, l.total)]);
    const { outside } = splitOutside(inv);
    const summary = table([26, 28, 26], [{ cells: ['Taux', 'Base HT', 'TVA'], b: true, shade: '#eeeeee' }, ...inv.vat.filter((v) => v.rate > 0).map((v) => [rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)]), ...(outside ? [['Débours', plainMoney(inv, outside), '—']] : [])], { border: 'grid', size: 7.8, align: ['left', 'right', 'right'] });
    const totals = [['Total HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.grant) totals.push([`Aide aux vacances CAF de la Loire (${inv.caf.pct} %)`, money(inv, -inv.grant)], [x.pick(['Reste à la charge de la collectivité', 'Solde à régler']), money(inv, inv.net)]);
    else totals.push(['Net à payer', money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [14, 16, 20, 16], creator: 'Writer',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14 }), p('Séjours de vacances et classes de découverte – agrément DDETS / SDJES', { i: true, size: 7.8 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 8 }))],
          [p('FACTURE', { b: true, size: 17, align: 'right' }), space(2), table([32, 48], ident.map(([k, v]) => [k, { text: v, b: true }]), { border: 'box', size: 8.6 })],
        ]),
        space(5),
        columns([90, 90], [[], [p('Destinataire :', { size: 7.6, i: true }), ...paras(buyerTexts(inv, x), { size: 9 })]]),
        space(4),
        p(`Objet : séjour ${inv.place[2]} – ${inv.place[0]}, ${inv.place[1]} – du ${fmtDate(inv.from, 'slash')} au ${fmtDate(to, 'slash')} (${inv.children} enfants)`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4, before: 1 })] : []),
        table([92, 16, 24, 16, 30], [{ cells: ['Désignation', 'Journées', 'Prix / jour', 'TVA', 'Montant HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'center', 'right'], before: 2, after: 3 }),
        columns([84, 8, 88], [[p('Détail de la TVA', { b: true, size: 8 }), summary], [], [table([58, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'rows', size: 8.8, align: ['left', 'right'] })]]),
        space(3),
        ...(inv.grant ? [p(`Aide aux vacances enfants versée directement au centre par la CAF de la Loire – n° de partenaire CAF ${inv.caf.partner}.`, { size: 7.6, i: true })] : []),
        p('Hébergement et restauration : TVA 10 %. Activités sportives encadrées : TVA 20 %. Débours refacturés à l’euro près, hors champ de la TVA.', { size: 7.4, i: true }),
        rule(),
        p(inv.print.iban ? `Règlement par virement – IBAN : ${iban(inv)} – BIC : ${s.bic}` : paymentText(inv), { size: 8.4 }),
        p(LATE_FEES, { size: 7 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 }), p('Page {page} / {pages}', { align: 'right', size: 6.6 })],
    };
  },
};

// ——— 2. Crèche supplies: a Sage-like invoice (LibreOffice and PDFKit), delivery notes over their lines, two rates. ———
const PRODUCTS = [
  ['Couches taille 3 (4-9 kg) – colis 4 × 52', 2000, 3800, 5600], ['Couches taille 4 (7-18 kg) – colis 4 × 46', 2000, 3900, 5900], ['Couches-culottes taille 5 – colis 4 × 40', 2000, 4200, 6200],
  ['Liniment oléo-calcaire 1 L', 2000, 450, 900], ['Gants de toilette jetables – sachet de 50', 2000, 250, 480], ['Lingettes épaisses sans parfum – carton 12 × 72', 2000, 1800, 3200],
  ['Lait infantile 2e âge – boîte 800 g', 550, 1150, 1750], ['Petits pots légumes 6 mois – lot de 12', 550, 1450, 2200], ['Céréales infantiles – boîte 250 g', 550, 290, 520],
  ['Sérum physiologique unidoses – boîte 40', 2000, 280, 520], ['Crème de change 100 ml', 2000, 350, 690], ['Draps housse lit à barreaux – lot de 6', 2000, 2900, 4800],
];
const creche = {
  name: 'an-fournitures-couches-creche',
  family: 'creche-nappies-care-sage-two-producers-two-rates',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('an-fournitures-couches-creche', i, { cityProb: 0.35, engagementProb: 0.75, trades: ['goods'], numbers: credit ? ['avoir'] : ['sage', 'ciel'], engagementLabels: ['commande', 'bonDeCommande', 'engagement', 'bcShort'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 3, 5], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.9 });
    const x = extraRng(inv, 'creche');
    renameSupplier(inv, x.pick(['Puériculture Collectivités Rhône-Alpes', 'Hygiène Bébé Distribution', 'Crèche Fournitures Loire', 'Petite Enfance Équipement']), x.pick(['SAS', 'SA', 'SARL']));
    inv.supplier.ape = '4646Z';
    childhoodBuyer(inv, x, 'early', 0.85);
    localReferences(inv, x);
    maybeRelabel42(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.account = `411${x.digits(5)}`;
    inv.notes = [];
    inv.lines = [];
    const first = x.int(0, PRODUCTS.length - 1);
    const deliveries = credit ? 1 : x.int(1, 3);
    let k = 0;
    for (let d = 0; d < deliveries; d++) {
      const note = { number: seven42(x), date: addDays(inv.date, -x.int(2, 25)), from: inv.lines.length };
      const n = credit ? 1 : x.int(2, 4);
      for (let j = 0; j < n; j++, k++) {
        const [label, r, lo, hi] = PRODUCTS[(first + k * 5) % PRODUCTS.length];
        inv.lines.push({ label, ref: `${label.slice(0, 3).toUpperCase().replace(/[^A-Z]/g, 'X')}${x.digits(4)}`, qty: credit ? x.int(1, 3) : x.int(2, 20), unit: x.int(lo, hi), rate: r });
      }
      note.to = inv.lines.length;
      inv.notes.push(note);
    }
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = `FA${String(x.int(100, 99999)).padStart(5, '0')}`;
    }
    const rates = [...new Set(inv.lines.map((l) => l.rate))].sort((a, b) => a - b);
    return priceLines(inv, rates);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Lot du marché'], service: ['Code service', 'Service'] });
    const heads = ['Date', inv.avoir ? 'N° avoir' : 'N° facture', 'Code client', 'Échéance', 'Page'];
    const vals = [fmtDate(inv.date, 'slash'), inv.number, inv.account, fmtDate(inv.due, 'slash'), '1'];
    const rows = [];
    for (const note of inv.notes) {
      rows.push({ cells: [{ text: inv.avoir ? `Retour sur BL n° ${note.number} du ${fmtDate(note.date, 'slash')} – facture ${inv.origin}` : `Bon de livraison n° ${note.number} du ${fmtDate(note.date, 'slash')}`, span: 6, b: true }], shade: '#f0f0f0' });
      for (const l of inv.lines.slice(note.from, note.to)) rows.push([l.ref, l.label, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    }
    const vatRows = inv.vat.map((v) => [rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['Total HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], [inv.avoir ? 'Total avoir TTC' : 'Total TTC', money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push(['NET À PAYER', money(inv, inv.net)]);
    const size = producer === 'pdfkit' ? 7.6 : 8;
    return {
      font: 'Liberation Sans', size, margins: [12, 12, 18, 12], creator: 'Sage 100cloud Gestion commerciale',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 13 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [p(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right' }), space(2), p('Adresse de facturation', { size: 7, i: true }), ...paras(buyerTexts(inv, x), { size: 8.6 })],
        ]),
        space(4),
        table([36, 36, 36, 36, 36], [{ cells: heads, b: true, shade: '#d9d9d9', size: 7.2 }, vals], { border: 'grid', size: 8.4, align: ['center', 'center', 'center', 'center', 'center'] }),
        ...(refs.length ? [table(refs.map(() => 180 / refs.length), [{ cells: refs.map(([k]) => k), b: true, size: 7.2, shade: '#efefef' }, refs.map(([, v]) => v)], { border: 'grid', size: 8.4, align: refs.map(() => 'center'), before: 1 })] : []),
        space(3),
        table([22, 82, 14, 22, 14, 26], [{ cells: ['Référence', 'Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#d9d9d9' }, ...rows], { border: 'grid', size: 7.6, align: ['left', 'left', 'right', 'right', 'center', 'right'], after: 3 }),
        columns([88, 12, 80], [[p('Base et taux de TVA', { b: true, size: 7.6 }), table([24, 32, 32], [{ cells: ['Taux', 'Base HT', 'Montant TVA'], b: true, shade: '#efefef' }, ...vatRows], { border: 'grid', size: 7.6, align: ['left', 'right', 'right'] })], [], [table([46, 34], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'grid', size: 8.4, align: ['left', 'right'] })]]),
        space(3),
        p(inv.avoir ? 'Avoir à imputer sur votre prochain règlement.' : paymentText(inv), { size: 7.6 }),
        p('Lait infantile et aliments pour nourrissons : TVA 5,5 %. ' + LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 3. School yard play structure: a Writer template, labels over values in a grid box, retention of guarantee. ———
const SCHOOLS = ['école maternelle Jacques Prévert', 'groupe scolaire Jean Moulin', 'école élémentaire Paul Bert', 'école maternelle Les Tilleuls', 'groupe scolaire Victor Hugo', 'école primaire du Bourg'];
const jeux = {
  name: 'an-aire-jeux-cour-ecole',
  family: 'school-playground-structure-writer-grid-box-retention',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 7;
    const inv = makeInvoice('an-aire-jeux-cour-ecole', i, { cityProb: 0.35, engagementProb: 0.8, trades: ['btp', 'goods'], numbers: credit ? ['avoirDolibarr'] : ['dolibarr', 'ebp'], engagementLabels: ['engagement', 'ej', 'numeroBonCommande', 'votreCommandeEngagement'], marketProb: 0.6, serviceProb: 0.45, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'jeux');
    renameSupplier(inv, x.pick(['Aires Ludiques du Centre', 'Récré Équipements', 'Jeux & Sols Rhône-Loire', 'Kompan Distribution Loire']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4399D';
    childhoodBuyer(inv, x, 'education', 0.85);
    localReferences(inv, x);
    maybeRelabel42(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.school = x.pick(SCHOOLS);
    inv.quote = `DE${x.digits(7)}`;
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = `FA${x.digits(4)}-${x.digits(4)}`;
      inv.lines.push({ label: 'Panneau ludique « abaque et labyrinthe » non livré – déduction', qty: 1, unit: x.int(600, 1400) * 100, rate: 2000, u: 'u' });
    } else {
      inv.lines.push({ label: `Structure multi-activités ${x.pick(['2-6 ans', '3-8 ans', '6-12 ans'])} (toboggan, passerelle, filet) – norme NF EN 1176`, qty: 1, unit: x.int(9000, 26000) * 100, rate: 2000, u: 'u' });
      const area = x.int(4000, 16000);
      inv.lines.push({ label: 'Sol amortissant coulé en place EPDM, épaisseur selon hauteur de chute', qty: area / 100, unit: x.int(85, 140) * 100, rate: 2000, u: 'm²' });
      if (x.chance(0.6)) inv.lines.push({ label: 'Jeu sur ressort (animal) avec massif béton', qty: x.int(1, 3), unit: x.int(900, 1700) * 100, rate: 2000, u: 'u' });
      if (x.chance(0.5)) inv.lines.push({ label: 'Dépose et évacuation de l’ancien jeu et du sol souple', qty: 1, unit: x.int(800, 2500) * 100, rate: 2000, u: 'forfait' });
      inv.lines.push({ label: 'Contrôle de conformité avant mise en service (rapport d’organisme agréé)', qty: 1, unit: x.int(350, 700) * 100, rate: 2000, u: 'forfait' });
    }
    priceLines(inv, [2000]);
    if (!credit && i % 3 === 0) retain(inv, 5);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché public'], service: ['Code service', 'Service technique'] });
    const inBuyer = inv.engagement && x.chance(0.45);
    const shown = inBuyer ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const cells = [['Date', fmtDate(inv.date, inv.dateStyle)], [inv.avoir ? 'Avoir n°' : 'Facture n°', inv.number], ['Devis', inv.quote], ...(inv.avoir ? [['Sur facture', inv.origin]] : [['Échéance', fmtDate(inv.due, 'slash')]]), ...shown];
    const perRow = cells.some(([, v]) => String(v).length > 18) ? 3 : 4;
    const grid = [];
    for (let k = 0; k < cells.length; k += perRow) {
      const part = cells.slice(k, k + perRow);
      while (part.length < perRow) part.push(['', '']);
      grid.push({ cells: part.map(([l, v]) => ({ blocks: [p(l, { size: 6.8, color: '#555555' }), p(v, { b: true, size: 9 })] })) });
    }
    const rows = inv.lines.map((l) => [l.label, l.u, frNumber(l.qty, l.u === 'm²' ? 2 : 0), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [inv.avoir ? 'Total avoir TTC' : 'Total TTC', money(inv, inv.ttc)]];
    if (inv.retenue) totals.push(['Retenue de garantie 5 %', money(inv, -inv.retenue)], [x.pick(['Net à payer', 'Montant à mandater']), money(inv, inv.net)]);
    else if (!inv.avoir) totals.push(['Net à payer', money(inv, inv.net)]);
    const buyer = buyerTexts(inv, x);
    if (inBuyer) buyer.push(`${inv.engagement.label} ${inv.engagement.written}`);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 15, 20, 15], creator: 'Writer',
      body: [
        columns([95, 85], [
          [p(s.name, { b: true, size: 14, color: '#2e7d32' }), p('Aires de jeux – sols sportifs et amortissants – mobilier urbain', { size: 7.6, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.8 }))],
          [space(6), ...paras(buyer, { size: 9 })],
        ]),
        space(5),
        p(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 15, color: '#2e7d32' }),
        table(grid[0].cells.map(() => 180 / grid[0].cells.length), grid, { border: 'grid', pad: 1.2 }),
        space(3),
        p(`Chantier : ${inv.school} – cour de récréation`, { b: true }),
        table([92, 14, 18, 26, 30], [{ cells: ['Désignation', 'U', 'Quantité', 'P.U. HT', 'Total HT'], b: true, shade: '#e8f5e9' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'center', 'right', 'right', 'right'], before: 2, after: 3 }),
        columns([100, 80], [[p(inv.retenue ? 'Retenue de garantie libérable un an après la réception des travaux (loi du 16 juillet 1971), ou sur caution bancaire.' : '', { size: 7.4, i: true })], [table([50, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'rows', size: 8.8, align: ['left', 'right'] })]]),
        space(3),
        rule(),
        p(inv.avoir ? 'Avoir à déduire de votre prochain mandatement.' : inv.print.iban ? `Virement : IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8 }),
        p('Garantie des structures 10 ans, des pièces d’usure 2 ans. ' + LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

export default [camp, creche, jeux];

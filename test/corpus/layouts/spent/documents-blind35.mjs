// Blind-35 layouts written as documents (see ../../README.md): a workwear rental-and-laundry company's monthly invoice
// printed by a Sage-like package through LibreOffice (a framed « FACTURE » over a row of headings and their values,
// the customer account of seven digits, the wearers' garments by article and by week, the service contract; a
// discount on some; one credit note; one month of many wearers runs over two pages), a lifeguard provider's invoice
// for the summer supervision of a pool or a lake typed in a hand-made Writer template (labels in small type beside
// larger bold values, hours by grade with Sunday and holiday rates; a micro-entrepreneur under art. 293 B on some; a
// deposit invoiced at the order deducted with its own number on some), a smoke-extraction inspector's invoice printed
// like Dolibarr through LibreOffice and PDFKit (« Réf. : … », « Date facturation », vents and control panels by
// building, 10 % beside 20 % in sheltered housing on some, a retention of guarantee on some), and a kitchen-hood
// cleaning firm's invoice printed by PDFKit like EBP (capital labels beside values in a grid box, ducts in linear
// metres, the cleaning certificate; grease disposal re-invoiced outside VAT with its tracking slip on some; one
// credit note).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit, retain, splitOutside } from '../../lib/blind25.mjs';
import { facilityBuyer, frEn, maybeRelabel35, seven35 } from '../../lib/blind35.mjs';

// ——— 1. Workwear rental and laundry: a Sage-like invoice, a framed title over a row of headings, garments per week. ———
const GARMENTS = [
  ['Veste de travail haute visibilité classe 2', 95, 160], ['Pantalon multipoches haute visibilité', 70, 120], ['Polo manches longues haute visibilité', 45, 80],
  ['Parka de pluie classe 3', 110, 190], ['Blouse d’entretien polycoton', 40, 70], ['Tunique de cuisine manches courtes', 45, 75], ['Pantalon de cuisine', 40, 65], ['Combinaison de travail', 90, 150],
];
const TEAMS = ['Propreté urbaine – secteur centre', 'Propreté urbaine – secteur nord', 'Espaces verts', 'Cuisine centrale', 'Entretien des écoles', 'Atelier mécanique', 'Collecte – équipage', 'Régie bâtiments', 'Voirie', 'Cimetières'];
const vetements = {
  name: 'ag-vetements-travail-location',
  family: 'workwear-rental-laundry-sage-heads-row',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 5;
    const credit = i === 2;
    const inv = makeInvoice('ag-vetements-travail-location', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoirShort'] : ['sage', 'ciel'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'numeroBonCommande'], marketProb: 0.45, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 4], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.9 });
    const x = extraRng(inv, 'workwear');
    renameSupplier(inv, x.pick(['Textiles Services Loire', 'Blanchisserie Industrielle du Gier', 'Vêt’Pro Location Entretien', 'Forez Hygiène Textile']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '7729Z';
    facilityBuyer(inv, x, 'staff', 0.85);
    localReferences(inv, x);
    maybeRelabel35(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.account = seven35(x);
    inv.contract = `LE${x.digits(6)}`;
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.weeks = x.pick([4, 4, 5]);
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String(x.int(100, 99999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(10, 30)) };
      inv.lines.push({ team: 'Régularisation', label: `Porteurs sortis du contrat facturés à tort (${x.int(2, 5)} porteurs, badges ${x.digits(8)} et suivants)`, unitName: 'forfait', qty: 1, unit: x.int(40, 160) * 100, rate: 2000 });
    } else {
      const teams = long ? 10 : x.int(1, 3);
      const first = x.int(0, TEAMS.length - 1);
      for (let t = 0; t < teams; t++) {
        const wearers = x.int(4, 30);
        const kinds = GARMENTS.filter(() => x.chance(0.4)).slice(0, long ? 4 : 3);
        if (!kinds.length) kinds.push(GARMENTS[0]);
        for (const [label, lo, hi] of kinds) {
          const pieces = wearers * x.pick([3, 5]);
          inv.lines.push({ team: TEAMS[(first + t) % TEAMS.length], label: `${label} – ${wearers} porteurs, dotation ${pieces / wearers}`, unitName: 'art./sem.', qty: pieces * inv.weeks, unit: x.int(lo, hi), rate: 2000 });
        }
      }
      if (x.chance(0.5)) inv.lines.push({ team: 'Prestations', label: 'Marquage nominatif et badge RFID des nouveaux articles', unitName: 'u', qty: x.int(5, 40), unit: x.int(250, 450), rate: 2000 });
      if (x.chance(0.4)) inv.lines.push({ team: 'Prestations', label: 'Remplacement pour usure anormale ou perte (articles non restitués)', unitName: 'u', qty: x.int(1, 6), unit: x.int(1800, 4200), rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché location-entretien n°'], service: ['Code service', 'Service destinataire'] });
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const heads = [[up(inv.avoir ? 'N° avoir' : 'N° pièce'), inv.number], [up('Date'), date(inv, inv.date)], [up('Code client'), inv.account], [up('Contrat'), inv.contract], [up('Période'), inv.period.name]];
    const identBox = table([19, 22, 18, 17, 20], [{ cells: heads.map(([k]) => k), b: true, shade: '#d9d9d9', size: 7 }, heads.map(([, v]) => ({ text: v, b: true }))], { border: 'grid', size: 8.4, align: ['center', 'center', 'center', 'center', 'center'] });
    const rows = [];
    let team = null;
    for (const l of inv.lines) {
      if (l.team !== team) {
        team = l.team;
        rows.push({ cells: [{ text: team, span: 5 }], b: true, shade: '#f2f2f2' });
      }
      rows.push([l.label, l.unitName, frNumber(l.qty), l.unit < 1000 ? frNumber(l.unit / 100, 4) : plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    }
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['Total HT', money(inv, inv.ht)], ['Base TVA 20 %', money(inv, inv.ht)], ['Montant TVA', money(inv, inv.tva)], [inv.avoir ? 'Total TTC avoir' : 'Total TTC', money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push([x.pick(['NET A PAYER', 'Net à payer']), money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 13, 20, 13], creator: 'Sage 100 Gestion commerciale',
      body: [
        columns([84, 96], [
          [p(s.name, { b: true, size: 13 }), p('Location-entretien de vêtements de travail et EPI', { size: 7.2, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [table([96], [[{ text: inv.avoir ? 'AVOIR' : 'FACTURE', b: true, size: 15, align: 'center' }]], { border: 'box' }), space(2), identBox],
        ]),
        space(4),
        columns([84, 96], [
          refs.length ? [p('Vos références', { b: true, size: 8 }), table([40, 40], refs.map(([k, v]) => [k, { text: v, b: true }]), { border: 'box', size: 8 })] : [],
          [table([96], [[{ blocks: [p('Adresse de facturation', { size: 7, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.8 })] }]], { border: 'box' })],
        ]),
        space(3),
        p(inv.avoir ? `Avoir sur facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Location-entretien du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')} – ${inv.weeks} semaines de collecte`, { b: true }),
        table([92, 20, 20, 20, 28], [{ cells: ['Désignation', 'Unité', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#d9d9d9' }, ...rows], { border: 'head', size: 7.6, align: ['left', 'center', 'right', 'right', 'right'], before: 1, after: 3 }),
        table([50, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 100, border: 'box', size: 8.6, align: ['left', 'right'] }),
        space(3),
        p('Articles entretenus selon la méthode RABC (EN 14065). Les articles non restitués en fin de contrat sont facturés à leur valeur résiduelle.', { size: 7.2, i: true }),
        p(`${paymentText(inv)} – échéance le ${fmtDate(inv.due, 'slash')}`, { size: 8 }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('Page {page}/{pages}', { align: 'right', size: 6.4 })],
    };
  },
};

// ——— 2. Lifeguards for the summer: a hand-made Writer template, labels beside larger values, hours by grade. ———
const WATERS = ['piscine d’été du Pré-Battoir', 'plan d’eau de Saint-Victor', 'piscine découverte Raymond Sommet', 'base nautique de Grangent', 'centre aquatique – bassin extérieur', 'lac de Villerest – plage surveillée'];
const baignade = {
  name: 'ag-surveillants-baignade',
  family: 'summer-lifeguards-writer-label-beside-value',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const micro = [1, 4, 6].includes(i);
    const inv = makeInvoice('ag-surveillants-baignade', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: micro ? ['micro', 'carnet'] : ['plain', 'year2', 'pennylane'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.2, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'lifeguard');
    if (micro) {
      inv.supplier.tagline = 'Maître-nageur sauveteur (MNS) – surveillance des baignades';
    } else {
      renameSupplier(inv, x.pick(['Aqua Sécurité Loire', 'Sauvetage & Baignades Services', 'Bleu Surveillance Aquatique', 'MNS Prestations Rhône-Alpes']), x.pick(['SARL', 'SAS']));
      inv.supplier.ape = '9311Z';
    }
    facilityBuyer(inv, x, 'sports', 0.85);
    localReferences(inv, x);
    maybeRelabel35(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.water = x.pick(WATERS);
    inv.season = { from: { y: inv.date.y, m: 7, d: x.int(1, 8) }, to: { y: inv.date.y, m: 8, d: x.int(24, 31) } };
    if (inv.date.m < 9) inv.season = { from: { ...inv.season.from, y: inv.date.y - 1 }, to: { ...inv.season.to, y: inv.date.y - 1 } };
    inv.quote = `DV-${x.digits(7)}`;
    const mns = x.int(40, 320);
    const hourMns = x.int(26, 34) * 100;
    inv.lines = [{ label: 'Surveillance – maître-nageur sauveteur (MNS / BEESAN), heures de semaine', qty: mns, unit: hourMns, rate: 2000 }];
    if (!micro || x.chance(0.3)) inv.lines.push({ label: 'Surveillance – sauveteur BNSSA, heures de semaine', qty: x.int(60, 400), unit: x.int(21, 26) * 100, rate: 2000 });
    inv.lines.push({ label: 'Majoration dimanches et jours fériés (+ 25 %), heures', qty: x.int(12, 80), unit: Math.round(hourMns * 0.25), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Fourniture et contrôle de la trousse de secours et de l’oxygène médical (saison)', qty: 1, unit: x.int(90, 240) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Indemnités kilométriques des surveillants (km)', qty: x.int(100, 900), unit: x.pick([42, 50, 60]), rate: 2000 });
    priceLines(inv, micro ? [0] : [2000]);
    if (micro) {
      for (const l of inv.lines) l.rate = 0;
      priceLines(inv, [0]);
    }
    if (i === 2 || i === 5 || i === 7) inv.deposit35 = deductDeposit(inv, x, 30, addDays(inv.season.from, -x.int(20, 45)));
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention n°'], service: ['Code service', 'Service des sports'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const kv = (k, v, big) => p([{ text: `${k}  `, size: 7 }, { text: v, b: true, size: big ? 12 : 9.4 }], { after: 0.6 });
    const ident = [kv('Facture n°', inv.number, true), kv('Date', date(inv, inv.date)), kv('Devis accepté', inv.quote), kv('Échéance', fmtDate(inv.due, 'slash')), ...shown.map(([k, v]) => kv(k, v))];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)]];
    if (inv.vatExempt) totals.push(['TVA', money(inv, 0)]);
    else totals.push([`TVA ${rate(2000)}`, money(inv, inv.tva)]);
    totals.push(['Total TTC', money(inv, inv.ttc)]);
    if (inv.deposit) totals.push([`Acompte facture ${inv.deposit35.number} du ${fmtDate(inv.deposit35.date, 'slash')}`, money(inv, -inv.deposit)], [x.pick(['Reste à payer', 'Reste dû']), money(inv, inv.net)]);
    else totals.push([x.pick(['Net à payer', 'Montant dû']), money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [14, 16, 20, 16], creator: 'Writer',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14 }), ...(s.tagline ? [] : [p('Surveillance des baignades et sécurité aquatique', { i: true, size: 8 })]), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 8 })), p(`Carte professionnelle d’éducateur sportif n° 042${x.digits(2)}ED${x.digits(4)}`, { size: 7.4 })],
          [p('FACTURE', { b: true, size: 18, align: 'right' }), space(2), ...ident],
        ]),
        space(5),
        columns([90, 90], [[], [p('Client :', { size: 7.6, i: true }), ...paras(buyerTexts(inv, x), { size: 9 })]]),
        space(4),
        p(`Objet : surveillance de la ${inv.water} – saison du ${fmtDate(inv.season.from, 'slash')} au ${fmtDate(inv.season.to, 'slash')}`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4, before: 1 })] : []),
        table([104, 18, 26, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([56, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 92, border: 'rows', size: 9, align: ['left', 'right'] }),
        space(3),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 8, b: true })] : []),
        p('Personnel titulaire du diplôme et de la révision quinquennale du PSE1 en cours de validité. Planning des postes transmis chaque semaine au chef de bassin.', { size: 7.4, i: true }),
        rule(),
        p(inv.print.iban ? `Règlement par virement – IBAN : ${iban(inv)} – BIC : ${s.bic}` : paymentText(inv), { size: 8.4 }),
        p(LATE_FEES, { size: 7 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 })],
    };
  },
};

// ——— 3. Smoke extraction checks: a Dolibarr-like invoice (LibreOffice and PDFKit), vents by building, 10 % and 20 %. ———
const BLOCKS = ['Bâtiment A', 'Bâtiment B', 'Cage d’escalier nord', 'Cage d’escalier sud', 'Salle polyvalente', 'Atrium', 'Circulations R+1', 'Réserves'];
const desenfumage = {
  name: 'ag-desenfumage-verification',
  family: 'smoke-extraction-checks-dolibarr-two-rates',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const housing = i === 1 || i === 3;
    const inv = makeInvoice('ag-desenfumage-verification', i, { cityProb: 0.35, engagementProb: 0.75, trades: ['services'], numbers: ['dolibarr'], engagementLabels: ['engagement', 'ej', 'commande', 'refCommandeEj'], marketProb: 0.4, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'smoke');
    renameSupplier(inv, x.pick(['Désenfumage Contrôle Loire', 'Air Sécurité Incendie', 'Forez Fumées Services', 'SécuVent Rhône-Alpes']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4329B';
    facilityBuyer(inv, x, housing ? 'social' : 'buildings', 0.9);
    localReferences(inv, x);
    maybeRelabel35(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.client = `CU${x.digits(4)}-${x.digits(5)}`;
    inv.report = `${x.digits(8)}`;
    inv.site = housing ? x.pick(['Résidence autonomie Les Tilleuls', 'Résidence Beauséjour', 'Foyer logement du Soleil']) : x.pick(['Groupe scolaire Jules Ferry', 'Médiathèque', 'Palais des sports', 'Maison de la culture']);
    inv.lines = [];
    const n = x.int(2, 4);
    const first = x.int(0, BLOCKS.length - 1);
    for (let k = 0; k < n; k++) inv.lines.push({ label: `${BLOCKS[(first + k) % BLOCKS.length]} – vérification annuelle des exutoires de désenfumage (DENFC), essais d’ouverture`, qty: x.int(2, 12), unit: x.int(45, 85) * 100, rate: housing ? 1000 : 2000 });
    inv.lines.push({ label: 'Vérification des coffrets et treuils de commande, réarmement', qty: x.int(1, 6), unit: x.int(35, 60) * 100, rate: housing ? 1000 : 2000 });
    if (x.chance(0.7)) inv.lines.push({ label: 'Cartouche CO2 de remplacement (fourniture)', qty: x.int(2, 20), unit: x.int(18, 32) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Rapport de vérification (article MS 73 du règlement de sécurité) et mise à jour du registre', qty: 1, unit: x.int(60, 120) * 100, rate: 2000 });
    if (housing) inv.lines.push({ label: 'Remplacement d’un vérin pneumatique d’ouvrant (pièce et main-d’œuvre)', qty: 1, unit: x.int(180, 320) * 100, rate: 1000 });
    priceLines(inv, housing ? [1000, 2000] : [2000]);
    if (i === 2) retain(inv, 5);
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const en = x.chance(0.5);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre sécurité incendie n°'], service: ['Code service', 'Service'] });
    const right = [
      p(en ? 'Facture / Invoice' : 'Facture', { b: true, size: 15, align: 'right' }),
      p(`Réf. : ${inv.number}`, { b: true, align: 'right' }),
      p(`${frEn('Date facturation', 'Invoice date', en)} : ${date(inv, inv.date)}`, { align: 'right', size: 8.4 }),
      p(`${frEn('Date échéance', 'Due date', en)} : ${fmtDate(inv.due, 'slash')}`, { align: 'right', size: 8.4 }),
      p(`${frEn('Code client', 'Customer code', en)} : ${inv.client}`, { align: 'right', size: 8.4 }),
      ...refs.map(([k, v]) => p(`${k} : ${v}`, { align: 'right', size: 8.4 })),
    ];
    const rows = inv.lines.map((l) => [l.label, rate(l.rate), plainMoney(inv, l.unit), frNumber(l.qty), plainMoney(inv, l.total)]);
    const vatRows = inv.vat.map((v) => [`${frEn('Total TVA', 'VAT', en)} ${rate(v.rate)}`, money(inv, v.amount)]);
    const totals = [[frEn('Total HT', 'Total (excl. tax)', en), money(inv, inv.ht)], ...vatRows, [frEn('Total TTC', 'Total (inc. tax)', en), money(inv, inv.ttc)]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} %`, money(inv, -inv.retenue)], [frEn('Reste à payer', 'Remaining unpaid', en), money(inv, inv.net)]);
    else totals.push([frEn('Montant dû', 'Amount due', en), money(inv, inv.net)]);
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : 'DejaVu Sans', size: 8.2, margins: [12, 12, 20, 12], creator: 'Dolibarr',
      body: [
        columns([96, 84], [
          [p(s.name, { b: true, size: 12 }), p('Sécurité incendie – désenfumage naturel et mécanique', { size: 7.2, i: true })],
          right,
        ]),
        space(4),
        columns([88, 4, 88], [
          [p(frEn('Émetteur', 'Sender', en), { size: 7 }), table([88], [[{ blocks: supplierTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8 })), shade: '#eeeeee' }]], { border: 'none' })],
          [],
          [p(frEn('Adressé à', 'Bill to', en), { size: 7 }), table([88], [[{ blocks: buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.6 })) }]], { border: 'box' })],
        ]),
        space(3),
        p(`Site : ${inv.site} – rapport de vérification n° ${inv.report}`, { size: 8.4 }),
        p(`${frEn('Montants exprimés en Euros', 'Amounts in Euros', en)}`, { size: 7, align: 'right' }),
        table([98, 14, 24, 14, 30], [{ cells: [frEn('Désignation', 'Description', en), 'TVA', 'P.U. HT', 'Qté', frEn('Total HT', 'Amount', en)], b: true, shade: '#dddddd' }, ...rows], { border: 'rows', size: 7.6, align: ['left', 'right', 'right', 'right', 'right'], after: 3 }),
        columns([96, 84], [
          [p(`${frEn('Conditions de règlement', 'Payment terms', en)} : 30 jours`, { size: 7.6 }), p(inv.print.iban ? `Règlement par virement sur le compte bancaire suivant : IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 7.6 })],
          [table([52, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'rows', size: 8.4, align: ['left', 'right'] })],
        ]),
        space(3),
        ...(inv.vat.length > 1 ? [p('TVA à 10 % sur les travaux d’entretien des locaux d’habitation achevés depuis plus de deux ans (art. 279-0 bis du CGI).', { size: 7, i: true })] : []),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('{page}/{pages}', { align: 'right', size: 6.4 })],
    };
  },
};

// ——— 4. Kitchen hood cleaning: an EBP-like invoice by PDFKit, capital labels beside values in a grid box. ———
const KITCHENS = ['cuisine centrale', 'restaurant scolaire Jean Macé', 'self du collège', 'cuisine du centre de loisirs', 'restaurant administratif', 'cuisine de l’EHPAD'];
const hottes = {
  name: 'ag-degraissage-hottes',
  family: 'kitchen-hood-cleaning-ebp-grid-box',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('ag-degraissage-hottes', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 1 : false });
    const x = extraRng(inv, 'hoods');
    renameSupplier(inv, x.pick(['Dégraissage Cuisines Pro', 'Hotte Net Services', 'Ventil’Hygiène Loire', 'Clean Extraction Rhône']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8129B';
    facilityBuyer(inv, x, 'schools', 0.85);
    localReferences(inv, x);
    maybeRelabel35(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven35(x);
    inv.kitchen = x.pick(KITCHENS);
    inv.done = addDays(inv.date, -x.int(2, 12));
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(1, 9999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(10, 30)) };
      inv.lines.push({ label: 'Conduit d’extraction facturé en double (mètres linéaires)', unitName: 'ml', qty: x.int(4, 18), unit: x.int(28, 45) * 100, rate: 2000 });
    } else {
      inv.lines.push({ label: 'Dégraissage hotte et plénum (intérieur et extérieur)', unitName: 'u', qty: x.int(1, 4), unit: x.int(220, 420) * 100, rate: 2000 });
      inv.lines.push({ label: 'Nettoyage du conduit d’extraction par trappes de visite', unitName: 'ml', qty: x.int(6, 40), unit: x.int(28, 45) * 100, rate: 2000 });
      inv.lines.push({ label: 'Nettoyage du caisson d’extraction et de la turbine', unitName: 'u', qty: 1, unit: x.int(180, 320) * 100, rate: 2000 });
      if (x.chance(0.5)) inv.lines.push({ label: 'Filtres à chocs inox 500 × 500 (remplacement)', unitName: 'u', qty: x.int(2, 10), unit: x.int(45, 80) * 100, rate: 2000 });
      if (x.chance(0.4)) inv.lines.push({ label: 'Pose de trappes de visite supplémentaires', unitName: 'u', qty: x.int(1, 3), unit: x.int(90, 150) * 100, rate: 2000 });
      inv.lines.push({ label: 'Certificat de ramonage et de dégraissage (art. GC 21 – PV photos avant / après)', unitName: 'u', qty: 1, unit: 0, rate: 2000 });
      const rates = [2000];
      if (x.chance(0.5)) {
        inv.bsd = `BSD${x.digits(10)}`;
        inv.lines.push({ label: `Débours : traitement des graisses en centre agréé, bordereau ${inv.bsd} (hors champ TVA)`, unitName: 'forfait', qty: 1, unit: x.int(35, 140) * 100 + x.int(0, 99), rate: 0 });
        rates.push(0);
      }
      return priceLines(inv, rates);
    }
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'N° MARCHÉ'], service: ['CODE SERVICE', 'SERVICE'] });
    const grid = [[inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number], ['DATE', date(inv, inv.date)], ['CODE CLIENT', inv.account], [inv.avoir ? 'FACTURE D’ORIGINE' : 'ÉCHÉANCE', inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ...refs];
    const rows = inv.lines.map((l) => [l.label, l.unitName, frNumber(l.qty), l.unit ? plainMoney(inv, l.unit) : 'inclus', l.total ? plainMoney(inv, l.total) : '0,00']);
    const { outside } = splitOutside(inv);
    const totals = outside ? [['TOTAL PRESTATIONS HT', money(inv, inv.ht - outside)], ['DÉBOURS HORS TVA', money(inv, outside)], ['TOTAL HT', money(inv, inv.ht)], [`TVA 20 % SUR ${plainMoney(inv, inv.ht - outside)}`, money(inv, inv.tva)]] : [['TOTAL HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)]];
    totals.push([inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push([x.pick(['NET À PAYER', 'MONTANT DÛ']), money(inv, inv.net)]);
    return {
      font: 'Helvetica', size: 8.2, margins: [12, 12, 18, 12], creator: 'EBP Facturation',
      body: [
        columns([98, 82], [
          [p(s.name, { b: true, size: 13 }), p('Dégraissage de hottes et conduits de cuisines professionnelles', { size: 7, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [table([36, 46], grid.map(([k, v]) => [{ text: k, size: 6.8, shade: '#e6e6e6' }, { text: v, b: true }]), { border: 'grid', size: 8.4 })],
        ]),
        space(5),
        columns([98, 82], [[p(`Intervention du ${fmtDate(inv.done, 'slash')} – ${inv.kitchen}`, { b: true, size: 8.6 })], [p('CLIENT', { size: 6.8, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.8 })]]),
        space(3),
        ...(inv.avoir ? [p(`Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`, { b: true })] : []),
        table([96, 14, 16, 24, 26], [{ cells: ['DÉSIGNATION', 'U.', 'QTÉ', 'P.U. HT', 'MONTANT HT'], b: true, shade: '#cfcfcf' }, ...rows], { border: 'grid', size: 7.6, align: ['left', 'center', 'right', 'right', 'right'], before: 1, after: 3 }),
        table([54, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 92, border: 'grid', size: 8.2, align: ['left', 'right'] }),
        space(3),
        p('Prestation conforme au règlement de sécurité ERP (article GC 21) et à la norme NF DTU 68.3. Prochain dégraissage conseillé dans 6 mois.', { size: 7, i: true }),
        p(inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : `${paymentText(inv)} – échéance ${fmtDate(inv.due, 'slash')}`, { size: 8 }),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

export default [vetements, baignade, desenfumage, hottes];

// Blind-25 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a tour-guide
// agency's or a sole trader guide's guided tours for a tourist office or a commune's heritage service (tours by theme,
// language and group with their dates and booking numbers of seven digits, Sunday and evening surcharges, the museums'
// entrance fees advanced for the groups as disbursements outside VAT — `totalHT` includes them —; bilingual French–
// English labels, a narrow identity table whose labels wrap over two lines; the agency at 20 %, the sole trader under
// the VAT franchise of art. 293 B), printed by LibreOffice and PDFKit; a hiking association's hand-made invoice for
// waymarking a commune's trails (trails re-marked by the kilometre with one decimal, signposts and blades, a GPS survey;
// labels in capitals, dated after the place, signed by the treasurer; exempt from VAT as an association; the advance
// paid at the agreement's signature deducted on some; on 2 of 8 a trail-works company at 20 % with a 5 % retention of
// guarantee deducted; the waymarking agreement's number is not a market number), a Writer document; and a promotional
// goods supplier's invoice for items marked with a public body's logo (tote bags, pens at prices with three decimals,
// caps, bottles; set-up costs per colour, the proof, delivery; a reorder of an earlier order on some; a discount on
// some; 2 of 8 credit notes for a batch misprinted, naming the original invoice), printed from a Calc sheet whose
// labels and values sit in separate boxed cells.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { millsTotal, mills3, refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { associationLegalLine, soleTraderLegalLine } from '../../lib/blind16.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { asAssociation } from '../../lib/blind20.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, cultureBuyer, deductDeposit, maybeRelabel25, retain, seven, splitOutside } from '../../lib/blind25.mjs';

// ——— 1. Guided tours: bilingual, disbursements outside VAT, an agency or a sole trader. ———
const TOURS = [['« Saint-Étienne, ville créative de design »', 'Cité du design'], ['« Le quartier Saint-Jacques et ses traboules »', null], ['« Du puits Couriot à la ville minière »', 'Musée de la Mine'], ['« La cité médiévale de Montbrison »', 'Musée d’Allard'], ['« Le Corbusier à Firminy »', 'Site Le Corbusier'], ['« Rubans et passementiers »', 'Musée d’Art et d’Industrie']];
const LANGUAGES = [['français', 'French'], ['anglais', 'English'], ['allemand', 'German'], ['italien', 'Italian'], ['espagnol', 'Spanish']];
const GUIDES = ['Claire Fournel', 'Hugo Sabatier', 'Inès Mercier', 'Antoine Brunon'];
const guides = {
  name: 'f-guides-conferenciers',
  family: 'guided-tours-bilingual-disbursements-outside-vat',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const sole = i % 2 === 1;
    const inv = makeInvoice('f-guides-conferenciers', i, { cityProb: 0.3, engagementProb: 0.7, trades: ['services'], numbers: sole ? ['micro'] : ['plain', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'orderRef', 'poBonDeCommande'], marketProb: sole ? 0.2 : 0.5, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'tours');
    if (sole) {
      const person = GUIDES[i % GUIDES.length];
      renameSupplier(inv, person, 'EI');
      franchise(inv, person);
      inv.kind = 'micro';
    } else renameSupplier(inv, x.pick(['Itinéraires Guidés Loire', 'Guides & Patrimoine du Forez', 'Cicérone Visites']), 'SARL');
    inv.supplier.ape = '7990Z';
    cultureBuyer(inv, x, 'tourism', 1);
    localReferences(inv, x);
    maybeRelabel25(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.card = `GC-042-${x.int(2008, 2023)}-${x.digits(3)}`;
    inv.atout = sole ? null : `IM042${x.digits(6)}`;
    const taxed = sole ? 0 : 2000;
    const perTour = x.int(170, 260) * 100;
    const first = x.int(0, TOURS.length - 1);
    inv.tours = Array.from({ length: x.int(2, 5) }, (_, k) => {
      const [theme, museum] = TOURS[(first + k) % TOURS.length];
      const day = addDays(inv.date, -x.int(3, 40));
      const lang = x.chance(0.6) ? LANGUAGES[x.int(1, LANGUAGES.length - 1)] : LANGUAGES[0];
      return { theme, museum, day, lang, people: x.int(12, 35), booking: seven(x), sunday: new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() === 0, evening: x.chance(0.2) };
    }).sort((a, b) => iso(a.day).localeCompare(iso(b.day)));
    inv.lines = [];
    for (const t of inv.tours) {
      inv.lines.push({ label: `${fmtDate(t.day, 'slash')} – visite guidée ${t.theme} – 2 h – en ${t.lang[0]} / in ${t.lang[1]} – groupe de ${t.people} pers. (réservation n° ${t.booking})`, qty: 1, unit: perTour, rate: taxed });
      if (t.sunday || t.evening) inv.lines.push({ label: t.sunday ? 'Majoration dimanche / Sunday surcharge (25 %)' : 'Majoration visite en soirée / evening surcharge (25 %)', qty: 1, unit: Math.round(perTour / 4), rate: taxed });
      if (t.museum) inv.lines.push({ label: `Droits d’entrée ${t.museum} avancés pour le groupe – débours (hors champ de TVA)`, qty: t.people, unit: x.int(40, 90) * 10, rate: 0, outside: true });
    }
    priceLines(inv, sole ? [0] : [2000, 0]);
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de visites guidées n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service patrimoine (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ident = [
      [both('N° de facture', 'Invoice number'), { text: inv.number, b: true }],
      [both('Date de facture', 'Invoice date'), date(inv, inv.date)],
      [both('Échéance', 'Due date'), fmtDate(inv.due, 'slash')],
      [both('Carte professionnelle de guide-conférencier', 'Licensed guide card'), inv.card],
      ...shown.map(([k, v]) => [k, { text: v, b: true }]),
    ];
    const { outside, taxed } = splitOutside(inv);
    const totals = [];
    if (inv.vatExempt) totals.push([both('Prestations', 'Services'), taxed], [both('Débours', 'Disbursements'), outside], [both('Total à payer', 'Amount due'), inv.net, true]);
    else totals.push([both('Total prestations HT', 'Services excl. VAT'), taxed], [both('Débours (hors champ TVA)', 'Disbursements (no VAT)'), outside], [both('Total HT', 'Total excl. VAT'), inv.ht], [both('TVA 20 % sur prestations', 'VAT 20% on services'), inv.tva], [both('Total TTC', 'Total incl. VAT'), inv.ttc, true]);
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), l.outside ? 'débours' : inv.vatExempt ? '–' : rate(l.rate), plainMoney(inv, l.total)]);
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times', 'Liberation Sans']) : x.pick(['Liberation Sans', 'Liberation Serif']), size: 8.6, margins: [14, 15, 20, 15], creator: x.pick(['Facturation Guides', 'Writer']),
      body: [
        columns([96, 84], [
          [p(s.name, { b: true, size: 14 }), p(inv.vatExempt ? 'Guide-conférencière / guide-conférencier – licensed tour guide' : 'Agence de guides-conférenciers – guided tours', { size: 7.4, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.8 }), ...(inv.atout ? [p(`Immatriculation Atout France ${inv.atout}`, { size: 7.2 })] : [])],
          [p(both('FACTURE', 'INVOICE'), { b: true, size: 16, align: 'right' }), space(2), table([40, 44], ident, { border: 'grid', size: 7.8, indent: 0 })],
        ]),
        space(3),
        columns([90, 90], [[p(both('Client', 'Customer'), { size: 7.2, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.8 })], [p(both('Objet', 'Subject'), { size: 7.2, color: '#666666' }), p(`Visites guidées de groupes – ${inv.tours.length} visites du ${fmtDate(inv.tours[0].day, 'slash')} au ${fmtDate(inv.tours.at(-1).day, 'slash')}`, { size: 8.6 })]]),
        ...(sentence ? [p(sentence, { size: 8.2, i: true, before: 2 })] : []),
        table([100, 12, 22, 16, 30], [{ cells: [both('Désignation', 'Description'), both('Qté', 'Qty'), both('P.U.', 'Unit price'), both('TVA', 'VAT'), both('Montant', 'Amount')], b: true, shade: '#e8eef5', size: 7.2 }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right', 'right'], before: 4, after: 3 }),
        totalsTable(inv, totals, { widths: [70, 30], indent: 80, size: 8.4 }),
        ...(inv.vatExempt ? [p('TVA non applicable, art. 293 B du CGI / VAT not applicable.', { size: 7.6, i: true })] : []),
        p('Débours : droits d’entrée payés au nom et pour le compte du client sur justificatifs, hors champ de la TVA (art. 267 II-2° du CGI).', { size: 7, before: 1 }),
        rule(),
        p(paymentText(inv, both('Règlement par virement', 'Payment by bank transfer')), { size: 8.2 }),
        p(`Conditions de règlement : 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 6.8, before: 1 }),
      ],
      footer: [p(inv.vatExempt ? soleTraderLegalLine(inv, s.person) : legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 2. Trail waymarking by a hiking association: a hand-made Writer invoice. ———
const TRAILS = [['PR 12', 'Les crêts du Pilat', 'jaune'], ['PR 7', 'Le tour des gorges de la Loire', 'jaune'], ['GR 7', 'tronçon Col de la République – Crêt de la Perdrix', 'blanc-rouge'], ['GRP', 'Tour du Haut-Forez', 'jaune-rouge'], ['PR 3', 'Le sentier des mineurs', 'jaune'], ['VTT 5', 'Circuit des Monts du Lyonnais', 'vert']];
const TREASURERS = ['Jean-Paul Faure', 'Monique Dutour', 'Gérard Chavanne', 'Sylvie Ollier'];
const balisage = {
  name: 'f-balisage-randonnee',
  family: 'trail-waymarking-hiking-association-handmade',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const company = i % 4 === 2;
    const inv = makeInvoice('f-balisage-randonnee', i, { cityProb: 0.25, engagementProb: 0.7, trades: ['btp'], numbers: company ? ['ebp', 'plain'] : ['micro', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ej'], marketProb: company ? 0.9 : 0, serviceProb: 0.4, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'none'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'trail');
    if (company) renameSupplier(inv, x.pick(['Sentiers et Territoires', 'Pistes & Balisage Services']), 'SARL');
    else asAssociation(inv, x.pick(['Comité départemental de la randonnée pédestre de la Loire', 'Les Baliseurs du Pilat', 'Randonneurs des Monts du Forez']), `W${x.int(421, 429)}${x.digits(6)}`, x.pick(['TVA non applicable – article 261-7-1° du CGI', 'Association non assujettie à la TVA (art. 261-7-1° b du CGI)']));
    inv.supplier.ape = company ? '4312A' : '9319Z';
    cultureBuyer(inv, x, 'tourism', 1);
    localReferences(inv, x);
    maybeRelabel25(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.agreement = `CB-${inv.date.y - x.int(0, 2)}-${String(x.int(1, 40)).padStart(2, '0')}`;
    inv.affiliation = `${x.digits(5)}`;
    const r0 = company ? 2000 : 0;
    const first = x.int(0, TRAILS.length - 1);
    inv.trails = Array.from({ length: x.int(1, 3) }, (_, k) => ({ trail: TRAILS[(first + k) % TRAILS.length], km: x.int(35, 220) / 10 }));
    const perKm = x.int(45, 120) * 100;
    inv.lines = inv.trails.map((t) => ({ label: `Rebalisage peinture ${t.trail[0]} « ${t.trail[1]} » (balisage ${t.trail[2]}, normes FFRandonnée)`, qty: t.km, qtyText: `${frNumber(t.km, 1)} km`, unit: perKm, rate: r0 }));
    const posts = x.int(2, 12);
    inv.lines.push({ label: 'Poteaux directionnels bois fournis et posés', qty: posts, qtyText: String(posts), unit: x.int(85, 160) * 100, rate: r0 });
    if (x.chance(0.7)) {
      const blades = posts + x.int(2, 10);
      inv.lines.push({ label: 'Lames directionnelles gravées (destination, temps de marche)', qty: blades, qtyText: String(blades), unit: x.int(35, 70) * 100, rate: r0 });
    }
    if (x.chance(0.5)) {
      const km = inv.trails.reduce((s, t) => s + t.km, 0);
      inv.lines.push({ label: 'Relevé GPS et mise à jour des tracés pour le topoguide (par km)', qty: km, qtyText: `${frNumber(km, 1)} km`, unit: x.int(15, 30) * 100, rate: r0 });
    }
    if (!company && x.chance(0.6)) {
      const km = x.int(120, 600);
      inv.lines.push({ label: 'Frais de déplacement des baliseurs bénévoles (0,40 €/km)', qty: km, qtyText: `${km} km`, unit: 40, rate: 0 });
    }
    priceLines(inv, [r0]);
    inv.paid = !company && i % 3 === 0 ? deductDeposit(inv, x, 30, addDays(inv.date, -x.int(60, 150))) : null;
    if (company) retain(inv, 5);
    inv.place = inv.supplier.address[1].replace(/^\d{5} /, '');
    inv.signer = TREASURERS[i % TREASURERS.length];
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'Marché de travaux n°', 'Marché n°'], service: ['SERVICE', 'Code service', 'Service tourisme (code)'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const font = x.pick(['Liberation Serif', 'Liberation Sans', 'DejaVu Sans']);
    const caps = (k) => k.toUpperCase();
    const big = x.pick([10.5, 11, 12]);
    const line = (k, v) => p([{ text: `${caps(k)} : ` }, { text: v, b: true, size: big }], { size: 8.6 });
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.vatExempt) totals.push(['TOTAL', inv.ttc, !inv.paid]);
    else totals.push(['TOTAL HT', inv.ht], ['TVA 20 %', inv.tva], ['TOTAL TTC', inv.ttc, !inv.retenue]);
    if (inv.paid) totals.push([`Avance reçue le ${fmtDate(inv.paid.date, 'slash')} (notre facture n° ${inv.paid.number})`, -inv.paid.amount], ['RESTE À PAYER', inv.net, true]);
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} %`, -inv.retenue], ['NET À PAYER', inv.net, true]);
    return {
      font, size: 9.4, margins: [16, 18, 20, 18], creator: 'Writer',
      body: [
        p(s.name, { b: true, size: 13 }),
        ...paras(supplierTexts(inv, x).slice(1), { size: 8.4 }),
        ...(inv.kind === 'association' ? [p(`Association loi 1901 – RNA ${s.rna} – affiliée à la FFRandonnée sous le n° ${inv.affiliation}`, { size: 7.8, i: true })] : [p(`N° TVA intracommunautaire : ${s.vat}`, { size: 7.8 })]),
        space(4),
        columns([90, 90], [[], paras(buyerTexts(inv, x), { size: 9.4 })]),
        space(4),
        p(`${inv.place}, le ${fmtDate(inv.date, x.pick(['long', 'slash']))}`, { align: 'right' }),
        space(3),
        p('FACTURE', { b: true, size: 18, align: 'center' }),
        space(2),
        line('Facture n°', inv.number),
        ...shown.map(([k, v]) => line(k, v)),
        p(`Convention de balisage n° ${inv.agreement}`, { size: 8.6 }),
        space(2),
        p(`Objet : entretien du balisage des itinéraires de randonnée inscrits au PDIPR – saison ${inv.date.y}.`, { b: true }),
        ...(sentence ? [p(sentence, { i: true })] : []),
        table([96, 22, 26, 30], [{ cells: ['DÉSIGNATION', 'QUANTITÉ', 'PRIX UNITAIRE', 'MONTANT'], b: true }, ...rows], { border: 'grid', size: 8.4, align: ['left', 'right', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, totals, { widths: [70, 30], indent: 74, size: 9 }),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 8.4, i: true, before: 2 })] : []),
        space(3),
        p(inv.print.iban ? `Règlement par virement sur le compte de ${inv.kind === 'association' ? 'l’association' : 'la société'} : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.', { size: 8.8 }),
        p(`Paiement à 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7.2 }),
        p(inv.kind === 'association' ? x.pick(['Le trésorier', 'La trésorière']) : 'Le gérant', { size: 9, align: 'right', before: 6 }),
        p(inv.signer, { size: 9, align: 'right', i: true }),
      ],
      footer: [p(inv.kind === 'association' ? associationLegalLine(inv, s.rna) : legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 3. Promotional goods marked with the logo: a Calc sheet, labels and values in separate boxes. ———
const ITEMS = [
  ['TOTE-140', 'Sac shopping coton 140 g, 38 × 42 cm, anses longues', 'sérigraphie 1 couleur 1 face', [250, 500, 1000], [1450, 2600]],
  ['STY-BIL', 'Stylo bille plastique recyclé, encre bleue', 'tampographie 1 couleur', [500, 1000, 2000], [310, 690]],
  ['CAS-5P', 'Casquette 5 panneaux coton brossé, fermeture scratch', 'broderie 6 000 points', [100, 200, 300], [3200, 5400]],
  ['GOU-INOX', 'Gourde inox double paroi 500 ml', 'gravure laser 1 face', [100, 250, 500], [6900, 11800]],
  ['TSH-BIO', 'Tee-shirt coton bio 150 g, tailles S à XXL', 'sérigraphie 2 couleurs cœur + dos', [100, 200, 400], [4200, 6900]],
  ['LAN-20', 'Tour de cou 20 mm, mousqueton métal', 'impression quadri recto-verso', [250, 500, 1000], [580, 1190]],
];
const objets = {
  name: 'f-objets-publicitaires',
  family: 'promotional-goods-logo-calc-boxed-credit-notes',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 3 || i === 7;
    const inv = makeInvoice('f-objets-publicitaires', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['goods'], numbers: credit ? ['avoir', 'avoirShort'] : ['plain', 'ciel', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'numeroBonCommande', 'commandeClient'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5, 10], groups: ['space'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'goodies');
    renameSupplier(inv, x.pick(['Objectif Logo', 'Goodies du Forez', 'Marquage & Promotion Rhône-Loire', 'Promo Objets Services']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4649Z';
    cultureBuyer(inv, x, x.pick(['culture', 'tourism', 'sport']), 1);
    localReferences(inv, x);
    maybeRelabel25(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.event = x.pick(['Fête du sport', 'Saison touristique', 'Festival d’été', 'Salon des associations', 'Trail urbain']);
    inv.delivery = { number: inv.deliveryNote, date: addDays(inv.date, -x.int(1, 10)) };
    const pick = (k) => ITEMS[(i + k * 2) % ITEMS.length];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(100, 999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(8, 30)) };
      const [ref, label, marking, , [lo, hi]] = pick(0);
      const bad = x.pick([50, 80, 100, 150]);
      inv.lines = [{ ref, label: `${label} – ${marking} : ${bad} pièces au marquage décalé, non conformes au BAT, reprises`, qty: bad, unit: x.int(lo, hi), rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    inv.lines = [];
    const count = x.int(2, 4);
    for (let k = 0; k < count; k++) {
      const [ref, label, marking, qtys, [lo, hi]] = pick(k);
      const qty = x.pick(qtys);
      const mills = x.int(lo, hi);
      inv.lines.push({ ref, label: `${label} – ${marking}`, qty, unitText: `${mills3(mills)} €`, unit: mills / 10, total: millsTotal(qty, mills), rate: 2000 });
      inv.lines.push({ ref: 'CAL', label: `Frais techniques de calage – ${ref} (par couleur)`, qty: x.pick([1, 1, 2]), unit: x.int(35, 65) * 100, rate: 2000 });
    }
    inv.lines.push({ ref: 'BAT', label: 'Bon à tirer numérique', qty: 1, unit: 0, total: 0, rate: 2000 });
    inv.lines.push({ ref: 'LIV', label: 'Livraison en un point (messagerie)', qty: 1, unit: x.int(25, 90) * 100, rate: 2000 });
    inv.reorder = x.chance(0.35) ? { number: `F-${inv.date.y}-${String(x.int(10, 300)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(40, 200)) } : null;
    return priceLines(inv, [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number(((inv.avoir && inv.negative ? -cents : cents) / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'Marché n°', 'Accord-cadre n°'], service: ['CODE SERVICE', 'Service', 'Code service'] });
    const label = { b: true, border: 'grid', shade: '#dde7f0', size: 7.6 };
    const title = inv.avoir ? 'AVOIR' : 'FACTURE';
    const ident = [
      [inv.avoir ? 'AVOIR N°' : x.pick(['FACTURE N°', 'N° FACTURE']), { v: inv.number, b: true, size: 10 }],
      ['DATE', x.chance(0.5) ? { v: iso(inv.date), type: 'date', align: 'left' } : { v: date(inv, inv.date) }],
      ['CLIENT N°', { v: inv.clientCode }],
      ...(inv.avoir ? [['FACTURE D’ORIGINE', { v: `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` }]] : [['BON DE LIVRAISON', { v: `${inv.delivery.number} du ${fmtDate(inv.delivery.date, 'slash')}` }]]),
      ...refs.map(([k, v]) => [k, { v, b: true }]),
    ];
    const top = Array.from({ length: Math.max(me.length, buyer.length + 2) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.2, color: k === 0 ? '#1565c0' : undefined } : null, null, null,
      k === 0 ? { v: title, span: 4, b: true, size: 16, align: 'right' } : k === 1 ? null : buyer[k - 2] ? { v: buyer[k - 2], span: 4, b: k === 2 } : null, null, null, null,
    ]);
    const identRows = ident.map(([k, v]) => [{ v: k, ...label, span: 2 }, null, { ...v, border: 'grid', span: 3, size: v.size ?? 8.6 }, null, null, null, null]);
    const body = inv.lines.map((l) => [{ v: l.ref, border: 'grid', size: 7.6 }, { v: l.label, span: 3, border: 'grid', wrap: true, size: 7.8 }, null, null, { v: l.qty, type: 'number', border: 'grid', size: 8 }, l.unitText ? { v: l.unitText, border: 'grid', size: 8, align: 'right' } : cur(l.unit, { border: 'grid', size: 8 }), cur(l.total, { border: 'grid', size: 8 })]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise ${inv.discountPct} %`, -inv.discount]);
    totals.push([inv.discount ? 'Total net HT' : 'Total HT', inv.ht], ['TVA 20 %', inv.tva], [inv.avoir ? 'Total TTC de l’avoir' : x.pick(['Total TTC', 'Net à payer']), inv.ttc, true]);
    const rows = [
      ...top,
      blank(7),
      ...identRows,
      blank(7),
      [{ v: inv.avoir ? `Avoir sur notre facture ${inv.origin.number} : pièces non conformes au bon à tirer reprises.` : `Objets personnalisés – ${inv.event}${inv.reorder ? ` – réassort de la commande facturée le ${fmtDate(inv.reorder.date, 'slash')} (facture ${inv.reorder.number})` : ''}`, span: 7, size: 8.6, i: true, wrap: true }, ...blank(6)],
      blank(7),
      [{ v: 'Réf.', ...label }, { v: 'Désignation / marquage', ...label, span: 3 }, null, null, { v: 'Qté', ...label }, { v: 'P.U. HT', ...label }, { v: 'Montant HT', ...label }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.6 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      [{ v: inv.avoir ? 'Avoir à imputer sur votre prochain règlement ; il ne donne lieu à aucun paiement.' : paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: inv.avoir ? 'Marquage : tolérance de ± 2 mm selon nos conditions générales.' : `Conditions de règlement : 30 jours date de facture (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, span: 7, size: 6.8, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.6, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [18, 34, 34, 34, 16, 22, 26], margins: [12, 12, 14, 12], rows };
  },
};

export default [guides, balisage, objets];

// Blind-36 layouts written as documents (see ../../README.md): a property-diagnostics firm's invoice for the technical
// file before the sale of a communal dwelling, printed by PDFKit like a diagnostics package (labels in capitals in a
// ruled row of headings over values, the file number of seven digits, one line per diagnostic with the
// diagnostician's certification number, a bundle discount on some; one credit note for a diagnostic not carried out),
// a demolition contractor's invoice for the demolition of a derelict building under a safety order, typed in a Writer
// template (the identity as labels beside values on the right, lots with m³, m² and tonnes of three decimals, the
// waste tracking slips of twelve digits, a 5 % retention of guarantee deducted on some, « Net à payer »; one invoice of
// three buildings runs over two pages), and a housing inspector's invoice for the visits of the commune's « permis de
// louer » printed like Dolibarr by LibreOffice and by PDFKit (4 invoices each: « Réf. : … », « Date facturation »,
// « Code client » of seven digits right-aligned, then the references; one visit per dwelling with its application
// number; one credit note for visits cancelled).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { caps } from '../../lib/blind24.mjs';
import { retain } from '../../lib/blind25.mjs';
import { housingBuyer, maybeRelabel36, oldAddress, parcel, parcelText, seven36 } from '../../lib/blind36.mjs';

// ——— 1. Diagnostics before a sale: PDFKit, capitals, a row of headings over values, one credit note. ———
const DIAGNOSTICS = [
  ['Diagnostic de performance énergétique (DPE)', 14000, 22000], ['Constat de risque d’exposition au plomb (CREP)', 12000, 19000],
  ['Repérage amiante avant vente (liste A et B)', 13000, 21000], ['État relatif à la présence de termites', 8000, 12000],
  ['État de l’installation intérieure d’électricité', 9000, 13000], ['État de l’installation intérieure de gaz', 9000, 13000],
  ['Mesurage loi Carrez', 6000, 11000], ['État des risques et pollutions (ERP)', 2500, 4500],
];
const diagnostics = {
  name: 'ah-diagnostics-avant-vente',
  family: 'property-diagnostics-before-sale-caps-headings-row',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('ah-diagnostics-avant-vente', i, { avoir: credit, cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoirDolibarr', 'avoir'] : ['sage', 'ciel', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'bcShort'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['slash', 'dots'], rates: [[2000]], discountPct: credit ? 0 : [0, 0, 10, 15], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'diag');
    renameSupplier(inv, x.pick(['Diag’Immo Loire', 'Expertises Habitat Forez', 'Cabinet Diagnostic Stéphanois', 'AC Environnement Diagnostics']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7120B';
    housingBuyer(inv, x, x.chance(0.5) ? 'land' : 'housing', 0.85);
    localReferences(inv, x);
    maybeRelabel36(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.file = seven36(x);
    inv.visit = addDays(inv.date, -x.int(3, 15));
    inv.property = { address: oldAddress(x), kind: x.pick(['Maison individuelle', 'Appartement T3', 'Immeuble (4 lots)', 'Local d’activité', 'Logement de fonction']), year: x.pick(['avant 1949', '1956', '1962', '1974', '1988']), parcel: parcel(x) };
    inv.certs = [`CPDI${x.digits(4)}`, `${x.pick(['B2C', 'LCC', 'ICERT'])}-${x.digits(5)}`];
    const picks = DIAGNOSTICS.filter(() => x.chance(0.6));
    if (picks.length < 3) picks.push(DIAGNOSTICS[0], DIAGNOSTICS[7]);
    inv.lines = (credit ? picks.slice(0, 1) : picks).map(([label, lo, hi]) => ({ label, qty: 1, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000, cert: x.pick(inv.certs) }));
    if (!credit && x.chance(0.4)) inv.lines.push({ label: 'Déplacement hors agglomération', qty: 1, unit: x.int(30, 60) * 100, rate: 2000, cert: '' });
    if (credit) {
      inv.origin = { number: `FA${x.digits(5)}`, date: addDays(inv.date, -x.int(8, 30)) };
      inv.print.iban = false;
    }
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'ACCORD-CADRE N°'], service: ['CODE SERVICE', 'SERVICE EXÉCUTANT'] });
    const heads = [inv.avoir ? 'AVOIR N°' : 'FACTURE N°', 'DATE', 'N° DOSSIER', 'DATE DE VISITE', inv.avoir ? 'FACTURE D’ORIGINE' : 'ÉCHÉANCE'];
    const values = [inv.number, date(inv, inv.date), inv.file, fmtDate(inv.visit, 'slash'), inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')];
    const rows = inv.lines.map((l) => [caps(l.label), l.cert, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['TOTAL BRUT HT', money(inv, inv.grossHT)], [`REMISE PACK ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['TOTAL HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push([x.pick(['NET À PAYER', 'MONTANT DÛ']), money(inv, inv.net)]);
    return {
      font: 'Helvetica', size: 8.4, margins: [12, 13, 18, 13], creator: 'Logiciel de diagnostic immobilier – module facturation',
      body: [
        columns([100, 80], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 13, color: '#0b6e4f' }), p('Diagnostics immobiliers – opérateurs certifiés', { size: 7.2 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 }))],
          [p(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 18, align: 'right', color: '#0b6e4f' }), space(3), ...paras(buyerTexts(inv, x), { size: 8.6 })],
        ]),
        space(5),
        table([36, 30, 34, 40, 44], [{ cells: heads, b: true, shade: '#d9eee6', size: 6.8 }, { cells: values, size: 9 }], { border: 'grid', align: ['center', 'center', 'center', 'center', 'center'] }),
        ...(refs.length ? [table(refs.map(() => 184 / refs.length), [{ cells: refs.map(([k]) => k), size: 6.6, shade: '#f2f2f2' }, { cells: refs.map(([, v]) => ({ text: v, b: true })), size: 8.6 }], { border: 'grid', before: 2 })] : []),
        space(4),
        p(`BIEN : ${inv.property.kind.toLocaleUpperCase('fr-FR')} – ${inv.property.address.toLocaleUpperCase('fr-FR')} – CADASTRE ${parcelText(inv.property.parcel).toLocaleUpperCase('fr-FR')} – PERMIS DE CONSTRUIRE ${inv.property.year.toLocaleUpperCase('fr-FR')}`, { b: true, size: 8 }),
        p(inv.avoir ? `AVOIR : DIAGNOSTIC NON RÉALISÉ (ACCÈS IMPOSSIBLE AUX COMBLES LE ${fmtDate(inv.visit, 'slash')}), FACTURE D’ORIGINE DU ${fmtDate(inv.origin.date, 'slash')}` : 'DOSSIER DE DIAGNOSTIC TECHNIQUE (DDT) ANNEXÉ À LA PROMESSE DE VENTE – ART. L. 271-4 DU CODE DE LA CONSTRUCTION ET DE L’HABITATION', { size: 7.2, after: 2 }),
        table([92, 26, 12, 24, 30], [{ cells: ['DIAGNOSTIC', 'CERTIFICATION', 'QTÉ', 'P.U. HT', 'MONTANT HT'], b: true, shade: '#d9eee6' }, ...rows], { border: 'rows', size: 7.6, align: ['left', 'center', 'right', 'right', 'right'], after: 3 }),
        table([52, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1, line: n === totals.length - 1 ? 'top' : undefined })), { indent: 100, border: 'none', size: 8.6, align: ['left', 'right'] }),
        space(4),
        p(inv.avoir ? 'MONTANT IMPUTÉ SUR LA FACTURE D’ORIGINE OU REMBOURSÉ SUR DEMANDE.' : paymentText(inv, 'RÈGLEMENT PAR VIREMENT').toLocaleUpperCase('fr-FR'), { size: 7.8 }),
        p('Opérateurs certifiés par un organisme accrédité COFRAC. Assurance responsabilité civile professionnelle : AXA, contrat n° 10583642. Rapports transmis par voie dématérialisée.', { size: 6.8, before: 2 }),
        rule(),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page} / {pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 2. Demolition under a safety order: Writer, labels beside values on the right, lots, retention, two pages on one. ———
const demolition = {
  name: 'ah-demolition-immeuble-peril',
  family: 'derelict-building-demolition-writer-lots-retention',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 6;
    const inv = makeInvoice('ah-demolition-immeuble-peril', i, { cityProb: 0.45, engagementProb: 0.8, trades: ['btp'], numbers: ['ebp', 'plain', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'demolition');
    renameSupplier(inv, x.pick(['Démolition Forézienne', 'Genier Déconstruction', 'Terrassements et Démolition du Gier', 'Ondaine Démolition TP']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4311Z';
    housingBuyer(inv, x, x.chance(0.6) ? 'renewal' : 'land', 0.85);
    localReferences(inv, x);
    maybeRelabel36(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.order = `${x.pick(['Arrêté de mise en sécurité', 'Arrêté de péril imminent', 'Ordre de service'])} n° ${inv.date.y}-${x.digits(3)}`;
    inv.quote = seven36(x);
    const buildings = long ? 3 : 1;
    inv.sites = Array.from({ length: buildings }, () => ({ address: oldAddress(x), parcel: parcel(x), levels: x.int(2, 5) }));
    inv.lines = [{ label: 'Installation de chantier, clôtures, signalisation et constat d’huissier préalable', unit: 'forfait', qty: 1, price: x.int(1800, 4200) * 100 }];
    for (const [k, site] of inv.sites.entries()) {
      const head = buildings > 1 ? `Bâtiment ${String.fromCharCode(65 + k)} – ` : '';
      const volume = x.int(300, 1600);
      inv.lines.push(
        { label: `${head}Curage intérieur (menuiseries, cloisons, revêtements) – ${site.address}`, unit: 'm²', qty: x.int(120, 520), price: x.int(12, 28) * 100 },
        { label: `${head}Démolition mécanique à la pelle grand bras (R+${site.levels})`, unit: 'm³', qty: volume, price: x.int(14, 32) * 100 },
        { label: `${head}Évacuation et traitement des gravats inertes en ISDI`, unit: 't', qty: x.int(200000, 900000) / 1000, price: x.int(18, 34) * 100, tonnes: true },
        { label: `${head}Évacuation des déchets non dangereux (bois, plâtre) en centre agréé`, unit: 't', qty: x.int(8000, 60000) / 1000, price: x.int(95, 160) * 100, tonnes: true },
      );
      if (long || x.chance(0.5)) inv.lines.push({ label: `${head}Neutralisation des réseaux et protection des mitoyens (bâche, étaiement)`, unit: 'ml', qty: x.int(10, 40), price: x.int(60, 140) * 100 });
      if (long) inv.lines.push({ label: `${head}Remblaiement, compactage et mise à niveau de la plateforme`, unit: 'm³', qty: x.int(80, 300), price: x.int(18, 30) * 100 });
    }
    for (const l of inv.lines) {
      l.rate = 2000;
      l.total = Math.round(l.qty * l.price);
    }
    inv.lines = inv.lines.map((l) => ({ ...l, unit: l.price, unitName: l.unit }));
    inv.slips = Array.from({ length: long ? 6 : x.int(1, 3) }, () => `${x.int(1, 9)}${x.digits(11)}`);
    priceLines(inv, [2000]);
    if (i % 2 === 0) retain(inv, 5);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°'], service: ['Code service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ident = [['Facture n°', inv.number, true], ['Date', date(inv, inv.date)], ['Devis accepté n°', inv.quote], ['Échéance', fmtDate(inv.due, 'slash')], ...shown];
    const identTable = table([34, 46], ident.map(([k, v, strong]) => [{ text: k, size: 7.4 }, { text: v, b: true, size: strong ? 11 : 9 }]), { border: 'none' });
    const rows = inv.lines.map((l) => [l.label, l.unitName, l.unitName === 't' ? frNumber(l.qty, 3) : frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} % (art. 1er loi n° 71-584)`, money(inv, -inv.retenue)]);
    totals.push(['Net à payer', money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 14, 20, 14],
      body: [
        columns([92, 88], [
          [p(s.name, { b: true, size: 14 }), p('Démolition – désamiantage – terrassement', { i: true, size: 7.6 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 })), space(6), ...paras(buyerTexts(inv, x), { size: 9 })],
          [p('FACTURE', { b: true, size: 20, align: 'right' }), space(2), identTable],
        ]),
        space(4),
        p(`Objet : démolition ${inv.sites.length > 1 ? `de ${inv.sites.length} bâtiments` : 'd’un immeuble'} menaçant ruine – ${inv.order}`, { b: true }),
        p(`Adresse(s) : ${inv.sites.map((site) => `${site.address} (cadastré ${parcelText(site.parcel)})`).join(' ; ')}`, { size: 8 }),
        ...(sentence ? [p(sentence, { i: true, size: 8.2 })] : []),
        table([86, 12, 20, 26, 36], [{ cells: ['Désignation', 'U', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'center', 'right', 'right', 'right'], before: 3, after: 3 }),
        table([70, 34], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 || k === 'Total TTC' })), { indent: 76, border: 'grid', size: 8.8, align: ['left', 'right'] }),
        space(3),
        p(`Bordereaux de suivi des déchets (Trackdéchets) : ${inv.slips.join(', ')}.`, { size: 7.4 }),
        p(paymentText(inv), { size: 8.2, before: 2 }),
        p(LATE_FEES, { size: 7, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 }), p('Page {page}/{pages}', { align: 'right', size: 6.6 })],
    };
  },
};

// ——— 3. « Permis de louer » visits: Dolibarr-like, LibreOffice and PDFKit, four invoices each, one credit note. ———
const permisLouer = {
  name: 'ah-permis-de-louer-visites',
  family: 'rental-permit-inspections-dolibarr-two-producers',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const credit = i === 1;
    const inv = makeInvoice('ah-permis-de-louer-visites', i, { avoir: credit, cityProb: 0.45, engagementProb: 0.75, trades: ['services'], numbers: credit ? ['avoirDolibarr'] : ['dolibarr'], engagementLabels: ['engagement', 'commande', 'ej', 'votreCommandeEngagement'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, negative: credit ? 1 : false });
    const x = extraRng(inv, 'permit');
    renameSupplier(inv, x.pick(['Habitat Contrôle Loire', 'Urbanis Inspection Logement', 'Soliha Expertises Forez', 'Cabinet Logement Décent']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7112B';
    housingBuyer(inv, x, 'housing', 0.9);
    localReferences(inv, x);
    maybeRelabel36(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.client = seven36(x);
    const n = credit ? x.int(1, 2) : x.int(3, 8);
    inv.visits = Array.from({ length: n }, () => ({ request: seven36(x), address: oldAddress(x), kind: x.pick(['T1', 'T2', 'T3', 'T4', 'Studio']), day: addDays(inv.date, -x.int(3, 28)), second: x.chance(0.25) }));
    inv.lines = inv.visits.map((v) => ({ label: `Visite de contrôle – demande d’autorisation préalable n° ${v.request} – ${v.address}, ${v.kind} – ${fmtDate(v.day, 'slash')}${v.second ? ' (contre-visite)' : ''}`, qty: 1, unit: v.second ? 9500 : x.pick([14500, 16000, 17500]), rate: 2000 }));
    if (!credit && x.chance(0.5)) inv.lines.push({ label: 'Rédaction des rapports et saisie sur la plateforme de la collectivité', qty: n, unit: x.pick([1500, 2000, 2500]), rate: 2000 });
    if (credit) inv.origin = `FA${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${x.digits(4)}`;
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché'], service: ['Code service', 'Service destinataire'] });
    const right = [
      [`Réf. : ${inv.number}`, true], [`Date facturation : ${date(inv, inv.date)}`], [inv.avoir ? `Facture d’origine : ${inv.origin}` : `Date échéance : ${fmtDate(inv.due, 'slash')}`], [`Code client : ${inv.client}`],
      ...refs.map(([k, v]) => [`${k} : ${v}`]),
    ];
    const rows = inv.lines.map((l) => [l.label, rate(l.rate), plainMoney(inv, l.unit), frNumber(l.qty), plainMoney(inv, l.total)]);
    const totals = [['Montant HT', money(inv, inv.ht)], [`Montant TVA ${rate(2000)}`, money(inv, inv.tva)], ['Montant TTC', money(inv, inv.ttc)]];
    if (!inv.avoir) totals.push(['Reste à payer', money(inv, inv.net)]);
    const font = producer === 'pdfkit' ? 'Helvetica' : 'DejaVu Sans';
    return {
      font, size: 8.4, margins: [12, 12, 18, 12], creator: 'Dolibarr',
      body: [
        columns([96, 84], [
          [p(s.name, { b: true, size: 13 })],
          [p(inv.avoir ? 'Avoir' : 'Facture', { b: true, size: 13, align: 'right' }), ...right.map(([t, b]) => p(t, { align: 'right', size: b ? 9.4 : 8, b }))],
        ]),
        space(4),
        columns([86, 8, 86], [
          [p('Émetteur', { size: 7.4 }), table([86], [[{ blocks: supplierTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8 })) }]], { border: 'none', pad: 2 })],
          [space(1)],
          [p('Adressé à', { size: 7.4 }), table([86], [[{ blocks: buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.6 })) }]], { border: 'grid', pad: 2 })],
        ]),
        space(4),
        p(`Montants exprimés en Euros`, { size: 7.4, align: 'right' }),
        table([100, 14, 24, 12, 30], [{ cells: ['Désignation', 'TVA', 'P.U. HT', 'Qté', 'Total HT'], b: true, shade: '#e6e6e6' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right', 'right'], after: 3 }),
        columns([96, 84], [
          [p(inv.avoir ? 'Avoir à déduire de la facture d’origine.' : `Conditions de règlement : 30 jours\n${paymentText(inv)}`, { size: 7.6 })],
          [table([50, 34], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1, shade: n === totals.length - 1 ? '#f0f0f0' : undefined })), { border: 'none', size: 8.4, align: ['left', 'right'] })],
        ]),
        space(4),
        p('Visites réalisées en application des articles L. 635-1 et suivants du code de la construction et de l’habitation (autorisation préalable de mise en location).', { size: 7 }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('{page}/{pages}', { align: 'right', size: 6.4 })],
    };
  },
};

export default [diagnostics, demolition, permisLouer];

// Blind-32 layouts written as documents (see ../../README.md): a coach company's invoice for the shuttle buses of an
// event, typed in a hand-made Writer template (rotations between the park-and-ride and the site day by day and
// coaches with their driver at 10 %, the hostesses and the stop signs at 20 %, motorway tolls and coach parking paid
// for the buyer re-invoiced outside VAT on some — `totalHT` includes them —; the identity as labels beside values on
// the right; a VAT summary by rate; a deposit invoiced at the order deducted with its own number on some; one invoice
// of a ten-day festival runs over two pages), and a heavy-vehicle workshop's invoice for the repair of a refuse
// collection truck, printed by a Sage-like accounting package through LibreOffice and through PDFKit (the identity in
// a ruled box of headings over values, the vehicle block with plate, fleet number, mileage and the 17-character
// identification number, the repair order of seven digits, parts with their references then labour hours, a discount
// on parts on some; one long repair with its fittings by lots).
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
import { deductDeposit, splitOutside } from '../../lib/blind25.mjs';
import { hours32, km32, maybeRelabel32, mobilityBuyer, perHour, plate32, seven32, vin32 } from '../../lib/blind32.mjs';

// ——— 1. Event shuttle buses: a Writer template, 10 % and 20 %, tolls outside VAT, a deposit deducted. ———
const EVENTS = ['Biennale Internationale Design', 'Festival des Arts Burlesques', 'Fête du Livre', 'Marathon de Saint-Étienne', 'Fête de la Musique', 'Salon des Vins du Forez', 'Meeting aérien de Bouthéon', 'Foire de Saint-Étienne'];
const PARKS = ['P+R Bellevue', 'Parking du Zénith', 'P+R La Terrasse', 'Parc des expositions', 'Gare de Châteaucreux', 'Parking Geoffroy-Guichard'];
const navettes = {
  name: 'ad-navettes-evenement',
  family: 'event-shuttle-coaches-writer-two-rates-tolls',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 3;
    const inv = makeInvoice('ad-navettes-evenement', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: ['plain', 'sage', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['slash', 'long'], rates: [[1000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'shuttle');
    renameSupplier(inv, x.pick(['Autocars Forez Pilat', 'Cars du Gier', 'Voyages Chazot Loire', 'Transdev Autocars Ondaine']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4939B';
    mobilityBuyer(inv, x, 'events', 0.85);
    localReferences(inv, x);
    maybeRelabel32(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.event = x.pick(EVENTS);
    inv.days = long ? 10 : x.int(1, 3);
    inv.from = addDays(inv.date, -x.int(6, 20) - inv.days);
    inv.park = x.pick(PARKS);
    inv.licence = `2023/84/${x.digits(7)}`;
    inv.quote = `DV${x.digits(7)}`;
    inv.lines = [];
    for (let d = 0; d < inv.days; d++) {
      const day = addDays(inv.from, d);
      const rot = x.int(8, 30);
      inv.lines.push({ label: `${fmtDate(day, 'slash')} – Navette ${inv.park} ↔ site de l’événement : rotations`, qty: rot, unit: x.int(45, 90) * 100, rate: 1000 });
      if (long || x.chance(0.7)) inv.lines.push({ label: `${fmtDate(day, 'slash')} – Mise à disposition d’un autocar 57 places avec conducteur (amplitude ${x.int(8, 12)} h)`, qty: x.int(1, 3), unit: x.int(580, 820) * 100, rate: 1000 });
    }
    const rates = [1000];
    if (x.chance(0.6) || long) {
      inv.lines.push({ label: 'Hôtesses d’accueil et de régulation aux arrêts (heures)', qty: x.int(8, 40), unit: x.int(32, 42) * 100, rate: 2000 });
      inv.lines.push({ label: 'Signalétique des arrêts navette (kakémonos, fléchage)', qty: 1, unit: x.int(180, 450) * 100, rate: 2000 });
      rates.push(2000);
    }
    if (x.chance(0.5)) {
      inv.lines.push({ label: `Débours : péages autoroutiers et stationnement des autocars (justificatifs joints, ticket ${seven32(x)})`, qty: 1, unit: x.int(40, 260) * 100 + x.int(0, 99), rate: 0 });
      rates.push(0);
    }
    priceLines(inv, rates);
    if (i % 3 === 1) inv.deposit32 = deductDeposit(inv, x, 30, addDays(inv.from, -x.int(15, 40)));
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre transports n°'], service: ['Code service', 'Service organisateur'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ident = [['Facture n°', inv.number], ['Date', date(inv, inv.date)], ['Devis accepté', inv.quote], ['Échéance', fmtDate(inv.due, 'slash')], ...shown];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), l.rate ? rate(l.rate) : '—', plainMoney(inv, l.total)]);
    const { outside } = splitOutside(inv);
    const taxed = inv.vat.filter((v) => v.rate > 0);
    const summary = table([30, 30, 30], [{ cells: ['Taux', 'Base HT', 'TVA'], b: true, shade: '#eeeeee' }, ...taxed.map((v) => [rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)]), ...(outside ? [['Hors TVA (débours)', plainMoney(inv, outside), '—']] : [])], { border: 'grid', size: 7.8, align: ['left', 'right', 'right'] });
    const totals = [['Total HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.deposit) totals.push([`Acompte facture ${inv.deposit32.number} du ${fmtDate(inv.deposit32.date, 'slash')}`, money(inv, -inv.deposit)], ['Reste à payer', money(inv, inv.net)]);
    else totals.push(['Net à payer', money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [14, 16, 20, 16], creator: 'Writer',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 15 }), p('Transport de voyageurs – autocars de tourisme et navettes', { i: true, size: 8 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 8 })), p(`Licence communautaire n° ${inv.licence}`, { size: 7.6 })],
          [p('FACTURE', { b: true, size: 18, align: 'right' }), space(2), table([34, 46], ident.map(([k, v]) => [k, { text: v, b: true }]), { border: 'none', size: 8.6 })],
        ]),
        space(5),
        columns([90, 90], [[], [p('Client :', { size: 7.6, i: true }), ...paras(buyerTexts(inv, x), { size: 9 })]]),
        space(4),
        p(`Objet : navettes ${inv.event} ${inv.from.y} – du ${fmtDate(inv.from, 'slash')} au ${fmtDate(addDays(inv.from, inv.days - 1), 'slash')}`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4, before: 1 })] : []),
        table([96, 14, 24, 14, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'center', 'right'], before: 2, after: 3 }),
        columns([92, 8, 80], [[p('Récapitulatif TVA', { b: true, size: 8 }), summary], [], [table([48, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'rows', size: 9, align: ['left', 'right'] })]]),
        space(3),
        p('Transport de voyageurs : TVA au taux réduit de 10 % (art. 279 b quater du CGI). Débours refacturés à l’identique, hors champ de la TVA.', { size: 7.4, i: true }),
        rule(),
        p(inv.print.iban ? `Règlement par virement – IBAN : ${iban(inv)} – BIC : ${s.bic}` : paymentText(inv), { size: 8.4 }),
        p(LATE_FEES, { size: 7 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 }), p('Page {page} / {pages}', { align: 'right', size: 6.6 })],
    };
  },
};

// ——— 2. Refuse truck repair: a Sage-like workshop invoice (LibreOffice and PDFKit), vehicle block, parts then labour. ———
const PARTS = [
  ['Vérin hydraulique de compaction (échange standard)', 180000, 420000], ['Joint de tige de vérin – kit', 4500, 12000], ['Flexible hydraulique HP 1/2" serti', 4800, 9500],
  ['Huile hydraulique HV 46', 450, 650, 'L'], ['Filtre retour hydraulique', 5500, 9800], ['Capteur de proximité lève-conteneurs', 8500, 16000],
  ['Patin d’usure de pelle', 6500, 14000], ['Garniture de frein arrière (essieu)', 16000, 29000], ['Gyrophare LED orange', 7500, 13000],
  ['Caméra de recul et moniteur', 28000, 52000], ['Pompe hydraulique à engrenages', 95000, 180000], ['Graisse EP2 (cartouche)', 600, 1100],
];
const benne = {
  name: 'ad-benne-om-reparation',
  family: 'refuse-truck-repair-workshop-vehicle-block',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const long = i === 1;
    const inv = makeInvoice('ad-benne-om-reparation', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: ['sage', 'ciel'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'numeroBonCommande'], marketProb: 0.6, serviceProb: 0.4, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 8], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.9 });
    const x = extraRng(inv, 'truck');
    renameSupplier(inv, x.pick(['Poids Lourds Services Loire', 'Garage Industriel du Furan', 'Hydro-Bennes Réparation', 'Forez Truck Center']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4520B';
    mobilityBuyer(inv, x, 'fleet', 0.85);
    localReferences(inv, x);
    maybeRelabel32(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.order = seven32(x);
    inv.client = `411${x.digits(5)}`;
    inv.vehicle = { plate: plate32(x), vin: vin32(x, x.pick(['VF6', 'WMA', 'YV2'])), fleet: `BOM-${x.int(1, 40)}`, km: x.int(40, 380) * 1000 + x.int(0, 999), model: x.pick(['Renault Trucks D Wide 19 t – benne Semat 16 m³', 'MAN TGM 18 t – benne Faun Variopress', 'Volvo FE 26 t – benne Geesink GPM', 'Mercedes Econic 26 t – benne Zoeller Medium']) };
    inv.entered = addDays(inv.date, -x.int(3, 15));
    const picks = long ? PARTS.slice(0, 8) : PARTS.filter(() => x.chance(0.4)).slice(0, 6);
    if (!picks.length) picks.push(PARTS[1]);
    inv.lines = picks.map(([label, lo, hi, unitName = 'u']) => ({ kind: 'part', ref: `${x.pick(['SEM', 'FAU', 'HYD', 'RVI', 'ZOE'])}${x.digits(6)}`, label, unitName, qty: unitName === 'L' ? x.int(20, 120) : x.int(1, long ? 6 : 2), unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 }));
    if (long) for (let k = 0; k < 3; k++) inv.lines.push({ kind: 'part', ref: `BOU${x.digits(6)}`, label: `Visserie et raccord hydraulique – lot ${k + 1}`, unitName: 'u', qty: x.int(2, 20), unit: x.int(3, 30) * 100, rate: 2000 });
    const labourP = x.int(72, 96) * 100;
    for (const [label, lo, hi] of [['Main-d’œuvre mécanique poids lourds', 150, 900], ['Main-d’œuvre hydraulique et électricité de benne', 100, 1200]]) {
      const h = x.int(lo / 25, hi / 25) * 25;
      inv.lines.push({ kind: 'labour', ref: 'MO', label, unitName: 'h', qty: h / 100, qtyText: hours32(h), unit: labourP, total: perHour(h, labourP), rate: 2000 });
    }
    inv.lines.push({ kind: 'fee', ref: 'ENV', label: 'Participation au traitement des déchets d’atelier (huiles, filtres, chiffons)', unitName: 'forfait', qty: 1, unit: x.int(15, 45) * 100, rate: 2000 });
    for (const l of inv.lines) l.qtyText ??= frNumber(l.qty);
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’entretien des PL n°', 'Lot n° / marché'], service: ['Code service', 'Service destinataire'] });
    const v = inv.vehicle;
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const heads = [[up('Facture'), inv.number], [up('Date'), date(inv, inv.date)], [up('Code client'), inv.client], [up('Ordre de réparation'), inv.order]];
    const identBox = table([28, 24, 22, 28], [{ cells: heads.map(([k]) => k), b: true, shade: '#d9d9d9', size: 7 }, heads.map(([, val]) => ({ text: val, b: true }))], { border: 'grid', size: 8.6, align: ['center', 'center', 'center', 'center'] });
    const vehicle = table([36, 54, 36, 54], [
      ['Immatriculation', { text: v.plate, b: true }, 'N° de parc', v.fleet],
      ['N° de série (VIN)', v.vin, 'Kilométrage', km32(v.km)],
      ['Véhicule', { text: v.model, span: 3 }, null, null],
      ['Entrée atelier', fmtDate(inv.entered, 'slash'), 'Sortie atelier', fmtDate(addDays(inv.date, -1), 'slash')],
    ].map((r) => r.filter((c) => c !== null)), { border: 'box', size: 7.8 });
    const rows = inv.lines.map((l) => [l.ref, l.label, l.unitName, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise marché ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)], [x.pick(['Net à payer', 'NET A PAYER', 'Montant dû']), money(inv, inv.net)]);
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 13, 20, 13], creator: 'Sage 100 Gestion commerciale',
      body: [
        columns([82, 98], [
          [p(s.name, { b: true, size: 13 }), p('Réparation et entretien de véhicules industriels – hydraulique de bennes', { size: 7.2, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [identBox, space(4), p('Adresse de facturation', { size: 7, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.8 })],
        ]),
        space(3),
        ...(refs.length ? [table([60, 120], refs.map(([k, val]) => [k, { text: val, b: true }]), { border: 'rows', size: 8.2 })] : []),
        space(3),
        p(up('Véhicule réparé'), { b: true, size: 8.4 }),
        vehicle,
        space(3),
        table([22, 86, 14, 16, 20, 22], [{ cells: ['Référence', 'Désignation', 'Unité', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#d9d9d9' }, ...rows], { border: 'head', size: 7.6, align: ['left', 'left', 'center', 'right', 'right', 'right'], before: 1, after: 3 }),
        table([50, 30], totals.map(([k, val], n) => ({ cells: [k, val], b: n === totals.length - 1 })), { indent: 100, border: 'box', size: 8.8, align: ['left', 'right'] }),
        space(3),
        p('Pièces remplacées restituées au client sur demande. Garantie pièces et main-d’œuvre : 6 mois ou 20 000 km.', { size: 7.2, i: true }),
        p(`${paymentText(inv)} – échéance le ${fmtDate(inv.due, 'slash')}`, { size: 8 }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('Page {page}/{pages}', { align: 'right', size: 6.4 })],
    };
  },
};

export default [navettes, benne];

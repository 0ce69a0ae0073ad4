// Blind-33 layouts written as documents (see ../../README.md): an approved archaeology operator's invoice for a
// preventive diagnostic or excavation ordered by a commune before its works, typed in a hand-made Writer template
// (the identity as labels beside values on the right, the prefect's order and the site's operation number, the
// operator's job number of seven digits; staff days with one decimal, the digger by the day, radiocarbon dates by the
// sample, the final report; a retention of guarantee deducted on some; a long excavation runs over two pages), and a
// publisher's quarterly invoice on the sales of its books and goods left on consignment in a museum shop, printed by
// an EBP-like package through LibreOffice and through PDFKit (a row of ruled headings over values, EAN-13 codes, books
// at 5,5 % and postcards and goods at 20 %, the shop's discount on the public price, a VAT summary by rate; one credit
// note for unsold copies returned).
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
import { retain } from '../../lib/blind25.mjs';
import { days1, ean13, heritageBuyer, maybeRelabel33, seven33 } from '../../lib/blind33.mjs';

// ——— 1. Preventive archaeology: a Writer template, labels beside values, a retention on some, two pages once. ———
const SITES = ['Place du Marché – réaménagement', 'Parking de la Collégiale', 'Cour de l’ancien couvent des Cordeliers', 'Rue des Remparts – réseaux enterrés', 'Extension du cimetière communal', 'Parvis de l’église paroissiale', 'ZAC des Jardins de la Tour'];
const fouille = {
  name: 'ae-fouille-archeologique',
  family: 'preventive-archaeology-writer-staff-days-retention',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 4;
    const inv = makeInvoice('ae-fouille-archeologique', i, { cityProb: 0.35, engagementProb: 0.75, trades: ['services'], numbers: ['plain', 'year2', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.55, serviceProb: 0.4, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'dig');
    renameSupplier(inv, x.pick(['Archéo-Loire Diagnostics', 'Arkéos Rhône-Auvergne', 'Atelier d’Archéologie Préventive du Forez', 'Terres et Vestiges Archéologie']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7219Z';
    heritageBuyer(inv, x, 'heritage', 0.85);
    localReferences(inv, x);
    maybeRelabel33(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.job = seven33(x);
    inv.site = x.pick(SITES);
    inv.order = `Arrêté préfectoral n° ${inv.date.y - 1}-${x.int(100, 999)} (SRA Auvergne-Rhône-Alpes)`;
    inv.operation = `42 ${x.int(10, 330)} ${x.digits(4)}`;
    inv.start = addDays(inv.date, long ? -x.int(100, 120) : -x.int(30, 90));
    inv.lines = [];
    const dayP = x.int(380, 520) * 100;
    if (long) {
      for (let w = 0; w < 13; w++) {
        const monday = addDays(inv.start, 7 * w);
        const tenths = x.int(15, 30) * 5;
        inv.lines.push({ label: `Semaine du ${fmtDate(monday, 'slash')} – équipe de fouille (responsable, archéologues, technicien)`, qtyText: days1(tenths), tenths, rate: 2000, unit: dayP });
        inv.lines.push({ label: `Semaine du ${fmtDate(monday, 'slash')} – pelle mécanique 20 t avec chauffeur et godet de curage`, qtyText: String(x.int(2, 5)), rate: 2000, unit: x.int(650, 950) * 100 });
      }
    } else {
      const tenths = x.int(8, 60) * 5;
      inv.lines.push({ label: `Phase terrain – équipe d’archéologues (journées-homme, du ${fmtDate(inv.start, 'slash')})`, qtyText: days1(tenths), tenths, rate: 2000, unit: dayP });
      inv.lines.push({ label: 'Décapage mécanique – pelle 20 t avec chauffeur (jours)', qtyText: String(x.int(1, 6)), rate: 2000, unit: x.int(650, 950) * 100 });
    }
    if (x.chance(0.7) || long) inv.lines.push({ label: 'Relevés topographiques et plan général des vestiges (topographe)', qtyText: days1(x.int(2, 8) * 5), rate: 2000, unit: x.int(450, 620) * 100 });
    if (x.chance(0.5) || long) inv.lines.push({ label: 'Datation radiocarbone (14C AMS) – échantillons envoyés au laboratoire', qtyText: String(x.int(2, 8)), rate: 2000, unit: x.int(380, 560) * 100 });
    if (x.chance(0.5) || long) inv.lines.push({ label: 'Étude du mobilier (céramologue, anthropologue) – post-fouille', qtyText: days1(x.int(4, 20) * 5), rate: 2000, unit: x.int(420, 560) * 100 });
    inv.lines.push({ label: 'Rapport final d’opération (RFO) – rédaction, DAO, versement au SRA', qtyText: '1', rate: 2000, unit: x.int(2500, 9000) * 100 });
    for (const l of inv.lines) {
      l.qty = Number(l.qtyText.replace(',', '.'));
      if (l.tenths) l.total = Math.round((l.tenths * l.unit) / 10);
    }
    priceLines(inv, [2000]);
    if (i % 3 === 2) retain(inv, 5);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Contrat d’opération n°', 'Marché de fouille n°'], service: ['Code service', 'Service destinataire'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ident = [['Facture n°', inv.number], ['Date', date(inv, inv.date)], ['N° d’affaire', inv.job], ['Opération', inv.operation], ['Échéance', fmtDate(inv.due, 'slash')], ...shown];
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Montant HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Montant TTC', money(inv, inv.ttc)]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} % (art. 1er loi n° 71-584)`, money(inv, -inv.retenue)]);
    totals.push([x.pick(['Net à payer', 'Montant à régler', 'Net à mandater']), money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [14, 16, 20, 16], creator: 'Writer',
      body: [
        columns([96, 84], [
          [p(s.name, { b: true, size: 14 }), p('Opérateur d’archéologie préventive agréé par arrêté du ministre de la Culture', { i: true, size: 7.6 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 8 }))],
          [p('FACTURE', { b: true, size: 17, align: 'right' }), space(2), table([30, 54], ident.map(([k, v]) => [k, { text: v, b: true }]), { border: 'none', size: 8.4 })],
        ]),
        space(4),
        columns([96, 84], [[p(`Prescription : ${inv.order}`, { size: 7.8, i: true }), p(`Site : ${inv.site}`, { size: 7.8, i: true })], [p('Maître d’ouvrage :', { size: 7.6, i: true }), ...paras(buyerTexts(inv, x), { size: 9 })]]),
        space(4),
        p(`Objet : ${x.pick(['diagnostic archéologique', 'fouille archéologique préventive'])} – ${inv.site}`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4, before: 1 })] : []),
        table([106, 18, 26, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([62, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 88, border: 'rows', size: 8.8, align: ['left', 'right'] }),
        space(3),
        p('Le mobilier archéologique et la documentation de fouille sont remis au service régional de l’archéologie avec le rapport final d’opération.', { size: 7.4, i: true }),
        ...(inv.retenue ? [p('La retenue de garantie sera libérée à l’expiration du délai d’un an suivant la réception du rapport, sauf réserves.', { size: 7.4, i: true })] : []),
        rule(),
        p(inv.print.iban ? `Règlement par virement – IBAN : ${iban(inv)} – BIC : ${s.bic}` : paymentText(inv), { size: 8.4 }),
        p(LATE_FEES, { size: 7 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 }), p('Page {page} / {pages}', { align: 'right', size: 6.6 })],
    };
  },
};

// ——— 2. Museum shop consignment: an EBP-like invoice (LibreOffice and PDFKit), a row of headings, two rates. ———
const BOOKS = ['Saint-Étienne, ville d’art et d’industrie', 'Les armuriers stéphanois (1850-1950)', 'Le Puits Couriot, mémoire de la mine', 'Rubans et passementerie du Forez', 'Le Corbusier à Firminy', 'Guide des églises romanes de la Loire', 'Carnet de croquis – le Pilat', 'Histoire du cycle à Saint-Étienne', 'Les verriers de Rive-de-Gier', 'Le Forez au Moyen Âge'];
const GOODS = ['Carte postale – chevalement Couriot', 'Affiche d’exposition 40 × 60', 'Magnet « Manufrance »', 'Carnet de notes toilé', 'Tote bag sérigraphié', 'Puzzle 500 pièces – vue de la ville', 'Marque-page métal'];
const depot = {
  name: 'ae-depot-vente-boutique-musee',
  family: 'museum-shop-consignment-publisher-ebp-two-rates',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('ae-depot-vente-boutique-musee', i, { cityProb: 0.45, engagementProb: 0.7, trades: ['goods'], numbers: credit ? ['avoirDolibarr'] : ['ebp', 'ciel'], engagementLabels: ['commande', 'bonDeCommande', 'engagement', 'votreRefEj'], marketProb: 0.45, serviceProb: 0.5, dateStyles: ['slash'], rates: [[550, 2000]], discountPct: [30, 33, 35], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.9, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'shop');
    renameSupplier(inv, x.pick(['Éditions du Gier', 'Éditions Jarez Patrimoine', 'Les Presses du Forez', 'Éditions de la Manufacture']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '5811Z';
    heritageBuyer(inv, x, 'museum', 1);
    localReferences(inv, x);
    maybeRelabel33(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.client = `411${x.digits(4)}`;
    inv.quarter = Math.floor((inv.date.m - 1) / 3) || 4;
    inv.quarterYear = inv.quarter === 4 && inv.date.m <= 3 ? inv.date.y - 1 : inv.date.y;
    const books = BOOKS.filter(() => x.chance(0.45)).slice(0, credit ? 2 : 7);
    if (!books.length) books.push(BOOKS[0]);
    const goods = GOODS.filter(() => x.chance(0.4)).slice(0, credit ? 1 : 4);
    if (!goods.length) goods.push(GOODS[0]);
    inv.lines = [
      ...books.map((label) => ({ ean: ean13(x, x.pick(['978', '979'])), label, qty: credit ? x.int(1, 6) : x.int(3, 60), unit: x.int(90, 450) * 10, rate: 550 })),
      ...goods.map((label) => ({ ean: ean13(x, x.pick(['370', '376'])), label, qty: credit ? x.int(2, 20) : x.int(10, 200), unit: x.int(8, 120) * 10, rate: 2000 })),
    ];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(10, 9999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(20, 60)) };
    }
    return priceLines(inv, [550, 2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention de dépôt n°'], service: ['Code service', 'Service'] });
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const heads = [[up(inv.avoir ? 'Avoir' : 'Facture'), inv.number], [up('Date'), date(inv, inv.date)], [up('Code client'), inv.client], [up('Échéance'), fmtDate(inv.due, 'slash')]];
    const headBox = table([26, 24, 22, 24], [{ cells: heads.map(([k]) => k), b: true, shade: '#e3e3e3', size: 7 }, heads.map(([, v]) => ({ text: v, b: true }))], { border: 'grid', size: 8.4, align: ['center', 'center', 'center', 'center'] });
    const rows = inv.lines.map((l) => [l.ean, l.label, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const vatRows = inv.vat.map((v) => [rate(v.rate), plainMoney(inv, v.gross), plainMoney(inv, v.discount), plainMoney(inv, v.base), plainMoney(inv, v.amount)]);
    const totals = [['Total brut HT', money(inv, inv.grossHT)], [`Remise boutique ${inv.discountPct} %`, money(inv, -inv.discount)], ['Total net HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], [inv.avoir ? 'Total avoir TTC' : 'Total TTC', money(inv, inv.ttc)]];
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'NET A PAYER']), money(inv, inv.net)]);
    const q = `${inv.quarter}${inv.quarter === 1 ? 'er' : 'e'} trimestre ${inv.quarterYear}`;
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 13, 20, 13], creator: 'EBP Gestion commerciale',
      body: [
        columns([84, 96], [
          [p(s.name, { b: true, size: 13 }), p('Édition et diffusion – livres d’art, patrimoine régional et produits dérivés', { size: 7.2, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [headBox, space(4), p('Adresse de facturation', { size: 7, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.8 })],
        ]),
        space(3),
        ...(refs.length ? [table([56, 124], refs.map(([k, v]) => [k, { text: v, b: true }]), { border: 'rows', size: 8.2 })] : []),
        space(2),
        p(inv.avoir ? `Avoir pour retour d’invendus – dépôt en boutique – facture d’origine ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Facture sur relevé des ventes du dépôt – boutique du musée – ${q}`, { b: true }),
        table([28, 74, 14, 22, 14, 28], [{ cells: ['EAN', 'Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#e3e3e3' }, ...rows], { border: 'head', size: 7.4, align: ['left', 'left', 'right', 'right', 'center', 'right'], before: 2, after: 3 }),
        columns([96, 6, 78], [
          [p('Récapitulatif TVA', { b: true, size: 7.8 }), table([14, 22, 20, 20, 20], [{ cells: ['Taux', 'Brut HT', 'Remise', 'Base HT', 'TVA'], b: true, shade: '#eeeeee' }, ...vatRows], { border: 'grid', size: 7.2, align: ['left', 'right', 'right', 'right', 'right'] })],
          [],
          [table([48, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'box', size: 8.4, align: ['left', 'right'] })],
        ]),
        space(3),
        p('Prix public des livres fixé par l’éditeur (loi du 10 août 1981). Articles restant en dépôt : propriété de l’éditeur jusqu’à leur vente.', { size: 7, i: true }),
        p(inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : `${paymentText(inv)} – échéance le ${fmtDate(inv.due, 'slash')}`, { size: 8 }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('Page {page}/{pages}', { align: 'right', size: 6.4 })],
    };
  },
};

export default [fouille, depot];

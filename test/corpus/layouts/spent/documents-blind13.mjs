// Blind-13 layouts written for LibreOffice (see ../../README.md): a designated body's invoice for the periodic legal
// verification of weighing instruments (market stall scales, central kitchen scales, the waste centre's weighbridge;
// fees per kind of instrument, then each instrument listed with its make, serial number, capacity, class, result and
// sticker; a re-verification after repair for those refused; a yearly contract discount on some), and a stained-glass
// workshop's balance invoice for the restoration of a church's windows (each bay in m² with two decimals, pieces of
// glass replaced, protective grilles, scaffolding; the instalment invoiced at the start deducted with its own number on
// most, a 5 % retention on some), printed from a Calc sheet.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays, iso } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { refsLine, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { areaTotal, deductInstalments, squareMetres } from '../../lib/blind11.mjs';
import { earlierNumber } from '../../lib/blind12.mjs';
import { communeBuyer, engagementSentence, maybeRelabel13, redate, ribOf } from '../../lib/blind13.mjs';

// ——— 1. Periodic verification of weighing instruments. ———
// [kind, capacity and scale interval, accuracy class, fee range in euros, makes, sites]
const INSTRUMENTS = [
  ['Balance poids-prix étiqueteuse', 'Max 15 kg – e = 5 g', 'III', [38, 58], ['Bizerba', 'Dibal', 'Mettler Toledo'], ['Marché de la place Carnot', 'Marché Jean Jaurès', 'Halles Mazerat']],
  ['Balance de cuisine centrale plate-forme', 'Max 150 kg – e = 50 g', 'III', [45, 70], ['Precia Molen', 'Mettler Toledo'], ['Cuisine centrale', 'Restaurant scolaire Jules Ferry']],
  ['Balance de pesée des portions', 'Max 6 kg – e = 2 g', 'III', [32, 48], ['Soehnle', 'Dibal', 'Kern'], ['Restaurant scolaire Chappe', 'Cuisine centrale', 'EHPAD municipal']],
  ['Pèse-bébé et pèse-personne médical', 'Max 200 kg – e = 100 g', 'III', [30, 45], ['Seca', 'Charder'], ['Centre de PMI Beaubrun', 'Centre de santé municipal']],
  ['Balance de précision du laboratoire', 'Max 220 g – e = 1 mg', 'II', [60, 95], ['Sartorius', 'Kern', 'Ohaus'], ['Laboratoire municipal d’analyses']],
];
const BRIDGE = ['Pont-bascule routier de la déchèterie', 'Max 60 t – e = 20 kg', 'IIII', [420, 720], ['Precia Molen', 'Arpège Master K'], ['Déchèterie du Soleil', 'Centre technique municipal']];
const pesage = {
  name: 'm-verification-pesage',
  family: 'weighing-instruments-legal-verification',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('m-verification-pesage', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ebp', 'sage', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'refCommandeEj'], marketProb: 0.4, serviceProb: 0.6, dateStyles: ['slash', 'long', 'short'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.55, discountPct: [0, 0, 5, 10] });
    const x = extraRng(inv, 'weighing');
    renameSupplier(inv, x.pick(['Métrologie Pesage Rhône-Alpes', 'Vérif’Balances Loire', 'Centre Technique du Pesage', 'Bascules et Mesures du Forez']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7120B';
    maybeRelabel13(inv, x);
    const visit = addDays(inv.date, -x.int(3, 25));
    inv.visit = visit;
    inv.designation = `${x.int(10, 99)}-${x.int(100, 999)}`;
    const kinds = [0, 1, 2, 3, 4].filter((k) => k === i % 5 || x.chance(0.45));
    const list = kinds.map((k) => INSTRUMENTS[k]);
    if (x.chance(0.45)) list.push(BRIDGE);
    inv.instruments = [];
    inv.lines = [];
    for (const [kind, capacity, klass, [lo, hi], makes, sites] of list) {
      const count = kind.startsWith('Pont') ? 1 : x.int(1, 9);
      inv.lines.push({ label: `Vérification périodique – ${kind} (${capacity}, classe ${klass})`, qty: count, unit: x.int(lo, hi) * 100, rate: 2000 });
      for (let n = 0; n < count; n++) {
        const refused = x.chance(0.12);
        inv.instruments.push({ kind, site: x.pick(sites), make: x.pick(makes), serial: `${x.pick(['SN ', 'n° ', ''])}${x.digits(2)}${x.pick(['', '-', '/'])}${x.digits(5)}`, capacity, klass, refused, sticker: refused ? 'rouge' : 'verte' });
      }
    }
    const refused = inv.instruments.filter((it) => it.refused).length;
    if (refused) inv.lines.push({ label: 'Contre-vérification après réparation des instruments refusés', qty: refused, unit: x.int(30, 45) * 100, rate: 2000 });
    if (list.includes(BRIDGE)) inv.lines.push({ label: 'Véhicule d’essai et masses étalons (charges de 500 kg) pour le pont-bascule', qty: 1, unit: x.int(250, 480) * 100, rate: 2000 });
    inv.lines.push({ label: 'Frais de déplacement du vérificateur', qty: 1, unit: x.int(45, 120) * 100, rate: 2000 });
    return priceLines(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Contrat de vérification – marché n°', 'Réf. marché'], service: ['Code service', 'Serv.', 'Code service Chorus Pro'] });
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'N° SIRET :', 'Siret :'] });
    const boxed = x.chance(0.5);
    const identity = boxed
      ? [table([28, 40], [[{ text: x.pick(['FACTURE', 'Facture']), b: true, size: 14, span: 2, align: 'center' }], [x.pick(['N°', 'Numéro']), { text: inv.number, b: true }], ['Date', date(inv, inv.date)], ['Client', inv.clientCode]], { border: 'box', size: 9 })]
      : [p(`${x.pick(['Facture n°', 'FACTURE N°'])} ${inv.number}`, { b: true, size: 13 }), p(`${x.pick(['Date d’émission :', 'Date de facturation :', 'Date :'])} ${date(inv, inv.date)}`), p(`Code client : ${inv.clientCode}`, { size: 8.4 })];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const detail = inv.instruments.map((it, n) => [String(n + 1), it.site, `${it.kind}\n${it.make} – ${it.capacity}`, it.serial, it.klass, it.refused ? 'Refusé' : 'Conforme', it.sticker]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contrat annuel ${inv.discountPct} %`, -inv.discount]);
    totals.push([x.pick(['Total HT', 'Net HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), inv.ttc, true]);
    const sentence = x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shownRefs = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Sans Narrow']), size: 8.8, margins: [14, 15, 22, 15],
      body: [
        columns([108, 74], [[...paras(me, { firstSize: 13 }), p(`Organisme désigné par arrêté préfectoral n° ${inv.designation} pour la vérification périodique des instruments de pesage à fonctionnement non automatique`, { size: 7.2, i: true, color: '#555555' })], identity]),
        space(5),
        columns([100, 82], [[p(x.pick(['Références', 'Vos références']), { size: 7.4, color: '#666666' }), ...(shownRefs.length ? [p(refsLine(shownRefs, '\n'), { size: 8.8, b: true })] : [p('—', { size: 8.8 })])], [p(x.pick(['Facturer à', 'Client', 'Adresse de facturation']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(3),
        p(`Vérification périodique réglementaire (arrêté du 26 octobre 2010) effectuée sur site le ${date(inv, inv.visit, 'slash')}.`, { size: 8.6 }),
        ...(sentence ? [p(sentence, { size: 8.6 })] : []),
        space(2),
        table([108, 14, 28, 32], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#e3f2fd' }, ...rows], { border: 'grid', size: 8.2, align: ['left', 'right', 'right', 'right'], after: 2 }),
        totalsTable(inv, totals, { widths: [58, 30], indent: 94 }),
        p('Détail des instruments vérifiés', { b: true, size: 9, before: 4, after: 1 }),
        table([8, 36, 58, 30, 14, 18, 18], [{ cells: ['#', 'Site', 'Instrument', 'N° de série', 'Classe', 'Résultat', 'Vignette'], b: true, shade: '#f5f5f5' }, ...detail], { border: 'rows', size: 7.2, align: ['right', 'left', 'left', 'left', 'center', 'left', 'left'] }),
        p('Un instrument refusé porte la vignette rouge : il ne peut plus être utilisé pour des transactions commerciales avant réparation et contre-vérification.', { size: 7.2, color: '#444444', before: 2 }),
        p(paymentText(inv), { size: 8.4, before: 3 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

// ——— 2. Stained-glass windows of a church restored. ———
const CHURCHES = [
  ['église Saint-Ennemond', 'Saint-Étienne'], ['église Notre-Dame', 'Saint-Étienne'], ['église Sainte-Marie', 'Saint-Étienne'], ['église Saint-Charles de Beaubrun', 'Saint-Étienne'],
  ['église Saint-Firmin', 'Firminy'], ['église Notre-Dame-des-Victoires', 'Roanne'], ['chapelle de l’hôpital', 'Roanne'],
];
const BAYS = ['chœur, lancette centrale', 'chœur, lancette nord', 'chapelle de la Vierge', 'nef, bas-côté sud', 'nef, bas-côté nord', 'transept nord – rose', 'façade ouest – oculus', 'sacristie'];
const vitraux = {
  name: 'm-vitraux-eglise',
  family: 'stained-glass-restoration-balance',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('m-vitraux-eglise', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'ebp', 'solde', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo', 'numeroEj'], marketProb: 0.6, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'glass');
    renameSupplier(inv, x.pick(['Atelier du Vitrail Forézien', 'Vitraux Duchamp et Fils', 'Les Verrières du Pilat', 'Atelier Lumière et Plomb']), x.pick(['SARL', 'SAS', 'EURL']));
    inv.supplier.ape = '2312Z';
    communeBuyer(inv, x);
    maybeRelabel13(inv, x);
    const [church] = x.pick(CHURCHES.filter(([, town]) => (inv.buyer.city ? town === 'Saint-Étienne' : inv.buyer.name.endsWith(town))));
    const start = addDays(inv.date, -x.int(90, 200));
    const end = addDays(start, x.int(60, 150));
    redate(inv, addDays(end, x.int(5, 25)));
    inv.due = addDays(inv.date, 30);
    inv.works = { church, start, end, order: addDays(start, -x.int(20, 60)) };
    const first = x.int(0, BAYS.length - 1);
    const bays = x.int(2, 4);
    inv.lines = [{ label: `Installation de chantier, échafaudage de pied (${x.int(2, 5)} niveaux) et protections`, unitName: 'forfait', qty: 1, unit: x.int(18, 60) * 10000, rate: 2000 }];
    let area = 0;
    for (let k = 0; k < bays; k++) {
      const w = x.int(45, 140);
      const h = x.int(140, 520);
      const centi = Math.round((w * h) / 100);
      area += centi;
      const unit = x.int(90, 190) * 1000;
      inv.lines.push({ label: `Baie ${first + k + 1} (${BAYS[(first + k) % BAYS.length]}) ${frNumber(w / 100, 2)} × ${frNumber(h / 100, 2)} m – dépose, nettoyage, remise en plomb en atelier, repose`, unitName: 'm²', qtyText: squareMetres(centi / 100), qty: centi / 100, unit, total: areaTotal(centi, unit), rate: 2000 });
    }
    inv.lines.push({ label: 'Pièces de verre manquantes : verre antique soufflé bouche, peint à la grisaille et cuit', unitName: 'pièce', qtyText: String(x.int(6, 60)), unit: x.int(45, 110) * 100, rate: 2000 });
    inv.lines[inv.lines.length - 1].qty = Number(inv.lines[inv.lines.length - 1].qtyText);
    if (x.chance(0.7)) {
      const unit = x.int(180, 320) * 100;
      inv.lines.push({ label: 'Grillage de protection extérieur en inox, fixations laiton', unitName: 'm²', qtyText: squareMetres(area / 100), qty: area / 100, unit, total: areaTotal(area, unit), rate: 2000 });
    }
    inv.lines.push({ label: 'Fermeture provisoire des baies en polycarbonate pendant la restauration', unitName: 'forfait', qty: 1, unit: x.int(8, 25) * 10000, rate: 2000 });
    inv.retenuePct = inv.market && x.chance(0.5) ? 5 : 0;
    priceLines(inv);
    const instalment = x.pick([30, 30, 20, 0]);
    const at = addDays(inv.works.order, x.int(5, 20));
    inv.instalments = instalment ? deductInstalments(inv, [{ pct: instalment, number: earlierNumber(inv.number, x, inv.date.y, at.y), date: at }]) : [];
    return inv;
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const w = inv.works;
    const top = Array.from({ length: Math.max(me.length + 1, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? '#6a1b9a' : undefined } : k === me.length ? { v: 'Vitraux d’art – création et restauration – monuments historiques', span: 3, size: 7.6, i: true } : null, null, null,
      k === 0 ? { v: x.pick(['Maître d’ouvrage', 'Client', 'Facturé à']), span: 3, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 3, b: k === 1 } : null, null, null,
    ]);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'Lot 04 Vitraux – marché n°'], service: ['Code service', 'Service', 'Service gestionnaire (code)'] });
    const head = { b: true, border: 'grid', shade: '#f3e5f5', align: 'center', size: 8 };
    const body = inv.lines.map((l) => [{ v: l.label, span: 3, border: 'grid', wrap: true, size: 8 }, null, null, { v: l.qtyText ?? frNumber(l.qty), border: 'grid', size: 8, align: 'right' }, cur(l.unit, { border: 'grid', size: 8 }), cur(l.total, { border: 'grid', size: 8 })]);
    const numberFirst = x.chance(0.5);
    const dateRow = x.chance(0.5)
      ? [{ v: 'Date de facture', span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left', b: true }, ...blank(3)]
      : [{ v: `${inv.supplier.address[1].replace(/^\d{5} /, '')}, le`, span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left' }, ...blank(3)];
    const numberRow = [{ v: `${x.pick(['FACTURE DE SOLDE N°', 'Facture n°', 'FACTURE N°'])} ${inv.number}`, b: true, size: 12.5, span: 6 }, ...blank(5)];
    const totals = [[x.pick(['Total HT', 'Montant HT des travaux']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc]];
    for (const it of inv.instalments) totals.push([`Acompte n° 1 – facture ${it.number} du ${date(inv, it.date)}`, -it.amount]);
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} %`, -inv.retenue]);
    if (inv.instalments.length || inv.retenue) totals.push([x.pick(['Net à payer', 'Montant à mandater', 'Solde à régler']), inv.net]);
    const rib = ribOf(inv.supplier.iban);
    const payment = inv.print.iban && x.chance(0.5)
      ? [
        [{ v: 'Banque', b: true, size: 7.5, border: 'grid', align: 'center' }, { v: 'Guichet', b: true, size: 7.5, border: 'grid', align: 'center' }, { v: 'N° de compte', b: true, size: 7.5, border: 'grid', align: 'center', span: 2 }, null, { v: 'Clé RIB', b: true, size: 7.5, border: 'grid', align: 'center' }, null],
        [{ v: rib.bank, size: 8, border: 'grid', align: 'center' }, { v: rib.branch, size: 8, border: 'grid', align: 'center' }, { v: rib.account, size: 8, border: 'grid', align: 'center', span: 2 }, null, { v: rib.key, size: 8, border: 'grid', align: 'center' }, null],
        [{ v: paymentText(inv), span: 6, size: 8 }, ...blank(5)],
      ]
      : [[{ v: paymentText(inv), span: 6, size: 8 }, ...blank(5)]];
    const rows = [
      ...top,
      blank(6),
      ...(numberFirst ? [numberRow, dateRow] : [dateRow, numberRow]),
      [{ v: `Objet : restauration des vitraux de l’${w.church} – travaux du ${date(inv, w.start)} au ${date(inv, w.end)}, ordre de service du ${date(inv, w.order)}.`, span: 6, wrap: true, size: 8.6 }, ...blank(5)],
      ...refs.map(([k, v]) => [{ v: k, span: 2, size: 8.6 }, null, { v, b: true, span: 2, align: 'left' }, null, ...blank(2)]),
      ...(x.chance(0.3) && engagementSentence(inv, x) ? [[{ v: engagementSentence(inv, x), span: 6, size: 8.4, i: true }, ...blank(5)]] : []),
      blank(6),
      [{ v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Quantité', ...head }, { v: 'P.U. HT', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(6),
      ...totals.map(([k, cents], n) => [...blank(2), { v: k, span: 3, align: 'right', b: n === totals.length - 1 || n === 2, size: 8.6 }, null, null, cur(cents, { b: n === totals.length - 1, border: n === totals.length - 1 ? 'top' : undefined })]),
      blank(6),
      [{ v: 'Travaux sur un édifice cultuel propriété de la commune : TVA au taux normal. Verres anciens conservés et remis en plomb chaque fois que leur état le permet.', span: 6, size: 7.6, wrap: true }, ...blank(5)],
      ...payment,
      [{ v: `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, span: 6, size: 7, wrap: true }, ...blank(5)],
      [{ v: legalLine(inv), span: 6, size: 6.8, wrap: true }, ...blank(5)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']), size: 9, colWidths: [24, 24, 58, 22, 26, 30], margins: [12, 12, 14, 12], rows };
  },
};

export default [pesage, vitraux];

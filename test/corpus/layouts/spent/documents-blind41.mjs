// Blind-41 layouts written as documents (see ../../README.md): a nursery-and-landscaping firm's invoice for planting a
// country hedge by the metre in a hand-made Writer template (« FACTURE N° … » then labels over their values three by
// three; plants by species at 10 %, planting, mulch and guards by the metre at 20 % with a VAT line per rate; the
// hunters' federation's share paid directly and deducted on some; a hedge-planting association exempt under art.
// 261-7-1° on two), and a rural earthworks contractor's invoice for the upkeep of rural roads printed like Cegid by
// LibreOffice and by PDFKit (a ruled box of headings over values with the customer account of eight digits and the
// quote of seven, the references in a box under it; ditches cleaned and verges levelled by the metre, pothole patching
// with emulsion and chippings by the tonne, culverts; a 5 % retention on some, a deposit with its own number on one; the
// roads of one commune over two pages).
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { deductGrant } from '../../lib/blind24.mjs';
import { deductDeposit, retain } from '../../lib/blind25.mjs';
import { eight41, perTonne41, seven41, start41, tonnes41 } from '../../lib/blind41.mjs';

// ——— 1. Country hedge planting: a Writer template, labels over values three by three. ———
const SPECIES = ['Charme commun (Carpinus betulus) 60/80', 'Noisetier (Corylus avellana) 60/80', 'Aubépine (Crataegus monogyna) 40/60', 'Cornouiller sanguin 60/80', 'Érable champêtre 80/100', 'Prunellier 40/60', 'Viorne obier 40/60', 'Fusain d’Europe 40/60', 'Églantier 40/60'];
const PLACES = ['chemin rural du Bois Ternay', 'bordure du stade – lieu-dit les Granges', 'limite de la zone artisanale', 'chemin de la Croix de Garry', 'parcelle communale ZD 41', 'abords de la station d’épuration'];
const haie = {
  name: 'am-haie-champetre-plantation',
  family: 'country-hedge-planting-writer-labels-over-two-rates-grant',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const assoc = i === 2 || i === 7;
    const { inv, x } = start41('am-haie-champetre-plantation', i, { supplier: assoc ? 'association' : 'company', cityProb: 0.35, engagementProb: 0.7, numbers: ['plain', 'micro', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['slash', 'long'], rates: [[1000, 2000]], groups: ['space', 'nbsp'], lines: [2, 2], rcsProb: 0.5 },
      { names: ['Pépinières et Paysages du Forez', 'Haies Vives du Pilat', 'Jardins Champêtres Loire', 'Bocage Services'], form: ['SARL', 'SAS'], assoc: ['Mission Haies Loire', 'Arbres et Bocage du Forez'], ape: '8130Z', kind: 'green', tag: 'hedge' });
    inv.place = x.pick(PLACES);
    const metres = x.int(8, 60) * 10;
    inv.metres = metres;
    const perM = x.pick([1, 2, 3]);
    const plants = metres * perM;
    const taxed = assoc ? 0 : 2000;
    const plantRate = assoc ? 0 : 1000;
    const picks = SPECIES.filter(() => x.chance(0.5)).slice(0, 5);
    if (picks.length < 2) picks.push(SPECIES[0], SPECIES[1]);
    let left = plants;
    inv.lines = picks.map((sp, k) => {
      const q = k === picks.length - 1 ? left : Math.max(10, Math.floor(plants / picks.length / 10) * 10);
      left -= q;
      return { label: `Plant ${sp} – racines nues`, unitName: 'u', qty: q, unit: x.int(90, 320), rate: plantRate };
    }).filter((l) => l.qty > 0);
    inv.lines.push({ label: `Plantation sur ${perM} rang(s), préparation du sol par sous-solage`, unitName: 'ml', qty: metres, unit: x.int(35, 75) * 10, rate: taxed });
    inv.lines.push({ label: 'Paillage biodégradable (toile de jute 1,00 m)', unitName: 'ml', qty: metres, unit: x.int(18, 40) * 10, rate: taxed });
    if (x.chance(0.7)) inv.lines.push({ label: 'Protection contre le gibier (manchon + tuteur bambou)', unitName: 'u', qty: plants, unit: x.int(45, 95), rate: taxed });
    priceLines(inv, assoc ? [0] : [1000, 2000]);
    if (!assoc && (i === 1 || i === 5)) {
      inv.partner = x.pick(['Fédération départementale des chasseurs de la Loire', 'Région Auvergne-Rhône-Alpes (programme « Plantons des haies »)']);
      inv.grant = deductGrant(inv, x, x.pick([30, 40, 50]));
    }
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const caps = x.chance(0.5);
    const C = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'MAPA n°'], service: ['Code service', 'Service'] }).filter(([k]) => !(sentence && k === inv.engagement.label));
    const cells = [[C('Date'), date(inv, inv.date)], [C('Échéance'), fmtDate(inv.due, 'slash')], [C('Linéaire planté'), `${frNumber(inv.metres)} ml`], ...refs.map(([k, v]) => [C(k), v])];
    const grid = [];
    for (let k = 0; k < cells.length; k += 3) {
      const part = cells.slice(k, k + 3);
      while (part.length < 3) part.push(['', '']);
      grid.push({ cells: part.map(([a]) => ({ text: a, size: 6.8 })), shade: '#f1f5ec' }, { cells: part.map(([, b]) => ({ text: b, b: true, size: 8.8 })) });
    }
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), l.unitName, plainMoney(inv, l.unit), inv.vatExempt ? '–' : rate(l.rate), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)]];
    if (inv.vatExempt) totals.push(['TVA', money(inv, 0)]);
    else for (const v of inv.vat) totals.push([`TVA ${rate(v.rate)} (base ${plainMoney(inv, v.base)})`, money(inv, v.amount)]);
    totals.push(['Total TTC', money(inv, inv.ttc)]);
    if (inv.grant) totals.push([`Prise en charge ${inv.partner}`, money(inv, -inv.grant)]);
    totals.push([inv.grant ? 'Reste à charge de la collectivité' : x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Sans', 'Liberation Serif']), size: 9, margins: [14, 16, 18, 16],
      footer: [p(legalLine(inv), { size: 6.6, align: 'center' })],
      body: [
        columns([95, 85], [
          [p(s.name, { b: true, size: 13, color: '#33691e' }), p(inv.kind === 'association' ? 'Plantation et suivi de haies champêtres' : 'Pépinière – création de haies bocagères et vergers', { size: 7.4, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [space(8), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 9 }))],
        ]),
        space(6),
        p(`FACTURE N° ${inv.number}`, { b: true, size: 14 }),
        table([56, 56, 56], grid, { border: 'grid', size: 8, before: 2, after: 3 }),
        p(`Objet : plantation d’une haie champêtre – ${inv.place}`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.2 })] : []),
        table([78, 18, 10, 20, 14, 28], [{ cells: ['Désignation', 'Qté', 'U.', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#dcedc8' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'center', 'right', 'center', 'right'], before: 2, after: 3 }),
        columns([80, 100], [[p(inv.vatExempt ?? 'Garantie de reprise : remplacement des plants morts à la première saison de végétation.', { size: 7.6, i: true })],
          [table([70, 30], totals.map(([k, v], n) => ({ cells: [k, { text: v, align: 'right' }], b: n === totals.length - 1 })), { border: 'rows', size: 8.6 })]]),
        space(3),
        ...(inv.grant ? [p(`La participation de ${inv.partner} nous est versée directement au titre de la convention de plantation.`, { size: 7.6, i: true })] : []),
        p(paymentText(inv), { size: 8.2 }),
        p(LATE_FEES, { size: 7, before: 1 }),
      ],
    };
  },
};

// ——— 2. Rural road upkeep: a Cegid-like box of headings, LibreOffice and PDFKit. ———
const ROADS = ['VC n° 4 de la Chazotte', 'VC n° 7 des Fougères', 'CR du Moulin Pinet', 'VC n° 12 de Pleney', 'CR de la Croix Blanche', 'VC n° 2 du Bourg à Salvaris', 'CR des Granges', 'VC n° 9 de Chaumette', 'VC n° 15 du Pré Battoir', 'CR de la Scie'];
const WORKS = [
  ['Curage de fossé à la pelle à godet trapézoïdal, évacuation des matériaux', 'ml', 180, 420],
  ['Dérasement d’accotement et régalage', 'ml', 120, 260],
  ['Busage Ø 300 PEHD, fourniture et pose, têtes d’aqueduc', 'ml', 6500, 11500],
  ['Signalisation temporaire de chantier (alternat par feux)', 'jour', 9000, 16000],
];
const voirie = {
  name: 'am-voirie-rurale-point-a-temps',
  family: 'rural-road-upkeep-cegid-box-tonnes-retention',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const long = i === 2;
    const { inv, x } = start41('am-voirie-rurale-point-a-temps', i, { cityProb: 0.35, engagementProb: 0.8, numbers: ['sage', 'ciel', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.5, serviceProb: 0.4, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.8 },
      { names: ['Terrassements Faure et Fils', 'Entreprise Rurale du Haut-Forez', 'Travaux Agricoles et Ruraux Bonnefoy', 'Pilat TP Rural'], form: ['SARL', 'SAS'], ape: '4312A', kind: 'roads', tag: 'roads' });
    inv.account = eight41(x);
    inv.quoteNo = seven41(x);
    const roads = long ? ROADS.slice(0, 9) : ROADS.filter(() => x.chance(0.35)).slice(0, 3);
    if (!roads.length) roads.push(x.pick(ROADS));
    inv.lines = [];
    for (const road of roads) {
      const kg = x.int(1500, 9000);
      const t = x.int(520, 780) * 100;
      inv.lines.push({ label: `${road} – point-à-temps automatique, émulsion 69 % et gravillons 4/6`, qtyText: tonnes41(kg), unitName: 't', unitText: plainMoney(inv, t), qty: kg / 1000, unit: t, total: perTonne41(kg, t), rate: 2000 });
      for (const [label, unitName, lo, hi] of WORKS) {
        if (x.chance(long ? 0.5 : 0.45)) continue;
        const q = unitName === 'ml' ? (lo > 1000 ? x.int(6, 24) : x.int(80, 900)) : x.int(1, 3);
        const u = x.int(lo, hi);
        inv.lines.push({ label: `${road} – ${label}`, qtyText: frNumber(q), unitName, unitText: plainMoney(inv, u), qty: q, unit: u, rate: 2000 });
      }
    }
    priceLines(inv, [2000]);
    if (i === 1 || i === 3) retain(inv, 5);
    if (i === 0) inv.deposit41 = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(30, 70)));
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const kit = producer === 'pdfkit';
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre voirie n°', 'N° de marché'], service: ['Code service', 'Service destinataire'] });
    const head = ['N° pièce', 'Date', 'N° compte', 'Devis', 'Échéance'];
    const vals = [inv.number, date(inv, inv.date), inv.account, inv.quoteNo, fmtDate(inv.due, 'slash')];
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.unitName, l.unitText, plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.deposit41) totals.push([`Acompte facture ${inv.deposit41.number} du ${fmtDate(inv.deposit41.date, 'slash')}`, money(inv, -inv.deposit)]);
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} %`, money(inv, -inv.retenue)]);
    if (inv.deposit || inv.retenue) totals.push([x.pick(['Net à payer', 'Reste dû']), money(inv, inv.net)]);
    return {
      font: kit ? 'Helvetica' : 'Liberation Sans', size: 8.2, margins: [12, 12, 16, 12], creator: 'Cegid Business – Gestion commerciale',
      footer: [p(legalLine(inv), { size: 6.4, align: 'center' }), p('Page {page}/{pages}', { size: 6.4, align: 'right' })],
      body: [
        columns([100, 86], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 12 }), p('Travaux ruraux – voirie – curage de fossés – déneigement', { size: 7.2 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 }))],
          [p('FACTURE', { b: true, size: 15, align: 'right' }), space(3), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 }))],
        ]),
        space(4),
        table([44, 30, 36, 34, 30], [{ cells: head, b: true, shade: '#e0e0e0', size: 7.2 }, { cells: vals.map((v) => ({ text: v, b: true })) }], { border: 'grid', size: 8.6, align: ['left', 'center', 'center', 'center', 'center'] }),
        ...(refs.length ? [table([174], [[{ text: `Vos références : ${refs.map(([k, v]) => `${k} ${v}`).join('   –   ')}`, size: 8 }]], { border: 'box', before: 2 })] : []),
        p('Entretien des voies communales et chemins ruraux – programme annuel', { b: true, before: 4 }),
        table([100, 18, 10, 22, 24], [{ cells: ['Libellé', 'Quantité', 'U.', 'P.U. HT', 'Montant HT'], b: true, shade: '#e0e0e0' }, ...rows], { border: 'head', size: 7.6, align: ['left', 'right', 'center', 'right', 'right'], before: 2, after: 3 }),
        columns([96, 78], [[p(paymentText(inv), { size: 7.6 }), p(LATE_FEES, { size: 6.8, before: 2 })],
          [table([50, 28], totals.map(([k, v], n) => ({ cells: [k, { text: v, align: 'right' }], b: n === totals.length - 1 })), { border: 'grid', size: 8.2 })]]),
      ],
    };
  },
};

export default [haie, voirie];

// Blind-14 layouts written for LibreOffice (see ../../README.md): a water-fountain company's quarterly invoice (the
// fountains' monthly rental per site at 20 %, the 18,9 L bottles of spring water delivered at 5,5 %, cups and the
// fountains' sanitising at 20 %; a VAT summary by rate), printed from a Calc sheet, and an asbestos surveyor's invoice
// for the survey before the works of public buildings (a mission per building, each sample with its laboratory
// reference and its result printed below the fees, analyses per sample, an express-analysis surcharge, the report;
// the mission's and the report's numbers printed beside the invoice's), printed from a Writer document.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, iso } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { quarterName, quarterOf, refsLine, totalsTable } from '../../lib/blind9.mjs';
import { priceLines, vatSummary } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, maybeRelabel14, otherBuyer } from '../../lib/blind14.mjs';

// ——— 1. Water fountains: rental, bottled water and sanitising for a quarter. ———
const SITES = ['Centre technique municipal', 'Hôtel de Ville – accueil', 'Médiathèque Tarentaize', 'Piscine Raymond Sommet', 'Maison de quartier Beaulieu', 'Serres municipales', 'Police municipale', 'Archives municipales'];
const fontaines = {
  name: 'p-fontaines-eau',
  family: 'water-fountains-quarterly-rental',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('p-fontaines-eau', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'ciel', 'dolibarr', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'bcShort'], marketProb: 0.45, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'water');
    renameSupplier(inv, x.pick(['Eaux Vives Distribution', 'Source du Pilat Services', 'Fontaines Rhône-Loire', 'Aqua Bureau Forez']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7729Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel14(inv, x);
    const quarter = quarterOf(addDays(inv.date, -x.int(5, 40)));
    inv.quarter = quarter;
    redate(inv, addDays(quarter.to, x.int(1, 12)));
    inv.due = addDays(inv.date, 30);
    const first = x.int(0, SITES.length - 1);
    const count = x.int(2, 5);
    inv.lines = [];
    inv.deliveries = [];
    const rentUnit = x.int(14, 29) * 100;
    const bottleUnit = x.int(590, 890);
    for (let k = 0; k < count; k++) {
      const site = SITES[(first + k) % SITES.length];
      const fountains = x.int(1, 3);
      inv.lines.push({ label: `Location fontaine bonbonne – ${site} (${fountains} × 3 mois)`, code: `LOC-FB${x.int(1, 3)}`, qty: fountains * 3, unit: rentUnit, rate: 2000 });
      const bottles = x.int(6, 40) * fountains;
      inv.lines.push({ label: `Eau de source bonbonne 18,9 L – ${site}`, code: 'EAU-189', qty: bottles, unit: bottleUnit, rate: 550 });
      inv.deliveries.push({ site, note: `BL${x.digits(6)}`, bottles });
    }
    const cups = x.int(2, 12);
    inv.lines.push({ label: 'Gobelets carton 20 cl (carton de 3 000)', code: 'GOB-20', qty: cups, unit: x.int(38, 62) * 100, rate: 2000 });
    const fountainsTotal = inv.lines.filter((l) => l.code.startsWith('LOC')).reduce((s, l) => s + l.qty / 3, 0);
    inv.lines.push({ label: 'Désinfection trimestrielle des fontaines (protocole NF)', code: 'SAN-T', qty: fountainsTotal, unit: x.int(18, 35) * 100, rate: 2000 });
    return priceLines(inv, [550, 2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const q = inv.quarter;
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? '#0277bd' : undefined } : null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Facturé à', 'Adresse de facturation']), span: 3, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 3, b: k === 1 } : null, null, null,
    ]);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Code service destinataire'] });
    const head = { b: true, border: 'grid', shade: '#e1f5fe', align: 'center', size: 8 };
    const body = inv.lines.map((l) => [{ v: l.code, border: 'grid', size: 7.8 }, { v: l.label, span: 2, border: 'grid', wrap: true, size: 8 }, null, { v: frNumber(l.qty), border: 'grid', size: 8, align: 'right' }, cur(l.unit, { border: 'grid', size: 8 }), { v: rate(l.rate), border: 'grid', size: 8, align: 'center' }, cur(l.total, { border: 'grid', size: 8 })]);
    const idRows = x.chance(0.5)
      ? [[{ v: `${x.pick(['FACTURE N°', 'Facture n°'])} ${inv.number}`, b: true, size: 12.5, span: 7 }, ...blank(6)], [{ v: 'Date de facture', span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left', b: true }, ...blank(4)]]
      : [[{ v: x.pick(['FACTURE', 'Facture']), b: true, size: 13, span: 2 }, null, ...blank(5)], [{ v: x.pick(['Numéro', 'N° de facture']), span: 2 }, null, { v: inv.number, b: true }, ...blank(4)], [{ v: x.pick(['Date', 'Date d’émission']), span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left' }, ...blank(4)]];
    const summary = vatSummary(inv);
    const totals = dueRows(inv, { ht: x.pick(['Total HT', 'Total hors taxes']), ttc: x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), vatLabel: (v) => `TVA ${rate(v.rate)}` });
    const rows = [
      ...top,
      blank(7),
      ...idRows,
      [{ v: `Période facturée : ${quarterName(q)} (du ${date(inv, q.from)} au ${date(inv, q.to)})`, span: 7, size: 8.6 }, ...blank(6)],
      ...(refs.length ? (x.chance(0.5) ? refs.map(([k, v]) => [{ v: k, span: 2, size: 8.6 }, null, { v, b: true, span: 2, align: 'left' }, null, ...blank(3)]) : [[{ v: refsLine(refs, ' – '), span: 7, b: true, size: 8.6 }, ...blank(6)]]) : []),
      blank(7),
      [{ v: 'Code', ...head }, { v: 'Désignation', ...head, span: 2 }, null, { v: 'Qté', ...head }, { v: 'P.U. HT', ...head }, { v: 'TVA', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      [{ v: 'Taux', ...head }, { v: 'Base HT', ...head }, { v: 'TVA', ...head }, ...blank(4)],
      ...summary.map(([r, base, amount]) => [{ v: rate(r), border: 'grid', size: 8, align: 'center' }, cur(base, { border: 'grid', size: 8 }), cur(amount, { border: 'grid', size: 8 }), ...blank(4)]),
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.8 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      [{ v: `Livraisons du trimestre : ${inv.deliveries.map((d) => `${d.site} ${d.note} (${d.bottles} bonbonnes)`).join(' ; ')}.`, span: 7, size: 7.4, wrap: true }, ...blank(6)],
      [{ v: 'Eau de source : TVA 5,5 % (produit alimentaire). Bonbonnes vides consignées, reprises à la livraison suivante.', span: 7, size: 7.4, wrap: true }, ...blank(6)],
      [{ v: paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, span: 7, size: 7, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.8, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [18, 28, 54, 14, 24, 14, 26], margins: [12, 12, 14, 12], rows };
  },
};

// ——— 2. Asbestos survey before works. ———
const BUILDINGS = ['École maternelle Le Clos', 'Gymnase Jean Gachet', 'Salle des fêtes', 'Ancienne poste – futur centre social', 'Vestiaires du stade', 'Crèche Les Lucioles', 'Logement de fonction de l’école', 'Atelier municipal'];
const MATERIALS = ['Dalles de sol vinyle-amiante 30 × 30', 'Colle bitumineuse sous dalle', 'Enduit de façade', 'Conduit en fibres-ciment', 'Plaques ondulées de toiture', 'Joints de fenêtre (mastic)', 'Faux plafond en plaques', 'Calorifugeage de canalisation'];
const amiante = {
  name: 'p-diagnostic-amiante',
  family: 'asbestos-survey-before-works',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('p-diagnostic-amiante', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'odoo', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'referenceEngagement', 'engagementChorus'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['long', 'slash', 'dash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.55, discountPct: [0, 0, 0, 5] });
    const x = extraRng(inv, 'asbestos');
    renameSupplier(inv, x.pick(['Diag Immo Loire', 'Expertise Amiante Rhône-Alpes', 'Bâti Contrôle Diagnostics', 'Repérages et Mesures 42']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7120B';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel14(inv, x);
    inv.visit = addDays(inv.date, -x.int(8, 30));
    inv.mission = `M${inv.date.y % 100}-${x.digits(4)}`;
    inv.report = `RAAT-${x.digits(5)}`;
    const buildings = [BUILDINGS[i % BUILDINGS.length], ...BUILDINGS.filter((_, k) => k !== i % BUILDINGS.length && x.chance(0.2))].slice(0, 3);
    inv.samples = [];
    inv.lines = [];
    let n = 1;
    for (const b of buildings) {
      inv.lines.push({ label: `Repérage amiante avant travaux (NF X 46-020) – ${b}, ${x.int(80, 1400)} m²`, qtyText: '1', qty: 1, unit: x.int(45, 160) * 1000, rate: 2000 });
      const count = x.int(2, 6);
      for (let k = 0; k < count; k++) {
        const positive = x.chance(0.25);
        inv.samples.push({ id: `P${String(n++).padStart(3, '0')}`, building: b, material: x.pick(MATERIALS), lab: `${x.pick(['LAB', 'EA', 'A'])}${x.digits(6)}`, result: positive ? x.pick(['Chrysotile détecté', 'Amiante détecté (actinolite)']) : 'Non détecté' });
      }
    }
    const analyses = inv.samples.length;
    inv.lines.push({ label: 'Analyse de prélèvement en laboratoire accrédité (MOLP / META)', qtyText: String(analyses), qty: analyses, unit: x.int(38, 65) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Majoration analyse en urgence (résultats sous 24 h)', qtyText: String(analyses), qty: analyses, unit: x.int(15, 30) * 100, rate: 2000 });
    inv.lines.push({ label: `Rapport de repérage ${inv.report}, plans de repérage et fiches récapitulatives`, qtyText: '1', qty: 1, unit: x.int(12, 30) * 1000, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Frais de déplacement', qtyText: '1', qty: 1, unit: x.int(35, 90) * 100, rate: 2000 });
    return priceLines(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre diagnostics n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET :', 'Siret', 'N° SIRET :'] });
    const identity = x.pick([
      () => [table([34, 42], [[{ text: 'FACTURE', b: true, size: 13, span: 2, align: 'center' }], [x.pick(['N° facture', 'Numéro']), { text: inv.number, b: true }], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)], ['N° de mission', inv.mission]], { border: 'grid', size: 9 })],
      () => [p(`${x.pick(['Facture n°', 'FACTURE N°'])} ${inv.number}`, { b: true, size: 12.5 }), p(`${x.pick(['du', 'Date :', 'émise le'])} ${date(inv, inv.date)}`, { size: 9.4 }), p(`Mission ${inv.mission} – rapport ${inv.report}`, { size: 8.6 })],
    ])();
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise accord-cadre ${inv.discountPct} %`, -inv.discount]);
    totals.push(...dueRows(inv, { ht: x.pick(['Total HT', 'Net HT']), ttc: x.pick(['Total TTC', 'Net à payer']) }));
    const samples = inv.samples.map((s) => [s.id, s.building, s.material, s.lab, s.result]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']), size: 8.8, margins: [14, 15, 22, 15],
      body: [
        columns([104, 78], [[...paras(me, { firstSize: 13 }), p(`Certification des compétences n° CPDI${x.digits(4)} – assurance RCP ${x.pick(['Hiscox', 'AXA', 'MMA'])} n° ${x.digits(8)}`, { size: 7, i: true, color: '#555555' })], identity]),
        space(5),
        columns([92, 90], [shown.length ? [p(x.pick(['Références', 'Vos références']), { size: 7.4, color: '#666666' }), ...shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.8, b: true }))] : [p('')], [p(x.pick(['Donneur d’ordre', 'Client', 'Facturer à']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(3),
        p(`Objet : repérage des matériaux et produits contenant de l’amiante avant travaux, visite du ${date(inv, inv.visit, 'slash')}.${sentence ? ` ${sentence}` : ''}`, { size: 8.6 }),
        space(2),
        table([108, 14, 28, 32], [{ cells: ['Prestation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#fbe9e7' }, ...rows], { border: 'grid', size: 8.2, align: ['left', 'right', 'right', 'right'], after: 2 }),
        totalsTable(inv, totals, { widths: [58, 30], indent: 94 }),
        p(`Prélèvements analysés (${inv.samples.length}) – pour information`, { b: true, size: 8.8, before: 4, after: 1 }),
        table([14, 46, 58, 26, 38], [{ cells: ['Réf.', 'Bâtiment', 'Matériau', 'N° labo', 'Résultat'], b: true, shade: '#f5f5f5' }, ...samples], { border: 'rows', size: 7.2 }),
        rule(),
        p(paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

export default [fontaines, amiante];

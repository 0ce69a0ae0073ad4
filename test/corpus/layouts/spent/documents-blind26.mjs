// Blind-26 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a drilling
// company's invoice for the geothermal probes of a public building's heat pump (the rig's mobilisation, drilling by
// the metre, double-U probes, thermal grouting, a thermal response test, cuttings in tonnes with three decimals, the
// horizontal links; the probes' depths and the heat-pump's power printed for information, the ADEME grant paid to the
// owner mentioned and not deducted; « FACTURE N° … du … » as one title line or a box; the order's deposit deducted with
// its own number and date on half, a 5 % retention on 2), a Writer document; a sewage lift stations' maintenance
// contractor's quarterly invoice printed by an ERP (a row of headings « Pièce | Date | Client | Échéance | Page » over
// their values; preventive visits and the GSM remote monitoring per station at 20 %, the wet well's emptying and
// cleaning as waste-water evacuation at 10 %, call-outs with their intervention slips of seven digits and parts; a VAT
// summary by rate; a contractual discount on some; the maintenance contract's number beside a market on some), printed
// by LibreOffice and PDFKit; and a cleaning firm's invoice for the cleaning and disinfection of drinking-water
// reservoirs (per tank by capacity, sludge pumped by the m³, the inspection report; the accredited laboratory's
// analyses re-invoiced at cost as a disbursement outside VAT on most — `totalHT` includes it —; a discount on some),
// printed from a Calc sheet with labels beside their values in boxed cells.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { quarterName, quarterOf, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { tonnes } from '../../lib/blind18.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit, retain, splitOutside } from '../../lib/blind25.mjs';
import { maybeRelabel26, networkBuyer, seven26 } from '../../lib/blind26.mjs';

// ——— 1. Geothermal probes drilled for a heat pump: a Writer document. ———
const BUILDINGS = ['Groupe scolaire des Ovides', 'Gymnase du Soleil', 'Crèche municipale La Ruche', 'Médiathèque de Tarentaize', 'Mairie et salle du conseil', 'Restaurant scolaire du Bourg'];
const forage = {
  name: 'i-forage-geothermie',
  family: 'geothermal-probes-drilling-writer-deposit',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('i-forage-geothermie', i, { cityProb: 0.5, engagementProb: 0.7, trades: ['btp'], numbers: ['plain', 'ebp', 'solde'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.35, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'drill');
    renameSupplier(inv, x.pick(['Forages Géothermie du Pilat', 'Géosondes Rhône-Loire', 'Forez Forages', 'Sondes & Calories']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4313Z';
    networkBuyer(inv, x, 'energy', 0.8);
    localReferences(inv, x);
    maybeRelabel26(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.building = x.pick(BUILDINGS);
    inv.kw = x.pick([25, 40, 60, 90, 120]);
    const count = x.int(3, 10);
    const depth = x.pick([90, 100, 120, 150, 200]);
    inv.probes = Array.from({ length: count }, (_, k) => ({ id: `S${k + 1}`, depth: depth + x.int(0, 3), water: x.int(6, 40) }));
    const ml = inv.probes.reduce((t, pr) => t + pr.depth, 0);
    inv.ml = ml;
    inv.qualif = `${x.int(1, 9)}${x.digits(4)}`;
    const kg = Math.round(ml * 0.0165 * 0.0165 * 3.1416 * 2600) + x.int(0, 900);
    const perTonne = x.int(4500, 9000);
    inv.lines = [
      { label: 'Amenée, installation et repli de l’atelier de forage (foreuse sur chenilles, compresseur 25 bar)', qtyText: '1 ft', unit: x.int(2800, 5200) * 100, qty: 1, rate: 2000 },
      { label: 'Implantation, déclaration de forage (code minier) et DICT', qtyText: '1 ft', unit: x.int(450, 900) * 100, qty: 1, rate: 2000 },
      { label: 'Forage Ø 152 mm au marteau fond de trou, altérites puis granite', qtyText: `${frNumber(ml, 2)} ml`, qty: ml, unit: x.int(3500, 6000), rate: 2000 },
      { label: 'Fourniture et pose de sonde géothermique double U PE100 Ø 32 mm, lestée', qtyText: `${frNumber(ml, 2)} ml`, qty: ml, unit: x.int(1100, 1900), rate: 2000 },
      { label: 'Cimentation au coulis bentonite-ciment thermiquement amélioré', qtyText: `${frNumber(ml, 2)} ml`, qty: ml, unit: x.int(700, 1300), rate: 2000 },
      { label: 'Évacuation des cuttings et boues de forage en centre agréé', qtyText: `${tonnes(kg)} t`, qty: kg / 1000, unit: perTonne, total: Math.round((kg * perTonne) / 1000), rate: 2000 },
      { label: 'Liaisons horizontales PE Ø 40 en tranchée jusqu’au collecteur', qtyText: `${frNumber(count * 12, 2)} ml`, qty: count * 12, unit: x.int(2500, 4500), rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Test de réponse thermique (TRT) 72 h sur la sonde S1 et rapport', qtyText: '1 ft', qty: 1, unit: x.int(3800, 6500) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    inv.paid = i % 2 === 0 ? deductDeposit(inv, x, 30, addDays(inv.date, -x.int(40, 120))) : null;
    if (i === 3 || i === 7) retain(inv, 5);
    inv.solde = Boolean(inv.paid);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'Marché (lot géothermie) n°'], service: ['Code service', 'Service', 'Service énergie (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const titleLine = x.chance(0.5);
    const title = inv.solde ? 'FACTURE DE SOLDE' : 'FACTURE';
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.qtyText.endsWith(' t') ? `${plainMoney(inv, l.unit)} /t` : plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', inv.ht], ['TVA 20 %', inv.tva], ['Total TTC', inv.ttc, !(inv.paid || inv.retenue)]];
    if (inv.paid) totals.push([`Acompte – facture n° ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')}`, -inv.paid.amount]);
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} %`, -inv.retenue]);
    if (inv.paid || inv.retenue) totals.push([x.pick(['Reste à payer', 'Net à payer', 'Solde à régler TTC']), inv.net, true]);
    const probeRows = inv.probes.map((pr) => [pr.id, `${pr.depth} m`, `${pr.water} m`]);
    return {
      font: x.pick(['Liberation Sans', 'Liberation Serif', 'DejaVu Sans']), size: 8.8, margins: [14, 16, 20, 16], creator: 'Writer',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14, color: '#6d4c41' }), p('Forages d’eau – sondes géothermiques – pompes à chaleur', { size: 7.6, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 8 }), p(`Qualification RGE Qualiforage sondes n° ${inv.qualif}`, { size: 7.4 })],
          paras(buyerTexts(inv, x), { size: 9 }),
        ]),
        space(5),
        ...(titleLine
          ? [p(`${title} N° ${inv.number} du ${date(inv, inv.date)}`, { b: true, size: 13 })]
          : [p(title, { b: true, size: 15 }), table([40, 50], [['Facture n°', { text: inv.number, b: true }], ['Date', date(inv, inv.date)]], { border: 'grid', size: 9, before: 1 })]),
        ...(shown.length ? [table([48, 60], shown.map(([k, v]) => [k, { text: v, b: true }]), { border: 'box', size: 8.6, before: 3 })] : []),
        p(`Objet : réalisation du champ de sondes géothermiques verticales – ${inv.building} – pompe à chaleur de ${inv.kw} kW.`, { b: true, before: 3 }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4 })] : []),
        table([100, 24, 26, 30], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#efebe9' }, ...rows], { border: 'rows', size: 8, align: ['left', 'right', 'right', 'right'], before: 4, after: 2 }),
        columns([80, 100], [
          [p('Sondes réalisées (pour information)', { b: true, size: 7.6 }), table([16, 26, 30], [{ cells: ['Sonde', 'Profondeur', 'Arrivée d’eau'], b: true }, ...probeRows], { border: 'grid', size: 7.2 })],
          [totalsTable(inv, totals, { widths: [66, 30], indent: 4, size: 8.8 })],
        ]),
        p('Opération aidée par l’ADEME au titre du Fonds Chaleur : l’aide est versée directement au maître d’ouvrage et ne vient pas en déduction de la présente facture.', { size: 7.2, i: true, before: 3 }),
        rule(),
        p(paymentText(inv), { size: 8.4 }),
        p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(`${legalLine(inv)} – Assurance décennale n° ${x.digits(8)}`, { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 2. Sewage lift stations' maintenance: an ERP's print, a row of headings over values, two rates. ———
const STATIONS = ['PR Les Plaines', 'PR du Gier', 'PR Zone artisanale des Murons', 'PR Bellevue', 'PR Pont de l’Âne', 'PR La Varizelle', 'PR Camping municipal'];
const postes = {
  name: 'i-postes-relevement',
  family: 'sewage-lift-stations-maintenance-erp-two-rates',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('i-postes-relevement', i, { cityProb: 0.3, engagementProb: 0.75, trades: ['services'], numbers: ['sage', 'ciel'], engagementLabels: ['engagement', 'ej', 'commande', 'bonDeCommande'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[1000, 2000]], discountPct: [0, 3, 3], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'pumps');
    renameSupplier(inv, x.pick(['Hydro-Maintenance Loire', 'Relevage Services Rhône-Alpes', 'Pompes & Réseaux du Forez']), 'SAS');
    inv.supplier.ape = '3700Z';
    networkBuyer(inv, x, 'water', 0.85);
    localReferences(inv, x);
    maybeRelabel26(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.quarter = quarterOf(addDays(inv.date, -40));
    inv.contract = `CE-${inv.quarter.y - x.int(0, 3)}-${x.digits(3)}`;
    const first = x.int(0, STATIONS.length - 1);
    inv.stations = Array.from({ length: x.int(2, 4) }, (_, k) => ({ name: STATIONS[(first + k) % STATIONS.length], pumps: x.pick([2, 2, 3]), kw: x.pick([2.2, 4, 5.5, 7.5, 11]) }));
    inv.lines = [];
    for (const st of inv.stations) {
      inv.lines.push({ code: 'VP-TRIM', label: `Visite préventive mensuelle – ${st.name} (${st.pumps} pompes ${frNumber(st.kw, 1)} kW)`, qty: 3, unit: x.int(95, 220) * 100, rate: 2000 });
      inv.lines.push({ code: 'TLS-GSM', label: `Télésurveillance – transmetteur GSM – ${st.name} (3 mois)`, qty: 3, unit: x.int(25, 60) * 100, rate: 2000 });
    }
    const cleaned = inv.stations.filter(() => x.chance(0.6));
    for (const st of cleaned.length ? cleaned : [inv.stations[0]]) {
      const m3 = x.int(30, 180) / 10;
      const p3 = x.int(4500, 9500);
      inv.lines.push({ code: 'CUR-BAC', label: `Vidange et curage de la bâche – ${st.name} – hydrocureuse, évacuation des eaux usées et matières en station d’épuration`, qty: m3, qtyText: `${frNumber(m3, 1)} m³`, unit: p3, total: Math.round(m3 * p3), rate: 1000 });
    }
    inv.callouts = Array.from({ length: x.int(0, 2) }, () => {
      const st = x.pick(inv.stations);
      const day = addDays(inv.quarter.from, x.int(3, 85));
      return { st, day, slip: seven26(x), hours: x.pick([1.5, 2, 2.5, 3, 4]), cause: x.pick(['débouchage pompe n° 2 (lingettes)', 'défaut flotteur de niveau haut', 'disjonction moteur – réarmement et contrôle', 'clapet anti-retour bloqué']) };
    });
    for (const c of inv.callouts) {
      inv.lines.push({ code: 'AST-H', label: `Intervention d’astreinte le ${fmtDate(c.day, 'slash')} – ${c.st.name} – ${c.cause} – bon d’intervention n° ${c.slip}`, qty: c.hours, unit: x.int(75, 110) * 100, rate: 2000 });
      if (x.chance(0.5)) inv.lines.push({ code: 'PCE', label: x.pick(['Poire de niveau avec 10 m de câble', 'Clapet à boule DN 80 fonte', 'Roue de pompe vortex (pièce d’origine)']), qty: 1, unit: x.int(90, 650) * 100, rate: 2000 });
    }
    return priceLines(inv, [2000, 1000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’exploitation des postes de relèvement n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service assainissement (code)'] });
    const heads = [x.pick(['Pièce', 'N° pièce', 'Facture']), 'Date', 'Client', 'Échéance', 'Page'];
    const vals = [{ text: inv.number, b: true }, date(inv, inv.date), inv.clientCode, fmtDate(inv.due, 'slash'), '1/1'];
    const rows = inv.lines.map((l) => [l.code, l.label, l.qtyText ?? frNumber(l.qty, l.qty % 1 ? 1 : 0), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const vatRowsT = [...inv.vat].sort((a, b) => b.rate - a.rate).map((v, k) => [String(k + 1), plainMoney(inv, v.base), rate(v.rate), plainMoney(inv, v.amount)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contractuelle ${inv.discountPct} %`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['Total TVA', inv.tva], ['Total TTC', inv.ttc], [x.pick(['Net à payer', 'Net à payer TTC']), inv.net, true]);
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 14, 18, 14], creator: x.pick(['Cegid Business', 'Sage 100 Gestion commerciale', 'ERP']),
      body: [
        columns([95, 85], [
          [p(s.name, { b: true, size: 13 }), p('Maintenance de postes de relèvement et stations de pompage', { size: 7.2, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.6 })],
          [p('FACTURE', { b: true, size: 16, align: 'right' }), space(3), table([85], buyerTexts(inv, x).map((t, k) => [{ text: t, b: k === 0 }]), { border: 'box', size: 8.8 })],
        ]),
        space(3),
        table([40, 34, 34, 40, 32], [{ cells: heads, b: true, shade: '#dfe6ea', size: 7.4 }, vals], { border: 'grid', size: 8.6, align: ['left', 'left', 'left', 'left', 'center'] }),
        table([60, 120], [['Contrat d’entretien n°', inv.contract], ['Période', quarterName(inv.quarter)], ...refs.map(([k, v]) => [k, { text: v, b: true }])], { border: 'none', size: 8.2, before: 2 }),
        table([18, 86, 16, 22, 12, 26], [{ cells: ['Code', 'Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#dfe6ea' }, ...rows], { border: 'head', size: 7.6, align: ['left', 'left', 'right', 'right', 'right', 'right'], before: 3, after: 3 }),
        columns([90, 90], [
          [table([12, 28, 16, 26], [{ cells: ['Code', 'Base HT', 'Taux', 'Montant TVA'], b: true, shade: '#eeeeee' }, ...vatRowsT], { border: 'grid', size: 7.6, align: ['left', 'right', 'right', 'right'] })],
          [totalsTable(inv, totals, { widths: [56, 30], indent: 4, size: 8.6 })],
        ]),
        p('TVA 10 % : prestations d’évacuation des eaux usées (art. 279 b du CGI) ; 20 % : maintenance, télésurveillance, interventions et pièces.', { size: 6.8, i: true, before: 2 }),
        p(paymentText(inv), { size: 8, before: 2 }),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 3. Drinking-water reservoirs cleaned and disinfected: a Calc sheet, labels beside values in boxes. ———
const RESERVOIRS = ['Réservoir de la Croix de l’Orme', 'Château d’eau du Bourg', 'Bâche de reprise de Valfleury', 'Réservoir semi-enterré des Crêts', 'Château d’eau de la Côte'];
const reservoirs = {
  name: 'i-nettoyage-reservoirs',
  family: 'drinking-water-reservoirs-cleaning-calc-disbursement',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('i-nettoyage-reservoirs', i, { cityProb: 0.45, engagementProb: 0.65, trades: ['services'], numbers: ['plain', 'micro', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.4, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'tanks');
    renameSupplier(inv, x.pick(['Hydro-Net Réservoirs', 'Aqua Cuves Services', 'Nettoyage Ouvrages d’Eau du Centre']), 'SARL');
    inv.supplier.ape = '8122Z';
    networkBuyer(inv, x, 'water', 0.9);
    localReferences(inv, x);
    maybeRelabel26(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.work = addDays(inv.date, -x.int(5, 25));
    const first = x.int(0, RESERVOIRS.length - 1);
    inv.tanks = Array.from({ length: x.int(1, 3) }, (_, k) => ({ name: RESERVOIRS[(first + k) % RESERVOIRS.length], capacity: x.pick([150, 250, 500, 800, 1000, 2000]), cells: x.pick([1, 2, 2]) }));
    inv.lines = [];
    for (const t of inv.tanks) {
      inv.lines.push({ label: `${t.name} – vidange, nettoyage haute pression et désinfection (cuve de ${frNumber(t.capacity)} m³)`, qty: t.cells, unit: x.int(900, 2400) * 100 + t.capacity * x.int(80, 160), rate: 2000 });
      const m3 = x.int(5, 60) / 10;
      const p = x.int(8000, 16000);
      inv.lines.push({ label: `${t.name} – pompage et évacuation des dépôts (m³)`, qty: m3, total: Math.round(m3 * p), unit: p, rate: 2000 });
      inv.lines.push({ label: `${t.name} – inspection de l’ouvrage et rapport photographique`, qty: 1, unit: x.int(180, 420) * 100, rate: 2000 });
    }
    inv.analyses = inv.discountPct === 0 && x.chance(0.8);
    if (inv.analyses) inv.lines.push({ label: `Analyses bactériologiques de remise en service – laboratoire agréé ARS (${inv.tanks.length} prélèvement${inv.tanks.length > 1 ? 's' : ''}) – refacturées au réel (débours)`, qty: inv.tanks.length, unit: x.int(9000, 16000), rate: 0, outside: true });
    return priceLines(inv, inv.analyses ? [2000, 0] : [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service des eaux (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const label = { border: 'grid', shade: '#e3f2fd', size: 8, b: true };
    const ident = [[x.pick(['Facture n°', 'N° de facture', 'Numéro']), { v: inv.number, b: true, size: 10 }], ['Date', x.chance(0.5) ? { v: iso(inv.date), type: 'date', align: 'left' } : { v: date(inv, inv.date) }], ['Client n°', { v: inv.clientCode }], ['Intervention du', { v: fmtDate(inv.work, 'slash') }], ...shown.map(([k, v]) => [k, { v, b: true }])];
    const top = Array.from({ length: Math.max(me.length, buyer.length + 2) }, (_, k) => [
      k < me.length ? { v: me[k], span: 2, b: k === 0, size: k === 0 ? 13 : 8.2, color: k === 0 ? '#0d47a1' : undefined } : null, null,
      k === 0 ? { v: 'FACTURE', span: 4, b: true, size: 16, align: 'right' } : k === 1 ? null : buyer[k - 2] ? { v: buyer[k - 2], span: 4, b: k === 2 } : null, null, null, null,
    ]);
    const identRows = ident.map(([k, v]) => [{ v: k, ...label, span: 2 }, null, { ...v, border: 'grid', span: 2, size: v.size ?? 8.8 }, null, null, null]);
    const body = inv.lines.map((l) => ({ h: l.label.length > 72 ? 8.4 : 5, cells: [{ v: l.label, span: 3, border: 'grid', wrap: true, size: 7.8 }, null, null, { v: l.qty, type: 'number', border: 'grid', size: 8 }, cur(l.unit, { border: 'grid', size: 8 }), cur(l.total, { border: 'grid', size: 8 })] }));
    const { outside, taxed } = splitOutside(inv);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise ${inv.discountPct} %`, -inv.discount]);
    if (outside) totals.push(['Total prestations HT', taxed], ['Débours (hors champ de TVA)', outside]);
    totals.push(['Total HT', inv.ht], [outside ? 'TVA 20 % sur prestations' : 'TVA 20 %', inv.tva], [x.pick(['Total TTC', 'Net à payer']), inv.ttc, true]);
    const rows = [
      ...top,
      blank(6),
      ...identRows,
      blank(6),
      { h: 9, cells: [{ v: `Objet : nettoyage et désinfection annuels des ouvrages de stockage d’eau potable (${inv.tanks.length} ouvrage${inv.tanks.length > 1 ? 's' : ''}), remise en service après analyses conformes.`, span: 6, size: 8.6, i: true, wrap: true }, ...blank(5)] },
      ...(sentence ? [{ h: 9, cells: [{ v: sentence, span: 6, size: 8.2, i: true, wrap: true }, ...blank(5)] }] : []),
      blank(6),
      [{ v: 'Désignation', ...label, span: 3 }, null, null, { v: 'Qté', ...label }, { v: 'P.U. HT', ...label }, { v: 'Montant HT', ...label }],
      ...body,
      blank(6),
      ...totals.map(([k, cents, strong]) => [...blank(2), { v: k, span: 3, align: 'right', b: strong, size: 8.6 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(6),
      ...(outside ? [[{ v: 'Débours : analyses payées au laboratoire au nom et pour le compte du client, sur justificatif, hors champ de la TVA.', span: 6, size: 7.2, i: true, wrap: true }, ...blank(5)]] : []),
      [{ v: paymentText(inv), span: 6, size: 8 }, ...blank(5)],
      { h: 9, cells: [{ v: `Conditions de règlement : 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, span: 6, size: 6.8, wrap: true }, ...blank(5)] },
      { h: 9, cells: [{ v: legalLine(inv), span: 6, size: 6.6, wrap: true }, ...blank(5)] },
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [36, 38, 34, 16, 24, 28], margins: [12, 12, 14, 12], rows };
  },
};

export default [forage, postes, reservoirs];

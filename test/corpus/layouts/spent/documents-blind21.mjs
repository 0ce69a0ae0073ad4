// Blind-21 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a roadworks
// company's asphalt repairs street by street (saw cutting by the metre, hot asphalt by the tonne from the weighbridge
// slips of seven digits, tack coat per m², automatic patching, temporary signs by the day; the slips with their plant,
// truck and net weight printed for information; the city's works orders per street; a 5 % retention deducted on half),
// printed by Chromium and LibreOffice; a leak-detection company's campaign on a water network (acoustic loggers by the
// kilometre with two decimals, correlation per point, tracer gas by the hour, each leak found marked; the leaks with
// their address, pipe, estimated flow and the water utility's request number listed for information, over two pages on
// some), printed by LibreOffice Writer; and a road-sign supplier's delivery (signs by their code, size and
// retroreflective class, posts and fixings; the quote and the delivery note recalled; a discount on some; 2 of 8
// credit notes for signs taken back, naming the original invoice), printed from a Calc sheet.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { plate, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { earlierNumber18, tonnes } from '../../lib/blind18.mjs';
import { hundredths, maybeRelabel21, sevenDigits, ticketRun } from '../../lib/blind21.mjs';

// ——— 1. Asphalt repairs: streets, hot mix by the tonne from weighbridge slips, a retention on half. ———
const STREETS = ['Rue Jean Jaurès', 'Avenue Albert Raimond', 'Rue des Aciéries', 'Chemin de la Croix-Blanche', 'Rue du 8 Mai 1945', 'Impasse des Forges', 'Place du Breuil', 'Rue Victor Hugo', 'Allée des Tilleuls'];
const PLANTS = ['Poste d’enrobage de Bonson', 'Poste d’enrobage de Saint-Just-Malmont', 'Centrale d’enrobés de Feurs'];
const enrobes = {
  name: 'b-enrobes-voirie',
  family: 'asphalt-repairs-weighbridge-slips-retention',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('b-enrobes-voirie', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['ebp', 'plain', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.6, serviceProb: 0.5, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'asphalt');
    renameSupplier(inv, x.pick(['Enrobés et Voirie du Forez', 'Routes et Chaussées Loire', 'TP Gier Enrobés', 'Voirie Réseaux Pilat']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4211Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel21(inv, x);
    inv.due = addDays(inv.date, x.pick([30, 30, 45]));
    inv.retenuePct = i % 2 === 1 ? 5 : 0;
    const first = x.int(0, STREETS.length - 1);
    const perTonne = x.int(118, 165) * 100;
    let day = addDays(inv.date, -x.int(20, 40));
    let slipCount = 0;
    inv.sites = Array.from({ length: x.int(2, 3) }, (_, k) => {
      day = addDays(day, x.int(1, 6));
      const slips = Array.from({ length: x.int(1, 3) }, () => ({ kg: x.int(3200, 14800), day, plant: PLANTS[(i + k) % PLANTS.length], truck: plate(x) }));
      slipCount += slips.length;
      return { street: STREETS[(first + k) % STREETS.length], os: `OS n° ${x.int(3, 48)}`, cut: x.int(12, 140), m2: x.int(25, 260), slips };
    });
    const numbers = ticketRun(x, slipCount);
    inv.sites.flatMap((site) => site.slips).forEach((slip, k) => (slip.number = numbers[k]));
    inv.lines = [];
    for (const site of inv.sites) {
      const kg = site.slips.reduce((s, slip) => s + slip.kg, 0);
      site.kg = kg;
      site.lines = [
        { label: 'Découpe de chaussée à la scie à disque', qty: site.cut, qtyText: `${site.cut} ml`, unit: x.int(4, 9) * 100 + 50, rate: 2000 },
        { label: 'Couche d’accrochage à l’émulsion de bitume', qty: site.m2, qtyText: `${site.m2} m²`, unit: x.int(90, 160) * 1, rate: 2000 },
        { label: 'Fourniture et mise en œuvre d’enrobé BBSG 0/10 à chaud (tonnage des bons de pesée)', qty: kg / 1000, qtyText: `${tonnes(kg)} t`, unit: perTonne, total: Math.round((kg * perTonne) / 1000), rate: 2000 },
      ];
      inv.lines.push(...site.lines);
    }
    inv.extra = [];
    if (x.chance(0.5)) {
      const kg = x.int(600, 3800);
      inv.extra.push({ label: 'Point-à-temps automatique (émulsion et gravillons 4/6)', qty: kg / 1000, qtyText: `${tonnes(kg)} t`, unit: x.int(420, 610) * 100, total: 0, rate: 2000, kg });
    }
    inv.extra.push({ label: 'Signalisation temporaire de chantier et alternat par feux', qty: x.int(2, 6), qtyText: null, unit: x.int(85, 160) * 100, rate: 2000 });
    inv.extra.push({ label: 'Amenée et repli du matériel (finisseur, compacteur, raboteuse)', qty: 1, qtyText: 'forfait', unit: x.int(450, 980) * 100, rate: 2000 });
    for (const l of inv.extra) {
      if (l.kg) l.total = Math.round((l.kg * l.unit) / 1000);
      l.qtyText ??= `${l.qty} j`;
    }
    inv.lines.push(...inv.extra);
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché à bons de commande n°', 'Marché n°', 'Accord-cadre voirie n°'], service: ['Code service', 'Service', 'Service voirie (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const titleLine = x.chance(0.5);
    const numberLabel = x.pick(['Facture n°', 'N° de facture', 'Numéro']);
    const head = titleLine
      ? [p(`FACTURE N° ${inv.number} du ${date(inv, inv.date)}`, { b: true, size: 13, align: 'right' })]
      : [p('FACTURE', { b: true, size: 16, align: 'right' }), table([30, 42], [[numberLabel, { text: inv.number, b: true }], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)], ['Échéance', fmtDate(inv.due, 'slash')]], { border: 'grid', size: 8.4, indent: 8 })];
    const rows = [];
    for (const site of inv.sites) {
      rows.push({ cells: [{ text: `${site.street} – ${site.os}`, span: 4, b: true }], shade: '#f3f3f3' });
      for (const l of site.lines) rows.push([l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    }
    rows.push({ cells: [{ text: 'Prestations communes', span: 4, b: true }], shade: '#f3f3f3' });
    for (const l of inv.extra) rows.push([l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const slips = inv.sites.flatMap((site) => site.slips.map((slip) => [slip.number, fmtDate(slip.day, 'slash'), slip.plant, slip.truck, site.street, `${frNumber(slip.kg)} kg`]));
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], ['TVA 20 %', inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.retenue]];
    if (inv.retenue) totals.push([x.pick(['Retenue de garantie 5 %', 'Retenue de garantie (5 % du TTC)']), -inv.retenue], [x.pick(['Net à payer', 'Net à mandater']), inv.net, true]);
    const refsBlock = shown.length ? [p(x.pick(['Vos références', 'Références de la commande']), { size: 7.8, b: true, before: 3 }), table([56, 44], shown.map(([k, v]) => [k, { text: v, b: true }]), { border: 'rows', size: 8.4 })] : [];
    return {
      font: producer === 'chromium' ? x.pick(['Liberation Sans', 'DejaVu Sans']) : x.pick(['Liberation Sans', 'Liberation Serif']), size: 8.8, margins: [14, 15, 22, 15],
      body: [
        columns([98, 82], [[p(s.name, { b: true, size: 14 }), p('Travaux publics – voirie – enrobés – réseaux', { size: 7.6, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 8 })], head]),
        space(5),
        columns([98, 82], [[...refsBlock, p(`Code client : ${inv.clientCode}`, { size: 8, before: 2 })], [p(x.pick(['Maître d’ouvrage', 'Client', 'Facturé à']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 9 })]]),
        p(`Objet : réfection ponctuelle de chaussée en enrobés à chaud – ${inv.sites.length} rues${titleLine ? ` – échéance le ${fmtDate(inv.due, 'slash')}` : ''}.`, { b: true, before: 5 }),
        ...(sentence ? [p(sentence, { size: 8.4, i: true, before: 1 })] : []),
        table([104, 22, 24, 30], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 8, align: ['left', 'right', 'right', 'right'], before: 4, after: 3 }),
        totalsTable(inv, totals, { widths: [64, 32], indent: 84, size: 8.8 }),
        p('Bons de pesée (pour information)', { size: 7.8, b: true, before: 4 }),
        table([20, 20, 50, 22, 40, 28], [{ cells: ['N° bon', 'Date', 'Poste', 'Camion', 'Chantier', 'Poids net'], b: true, shade: '#f3f3f3' }, ...slips], { border: 'grid', size: 7.2, align: ['left', 'left', 'left', 'left', 'left', 'right'] }),
        ...(inv.retenue ? [p('Retenue de garantie de 5 % (art. R. 2191-32 du code de la commande publique), libérée un an après la réception sauf réserves.', { size: 7.2, before: 2, color: '#444444' })] : []),
        rule(),
        p(paymentText(inv), { size: 8.2 }),
        p(`Conditions de règlement : ${x.pick(['virement à 30 jours', 'mandat administratif à 30 jours', '30 jours date de facture'])}. ${LATE_FEES}`, { size: 6.8, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page} / {pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 2. Leak detection on a water network: sectors by the kilometre, leaks found listed. ———
const SECTORS = ['Secteur Bellevue – Solaure', 'Secteur Montreynaud', 'Secteur Centre-Ville', 'Secteur La Terrasse', 'Secteur Côte-Chaude', 'Secteur Terrenoire', 'Secteur hameaux nord'];
const PIPES = ['Fonte DN 100', 'Fonte DN 150', 'PVC DN 110', 'PEHD Ø 63 (branchement)', 'Plomb Ø 25 (branchement)', 'Acier DN 80'];
const KINDS = ['Canalisation', 'Branchement', 'Robinet-vanne', 'Poteau incendie', 'Compteur en regard'];
const fuites = {
  name: 'b-recherche-fuites',
  family: 'water-leak-detection-campaign',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('b-recherche-fuites', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'year2', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'commandePublique'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['long', 'slash'], rates: [[2000]], discountPct: [0, 0, 0, 5], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'leaks');
    renameSupplier(inv, x.pick(['Détection Réseaux Services', 'Aqua Fuites Diagnostic', 'Hydro Recherche Loire', 'Réseaux Eau Expertise']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7112B';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel21(inv, x);
    inv.due = addDays(inv.date, 30);
    inv.quote = `DV-${inv.date.y}-${String(x.int(10, 240)).padStart(4, '0')}`;
    inv.quoteDate = addDays(inv.date, -x.int(50, 90));
    inv.from = addDays(inv.date, -x.int(25, 40));
    inv.to = addDays(inv.from, x.int(6, 18));
    const first = x.int(0, SECTORS.length - 1);
    inv.sectors = Array.from({ length: x.int(2, 4) }, (_, k) => ({ name: SECTORS[(first + k) % SECTORS.length], km: x.int(380, 2450) }));
    const perKm = x.int(165, 320) * 100;
    inv.lines = inv.sectors.map((sector) => ({ label: `Prélocalisation acoustique par enregistreurs (pose, relève, analyse) – ${sector.name}`, qty: sector.km / 100, qtyText: `${hundredths(sector.km)} km`, unit: perKm, total: Math.round((sector.km * perKm) / 100), rate: 2000 }));
    const leakCount = x.pick([x.int(3, 9), x.int(8, 14), x.int(22, 30)]);
    inv.leaks = Array.from({ length: leakCount }, (_, k) => ({
      id: `F${String(k + 1).padStart(2, '0')}`, address: `${x.int(1, 120)} ${x.pick(STREETS)}`, pipe: x.pick(PIPES), kind: x.pick(KINDS),
      flow: frNumber(x.int(2, 60) / 10, 1), request: sevenDigits(x), sector: inv.sectors[k % inv.sectors.length].name.replace(/^Secteur /, ''),
    }));
    inv.lines.push({ label: 'Corrélation acoustique des bruits suspects (par point corrélé)', qty: leakCount + x.int(2, 8), qtyText: null, unit: x.int(90, 160) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Recherche au gaz traceur (azote hydrogéné) – équipe de 2 techniciens', qty: x.int(2, 8), qtyText: null, unit: x.int(110, 160) * 100, rate: 2000, hours: true });
    inv.lines.push({ label: 'Marquage au sol et fiche de localisation par fuite', qty: leakCount, qtyText: null, unit: x.int(35, 70) * 100, rate: 2000 });
    inv.lines.push({ label: 'Rapport de campagne, plans SIG des fuites et réunion de restitution', qty: 1, qtyText: 'forfait', unit: x.int(450, 950) * 100, rate: 2000 });
    for (const l of inv.lines) l.qtyText ??= l.hours ? `${l.qty} h` : String(l.qty);
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de recherche de fuites n°', 'Réf. marché'], service: ['Code service', 'Service des eaux (code)', 'Service'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Référence', 'N° de pièce']);
    const dateLabel = x.pick(['Date', 'Date d’émission', 'Émise le']);
    const idBlock = x.chance(0.5)
      ? [p(`FACTURE ${x.pick(['N°', 'n°'])} ${inv.number}`, { b: true, size: 14 }), p(`${dateLabel} : ${date(inv, inv.date)}`, { size: 9 })]
      : [p('FACTURE', { b: true, size: 16 }), table([34, 44], [[numberLabel, { text: inv.number, b: true }], [dateLabel, date(inv, inv.date)]], { border: 'box', size: 8.8 })];
    const accent = x.pick(['#0277bd', '#00695c', '#283593']);
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const leaks = inv.leaks.map((f) => [f.id, f.sector, f.address, f.kind, f.pipe, `${f.flow} m³/h`, f.request]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise commerciale ${inv.discountPct} %`, -inv.discount]);
    totals.push([x.pick(['Total HT', 'Total hors taxes']), inv.ht], [x.pick(['TVA 20 %', 'T.V.A. à 20 %']), inv.tva], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), inv.ttc, true]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']), size: 8.8, margins: [15, 16, 22, 16],
      body: [
        columns([96, 82], [[p(s.name, { b: true, size: 14, color: accent }), p('Recherche de fuites sur réseaux d’eau potable – sectorisation – diagnostics', { size: 7.4, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.8 })], [space(4), ...paras(buyerTexts(inv, x), { size: 9 })]]),
        space(5),
        columns([96, 82], [idBlock, [...(shown.length ? [table([46, 36], shown.map(([k, v]) => [k, { text: v, b: true }]), { border: 'rows', size: 8.2 })] : [])]]),
        p(`Campagne de recherche de fuites du ${fmtDate(inv.from, 'slash')} au ${fmtDate(inv.to, 'slash')} – devis ${inv.quote} accepté le ${fmtDate(inv.quoteDate, 'slash')}.`, { before: 5 }),
        ...(sentence ? [p(sentence, { size: 8.4, i: true })] : []),
        table([100, 22, 26, 30], [{ cells: ['Désignation', 'Quantité', 'Prix unitaire HT', 'Montant HT'], b: true, shade: '#e1f5fe' }, ...rows], { border: 'rows', size: 8, align: ['left', 'right', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, totals, { widths: [60, 30], indent: 88, size: 8.8 }),
        p(paymentText(inv), { size: 8.2, before: 3 }),
        p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8, before: 1 }),
        p(`Fuites localisées (${inv.leaks.length}) – pour information, à transmettre à votre service des eaux`, { size: 8, b: true, before: 5 }),
        table([10, 28, 44, 26, 30, 16, 24], [{ cells: ['N°', 'Secteur', 'Adresse', 'Ouvrage', 'Conduite', 'Débit estimé', 'Demande d’intervention'], b: true, shade: '#f5f5f5' }, ...leaks], { border: 'grid', size: 7, align: ['left', 'left', 'left', 'left', 'left', 'right', 'left'] }),
        p(`Linéaire prélocalisé : ${inv.sectors.map((sector) => `${sector.name} ${hundredths(sector.km)} km`).join(' ; ')}.`, { size: 7.2, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page} sur {pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 3. Road signs: a supply of signs, posts and fixings; two credit notes for signs taken back. ———
const SIGNS = [
  ['AB4-700-C2', 'Panneau AB4 « Stop » octogonal 700 mm – classe 2', 9500, 14500],
  ['AB3A-1000-C2', 'Panneau AB3a « Cédez le passage » 1000 mm – classe 2', 8500, 12000],
  ['B14-30-650-C1', 'Panneau B14 limitation 30 km/h Ø 650 mm – classe 1', 5200, 7800],
  ['B1-650-C2', 'Panneau B1 « Sens interdit » Ø 650 mm – classe 2', 6500, 9000],
  ['C12-500-C1', 'Panneau C12 « Circulation à sens unique » 500 × 500 – classe 1', 4800, 7200],
  ['C20A-700-C2', 'Panneau C20a « Passage pour piétons » 700 × 700 – classe 2', 7900, 10500],
  ['B6D-650-C1', 'Panneau B6d « Arrêt et stationnement interdits » Ø 650 mm – classe 1', 5400, 7600],
  ['M1-600', 'Panonceau M1 « à 150 m » 600 × 200 mm', 2200, 3500],
  ['J11-H1', 'Balise J11 de virage – hauteur 1,00 m', 3500, 5200],
];
const POSTS = [['MAT-60-300', 'Mât acier galvanisé Ø 60 mm – longueur 3,00 m', 3800, 5600], ['COL-60-D', 'Colliers de fixation doubles Ø 60 (la paire)', 600, 1100], ['BOU-60', 'Bouchon de mât Ø 60 mm', 100, 300], ['SCE-BET', 'Fourreau de scellement à bétonner Ø 60', 900, 1600]];
const signalisation = {
  name: 'b-signalisation-verticale',
  family: 'road-signs-supply-credit-notes',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i % 4 === 3;
    const inv = makeInvoice('b-signalisation-verticale', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['sage', 'ebp', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'bcShort'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 8, 12], groups: ['space'], lines: [1, 1], rcsProb: 0.65, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'signs');
    renameSupplier(inv, x.pick(['Signaux Loire Équipement', 'Signa Route Centre', 'Panneaux et Balises du Forez', 'Signalétique Voirie Rhône']), x.pick(['SAS', 'SA', 'SARL']));
    inv.supplier.ape = '2599B';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel21(inv, x);
    inv.due = addDays(inv.date, 30);
    inv.deliveryNote = `BL${x.digits(7)}`;
    inv.delivered = addDays(inv.date, -x.int(2, 12));
    inv.quote = `DE${inv.date.y % 100}${x.digits(5)}`;
    const pickSigns = (n) => {
      const first = x.int(0, SIGNS.length - 1);
      return Array.from({ length: n }, (_, k) => SIGNS[(first + k * 2) % SIGNS.length]);
    };
    const priced = ([code, label, lo, hi], qty) => ({ code, label, qty, unit: Math.round(x.int(lo, hi) / 10) * 10, rate: 2000 });
    if (credit) {
      inv.avoir = true;
      inv.number = inv.number.replace(/^FA/, 'AV').replace(/^(\d)/, 'AV$1');
      inv.origin = { number: earlierNumber18(inv.number.replace(/^AV/, 'FA'), x), date: addDays(inv.date, -x.int(15, 60)) };
      inv.lines = pickSigns(x.int(1, 2)).map((sign) => ({ ...priced(sign, x.int(1, 6)), label: `Reprise : ${sign[1]} – livré hors commande` }));
      if (x.chance(0.5)) inv.lines.push({ code: 'TRANSP', label: 'Frais de port de la livraison d’origine (remboursés)', qty: 1, unit: x.int(35, 80) * 100, rate: 2000 });
      inv.print.iban = false;
      return priceLines(inv, [2000]);
    }
    inv.lines = pickSigns(x.int(3, 6)).map((sign) => priced(sign, x.pick([1, 2, 2, 3, 4, 5, 6, 10])));
    const posts = x.int(2, 12);
    inv.lines.push(priced(POSTS[0], posts), priced(POSTS[1], posts * x.pick([1, 2])));
    if (x.chance(0.5)) inv.lines.push(priced(POSTS[2], posts));
    if (x.chance(0.4)) inv.lines.push(priced(POSTS[3], posts));
    inv.lines.push({ code: 'PORT', label: 'Frais de port et d’emballage (livraison au centre technique municipal)', qty: 1, unit: x.int(45, 120) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number(((inv.avoir && inv.negative ? -cents : cents) / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de signalisation n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service voirie (code)'] });
    const head = { b: true, border: 'grid', shade: '#fff3e0', align: 'center', size: 7.6 };
    const title = inv.avoir ? 'AVOIR' : 'FACTURE';
    const boxHeads = [x.pick(['Pièce', 'N° pièce', 'Numéro']), 'Date', 'Code client', inv.avoir ? 'Facture d’origine' : 'Bon de livraison', inv.avoir ? 'du' : 'Devis'];
    const boxValues = [{ v: inv.number, b: true }, { v: iso(inv.date), type: 'date', align: 'center' }, { v: inv.clientCode }, { v: inv.avoir ? inv.origin.number : `${inv.deliveryNote} du ${fmtDate(inv.delivered, 'slash')}` }, { v: inv.avoir ? fmtDate(inv.origin.date, 'slash') : inv.quote }];
    const top = Array.from({ length: Math.max(me.length, buyer.length + 2) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.2, color: k === 0 ? '#e65100' : undefined } : null, null, null,
      k === 0 ? { v: title, span: 4, b: true, size: 16, align: 'right' } : k === 1 ? null : buyer[k - 2] ? { v: buyer[k - 2], span: 4, b: k === 2 } : null, null, null, null,
    ]);
    const body = inv.lines.map((l) => [{ v: l.code, border: 'grid', size: 7.6 }, { v: l.label, span: 3, border: 'grid', wrap: true, size: 7.8 }, null, null, { v: l.qty, type: 'number', border: 'grid', size: 8 }, cur(l.unit, { border: 'grid', size: 8 }), cur(l.total, { border: 'grid', size: 8 })]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise collectivités ${inv.discountPct} %`, -inv.discount]);
    totals.push([inv.discount ? 'Total net HT' : 'Total HT', inv.ht], ['TVA 20 %', inv.tva], [inv.avoir ? x.pick(['Total TTC de l’avoir', 'Montant TTC à déduire']) : x.pick(['Total TTC', 'Net à payer TTC']), inv.ttc, true]);
    const rows = [
      ...top,
      blank(7),
      boxHeads.map((h) => ({ v: h, ...head })).concat([null, null]).map((c, k) => (k === 4 ? { ...c, span: 3 } : c)).slice(0, 7),
      boxValues.map((c) => ({ ...c, border: 'grid', size: 8.4, align: c.align ?? 'center' })).concat([null, null]).map((c, k) => (k === 4 ? { ...c, span: 3 } : c)).slice(0, 7),
      blank(7),
      ...refs.map(([k, v]) => [{ v: k, span: 2, size: 8.4 }, null, { v, b: true, span: 2, align: 'left', size: 8.4 }, null, ...blank(3)]),
      ...(refs.length ? [blank(7)] : []),
      ...(inv.avoir ? [[{ v: `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')} : panneaux repris en bon état, non conformes à la commande.`, span: 7, size: 8.4, i: true, wrap: true }, ...blank(6)], blank(7)] : []),
      [{ v: 'Code article', ...head }, { v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Qté', ...head }, { v: 'P.U. HT', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.6 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      [{ v: 'Panneaux conformes à la norme NF EN 12899-1 – marquage CE – film rétroréfléchissant de classe indiquée.', span: 7, size: 7.2 }, ...blank(6)],
      [{ v: inv.avoir ? 'Avoir à imputer sur votre prochain règlement.' : paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: inv.avoir ? 'Cet avoir ne donne lieu à aucun paiement de votre part.' : `Conditions de règlement : 30 jours date de facture (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, span: 7, size: 6.8, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.6, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [24, 30, 30, 32, 14, 22, 28], margins: [12, 12, 14, 12], rows };
  },
};

export default [enrobes, fuites, signalisation];

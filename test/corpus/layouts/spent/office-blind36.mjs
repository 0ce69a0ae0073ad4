// Blind-36 layouts written as office files (see ../../README.md): a tenant-relocation operator's invoice for the
// rehousing of households out of a building to be demolished in an urban-renewal district, from a Calc template shaped
// like Sage 100 (a ruled row of headings over values, the households by their file number of seven digits and
// initials, an association exempt from VAT under art. 261-7-1° on half, a company on the other half with the moves at
// 20 % and hotel nights at 10 %; a deposit invoiced at the start deducted with its own number on some, « Reste dû »), a
// planning consultant's Word invoice for the revision of a local urban plan (the phases of the contract with their
// amount, the progress to date and what was invoiced before; extra public meetings; the engagement in a sentence or a
// references table; a micro-entrepreneur under art. 293 B on one; one invoice with its meetings log runs over two
// pages), and a building firm's Excel invoice for the refurbishment of a communal dwelling between two tenants (a
// key–value table whose long labels wrap, the dwelling, its electricity delivery point of fourteen digits, works at
// 10 % and supplies at 20 % on some with a VAT line per rate and its base, amounts as formulas; a discount on some; one
// credit note).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { initials, notInFuture } from '../../lib/blind22.mjs';
import { prm } from '../../lib/blind24.mjs';
import { deductDeposit } from '../../lib/blind25.mjs';
import { housingBuyer, maybeRelabel36, oldAddress, seven36 } from '../../lib/blind36.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Tenant relocation: a Calc template like Sage 100, exempt association or two rates, a deposit deducted. ———
const DISTRICTS = ['Tarentaize-Beaubrun', 'Montreynaud', 'Crêt de Roch', 'Quartier Sud-Est', 'Le Drugeon (Saint-Chamond)', 'Le Parc (Roanne)'];
const relogement = {
  name: 'ah-relogement-locataires',
  family: 'tenant-relocation-calc-sage-households-exempt-or-two-rates',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const assoc = i % 2 === 0;
    const inv = makeInvoice('ah-relogement-locataires', i, { supplier: assoc ? 'association' : 'company', cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: ['sage', 'plain', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'relocation');
    if (assoc) renameSupplier(inv, x.pick(['Habitat et Humanisme Loire', 'Association Logement Accompagnement Forez', 'Soliha Loire – accompagnement social']), 'Association loi 1901');
    else renameSupplier(inv, x.pick(['Relogement Conseil Rhône-Loire', 'MOUS Habitat Services', 'Urbanis Relogement']), 'SAS');
    inv.supplier.ape = assoc ? '8899B' : '7022Z';
    housingBuyer(inv, x, 'renewal', 0.9);
    localReferences(inv, x);
    maybeRelabel36(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.client = seven36(x);
    inv.district = x.pick(inv.buyer.name === 'Commune de Roanne' ? ['Le Parc (Roanne)', 'Le Mayollet (Roanne)'] : inv.buyer.name === 'Commune de Saint-Chamond' ? ['Le Drugeon (Saint-Chamond)', 'Crêt de l’Œillet (Saint-Chamond)'] : DISTRICTS.slice(0, 4));
    inv.building = oldAddress(x);
    const n = x.int(2, 5);
    const exempt = assoc ? 0 : null;
    inv.households = Array.from({ length: n }, () => ({ file: seven36(x), who: initials(x), from: x.pick(['T2', 'T3', 'T4']), to: x.pick(['T2', 'T3', 'T4', 'T5']) }));
    inv.lines = [];
    for (const h of inv.households) {
      inv.lines.push({ label: `Accompagnement au relogement – ménage n° ${h.file} (${h.who}), ${h.from} vers ${h.to}`, qty: 1, unit: x.int(900, 1600) * 100, rate: exempt ?? 2000 });
      if (x.chance(0.6)) inv.lines.push({ label: `Organisation et prise en charge du déménagement – ménage n° ${h.file}`, qty: 1, unit: x.int(450, 1200) * 100, rate: exempt ?? 2000 });
    }
    if (!assoc && x.chance(0.6)) inv.lines.push({ label: 'Hébergement temporaire en résidence hôtelière (nuitées)', qty: x.int(4, 20), unit: x.int(55, 85) * 100, rate: 1000 });
    priceLines(inv, assoc ? [0] : [2000, 1000]);
    if (i % 3 === 1) inv.dep = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(40, 120)));
    return inv;
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention n°'], service: ['Code service', 'Service'] });
    const cell = (v, o = {}) => ({ v, ...o });
    const capsHeads = x.chance(0.5);
    const H = (t) => (capsHeads ? t.toLocaleUpperCase('fr-FR') : t);
    const rows = [];
    rows.push([cell(s.name, { b: true, size: 13, span: 3 }), null, null, null, null]);
    for (const t of supplierTexts(inv, x).slice(1)) rows.push([cell(t, { size: 8, span: 3 }), null, null, null, null]);
    rows.push([]);
    const buyer = buyerTexts(inv, x);
    for (const [k, t] of buyer.entries()) rows.push([null, null, cell(t, { b: k === 0, size: 9, span: 3 }), null, null]);
    rows.push([]);
    rows.push([cell('FACTURE', { b: true, size: 15, span: 5, align: 'center', border: 'box' }), null, null, null, null]);
    rows.push([H('N° pièce'), H('Date'), H('Code client'), H('Opération'), H('Échéance')].map((t) => cell(t, { b: true, size: 7.6, border: 'grid', shade: '#dfe6ee', align: 'center' })));
    rows.push([cell(inv.number, { b: true }), cell(fmtDate(inv.date, 'slash')), cell(inv.client), cell(inv.district, { wrap: true, size: 8 }), cell(fmtDate(inv.due, 'slash'))].map((c) => ({ ...c, border: 'grid', align: 'center' })));
    if (refs.length) {
      rows.push([]);
      for (const [n, [k, v]] of refs.entries()) rows.push([cell(n ? '' : 'Vos références', { b: true, size: 8.4, span: 2, shade: '#f3f3f3' }), null, cell(`${k} : ${v}`, { size: 8.4, span: 3, border: 'box' }), null, null]);
    }
    rows.push([]);
    rows.push([cell(`Objet : relogement des locataires de l’immeuble ${inv.building} (${inv.district}) avant démolition – maîtrise d’œuvre urbaine et sociale`, { b: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push([H('Désignation'), H('Qté'), H('P.U.'), H('TVA'), H('Montant')].map((t, k) => cell(t, { b: true, border: 'grid', shade: '#dfe6ee', align: k ? 'center' : 'left' })));
    for (const l of inv.lines) rows.push([cell(l.label, { border: 'grid', wrap: true, size: 7.8 }), cell(l.qty, { type: 'number', border: 'grid', align: 'center', size: 8.2 }), cell(l.unit / 100, { type: 'money', border: 'grid', size: 8.2 }), cell(inv.vatExempt ? '—' : rate(l.rate), { border: 'grid', align: 'center', size: 8 }), cell(l.total / 100, { type: 'money', border: 'grid', size: 8.2 })]);
    rows.push([]);
    const tot = (k, v, b) => rows.push([cell(k, { b, span: 4, align: 'right' }), null, null, null, cell(v / 100, { type: 'money', b, border: b ? 'top' : undefined })]);
    tot(inv.vatExempt ? 'Total' : 'Total HT', inv.ht);
    if (!inv.vatExempt) for (const v of inv.vat) tot(`TVA ${rate(v.rate)} (base ${plainMoney(inv, v.base)})`, v.amount);
    if (!inv.vatExempt) tot('Total TTC', inv.ttc, !inv.deposit);
    if (inv.deposit) {
      tot(`Acompte n° ${inv.dep.number} du ${fmtDate(inv.dep.date, 'slash')}`, -inv.deposit);
      tot(x.pick(['Reste dû', 'Net à payer']), inv.net, true);
    } else if (inv.vatExempt) tot('Net à payer', inv.net, true);
    rows.push([]);
    if (inv.vatExempt) rows.push([cell(inv.vatExempt, { i: true, size: 8, span: 5 }), null, null, null, null]);
    rows.push([cell(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8, span: 5 }), null, null, null, null]);
    rows.push([cell('Les initiales et numéros de dossier des ménages sont ceux du fichier partagé avec le bailleur ; aucune donnée nominative ne figure sur la facture.', { size: 7, i: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push([cell(LATE_FEES, { size: 6.8, span: 5, wrap: true }), null, null, null, null]);
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, colWidths: [70, 22, 26, 30, 34], margins: [12, 12, 16, 12], footer: [legalLine(inv)], rows };
  },
};

// ——— 2. Planning study (PLU revision): Word, phases with progress, a sentence or a table of references, two pages on one. ———
const PHASES = [
  ['Phase 1 – Diagnostic territorial et état initial de l’environnement', 0.22], ['Phase 2 – Projet d’aménagement et de développement durables (PADD)', 0.18],
  ['Phase 3 – Orientations d’aménagement et de programmation (OAP)', 0.15], ['Phase 4 – Règlement écrit et graphique, zonage', 0.25],
  ['Phase 5 – Arrêt du projet, consultation des personnes publiques associées', 0.1], ['Phase 6 – Enquête publique et approbation', 0.1],
];
const plu = {
  name: 'ah-etude-revision-plu',
  family: 'planning-study-plu-word-phases-progress',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const micro = i === 7;
    const long = i === 4;
    const inv = makeInvoice('ah-etude-revision-plu', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.3, engagementProb: 0.75, trades: ['services'], numbers: micro ? ['micro'] : ['pennylane', 'plain', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.4, serviceProb: 0.4, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'plu');
    if (micro) renameSupplier(inv, x.pick(['Claire Vindry – urbaniste', 'Marc Souvignet – urbaniste OPQU']), 'EI');
    else renameSupplier(inv, x.pick(['Réalités Urbanisme', 'Atelier Territoires Forez', 'Urbanis Planification', 'Agence Paysages & Projets']), x.pick(['SARL', 'SCOP SARL', 'SAS']));
    inv.supplier.ape = '7111Z';
    housingBuyer(inv, x, 'planning', 0.9);
    localReferences(inv, x);
    maybeRelabel36(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract = x.int(micro ? 90 : 380, micro ? 160 : 900) * 10000;
    inv.situationNo = long ? 5 : x.int(2, 4);
    const upTo = long ? 5 : x.int(1, 4);
    inv.phases = PHASES.map(([label, share], k) => {
      const amount = Math.round(inv.contract * share);
      const prev = k < upTo - 1 ? 100 : k === upTo - 1 ? x.pick([0, 30, 50]) : 0;
      const cum = k < upTo - 1 ? 100 : k === upTo - 1 ? Math.min(100, prev + x.pick([20, 40, 50, 70])) : k === upTo ? x.pick([0, 0, 20]) : 0;
      return { label, amount, prev, cum };
    });
    inv.lines = inv.phases.filter((ph) => ph.cum > ph.prev).map((ph) => ({ label: `${ph.label} – avancement ${ph.prev} % → ${ph.cum} %`, qty: 1, unit: Math.round((ph.amount * (ph.cum - ph.prev)) / 100), rate: micro ? 0 : 2000 }));
    inv.meetings = Array.from({ length: long ? 26 : x.int(0, 3) }, (_, k) => ({ day: addDays(inv.date, -x.int(5, 300) + k), kind: x.pick(['Comité de pilotage', 'Réunion publique', 'Atelier participatif', 'Réunion des personnes publiques associées', 'Commission urbanisme']) })).sort((a, b) => (a.day.y * 400 + a.day.m * 32 + a.day.d) - (b.day.y * 400 + b.day.m * 32 + b.day.d));
    const extra = inv.meetings.filter(() => x.chance(0.35)).length;
    if (extra) inv.lines.push({ label: 'Réunions supplémentaires (tranche optionnelle, au-delà des réunions prévues au marché)', qty: extra, unit: x.int(450, 750) * 100, rate: micro ? 0 : 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Reprographie des dossiers (exemplaires papier et clés USB)', qty: x.int(3, 12), unit: x.int(40, 120) * 100, rate: micro ? 0 : 2000 });
    return priceLines(inv, [micro ? 0 : 2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché public de prestations intellectuelles n°'], service: ['Code service', 'Service'] });
    const sentence = inv.engagement && x.chance(0.45) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['2E5E4E', '5B3A8C', '9C4A1A']);
    const phaseRows = inv.phases.map((ph) => [ph.label, plainMoney(inv, ph.amount), `${ph.prev} %`, `${ph.cum} %`, plainMoney(inv, Math.round((ph.amount * (ph.cum - ph.prev)) / 100))]);
    const lineRows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = inv.vatExempt ? [['Total', money(inv, inv.ht)], ['Net à payer', money(inv, inv.net)]] : [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)], [x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]];
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 13, color: accent }), para(inv.kind === 'micro' ? 'Urbaniste – études de planification' : 'Urbanisme – planification – concertation', { size: 7.6, italics: true })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([92, 88], [[{ paragraphs: supplierTexts(inv, x).slice(1).map((t) => para(t, { size: 8 })) }, { paragraphs: buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9 })) }]], { borders: NO_BORDERS }),
        para(`FACTURE N° ${inv.number}`, { bold: true, size: 14, before: 8, color: accent }),
        para(`${x.pick(['Date', 'Établie le'])} : ${date(inv, inv.date)} – échéance : ${fmtDate(inv.due, 'slash')} – situation n° ${inv.situationNo}`, { size: 9, after: 4 }),
        ...(shown.length ? [wordTable([70, 60], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : révision générale du plan local d’urbanisme – montant du marché ${plainMoney(inv, inv.contract)} € HT.`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        para('État d’avancement des phases (pour information)', { bold: true, size: 8.4, before: 2, after: 1 }),
        wordTable([82, 26, 20, 20, 30], [{ cells: ['Phase', 'Montant HT', 'Antérieur', 'Cumulé', 'Cette facture'], bold: true, shade: 'EEEEEE' }, ...phaseRows], { borders: GRID, align: ['left', 'right', 'right', 'right', 'right'], size: 7.6 }),
        para('Détail de la facture', { bold: true, size: 8.4, before: 6, after: 1 }),
        wordTable([104, 16, 28, 32], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], bold: true, shade: 'EEEEEE' }, ...lineRows], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 3 }),
        wordTable([60, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        ...(inv.vatExempt ? [para(inv.vatExempt, { italics: true, size: 8.4, before: 3 })] : []),
        ...(inv.meetings.length ? [para('Réunions tenues depuis le début de la mission', { bold: true, size: 8.4, before: 6, after: 1 }), wordTable([30, 90], inv.meetings.map((m) => [fmtDate(m.day, 'slash'), m.kind]), { borders: ROWS, size: 7.8 })] : []),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 3. Refurbishment of a communal dwelling: Excel, key–value table of wrapping labels, 10 % and 20 %, one credit note. ———
const WORKS = [
  ['Peinture murs et plafonds (2 couches, préparation des supports)', 'm²', 18, 32, 1000], ['Remplacement revêtement de sol PVC U2SP3', 'm²', 28, 45, 1000],
  ['Remplacement mitigeur évier et joints sanitaires', 'u', 140, 260, 1000], ['Mise en sécurité électrique (prises, interrupteurs, tableau)', 'forfait', 650, 1400, 1000],
  ['Remplacement porte palière isoplane', 'u', 480, 900, 1000], ['Nettoyage de fin de chantier et évacuation des encombrants', 'forfait', 180, 420, 1000],
  ['Fourniture seule de plaque de cuisson et hotte (posées par le locataire)', 'u', 220, 480, 2000], ['Fourniture de radiateurs électriques à inertie (sans pose)', 'u', 260, 520, 2000],
];
const logement = {
  name: 'ah-remise-en-etat-logement-communal',
  family: 'communal-dwelling-refurbishment-excel-kv-two-rates',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('ah-remise-en-etat-logement-communal', i, { avoir: credit, cityProb: 0.4, engagementProb: 0.7, trades: ['btp'], numbers: credit ? ['avoir'] : ['ebp', 'plain', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'ejBc'], marketProb: 0.3, serviceProb: 0.55, dateStyles: ['slash'], rates: [[1000]], discountPct: credit ? 0 : [0, 0, 3, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'dwelling');
    renameSupplier(inv, x.pick(['Rénovation Habitat Ondaine', 'Multiservices Bâtiment Forez', 'Gerentes Second Œuvre', 'Loire Rénov’ Logement']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4334Z';
    housingBuyer(inv, x, 'housing', 0.9);
    localReferences(inv, x);
    maybeRelabel36(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.dwelling = { address: oldAddress(x), kind: x.pick(['T2', 'T3', 'T4']), floor: x.pick(['RDC', '1er étage', '2e étage', '3e étage']), lot: `LOG-${x.digits(3)}`, area: x.int(38, 82) };
    inv.meter = prm(x);
    inv.exit = addDays(inv.date, -x.int(20, 60));
    inv.order = seven36(x);
    const picks = WORKS.filter(([, , , , r]) => r === 1000).filter(() => x.chance(0.6));
    if (!picks.length) picks.push(WORKS[0]);
    if (!credit && x.chance(0.5)) picks.push(x.pick(WORKS.filter(([, , , , r]) => r === 2000)));
    inv.lines = (credit ? picks.slice(0, 1) : picks).map(([label, unitName, lo, hi, r]) => {
      const qty = unitName === 'm²' ? inv.dwelling.area + x.int(0, 60) : unitName === 'u' ? x.int(1, 3) : 1;
      return { label: credit ? `${label} – prestation non réalisée` : label, unitName, qty, unit: x.int(lo, hi) * 100, rate: r };
    });
    if (credit) {
      inv.origin = { number: `FA-${inv.date.y}-${x.digits(5)}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.print.iban = false;
    }
    return priceLines(inv, [...new Set(inv.lines.map((l) => l.rate))].sort((a, b) => a - b));
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 34 }, { width: 9 }, { width: 9 }, { width: 12 }, { width: 8 }, { width: 14 }];
    const me = [s.name, ...s.address, s.phone, ...(inv.print.supplierSiret ? [`SIRET ${s.siret}`] : [])];
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF6D4C41' : undefined }));
    put('D1', inv.avoir ? 'AVOIR' : 'FACTURE', { bold: true, size: 18, color: 'FF6D4C41', align: 'right' });
    sheet.mergeCells('D1:F1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`D${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`D${k + 3}:F${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Numéro du marché à bons de commande', 'Marché n°'], service: ['Code du service gestionnaire du logement (Chorus Pro)', 'Code service'] });
    const kv = [
      [inv.avoir ? 'Numéro d’avoir' : x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date', dateValue(inv.date), true],
      ...(inv.avoir ? [['Facture d’origine', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Date d’échéance', dateValue(inv.due)]]),
      ['Numéro d’ordre de travaux du bailleur', inv.order],
      ['Logement (adresse, type, étage, référence patrimoine)', `${inv.dwelling.address} – ${inv.dwelling.kind} – ${inv.dwelling.floor} – ${inv.dwelling.lot}`],
      ['Point de livraison électricité (PDL) à remettre en service', inv.meter],
      ['Date de l’état des lieux de sortie', dateValue(inv.exit)],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFEFEBE9' });
      put(`B${row}`, v, { size: strong ? 10 : 8.6, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left', wrap: true });
      sheet.mergeCells(`B${row}:F${row}`);
      if (k.length > 34 || String(v).length > 60) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    ['Désignation', 'Unité', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'ABCDEF'[k]}${r}`, text, { bold: true, border: true, fill: 'FFD7CCC8', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 45 ? 24 : 13;
      put(`B${n}`, l.unitName, { border: true, size: 8.5, align: 'center' });
      put(`C${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, l.rate / 10000, { border: true, size: 8.5, numFmt: '0%', align: 'center' });
      put(`F${n}`, { formula: `C${n}*D${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const tot = (label, value, { bold, size = 9.5, border } = {}) => {
      put(`C${r}`, label, { bold, size });
      sheet.mergeCells(`C${r}:E${r}`);
      put(`F${r}`, value, { bold, size, numFmt: EUR_FORMAT, border });
      r += 1;
    };
    if (inv.discount) {
      tot('Total brut HT', { formula: `SUM(F${first}:F${last})`, result: euros(inv.grossHT) });
      tot(`Remise ${inv.discountPct} %`, -euros(inv.discount));
    }
    tot('Total HT', euros(inv.ht), { bold: true });
    for (const v of inv.vat) {
      tot(`Base TVA ${rate(v.rate)}`, euros(v.base), { size: 8.5 });
      tot(`TVA ${rate(v.rate)}`, euros(v.amount), { size: 8.5 });
    }
    tot(inv.avoir ? 'Total avoir TTC' : 'Total TTC', euros(inv.ttc), { bold: true });
    if (!inv.avoir) tot(x.pick(['Net à payer', 'Montant dû']), euros(inv.net), { bold: true, size: 10.5, border: 'top' });
    r += 1;
    put(`A${r}`, inv.lines.some((l) => l.rate === 1000) ? 'TVA à 10 % : travaux d’amélioration et d’entretien dans un logement achevé depuis plus de deux ans (art. 279-0 bis du CGI), attestation remise par le bailleur.' : 'Fournitures sans pose : TVA 20 %.', { size: 7.4, italic: true });
    put(`A${r + 1}`, inv.avoir ? 'Avoir à imputer sur la facture d’origine.' : paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 6.8 });
    put(`A${r + 3}`, legalLine(inv), { size: 6.8 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [relogement, plu, logement];

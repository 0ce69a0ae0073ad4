// Blind-19 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a law firm's
// fee note for a commune's case before the administrative court (time entries in hours and minutes for information,
// fees at an hourly rate, a flat fee for the hearing, travel at 20 %, disbursements outside VAT — the pleading fee, a
// bailiff's service —; the provision received deducted with its own number on some; the court's 7-digit case number
// printed on some), printed by Chromium and LibreOffice; a traffic-count study (counting points with their roads,
// tubes or radars and weeks, video counts at junctions per hour analysed, the report; the traffic figures printed for
// information; the deposit invoiced with the order deducted on some), printed by LibreOffice; an electric-vehicle
// charging operator's quarter of supervision and maintenance (charge points with their EVSE identifiers, sessions and
// kWh for information; bilingual French–English on half, amounts in « EUR » on some), drawn by PDFKit; and a synthetic
// turf pitch's maintenance (m² at prices with three decimals, infill in tonnes with three decimals, lines by the metre,
// shock-absorption tests; the test results printed for information; a contract discount on some), printed from a Calc
// sheet.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtAmount, fmtDate, iso } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { millsTotal, mills3, refPairs } from '../../lib/blind8.mjs';
import { quarterName, quarterOf, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { deductPaid, tonnes } from '../../lib/blind18.mjs';
import { decimalHours, hm, maybeRelabel19 } from '../../lib/blind19.mjs';

// ——— 1. Law firm: a fee note for a case before the administrative court. ———
const CASES = [
  ['Commune c/ SCI Les Terrasses du Furan', 'recours contre un refus de permis de construire'],
  ['M. et Mme R. c/ Commune', 'recours en annulation d’une délibération du conseil municipal'],
  ['Commune c/ Société Bâtir Loire', 'contentieux de l’exécution d’un marché de travaux'],
  ['Association Quartier Vivant c/ Commune', 'référé-suspension contre un arrêté de circulation'],
  ['Commune – agent contractuel', 'recours indemnitaire d’un agent'],
];
const TASKS = ['Analyse du dossier et des pièces transmises', 'Rendez-vous avec le service juridique', 'Recherches de jurisprudence', 'Rédaction du mémoire en défense', 'Rédaction du mémoire en réplique', 'Échanges avec le greffe (Télérecours)', 'Préparation de l’audience', 'Compte rendu et analyse du jugement'];
const avocat = {
  name: 'h-avocat-honoraires',
  family: 'law-firm-fee-note-administrative-court',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('h-avocat-honoraires', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['hash', 'year2', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.4 });
    const x = extraRng(inv, 'lawyer');
    renameSupplier(inv, x.pick(['Vernet Chazal Avocats', 'Cabinet Faure-Michon', 'Lexloire Avocats Associés', 'Cabinet Brunel Droit Public']), x.pick(['SELARL', 'SELAS']));
    inv.supplier.ape = '6910Z';
    otherBuyer(inv, x, 0.6);
    localReferences(inv, x);
    maybeRelabel19(inv, x);
    const y = inv.date.y;
    [inv.caseName, inv.caseKind] = CASES[(i + x.int(0, 4)) % CASES.length];
    inv.file = `${String(y % 100 - x.int(0, 1)).padStart(2, '0')}/${x.digits(4)}`;
    inv.court = x.pick(['Tribunal administratif de Lyon', 'Tribunal administratif de Lyon', 'Cour administrative d’appel de Lyon']);
    inv.docket = x.chance(0.6) ? `${String(y % 100 - 1).padStart(2, '0')}${x.digits(5)}` : null;
    inv.due = addDays(inv.date, 30);
    const hourly = x.pick([180, 200, 220, 250, 280]) * 100;
    inv.hourly = hourly;
    inv.entries = [];
    let day = addDays(inv.date, -x.int(90, 200));
    for (const task of TASKS.filter(() => x.chance(0.6)).slice(0, 6)) {
      day = addDays(day, x.int(5, 25));
      inv.entries.push({ day, task, minutes: x.int(2, 20) * 15 });
    }
    if (!inv.entries.length) inv.entries.push({ day: addDays(inv.date, -20), task: TASKS[3], minutes: x.int(8, 20) * 15 });
    inv.minutes = inv.entries.reduce((s, e) => s + e.minutes, 0);
    inv.lines = [{ label: `Honoraires au temps passé : ${hm(inv.minutes)} au taux horaire de ${frNumber(hourly / 100)} € HT`, qtyText: `${decimalHours(inv.minutes)} h`, qty: inv.minutes / 60, unit: hourly, total: (inv.minutes / 15) * (hourly / 4), rate: 2000 }];
    if (x.chance(0.6)) inv.lines.push({ label: `Forfait audience (plaidoirie) – ${inv.court}`, qtyText: '1', qty: 1, unit: x.int(4, 9) * 10000, rate: 2000 });
    inv.lines.push({ label: 'Frais de déplacement et de dossier (forfait)', qtyText: '1', qty: 1, unit: x.int(45, 160) * 100, rate: 2000 });
    inv.lines.push({ label: 'Droit de plaidoirie (débours)', qtyText: '1', qty: 1, unit: 1300, rate: 0, debours: true });
    if (x.chance(0.5)) inv.lines.push({ label: 'Signification par commissaire de justice (débours, sur justificatif)', qtyText: '1', qty: 1, unit: x.int(4500, 9800), rate: 0, debours: true });
    priceLines(inv, [2000, 0]);
    inv.paid = i % 2 === 1 ? deductPaid(inv, x, x.pick([30, 40, 50]), addDays(inv.entries[0].day, -x.int(3, 20))) : null;
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché de prestations juridiques n°', 'Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service juridique (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const titled = x.chance(0.7);
    const numberLabel = x.pick(titled ? ['Note n°', 'Référence', 'N° de note', 'Note d’honoraires n°'] : ['Facture n°', 'N° facture']);
    const fees = inv.vat.find((v) => v.rate === 2000);
    const debours = inv.vat.find((v) => v.rate === 0)?.base ?? 0;
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), l.rate ? rate(l.rate) : '–', plainMoney(inv, l.total)]);
    const entries = inv.entries.map((e) => [fmtDate(e.day, 'slash'), e.task, hm(e.minutes)]);
    const totals = [[x.pick(['Honoraires et frais HT', 'Total honoraires HT']), fees.base], [`TVA 20 % sur ${plainMoney(inv, fees.base)}`, fees.amount], ['Débours non soumis à TVA', debours], [x.pick(['Total HT (débours inclus)', 'Total hors taxes']), inv.ht], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.paid]];
    if (inv.paid) totals.push([`Provision reçue (note ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, -inv.paid.amount], [x.pick(['Solde à régler', 'Reste dû', 'Net à payer']), inv.net, true]);
    const idRows = [[numberLabel, { text: inv.number, b: true }], [x.pick(['Date', 'Émise le', 'Date d’émission']), date(inv, inv.date)], ['Dossier', inv.file], ...shown.map(([k, v]) => [k, { text: v, b: true }])];
    return {
      font: producer === 'chromium' ? x.pick(['Liberation Serif', 'DejaVu Serif']) : x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [16, 18, 24, 20],
      body: [
        columns([100, 80], [[p(s.name, { b: true, size: 15 }), p('Avocats au Barreau de Saint-Étienne – droit public, urbanisme, marchés publics', { size: 7.6, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 8 })], [space(14), ...paras(buyerTexts(inv, x), { size: 9 }), p(x.pick(['À l’attention du service juridique', 'À l’attention de M. le Maire', 'Direction des affaires juridiques']), { size: 8, i: true })]]),
        space(6),
        p(titled ? x.pick(['NOTE D’HONORAIRES ET DE FRAIS', 'NOTE D’HONORAIRES']) : 'FACTURE', { b: true, size: 14, align: 'center' }),
        ...(titled ? [p('valant facture', { size: 8, i: true, align: 'center' })] : []),
        space(3),
        table([48, 60], idRows, { border: 'rows', size: 8.6 }),
        p(`Affaire : ${inv.caseName} – ${inv.caseKind}${inv.docket ? ` – ${inv.court}, requête n° ${inv.docket}` : ` – ${inv.court}`}.`, { size: 8.8, before: 4, b: true }),
        ...(sentence ? [p(sentence, { size: 8.6, i: true, before: 2 })] : []),
        p('Diligences accomplies (pour information)', { size: 8, b: true, before: 4 }),
        table([24, 130, 26], [{ cells: ['Date', 'Diligence', 'Durée'], b: true, shade: '#eeeeee' }, ...entries, { cells: ['', 'Total du temps passé', hm(inv.minutes)], b: true }], { border: 'rows', size: 7.8, align: ['left', 'left', 'right'] }),
        table([96, 18, 24, 12, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#eeeeee' }, ...rows], { border: 'grid', size: 8, align: ['left', 'right', 'right', 'right', 'right'], before: 5, after: 3 }),
        totalsTable(inv, totals, { widths: [74, 30], indent: 76, size: 8.6 }),
        rule(),
        p('Débours : sommes avancées pour le compte du client, refacturées à l’euro près et hors du champ de la TVA (art. 267 II 2° du CGI).', { size: 7.2, color: '#444444' }),
        p(paymentText(inv, x.pick(['Règlement par virement (CARPA non requise)', 'Règlement par virement'])), { size: 8.4, before: 3 }),
        p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('Membre d’une association agréée – le règlement des honoraires par chèque est accepté. Médiateur de la consommation de la profession d’avocat.', { align: 'center', size: 6 })],
    };
  },
};

// ——— 2. Traffic-count study: counting points, video counts at junctions, the report. ———
const ROADS = ['RD 1498 – PR 12+300', 'RD 8 – entrée de bourg', 'Avenue de la Libération', 'Rue de la République', 'Boulevard Jules Janin', 'Route de Lyon', 'Chemin des Mûriers', 'Rue Paul Bert', 'Quai Jean Moulin'];
const JUNCTIONS = ['Carrefour Libération / République', 'Giratoire de la Route de Lyon', 'Carrefour à feux du Onze Novembre', 'Place Jean Jaurès (4 branches)'];
const comptages = {
  name: 'h-comptages-routiers',
  family: 'traffic-count-study',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('h-comptages-routiers', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ebp', 'odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'commandePublique'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'traffic');
    renameSupplier(inv, x.pick(['Trafic Études Loire', 'Comptages et Mobilités Rhône-Loire', 'Mobilis Data Conseil', 'Flux Urbains Ingénierie']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7112B';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel19(inv, x);
    inv.study = `ET-${inv.date.y}-${String(x.int(5, 160)).padStart(3, '0')}`;
    inv.due = addDays(inv.date, x.pick([30, 45]));
    const n = x.int(3, 7);
    const first = x.int(0, ROADS.length - 1);
    const start = addDays(inv.date, -x.int(35, 70));
    inv.start = start;
    inv.points = Array.from({ length: n }, (_, k) => ({
      id: `P${String(k + 1).padStart(2, '0')}`, road: ROADS[(first + k) % ROADS.length], kind: x.pick(['tubes', 'tubes', 'radar']), weeks: x.pick([1, 1, 2]),
      tmja: x.int(900, 14500), pl: frNumber(x.int(15, 95) / 10, 1), v85: x.int(38, 74),
    }));
    const weeks = inv.points.reduce((s, pt) => s + pt.weeks, 0);
    const junctions = x.int(0, 3);
    inv.junctions = JUNCTIONS.slice(0, junctions);
    inv.lines = [
      { label: 'Pose, dépose et signalisation temporaire des compteurs (par point)', qty: n, unit: x.int(95, 180) * 100, rate: 2000 },
      { label: 'Comptage automatique bidirectionnel – par point et par semaine (tubes pneumatiques ou radar)', qty: weeks, unit: x.int(140, 260) * 100, rate: 2000 },
    ];
    if (junctions) inv.lines.push({ label: `Comptage directionnel par vidéo aux carrefours (${junctions} carrefour${junctions > 1 ? 's' : ''}, heures de pointe) – par heure analysée`, qty: junctions * x.pick([4, 6]), unit: x.int(55, 95) * 100, rate: 2000 });
    inv.lines.push({ label: 'Traitement des données, rapport d’analyse et cartographie des trafics', qty: 1, unit: x.int(8, 24) * 10000, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Réunion de restitution en mairie', qty: 1, unit: x.int(350, 650) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    inv.paid = x.chance(0.5) ? deductPaid(inv, x, 30, addDays(start, -x.int(10, 30))) : null;
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’études n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service exécutant'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = x.pick(['Facture n°', 'N° de facture', 'Référence facture', 'N°']);
    const head = x.chance(0.5)
      ? [p(`FACTURE ${x.pick(['N°', 'n°'])} ${inv.number}`, { b: true, size: 14, align: 'right' }), p(`${x.pick(['Date', 'Date de facture'])} : ${date(inv, inv.date)}`, { align: 'right' })]
      : [p('FACTURE', { b: true, size: 16, align: 'right' }), table([30, 40], [[numberLabel, { text: inv.number, b: true }], [x.pick(['Date', 'Émise le']), date(inv, inv.date)]], { border: 'grid', size: 8.6, indent: 10 })];
    const rows = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const points = inv.points.map((pt) => [pt.id, pt.road, pt.kind === 'radar' ? 'Radar' : 'Tubes', `${pt.weeks} sem.`, frNumber(pt.tmja), `${pt.pl} %`, `${pt.v85} km/h`]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['TVA 20 %', 'T.V.A. 20 %']), inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.paid]];
    if (inv.paid) totals.push([`Acompte facturé (${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, -inv.paid.amount], [x.pick(['Net à payer', 'Reste à payer']), inv.net, true]);
    const refsBlock = shown.length ? [p('Vos références', { size: 7.6, b: true, before: 3 }), table([50, 40], shown.map(([k, v]) => [k, { text: v, b: true }]), { border: 'grid', size: 8.2 })] : [];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 16, 22, 16],
      body: [
        columns([100, 78], [[p(s.name, { b: true, size: 14, color: '#00695c' }), p('Études de trafic – comptages – mobilités', { size: 7.4, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 8 })], head]),
        space(5),
        columns([88, 90], [[p(`Étude ${inv.study}`, { b: true }), p(`Devis accepté ${inv.quote} – campagne à partir du ${fmtDate(inv.start, 'slash')}`, { size: 8 }), p(`Échéance : ${fmtDate(inv.due, 'slash')}`, { size: 8 }), ...refsBlock], [p(x.pick(['Destinataire', 'Client', 'Maître d’ouvrage']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        ...(sentence ? [p(sentence, { size: 8.4, i: true, before: 3 })] : []),
        table([110, 16, 24, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#e0f2f1' }, ...rows], { border: x.pick(['grid', 'rows']), size: 8, align: ['left', 'right', 'right', 'right'], before: 4, after: 3 }),
        totalsTable(inv, totals, { widths: [70, 30], indent: 80 }),
        p('Résultats des comptages (pour information ; détail dans le rapport remis)', { size: 7.8, b: true, before: 4 }),
        table([12, 62, 18, 18, 26, 18, 26], [{ cells: ['Point', 'Localisation', 'Matériel', 'Durée', 'TMJA (véh./j)', '% PL', 'V85'], b: true, shade: '#f5f5f5' }, ...points], { border: 'grid', size: 7.2, align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'] }),
        ...(inv.junctions.length ? [p(`Carrefours filmés : ${inv.junctions.join(' ; ')}.`, { size: 7.4, before: 2 })] : []),
        p(paymentText(inv), { size: 8.2, before: 4 }),
        p(LATE_FEES, { size: 6.8, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('Page {page} / {pages}', { align: 'right', size: 6.4 })],
    };
  },
};

// ——— 3. Electric-vehicle charging: a quarter of supervision and maintenance of a public body's charge points. ———
const CHARGE_SITES = ['Parking de l’Hôtel de Ville', 'Centre technique municipal', 'Parking relais de la gare', 'Place du marché', 'Complexe sportif', 'Médiathèque'];
const recharge = {
  name: 'h-bornes-recharge',
  family: 'ev-charging-supervision-maintenance',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('h-bornes-recharge', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['stripe', 'hash', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'poBonDeCommande', 'orderRef', 'ej'], marketProb: 0.4, serviceProb: 0.5, dateStyles: ['slash', 'iso', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'charge');
    renameSupplier(inv, x.pick(['Borne et Volt Services', 'E-Mobilité Loire', 'ChargeTech Rhône-Alpes', 'Watt Way Opérations']), x.pick(['SAS', 'SAS', 'SARL']));
    inv.supplier.ape = '3314Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel19(inv, x);
    const prev = quarterOf(addDays(inv.date, -x.int(5, 60)));
    inv.quarter = prev;
    redate(inv, addDays(prev.to, x.int(3, 20)));
    inv.quarter = quarterOf(addDays(inv.date, -25));
    inv.due = addDays(inv.date, 30);
    const op = x.pick(['BVS', 'EML', 'CTR', 'WWO']);
    const first = x.int(0, CHARGE_SITES.length - 1);
    inv.stations = Array.from({ length: x.int(2, 5) }, (_, k) => ({
      site: CHARGE_SITES[(first + k) % CHARGE_SITES.length], power: x.pick(['2 × 22 kW AC', '2 × 7,4 kW AC', '50 kW DC']),
      evse: `FR*${op}*E42${x.digits(4)}*01`, sessions: x.int(40, 900), kwh: x.int(400, 16000),
    }));
    const points = inv.stations.length * 2;
    inv.bilingual = i % 2 === 0;
    inv.lines = [
      { label: `Supervision, exploitation et hotline 24/7 – ${points} points de charge × 3 mois (${quarterName(inv.quarter)})`, qty: points * 3, unit: x.int(18, 35) * 100, rate: 2000 },
      { label: 'Abonnement de communication 4G (par borne et par mois)', qty: inv.stations.length * 3, unit: x.int(8, 15) * 100, rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Maintenance préventive – visite annuelle (par borne)', qty: x.int(1, inv.stations.length), unit: x.int(150, 260) * 100, rate: 2000 });
    inv.callout = x.chance(0.6) ? { ticket: `TK-${x.digits(6)}`, day: addDays(inv.quarter.from, x.int(5, 80)) } : null;
    if (inv.callout) {
      inv.lines.push({ label: `Intervention curative – ticket ${inv.callout.ticket} du ${fmtDate(inv.callout.day, 'slash')} (déplacement et 1re heure)`, qty: 1, unit: x.int(140, 220) * 100, rate: 2000 });
      inv.lines.push({ label: x.pick(['Câble de charge type 2 – 32 A (remplacement)', 'Lecteur RFID (remplacement)', 'Disjoncteur différentiel type B 40 A']), qty: 1, unit: x.int(180, 690) * 100, rate: 2000 });
    }
    if (x.chance(0.4)) inv.lines.push({ label: 'Badges RFID agents (personnalisés)', qty: x.int(5, 30), unit: x.int(5, 9) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = inv.bilingual;
    const t = (fr, en) => (bi ? `${fr} / ${en}` : fr);
    const withEur = x.chance(0.5);
    const amount = (cents) => (withEur ? fmtAmount(cents, inv.amountStyle, 'eur') : money(inv, cents));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché IRVE n°', 'Réf. marché'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const numberLabel = bi ? x.pick(['N° facture / Invoice #', 'Facture n° / Invoice no.']) : x.pick(['N° facture', 'Facture n°', 'Numéro']);
    const ids = [[numberLabel, { text: inv.number, b: true }], [t('Date d’émission', 'Issue date'), date(inv, inv.date)], [t('Échéance', 'Due date'), fmtDate(inv.due, 'slash')], [t('Période', 'Period'), `${fmtDate(inv.quarter.from, 'slash')} – ${fmtDate(inv.quarter.to, 'slash')}`], [t('N° client', 'Customer ID'), inv.clientCode]];
    const rows = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const stations = inv.stations.map((st) => [st.evse, st.site, st.power, frNumber(st.sessions), `${frNumber(st.kwh)} kWh`]);
    const totals = [[t('Total HT', 'Subtotal'), inv.ht], [t('TVA 20 %', 'VAT 20%'), inv.tva], [t('Total TTC', 'Total due'), inv.ttc, true]];
    const refsOnLeft = x.chance(0.5);
    const refBlock = refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8.2, b: true }));
    return {
      font: 'Helvetica', size: 8.6, margins: [14, 15, 22, 15],
      body: [
        columns([100, 80], [[p(s.name, { b: true, size: 15, color: '#2e7d32' }), p(t('Opérateur de recharge pour véhicules électriques', 'EV charging operator'), { size: 7.4, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.8 })], [p(t('FACTURE', 'INVOICE'), { b: true, size: 16, align: 'right', color: '#2e7d32' }), space(2), table([38, 40], ids, { border: 'rows', size: 8 })]]),
        space(5),
        columns([90, 90], [[p(t('Facturé à', 'Bill to'), { size: 7.2, color: '#666666' }), ...paras(buyerTexts(inv, x)), ...(refsOnLeft ? [] : refBlock)], [...(refsOnLeft ? [p(t('Références client', 'Customer references'), { size: 7.2, color: '#666666' }), ...refBlock] : [])]]),
        table([112, 14, 24, 30], [{ cells: [t('Désignation', 'Description'), t('Qté', 'Qty'), t('P.U. HT', 'Unit price'), t('Montant HT', 'Amount')], b: true, shade: '#e8f5e9' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 5, after: 3 }),
        table([62, 30], totals.map(([k, v, strong]) => ({ cells: [k, amount(v)], b: strong, line: strong ? 'top' : undefined })), { indent: 88, align: ['left', 'right'], size: 8.6 }),
        p(t('Points de charge supervisés (données du trimestre, pour information)', 'Supervised charge points (quarter data, for information)'), { size: 7.6, b: true, before: 5 }),
        table([46, 50, 30, 22, 32], [{ cells: ['EVSE ID', t('Site', 'Site'), t('Puissance', 'Power'), 'Sessions', t('Énergie délivrée', 'Energy')], b: true, shade: '#f5f5f5' }, ...stations], { border: 'grid', size: 7, align: ['left', 'left', 'left', 'right', 'right'] }),
        p(t('Les recettes de recharge perçues auprès des usagers sont reversées séparément (relevé trimestriel).', 'Charging revenues collected from users are paid back separately (quarterly statement).'), { size: 7, before: 3, color: '#555555' }),
        p(inv.print.iban ? `${t('Virement', 'Bank transfer')} – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.', { size: 8.2, before: 3 }),
        p(LATE_FEES, { size: 6.6, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('{page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 4. Synthetic turf maintenance: pitches, m² at three-decimal prices, infill in tonnes, tests. ———
const PITCHES = [['Stade Henri Lorenzi – terrain synthétique n° 1', 7140], ['Stade de la Métare – terrain d’honneur', 7560], ['Complexe sportif du Portail Rouge – terrain à 7', 2880], ['Stade Marcel Aubert – terrain annexe', 6800], ['City-stade de Montreynaud', 800]];
const INFILL = [['Granulats SBR enrobés 0,8–2,5 mm', 42000, 56000], ['Granulats de liège naturel', 98000, 128000], ['Sable siliceux roulé 0,3–0,8 mm', 9000, 13000]];
const gazon = {
  name: 'h-gazon-synthetique',
  family: 'synthetic-turf-pitch-maintenance',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('h-gazon-synthetique', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['sage', 'ciel', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'bdc'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'turf');
    renameSupplier(inv, x.pick(['Sols Sportifs Services', 'Green Turf Maintenance', 'Terrains de Sport du Centre', 'Loire Gazon Technique']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8130Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel19(inv, x);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.visit = addDays(inv.date, -x.int(4, 25));
    inv.slip = `BT-${x.digits(5)}`;
    const first = x.int(0, PITCHES.length - 1);
    inv.pitches = Array.from({ length: x.int(1, 2) }, (_, k) => PITCHES[(first + k) % PITCHES.length]);
    inv.lines = [];
    inv.tests = [];
    for (const [pitch, m2] of inv.pitches) {
      const short = pitch.replace(/ – .*$/, '');
      const brush = x.int(55, 120);
      inv.lines.push({ label: `${short} – décompactage, brossage et nivellement du remplissage`, qtyText: `${frNumber(m2)} m²`, qty: m2, unit: brush / 10, unitText: mills3(brush), total: millsTotal(m2, brush), rate: 2000 });
      const [infill, lo, hi] = x.pick(INFILL);
      const kg = x.int(800, 4800);
      const perTonne = x.int(lo / 100, hi / 100) * 100;
      inv.lines.push({ label: `${short} – regarnissage : ${infill}`, qtyText: `${tonnes(kg)} t`, qty: kg / 1000, unit: perTonne, total: Math.round((kg * perTonne) / 1000), rate: 2000 });
      if (x.chance(0.6)) {
        const ml = x.int(12, 90);
        inv.lines.push({ label: `${short} – recollage de lignes et de coutures (bande de jonction)`, qtyText: `${ml} ml`, qty: ml, unit: x.int(18, 34) * 100, rate: 2000 });
      }
      if (x.chance(0.5)) {
        const pts = x.pick([6, 9, 19]);
        inv.lines.push({ label: `${short} – essais d’amortissement et de déformation (par point, NF EN 15330-1)`, qtyText: `${pts} pts`, qty: pts, unit: x.int(45, 80) * 100, rate: 2000 });
        inv.tests.push({ pitch: short, absorption: x.int(56, 68), deformation: frNumber(x.int(55, 100) / 10, 1), fibre: x.int(14, 26) });
      }
    }
    inv.lines.push({ label: 'Amenée et repli du matériel (tracteur, brosse rotative, décompacteur)', qtyText: '1', qty: 1, unit: x.int(180, 420) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché d’entretien des sols sportifs n°'], service: ['Code service', 'Service', 'Service des sports (code)'] });
    const head = { b: true, border: 'grid', shade: '#e8f5e9', align: 'center', size: 8 };
    const numberLabel = x.pick(['N° pièce', 'Facture n°', 'Numéro', 'N° facture']);
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.4, color: k === 0 ? '#2e7d32' : undefined } : null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Facturé à', 'Destinataire']), span: 4, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 4, b: k === 1 } : null, null, null, null,
    ]);
    const idRows = [
      [{ v: 'FACTURE', b: true, size: 15, span: 2 }, null, ...blank(5)],
      [{ v: numberLabel, span: 2 }, null, { v: inv.number, b: true, span: 2, align: 'left' }, null, ...blank(3)],
      [{ v: x.pick(['Date', 'Date facture', 'Date de pièce']), span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left', span: 2 }, null, ...blank(3)],
      [{ v: 'Bon de travaux', span: 2 }, null, { v: `${inv.slip} du ${fmtDate(inv.visit, 'slash')}`, span: 4, align: 'left' }, null, null, null, null],
      ...refs.map(([k, v]) => [{ v: k, span: 2 }, null, { v, b: true, span: 2, align: 'left' }, null, ...blank(3)]),
    ];
    const body = inv.lines.map((l) => [{ v: l.label, span: 3, border: 'grid', wrap: true, size: 8 }, null, null, { v: l.qtyText, border: 'grid', size: 8, align: 'right' }, l.unitText ? { v: `${l.unitText} €`, border: 'grid', size: 8, align: 'right' } : cur(l.unit, { border: 'grid', size: 8 }), { v: '20 %', border: 'grid', size: 8, align: 'center' }, cur(l.total, { border: 'grid', size: 8 })]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contrat annuel ${inv.discountPct} %`, -inv.discount]);
    totals.push([x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['TVA 20 %', 'Montant TVA']), inv.tva], [x.pick(['Total TTC', 'Net à payer']), inv.ttc, true]);
    const tests = inv.tests.map((tt) => [{ v: tt.pitch, span: 3, border: 'grid', size: 7.6 }, null, null, { v: `${tt.absorption} %`, border: 'grid', size: 7.6, align: 'right' }, { v: `${tt.deformation} mm`, border: 'grid', size: 7.6, align: 'right' }, { v: `${tt.fibre} mm`, border: 'grid', size: 7.6, align: 'right', span: 2 }, null]);
    const rows = [
      ...top,
      blank(7),
      ...idRows,
      blank(7),
      [{ v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Quantité', ...head }, { v: 'P.U. HT', ...head }, { v: 'TVA', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.8 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      ...(tests.length ? [
        [{ v: 'Résultats des essais (pour information)', b: true, span: 7, size: 8.2 }, ...blank(6)],
        [{ v: 'Terrain', ...head, span: 3 }, null, null, { v: 'Amortissement', ...head }, { v: 'Déformation', ...head }, { v: 'Fibre libre', ...head, span: 2 }, null],
        ...tests,
        blank(7),
      ] : []),
      [{ v: paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, span: 7, size: 7, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.8, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [22, 24, 46, 22, 22, 14, 30], margins: [12, 12, 14, 12], rows };
  },
};

export default [avocat, comptages, recharge, gazon];

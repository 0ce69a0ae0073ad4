// Blind-43 layouts written as documents (see ../../README.md): a control office's invoice for the inspection of
// marquees and demountable stands before they open to the public, in a hand-made Writer template (« FACTURE N° … » in
// the title line, then labels over values three by three with the inspection report of seven digits; an independent
// inspector under art. 293 B on 2; the engagement among the labels or in a sentence), an electrician's Calc invoice
// for temporary power boxes at a Christmas market or a fair (a two-pair grid with the customer account of eight digits
// and the delivery point of fourteen; boxes by the day, cables by the metre, the electrician by the hour; Enedis's
// temporary connection passed on outside VAT on some; the traders' union's share deducted on 2; one credit note), and
// a site-cabin hire company's monthly invoice for a works site printed like Cegid by LibreOffice and by PDFKit (a ruled
// box of headings over values « N° pièce | Date | Compte | Contrat | Échéance », the contract of seven digits; cabins by
// the month, delivery by crane truck; a discount on some, a 5 % retention on 1, a deposit on 1; many cabins over two
// pages on one).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductGrant } from '../../lib/blind24.mjs';
import { deductDeposit, retain } from '../../lib/blind25.mjs';
import { eight43, eventBuyer, hours43, maybeRelabel43, outsideVat, perHundredth, seven43, totals43 } from '../../lib/blind43.mjs';

// ——— 1. Inspection of temporary structures: a Writer template, labels over values three by three. ———
const STRUCTURES = [['Chapiteau', 'm²', 200, 1200], ['Tente de réception', 'm²', 80, 400], ['Tribune démontable', 'places', 150, 1500], ['Podium scénique couvert', 'm²', 48, 160], ['Structure gonflable', 'm²', 40, 250]];
const controle = {
  name: 'ao-controle-structures-provisoires',
  family: 'temporary-structure-inspection-writer-labels-over-values',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const micro = i === 2 || i === 7;
    const inv = makeInvoice('ao-controle-structures-provisoires', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.4, engagementProb: 0.6, trades: ['services'], numbers: micro ? ['micro', 'carnet'] : ['plain', 'compact', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'inspect');
    if (micro) {
      renameSupplier(inv, x.pick(['Didier Vernay', 'Nathalie Coste', 'Hervé Chambon']), 'EI');
      inv.supplier.tagline = 'Contrôleur technique agréé – structures provisoires';
    } else {
      renameSupplier(inv, x.pick(['Bureau Loire Contrôle', 'Sécuritest Structures', 'Apex Contrôle Technique', 'Forez Inspection Bâtiment']), 'SAS');
      inv.supplier.ape = '7120B';
    }
    eventBuyer(inv, x, x.pick(['events', 'social']), 0.85);
    localReferences(inv, x);
    maybeRelabel43(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.report43 = seven43(x);
    inv.visit = addDays(inv.date, -x.int(2, 15));
    const vat = micro ? 0 : 2000;
    const n = x.int(1, 3);
    inv.lines = [];
    for (let k = 0; k < n; k++) {
      const [kind, unit, lo, hi] = x.pick(STRUCTURES);
      inv.lines.push({ label: `Vérification avant ouverture au public – ${kind} de ${x.int(lo, hi)} ${unit} (CTS, art. CTS 3 du règlement de sécurité)`, qty: 1, unit: x.int(220, 480) * 100, rate: vat });
    }
    inv.lines.push({ label: 'Rédaction du rapport de vérification et de l’avis de solidité', qty: 1, unit: x.int(90, 180) * 100, rate: vat });
    if (x.chance(0.4)) inv.lines.push({ label: 'Majoration intervention dimanche ou jour férié', qty: 1, unit: x.int(80, 150) * 100, rate: vat });
    inv.km = x.int(10, 90) * 2;
    inv.lines.push({ label: `Indemnités kilométriques (${inv.km} km aller-retour)`, qty: inv.km, unit: 65, rate: vat });
    return priceLines(inv, [vat]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service gestionnaire'] }).filter(([k]) => !(sentence && k === inv.engagement.label));
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const cells = [[up('Date de facture'), date(inv, inv.date)], [up('Date de la visite'), fmtDate(inv.visit, 'slash')], [up('Rapport n°'), inv.report43], [up('Échéance'), fmtDate(inv.due, 'slash')], ...refs.map(([k, v]) => [up(k), v])];
    const grid = [];
    for (let k = 0; k < cells.length; k += 3) {
      const three = [0, 1, 2].map((n) => cells[k + n] ?? ['', '']);
      grid.push({ cells: three.map(([lab]) => ({ text: lab, size: 7, color: '#666666' })) }, { cells: three.map(([, v]) => ({ text: v, b: true, size: 9.4 })) });
    }
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = totals43(inv, { ht: inv.vatExempt ? 'Total' : 'Total HT', exempt: 'TVA', ttc: inv.vatExempt ? 'Total TTC' : 'Total TTC', net: x.pick([null, 'Net à payer']) });
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [15, 16, 20, 16],
      body: [
        columns([105, 75], [
          [p(s.name, { b: true, size: 13 }), ...(s.tagline ? [] : [p('Contrôle technique – vérification des chapiteaux, tentes et structures (CTS)', { size: 7.4, i: true })]), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.8 }))],
          [p('À l’attention de', { size: 7.4, i: true }), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 9 }))],
        ]),
        space(6),
        p(`${up('Facture')} N° ${inv.number}`, { b: true, size: 14, after: 3 }),
        table([58, 58, 58], grid, { border: 'none', size: 8.6, after: 3 }),
        ...(sentence ? [p(sentence, { i: true, size: 8.6, after: 2 })] : []),
        p(`Objet : vérification de structures provisoires avant ouverture au public – visite du ${fmtDate(inv.visit, 'long')}.`, { size: 8.8, after: 2 }),
        table([106, 16, 26, 30], [{ cells: ['Désignation', 'Qté', 'Prix unitaire', 'Montant'], b: true, shade: '#e6e6e6' }, ...rows], { border: 'grid', size: 8.2, align: ['left', 'right', 'right', 'right'], after: 3 }),
        table([46, 30], totals.map(([k, v, strong]) => ({ cells: [k, money(inv, v)], b: strong })), { indent: 102, border: 'none', size: 9, align: ['left', 'right'] }),
        space(3),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 8.4, b: true })] : []),
        p(paymentText(inv), { size: 8.4 }),
        p(`L’avis de solidité n° ${inv.report43} est transmis séparément au maire et à l’organisateur. ${LATE_FEES}`, { size: 7.2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.8 })],
    };
  },
};

// ——— 2. Temporary power boxes for a fair: a Calc invoice, a two-pair grid, Enedis passed on outside VAT. ———
const FAIRS = ['Marché de Noël', 'Foire de printemps', 'Fête patronale', 'Marché nocturne d’été', 'Salon des vins', 'Vogue des marrons'];
const coffrets = {
  name: 'ao-coffrets-forains-raccordement',
  family: 'fair-temporary-power-boxes-calc-two-pair-grid-enedis-passed-on',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('ao-coffrets-forains-raccordement', i, { cityProb: 0.35, engagementProb: 0.6, trades: ['btp', 'services'], numbers: credit ? ['avoirDolibarr'] : ['dolibarr', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'votreCommandeEngagement'], marketProb: 0.25, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'boxes');
    renameSupplier(inv, x.pick(['Électricité Générale Furania', 'Forez Élec Événements', 'SEEB Installations', 'Gier Électricité Services']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4321A';
    eventBuyer(inv, x, 'events', 0.85);
    localReferences(inv, x);
    maybeRelabel43(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account43 = eight43(x);
    inv.pdl = `${x.int(1, 2)}${x.digits(13)}`;
    inv.fair = x.pick(FAIRS);
    inv.from = addDays(inv.date, -x.int(10, 40));
    inv.days = x.int(2, 24);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${x.digits(4)}`, date: addDays(inv.date, -x.int(5, 20)) };
      const boxes = x.int(1, 4);
      inv.lines = [{ label: 'Coffrets forains 32 A non installés (emplacements restés vides)', qty: boxes * inv.days, unit: x.int(6, 12) * 100, rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    const boxes = x.int(4, 20);
    inv.lines = [
      { label: `Coffrets forains 32 A / 63 A avec différentiel 30 mA (${boxes} coffrets × ${inv.days} jours)`, qty: boxes * inv.days, unit: x.int(6, 12) * 100, rate: 2000 },
      { label: 'Câbles souples H07RN-F et passages de câbles', qty: x.int(8, 40) * 10, unit: x.int(80, 180), rate: 2000 },
    ];
    const h = x.int(8, 40) * 50;
    const hp = x.int(48, 62) * 100;
    inv.lines.push({ label: 'Électricien : pose, raccordement et dépose', qty: h / 100, qtyText: hours43(h), unit: hp, total: perHundredth(h, hp), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Attestation de conformité Consuel (installation temporaire)', qty: 1, unit: x.int(120, 190) * 100, rate: 2000 });
    const rates = [2000];
    if (i % 2 === 0) {
      inv.lines.push({ label: `Débours : branchement provisoire Enedis (PDL ${inv.pdl}) payé pour votre compte`, qty: 1, unit: x.int(180, 650) * 100 + x.int(0, 99), rate: 0 });
      rates.push(0);
    }
    priceLines(inv, rates);
    if (i === 1 || i === 6) {
      inv.union = x.pick(['Union des commerçants du centre-ville', 'Association des forains de la Loire', 'Comité des fêtes']);
      const amount = deductGrant(inv, x, x.pick([20, 30]));
      inv.deductions43 = [{ label: `Participation ${inv.union} (réglée directement)`, cents: amount }];
    }
    return inv;
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché'], service: ['Code service', 'Service'] });
    const cell = (v, o = {}) => ({ v, ...o });
    const rows = [];
    rows.push([cell(s.name, { b: true, size: 13, span: 3 }), null, null, cell(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right', span: 2 }), null]);
    for (const t of supplierTexts(inv, x).slice(1)) rows.push([cell(t, { size: 8, span: 3 }), null, null, null, null]);
    rows.push([]);
    const pairs = [[inv.avoir ? 'Avoir n°' : 'Facture n°', inv.number], ['Date', fmtDate(inv.date, 'slash')], ['N° client', inv.account43], [inv.avoir ? 'Facture d’origine' : 'Échéance', inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ...refs];
    for (let k = 0; k < pairs.length; k += 2) {
      const a = pairs[k];
      const b = pairs[k + 1];
      rows.push([cell(a[0], { size: 8, border: 'grid', shade: '#fff3e0' }), cell(a[1], { b: true, size: 8.4, border: 'grid', span: 2 }), null, b ? cell(b[0], { size: 7.6, border: 'grid', shade: '#fff3e0', wrap: true }) : null, b ? cell(b[1], { b: true, size: 8.4, border: 'grid' }) : null]);
    }
    rows.push([]);
    for (const [k, t] of buyerTexts(inv, x).entries()) rows.push([null, null, cell(t, { b: k === 0, size: 8.8, span: 3 }), null, null]);
    rows.push([]);
    rows.push([cell(inv.avoir ? `Avoir sur la facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `${inv.fair} – alimentation électrique provisoire des exposants du ${fmtDate(inv.from, 'slash')} au ${fmtDate(addDays(inv.from, inv.days - 1), 'slash')}`, { b: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push(['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'].map((t, k) => cell(t, { b: true, border: 'grid', shade: '#ffe0b2', align: k ? 'center' : 'left' })));
    for (const l of inv.lines) rows.push({ cells: [cell(l.label, { border: 'grid', wrap: true, size: 8 }), cell(l.qtyText ?? frNumber(l.qty), { border: 'grid', align: 'right', size: 8.4 }), cell(l.unit / 100, { type: 'money', border: 'grid', size: 8.4 }), cell(l.rate ? rate(l.rate) : 'hors TVA', { border: 'grid', align: 'center', size: 8 }), cell(l.total / 100, { type: 'money', border: 'grid', size: 8.4 })] });
    rows.push([]);
    const totals = totals43(inv, { ht: 'Total HT', debours: 'dont débours (hors TVA)', vat: (v, many) => (many ? `TVA ${rate(v.rate)} (base ${plainMoney(inv, v.base)})` : `TVA ${rate(v.rate)}`), ttc: inv.avoir ? 'Total avoir TTC' : 'Total TTC', net: inv.deductions43 ? 'Reste à la charge de la commune' : null });
    for (const [k, v, strong] of totals) rows.push([null, cell(k, { b: strong, span: 3, align: 'right' }), null, null, cell(v / 100, { type: 'money', b: strong, border: strong ? 'top' : undefined })]);
    rows.push([]);
    if (outsideVat(inv).outside) rows.push([cell('Débours refacturés à l’identique sur justificatif Enedis, hors base TVA (art. 267 II 2° du CGI).', { size: 7.4, i: true, span: 5 }), null, null, null, null]);
    rows.push([cell(inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8, span: 5 }), null, null, null, null]);
    rows.push([cell(LATE_FEES, { size: 7, span: 5, wrap: true }), null, null, null, null]);
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [70, 20, 26, 24, 42], margins: [12, 12, 16, 12], footer: [legalLine(inv)], rows };
  },
};

// ——— 3. Site cabins by the month: a Cegid-like print, a ruled box of headings over values (LibreOffice and PDFKit). ———
const CABINS = [['Bungalow vestiaire 6,00 × 2,40 m (10 personnes)', 28000, 36000], ['Bungalow réfectoire équipé (micro-ondes, réfrigérateur)', 32000, 42000], ['Bloc sanitaire autonome (WC, lave-mains, cuve 1 000 L)', 30000, 39000], ['Conteneur de stockage 20 pieds', 9000, 13000], ['Bureau de chantier 6,00 × 2,40 m climatisé', 26000, 34000], ['Cabine WC chimique', 6500, 9500]];
const SITES = ['Restructuration de l’école maternelle', 'Réhabilitation du gymnase', 'Extension de la médiathèque', 'Rénovation énergétique de la mairie', 'Construction du centre technique', 'Réfection de la piscine municipale'];
const baseVie = {
  name: 'ao-base-vie-chantier',
  family: 'site-cabin-monthly-hire-cegid-ruled-heads-box',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const long = i === 2;
    const inv = makeInvoice('ao-base-vie-chantier', i, { cityProb: 0.45, engagementProb: 0.6, trades: ['btp', 'services'], numbers: ['sage', 'year2'], engagementLabels: ['engagementJuridique', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.6, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 8], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.9 });
    const x = extraRng(inv, 'cabins');
    renameSupplier(inv, x.pick(['Modul’Base Location', 'Algeco Loire Sud', 'Cabines et Modules du Forez', 'Bâti-Loc Services']), 'SAS');
    inv.supplier.ape = '7732Z';
    eventBuyer(inv, x, 'works', 0.85);
    localReferences(inv, x);
    maybeRelabel43(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.contract43 = seven43(x);
    inv.account43 = `411${x.digits(5)}`;
    inv.site = x.pick(SITES);
    inv.period = previousMonth(inv.date);
    const n = long ? 26 : x.int(2, 5);
    inv.lines = [];
    for (let k = 0; k < n; k++) {
      const [label, lo, hi] = x.pick(CABINS);
      inv.lines.push({ label: `${label} – parc n° ${x.pick(['BV', 'RF', 'SA', 'CT', 'BC'])}${x.digits(5)}`, qty: 1, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
    }
    inv.lines.push({ label: 'Renonciation à recours (8 % des loyers)', qty: 1, unit: Math.round(inv.lines.reduce((s, l) => s + l.unit, 0) * 0.08), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Transport par camion-grue (livraison ou reprise)', qty: x.int(1, 2), unit: x.int(380, 620) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Nettoyage hebdomadaire des sanitaires', qty: x.int(4, 5), unit: x.int(45, 85) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i === 0) {
      retain(inv, 5);
      inv.deductions43 = [{ label: 'Retenue de garantie 5 %', cents: inv.retenue }];
    } else if (i === 3) {
      const paid = deductDeposit(inv, x, 20, addDays(inv.date, -x.int(40, 70)));
      inv.deductions43 = [{ label: `Acompte facture ${paid.number} du ${fmtDate(paid.date, 'slash')}`, cents: paid.amount }];
    }
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Lot / marché n°'], service: ['Code service', 'Service'] });
    const heads = ['N° pièce', 'Date', 'N° compte', 'Contrat', 'Échéance'];
    const values = [inv.number, date(inv, inv.date), inv.account43, inv.contract43, fmtDate(inv.due, 'slash')];
    const month = `${MONTHS[inv.period.from.m - 1]} ${inv.period.from.y}`;
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = totals43(inv, { gross: 'Total brut HT', discount: (pct) => `Remise contrat ${pct} %`, ht: 'Total net HT', vat: (v) => `TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, ttc: 'Total TTC', net: inv.deductions43 ? x.pick(['Net à payer', 'Reste dû']) : null });
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : 'Liberation Sans', size: 8.4, margins: [14, 14, 20, 14], creator: 'Cegid Business Suite',
      body: [
        columns([96, 86], [
          [p(s.name, { b: true, size: 13 }), p('Location de bâtiments modulaires et de bases vie de chantier', { size: 7.2 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 }))],
          [p('FACTURE', { b: true, size: 15, align: 'right' }), space(3), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 }))],
        ]),
        space(5),
        table([40, 28, 30, 30, 32], [{ cells: heads, b: true, shade: '#dddddd', size: 7.4 }, values], { border: 'grid', size: 8.6, align: ['left', 'left', 'left', 'left', 'left'], after: 2 }),
        ...(refs.length ? [table([160], [[refs.map(([k, v]) => `${k} : ${v}`).join('     ')]], { border: 'box', size: 8.2, after: 3 })] : []),
        p(`Chantier : ${inv.site} – loyers du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')} (${month})`, { b: true, after: 2 }),
        table([110, 14, 28, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, line: 'bottom' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right'], after: 3 }),
        table([56, 30], totals.map(([k, v, strong]) => ({ cells: [k, money(inv, v)], b: strong })), { indent: 96, border: 'rows', size: 8.4, align: ['left', 'right'] }),
        space(3),
        ...(inv.retenue ? [p('Retenue de garantie au titre du marché de travaux, libérable à l’expiration du délai de garantie.', { size: 7.2 })] : []),
        p(inv.print.iban ? `Règlement par virement à réception – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8 }),
        rule(),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('Page {page}/{pages}', { align: 'right', size: 6.4 })],
    };
  },
};

export default [controle, coffrets, baseVie];

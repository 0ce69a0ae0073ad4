// Blind-23 layouts written in the shared document description and as a Calc sheet (see ../../README.md): an IT
// consultancy's month of time and materials printed by an SAP-like billing system (consultants by profile, days from
// their activity reports at a daily rate, on-call weeks, out-of-hours work, expenses recharged; a header of codes —
// billing document, sold-to and payer accounts of seven digits, sales organisation, sales document, payment terms key;
// a credit note for days billed twice), printed by Chromium and LibreOffice; a licensing partner's invoice of software
// licences and maintenance resold (each line with its own period, seats added during the year prorated by the day to
// the anniversary, the publishers' agreement and support contract numbers; bilingual labels on half; 2 of 8 credit
// notes for seats given back), drawn by PDFKit through the shared description; an archive storage company's month
// (boxes kept per box and month at a price with three decimals, boxes taken in, retrievals normal and urgent, shuttles,
// boxes destroyed at the end of their retention period with the archives service's disposal slip; the month's requests
// with their box barcodes printed for information), printed from a Calc sheet; and a recruitment firm's instalment of
// its fee for a senior position (a share of the reference yearly salary in three instalments, the earlier instalments
// recalled for information and not deducted — they were invoiced apart —, personality tests per candidate, the job
// advert, the candidates' travel refunded as a disbursement outside VAT on the balance; dated after the place on
// some), a Writer letter.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { millsTotal, mills3, refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { placeAndDate } from '../../lib/blind12.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth, soleTraderLegalLine } from '../../lib/blind16.mjs';
import { earlierNumber18 } from '../../lib/blind18.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { accountNumber, daysBetween, maybeRelabel23, prorata, sapDocument, yearEnd } from '../../lib/blind23.mjs';

const dots = (d) => fmtDate(d, 'dots');

// ——— 1. IT consultancy, time and materials, in an SAP-like print. ———
const PROFILES = [
  ['PS-CDP-03', 'Chef de projet applicatif', 780, 980],
  ['PS-CFS-02', 'Consultant fonctionnel senior (finances / RH)', 690, 880],
  ['PS-DEV-02', 'Développeur confirmé Java / Angular', 520, 690],
  ['PS-ARC-04', 'Architecte technique infrastructure', 890, 1150],
  ['PS-ADM-01', 'Administrateur systèmes et réseaux', 450, 590],
  ['PS-SEC-04', 'Expert cybersécurité (audit et durcissement)', 950, 1250],
  ['PS-DBA-03', 'Administrateur de bases de données', 620, 790],
];
const CONSULTANTS = ['J. Martin', 'S. Benoît', 'A. Haddad', 'C. Vernet', 'L. Dumas', 'M. Pereira', 'É. Laurent', 'T. Nguyen', 'R. Colin'];
const PROJECTS = ['Migration du SI financier', 'Refonte du portail citoyen', 'Maintien en condition opérationnelle du SIRH', 'Plan de continuité informatique', 'Déploiement de la GED', 'Audit de sécurité Active Directory'];
const regie = {
  name: 'd-regie-informatique',
  family: 'it-consultancy-time-and-materials-sap',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('d-regie-informatique', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'commandePublique'], marketProb: 0.7, serviceProb: 0.5, dateStyles: ['dots', 'slash', 'iso'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 3], groups: ['dot', 'space', 'nbsp'], lines: [1, 1], rcsProb: 0.85, negative: credit ? 1 : false, ibanProb: credit ? 0 : 0.9 });
    const x = extraRng(inv, 'tm');
    renameSupplier(inv, x.pick(['Axiome Services Numériques', 'Sopralis Conseil et Intégration', 'Numeria Ingénierie', 'Kaleo IT Services']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '6202A';
    inv.supplier.capital = x.pick([1_250_000, 3_480_000, 12_000_000]);
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel23(inv, x, 0.6);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(2, 9) });
    inv.month = previousMonth(inv.date);
    inv.number = sapDocument(x);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.account = accountNumber(x);
    inv.salesDoc = `00${x.int(40, 49)}${x.digits(6)}`;
    inv.delivery = `80${x.digits(8)}`;
    inv.project = x.pick(PROJECTS);
    inv.orderDate = addDays(inv.date, -x.int(40, 200));
    const first = x.int(0, PROFILES.length - 1);
    const count = credit ? 1 : x.int(2, 4);
    inv.lines = Array.from({ length: count }, (_, k) => {
      const [code, label, lo, hi] = PROFILES[(first + k * 2) % PROFILES.length];
      const days = credit ? x.int(1, 4) : x.int(6, 40) / 2;
      return {
        code, label, qty: days, unit: x.int(lo, hi) * 100, rate: 2000, uq: 'JOUR',
        who: CONSULTANTS[(i * 3 + k) % CONSULTANTS.length], cra: `CRA-${inv.month.from.y}${String(inv.month.from.m).padStart(2, '0')}-${x.digits(3)}`,
      };
    });
    if (credit) {
      inv.avoir = true;
      inv.origin = { number: earlierNumber18(inv.number, x), date: addDays(inv.date, -x.int(20, 50)) };
      inv.lines[0].label = `Régularisation – jours facturés deux fois (${inv.lines[0].label.toLowerCase()})`;
    } else {
      if (x.chance(0.6)) inv.lines.push({ code: 'PS-AST-01', label: 'Astreinte hebdomadaire téléphonique (forfait par semaine)', qty: x.int(1, 4), unit: x.int(250, 450) * 100, rate: 2000, uq: 'SEM' });
      if (x.chance(0.5)) inv.lines.push({ code: 'PS-HNO-01', label: 'Interventions hors heures ouvrées (majoration 50 % incluse)', qty: x.int(2, 14), unit: x.int(95, 160) * 100, rate: 2000, uq: 'H' });
      if (x.chance(0.45)) inv.lines.push({ code: 'FR-DEP-01', label: 'Frais de déplacement refacturés (notes de frais jointes)', qty: 1, unit: x.int(8000, 64000), rate: 2000, uq: 'FORF' });
    }
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Contrat cadre / Marché n°', 'Marché n°', 'Accord-cadre TMA n°'], service: ['Code service', 'Service destinataire (code)', 'Code service Chorus'] });
    const place = inv.engagement ? x.pick(['head', 'head', 'item', 'sentence']) : 'none';
    const shown = place === 'head' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const title = inv.avoir ? x.pick(['Avoir', 'AVOIR']) : x.pick(['Facture', 'FACTURE']);
    const codes = [
      [inv.avoir ? 'Document d’avoir' : x.pick(['Document de facturation', 'N° de facture', 'Facture n°']), { text: inv.number, b: true }],
      [x.pick(['Date de facture', 'Date facture', 'Date du document']), date(inv, inv.date)],
      [x.pick(['Donneur d’ordre', 'N° client', 'Client']), inv.account],
      ['Payeur', inv.account],
      ['Org. commerciale', 'FR10 / 01 / 00'],
      ['Document de vente', inv.salesDoc],
      ...(inv.avoir ? [['Facture de référence', `${inv.origin.number} du ${dots(inv.origin.date)}`]] : [['Livraison', inv.delivery]]),
      ['Conditions de paiement', x.pick(['Z030 – 30 jours net', 'ZB45 – 45 jours fin de mois'])],
      ['Devise', 'EUR'],
      ...shown.map(([k, v]) => [k, { text: v, b: true }]),
      ['Page', '1 / 1'],
    ];
    const rows = [];
    inv.lines.forEach((l, k) => {
      rows.push([String((k + 1) * 10).padStart(6, '0'), l.code, l.label, frNumber(l.qty, l.qty % 1 ? 1 : 0), l.uq, plainMoney(inv, l.unit), 'A1', plainMoney(inv, l.total)]);
      if (l.who) rows.push([{ text: '' }, { text: '' }, { text: `Intervenant : ${l.who} – ${l.cra} du ${dots(inv.month.from)} au ${dots(inv.month.to)}`, span: 6, size: 7.2 }]);
    });
    const head = { cells: ['Poste', 'Article', 'Désignation', 'Quantité', 'UQ', 'Prix net', 'Code TVA', 'Valeur nette'], b: true, shade: '#d9e1f2' };
    const totals = [];
    if (inv.discount) totals.push(['Valeur brute', inv.grossHT], [`Remise volume ${inv.discountPct},00 %`, -inv.discount]);
    totals.push([x.pick(['Valeur nette totale', 'Total hors taxes']), inv.ht], [`TVA ${rate(2000)} (code A1) base ${plainMoney(inv, inv.ht)}`, inv.tva], [inv.avoir ? 'Montant de l’avoir TTC' : x.pick(['Montant à payer', 'Total TTC', 'Montant total TTC']), inv.ttc, true]);
    const engagementItem = place === 'item' ? p(`${inv.engagement.label} ${inv.engagement.written} du ${dots(inv.orderDate)}`, { size: 8.2, b: true, before: 2 }) : null;
    const sentence = place === 'sentence' ? engagementSentence(inv, x) : null;
    return {
      font: producer === 'chromium' ? x.pick(['Liberation Sans', 'DejaVu Sans']) : x.pick(['Liberation Sans', 'Liberation Sans Narrow']), size: 8.4, margins: [12, 14, 22, 14],
      body: [
        columns([100, 82], [
          [p(s.name, { b: true, size: 15, color: '#1f3864' }), p(`${s.address.join(' – ')}`, { size: 7.4 }), p(`Siège social – ${s.phone} – ${s.email}`, { size: 7.4 }), space(8), p(x.pick(['Adresse de facturation', 'Destinataire', 'Payeur']), { size: 7, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.8 })],
          [p(title, { b: true, size: 18, align: 'right', color: '#1f3864' }), table([38, 44], codes, { border: 'rows', size: 7.6, before: 2 })],
        ]),
        p(`${inv.avoir ? 'Objet' : 'Prestations'} : ${inv.project} – assistance technique en régie – période ${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y}`, { b: true, size: 8.8, before: 5 }),
        ...(engagementItem ? [engagementItem] : []),
        ...(sentence ? [p(sentence, { size: 8, i: true, before: 1 })] : []),
        ...(inv.avoir ? [p(`Avoir sur facture ${inv.origin.number} du ${dots(inv.origin.date)} : jours déjà facturés sur le compte rendu d’activité ${inv.lines[0].cra}.`, { size: 8, before: 1 })] : []),
        table([13, 19, 62, 15, 12, 20, 13, 27], [head, ...rows], { border: 'head', size: 7.6, align: ['left', 'left', 'left', 'right', 'left', 'right', 'center', 'right'], before: 3, after: 2 }),
        totalsTable(inv, totals, { widths: [70, 30], indent: 82, size: 8.4 }),
        p('Récapitulatif TVA', { b: true, size: 7.6, before: 3 }),
        table([20, 30, 20, 30], [{ cells: ['Code', 'Base HT', 'Taux', 'Montant TVA'], b: true, shade: '#f2f2f2' }, ['A1', plainMoney(inv, inv.ht), rate(2000), plainMoney(inv, inv.tva)]], { border: 'grid', size: 7.4, align: ['left', 'right', 'right', 'right'] }),
        ...(inv.avoir
          ? [p('Cet avoir sera imputé sur votre prochain règlement. Aucun paiement n’est à effectuer.', { size: 8, before: 4 })]
          : [
            p(`Échéance : ${dots(inv.due)}. Merci de rappeler lors du paiement votre n° client ${inv.account} et le n° de facture.`, { size: 8, before: 4 }),
            p(inv.print.iban ? `Domiciliation : IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8 }),
            p(LATE_FEES, { size: 6.6, before: 1 }),
          ]),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6 }), p(`${s.web} – Document généré électroniquement`, { align: 'center', size: 6 })],
    };
  },
};

// ——— 2. Software licences and maintenance resold by a licensing partner, each line with its own period. ———
const PRODUCTS = [
  ['AAD-33168', 'Microsoft 365 E3 (NCE) – abonnement annuel, par utilisateur', 33000, 39000],
  ['65304522BA01A12', 'Adobe Acrobat Pro for teams – VIP, par licence', 19000, 23500],
  ['EPA-N1-REN', 'ESET PROTECT Advanced On-Prem – renouvellement, par poste', 2900, 4100],
  ['V-FOUND-VU', 'Veeam Data Platform Foundation – Universal License, par instance', 9500, 13800],
  ['057Q1-WW', 'AutoCAD LT – abonnement annuel, utilisateur nommé', 46000, 51500],
  ['ESRI-ADV-M', 'ArcGIS Pro Advanced – maintenance annuelle, par licence', 280000, 340000],
  ['VMW-VVF-C', 'VMware vSphere Foundation – souscription par cœur', 14000, 19000],
  ['ZOOM-WKP-B', 'Zoom Workplace Business – par hôte', 17500, 21000],
];
const licences = {
  name: 'd-licences-logiciels',
  family: 'software-licences-resold-periods-prorata',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i % 4 === 3;
    const inv = makeInvoice('d-licences-logiciels', i, { ...CITY_HEAVY, trades: ['services'], numbers: credit ? ['avoir', 'avoirShort'] : ['plain', 'year2', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'poBonDeCommande', 'orderRef'], marketProb: credit ? 0.3 : 0.6, serviceProb: 0.5, dateStyles: ['iso', 'long', 'slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 4, 7], groups: ['nbsp', 'space', 'none'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'licences');
    renameSupplier(inv, x.pick(['Licensia Solutions', 'Softway Public', 'LogiPartners Licences', 'Certilog Distribution']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '4651Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel23(inv, x);
    inv.bilingual = x.chance(0.5);
    inv.due = addDays(inv.date, 30);
    inv.agreement = `${x.pick(['Enrollment', 'Contrat éditeur', 'VIP ID'])} ${x.digits(8)}`;
    inv.support = x.digits(7);
    inv.quote = `Q-${inv.date.y}-${x.digits(5)}`;
    inv.anniversary = { y: inv.date.y, m: x.int(1, 12), d: 1 };
    if (iso(inv.anniversary) <= iso(inv.date)) inv.anniversary = { ...inv.anniversary, y: inv.date.y + 1 };
    const start = x.int(0, PRODUCTS.length - 1);
    const pick = (k) => PRODUCTS[(start + k * 3) % PRODUCTS.length];
    const unit = ([, , lo, hi]) => Math.round(x.int(lo, hi) / 10) * 10;
    if (credit) {
      inv.avoir = true;
      inv.origin = { number: `F-${inv.date.y}-${x.digits(4)}`, date: addDays(inv.date, -x.int(20, 70)) };
      const product = pick(0);
      const from = addDays(inv.date, -x.int(0, 10));
      const to = addDays(inv.anniversary, -1);
      const days = daysBetween(from, to);
      const yearly = unit(product);
      inv.lines = [{ sku: product[0], label: `Résiliation de licences non utilisées – ${product[1]}`, from, to, qty: x.int(1, 6), yearly, days, unit: prorata(yearly, days), rate: 2000 }];
      inv.print.iban = false;
      return priceLines(inv, [2000]);
    }
    const from = addDays(inv.date, x.int(0, 15));
    inv.lines = [];
    const renewals = x.int(1, 3);
    for (let k = 0; k < renewals; k++) {
      const product = pick(k);
      inv.lines.push({ sku: product[0], label: `${product[1]}${/renouvellement/.test(product[1]) ? '' : ' – renouvellement'}`, from, to: yearEnd(from), qty: x.pick([5, 10, 12, 25, 40, 60, 120, 2, 3]), unit: unit(product), rate: 2000 });
    }
    if (x.chance(0.7)) {
      const product = pick(0);
      const added = addDays(inv.date, x.int(0, 5));
      const to = addDays(inv.anniversary, -1);
      const days = daysBetween(added, to);
      const yearly = unit(product);
      inv.lines.push({ sku: product[0], label: `${product[1]} – ajout en cours d’année, co-terminé à l’anniversaire (${days}/365 j)`, from: added, to, qty: x.int(1, 8), yearly, days, unit: prorata(yearly, days), rate: 2000 });
    }
    if (x.chance(0.5)) inv.lines.push({ sku: 'SA-WSTD-16C', label: 'Software Assurance 3 ans – Windows Server Standard 16 cœurs (paiement annuel, année 1/3)', from, to: yearEnd(from), qty: x.int(1, 4), unit: x.int(21000, 29000), rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ sku: 'SRV-ADM', label: 'Gestion du portail d’administration des licences (forfait annuel)', from, to: yearEnd(from), qty: 1, unit: x.int(350, 900) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = (fr, en) => (inv.bilingual ? `${fr} / ${en}` : fr);
    const d = (v) => date(inv, v);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre logiciels n°', 'Marché de fourniture de licences n°'], service: ['Code service', 'Service', 'DSI (code service)'] });
    const title = inv.avoir ? bi('AVOIR', 'CREDIT NOTE') : bi('FACTURE', 'INVOICE');
    const idRows = [
      [inv.avoir ? bi('Avoir n°', 'Credit note no.') : bi('Facture n°', 'Invoice no.'), { text: inv.number, b: true }],
      [bi('Date', 'Invoice date'), d(inv.date)],
      [bi('Échéance', 'Due date'), inv.avoir ? '–' : d(inv.due)],
      [bi('Compte client', 'Customer account'), inv.clientCode],
      [bi('Devis', 'Quote'), inv.quote],
    ];
    const head = { cells: ['Réf. éditeur', bi('Désignation', 'Description'), bi('Période', 'Term'), 'Qté', bi('P.U. HT', 'Unit price'), bi('Montant HT', 'Amount')], b: true, shade: '#e8eaf6' };
    const rows = inv.lines.map((l) => [l.sku, l.yearly ? `${l.label}\nPrix annuel ${plainMoney(inv, l.yearly)} × ${l.days}/365` : l.label, `du ${d(l.from)}\nau ${d(l.to)}`, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push([bi('Total brut HT', 'Gross amount'), inv.grossHT], [bi(`Remise secteur public ${inv.discountPct} %`, 'Public sector discount'), -inv.discount]);
    totals.push([bi('Total HT', 'Net amount'), inv.ht], [bi('TVA 20 %', 'VAT 20%'), inv.tva], [inv.avoir ? bi('Total TTC de l’avoir', 'Total credit') : bi('Total TTC', 'Total amount due'), inv.ttc, true]);
    return {
      font: x.pick(['Helvetica', 'Liberation Sans', 'Times']), size: 8.4, margins: [14, 14, 24, 14], creator: x.pick(['PDFKit', 'LicenseDesk']),
      body: [
        columns([110, 72], [[p(s.name, { b: true, size: 15, color: '#303f9f' }), p(x.pick(['Partenaire licences éditeurs – LSP / CSP', 'Distribution de logiciels et services de licensing']), { size: 7.4, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.8 })], [p(title, { b: true, size: 15, align: 'right' }), table([34, 38], idRows, { border: 'grid', size: 7.6, before: 2 })]]),
        space(4),
        columns([96, 86], [
          [p(bi('Références', 'References'), { size: 7.4, b: true }), table([46, 46], [[bi('Accord éditeur', 'Agreement'), inv.agreement], [bi('Contrat de support', 'Support contract'), `n° ${inv.support}`], ...refs.map(([k, v]) => [k, { text: v, b: true }])], { border: 'rows', size: 7.8 })],
          [p(bi('Facturé à', 'Bill to'), { size: 7, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.8 })],
        ]),
        ...(inv.avoir ? [p(`${bi('Avoir sur la facture', 'Credit on invoice')} ${inv.origin.number} ${bi('du', 'dated')} ${d(inv.origin.date)} – licences rendues avant l’anniversaire de l’abonnement.`, { size: 8.2, before: 4 })] : []),
        table([26, 72, 26, 10, 20, 26], [head, ...rows], { border: 'rows', size: 7.4, align: ['left', 'left', 'left', 'right', 'right', 'right'], before: 4, after: 3 }),
        totalsTable(inv, totals, { widths: [64, 30], indent: 86, size: 8.4 }),
        p(inv.bilingual ? 'Les licences sont activées sur le portail de l’éditeur à la date de début indiquée. / Licences are activated on the publisher’s portal on the start date shown.' : 'Les licences sont activées sur le portail de l’éditeur à la date de début indiquée ; les ajouts en cours d’année sont co-terminés à la date anniversaire de l’accord.', { size: 7, before: 4 }),
        rule(),
        p(inv.avoir ? bi('Montant imputable sur vos prochaines factures.', 'To be offset against future invoices.') : paymentText(inv, bi('Paiement par virement', 'Payment by bank transfer')), { size: 8 }),
        ...(inv.avoir ? [] : [p(`${bi('Conditions de règlement', 'Payment terms')} : 30 jours. ${LATE_FEES}`, { size: 6.6, before: 1 })]),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6 }), p('{page} / {pages}', { align: 'right', size: 6 })],
    };
  },
};

// ——— 3. Archive storage: boxes kept per month, retrievals, destruction at the end of retention. ———
const REQUESTERS = ['Urbanisme', 'État civil', 'Ressources humaines', 'Marchés publics', 'Finances', 'Services techniques', 'Affaires scolaires', 'Cabinet du maire'];
const archives = {
  name: 'd-archives-externalisees',
  family: 'archive-storage-boxes-per-month',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('d-archives-externalisees', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'ebp', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'engagementJuridiqueNo'], marketProb: 0.55, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'archives');
    renameSupplier(inv, x.pick(['Archives Sûreté Rhône-Alpes', 'Conserv’Archives Loire', 'Dépôt Documentaire du Forez', 'ArchiStock Services']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '5210B';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel23(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 6) });
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, 30);
    inv.account = accountNumber(x);
    inv.boxes = x.int(900, 14000);
    const perBox = x.int(148, 265);
    const entered = x.pick([0, 0, x.int(20, 180)]);
    const urgent = x.int(0, 4);
    const normal = x.int(3, 25);
    inv.lines = [{ code: 'CONS-BX', label: `Conservation de boîtes d’archives – ${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y} (boîtes en stock au ${fmtDate(inv.month.to, 'slash')})`, qty: inv.boxes, unitText: mills3(perBox), total: millsTotal(inv.boxes, perBox), rate: 2000 }];
    if (entered) inv.lines.push({ code: 'ENT-BX', label: 'Prise en charge, code-barres et indexation de nouvelles boîtes', qty: entered, unit: x.int(140, 260), rate: 2000 });
    inv.lines.push({ code: 'CONSULT-N', label: 'Consultation – sortie et livraison d’une boîte (délai 48 h)', qty: normal, unit: x.int(450, 750), rate: 2000 });
    if (urgent) inv.lines.push({ code: 'CONSULT-U', label: 'Consultation urgente – livraison sous 4 h', qty: urgent, unit: x.int(2200, 3800), rate: 2000 });
    inv.lines.push({ code: 'REINT', label: 'Réintégration en rayonnage après consultation', qty: Math.max(1, normal - x.int(0, 3)), unit: x.int(180, 320), rate: 2000 });
    inv.lines.push({ code: 'NAVETTE', label: 'Navette de livraison et d’enlèvement (par passage)', qty: x.int(2, 6), unit: x.int(3500, 6500), rate: 2000 });
    inv.destroyed = x.chance(0.5) ? x.int(30, 400) : 0;
    if (inv.destroyed) {
      inv.slip = `BE-${inv.month.from.y}-${x.digits(3)}`;
      inv.slipDate = addDays(inv.month.from, x.int(0, 20));
      inv.lines.push({ code: 'DESTR', label: `Destruction sécurisée en fin de DUA, avec certificat (bordereau d’élimination ${inv.slip} visé le ${fmtDate(inv.slipDate, 'slash')})`, qty: inv.destroyed, unit: x.int(190, 350), rate: 2000 });
    }
    if (x.chance(0.4)) inv.lines.push({ code: 'FOUR-BX', label: 'Boîtes d’archives carton dos 10 cm (par paquet de 25)', qty: x.int(1, 8), unit: x.int(2900, 4200), rate: 2000 });
    inv.requests = Array.from({ length: normal + urgent }, (_, k) => ({
      day: addDays(inv.month.from, Math.min(inv.month.days - 1, Math.floor((k * inv.month.days) / (normal + urgent)))),
      number: `DC${String(x.int(10000, 99999))}`, box: `ARC${x.digits(7)}`, requester: x.pick(REQUESTERS), urgent: k < urgent,
    }));
    return priceLines(inv, [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’archivage externalisé n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Archives municipales (code service)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const head = { b: true, border: 'grid', shade: '#e0f2f1', align: 'center', size: 7.6 };
    const boxHeads = [x.pick(['N° pièce', 'Pièce', 'Facture n°']), 'Date', 'Compte client', 'Période', 'Échéance'];
    const boxValues = [{ v: inv.number, b: true }, { v: iso(inv.date), type: 'date' }, { v: inv.account }, { v: `${fmtDate(inv.month.from, 'slash')} – ${fmtDate(inv.month.to, 'slash')}` }, { v: iso(inv.due), type: 'date' }];
    const top = Array.from({ length: Math.max(me.length, buyer.length + 2) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8, color: k === 0 ? '#00695c' : undefined } : null, null, null,
      k === 0 ? { v: 'FACTURE', span: 4, b: true, size: 16, align: 'right' } : k === 1 ? null : buyer[k - 2] ? { v: buyer[k - 2], span: 4, b: k === 2 } : null, null, null, null,
    ]);
    const body = inv.lines.map((l) => [{ v: l.code, border: 'grid', size: 7.4 }, { v: l.label, span: 3, border: 'grid', wrap: true, size: 7.8 }, null, null, { v: l.qty, type: 'number', border: 'grid', size: 8, ...(Number.isInteger(l.qty) ? { type: 'qty' } : {}) }, l.unitText ? { v: l.unitText, border: 'grid', align: 'right', size: 8 } : cur(l.unit, { border: 'grid', size: 8 }), cur(l.total, { border: 'grid', size: 8 })]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contractuelle ${inv.discountPct} %`, -inv.discount]);
    totals.push([inv.discount ? 'Total net HT' : 'Total HT', inv.ht], ['TVA 20 %', inv.tva], [x.pick(['Total TTC', 'Net à payer']), inv.ttc, true]);
    const requests = inv.requests.map((r) => [{ v: fmtDate(r.day, 'slash'), border: 'grid', size: 7, align: 'center' }, { v: r.number, border: 'grid', size: 7 }, { v: r.box, border: 'grid', size: 7 }, { v: r.requester, span: 2, border: 'grid', size: 7 }, null, { v: r.urgent ? 'Urgente' : 'Normale', border: 'grid', size: 7, align: 'center' }, null]);
    const rows = [
      ...top,
      blank(7),
      boxHeads.map((h) => ({ v: h, ...head })).concat([null, null]).map((c, k) => (k === 4 ? { ...c, span: 3 } : c)).slice(0, 7),
      boxValues.map((c) => ({ ...c, border: 'grid', size: 8.2, align: 'center' })).concat([null, null]).map((c, k) => (k === 4 ? { ...c, span: 3 } : c)).slice(0, 7),
      blank(7),
      ...shown.map(([k, v]) => [{ v: k, span: 3, size: 8.2 }, null, null, { v, b: true, span: 2, align: 'left', size: 8.2 }, null, ...blank(2)]),
      ...(sentence ? [[{ v: sentence, span: 7, size: 8, i: true, wrap: true }, ...blank(6)]] : []),
      [{ v: `Stock au dernier jour du mois : ${frNumber(inv.boxes)} boîtes${inv.destroyed ? ` (dont ${frNumber(inv.destroyed)} détruites sur bordereau)` : ''}`, span: 7, size: 8 }, ...blank(6)],
      blank(7),
      [{ v: 'Code', ...head }, { v: 'Prestation', ...head, span: 3 }, null, null, { v: 'Quantité', ...head }, { v: 'P.U. HT', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.6 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      [{ v: paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Conditions de règlement : 30 jours date de facture. ${LATE_FEES}`, span: 7, size: 6.6, wrap: true }, ...blank(6)],
      blank(7),
      [{ v: `Demandes de consultation du mois (pour information) – ${inv.requests.length}`, span: 7, b: true, size: 8 }, ...blank(6)],
      [{ v: 'Date', ...head }, { v: 'Demande', ...head }, { v: 'Boîte', ...head }, { v: 'Service demandeur', ...head, span: 2 }, null, { v: 'Délai', ...head }, null],
      ...requests,
      blank(7),
      [{ v: legalLine(inv), span: 7, size: 6.4, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [22, 26, 28, 34, 18, 22, 28], margins: [12, 12, 14, 12], rows };
  },
};

// ——— 4. Recruitment firm: one instalment of the fee for a senior position. ———
const POSITIONS = ['Directeur(trice) général(e) des services', 'Directeur(trice) des systèmes d’information', 'Directeur(trice) des finances et de la commande publique', 'Responsable du service des ressources humaines', 'Directeur(trice) des services techniques', 'Chef(fe) de projet transition numérique'];
const STAGES = [
  ['Premier acompte – lancement de la mission (1/3)', 'au lancement'],
  ['Deuxième acompte – présentation de la liste restreinte des candidats (1/3)', 'à la présentation de la liste restreinte'],
  ['Solde – prise de fonctions du candidat retenu (1/3)', 'à la prise de fonctions'],
];
const recrutement = {
  name: 'd-cabinet-recrutement',
  family: 'recruitment-firm-fee-instalment',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('d-cabinet-recrutement', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'referenceEngagement'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'recruit');
    renameSupplier(inv, x.pick(['Talents Publics Conseil', 'Cabinet Territoires & Dirigeants', 'Horizon Recrutement Public', 'Alter RH Collectivités']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7810Z';
    otherBuyer(inv, x, 0.6);
    localReferences(inv, x);
    maybeRelabel23(inv, x);
    inv.stage = i % 3;
    inv.position = POSITIONS[(i + x.int(0, 5)) % POSITIONS.length];
    inv.salary = x.int(52, 98) * 100000;
    inv.feePct = x.pick([15, 18, 20, 22]);
    inv.fee = Math.round((inv.salary * inv.feePct) / 100);
    inv.mission = `M${inv.date.y % 100}-${x.digits(3)}`;
    inv.due = addDays(inv.date, 30);
    const third = Math.round(inv.fee / 3);
    const shares = [third, third, inv.fee - 2 * third];
    inv.earlier = [];
    let number = inv.number;
    let day = inv.date;
    for (let k = inv.stage - 1; k >= 0; k--) {
      number = earlierNumber18(number, x);
      day = addDays(day, -x.int(25, 55));
      const yy = (y) => String(y % 100).padStart(2, '0');
      const own = day.y === inv.date.y ? number : number.replace(String(inv.date.y), String(day.y)).replace(new RegExp(`^${yy(inv.date.y)}/`), `${yy(day.y)}/`);
      inv.earlier.unshift({ label: STAGES[k][0], amount: shares[k], number: own, date: day });
    }
    // A balance invoice billing the whole fee with the two instalments' TTC deducted (i = 5); a sole trader under the VAT
    // franchise (i = 7).
    inv.solde = i === 5;
    if (i === 7) {
      renameSupplier(inv, 'Claire Moret Conseil RH', 'EI');
      franchise(inv, 'Claire Moret');
    }
    const vat = inv.vatExempt ? 0 : 2000;
    inv.lines = inv.solde
      ? [{ label: `Honoraires de la mission – ${inv.feePct} % de la rémunération annuelle brute de référence`, qty: 1, unit: inv.fee, rate: vat }]
      : [{ label: `${STAGES[inv.stage][0]}`, qty: 1, unit: shares[inv.stage], rate: vat }];
    if (inv.stage === 0 && x.chance(0.7)) inv.lines.push({ label: 'Diffusion de l’annonce (sites de l’emploi territorial, presse spécialisée)', qty: 1, unit: x.int(450, 1400) * 100, rate: vat });
    if (inv.stage === 1) inv.lines.push({ label: 'Évaluations de personnalité et mises en situation (par candidat)', qty: x.int(3, 6), unit: x.int(280, 520) * 100, rate: vat });
    inv.debours = !inv.vatExempt && inv.stage === 2 && x.chance(0.75);
    if (inv.debours) inv.lines.push({ label: 'Frais de déplacement des candidats auditionnés, remboursés à l’euro près (débours, sur justificatifs)', qty: 1, unit: x.int(18000, 96000), rate: 0 });
    priceLines(inv, inv.vatExempt ? [0] : inv.debours ? [2000, 0] : [2000]);
    if (inv.solde) {
      for (const e of inv.earlier) e.ttc = Math.round((e.amount * 12) / 10);
      inv.deposit = inv.earlier.reduce((t, e) => t + e.ttc, 0);
      inv.net = inv.ttc - inv.deposit;
    }
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations de recrutement n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Direction des ressources humaines (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const dated = x.chance(0.5);
    const numberLabel = x.pick(['Facture n°', 'N° de facture', 'Référence']);
    const rows = inv.lines.map((l) => [l.label, l.rate ? rate(l.rate) : inv.vatExempt ? '–' : 'hors TVA', plainMoney(inv, l.total)]);
    const taxed = inv.vat.find((v) => v.rate === 2000);
    const totals = [];
    if (inv.debours) totals.push(['Honoraires et frais HT', taxed.base], ['Débours (hors champ de la TVA)', inv.ht - taxed.base], ['Total HT', inv.ht]);
    else totals.push([x.pick(['Total HT', 'Montant hors taxes']), inv.ht]);
    if (inv.vatExempt) totals.push(['TVA', 'non applicable'], [x.pick(['Net à payer', 'Total à régler']), inv.ttc, true]);
    else if (inv.solde) {
      totals.push(['TVA 20 %', inv.tva], ['Total TTC de la mission', inv.ttc]);
      for (const [k, e] of inv.earlier.entries()) totals.push([`Acompte n° ${k + 1} – facture ${e.number} du ${fmtDate(e.date, 'slash')} (TTC)`, -e.ttc]);
      totals.push([x.pick(['Solde à payer', 'Net à payer']), inv.net, true]);
    } else totals.push(['TVA 20 %', inv.tva], [x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC à régler']), inv.ttc, true]);
    const earlier = inv.earlier.map((e) => [e.label, `facture ${e.number} du ${fmtDate(e.date, 'slash')}`, money(inv, e.amount)]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans', 'DejaVu Serif']), size: 9.4, margins: [18, 20, 24, 22],
      body: [
        p(s.name, { b: true, size: 16, color: '#4a148c' }),
        p('Conseil en recrutement de cadres dirigeants du secteur public', { size: 8, i: true }),
        ...paras(supplierTexts(inv, x).slice(1), { size: 8 }),
        space(4),
        columns([92, 86], [[...(dated ? [p(placeAndDate(inv, inv.dateStyle), { size: 9.4 })] : [])], [...paras(buyerTexts(inv, x), { size: 9.4 })]]),
        space(5),
        p(`FACTURE${x.chance(0.5) ? ` N° ${inv.number}` : ''}`, { b: true, size: 13 }),
        table([40, 60], [[numberLabel, { text: inv.number, b: true }], ...(dated ? [] : [[x.pick(['Date', 'Date de facture']), date(inv, inv.date)]]), ['Mission', inv.mission], ...shown.map(([k, v]) => [k, { text: v, b: true }])], { border: 'none', size: 9, before: 2 }),
        p(`Objet : recrutement – ${inv.position}`, { b: true, before: 4 }),
        p(`Rémunération annuelle brute de référence : ${money(inv, inv.salary)} – honoraires de la mission : ${inv.feePct} % soit ${money(inv, inv.fee)} HT, facturés par tiers (au lancement, à la liste restreinte, à la prise de fonctions).`, { size: 8.4, before: 1 }),
        ...(sentence ? [p(sentence, { size: 8.6, i: true, before: 2 })] : []),
        table([112, 22, 36], [{ cells: ['Désignation', 'TVA', 'Montant HT'], b: true, line: 'bottom' }, ...rows], { border: 'rows', size: 8.8, align: ['left', 'center', 'right'], before: 4, after: 3 }),
        totalsTable(inv, totals, { widths: [62, 32], indent: 76, size: 9 }),
        ...(earlier.length && !inv.solde ? [p('Pour mémoire – déjà facturé sur cette mission (réglé ou à régler séparément) :', { size: 8, before: 4 }), table([92, 50, 28], earlier, { border: 'none', size: 8, align: ['left', 'left', 'right'] })] : []),
        ...(inv.vatExempt ? [p('TVA non applicable, art. 293 B du CGI.', { size: 8.4, i: true, before: 2 })] : []),
        ...(inv.debours ? [p('Les débours sont remboursés au nom et pour le compte de la collectivité, sur justificatifs joints ; ils n’entrent pas dans la base de la TVA (art. 267 II-2° du CGI).', { size: 7.6, before: 3 })] : []),
        p(paymentText(inv), { size: 8.6, before: 5 }),
        p(`Conditions de règlement : à réception, au plus tard le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.2, before: 1 }),
      ],
      footer: [p(inv.vatExempt ? soleTraderLegalLine(inv, s.person) : legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

export default [regie, licences, archives, recrutement];

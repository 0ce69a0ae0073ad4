// Blind-34 layouts written as documents (see ../../README.md): a network installer's invoice for the structured
// cabling of a public building, typed in a hand-made Writer template (the number and the date in the title line,
// outlets, cable by the metre, racks, patch panels, fibre links and certification of each outlet; the site and the
// references as labels beside values; a retention of guarantee deducted on some, « Montant dû »; one site over two
// pages), a cybersecurity consultancy's invoice for an audit and a penetration test, printed through LibreOffice and
// through PDFKit from a Pennylane-like model (a row of headings over values without rules, bilingual labels on some,
// the mission of seven digits, consultant days, a deposit invoiced at the order deducted with its own number on some,
// a discount on some), and a printer's invoice for the print run and the mailing of a municipal bulletin, in a Calc
// template (runs in thousands, postage re-invoiced outside VAT with its price per item in thousandths of a euro, the
// quote of seven digits; one credit note for copies misprinted).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, deductDeposit, retain, splitOutside } from '../../lib/blind25.mjs';
import { digitalBuyer, eight34, maybeRelabel34, seven34 } from '../../lib/blind34.mjs';

// ——— 1. Structured cabling: a Writer template, the identity in the title line, a retention of guarantee. ———
const BUILDINGS = ['Groupe scolaire Montreynaud', 'Médiathèque municipale', 'Centre technique municipal', 'Maison des associations', 'Hôtel de Ville – 2e étage', 'Gymnase du Soleil', 'Crèche collective', 'Centre social'];
const ROOMS = ['Bureau 101', 'Bureau 102', 'Salle de réunion', 'Accueil', 'Classe 1', 'Classe 2', 'Classe 3', 'Salle informatique', 'Local technique', 'Salle des maîtres', 'BCD', 'Bureau direction', 'Tisanerie', 'Salle polyvalente'];
const cablage = {
  name: 'af-cablage-vdi',
  family: 'structured-cabling-writer-title-line-retention',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 5;
    const inv = makeInvoice('af-cablage-vdi', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['btp'], numbers: ['plain', 'year2', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'cabling');
    renameSupplier(inv, x.pick(['Réseaux Courants Faibles Loire', 'VDI Câblage Services', 'Ondaine Télécom Installation', 'Connectic Forez']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4321A';
    digitalBuyer(inv, x, 'it', 0.85);
    localReferences(inv, x);
    maybeRelabel34(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.building = x.pick(BUILDINGS);
    inv.site = seven34(x);
    inv.quote = `DV-${inv.date.y}-${x.digits(4)}`;
    const outlets = long ? 96 : x.int(6, 40);
    inv.rooms = [];
    if (long) {
      let left = outlets;
      for (let k = 0; left > 0; k++) {
        const n = Math.min(left, x.int(3, 8));
        inv.rooms.push([`${ROOMS[k % ROOMS.length]}${k >= ROOMS.length ? ` (niveau ${Math.floor(k / ROOMS.length) + 1})` : ''}`, n]);
        left -= n;
      }
    }
    const metres = outlets * x.int(18, 35);
    inv.lines = [
      { label: 'Prise RJ45 catégorie 6A blindée, 2 ports, posée en goulotte ou boîte d’encastrement', unitName: 'u', qty: outlets, unit: x.int(38, 62) * 100, rate: 2000 },
      { label: 'Câble F/FTP catégorie 6A LSOH 4 paires, tiré en chemin de câbles', unitName: 'ml', qty: metres, unit: x.int(110, 185), rate: 2000 },
      { label: 'Panneau de brassage 24 ports cat. 6A équipé, passe-câbles', unitName: 'u', qty: Math.ceil(outlets / 12), unit: x.int(160, 290) * 100, rate: 2000 },
      { label: 'Recette et certification de chaque lien (testeur Fluke DSX), rapport PDF', unitName: 'lien', qty: outlets * 2, unit: x.int(6, 12) * 100, rate: 2000 },
    ];
    if (x.chance(0.6) || long) inv.lines.splice(2, 0, { label: `Baie de brassage 19" ${x.pick(['42U 800×800', '24U murale', '27U 600×600'])}, bandeau électrique, ventilation`, unitName: 'u', qty: 1, unit: x.int(650, 1900) * 100, rate: 2000 });
    if (x.chance(0.5) || long) inv.lines.push({ label: 'Liaison fibre optique OM4 12 brins entre baies, tiroirs et raccordement par fusion', unitName: 'ens.', qty: 1, unit: x.int(900, 2600) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Cordons de brassage cat. 6A (0,5 m à 3 m)', unitName: 'u', qty: outlets * 2, unit: x.int(4, 9) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i % 2 === 0) retain(inv, 5);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'Accord-cadre courants faibles'], service: ['Code service', 'Service demandeur'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const site = [['Chantier', inv.building], ['N° de chantier', inv.site], ['Devis accepté', inv.quote], ['Échéance', fmtDate(inv.due, 'slash')], ...shown];
    const rows = inv.lines.map((l) => [l.label, l.unitName, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} % (libérée à un an)`, money(inv, -inv.retenue)]);
    totals.push([inv.retenue ? 'Montant dû' : x.pick(['Net à payer', 'Montant dû']), money(inv, inv.net)]);
    const roomRows = inv.rooms.map(([room, n]) => [room, String(n), `${String(n * 2)} liens certifiés`]);
    return {
      font: x.pick(['Liberation Sans', 'Liberation Serif']), size: 9, margins: [14, 15, 20, 15], creator: 'Writer',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14 }), p('Courants faibles – câblage VDI – fibre optique – baies informatiques', { size: 7.6, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.8 }))],
          [space(10), p(x.pick(['Destinataire :', 'Client :']), { size: 7.6, i: true }), ...paras(buyerTexts(inv, x), { size: 9 })],
        ]),
        space(6),
        p(`FACTURE N° ${inv.number} du ${date(inv, inv.date)}`, { b: true, size: 13, align: 'center' }),
        space(3),
        table([36, 144], site.map(([k, v]) => [`${k} :`, { text: v, b: true }]), { border: 'none', size: 8.8 }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4, before: 2 })] : []),
        p(`Objet : réalisation du câblage informatique et téléphonique (VDI) – ${inv.building}`, { b: true, before: 3 }),
        table([92, 12, 18, 26, 32], [{ cells: ['Désignation', 'U', 'Qté', 'P.U. HT', 'Total HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 8, align: ['left', 'center', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([60, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 || k === 'Total TTC' })), { indent: 88, border: 'grid', size: 8.8, align: ['left', 'right'] }),
        ...(roomRows.length ? [space(4), p('Répartition des prises par local', { b: true, size: 8.4 }), table([80, 30, 50], [{ cells: ['Local', 'Prises', 'Recette'], b: true, shade: '#eeeeee' }, ...roomRows], { border: 'rows', size: 7.6 })] : []),
        space(3),
        p('Dossier des ouvrages exécutés (plans de repérage, cahier de recette) remis au maître d’ouvrage. Garantie de parfait achèvement : un an à compter de la réception.', { size: 7.4, i: true }),
        rule(),
        p(inv.print.iban ? `Règlement par virement à 30 jours – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.4 }),
        p(LATE_FEES, { size: 7 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 }), p('Page {page} / {pages}', { align: 'right', size: 6.6 })],
    };
  },
};

// ——— 2. Cybersecurity audit: a Pennylane-like model (LibreOffice and PDFKit), headings over values, a deposit. ———
const MISSIONS = [
  ['Test d’intrusion externe (périmètre exposé sur Internet)', 950, 1400], ['Audit de configuration Active Directory et messagerie', 900, 1300], ['Test d’intrusion interne (boîte grise)', 950, 1450],
  ['Campagne d’hameçonnage simulé et sensibilisation des agents', 700, 1100], ['Revue de la politique de sauvegarde et plan de reprise', 850, 1200], ['Audit de code de l’application de prise de rendez-vous', 1000, 1500],
];
const audit = {
  name: 'af-audit-cybersecurite',
  family: 'cybersecurity-audit-pennylane-bilingual-deposit',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('af-audit-cybersecurite', i, { cityProb: 0.45, engagementProb: 0.85, trades: ['services'], numbers: ['pennylane', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: [0, 0, 10], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'audit');
    renameSupplier(inv, x.pick(['Cyberdéfense Loire Conseil', 'Vigie Numérique', 'Rempart SI', 'Sentinelle Audit & Sécurité']), 'SAS');
    inv.supplier.ape = '6202A';
    digitalBuyer(inv, x, 'it', 0.85);
    localReferences(inv, x);
    maybeRelabel34(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.mission = seven34(x);
    inv.quote = `D-${inv.date.y}-${x.digits(4)}`;
    const day = x.int(95, 140) * 1000;
    const picks = MISSIONS.filter(() => x.chance(0.45)).slice(0, 3);
    if (!picks.length) picks.push(MISSIONS[0]);
    inv.lines = picks.map(([label, lo, hi]) => ({ label, unitName: 'jour', qty: x.pick([1, 2, 3, 4, 5, 1.5, 2.5]), unit: x.int(lo / 10, hi / 10) * 1000 || day, rate: 2000 }));
    inv.lines.push({ label: 'Rédaction du rapport, plan d’actions priorisé et restitution au comité de direction', unitName: 'jour', qty: x.pick([1, 1.5, 2]), unit: x.int(90, 130) * 1000, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Frais de déplacement (forfait par intervention sur site)', unitName: 'forfait', qty: x.int(1, 3), unit: x.int(8, 18) * 1000, rate: 2000 });
    priceLines(inv, [2000]);
    if (i !== 2) inv.deposit34 = deductDeposit(inv, x, x.pick([30, 40]), addDays(inv.orderDate, x.int(1, 6)));
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const en = x.chance(0.5);
    const L = (fr, eng) => (en ? both(fr, eng) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service destinataire'] });
    const heads = [[L('Numéro', 'Number'), inv.number], [L('Date d’émission', 'Issue date'), date(inv, inv.date)], [L('Date d’échéance', 'Due date'), fmtDate(inv.due, 'slash')], [L('Mission n°', 'Assignment no.'), inv.mission]];
    const headRow = table(heads.map(() => 45), [{ cells: heads.map(([k]) => ({ text: k, size: 7, color: '#777777' })) }, { cells: heads.map(([, v]) => ({ text: v, b: true, size: 9.6 })) }], { border: 'none', size: 8 });
    const rows = inv.lines.map((l) => [l.label, `${frNumber(l.qty, l.qty % 1 ? 1 : 0)} ${l.unitName}`, plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push([L('Total brut HT', 'Gross total excl. VAT'), money(inv, inv.grossHT)], [L(`Remise ${inv.discountPct} %`, 'Discount'), money(inv, -inv.discount)]);
    totals.push([L('Total HT', 'Total excl. VAT'), money(inv, inv.ht)], [L('TVA 20 %', 'VAT 20%'), money(inv, inv.tva)], [L('Total TTC', 'Total incl. VAT'), money(inv, inv.ttc)]);
    if (inv.deposit) totals.push([`${L('Acompte', 'Deposit')} ${inv.deposit34.number} (${fmtDate(inv.deposit34.date, 'slash')})`, money(inv, -inv.deposit)]);
    totals.push([inv.deposit ? L('Reste à payer', 'Balance due') : L('Montant à payer', 'Amount due'), money(inv, inv.net)]);
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.6, margins: [14, 15, 20, 15], creator: 'Pennylane',
      body: [
        columns([110, 70], [
          [p(L('Facture', 'Invoice'), { b: true, size: 20 }), space(2), p(s.name, { b: true, size: 10 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6, color: '#444444' }))],
          [space(12), p(L('Facturé à', 'Billed to'), { size: 7, color: '#777777' }), ...paras(buyerTexts(inv, x), { size: 8.8 })],
        ]),
        space(5),
        headRow,
        space(2),
        ...(refs.length ? [table(refs.map(() => 60).slice(0, 3), [{ cells: refs.map(([k]) => ({ text: k, size: 7, color: '#777777' })) }, { cells: refs.map(([, v]) => ({ text: v, b: true })) }], { border: 'none', size: 8.6 })] : []),
        space(3),
        p(`${L('Objet', 'Subject')} : audit de sécurité du système d’information – devis ${inv.quote} accepté le ${fmtDate(inv.orderDate, 'slash')}`, { b: true }),
        table([86, 22, 26, 14, 32], [{ cells: [L('Description', 'Description'), L('Quantité', 'Qty'), L('Prix unitaire HT', 'Unit price'), L('TVA', 'VAT'), L('Total HT', 'Amount')], b: true, line: 'bottom', size: 7.4 }, ...rows], { border: 'rows', size: 8, align: ['left', 'right', 'right', 'center', 'right'], before: 2, after: 3 }),
        table([58, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1, shade: n === totals.length - 1 ? '#f0f0f0' : undefined })), { indent: 92, border: 'none', size: 8.8, align: ['left', 'right'] }),
        space(4),
        p(L('Informations de paiement', 'Payment details'), { b: true, size: 8.4 }),
        p(inv.print.iban ? `IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.2 }),
        p(`${L('Référence de paiement', 'Payment reference')} : ${inv.number}`, { size: 8.2 }),
        space(2),
        p('Prestataire d’audit de la sécurité des systèmes d’information. Rapport classé « Diffusion restreinte », remis en main propre au RSSI.', { size: 7.2, i: true }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('{page}/{pages}', { align: 'right', size: 6.4 })],
    };
  },
};

// ——— 3. A municipal bulletin printed and mailed: a Calc template, runs in thousands, postage outside VAT. ———
const TITLES = ['Vivre à', 'Le Mag de', 'Échos de', 'Le Journal de', 'Infos'];
const bulletin = {
  name: 'af-bulletin-impression-routage',
  family: 'municipal-bulletin-print-mailing-calc-postage',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('af-bulletin-impression-routage', i, { cityProb: 0.35, engagementProb: 0.8, trades: ['goods'], numbers: credit ? ['avoirDolibarr'] : ['dolibarr', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'numeroBonCommande', 'ej'], marketProb: 0.35, serviceProb: 0.4, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'bulletin');
    renameSupplier(inv, x.pick(['Imprimerie Chirat Loire', 'Reprographie du Furan', 'Imprimerie Dumas Titoulet', 'Offset Pilat Impression']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '1811Z';
    digitalBuyer(inv, x, 'communication', 0.85);
    localReferences(inv, x);
    maybeRelabel34(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    const town = inv.buyer.name.replace(/^(Ville|Commune) d(e |’|')/, '').replace(/^Office de tourisme /, '');
    inv.title = `« ${x.pick(TITLES)} ${town} » n° ${x.int(40, 190)}`;
    inv.quote = seven34(x);
    inv.slip = eight34(x);
    const run = x.int(30, 260) * 100;
    const pages = x.pick([8, 12, 16, 20, 24]);
    inv.run = run;
    inv.lines = [];
    const rates = [2000];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${x.digits(4)}`, date: addDays(inv.date, -x.int(8, 30)) };
      const bad = x.int(8, 40) * 100;
      inv.lines.push({ label: `Exemplaires défectueux (cahier central inversé) – ${inv.title}`, unitName: 'mille', qty: bad / 1000, qtyText: frNumber(bad / 1000, 1), unit: x.int(480, 1100) * 100, rate: 2000 });
    } else {
      inv.lines.push({ label: `Impression ${inv.title} – ${pages} pages A4 quadri recto-verso, couché mat PEFC 90 g`, unitName: 'mille', qty: run / 1000, qtyText: frNumber(run / 1000, 1), unit: x.int(60 + pages * 25, 120 + pages * 35) * 100, rate: 2000 });
      inv.lines.push({ label: 'Façonnage : pliage, piqûre 2 points métal, massicotage', unitName: 'mille', qty: run / 1000, qtyText: frNumber(run / 1000, 1), unit: x.int(35, 70) * 100, rate: 2000 });
      if (x.chance(0.7)) {
        inv.lines.push({ label: 'Routage : mise sous film, adressage jet d’encre, tri et dépôt', unitName: 'ex.', qty: run, qtyText: frNumber(run), unit: 0, mills: x.int(45, 95), rate: 2000 });
        const postMills = x.int(180, 320);
        inv.lines.push({ label: `Affranchissement La Poste – Destinéo ${x.pick(['Esprit Libre', 'Tarif presse'])} (débours, bordereau de dépôt n° ${inv.slip})`, unitName: 'ex.', qty: run, qtyText: frNumber(run), unit: 0, mills: postMills, rate: 0 });
        rates.push(0);
      } else {
        inv.lines.push({ label: 'Livraison en mairie par palettes filmées', unitName: 'forfait', qty: 1, qtyText: '1', unit: x.int(90, 240) * 100, rate: 2000 });
      }
      if (x.chance(0.35)) inv.lines.push({ label: 'Bon à tirer supplémentaire (épreuve couleur certifiée)', unitName: 'u', qty: 1, qtyText: '1', unit: x.int(45, 90) * 100, rate: 2000 });
    }
    for (const l of inv.lines) if (l.mills) l.total = millsTotal(l.qty, l.mills);
    return priceLines(inv, rates);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre impression n°'], service: ['Code service', 'Service'] });
    const cell = (v, o = {}) => ({ v, ...o });
    const rows = [];
    rows.push([cell(s.name, { b: true, size: 13, span: 3 }), null, null, cell(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right', span: 2 }), null]);
    for (const t of supplierTexts(inv, x).slice(1)) rows.push([cell(t, { size: 8, span: 3 }), null, null, null, null]);
    rows.push([]);
    const buyer = buyerTexts(inv, x);
    for (const [k, t] of buyer.entries()) rows.push([null, null, cell(t, { b: k === 0, size: 9, span: 3 }), null, null]);
    rows.push([]);
    const ident = [[inv.avoir ? 'N° avoir' : 'N° facture', inv.number], ['Date', fmtDate(inv.date, 'slash')], ['Devis n°', inv.quote], ...(inv.avoir ? [['Facture d’origine', inv.origin.number]] : [['Échéance', fmtDate(inv.due, 'slash')]]), ...refs];
    for (let k = 0; k < ident.length; k += 2) {
      const a = ident[k];
      const b = ident[k + 1];
      rows.push([cell(a[0], { size: 8, border: 'grid', shade: '#eeeeee', align: 'right' }), cell(a[1], { b: true, size: 8.8, border: 'grid', span: 2 }), null, b ? cell(b[0], { size: 8, border: 'grid', shade: '#eeeeee' }) : null, b ? cell(b[1], { b: true, size: 8.8, border: 'grid' }) : null]);
    }
    rows.push([]);
    rows.push([cell(inv.avoir ? `Avoir sur facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Bulletin municipal ${inv.title} – ${MONTHS[addDays(inv.date, -10).m - 1]} ${addDays(inv.date, -10).y}`, { b: true, span: 5 }), null, null, null, null]);
    rows.push(['Désignation', 'Unité', 'Quantité', 'P.U. HT', 'Montant HT'].map((t, k) => cell(t, { b: true, border: 'grid', shade: '#d9d9d9', align: k ? 'center' : 'left' })));
    for (const l of inv.lines) {
      rows.push({ cells: [
        cell(l.label, { border: 'grid', wrap: true, size: 8 }), cell(l.unitName, { border: 'grid', align: 'center', size: 8 }), cell(l.qtyText, { border: 'grid', align: 'right', size: 8.4 }),
        l.mills ? cell(`${mills3(l.mills)} €`, { border: 'grid', align: 'right', size: 8.4 }) : cell(l.unit / 100, { type: 'money', border: 'grid', size: 8.4 }),
        cell(l.total / 100, { type: 'money', border: 'grid', size: 8.4 }),
      ] });
    }
    rows.push([]);
    const { outside } = splitOutside(inv);
    const tot = (k, v, b) => rows.push([null, null, cell(k, { b, span: 2, align: 'right' }), null, cell(v / 100, { type: 'money', b, border: b ? 'top' : undefined })]);
    if (outside) {
      tot('Total HT soumis à TVA', inv.ht - outside);
      tot('Débours hors TVA', outside);
    }
    tot('Total HT', inv.ht);
    tot(`TVA ${rate(2000)}`, inv.tva);
    tot(inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, inv.avoir);
    if (!inv.avoir) tot(x.pick(['Net à payer', 'Reste dû']), inv.net, true);
    rows.push([]);
    if (outside) rows.push([cell('Affranchissement avancé pour le compte du client et refacturé à l’euro près (débours, art. 267-II-2° du CGI) : hors base de TVA.', { size: 7.4, i: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push([cell(inv.avoir ? 'Montant à déduire de votre prochain règlement.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8, span: 5 }), null, null, null, null]);
    rows.push([cell(LATE_FEES, { size: 7, span: 5, wrap: true }), null, null, null, null]);
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [78, 18, 24, 28, 32], margins: [12, 12, 16, 12], footer: [legalLine(inv)], rows };
  },
};

export default [cablage, audit, bulletin];

// Blind-17 layouts written for Chromium (see ../../README.md): a printer's invoice for an issue of a municipal magazine
// (print run, pages, formats and grammages, plates, binding, distribution in letterboxes district by district at a
// price per thousand; the proof and delivery dates printed), an IT reseller's invoice printed as a Dolibarr-like PDF
// by Chromium and LibreOffice (many lines, each device with its serial numbers and its DEEE eco-participation on a
// line of its own; the reseller's own order and delivery note linked; a bilingual « Invoice # » on some), and a
// driving school's training of a public body's agents, exempt from VAT as vocational training (sessions with their
// dates and hours, the trainees named, the training agreement and the activity declaration numbers printed; a deposit
// received at enrolment deducted on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { deductProvision, priceLines } from '../../lib/blind10.mjs';
import { earlierNumber } from '../../lib/blind12.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { dateLine, maybeRelabel17, serialNumber } from '../../lib/blind17.mjs';

// ——— 1. Printer: an issue of a municipal magazine. ———
const DISTRICTS = ['Centre-ville', 'Tarentaize – Beaubrun', 'Montreynaud', 'Bellevue – Solaure', 'La Cotonne – Montchovet', 'Terrenoire', 'Saint-Victor-sur-Loire', 'Rochetaillée', 'Côte-Chaude', 'Valbenoîte'];
const MAGAZINES = ['Le Mag', 'Vivre ici', 'Reflets', 'Le Journal municipal', 'Infos & Vous'];
const magazine = {
  name: 'u-magazine-municipal',
  family: 'municipal-magazine-printing',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('u-magazine-municipal', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['ebp', 'plain', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'commandePublique'], marketProb: 0.55, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'print');
    renameSupplier(inv, x.pick(['Imprimerie des Gaux', 'Presses du Furan', 'Offset Ondaine Impression', 'Graphi-Loire Imprimeur']), x.pick(['SAS', 'SA', 'SARL']));
    inv.supplier.ape = '1811Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel17(inv, x);
    const pages = x.pick([16, 20, 24, 28, 32, 36]);
    const run = x.int(6, 90) * 1000;
    inv.spec = { title: `${x.pick(MAGAZINES)} n° ${x.int(40, 190)}`, pages, run, inside: x.pick([80, 90, 100, 115]), cover: x.pick([150, 170, 200, 250]), bat: addDays(inv.date, -x.int(12, 25)), delivered: addDays(inv.date, -x.int(2, 9)), quote: `DE${inv.date.y % 100}${x.digits(4)}` };
    const perThousand = x.int(60, 240) * 100 + pages * x.int(2, 6) * 10;
    inv.lines = [
      { label: `Impression ${inv.spec.title} – ${pages} pages + couverture, quadri recto-verso, format fermé 210 × 297 mm`, unitText: 'le mille', qtyText: frNumber(run / 1000, 3), qty: run / 1000, unit: perThousand, total: Math.round((run * perThousand) / 1000), rate: 2000 },
      { label: `Papier intérieur couché demi-mat ${inv.spec.inside} g/m² PEFC, couverture couché brillant ${inv.spec.cover} g/m²`, unitText: 'forfait', qtyText: '1', qty: 1, unit: Math.round((run * pages * x.int(4, 9)) / 100), rate: 2000 },
      { label: 'Calage, plaques CTP et épreuves contractuelles', unitText: 'forfait', qtyText: '1', qty: 1, unit: x.int(280, 950) * 100, rate: 2000 },
      { label: `Façonnage : piqûre ${x.pick(['2 points métal', 'à cheval 2 points'])}, massicotage`, unitText: 'le mille', qtyText: frNumber(run / 1000, 3), qty: run / 1000, unit: x.int(90, 260) * 10, rate: 2000 },
    ];
    if (x.chance(0.4)) inv.lines.push({ label: 'Mise sous film individuelle (exemplaires abonnés)', unitText: 'le mille', qtyText: frNumber(2, 3), qty: 2, unit: x.int(40, 90) * 100, rate: 2000 });
    const first = x.int(0, DISTRICTS.length - 1);
    const perBox = x.int(45, 95) * 100;
    inv.distribution = [];
    for (let k = 0; k < x.int(2, 5); k++) {
      const copies = x.int(12, 80) * 50;
      inv.distribution.push({ district: DISTRICTS[(first + k) % DISTRICTS.length], copies });
      inv.lines.push({ label: `Distribution en boîtes aux lettres – secteur ${DISTRICTS[(first + k) % DISTRICTS.length]} (${frNumber(copies)} ex.)`, unitText: 'le mille', qtyText: frNumber(copies / 1000, 3), qty: copies / 1000, unit: perBox, total: Math.round((copies * perBox) / 1000), rate: 2000 });
    }
    inv.lines.push({ label: 'Livraison des exemplaires de réserve en mairie (palettes filmées)', unitText: 'forfait', qtyText: '1', qty: 1, unit: x.int(60, 180) * 100, rate: 2000 });
    return priceLines(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const sp = inv.spec;
    const accent = x.pick(['#b71c1c', '#004d40', '#283593']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre impression n°', 'N° de marché'], service: ['Code service', 'Service', 'Service communication (code)'] });
    const where = inv.engagement ? x.pick(['grid', 'sentence', 'buyer']) : 'grid';
    const sentence = where === 'sentence' ? engagementSentence(inv, x) : null;
    const gridRefs = where === 'grid' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const buyerRefs = where === 'buyer' ? [[inv.engagement.label, inv.engagement.written]] : [];
    const head = x.chance(0.5);
    const numberLabel = x.pick(['N° facture', 'Facture n°', 'Numéro']);
    const idHtml = head
      ? `<table class="id"><tr><th>${esc(numberLabel)}</th><th>Date</th><th>Code client</th><th>Échéance</th></tr><tr><td><b>${esc(inv.number)}</b></td><td>${esc(date(inv, inv.date, 'slash'))}</td><td>${esc(inv.clientCode)}</td><td>${esc(date(inv, inv.due, 'slash'))}</td></tr></table>`
      : `<div class="idl"><div>${esc(numberLabel)} : <b>${esc(inv.number)}</b></div><div>${esc(dateLine(inv.date, x))}</div><div>Code client : ${esc(inv.clientCode)}</div><div>Échéance : ${esc(date(inv, inv.due, 'slash'))}</div></div>`;
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)}</td><td style="white-space:nowrap">${esc(l.unitText)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, true]];
    if (x.chance(0.4)) totals.push(['Net à payer', inv.net, true]);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.6pt; }
      .top { display: flex; justify-content: space-between; } .name { font-size: 17pt; font-weight: bold; color: ${accent}; } .cli { width: 82mm; border: 1px solid #999; padding: 3mm; margin-top: 4mm; }
      h1 { font-size: 15pt; color: ${accent}; margin: 5mm 0 2mm; } .id th { background: ${accent}; color: #fff; font-weight: normal; padding: 1.5mm; text-align: left; } .id td { border: 1px solid #bbb; padding: 1.5mm; }
      .spec { margin: 3mm 0; font-size: 8pt; border-left: 3px solid ${accent}; padding-left: 3mm; } .items th { border-bottom: 1.5px solid #333; text-align: left; padding: 1.2mm; } .items td { padding: 1.2mm; border-bottom: 1px solid #e0e0e0; vertical-align: top; }
      .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 1.2mm 2mm; } .tot .s td { font-weight: bold; border-top: 1.5px solid #333; } .refs td { padding: 0.8mm 2mm; border: 1px solid #ccc; }
      .foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 6.8pt; color: #555; text-align: center; border-top: 1px solid #ccc; padding-top: 1mm; }`,
    `<div class="top"><div><div class="name">${esc(s.name)}</div><div><i>Impression offset et numérique – façonnage – routage</i></div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
     <div class="cli">${htmlLines(buyerTexts(inv, x))}${buyerRefs.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('')}</div></div>
     <h1>FACTURE</h1>${idHtml}
     ${gridRefs.length ? `<table class="refs" style="margin-top:2mm;width:auto">${gridRefs.map(([k, v]) => `<tr><td>${esc(k)}</td><td><b>${esc(v)}</b></td></tr>`).join('')}</table>` : ''}
     <div class="spec">Travail : <b>${esc(sp.title)}</b> – tirage ${esc(frNumber(sp.run))} exemplaires – ${sp.pages} pages – selon devis ${esc(sp.quote)}<br>BAT signé le ${esc(fmtDate(sp.bat, 'slash'))} – livraison le ${esc(fmtDate(sp.delivered, 'slash'))}${sentence ? `<br>${esc(sentence)}` : ''}</div>
     <table class="items"><tr><th>Désignation</th><th class="r">Quantité</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p>${esc(paymentText(inv))}</p>
     <p style="font-size:7pt">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}<br>Page 1/1</div>`);
  },
};

// ——— 2. IT reseller: devices with serial numbers and DEEE eco-participation (Dolibarr-like). ———
const DEVICES = [
  ['Ordinateur portable 14" Core i5 – 16 Go – SSD 512 Go – Windows 11 Pro', 'NB14-I5-512', 62000, 98000, 84, '5CD'],
  ['Unité centrale mini-tour Core i7 – 32 Go – SSD 1 To', 'UC-I7-1T', 78000, 125000, 125, 'MXL'],
  ['Écran 24" IPS Full HD, pied réglable', 'EC24-IPS', 13900, 21900, 200, 'CN0'],
  ['Écran 27" QHD USB-C', 'EC27-QHD', 24900, 38900, 200, 'CN4'],
  ['Station d’accueil USB-C 100 W', 'DOCK-C100', 15900, 24900, 25, 'DK'],
  ['Imprimante laser couleur A4 réseau', 'IMP-LC-A4', 29900, 54900, 125, 'VNB'],
  ['Onduleur 1 500 VA line-interactive', 'OND-1500', 21900, 34900, 167, 'AS'],
  ['Switch 24 ports PoE+ administrable', 'SW24-POE', 34900, 69900, 25, 'SG'],
  ['Vidéoprojecteur interactif courte focale', 'VP-INT-CF', 89000, 149000, 125, 'EP'],
];
const ACCESSORIES = [['Clavier + souris sans fil', 'KIT-KM', 2900, 5900, 8], ['Casque USB micro antibruit', 'CASQ-USB', 3900, 8900, 4], ['Sacoche 14" renforcée', 'SAC-14', 1900, 3900, 0], ['Câble HDMI 2 m', 'HDMI-2', 690, 1490, 0]];
const informatique = {
  name: 'u-revendeur-informatique',
  family: 'it-reseller-deee-serials',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('u-revendeur-informatique', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'poBonDeCommande', 'numeroBonCommande'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 3, 5], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'it');
    renameSupplier(inv, x.pick(['Forez Micro Systèmes', 'Infoloire Solutions', 'Stéph’Info Réseaux', 'Gier Bureautique Informatique']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4651Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel17(inv, x);
    inv.order = `CO${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${x.digits(4)}`;
    inv.deliveryNote = `BL${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${x.digits(4)}`;
    inv.bilingual = x.chance(0.35);
    inv.lines = [];
    const first = x.int(0, DEVICES.length - 1);
    for (let k = 0; k < x.int(3, 6); k++) {
      const [label, sku, lo, hi, deee, prefix] = DEVICES[(first + k) % DEVICES.length];
      const qty = x.pick([1, 1, 2, 3, 4, 5, 8]);
      const serials = Array.from({ length: qty }, () => serialNumber(x, prefix));
      inv.lines.push({ label, sku, qty, unit: x.int(lo / 100, hi / 100) * 100 - 10, rate: 2000, serials });
      inv.lines.push({ label: `Éco-participation DEEE – ${label.split(' ').slice(0, 2).join(' ')}`, sku: 'ECO-DEEE', qty, unit: deee, rate: 2000 });
    }
    for (const [label, sku, lo, hi, deee] of ACCESSORIES.filter(() => x.chance(0.45))) {
      const qty = x.int(2, 10);
      inv.lines.push({ label, sku, qty, unit: x.int(lo / 10, hi / 10) * 10, rate: 2000 });
      if (deee) inv.lines.push({ label: `Éco-participation DEEE – ${label.split(' ')[0]}`, sku: 'ECO-DEEE', qty, unit: deee, rate: 2000 });
    }
    const posts = inv.lines.filter((l) => /^(?:Ordinateur|Unité)/.test(l.label)).reduce((s, l) => s + l.qty, 0);
    if (posts) inv.lines.push({ label: 'Préparation, masterisation et intégration au domaine (par poste)', sku: 'PREST-MAST', qty: posts, unit: x.int(35, 75) * 100, rate: 2000 });
    inv.lines.push({ label: 'Livraison et installation sur site', sku: 'PREST-LIV', qty: 1, unit: x.int(60, 250) * 100, rate: 2000 });
    return priceLines(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = inv.bilingual;
    const numberLabel = bi ? 'Invoice # / Facture n°' : x.pick(['Référence', 'Facture', 'N° facture']);
    const idRows = [[numberLabel, { text: inv.number, b: true }], [bi ? 'Date / Date facturation' : 'Date facturation', date(inv, inv.date)], [bi ? 'Due date / Échéance' : 'Date échéance', date(inv, inv.due)], ['Code client', inv.clientCode]];
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché', 'Accord-cadre n°'], service: ['Code service', 'Service exécutant', 'Code service Chorus'] });
    const linked = [['Notre commande', inv.order], ['Bon de livraison', inv.deliveryNote]];
    const rows = inv.lines.map((l) => [
      { blocks: [p(`${l.sku} – ${l.label}`, { size: 7.8 }), ...(l.serials ? [p(`N° de série : ${l.serials.join(', ')}`, { size: 6.6, color: '#555555' })] : [])] },
      rate(l.rate), plainMoney(inv, l.unit), frNumber(l.qty), plainMoney(inv, l.total),
    ]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise globale ${inv.discountPct} %`, -inv.discount]);
    totals.push([bi ? 'Total HT / Net amount' : 'Total HT', inv.ht], [`Total TVA ${rate(2000)}`, inv.tva], [bi ? 'Total TTC / Total due' : 'Total TTC', inv.ttc, true]);
    if (x.chance(0.35)) totals.push(['Déjà réglé', 0], ['Reste à payer', inv.net, true]);
    const ecoTotal = inv.lines.filter((l) => l.sku === 'ECO-DEEE').reduce((sum, l) => sum + l.total, 0);
    return {
      font: producer === 'chromium' ? x.pick(['DejaVu Sans', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 12, 22, 12],
      body: [
        columns([96, 90], [[...paras(supplierTexts(inv, x), { firstSize: 13 })], [p(bi ? 'FACTURE / INVOICE' : 'Facture', { b: true, size: 14, align: 'right' }), table([40, 50], idRows, { border: 'none', size: 8.2, align: ['left', 'right'] })]]),
        space(3),
        columns([96, 90], [[p(bi ? 'Références / References' : 'Références', { size: 6.8, color: '#777777' }), ...linked.map(([k, v]) => p(`${k} : ${v}`, { size: 8 })), ...refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8.2, b: true }))], [p(bi ? 'Adressé à / Bill to' : 'Adressé à', { size: 7, color: '#777777' }), table([90], [[{ blocks: paras(buyerTexts(inv, x), { size: 8.6 }) }]], { border: 'box' })]]),
        p(`Montants exprimés en Euros${bi ? ' / Amounts in EUR' : ''}`, { size: 7, align: 'right', before: 3 }),
        table([104, 14, 24, 14, 30], [{ cells: ['Désignation', 'TVA', 'P.U. HT', 'Qté', 'Total HT'], b: true, shade: '#e6e6e6' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'right', 'right'], after: 3 }),
        columns([92, 94], [[p(`Dont éco-participation DEEE : ${money(inv, ecoTotal)} HT`, { size: 7.4 }), p(paymentText(inv), { size: 7.8, before: 2 }), ...(inv.print.iban ? [p(`Titulaire du compte : ${s.legalName}`, { size: 7.4 })] : [])], [totalsTable(inv, totals, { widths: [58, 32], indent: 2 })]]),
        rule(),
        p(`Garantie constructeur ${x.pick(['1 an', '2 ans', '3 ans sur site'])}. Les produits restent notre propriété jusqu’au paiement intégral. ${LATE_FEES}`, { size: 6.6, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 }), p('{page}/{pages}', { align: 'right', size: 6.3 })],
    };
  },
};

// ——— 3. Driving school: vocational training of agents, exempt from VAT. ———
const COURSES = [
  ['Permis C (poids lourd)', 'Heures de conduite véhicule porteur', 6200, 7800, [20, 35]],
  ['Permis BE (remorque)', 'Heures de conduite ensemble BE', 5200, 6800, [6, 12]],
  ['FIMO marchandises', 'Heures de conduite et plateau', 5800, 7200, [10, 20]],
  ['CACES R482 catégorie A et C1', 'Heures de pratique engins de chantier', 5400, 7400, [7, 14]],
  ['Permis B boîte automatique – agents de terrain', 'Heures de conduite véhicule léger', 4700, 5900, [8, 20]],
];
const TRAINEES = ['M. Karim Doucet', 'Mme Sandrine Vial', 'M. Julien Chazal', 'M. Rachid Benamar', 'Mme Élise Berthon', 'M. Loïc Fayolle', 'M. Hugo Sagnard', 'Mme Nadia Ferret', 'M. Olivier Tissot', 'M. Thierry Moulin'];
const autoEcole = {
  name: 'u-auto-ecole-formation',
  family: 'driving-school-training-exempt',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('u-auto-ecole-formation', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['hash', 'plain', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo', 'bdc'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['long', 'slash'], rates: [[0]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'driving');
    renameSupplier(inv, x.pick(['Auto-École du Jardin des Plantes', 'ECF Forez Formation', 'Centre de Formation Routière Loire Sud', 'Conduite Pro Gier']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8553Z';
    otherBuyer(inv, x, 0.45);
    localReferences(inv, x);
    maybeRelabel17(inv, x);
    const [course, hoursLabel, lo, hi, [hMin, hMax]] = COURSES[i % COURSES.length];
    inv.course = course;
    inv.nda = `84 42 ${x.digits(5)} 42`;
    inv.agrement = `E ${x.digits(2)} 042 ${x.digits(4)} 0`;
    inv.convention = `CF-${inv.date.y}-${x.digits(3)}`;
    const n = x.int(1, 4);
    const firstT = x.int(0, TRAINEES.length - 1);
    inv.trainees = Array.from({ length: n }, (_, k) => TRAINEES[(firstT + k) % TRAINEES.length]);
    let day = addDays(inv.date, -x.int(30, 70));
    inv.sessions = [];
    for (let k = 0; k < x.int(3, 6); k++) {
      inv.sessions.push({ day, hours: x.pick(['8 h 30 – 12 h 00', '13 h 30 – 17 h 00', '8 h 00 – 12 h 00 / 13 h 00 – 16 h 00']), what: k === 0 ? 'Accueil, évaluation, théorie' : x.pick(['Conduite hors circulation', 'Conduite en circulation', 'Manœuvres sur plateau', 'Révisions – examen blanc']), who: inv.trainees.filter((_, t) => (t + k) % 3 !== 2 || n === 1).join(', ') });
      day = addDays(day, x.int(2, 8));
    }
    redate(inv, addDays(day, x.int(1, 10)));
    inv.number = inv.number.replace(/^FAC-\d{6}-/, `FAC-${inv.date.y}${String(inv.date.m).padStart(2, '0')}-`);
    inv.due = addDays(inv.date, 30);
    const hours = x.int(hMin, hMax);
    inv.lines = [
      { label: `${course} – formation théorique et pédagogique (forfait par stagiaire)`, qty: n, unit: x.int(18, 45) * 1000, rate: 0 },
      { label: `${hoursLabel} (${hours} h par stagiaire)`, qty: hours * n, unit: x.int(lo / 100, hi / 100) * 100, rate: 0 },
      { label: 'Frais d’accompagnement et de présentation à l’examen', qty: n, unit: x.int(6, 14) * 1000, rate: 0 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Frais administratifs de constitution du dossier', qty: n, unit: x.int(3, 9) * 1000, rate: 0 });
    inv.vatExempt = 'Exonération de TVA – article 261-4-4° a du CGI (formation professionnelle continue)';
    priceLines(inv, [0]);
    inv.advance = null;
    if (x.chance(0.4)) {
      deductProvision(inv, x, { min: 0.2, max: 0.4, step: 10000 });
      inv.advance = { number: earlierNumber(inv.number, x, inv.date.y), day: inv.sessions[0].day, amount: inv.deposit };
    }
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const accent = x.pick(['#0d47a1', '#e65100', '#2e7d32']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de formation n°', 'N° de marché'], service: ['Code service', 'Service', 'Service formation (code)'] });
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Numéro']);
    const dateLabel = x.pick(['Date d’émission', 'Date', 'Date de facture']);
    const sessions = inv.sessions.map((se) => `<tr><td>${esc(fmtDate(se.day, 'slash'))}</td><td>${esc(se.hours)}</td><td>${esc(se.what)}</td><td>${esc(se.who)}</td></tr>`).join('');
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${money(inv, l.unit)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = [[x.pick(['Total HT', 'Montant HT']), money(inv, inv.ht)], ['TVA', x.pick(['0,00 €', 'Exonérée'])], [x.pick(['Total TTC', 'Total']), money(inv, inv.ttc), !inv.advance]];
    if (inv.advance) totals.push([`Acompte reçu (facture ${inv.advance.number} du ${fmtDate(inv.advance.day, 'slash')})`, money(inv, -inv.advance.amount)], [x.pick(['Reste à payer', 'Net à payer']), money(inv, inv.net), true]);
    const refHtml = refs.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.8pt; }
      .band { background: ${accent}; color: #fff; padding: 4mm 5mm; display: flex; justify-content: space-between; align-items: center; } .band .n { font-size: 16pt; font-weight: bold; }
      .meta td { padding: 0.6mm 2mm; white-space: nowrap; } .band .n { max-width: 95mm; } .two { display: flex; justify-content: space-between; margin-top: 5mm; } .two > div { width: 48%; }
      .lbl { font-size: 7pt; color: #777; text-transform: uppercase; } .items th { text-align: left; border-bottom: 2px solid ${accent}; padding: 1.5mm; } .items td { padding: 1.5mm; border-bottom: 1px solid #eee; }
      .ses td, .ses th { font-size: 7.6pt; padding: 0.8mm 1.5mm; border: 1px solid #ddd; text-align: left; } .tot { width: 95mm; margin: 4mm 0 0 auto; } .tot td { padding: 1.2mm 2mm; } .tot .s td { font-weight: bold; background: #f1f1f1; }
      .legal { margin-top: 6mm; font-size: 6.9pt; color: #555; }`,
    `<div class="band"><div class="n">${esc(s.name)}</div><div style="text-align:right">Facture<br><table class="meta" style="color:#fff;width:auto;margin-left:auto"><tr><td>${esc(numberLabel)}</td><td><b>${esc(inv.number)}</b></td></tr><tr><td>${esc(dateLabel)}</td><td>${esc(date(inv, inv.date))}</td></tr><tr><td>Échéance</td><td>${esc(date(inv, inv.due, 'slash'))}</td></tr></table></div></div>
     <div class="two"><div><div class="lbl">Organisme de formation</div>${htmlLines(supplierTexts(inv, x))}<div>Agrément préfectoral ${esc(inv.agrement)}</div></div>
     <div><div class="lbl">${esc(x.pick(['Client', 'Facturé à', 'Employeur']))}</div>${htmlLines(buyerTexts(inv, x))}${refHtml}</div></div>
     <p style="margin-top:5mm"><b>Objet :</b> ${esc(inv.course)} – convention de formation n° ${esc(inv.convention)} – ${inv.trainees.length} stagiaire${inv.trainees.length > 1 ? 's' : ''} : ${esc(inv.trainees.join(', '))}</p>
     <table class="items"><tr><th>Description</th><th class="r">Qté</th><th class="r">Prix unitaire</th><th class="r">Total</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${esc(v)}</td></tr>`).join('')}</table>
     <p><b>${esc(inv.vatExempt)}</b></p>
     <p style="margin-top:4mm"><b>Sessions réalisées</b> (feuilles d’émargement jointes)</p>
     <table class="ses"><tr><th>Date</th><th>Horaires</th><th>Contenu</th><th>Stagiaires présents</th></tr>${sessions}</table>
     <p style="margin-top:4mm">${esc(inv.print.iban ? `Paiement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Paiement par mandat administratif.')}</p>
     <div class="legal">Déclaration d’activité enregistrée sous le n° ${esc(inv.nda)} auprès du préfet de région Auvergne-Rhône-Alpes (cet enregistrement ne vaut pas agrément de l’État).<br>${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>`);
  },
};

export default [magazine, informatique, autoEcole];

// Blind-24 layouts written for Chromium (see ../../README.md): a CCTV monitoring centre's month for a public body's
// cameras, printed by a web invoicing SaaS (supervision per camera and month, video checks on alarms, an operator in
// reinforcement for an event, image extractions on police requests; the requests with their seven-digit procedure
// numbers and the park's availability printed for information; bilingual labels on half; the amount due in a big
// card; 1 credit note for cameras billed while out of service), and an inspection body's periodic verification of the
// electrical installations of public buildings, printed by a large group's billing system (a fee per building with
// its ERP type and category, infrared thermography per switchboard, emergency lighting; the reports' seven-digit
// numbers and the observations printed for information; labels in capitals, « VOS RÉFÉRENCES » and « NOS RÉFÉRENCES »
// in two columns, values bold and larger, a VAT table with rates; a framework discount on some).
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { accountNumber } from '../../lib/blind23.mjs';
import { caps, maybeRelabel24, notAfterToday } from '../../lib/blind24.mjs';

// ——— 1. CCTV monitoring centre, a month of supervision, in a web SaaS invoice. ———
const EVENTS = ['Fête de la musique', 'Marché de Noël', 'Feu d’artifice du 14 juillet', 'Match au stade Geoffroy-Guichard', 'Festival des arts de rue', 'Braderie d’automne'];
const REQUESTERS = ['Police nationale – commissariat central', 'Police municipale', 'Gendarmerie – brigade de recherches', 'Parquet – réquisition judiciaire'];
const video = {
  name: 'e-videoprotection-supervision',
  family: 'cctv-monitoring-centre-month-saas',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('e-videoprotection-supervision', i, { cityProb: 0.55, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['hash', 'stripe', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'poBonDeCommande', 'orderRef'], marketProb: 0.55, serviceProb: 0.5, dateStyles: ['iso', 'long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'dot', 'none'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 1 : false, ibanProb: credit ? 0 : 0.85 });
    const x = extraRng(inv, 'cctv');
    renameSupplier(inv, x.pick(['Vigiloire Supervision', 'Oculis Télésurveillance', 'Centrale Vidéo Rhône-Loire', 'Protectis Vision']), 'SAS');
    inv.supplier.ape = '8020Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel24(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 6) });
    notAfterToday(inv);
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, 30);
    inv.customer = `CUS-${x.digits(6)}`;
    inv.contract = `${x.int(1, 9)}${x.digits(6)}`;
    inv.bilingual = x.chance(0.5);
    inv.cameras = x.int(14, 96);
    const perCamera = x.int(1800, 4200);
    inv.availability = frNumber(96 + x.int(0, 39) / 10, 1);
    inv.alarms = x.int(4, 60);
    inv.requests = [];
    if (credit) {
      const down = x.int(2, 6);
      inv.avoir = true;
      inv.origin = { number: `F-${inv.date.y}-${x.digits(4)}`, date: addDays(inv.date, -x.int(20, 40)) };
      inv.lines = [{ label: `Régularisation – caméras hors service facturées en ${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y} (indisponibilité supérieure à 72 h)`, en: 'Adjustment – cameras out of service', qty: down, unit: perCamera, rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    inv.lines = [{ label: 'Supervision vidéo déportée – caméra raccordée au centre (par caméra et par mois)', en: 'Remote video monitoring, per camera per month', qty: inv.cameras, unit: perCamera, rate: 2000 }];
    if (x.chance(0.8)) inv.lines.push({ label: 'Levée de doute vidéo sur déclenchement d’alarme (par événement)', en: 'Video alarm verification, per event', qty: Math.min(inv.alarms, x.int(3, 42)), unit: x.int(900, 1900), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: `Opérateur dédié en renfort – ${x.pick(EVENTS)} (heures)`, en: 'Dedicated operator, hours', qty: x.int(8, 40) / 2, unit: x.int(2900, 3900), rate: 2000 });
    const n = x.int(0, 5);
    for (let k = 0; k < n; k++) inv.requests.push({ day: addDays(inv.month.from, x.int(0, inv.month.days - 1)), procedure: `${x.int(1, 9)}${x.digits(6)}`, by: x.pick(REQUESTERS), camera: `CAM-${x.digits(3)}` });
    inv.requests.sort((a, b) => a.day.d - b.day.d);
    if (n) inv.lines.push({ label: 'Extraction et remise d’images sur réquisition (par extraction, support chiffré)', en: 'Footage extraction on police request', qty: n, unit: x.int(4500, 9500), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Liaison 4G / fibre des sites distants (par site et par mois)', en: 'Remote sites link, per site per month', qty: x.int(1, 4), unit: x.int(3500, 6900), rate: 2000 });
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = (fr, en) => (inv.bilingual ? `${fr} / ${en}` : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de télésurveillance n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Police municipale (code service)'] });
    const place = inv.engagement ? x.pick(['billto', 'refs', 'refs', 'sentence']) : 'none';
    const shownRefs = place === 'refs' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const accent = x.pick(['#5b4bdb', '#0f766e', '#be123c', '#1d4ed8']);
    const d = (v) => date(inv, v);
    const title = inv.avoir ? bi('Avoir', 'Credit note') : bi('Facture', 'Invoice');
    const meta = [
      [inv.avoir ? bi('Numéro d’avoir', 'Credit note number') : bi('Numéro de facture', 'Invoice number'), inv.number],
      [bi('Date d’émission', 'Issue date'), d(inv.date)],
      [bi('Période', 'Period'), `${fmtDate(inv.month.from, 'slash')} – ${fmtDate(inv.month.to, 'slash')}`],
      ...(inv.avoir ? [[bi('Facture d’origine', 'Original invoice'), `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [[bi('Échéance', 'Due date'), d(inv.due)]]),
      [bi('N° client', 'Customer ID'), inv.customer],
    ];
    const buyer = buyerTexts(inv, x);
    const billTo = `${buyer.map((t, k) => `<div>${k === 0 ? `<b>${esc(t)}</b>` : esc(t)}</div>`).join('')}${place === 'billto' ? `<div style="margin-top:1.5mm">${esc(inv.engagement.label)} : <b>${esc(inv.engagement.written)}</b></div>` : ''}`;
    const from = [s.name, ...s.address, s.email, ...(inv.print.supplierSiret ? [`SIRET ${s.siret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4')}`] : []), `TVA ${s.vat}`];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}${inv.bilingual ? `<div class="en">${esc(l.en)}</div>` : ''}</td><td class="r">${frNumber(l.qty, l.qty % 1 ? 1 : 0)}</td><td class="r">${money(inv, l.unit)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const dueLabel = inv.avoir ? bi('Montant crédité', 'Amount credited') : bi('Montant dû', 'Amount due');
    const sentence = place === 'sentence' ? engagementSentence(inv, x) : null;
    const requests = inv.requests.length
      ? `<h3>${bi('Réquisitions traitées en', 'Requests handled in')} ${MONTHS[inv.month.from.m - 1]} (${bi('pour information', 'for information')})</h3>
         <table class="info"><tr><th>Date</th><th>N° de procédure</th><th>Demandeur</th><th>Caméra</th></tr>${inv.requests.map((r) => `<tr><td>${fmtDate(r.day, 'slash')}</td><td>${r.procedure}</td><td>${esc(r.by)}</td><td>${r.camera}</td></tr>`).join('')}</table>`
      : '';
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.6pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .logo { font-size: 15pt; font-weight: bold; color: ${accent}; } .logo small { display: block; font-size: 7.5pt; color: #666; font-weight: normal; }
      .title { font-size: 20pt; font-weight: bold; text-align: right; } .pill { display: inline-block; background: ${accent}; color: #fff; border-radius: 8px; padding: 0.5mm 3mm; font-size: 7.5pt; }
      .meta { margin-top: 5mm; display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm; } .meta div { background: #f5f5f7; border-radius: 4px; padding: 1.5mm 2mm; } .meta .k { color: #666; font-size: 7pt; } .meta .v { font-weight: bold; font-size: 9pt; white-space: nowrap; }
      .parties { display: flex; gap: 10mm; margin-top: 6mm; } .parties > div { flex: 1; } .parties h4 { margin: 0 0 1mm; font-size: 7pt; color: #888; text-transform: uppercase; letter-spacing: 0.5pt; }
      .due { border: 1.5px solid ${accent}; border-radius: 6px; padding: 3mm; text-align: right; min-width: 55mm; } .due .amt { font-size: 22pt; font-weight: bold; color: ${accent}; }
      .refs { display: flex; gap: 3mm; margin-top: 4mm; } .refs div { border: 1px solid #ddd; border-radius: 4px; padding: 1mm 2mm; } .refs .k { font-size: 7pt; color: #777; }
      .items { margin-top: 5mm; } .items th { text-align: left; font-size: 7.4pt; color: #666; border-bottom: 1px solid #ccc; padding: 1.2mm; font-weight: normal; } .items td { padding: 1.6mm 1.2mm; border-bottom: 1px solid #eee; vertical-align: top; } .en { color: #888; font-size: 7pt; }
      .low { display: flex; justify-content: space-between; margin-top: 4mm; } .vat td, .vat th { border: 1px solid #ddd; padding: 1mm 2mm; font-size: 7.6pt; } .tot td { padding: 1.2mm 2mm; } .tot .s td { font-weight: bold; font-size: 11pt; border-top: 1.5px solid #333; }
      h3 { font-size: 8.6pt; margin: 6mm 0 1mm; } .info th { text-align: left; font-size: 7.2pt; color: #666; border-bottom: 1px solid #ccc; } .info td { font-size: 7.4pt; padding: 0.6mm 1mm; border-bottom: 1px solid #f0f0f0; }
      .foot { margin-top: 6mm; font-size: 6.8pt; color: #666; border-top: 1px solid #ddd; padding-top: 2mm; }`,
    `<div class="top"><div class="logo">${esc(s.name)}<small>${bi('Centre de supervision vidéo – télésurveillance 24/7', 'Video monitoring centre – 24/7')}</small></div>
       <div><div class="title">${title}</div><div style="text-align:right"><span class="pill">${inv.avoir ? bi('Crédit', 'Credit') : bi('À payer', 'Due')}</span></div></div></div>
     <div class="meta">${meta.map(([k, v]) => `<div><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></div>`).join('')}</div>
     <div class="parties"><div><h4>${bi('Émetteur', 'From')}</h4>${from.map((t, k) => `<div>${k === 0 ? `<b>${esc(t)}</b>` : esc(t)}</div>`).join('')}</div>
       <div><h4>${bi('Facturé à', 'Bill to')}</h4>${billTo}</div>
       <div class="due"><div>${dueLabel}</div><div class="amt">${money(inv, inv.net)}</div><div style="font-size:7.4pt">${inv.avoir ? bi('imputé sur vos prochaines factures', 'applied to your next invoices') : `${bi('avant le', 'by')} ${esc(d(inv.due))}`}</div></div></div>
     ${shownRefs.length ? `<div class="refs">${shownRefs.map(([k, v]) => `<div><div class="k">${esc(k)}</div><b>${esc(v)}</b></div>`).join('')}<div><div class="k">${bi('Contrat', 'Contract')}</div><b>${inv.contract}</b></div></div>` : `<div class="refs"><div><div class="k">${bi('Contrat', 'Contract')}</div><b>${inv.contract}</b></div></div>`}
     <table class="items"><tr><th>${bi('Description', 'Description')}</th><th class="r">${bi('Qté', 'Qty')}</th><th class="r">${bi('Prix unitaire HT', 'Unit price')}</th><th class="r">${bi('Montant HT', 'Amount')}</th></tr>${rows}</table>
     <div class="low"><div><table class="vat" style="width:80mm"><tr><th>${bi('Taux', 'Rate')}</th><th class="r">${bi('Base HT', 'Net')}</th><th class="r">TVA</th></tr><tr><td>20 %</td><td class="r">${plainMoney(inv, inv.ht)}</td><td class="r">${plainMoney(inv, inv.tva)}</td></tr></table>
       <div style="margin-top:3mm;font-size:7.6pt;color:#555">${bi('Disponibilité du parc ce mois', 'Availability this month')} : ${inv.availability} % – ${inv.cameras} ${bi('caméras', 'cameras')} – ${inv.alarms} ${bi('alarmes reçues', 'alarms received')}</div></div>
       <table class="tot" style="width:80mm"><tr><td>${bi('Total HT', 'Subtotal')}</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>${bi('TVA 20 %', 'VAT 20%')}</td><td class="r">${money(inv, inv.tva)}</td></tr><tr class="s"><td>${inv.avoir ? bi('Total TTC de l’avoir', 'Total') : bi('Total TTC', 'Total')}</td><td class="r">${money(inv, inv.ttc)}</td></tr></table></div>
     ${sentence ? `<p style="margin-top:4mm">${esc(sentence)}</p>` : ''}
     ${requests}
     <div class="foot">${inv.avoir ? bi('Aucun paiement n’est attendu pour cet avoir.', 'No payment is due for this credit note.') : esc(inv.print.iban ? `${bi('Paiement par virement', 'Pay by bank transfer')} – IBAN ${iban(inv)} – BIC ${s.bic}` : bi('Paiement par mandat administratif', 'Payment by administrative mandate'))}<br>
       ${bi('Conditions de règlement : 30 jours date de facture.', 'Payment terms: 30 days.')} ${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. Periodic verification of electrical installations, an inspection group's billing system. ———
const BUILDINGS = [
  ['Hôtel de Ville', 'W', 2], ['Groupe scolaire Jules Ferry', 'R', 4], ['Gymnase du Soleil', 'X', 3], ['Médiathèque Tarentaize', 'S', 3],
  ['Centre technique municipal', 'Code du travail', 0], ['Salle des fêtes', 'L', 3], ['Crèche Les Petits Pas', 'R', 5], ['Piscine Grouchy', 'X', 2],
  ['Conservatoire Massenet', 'R', 3], ['École maternelle du Crêt de Roch', 'R', 5], ['Maison des associations', 'L', 4], ['Église Saint-Pierre', 'V', 3],
];
const verifs = {
  name: 'e-verifications-electriques',
  family: 'electrical-installations-periodic-inspection',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('e-verifications-electriques', i, { cityProb: 0.6, engagementProb: 0.7, trades: ['services'], numbers: ['plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'commandePublique'], marketProb: 0.6, serviceProb: 0.55, dateStyles: ['slash', 'dots'], rates: [[2000]], discountPct: [0, 0, 5, 8], groups: ['dot', 'space', 'nbsp'], lines: [1, 1], rcsProb: 0.95 });
    const x = extraRng(inv, 'elec');
    renameSupplier(inv, x.pick(['Veritec Inspection', 'Socotrec Contrôles', 'Certilec Vérifications', 'Norma Bureau de Contrôle']), 'SAS');
    inv.supplier.ape = '7120B';
    inv.supplier.capital = x.pick([2_500_000, 18_000_000, 64_000_000]);
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel24(inv, x);
    notAfterToday(inv);
    inv.number = `${x.pick(['F', 'FC'])}${inv.date.y % 100}${x.int(10, 89)}${x.digits(6)}`;
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.account = accountNumber(x);
    inv.affaire = `${x.int(1, 9)}${x.digits(6)}`;
    inv.orderRef = `CI-${x.digits(6)}`;
    inv.agency = x.pick(['Agence Loire – Saint-Étienne', 'Agence Lyon Sud', 'Agence Auvergne – Clermont']);
    inv.manager = x.pick(['M. Fabre', 'Mme Delorme', 'M. Besson', 'Mme Chazal']);
    const start = x.int(0, BUILDINGS.length - 1);
    inv.buildings = Array.from({ length: x.int(2, 7) }, (_, k) => {
      const [name, type, cat] = BUILDINGS[(start + k * 5) % BUILDINGS.length];
      return { name, type, cat, report: `${x.int(1, 9)}${x.digits(6)}`, visit: addDays(inv.date, -x.int(8, 45)), panels: x.int(1, 9), observations: x.int(0, 14) };
    });
    const thermo = x.chance(0.55);
    inv.lines = inv.buildings.map((b) => ({ label: `Vérification périodique des installations électriques – ${b.name} (${b.cat ? `ERP type ${b.type}, ${b.cat}e catégorie` : b.type})`, qty: 1, unit: x.int(26000, 86000), rate: 2000 }));
    if (thermo) inv.lines.push({ label: 'Thermographie infrarouge des tableaux électriques (par tableau)', qty: inv.buildings.reduce((t, b) => t + b.panels, 0), unit: x.int(2500, 4600), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Vérification de l’éclairage de sécurité (par bâtiment)', qty: inv.buildings.length, unit: x.int(6000, 12000), rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Frais de déplacement et d’établissement des rapports (forfait)', qty: 1, unit: x.int(9000, 18000), rate: 2000 });
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de vérifications réglementaires n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Direction du patrimoine bâti (code)'] });
    const place = inv.engagement ? x.pick(['yours', 'yours', 'buyer']) : 'none';
    const yours = place === 'yours' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const ours = [['N° client', inv.account], ['N° d’affaire', inv.affaire], ['Commande interne', inv.orderRef], ['Agence', inv.agency], ['Chargé d’affaires', inv.manager]];
    const color = x.pick(['#003a70', '#7a1f1f', '#1b5e20']);
    const big = x.chance(0.5);
    const refTable = (rows) => rows.map(([k, v]) => `<tr><td class="lab">${esc(caps(k))}</td><td class="val">${esc(v)}</td></tr>`).join('');
    const buyer = buyerTexts(inv, x);
    const lines = inv.lines.map((l, k) => `<tr><td>${String(k + 1).padStart(3, '0')}</td><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const visits = inv.buildings.map((b) => `<tr><td>${esc(b.name)}</td><td>${fmtDate(b.visit, 'slash')}</td><td>${b.report}</td><td class="r">${b.panels}</td><td class="r">${b.observations}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push(['TOTAL BRUT HT', inv.grossHT], [`REMISE CONTRAT-CADRE ${inv.discountPct} %`, -inv.discount]);
    totals.push(['TOTAL HT', inv.ht], ['TOTAL TVA', inv.tva], ['TOTAL TTC', inv.ttc], [x.pick(['NET À PAYER', 'MONTANT À PAYER']), inv.net, true]);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'Liberation Sans Narrow', 'DejaVu Sans'])}'; font-size: 8.2pt; }
      .hd { display: flex; justify-content: space-between; border-bottom: 3px solid ${color}; padding-bottom: 2mm; } .brand { font-size: 17pt; font-weight: bold; letter-spacing: 1pt; color: ${color}; }
      .idbox { border: 1px solid #555; width: 76mm; } .idbox td { border: 1px solid #999; padding: 1mm 1.5mm; } .idbox .lab { background: #eee; font-size: 6.8pt; width: 30mm; text-align: right; } .idbox .val { font-weight: bold; font-size: ${big ? 11 : 9.5}pt; text-align: left; }
      .two { display: flex; gap: 6mm; margin-top: 4mm; } .two > div { flex: 1; } .two h5 { margin: 0 0 1mm; background: ${color}; color: #fff; padding: 0.8mm 2mm; font-size: 7.4pt; }
      .two table td { padding: 0.7mm 1.5mm; border-bottom: 1px dotted #bbb; } .two .lab { font-size: 6.8pt; color: #444; width: 45%; } .two .val { font-weight: bold; font-size: ${big ? 9.6 : 8.6}pt; text-align: right; }
      .buyer { margin: 5mm 0 0 100mm; font-size: 9.2pt; }
      .items { margin-top: 5mm; } .items th { background: #e6e6e6; border: 1px solid #999; padding: 1mm; font-size: 7.2pt; } .items td { border-left: 1px solid #999; border-right: 1px solid #999; padding: 1mm; } .items tr:last-child td { border-bottom: 1px solid #999; }
      .low { display: flex; justify-content: space-between; margin-top: 4mm; gap: 6mm; } .vat th, .vat td { border: 1px solid #999; padding: 1mm 1.5mm; font-size: 7.4pt; } .vat th { background: #eee; }
      .tot td { border: 1px solid #999; padding: 1.2mm 2mm; } .tot .lab { font-size: 7pt; background: #f3f3f3; } .tot .s td { font-weight: bold; font-size: 11pt; background: #e8eef6; }
      h4 { margin: 6mm 0 1mm; font-size: 8pt; } .info td, .info th { border-bottom: 1px solid #ddd; padding: 0.6mm 1mm; font-size: 7.2pt; text-align: left; }
      .pay { margin-top: 5mm; border: 1px solid #999; padding: 2mm; font-size: 7.6pt; } .legal { margin-top: 3mm; font-size: 6.4pt; color: #555; text-align: center; }`,
    `<div class="hd"><div><div class="brand">${esc(caps(s.name))}</div><div>${esc(inv.agency)} – ${esc(s.address.join(' – '))}</div><div>Tél. ${esc(s.phone)} – ${esc(s.email)}</div></div>
       <div><div style="font-size:18pt;font-weight:bold;text-align:right;margin-bottom:1mm">FACTURE</div><table class="idbox"><tr><td class="lab">N° FACTURE</td><td class="val">${esc(inv.number)}</td></tr><tr><td class="lab">DATE</td><td class="val">${esc(date(inv, inv.date))}</td></tr><tr><td class="lab">ÉCHÉANCE</td><td class="val">${fmtDate(inv.due, 'slash')}</td></tr></table></div></div>
     <div class="buyer">${buyer.map((t, k) => `<div>${k === 0 ? `<b>${esc(t)}</b>` : esc(t)}</div>`).join('')}${place === 'buyer' ? `<div>${esc(inv.engagement.label)} ${esc(inv.engagement.written)}</div>` : ''}</div>
     <div class="two"><div><h5>VOS RÉFÉRENCES</h5><table>${yours.length ? refTable(yours) : '<tr><td class="lab">—</td><td></td></tr>'}</table></div><div><h5>NOS RÉFÉRENCES</h5><table>${refTable(ours)}</table></div></div>
     <p style="margin-top:4mm"><b>Objet :</b> vérifications périodiques réglementaires des installations électriques (arrêté du 26 décembre 2011, art. R. 4226-16 du code du travail) – ${inv.buildings.length} bâtiment(s)</p>
     <table class="items"><tr><th>Ligne</th><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>${lines}</table>
     <div class="low"><table class="vat" style="width:90mm"><tr><th>Code TVA</th><th class="r">Taux</th><th class="r">Base HT</th><th class="r">Montant TVA</th><th class="r">Total TTC</th></tr><tr><td>N1</td><td class="r">20,00 %</td><td class="r">${plainMoney(inv, inv.ht)}</td><td class="r">${plainMoney(inv, inv.tva)}</td><td class="r">${plainMoney(inv, inv.ttc)}</td></tr></table>
       <table class="tot" style="width:82mm">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td class="lab">${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <h4>Rapports de vérification remis (pour information)</h4>
     <table class="info"><tr><th>Bâtiment</th><th>Visite</th><th>N° de rapport</th><th class="r">Tableaux</th><th class="r">Observations</th></tr>${visits}</table>
     <div class="pay"><b>CONDITIONS DE RÈGLEMENT :</b> ${fmtDate(inv.due, 'slash')} – ${inv.print.iban ? `virement – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : 'mandat administratif'}. Rappeler le N° client ${inv.account} et le N° de facture.<br>${esc(LATE_FEES)}</div>
     <div class="legal">${esc(legalLine(inv))}</div>`, '11mm 12mm 13mm 12mm');
  },
};

export default [video, verifs];

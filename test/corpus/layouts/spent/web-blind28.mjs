// Blind-28 layouts written for Chromium (see ../../README.md): an educational supplier's invoice of science equipment
// for a commune's schools, printed by a distributor's ERP (catalogue references, microscopes and kits at 20 % beside
// teachers' guides at 5,5 %, a VAT summary with its codes; the identity and the references in a narrow key–value table
// whose labels wrap; the billing address and the schools delivered apart; the customer account and the delivery note of
// seven digits; a discount for schools on some; a long order over several schools on two pages; one credit note for
// equipment returned broken), and an animal park's invoice for a youth club's outing, printed by a booking SaaS (group
// entries, free places for the adults, a keeper's workshop, picnic meals; entries and meals at 10 %, the workshop and
// the picnic shelter at 20 %; the booking's seven digits and the ticket range; the deposit paid at booking deducted
// with its own number and date on some; one credit note for entries not used).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit, seven } from '../../lib/blind25.mjs';
import { careBuyer, maybeRelabel28 } from '../../lib/blind28.mjs';

// ——— 1. Science equipment for schools: a distributor's ERP, a wrapping key–value table, two VAT rates. ———
const ITEMS = [
  ['MIC-4021', 'Microscope monoculaire 40x–400x à LED, platine à valets', [11900, 18900], 2000],
  ['LOU-2040', 'Loupe binoculaire 20x/40x, éclairage LED incident et transmis', [14900, 21900], 2000],
  ['BAL-0501', 'Balance électronique 500 g, précision 0,1 g', [3900, 6900], 2000],
  ['KIT-ELE1', 'Coffret élève « Circuits électriques simples » (piles, ampoules, interrupteurs)', [2400, 3900], 2000],
  ['MAQ-SOL3', 'Maquette du système solaire motorisée', [5900, 8900], 2000],
  ['LAM-7626', 'Lames porte-objet 76 × 26 mm (boîte de 50)', [290, 590], 2000],
  ['THE-1101', 'Thermomètre à alcool -10 / +110 °C (lot de 10)', [1490, 2490], 2000],
  ['BEC-0250', 'Béchers verre borosilicaté 250 ml (lot de 6)', [1190, 1990], 2000],
  ['TER-PHA2', 'Terrarium d’élevage avec couvercle aéré 30 × 20 cm', [2490, 3990], 2000],
  ['CAP-TMP1', 'Capteur de température connecté avec logiciel (ExAO)', [6900, 9900], 2000],
  ['GUI-SC03', 'Guide pédagogique « Sciences et technologie – cycle 3 »', [1890, 2990], 550],
  ['FIC-VIV2', 'Fichier photocopiable « Le vivant, la matière, les objets » – cycle 2', [2290, 3490], 550],
];
const SCHOOLS = ['École élémentaire Jules Ferry', 'Groupe scolaire Jean Macé', 'École primaire Chavanelle', 'École élémentaire La Métare', 'École primaire Montreynaud', 'École élémentaire du Soleil', 'École primaire Le Crêt de Roch'];
const sciences = {
  name: 'o-materiel-sciences',
  family: 'school-science-equipment-erp-wrapping-key-value-two-rates',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const long = i === 4;
    const inv = makeInvoice('o-materiel-sciences', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['goods'], numbers: credit ? ['avoir'] : ['ebp', 'ciel', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[2000, 550]], discountPct: credit ? [0] : [0, 0, 5, 10], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'science');
    renameSupplier(inv, x.pick(['Didactic Sciences Éducation', 'Pédago’Lab Distribution', 'Sciences et Découvertes Scolaires', 'Matériel Éducatif Rhône-Alpes']), 'SAS');
    inv.supplier.ape = '4649Z';
    careBuyer(inv, x, 'schools', 0.85);
    localReferences(inv, x);
    maybeRelabel28(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.account = seven(x);
    inv.bl = seven(x);
    inv.shipped = addDays(inv.date, -x.int(1, 9));
    const firstSchool = x.int(0, SCHOOLS.length - 1);
    const schools = Array.from({ length: long ? 4 : 1 }, (_, k) => SCHOOLS[(firstSchool + k) % SCHOOLS.length]);
    inv.schools = schools;
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(100, 9999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.returnSlip = `R${x.digits(6)}`;
      const [code, label, [lo, hi], r] = ITEMS[x.int(0, 2)];
      inv.lines = [{ code, label: `${label} – retour casse au transport (bon de retour ${inv.returnSlip})`, qty: x.int(1, 3), unit: x.int(lo, hi), rate: r, school: schools[0] }];
      if (x.chance(0.5)) {
        const [c2, l2, [lo2, hi2], r2] = ITEMS[10 + x.int(0, 1)];
        inv.lines.push({ code: c2, label: `${l2} – livré en double`, qty: 1, unit: x.int(lo2, hi2), rate: r2, school: schools[0] });
      }
      return priceLines(inv, [2000, 550]);
    }
    inv.lines = [];
    for (const school of schools) {
      const first = x.int(0, ITEMS.length - 1);
      const count = long ? x.int(7, 9) : x.int(3, 7);
      for (let k = 0; k < count; k++) {
        const [code, label, [lo, hi], r] = ITEMS[(first + k) % ITEMS.length];
        inv.lines.push({ code, label, qty: r === 550 ? x.int(1, 4) : x.pick([1, 2, 4, 6, 8, 12, 15]), unit: x.int(lo, hi), rate: r, school });
      }
    }
    const goods = inv.lines.reduce((s, l) => s + Math.round(l.qty * l.unit), 0);
    inv.lines.push(goods >= 40000 ? { code: 'PORT', label: 'Port et emballage – franco à partir de 400 € HT', qty: 1, unit: 0, rate: 2000 } : { code: 'PORT', label: 'Participation aux frais de port et d’emballage', qty: 1, unit: x.int(1290, 2490), rate: 2000 });
    return priceLines(inv, [2000, 550]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fournitures scolaires – lot sciences n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service des écoles (code)'] });
    const place = x.pick(['table', 'table', 'buyer', 'sentence']);
    const sentence = place === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const where = place === 'sentence' ? 'table' : place;
    const accent = x.pick(['#0d47a1', '#2e7d32', '#6a1b9a']);
    const long = (label) => ({ 'N° d’engagement': 'Numéro d’engagement juridique (Chorus Pro)', EJ: 'Engagement juridique (EJ) de la collectivité', 'Bon de commande n°': 'Numéro du bon de commande de la collectivité' })[label] ?? label;
    const keyRows = [
      [inv.avoir ? 'Numéro d’avoir' : 'Numéro de facture', inv.number, true],
      [inv.avoir ? 'Date de l’avoir' : 'Date de facture', date(inv, inv.date), true],
      ['N° de compte client', inv.account],
      ...(inv.avoir ? [['Facture d’origine', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Bon de livraison', `${inv.bl} du ${fmtDate(inv.shipped, 'slash')}`], ['Date d’échéance', fmtDate(inv.due, 'slash')]]),
      ...(where === 'table' ? shown.map(([k, v]) => [long(k), v]) : []),
    ];
    const keyTable = `<table class="kv">${keyRows.map(([k, v, strong]) => `<tr><td class="k">${esc(k)}</td><td class="v${strong ? ' s' : ''}">${esc(v)}</td></tr>`).join('')}</table>`;
    const buyerRefs = where === 'buyer' ? shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('') : '';
    const vatCode = (r) => (r === 2000 ? 'T1' : 'T2');
    const head = '<tr><th>Référence</th><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>';
    const row = (l) => `<tr><td>${esc(l.code)}</td><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${vatCode(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`;
    let rows = '';
    if (inv.schools.length > 1) {
      for (const school of inv.schools) rows += `<tr class="sec"><td colspan="6">Livraison : ${esc(school)}</td></tr>${inv.lines.filter((l) => l.school === school).map(row).join('')}`;
      rows += inv.lines.filter((l) => !l.school).map(row).join('');
    } else rows = inv.lines.map(row).join('');
    const vat = [...inv.vat].sort((a, b) => b.rate - a.rate).map((v) => `<tr><td>${vatCode(v.rate)}</td><td class="r">${rate(v.rate)}</td><td class="r">${plainMoney(inv, v.base)}</td><td class="r">${plainMoney(inv, v.amount)}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise établissement scolaire ${inv.discountPct} %`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['Total TVA', inv.tva], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant dû']), inv.net, true]);
    const delivery = inv.schools.length > 1 ? `<div>${inv.schools.length} établissements – voir le détail par école</div>` : `<div><b>${esc(inv.schools[0])}</b></div><div>${esc(inv.buyer.lines[inv.buyer.lines.length - 1])}</div>`;
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.2pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 15pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.6pt; color: #444; }
      h1 { font-size: 18pt; margin: 0 0 2mm; color: ${accent}; text-align: right; } .kv { width: 76mm; } .kv td { border: 0.6pt solid #bbb; padding: 0.8mm 1.4mm; vertical-align: top; }
      .kv .k { width: 27mm; font-size: 7pt; color: #555; background: #f2f4f7; } .kv .v { font-size: 8.4pt; } .kv .s { font-weight: bold; font-size: 9.6pt; }
      .addr { display: flex; gap: 8mm; margin-top: 5mm; } .addr > div { flex: 1; border-top: 1.5pt solid ${accent}; padding-top: 1.5mm; } .addr .h { font-size: 6.8pt; color: #666; text-transform: uppercase; margin-bottom: 1mm; }
      .items { margin-top: 5mm; } .items th { background: ${accent}; color: #fff; padding: 1.2mm; text-align: left; font-size: 7.4pt; } .items td { padding: 1mm 1.2mm; border-bottom: 0.5pt solid #ddd; vertical-align: top; }
      .items .sec td { background: #eef2f8; font-weight: bold; } .below { display: flex; justify-content: space-between; margin-top: 4mm; page-break-inside: avoid; }
      .vat { width: 70mm; } .vat td, .vat th { border: 0.5pt solid #bbb; padding: 0.7mm 1.2mm; font-size: 7.4pt; text-align: left; } .tot { width: 82mm; } .tot td { padding: 0.9mm 1.4mm; }
      .tot .s td { font-weight: bold; font-size: 9.8pt; border-top: 1.2pt solid #222; } .pay { margin-top: 5mm; border: 0.6pt solid #bbb; padding: 2mm 3mm; page-break-inside: avoid; } .legal { margin-top: 4mm; font-size: 6.6pt; color: #555; text-align: center; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Matériel pédagogique scientifique – écoles, collèges, lycées</div><div class="co">${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
      <div><h1>${inv.avoir ? 'AVOIR' : 'FACTURE'}</h1>${keyTable}</div></div>
     <div class="addr"><div><div class="h">Adresse de facturation</div>${htmlLines(buyerTexts(inv, x))}${buyerRefs}</div><div><div class="h">Adresse de livraison</div>${delivery}</div></div>
     ${inv.avoir ? `<p><b>Avoir sur notre facture ${esc(inv.origin.number)} du ${fmtDate(inv.origin.date, 'slash')}</b></p>` : ''}
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items">${head}${rows}</table>
     <div class="below"><table class="vat"><tr><th>Code</th><th class="r">Taux</th><th class="r">Base HT</th><th class="r">TVA</th></tr>${vat}</table>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <div class="pay">${inv.avoir ? 'Avoir à imputer sur votre prochain règlement – aucun paiement ne sera effectué.' : `${inv.print.iban ? `Paiement par virement : IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : 'Paiement par mandat administratif'} – merci de rappeler votre n° de compte client ${esc(inv.account)} et le n° de facture.`}</div>
     <p style="font-size:6.8pt">T1 : TVA 20 % – T2 : TVA 5,5 % (livres). ${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 12mm 14mm 12mm');
  },
};

// ——— 2. A youth club's outing to an animal park: a booking SaaS, entries at 10 %, the deposit deducted on some. ———
const GROUPS = ['Accueil de loisirs – groupe des 6-11 ans', 'Club ados (12-17 ans)', 'Séjour d’été – groupe des 8-12 ans', 'Espace jeunes – sortie de fin d’année', 'Accueil périscolaire du mercredi'];
const WORKSHOPS = ['Dans les pas du soigneur', 'Les rapaces et leur milieu', 'Qui mange quoi ? – nourrissage commenté', 'Les loups du Forez'];
const parc = {
  name: 'o-parc-animalier-sortie',
  family: 'animal-park-youth-club-outing-booking-saas-deposit',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('o-parc-animalier-sortie', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['food'], numbers: credit ? ['avoirShort'] : ['hash', 'year2', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ej'], marketProb: 0.15, serviceProb: 0.55, dateStyles: ['slash', 'long'], rates: [[1000, 2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'park');
    renameSupplier(inv, x.pick(['Parc animalier des Monts du Forez', 'Zoo-Parc de la Vallée Verte', 'Parc Nature et Loups du Pilat', 'Domaine animalier de Courzieu-Loire']), 'SAS');
    inv.supplier.ape = '9104Z';
    careBuyer(inv, x, 'youth', 0.85);
    localReferences(inv, x);
    maybeRelabel28(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.visit = addDays(inv.date, -x.int(1, 20));
    inv.booking = seven(x);
    inv.group = x.pick(GROUPS);
    const children = x.int(14, 48);
    const adults = Math.ceil(children / 8) + x.int(0, 2);
    const free = Math.floor(children / 8);
    inv.people = { children, adults };
    inv.tickets = x.int(1000000, 9900000);
    inv.ticketsTo = inv.tickets + children + adults - 1;
    const teens = /ados|jeunes/.test(inv.group);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC-${inv.date.y}${String(inv.date.m).padStart(2, '0')}-${String(x.int(1, 400)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(5, 25)) };
      const absent = x.int(2, 7);
      inv.lines = [{ label: `Entrées ${teens ? 'jeune 12-17 ans' : 'enfant 3-11 ans'} réglées et non utilisées – ${absent} absents pointés à l’accueil le ${fmtDate(inv.visit, 'slash')}`, qty: absent, unit: x.int(950, 1450), rate: 1000 }];
      if (x.chance(0.6)) inv.lines.push({ label: 'Formules pique-nique non consommées', qty: absent, unit: x.int(650, 890), rate: 1000 });
      return priceLines(inv, [1000]);
    }
    inv.lines = [{ label: `Entrée ${teens ? 'jeune 12-17 ans' : 'enfant 3-11 ans'} – tarif groupe`, qty: children, unit: x.int(950, 1450), rate: 1000 }];
    if (free > 0) inv.lines.push({ label: 'Entrée accompagnateur – gratuité (1 pour 8 enfants)', qty: free, unit: 0, rate: 1000 });
    if (adults > free) inv.lines.push({ label: 'Entrée accompagnateur supplémentaire', qty: adults - free, unit: x.int(1400, 1900), rate: 1000 });
    if (x.chance(0.65)) inv.lines.push({ label: `Atelier pédagogique « ${x.pick(WORKSHOPS)} » (groupe de 15 max.)`, qty: Math.ceil(children / 15), unit: x.int(60, 110) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Formule pique-nique enfant (sandwich, fruit, boisson)', qty: children, unit: x.int(650, 890), rate: 1000 });
    if (x.chance(0.45)) inv.lines.push({ label: 'Abri pique-nique couvert réservé (demi-journée)', qty: 1, unit: x.int(40, 90) * 100, rate: 2000 });
    priceLines(inv, [1000, 2000]);
    inv.paid = i % 2 === 1 ? deductDeposit(inv, x, 30, addDays(inv.visit, -x.int(20, 60))) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de sorties éducatives n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service jeunesse (code)'] });
    const place = x.pick(['box', 'box', 'buyer', 'sentence']);
    const sentence = place === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const where = place === 'sentence' ? 'box' : place;
    const accent = x.pick(['#33691e', '#bf360c', '#00695c']);
    const title = inv.avoir ? 'Avoir' : 'Facture';
    const idLine = x.chance(0.5)
      ? `<div class="idl">${title} n° <b>${esc(inv.number)}</b> du <b>${esc(date(inv, inv.date))}</b></div>`
      : `<div class="idl"><span class="k">N° ${inv.avoir ? 'd’avoir' : 'de facture'}</span> <b>${esc(inv.number)}</b> <span class="sep">·</span> <span class="k">Émise le</span> <b>${esc(date(inv, inv.date))}</b></div>`;
    const visit = `<div class="h">Votre visite</div><div>${esc(inv.group)}</div><div>Date de visite : <b>${fmtDate(inv.visit, 'long')}</b></div><div>Réservation n° <b>${inv.booking}</b></div><div>${inv.people.children} ${/ados|jeunes/.test(inv.group) ? 'jeunes' : 'enfants'} – ${inv.people.adults} accompagnateurs</div>${inv.avoir ? '' : `<div class="small">Billets n° ${inv.tickets} à ${inv.ticketsTo}</div>`}`;
    const refBox = where === 'box' && shown.length ? `<div class="refs"><div class="h">Références administratives</div>${shown.map(([k, v]) => `<div><span class="k">${esc(k)}</span> ${esc(v)}</div>`).join('')}</div>` : '';
    const buyerRefs = where === 'buyer' ? shown.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('') : '';
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => `<tr><td>${rate(v.rate)}</td><td class="r">${plainMoney(inv, v.base)}</td><td class="r">${plainMoney(inv, v.amount)}</td><td class="r">${plainMoney(inv, v.base + v.amount)}</td></tr>`).join('');
    const totals = [['Total HT', inv.ht], ['Total TVA', inv.tva], [inv.avoir ? 'Montant de l’avoir TTC' : 'Total TTC', inv.ttc, !inv.paid]];
    if (inv.paid) totals.push([`Acompte réglé le ${fmtDate(inv.paid.date, 'slash')} (facture ${inv.paid.number})`, -inv.paid.amount], [x.pick(['Solde à régler', 'Reste dû']), inv.net, true]);
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.3pt; }
      .band { background: ${accent}; color: #fff; padding: 3mm 5mm; display: flex; justify-content: space-between; align-items: center; } .band .n { font-size: 15pt; font-weight: bold; } .band .t { font-size: 7.6pt; }
      .co { font-size: 7.4pt; color: #555; margin-top: 1.5mm; } h1 { font-size: 16pt; margin: 5mm 0 1mm; color: ${accent}; } .idl { font-size: 9.4pt; } .idl .k { color: #666; font-size: 7.8pt; } .sep { color: #aaa; margin: 0 2mm; }
      .blocks { display: flex; gap: 6mm; margin-top: 5mm; } .blocks > div { flex: 1; background: #f7f7f5; padding: 2mm 3mm; } .h { font-size: 7pt; color: ${accent}; font-weight: bold; text-transform: uppercase; margin-bottom: 1mm; }
      .small { font-size: 7pt; color: #666; } .refs { margin-top: 4mm; border-left: 2pt solid ${accent}; padding-left: 3mm; } .refs .k { display: inline-block; width: 42mm; color: #555; }
      .items { margin-top: 5mm; } .items th { border-bottom: 1.2pt solid ${accent}; text-align: left; padding: 1.2mm; font-size: 7.4pt; } .items td { padding: 1.1mm 1.2mm; border-bottom: 0.5pt solid #e2e2e2; }
      .below { display: flex; justify-content: space-between; margin-top: 4mm; } .vat { width: 80mm; } .vat th, .vat td { padding: 0.7mm 1.2mm; font-size: 7.4pt; text-align: left; border-bottom: 0.5pt solid #ddd; }
      .tot { width: 90mm; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10pt; background: #f0f0ec; } .foot { font-size: 6.6pt; color: #666; margin-top: 6mm; text-align: center; }`,
    `<div class="band"><div class="n">${esc(s.name)}</div><div class="t">Billetterie groupes & scolaires</div></div>
     <div class="co">${esc(supplierTexts(inv, x).slice(1).join(' – '))}</div>
     <h1>${title}</h1>${idLine}
     <div class="blocks"><div><div class="h">Client</div>${htmlLines(buyerTexts(inv, x))}${buyerRefs}</div><div>${visit}</div></div>
     ${refBox}
     ${inv.avoir ? `<p><b>Avoir sur la facture ${esc(inv.origin.number)} du ${fmtDate(inv.origin.date, 'slash')}.</b></p>` : ''}
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>Prestation</th><th class="r">Quantité</th><th class="r">Prix unitaire HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>${rows}</table>
     <div class="below"><table class="vat"><tr><th>Taux</th><th class="r">Base HT</th><th class="r">TVA</th><th class="r">TTC</th></tr>${vat}</table>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <p>${inv.avoir ? 'Montant remboursé par virement sur le compte de la collectivité ou imputé sur la prochaine facture.' : inv.print.iban ? `Règlement par virement : IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)} – libellé : ${esc(inv.number)}` : 'Règlement par mandat administratif à 30 jours.'}</p>
     <p class="small">TVA 10 % : droits d’entrée dans les parcs zoologiques et restauration ; 20 % : ateliers et locations d’espaces. ${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))} – Certificat de capacité (établissement zoologique) et autorisation préfectorale d’ouverture n° ${inv.date.y - x.int(5, 15)}-${x.digits(3)}</div>`, '10mm 12mm 14mm 12mm');
  },
};

export default [sciences, parc];

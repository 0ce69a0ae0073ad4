// Blind-6 layouts printed by a browser engine from their own HTML (see ../../README.md): a florist's invoice written
// by hand in a pre-printed carbon book, a tree surgeon's invoice in two columns (trees on the left, the invoice's
// data and totals in a right-hand sidebar) with the disposal of the waste, and a newspaper subscription for a period
// at 2,1 % VAT whose publisher's block stands at the bottom of the page under the title's masthead.
import { addDays, esc, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, rate, recompute, references } from '../../lib/invoice.mjs';
import { renameSupplier, spacedSiret } from '../../lib/variants.mjs';
import { buyerTexts, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText, refsHtml } from '../../lib/blind6.mjs';

// ——— 1. Florist: a carbon book filled in by hand. ———
const FLOWERS = [
  ['Gerbe de deuil – cérémonie du souvenir', 6500, 18000], ['Composition florale salle du conseil', 4500, 9500], ['Bouquet rond – remise de médailles', 2500, 6000],
  ['Couronne tricolore – monument aux morts', 9000, 22000], ['Centres de table (réception)', 1800, 4500], ['Plantes vertes – location mensuelle', 1200, 3500],
  ['Bouquet de mariée – salle des mariages', 3500, 8000], ['Jardinières fleuries – parvis', 4000, 12000],
];
const fleuriste = {
  name: 'w-fleuriste-carnet',
  family: 'handwritten-carbon-book',
  producers: ['chromium'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-fleuriste-carnet', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['carnet'], engagementLabels: ['bonDeCommande', 'bcShort', 'commande'], marketProb: 0.1, serviceProb: 0.45, dateStyles: ['slash', 'slash2', 'long'], rates: [[1000]], groups: ['none', 'space'], lines: [1, 4], rcsProb: 0.3, buyerSiretProb: 0.25, ibanProb: 0.5, currencyGap: 0.3 });
    const x = extraRng(inv, 'flowers');
    renameSupplier(inv, x.pick(['Au Jardin de Lucie', 'Les Fleurs du Pilat', 'Rose & Tulipe', 'Fleurs de Loire']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '4776Z';
    const first = x.int(0, FLOWERS.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const [label, lo, hi] = FLOWERS[(first + k) % FLOWERS.length];
      const q = x.pick([1, 1, 1, 2, 3, 6, 10]);
      const unit = Math.round(x.int(lo, hi) / 50) * 50;
      return { label, qty: q, unit, rate: 1000, total: q * unit };
    });
    if (x.chance(0.6)) inv.lines.push({ label: 'Livraison', qty: 1, unit: x.pick([800, 1000, 1500, 2000]), rate: 1000, total: 0 });
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    inv.ceremony = addDays(inv.date, -x.int(0, 6));
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const ink = x.pick(['#1a237e', '#0d47a1', '#263238']);
    const hand = (t) => `<span class="h">${esc(t)}</span>`;
    const blank = Math.max(0, 8 - inv.lines.length);
    const rows = inv.lines.map((l) => `<tr><td>${hand(qty(l.qty))}</td><td>${hand(l.label)}</td><td class="r">${hand(plainMoney(inv, l.unit))}</td><td class="r">${hand(plainMoney(inv, l.total))}</td></tr>`).join('') + '<tr><td>&nbsp;</td><td></td><td></td><td></td></tr>'.repeat(blank);
    const b = inv.buyer;
    return htmlPage(`body { font-family: 'Liberation Sans'; font-size: 9pt; } .book { border: 1.2px solid #777; padding: 8mm; width: 150mm; margin: 0 auto; background: #fffdf5; }
      .h { font-family: 'DejaVu Serif'; font-style: italic; color: ${ink}; font-size: 11pt; } .pre { color: #666; font-size: 8pt; } .name { font-size: 16pt; font-weight: bold; color: #6a1b9a; }
      .grid td, .grid th { border: 1px solid #aaa; padding: 3px 4px; height: 6.5mm; } .grid th { font-size: 8pt; color: #555; font-weight: normal; background: #f3eef7; }
      .num { color: #c62828; font-size: 13pt; font-weight: bold; } .line { border-bottom: 1px dotted #999; padding: 2px 0; min-height: 6mm; } .tot td { padding: 3px 4px; border: 1px solid #aaa; }`,
    `<div class="book"><table><tr><td><div class="name">${esc(s.name)}</div><div class="pre">${esc(x.pick(['Artisan fleuriste – Décoration florale', 'Fleuriste – Compositions – Deuil – Mariages']))}</div>
      <div class="pre">${esc(s.address.join(' – '))}<br>Tél. ${esc(s.phone)}${inv.print.supplierSiret ? ` – SIRET ${spacedSiret(x, s.siret)}` : ''}</div></td>
      <td class="r" style="vertical-align:top"><div style="font-size:13pt;font-weight:bold">FACTURE</div><div class="pre">N°</div><div class="num">${esc(inv.number)}</div></td></tr></table>
    <div class="line"><span class="pre">Date :</span> ${hand(date(inv, inv.date))}</div>
    <div class="line"><span class="pre">Doit :</span> ${hand(`${b.name} – ${b.lines.slice(0, 1).join('')}`)}</div>
    <div class="line"><span class="pre">Adresse :</span> ${hand(b.lines.slice(1).join(', '))}</div>
    ${inv.print.buyerSiret ? `<div class="line"><span class="pre">SIRET :</span> ${hand(spacedSiret(x, b.siret))}</div>` : ''}
    <div class="line"><span class="pre">Objet :</span> ${hand(`${x.pick(['Cérémonie', 'Réception', 'Manifestation'])} du ${date(inv, inv.ceremony, 'slash')}`)}</div>
    ${inv.engagement ? `<div class="line"><span class="pre">${esc(inv.engagement.label)} :</span> ${hand(inv.engagement.written)}</div>` : ''}
    ${inv.serviceCode ? `<div class="line"><span class="pre">Service :</span> ${hand(inv.serviceCode)}</div>` : ''}
    ${inv.market ? `<div class="line"><span class="pre">Marché n° :</span> ${hand(inv.market)}</div>` : ''}
    <table class="grid" style="margin-top:4mm"><tr><th style="width:12mm">Qté</th><th>Désignation</th><th style="width:26mm">P.U. HT</th><th style="width:28mm">Montant HT</th></tr>${rows}</table>
    <table class="tot" style="width:70mm;margin:3mm 0 0 auto"><tr><td class="pre">Total HT</td><td class="r">${hand(money(inv, inv.ht))}</td></tr><tr><td class="pre">TVA ${rate(1000)}</td><td class="r">${hand(money(inv, inv.tva))}</td></tr><tr><td class="pre"><b>Total TTC</b></td><td class="r">${hand(money(inv, inv.ttc))}</td></tr></table>
    <div class="pre" style="margin-top:4mm">${esc(paymentText(inv, 'Virement'))}</div>
    <div class="pre" style="margin-top:2mm;font-size:6.5pt">${esc(legalLine(inv))} – ${esc(LATE_FEES)}</div></div>`);
  },
};

// ——— 2. Tree surgeon: two columns, trees on the left, the invoice in a sidebar. ———
const SPECIES = ['platanes', 'tilleuls', 'marronniers', 'érables', 'chênes', 'peupliers', 'frênes', 'cèdres'];
const STREETS = ['cours Fauriel', 'parc de l’Europe', 'square Violette', 'avenue de Rochetaillée', 'cimetière du Crêt de Roc', 'école Paul Bert (cour)', 'jardin des Plantes', 'place Carnot'];
const elagage = {
  name: 'w-elagage-arbres',
  family: 'tree-surgery-two-columns',
  producers: ['chromium'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-elagage-arbres', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'ebp', 'dolibarr', 'quickbooks'], engagementLabels: ['engagementJuridique', 'bonDeCommande', 'ej', 'commandePublique'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 4], rcsProb: 0.5 });
    const x = extraRng(inv, 'trees');
    renameSupplier(inv, x.pick(['Arbor’Loire Élagage', 'Grimpeurs du Forez', 'Élagage Sylvain Faure', 'Les Bûcherons du Pilat']), x.pick(['SARL', 'SAS', 'EURL']));
    inv.supplier.ape = '0240Z';
    const first = x.int(0, STREETS.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const trees = x.int(1, 14);
      const op = x.pick([['Élagage de formation', 9000, 18000], ['Taille en rideau', 7000, 14000], ['Abattage par démontage', 28000, 65000], ['Taille sanitaire (bois mort)', 8000, 16000]]);
      const unit = x.int(op[1], op[2]);
      return { label: `${op[0]} – ${trees} ${x.pick(SPECIES)}`, place: STREETS[(first + k) % STREETS.length], height: `${x.int(8, 18)}–${x.int(19, 30)} m`, qty: trees, unit, rate: 2000, total: trees * unit, tree: true };
    });
    if (x.chance(0.5)) {
      const n = x.int(1, 4);
      const unit = x.int(6000, 14000);
      inv.lines.push({ label: 'Rognage de souches', place: '', qty: n, unit, rate: 2000, total: n * unit });
    }
    const m3 = x.pick([4, 6, 8, 12, 15, 20]);
    const perM3 = x.int(1800, 3500);
    inv.lines.push({ label: 'Évacuation des déchets verts et broyage (m³)', place: 'Plateforme de compostage', qty: m3, unit: perM3, rate: 2000, total: m3 * perM3 });
    if (x.chance(0.6)) {
      const days = x.pick([0.5, 1, 1, 2]);
      const unit = x.int(38000, 62000);
      inv.lines.push({ label: 'Nacelle 20 m avec chauffeur (jour)', place: '', qty: days, unit, rate: 2000, total: Math.round(days * unit) });
    }
    inv.worksFrom = addDays(inv.date, -x.int(8, 30));
    inv.worksTo = addDays(inv.worksFrom, x.int(0, 5));
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const green = x.pick(['#2e7d32', '#33691e', '#1b5e20']);
    const rows = inv.lines.map((l) => `<tr><td><b>${esc(l.label)}</b>${l.place ? `<div class="sub">${esc(l.place)}${l.tree ? ` – hauteur ${esc(l.height)}` : ''}</div>` : ''}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const net = x.pick(['Net à payer', 'Montant à régler', 'Total TTC à payer']);
    return htmlPage(`body { font-family: 'DejaVu Sans'; font-size: 8.4pt; } .wrap { display: grid; grid-template-columns: 118mm 60mm; gap: 4mm; } .side { background: #f1f8e9; padding: 4mm; border-left: 3px solid ${green}; }
      .logo { font-size: 15pt; font-weight: bold; color: ${green}; } .sub { font-size: 7.3pt; color: #555; } .items th { text-align: left; border-bottom: 1.5px solid ${green}; padding: 3px; } .items td { padding: 3px; border-bottom: 1px solid #ddd; vertical-align: top; }
      .side h2 { font-size: 13pt; margin: 0 0 2mm; color: ${green}; } .side .k { font-size: 7pt; color: #555; margin-top: 2mm; } .tot td { padding: 2px 0; } .tot .b td { font-weight: bold; border-top: 1px solid ${green}; font-size: 10pt; } .nw { white-space: nowrap; }`,
    `<div class="wrap"><div><div class="logo">${esc(s.name)}</div><div class="sub">${esc(x.pick(['Élagage – Abattage – Soins aux arbres', 'Arboristes grimpeurs certifiés']))}</div>${htmlLines(supplierTexts(inv, x).slice(1))}
      <p style="margin-top:5mm"><b>${esc(x.pick(['Travaux d’élagage', 'Chantier d’élagage et d’abattage', 'Entretien du patrimoine arboré']))}</b> réalisés du ${date(inv, inv.worksFrom, 'slash')} au ${date(inv, inv.worksTo, 'slash')}</p>
      <table class="items"><tr><th>Intervention / lieu</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">Total HT</th></tr>${rows}</table>
      <p class="sub" style="margin-top:4mm">Déchets verts valorisés en plateforme agréée (bordereau de suivi disponible sur demande).</p></div>
    <div class="side"><h2>${esc(x.pick(['FACTURE', 'Facture']))}</h2><div class="k">Numéro</div><div><b>${esc(inv.number)}</b></div><div class="k">Date de facture</div><div>${date(inv, inv.date)}</div><div class="k">Échéance</div><div>${date(inv, inv.due)}</div>
      <div class="k">Client</div>${htmlLines(buyerTexts(inv, x))}${references(inv).map(([k, v]) => `<div class="k">${esc(k)}</div><div class="nw"><b>${esc(v)}</b></div>`).join('')}
      <div class="k">Montants</div><table class="tot"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA ${rate(2000)}</td><td class="r">${money(inv, inv.tva)}</td></tr><tr class="b"><td>${esc(net)}</td><td class="r">${money(inv, inv.ttc)}</td></tr></table>
      <div class="k">Paiement</div>${inv.print.iban ? `<div style="font-size:7.5pt">Virement</div><div class="nw" style="font-size:6.8pt">IBAN ${iban(inv)}</div><div style="font-size:7.5pt">BIC ${esc(s.bic)}</div>` : `<div style="font-size:7.5pt">${esc(paymentText(inv))}</div>`}</div></div>
    <div class="sub" style="margin-top:8mm;font-size:6.5pt">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>`);
  },
};

// ——— 3. Newspaper subscription: 2,1 % VAT, a period, the publisher at the bottom of the page. ———
const TITLES = [['La Gazette du Forez', 'quotidien régional'], ['L’Écho de la Loire', 'quotidien'], ['Le Courrier du Gier', 'hebdomadaire'], ['Forez Hebdo', 'hebdomadaire']];
const presse = {
  name: 'w-abonnement-presse',
  family: 'press-subscription-publisher-at-bottom',
  producers: ['chromium'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-abonnement-presse', i, { ...CITY_HEAVY, trades: ['books'], numbers: ['sage', 'ciel', 'compact'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande', 'referenceEngagement'], marketProb: 0.2, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[210]], groups: ['space', 'nbsp'], lines: [1, 3], rcsProb: 0.8 });
    const x = extraRng(inv, 'press');
    const [title, kind] = x.pick(TITLES);
    renameSupplier(inv, x.pick(['Société des Éditions du Forez', 'Presse Régionale Loire-Velay', 'Éditions Stéphanoises de Presse']), 'SAS');
    inv.supplier.ape = '5813Z';
    inv.title = { title, kind };
    const months = x.pick([3, 6, 12, 12]);
    const start = { y: inv.date.y, m: inv.date.m, d: 1 };
    inv.period = { start, end: addDays({ y: start.y + Math.floor((start.m - 1 + months) / 12), m: ((start.m - 1 + months) % 12) + 1, d: 1 }, -1), months };
    inv.subscriber = `AB${x.digits(7)}`;
    const places = ['Hôtel de Ville – cabinet du maire', 'Médiathèque Tarentaize', 'Direction de la communication', 'Mairie annexe de Terrenoire', 'Médiathèque de Carnot'];
    const firstPlace = x.int(0, places.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const copies = x.pick([1, 1, 2, 3, 5]);
      const formula = x.pick([['Édition papier portée 7 jours / 7', 2900, 3600], ['Papier + numérique intégral', 3100, 3900], ['Édition numérique seule', 1500, 2400]]);
      const unit = Math.round((formula[1] + x.int(0, formula[2] - formula[1])) * months);
      return { label: `${title} – ${formula[0]}`, place: places[(firstPlace + k) % places.length], qty: copies, unit, rate: 210, total: copies * unit };
    });
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const t = inv.title;
    const pr = inv.period;
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}<div class="sub">Livraison : ${esc(l.place)}</div></td><td class="r">${l.qty}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const periodText = x.chance(0.5) ? `du ${date(inv, pr.start, 'slash')} au ${date(inv, pr.end, 'slash')}` : `de ${MONTHS[pr.start.m - 1]} ${pr.start.y} à ${MONTHS[pr.end.m - 1]} ${pr.end.y} (${pr.months} mois)`;
    return htmlPage(`body { font-family: 'Liberation Serif'; font-size: 9.5pt; } .mast { text-align: center; border-top: 3px double #000; border-bottom: 3px double #000; padding: 3mm 0; } .mast .t { font-size: 26pt; font-weight: bold; letter-spacing: 1px; }
      .sub { font-size: 7.5pt; color: #555; } .meta { margin: 6mm 0; display: flex; justify-content: space-between; } .items th { border-bottom: 1px solid #000; text-align: left; padding: 3px; } .items td { padding: 3px; border-bottom: 1px dotted #999; }
      .tot { width: 75mm; margin: 4mm 0 0 auto; } .tot td { padding: 2px 3px; } .tot .b td { font-weight: bold; border-top: 1px solid #000; } .pub { position: fixed; bottom: 0; left: 0; right: 0; border-top: 1px solid #000; padding-top: 2mm; font-size: 7.5pt; }`,
    `<div class="mast"><div class="t">${esc(t.title)}</div><div class="sub">${esc(t.kind)} – Service abonnements</div></div>
    <div class="meta"><div><div style="font-size:14pt"><b>${esc(x.pick(['Facture d’abonnement', 'FACTURE – Abonnement']))}</b></div><div>N° ${esc(inv.number)}</div><div>${x.pick(['Date', 'Émise le', 'Date de facture'])} : ${date(inv, inv.date)}</div>
      <div>N° d’abonné : ${esc(inv.subscriber)}</div><div>Période : ${periodText}</div>${refsHtml(inv)}</div><div style="width:75mm">${htmlLines(buyerTexts(inv, x))}</div></div>
    <table class="items"><tr><th>Abonnement</th><th class="r">Ex.</th><th class="r">Prix HT / ex.</th><th class="r">Montant HT</th></tr>${rows}</table>
    <table class="tot"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA ${rate(210)} (presse)</td><td class="r">${money(inv, inv.tva)}</td></tr><tr class="b"><td>${x.pick(['Total TTC', 'Net à payer'])}</td><td class="r">${money(inv, inv.ttc)}</td></tr></table>
    <p>${esc(paymentText(inv))}. Échéance : ${date(inv, inv.due)}.</p><p class="sub">L’abonnement se poursuit jusqu’au terme de la période sans reconduction tacite. ${esc(LATE_FEES)}</p>
    <div class="pub"><b>${esc(s.name)}</b> – éditeur de ${esc(t.title)} – ${esc(s.address.join(', '))} – Tél. ${esc(s.phone)} – ${esc(s.email)}<br>${esc(legalLine(inv))}</div>`);
  },
};

export default [fleuriste, elagage, presse];

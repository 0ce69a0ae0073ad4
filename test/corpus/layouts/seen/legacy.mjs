// The first fifteen layouts of the corpus (Chromium, HTML), kept exactly as they were first written: their
// invoices and ground truth are unchanged, so earlier measurements stay comparable. One shared generator is reseeded
// per invoice (1000 × (layout position + 1) + index), as the original generator did.
import { createRng } from '../../lib/random.mjs';
import { groupIban, groupSiret, makeIban as ibanFrom, makeSiret as siretFrom } from '../../lib/identifiers.mjs';
import { addDays, esc, fmtAmount, fmtDate, iso, pad } from '../../lib/format.mjs';

const rng = createRng(20260601);
const { int, pick, chance, digits } = rng;
const makeSiret = (first) => siretFrom(rng, first);
const makeIban = () => ibanFrom(rng);

// ——— people and bodies ———
const CITIES = [
  ['42000', 'Saint-Étienne'], ['42100', 'Saint-Étienne'], ['42700', 'Firminy'], ['42400', 'Saint-Chamond'],
  ['69003', 'Lyon'], ['42170', 'Saint-Just-Saint-Rambert'], ['43000', 'Le Puy-en-Velay'], ['42600', 'Montbrison'],
];
const STREETS = ['rue de la République', 'avenue de la Libération', 'rue Michelet', 'cours Fauriel', 'rue des Aciéries', 'boulevard Jules Janin', 'rue Balay', 'place Jean Jaurès', 'rue du Onze Novembre', 'chemin des Mûriers'];
const SUPPLIERS = [
  { name: 'Menuiserie Dubois', form: 'SARL', trade: 'artisan', goods: ['Fourniture et pose porte chêne', 'Plinthes sapin', 'Main-d’œuvre menuiserie', 'Quincaillerie', 'Déplacement'] },
  { name: 'Plomberie Martin', form: 'EURL', trade: 'artisan', goods: ['Remplacement chauffe-eau 200 L', 'Raccords cuivre', 'Main-d’œuvre plomberie', 'Mitigeur thermostatique', 'Déplacement'] },
  { name: 'Électricité Générale Roux', form: 'SAS', trade: 'artisan', goods: ['Tableau électrique', 'Câblage 2,5 mm²', 'Heures électricien', 'Luminaires LED', 'Mise en conformité'] },
  { name: 'Nexa Conseil', form: 'SAS', trade: 'software', goods: ['Audit système d’information', 'Journée de conseil', 'Licence logicielle annuelle', 'Formation utilisateurs', 'Support technique'] },
  { name: 'Imprimerie du Forez', form: 'SA', trade: 'software', goods: ['Affiches A2 quadri', 'Flyers A5 recto-verso', 'Brochures 16 pages', 'Reliure', 'Livraison'] },
  { name: 'Espaces Verts Chapuis', form: 'SARL', trade: 'artisan', goods: ['Taille de haies', 'Tonte pelouse', 'Évacuation déchets verts', 'Plantation arbustes', 'Paillage'] },
  { name: 'Traiteur Le Gourmet Stéphanois', form: 'SAS', trade: 'software', goods: ['Buffet froid 50 couverts', 'Boissons sans alcool', 'Service en salle', 'Location vaisselle', 'Pièce montée'] },
  { name: 'Transports Giraud', form: 'SARL', trade: 'software', goods: ['Transport de mobilier', 'Manutention', 'Location véhicule 20 m³', 'Forfait péage', 'Emballage'] },
  { name: 'Atelier Faure Serrurerie', form: 'EI', trade: 'artisan', goods: ['Remplacement serrure 3 points', 'Ouverture de porte', 'Cylindre haute sécurité', 'Main-d’œuvre', 'Déplacement'] },
  { name: 'Bureau Pro Fournitures', form: 'SAS', trade: 'software', goods: ['Ramettes papier A4', 'Cartouches d’encre', 'Classeurs', 'Fauteuil de bureau', 'Stylos (lot de 50)'] },
];
const MICRO = [
  { person: 'Julie Petit', job: 'Graphiste', goods: ['Création logo', 'Charte graphique', 'Mise en page plaquette', 'Retouches'] },
  { person: 'Karim Benali', job: 'Photographe', goods: ['Reportage photo événement', 'Retouche photos', 'Tirages', 'Déplacement'] },
  { person: 'Sophie Marchand', job: 'Formatrice', goods: ['Journée de formation', 'Support pédagogique', 'Préparation'] },
  { person: 'Lucas Bernard', job: 'Développeur web', goods: ['Développement site', 'Maintenance mensuelle', 'Hébergement annuel'] },
];
const BUYERS = [
  { name: 'Ville de Saint-Étienne', siret: '21420218600018', lines: ['Direction des Finances', 'Hôtel de Ville', 'Place de l’Hôtel de Ville', '42000 Saint-Étienne'], public: true },
  { name: 'Saint-Étienne Métropole', siret: null, lines: ['Direction de la commande publique', '2 avenue Grüner', '42000 Saint-Étienne'] },
  { name: 'Département de la Loire', siret: null, lines: ['Hôtel du Département', '2 rue Charles de Gaulle', '42000 Saint-Étienne'] },
  { name: 'Région Auvergne-Rhône-Alpes', siret: null, lines: ['1 esplanade François Mitterrand', '69002 Lyon'] },
  { name: 'CHU de Saint-Étienne', siret: null, lines: ['Service achats', 'Avenue Albert Raimond', '42270 Saint-Priest-en-Jarez'] },
  { name: 'Université Jean Monnet', siret: null, lines: ['10 rue Tréfilerie', '42023 Saint-Étienne Cedex 2'] },
  { name: 'Commune de Firminy', siret: null, lines: ['Mairie', 'Place du Breuil', '42700 Firminy'] },
  { name: 'CCAS de Saint-Étienne', siret: null, lines: ['Centre communal d’action sociale', '11 rue Balay', '42000 Saint-Étienne'] },
  { name: 'Lycée Claude Fauriel', siret: null, lines: ['Intendance', '28 avenue de la Libération', '42000 Saint-Étienne'] },
  { name: 'SDIS de la Loire', siret: null, lines: ['Groupement finances', '1 rue de la Montat', '42100 Saint-Étienne'] },
];
for (const buyer of BUYERS) buyer.siret ??= makeSiret('2');


// ——— invoice model ———
function makeInvoice(layout, index) {
  const micro = layout === 'micro';
  const supplierBase = micro ? null : pick(SUPPLIERS);
  const microBase = micro ? pick(MICRO) : null;
  const [zip, city] = pick(CITIES);
  const supplier = {
    name: micro ? `${microBase.person} – ${microBase.job}` : `${supplierBase.name}${supplierBase.form === 'EI' ? '' : ` ${supplierBase.form}`}`,
    address: [`${int(1, 120)} ${pick(STREETS)}`, `${zip} ${city}`],
    siret: makeSiret(),
    phone: `04 77 ${pad(int(10, 99))} ${pad(int(10, 99))} ${pad(int(10, 99))}`,
    email: `contact@${(micro ? microBase.person : supplierBase.name).toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.fr`,
    iban: makeIban(),
    capital: `${pick([1000, 5000, 7500, 10000, 50000])} €`,
  };
  const buyer = pick(BUYERS);
  const date = { y: pick([2024, 2025, 2026]), m: int(1, 12), d: int(1, 28) };
  const goods = micro ? microBase.goods : supplierBase.goods;
  const lineCount = layout === 'multipage' ? int(45, 70) : int(1, 6);
  const rates = layout === 'multirate' ? [2000, 1000, 550] : micro ? [0] : [pick([2000, 2000, 2000, 1000])];
  const lines = Array.from({ length: lineCount }, (_, i) => {
    const qty = pick([1, 1, 2, 3, 5, 10, 0.5, 1.5, 4]);
    const unit = int(800, layout === 'multipage' ? 9000 : 185000);
    const rate = rates[i % rates.length];
    const total = Math.round(qty * unit);
    return { label: `${goods[i % goods.length]}${layout === 'multipage' ? ` — lot ${i + 1}` : ''}`, qty, unit, rate, total };
  });
  const byRate = new Map();
  for (const line of lines) byRate.set(line.rate, (byRate.get(line.rate) ?? 0) + line.total);
  const vat = [...byRate.entries()].map(([rate, base]) => ({ rate, base, amount: Math.round((base * rate) / 10000) }));
  const ht = vat.reduce((s, v) => s + v.base, 0);
  const tva = vat.reduce((s, v) => s + v.amount, 0);
  const ttc = ht + tva;
  const deposit = layout === 'acompte' ? Math.round((ttc * pick([20, 30, 40])) / 100) : 0;
  const net = ttc - deposit;
  const avoir = layout === 'avoir';
  const prefix = avoir ? pick(['AV', 'AVR', 'A']) : pick(['F', 'FA', 'FAC', '', 'INV']);
  const number = pick([
    () => `${prefix}${prefix ? '-' : ''}${date.y}-${String(int(1, 999)).padStart(4, '0')}`,
    () => `${prefix}${date.y}${pad(date.m)}${String(int(1, 99)).padStart(3, '0')}`,
    () => `${String(int(100, 9999))}`,
    () => `${prefix || 'F'}${date.y % 100}/${String(int(1, 9999)).padStart(4, '0')}`,
  ])();
  const engagementStyle = pick(['none', 'none', 'none', 'ej', 'ej-spaced', 'engagement', 'bc', 'commande', 'votre-commande', 'juridique', 'ref-commande', 'numero-ej', 'bc-short', 'n-bc']);
  let engagement = null;
  let engagementText = null;
  if (engagementStyle !== 'none') {
    // The Ville de Saint-Étienne numbers its engagements with exactly 7 digits (rules.md).
    const value = buyer.name === 'Ville de Saint-Étienne'
      ? () => `${date.y % 100}${digits(5)}`
      : pick([() => `13${digits(8)}`, () => `45${digits(8)}`, () => `${date.y}${digits(5)}`, () => `${date.y}-${digits(4)}`, () => `CMD${digits(6)}`]);
    engagement = value();
  }
  const serviceCode = buyer.name === 'Ville de Saint-Étienne' || chance(0.3) ? pick(['FIN-001', 'DSI', 'SERV-ACHATS', 'VOIRIE42', 'ENS-07', 'CULTURE']) : null;
  const market = chance(0.3) ? pick([`${date.y - 1}-${digits(3)}`, `M${digits(2)}.${digits(4)}`, `MAPA-${date.y}-${digits(2)}`]) : null;
  const amountStyle = { group: pick(['nbsp', 'narrow', 'space', 'none', 'dot']), currencyGap: chance(0.8) };
  const dateStyle = pick(['slash', 'slash', 'long', 'short', 'dots', 'dash']);
  const showIban = !chance(0.15);
  const printRcs = !micro && supplierBase.form !== 'EI' && chance(0.6);
  const invoice = {
    layout, index, supplier, buyer, date, due: addDays(date, pick([30, 45, 60])), delivery: addDays(date, -int(2, 20)),
    orderDate: addDays(date, -int(20, 60)), lines, vat, ht, tva, ttc, deposit, net, avoir, number, micro,
    engagement, engagementStyle, engagementText, serviceCode, market, amountStyle, dateStyle, showIban, printRcs,
    siretStyle: int(0, 2), clientNumber: `C${digits(5)}`, quote: `D-${date.y}-${digits(3)}`, vatNumber: `FR${digits(2)}${supplier.siret.slice(0, 9)}`,
    artisan: !micro && supplierBase.trade === 'artisan',
  };
  invoice.engagementText = engagementLabel(invoice);
  invoice.labels = labels();
  invoice.discount = layout === 'ledger' ? Math.round(ht * 0.05) : 0;
  return invoice;
}

function engagementLabel(inv) {
  const v = inv.engagement;
  if (!v) return null;
  if (/^\d{7}$/.test(v)) {
    // Seven digits written the ways people write them.
    const written = [`${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4)}`, `${v.slice(0, 4)}-${v.slice(4)}`, v, `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4)}`][inv.index % 4];
    if (inv.engagementStyle === 'ej') return ['Réf.', `EJ${v}`];
    return [engagementLabelWords(inv.engagementStyle), written];
  }
  return [engagementLabelWords(inv.engagementStyle), inv.engagementStyle === 'ej-spaced' && /^\d+$/.test(v) ? v.replace(/(\d{4})(?=\d)/g, '$1 ') : v];
}

function engagementLabelWords(style) {
  switch (style) {
    case 'ej': return 'EJ';
    case 'ej-spaced': return 'N° EJ';
    case 'engagement': return 'N° d’engagement';
    case 'bc': return 'Bon de commande n°';
    case 'commande': return 'Commande n°';
    case 'votre-commande': return 'Votre commande n°';
    case 'juridique': return 'Engagement juridique';
    case 'numero-ej': return 'Numéro d’engagement juridique';
    case 'bc-short': return 'BC n°';
    case 'n-bc': return 'N° de bon de commande';
    default: return 'Réf. commande';
  }
}


function groundTruth(inv) {
  const a = (c) => (Math.abs(c) / 100).toFixed(2);
  const truth = {
    invoiceNumber: inv.number,
    invoiceDate: iso(inv.date),
    documentType: inv.avoir ? 'avoir' : 'facture',
    currency: 'EUR',
    supplierSiret: inv.supplier.siret,
    buyerSiret: inv.buyer.siret,
    totalHT: a(inv.ht),
    totalTVA: a(inv.tva),
    totalTTC: a(inv.ttc),
    netAPayer: a(inv.net),
  };
  if (inv.printRcs) truth.supplierSiren = inv.supplier.siret.slice(0, 9);
  if (inv.engagement) truth.engagementNumber = inv.engagement;
  if (inv.serviceCode) truth.serviceCode = inv.serviceCode;
  if (inv.market) truth.marketNumber = inv.market;
  if (inv.showIban) truth.iban = inv.supplier.iban;
  truth._layout = inv.layout;
  return truth;
}

// ——— label pools: each invoice draws its own wording ———
const L = {
  number: ['Facture n°', 'N° de facture', 'Numéro de facture', 'Facture N° :', 'N° facture', 'Réf. facture'],
  date: ['Date', 'Date de facture', 'Date de facturation', 'Date d’émission', 'Émise le', 'Date facture'],
  ht: ['Total HT', 'Total H.T.', 'Montant HT', 'Total hors taxes', 'Montant total HT', 'Total net HT'],
  tva: ['TVA', 'Total TVA', 'Montant TVA', 'T.V.A.', 'Total T.V.A.'],
  ttc: ['Total TTC', 'Total T.T.C.', 'Montant TTC', 'Total toutes taxes comprises', 'Montant total TTC'],
  net: ['Net à payer', 'Reste à payer', 'Montant à régler', 'NET À PAYER', 'Solde à payer', 'Total à payer'],
};
function labels() {
  return Object.fromEntries(Object.entries(L).map(([key, list]) => [key, pick(list)]));
}

// ——— shared fragments ———
const sign = (inv, cents) => (inv.avoir && inv.negativeAmounts ? -cents : cents);
const money = (inv, cents, currency) => fmtAmount(sign(inv, cents), inv.amountStyle, currency);
const d = (inv, date) => fmtDate(date, inv.dateStyle);
const rateText = (rate) => `${String(rate / 100).replace('.', ',')} %`;
const qtyText = (q) => String(q).replace('.', ',');

function supplierBlock(inv, { siretLabel = 'SIRET', withSiret = true } = {}) {
  const s = inv.supplier;
  return `<div class="supplier"><div class="sname">${esc(s.name)}</div>${s.address.map((l) => `<div>${esc(l)}</div>`).join('')}
  <div>Tél. ${s.phone}</div><div>${s.email}</div>${withSiret ? `<div class="nw">${siretLabel} : ${groupSiret(s.siret, inv.siretStyle)}</div>` : ''}</div>`;
}
function buyerBlock(inv, heading = 'Facturé à') {
  const b = inv.buyer;
  return `<div class="buyer"><div class="bh">${heading}</div><div class="bname">${esc(b.name)}</div>${b.lines.map((l) => `<div>${esc(l)}</div>`).join('')}<div>SIRET : ${groupSiret(b.siret, inv.siretStyle)}</div></div>`;
}
function refsList(inv) {
  const out = [];
  if (inv.engagementText) out.push(inv.engagementText);
  if (inv.serviceCode) out.push(['Code service', inv.serviceCode]);
  if (inv.market) out.push([pick(['Marché n°', 'N° de marché', 'Marché public n°']), inv.market]);
  return out;
}
function distractors(inv) {
  return [['N° client', inv.clientNumber], ['Devis n°', inv.quote]];
}
function legal(inv) {
  const s = inv.supplier;
  const parts = [];
  if (inv.micro) parts.push('Entrepreneur individuel (EI)', `SIRET ${groupSiret(s.siret, inv.siretStyle)}`, 'Dispensé d’immatriculation au RCS et au RM');
  else {
    parts.push(`${esc(s.name)} au capital de ${s.capital}`);
    if (inv.printRcs) parts.push(`RCS Saint-Étienne B ${s.siret.slice(0, 3)} ${s.siret.slice(3, 6)} ${s.siret.slice(6, 9)}`);
    parts.push(`N° TVA intracommunautaire ${inv.vatNumber}`);
  }
  return parts.join(' – ');
}
function bank(inv, label = 'IBAN') {
  if (!inv.showIban) return '<div class="bank">Règlement par chèque à l’ordre du fournisseur.</div>';
  return `<div class="bank">Règlement par virement – ${label} : ${groupIban(inv.supplier.iban)} – BIC : ${pick(['AGRIFRPP839', 'CEPAFRPP426', 'CCBPFRPPLYO', 'BNPAFRPPXXX'])}</div>`;
}
function itemsTable(inv, { cols = 'full', from = 0, to = inv.lines.length } = {}) {
  const rows = inv.lines.slice(from, to).map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${qtyText(l.qty)}</td><td class="r">${money(inv, l.unit, 'none')}</td>${cols === 'full' ? `<td class="r">${inv.micro ? '–' : rateText(l.rate)}</td>` : ''}<td class="r">${money(inv, l.total, 'none')}</td></tr>`).join('');
  return `<table class="items"><thead><tr><th>Désignation</th><th>Qté</th><th>P.U. HT</th>${cols === 'full' ? '<th>TVA</th>' : ''}<th>Montant HT</th></tr></thead><tbody>${rows}</tbody></table>`;
}
const BASE_CSS = `@page { size: A4; margin: 14mm 14mm 16mm 14mm; } body { font-size: 10.5pt; color: #222; } table { border-collapse: collapse; } .r { text-align: right; white-space: nowrap; } .nw { white-space: nowrap; } .items { width: 100%; margin: 10px 0; } .items th { text-align: left; border-bottom: 1px solid #444; padding: 3px 6px; } .items td { padding: 3px 6px; } .legal { margin-top: 22px; font-size: 8pt; color: #555; } .bank { margin-top: 12px; font-size: 9pt; }`;

// ——— layouts ———
const LAYOUTS = {
  // 1. Accounting software: title block right, info table, totals box.
  classic(inv) {
    const refs = refsList(inv).map(([k, v]) => `<tr><td>${k}</td><td>${esc(v)}</td></tr>`).join('');
    return `<style>${BASE_CSS} body{font-family:'Liberation Sans'} .top{display:flex;justify-content:space-between} .title{font-size:22pt;font-weight:bold;color:#1c4e80} .info td{padding:2px 8px 2px 0} .buyer{margin:18px 0 0 330px;border:1px solid #bbb;padding:8px} .bh{font-weight:bold} .totals{margin-left:auto;width:260px} .totals td{padding:3px 6px} .totals tr.g td{font-weight:bold;border-top:1px solid #333}</style>
    <div class="top">${supplierBlock(inv)}<div><div class="title">FACTURE</div><table class="info"><tr><td>${inv.labels.number}</td><td>${esc(inv.number)}</td></tr><tr><td>${inv.labels.date}</td><td>${d(inv, inv.date)}</td></tr><tr><td>Échéance</td><td>${d(inv, inv.due)}</td></tr><tr><td>N° client</td><td>${inv.clientNumber}</td></tr>${refs}</table></div></div>
    ${buyerBlock(inv)}${itemsTable(inv)}
    <table class="totals"><tr><td>${inv.labels.ht}</td><td class="r">${money(inv, inv.ht)}</td></tr>${inv.vat.map((v) => `<tr><td>TVA ${rateText(v.rate)}</td><td class="r">${money(inv, v.amount)}</td></tr>`).join('')}<tr class="g"><td>${inv.labels.ttc}</td><td class="r">${money(inv, inv.ttc)}</td></tr><tr><td>${inv.labels.net}</td><td class="r">${money(inv, inv.net)}</td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 2. Artisan: a sentence for number and date, client block on the left, totals as plain lines.
  artisan(inv) {
    const refs = refsList(inv).map(([k, v]) => `<div>${k} : ${esc(v)}</div>`).join('');
    return `<style>${BASE_CSS} body{font-family:'DejaVu Serif'} h1{font-size:15pt;margin:22px 0 4px} .buyer{margin-top:16px} .bh{text-decoration:underline} .sum{margin-top:10px;width:60%;margin-left:40%} .sum div{display:flex;justify-content:space-between}</style>
    ${supplierBlock(inv, { siretLabel: 'N° SIRET' })}${buyerBlock(inv, 'Client :')}
    <h1>Facture n° ${esc(inv.number)} du ${d(inv, inv.date)}</h1><div>Chantier réalisé le ${d(inv, inv.delivery)} – Devis n° ${inv.quote} accepté le ${d(inv, inv.orderDate)}</div>${refs}
    ${itemsTable(inv, { cols: 'short' })}
    <div class="sum"><div><span>Montant total HT</span><span>${money(inv, inv.ht)}</span></div><div><span>TVA ${rateText(inv.vat[0].rate)}</span><span>${money(inv, inv.tva)}</span></div><div><b>Montant total TTC</b><b>${money(inv, inv.ttc)}</b></div></div>
    <div>Paiement à réception de facture, au plus tard le ${d(inv, inv.due)}.</div>${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 3. Dot leaders, monospace, as old billing programs print.
  dotleaders(inv) {
    const glued = inv.index % 2 === 0;
    const row = (k, v) => (glued ? `<div>${k.padEnd(30, '.')}${esc(v)}</div>` : `<div>${(k + ' ').padEnd(34, '.')} ${esc(v)}</div>`);
    const refs = refsList(inv).map(([k, v]) => row(k, v)).join('');
    return `<style>${BASE_CSS} body{font-family:'Liberation Mono';font-size:9.5pt} .buyer{margin:14px 0 0 300px} .sname{font-weight:bold} .block{margin-top:16px;white-space:pre}</style>
    ${supplierBlock(inv)}${buyerBlock(inv, 'DESTINATAIRE')}
    <div class="block">${row('Numéro de facture', inv.number)}${row('Date de facture', d(inv, inv.date))}${row('Date de livraison', d(inv, inv.delivery))}${row('Date d’échéance', d(inv, inv.due))}${refs}${row('Votre numéro client', inv.clientNumber)}</div>
    ${itemsTable(inv)}
    <div class="block">${row('Total HT', money(inv, inv.ht))}${row('Total TVA', money(inv, inv.tva))}${row('Total TTC', money(inv, inv.ttc))}${row('Net à payer', money(inv, inv.net))}</div>
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 4. Micro-entrepreneur without VAT (art. 293 B du CGI).
  micro(inv) {
    const refs = refsList(inv).map(([k, v]) => `<p>${k} : <b>${esc(v)}</b></p>`).join('');
    return `<style>${BASE_CSS} body{font-family:'DejaVu Sans';font-size:10pt} .head{display:flex;justify-content:space-between;align-items:flex-start} .buyer{border-left:3px solid #7a5;padding-left:8px} .big{font-size:18pt;color:#7a5;margin:20px 0 6px} .tot{margin:10px 0 0 auto;width:280px} .tot td{padding:3px}</style>
    <div class="head">${supplierBlock(inv)}${buyerBlock(inv, 'Adressée à')}</div>
    <div class="big">Facture</div><p>Numéro : ${esc(inv.number)}<br>Émise le ${d(inv, inv.date)}</p>${refs}
    ${itemsTable(inv, { cols: 'short' })}
    <table class="tot"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td><b>Total à payer</b></td><td class="r"><b>${money(inv, inv.net)}</b></td></tr></table>
    <p><i>TVA non applicable, art. 293 B du CGI</i></p>${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 5. Column layout: labels in a header band, values under them; totals as a column table too.
  columns(inv) {
    const heads = ['N° de facture', 'Date de facture', 'N° client', 'Date d’échéance'];
    const values = [inv.number, d(inv, inv.date), inv.clientNumber, d(inv, inv.due)];
    const refs = refsList(inv);
    const band = (h, v) => `<table class="band"><tr>${h.map((x) => `<th>${x}</th>`).join('')}</tr><tr>${v.map((x) => `<td>${esc(x)}</td>`).join('')}</tr></table>`;
    return `<style>${BASE_CSS} body{font-family:'Liberation Sans';font-size:10pt} .band{width:100%;margin-top:10px} .band th{background:#e8eef5;text-align:left;padding:4px 8px;font-weight:normal;color:#345} .band td{padding:4px 8px} .parties{display:flex;justify-content:space-between;margin-top:10px} .buyer{width:45%} .supplier{width:45%} .bh{font-weight:bold;color:#345}</style>
    <div style="font-size:20pt;color:#345">FACTURE</div>
    <div class="parties">${supplierBlock(inv)}${buyerBlock(inv, 'Client')}</div>
    ${band(heads, values)}${refs.length ? band(refs.map((r) => r[0].replace(/ n°$/, '')), refs.map((r) => r[1])) : ''}
    ${itemsTable(inv)}
    ${band(['Total HT', 'Total TVA', 'Total TTC', 'Net à payer'], [money(inv, inv.ht), money(inv, inv.tva), money(inv, inv.ttc), money(inv, inv.net)])}
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 6. Multi-rate VAT table, sometimes without a VAT total line.
  multirate(inv) {
    const refs = refsList(inv).map(([k, v]) => `${k} ${esc(v)}`).join(' · ');
    const showTotal = inv.index % 2 === 0;
    return `<style>${BASE_CSS} body{font-family:'Liberation Serif';font-size:10.5pt} .top{display:flex;justify-content:space-between} .buyer{margin-top:10px;padding:6px;background:#f4f4f4;width:45%} .vat{margin:8px 0 0 auto} .vat td,.vat th{padding:3px 10px;border:1px solid #ccc} .tt{margin:8px 0 0 auto} .tt td{padding:2px 10px}</style>
    <div class="top">${supplierBlock(inv)}<div><h2>Facture ${esc(inv.number)}</h2><div>Date d’émission : ${d(inv, inv.date)}</div><div>Date de livraison : ${d(inv, inv.delivery)}</div></div></div>
    ${buyerBlock(inv, 'Destinataire')}<p>${refs}</p>${itemsTable(inv)}
    <table class="vat"><tr><th>Taux</th><th>Base HT</th><th>Montant TVA</th></tr>${inv.vat.map((v) => `<tr><td>${rateText(v.rate)}</td><td class="r">${money(inv, v.base)}</td><td class="r">${money(inv, v.amount)}</td></tr>`).join('')}</table>
    <table class="tt"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr>${showTotal ? `<tr><td>Total TVA</td><td class="r">${money(inv, inv.tva)}</td></tr>` : ''}<tr><td><b>Total TTC</b></td><td class="r"><b>${money(inv, inv.ttc)}</b></td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 7. Deposit already paid: net à payer below TTC.
  acompte(inv) {
    const refs = refsList(inv).map(([k, v]) => `<li>${k} : ${esc(v)}</li>`).join('');
    return `<style>${BASE_CSS} body{font-family:'DejaVu Sans';font-size:9.5pt} .top{display:flex;justify-content:space-between} .buyer{width:42%;border:1px dashed #999;padding:6px} .tot{margin:6px 0 0 auto;width:300px} .tot td{padding:3px 6px} .tot .n td{background:#222;color:#fff;font-weight:bold}</style>
    <div class="top">${supplierBlock(inv)}${buyerBlock(inv, 'Maître d’ouvrage')}</div>
    <h2>FACTURE DE SITUATION N° ${esc(inv.number)}</h2><div>Date de facture : ${d(inv, inv.date)} — Date de commande : ${d(inv, inv.orderDate)}</div><ul>${refs}</ul>
    ${itemsTable(inv)}
    <table class="tot"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA ${rateText(inv.vat[0].rate)}</td><td class="r">${money(inv, inv.tva)}</td></tr><tr><td>Total TTC</td><td class="r">${money(inv, inv.ttc)}</td></tr><tr><td>Acompte versé le ${d(inv, inv.orderDate)}</td><td class="r">${money(inv, -inv.deposit)}</td></tr><tr class="n"><td>Net à payer</td><td class="r">${money(inv, inv.net)}</td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 8. Credit note (AVOIR), amounts printed negative or positive.
  avoir(inv) {
    inv.negativeAmounts = inv.index % 2 === 1;
    const refs = refsList(inv).map(([k, v]) => `<div>${k} : ${esc(v)}</div>`).join('');
    return `<style>${BASE_CSS} body{font-family:'Liberation Sans'} .title{font-size:20pt;color:#a22} .top{display:flex;justify-content:space-between} .buyer{width:45%} .tot{margin-left:auto} .tot td{padding:3px 8px}</style>
    <div class="top">${supplierBlock(inv)}<div><div class="title">AVOIR</div><div>Avoir n° ${esc(inv.number)}</div><div>Date : ${d(inv, inv.date)}</div><div>Facture d’origine n° F-${inv.date.y - 1}-${digits(4)} du ${d(inv, inv.orderDate)}</div></div></div>
    ${buyerBlock(inv, 'Client')}${refs}${itemsTable(inv)}
    <table class="tot"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>Total TVA</td><td class="r">${money(inv, inv.tva)}</td></tr><tr><td><b>Total TTC</b></td><td class="r"><b>${money(inv, inv.ttc)}</b></td></tr><tr><td>Net à déduire / Net à payer</td><td class="r">${money(inv, inv.net)}</td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 9. Bilingual labels.
  bilingual(inv) {
    const refs = refsList(inv).map(([k, v]) => `<tr><td>${k}</td><td>${esc(v)}</td></tr>`).join('');
    return `<style>${BASE_CSS} body{font-family:'Liberation Sans';font-size:9.5pt} .top{display:flex;justify-content:space-between} .buyer{width:45%} .meta td{padding:2px 10px 2px 0} .tot{margin-left:auto} .tot td{padding:2px 8px}</style>
    <div class="top">${supplierBlock(inv, { siretLabel: 'SIRET / Company ID' })}<div><h2>Facture / Invoice</h2><table class="meta"><tr><td>Facture / Invoice No.</td><td>${esc(inv.number)}</td></tr><tr><td>Date de facture / Invoice date</td><td>${d(inv, inv.date)}</td></tr><tr><td>Échéance / Due date</td><td>${d(inv, inv.due)}</td></tr>${refs}</table></div></div>
    ${buyerBlock(inv, 'Client / Bill to')}${itemsTable(inv)}
    <table class="tot"><tr><td>Total HT / Total excl. VAT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA / VAT ${rateText(inv.vat[0].rate)}</td><td class="r">${money(inv, inv.tva)}</td></tr><tr><td>Total TTC / Total incl. VAT</td><td class="r">${money(inv, inv.ttc)}</td></tr><tr><td>Net à payer / Amount due</td><td class="r">${money(inv, inv.net)}</td></tr></table>
    ${bank(inv, 'IBAN')}<div class="legal">${legal(inv)}</div>`;
  },
  // 10. Long invoice over several pages, totals on the last page only.
  multipage(inv) {
    const refs = refsList(inv).map(([k, v]) => `<div>${k} : ${esc(v)}</div>`).join('');
    return `<style>${BASE_CSS} body{font-family:'DejaVu Sans';font-size:9.5pt} .top{display:flex;justify-content:space-between} .buyer{width:45%} .tot{margin:10px 0 0 auto} .tot td{padding:2px 8px} .items td{border-bottom:1px solid #eee}</style>
    <div class="top">${supplierBlock(inv)}<div><h2>FACTURE N° ${esc(inv.number)}</h2><div>Date : ${d(inv, inv.date)}</div><div>Date de livraison : ${d(inv, inv.delivery)}</div>${refs}</div></div>
    ${buyerBlock(inv, 'Adresse de facturation')}${itemsTable(inv)}
    <table class="tot"><tr><td>Sous-total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>Montant TVA</td><td class="r">${money(inv, inv.tva)}</td></tr><tr><td><b>Montant TTC</b></td><td class="r"><b>${money(inv, inv.ttc)}</b></td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 11. Key/value table with borders (labels in th cells).
  labeltable(inv) {
    const rows = [[inv.labels.number.replace(/ :$/, ''), inv.number], [inv.labels.date, d(inv, inv.date)], ['Date de livraison', d(inv, inv.delivery)], ...refsList(inv), ...distractors(inv)];
    return `<style>${BASE_CSS} body{font-family:'Liberation Sans';font-size:10pt} .kv{margin-top:14px} .kv th{text-align:left;background:#f0f0f0;border:1px solid #aaa;padding:4px 12px;font-weight:normal;width:200px} .kv td{border:1px solid #aaa;padding:4px 12px;width:200px} .buyer{margin:12px 0 0 320px} .tot{margin-left:auto;margin-top:8px} .tot th{text-align:left;border:1px solid #aaa;padding:4px 10px;font-weight:normal} .tot td{border:1px solid #aaa;padding:4px 10px}</style>
    ${supplierBlock(inv)}${buyerBlock(inv, 'Destinataire de la facture')}
    <h2>FACTURE</h2><table class="kv">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join('')}</table>
    ${itemsTable(inv)}
    <table class="tot"><tr><th>${inv.labels.ht}</th><td class="r">${money(inv, inv.ht)}</td></tr><tr><th>${inv.labels.tva}</th><td class="r">${money(inv, inv.tva)}</td></tr><tr><th>${inv.labels.ttc}</th><td class="r">${money(inv, inv.ttc)}</td></tr><tr><th>${inv.labels.net}</th><td class="r">${money(inv, inv.net)}</td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 12. Letter style: place and date, "Objet : facture n°", amounts with EUR.
  letter(inv) {
    const refs = refsList(inv).map(([k, v]) => `${k} ${esc(v)}`).join(', ');
    const city = inv.supplier.address[1].replace(/^\d+ /, '');
    return `<style>${BASE_CSS} body{font-family:'DejaVu Serif';font-size:10.5pt} .buyer{margin:20px 0 0 330px} .place{margin:24px 0 0 330px} .sum td{padding:2px 12px 2px 0}</style>
    ${supplierBlock(inv)}${buyerBlock(inv, 'À l’attention de')}
    <div class="place">${esc(city)}, le ${fmtDate(inv.date, 'long')}</div>
    <p><b>Objet : facture n° ${esc(inv.number)}</b>${refs ? `<br>Références : ${refs}` : ''}</p>
    <p>Madame, Monsieur, veuillez trouver ci-dessous le détail de notre intervention du ${d(inv, inv.delivery)}.</p>${itemsTable(inv, { cols: 'short' })}
    <table class="sum"><tr><td>Total hors taxes</td><td class="r">${money(inv, inv.ht, 'eur')}</td></tr><tr><td>TVA au taux de ${rateText(inv.vat[0].rate)}</td><td class="r">${money(inv, inv.tva, 'eur')}</td></tr><tr><td>Total toutes taxes comprises</td><td class="r">${money(inv, inv.ttc, 'eur')}</td></tr></table>
    <p>Nous vous remercions de bien vouloir régler la somme de ${money(inv, inv.net, 'eur')} avant le ${d(inv, inv.due)}.</p>${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
  // 13. Ledger: uppercase labels with dotted abbreviations, a discount before the net HT, amounts with EUR before.
  ledger(inv) {
    const refs = refsList(inv).map(([k, v]) => `<tr><td>${k.toUpperCase()}</td><td>${esc(v)}</td></tr>`).join('');
    const gross = inv.ht + inv.discount;
    const m = (c) => `EUR ${fmtAmount(c, inv.amountStyle, 'none')}`;
    return `<style>${BASE_CSS} body{font-family:'Liberation Sans Narrow','Liberation Sans';font-size:10pt} .hd{border-bottom:3px double #000;display:flex;justify-content:space-between;padding-bottom:6px} .meta td{padding:1px 12px 1px 0;font-size:9pt} .buyer{margin:12px 0 0 0;width:50%} .bh{font-size:8pt;letter-spacing:1px;color:#666} .tot{margin-left:auto;font-size:10pt} .tot td{padding:2px 10px}</style>
    <div class="hd">${supplierBlock(inv)}<table class="meta"><tr><td>FACTURE N°</td><td>${esc(inv.number)}</td></tr><tr><td>DATE</td><td>${d(inv, inv.date)}</td></tr><tr><td>ÉCHÉANCE</td><td>${d(inv, inv.due)}</td></tr><tr><td>CODE CLIENT</td><td>${inv.clientNumber}</td></tr>${refs}</table></div>
    ${buyerBlock(inv, 'FACTURER À')}${itemsTable(inv)}
    <table class="tot"><tr><td>TOTAL BRUT H.T.</td><td class="r">${m(gross)}</td></tr><tr><td>REMISE 5 %</td><td class="r">${m(-inv.discount)}</td></tr><tr><td>TOTAL NET H.T.</td><td class="r">${m(inv.ht)}</td></tr><tr><td>T.V.A. ${rateText(inv.vat[0].rate)}</td><td class="r">${m(inv.tva)}</td></tr><tr><td>TOTAL T.T.C.</td><td class="r">${m(inv.ttc)}</td></tr><tr><td><b>NET A PAYER</b></td><td class="r"><b>${m(inv.net)}</b></td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)} – Code APE 4332A – Pénalités de retard : 3 fois le taux légal – Indemnité forfaitaire 40,00 €</div>`;
  },
  // 14. Sidebar: supplier in a narrow left column, labels stacked above their values.
  sidebar(inv) {
    const stack = (k, v) => `<div class="k">${k}</div><div class="v">${esc(v)}</div>`;
    const refs = refsList(inv).map(([k, v]) => stack(k, v)).join('');
    return `<style>${BASE_CSS} body{font-family:'DejaVu Sans';font-size:9pt} .wrap{display:flex} .side{width:190px;background:#223;color:#fff;padding:10px;min-height:900px} .main{flex:1;padding:0 0 0 20px} .k{font-size:7.5pt;color:#889;text-transform:uppercase;margin-top:8px} .v{font-size:10pt} .buyer{margin-top:10px} .tot{margin:8px 0 0 auto} .tot td{padding:3px 8px}</style>
    <div class="wrap"><div class="side">${supplierBlock(inv)}${stack(inv.labels.number.replace(/ :$/, ''), inv.number)}${stack(inv.labels.date, d(inv, inv.date))}${stack('Échéance', d(inv, inv.due))}${refs}</div>
    <div class="main"><h1>Facture</h1>${buyerBlock(inv, 'Client')}${itemsTable(inv)}
    <table class="tot"><tr><td>${inv.labels.ht}</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>${inv.labels.tva}</td><td class="r">${money(inv, inv.tva)}</td></tr><tr><td>${inv.labels.ttc}</td><td class="r">${money(inv, inv.ttc)}</td></tr><tr><td>${inv.labels.net}</td><td class="r">${money(inv, inv.net)}</td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)}</div></div></div>`;
  },
  // 15. Services by day: a Date column in the item table (never the invoice date), number and date as loose cells.
  services(inv) {
    const refs = refsList(inv).map(([k, v]) => `<div>${k} ${esc(v)}</div>`).join('');
    const rows = inv.lines.map((l, i) => `<tr><td>${d(inv, addDays(inv.date, -28 + i * 3))}</td><td>${esc(l.label)}</td><td class="r">${qtyText(l.qty)}</td><td class="r">${money(inv, l.total, 'none')}</td></tr>`).join('');
    return `<style>${BASE_CSS} body{font-family:'Liberation Sans';font-size:10pt} .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #c60;padding-bottom:8px} .t{font-size:26pt;color:#c60} .parties{display:flex;justify-content:space-between;margin-top:12px} .buyer{width:45%} .tot{margin:8px 0 0 auto} .tot td{padding:2px 10px}</style>
    <div class="hd"><div class="t">FACTURE</div><div><div>N° ${esc(inv.number)}</div><div>Le ${fmtDate(inv.date, inv.dateStyle === 'slash' ? 'long' : inv.dateStyle)}</div></div></div>
    <div class="parties">${supplierBlock(inv)}${buyerBlock(inv, 'Client')}</div>
    <p>Réf. client : ${inv.clientNumber} – Date de commande : ${d(inv, inv.orderDate)}</p>${refs}
    <table class="items"><thead><tr><th>Date</th><th>Prestation</th><th>Jours</th><th>Montant HT</th></tr></thead><tbody>${rows}</tbody></table>
    <table class="tot"><tr><td>${inv.labels.ht}</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA (${rateText(inv.vat[0].rate)})</td><td class="r">${money(inv, inv.tva)}</td></tr><tr><td>${inv.labels.ttc}</td><td class="r">${money(inv, inv.ttc)}</td></tr></table>
    ${bank(inv)}<div class="legal">${legal(inv)}</div>`;
  },
};

const FAMILIES = {
  classic: 'accounting-software', artisan: 'artisan', dotleaders: 'legacy-billing', micro: 'micro-entrepreneur',
  columns: 'saas', multirate: 'multi-rate', acompte: 'works', avoir: 'credit-note', bilingual: 'bilingual',
  multipage: 'multi-page', labeltable: 'word-template', letter: 'letter', ledger: 'accounting-software',
  sidebar: 'saas', services: 'services',
};

export default Object.entries(LAYOUTS).map(([name, render], position) => ({
  name,
  family: FAMILIES[name],
  producers: ['chromium'],
  count: 7,
  make(index) {
    rng.reseed(1000 * (position + 1) + index);
    const inv = makeInvoice(name, index);
    // Rendering draws values too (labels, BIC): it runs right after the invoice, as it always did.
    inv.html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${render(inv)}</body></html>`;
    return inv;
  },
  truth: (inv) => {
    const { _layout, ...fields } = groundTruth(inv);
    return fields;
  },
  html: (inv) => inv.html,
}));

// Blind-32 layouts written for Chromium (see ../../README.md): a bike-share operator's monthly invoice for the
// maintenance of a public self-service bike fleet, printed by a web invoicing SaaS (a fixed fee per bike in service,
// curative repairs by the unit, batteries of the electric bikes replaced, stations rebalanced by van; the identity as a
// row of headings over values, the contract of seven digits beside it; the references in a box of their own or in the
// row; a discount on some; one credit note for the availability penalty), and a car-sharing cooperative's monthly
// statement for a commune's staff subscription (the identity in a left sidebar with labels over values, the bookings
// agent badge by agent in hours and kilometres, the member number of seven digits, fuel included; the engagement in
// the buyer's block or in the sidebar; one credit note for a booking cancelled by the cooperative).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { hours32, maybeRelabel32, mobilityBuyer, perHour, seven32 } from '../../lib/blind32.mjs';

// ——— 1. Bike-share fleet maintenance: a web SaaS invoice, a row of headings over values. ———
const STATIONS = ['Châteaucreux', 'Hôtel de Ville', 'Jean Jaurès', 'Fourneyron', 'Carnot', 'Bellevue', 'Cité du Design', 'Campus Tréfilerie', 'Place du Peuple', 'Jacquard'];
const velos = {
  name: 'ad-velos-partage-maintenance',
  family: 'bike-share-fleet-maintenance-saas-heads-row',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const inv = makeInvoice('ad-velos-partage-maintenance', i, { cityProb: 0.45, engagementProb: 0.75, trades: ['services'], numbers: credit ? ['avoir'] : ['pennylane', 'hash', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 0, 3], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'bikes');
    renameSupplier(inv, x.pick(['Cyclo Flotte Services', 'VéloMaint Rhône-Loire', 'Roue Libre Maintenance', 'Mobi’Cycles Atelier']), 'SAS');
    inv.supplier.ape = '3092Z';
    mobilityBuyer(inv, x, 'mobility', 0.85);
    localReferences(inv, x);
    maybeRelabel32(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract = seven32(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.fleet = x.int(8, 60) * 10;
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(5, 25)) };
      const hours = x.int(20, 140);
      inv.lines.push({ label: `Pénalité de disponibilité : taux de vélos disponibles inférieur à 92 % (${hours} heures-station) – ${inv.period.name}`, qty: hours, qtyText: String(hours), unitName: 'h', unit: x.int(8, 25) * 100, rate: 2000 });
    } else {
      inv.lines.push({ label: `Forfait de maintenance préventive – ${inv.period.name} (vélos en service)`, qty: inv.fleet, qtyText: String(inv.fleet), unitName: 'vélo/mois', unit: x.int(1400, 2600), rate: 2000 });
      const repairs = x.int(12, 90);
      inv.lines.push({ label: 'Réparations curatives en atelier (freins, chaîne, pneumatiques, éclairage)', qty: repairs, qtyText: String(repairs), unitName: 'intervention', unit: x.int(1800, 3500), rate: 2000 });
      if (x.chance(0.6)) {
        const batteries = x.int(1, 8);
        inv.lines.push({ label: 'Remplacement de batterie lithium 36 V – vélos à assistance électrique (pièce + main-d’œuvre)', qty: batteries, qtyText: String(batteries), unitName: 'u', unit: x.int(380, 620) * 100, rate: 2000 });
      }
      const hours = x.int(20, 120) * 25;
      const hp = x.int(38, 52) * 100;
      inv.lines.push({ label: `Régulation des stations par fourgon (${x.pick(STATIONS)}, ${x.pick(STATIONS)}…)`, qty: hours / 100, qtyText: hours32(hours), unitName: 'h', total: perHour(hours, hp), unit: hp, rate: 2000 });
      if (x.chance(0.4)) inv.lines.push({ label: 'Enlèvement d’épaves de vélos vandalisés et mise en déchetterie', qty: 1, qtyText: '1', unitName: 'forfait', unit: x.int(90, 260) * 100, rate: 2000 });
    }
    for (const l of inv.lines) l.unitText ??= plainMoney(inv, l.unit);
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre vélos n°', 'N° de marché'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const inHeads = x.chance(0.4);
    const accent = x.pick(['#00838f', '#e65100', '#3949ab']);
    const heads = [[inv.avoir ? 'Avoir n°' : 'Facture n°', inv.number], ['Date', date(inv, inv.date)], [inv.avoir ? 'Facture d’origine' : 'Échéance', inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ['N° de contrat', inv.contract], ...(inHeads ? refs : [])];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)}</td><td>${esc(l.unitName)}</td><td class="r">${esc(l.unitText)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push(['Sous-total HT', inv.grossHT], [`Remise fidélité ${inv.discountPct} %`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['TVA (20 %)', inv.tva], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([x.pick(['Montant dû', 'Net à payer', 'Reste dû']), inv.net, true]);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 16pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.6pt; color: #555; }
      h1 { font-size: 19pt; margin: 0; color: ${accent}; font-weight: normal; text-align: right; }
      .heads { margin-top: 6mm; border-top: 2px solid ${accent}; } .heads th { font-size: 6.6pt; color: #888; text-transform: uppercase; text-align: left; padding: 1.5mm 2mm 0.2mm; font-weight: normal; } .heads td { font-size: 8.8pt; white-space: nowrap; font-weight: bold; padding: 0 2mm 1.5mm; border-bottom: 1px solid #ddd; }
      .parties { display: flex; justify-content: space-between; margin-top: 5mm; } .box { width: 80mm; padding: 2mm 3mm; background: #f6f7f9; } .box .h { font-size: 6.8pt; color: #888; text-transform: uppercase; margin-bottom: 1mm; }
      .items { margin-top: 5mm; } .items th { border-bottom: 1.5px solid ${accent}; text-align: left; padding: 1.2mm; font-size: 7.4pt; color: ${accent}; } .items td { padding: 1.4mm 1.2mm; border-bottom: 1px solid #eee; vertical-align: top; }
      .below { display: flex; justify-content: space-between; margin-top: 4mm; } .info { width: 86mm; font-size: 7.4pt; color: #444; } .tot { width: 76mm; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10pt; color: #fff; background: ${accent}; }
      .legal { font-size: 6.6pt; color: #777; margin-top: 8mm; text-align: center; border-top: 1px solid #ddd; padding-top: 2mm; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Maintenance de flottes de vélos en libre-service et de vélos à assistance électrique<br>${supplierTexts(inv, x).slice(1).map(esc).join(' · ')}</div></div>
      <h1>${inv.avoir ? 'Avoir' : 'Facture'}</h1></div>
     <table class="heads"><tr>${heads.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${heads.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>
     <div class="parties"><div class="box"><div class="h">Client</div>${htmlLines(buyerTexts(inv, x))}</div>
      ${!inHeads && refs.length ? `<div class="box"><div class="h">Références client</div>${refs.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div>` : ''}</div>
     <p><b>${esc(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Maintenance du parc de vélos en libre-service – ${inv.period.name} (du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')})`)}</b></p>
     <table class="items"><tr><th>Description</th><th class="r">Qté</th><th>Unité</th><th class="r">Prix unitaire HT</th><th class="r">Total HT</th></tr>${rows}</table>
     <div class="below"><div class="info">Parc contractuel : ${inv.fleet} vélos dont ${Math.round(inv.fleet / 4)} à assistance électrique – taux de disponibilité mesuré par la supervision du service.<br>Pièces remplacées conservées à disposition du pouvoir adjudicateur pendant 30 jours.</div>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <p>${inv.avoir ? 'Avoir à imputer sur votre prochain règlement.' : `${esc(paymentText(inv))} – référence de paiement : <b>${esc(inv.number)}</b>`}</p>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. Car-sharing for the staff: a cooperative's monthly statement, a left sidebar, bookings by badge. ———
const CARS = ['Renault Zoé', 'Peugeot e-208', 'Dacia Spring', 'Renault Clio', 'Citroën Berlingo', 'Toyota Yaris hybride'];
const autopartage = {
  name: 'ad-autopartage-agents',
  family: 'staff-car-sharing-cooperative-sidebar-bookings',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('ad-autopartage-agents', i, { cityProb: 0.35, engagementProb: 0.6, trades: ['services'], numbers: credit ? ['avoirOdoo'] : ['odoo', 'dolibarr', 'compact'], engagementLabels: ['engagement', 'commande', 'ej', 'votreCommandeEngagement'], marketProb: 0.15, serviceProb: 0.45, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'none', 'dot'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'cars');
    renameSupplier(inv, x.pick(['Citiz Loire Autopartage', 'Coop’Auto Forez', 'Mobilauto Partage', 'Roulons Ensemble']), 'SCIC SAS');
    inv.supplier.ape = '7711A';
    mobilityBuyer(inv, x, 'mobility', 0.85);
    localReferences(inv, x);
    maybeRelabel32(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.member = seven32(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    const hourP = x.int(2, 4) * 100 + x.pick([0, 50]);
    const kmP = x.int(28, 42);
    inv.rates32 = { hourP, kmP };
    inv.bookings = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC/${inv.date.y}/${String(x.int(10, 999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(5, 25)) };
      inv.lines = [{ label: `Réservation annulée par la coopérative (véhicule indisponible) – badge ${x.digits(8)}`, qty: 1, unit: x.int(30, 120) * 100, rate: 2000 }];
    } else {
      const n = x.int(3, 7);
      for (let k = 0; k < n; k++) {
        const hours = x.int(2, 40);
        const kms = x.int(15, 420);
        inv.bookings.push({ badge: `${x.digits(8)}`, car: x.pick(CARS), hours, kms, total: hours * hourP + Math.round((kms * kmP)) });
      }
      const subs = x.int(1, 4);
      inv.lines = [
        { label: `Abonnement « Entreprises et collectivités » – ${subs} badge(s) agents – ${inv.period.name}`, qty: subs, unit: x.int(8, 15) * 100, rate: 2000 },
        ...inv.bookings.map((b) => ({ label: `Badge ${b.badge} – ${b.car} – ${b.hours} h / ${frNumber(b.kms)} km`, qty: 1, unit: b.total, rate: 2000 })),
      ];
      if (x.chance(0.35)) inv.lines.push({ label: 'Frais de nettoyage intérieur (véhicule rendu sale)', qty: 1, unit: 2500, rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention n°'], service: ['Code service', 'Service utilisateur'] });
    const inBuyer = x.chance(0.5);
    const accent = x.pick(['#6a1b9a', '#2e7d32', '#c62828']);
    const label = (t) => p(t.toLocaleUpperCase('fr-FR'), { size: 6.6, color: '#888888', before: 2 });
    const side = [
      p(s.name, { b: true, size: 11, color: accent }), p('Société coopérative d’intérêt collectif – autopartage en boucle', { size: 6.8, i: true }),
      ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7 })), space(4),
      label(inv.avoir ? 'Avoir n°' : 'Facture n°'), p(inv.number, { b: true, size: 10.5 }),
      label('Date d’émission'), p(date(inv, inv.date), { b: true }),
      label('N° d’adhérent'), p(inv.member, { b: true }),
      label('Période'), p(`${fmtDate(inv.period.from, 'slash')} – ${fmtDate(inv.period.to, 'slash')}`),
      ...(inv.avoir ? [label('Facture d’origine'), p(inv.origin.number)] : [label('À régler avant le'), p(fmtDate(inv.due, 'slash'))]),
      ...(inBuyer ? [] : refs.flatMap(([k, v]) => [label(k), p(v, { b: true })])),
    ];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)], [inv.avoir ? 'Total de l’avoir TTC' : 'Total TTC', money(inv, inv.ttc)]];
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant dû']), money(inv, inv.net)]);
    const main = [
      p(inv.avoir ? 'Avoir' : 'Relevé mensuel valant facture', { b: true, size: 15, color: accent }), space(3),
      p('Adressé à', { size: 6.8, color: '#888888' }), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 })),
      ...(inBuyer ? refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4 })) : []), space(4),
      p(inv.avoir ? `Avoir sur la facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Utilisation du service d’autopartage par vos agents – ${inv.period.name}`, { b: true }),
      table([86, 12, 20, 22], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#eeeeee' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
      table([40, 28], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 72, border: 'none', align: ['left', 'right'], size: 8.8 }),
      ...(inv.avoir ? [] : [p(`Tarif collectivités : ${frNumber(inv.rates32.hourP / 100, 2)} € HT de l’heure, ${frNumber(inv.rates32.kmP / 100, 2)} € HT du kilomètre, carburant ou recharge, assurance et entretien compris.`, { size: 7.2, i: true, before: 3 })]),
      rule(),
      p(inv.avoir ? 'Montant remboursé par virement ou déduit du prochain relevé.' : `${paymentText(inv, 'Prélèvement ou virement')} – rappelez votre n° d’adhérent`, { size: 8 }),
      p(LATE_FEES, { size: 6.6 }),
    ];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 12, 18, 12],
      body: [columns([52, 6, 128], [side, [], main])],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

export default [velos, autopartage];

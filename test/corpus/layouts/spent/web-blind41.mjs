// Blind-41 layouts written for Chromium (see ../../README.md): a wood-energy supplier's invoice for forest wood chips
// delivered to a commune's wood-fired boiler, printed by an Odoo-like ERP (« Facture FAC/… » in the title line, a row
// of headings over values with the delivery note of seven digits and the customer account of eight; each delivery by
// date with its weighbridge ticket, its tonnes with three decimals and its moisture; chips at 10 %, the blower truck or
// the container hire at 20 % on some with the VAT per rate; a discount on some; one credit note for a load found too
// wet), and an irrigation contractor's invoice for the automatic watering of sports grounds printed by a Sellsy-like
// SaaS (labels beside values on the right, French–English on some; sprinklers, valves, controllers and pipes by the
// metre pitch by pitch, the water meter of eight digits with its index; a 5 % retention of guarantee on some; one
// credit note for sprinklers taken back; one stadium over two pages).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { both, retain } from '../../lib/blind25.mjs';
import { eight41, hundredths41, perHundredth41, perTonne41, seven41, start41, tonnes41 } from '../../lib/blind41.mjs';

const startLook = (inv) => extraRng(inv, 'look');

// ——— 1. Wood chips for a boiler: an Odoo-like invoice, a row of headings, deliveries by the tonne. ———
const SITES = ['chaufferie du groupe scolaire', 'chaufferie centrale du réseau de chaleur', 'chaufferie de la piscine', 'chaufferie de l’EHPAD', 'silo de la mairie et de la salle des fêtes'];
const plaquettes = {
  name: 'am-plaquettes-chaufferie-bois',
  family: 'boiler-wood-chips-erp-tonnes-two-rates',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const { inv, x } = start41('am-plaquettes-chaufferie-bois', i, { cityProb: 0.35, engagementProb: 0.7, numbers: credit ? ['avoirOdoo'] : ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.4, serviceProb: 0.4, dateStyles: ['slash'], rates: [[1000]], discountPct: credit ? [0] : [0, 0, 0, 2], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false },
      { names: ['Forez Bois Énergie', 'Pilat Plaquettes Forestières', 'Loire Biomasse Services', 'Combustibles Bois des Monts du Forez'], form: ['SAS', 'SARL', 'SCIC SAS'], ape: '0220Z', kind: 'heat', tag: 'chips' });
    inv.site = x.pick(SITES);
    inv.account = eight41(x);
    inv.deliveryNo = seven41(x);
    inv.grade = x.pick(['P31S', 'P45S', 'P16S']);
    const price = x.int(95, 145) * 100;
    inv.lines = [];
    const rates = [1000];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC/${inv.date.y}/${String(x.int(10, 999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(5, 30)) };
      const kg = x.int(8000, 22000);
      const cut = x.int(12, 30) * 100;
      inv.lines.push({ label: `Réfaction humidité : livraison du ${fmtDate(addDays(inv.origin.date, -x.int(1, 6)), 'slash')}, ticket de pesée ${seven41(x)}, humidité mesurée ${x.int(36, 44)} % (contrat ≤ 30 %)`, qtyText: tonnes41(kg), unitName: 't', unitText: plainMoney(inv, cut), total: perTonne41(kg, cut), unit: cut, qty: kg / 1000, rate: 1000 });
    } else {
      const n = x.int(2, 5);
      let day = addDays(inv.date, -x.int(30, 50));
      for (let k = 0; k < n; k++) {
        day = addDays(day, x.int(4, 10));
        const kg = x.int(7500, 24000);
        inv.lines.push({ label: `Plaquettes forestières ${inv.grade} – livraison du ${fmtDate(day, 'slash')} – ticket de pesée ${seven41(x)} – humidité ${x.int(18, 30)} %`, qtyText: tonnes41(kg), unitName: 't', unitText: plainMoney(inv, price), total: perTonne41(kg, price), unit: price, qty: kg / 1000, rate: 1000 });
      }
      if (x.chance(0.55)) {
        rates.push(2000);
        const blow = x.chance(0.5);
        const q = blow ? x.int(1, n) : 1;
        const u = blow ? x.int(60, 110) * 100 : x.int(150, 320) * 100;
        inv.lines.push({ label: blow ? 'Livraison par camion souffleur (supplément par livraison)' : 'Location de caisson de stockage 30 m³ (mois)', qtyText: String(q), unitName: blow ? 'livr.' : 'mois', unitText: plainMoney(inv, u), unit: u, qty: q, rate: 2000 });
      }
    }
    return priceLines(inv, rates);
  },
  html(inv) {
    const r = startLook(inv);
    const s = inv.supplier;
    const refs = refPairs(inv, r, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service'] });
    const inHeads = r.chance(0.5);
    const heads = [['Date de facturation', date(inv, inv.date)], inv.avoir ? ['Facture d’origine', inv.origin.number] : ['Date d’échéance', fmtDate(inv.due, 'slash')], ['Origine', `BL ${inv.deliveryNo}`], ['Référence client', inv.account], ...(inHeads ? refs : [])];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)} ${esc(l.unitName)}</td><td class="r">${esc(l.unitText)}</td><td class="r">TVA ${rate(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const tot = [];
    if (inv.discount) tot.push(['Sous-total', inv.grossHT], [`Remise ${inv.discountPct} %`, -inv.discount]);
    tot.push(['Montant hors taxes', inv.ht]);
    for (const v of inv.vat) tot.push([`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, v.amount]);
    tot.push(['Total', inv.ttc, true]);
    if (!inv.avoir && r.chance(0.5)) tot.push(['Montant dû', inv.net, true]);
    const accent = r.pick(['#714b67', '#017e84', '#875a7b']);
    return htmlPage(`body { font-family: '${r.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.2pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 14pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.4pt; color: #555; }
      .addr { width: 78mm; margin-top: 12mm; margin-left: auto; font-size: 9pt; }
      h2 { font-size: 17pt; font-weight: normal; margin: 8mm 0 3mm; } h2 span { color: ${accent}; }
      .heads td { vertical-align: top; padding: 0 3.5mm 0 0; } .heads .k { font-weight: bold; font-size: 8pt; } .heads .v { font-size: 8.4pt; white-space: nowrap; }
      .refs { margin-top: 3mm; font-size: 8pt; }
      .items { margin-top: 6mm; } .items th { border-bottom: 1px solid #000; text-align: left; padding: 1mm; } .items td { padding: 1.3mm 1mm; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
      .tot { width: 82mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.2mm; border-top: 1px solid #e4e4e4; } .tot .s td { font-weight: bold; border-top: 1px solid #000; }
      .pay { margin-top: 6mm; } .legal { font-size: 6.8pt; color: #666; margin-top: 10mm; text-align: center; border-top: 1px solid ${accent}; padding-top: 2mm; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Bois énergie – plaquettes forestières certifiées ${esc(inv.grade.slice(0, 3))} – granulométrie ${esc(inv.grade)}<br>${supplierTexts(inv, r).slice(1).map(esc).join('<br>')}</div></div></div>
     <div class="addr">${htmlLines(buyerTexts(inv, r))}</div>
     <h2>${inv.avoir ? 'Avoir' : 'Facture'} <span>${esc(inv.number)}</span></h2>
     <table class="heads" style="width:auto"><tr>${heads.map(([k]) => `<td class="k">${esc(k)}</td>`).join('')}</tr><tr>${heads.map(([, v]) => `<td class="v">${esc(v)}</td>`).join('')}</tr></table>
     ${!inHeads && refs.length ? `<div class="refs">${refs.map(([k, v]) => `${esc(k)} : <b>${esc(v)}</b>`).join(' &nbsp;·&nbsp; ')}</div>` : ''}
     <div class="refs">Lieu de livraison : ${esc(inv.site)}${inv.avoir ? ` – avoir sur la facture ${esc(inv.origin.number)} du ${fmtDate(inv.origin.date, 'slash')}` : ''}</div>
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire</th><th class="r">Taxes</th><th class="r">Montant</th></tr>${rows}</table>
     <table class="tot">${tot.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <div class="pay">${inv.avoir ? 'Cet avoir sera déduit de votre prochain règlement.' : `${esc(paymentText(inv))}<br>Communication de paiement : <b>${esc(inv.number)}</b>`}</div>
     <p style="font-size:7pt;color:#555">Pesées sur pont-bascule vérifié. Taux de TVA réduit de 10 % applicable au bois de chauffage (art. 279 du CGI). ${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 14mm 14mm 14mm');
  },
};

// ——— 2. Automatic irrigation of sports grounds: a SaaS invoice, labels beside values, pitch by pitch. ———
const PITCHES = ['Stade municipal – terrain d’honneur', 'Stade municipal – terrain annexe', 'Terrain de rugby', 'Plaine des sports – terrain n° 2', 'Complexe sportif – terrain d’entraînement', 'Stade du Bourg'];
const ITEMS = [
  ['Arroseur escamotable à turbine longue portée (20–25 m), buses et réglages', 'u', 280, 520],
  ['Électrovanne 2" avec regard de protection', 'u', 190, 340],
  ['Canalisation PEHD Ø 63 PN16, fourniture et pose en tranchée', 'ml', 14, 29],
  ['Tranchée mécanique 0,60 m et remblaiement, remise en état du gazon', 'ml', 9, 18],
  ['Câble de commande multiconducteur', 'ml', 3, 7],
  ['Programmateur 12 stations avec sonde de pluie', 'u', 680, 1450],
  ['Main-d’œuvre technicien irrigation', 'h', 48, 68],
];
const arrosage = {
  name: 'am-arrosage-integre-stades',
  family: 'sports-ground-irrigation-saas-labels-beside-retention',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const long = i === 6;
    const { inv, x } = start41('am-arrosage-integre-stades', i, { cityProb: 0.35, engagementProb: 0.75, numbers: credit ? ['avoir'] : ['pennylane', 'hash', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'narrow'], lines: [1, 1], rcsProb: 0.6, negative: credit ? 0.5 : false },
      { names: ['Hydro Sport Irrigation', 'Arrosage Technique Rhône-Loire', 'Irri’Terrains Services', 'Aqua Gazon Forez'], form: ['SAS', 'SARL'], ape: '4322A', kind: 'water', tag: 'irrigation' });
    inv.meter = eight41(x);
    inv.index = x.int(1200, 98000);
    inv.quoteNo = seven41(x);
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(8, 40)) };
      const q = x.int(2, 6);
      inv.lines.push({ label: `Reprise d’arroseurs non posés (modification du plan d’arrosage) – ${x.pick(PITCHES)}`, qtyText: String(q), unitName: 'u', unit: x.int(280, 480) * 100, qty: q, rate: 2000 });
    } else {
      const pitches = long ? PITCHES.slice(0, 4) : [x.pick(PITCHES)];
      for (const pitch of pitches) {
        for (const [label, unitName, lo, hi] of ITEMS) {
          if (!long && x.chance(0.3)) continue;
          const qty = unitName === 'ml' ? x.int(40, 380) : unitName === 'h' ? x.int(6, 40) : x.int(1, unitName === 'u' && lo > 600 ? 1 : 16);
          inv.lines.push({ label: `${pitch} – ${label}`, qtyText: frNumber(qty), unitName, unit: x.int(lo, hi) * 100 + x.pick([0, 50]), qty, rate: 2000 });
        }
      }
      const mes = x.int(200, 650);
      inv.lines.push({ label: 'Mise en eau, essais de pression et réglage des secteurs', qtyText: hundredths41(mes), unitName: 'h', unit: 5800, qty: mes / 100, total: perHundredth41(mes, 5800), rate: 2000 });
    }
    priceLines(inv, [2000]);
    if ([1, 4, 6].includes(i)) retain(inv, 5);
    return inv;
  },
  doc(inv) {
    const x = startLook(inv);
    const s = inv.supplier;
    const en = x.chance(0.4);
    const L = (fr, eng) => (en ? both(fr, eng) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°'], service: ['Code service', 'Service gestionnaire'] });
    const accent = x.pick(['#1e88e5', '#00897b', '#5e35b1']);
    const ident = [
      [L(inv.avoir ? 'Avoir n°' : 'Facture n°', inv.avoir ? 'Credit note no.' : 'Invoice no.'), inv.number, true],
      [L('Date', 'Date'), date(inv, inv.date)],
      ...(inv.avoir ? [[L('Facture d’origine', 'Original invoice'), inv.origin.number]] : [[L('Échéance', 'Due date'), fmtDate(inv.due, 'slash')]]),
      [L('Devis accepté', 'Quote'), inv.quoteNo],
      ...refs,
    ];
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.unitName, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[L('Total HT', 'Subtotal'), money(inv, inv.ht)], [L(`TVA ${rate(2000)}`, 'VAT'), money(inv, inv.tva)], [L(inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', 'Total'), money(inv, inv.ttc)]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} % (libérable à un an de la réception)`, money(inv, -inv.retenue)]);
    if (!inv.avoir) totals.push([L(x.pick(['Net à payer', 'Montant dû']), 'Amount due'), money(inv, inv.net)]);
    return {
      font: 'Liberation Sans', size: 8.2, margins: [12, 13, 16, 13],
      footer: [p(legalLine(inv), { size: 6.6, align: 'center' }), p('Page {page} / {pages}', { size: 6.6, align: 'right' })],
      body: [
        columns([98, 82], [
          [p(s.name, { b: true, size: 14, color: accent }), p('Arrosage automatique – terrains de sport et espaces verts', { size: 7.2, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 }))],
          [p(inv.avoir ? L('AVOIR', 'CREDIT NOTE') : L('FACTURE', 'INVOICE'), { b: true, size: 16, align: 'right', color: accent }), space(2),
            table([40, 42], ident.map(([k, v, strong]) => [{ text: k, size: 7.2, color: '#666666' }, { text: v, b: true, size: strong ? 9.6 : 8.4, align: 'right' }]), { border: 'none', size: 8 })],
        ]),
        space(5),
        columns([98, 82], [[p(L('Client', 'Bill to'), { size: 7, color: '#666666' }), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 }))],
          [p(`Compteur d’eau n° ${inv.meter} – index relevé à la mise en eau : ${frNumber(inv.index)} m³`, { size: 7.6 })]]),
        space(4),
        p(inv.avoir ? `Avoir sur la facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : 'Création et rénovation de réseaux d’arrosage intégré', { b: true, size: 9 }),
        table([90, 16, 12, 22, 24], [{ cells: ['Désignation', 'Qté', 'U.', 'P.U. HT', 'Total HT'], b: true, shade: '#eef2f7' }, ...rows], { border: 'rows', size: 7.6, align: ['left', 'right', 'center', 'right', 'right'], before: 2, after: 3 }),
        columns([90, 90], [[p(inv.avoir ? 'Montant imputé sur votre prochain règlement.' : paymentText(inv), { size: 7.6 }), p(LATE_FEES, { size: 6.8, before: 2 })],
          [table([60, 30], totals.map(([k, v], n) => ({ cells: [k, { text: v, align: 'right' }], b: n === totals.length - 1 })), { border: 'rows', size: 8.4 })]]),
        rule(),
      ],
    };
  },
};

export default [plaquettes, arrosage];

// Blind-39 layouts written for Chromium (see ../../README.md): a producers' platform's invoice of organic vegetables
// and fruit by the kilo for a central kitchen, printed by an Odoo-like ERP (the identity in the title line and a row of
// labels over values, the customer code of seven digits, the producer and the lot per line, logistics at 20 % beside
// the produce at 5,5 % on some, returnable crates outside VAT on some, a VAT summary by rate; one credit note for
// produce refused at delivery), and a fish wholesaler's invoice for a school kitchen printed by a web SaaS (labels
// beside values on the right, French–English on some, the delivery notes of seven digits, fish by the kilo with its
// catch area, a discount on some; one credit note for a weight shortfall).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { foodBuyer, kg3, lot39, maybeRelabel39, perKg, seven39 } from '../../lib/blind39.mjs';

// ——— 1. Organic vegetables from a producers' platform: an Odoo-like invoice, a row of labels over values. ———
const PRODUCE = [
  ['Carottes bio cat. II', 140, 210], ['Pommes de terre bio « Agata »', 110, 170], ['Poireaux bio', 260, 380], ['Courge butternut bio', 190, 290],
  ['Pommes bio « Golden » calibre 65-70', 230, 330], ['Lentilles vertes du Forez bio (sac 5 kg)', 420, 560], ['Salade batavia bio (pièce)', 90, 140], ['Betteraves crues bio', 170, 250],
  ['Poires bio « Conférence »', 280, 390], ['Oignons jaunes bio', 150, 220],
];
const PRODUCERS = ['GAEC des Monts du Lyonnais', 'Ferme de la Croix de Chaubouret', 'EARL du Pilat vert', 'Les Jardins de Montbrison', 'GAEC Bio Forez', 'Maraîchage des Bruneaux'];
const legumes = {
  name: 'ak-legumes-plateforme-producteurs',
  family: 'organic-vegetables-producers-platform-odoo-heads-row',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const inv = makeInvoice('ak-legumes-plateforme-producteurs', i, { cityProb: 0.35, engagementProb: 0.75, trades: ['food'], numbers: credit ? ['avoirOdoo'] : ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.45, serviceProb: 0.45, dateStyles: ['slash'], rates: [[550]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'veg');
    renameSupplier(inv, x.pick(['Loire Bio Local', 'Plateforme Paysanne du Forez', 'Manger Bio Loire', 'Terres de Loire Coop']), x.pick(['SCIC SAS', 'SAS']));
    inv.supplier.ape = '4631Z';
    foodBuyer(inv, x, 'kitchen', 0.85);
    localReferences(inv, x);
    maybeRelabel39(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.customer = seven39(x);
    inv.order = `S${x.digits(5)}`;
    inv.delivery = addDays(inv.date, -x.int(1, 6));
    const first = x.int(0, PRODUCE.length - 1);
    const n = credit ? x.int(1, 2) : x.int(3, 7);
    const rates = [550];
    inv.lines = Array.from({ length: n }, (_, k) => {
      const [label, lo, hi] = PRODUCE[(first + k) % PRODUCE.length];
      const g = credit ? x.int(3, 25) * 1000 + x.int(0, 9) * 100 : x.int(15, 240) * 1000 + x.int(0, 19) * 50;
      const price = x.int(lo, hi);
      return { label, producer: x.pick(PRODUCERS), lot: lot39(x, inv.date.y), g, qty: g / 1000, qtyText: kg3(g), unitName: 'kg', unit: price, total: perKg(g, price), rate: 550 };
    });
    if (!credit && x.chance(0.5)) {
      inv.lines.push({ label: 'Frais logistiques – livraison en camion frigorifique', qty: 1, qtyText: '1', unitName: 'forfait', unit: x.int(25, 65) * 100, rate: 2000 });
      rates.unshift(2000);
    }
    if (!credit && x.chance(0.4)) {
      const crates = x.int(4, 30);
      inv.lines.push({ label: 'Consigne caisses plastiques navette (non soumise à TVA)', qty: crates, qtyText: String(crates), unitName: 'caisse', unit: 300, rate: 0 });
      rates.push(0);
    }
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC/${inv.date.y}/${String(x.int(10, 999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(2, 12)) };
      for (const l of inv.lines) l.label = `Refus à réception (calibre non conforme) – ${l.label}`;
    }
    return priceLines(inv, rates);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Lot / marché', 'Accord-cadre n°'], service: ['Code service', 'Service destinataire'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const inRow = x.chance(0.5);
    const heads = [['Date de facturation', date(inv, inv.date)], [inv.avoir ? 'Facture d’origine' : 'Date d’échéance', inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ['Origine', inv.order], ['Code client', inv.customer], ['Livraison', fmtDate(inv.delivery, 'slash')], ...(inRow ? shown : [])];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}${l.producer ? `<div class="sub">Producteur : ${esc(l.producer)} – lot ${esc(l.lot)}</div>` : ''}</td><td class="r">${esc(l.qtyText)} ${esc(l.unitName)}</td><td class="r">${frNumber(l.unit / 100, 2)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)} €</td></tr>`).join('');
    const vatRows = inv.vat.map((v) => `<tr><td>${v.rate ? `TVA ${rate(v.rate)}` : 'Hors champ (consigne)'}</td><td class="r">${plainMoney(inv, v.base)} €</td><td class="r">${plainMoney(inv, v.amount)} €</td></tr>`).join('');
    const totals = [['Montant hors taxes', inv.ht], ['Taxes', inv.tva], ['Total', inv.ttc, true]];
    if (!inv.avoir) totals.push([x.pick(['Montant dû', 'Reste à payer']), inv.net, true]);
    const accent = x.pick(['#714b67', '#2e7d32', '#00796b']);
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 15pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.4pt; color: #555; }
      .addr { margin: 6mm 0 0 95mm; font-size: 9pt; } h2 { font-size: 17pt; font-weight: normal; margin: 6mm 0 2mm; }
      .heads td { vertical-align: top; padding: 0 5mm 2mm 0; } .heads .k { font-weight: bold; font-size: 8pt; } .heads .v { font-size: 8.6pt; }
      .items th { border-bottom: 1px solid #333; text-align: left; padding: 1.2mm; font-size: 7.8pt; } .items td { padding: 1.3mm; border-bottom: 1px solid #e4e4e4; vertical-align: top; } .sub { font-size: 6.8pt; color: #777; }
      .below { display: flex; justify-content: space-between; margin-top: 4mm; } .vat { width: 80mm; font-size: 7.6pt; } .vat th { text-align: left; border-bottom: 1px solid #999; font-weight: normal; color: #666; } .tot { width: 74mm; } .tot td { padding: 1mm 1.5mm; border-top: 1px solid #eee; } .tot .s td { font-weight: bold; }
      .legal { font-size: 6.6pt; color: #777; margin-top: 8mm; text-align: center; border-top: 1px solid #ddd; padding-top: 2mm; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Plateforme de producteurs – produits biologiques et locaux pour la restauration collective<br>${supplierTexts(inv, x).slice(1).map(esc).join(' · ')}<br>Certifié AB par Ecocert FR-BIO-01</div></div></div>
     <div class="addr">${htmlLines(buyerTexts(inv, x))}</div>
     <h2>${inv.avoir ? 'Avoir' : 'Facture'} ${esc(inv.number)}</h2>
     <table class="heads"><tr>${heads.map(([k, v]) => `<td><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></td>`).join('')}</tr></table>
     ${!inRow && shown.length ? `<p>${shown.map(([k, v]) => `${esc(k)} : <b>${esc(v)}</b>`).join(' &nbsp; · &nbsp; ')}</p>` : ''}
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire</th><th class="r">Taxes</th><th class="r">Montant</th></tr>${rows}</table>
     <div class="below"><table class="vat"><tr><th>Taxe</th><th class="r">Base</th><th class="r">Montant</th></tr>${vatRows}</table>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <p>${inv.avoir ? `Avoir sur la facture ${esc(inv.origin.number)} du ${fmtDate(inv.origin.date, 'slash')} – à déduire de votre prochain règlement.` : `${esc(paymentText(inv))}<br>Communication de paiement : <b>${esc(inv.number)}</b>`}</p>
     <p style="font-size:7pt;color:#555">Prix au kilogramme net, poids constatés à la livraison. Consignes remboursées au retour des caisses. ${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. Fish wholesaler for a school kitchen: a SaaS invoice, labels beside values on the right, delivery notes. ———
const FISH = [
  ['Filet de colin d’Alaska sans peau – surgelé', 'FAO 67 – Pacifique Nord-Est', 780, 1090], ['Filet de merlu blanc – frais', 'FAO 27 – Atlantique Nord-Est', 1190, 1560], ['Dos de cabillaud MSC – frais', 'FAO 27 – Atlantique Nord-Est', 1690, 2190],
  ['Pavé de saumon ASC – élevé en Norvège', 'Norvège – élevage', 1590, 1990], ['Filet de lieu noir – frais', 'FAO 27 – Mer du Nord', 1090, 1390], ['Moules de bouchot AOP (sac 5 kg)', 'FAO 27 – Baie du Mont-Saint-Michel', 390, 560],
  ['Truite fario en filets – pisciculture du Forez', 'France – élevage en eau douce', 1290, 1690],
];
const maree = {
  name: 'ak-maree-grossiste-cuisine',
  family: 'fish-wholesaler-school-kitchen-saas-label-beside',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const inv = makeInvoice('ak-maree-grossiste-cuisine', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['food'], numbers: credit ? ['avoir'] : ['pennylane', 'hash', 'ebp'], engagementLabels: ['engagement', 'commande', 'ej', 'poBonDeCommande'], marketProb: 0.35, serviceProb: 0.45, dateStyles: ['slash', 'long'], rates: [[550]], discountPct: credit ? [0] : [0, 0, 2, 3], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'fish');
    renameSupplier(inv, x.pick(['Marée du Forez', 'Océane Distribution Rhône-Loire', 'Les Viviers Stéphanois', 'Pêche & Saveurs Collectivités']), 'SAS');
    inv.supplier.ape = '4638A';
    foodBuyer(inv, x, 'social', 0.85);
    localReferences(inv, x);
    maybeRelabel39(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.bilingual = x.chance(0.4);
    inv.account = `411${x.digits(5)}`;
    const nDeliveries = credit ? 1 : x.int(1, 3);
    inv.deliveries = Array.from({ length: nDeliveries }, (_, k) => ({ bl: seven39(x), day: addDays(inv.date, -(nDeliveries - k) * x.int(2, 5)) }));
    inv.lines = [];
    for (const d of inv.deliveries) {
      const n = credit ? 1 : x.int(1, 3);
      for (let k = 0; k < n; k++) {
        const [label, area, lo, hi] = x.pick(FISH);
        const g = credit ? x.int(800, 4800) : x.int(6, 60) * 1000 + x.int(0, 9) * 100;
        const price = x.int(lo, hi);
        inv.lines.push({ label, area, bl: d.bl, day: d.day, qty: g / 1000, qtyText: kg3(g), unit: price, total: perKg(g, price), rate: 550 });
      }
    }
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(2, 10)) };
      for (const l of inv.lines) l.label = `Écart de poids constaté à réception (glaçage) – ${l.label}`;
    }
    return priceLines(inv, [550]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = (fr, en) => (inv.bilingual ? `${fr} / ${en}` : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché'], service: ['Code service', 'Service destinataire'] });
    const inBuyer = x.chance(0.4);
    const accent = x.pick(['#0d47a1', '#006064', '#283593']);
    const kv = [
      [bi(inv.avoir ? 'Avoir n°' : 'Facture n°', inv.avoir ? 'Credit note' : 'Invoice'), inv.number, true], [bi('Date', 'Date'), date(inv, inv.date)],
      [bi('Compte client', 'Account'), inv.account],
      ...(inv.avoir ? [[bi('Facture d’origine', 'Original invoice'), inv.origin.number]] : [[bi('Échéance', 'Due date'), fmtDate(inv.due, 'slash')]]),
      ...(inBuyer ? [] : refs),
    ];
    const kvTable = table([40, 40], kv.map(([k, v, strong]) => [{ text: k, size: 7, color: '#666666' }, { text: v, b: true, size: strong ? 10 : 8.6 }]), { border: 'none', size: 8, align: ['right', 'left'] });
    const rows = [];
    for (const d of inv.deliveries) {
      rows.push({ cells: [{ text: `BL n° ${d.bl} du ${fmtDate(d.day, 'slash')}`, span: 5 }], b: true, shade: '#eef2f7' });
      for (const l of inv.lines.filter((m) => m.bl === d.bl)) rows.push([`${l.label}\nZone de capture / origine : ${l.area}`, `${l.qtyText} kg`, frNumber(l.unit / 100, 2), rate(l.rate), plainMoney(inv, l.total)]);
    }
    const totals = [];
    if (inv.discount) totals.push([bi('Total brut HT', 'Gross'), inv.grossHT], [`${bi('Remise', 'Discount')} ${inv.discountPct} %`, -inv.discount]);
    totals.push([bi('Total HT', 'Subtotal'), inv.ht], [`TVA ${rate(550)}`, inv.tva], [bi(inv.avoir ? 'Total avoir TTC' : 'Total TTC', 'Total'), inv.ttc]);
    if (!inv.avoir) totals.push([bi('Net à payer', 'Amount due'), inv.net]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 13, 18, 13],
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14, color: accent }), p('Mareyage – produits de la mer frais et surgelés pour la restauration collective', { size: 7, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 })), p(`Agrément sanitaire FR 42.218.${x.digits(3)} CE`, { size: 7.4 })],
          [p(inv.avoir ? bi('AVOIR', 'CREDIT NOTE') : bi('FACTURE', 'INVOICE'), { b: true, size: 17, align: 'right', color: accent }), space(2), kvTable],
        ]),
        space(5),
        p(bi('Facturé à', 'Bill to'), { size: 7, color: '#666666' }), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 9 })),
        ...(inBuyer ? refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8.6, b: true })) : []),
        space(4),
        table([92, 22, 22, 14, 30], [{ cells: [bi('Désignation', 'Description'), bi('Poids net', 'Weight'), bi('Prix / kg HT', 'Price'), 'TVA', bi('Montant HT', 'Amount')], b: true, shade: '#dde4ee' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'center', 'right'], after: 3 }),
        table([50, 30], totals.map(([k, v], n) => ({ cells: [k, money(inv, v)], b: n === totals.length - 1 })), { indent: 100, border: 'none', size: 8.8, align: ['left', 'right'] }),
        space(3),
        p(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}, à imputer sur votre prochain règlement.` : `${paymentText(inv)} – référence à rappeler : ${inv.number}`, { size: 8 }),
        p(`Produits livrés sous température dirigée (0/+2 °C frais, -18 °C surgelés). Traçabilité : n° de lot sur chaque colis. Livraisons de ${MONTHS[inv.date.m - 1]} ${inv.date.y}.`, { size: 7, i: true }),
        rule(),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

export default [legumes, maree];

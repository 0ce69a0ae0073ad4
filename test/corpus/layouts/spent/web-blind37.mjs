// Blind-37 layouts written for Chromium (see ../../README.md): a leisure company's hire of a mobile ice rink for a
// commune's Christmas village, printed by an Odoo-like ERP (the number in the title line, a row of headings over values
// with the customer code of seven digits and the accepted quote; the rink by the week, the refrigeration unit, skates
// and the resurfacing staff by the hour; the inaugural hot drinks at 10 % beside 20 % on some; a deposit invoiced at the
// order deducted with its own number on some and « Montant dû »; a whole season's staff day by day over two pages on
// one), and an aquatic centre's ticketing and access-control software billed monthly by a Sellsy-like SaaS (labels
// beside values on the right, French–English on some, the subscription of seven digits and the customer account of
// eight; online-sale fees per transaction in thousandths of a euro, card-payment commissions re-invoiced outside VAT
// on some; a discount on some; one credit note for an outage with its incident ticket).
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, deductDeposit } from '../../lib/blind25.mjs';
import { eight37, maybeRelabel37, seven37, sportBuyer } from '../../lib/blind37.mjs';

// ——— 1. Mobile ice rink for a Christmas village: an Odoo-like ERP, the number in the title, a row of headings. ———
const SQUARES = ['place Jean Jaurès', 'place de l’Hôtel de Ville', 'place du Peuple', 'parvis de la mairie', 'place Bourgneuf', 'esplanade du parc'];
const patinoire = {
  name: 'ai-patinoire-mobile-noel',
  family: 'mobile-ice-rink-hire-odoo-title-heads-row',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const long = i === 5;
    const inv = makeInvoice('ai-patinoire-mobile-noel', i, { cityProb: 0.45, engagementProb: 0.75, trades: ['services'], numbers: ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'rink');
    renameSupplier(inv, x.pick(['Glace Événements Rhône-Alpes', 'Patinoires Mobiles de France', 'IceLand Location', 'Polar Events Loire']), 'SAS');
    inv.supplier.ape = '7729Z';
    sportBuyer(inv, x, 'leisure', 0.85);
    localReferences(inv, x);
    maybeRelabel37(inv, x);
    // A Christmas rink is invoiced in January or at the end of the season.
    inv.date = { y: inv.date.y, m: x.pick([1, 1, 2]), d: inv.date.d };
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.customer = seven37(x);
    inv.quote = `S${seven37(x)}`;
    inv.place = x.pick(SQUARES);
    inv.area = x.pick([150, 200, 240, 300, 400]);
    const weeks = long ? 5 : x.int(2, 5);
    inv.from = addDays({ y: inv.date.y - 1, m: 12, d: 1 }, x.int(0, 10));
    inv.to = addDays(inv.from, weeks * 7 - 1);
    inv.lines = [
      { label: `Location patinoire glace réelle ${inv.area} m² (piste, bordures, tapis de sol) – semaine`, qty: weeks, unit: x.int(35, 90) * 10000, rate: 2000 },
      { label: 'Groupe froid mobile 200 kW, transport, montage et démontage', qty: 1, unit: x.int(450, 900) * 1000, rate: 2000 },
      { label: 'Location de patins (paires, tailles 24 à 48) avec affûtage', qty: x.pick([80, 100, 120, 150]), unit: x.int(250, 600) * 10, rate: 2000 },
    ];
    if (long) {
      for (let d = 0; d < weeks * 7; d++) {
        const day = addDays(inv.from, d);
        inv.lines.push({ label: `${fmtDate(day, 'slash')} – Agents d’accueil, de surfaçage et de sécurité de la piste`, qty: x.int(14, 30), unit: x.int(27, 34) * 100, rate: 2000 });
      }
    } else inv.lines.push({ label: 'Agents d’accueil, de surfaçage et de sécurité de la piste (heures)', qty: x.int(60, 260), unit: x.int(27, 34) * 100, rate: 2000 });
    const rates = [2000];
    if (x.chance(0.4)) {
      inv.lines.push({ label: 'Collation et boissons chaudes servies à l’inauguration (vin chaud, chocolat)', qty: x.int(80, 250), unit: x.int(250, 450), rate: 1000 });
      rates.push(1000);
    }
    priceLines(inv, rates);
    if (i % 3 === 1) inv.deposit37 = deductDeposit(inv, x, 30, addDays(inv.from, -x.int(20, 45)));
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service gestionnaire'] });
    const inRow = inv.engagement && x.chance(0.5);
    const rowRefs = inRow ? refs.filter(([k]) => k === inv.engagement.label) : [];
    const blockRefs = refs.filter((r) => !rowRefs.includes(r));
    const heads = [['Date de facturation', date(inv, inv.date)], ['Date d’échéance', fmtDate(inv.due, 'slash')], ['Origine', inv.quote], ['Code client', inv.customer], ...rowRefs];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = [['Montant hors taxes', inv.ht]];
    for (const v of inv.vat) totals.push([`TVA ${rate(v.rate)}${inv.vat.length > 1 ? ` sur ${plainMoney(inv, v.base)}` : ''}`, v.amount]);
    totals.push(['Total', inv.ttc, !inv.deposit]);
    if (inv.deposit) totals.push([`Acompte ${inv.deposit37.number} du ${fmtDate(inv.deposit37.date, 'slash')}`, -inv.deposit], ['Montant dû', inv.net, true]);
    const accent = x.pick(['#875a7b', '#017e84', '#2c3e50']);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.6pt; }
      .top { display: flex; justify-content: space-between; border-bottom: 1px solid #bbb; padding-bottom: 2mm; } .brand { font-size: 15pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.6pt; color: #555; text-align: right; }
      .addr { margin: 6mm 0 0 95mm; } h2 { font-size: 17pt; font-weight: normal; margin: 7mm 0 3mm; color: ${accent}; }
      .heads td { vertical-align: top; padding: 0 4mm 0 0; } .heads .k { font-weight: bold; font-size: 8.2pt; } .heads .v { font-size: 8.6pt; }
      .items { margin-top: 5mm; } .items th { border-bottom: 1px solid #333; text-align: left; padding: 1.2mm; font-size: 8pt; } .items td { padding: 1.2mm; border-bottom: 1px solid #eee; vertical-align: top; }
      .tot { width: 82mm; margin: 4mm 0 0 auto; } .tot td { padding: 1.2mm; border-top: 1px solid #ddd; } .tot .s td { font-weight: bold; border-top: 1.5px solid #333; }
      .legal { font-size: 6.8pt; color: #666; margin-top: 8mm; text-align: center; border-top: 1px solid #ccc; padding-top: 2mm; }`,
    `<div class="top"><div class="brand">${esc(s.name)}</div><div class="co">${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
     <div class="addr">${htmlLines(buyerTexts(inv, x))}${blockRefs.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('')}</div>
     <h2>Facture ${esc(inv.number)}</h2>
     <table class="heads" style="width:auto"><tr>${heads.map(([k]) => `<td class="k">${esc(k)}</td>`).join('')}</tr><tr>${heads.map(([, v]) => `<td class="v">${esc(v)}</td>`).join('')}</tr></table>
     <p>Location d’une patinoire mobile – village de Noël, ${esc(inv.place)} – du ${fmtDate(inv.from, 'slash')} au ${fmtDate(inv.to, 'slash')}</p>
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire</th><th class="r">Taxes</th><th class="r">Montant</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p>Veuillez utiliser la communication suivante pour votre paiement : <b>${esc(inv.number)}</b></p>
     <p>${esc(paymentText(inv, 'Virement'))}</p>
     <p style="font-size:7.2pt;color:#555">Conditions de paiement : 30 jours. ${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. Aquatic-centre ticketing software: a SaaS monthly invoice, labels beside values, fees in thousandths. ———
const billetterie = {
  name: 'ai-billetterie-centre-aquatique',
  family: 'aquatic-centre-ticketing-saas-fees-mills-outside-vat',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('ai-billetterie-centre-aquatique', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['hash', 'pennylane', 'stripe'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'poBonDeCommande'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 0, 10], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'ticketing');
    renameSupplier(inv, x.pick(['Aquasoft Billetterie', 'Elisath Loisirs Connect', 'Nautic’Access SaaS', 'Ticketeo Collectivités']), 'SAS');
    inv.supplier.ape = '5829C';
    sportBuyer(inv, x, 'pools', 0.85);
    localReferences(inv, x);
    maybeRelabel37(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.subscription = seven37(x);
    inv.account = eight37(x);
    inv.bilingual = x.chance(0.4);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.lines = [];
    const rates = [2000];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.ticket = seven37(x);
      inv.origin = `FAC-${inv.date.y}${String(inv.date.m).padStart(2, '0')}-${String(x.int(1, 999)).padStart(3, '0')}`;
      inv.lines.push({ label: `Pénalité de disponibilité – interruption des caisses et tourniquets le ${fmtDate(addDays(inv.date, -x.int(3, 20)), 'slash')} (incident n° ${inv.ticket})`, qty: 1, qtyText: '1', unit: x.int(90, 400) * 100, rate: 2000 });
    } else {
      const tills = x.int(2, 5);
      inv.lines.push({ label: `Abonnement billetterie et contrôle d’accès – ${inv.period.name}`, qty: 1, qtyText: '1', unit: x.int(290, 690) * 100, rate: 2000 });
      inv.lines.push({ label: 'Licence poste de caisse supplémentaire', qty: tills, qtyText: String(tills), unit: x.int(35, 60) * 100, rate: 2000 });
      const sales = x.int(300, 4200);
      const mills = x.int(180, 450);
      inv.lines.push({ label: `Frais de vente en ligne (entrées, cartes 10 entrées, cours d’aquagym) – ${frNumber(sales)} transactions`, qty: sales, qtyText: frNumber(sales), unit: mills, unitText: mills3(mills), total: millsTotal(sales, mills), rate: 2000 });
      if (x.chance(0.5)) {
        const lots = x.int(1, 6);
        inv.lines.push({ label: 'Bracelets RFID étanches pour casiers (lot de 100)', qty: lots, qtyText: String(lots), unit: x.int(140, 220) * 100, rate: 2000 });
      }
      if (!inv.discountPct && x.chance(0.55)) {
        inv.lines.push({ label: 'Commissions monétiques refacturées au centime (débours, hors champ de la TVA)', qty: 1, qtyText: '1', unit: x.int(4000, 38000), rate: 0 });
        rates.push(0);
      }
    }
    for (const l of inv.lines) l.unitText ??= plainMoney(inv, l.unit);
    return priceLines(inv, rates);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché'], service: ['Code service', 'Service exécutant'] });
    const ident = [
      [L(inv.avoir ? 'Avoir n°' : 'Facture n°', inv.avoir ? 'Credit note' : 'Invoice'), inv.number],
      [L('Date', 'Date'), date(inv, inv.date)],
      ...(inv.avoir ? [[L('Facture d’origine', 'Original invoice'), inv.origin]] : [[L('Échéance', 'Due date'), fmtDate(inv.due, 'slash')]]),
      [L('N° client', 'Customer ID'), inv.account],
      [L('Abonnement', 'Subscription'), inv.subscription],
    ];
    const refsRight = x.chance(0.5);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)}</td><td class="r">${esc(l.unitText)}</td><td class="r">${l.rate ? rate(l.rate) : '—'}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const outside = inv.lines.filter((l) => l.rate === 0).reduce((sum, l) => sum + l.total, 0);
    const totals = [];
    if (inv.discount) totals.push([L('Sous-total HT', 'Subtotal'), inv.grossHT], [`${L('Remise', 'Discount')} ${inv.discountPct} %`, -inv.discount]);
    totals.push([L('Total HT', 'Total excl. VAT'), inv.ht]);
    if (outside) totals.push([`dont débours hors champ TVA`, outside]);
    totals.push([L('TVA 20 %', 'VAT 20%'), inv.tva], [L(inv.avoir ? 'Total avoir TTC' : 'Total TTC', 'Total incl. VAT'), inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([L(x.pick(['Montant dû', 'Net à payer']), 'Amount due'), inv.net, true]);
    const accent = x.pick(['#0277bd', '#00897b', '#5e35b1']);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 17pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.4pt; color: #666; }
      h1 { font-size: 12pt; letter-spacing: 1px; color: #333; margin: 0 0 2mm; text-align: right; }
      .top > div:last-child { flex: none; margin-left: 4mm; } .id td { padding: 0.6mm 0; white-space: nowrap; } .id .k { color: #888; font-size: 7.4pt; text-align: right; padding-right: 3mm; } .id .v { font-weight: bold; font-size: 9pt; }
      .parties { display: flex; justify-content: space-between; margin-top: 7mm; } .box { width: 82mm; } .box .h { font-size: 7pt; color: ${accent}; text-transform: uppercase; border-bottom: 1px solid ${accent}; margin-bottom: 1mm; }
      .items { margin-top: 6mm; } .items th { background: ${accent}; color: #fff; text-align: left; padding: 1.4mm; font-size: 7.6pt; } .items td { padding: 1.4mm; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
      .tot { width: 84mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.4mm; } .tot .s td { font-weight: bold; font-size: 10.5pt; border-top: 2px solid ${accent}; }
      .legal { font-size: 6.6pt; color: #777; margin-top: 9mm; border-top: 1px solid #ddd; padding-top: 2mm; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Logiciel de billetterie, caisse et contrôle d’accès pour équipements aquatiques<br>${supplierTexts(inv, x).slice(1).map(esc).join(' · ')}</div></div>
      <div><h1>${inv.avoir ? L('AVOIR', 'CREDIT NOTE') : L('FACTURE', 'INVOICE')}</h1><table class="id" style="width:auto">${ident.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td class="v">${esc(v)}</td></tr>`).join('')}${refsRight ? refs.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td class="v">${esc(v)}</td></tr>`).join('') : ''}</table></div></div>
     <div class="parties"><div class="box"><div class="h">${esc(L('Client', 'Bill to'))}</div>${htmlLines(buyerTexts(inv, x))}</div>
      ${!refsRight && refs.length ? `<div class="box"><div class="h">${esc(L('Vos références', 'Your references'))}</div>${refs.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('')}</div>` : ''}</div>
     <p><b>${esc(inv.avoir ? `Avoir sur la facture ${inv.origin} – geste commercial suite à incident` : `Période de facturation : ${inv.period.name} (du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')})`)}</b></p>
     <table class="items"><tr><th>${esc(L('Désignation', 'Description'))}</th><th class="r">${esc(L('Qté', 'Qty'))}</th><th class="r">${esc(L('P.U. HT', 'Unit price'))}</th><th class="r">TVA</th><th class="r">${esc(L('Total HT', 'Amount'))}</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p>${inv.avoir ? 'Montant déduit de votre prochaine facture mensuelle.' : `${esc(paymentText(inv, 'Prélèvement SEPA ou virement'))} – référence de paiement : <b>${esc(inv.number)}</b>`}</p>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

export default [patinoire, billetterie];

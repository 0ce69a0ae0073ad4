// Blind-43 layouts written for Chromium (see ../../README.md): a power-hire company's invoice for diesel generators
// hired by the day for an event, the fuel re-invoiced by the litre, printed by an Odoo-like ERP (« Facture FAC/… » in
// the title line, a row of headings over values with the delivery note of seven digits and the customer account of
// eight, the hour meters at delivery and return; one credit note for fuel charged twice), and a crowd-control company's
// invoice for Vauban barriers and mesh fences printed by a Sellsy-like SaaS (labels beside values on the right,
// French–English on some, the accepted quote of seven digits; barriers by the unit and the day, delivery and pickup,
// installation team by the hour; a discount on some, a deposit with its own number on some; many events over two
// pages on one).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit } from '../../lib/blind25.mjs';
import { eight43, eventBuyer, hours43, maybeRelabel43, perHundredth, seven43, totals43 } from '../../lib/blind43.mjs';

// ——— 1. Generators by the day, fuel re-invoiced: an Odoo-like report, a row of headings over values. ———
const EVENTS = ['Fête de la musique', 'Marché de Noël', 'Festival des Arts Burlesques', 'Fête foraine de printemps', 'Course cycliste', 'Feu d’artifice du 14 juillet', 'Biennale Internationale Design', 'Forum des associations'];
const SETS = [['Groupe électrogène insonorisé 20 kVA', 7500, 11000], ['Groupe électrogène insonorisé 60 kVA', 14000, 19000], ['Groupe électrogène insonorisé 100 kVA', 21000, 28000], ['Groupe électrogène 200 kVA sur remorque', 36000, 45000]];
const groupes = {
  name: 'ao-groupes-electrogenes-carburant',
  family: 'generator-hire-fuel-reinvoiced-odoo-heads-row',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('ao-groupes-electrogenes-carburant', i, { cityProb: 0.45, engagementProb: 0.6, trades: ['services'], numbers: credit ? ['avoirOdoo'] : ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'power');
    renameSupplier(inv, x.pick(['Loire Énergie Location', 'Forez Power Services', 'Électro Groupes Rhône-Loire', 'Gier Énergie Temporaire']), 'SAS');
    inv.supplier.ape = '7732Z';
    eventBuyer(inv, x, 'events', 0.85);
    localReferences(inv, x);
    maybeRelabel43(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.deliveryNote43 = seven43(x);
    inv.account43 = eight43(x);
    inv.event = x.pick(EVENTS);
    inv.from = addDays(inv.date, -x.int(6, 25));
    inv.days = x.int(1, 5);
    inv.to = addDays(inv.from, inv.days - 1);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC/${inv.date.y}/${String(x.int(10, 999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(5, 20)) };
      const litres = x.int(60, 300);
      const mills = x.int(1550, 1890);
      inv.lines = [{ label: `Gazole non routier facturé deux fois (${litres} L) – annulation`, qty: litres, qtyText: frNumber(litres), unitName: 'L', unitText: mills3(mills), total: millsTotal(litres, mills), rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    const n = x.int(1, 3);
    inv.meters = [];
    inv.lines = [];
    for (let k = 0; k < n; k++) {
      const [label, lo, hi] = x.pick(SETS);
      const start = x.int(200, 9000) * 10 + x.int(0, 9);
      const run = x.int(6, 24) * inv.days * 10 + x.int(0, 9);
      inv.meters.push({ label, serial: `GE${x.digits(6)}`, start, end: start + run });
      inv.lines.push({ label: `${label} – n° de parc GE${x.digits(4)}`, qty: inv.days, qtyText: frNumber(inv.days, 2), unitName: 'Jour(s)', unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
    }
    if (x.chance(0.6)) inv.lines.push({ label: 'Armoire de distribution 125 A et câbles (forfait)', qty: inv.days, qtyText: frNumber(inv.days, 2), unitName: 'Jour(s)', unit: x.int(35, 80) * 100, rate: 2000 });
    inv.lines.push({ label: 'Transport aller-retour par porteur avec hayon', qty: 1, qtyText: '1,00', unitName: 'Forfait', unit: x.int(180, 420) * 100, rate: 2000 });
    const litres = x.int(80, 900);
    const mills = x.int(1550, 1890);
    inv.lines.push({ label: 'Gazole non routier consommé (refacturé au litre, relevé de jauge)', qty: litres, qtyText: frNumber(litres, 2), unitName: 'L', unitText: mills3(mills), total: millsTotal(litres, mills), rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Astreinte technicien (week-end)', qty: 1, qtyText: '1,00', unitName: 'Forfait', unit: x.int(150, 300) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'N° de marché'], service: ['Code service', 'Service demandeur'] });
    const inHeads = x.chance(0.5);
    const heads = [['Date de facturation', date(inv, inv.date)], [inv.avoir ? 'Facture d’origine' : 'Date d’échéance', inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ['Origine', `BL ${inv.deliveryNote43}`], ['Compte client', inv.account43], ...(inHeads ? refs : [])];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)} ${esc(l.unitName)}</td><td class="r">${esc(l.unitText ?? plainMoney(inv, l.unit))}</td><td class="r">TVA ${rate(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = totals43(inv, { ht: 'Montant hors taxes', vat: (v) => `TVA ${rate(v.rate)}`, ttc: 'Total', net: inv.avoir ? null : x.pick(['Montant dû', null]) });
    const meters = inv.meters ? `<table class="meters"><tr><th>Groupe</th><th>N° de série</th><th class="r">Compteur départ (h)</th><th class="r">Compteur retour (h)</th></tr>${inv.meters.map((m) => `<tr><td>${esc(m.label)}</td><td>${m.serial}</td><td class="r">${frNumber(m.start / 10, 1)}</td><td class="r">${frNumber(m.end / 10, 1)}</td></tr>`).join('')}</table>` : '';
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.6pt; }
      .head { display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding-bottom: 3mm; } .logo { font-size: 15pt; font-weight: bold; color: #875a7b; } .co { font-size: 7.6pt; color: #555; }
      .addr { margin: 6mm 0 0 95mm; font-size: 9pt; } h2 { font-size: 17pt; font-weight: normal; margin: 8mm 0 3mm; }
      .heads th { text-align: left; font-size: 8pt; padding: 0 2mm 0 0; } .heads td { padding: 0.5mm 2mm 0 0; font-size: 8.6pt; }
      .items { margin-top: 6mm; } .items th { border-bottom: 1px solid #333; text-align: left; padding: 1mm; } .items td { padding: 1.2mm 1mm; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
      .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm; border-top: 1px solid #ddd; } .tot .s td { font-weight: bold; border-top: 1.5px solid #333; }
      .meters { margin-top: 5mm; font-size: 7.6pt; } .meters th { text-align: left; border-bottom: 1px solid #999; } .meters td { padding: 0.6mm 1mm; }
      .foot { margin-top: 10mm; font-size: 6.8pt; color: #666; text-align: center; border-top: 1px solid #ccc; padding-top: 2mm; }`,
    `<div class="head"><div><div class="logo">${esc(s.name)}</div><div class="co">Location de groupes électrogènes et d’énergie temporaire</div></div><div class="co" style="text-align:right">${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
     <div class="addr">${htmlLines(buyerTexts(inv, x))}</div>
     <h2>${inv.avoir ? 'Avoir' : 'Facture'} ${esc(inv.number)}</h2>
     <table class="heads"><tr>${heads.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${heads.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>
     ${!inHeads && refs.length ? `<p>${refs.map(([k, v]) => `${esc(k)} : <b>${esc(v)}</b>`).join(' &nbsp;·&nbsp; ')}</p>` : ''}
     <p>${esc(inv.avoir ? `Avoir sur la facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `${inv.event} – mise à disposition du ${fmtDate(inv.from, 'slash')} au ${fmtDate(inv.to, 'slash')}`)}</p>
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire</th><th class="r">Taxes</th><th class="r">Montant</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     ${meters}
     <p>${inv.avoir ? 'Cet avoir sera déduit de votre prochain règlement.' : `${esc(paymentText(inv))}<br>Veuillez utiliser la communication suivante pour votre paiement : <b>${esc(inv.number)}</b>`}</p>
     <p style="font-size:7pt;color:#555">Carburant refacturé au prix d’achat constaté à la date du plein. ${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}</div>`, '12mm 14mm 14mm 14mm');
  },
};

// ——— 2. Crowd barriers: a Sellsy-like SaaS invoice, labels beside values on the right, bilingual on some. ———
const SITES = ['Place Jean Jaurès', 'Place de l’Hôtel de Ville', 'Stade Geoffroy-Guichard (parvis)', 'Parc François-Mitterrand', 'Cours Fauriel', 'Place du Peuple', 'Zénith (parkings)', 'Centre-bourg'];
const barrieres = {
  name: 'ao-barrieres-vauban-evenement',
  family: 'crowd-barrier-hire-saas-labels-beside-bilingual',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const long = i === 6;
    const inv = makeInvoice('ao-barrieres-vauban-evenement', i, { cityProb: 0.4, engagementProb: 0.6, trades: ['services'], numbers: ['pennylane', 'hash', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ejNo'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: [0, 0, 5, 10], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'barriers');
    renameSupplier(inv, x.pick(['Barrières Services Loire', 'Sécurifoule Événements', 'Clôtures Mobiles du Centre', 'Vauban Location Rhône-Alpes']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7739Z';
    eventBuyer(inv, x, x.pick(['events', 'social']), 0.85);
    localReferences(inv, x);
    maybeRelabel43(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.quote43 = seven43(x);
    const events = long ? 14 : x.int(1, 2);
    inv.lines = [];
    let day = addDays(inv.date, -x.int(40, 80));
    for (let k = 0; k < events; k++) {
      const site = x.pick(SITES);
      const days = x.int(1, 4);
      const when = `${fmtDate(day, 'slash')} → ${fmtDate(addDays(day, days - 1), 'slash')}`;
      inv.lines.push({ label: `Barrières de police type Vauban 2 m – ${site} (${when})`, qty: x.int(20, 200), unitName: 'u', unit: x.int(25, 60) * 10 * days, rate: 2000 });
      if (x.chance(long ? 0.3 : 0.6)) inv.lines.push({ label: `Clôtures mobiles grillagées 3,50 m avec plots et colliers – ${site}`, qty: x.int(10, 80), unitName: 'u', unit: x.int(25, 45) * 10 * days, rate: 2000 });
      const h = x.int(4, 24) * 50;
      const hp = x.int(52, 78) * 100;
      inv.lines.push({ label: `Équipe de pose et dépose (2 agents) – ${site}`, qty: h / 100, qtyText: hours43(h), unitName: 'h', unit: hp, total: perHundredth(h, hp), rate: 2000 });
      day = addDays(day, x.int(3, 9));
    }
    inv.lines.push({ label: 'Livraison et reprise sur site (camion plateau)', qty: events, unitName: 'rotation', unit: x.int(120, 260) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i % 4 === 1) {
      const paid = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(30, 60)));
      inv.deductions43 = [{ label: `Acompte n° ${paid.number} du ${fmtDate(paid.date, 'slash')}`, cents: paid.amount }];
    }
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const en = x.chance(0.5);
    const bi = (fr, english) => (en ? `${fr} / ${english}` : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché'], service: ['Code service', 'Service'] });
    const ids = [[bi('Facture n°', 'Invoice no.'), inv.number, true], [bi('Date', 'Invoice date'), date(inv, inv.date)], [bi('Échéance', 'Due date'), fmtDate(inv.due, 'slash')], [bi('Devis accepté', 'Quote'), inv.quote43], ...refs];
    const accent = x.pick(['#1e88e5', '#43a047', '#f4511e']);
    const rows = inv.lines.map((l) => [l.label, l.qtyText ?? frNumber(l.qty), l.unitName, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = totals43(inv, { ht: bi('Total HT', 'Subtotal'), gross: 'Sous-total HT', discount: (pct) => `Remise commerciale ${pct} %`, vat: () => bi('TVA 20 %', 'VAT'), ttc: bi('Total TTC', 'Total'), net: inv.deductions43 ? x.pick(['Reste dû', 'Montant dû']) : x.pick([null, bi('Net à payer', 'Amount due')]) });
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [13, 13, 18, 13],
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14, color: accent }), p('Location de barrières, clôtures et matériel de sécurité événementielle', { size: 7.2, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 }))],
          [p(bi('FACTURE', 'INVOICE'), { b: true, size: 16, align: 'right', color: accent }), space(2), table([42, 38], ids.map(([k, v, strong]) => [{ text: k, size: 7.2, color: '#666666' }, { text: v, b: true, size: strong ? 10 : 8.6, align: 'right' }]), { border: 'none' })],
        ]),
        space(5),
        columns([90, 90], [[p(bi('Client', 'Bill to'), { size: 7, color: '#888888' }), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 }))], [p('Objet', { size: 7, color: '#888888' }), p(`Mise à disposition de barrières et clôtures mobiles – devis ${inv.quote43}`, { size: 8.6 })]]),
        space(4),
        table([94, 16, 16, 24, 30], [{ cells: [bi('Désignation', 'Item'), bi('Qté', 'Qty'), 'Unité', bi('P.U. HT', 'Unit price'), bi('Total HT', 'Amount')], b: true, shade: '#eef2f7' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'left', 'right', 'right'], after: 3 }),
        table([52, 30], totals.map(([k, v, strong]) => ({ cells: [k, money(inv, v)], b: strong })), { indent: 98, border: 'rows', size: 8.6, align: ['left', 'right'] }),
        space(3),
        p(inv.print.iban ? `${bi('Paiement par virement', 'Bank transfer')} – IBAN ${inv.supplier.iban.replace(/(.{4})/g, '$1 ').trim()} – BIC ${s.bic} – ${bi('référence', 'reference')} ${inv.number}` : paymentText(inv), { size: 8 }),
        p('Matériel manquant ou détérioré à la reprise facturé au prix du neuf (barrière Vauban : 95 € HT).', { size: 7.2, i: true }),
        rule(),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('{page} / {pages}', { align: 'right', size: 6.4 })],
    };
  },
};

export default [groupes, barrieres];

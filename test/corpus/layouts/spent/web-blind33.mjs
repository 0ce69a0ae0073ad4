// Blind-33 layouts written for Chromium (see ../../README.md): a heritage survey firm's invoice for the laser-scan and
// photogrammetric survey of a listed building, printed by a web invoicing SaaS (the identity as blocks of labels over
// values in a row, with the firm's file number of seven digits; fees by deliverable, façades by the square metre with
// three decimals; the deposit invoiced with the order deducted with its own number on some; a payment box with the
// payment reference), and a brochure distribution company's invoice to a tourist office for the display of its
// guides in racks across the region (bilingual labels, the identity as labels beside values in a ruled box on the
// right, the customer account of eight digits, distribution points by zone and month, copies delivered priced per
// thousand; a partner discount on some; one credit note for display points not served).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit, both } from '../../lib/blind25.mjs';
import { eight33, heritageBuyer, m2, maybeRelabel33, price3, seven33 } from '../../lib/blind33.mjs';

// ——— 1. Heritage survey: a web SaaS invoice, blocks of labels over values, a deposit deducted on some. ———
const MONUMENTS = ['Église Saint-Pierre (MH classé)', 'Château de Goutelas', 'Collégiale Notre-Dame-d’Espérance', 'Chapelle des Pénitents blancs', 'Prieuré de Pommiers-en-Forez', 'Chevalement du Puits Couriot', 'Ancienne Manufacture d’armes – bâtiment H', 'Maison des Chevaliers'];
const releve = {
  name: 'ae-releve-patrimoine-3d',
  family: 'heritage-3d-survey-saas-label-over-value-deposit',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ae-releve-patrimoine-3d', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: ['pennylane', 'plain', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.45, serviceProb: 0.45, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'survey');
    renameSupplier(inv, x.pick(['Arpenteurs du Patrimoine', 'Scan’Héritage Loire', 'Relevés & Monuments', 'Atelier Numérique du Bâti Ancien']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7112A';
    heritageBuyer(inv, x, 'heritage', 0.85);
    localReferences(inv, x);
    maybeRelabel33(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.file = seven33(x);
    inv.monument = x.pick(MONUMENTS);
    inv.quote33 = `DV-${inv.date.y}-${x.digits(3)}`;
    const facade = x.int(300, 2400) * 100 + x.int(0, 99);
    const mills = x.int(1400, 3900);
    inv.facade = facade;
    inv.lines = [
      { label: 'Relevé lasergrammétrique (scanner 3D) – intérieurs et extérieurs, stations géoréférencées', unitName: 'forfait', qtyText: '1', qty: 1, unit: x.int(2800, 7800) * 100, rate: 2000 },
      { label: `Orthophotographies des façades – ${m2(facade)}`, unitName: 'm²', qtyText: frNumber(facade / 100, 2), qty: facade / 100, unitText: price3(mills), unit: mills / 1000, total: Math.round((facade * mills) / 1000), rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Relevé photogrammétrique des toitures par drone (télépilote déclaré DGAC)', unitName: 'forfait', qtyText: '1', qty: 1, unit: x.int(900, 2400) * 100, rate: 2000 });
    const plans = x.int(4, 24);
    inv.lines.push({ label: 'Plans, coupes et élévations au 1/50 (DWG et PDF)', unitName: 'planche', qtyText: String(plans), qty: plans, unit: x.int(180, 420) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Maquette numérique du nuage de points (format E57) et visite virtuelle', unitName: 'forfait', qtyText: '1', qty: 1, unit: x.int(600, 1500) * 100, rate: 2000 });
    for (const l of inv.lines) l.unitText ??= plainMoney(inv, l.unit);
    priceLines(inv, [2000]);
    if (i % 3 === 1) inv.deposit33 = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(40, 90)));
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'MAPA n°', 'Réf. marché'], service: ['Code service', 'Service gestionnaire', 'Code service Chorus'] });
    const accent = x.pick(['#5d4037', '#37474f', '#6d4c41']);
    const blocks = [['Numéro', inv.number], ['Date d’émission', date(inv, inv.date)], ['Date d’échéance', fmtDate(inv.due, 'slash')], ['N° de dossier', inv.file]];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)}</td><td>${esc(l.unitName)}</td><td class="r">${esc(l.unitText)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [['Total HT', inv.ht], [`TVA ${rate(2000)}`, inv.tva], ['Total TTC', inv.ttc]];
    if (inv.deposit) totals.push([`Acompte facture ${inv.deposit33.number} du ${fmtDate(inv.deposit33.date, 'slash')}`, -inv.deposit]);
    const dueLabel = inv.deposit ? x.pick(['Reste à payer', 'Montant dû']) : x.pick(['Montant dû', 'Net à payer']);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.6pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .brand { font-size: 15pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.4pt; color: #666; line-height: 1.35; }
      h1 { font-size: 22pt; margin: 0; font-weight: 300; color: #333; }
      .blocks { display: flex; gap: 9mm; margin-top: 7mm; padding: 3mm 0; border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; } .blocks .k { font-size: 7pt; color: #888; } .blocks .v { font-size: 9.6pt; font-weight: bold; margin-top: 0.6mm; }
      .parties { display: flex; gap: 8mm; margin-top: 5mm; } .parties > div { flex: 1; } .h { font-size: 7pt; color: #888; margin-bottom: 1mm; }
      .items { margin-top: 5mm; } .items th { font-size: 7.2pt; color: #888; font-weight: normal; text-align: left; border-bottom: 1px solid #bbb; padding: 1.2mm; } .items td { padding: 1.6mm 1.2mm; border-bottom: 1px solid #eee; vertical-align: top; }
      .tot { width: 92mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.4mm; } .due td { font-size: 11pt; font-weight: bold; border-top: 2px solid ${accent}; }
      .pay { margin-top: 6mm; padding: 3mm; border: 1px solid #ddd; border-radius: 2mm; font-size: 8pt; } .legal { margin-top: 8mm; font-size: 6.6pt; color: #888; text-align: center; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Relevés architecturaux et archéologiques – lasergrammétrie, photogrammétrie<br>${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div><h1>Facture</h1></div>
     <div class="blocks">${blocks.map(([k, v]) => `<div><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></div>`).join('')}</div>
     <div class="parties"><div><div class="h">Facturé à</div>${htmlLines(buyerTexts(inv, x))}</div>
      <div><div class="h">Références</div><div>Devis accepté : ${esc(inv.quote33)}</div>${refs.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div></div>
     <p style="margin-top:5mm"><b>Relevé patrimonial – ${esc(inv.monument)}</b><br><span style="color:#666">Surface de façades relevée : ${esc(m2(inv.facade))} – précision ± 3 mm – livrables remis le ${fmtDate(addDays(inv.date, -x.int(2, 10)), 'slash')}</span></p>
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th>Unité</th><th class="r">Prix unitaire HT</th><th class="r">Montant HT</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}<tr class="due"><td>${esc(dueLabel)}</td><td class="r">${money(inv, inv.net)}</td></tr></table>
     <div class="pay">${inv.print.iban ? `<b>Paiement par virement</b><br>IBAN : ${esc(iban(inv))} &nbsp; BIC : ${esc(s.bic)}<br>Référence de paiement : <b>${esc(inv.number)}</b>` : esc(paymentText(inv))}</div>
     <p style="font-size:7pt;color:#666">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '13mm 14mm 14mm 14mm');
  },
};

// ——— 2. Tourist brochure distribution: bilingual labels, a ruled box of labels beside values, one credit note. ———
const ZONES = ['Saint-Étienne et couronne', 'Plaine du Forez', 'Roannais', 'Monts du Pilat', 'Lyon – Confluence et Part-Dieu', 'Haute-Loire – Le Puy-en-Velay', 'Aires d’autoroute A72 / A47'];
const brochures = {
  name: 'ae-diffusion-brochures',
  family: 'tourist-brochure-rack-distribution-bilingual-box',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('ae-diffusion-brochures', i, { cityProb: 0.45, engagementProb: 0.65, trades: ['services'], numbers: credit ? ['avoir'] : ['ebp', 'odoo', 'compact'], engagementLabels: ['engagement', 'votreCommandeEngagement', 'ej', 'commande'], marketProb: 0.3, serviceProb: 0.35, dateStyles: ['slash', 'dots'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'racks');
    renameSupplier(inv, x.pick(['Diffusion Touristique Rhône-Loire', 'Présentoirs et Territoires', 'Tourisme Diffusion Services', 'Brochur’Express Auvergne-Rhône-Alpes']), 'SAS');
    inv.supplier.ape = '7311Z';
    heritageBuyer(inv, x, 'tourism', 1);
    localReferences(inv, x);
    maybeRelabel33(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = eight33(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(10, 9999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(10, 30)) };
      const missed = x.int(4, 18);
      inv.lines.push({ label: `Points de diffusion non desservis – ${x.pick(ZONES)} (fermeture saisonnière) – ${inv.period.name}`, qtyText: String(missed), qty: missed, unit: x.int(9, 16) * 100, rate: 2000 });
    } else {
      const zones = ZONES.filter(() => x.chance(0.5)).slice(0, 4);
      if (!zones.length) zones.push(ZONES[0]);
      for (const z of zones) {
        const points = x.int(12, 80);
        inv.lines.push({ label: `Diffusion en présentoirs – ${z} – ${inv.period.name}`, qtyText: String(points), qty: points, unit: x.int(9, 16) * 100, rate: 2000 });
      }
      const copies = x.int(8, 60) * 500;
      const mills = x.int(22000, 48000);
      inv.lines.push({ label: `Réassort des guides et cartes touristiques (${frNumber(copies)} exemplaires, prix au mille)`, qtyText: frNumber(copies / 1000, 1), qty: copies / 1000, unit: mills, unitText: price3(mills), total: Math.round((copies * mills) / 10000), rate: 2000 });
      if (x.chance(0.5)) {
        const pallets = x.int(1, 6);
        inv.lines.push({ label: 'Stockage des brochures en entrepôt (palette / mois)', qtyText: String(pallets), qty: pallets, unit: x.int(18, 35) * 100, rate: 2000 });
      }
      if (x.chance(0.4)) inv.lines.push({ label: 'Rapport de diffusion photographique (preuve de présence en présentoir)', qtyText: '1', qty: 1, unit: x.int(60, 150) * 100, rate: 2000 });
    }
    for (const l of inv.lines) l.unitText ??= plainMoney(inv, l.unit);
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service destinataire'] });
    const inBuyer = x.chance(0.5);
    const bi = (fr, en) => both(fr, en, x.chance(0.5) ? ' / ' : ' – ');
    const accent = x.pick(['#00695c', '#1565c0', '#ad1457']);
    const ident = [
      [bi(inv.avoir ? 'Avoir n°' : 'Facture n°', inv.avoir ? 'Credit note' : 'Invoice'), { text: inv.number, b: true, size: 10 }],
      [bi('Date', 'Date'), { text: date(inv, inv.date), b: true }],
      [bi('Compte client', 'Customer account'), inv.account],
      ...(inv.avoir ? [[bi('Facture d’origine', 'Original invoice'), inv.origin.number]] : [[bi('Échéance', 'Due date'), fmtDate(inv.due, 'slash')]]),
      ...(inBuyer ? [] : refs.map(([k, v]) => [k, { text: v, b: true }])),
    ];
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.unitText, plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push([bi('Sous-total HT', 'Subtotal'), money(inv, inv.grossHT)], [bi(`Remise partenaire ${inv.discountPct} %`, 'Discount'), money(inv, -inv.discount)]);
    totals.push([bi('Total HT', 'Net amount'), money(inv, inv.ht)], [bi(`TVA ${rate(2000)}`, 'VAT'), money(inv, inv.tva)], [bi(inv.avoir ? 'Total avoir TTC' : 'Total TTC', 'Total'), money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push([bi('Net à payer', 'Amount due'), money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 13, 18, 13],
      body: [
        columns([96, 10, 74], [
          [p(s.name, { b: true, size: 14, color: accent }), p('Diffusion de documentation touristique en présentoirs – hôtels, campings, gîtes, aires', { size: 7.2, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [],
          [p(inv.avoir ? 'AVOIR / CREDIT NOTE' : 'FACTURE / INVOICE', { b: true, size: 13, align: 'right', color: accent }), space(2), table([36, 38], ident, { border: 'box', size: 7.8 })],
        ]),
        space(5),
        columns([96, 10, 74], [[], [], [p(bi('Client', 'Bill to'), { size: 7, color: '#777777' }), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 })), ...(inBuyer ? refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8.2 })) : [])]]),
        space(4),
        p(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Diffusion de vos éditions touristiques – ${inv.period.name} (du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')})`, { b: true }),
        table([100, 20, 28, 32], [{ cells: [bi('Désignation', 'Description'), bi('Qté', 'Qty'), bi('P.U. HT', 'Unit price'), bi('Montant HT', 'Amount')], b: true, shade: '#eeeeee', size: 7 }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([52, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 98, border: 'rows', size: 8.4, align: ['left', 'right'] }),
        space(4),
        p('Présentoirs contrôlés et réapprovisionnés chaque semaine d’avril à octobre, toutes les deux semaines le reste de l’année. Le rapport de diffusion est disponible dans votre espace client.', { size: 7.2, i: true }),
        rule(),
        p(inv.avoir ? 'Montant déduit de votre prochaine facture / Deducted from your next invoice.' : `${paymentText(inv, 'Virement / Bank transfer')} – ${both('référence', 'reference')} ${inv.number}`, { size: 8 }),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

export default [releve, brochures];

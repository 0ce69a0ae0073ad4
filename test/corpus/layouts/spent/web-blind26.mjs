// Blind-26 layouts written for Chromium (see ../../README.md): an electricity supplier's grouped invoice for a public
// body's small buildings, as a large supplier's billing system prints it (a summary on top, then one section per
// delivery point with its fourteen-digit PDL, meter, subscribed power, tariff option and readings; the subscription
// and the CTA at 5,5 % until July 2025 and at 20 % after, the energy and the excise duty at 20 %, a VAT line per rate;
// the customer account of seven digits; two run over two pages; one credit note regularising an estimated reading),
// and a telecom operator's monthly invoice of dedicated fibre links and SIP trunks, printed by a SaaS invoicing tool
// with the identity in a left sidebar, label over value (a link commissioned during the month prorated by the day,
// the access fee, SDA ranges; bilingual French–English labels on half; a public-market discount on some; one credit
// note for penalties when the guaranteed repair time was exceeded, with its tickets).
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { prm } from '../../lib/blind24.mjs';
import { both } from '../../lib/blind25.mjs';
import { acciseElec, daysIncl, maybeRelabel26, meterSerial, networkBuyer, price5, seven26, subscriptionRate, total5, whole } from '../../lib/blind26.mjs';

const lastDay = (y, m) => addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }, -1);

// ——— 1. Electricity for small public buildings: a supplier's grouped invoice, a section per delivery point. ———
const SITES = ['École maternelle Jules Ferry', 'École élémentaire du Soleil', 'Gymnase Pierre de Coubertin', 'Médiathèque municipale', 'Mairie annexe de Terrenoire', 'Crèche Les Petits Loups', 'Salle des fêtes', 'Centre technique municipal', 'Vestiaires du stade', 'Maison des associations', 'Groupe scolaire Paul Bert', 'Restaurant scolaire Montreynaud', 'Local des Restos – ancienne poste'];
const electricite = {
  name: 'i-electricite-batiments',
  family: 'electricity-supply-grouped-delivery-points-two-rates',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('i-electricite-batiments', i, { cityProb: 0.45, engagementProb: 0.7, trades: ['services'], numbers: ['plain'], engagementLabels: ['engagement', 'ej', 'engagementJuridique', 'bonDeCommande'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.9, ibanProb: 0.9, negative: credit ? 1 : false });
    const x = extraRng(inv, 'power');
    renameSupplier(inv, x.pick(['Volt Collectivités', 'Énergies Publiques Rhône-Alpes', 'Lumis Énergie', 'Alterna Territoires']), 'SA');
    inv.supplier.capital = x.pick([2_500_000, 14_800_000, 57_000_000]);
    inv.supplier.ape = '3514Z';
    networkBuyer(inv, x, 'energy', 0.8);
    localReferences(inv, x);
    maybeRelabel26(inv, x);
    notInFuture(inv);
    inv.number = `${x.pick(['10', '20', '30'])}${x.digits(8)}`;
    inv.account = seven26(x);
    inv.group = `GF${x.digits(6)}`;
    inv.due = addDays(inv.date, x.pick([30, 30, 45]));
    const prev = inv.date.m === 1 ? { y: inv.date.y - 1, m: 12 } : { y: inv.date.y, m: inv.date.m - 1 };
    inv.period = { from: { y: prev.y, m: prev.m, d: 1 }, to: lastDay(prev.y, prev.m) };
    inv.periodName = `${MONTHS[prev.m - 1]} ${prev.y}`;
    const subRate = subscriptionRate(inv.period.to);
    const accise = acciseElec(inv.period.to);
    const count = credit ? 1 : i === 2 || i === 7 ? x.int(6, 7) : x.int(1, 2);
    const first = x.int(0, SITES.length - 1);
    inv.lines = [];
    inv.sites = Array.from({ length: count }, (_, k) => {
      const kva = x.pick([6, 9, 12, 18, 24, 30, 36]);
      const hphc = x.chance(0.6);
      const estimated = x.chance(0.25);
      const kwhHp = x.int(300, 5200);
      const kwhHc = hphc ? x.int(150, 2600) : 0;
      const site = { name: SITES[(first + k) % SITES.length], pdl: prm(x), meter: meterSerial(x), kva, hphc, estimated, start: x.int(10000, 95000), kwhHp, kwhHc, lines: [] };
      if (credit) {
        inv.avoir = true;
        inv.print.iban = false;
        site.estimated = false;
        inv.origin = { number: `${inv.number.slice(0, 2)}${x.digits(8)}`, date: addDays(inv.date, -x.int(25, 40)) };
        const over = x.int(300, 1800);
        site.lines.push({ label: `Régularisation consommation – index estimé ${whole(site.start + over + kwhHp)} remplacé par l’index réel ${whole(site.start + kwhHp)}`, qtyText: `${whole(over)} kWh`, unitText: `${price5(17840)} €/kWh`, total: total5(over, 17840), rate: 2000 });
        site.lines.push({ label: 'Accise sur l’électricité (ex-TICFE) sur la consommation régularisée', qtyText: `${whole(over)} kWh`, unitText: `${price5(accise)} €/kWh`, total: total5(over, accise), rate: 2000 });
      } else {
        const sub = x.int(1600, 6200) + kva * x.int(60, 120);
        site.lines.push({ label: `Abonnement ${kva} kVA – option ${hphc ? 'Heures pleines / Heures creuses' : 'Base'} – du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')}`, qtyText: '1 mois', unitText: plainMoney(inv, sub), total: sub, rate: subRate });
        const pHp = x.int(15200, 21800);
        site.lines.push({ label: hphc ? 'Consommation Heures pleines' : 'Consommation Base', qtyText: `${whole(kwhHp)} kWh`, unitText: `${price5(pHp)} €/kWh`, total: total5(kwhHp, pHp), rate: 2000 });
        if (hphc) {
          const pHc = x.int(11200, 15200);
          site.lines.push({ label: 'Consommation Heures creuses', qtyText: `${whole(kwhHc)} kWh`, unitText: `${price5(pHc)} €/kWh`, total: total5(kwhHc, pHc), rate: 2000 });
        }
        const cta = Math.round((sub * x.int(180, 320)) / 1000);
        site.lines.push({ label: 'Contribution tarifaire d’acheminement (CTA)', qtyText: '', unitText: '', total: cta, rate: subRate });
        site.lines.push({ label: 'Accise sur l’électricité (ex-TICFE)', qtyText: `${whole(kwhHp + kwhHc)} kWh`, unitText: `${price5(accise)} €/kWh`, total: total5(kwhHp + kwhHc, accise), rate: 2000 });
      }
      inv.lines.push(...site.lines);
      return site;
    });
    priceLines(inv, [...new Set(inv.lines.map((l) => l.rate))].sort((a, b) => a - b));
    inv.taxes = inv.lines.filter((l) => /CTA|Accise/.test(l.label)).reduce((s, l) => s + l.total, 0);
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const accent = x.pick(['#0b5ea8', '#00804a', '#d2561b']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fourniture d’électricité n°', 'Accord-cadre (lot 2) n°'], service: ['Code service', 'Service', 'Code service Chorus Pro'] });
    const sentence = inv.engagement && x.chance(0.2) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const refsUnderBuyer = x.chance(0.4);
    const ident = [
      [inv.avoir ? 'N° d’avoir' : x.pick(['N° de facture', 'Facture n°', 'Numéro de facture']), inv.number],
      [inv.avoir ? 'Date de l’avoir' : 'Date de facture', date(inv, inv.date)],
      ['N° de compte client', inv.account],
      ['Groupement de facturation', inv.group],
      ['Période de consommation', inv.periodName],
      ...(inv.avoir ? [['Facture rectifiée', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Date limite de paiement', fmtDate(inv.due, 'slash')]]),
    ];
    const energy = inv.ht - inv.taxes;
    const summary = [['Électricité (fourniture et acheminement) HT', energy], ['Taxes et contributions (CTA, accise) HT', inv.taxes], ['Total HT', inv.ht, true], ...[...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, v.amount]), [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, true]];
    if (!inv.avoir) summary.push([x.pick(['Montant à payer', 'Net à payer', 'Montant TTC à régler']), inv.net, true]);
    const sections = inv.sites.map((site) => `<div class="site"><div class="sh">${esc(site.name)}</div>
      <div class="meta">PDL ${esc(site.pdl)} · Compteur n° ${esc(site.meter)} · Puissance souscrite ${site.kva} kVA · Option ${site.hphc ? 'HP/HC' : 'Base'} · ${inv.avoir ? 'Relevé réel' : site.estimated ? 'Index estimé' : 'Relevé réel'} du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')}${inv.avoir ? '' : ` · Index ${whole(site.start)} → ${whole(site.start + site.kwhHp)}${site.hphc ? ` (HP), ${whole(site.start + 412)} → ${whole(site.start + 412 + site.kwhHc)} (HC)` : ''}`}</div>
      <table class="lines"><tr><th>Désignation</th><th class="r">Quantité</th><th class="r">Prix unitaire HT</th><th class="r">Montant HT</th><th class="r">TVA</th></tr>
      ${site.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)}</td><td class="r">${esc(l.unitText)}</td><td class="r">${plainMoney(inv, l.total)}</td><td class="r">${rate(l.rate)}</td></tr>`).join('')}
      <tr class="st"><td colspan="3">Sous-total du site HT</td><td class="r">${plainMoney(inv, site.lines.reduce((t, l) => t + l.total, 0))}</td><td></td></tr></table></div>`).join('');
    const refsHtml = shown.length ? `<div class="refs"><div class="rh">${esc(x.pick(['Vos références', 'Références à rappeler sur Chorus Pro', 'Informations de facturation électronique']))}</div>${shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div>` : '';
    const payRef = `${inv.account}${inv.number.slice(-4)}`;
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8pt; }
      .top { display: flex; justify-content: space-between; } .logo { font-size: 18pt; font-weight: bold; color: ${accent}; } .tag { font-size: 7pt; color: #555; }
      .idbox { border: 1.5px solid ${accent}; border-radius: 2mm; padding: 2mm 3mm; width: 78mm; } .idbox h1 { margin: 0 0 1.5mm; font-size: 14pt; color: ${accent}; } .idbox td { padding: 0.5mm 0; } .idbox .v { font-weight: bold; text-align: right; }
      .mid { display: flex; justify-content: space-between; margin-top: 5mm; } .buyer { width: 80mm; font-size: 9pt; } .refs { margin-top: 2mm; font-size: 8pt; } .rh { font-weight: bold; color: ${accent}; }
      .due { background: ${accent}; color: #fff; padding: 3mm; width: 72mm; font-size: 9pt; } .due b { font-size: 14pt; display: block; margin-top: 1mm; }
      h2 { font-size: 10pt; color: ${accent}; border-bottom: 1px solid ${accent}; margin: 5mm 0 1.5mm; }
      .sum td { padding: 0.8mm 1.5mm; border-bottom: 1px solid #e4e4e4; } .sum .s td { font-weight: bold; }
      .site { margin-top: 3mm; break-inside: avoid; } .sh { font-weight: bold; font-size: 8.8pt; background: #eef3f8; padding: 1mm 1.5mm; } .meta { font-size: 7pt; color: #444; margin: 0.8mm 0; }
      .lines th { font-size: 7pt; text-align: left; border-bottom: 1px solid #999; padding: 0.6mm 1mm; } .lines td { padding: 0.6mm 1mm; font-size: 7.6pt; } .lines .st td { border-top: 1px solid #bbb; font-weight: bold; }
      .pay { margin-top: 5mm; border-top: 1px solid #999; padding-top: 2mm; } .legal { font-size: 6.5pt; color: #555; margin-top: 3mm; }`,
    `<div class="top"><div><div class="logo">${esc(s.name)}</div><div class="tag">Fournisseur d’électricité – offre collectivités</div>${htmlLines(supplierTexts(inv, x, { phone: false }).slice(1))}<div class="tag">Service clients collectivités : ${esc(s.phone)}</div></div>
     <div class="idbox"><h1>${inv.avoir ? 'AVOIR' : 'FACTURE'} <span style="font-size:8pt;color:#333">${esc(inv.avoir ? 'de régularisation' : `d’électricité – ${inv.periodName}`)}</span></h1><table>${ident.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="v">${esc(v)}</td></tr>`).join('')}</table></div></div>
     <div class="mid"><div class="buyer">${htmlLines(buyerTexts(inv, x))}${refsUnderBuyer ? refsHtml : ''}</div>
     ${inv.avoir ? `<div class="due">Montant de l’avoir TTC<b>${money(inv, inv.ttc)}</b>À déduire de votre prochaine facture</div>` : `<div class="due">Montant à payer<b>${money(inv, inv.net)}</b>avant le ${fmtDate(inv.due, 'slash')}</div>`}</div>
     ${refsUnderBuyer ? '' : refsHtml}
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <h2>Synthèse de votre ${inv.avoir ? 'avoir' : 'facture'} – ${inv.sites.length} point${inv.sites.length > 1 ? 's' : ''} de livraison</h2>
     <table class="sum" style="width:120mm">${summary.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <h2>Détail par point de livraison</h2>${sections}
     <div class="pay">${inv.avoir ? 'Cet avoir sera imputé sur votre prochaine facture ; il ne donne lieu à aucun paiement.' : `Mode de paiement : ${inv.print.iban ? `virement – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : 'mandat administratif'} – Référence de paiement à rappeler : <b>${esc(payRef)}</b>`}</div>
     <p class="legal">TVA : 5,5 % sur l’abonnement et la CTA des puissances jusqu’à 36 kVA jusqu’au 31/07/2025, 20 % ensuite et sur la consommation et l’accise. En cas de panne : Enedis 09 72 67 50 42. Médiateur national de l’énergie : www.energie-mediateur.fr. ${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</p>`, '10mm 12mm 12mm 12mm');
  },
};

// ——— 2. Dedicated fibre links and SIP trunks: a SaaS invoice, the identity in a left sidebar. ———
const LINK_SITES = ['Hôtel de Ville', 'Centre technique municipal', 'Médiathèque centrale', 'Police municipale', 'Piscine municipale', 'Conservatoire', 'Groupe scolaire Jean Jaurès', 'Maison France Services', 'Archives municipales', 'Salle polyvalente'];
const fibre = {
  name: 'i-liens-fibre-operateur',
  family: 'telecom-fibre-links-sip-sidebar-bilingual',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('i-liens-fibre-operateur', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['hash', 'plain'], engagementLabels: ['engagement', 'ej', 'orderRef', 'commande'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['slash', 'iso', 'long'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'fibre');
    renameSupplier(inv, x.pick(['Telnova Collectivités', 'Loire Télécom Réseaux', 'Ondaine Networks', 'Fibréa Entreprises']), 'SAS');
    inv.supplier.ape = '6110Z';
    networkBuyer(inv, x, 'telecom', 0.8);
    localReferences(inv, x);
    maybeRelabel26(inv, x);
    notInFuture(inv);
    inv.bilingual = x.chance(0.5);
    inv.account = seven26(x);
    inv.due = addDays(inv.date, 30);
    inv.period = { from: { y: inv.date.y, m: inv.date.m, d: 1 }, to: lastDay(inv.date.y, inv.date.m) };
    const first = x.int(0, LINK_SITES.length - 1);
    inv.links = Array.from({ length: credit ? x.int(1, 2) : x.int(2, 5) }, (_, k) => ({ site: LINK_SITES[(first + k) % LINK_SITES.length], ref: `FO42-${seven26(x)}`, speed: x.pick(['100 Mb/s', '200 Mb/s', '500 Mb/s', '1 Gb/s']), fee: x.int(190, 690) * 100 }));
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC-${inv.date.y}${String(inv.date.m).padStart(2, '0')}-${String(x.int(1, 400)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(5, 20)) };
      inv.lines = inv.links.map((l) => {
        const hours = x.int(5, 30);
        return { label: `Pénalité GTR 4 h non respectée – lien ${l.ref} (${l.site}) – ticket n° ${seven26(x)} – rétablissement en ${hours} h`, qty: 1, unit: Math.round(l.fee * x.pick([10, 20, 30]) / 100), rate: 2000 };
      });
      return priceLines(inv, [2000]);
    }
    inv.lines = inv.links.map((l) => ({ label: `Lien fibre dédié ${l.speed} symétrique – GTR 4 h – ${l.site} – réf. ${l.ref}`, qty: 1, unit: l.fee, rate: 2000 }));
    if (x.chance(0.6)) {
      const site = LINK_SITES[(first + inv.links.length) % LINK_SITES.length];
      const start = { ...inv.period.from, d: x.int(5, 25) };
      const days = daysIncl(start, inv.period.to);
      const monthDays = inv.period.to.d;
      const fee = x.int(190, 490) * 100;
      const ref = `FO42-${seven26(x)}`;
      inv.lines.push({ label: `Lien fibre dédié 100 Mb/s – ${site} – réf. ${ref} – mis en service le ${fmtDate(start, 'slash')} (prorata ${days}/${monthDays} j)`, qty: 1, unit: Math.round((fee * days) / monthDays), rate: 2000 });
      inv.lines.push({ label: `Frais d’accès au service (FAS) – ${site}`, qty: 1, unit: x.int(500, 1500) * 100, rate: 2000 });
    }
    const channels = x.pick([10, 20, 30, 60]);
    inv.lines.push({ label: `Trunk SIP ${channels} canaux simultanés`, qty: channels, unit: x.int(600, 1200), rate: 2000 });
    inv.lines.push({ label: 'Tranche de 100 numéros SDA', qty: x.int(1, 4), unit: x.int(900, 2500), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Communications hors forfait (international, numéros spéciaux)', qty: 1, unit: x.int(300, 9000), rate: 2000 });
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const accent = x.pick(['#5b2a86', '#0f766e', '#1d4ed8']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de services de télécommunications n°', 'Réf. marché'], service: ['Code service', 'Service', 'Code service (Chorus)'] });
    const side = [
      [inv.avoir ? L('Avoir n°', 'Credit note no.') : L('Numéro', 'Number'), inv.number],
      [L('Date', 'Date'), date(inv, inv.date)],
      ...(inv.avoir ? [[L('Facture d’origine', 'Original invoice'), `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [[L('Échéance', 'Due date'), fmtDate(inv.due, 'slash')]]),
      [L('N° client', 'Customer no.'), inv.account],
      [L('Période', 'Period'), `${fmtDate(inv.period.from, 'slash')} – ${fmtDate(inv.period.to, 'slash')}`],
    ];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push([L('Sous-total HT', 'Subtotal'), inv.grossHT], [`${L('Remise marché public', 'Public contract discount')} ${inv.discountPct} %`, -inv.discount]);
    totals.push([L('Total HT', 'Total excl. VAT'), inv.ht], [L('TVA 20 %', 'VAT 20%'), inv.tva], [L('Total TTC', 'Total incl. VAT'), inv.ttc, true]);
    if (!inv.avoir) totals.push([L('Montant dû', 'Amount due'), inv.net, true]);
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.2pt; }
      .wrap { display: flex; gap: 6mm; } .side { width: 50mm; background: #f3f1f7; padding: 4mm 3mm; min-height: 240mm; } .side .k { font-size: 6.8pt; color: #666; text-transform: uppercase; margin-top: 3mm; } .side .v { font-size: 9.4pt; font-weight: bold; margin-top: 0.5mm; }
      .main { flex: 1; } .brand { font-size: 16pt; font-weight: bold; color: ${accent}; } h1 { font-size: 20pt; margin: 4mm 0 2mm; color: ${accent}; font-weight: normal; }
      .parties { display: flex; justify-content: space-between; font-size: 8pt; margin-top: 3mm; } .parties .to { width: 62mm; font-size: 8.8pt; }
      .items { margin-top: 5mm; } .items th { text-align: left; font-size: 7.2pt; color: #555; border-bottom: 1.5px solid ${accent}; padding: 1mm; } .items td { border-bottom: 1px solid #e5e5e5; padding: 1.2mm 1mm; }
      .tot { width: 80mm; margin-left: auto; margin-top: 3mm; } .tot td { padding: 1mm; } .tot .s td { font-weight: bold; font-size: 9.6pt; border-top: 1px solid #333; }
      .foot { font-size: 6.6pt; color: #666; margin-top: 5mm; }`,
    `<div class="wrap"><div class="side"><div class="brand" style="font-size:11pt">${esc(s.name)}</div>
      ${side.map(([k, v]) => `<div class="k">${esc(k)}</div><div class="v">${esc(v)}</div>`).join('')}
      ${refs.length ? `<div class="k" style="margin-top:6mm;color:${accent}">${esc(L('Vos références', 'Your references'))}</div>${refs.map(([k, v]) => `<div class="k">${esc(k)}</div><div class="v">${esc(v)}</div>`).join('')}` : ''}
      ${inv.avoir ? '' : `<div class="k" style="margin-top:6mm">${esc(L('Montant dû', 'Amount due'))}</div><div class="v" style="font-size:13pt">${money(inv, inv.net)}</div>`}</div>
     <div class="main"><h1>${esc(inv.avoir ? L('Avoir', 'Credit note') : L('Facture', 'Invoice'))}</h1>
      <div class="parties"><div>${htmlLines(supplierTexts(inv, x))}</div><div class="to"><div style="color:#666;font-size:7pt">${esc(L('Facturé à', 'Bill to'))}</div>${htmlLines(buyerTexts(inv, x))}</div></div>
      <p>${esc(inv.avoir ? `Avoir sur la facture ${inv.origin.number} : pénalités contractuelles pour dépassement de la garantie de temps de rétablissement (GTR).` : `${L('Services de télécommunications', 'Telecom services')} – ${MONTHS[inv.date.m - 1]} ${inv.date.y} – ${L('abonnements facturés à terme à échoir', 'billed in advance')}`)}</p>
      <table class="items"><tr><th>${esc(L('Description', 'Description'))}</th><th class="r">${esc(L('Qté', 'Qty'))}</th><th class="r">${esc(L('P.U. HT', 'Unit price'))}</th><th class="r">${esc(L('Total HT', 'Amount'))}</th></tr>${rows}</table>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
      <p>${inv.avoir ? esc('Montant à imputer sur votre prochaine facture.') : esc(inv.print.iban ? `${L('Paiement par virement', 'Payment by bank transfer')} – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.')}</p>
      <p class="foot">${esc(LATE_FEES)}<br>${esc(legalLine(inv))} – Opérateur déclaré auprès de l’ARCEP.</p></div></div>`, '0mm 12mm 10mm 0mm');
  },
};

export default [electricite, fibre];

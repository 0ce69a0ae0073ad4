// Blind-25 layouts written for Chromium (see ../../README.md): an outdoor-advertising group's invoice for a public
// body's poster campaign, as a large company's billing system prints it (labels in capitals, the identity and the
// references in a grid, the media price list with volume and institutional discounts applied one after the other, the
// printing and posting costs outside the discounts, a payment slip at the foot repeating the invoice's number, the
// customer account and the campaign numbered with seven digits; one credit note for faces not posted), and a museum
// audio-guide company's invoice printed as an Odoo-like report (devices rented by the month, the tour's script, voices
// and translations by the minute, the app's hosting; « Facture FAC/… » as a title, a row of headings over their values,
// the customer's and the supplier's references in two columns, bilingual French–English labels on half, a deposit
// invoice paid with the order deducted with its own number on some, the payment communication repeating the number;
// one credit note for devices returned early).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { cascadeTotals, engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { slipReference } from '../../lib/blind23.mjs';
import { both, cultureBuyer, deductDeposit, maybeRelabel25, seven } from '../../lib/blind25.mjs';

// ——— 1. A poster campaign on street furniture and 4 × 3 panels: a large group's billing system with a payment slip. ———
const CAMPAIGNS = ['« Fête du Livre »', '« Festival des Arts de la Rue »', '« Saison culturelle »', '« Journées européennes du patrimoine »', '« Semi-marathon de la ville »', '« Marché de Noël »', '« Nuit des musées »', '« Forum des associations »'];
const affichage = {
  name: 'f-affichage-urbain',
  family: 'outdoor-advertising-campaign-payment-slip',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const inv = makeInvoice('f-affichage-urbain', i, { cityProb: 0.5, engagementProb: 0.7, trades: ['services'], numbers: ['plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['slash', 'long', 'iso'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.9, ibanProb: 0.9, negative: credit ? 1 : false });
    const x = extraRng(inv, 'poster');
    renameSupplier(inv, x.pick(['Urbaffiche Régions', 'Mediaffiche Communication', 'Panoramic Affichage', 'Citéaffiche Rhône-Alpes']), 'SA');
    inv.supplier.capital = x.pick([2_400_000, 18_000_000, 96_500_000]);
    inv.supplier.ape = '7312Z';
    cultureBuyer(inv, x, 'culture', 1);
    localReferences(inv, x);
    maybeRelabel25(inv, x);
    notInFuture(inv);
    inv.number = `AF${String(inv.date.y % 100).padStart(2, '0')}${x.digits(7)}`;
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.account = seven(x);
    inv.campaignNo = seven(x);
    inv.start = addDays(inv.date, -x.int(12, 40));
    inv.campaign = `${x.pick(CAMPAIGNS)} ${inv.start.y}`;
    inv.weeks = x.pick([1, 1, 2, 2, 3]);
    inv.end = addDays(inv.start, inv.weeks * 7 - 1);
    inv.proposal = { number: `PC-${inv.date.y}-${x.digits(5)}`, date: addDays(inv.start, -x.int(20, 50)) };
    const faces = x.pick([20, 30, 40, 60, 80]);
    const big = x.chance(0.6) ? x.pick([4, 6, 8, 10]) : 0;
    const perFace = x.int(2200, 4600);
    const perBig = x.int(19000, 34000);
    const discounts = [{ label: 'Remise volume', pct: x.pick([10, 12, 15, 20]) }, { label: x.pick(['Remise collectivité', 'Tarif institutionnel']), pct: x.chance(0.6) ? x.pick([5, 8, 10]) : 0 }];
    let discounted;
    let plain;
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      const missing = x.int(3, 8);
      inv.origin = { number: `AF${String(inv.date.y % 100).padStart(2, '0')}${x.digits(7)}`, date: addDays(inv.date, -x.int(10, 30)) };
      discounted = [{ label: `Faces non affichées (défaut de pose constaté au rapport photographique) – mobilier urbain 2 m² – ${missing} faces × ${inv.weeks} semaine${inv.weeks > 1 ? 's' : ''}`, qty: missing * inv.weeks, unit: perFace, rate: 2000 }];
      plain = [{ label: 'Pose et dépose non réalisées (par face)', qty: missing, unit: x.int(800, 1500), rate: 2000 }];
    } else {
      discounted = [{ label: `Réseau mobilier urbain 2 m² – ${faces} faces × ${inv.weeks} semaine${inv.weeks > 1 ? 's' : ''}`, qty: faces * inv.weeks, unit: perFace, rate: 2000 }];
      if (big) discounted.push({ label: `Panneaux grand format 4 × 3 (12 m²) – ${big} faces × ${inv.weeks} semaine${inv.weeks > 1 ? 's' : ''}`, qty: big * inv.weeks, unit: perBig, rate: 2000 });
      const posters = faces + big + x.int(2, 6) * 5;
      plain = [
        { label: `Impression affiches 120 × 176 quadri, papier dos bleu 115 g (${posters} ex.)`, qty: posters, unit: x.int(350, 900), rate: 2000 },
        { label: 'Pose et dépose (par face)', qty: faces + big, unit: x.int(800, 1500), rate: 2000 },
      ];
      if (x.chance(0.6)) plain.push({ label: 'Rapport photographique de pose (géolocalisé)', qty: 1, unit: x.int(60, 120) * 100, rate: 2000 });
    }
    for (const l of [...discounted, ...plain]) l.total = Math.round(l.qty * l.unit);
    inv.cascade = cascadeTotals(inv, { discounted, plain, discounts });
    inv.discountedCount = discounted.length;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const caps = x.chance(0.6);
    const up = (t) => (caps ? t.toUpperCase() : t);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations d’affichage n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service communication (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const d = (v) => date(inv, v);
    const accent = x.pick(['#00695c', '#b71c1c', '#283593']);
    const grid = [
      [up(inv.avoir ? 'N° d’avoir' : 'N° de facture'), inv.number],
      [up(inv.avoir ? 'Date de l’avoir' : 'Date de facture'), d(inv.date)],
      [up('N° client'), inv.account],
      [up('N° de campagne'), inv.campaignNo],
      [up('Période d’affichage'), `du ${fmtDate(inv.start, 'slash')} au ${fmtDate(inv.end, 'slash')}`],
      ...(inv.avoir ? [[up('Facture d’origine'), `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [[up('Date d’échéance'), fmtDate(inv.due, 'slash')]]),
      ...shown.map(([k, v]) => [up(k), v]),
    ];
    const half = Math.ceil(grid.length / 2);
    const cell = ([k, v]) => `<td class="k">${esc(k)}</td><td class="v">${esc(v)}</td>`;
    const gridHtml = Array.from({ length: half }, (_, r) => `<tr>${cell(grid[r])}${grid[r + half] ? cell(grid[r + half]) : '<td></td><td></td>'}</tr>`).join('');
    const rows = inv.lines.map((l, k) => `${k === inv.discountedCount ? `<tr class="sub"><td colspan="4">${esc(up('Frais techniques (hors remises)'))}</td></tr>` : ''}<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const c = inv.cascade;
    const totals = [[up('Montant brut média HT'), c.gross], ...c.steps.map((st) => [`${st.label} ${st.pct} %`, -st.amount]), [up('Montant net média HT'), c.netSpots], [up('Frais techniques HT'), c.extra], [up('Total HT'), inv.ht, true], [up('TVA 20 %'), inv.tva], [up(inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC'), inv.ttc, true]];
    if (!inv.avoir) totals.push([up(x.pick(['Net à payer', 'Montant à payer'])), inv.net, true]);
    const reference = slipReference(inv.account, inv.number);
    const slip = inv.avoir ? `<p class="note">${esc(`Cet avoir vient en déduction de la facture ${inv.origin.number} ; il ne donne lieu à aucun paiement.`)}</p>` : `<div class="slip"><div class="t">✂ ${esc(up('Talon de paiement – à joindre à votre règlement'))}</div>
      <table><tr><td class="k">N° client</td><td class="k">N° facture</td><td class="k">Échéance</td><td class="k">Montant à payer</td></tr>
      <tr><td class="v">${esc(inv.account)}</td><td class="v">${esc(inv.number)}</td><td class="v">${fmtDate(inv.due, 'slash')}</td><td class="v">${money(inv, inv.net)}</td></tr></table>
      <div style="margin-top:1.5mm">Référence de paiement : <b>${esc(reference)}</b>${inv.print.iban ? ` – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : ''}</div>
      <div class="ocr">${esc(`${inv.account} ${inv.number} ${String(inv.net).padStart(10, '0')} ${reference.slice(-2)}`)}</div></div>`;
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.2pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .logo { font-size: 17pt; font-weight: bold; color: ${accent}; letter-spacing: 0.5pt; }
      .title { font-size: 15pt; font-weight: bold; text-align: right; } .buyer { margin-top: 6mm; margin-left: 100mm; font-size: 9pt; }
      .grid { margin-top: 5mm; } .grid td { border: 1px solid #bbb; padding: 1mm 1.5mm; } .grid .k, .slip .k { background: #eef2f2; font-size: 7pt; color: #333; } .grid .v { font-weight: bold; font-size: 8.8pt; }
      .items { margin-top: 4mm; } .items th { background: ${accent}; color: #fff; padding: 1.2mm; text-align: left; font-size: 7.6pt; } .items td { padding: 1mm 1.2mm; border-bottom: 1px solid #e0e0e0; } .items .sub td { font-weight: bold; background: #f5f5f5; }
      .tot { width: 92mm; margin-left: auto; margin-top: 3mm; } .tot td { padding: 0.9mm 1.5mm; } .tot .s td { font-weight: bold; border-top: 1.2px solid #333; font-size: 9pt; }
      .note { margin-top: 3mm; } .legal { font-size: 6.6pt; color: #555; margin-top: 3mm; }
      .slip { margin-top: 7mm; border-top: 1.5px dashed #444; padding-top: 2mm; break-inside: avoid; } .slip .t { font-weight: bold; } .slip table { margin-top: 1.5mm; } .slip td { border: 1px solid #999; padding: 1mm 2mm; } .slip .v { font-weight: bold; font-size: 9.4pt; } .ocr { font-family: 'Liberation Mono'; font-size: 9pt; margin-top: 2mm; letter-spacing: 0.5pt; }`,
    `<div class="top"><div><div class="logo">${esc(s.name.toUpperCase())}</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div><div class="title">${esc(inv.avoir ? 'AVOIR' : 'FACTURE')}<div style="font-size:9pt;font-weight:normal">${esc(inv.number)}</div></div></div>
     <div class="buyer">${htmlLines(buyerTexts(inv, x))}</div>
     <table class="grid">${gridHtml}</table>
     <p><b>${esc(up('Campagne'))} ${esc(inv.campaign)}</b> – ${esc(`proposition commerciale ${inv.proposal.number} acceptée le ${fmtDate(inv.proposal.date, 'slash')}`)}</p>
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>${esc(up('Désignation'))}</th><th class="r">${esc(up('Quantité'))}</th><th class="r">${esc(up('P.U. brut HT'))}</th><th class="r">${esc(up('Montant brut HT'))}</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p class="note">${inv.avoir ? '' : esc(inv.print.iban ? `Règlement par virement à réception, au plus tard le ${fmtDate(inv.due, 'slash')}, en rappelant la référence de paiement du talon.` : `Règlement par mandat administratif au plus tard le ${fmtDate(inv.due, 'slash')}.`)}</p>
     <p class="legal">Conditions de règlement : ${inv.avoir ? 'sans objet' : `${fmtDate(inv.due, 'slash')}`}. ${esc(LATE_FEES)} Prestations de publicité extérieure soumises à la TVA au taux normal.<br>${esc(legalLine(inv))}</p>
     ${slip}`, '10mm 12mm 12mm 12mm');
  },
};

// ——— 2. Audio guides for a museum: an Odoo-like report, bilingual on half. ———
const MODELS = ['Audioguide MyGuide S3', 'Audioguide tactile TG-7', 'Visioguide 7"', 'Audioguide à baladeur AG200'];
const audioguides = {
  name: 'f-audioguides-musee',
  family: 'museum-audio-guides-odoo-bilingual',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('f-audioguides-musee', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoirOdoo'] : ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'poBonDeCommande', 'orderRef'], marketProb: 0.45, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['nbsp', 'narrow', 'space'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'audio');
    renameSupplier(inv, x.pick(['Sonoguide Patrimoine', 'Audiovisit Musées', 'Guidéo Médiation', 'Ouïe Culture Technologies']), 'SAS');
    inv.supplier.ape = '5911A';
    cultureBuyer(inv, x, 'museum', 0.85);
    localReferences(inv, x);
    maybeRelabel25(inv, x);
    notInFuture(inv);
    inv.bilingual = x.chance(0.5);
    inv.due = addDays(inv.date, 30);
    inv.so = `S${x.digits(5)}`;
    inv.quote = { number: `DEV-${inv.date.y}-${x.digits(4)}`, date: addDays(inv.date, -x.int(40, 120)) };
    inv.contract = `LOC-${x.digits(6)}`;
    inv.model = x.pick(MODELS);
    inv.exhibition = x.pick(['« Design en mouvement »', '« Mineurs, une histoire collective »', '« Le cycle, 150 ans de vélos stéphanois »', '« Fernand Léger et ses amis »', '« Rubans et passementerie »']);
    const devices = x.pick([30, 40, 50, 60, 80, 120]);
    const months = x.pick([1, 3, 4, 6]);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC/${inv.date.y}/${String(x.int(10, 400)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(20, 60)) };
      const back = x.int(10, 30);
      const left = x.int(1, 2);
      inv.lines = [{ label: `${inv.model} – ${back} appareils restitués avant le terme de la location (${left} mois non dus)`, qty: back * left, unit: x.int(900, 1600), rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    const minutes = x.int(25, 70);
    const languages = x.pick([['EN'], ['EN', 'DE'], ['EN', 'ES', 'IT'], ['EN', 'LSF']]);
    inv.lines = [
      { label: `${inv.model} – location ${devices} appareils × ${months} mois (exposition ${inv.exhibition})`, qty: devices * months, unit: x.int(900, 1600), rate: 2000 },
      { label: 'Écriture du parcours de visite et validation scientifique (par minute de contenu)', qty: minutes, unit: x.int(90, 160) * 100, rate: 2000 },
      { label: 'Enregistrement studio – voix française, comédien professionnel (par minute)', qty: minutes, unit: x.int(35, 70) * 100, rate: 2000 },
      ...languages.map((lang) => ({ label: lang === 'LSF' ? 'Version en langue des signes (LSF) – tournage vidéo (par minute)' : `Traduction et enregistrement version ${lang} (par minute)`, qty: minutes, unit: x.int(45, 95) * 100, rate: 2000 })),
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Application mobile et QR codes – hébergement 12 mois', qty: 1, unit: x.int(600, 1800) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Protections hygiéniques pour casques (carton de 1 000)', qty: x.int(1, 4), unit: x.int(90, 160) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    inv.paid = i % 2 === 0 ? deductDeposit(inv, x, 30, addDays(inv.quote.date, x.int(5, 20))) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché public n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service des publics (code)'] });
    const accent = x.pick(['#714b67', '#017e84', '#3f51b5']);
    const d = (v) => date(inv, v);
    const title = inv.avoir ? L('Avoir', 'Credit note') : L('Facture', 'Invoice');
    const heads = [[L('Date de facturation', 'Invoice date'), d(inv.date)], [L('Date d’échéance', 'Due date'), fmtDate(inv.due, 'slash')], [L('Origine', 'Source'), inv.so]];
    if (inv.avoir) heads.push([L('Facture d’origine', 'Original invoice'), inv.origin.number]);
    const ours = [[L('Devis', 'Quotation'), `${inv.quote.number} du ${fmtDate(inv.quote.date, 'slash')}`], [L('Contrat de location', 'Rental contract'), inv.contract], [L('Réf. client', 'Customer ref.'), `C${x.digits(5)}`]];
    const twoCols = Array.from({ length: Math.max(refs.length, ours.length) }, (_, r) => `<tr><td class="k">${refs[r] ? esc(refs[r][0]) : ''}</td><td class="v">${refs[r] ? esc(refs[r][1]) : ''}</td><td class="k">${ours[r] ? esc(ours[r][0]) : ''}</td><td class="v">${ours[r] ? esc(ours[r][1]) : ''}</td></tr>`).join('');
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty, 2)} ${esc(L('Unité(s)', 'Unit(s)'))}</td><td class="r">${frNumber(l.unit / 100, 2)}</td><td class="r">${esc(L('TVA 20 %', 'VAT 20%'))}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = [[L('Montant hors taxes', 'Untaxed amount'), inv.ht], [L('TVA 20 %', 'VAT 20%'), inv.tva], ['Total', inv.ttc, true]];
    if (inv.paid) totals.push([`${L('Payé le', 'Paid on')} ${fmtDate(inv.paid.date, 'slash')} (${L('acompte', 'down payment')} ${inv.paid.number})`, -inv.paid.amount], [L('Montant dû', 'Amount due'), inv.net, true]);
    const communication = inv.avoir ? '' : `<p>${esc(L('Veuillez utiliser la communication suivante pour votre paiement', 'Please use the following communication for your payment'))} : <b>${esc(inv.number)}</b></p>`;
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.4pt; color: #222; }
      .hd { display: flex; justify-content: space-between; border-bottom: 2px solid ${accent}; padding-bottom: 2mm; } .co { font-size: 7.6pt; color: #444; } .co b { font-size: 11pt; color: ${accent}; }
      .addr { margin: 8mm 0 0 105mm; font-size: 9pt; } h2 { font-size: 16pt; margin: 7mm 0 3mm; font-weight: normal; }
      .heads { display: flex; gap: 10mm; margin-bottom: 3mm; } .heads div b { display: block; font-size: 8pt; } .heads div span { display: block; margin-top: 0.6mm; font-size: 9pt; }
      .refs td { padding: 0.7mm 1.5mm; } .refs .k { color: #666; width: 36mm; } .refs .v { font-weight: bold; }
      .items { margin-top: 4mm; } .items th { border-bottom: 1.5px solid #333; padding: 1mm; text-align: left; } .items td { padding: 1mm; border-bottom: 1px solid #ddd; }
      .tot { width: 86mm; margin-left: auto; margin-top: 3mm; } .tot td { padding: 1mm 1.5mm; border-bottom: 1px solid #eee; } .tot .s td { font-weight: bold; border-top: 1.5px solid #333; }
      .foot { font-size: 6.8pt; color: #555; border-top: 1px solid #ccc; margin-top: 6mm; padding-top: 1.5mm; text-align: center; }`,
    `<div class="hd"><div class="co"><b>${esc(s.name)}</b><br>${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div><div class="co" style="text-align:right">${esc(L('Audioguides – médiation – contenus de visite', 'Audio guides – interpretation – tour content'))}<br>${esc(s.web)}</div></div>
     <div class="addr">${htmlLines(buyerTexts(inv, x))}</div>
     <h2>${esc(title)} ${esc(inv.number)}</h2>
     <div class="heads">${heads.map(([k, v]) => `<div><b>${esc(k)}:</b><span>${esc(v)}</span></div>`).join('')}</div>
     <table class="refs"><tr><td colspan="2" class="k"><b>${esc(L('Vos références', 'Your references'))}</b></td><td colspan="2" class="k"><b>${esc(L('Nos références', 'Our references'))}</b></td></tr>${twoCols}</table>
     ${inv.avoir ? `<p>${esc(`Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}.`)}</p>` : ''}
     <table class="items"><tr><th>Description</th><th class="r">${esc(L('Quantité', 'Quantity'))}</th><th class="r">${esc(L('Prix unitaire', 'Unit price'))}</th><th class="r">${esc(L('Taxes', 'Taxes'))}</th><th class="r">${esc(L('Montant', 'Amount'))}</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     ${communication}
     <p>${esc(L('Conditions de paiement', 'Payment terms'))} : 30 ${esc(L('jours', 'days'))}. ${inv.print.iban && !inv.avoir ? `IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : ''}</p>
     <p style="font-size:7pt">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}<br>${esc(s.email)} – ${esc(s.phone)}</div>`, '12mm 14mm 14mm 14mm');
  },
};

export default [affichage, audioguides];

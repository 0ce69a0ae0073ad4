// Blind-29 layouts written for Chromium (see ../../README.md): a payroll bureau's monthly invoice for the payslips of a
// public body's contract and seasonal staff, printed by a web invoicing SaaS (payslips by the unit, extra payslips for
// arrivals and departures, the monthly social declaration, sick-leave notices, employer certificates, a digital safe
// per employee; the gross payroll and the contributions declared printed for information, not invoiced; the client
// file's seven digits; the identity as a row of headings over values or as labels beside values; a loyalty discount on
// some; one credit note for payslips made twice), and an electronic-signature SaaS's invoice (a subscription per user
// and month, envelopes over the quota, qualified signatures, SMS codes at a price with three decimals, time-stamp
// tokens; bilingual French–English on half; the account's eight digits; a credit balance from an earlier credit note
// applied on some; the consumption by service printed for information).
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { millsTotal, mills3, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { deductPaid, euroFirst } from '../../lib/blind18.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, seven } from '../../lib/blind25.mjs';
import { adminBuyer, maybeRelabel29 } from '../../lib/blind29.mjs';

// ——— 1. A payroll bureau's month: a web SaaS invoice, payroll amounts printed for information. ———
const paie = {
  name: 'a-externalisation-paie',
  family: 'payroll-bureau-monthly-payslips-saas-payroll-for-information',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const inv = makeInvoice('a-externalisation-paie', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['pennylane', 'hash', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 0, 5], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'payroll');
    renameSupplier(inv, x.pick(['Paie Services Loire', 'Externa’Paie', 'Rhône Paie Conseil', 'Gestion Sociale du Forez']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '6920Z';
    adminBuyer(inv, x, 'hr', 0.85);
    localReferences(inv, x);
    maybeRelabel29(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.file = seven(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.staff = x.int(12, 140);
    inv.payroll = inv.staff * x.int(1850, 2700) * 100 + x.int(0, 99);
    inv.contributions = Math.round(inv.payroll * (x.int(38, 46) / 100));
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(5, 25)) };
      inv.lines = [{ label: `Bulletins de paie ${inv.period.name} établis en double (agents saisonniers déjà payés sur la période précédente)`, qty: x.int(2, 9), unit: x.int(1150, 1950), rate: 2000 }];
      if (x.chance(0.5)) inv.lines.push({ label: 'Signalement DSN facturé à tort', qty: 1, unit: x.int(800, 1500), rate: 2000 });
      return priceLines(inv, [2000]);
    }
    const unit = x.int(1150, 1950);
    inv.lines = [{ label: `Établissement des bulletins de paie – ${inv.period.name}`, qty: inv.staff, unit, rate: 2000 }];
    if (x.chance(0.7)) inv.lines.push({ label: 'Bulletins complémentaires (entrées et sorties en cours de mois)', qty: x.int(1, 9), unit: unit + x.int(200, 600), rate: 2000 });
    inv.lines.push({ label: 'Déclaration sociale nominative mensuelle (DSN) – dépôt et contrôle des retours', qty: 1, unit: x.int(60, 150) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Signalements DSN d’arrêt de travail', qty: x.int(1, 6), unit: x.int(800, 1500), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Attestations employeur France Travail et soldes de tout compte', qty: x.int(1, 5), unit: x.int(2500, 4500), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Coffre-fort numérique – bulletins dématérialisés (par salarié)', qty: inv.staff, unit: x.int(60, 120), rate: 2000 });
    if (x.chance(0.3)) inv.lines.push({ label: 'Paramétrage : revalorisation du point d’indice et du SMIC', qty: 1, unit: x.int(150, 450) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations de paie n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service gestionnaire (code)'] });
    const place = x.pick(['box', 'buyer', 'sentence']);
    const sentence = place === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const inBuyer = place === 'buyer';
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toUpperCase() : t);
    const accent = x.pick(['#3949ab', '#00897b', '#6a1b9a', '#ef6c00']);
    const strip = x.chance(0.5);
    const title = inv.avoir ? 'Avoir' : 'Facture';
    const ident = [
      [up('Date d’émission'), date(inv, inv.date)],
      [up(inv.avoir ? 'Facture d’origine' : 'Date d’échéance'), inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')],
      [up('N° de dossier'), inv.file],
      [up('Période de paie'), inv.period.name],
    ];
    const identHtml = strip
      ? `<table class="strip"><tr>${ident.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${ident.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>`
      : `<table class="kv">${ident.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>`;
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push(['Sous-total HT', inv.grossHT], [`Remise fidélité (${inv.discountPct} %)`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['TVA 20 %', inv.tva], ['Total TTC', inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([x.pick(['Montant à payer', 'Net à payer', 'Reste à payer']), inv.net, true]);
    const buyer = buyerTexts(inv, x);
    const info = inv.avoir ? '' : `<div class="info"><b>${esc(up('Pour information'))}</b> – ${esc(`${inv.staff} agents payés sur la période ; masse salariale brute traitée ${money(inv, inv.payroll)} ; cotisations déclarées (URSSAF, IRCANTEC, CNRACL) ${money(inv, inv.contributions)}.`)} ${esc('Ces montants sont versés par la collectivité et ne sont pas facturés.')}</div>`;
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .logo { font-size: 15pt; font-weight: bold; color: ${accent}; } .sub { color: #666; font-size: 7.6pt; }
      h1 { font-size: 18pt; margin: 0; color: #222; text-align: right; } h1 span { color: ${accent}; }
      .strip { margin-top: 5mm; } .strip th { background: ${accent}; color: #fff; font-size: 7pt; text-align: left; padding: 1mm 2mm; font-weight: normal; } .strip td { border: 1px solid #ccc; padding: 1.6mm 2mm; font-size: 9pt; }
      .kv { width: 80mm; margin: 3mm 0 0 auto; } .kv td { padding: 0.6mm 1.5mm; } .kv .k { color: #666; }
      .parties { display: flex; gap: 10mm; margin-top: 6mm; } .parties > div { flex: 1; } .h { font-size: 7pt; color: ${accent}; font-weight: bold; margin-bottom: 1mm; }
      .items { margin-top: 5mm; } .items th { background: #f3f3f6; text-align: left; padding: 1.4mm; font-size: 7.6pt; } .items td { padding: 1.4mm; border-bottom: 1px solid #eee; }
      .tot { width: 78mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10pt; background: #f3f3f6; }
      .info { margin-top: 4mm; font-size: 7.6pt; color: #444; border-left: 2px solid ${accent}; padding-left: 2mm; } .pay { margin-top: 4mm; } .legal { margin-top: 6mm; font-size: 6.6pt; color: #777; text-align: center; }`,
    `<div class="top"><div><div class="logo">${esc(s.name)}</div><div class="sub">${esc('Externalisation de la paie et des déclarations sociales')}</div></div>
      <div><h1>${esc(title)} <span>${esc(inv.number)}</span></h1>${strip ? '' : identHtml}</div></div>
     ${strip ? identHtml : ''}
     <div class="parties"><div><div class="h">${esc(up('Émetteur'))}</div>${htmlLines(supplierTexts(inv, x))}</div>
      <div><div class="h">${esc(up('Destinataire'))}</div>${htmlLines(buyer)}${inBuyer ? shown.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('') : ''}</div>
      ${!inBuyer && shown.length ? `<div><div class="h">${esc(up('Vos références'))}</div>${shown.map(([k, v]) => `<div>${esc(k)}<br><b style="white-space:nowrap">${esc(v)}</b></div>`).join('')}</div>` : ''}</div>
     <p style="margin-top:5mm"><b>${esc(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Gestion de la paie – ${inv.period.name}`)}</b></p>
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     ${info}
     <div class="pay">${inv.avoir ? esc('Avoir à imputer sur votre prochaine facture.') : `${inv.print.iban ? `${esc('Paiement par virement')} – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : esc('Paiement par mandat administratif à 30 jours.')} – ${esc('référence à rappeler')} : <b>${esc(inv.number)}</b>`}</div>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. An electronic-signature SaaS: a subscription and its consumption, bilingual on half. ———
const PLANS = ['Pro', 'Business', 'Secteur public', 'Entreprise'];
const SERVICES = ['Affaires juridiques', 'Commande publique', 'Ressources humaines', 'Urbanisme', 'Finances', 'Secrétariat général', 'Culture', 'Services techniques'];
const signature = {
  name: 'a-signature-electronique',
  family: 'e-signature-saas-subscription-usage-bilingual-credit-applied',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('a-signature-electronique', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['services'], numbers: ['stripe', 'hash', 'odoo'], engagementLabels: ['poBonDeCommande', 'orderRef', 'engagement', 'ej'], marketProb: 0.25, serviceProb: 0.6, dateStyles: ['slash', 'long', 'short'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'sign');
    renameSupplier(inv, x.pick(['Signéo', 'Paraph’Cloud', 'e-Visa Signature', 'Certisign Online']), 'SAS');
    inv.supplier.ape = '5829C';
    adminBuyer(inv, x, 'admin', 0.85);
    localReferences(inv, x);
    if (inv.engagement && x.chance(0.4)) maybeRelabel29(inv, x, 1);
    notInFuture(inv);
    inv.bilingual = x.chance(0.5);
    inv.due = addDays(inv.date, x.pick([15, 30]));
    inv.account = `${x.int(1, 9)}${x.digits(7)}`;
    inv.subscription = `sub_${x.digits(4)}${x.pick(['A', 'K', 'Q', 'Z'])}${x.digits(5)}`;
    inv.plan = x.pick(PLANS);
    inv.users = x.int(3, 40);
    const yearly = x.chance(0.4);
    const from = yearly ? addDays(inv.date, -x.int(0, 6)) : { ...inv.date, d: 1 };
    const months = yearly ? 12 : 1;
    inv.from = from;
    inv.to = addDays({ y: from.y + (from.m + months > 12 ? 1 : 0), m: ((from.m - 1 + months) % 12) + 1, d: from.d }, -1);
    inv.quota = inv.users * x.pick([10, 20, 25]) * months;
    const perUser = x.int(1200, 3200);
    inv.lines = [{ label: `Abonnement ${inv.plan} – ${inv.users} utilisateurs × ${months} mois (du ${fmtDate(inv.from, 'slash')} au ${fmtDate(inv.to, 'slash')})`, en: `${inv.plan} plan – ${inv.users} seats × ${months} month${months > 1 ? 's' : ''}`, qty: inv.users * months, unit: perUser, rate: 2000 }];
    const over = x.int(0, 3) > 0 ? x.int(12, 480) : 0;
    if (over) inv.lines.push({ label: `Enveloppes au-delà du forfait (${frNumber(inv.quota)} incluses)`, en: 'Envelopes over quota', qty: over, unit: x.int(90, 190), rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Signatures qualifiées eIDAS (certificat à la volée)', en: 'Qualified signatures', qty: x.int(5, 80), unit: x.int(350, 900), rate: 2000 });
    const sms = x.int(80, 2600);
    const smsPrice = x.int(62, 118);
    inv.lines.push({ label: 'Authentification des signataires par code SMS', en: 'SMS one-time codes', qty: sms, unit: smsPrice, unitText: mills3(smsPrice), total: millsTotal(sms, smsPrice), rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Horodatage qualifié (pack de 1 000 jetons)', en: 'Qualified time-stamps (1,000 tokens)', qty: x.int(1, 4), unit: x.int(90, 150) * 100, rate: 2000 });
    if (x.chance(0.3)) inv.lines.push({ label: 'Module API et webhooks (intégration au parapheur)', en: 'API & webhooks add-on', qty: months, unit: x.int(40, 90) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    inv.usage = SERVICES.slice(0, x.int(3, 6)).map((service) => ({ service, envelopes: x.int(4, 160), signed: 0, sms: x.int(10, 500) }));
    for (const u of inv.usage) u.signed = Math.max(0, u.envelopes - x.int(0, 6));
    inv.credit = i % 4 === 1 ? deductPaid(inv, x, x.pick([10, 15, 20]), addDays(inv.date, -x.int(20, 80))) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const eur = x.chance(0.5) && inv.bilingual ? (c) => euroFirst(inv, c) : (c) => money(inv, c);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché subséquent n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service destinataire (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ident = [
      [L('Numéro de facture', 'Invoice number'), inv.number],
      [L('Date d’émission', 'Date of issue'), date(inv, inv.date)],
      [L('Date d’échéance', 'Date due'), fmtDate(inv.due, 'slash')],
      [L('Compte client', 'Account'), inv.account],
      [L('Abonnement', 'Subscription'), inv.subscription],
    ];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}${inv.bilingual ? `<div class="en">${esc(l.en)}</div>` : ''}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${l.unitText ?? plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [[L('Sous-total HT', 'Subtotal'), inv.ht], [L(`TVA 20 % sur ${plainMoney(inv, inv.ht)}`, 'VAT 20%'), inv.tva], [L('Total TTC', 'Total'), inv.ttc, !inv.credit]];
    if (inv.credit) totals.push([L(`Solde créditeur appliqué (avoir ${inv.credit.number})`, 'Applied balance'), -inv.credit.amount], [L('Montant dû', 'Amount due'), inv.net, true]);
    const usage = `<h3>${esc(L('Consommation par service (pour information)', 'Usage by department'))}</h3><table class="use"><tr><th>${esc(L('Service', 'Department'))}</th><th class="r">${esc(L('Enveloppes envoyées', 'Envelopes sent'))}</th><th class="r">${esc(L('Signées', 'Completed'))}</th><th class="r">SMS</th></tr>${inv.usage.map((u) => `<tr><td>${esc(u.service)}</td><td class="r">${u.envelopes}</td><td class="r">${u.signed}</td><td class="r">${u.sms}</td></tr>`).join('')}</table>`;
    const accent = x.pick(['#5b2ee5', '#0a7cff', '#0f9d58']);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.2pt; color: #30313d; }
      h1 { font-size: 17pt; margin: 0 0 4mm; font-weight: 600; } .top { display: flex; justify-content: space-between; } .brand { font-size: 13pt; font-weight: bold; color: ${accent}; text-align: right; }
      .id td { padding: 0.5mm 3mm 0.5mm 0; } .id .k { color: #6a7383; } .cols { display: flex; gap: 8mm; margin-top: 6mm; } .cols > div { flex: 1; } .cols .h { font-weight: bold; margin-bottom: 1mm; }
      .due { font-size: 13pt; font-weight: 600; margin: 7mm 0 4mm; } .items th { font-size: 7.2pt; color: #6a7383; text-align: left; border-bottom: 1px solid #ddd; padding: 1.2mm 1mm; font-weight: normal; }
      .items td { padding: 1.6mm 1mm; border-bottom: 1px solid #eee; } .en { font-size: 7pt; color: #6a7383; }
      .tot { width: 95mm; margin: 3mm 0 0 auto; } .tot td { padding: 1.2mm 1mm; border-bottom: 1px solid #eee; } .tot .s td { font-weight: bold; }
      h3 { font-size: 8.4pt; margin: 6mm 0 1mm; } .use th, .use td { padding: 0.8mm 1mm; font-size: 7.4pt; border-bottom: 1px solid #eee; text-align: left; } .use .r { text-align: right; }
      .pay { margin-top: 5mm; font-size: 7.8pt; } .nw { white-space: nowrap; } .legal { margin-top: 6mm; font-size: 6.6pt; color: #6a7383; }`,
    `<div class="top"><div><h1>${esc(L('Facture', 'Invoice'))}</h1><table class="id" style="width:auto">${ident.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table></div><div class="brand">${esc(s.name)}</div></div>
     <div class="cols"><div><div class="h">${esc(s.name)}</div>${supplierTexts(inv, x).slice(1).map((t) => `<div>${esc(t)}</div>`).join('')}</div>
      <div><div class="h">${esc(L('Facturer à', 'Bill to'))}</div>${htmlLines(buyerTexts(inv, x))}</div>
      ${shown.length ? `<div><div class="h">${esc(L('Références', 'References'))}</div>${shown.map(([k, v]) => `<div>${esc(k)} : <span class="nw">${esc(v)}</span></div>`).join('')}</div>` : ''}</div>
     <div class="due">${esc(`${eur(inv.net)} ${inv.bilingual ? 'dû le / due' : 'dû le'} ${fmtDate(inv.due, 'long')}`)}</div>
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>Description</th><th class="r">${esc(L('Qté', 'Qty'))}</th><th class="r">${esc(L('Prix unitaire HT', 'Unit price'))}</th><th class="r">${esc(L('Montant HT', 'Amount'))}</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${eur(v)}</td></tr>`).join('')}</table>
     ${usage}
     <div class="pay">${inv.print.iban ? `${esc(L('Virement bancaire', 'Bank transfer'))} – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)} – ${esc(L('libellé', 'reference'))} : ${esc(inv.number)}` : esc(L('Paiement par mandat administratif (Chorus Pro).', 'Payment by administrative mandate.'))}</div>
     <p style="font-size:7pt;color:#6a7383">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))} – ${esc(L('Prestataire de services de confiance qualifié (règlement eIDAS)', 'Qualified trust service provider (eIDAS)'))}</div>`, '14mm 15mm 14mm 15mm');
  },
};

export default [paie, signature];

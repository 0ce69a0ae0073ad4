// Blind-35 layouts written for Chromium (see ../../README.md): an electronic-security installer's invoice for the
// maintenance of a commune's access control, printed by a web CRM-and-invoicing SaaS (the contract's quarterly fee per
// door controller, MIFARE DESFire badges encoded by the hundred, readers replaced, programming hours; the identity as
// labels beside values in a box under the title, the customer account of seven digits; the references in the
// buyer's block or in a row of their own; French–English labels on some; a discount on some; one credit note for
// badges returned faulty), and a remote-monitoring station's monthly invoice for the alarm subscriptions of public
// buildings (the identity in the title line, a subscriber number of seven digits, one subscription per site with its
// site number of seven digits, then the alarms of the month with date and time and the guard's call-outs; the
// engagement in the buyer's block or in a sentence; one month of many alarms runs over two pages; one credit note).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate, MONTHS, pad } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { facilityBuyer, frEn, maybeRelabel35, seven35 } from '../../lib/blind35.mjs';

// ——— 1. Access control maintenance: a SaaS invoice, identity as labels beside values in a box, badges by the hundred. ———
const BUILDINGS = ['Hôtel de Ville', 'Centre technique municipal', 'Médiathèque', 'Gymnase du Soleil', 'Maison des associations', 'Groupe scolaire Jean Moulin', 'Conservatoire', 'Centre social de Montreynaud'];
const acces = {
  name: 'ag-controle-acces-badges',
  family: 'access-control-maintenance-saas-badges',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('ag-controle-acces-badges', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: credit ? ['avoir'] : ['pennylane', 'ebp', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.4, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'access');
    renameSupplier(inv, x.pick(['Sécurilog Contrôle d’Accès', 'Loire Sûreté Électronique', 'Acces’Tech Rhône-Alpes', 'Badgeo Systèmes']), 'SAS');
    inv.supplier.ape = '8020Z';
    facilityBuyer(inv, x, 'buildings', 0.85);
    localReferences(inv, x);
    maybeRelabel35(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven35(x);
    inv.contract = `CT-${x.digits(5)}`;
    inv.building = x.pick(BUILDINGS);
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      const n = x.int(2, 6) * 10;
      inv.lines.push({ label: `Reprise de badges MIFARE DESFire EV2 défectueux (lot ${x.digits(8)})`, qty: n, unit: x.int(450, 700), rate: 2000 });
    } else {
      const doors = x.int(6, 48);
      inv.lines.push({ label: `Maintenance préventive et curative du contrôle d’accès – trimestre (${doors} portes équipées, ${inv.building})`, qty: doors, unit: x.int(1800, 3400), rate: 2000 });
      if (x.chance(0.7)) inv.lines.push({ label: 'Badges MIFARE DESFire EV2 encodés et personnalisés (impression recto)', qty: x.int(1, 5) * 100, unit: x.int(450, 700), rate: 2000 });
      if (x.chance(0.5)) inv.lines.push({ label: 'Remplacement lecteur de badges antivandale IP65 (fourniture et pose)', qty: x.int(1, 3), unit: x.int(280, 460) * 100, rate: 2000 });
      if (x.chance(0.5)) inv.lines.push({ label: 'Programmation des droits d’accès et plages horaires (technicien)', qty: x.int(2, 8), unit: x.int(68, 85) * 100, rate: 2000 });
      if (x.chance(0.3)) inv.lines.push({ label: 'Ventouse électromagnétique 300 kg avec contact de position', qty: 1, unit: x.int(120, 210) * 100, rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const en = x.chance(0.35);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre sûreté n°', 'N° de marché'], service: ['Code service', 'Service destinataire'] });
    const inBuyer = x.chance(0.5);
    const accent = x.pick(['#1e3a5f', '#8e24aa', '#00695c']);
    const ident = [[frEn(inv.avoir ? 'Avoir n°' : 'Facture n°', inv.avoir ? 'Credit note' : 'Invoice', en), inv.number], [frEn('Date', 'Issue date', en), date(inv, inv.date)], [frEn('N° de compte client', 'Account', en), inv.account], [frEn(inv.avoir ? 'Facture d’origine' : 'Échéance', inv.avoir ? 'Original invoice' : 'Due date', en), inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ['Contrat', inv.contract]];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">20 %</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push([frEn('Total brut HT', 'Gross total', en), inv.grossHT], [`Remise contrat ${inv.discountPct} %`, -inv.discount]);
    totals.push([frEn('Total HT', 'Total excl. VAT', en), inv.ht], [frEn('TVA 20 %', 'VAT', en), inv.tva], [frEn(inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', 'Total incl. VAT', en), inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([frEn(x.pick(['Montant dû', 'Net à payer']), 'Amount due', en), inv.net, true]);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .brand { font-size: 15pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.4pt; color: #555; }
      h1 { font-size: 20pt; margin: 0 0 2mm; color: ${accent}; text-align: right; letter-spacing: 1px; }
      .ident { border: 1px solid ${accent}; border-radius: 2mm; padding: 1.5mm 3mm; width: 74mm; } .ident td { padding: 0.6mm 0; } .ident td.k { color: #666; font-size: 7.4pt; width: 36mm; } .ident td.v { font-weight: bold; }
      .buyer { margin: 6mm 0 0 95mm; } .buyer .h { font-size: 7pt; color: #888; text-transform: uppercase; } .refs { margin-top: 4mm; display: flex; gap: 3mm; } .refs div { border-left: 3px solid ${accent}; padding: 1mm 2mm; background: #f4f6f8; } .refs span { display: block; font-size: 6.8pt; color: #777; }
      .items { margin-top: 5mm; } .items th { background: ${accent}; color: #fff; text-align: left; padding: 1.4mm; font-size: 7.4pt; } .items td { padding: 1.4mm; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
      .tot { width: 82mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10pt; border-top: 2px solid ${accent}; }
      .legal { font-size: 6.6pt; color: #777; margin-top: 8mm; text-align: center; border-top: 1px solid #ddd; padding-top: 2mm; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Contrôle d’accès – vidéoprotection – interphonie<br>${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
      <div><h1>${esc(inv.avoir ? frEn('AVOIR', 'CREDIT NOTE', en) : frEn('FACTURE', 'INVOICE', en))}</h1><table class="ident">${ident.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td class="v">${esc(v)}</td></tr>`).join('')}</table></div></div>
     <div class="buyer"><div class="h">${esc(frEn('Facturé à', 'Bill to', en))}</div>${htmlLines(buyerTexts(inv, x))}${inBuyer ? refs.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('') : ''}</div>
     ${!inBuyer && refs.length ? `<div class="refs">${refs.map(([k, v]) => `<div><span>${esc(k)}</span><b>${esc(v)}</b></div>`).join('')}</div>` : ''}
     <p><b>${esc(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Contrat de maintenance du contrôle d’accès ${inv.contract} – ${inv.building}`)}</b></p>
     <table class="items"><tr><th>${esc(frEn('Désignation', 'Description', en))}</th><th class="r">${esc(frEn('Qté', 'Qty', en))}</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">${esc(frEn('Montant HT', 'Amount', en))}</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p>${inv.avoir ? 'Avoir imputable sur votre prochain règlement.' : `${esc(paymentText(inv))} – référence à rappeler : <b>${esc(inv.number)}</b>`}</p>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))} – Autorisation CNAPS non requise (installation de systèmes de sécurité)</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. Remote monitoring: a monthly invoice, the identity in the title line, a subscription per site, alarms listed. ———
const SITES = ['Hôtel de Ville', 'Médiathèque centrale', 'Gymnase Jean Jaurès', 'Centre technique', 'École Chavanelle', 'Salle des fêtes', 'Musée', 'Piscine municipale', 'Crèche Les Lutins', 'Maison de quartier', 'Cimetière – local', 'Stade – vestiaires', 'Conservatoire', 'Local archives', 'Police municipale'];
const CAUSES = ['Intrusion zone 2 – détecteur volumétrique', 'Ouverture issue de secours', 'Défaut secteur', 'Alarme incendie (report)', 'Sabotage détecteur', 'Mise en service hors horaire', 'Intrusion – contact d’ouverture porte'];
const telesurveillance = {
  name: 'ag-telesurveillance-sites',
  family: 'remote-monitoring-sites-alarms-title-identity',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const long = i === 2;
    const credit = i === 6;
    const inv = makeInvoice('ag-telesurveillance-sites', i, { cityProb: 0.4, engagementProb: 0.65, trades: ['services'], numbers: credit ? ['avoirOdoo'] : ['odoo', 'dolibarr', 'compact'], engagementLabels: ['engagement', 'commande', 'ej', 'votreCommandeEngagement'], marketProb: 0.35, serviceProb: 0.45, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'none', 'dot'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'monitoring');
    renameSupplier(inv, x.pick(['Centrale Télésurveillance Loire', 'Vigilance 42 Monitoring', 'Protect’Sites Rhône-Alpes', 'Stéphanoise de Surveillance']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '8020Z';
    facilityBuyer(inv, x, 'buildings', 0.85);
    localReferences(inv, x);
    maybeRelabel35(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.subscriber = seven35(x);
    inv.cnaps = `AUT-042-${inv.date.y - x.int(2, 6)}-${pad(x.int(1, 12))}-${pad(x.int(1, 28))}-${x.digits(11)}`;
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.lines = [];
    inv.alarms = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC/${inv.date.y}/${String(x.int(10, 999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(5, 25)) };
      inv.lines.push({ label: `Intervention facturée à tort (site ${seven35(x)} – alarme transmise pendant une mise hors service déclarée)`, qty: 1, unit: x.int(65, 120) * 100, rate: 2000 });
    } else {
      const n = long ? 14 : x.int(2, 5);
      const first = x.int(0, SITES.length - 1);
      for (let k = 0; k < n; k++) inv.lines.push({ label: `Abonnement télésurveillance intrusion – site ${seven35(x)} – ${SITES[(first + k) % SITES.length]}`, qty: 1, unit: x.int(38, 95) * 100, rate: 2000 });
      const alarms = long ? 34 : x.int(2, 7);
      const callP = x.int(55, 95) * 100;
      let calls = 0;
      for (let k = 0; k < alarms; k++) {
        const day = addDays(month.from, x.int(0, 27));
        const call = x.chance(0.45);
        if (call) calls++;
        inv.alarms.push({ day, time: `${pad(x.pick([0, 1, 2, 3, 4, 5, 19, 20, 21, 22, 23]))}:${pad(x.int(0, 59))}`, site: SITES[(first + x.int(0, n - 1)) % SITES.length], cause: x.pick(CAUSES), action: call ? 'Agent dépêché – levée de doute sur site' : x.pick(['Levée de doute vidéo – RAS', 'Appel du responsable – RAS', 'Remise en service à distance']) });
      }
      inv.alarms.sort((a, b) => a.day.d - b.day.d || a.time.localeCompare(b.time));
      if (calls) inv.lines.push({ label: `Interventions d’agent de sécurité sur alarme (levée de doute, rapport)`, qty: calls, unit: callP, rate: 2000 });
      if (x.chance(0.4)) inv.lines.push({ label: 'Rondes de fermeture (agent cynophile)', qty: x.int(2, 10), unit: x.int(45, 70) * 100, rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['#b71c1c', '#283593', '#37474f']);
    const title = inv.avoir ? `Avoir ${inv.number} du ${date(inv, inv.date)}` : `Facture ${inv.number} du ${date(inv, inv.date)}`;
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', money(inv, inv.ttc)]];
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Reste dû']), money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 13, 18, 13],
      body: [
        columns([100, 80], [
          [p(inv.supplier.name, { b: true, size: 13, color: accent }), p('Télésurveillance – levée de doute – intervention', { size: 7.4, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 })), p(`Autorisation d’exercice CNAPS ${inv.cnaps}`, { size: 6.8 })],
          [p('Client', { size: 6.8, color: '#888888' }), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 })), ...shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4 }))],
        ]),
        space(5),
        p(title, { b: true, size: 14, color: accent }),
        p(`N° d’abonné ${inv.subscriber} – période du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')}${inv.avoir ? ` – sur facture ${inv.origin.number}` : ` – échéance ${fmtDate(inv.due, 'slash')}`}`, { size: 8.4 }),
        ...(sentence ? [p(sentence, { i: true, size: 8.2, before: 1 })] : []),
        rule(),
        table([112, 14, 26, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#eeeeee' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([46, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 104, border: 'box', align: ['left', 'right'], size: 8.8 }),
        ...(inv.alarms.length ? [
          p(`Journal des alarmes traitées – ${inv.period.name}`, { b: true, before: 4, size: 8.4 }),
          table([22, 14, 44, 54, 48], [{ cells: ['Date', 'Heure', 'Site', 'Événement', 'Traitement'], b: true, shade: '#eeeeee' }, ...inv.alarms.map((a) => [fmtDate(a.day, 'slash'), a.time, a.site, a.cause, a.action])], { border: 'rows', size: 7, before: 1, after: 2 }),
        ] : []),
        p(inv.avoir ? 'Avoir déduit de votre prochaine facture.' : paymentText(inv, 'Prélèvement SEPA ou virement'), { size: 8, before: 2 }),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [acces, telesurveillance];

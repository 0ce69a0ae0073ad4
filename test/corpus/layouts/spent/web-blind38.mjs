// Blind-38 layouts written for Chromium (see ../../README.md): an architects' practice's project-management fee note by
// phase, printed by an Odoo-like ERP (the identity in the title line and a row of labels over values, the fee by
// phase with its cumulative percentage and what was invoiced before, the price revision coefficient on the period's
// amount, the operation number of seven digits and the practice's insurance policy; the site meetings listed over two
// pages on one), and a polling institute's invoice for a survey of residents, printed by a web invoicing SaaS (labels
// over values, in French and English on some; completed interviews by the unit, focus groups with a snack at 10 % and
// the participants' vouchers outside VAT on some; a deposit deducted with its own number on some; one credit note for
// interviews not carried out).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, deductDeposit } from '../../lib/blind25.mjs';
import { coef4, coefficient, maybeRelabel38, pct2, seven38, studyBuyer } from '../../lib/blind38.mjs';

// ——— 1. Project-management fee by phase: an Odoo-like fee note, cumulative table, price revision. ———
const PHASES = [['DIAG', 'Diagnostic', 500], ['ESQ', 'Esquisse', 500], ['APS', 'Avant-projet sommaire', 1000], ['APD', 'Avant-projet définitif', 1500], ['PRO', 'Études de projet', 2000], ['ACT', 'Assistance pour la passation des contrats de travaux', 500], ['VISA', 'Visa des études d’exécution', 800], ['DET', 'Direction de l’exécution des travaux', 2700], ['AOR', 'Assistance aux opérations de réception', 500]];
const WORKS = ['réhabilitation de l’école élémentaire', 'extension du gymnase municipal', 'restructuration de la médiathèque', 'rénovation énergétique de l’hôtel de ville', 'construction d’un pôle petite enfance', 'réaménagement de la salle des fêtes', 'mise en accessibilité du centre social'];
const moe = {
  name: 'aj-maitrise-oeuvre-phases',
  family: 'architect-fee-by-phase-odoo-cumulative-revision',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('aj-maitrise-oeuvre-phases', i, { cityProb: 0.4, engagementProb: 0.65, trades: ['services'], numbers: ['odoo'], engagementLabels: ['engagement', 'ej', 'bonDeCommande', 'refCommandeEj'], marketProb: 0.6, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'moe');
    renameSupplier(inv, x.pick(['Atelier d’architecture Fauriel', 'Archipel Architectes Associés', 'Dumas & Terrenoire Architectes', 'Atelier Pilat Architecture']), x.pick(['SARL d’architecture', 'SAS d’architecture']));
    inv.supplier.ape = '7111Z';
    studyBuyer(inv, x, 'works', 0.85);
    localReferences(inv, x);
    maybeRelabel38(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.operation = seven38(x);
    inv.policy = `${seven38(x)}/${x.pick(['B', 'M', 'A'])}`;
    inv.order = `S${x.digits(5)}`;
    inv.works = x.pick(WORKS);
    inv.fee = x.int(40, 320) * 100000;
    const stage = i === 5 ? 7 : x.int(2, 8);
    const current = stage === 7 ? [6, 7] : [stage];
    inv.phases = PHASES.map(([code, label, weight], k) => {
      const amount = Math.round((inv.fee * weight) / 10000);
      let before = k < current[0] ? 10000 : 0;
      let cumul = before;
      if (current.includes(k)) {
        before = x.int(0, 12) * 500;
        cumul = Math.min(10000, before + x.int(2, 8) * 500);
      }
      const prev = Math.round((amount * before) / 10000);
      const cum = Math.round((amount * cumul) / 10000);
      return { code, label, weight, amount, before, cumul, prev, cum, now: cum - prev };
    });
    inv.lines = inv.phases.filter((ph) => ph.now > 0).map((ph) => ({ label: `${ph.code} – ${ph.label}`, qty: 1, unit: ph.now, total: ph.now, rate: 2000 }));
    const base = inv.lines.reduce((s, l) => s + l.total, 0);
    inv.coef = coefficient(x, 1008, 1065);
    inv.revision = Math.round((base * (inv.coef - 10000)) / 10000);
    inv.lines.push({ label: `Révision de prix (Cn = ${coef4(inv.coef)}, index ING)`, qty: 1, unit: inv.revision, total: inv.revision, rate: 2000, revision: true });
    if (i === 5) {
      inv.meetings = Array.from({ length: 44 }, (_, k) => ({ n: k + 1, day: addDays(inv.date, -7 * (44 - k) - x.int(0, 2)), topic: x.pick(['gros œuvre', 'charpente', 'réseaux', 'menuiseries', 'plâtrerie', 'électricité', 'chauffage-ventilation', 'sols', 'peinture', 'VRD', 'OPR préparatoire']), present: x.int(4, 11) }));
    }
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché de maîtrise d’œuvre n°', 'Marché n°', 'N° de marché'], service: ['Code service', 'Service gestionnaire'] });
    const inRow = x.chance(0.5);
    const accent = x.pick(['#714b67', '#017e84', '#374151']);
    const row = [['Date de facturation', date(inv, inv.date)], ['Date d’échéance', fmtDate(inv.due, 'slash')], ['Origine', inv.order], ['N° d’opération', inv.operation], ...(inRow ? refs : [])];
    const fmt = (c) => plainMoney(inv, c);
    const phaseRows = inv.phases.map((ph) => `<tr${ph.now ? ' class="cur"' : ''}><td>${esc(ph.code)}</td><td>${esc(ph.label)}</td><td class="r">${pct2(ph.weight)}</td><td class="r">${fmt(ph.amount)}</td><td class="r">${pct2(ph.cumul)}</td><td class="r">${fmt(ph.cum)}</td><td class="r">${fmt(ph.prev)}</td><td class="r">${fmt(ph.now)}</td></tr>`).join('');
    const rev = inv.lines.find((l) => l.revision);
    const sentence = !inRow && refs.length ? refs.map(([k, v]) => `${esc(k)} ${esc(v)}`).join(' – ') : '';
    const meetings = inv.meetings ? `<h3>Annexe – comptes rendus de chantier diffusés</h3><table class="m"><tr><th>CR n°</th><th>Date</th><th>Points traités</th><th class="r">Entreprises présentes</th></tr>${inv.meetings.map((m) => `<tr><td>${m.n}</td><td>${fmtDate(m.day, 'slash')}</td><td>Réunion hebdomadaire de chantier – ${esc(m.topic)}</td><td class="r">${m.present}</td></tr>`).join('')}</table>` : '';
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .head { display: flex; justify-content: space-between; border-bottom: 1px solid ${accent}; padding-bottom: 2mm; } .brand { font-size: 15pt; font-weight: bold; color: ${accent}; } .co { font-size: 7.4pt; color: #555; text-align: right; }
      .addr { margin: 6mm 0 0 100mm; font-size: 9pt; }
      h2 { font-size: 17pt; font-weight: normal; margin: 6mm 0 3mm; color: ${accent}; }
      .row { display: flex; gap: 8mm; margin-bottom: 4mm; } .row .k { font-weight: bold; font-size: 8pt; } .row .v { font-size: 8.6pt; }
      .ph th { border-bottom: 1.4px solid #333; font-size: 7.2pt; text-align: left; padding: 1mm; } .ph td { padding: 1mm; border-bottom: 1px solid #e5e5e5; font-size: 7.6pt; } .ph tr.cur td { background: #f3f0f2; font-weight: bold; }
      .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 1.2mm; border-top: 1px solid #ddd; } .tot .s td { font-weight: bold; border-top: 1.5px solid #333; }
      h3 { font-size: 9.5pt; margin: 8mm 0 2mm; break-before: page; } .m th { text-align: left; font-size: 7.4pt; border-bottom: 1px solid #333; } .m td { font-size: 7.6pt; padding: 0.8mm 1mm; border-bottom: 1px solid #eee; }
      .legal { font-size: 6.6pt; color: #666; margin-top: 8mm; border-top: 1px solid #ddd; padding-top: 2mm; text-align: center; }`,
    `<div class="head"><div><div class="brand">${esc(s.name)}</div><div style="font-size:7.4pt">Architectes DPLG – maîtrise d’œuvre de bâtiments publics</div></div><div class="co">${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
     <div class="addr">${htmlLines(buyerTexts(inv, x))}</div>
     <h2>Facture ${esc(inv.number)}</h2>
     <div class="row">${row.map(([k, v]) => `<div><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></div>`).join('')}</div>
     <p>Opération : <b>${esc(inv.works)}</b> – note d’honoraires de maîtrise d’œuvre (loi MOP, mission de base) – forfait définitif de rémunération : <b>${money(inv, inv.fee)}</b> HT${sentence ? `<br>${sentence}` : ''}</p>
     <table class="ph"><tr><th>Élément</th><th>Libellé</th><th class="r">Part</th><th class="r">Montant HT</th><th class="r">% cumulé</th><th class="r">Cumul HT</th><th class="r">Déjà facturé</th><th class="r">Période HT</th></tr>${phaseRows}
      <tr><td></td><td colspan="6">${esc(rev.label)} appliquée au montant de la période</td><td class="r">${fmt(rev.total)}</td></tr></table>
     <table class="tot"><tr><td>Montant hors taxes</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA ${rate(2000)}</td><td class="r">${money(inv, inv.tva)}</td></tr><tr class="s"><td>Total</td><td class="r">${money(inv, inv.ttc)}</td></tr><tr class="s"><td>${x.pick(['Montant dû', 'Net à payer'])}</td><td class="r">${money(inv, inv.net)}</td></tr></table>
     <p>Veuillez utiliser la communication suivante pour votre paiement : <b>${esc(inv.number)}</b></p>
     <p>${esc(paymentText(inv))}</p>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)} Inscrit au tableau de l’Ordre des architectes Auvergne-Rhône-Alpes – assurance MAF, police n° ${esc(inv.policy)}.</p>
     ${meetings}
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. Residents' survey: a polling institute's SaaS invoice, labels over values, vouchers outside VAT. ———
const TOPICS = ['Enquête de satisfaction des usagers du réseau des médiathèques', 'Baromètre de la qualité de vie des habitants', 'Consultation des habitants sur le réaménagement du centre-ville', 'Enquête sur les besoins de garde des jeunes enfants', 'Analyse des besoins sociaux – volet enquête auprès des seniors', 'Étude d’image de la destination auprès des visiteurs'];
const sondage = {
  name: 'aj-sondage-opinion-habitants',
  family: 'polling-institute-survey-saas-vouchers-outside-vat',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const inv = makeInvoice('aj-sondage-opinion-habitants', i, { cityProb: 0.3, engagementProb: 0.6, trades: ['services'], numbers: credit ? ['avoir'] : ['pennylane', 'plain'], engagementLabels: ['commande', 'bonDeCommande', 'engagement', 'poBonDeCommande'], marketProb: 0.2, serviceProb: 0.4, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'survey');
    renameSupplier(inv, x.pick(['Institut Opinion & Territoires', 'Baromètre Public Conseil', 'Qualistat Rhône-Loire', 'Panel Cité Études']), 'SAS');
    inv.supplier.ape = '7320Z';
    studyBuyer(inv, x, 'general', 0.85);
    localReferences(inv, x);
    maybeRelabel38(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.proposal = seven38(x);
    inv.topic = x.pick(TOPICS);
    inv.bilingual = x.chance(0.4);
    const rates = [2000];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(8, 30)) };
      const missing = x.int(12, 70);
      inv.lines = [{ label: `Entretiens non réalisés – quota « 75 ans et plus » non atteint (${missing} questionnaires)`, qty: missing, unitName: 'entretien', unit: x.int(16, 30) * 100, rate: 2000 }];
    } else {
      const n = x.pick([300, 400, 500, 600, 800, 1000]);
      inv.sample = n;
      inv.lines = [
        { label: 'Conception du questionnaire, validation avec vos services et tests', qty: 1, unitName: 'forfait', unit: x.int(9, 22) * 10000, rate: 2000 },
        { label: `Terrain : entretiens téléphoniques (CATI) complétés – échantillon représentatif de ${frNumber(n)} habitants`, qty: n, unitName: 'entretien', unit: x.int(16, 30) * 100, rate: 2000 },
      ];
      if (x.chance(0.5)) inv.lines.push({ label: 'Questionnaire en ligne (CAWI) : hébergement, relances et modération', qty: 1, unitName: 'forfait', unit: x.int(6, 15) * 10000, rate: 2000 });
      inv.lines.push({ label: 'Traitements statistiques, redressement sur quotas INSEE et tris croisés', qty: 1, unitName: 'forfait', unit: x.int(8, 18) * 10000, rate: 2000 });
      if (x.chance(0.5)) {
        const groups = x.int(1, 3);
        inv.lines.push({ label: 'Animation de groupes qualitatifs (focus groups de 8 à 10 participants)', qty: groups, unitName: 'groupe', unit: x.int(18, 30) * 10000, rate: 2000 });
        if (x.chance(0.7)) {
          inv.lines.push({ label: 'Collation des participants', qty: groups * 10, unitName: 'pers.', unit: x.int(6, 12) * 100, rate: 1000 });
          rates.push(1000);
        }
        inv.lines.push({ label: 'Indemnisation des participants (bons d’achat) – débours hors TVA', qty: groups * 10, unitName: 'bon', unit: x.pick([2000, 3000, 4000]), rate: 0, outside: true });
        rates.push(0);
      }
      inv.lines.push({ label: 'Rapport d’analyse et présentation des résultats en séance', qty: 1, unitName: 'forfait', unit: x.int(10, 25) * 10000, rate: 2000 });
    }
    priceLines(inv, rates);
    if (!credit && i % 3 === 1) inv.paid = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(40, 90)));
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre études n°'], service: ['Code service', 'Service destinataire'] });
    const inGrid = x.chance(0.5);
    const accent = x.pick(['#5b3cc4', '#0f766e', '#b45309']);
    const grid = [[L(inv.avoir ? 'Numéro d’avoir' : 'Numéro de facture', inv.avoir ? 'Credit note number' : 'Invoice number'), inv.number], [L('Date d’émission', 'Issue date'), date(inv, inv.date)], inv.avoir ? [L('Facture d’origine', 'Original invoice'), `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`] : [L('Date d’échéance', 'Due date'), fmtDate(inv.due, 'slash')], [L('Proposition n°', 'Proposal'), inv.proposal], ...(inGrid ? refs : [])];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td>${esc(l.unitName)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${l.outside ? 'hors TVA' : rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const taxed = inv.vat.filter((v) => v.rate > 0);
    const totals = [[L('Total HT', 'Subtotal'), inv.ht], ...taxed.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ...(taxed.length > 1 ? [[L('Total TVA', 'Total VAT'), inv.tva]] : []), [L(inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', 'Total'), inv.ttc, !inv.paid]];
    if (inv.paid) totals.push([`Acompte facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')}`, -inv.deposit], [L(x.pick(['Reste dû', 'Montant à payer']), 'Amount due'), inv.net, true]);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .brand { font-size: 14pt; font-weight: bold; } .brand small { display: block; font-size: 7.4pt; font-weight: normal; color: #666; }
      h1 { font-size: 22pt; margin: 0; color: ${accent}; }
      .grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2.5mm 6mm; margin-top: 6mm; } .grid .k { font-size: 6.8pt; color: #777; } .grid .v { font-size: 9pt; font-weight: bold; }
      .parties { display: flex; justify-content: space-between; margin-top: 6mm; } .card { width: 84mm; border: 1px solid #e5e7eb; border-radius: 2mm; padding: 2.5mm 3mm; } .card .h { font-size: 6.8pt; color: #777; margin-bottom: 1mm; }
      .items { margin-top: 6mm; } .items th { text-align: left; font-size: 7.2pt; color: #666; border-bottom: 1px solid #d1d5db; padding: 1.2mm; font-weight: normal; } .items td { padding: 1.5mm 1.2mm; border-bottom: 1px solid #f0f0f0; vertical-align: top; }
      .tot { width: 82mm; margin: 4mm 0 0 auto; } .tot td { padding: 1.1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10pt; border-top: 1.5px solid ${accent}; }
      .pay { margin-top: 6mm; background: #f8f8fb; padding: 2.5mm 3mm; font-size: 8pt; } .legal { font-size: 6.6pt; color: #777; margin-top: 8mm; text-align: center; }`,
    `<div class="top"><div class="brand">${esc(s.name)}<small>Études d’opinion, enquêtes et évaluation des politiques publiques</small></div><h1>${inv.avoir ? L('Avoir', 'Credit note') : L('Facture', 'Invoice')}</h1></div>
     <div class="grid">${grid.map(([k, v]) => `<div><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></div>`).join('')}</div>
     <div class="parties"><div class="card"><div class="h">${esc(L('Émetteur', 'From'))}</div>${htmlLines(supplierTexts(inv, x))}</div>
      <div class="card"><div class="h">${esc(L('Facturé à', 'Bill to'))}</div>${htmlLines(buyerTexts(inv, x))}${!inGrid && refs.length ? `<div style="margin-top:2mm">${refs.map(([k, v]) => `${esc(k)} : <b>${esc(v)}</b>`).join('<br>')}</div>` : ''}</div></div>
     <p style="margin-top:5mm"><b>${esc(inv.avoir ? `Avoir sur la facture ${inv.origin.number} – ${inv.topic}` : inv.topic)}</b></p>
     <table class="items"><tr><th>${esc(L('Description', 'Item'))}</th><th class="r">${esc(L('Qté', 'Qty'))}</th><th>${esc(L('Unité', 'Unit'))}</th><th class="r">${esc(L('Prix unitaire HT', 'Unit price'))}</th><th class="r">TVA</th><th class="r">${esc(L('Total HT', 'Amount'))}</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     ${inv.lines.some((l) => l.outside) ? '<p style="font-size:7.4pt">Les bons d’achat remis aux participants sont refacturés à l’euro près, en qualité de débours (art. 267-II-2° du CGI).</p>' : ''}
     <div class="pay">${inv.avoir ? 'Cet avoir sera imputé sur votre prochain règlement.' : `${esc(paymentText(inv))}<br>${esc(L('Référence de paiement', 'Payment reference'))} : <b>${esc(inv.number)}</b>`}</div>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)} Membre de la SYNTEC Conseil – enquêtes réalisées selon la norme ISO 20252.</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

export default [moe, sondage];

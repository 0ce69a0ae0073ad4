// Blind-42 layouts written for Chromium (see ../../README.md): a toy library's invoice for a crèche's or a relay's
// yearly subscription, printed by a web invoicing SaaS (the identity in a left sidebar with labels over values, the
// member number of seven digits beside it; game lots lent by the month, play sessions on site; an association exempt
// under art. 261-7-1° on half, a cooperative at 20 % on the others; one credit note for sessions cancelled), and a
// youth-work agency's invoice for qualified youth workers put at a commune's disposal by the hour (the identity as a
// row of headings over values, bilingual on some; hours by week and by grade, the mission number of seven digits; a
// discount on some; one credit note for hours not worked; one invoice of a summer's centre runs over two pages).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both } from '../../lib/blind25.mjs';
import { childhoodBuyer, maybeRelabel42, seven42 } from '../../lib/blind42.mjs';

// ——— 1. Toy library subscription: a web SaaS, the identity in a left sidebar, labels over values. ———
const GAMES = ['Lot « Premiers jeux » (encastrements, hochets, tapis d’éveil)', 'Lot « Motricité » (porteurs, tunnel, blocs de mousse)', 'Lot « Jeux symboliques » (dînette, poupées, garage)', 'Lot « Jeux de société 3-6 ans »', 'Lot « Construction » (Kapla, Duplo, briques souples)'];
const ludo = {
  name: 'an-ludotheque-abonnement',
  family: 'toy-library-subscription-saas-sidebar-exempt',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const assoc = i % 2 === 0;
    const inv = makeInvoice('an-ludotheque-abonnement', i, { supplier: assoc ? 'association' : 'company', cityProb: 0.35, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['pennylane', 'hash', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'votreCommandeEngagement'], marketProb: 0.1, serviceProb: 0.4, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'ludo');
    if (assoc) renameSupplier(inv, x.pick(['Ludothèque La Toupie', 'Association Jeux en Forez', 'Ludothèque Pirouette', 'Au Bonheur des Jeux – ludothèque']));
    else renameSupplier(inv, x.pick(['Ludambule', 'Coop’Ludique Loire', 'La Boîte à Jouer']), 'SCIC SAS');
    childhoodBuyer(inv, x, 'early', 0.85);
    localReferences(inv, x);
    maybeRelabel42(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.member = seven42(x);
    const r = assoc ? 0 : 2000;
    inv.season = `${inv.date.m >= 9 ? inv.date.y : inv.date.y - 1}-${inv.date.m >= 9 ? inv.date.y + 1 : inv.date.y}`;
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.lines.push({ label: 'Séances de jeu sur site annulées par la ludothèque (animatrice absente)', qty: x.int(1, 4), unit: x.int(90, 160) * 100, rate: r });
    } else {
      inv.lines.push({ label: `Abonnement annuel collectivité – saison ${inv.season} (accès au fonds, conseil)`, qty: 1, unit: x.int(150, 450) * 100, rate: r });
      const first = x.int(0, GAMES.length - 1);
      for (let k = 0; k < x.int(1, 3); k++) inv.lines.push({ label: `${GAMES[(first + k) % GAMES.length]} – prêt mensuel`, qty: x.int(1, 10), unit: x.int(25, 60) * 100, rate: r });
      if (x.chance(0.7)) inv.lines.push({ label: 'Séance de jeu animée sur site (1 h 30, une animatrice)', qty: x.int(2, 12), unit: x.int(90, 160) * 100, rate: r });
      if (x.chance(0.3)) inv.lines.push({ label: 'Jeux perdus ou détériorés (remplacement à l’identique)', qty: 1, unit: x.int(12, 80) * 100 + x.int(0, 99), rate: r });
    }
    return priceLines(inv, [r]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention n°'], service: ['Code service', 'Service destinataire'] });
    const label = (t) => p(t, { size: 6.8, color: '#7a7a7a', before: 2 });
    const value = (t, big) => p(t, { size: big ? 10.5 : 8.8, b: true });
    const side = [
      label(inv.avoir ? 'AVOIR N°' : 'FACTURE N°'), value(inv.number, true),
      label('Date d’émission'), value(date(inv, inv.date)),
      ...(inv.avoir ? [label('Facture d’origine'), value(`${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`)] : [label('Échéance'), value(fmtDate(inv.due, 'slash'))]),
      label('N° d’adhérent'), value(inv.member),
      ...refs.flatMap(([k, v]) => [label(k), value(v)]),
    ];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = inv.vatExempt
      ? [['Total', money(inv, inv.ht)], [inv.avoir ? 'Montant de l’avoir' : 'Montant dû', money(inv, inv.net)]]
      : [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [inv.avoir ? 'Total avoir TTC' : 'Total TTC', money(inv, inv.ttc)], ...(inv.avoir ? [] : [['Montant dû', money(inv, inv.net)]])];
    const color = x.pick(['#6a1b9a', '#00838f', '#ef6c00']);
    return {
      font: x.pick(['DejaVu Sans', 'Liberation Sans']), size: 8.6, margins: [12, 12, 16, 12],
      body: [
        columns([48, 6, 126], [
          [p(s.name, { b: true, size: 11, color }), space(3), ...side],
          [],
          [
            p(inv.avoir ? 'Avoir' : 'Facture', { size: 20, color, align: 'right' }),
            space(3),
            columns([62, 64], [[p('De', { size: 7, color: '#7a7a7a' }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.8 }))], [p('Pour', { size: 7, color: '#7a7a7a' }), ...paras(buyerTexts(inv, x), { size: 8.4 })]]),
            space(5),
            p(inv.avoir ? 'Objet : régularisation de prestations non réalisées' : `Objet : ludothèque – saison ${inv.season}`, { b: true, size: 9 }),
            table([70, 14, 20, 22], [{ cells: ['Description', 'Qté', 'Prix unit.', 'Montant'], b: true, line: 'bottom' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
            columns([60, 66], [[], [table([40, 26], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1, shade: n === totals.length - 1 ? '#f1f1f1' : undefined })), { border: 'none', size: 8.8, align: ['left', 'right'] })]]),
            space(3),
            ...(inv.vatExempt ? [p(inv.vatExempt, { size: 7.6, i: true })] : []),
            p(inv.avoir ? 'Montant à déduire de votre prochaine facture.' : paymentText(inv), { size: 7.8, before: 2 }),
            p(LATE_FEES, { size: 6.6 }),
          ],
        ]),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('{page}/{pages}', { align: 'right', size: 6.4 })],
    };
  },
};

// ——— 2. Youth workers by the hour: a row of headings over values, bilingual on some, two pages for a summer. ———
const CENTRES = ['accueil de loisirs du Soleil', 'centre social de Montreynaud', 'maison de quartier de Terrenoire', 'espace jeunes du Crêt-de-Roc', 'accueil périscolaire Jules Ferry', 'club ados de la Cotonne'];
const animateurs = {
  name: 'an-animateurs-jeunesse',
  family: 'youth-workers-hourly-heads-row-bilingual',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const long = i === 2;
    const inv = makeInvoice('an-animateurs-jeunesse', i, { cityProb: 0.4, engagementProb: 0.8, trades: ['services'], numbers: credit ? ['avoirOdoo'] : ['odoo', 'ebp', 'sage'], engagementLabels: ['engagement', 'refCommandeEj', 'ej', 'poBonDeCommande'], marketProb: 0.45, serviceProb: 0.5, dateStyles: ['slash', 'iso'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 3], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'youth');
    renameSupplier(inv, x.pick(['Anim’Jeunes Services', 'Loisirs Éducatifs Loire', 'Cap Animation Rhône-Alpes', 'Jeunesse & Territoires']), x.pick(['SAS', 'SARL', 'SCOP SARL']));
    inv.supplier.ape = '8891B';
    childhoodBuyer(inv, x, 'youth', 0.85);
    localReferences(inv, x);
    maybeRelabel42(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.mission = seven42(x);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
    }
    inv.centre = x.pick(CENTRES);
    inv.bilingual = x.chance(0.4);
    const weeks = long ? 8 : credit ? 1 : x.int(1, 4);
    inv.from = addDays(inv.date, -7 * weeks - x.int(3, 10));
    inv.lines = [];
    const hb = x.int(19, 24) * 100 + x.pick([0, 50]);
    const hd = hb + x.int(4, 9) * 100;
    for (let w = 0; w < weeks; w++) {
      const monday = addDays(inv.from, 7 * w);
      const wk = `semaine du ${fmtDate(monday, 'slash')}`;
      if (credit) {
        inv.lines.push({ label: `Heures non réalisées – ${wk} (fermeture exceptionnelle)`, qty: x.int(4, 24), unit: hb, rate: 2000 });
        continue;
      }
      inv.lines.push({ label: `Animateur BAFA – ${wk}`, qty: x.int(10, 35), unit: hb, rate: 2000 });
      if (long || x.chance(0.5)) inv.lines.push({ label: `Animateur stagiaire BAFA – ${wk}`, qty: x.int(10, 35), unit: hb - 300, rate: 2000 });
      if (long || x.chance(0.5)) inv.lines.push({ label: `Directeur BAFD – ${wk}`, qty: x.pick([35, 37.5, 39, 17.5]), unit: hd, rate: 2000 });
      if (long) inv.lines.push({ label: `Préparation et réunion d’équipe – ${wk}`, qty: x.pick([3, 4.5, 6]), unit: hb, rate: 2000 });
    }
    if (!credit && x.chance(0.4)) inv.lines.push({ label: 'Frais de gestion de la mise à disposition (forfait)', qty: 1, unit: x.int(60, 200) * 100, rate: 2000 });
    for (const l of inv.lines) l.qty = Math.round(l.qty * 2) / 2;
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const heads = [L(inv.avoir ? 'Avoir n°' : 'Facture n°', inv.avoir ? 'Credit note' : 'Invoice'), L('Date', 'Date'), L('N° de mission', 'Mission'), ...(inv.avoir ? [L('Facture d’origine', 'Original')] : [L('Échéance', 'Due date')])];
    const vals = [inv.number, date(inv, inv.date), inv.mission, inv.avoir ? `F/${inv.date.y}/${String(x.int(1, 999)).padStart(5, '0')}` : fmtDate(inv.due, 'slash')];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty, l.qty % 1 ? 2 : 0), l.label.startsWith('Frais') ? 'forf.' : 'h', plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push([L('Total brut HT', 'Gross'), money(inv, inv.grossHT)], [`${L('Remise', 'Discount')} ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push([L('Total HT', 'Subtotal'), money(inv, inv.ht)], [`${L('TVA', 'VAT')} ${rate(2000)}`, money(inv, inv.tva)], [L(inv.avoir ? 'Total avoir' : 'Total TTC', 'Total'), money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push([L('Net à payer', 'Amount due'), money(inv, inv.net)]);
    return {
      font: 'Liberation Sans', size: 8.6, margins: [12, 14, 18, 14],
      body: [
        columns([110, 70], [[p(s.name, { b: true, size: 14 }), p('Mise à disposition d’animateurs qualifiés – accueils collectifs de mineurs', { size: 7.6, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))], [space(4), ...paras(buyerTexts(inv, x), { size: 8.8 })]]),
        space(5),
        p(inv.avoir ? L('AVOIR', 'CREDIT NOTE') : L('FACTURE', 'INVOICE'), { b: true, size: 15 }),
        table(heads.map(() => 180 / heads.length), [{ cells: heads, b: true, shade: '#e3e3e3', size: 7.4 }, { cells: vals.map((v, k) => ({ text: v, b: k === 0 })) }], { border: 'grid', size: 8.8, before: 1 }),
        ...(shown.length ? [table(shown.map(() => 180 / shown.length), [{ cells: shown.map(([k]) => k), b: true, shade: '#f3f3f3', size: 7.4 }, shown.map(([, v]) => v)], { border: 'grid', size: 8.6, before: 2 })] : []),
        space(3),
        p(`${inv.avoir ? 'Régularisation' : 'Mise à disposition'} – ${inv.centre}, du ${fmtDate(inv.from, 'slash')} (${MONTHS[inv.from.m - 1]} ${inv.from.y})`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8 })] : []),
        table([96, 18, 10, 24, 32], [{ cells: [L('Désignation', 'Description'), L('Qté', 'Qty'), 'U.', L('P.U. HT', 'Unit price'), L('Montant HT', 'Amount')], b: true, shade: '#e3e3e3' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'center', 'right', 'right'], before: 2, after: 3 }),
        columns([100, 80], [[], [table([48, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'rows', size: 8.8, align: ['left', 'right'] })]]),
        space(3),
        rule(),
        p(inv.avoir ? L('Montant porté au crédit de votre compte client.', 'Credited to your account.') : inv.print.iban ? `${L('Paiement par virement', 'Bank transfer')} – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 7.8 }),
        p('Personnel titulaire du BAFA / BAFD ou en cours de formation – taux d’encadrement conforme au Code de l’action sociale et des familles.', { size: 7, i: true }),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('Page {page} / {pages}', { align: 'right', size: 6.4 })],
    };
  },
};

export default [ludo, animateurs];

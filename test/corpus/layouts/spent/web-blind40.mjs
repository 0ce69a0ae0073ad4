// Blind-40 layouts written for Chromium (see ../../README.md): a marble mason's invoice for the engraving of new names
// on a war memorial, printed by a web invoicing SaaS of the Pennylane kind (« Facture F-… » in the title line, labels
// over their values in a right-hand column, letters engraved and gilded priced by the letter, the monument cleaned by
// the m², the accepted quote of seven digits; a deposit invoiced at the order deducted with its own number on some,
// « Reste dû »; one credit note for a misspelt name re-engraved at the mason's expense), and a software publisher's
// yearly invoice for the civil-status, elections and cemetery modules of a town hall, printed by a Sellsy-like SaaS
// (labels beside values, French–English on some, the subscription of seven digits and the customer account of eight,
// COMEDEC verification requests by the unit at prices of three decimals, a training day; a discount on some; one credit
// note for a module cancelled; one invoice lists the month-by-month requests and runs over two pages).
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit } from '../../lib/blind25.mjs';
import { civicBuyer, eight40, FIRST_NAMES, maybeRelabel40, seven40, SURNAMES } from '../../lib/blind40.mjs';

// ——— 1. War memorial engraving: a web SaaS invoice, labels over values on the right, a deposit deducted on some. ———
const WARS = ['1914-1918', '1939-1945', 'Algérie 1954-1962', 'Opérations extérieures'];
const gravure = {
  name: 'al-gravure-monument-aux-morts',
  family: 'war-memorial-engraving-saas-label-over-value-deposit',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('al-gravure-monument-aux-morts', i, { cityProb: 0.35, engagementProb: credit ? 0.9 : 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['pennylane', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, avoir: credit, negative: credit ? 1 : false });
    const x = extraRng(inv, 'memorial');
    renameSupplier(inv, x.pick(['Marbrerie Granits du Pilat', 'Gravure & Pierre Forézienne', 'Marbrerie Vial et Fils', 'Atelier Lapidaire du Furan']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '2370Z';
    civicBuyer(inv, x, 'memorial', 0.85);
    localReferences(inv, x);
    maybeRelabel40(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.quote = seven40(x);
    inv.war = x.pick(WARS);
    inv.names = Array.from({ length: credit ? 1 : x.int(1, 6) }, () => `${x.pick(SURNAMES)} ${x.pick(FIRST_NAMES)}`);
    const letters = inv.names.reduce((s, n) => s + n.replace(/[^A-Za-zÀ-ÿ]/g, '').length, 0);
    inv.letters = letters;
    inv.height = x.pick([30, 40, 50]);
    if (credit) {
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 300)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.lines = [
        { label: `Gravure en creux de lettres romaines h. ${inv.height} mm – nom mal orthographié (${inv.names[0]}), repris à nos frais`, unitName: 'lettre', qty: letters, unit: x.int(260, 420), rate: 2000 },
        { label: 'Dorure à la feuille d’or 23 carats des lettres reprises', unitName: 'lettre', qty: letters, unit: x.int(180, 320), rate: 2000 },
      ];
    } else {
      inv.lines = [{ label: `Gravure en creux de lettres romaines h. ${inv.height} mm sur plaque existante (${inv.names.length} nom${inv.names.length > 1 ? 's' : ''})`, unitName: 'lettre', qty: letters, unit: x.int(260, 420), rate: 2000 }];
      if (x.chance(0.7)) inv.lines.push({ label: 'Dorure à la feuille d’or 23 carats des lettres gravées', unitName: 'lettre', qty: letters, unit: x.int(180, 320), rate: 2000 });
      if (x.chance(0.6)) {
        const m2 = x.int(6, 40);
        inv.lines.push({ label: 'Nettoyage basse pression et démoussage du monument, traitement anti-lichen', unitName: 'm²', qty: m2, unit: x.int(2800, 5200), rate: 2000 });
      }
      if (x.chance(0.4)) inv.lines.push({ label: 'Reprise de la dorure des inscriptions existantes (« À nos morts », dates)', unitName: 'forfait', qty: 1, unit: x.int(280, 900) * 100, rate: 2000 });
      if (x.chance(0.35)) inv.lines.push({ label: 'Fourniture et pose d’une plaque complémentaire en granit noir du Zimbabwe 60 × 40 cm', unitName: 'u', qty: 1, unit: x.int(450, 980) * 100, rate: 2000 });
      inv.lines.push({ label: 'Déplacement, protection des abords et nacelle', unitName: 'forfait', qty: 1, unit: x.int(90, 260) * 100, rate: 2000 });
    }
    priceLines(inv, [2000]);
    if (!credit && i % 3 === 1) inv.deposit40 = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(20, 60)));
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service destinataire'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const title = inv.avoir ? 'Avoir' : 'Facture';
    const meta = [['Date d’émission', date(inv, inv.date)], ...(inv.avoir ? [['Facture d’origine', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Date d’échéance', fmtDate(inv.due, 'slash')]]), ['Devis accepté n°', inv.quote], ...shown];
    const metaHtml = meta.map(([k, v]) => `<div class="k">${esc(k)}</div><div class="v">${esc(v)}</div>`).join('');
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)} ${esc(l.unitName)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const tot = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.deposit) tot.push([`Acompte ${inv.deposit40.number} réglé le ${fmtDate(inv.deposit40.date, 'slash')}`, money(inv, -inv.deposit)], ['Reste dû', money(inv, inv.net)]);
    else tot.push([inv.avoir ? 'Montant de l’avoir' : x.pick(['Montant dû', 'Net à payer']), money(inv, inv.net)]);
    const totHtml = tot.map(([k, v], n) => `<tr class="${n === tot.length - 1 ? 'big' : ''}"><td>${esc(k)}</td><td class="r">${esc(v)}</td></tr>`).join('');
    const accent = x.pick(['#3a4a7a', '#5b4636', '#2f5d50']);
    const css = `body { font-family: ${x.pick(['"Liberation Sans"', '"DejaVu Sans"'])}; font-size: 9pt; } h1 { font-size: 20pt; margin: 0 0 2mm; color: ${accent}; font-weight: 600; }
      .top { display: flex; justify-content: space-between; } .me { width: 55%; font-size: 8.2pt; color: #444; } .me b { font-size: 11pt; color: #222; }
      .meta { width: 38%; } .k { font-size: 7pt; color: #888; text-transform: uppercase; letter-spacing: .04em; margin-top: 2mm; } .v { font-size: 9.4pt; font-weight: 600; }
      .to { margin: 6mm 0 4mm 0; padding: 3mm; background: #f4f4f6; width: 60%; } .to .h { font-size: 7pt; color: #888; }
      table.l td, table.l th { padding: 1.6mm 1.5mm; border-bottom: 1px solid #e2e2e2; } table.l th { text-align: left; font-size: 7.6pt; color: #777; font-weight: normal; }
      .tot { width: 50%; margin-left: 50%; margin-top: 4mm; } .tot td { padding: 1.2mm 1.5mm; } .big td { font-weight: 700; font-size: 11pt; border-top: 2px solid ${accent}; }
      .names { font-size: 8pt; margin: 3mm 0; } .foot { font-size: 6.8pt; color: #777; margin-top: 8mm; border-top: 1px solid #ddd; padding-top: 2mm; }`;
    const body = `<div class="top"><div class="me"><h1>${title} ${esc(inv.number)}</h1>${htmlLines(supplierTexts(inv, x))}</div><div class="meta">${metaHtml}</div></div>
      <div class="to"><div class="h">Client</div>${htmlLines(buyerTexts(inv, x))}</div>
      <div><b>Objet :</b> monument aux morts – gravure de noms complémentaires (${esc(inv.war)})</div>
      ${sentence ? `<div style="font-style:italic;margin-top:1.5mm">${esc(sentence)}</div>` : ''}
      <div class="names">Noms gravés : ${inv.names.map(esc).join(' – ')} (${inv.letters} lettres)</div>
      <table class="l"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>${rows}</table>
      <table class="tot">${totHtml}</table>
      <p style="font-size:8.2pt;margin-top:6mm">${esc(inv.avoir ? 'Avoir à imputer sur votre prochain règlement ou remboursé par virement à votre demande.' : inv.print.iban ? `Paiement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv))}</p>
      <p style="font-size:7pt;color:#666">${esc(LATE_FEES)}</p>
      <div class="foot">${esc(legalLine(inv))}</div>`;
    return htmlPage(css, body);
  },
};

// ——— 2. Civil-status and elections software: a SaaS subscription, labels beside values, bilingual on some. ———
const MODULES = [
  ['Module État civil (actes, mentions marginales, registres)', 90000, 260000],
  ['Module Élections – liste électorale et synchronisation REU', 60000, 180000],
  ['Module Cimetières (concessions, plans, échéances)', 45000, 140000],
  ['Module Recensement citoyen et attestations', 25000, 70000],
  ['Portail de demandes d’actes en ligne', 30000, 90000],
  ['Hébergement sécurisé HDS et sauvegardes', 35000, 95000],
];
const logiciel = {
  name: 'al-logiciel-etat-civil-elections',
  family: 'civil-status-elections-software-saas-labels-beside-bilingual',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const long = i === 6;
    const inv = makeInvoice('al-logiciel-etat-civil-elections', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: credit ? ['avoirOdoo'] : ['odoo', 'hash'], engagementLabels: ['engagement', 'ej', 'refCommandeEj', 'poBonDeCommande'], marketProb: 0.45, serviceProb: 0.7, dateStyles: ['slash', 'iso'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 0, 10], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.9, avoir: credit });
    const x = extraRng(inv, 'software');
    renameSupplier(inv, x.pick(['Civitas Logiciels', 'Actes Numériques', 'MairieSoft Solutions', 'Registre Digital']), 'SAS');
    inv.supplier.ape = '5829C';
    civicBuyer(inv, x, 'civil', 0.85);
    localReferences(inv, x);
    maybeRelabel40(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.subscription = seven40(x);
    inv.account = eight40(x);
    inv.period = { from: { y: inv.date.y, m: inv.date.m, d: 1 }, to: addDays({ y: inv.date.y + 1, m: inv.date.m, d: 1 }, -1) };
    if (credit) {
      inv.print.iban = false;
      inv.origin = { number: `FAC/${inv.date.y}/${String(x.int(1, 900)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(10, 60)) };
      const [label, lo, hi] = x.pick(MODULES.slice(2, 5));
      inv.lines = [{ label: `Résiliation du ${label.toLowerCase()} – prorata non consommé`, unitName: 'forfait', qtyText: '1', qty: 1, unit: x.int(lo / 100, hi / 100) * 50, rate: 2000 }];
    } else {
      const mods = MODULES.filter((_, k) => k < 2 || x.chance(0.5));
      inv.lines = mods.map(([label, lo, hi]) => ({ label: `${label} – abonnement annuel`, unitName: 'an', qtyText: '1', qty: 1, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 }));
      if (long) {
        for (let m = 1; m <= 12; m++) {
          const n = x.int(40, 400);
          inv.lines.push({ label: `Vérifications d’état civil COMEDEC – ${MONTHS[m - 1]} ${inv.date.y - 1}`, unitName: 'demande', qtyText: frNumber(n), qty: n, unit: x.int(18, 45), rate: 2000 });
        }
      } else if (x.chance(0.6)) {
        const n = x.int(300, 4000);
        inv.lines.push({ label: `Vérifications d’état civil COMEDEC – année ${inv.date.y - 1}`, unitName: 'demande', qtyText: frNumber(n), qty: n, unit: x.int(18, 45), rate: 2000 });
      }
      if (x.chance(0.4)) inv.lines.push({ label: 'Formation des agents (journée sur site, 8 stagiaires maximum)', unitName: 'jour', qtyText: '1', qty: 1, unit: x.int(850, 1250) * 100, rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = x.chance(0.5);
    const L = (fr, en) => (bi ? `${fr} / ${en}` : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Contrat cadre / marché n°'], service: ['Code service', 'Service exécutant'] });
    const ident = [[L('Date', 'Invoice date'), date(inv, inv.date)], [L('N° client', 'Customer ID'), inv.account], [L('Abonnement', 'Subscription'), inv.subscription], ...(inv.avoir ? [[L('Facture d’origine', 'Original invoice'), inv.origin.number]] : [[L('Échéance', 'Due date'), fmtDate(inv.due, 'slash')], [L('Période', 'Period'), `du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')}`]])];
    const inBuyer = inv.engagement && x.chance(0.35);
    const refRows = inBuyer ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const kv = (pairs) => pairs.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td class="v">${esc(v)}</td></tr>`).join('');
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${l.qtyText}</td><td>${esc(l.unitName)}</td><td class="r">${l.unit < 100 ? frNumber(l.unit / 100, 3) : plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const tot = [];
    if (inv.discount) tot.push([L('Sous-total HT', 'Subtotal'), money(inv, inv.grossHT)], [`${L('Remise', 'Discount')} ${inv.discountPct} %`, money(inv, -inv.discount)]);
    tot.push([L('Total HT', 'Total excl. VAT'), money(inv, inv.ht)], [`${L('TVA', 'VAT')} ${rate(2000)}`, money(inv, inv.tva)], [L('Total TTC', 'Total incl. VAT'), money(inv, inv.ttc)]);
    tot.push([inv.avoir ? L('Montant crédité', 'Credited amount') : L('Net à payer', 'Amount due'), money(inv, inv.net)]);
    const css = `body { font-family: "Liberation Sans"; font-size: 8.8pt; } .band { background: #17365d; color: #fff; padding: 4mm 5mm; display: flex; justify-content: space-between; align-items: center; }
      .band .t { font-size: 17pt; font-weight: 700; } .band .n { font-size: 11pt; } .cols { display: flex; justify-content: space-between; margin-top: 5mm; }
      .cols > div { width: 47%; } td.k { color: #555; width: 45%; padding: 0.7mm 0; vertical-align: top; } td.v { font-weight: 600; padding: 0.7mm 0; }
      .box { border: 1px solid #c8d3e1; padding: 3mm; } h3 { font-size: 8pt; text-transform: uppercase; color: #17365d; margin: 4mm 0 1mm; }
      table.l { margin-top: 4mm; } table.l th { background: #e7edf5; text-align: left; padding: 1.4mm; font-size: 7.8pt; } table.l td { padding: 1.2mm 1.4mm; border-bottom: 1px solid #eee; }
      table.l tr { page-break-inside: avoid; } .tot { width: 52%; margin-left: 48%; margin-top: 3mm; } .tot td { padding: 1mm 1.4mm; } .tot tr:last-child td { font-weight: 700; background: #17365d; color: #fff; font-size: 10pt; }
      .foot { margin-top: 8mm; font-size: 6.8pt; color: #666; text-align: center; }`;
    const body = `<div class="band"><div><div class="t">${esc(s.name)}</div><div style="font-size:7.6pt">Logiciels pour l’état civil, les élections et les cimetières</div></div><div class="n">${inv.avoir ? L('AVOIR', 'CREDIT NOTE') : L('FACTURE', 'INVOICE')} ${esc(inv.number)}</div></div>
      <div class="cols"><div><h3>${L('Émetteur', 'From')}</h3>${htmlLines(supplierTexts(inv, x).slice(1))}<h3>${L('Informations', 'Details')}</h3><table>${kv(ident)}</table></div>
      <div><div class="box"><h3 style="margin-top:0">${L('Client', 'Bill to')}</h3>${htmlLines(buyerTexts(inv, x))}${inBuyer ? `<div style="margin-top:2mm">${esc(inv.engagement.label)} : <b>${esc(inv.engagement.written)}</b></div>` : ''}</div>
      ${refRows.length ? `<h3>${L('Références', 'References')}</h3><table>${kv(refRows)}</table>` : ''}</div></div>
      <table class="l"><tr><th>${L('Désignation', 'Description')}</th><th class="r">${L('Qté', 'Qty')}</th><th style="white-space:nowrap">${L('Unité', 'Unit')}</th><th class="r">${L('P.U. HT', 'Unit price')}</th><th class="r">${L('Montant HT', 'Amount')}</th></tr>${rows}</table>
      <table class="tot">${kv(tot)}</table>
      <p style="font-size:8pt;margin-top:5mm">${esc(inv.avoir ? 'Cet avoir sera déduit de votre prochaine facture.' : inv.print.iban ? `${L('Règlement par virement', 'Bank transfer')} – IBAN ${iban(inv)} – BIC ${s.bic} – ${L('référence à rappeler', 'payment reference')} : ${inv.number}` : paymentText(inv))}</p>
      <p style="font-size:6.8pt;color:#666">${esc(LATE_FEES)}</p>
      <div class="foot">${esc(legalLine(inv))}</div>`;
    return htmlPage(css, body);
  },
};

export default [gravure, logiciel];

// Blind-21 layouts written for Chromium (see ../../README.md): a street-sweeping company's month of mechanical
// sweeping for a public body, printed as an Odoo-like report (circuits swept by the hour with the driver, high-pressure
// washing, a manual sweeper, the sweepings taken to a landfill and treated by the tonne at 10 % beside the sweeping at
// 20 %, a VAT summary by rate; the weighbridge tickets of seven digits printed for information; the identity in a row of
// boxes with the supplier's own contract as « Origine »), and a ready-mix concrete plant's month of deliveries to the
// technical services, printed by a Sage-like package (one line per delivery ticket of seven digits with its site,
// concrete class and cubic metres, small-load and waiting-time surcharges, pump hire; a boxed header whose narrow boxes
// wrap their labels over two lines; an early-payment discount printed for information and not deducted on some).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { tonnes } from '../../lib/blind18.mjs';
import { earlyPayment, maybeRelabel21, ticketRun, vatRows21 } from '../../lib/blind21.mjs';

// ——— 1. Mechanical street sweeping: a month of circuits, washing and sweepings to landfill. ———
const CIRCUITS = ['Circuit 1 – hypercentre (rues piétonnes et places)', 'Circuit 2 – avenues et boulevards', 'Circuit 3 – quartiers nord', 'Circuit 4 – zones d’activités', 'Circuit 5 – marchés forains (après marché)', 'Circuit 6 – abords des écoles et parkings'];
const LANDFILLS = ['ISDND de Borde-Matin (Roche-la-Molière)', 'ISDND du Combeau', 'Centre de tri et ISDND de Mably'];
const balayage = {
  name: 'b-balayage-mecanique',
  family: 'mechanical-street-sweeping-odoo-multirate',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('b-balayage-mecanique', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.55, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], groups: ['nbsp', 'space', 'narrow'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'sweep');
    renameSupplier(inv, x.pick(['Balayage Urbain Stéphanois', 'Propreté Voirie Services', 'Nettoiement Loire Environnement', 'Urbaclean Rhône-Loire']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8129B';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel21(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 9) });
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.origin = `CT-BAL-${inv.date.y - x.int(0, 2)}-${x.digits(3)}`;
    const first = x.int(0, CIRCUITS.length - 1);
    const circuits = Array.from({ length: x.int(2, 4) }, (_, k) => CIRCUITS[(first + k) % CIRCUITS.length]);
    const perHour = x.int(88, 118) * 100;
    inv.lines = circuits.map((c) => {
      const passes = x.int(2, 9);
      const quarters = passes * x.int(10, 22);
      return { label: `Balayage mécanisé avec chauffeur – ${c} – ${passes} passages (${inv.month.name})`, qty: quarters / 4, qtyText: frNumber(quarters / 4, 2), unit: perHour, rate: 2000, unitName: 'h' };
    });
    if (x.chance(0.6)) inv.lines.push({ label: 'Lavage haute pression des trottoirs – hydrocureuse 8 m³ avec chauffeur', qty: x.int(3, 14), unit: x.int(95, 130) * 100, rate: 2000, unitName: 'h' });
    if (x.chance(0.5)) inv.lines.push({ label: 'Agent de balayage manuel avec souffleur (accompagnement de la balayeuse)', qty: x.int(8, 40), unit: x.int(31, 39) * 100, rate: 2000, unitName: 'h' });
    inv.landfill = x.pick(LANDFILLS);
    const tickets = ticketRun(x, x.int(3, 7));
    inv.tickets = tickets.map((ticket, k) => ({ ticket, day: addDays(inv.month.from, Math.floor(((k + 0.5) * inv.month.days) / tickets.length)), kg: x.int(1800, 7400) }));
    const kg = inv.tickets.reduce((s, t) => s + t.kg, 0);
    inv.kg = kg;
    inv.lines.push({ label: `Transport des produits de balayage vers ${inv.landfill} (par rotation)`, qty: tickets.length, unit: x.int(85, 140) * 100, rate: 2000, unitName: 'u' });
    const perTonne = x.int(92, 128) * 100;
    inv.lines.push({ label: 'Traitement des produits de balayage en ISDND (tonnage des tickets de pesée), TGAP incluse', qty: kg / 1000, qtyText: tonnes(kg), unit: perTonne, total: Math.round((kg * perTonne) / 1000), rate: 1000, unitName: 't' });
    return priceLines(inv, [1000, 2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de nettoiement n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const boxes = [['Date de facturation', date(inv, inv.date)], ['Date d’échéance', fmtDate(inv.due, 'slash')], ['Origine', inv.origin], ...shown];
    const accent = x.pick(['#714b67', '#00796b', '#37474f']);
    const unitName = { h: 'Heures', u: 'Unité(s)', t: 't' };
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText ?? frNumber(l.qty, 2))} ${esc(unitName[l.unitName])}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">TVA ${rate(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const summary = vatRows21(inv).map(([r, base, amount]) => `<tr><td>TVA ${rate(r)}</td><td class="r">${money(inv, base)}</td><td class="r">${money(inv, amount)}</td></tr>`).join('');
    const ticketRows = inv.tickets.map((t) => `<tr><td>${esc(fmtDate(t.day, 'slash'))}</td><td>${esc(t.ticket)}</td><td class="r">${frNumber(t.kg)} kg</td></tr>`).join('');
    const totals = [['Montant hors taxes', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total', inv.ttc, true]];
    const boxRows = [];
    for (let k = 0; k < boxes.length; k += 4) boxRows.push(boxes.slice(k, k + 4));
    const boxHtml = boxRows.map((row) => `<div class="boxes">${row.map(([k, v]) => `<div><div class="k">${esc(k)}:</div><div class="v">${esc(v)}</div></div>`).join('')}</div>`).join('');
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.6pt; }
      .top { display: flex; justify-content: space-between; border-bottom: 2px solid ${accent}; padding-bottom: 2mm; } .name { font-size: 15pt; font-weight: bold; color: ${accent}; }
      .addr { display: flex; justify-content: flex-end; margin-top: 8mm; } .addr > div { width: 80mm; }
      h2 { font-size: 16pt; font-weight: normal; margin: 7mm 0 3mm; color: ${accent}; }
      .boxes { display: flex; gap: 6mm; margin-bottom: 3mm; } .boxes > div { min-width: 34mm; } .k { font-weight: bold; } .v { margin-top: 0.6mm; }
      .items { margin-top: 4mm; } .items th { border-bottom: 1.5px solid #333; text-align: left; padding: 1.4mm; } .items td { border-bottom: 1px solid #ddd; padding: 1.4mm; vertical-align: top; }
      .low { display: flex; justify-content: space-between; margin-top: 4mm; } .sum { width: 78mm; } .sum td { padding: 1mm 1.4mm; border-bottom: 1px solid #eee; }
      .tot { width: 84mm; } .tot td { padding: 1.2mm 1.6mm; border-bottom: 1px solid #ddd; } .tot .s td { font-weight: bold; border-top: 1.5px solid #333; }
      .tk { width: 96mm; font-size: 7.6pt; margin-top: 2mm; } .tk td, .tk th { border: 1px solid #ccc; padding: 0.7mm 1.4mm; text-align: left; }
      .foot { margin-top: 8mm; font-size: 6.8pt; color: #555; text-align: center; border-top: 1px solid #ccc; padding-top: 2mm; }`,
    `<div class="top"><div><div class="name">${esc(s.name)}</div><div style="font-size:7.4pt">Balayage mécanisé – lavage de voirie – propreté urbaine</div></div><div style="text-align:right;font-size:7.8pt">${htmlLines(supplierTexts(inv, x).slice(1)).replace(/<b>|<\/b>/g, '')}</div></div>
     <div class="addr"><div>${htmlLines(buyerTexts(inv, x))}</div></div>
     <h2>Facture ${esc(inv.number)}</h2>
     ${boxHtml}
     ${sentence ? `<p>${esc(sentence)}</p>` : ''}
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire</th><th class="r">Taxes</th><th class="r">Montant</th></tr>${rows}</table>
     <div class="low"><div><p style="margin:0 0 1mm;font-weight:bold">Récapitulatif des taxes</p><table class="sum"><tr><td><b>Taxe</b></td><td class="r"><b>Base</b></td><td class="r"><b>Montant</b></td></tr>${summary}</table></div>
       <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <p style="margin-top:5mm;font-size:7.8pt"><b>Tickets de pesée – ${esc(inv.landfill)} (pour information)</b></p>
     <table class="tk"><tr><th>Date</th><th>Ticket n°</th><th class="r">Poids net</th></tr>${ticketRows}<tr><td colspan="2"><b>Total du mois</b></td><td class="r"><b>${tonnes(inv.kg)} t</b></td></tr></table>
     <p style="margin-top:4mm">Veuillez utiliser la communication suivante pour votre paiement : <b>${esc(inv.number)}</b></p>
     <p>${esc(paymentText(inv))}</p>
     <p style="font-size:7pt">Conditions de règlement : ${x.pick(['30 jours', '45 jours fin de mois', '30 jours date de facture'])}. ${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}<br>${esc(s.phone)} – ${esc(s.email)} – ${esc(s.web)}</div>`);
  },
};

// ——— 2. Ready-mix concrete: a month of deliveries, one line per delivery ticket. ———
const SITES = ['Trottoir rue Balay', 'Massifs de candélabres – avenue de la Libération', 'Dalle de l’abri-bus place Jean Jaurès', 'Bordures du parking du stade', 'Socle du columbarium – cimetière', 'Réparation de caniveau rue Michelet', 'Rampe PMR de l’école Paul Bert'];
const CONCRETES = [['BPS C25/30 XC1 D20 S3', 9800, 11200], ['BPS C30/37 XF1 D20 S4', 11200, 12900], ['BPS C20/25 X0 D10 S4 (béton de propreté)', 8900, 10100], ['Béton fibré C25/30 XC2 D14 S3', 12400, 13900], ['Béton drainant D10', 13200, 14800]];
const beton = {
  name: 'b-beton-pret-emploi',
  family: 'ready-mix-concrete-delivery-tickets',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('b-beton-pret-emploi', i, { ...CITY_HEAVY, trades: ['goods', 'btp'], numbers: ['sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'numeroBonCommande'], marketProb: 0.45, serviceProb: 0.5, dateStyles: ['slash', 'slash2'], rates: [[2000]], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.75 });
    const x = extraRng(inv, 'concrete');
    renameSupplier(inv, x.pick(['Centrale Béton du Gier', 'BPE du Pilat', 'Forez Béton Prêt', 'Bétons de la Vallée du Furan']), x.pick(['SAS', 'SA', 'SARL']));
    inv.supplier.ape = '2363Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel21(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.pick([28, 28, 27, 26]) });
    inv.due = addDays(inv.date, x.pick([30, 45, 60]));
    inv.account = `411${x.digits(5)}`;
    inv.plant = x.pick(['Centrale de La Talaudière', 'Centrale de Saint-Chamond', 'Centrale d’Andrézieux']);
    const count = x.int(3, 7);
    const tickets = ticketRun(x, count);
    const [product0, lo0, hi0] = x.pick(CONCRETES);
    inv.deliveries = tickets.map((ticket, k) => {
      const [product, lo, hi] = k === 0 || x.chance(0.6) ? [product0, lo0, hi0] : x.pick(CONCRETES);
      return { ticket, day: { y: inv.date.y, m: inv.date.m, d: Math.min(26, 2 + Math.floor((k * 24) / count) + x.int(0, 2)) }, product, site: x.pick(SITES), halves: x.int(2, 16), unit: Math.round(x.int(lo, hi) / 10) * 10, waiting: x.chance(0.3) ? x.int(1, 4) : 0, truck: `T${x.int(10, 58)}` };
    });
    inv.lines = [];
    for (const d of inv.deliveries) {
      inv.lines.push({ ref: 'BPE', label: `BL ${d.ticket} du ${fmtDate(d.day, 'slash')} – ${d.product} – chantier : ${d.site}`, qty: d.halves / 2, qtyText: frNumber(d.halves / 2, 2), unitName: 'm³', unit: d.unit, rate: 2000 });
      if (d.halves < 6) inv.lines.push({ ref: 'SPQ', label: `Supplément petite quantité (< 3 m³) – BL ${d.ticket}`, qty: 1, qtyText: '1,00', unitName: 'forf.', unit: x.int(45, 75) * 100, rate: 2000 });
      if (d.waiting) inv.lines.push({ ref: 'ATT', label: `Temps d’attente sur chantier au-delà de 30 min – BL ${d.ticket} (par ¼ h)`, qty: d.waiting, qtyText: frNumber(d.waiting, 2), unitName: '¼ h', unit: x.int(18, 26) * 100, rate: 2000 });
    }
    if (x.chance(0.4)) inv.lines.push({ ref: 'POMPE', label: 'Location pompe à béton 28 m avec opérateur (forfait mise en station + 2 h)', qty: 1, qtyText: '1,00', unitName: 'forf.', unit: x.int(420, 590) * 100, rate: 2000 });
    if (x.chance(0.4)) {
      const m3 = inv.deliveries[0].halves / 2;
      inv.lines.push({ ref: 'ADJ', label: `Adjuvant retardateur de prise – BL ${inv.deliveries[0].ticket}`, qty: m3, qtyText: frNumber(m3, 2), unitName: 'm³', unit: x.int(6, 11) * 100, rate: 2000 });
    }
    priceLines(inv, [2000]);
    inv.escompte = x.chance(0.5) ? earlyPayment(inv, x.pick([1, 1.5, 2])) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fourniture de BPE n°', 'N° de marché'], service: ['Code service', 'Service', 'Service destinataire (code)'] });
    if (inv.engagement && x.chance(0.5)) refs[0] = [x.pick(['N° d’engagement juridique', 'Numéro d’engagement juridique', 'Réf. engagement Chorus Pro']), refs[0][1]];
    const refsInBoxes = x.chance(0.6);
    const heads = [x.pick(['N° pièce', 'Numéro', 'Facture n°']), 'Date', 'Code client', 'Compte', ...(refsInBoxes ? refs.map(([k]) => k) : []), 'Page'];
    const values = [inv.number, date(inv, inv.date), inv.clientCode, inv.account, ...(refsInBoxes ? refs.map(([, v]) => v) : []), '1'];
    const widths = heads.map((h, k) => (k === 0 ? 26 : /Page/.test(h) ? 12 : 21));
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.label)}</td><td class="c">${esc(l.unitName)}</td><td class="r">${esc(l.qtyText ?? frNumber(l.qty, 2))}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const grid = vatRows21(inv).map(([r, base, amount]) => `<tr><td class="c">1</td><td class="r">${plainMoney(inv, base)}</td><td class="r">${rate(r)}</td><td class="r">${plainMoney(inv, amount)}</td></tr>`).join('');
    const totals = [['Total HT', inv.ht], ['Total TVA', inv.tva], ['Total TTC', inv.ttc], [x.pick(['NET À PAYER', 'Net à payer']), inv.net, true]];
    const escompte = inv.escompte ? `<p style="margin:2mm 0 0;font-size:7.6pt">Escompte ${frNumber(inv.escompte[0], inv.escompte[0] % 1 ? 1 : 0)} % pour règlement sous 10 jours : ${money(inv, inv.escompte[1])}, soit ${money(inv, inv.escompte[2])} (pour information ; le net à payer ci-dessus ne le déduit pas).</p>` : '<p style="margin:2mm 0 0;font-size:7.6pt">Pas d’escompte pour paiement anticipé.</p>';
    const accent = x.pick(['#263238', '#4e342e', '#1a237e']);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Sans Narrow'])}'; font-size: 8.2pt; }
      .box { border-collapse: collapse; } .box th, .box td { border: 1px solid #333; padding: 1mm 1.4mm; } .box th { background: #e6e6e6; font-weight: normal; font-size: 7pt; text-align: center; vertical-align: middle; }
      .c { text-align: center; } .head { display: flex; justify-content: space-between; } .name { font-size: 14pt; font-weight: bold; color: ${accent}; }
      .title { font-size: 17pt; font-weight: bold; letter-spacing: 1px; text-align: right; }
      .ident { margin-top: 4mm; table-layout: fixed; width: auto; } .ident td { text-align: center; font-weight: bold; }
      .buyer { border: 1px solid #333; border-radius: 2mm; width: 84mm; padding: 2mm 3mm; margin: 5mm 0 0 auto; }
      .items { margin-top: 4mm; } .items th { background: #e6e6e6; border: 1px solid #333; padding: 1mm; font-size: 7pt; font-weight: normal; } .items td { border-left: 1px solid #333; border-right: 1px solid #333; padding: 0.9mm 1.3mm; vertical-align: top; }
      .items tr:last-child td { border-bottom: 1px solid #333; }
      .foot { display: flex; justify-content: space-between; margin-top: 4mm; } .grid { width: 86mm; } .tot { width: 72mm; } .tot td { text-align: right; } .tot .s td, .tot .s th { font-weight: bold; font-size: 9.6pt; background: #e6e6e6; }
      .legal { margin-top: 7mm; font-size: 6.6pt; text-align: center; color: #444; }`,
    `<div class="head"><div><div class="name">${esc(s.name)}</div><div style="font-size:7.2pt">Béton prêt à l’emploi – ${esc(inv.plant)} – livraison toupie et pompe</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div><div class="title">FACTURE</div></div>
     <table class="box ident"><tr>${heads.map((h, k) => `<th style="width:${widths[k]}mm">${esc(h)}</th>`).join('')}</tr><tr>${values.map((v) => `<td>${esc(v)}</td>`).join('')}</tr></table>
     <div class="buyer">${htmlLines(buyerTexts(inv, x))}${refsInBoxes ? '' : refs.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('')}</div>
     <p style="margin:3mm 0 0">Livraisons du mois – bons de livraison signés sur chantier par vos agents (copies jointes).</p>
     <table class="items"><tr><th style="width:13mm">Code</th><th>Désignation</th><th style="width:11mm">Unité</th><th class="r" style="width:16mm">Quantité</th><th class="r" style="width:20mm">P.U. HT</th><th class="r" style="width:23mm">Montant HT</th></tr>${rows}</table>
     <div class="foot"><table class="box grid"><tr><th>Code</th><th>Base HT</th><th>Taux</th><th>Montant TVA</th></tr>${grid}</table>
       <table class="box tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><th>${esc(k)}</th><td>${money(inv, v)}</td></tr>`).join('')}</table></div>
     ${escompte}
     <table class="box" style="margin-top:3mm;width:120mm"><tr><th>Échéance</th><th>Mode de règlement</th><th>Montant</th></tr><tr><td class="c">${esc(fmtDate(inv.due, 'slash'))}</td><td class="c">${inv.print.iban ? 'Virement' : 'Mandat administratif'}</td><td class="r">${money(inv, inv.net)}</td></tr></table>
     <p style="margin-top:3mm">${esc(paymentText(inv))}</p>
     <p style="font-size:6.8pt">${esc(LATE_FEES)} Réserve de propriété : les marchandises restent notre propriété jusqu’au paiement intégral.</p>
     <div class="legal">${esc(legalLine(inv))}${inv.print.iban ? `<br>Domiciliation bancaire : IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : ''}</div>`);
  },
};

export default [balayage, beton];

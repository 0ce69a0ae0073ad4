// Blind-27 layouts written for Chromium (see ../../README.md): a coffee and vending-machine operator's monthly invoice
// to a public body, printed by a web invoicing SaaS (machines rented and maintained per site with their serial numbers,
// coffee, milk and chocolate at 5,5 % beside cups and stirrers at 20 %, a VAT summary by rate; the machines' counters
// printed for information, the fee paid back to the public body on the public machines' sales printed and not deducted;
// the identity as labels over values in a card, the customer account of seven digits; one credit note for a machine out
// of order), and a hotel's invoice for a delegation a public body hosted, printed by a hotel management system (rooms
// and breakfasts at 10 %, a dinner at 10 %, drinks and a meeting room at 20 %, the tourist tax outside VAT — `totalHT`
// includes it —; the booking's confirmation number of seven digits, arrival and departure; bilingual French–English on
// half; the deposit paid at booking deducted with its own number and date on half).
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, deductDeposit, seven, splitOutside } from '../../lib/blind25.mjs';
import { maybeRelabel27, municipalBuyer } from '../../lib/blind27.mjs';

// ——— 1. Coffee and vending machines: a web SaaS invoice, two VAT rates, counters and a fee for information. ———
const SITES = ['Hôtel de Ville – salle de pause 2e étage', 'Centre technique municipal – réfectoire', 'Médiathèque – espace du personnel', 'Services techniques – atelier', 'Maison des services publics – accueil', 'Direction des finances – salle de convivialité'];
const MACHINES = [['Expresso grains Necta Krea Touch', 'NK'], ['Machine à boissons chaudes Bianchi Lei 700', 'BL'], ['Expresso Saeco Atlante 500', 'SA'], ['Fontaine à café filtre Bravilor Sprso', 'BV']];
const SUPPLIES = [['Café en grains pur arabica (kg)', 550, [1650, 2450]], ['Lait écrémé en poudre granulé (kg)', 550, [900, 1400]], ['Chocolat en poudre 22 % cacao (kg)', 550, [800, 1300]], ['Sucre en bûchettes 4 g (carton de 1 000)', 550, [1500, 2400]], ['Thés et infusions assortis (boîte de 100)', 550, [1100, 1900]], ['Gobelets carton 20 cl (carton de 1 000)', 2000, [3400, 5200]], ['Agitateurs bois 11 cm (carton de 1 000)', 2000, [500, 900]]];
const cafe = {
  name: 'l-distributeurs-cafe',
  family: 'coffee-vending-machines-saas-two-rates-fee-for-information',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('l-distributeurs-cafe', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['food'], numbers: credit ? ['avoir'] : ['plain', 'hash', 'pennylane'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.4, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[550, 2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'vending');
    renameSupplier(inv, x.pick(['Pause Café Services', 'Distri’Loire', 'Kafé Concept Rhône-Alpes', 'Auvergne Vending']), 'SAS');
    inv.supplier.ape = '4799B';
    municipalBuyer(inv, x, 'offices', 0.8);
    localReferences(inv, x);
    maybeRelabel27(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven(x);
    inv.contract = `CT-${inv.date.y - x.int(0, 3)}-${x.digits(4)}`;
    const month = previousMonth(inv.date);
    inv.period = { from: month.from, to: month.to, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    const first = x.int(0, SITES.length - 1);
    inv.machines = Array.from({ length: x.int(1, 4) }, (_, k) => {
      const [model, prefix] = MACHINES[(first + k) % MACHINES.length];
      const from = x.int(10000, 980000);
      const cups = x.int(180, 1400);
      return { site: SITES[(first + k) % SITES.length], model, serial: `${prefix}${x.digits(8)}`, from, to: from + cups, cups, rent: x.int(45, 95) * 100 };
    });
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(100, 999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(8, 30)) };
      inv.ticket = seven(x);
      const m = inv.machines[0];
      const days = x.int(6, 15);
      inv.lines = [
        { label: `Location-maintenance ${m.model} n° série ${m.serial} – machine hors service ${days} jours (ticket d’intervention n° ${inv.ticket})`, qty: 1, unit: Math.round((m.rent * days) / 30), rate: 2000 },
        { label: 'Café en grains pur arabica (kg) – retour lot à DLUO dépassée', qty: x.int(2, 6), unit: x.int(1650, 2450), rate: 550 },
      ];
      return priceLines(inv, [550, 2000]);
    }
    inv.lines = inv.machines.map((m) => ({ label: `Location-maintenance ${m.model} n° série ${m.serial} – ${m.site} – ${inv.period.name}`, qty: 1, unit: m.rent, rate: 2000 }));
    const start = x.int(0, SUPPLIES.length - 1);
    const count = x.int(3, 6);
    for (let k = 0; k < count; k++) {
      const [label, r, [lo, hi]] = SUPPLIES[(start + k) % SUPPLIES.length];
      inv.lines.push({ label, qty: x.int(1, 18), unit: x.int(lo, hi), rate: r });
    }
    inv.publicSales = x.chance(0.6) ? { sales: x.int(300, 2400) * 100 + x.int(0, 99), pct: x.pick([8, 10, 12, 15]) } : null;
    if (inv.publicSales) inv.publicSales.fee = Math.round((inv.publicSales.sales * inv.publicSales.pct) / 100);
    return priceLines(inv, [550, 2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché de distribution automatique n°'], service: ['Code service', 'Service', 'Service destinataire (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['#6d4c41', '#00796b', '#5e35b1']);
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toUpperCase() : t);
    const card = [
      [up(inv.avoir ? 'Numéro d’avoir' : 'Numéro'), inv.number],
      [up('Date d’émission'), date(inv, inv.date)],
      [up(inv.avoir ? 'Facture d’origine' : 'Échéance'), inv.avoir ? `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : fmtDate(inv.due, 'slash')],
      [up('N° client'), inv.account],
    ];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => `<tr><td>${rate(v.rate)}</td><td class="r">${plainMoney(inv, v.base)}</td><td class="r">${plainMoney(inv, v.amount)}</td></tr>`).join('');
    const totals = [['Total HT', inv.ht], ...[...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC', inv.ttc, true]];
    if (!inv.avoir) totals.push([x.pick(['Montant dû', 'Net à payer', 'Reste dû']), inv.net, true]);
    const counters = inv.avoir ? '' : `<h3>Relevé des compteurs – ${esc(inv.period.name)} (pour information)</h3><table class="cnt"><tr><th>Site</th><th>N° de série</th><th class="r">Index au ${fmtDate(inv.period.from, 'slash')}</th><th class="r">Index au ${fmtDate(inv.period.to, 'slash')}</th><th class="r">Boissons servies</th></tr>${inv.machines.map((m) => `<tr><td>${esc(m.site)}</td><td>${esc(m.serial)}</td><td class="r">${String(m.from).padStart(7, '0')}</td><td class="r">${String(m.to).padStart(7, '0')}</td><td class="r">${frNumber(m.cups)}</td></tr>`).join('')}</table>`;
    const fee = inv.publicSales ? `<p class="info">Distributeurs en libre-service ouverts au public : ventes encaissées ${money(inv, inv.publicSales.sales)} TTC sur la période ; redevance d’occupation due à la collectivité (${inv.publicSales.pct} %) : ${money(inv, inv.publicSales.fee)}, reversée par virement séparé – non déduite de la présente facture.</p>` : '';
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 16pt; font-weight: bold; color: ${accent}; } .co { color: #555; font-size: 7.8pt; }
      .card { border: 1px solid #ddd; border-radius: 2mm; padding: 2.5mm 4mm; width: 70mm; } .card h1 { margin: 0 0 2mm; font-size: 15pt; color: ${accent}; }
      .card .k { font-size: 6.8pt; color: #888; margin-top: 1.6mm; } .card .v { font-size: 9.6pt; font-weight: bold; }
      .parties { display: flex; gap: 12mm; margin-top: 6mm; } .parties .h { font-size: 7pt; color: #888; text-transform: uppercase; margin-bottom: 1mm; }
      .items { margin-top: 5mm; } .items th { text-align: left; border-bottom: 1.5px solid ${accent}; padding: 1.2mm; font-size: 7.6pt; color: #555; } .items td { padding: 1.2mm; border-bottom: 1px solid #eee; }
      .below { display: flex; justify-content: space-between; margin-top: 4mm; } .vat { width: 72mm; } .vat td, .vat th { border: 1px solid #ddd; padding: 0.8mm 1.5mm; font-size: 7.6pt; }
      .tot { width: 80mm; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 9.6pt; border-top: 1.5px solid #333; }
      h3 { font-size: 8.4pt; margin: 5mm 0 1mm; } .cnt td, .cnt th { padding: 0.8mm 1.2mm; border-bottom: 1px solid #eee; font-size: 7.4pt; text-align: left; }
      .info { font-size: 7.6pt; color: #444; margin-top: 2mm; } .pay { margin-top: 4mm; padding: 2mm 3mm; background: #f6f6f6; } .legal { font-size: 6.6pt; color: #666; margin-top: 5mm; text-align: center; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
      <div class="card"><h1>${inv.avoir ? 'Avoir' : 'Facture'}</h1>${card.map(([k, v]) => `<div class="k">${esc(k)}</div><div class="v">${esc(v)}</div>`).join('')}</div></div>
     <div class="parties"><div><div class="h">Adressé à</div>${htmlLines(buyerTexts(inv, x))}</div>${shown.length ? `<div><div class="h">Vos références</div>${shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}<div>Contrat : ${esc(inv.contract)}</div></div>` : `<div><div class="h">Contrat</div><div>${esc(inv.contract)}</div></div>`}</div>
     <p style="margin-top:4mm"><b>${esc(inv.avoir ? `Avoir sur notre facture ${inv.origin.number}` : `Mise à disposition de distributeurs et fourniture de consommables – ${inv.period.name}`)}</b></p>
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>${rows}</table>
     <div class="below"><table class="vat"><tr><th>Taux</th><th class="r">Base HT</th><th class="r">Montant TVA</th></tr>${vat}</table>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     ${counters}${fee}
     <div class="pay">${inv.avoir ? 'Cet avoir sera imputé sur votre prochaine facture.' : `${inv.print.iban ? `Règlement par virement – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : 'Règlement par mandat administratif'} – référence de paiement : <b>${esc(inv.number)}</b>`}</div>
     <p class="info">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. A hotel's invoice for a hosted delegation: a hotel system's folio, bilingual on half, tourist tax outside VAT. ———
const DELEGATIONS = ['Coventry (Royaume-Uni)', 'Wuppertal (Allemagne)', 'Katowice (Pologne)', 'Des Moines (États-Unis)', 'Lüdenscheid (Allemagne)', 'Nový Jičín (Tchéquie)', 'Granby (Canada)'];
const hotel = {
  name: 'l-hotel-delegation',
  family: 'hotel-delegation-folio-tourist-tax-outside-vat-bilingual',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('l-hotel-delegation', i, { cityProb: 0.4, engagementProb: 0.65, trades: ['food'], numbers: ['plain', 'compact', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ej'], marketProb: 0.2, serviceProb: 0.45, dateStyles: ['slash', 'short', 'long'], rates: [[1000, 2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'hotel');
    renameSupplier(inv, x.pick(['Hôtel du Grand Cercle', 'Hôtel Terminus Châteaucreux', 'Hôtel des Arts', 'Hôtel Le Relais du Pilat']), 'SAS');
    inv.supplier.ape = '5510Z';
    inv.supplier.address = [`${x.int(1, 60)} ${x.pick(['avenue Denfert-Rochereau', 'rue de la Résistance', 'place Jean Jaurès', 'cours Fauriel', 'rue Gambetta'])}`, x.pick(['42000 Saint-Étienne', '42100 Saint-Étienne'])];
    inv.stars = x.pick(['***', '****']);
    municipalBuyer(inv, x, 'protocol', 0.85);
    localReferences(inv, x);
    maybeRelabel27(inv, x);
    notInFuture(inv);
    inv.bilingual = x.chance(0.5);
    inv.delegation = x.pick(DELEGATIONS);
    inv.nights = x.pick([1, 2, 2, 3, 4]);
    inv.departure = addDays(inv.date, -x.int(0, 12));
    inv.arrival = addDays(inv.departure, -inv.nights);
    inv.confirmation = seven(x);
    inv.room = `${x.int(1, 5)}${String(x.int(1, 30)).padStart(2, '0')}`;
    const singles = x.int(2, 9);
    const doubles = x.chance(0.5) ? x.int(1, 4) : 0;
    inv.guests = singles + doubles * 2;
    const n = inv.nights;
    inv.lines = [
      { day: inv.arrival, label: `Chambre individuelle – ${singles} ch. × ${n} nuit${n > 1 ? 's' : ''}`, qty: singles * n, unit: x.int(89, 139) * 100, rate: 1000 },
    ];
    if (doubles) inv.lines.push({ day: inv.arrival, label: `Chambre double (2 pers.) – ${doubles} ch. × ${n} nuit${n > 1 ? 's' : ''}`, qty: doubles * n, unit: x.int(109, 169) * 100, rate: 1000 });
    inv.lines.push({ day: addDays(inv.arrival, 1), label: 'Petit-déjeuner buffet', qty: inv.guests * n, unit: x.int(12, 19) * 100, rate: 1000 });
    if (x.chance(0.7)) inv.lines.push({ day: inv.arrival, label: 'Dîner de bienvenue – menu 3 plats (hors boissons)', qty: inv.guests + x.int(1, 4), unit: x.int(29, 45) * 100, rate: 1000 });
    if (x.chance(0.6)) inv.lines.push({ day: inv.arrival, label: 'Boissons alcoolisées (vins de Côte-Roannaise, apéritif)', qty: 1, unit: x.int(90, 340) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ day: addDays(inv.arrival, 1), label: 'Salle de réunion « Fauriel » ½ journée, vidéoprojecteur et pause-café', qty: 1, unit: x.int(180, 420) * 100, rate: 2000 });
    const tax = x.pick([110, 154, 165, 198]);
    inv.lines.push({ day: inv.departure, label: `Taxe de séjour (${inv.guests} pers. × ${n} nuit${n > 1 ? 's' : ''} × ${frNumber(tax / 100, 2)} €)`, qty: inv.guests * n, unit: tax, rate: 0, outside: true });
    priceLines(inv, [1000, 2000, 0]);
    inv.paid = i % 2 === 0 ? deductDeposit(inv, x, x.pick([20, 30]), addDays(inv.arrival, -x.int(15, 45))) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre hébergement n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service protocole (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const d = (v) => date(inv, v);
    const ident = [
      [L('Facture n°', 'Invoice no.'), inv.number],
      [L('Date', 'Date'), d(inv.date)],
      [L('N° de confirmation', 'Confirmation no.'), inv.confirmation],
      [L('Arrivée', 'Arrival'), fmtDate(inv.arrival, 'slash')],
      [L('Départ', 'Departure'), fmtDate(inv.departure, 'slash')],
      [L('Chambre maître', 'Master room'), inv.room],
      ...shown,
    ];
    const { outside, taxed } = splitOutside(inv);
    const rows = inv.lines.map((l) => `<tr><td>${fmtDate(l.day, 'slash')}</td><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${l.outside ? '–' : rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const vat = [...inv.vat].sort((a, b) => b.rate - a.rate).map((v) => `<tr><td>${v.rate ? rate(v.rate) : esc(L('Non soumis', 'No VAT'))}</td><td class="r">${plainMoney(inv, v.base)}</td><td class="r">${plainMoney(inv, v.amount)}</td><td class="r">${plainMoney(inv, v.base + v.amount)}</td></tr>`).join('');
    const totals = [[L('Prestations HT', 'Services excl. VAT'), taxed], [L('Taxe de séjour (hors TVA)', 'City tax (no VAT)'), outside], [L('Total HT', 'Total excl. VAT'), inv.ht], [L('Total TVA', 'Total VAT'), inv.tva], [L('Total TTC', 'Total incl. VAT'), inv.ttc, !inv.paid]];
    if (inv.paid) totals.push([`${L('Arrhes versées le', 'Deposit paid on')} ${fmtDate(inv.paid.date, 'slash')} (${L('facture', 'invoice')} ${inv.paid.number})`, -inv.paid.amount], [L('Solde dû', 'Balance due'), inv.net, true]);
    const font = x.pick(['Liberation Serif', 'DejaVu Serif', 'Liberation Sans']);
    return htmlPage(`body { font-family: '${font}'; font-size: 8.4pt; }
      .hd { text-align: center; border-bottom: 1px solid #999; padding-bottom: 2mm; } .hd .n { font-size: 17pt; letter-spacing: 1pt; } .hd .st { color: #b8860b; } .hd .a { font-size: 7.6pt; color: #555; }
      .row { display: flex; justify-content: space-between; margin-top: 6mm; } .buyer { width: 85mm; } .buyer .h { font-size: 7pt; color: #777; }
      .id td { padding: 0.6mm 1.5mm; font-size: 8pt; } .id .k { color: #555; text-align: right; } .id .v { font-weight: bold; }
      h1 { font-size: 13pt; margin: 5mm 0 1mm; font-weight: normal; letter-spacing: 2pt; } .grp { font-size: 8.6pt; margin-bottom: 3mm; }
      .items th { border-top: 1px solid #333; border-bottom: 1px solid #333; padding: 1mm; text-align: left; font-size: 7.6pt; } .items td { padding: 0.9mm 1mm; }
      .below { display: flex; justify-content: space-between; margin-top: 4mm; border-top: 1px solid #333; padding-top: 2mm; }
      .vat { width: 84mm; } .vat td, .vat th { padding: 0.6mm 1.2mm; font-size: 7.4pt; border-bottom: 1px solid #ddd; text-align: left; }
      .tot { width: 88mm; } .tot td { padding: 0.8mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 9.4pt; border-top: 1px solid #333; }
      .foot { font-size: 6.6pt; color: #555; text-align: center; margin-top: 6mm; }`,
    `<div class="hd"><div class="n">${esc(s.name.toUpperCase())} <span class="st">${inv.stars}</span></div><div class="a">${esc(supplierTexts(inv, x, { phone: true }).slice(1).join(' – '))}</div></div>
     <div class="row"><div class="buyer"><div class="h">${esc(L('Facturé à', 'Bill to'))}</div>${htmlLines(buyerTexts(inv, x))}</div>
      <table class="id" style="width:88mm">${ident.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td class="v">${esc(v)}</td></tr>`).join('')}</table></div>
     <h1>${esc(L('FACTURE', 'INVOICE'))}</h1>
     <div class="grp">${esc(L('Groupe', 'Group'))} : ${esc(`Délégation de ${inv.delegation}`)} – ${inv.guests} ${esc(L('personnes', 'guests'))}</div>
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>Date</th><th>${esc(L('Désignation', 'Description'))}</th><th class="r">${esc(L('Qté', 'Qty'))}</th><th class="r">${esc(L('P.U. HT', 'Unit price'))}</th><th class="r">${esc(L('TVA', 'VAT'))}</th><th class="r">${esc(L('Montant HT', 'Amount'))}</th></tr>${rows}</table>
     <div class="below"><table class="vat"><tr><th>${esc(L('Taux', 'Rate'))}</th><th class="r">HT</th><th class="r">TVA</th><th class="r">TTC</th></tr>${vat}</table>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <p>${esc(L('Taxe de séjour perçue pour le compte de la collectivité, non soumise à la TVA.', 'City tax collected on behalf of the municipality, not subject to VAT.'))}</p>
     <p>${inv.print.iban ? `${esc(L('Règlement par virement', 'Payment by bank transfer'))} – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : esc(L('Règlement par mandat administratif à 30 jours.', 'Payment by administrative mandate within 30 days.'))}</p>
     <p style="font-size:7pt">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(`Hôtel ${inv.stars.length} étoiles – `)}${esc(legalLine(inv))}</div>`, '12mm 14mm 14mm 14mm');
  },
};

export default [cafe, hotel];

// Blind-23 layout written for Chromium (see ../../README.md): a fuel-card issuer's monthly statement-invoice for a public
// body's fleet, as a large company's billing system prints it: the customer account of seven digits, the customer
// area's login reference and the card contract in a box, the previous balance and the payment received printed for
// information, then a section per card (masked card number, plate, service) with every fill-up — date, time, station,
// product, odometer, litres with two decimals, price per litre before VAT with four decimals —, the card fees, a
// contractual rebate per litre on some as a negative line, a VAT summary, and a remittance slip to detach at the foot
// with the account, the invoice, the amount and a payment reference; a long month runs onto a second page.
import { addDays, esc, fmtDate, pad } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { plate } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { accountNumber, litres, litreTotal, maskedCard, maybeRelabel23, price4, slipReference } from '../../lib/blind23.mjs';

const STATIONS = ['Relais Saint-Étienne Bergson', 'Station Andrézieux ZI Sud', 'Relais A72 Aire de Saint-Romain', 'Station Firminy Centre', 'Relais Roche-la-Molière', 'Station Montbrison Route de Lyon', 'Relais A47 Rive-de-Gier', 'Station Saint-Chamond Izieux'];
const PRODUCTS = [['Gazole B7', 14050, 15400], ['Gazole B7', 14050, 15400], ['SP95-E10', 14600, 16100], ['AdBlue vrac', 6900, 8900], ['Gazole HVO100', 15600, 16900]];
const SERVICES = ['Espaces verts', 'Voirie', 'Propreté urbaine', 'Police municipale', 'Bâtiments', 'Pool de véhicules', 'Sports', 'Cuisine centrale'];
const MODELS = ['Renault Kangoo', 'Peugeot Partner', 'Renault Master', 'Citroën Jumper', 'Dacia Duster', 'Iveco Daily benne', 'Peugeot 308 SW', 'Toyota Hilux'];

const carburant = {
  name: 'd-cartes-carburant',
  family: 'fuel-cards-monthly-statement-slip',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('d-cartes-carburant', i, { cityProb: 0.6, engagementProb: 0.7, trades: ['services'], numbers: ['plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.6, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.9, ibanProb: 0.95 });
    const x = extraRng(inv, 'fuel');
    renameSupplier(inv, x.pick(['Carbulis Flottes', 'Energis Card Services', 'PétroCarte Entreprises', 'Flotéo Énergies']), 'SAS');
    inv.supplier.ape = '4671Z';
    inv.supplier.capital = x.pick([8_500_000, 42_000_000, 125_000_000]);
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel23(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 5) });
    inv.month = previousMonth(inv.date);
    inv.number = `FC${pad(inv.date.y % 100)}${pad(inv.date.m)}-${x.digits(6)}`;
    inv.due = addDays(inv.date, x.pick([20, 30]));
    inv.account = accountNumber(x);
    inv.area = `${x.pick(['ECL', 'WEB', 'EC'])}-${x.digits(6)}`;
    inv.contract = `00${x.digits(8)}`;
    inv.previous = x.int(40000, 380000);
    inv.paidOn = addDays(inv.month.from, x.int(5, 20));
    const issuer = x.pick(['7002 51', '7077 12', '7890 40']);
    const cardCount = x.pick([2, 3, 3, 4, 5, 7]);
    inv.cards = Array.from({ length: cardCount }, (_, k) => {
      const product = x.chance(0.85) ? PRODUCTS[k % 2] : PRODUCTS[2];
      let km = x.int(8000, 160000);
      const fills = Array.from({ length: x.int(1, 5) }, (_, n) => {
        km += x.int(150, 900);
        const p = n === 2 && product[0].startsWith('Gazole') && x.chance(0.5) ? PRODUCTS[3] : product;
        const cl = p[0].startsWith('AdBlue') ? x.int(500, 2000) : x.int(1800, 8800);
        const unit = x.int(p[1], p[2]);
        return { day: addDays(inv.month.from, Math.min(inv.month.days - 1, n * 7 + x.int(0, 6))), time: `${pad(x.int(6, 19))}:${pad(x.int(0, 59))}`, station: x.pick(STATIONS), product: p[0], km, cl, unit, total: litreTotal(cl, unit), ticket: x.digits(6) };
      });
      return { card: maskedCard(x, issuer), plate: plate(x), model: x.pick(MODELS), service: SERVICES[(i + k) % SERVICES.length], fills };
    });
    inv.lines = inv.cards.flatMap((c) => c.fills.map((f) => ({ label: `${f.product} – ${f.station}`, qty: f.cl / 100, unit: f.unit, total: f.total, rate: 2000 })));
    inv.fee = { qty: cardCount, unit: x.pick([250, 300, 350, 400]) };
    inv.lines.push({ label: 'Frais de gestion carte (par carte et par mois)', qty: inv.fee.qty, unit: inv.fee.unit, rate: 2000 });
    inv.litres = inv.cards.flatMap((c) => c.fills).filter((f) => !f.product.startsWith('AdBlue')).reduce((s, f) => s + f.cl, 0);
    if (x.chance(0.5)) {
      inv.rebate = x.pick([150, 200, 250, 300]);
      inv.lines.push({ label: 'Remise contractuelle carburant', qty: 1, unit: 0, total: -litreTotal(inv.litres, inv.rebate), rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fourniture de carburant par cartes n°', 'Accord-cadre n°'], service: ['Code service', 'Centre de coût (code service)', 'Service'] });
    const accent = x.pick(['#c62828', '#0d47a1', '#2e7d32']);
    const d = (v) => date(inv, v);
    const ident = [
      ['Votre compte client', inv.account],
      [x.pick(['Référence espace client', 'Identifiant espace client']), inv.area],
      ['Contrat cartes n°', inv.contract],
      ['Période de facturation', `du ${fmtDate(inv.month.from, 'slash')} au ${fmtDate(inv.month.to, 'slash')}`],
      ...refs,
    ];
    const cardHtml = inv.cards.map((c) => {
      const sub = c.fills.reduce((t, f) => t + f.total, 0);
      const rows = c.fills.map((f) => `<tr><td>${fmtDate(f.day, 'slash')}</td><td>${f.time}</td><td>${esc(f.station)}</td><td>${esc(f.product)}</td><td class="r">${frNumber(f.km)}</td><td class="r">${litres(f.cl)}</td><td class="r">${price4(f.unit)}</td><td class="r">${plainMoney(inv, f.total)}</td></tr>`).join('');
      return `<div class="card"><div class="ch">Carte ${esc(c.card)} – ${esc(c.plate)} – ${esc(c.model)} – ${esc(c.service)}</div>
        <table class="tx"><tr><th>Date</th><th>Heure</th><th>Station</th><th>Produit</th><th class="r">Km saisi</th><th class="r">Quantité (L)</th><th class="r">PU HT €/L</th><th class="r">Montant HT</th></tr>${rows}
        <tr class="st"><td colspan="7">Sous-total carte ${esc(c.card.slice(-4))}</td><td class="r">${plainMoney(inv, sub)}</td></tr></table></div>`;
    }).join('');
    const feeTotal = inv.fee.qty * inv.fee.unit;
    const rebateLine = inv.rebate ? inv.lines[inv.lines.length - 1] : null;
    const summary = [['Carburants et produits', inv.lines.slice(0, -1 - (rebateLine ? 1 : 0)).reduce((t, l) => t + l.total, 0)], [`Frais de gestion : ${inv.fee.qty} cartes × ${plainMoney(inv, inv.fee.unit)}`, feeTotal]];
    if (rebateLine) summary.push([`Remise contractuelle : ${price4(inv.rebate)} €/L sur ${litres(inv.litres)} L`, rebateLine.total]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], ['TVA 20 %', inv.tva], [x.pick(['Total TTC', 'Montant TTC de la facture']), inv.ttc, true]];
    const reference = slipReference(inv.account, inv.number);
    const amountBox = `<div class="amount"><div>${x.pick(['Montant à payer', 'Montant de votre facture'])}</div><div class="big">${money(inv, inv.net)}</div><div>à régler avant le ${fmtDate(inv.due, 'slash')}</div></div>`;
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.2pt; }
      .band { background: ${accent}; color: #fff; padding: 3mm 4mm; display: flex; justify-content: space-between; align-items: center; } .band .n { font-size: 16pt; font-weight: bold; }
      .head { display: flex; justify-content: space-between; margin-top: 4mm; } .ident td { padding: 0.6mm 2mm 0.6mm 0; } .ident td:first-child { color: #555; }
      .buyer { width: 78mm; margin-top: 6mm; font-size: 9pt; }
      .amount { border: 2px solid ${accent}; padding: 2mm 3mm; width: 62mm; text-align: center; margin-top: 3mm; } .amount .big { font-size: 15pt; font-weight: bold; color: ${accent}; }
      .bal { margin-top: 3mm; width: 110mm; font-size: 7.6pt; color: #444; } .bal td { padding: 0.4mm 1mm; }
      h3 { font-size: 9.4pt; margin: 5mm 0 1mm; color: ${accent}; }
      .card { margin-top: 2.5mm; break-inside: avoid; } .ch { font-weight: bold; background: #f1f1f1; padding: 1mm 1.5mm; }
      .tx { font-size: 7.2pt; } .tx th { text-align: left; border-bottom: 1px solid #999; padding: 0.6mm 1mm; font-weight: normal; color: #555; } .tx td { padding: 0.5mm 1mm; border-bottom: 1px solid #eee; } .tx .st td { font-weight: bold; border-bottom: none; }
      .sum { width: 120mm; margin-top: 3mm; } .sum td { padding: 0.7mm 1mm; border-bottom: 1px solid #eee; }
      .low { display: flex; justify-content: space-between; margin-top: 3mm; break-inside: avoid; } .vat td, .vat th { border: 1px solid #bbb; padding: 0.8mm 1.5mm; font-size: 7.6pt; }
      .tot { width: 76mm; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; border-top: 1.5px solid #333; font-size: 9.4pt; }
      .legal { font-size: 6.6pt; color: #555; margin-top: 3mm; }
      .slip { margin-top: 6mm; border-top: 1.5px dashed #555; padding-top: 2mm; break-inside: avoid; } .slip .t { font-weight: bold; font-size: 8.6pt; } .slip table td { padding: 0.8mm 2mm; border: 1px solid #999; font-size: 8pt; } .ocr { font-family: 'Liberation Mono'; font-size: 9pt; letter-spacing: 0.6pt; margin-top: 2mm; }`,
    `<div class="band"><div><div class="n">${esc(s.name)}</div><div>Cartes carburant et services aux flottes</div></div><div style="text-align:right"><div style="font-size:12pt;font-weight:bold">${x.pick(['Relevé-facture', 'Facture mensuelle', 'Facture'])}</div><div>N° ${esc(inv.number)}</div></div></div>
     <div class="head"><div><table class="ident"><tr><td>Facture n°</td><td><b>${esc(inv.number)}</b></td></tr><tr><td>${x.pick(['Date de facture', 'Date d’émission', 'Émise le'])}</td><td>${esc(d(inv.date))}</td></tr>${ident.map(([k, v]) => `<tr><td>${esc(k)}</td><td><b>${esc(v)}</b></td></tr>`).join('')}</table>${amountBox}</div>
       <div class="buyer">${buyerTexts(inv, x).map((t, k) => `<div>${k === 0 ? `<b>${esc(t)}</b>` : esc(t)}</div>`).join('')}</div></div>
     <table class="bal"><tr><td>Solde de votre précédente facture</td><td class="r">${money(inv, inv.previous)}</td><td>Règlement reçu le ${fmtDate(inv.paidOn, 'slash')}, merci</td><td class="r">${money(inv, -inv.previous)}</td></tr></table>
     <h3>Récapitulatif de la période</h3>
     <table class="sum">${summary.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <div class="low"><table class="vat" style="width:92mm"><tr><th>Taux TVA</th><th class="r">Base HT</th><th class="r">Montant TVA</th></tr><tr><td>20,00 %</td><td class="r">${plainMoney(inv, inv.ht)}</td><td class="r">${plainMoney(inv, inv.tva)}</td></tr></table>
       <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <h3>Détail des transactions par carte</h3>
     ${cardHtml}
     <p style="margin-top:4mm">${inv.print.iban ? `Règlement par virement à l’ordre de ${esc(s.name)} – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)} – en rappelant la référence de paiement ${esc(reference)}.` : 'Règlement par mandat administratif.'}</p>
     <p class="legal">Prix à la pompe convertis hors taxes, TICPE incluse. Conditions de règlement : ${fmtDate(inv.due, 'slash')}. ${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</p>
     <div class="slip"><div class="t">✂ Talon de paiement – à détacher et à joindre à votre règlement</div>
       <table style="margin-top:1.5mm"><tr><td>Compte client</td><td><b>${esc(inv.account)}</b></td><td>Facture</td><td><b>${esc(inv.number)}</b></td></tr><tr><td>Date limite</td><td>${fmtDate(inv.due, 'slash')}</td><td>Montant à payer</td><td><b>${money(inv, inv.net)}</b></td></tr><tr><td>Référence de paiement</td><td colspan="3">${esc(reference)}</td></tr></table>
       <div class="ocr">${esc(`${inv.account}  ${inv.number.replace(/\D/g, '')}  ${String(inv.net).padStart(10, '0')}  ${reference.slice(-2)}`)}</div></div>`, '10mm 12mm 12mm 12mm');
  },
};

export default [carburant];

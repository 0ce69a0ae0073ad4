// Blind-2 layouts printed by a browser engine (see ../../README.md): a subscription-billing service (« Montant dû »,
// the VAT base inside its label, the amount due repeated in the footer), a SaaS that prints TTC first and HT last, a
// service whose lines carry their own VAT and TTC, a landscape « gestion commerciale » with discounts per line, and a
// three-page invoice whose header and footer repeat on every page, with subtotals carried from page to page.
import { esc } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, recompute, references, siret } from '../../lib/invoice.mjs';

const lines = (list) => list.filter(Boolean).map((line) => `<div>${esc(line)}</div>`).join('');
const buyerAddress = (inv) => [inv.buyer.name, ...inv.buyer.lines];
const rateShort = (r) => `${String(r / 100).replace('.', ',')} %`;

const subscription = {
  name: 'abonnement-saas',
  family: 'subscription-billing',
  producers: ['chromium'],
  count: 6,
  make: (i) => makeInvoice('abonnement-saas', i, { trades: ['services'], numbers: ['stripe'], lines: [1, 3], engagementProb: 0.6, engagementLabels: ['ej', 'engagementJuridiqueNo', 'numeroBonCommande'], dateStyles: ['long'], rates: [[2000]], depositPct: [0, 0, 0, 10], groups: ['narrow'], currencyGap: 1, serviceProb: 0.4, marketProb: 0.2 }),
  html(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const period = (k) => {
      const start = { y: inv.date.y, m: inv.date.m, d: 1 };
      return k % 2 === 0 ? `${date(inv, start)} – ${date(inv, inv.due)}` : 'Frais uniques';
    };
    // Custom fields of the billing service: shown under the dates, label then value.
    const custom = references(inv).map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('');
    const rows = inv.lines.map((l, k) => `<tr><td>${esc(l.label)}<div class="sub">${esc(period(k))}</div></td><td class="r">${qty(l.qty)}</td><td class="r">${money(inv, l.unit)}</td><td class="r">${rateShort(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const v = inv.vat[0];
    const credit = inv.deposit ? `<tr><td>${esc(x.pick(['Solde créditeur appliqué', 'Crédit client appliqué']))}</td><td class="r">−${money(inv, inv.deposit)}</td></tr>` : '';
    const dueLabel = x.pick(['dus le', 'à régler avant le', 'dus le']);
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 16mm 16mm 22mm 16mm; } body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #1a1f36; }
      h1 { font-size: 17pt; font-weight: bold; margin: 0 0 10px; } table { border-collapse: collapse; } .r { text-align: right; white-space: nowrap; }
      .meta td { padding: 1px 18px 1px 0; } .k { color: #555; } .parties { display: flex; gap: 40px; margin: 18px 0; } .parties div.col { width: 45%; }
      .due { font-size: 14pt; font-weight: bold; margin: 14px 0 4px; } .pay { color: #635bff; margin-bottom: 16px; }
      .items { width: 100%; } .items th { text-align: left; font-weight: normal; color: #555; border-bottom: 1px solid #1a1f36; padding: 4px 2px; font-size: 7.5pt; } .items th.r { text-align: right; }
      .items td { padding: 6px 2px; border-bottom: 1px solid #e3e8ee; vertical-align: top; } .sub { color: #697386; font-size: 7.5pt; }
      .tot { margin: 8px 0 0 auto; width: 96mm; } .tot td { padding: 4px 2px; border-top: 1px solid #e3e8ee; } .tot tr.b td { font-weight: bold; }
      .foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7pt; color: #697386; display: flex; justify-content: space-between; border-top: 1px solid #e3e8ee; padding-top: 3px; }
      .legal { font-size: 6.5pt; color: #697386; margin-top: 18px; }
    </style></head><body>
      <h1>Facture</h1>
      <table class="meta"><tr><td class="k">Numéro de facture</td><td>${esc(inv.number)}</td></tr><tr><td class="k">Date d’émission</td><td>${date(inv, inv.date)}</td></tr><tr><td class="k">Date d’échéance</td><td>${date(inv, inv.due)}</td></tr>${custom}</table>
      <div class="parties"><div class="col"><b>${esc(s.name)}</b>${lines(s.address)}${lines([s.email, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `TVA ${s.vat}`])}</div>
        <div class="col"><b>Facturer à</b>${lines(buyerAddress(inv))}${inv.print.buyerSiret ? `<div>SIRET ${siret(inv, inv.buyer.siret)}</div>` : ''}</div></div>
      <div class="due">${money(inv, inv.net)} ${dueLabel} ${date(inv, inv.due)}</div>
      <div class="pay">Payer en ligne</div>
      <table class="items"><tr><th>Description</th><th class="r">Qté</th><th class="r">Prix unitaire</th><th class="r">Taxe</th><th class="r">Montant</th></tr>${rows}</table>
      <table class="tot"><tr><td>Sous-total</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>Total hors taxes</td><td class="r">${money(inv, inv.ht)}</td></tr>
        <tr><td>TVA - France (${rateShort(v.rate)} sur ${money(inv, v.base)})</td><td class="r">${money(inv, v.amount)}</td></tr>
        <tr><td>Total</td><td class="r">${money(inv, inv.ttc)}</td></tr>${credit}<tr class="b"><td>Montant dû</td><td class="r">${money(inv, inv.net)}</td></tr></table>
      ${inv.print.iban ? `<p>Virement bancaire : IBAN ${iban(inv)} · BIC ${s.bic} · Référence ${esc(inv.number)}</p>` : '<p>Paiement par carte bancaire ou mandat administratif.</p>'}
      <div class="legal">${esc(legalLine(inv, { siretLabel: 'Siret' }))}</div>
      <div class="foot"><span>${esc(inv.number)} · ${money(inv, inv.net)} ${dueLabel} ${date(inv, inv.due)}</span><span>Page 1 sur 1</span></div>
    </body></html>`;
  },
};

const ttcFirst = {
  name: 'ttc-first',
  family: 'ttc-first',
  producers: ['chromium'],
  count: 6,
  make: (i) => makeInvoice('ttc-first', i, { numbers: ['hash', 'plain', 'pennylane'], lines: [1, 5], engagementProb: 0.55, engagementLabels: ['bdc', 'ejNo', 'engagementChorus'], dateStyles: ['slash', 'dots', 'long'], rates: [[2000], [1000], [2000, 1000], [2000, 550]], depositPct: [0, 0, 30], groups: ['space', 'nbsp', 'dot'], rcsProb: 0.5 }),
  html(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const ttcLabel = x.pick(['Total TTC', 'Montant TTC', 'Total T.T.C.']);
    const dueLabel = inv.deposit ? x.pick(['Reste dû', 'Reste à payer', 'Montant dû']) : x.pick(['À payer', 'Montant à régler', 'Montant dû']);
    const refs = references(inv).map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    // TTC first, then the VAT « dont », then HT: the order of a receipt, not of an accounting report.
    const totals = [
      `<tr class="big"><td>${ttcLabel}</td><td class="r">${money(inv, inv.ttc)}</td></tr>`,
      ...inv.vat.map((v) => `<tr><td>dont TVA ${rate(v.rate)}</td><td class="r">${money(inv, v.amount)}</td></tr>`),
      `<tr><td>${x.pick(['Total HT', 'Montant HT', 'Total hors taxes'])}</td><td class="r">${money(inv, inv.ht)}</td></tr>`,
      inv.deposit ? `<tr><td>Acompte versé le ${date(inv, inv.previousDeposit)}</td><td class="r">- ${money(inv, inv.deposit)}</td></tr><tr class="big"><td>${dueLabel}</td><td class="r">${money(inv, inv.net)}</td></tr>` : '',
    ].join('');
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 14mm 15mm 20mm 15mm; } body { font-family: 'Liberation Sans'; font-size: 9pt; color: #222; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .brand { font-size: 15pt; font-weight: bold; color: #0b7a75; }
      .cards { display: flex; gap: 8px; margin: 14px 0; } .card { flex: 1; background: #eef7f6; border-radius: 6px; padding: 8px 10px; } .card .l { font-size: 7.5pt; color: #0b7a75; text-transform: uppercase; } .card .v { font-size: 12pt; font-weight: bold; }
      .parties { display: flex; justify-content: space-between; } .parties > div { width: 46%; } .h { font-size: 7.5pt; color: #777; text-transform: uppercase; margin-bottom: 2px; }
      table { border-collapse: collapse; } .r { text-align: right; white-space: nowrap; } .items { width: 100%; margin-top: 12px; } .items th { background: #0b7a75; color: #fff; text-align: left; padding: 4px; font-weight: normal; } .items th.r { text-align: right; } .items td { padding: 4px; border-bottom: 1px solid #ddd; }
      .tot { margin: 10px 0 0 auto; width: 85mm; } .tot td { padding: 3px 4px; } .tot .big td { font-size: 11pt; font-weight: bold; }
      .foot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 6.5pt; color: #666; }
    </style></head><body>
      <div class="top"><div><div class="brand">${esc(s.name)}</div>${lines([s.tagline ?? s.web])}</div><div style="text-align:right"><div style="font-size:13pt">Facture n° ${esc(inv.number)}</div></div></div>
      <div class="cards"><div class="card"><div class="l">${esc(dueLabel)}</div><div class="v">${money(inv, inv.net)}</div></div><div class="card"><div class="l">Échéance</div><div class="v">${date(inv, inv.due)}</div></div><div class="card"><div class="l">Date d’émission</div><div class="v">${date(inv, inv.date)}</div></div></div>
      <div class="parties"><div><div class="h">Émetteur</div><b>${esc(s.name)}</b>${lines(s.address)}${lines([s.email, inv.print.supplierSiret ? `SIRET : ${siret(inv)}` : null])}</div>
        <div><div class="h">Destinataire</div><b>${esc(inv.buyer.name)}</b>${lines(inv.buyer.lines)}${inv.print.buyerSiret ? `<div>SIRET : ${siret(inv, inv.buyer.siret)}</div>` : ''}</div></div>
      <div style="margin-top:10px">${refs}<div>Date de la prestation : ${date(inv, inv.delivery)}</div></div>
      <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>${rows}</table>
      <table class="tot">${totals}</table>
      ${inv.print.iban ? `<p>Coordonnées bancaires — IBAN : ${iban(inv)} — BIC : ${s.bic}</p>` : '<p>Règlement par chèque à l’ordre de ' + esc(s.name) + '.</p>'}
      <div class="foot">${esc(legalLine(inv))}</div>
    </body></html>`;
  },
};

/** Whole-euro prices and whole quantities: the VAT of each line then adds up exactly to the VAT of its rate. */
function wholeEuroLines(inv) {
  for (const line of inv.lines) {
    line.qty = Math.max(1, Math.ceil(line.qty));
    line.unit = Math.max(100, Math.round(line.unit / 100) * 100);
    line.total = line.qty * line.unit;
  }
  return recompute(inv);
}

const lineTtc = {
  name: 'line-ttc',
  family: 'line-ttc',
  producers: ['chromium'],
  count: 6,
  make: (i) => wholeEuroLines(makeInvoice('line-ttc', i, { trades: ['services', 'food', 'goods'], numbers: ['plain', 'micro', 'year2'], lines: [2, 6], engagementProb: 0.5, engagementLabels: ['engagementJuridiqueNo', 'bdc', 'commandePublique'], dateStyles: ['dots', 'slash'], rates: [[2000], [1000], [2000, 1000]], groups: ['space', 'none'], buyerSiretProb: 0.5 })),
  html(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const unit = () => x.pick(['u.', 'u.', 'forfait', 'pce']);
    const rows = inv.lines.map((l) => {
      const tva = Math.round((l.total * l.rate) / 10000);
      return `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td>${unit()}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rateShort(l.rate)}</td><td class="r">${plainMoney(inv, tva)}</td><td class="r">${plainMoney(inv, l.total + tva)}</td></tr>`;
    }).join('');
    const refs = references(inv).map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('');
    const payLabel = x.pick(['Montant à payer', 'À payer', 'Total à payer']);
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 15mm 15mm 20mm 15mm; } body { font-family: 'Liberation Sans'; font-size: 9pt; color: #233; }
      .top { display: flex; justify-content: space-between; } .paybox { border: 2px solid #e85d2a; padding: 8px 12px; text-align: right; min-width: 58mm; } .paybox .a { font-size: 16pt; font-weight: bold; color: #e85d2a; }
      h1 { font-size: 20pt; margin: 16px 0 6px; font-weight: normal; } table { border-collapse: collapse; } .r { text-align: right; white-space: nowrap; } .k { color: #667; padding-right: 14px; }
      .parties { display: flex; gap: 30px; margin-top: 10px; } .parties > div { width: 48%; }
      .items { width: 100%; margin-top: 14px; font-size: 8.5pt; } .items th { border-bottom: 2px solid #233; text-align: left; padding: 3px; } .items th.r { text-align: right; } .items td { padding: 3px; border-bottom: 1px solid #dde; }
      .tot { margin: 10px 0 0 auto; } .tot td { padding: 2px 6px; } .tot tr.b td { font-weight: bold; border-top: 1px solid #233; }
      .foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 6.5pt; color: #555; text-align: center; }
    </style></head><body>
      <div class="top"><div><b style="font-size:13pt">${esc(s.name)}</b>${lines(s.address)}${lines([s.phone, s.email])}</div>
        <div class="paybox"><div>${esc(payLabel)}</div><div class="a">${money(inv, inv.net)}</div><div>Échéance ${date(inv, inv.due)}</div></div></div>
      <h1>Facture ${esc(inv.number)}</h1>
      <table><tr><td class="k">Date de facture</td><td>${date(inv, inv.date)}</td></tr><tr><td class="k">Référence de paiement</td><td>${esc(inv.number)}</td></tr><tr><td class="k">Votre numéro client</td><td>${esc(inv.clientCode)}</td></tr>${refs}</table>
      <div class="parties"><div><b>Client</b>${lines(buyerAddress(inv))}${inv.print.buyerSiret ? `<div>Siret ${siret(inv, inv.buyer.siret)}</div>` : ''}</div><div></div></div>
      <table class="items"><tr><th>Description</th><th class="r">Qté</th><th>Unité</th><th class="r">Prix unit. HT</th><th class="r">TVA %</th><th class="r">TVA</th><th class="r">Total TTC</th></tr>${rows}</table>
      <table class="tot"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr>${inv.vat.map((v) => `<tr><td>TVA ${rateShort(v.rate)}</td><td class="r">${money(inv, v.amount)}</td></tr>`).join('')}<tr class="b"><td>Total TTC</td><td class="r">${money(inv, inv.ttc)}</td></tr></table>
      ${inv.print.iban ? `<p>Paiement par virement : ${iban(inv)} (BIC ${s.bic})</p>` : '<p>Paiement par chèque ou mandat administratif.</p>'}
      <div class="foot">${esc(legalLine(inv))}</div>
    </body></html>`;
  },
};

const TVA_CODE = { 2000: '1', 1000: '2', 550: '3' };

const landscape = {
  name: 'landscape-remises',
  family: 'landscape',
  producers: ['chromium'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('landscape-remises', i, { trades: ['goods', 'btp', 'books'], numbers: ['sage', 'ciel', 'compact'], lines: [4, 9], engagementProb: 0.6, engagementLabels: ['bdc', 'commande', 'engagementJuridiqueNo', 'vosReferencesBdc'], dateStyles: ['slash', 'slash2'], rates: [[2000], [2000, 550], [2000, 1000, 550]], depositPct: [0, 0, 20], groups: ['space', 'dot', 'none'], rcsProb: 0.7 });
    const x = extraRng(inv, 'remises');
    for (const line of inv.lines) {
      line.remise = x.pick([0, 0, 5, 10, 15, 20]);
      line.net = Math.round((line.unit * (100 - line.remise)) / 100);
      line.total = Math.round(line.qty * line.net);
      line.unitLabel = x.pick(['U', 'U', 'U', 'PCE', 'LOT', 'ENS']);
    }
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.label)}</td><td>${l.unitLabel}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${l.remise ? `${l.remise},00` : ''}</td><td class="r">${plainMoney(inv, l.net)}</td><td class="r">${plainMoney(inv, l.total)}</td><td class="c">${TVA_CODE[l.rate]}</td></tr>`).join('');
    const head = [['N° facture', inv.number], ['Date', date(inv, inv.date)], ['Code client', inv.clientCode], ['Représentant', x.pick(['M. Faure', 'Mme Perrin', 'Agence'])], ['Règlement', inv.print.iban ? 'Virement 30 j' : 'Chèque'], ['Échéance', date(inv, inv.due)]];
    const refs = references(inv, { marketLabel: 'Marché', serviceLabel: 'Service' });
    const recap = inv.vat.map((v) => `<tr><td class="c">${TVA_CODE[v.rate]}</td><td class="r">${rate(v.rate)}</td><td class="r">${plainMoney(inv, v.base)}</td><td class="r">${plainMoney(inv, v.amount)}</td></tr>`).join('');
    const totals = [['Total HT', inv.ht], ['Total TVA', inv.tva], ['Total TTC', inv.ttc], inv.deposit ? ['Acompte reçu', -inv.deposit] : null, [x.pick(['Net à payer', 'NET A PAYER', 'Net à régler']), inv.net]].filter(Boolean);
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4 landscape; margin: 10mm 12mm 16mm 12mm; } body { font-family: 'Liberation Sans Narrow', 'Liberation Sans'; font-size: 9pt; color: #111; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .top > div { width: 32%; } .title { text-align: center; font-size: 22pt; font-weight: bold; letter-spacing: 2px; }
      .buyer { border: 1px solid #444; padding: 6px 8px; } table { border-collapse: collapse; } .r { text-align: right; white-space: nowrap; } .c { text-align: center; }
      .band { width: 100%; margin-top: 8px; } .band th { background: #d9d9d9; border: 1px solid #444; font-weight: normal; font-size: 8pt; padding: 2px; } .band td { border: 1px solid #444; text-align: center; padding: 3px; }
      .items { width: 100%; margin-top: 8px; } .items th { background: #d9d9d9; border: 1px solid #444; font-weight: normal; padding: 3px; } .items td { border-left: 1px solid #444; border-right: 1px solid #444; padding: 2px 4px; } .items tr:last-child td { border-bottom: 1px solid #444; }
      .bottom { display: flex; gap: 10mm; margin-top: 8px; align-items: flex-start; } .box { border: 1px solid #444; padding: 4px 6px; } .recap th, .recap td, .tot td { border: 1px solid #444; padding: 2px 6px; } .recap th { background: #d9d9d9; font-weight: normal; }
      .tot { margin-left: auto; width: 80mm; } .tot tr:last-child td { font-weight: bold; font-size: 10.5pt; }
      .foot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 7pt; color: #444; }
    </style></head><body>
      <div class="top"><div><b style="font-size:12pt">${esc(s.legalName)}</b>${lines(s.address)}${lines([`Tél. ${s.phone}`, s.email, inv.print.supplierSiret ? `Siret : ${siret(inv)}` : null, `N° TVA : ${s.vat}`])}</div>
        <div class="title">FACTURE</div>
        <div class="buyer">${lines(buyerAddress(inv))}${inv.print.buyerSiret ? `<div>Siret : ${siret(inv, inv.buyer.siret)}</div>` : ''}</div></div>
      <table class="band"><tr>${head.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${head.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>
      ${refs.length ? `<table class="band"><tr>${refs.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${refs.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>` : ''}
      <table class="items"><tr><th>Réf.</th><th style="width:36%">Désignation</th><th>U</th><th>Qté</th><th>PU brut HT</th><th>Rem. %</th><th>PU net HT</th><th>Montant HT</th><th>TVA</th></tr>${rows}</table>
      <div class="bottom"><table class="recap"><tr><th>Code</th><th>Taux</th><th>Base HT</th><th>Montant TVA</th></tr>${recap}</table>
        <div class="box" style="width:80mm">Conditions de règlement : ${inv.print.iban ? `virement à 30 jours<br>IBAN ${iban(inv)}<br>BIC ${s.bic}` : 'chèque à réception'}</div>
        <table class="tot">${totals.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
      <div class="foot">${esc(legalLine(inv))}</div>
    </body></html>`;
  },
};

const PAGE_ROWS = [16, 28];

const carried = {
  name: 'report-3-pages',
  family: 'multi-page-carried',
  producers: ['chromium'],
  count: 5,
  make: (i) => makeInvoice('report-3-pages', i, { trades: ['goods', 'btp', 'books'], lines: [52, 58], lotLabels: true, unitMin: 500, unitMax: 15000, numbers: ['ebp', 'plain', 'dolibarr'], engagementProb: 0.6, engagementLabels: ['ej', 'engagementJuridiqueNo', 'bdc'], dateStyles: ['slash', 'long'], rates: [[2000], [2000, 550]], rcsProb: 0.6 }),
  html(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const reportLabels = x.pick([['À reporter', 'Report'], ['Total à reporter', 'Report de la page précédente'], ['Sous-total page', 'Report']]);
    const pages = [inv.lines.slice(0, PAGE_ROWS[0]), inv.lines.slice(PAGE_ROWS[0], PAGE_ROWS[0] + PAGE_ROWS[1]), inv.lines.slice(PAGE_ROWS[0] + PAGE_ROWS[1])];
    const header = (n) => `<div class="hd"><div><b>${esc(s.legalName)}</b><div class="small">${esc(s.address.join(' – '))} – ${esc(s.phone)}</div></div>
      <div class="r"><b>FACTURE N° ${esc(inv.number)}</b><div>du ${date(inv, inv.date)}</div><div class="small">Page ${n}/3</div></div></div>`;
    const footer = (n) => `<div class="ft">${esc(legalLine(inv))}<div class="r">Facture ${esc(inv.number)} – page ${n}/3</div></div>`;
    const row = (l) => `<tr><td>${esc(l.ref)}</td><td class="lbl">${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`;
    const thead = '<tr><th>Réf.</th><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>';
    let carriedSum = 0;
    const body = pages.map((list, k) => {
      const before = carriedSum;
      carriedSum += list.reduce((sum, l) => sum + l.total, 0);
      const first = k === 0 ? `<div class="parties"><div>${lines([s.email, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `TVA intracom. ${s.vat}`])}</div>
          <div class="buyer"><div class="small">Adresse de facturation</div>${lines(buyerAddress(inv))}${inv.print.buyerSiret ? `<div>SIRET ${siret(inv, inv.buyer.siret)}</div>` : ''}</div></div>
          <div class="refs">${[['Code client', inv.clientCode], ['Bon de livraison', inv.deliveryNote], ...references(inv)].map(([a, b]) => `<span>${esc(a)} : ${esc(b)}</span>`).join('')}</div>` : '';
      const report = k > 0 ? `<tr class="rep"><td></td><td>${reportLabels[1]}</td><td></td><td></td><td></td><td class="r">${plainMoney(inv, before)}</td></tr>` : '';
      const carry = k < 2 ? `<tr class="rep"><td></td><td>${reportLabels[0]}</td><td></td><td></td><td></td><td class="r">${plainMoney(inv, carriedSum)}</td></tr>` : '';
      const end = k === 2 ? `<table class="tot">${[
        ['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, v.amount]), ['Total TTC', inv.ttc], ['Net à payer', inv.net],
      ].map(([a, b], j, all) => `<tr${j === all.length - 1 ? ' class="b"' : ''}><td>${esc(a)}</td><td class="r">${money(inv, b)}</td></tr>`).join('')}</table>
        <p class="small">${inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par chèque à réception de facture.'} Échéance : ${date(inv, inv.due)}.</p>` : '';
      return `<div class="page${k === 2 ? ' last' : ''}">${header(k + 1)}${first}<table class="items">${thead}${report}${list.map(row).join('')}${carry}</table>${end}${footer(k + 1)}</div>`;
    }).join('');
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 0; } body { margin: 0; font-family: 'DejaVu Sans'; font-size: 8pt; color: #111; }
      .page { position: relative; height: 296mm; padding: 12mm 14mm 0 14mm; box-sizing: border-box; overflow: hidden; break-after: page; } .page.last { break-after: auto; }
      .hd { display: flex; justify-content: space-between; border-bottom: 1.5px solid #333; padding-bottom: 4px; height: 18mm; } .small { font-size: 7pt; color: #444; }
      .parties { display: flex; justify-content: space-between; margin-top: 6px; } .buyer { width: 80mm; border: 1px solid #999; padding: 5px; } .refs { margin-top: 6px; display: flex; gap: 18px; flex-wrap: wrap; }
      table { border-collapse: collapse; } .r { text-align: right; white-space: nowrap; } .items { width: 100%; margin-top: 6px; table-layout: fixed; } .items th { border-bottom: 1px solid #333; text-align: left; padding: 2px 3px; height: 5mm; }
      .items th:nth-child(1) { width: 16mm; } .items th:nth-child(2) { width: 86mm; } .items td { height: 5.4mm; padding: 0 3px; white-space: nowrap; overflow: hidden; } .items .rep td { font-style: italic; font-weight: bold; border-top: 1px solid #999; }
      .tot { margin: 6px 0 0 auto; width: 80mm; } .tot td { padding: 2px 4px; } .tot tr.b td { font-weight: bold; border-top: 1px solid #333; }
      .ft { position: absolute; bottom: 8mm; left: 14mm; right: 14mm; font-size: 6.5pt; color: #444; border-top: 1px solid #999; padding-top: 2px; }
    </style></head><body>${body}</body></html>`;
  },
};

export default [subscription, ttcFirst, lineTtc, landscape, carried];

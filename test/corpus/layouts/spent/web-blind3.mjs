// Blind-3 layouts printed by a browser engine (and, for two of them, by LibreOffice or PDFKit from the same
// description): the buyer's engagement given only inside a sentence of the payment terms, a hotel's bill whose lines
// include VAT (tourist tax outside VAT), a utility bill (summary first, then the metered detail, instalments already
// paid), and a foreign EU supplier's English-first invoice under reverse charge.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays, esc, pad } from '../../lib/format.mjs';
import { ibanValid, mod97 } from '../../lib/identifiers.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, recompute, siret } from '../../lib/invoice.mjs';
import { buyerLines, legalFooter, supplierLines, totalsTable } from '../../lib/blocks.mjs';

const slug = (name) => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
const lines = (list) => list.filter(Boolean).map((line) => `<div>${esc(line)}</div>`).join('');

// ——— 1. The engagement only in the payment terms ———

/** Sentences that carry the engagement; {ej} is the number, {order} the order date. */
const TERMS_SENTENCES = [
  'Règlement par mandat administratif à 30 jours, en référence à votre engagement juridique n° {ej}.',
  'Paiement à réception par virement ; merci de rappeler le bon de commande {ej} lors du mandatement.',
  'Facture établie conformément à votre bon de commande n° {ej} du {order}, payable à 30 jours.',
  'Conditions : 30 jours fin de mois. Engagement {ej} à rappeler sur votre règlement.',
  'Prestation réalisée suivant votre commande {ej} ; règlement sous 30 jours par virement.',
];

const engagementInTerms = {
  name: 'engagement-conditions',
  family: 'engagement-in-sentence',
  producers: ['chromium', 'libreoffice'],
  count: 6,
  make: (i) => makeInvoice('engagement-conditions', i, { numbers: ['plain', 'ebp', 'compact', 'hash'], lines: [1, 5], engagementProb: 0.8, engagementLabels: ['bonDeCommande'], marketProb: 0.35, serviceProb: 0.45, buyerSiretProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000], [1000], [2000, 1000]], groups: ['space', 'nbsp', 'dot'], rcsProb: 0.5, cityProb: 0.6 }),
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const sentence = inv.engagement
      ? x.pick(TERMS_SENTENCES).replace('{ej}', inv.engagement.written).replace('{order}', date(inv, inv.orderDate))
      : x.pick(['Règlement par mandat administratif à 30 jours.', 'Paiement à 30 jours date de facture par virement.']);
    const market = inv.market ? ` dans le cadre du marché n° ${inv.market}` : '';
    const meta = table([34, 40], [
      [{ text: 'Facture n°', b: true }, inv.number],
      [{ text: x.pick(['Date', 'Date de facture', 'Émise le']), b: true }, date(inv, inv.date)],
      [{ text: 'Livraison', b: true }, date(inv, inv.delivery)],
      [{ text: 'Client', b: true }, inv.clientCode],
    ], { border: 'grid', size: 9 });
    const buyer = buyerLines(inv, { heading: x.pick(['Adresse de facturation', 'Client', '']), siretLabel: 'SIRET :' });
    if (inv.serviceCode) buyer.push(p(`Service : ${inv.serviceCode}`));
    const totals = [['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC', inv.ttc, { b: true }]];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9.5, margins: [15, 16, 22, 16],
      body: [
        columns([104, 76], [supplierLines(inv, { vat: true }), [p('FACTURE', { size: 18, b: true, align: 'right', after: 3 }), meta]]),
        space(6),
        columns([90, 90], [[p(`Objet : ${inv.lines[0].label}${market}`, { i: true })], buyer]),
        table([96, 16, 28, 14, 30], [
          { cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Total HT'], b: true, shade: '#e8eef4' },
          ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]),
        ], { border: 'rows', align: ['left', 'right', 'right', 'right', 'right'], before: 6, after: 3 }),
        totalsTable(inv, totals, { border: 'grid', widths: [50, 32], indent: 98 }),
        p('Conditions de règlement', { b: true, before: 6 }),
        p(sentence),
        p(inv.print.iban ? `Coordonnées bancaires : ${iban(inv)} – BIC ${s.bic}` : `Chèque à l’ordre de ${s.name}.`, { size: 9 }),
        p(`Échéance : ${date(inv, inv.due)}. Pénalités de retard : trois fois le taux d’intérêt légal ; indemnité forfaitaire de 40 € pour frais de recouvrement.`, { size: 7.5, before: 2, color: '#444444' }),
      ],
      footer: legalFooter(inv),
    };
  },
};

// ——— 2. A hotel's bill: prices with VAT, tourist tax outside VAT ———

const HOTELS = [
  { name: 'Hôtel du Golf', form: 'SARL', stars: '★★★' },
  { name: 'Hôtel Le Cours', form: 'SAS', stars: '★★' },
  { name: 'Grand Hôtel de la Loire', form: 'SA', stars: '★★★★' },
  { name: 'Auberge du Pilat', form: 'EURL', stars: '' },
];

/** Hotel items by VAT rate (prices with VAT, cents): 10 % lodging and food, 20 % alcohol and the meeting room. */
const HOTEL_ITEMS = {
  1000: [['Chambre single', 7900, 12900], ['Chambre double', 9500, 15900], ['Petit-déjeuner', 1200, 1850], ['Dîner menu du jour', 2200, 3600], ['Déjeuner de travail', 1900, 3200]],
  2000: [['Boissons alcoolisées', 600, 2400], ['Location salle de réunion (demi-journée)', 18000, 42000], ['Parking', 900, 1500]],
};

const hotel = {
  name: 'note-hotel',
  family: 'hotel-bill',
  producers: ['chromium'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('note-hotel', i, { numbers: ['ticket', 'carnet', 'plain'], engagementProb: 0.45, engagementLabels: ['bonDeCommande', 'ej', 'commande'], serviceProb: 0.4, buyerSiretProb: 0.4, dateStyles: ['slash', 'dots'], groups: ['space', 'none', 'nbsp'], rcsProb: 0.6, cityProb: 0.5, ibanProb: 0.6 });
    const x = extraRng(inv, 'hotel');
    const h = x.pick(HOTELS);
    Object.assign(inv.supplier, { name: h.name, form: h.form, legalName: `${h.name} ${h.form}`, stars: h.stars, email: `reception@${slug(h.name)}.fr` });
    const guests = x.int(1, 4);
    const nights = x.int(1, 4);
    const arrival = addDays(inv.date, -nights);
    const items = [];
    const [room, lo, hi] = x.pick(HOTEL_ITEMS[1000].slice(0, 2));
    const roomPrice = x.int(lo / 100, hi / 100) * 100;
    for (let n = 0; n < nights; n++) items.push({ day: addDays(arrival, n), label: `${room} – ${guests > 1 ? `${guests} chambres` : '1 chambre'}`, qty: guests, unitTTC: roomPrice, rate: 1000 });
    for (let n = 0; n < nights; n++) items.push({ day: addDays(arrival, n + 1), label: 'Petit-déjeuner', qty: guests, unitTTC: x.int(12, 18) * 100 + x.pick([0, 50]), rate: 1000 });
    if (x.chance(0.7)) items.push({ day: arrival, label: x.pick(HOTEL_ITEMS[1000].slice(3))[0], qty: guests, unitTTC: x.int(22, 36) * 100, rate: 1000 });
    if (x.chance(0.6)) items.push({ day: arrival, label: 'Boissons alcoolisées', qty: 1, unitTTC: x.int(600, 4800), rate: 2000 });
    if (x.chance(0.4)) items.push({ day: arrival, label: 'Location salle de réunion (demi-journée)', qty: 1, unitTTC: x.int(180, 420) * 100, rate: 2000 });
    // Shop-like rounding: the HT of each rate comes from its TTC, and a price moves by a cent until the VAT of that
    // HT, rounded, gives the same TTC.
    const perRate = [];
    for (const r of [1000, 2000]) {
      const group = items.filter((item) => item.rate === r);
      if (group.length === 0) continue;
      for (let attempt = 0; ; attempt++) {
        const ttc = group.reduce((sum, item) => sum + item.qty * item.unitTTC, 0);
        const ht = Math.round((ttc * 10000) / (10000 + r));
        if (Math.round((ht * r) / 10000) === ttc - ht) {
          perRate.push({ rate: r, ht });
          break;
        }
        group.at(-1).unitTTC += 1;
        if (attempt > 200) throw new Error('hotel: no consistent price');
      }
    }
    const taxUnit = x.pick([88, 110, 165, 230]);
    items.push({ day: arrival, label: `Taxe de séjour (${guests} pers. × ${nights} nuit${nights > 1 ? 's' : ''})`, qty: guests * nights, unitTTC: taxUnit, rate: 0 });
    inv.items = items;
    inv.stay = { arrival, nights, guests, room: String(x.int(101, 340)), guest: x.pick(['M. Durand', 'Mme Lefèvre', 'M. Nguyen', 'Mme Bouchet', 'Délégation jumelage']) };
    inv.rates = [1000, 2000, 0];
    inv.lines = [...perRate.map((v) => ({ label: `Prestations à ${rate(v.rate)}`, qty: 1, unit: v.ht, rate: v.rate, total: v.ht })), { label: 'Taxe de séjour', qty: 1, unit: taxUnit * guests * nights, rate: 0, total: taxUnit * guests * nights }];
    inv.depositPct = x.pick([0, 0, 20, 30]);
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const m = (cents) => money(inv, cents);
    const rows = inv.items.map((item) => `<tr><td>${date(inv, item.day)}</td><td>${esc(item.label)}</td><td class="r">${qty(item.qty)}</td><td class="r">${plainMoney(inv, item.unitTTC)}</td><td class="r">${plainMoney(inv, item.qty * item.unitTTC)}</td></tr>`).join('');
    const recap = inv.vat.map((v) => `<tr><td>${v.rate ? rate(v.rate) : 'Hors champ (taxe de séjour)'}</td><td class="r">${m(v.base)}</td><td class="r">${m(v.amount)}</td><td class="r">${m(v.base + v.amount)}</td></tr>`).join('');
    const refs = [inv.engagement ? `${inv.engagement.label} ${inv.engagement.written}` : null, inv.market ? `Marché ${inv.market}` : null, inv.serviceCode ? `Service ${inv.serviceCode}` : null].filter(Boolean);
    const paid = inv.deposit ? `<tr><td>${esc(x.pick(['Arrhes versées le', 'Acompte reçu le']))} ${date(inv, inv.previousDeposit)}</td><td class="r">- ${m(inv.deposit)}</td></tr><tr class="big"><td>${esc(x.pick(['Solde à régler', 'Reste dû']))}</td><td class="r">${m(inv.net)}</td></tr>` : '';
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 14mm 15mm 18mm 15mm; } body { font-family: 'Liberation Serif'; font-size: 9.5pt; color: #222; }
      .top { text-align: center; border-bottom: 1px solid #8a6d3b; padding-bottom: 6px; } .top .n { font-size: 20pt; color: #8a6d3b; letter-spacing: 1px; }
      .row { display: flex; justify-content: space-between; margin-top: 14px; } .box { border: 1px solid #ccc; padding: 6px 10px; width: 44%; }
      h2 { font-size: 12pt; margin: 16px 0 6px; } table { border-collapse: collapse; width: 100%; } th { background: #f3ecdf; text-align: left; padding: 3px 4px; font-size: 8.5pt; }
      td { padding: 2px 4px; border-bottom: 1px dotted #ccc; } .r { text-align: right; white-space: nowrap; } .small { font-size: 8pt; color: #555; }
      .tot { width: 95mm; margin: 10px 0 0 auto; } .tot td { border: 0; padding: 3px 4px; } .big td { font-size: 12pt; font-weight: bold; border-top: 1px solid #222; }
    </style></head><body>
      <div class="top"><div class="n">${esc(s.name)} ${esc(s.stars)}</div><div>${esc(s.address.join(' – '))} – Tél. ${esc(s.phone)} – ${esc(s.email)}</div></div>
      <div class="row">
        <div class="box"><b>${esc(x.pick(['Note', 'Facture', 'Note de séjour – Facture']))} n° ${esc(inv.number)}</b><br>${esc(x.pick(['Date', 'Édité le', 'Départ le']))} : ${date(inv, inv.date)}<br>Chambre ${esc(inv.stay.room)} – ${esc(inv.stay.guest)}<br>Arrivée ${date(inv, inv.stay.arrival)} – ${inv.stay.nights} nuit${inv.stay.nights > 1 ? 's' : ''}${refs.length ? `<br>${esc(refs.join(' – '))}` : ''}</div>
        <div class="box"><b>${esc(b.name)}</b>${lines(b.lines)}${inv.print.buyerSiret ? `<div>SIRET ${siret(inv, b.siret)}</div>` : ''}</div>
      </div>
      <h2>Détail du séjour</h2>
      <table><tr><th>Date</th><th>Prestation</th><th class="r">Qté</th><th class="r">P.U. TTC</th><th class="r">Montant TTC</th></tr>${rows}</table>
      <table class="tot"><tr class="big"><td>Total TTC</td><td class="r">${m(inv.ttc)}</td></tr>${paid}</table>
      <h2>Récapitulatif TVA</h2>
      <table style="width:120mm"><tr><th>Taux</th><th class="r">Montant HT</th><th class="r">TVA</th><th class="r">TTC</th></tr>${recap}
        <tr><td><b>Total</b></td><td class="r"><b>${m(inv.ht)}</b></td><td class="r"><b>${m(inv.tva)}</b></td><td class="r"><b>${m(inv.ttc)}</b></td></tr></table>
      <p class="small">Cette note vaut facture. Prix nets, service compris. La taxe de séjour est perçue pour le compte de la commune et n’est pas soumise à la TVA.</p>
      <p>${inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${esc(s.bic)}` : 'Règlement par mandat administratif à 30 jours.'}</p>
      <p class="small" style="margin-top:18px;text-align:center">${esc(legalLine(inv))}</p>
    </body></html>`;
  },
};

// ——— 3. A utility bill: summary first, metered detail, instalments already paid ———

const UTILITIES = [
  { name: 'Forez Énergies', form: 'SAEML', kind: 'électricité', unit: 'kWh', meter: 'PDL' },
  { name: 'Loire Gaz Services', form: 'SAS', kind: 'gaz naturel', unit: 'kWh', meter: 'PCE' },
  { name: 'Eaux du Pilat', form: 'SPL', kind: 'eau', unit: 'm³', meter: 'Compteur' },
];
const SITES = ['Gymnase Jean Jaurès', 'École maternelle du Soleil', 'Médiathèque Tarentaize', 'Centre technique municipal', 'Piscine Raymond Sommet', 'Salle des fêtes'];

const utility = {
  name: 'facture-energie',
  family: 'utility-bill',
  producers: ['chromium'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('facture-energie', i, { numbers: ['plain'], engagementProb: 0.4, engagementLabels: ['ej', 'engagementJuridique', 'bonDeCommande'], serviceProb: 0.5, buyerSiretProb: 0.7, dateStyles: ['long', 'slash'], groups: ['space', 'narrow'], rcsProb: 0.7, cityProb: 0.6, ibanProb: 0.7 });
    const x = extraRng(inv, 'energie');
    const u = UTILITIES[i % UTILITIES.length];
    Object.assign(inv.supplier, { name: u.name, form: u.form, legalName: `${u.name} ${u.form}`, utility: u, email: `collectivites@${slug(u.name)}.fr` });
    inv.number = `${x.pick(['10', '30', '51'])}${x.digits(8)}`;
    inv.site = x.pick(SITES);
    // A 14-digit delivery point number, as energy bills print it: it is not a SIRET.
    inv.meter = u.meter === 'Compteur' ? `${x.pick(['A', 'B', 'M'])}${x.digits(2)}-${x.digits(6)}` : x.digits(14);
    const end = addDays({ y: inv.date.y, m: inv.date.m, d: 1 }, -1);
    const start = addDays(end, -x.pick([29, 60, 90]));
    inv.period = { start, end };
    const previous = x.int(10000, 90000);
    const used = u.unit === 'm³' ? x.int(40, 900) : x.int(1800, 42000);
    inv.index = { previous, current: previous + used };
    const days = Math.round((Date.UTC(end.y, end.m - 1, end.d) - Date.UTC(start.y, start.m - 1, start.d)) / 86400000) + 1;
    const price = u.unit === 'm³' ? x.int(180, 420) / 100 : x.int(12, 26) / 100;
    const lines = [
      { label: `Abonnement du ${date(inv, start, 'slash')} au ${date(inv, end, 'slash')}`, qty: days, unitText: `${(x.int(30, 160) / 100).toFixed(2).replace('.', ',')} €/jour`, rate: 550, section: 'Abonnement' },
      { label: `Consommation ${u.kind}`, qty: used, unit: price, rate: 2000, section: 'Consommation' },
      { label: u.unit === 'm³' ? 'Redevance pollution (Agence de l’eau)' : 'Contribution tarifaire d’acheminement', qty: 1, rate: 550, section: 'Taxes et contributions' },
      { label: u.unit === 'm³' ? 'Redevance assainissement collectif' : `Accise sur ${u.kind === 'gaz naturel' ? 'les gaz naturels' : 'l’électricité'}`, qty: used, unit: u.unit === 'm³' ? x.int(120, 240) / 100 : x.int(5, 32) / 1000, rate: 2000, section: 'Taxes et contributions' },
    ];
    inv.lines = lines.map((l, k) => {
      const total = l.unit !== undefined ? Math.round(l.qty * l.unit * 100) : k === 0 ? Math.round(days * Number(l.unitText.split(' ')[0].replace(',', '.')) * 100) : x.int(800, 9000);
      return { ...l, total };
    });
    inv.rates = [550, 2000];
    inv.depositPct = x.pick([0, 0, 50, 70]);
    inv.instalments = x.int(2, 5);
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const u = s.utility;
    const b = inv.buyer;
    const m = (cents) => money(inv, cents);
    const sections = [...new Set(inv.lines.map((l) => l.section))];
    const detail = sections.map((section) => {
      const rows = inv.lines.filter((l) => l.section === section).map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${l.unitText ? `${l.qty} j` : `${String(l.qty).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ${l.unit !== undefined ? u.unit : ''}`}</td><td class="r">${l.unitText ? esc(l.unitText) : l.unit !== undefined ? `${String(l.unit).replace('.', ',')} €` : ''}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
      return `<tr class="sec"><td colspan="5">${esc(section)}</td></tr>${rows}`;
    }).join('');
    const vat = inv.vat.map((v) => `<tr><td>TVA à ${rate(v.rate)} sur ${plainMoney(inv, v.base)} €</td><td class="r">${m(v.amount)}</td></tr>`).join('');
    const refs = [inv.engagement ? [inv.engagement.label, inv.engagement.written] : null, inv.serviceCode ? ['Code service', inv.serviceCode] : null, inv.market ? ['Marché', inv.market] : null].filter(Boolean);
    const dueLabel = x.pick(['à payer avant le', 'à régler au plus tard le']);
    const paidRow = inv.deposit ? `<tr><td>Déjà réglé : ${inv.instalments} échéances mensualisées</td><td class="r">- ${m(inv.deposit)}</td></tr>` : '';
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
      @page { size: A4; margin: 12mm 13mm 16mm 13mm; } body { font-family: 'DejaVu Sans'; font-size: 8.2pt; color: #1b2733; }
      .hd { display: flex; justify-content: space-between; } .brand { font-size: 16pt; font-weight: bold; color: #0b6e4f; }
      .sum { display: flex; gap: 8mm; margin-top: 8mm; } .pane { border: 1px solid #0b6e4f; border-radius: 3mm; padding: 4mm; width: 50%; }
      .amount { font-size: 18pt; font-weight: bold; color: #0b6e4f; } .k { color: #5b6b7a; } table { border-collapse: collapse; width: 100%; }
      .det td { padding: 2px 3px; border-bottom: 1px solid #e3e8ec; } .det tr.sec td { background: #e6f2ee; font-weight: bold; } .r { text-align: right; white-space: nowrap; }
      .tot { width: 100mm; margin: 4mm 0 0 auto; } .tot td { padding: 2px 3px; } .tot tr.b td { font-weight: bold; border-top: 1px solid #1b2733; }
      .pb { break-before: page; } h3 { color: #0b6e4f; font-size: 10pt; margin: 6mm 0 2mm; } .legal { font-size: 6.5pt; color: #5b6b7a; margin-top: 8mm; }
    </style></head><body>
      <div class="hd"><div><div class="brand">${esc(s.name)}</div>${lines([`Fourniture d’${u.kind === 'eau' ? 'eau potable' : u.kind}`, ...s.address])}</div>
        <div style="text-align:right"><div style="font-size:13pt;font-weight:bold">Facture</div><div>N° ${esc(inv.number)}</div><div>du ${date(inv, inv.date)}</div></div></div>
      <div class="sum">
        <div class="pane"><div class="k">Titulaire du contrat</div><b>${esc(b.name)}</b>${lines(b.lines)}${inv.print.buyerSiret ? `<div>SIRET ${siret(inv, b.siret)}</div>` : ''}
          <div style="margin-top:3mm" class="k">Site de consommation</div><div>${esc(inv.site)}</div><div>${u.meter} n° ${esc(inv.meter)}</div>
          ${refs.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('')}</div>
        <div class="pane"><div class="k">Montant ${dueLabel} ${date(inv, inv.due)}</div><div class="amount">${m(inv.net)}</div>
          <div>Période du ${date(inv, inv.period.start)} au ${date(inv, inv.period.end)}</div>
          <div>Index relevé : ${inv.index.previous} → ${inv.index.current}</div>
          <div style="margin-top:3mm">${inv.print.iban ? `Paiement par virement, référence ${esc(inv.number)}<div style="white-space:nowrap">IBAN ${iban(inv)}</div><div>BIC ${esc(s.bic)}</div>` : 'Paiement par mandat administratif au comptable public.'}</div></div>
      </div>
      <h3>Vos consommations</h3>
      <p>Relevé du compteur ${esc(inv.meter)} : ancien index ${inv.index.previous}, nouvel index ${inv.index.current}, soit ${inv.index.current - inv.index.previous} ${u.unit}.</p>
      <div class="pb"></div>
      <h3>Détail de la facture</h3>
      <table class="det"><tr><th style="text-align:left">Désignation</th><th class="r">Quantité</th><th class="r">Prix unitaire HT</th><th class="r">TVA</th><th class="r">Montant HT (€)</th></tr>${detail}</table>
      <table class="tot"><tr><td>Total hors TVA</td><td class="r">${m(inv.ht)}</td></tr>${vat}<tr><td>Total TVA</td><td class="r">${m(inv.tva)}</td></tr><tr class="b"><td>Total TTC</td><td class="r">${m(inv.ttc)}</td></tr>${paidRow}<tr class="b"><td>Montant à payer</td><td class="r">${m(inv.net)}</td></tr></table>
      <div class="legal">${esc(legalLine(inv))}</div>
    </body></html>`;
  },
};

// ——— 4. A foreign EU supplier, English first, reverse charge ———

const FOREIGN = [
  { name: 'Stadtmöbel Design', form: 'GmbH', country: 'DE', city: ['80331', 'München'], street: 'Leopoldstraße 112', vat: (r) => `DE${r.digits(9)}`, bban: (r) => r.digits(18), goods: ['Bench model CITY-3 / Banc CITY-3', 'Litter bin 80 L / Corbeille 80 L', 'Bike rack 6 places / Arceau vélo 6 places', 'Delivery / Livraison'] },
  { name: 'Urban Light', form: 'BV', country: 'NL', city: ['3011', 'Rotterdam'], street: 'Coolsingel 40', vat: (r) => `NL${r.digits(9)}B01`, bban: (r) => `${r.pick(['ABNA', 'INGB', 'RABO'])}${r.digits(10)}`, goods: ['LED street lantern 40 W / Lanterne LED 40 W', 'Lighting study / Étude d’éclairage', 'Control module / Module de pilotage', 'Shipping / Transport'] },
  { name: 'Lumière Belge', form: 'SRL', country: 'BE', city: ['4000', 'Liège'], street: 'Boulevard d’Avroy 7', vat: (r) => `BE0${r.digits(9)}`, bban: (r) => r.digits(12), goods: ['Festive lighting rental / Location illuminations', 'Installation / Pose', 'Removal / Dépose', 'Travel costs / Déplacement'] },
  { name: 'Brightsign Solutions', form: 'Ltd', country: 'IE', city: ['D02 X285', 'Dublin'], street: '12 Grand Canal Square', vat: (r) => `IE${r.digits(7)}${r.pick(['T', 'W', 'H'])}`, bban: (r) => `${r.pick(['AIBK', 'BOFI'])}${r.digits(14)}`, goods: ['Software licence (12 months) / Licence logicielle', 'Onboarding / Mise en service', 'Support plan / Assistance', 'Training (remote) / Formation à distance'] },
];

/** An IBAN of another country: BBAN as given, check digits by ISO 13616. */
function foreignIban(country, bban) {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  const result = `${country}${String(98 - mod97(numeric)).padStart(2, '0')}${bban}`;
  if (!ibanValid(result)) throw new Error(`foreign IBAN ${result}`);
  return result;
}

/** « 12 345.67 »: a space between thousands and a decimal point, as software in an English locale prints for a French reader. */
function dotAmount(cents, { group = ' ', currency = 'EUR', before = false } = {}) {
  const units = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const n = `${units}.${pad(cents % 100)}`;
  return currency ? (before ? `${currency} ${n}` : `${n} ${currency}`) : n;
}

const reverseCharge = {
  name: 'autoliquidation-ue',
  family: 'eu-reverse-charge',
  producers: ['chromium', 'pdfkit'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('autoliquidation-ue', i, { lines: [1, 4], engagementProb: 0.6, engagementLabels: ['poBonDeCommande', 'orderRef'], marketProb: 0.3, serviceProb: 0.3, buyerSiretProb: 0.5, dateStyles: ['dots', 'iso'], cityProb: 0.5, unitMin: 5000, unitMax: 400000 });
    const x = extraRng(inv, 'ue');
    const f = FOREIGN[i % FOREIGN.length];
    inv.supplier = { name: f.name, form: f.form, legalName: `${f.name} ${f.form}`, address: [f.street, `${f.country === 'IE' ? `Dublin ${f.city[0]}` : `${f.city[0]} ${f.city[1]}`}`, { DE: 'Deutschland', NL: 'Nederland', BE: 'Belgique', IE: 'Ireland' }[f.country]], country: f.country, vat: f.vat(x), iban: foreignIban(f.country, f.bban(x)), bic: `${f.name.replace(/[^A-Z]/g, '').slice(0, 4).padEnd(4, 'X')}${f.country}${x.pick(['2L', 'MM', '21'])}`, email: `billing@${f.name.toLowerCase().replace(/[^a-z]+/g, '')}.eu`, phone: `+${{ DE: '49 89', NL: '31 10', BE: '32 4', IE: '353 1' }[f.country]} ${x.digits(3)} ${x.digits(4)}` };
    inv.print.supplierSiret = false;
    inv.print.supplierSiren = false;
    inv.print.iban = true;
    inv.number = x.pick([`INV-${inv.date.y}-${x.digits(5)}`, `RE${inv.date.y}${x.digits(4)}`, `${inv.date.y}/FR/${x.digits(4)}`]);
    inv.lines.forEach((l, k) => {
      l.label = f.goods[k % f.goods.length];
      l.rate = 0;
    });
    inv.rates = [0];
    // The city's own intra-EU VAT number, printed as the reverse charge requires.
    const siren = Number(inv.buyer.siret.slice(0, 9));
    inv.buyerVat = `FR${String((12 + 3 * (siren % 97)) % 97).padStart(2, '0')}${inv.buyer.siret.slice(0, 9)}`;
    inv.dotStyle = { group: x.pick([' ', '\u00a0']), currency: x.pick(['EUR', '€']), before: x.chance(0.3) };
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const a = (cents) => dotAmount(cents, inv.dotStyle);
    const n = (cents) => dotAmount(cents, { ...inv.dotStyle, currency: '' });
    const refs = [];
    if (inv.engagement) refs.push([inv.engagement.label, inv.engagement.written]);
    if (inv.market) refs.push(['Contract / Marché n°', inv.market]);
    if (inv.serviceCode) refs.push(['Service code / Code service', inv.serviceCode]);
    const head = [
      ['Invoice no. / N° de facture', inv.number],
      ['Invoice date / Date de facture', date(inv, inv.date)],
      ['Due date / Échéance', date(inv, inv.due)],
      ...refs,
    ];
    const mention = x.pick([
      'Reverse charge – VAT to be accounted for by the recipient (Art. 196, Directive 2006/112/EC). Autoliquidation : TVA due par le preneur, art. 283-2 du CGI.',
      'VAT reverse charge / Autoliquidation de la TVA par le preneur (article 283-2 du CGI ; article 196 de la directive 2006/112/CE).',
    ]);
    return {
      font: 'DejaVu Sans', size: 8.8, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [
          [p(s.legalName, { size: 14, b: true }), ...s.address.map((line) => p(line)), p(`${s.phone} – ${s.email}`), p(`VAT ID / N° TVA : ${s.vat}`)],
          [p('INVOICE', { size: 20, b: true, align: 'right', color: '#2b4c7e' }), p('Facture', { size: 11, align: 'right', color: '#2b4c7e' })],
        ]),
        space(5),
        columns([92, 88], [
          [table([50, 40], head.map(([k, v]) => [{ text: k, color: '#555555' }, { text: v, b: true }]), { size: 8.5 })],
          [p('Bill to / Facturé à', { b: true, size: 8, color: '#555555' }), p(b.name, { b: true }), ...b.lines.map((line) => p(line)), p('France'),
            ...(inv.print.buyerSiret ? [p(`SIRET : ${siret(inv, b.siret)}`)] : []), p(`Customer VAT ID / N° TVA client : ${inv.buyerVat}`)],
        ]),
        table([92, 18, 34, 36], [
          { cells: ['Description / Désignation', 'Qty / Qté', 'Unit price / P.U.', 'Amount / Montant'], b: true, shade: '#dde6f2' },
          ...inv.lines.map((l) => [l.label, qty(l.qty), n(l.unit), n(l.total)]),
        ], { border: 'rows', align: ['left', 'right', 'right', 'right'], before: 7, after: 3 }),
        table([56, 34], [
          ['Net amount / Montant HT', a(inv.ht)],
          ['VAT 0 % / TVA 0 % (reverse charge)', a(0)],
          { cells: ['Total due / Net à payer', a(inv.net)], b: true, shade: '#dde6f2' },
        ], { indent: 90, align: ['left', 'right'], border: 'rows' }),
        p(mention, { before: 5, size: 8, i: true }),
        p('Payment / Paiement', { b: true, before: 5 }),
        p(`Bank transfer / Virement : IBAN ${s.iban.replace(/(.{4})/g, '$1 ').trim()} – BIC ${s.bic}`),
        p(`Please quote / Référence à rappeler : ${inv.number}`, { size: 8 }),
      ],
      footer: [p(`${s.legalName} – ${s.address.join(', ')} – VAT ID ${s.vat}`, { align: 'center', size: 7 })],
    };
  },
};

export default [engagementInTerms, hotel, utility, reverseCharge];

// Blind-2 layouts drawn by PDFKit (see ../../README.md): a shop's till receipt on an 80 mm roll (prices with VAT,
// EAN codes, a VAT summary), a pre-printed carbon invoice book filled in by typewriter (« Doit : »), an invoice with a
// detachable payment slip carrying a QR-like code and its SEPA payload as text, a layout whose totals stand in a
// column left of the item table, and a final invoice that deducts several deposit invoices.
import PDFDocument from 'pdfkit';
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays } from '../../lib/format.mjs';
import { createRng, seedFrom } from '../../lib/random.mjs';
import { groupIban, groupSiren } from '../../lib/identifiers.mjs';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, recompute, references, siret } from '../../lib/invoice.mjs';
import { buyerLines, itemsTable, legalFooter, supplierLines, totalsTable } from '../../lib/blocks.mjs';

const MM = 72 / 25.4;

function collect(pdf) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

const newPdf = (size, title) => new PDFDocument({ size, margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: title } });

/** An EAN-13 with its check digit: what a bookshop's till prints under each title. */
function ean13(rng) {
  const body = `978${rng.digits(9)}`;
  const sum = body.split('').reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

const padLeft = (text, n) => String(text).padStart(n);
const padRight = (text, n) => String(text).padEnd(n);

/** Shops that invoice public buyers at the till: books at 5,5 %, everything else at 20 %. */
const SHOPS = [
  { name: 'Librairie Forum', form: 'SARL', rates: [[550], [550, 2000]], goods: { 550: ['Album jeunesse', 'Roman poche', 'Bande dessinée', 'Atlas du monde', 'Dictionnaire Larousse', 'Manuel scolaire'], 2000: ['Papeterie scolaire', 'Marque-pages', 'Jeu éducatif', 'Carte cadeau'] } },
  { name: 'Maison de la Presse du Forez', form: 'SARL', rates: [[550, 2000]], goods: { 550: ['Abonnement revue', 'Guide touristique', 'Roman grand format'], 2000: ['Cahiers 24x32', 'Stylos bille (boîte)', 'Agenda scolaire', 'Feutres (pochette)'] } },
  { name: 'Quincaillerie Centrale', form: 'SAS', rates: [[2000]], goods: { 2000: ['Vis inox 5x50 (boîte)', 'Cadenas laiton', 'Mètre ruban 5 m', 'Gants de travail', 'Piles LR6 (x10)', 'Ruban adhésif'] } },
];

const receipt = {
  name: 'ticket-caisse',
  family: 'receipt',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => {
    const shop = SHOPS[i % SHOPS.length];
    const inv = makeInvoice('ticket-caisse', i, { trades: ['goods'], numbers: ['ticket', 'micro'], lines: [2, 8], unitMin: 290, unitMax: 6500, rates: shop.rates, engagementProb: 0.5, engagementLabels: ['bdc', 'ejNo', 'numeroBonCommande'], dateStyles: ['slash', 'slash2'], groups: ['none'], ibanProb: 0.5, buyerSiretProb: 0.5, rcsProb: 0.3, cityProb: 0.3 });
    const x = extraRng(inv, 'ticket');
    Object.assign(inv.supplier, { name: shop.name, form: shop.form, legalName: `${shop.name} ${shop.form}` });
    for (const line of inv.lines) line.label = x.pick(shop.goods[line.rate]);
    // Shop prices include VAT: the HT of each rate is derived from its TTC, and a price moves by a cent until the
    // derived VAT is also the rounded VAT of that base (the summary then adds up both ways).
    const items = inv.lines.map((l) => ({ label: l.label, code: l.rate === 550 ? ean13(x) : `${x.int(100000, 999999)}`, qty: Math.max(1, Math.ceil(l.qty > 5 ? 3 : l.qty)), unitTTC: l.unit, rate: l.rate }));
    const perRate = [];
    for (const r of inv.rates) {
      const group = items.filter((item) => item.rate === r);
      if (group.length === 0) continue;
      for (let attempt = 0; ; attempt++) {
        const ttc = group.reduce((s, item) => s + item.qty * item.unitTTC, 0);
        const ht = Math.round((ttc * 10000) / (10000 + r));
        if (Math.round((ht * r) / 10000) === ttc - ht) {
          perRate.push({ rate: r, ht });
          break;
        }
        group.at(-1).unitTTC += 1;
        if (attempt > 200) throw new Error('ticket: no consistent price');
      }
    }
    inv.items = items;
    inv.lines = perRate.map((v) => ({ label: `Articles à ${rate(v.rate)}`, qty: 1, unit: v.ht, rate: v.rate, total: v.ht }));
    inv.till = { time: `${String(x.int(9, 18)).padStart(2, '0')}:${String(x.int(0, 59)).padStart(2, '0')}`, register: x.int(1, 4), seller: x.pick(['Marie', 'Paul', 'Inès', 'Hugo']), ticket: String(x.int(1, 9999)).padStart(4, '0') };
    return recompute(inv);
  },
  pdfkit(inv) {
    const s = inv.supplier;
    const b = inv.buyer;
    const W = 44;
    const amount = (cents) => plainMoney(inv, cents);
    const rule = '-'.repeat(W);
    const center = (text) => padLeft(text, Math.floor((W + text.length) / 2));
    const pair = (left, right) => `${left}${padLeft(right, Math.max(1, W - left.length))}`;
    const code = { 550: 'A', 1000: 'C', 2000: 'B' };
    const out = [
      center(s.legalName.toUpperCase()), ...s.address.map(center), center(`Tél. ${s.phone}`),
      ...(inv.print.supplierSiret ? [center(`SIRET ${siret(inv)}`)] : []), center(`TVA ${s.vat}`),
      ...(inv.print.supplierSiren ? [center(`RCS ${s.rcsCity} ${groupSiren(s.siren)}`)] : []),
      rule, `FACTURE N° ${inv.number}`, pair(`Date : ${date(inv, inv.date)} ${inv.till.time}`, `Caisse ${inv.till.register}`),
      `Client : ${b.name}`, ...b.lines.map((line) => `  ${line}`), ...(inv.print.buyerSiret ? [`  SIRET ${siret(inv, b.siret)}`] : []),
      ...references(inv).map(([k, v]) => `${k} ${v}`),
      rule, pair('Désignation', 'Montant TTC'),
    ];
    for (const item of inv.items) {
      out.push(item.label.slice(0, W));
      out.push(pair(`  ${item.code}  ${item.qty} x ${amount(item.unitTTC)}`, `${amount(item.qty * item.unitTTC)} ${code[item.rate]}`));
    }
    const articles = inv.items.reduce((n, item) => n + item.qty, 0);
    out.push(rule, pair(`${articles} article${articles > 1 ? 's' : ''}`, ''), pair('TOTAL TTC', `${amount(inv.ttc)} EUR`), rule);
    out.push(`${padRight('Code', 5)}${padLeft('Taux', 6)}${padLeft('HT', 11)}${padLeft('TVA', 10)}${padLeft('TTC', 12)}`);
    for (const v of inv.vat) out.push(`${padRight(code[v.rate], 5)}${padLeft(rate(v.rate).replace(' ', ''), 6)}${padLeft(amount(v.base), 11)}${padLeft(amount(v.amount), 10)}${padLeft(amount(v.base + v.amount), 12)}`);
    if (inv.vat.length > 1) out.push(`${padRight('Total', 11)}${padLeft(amount(inv.ht), 11)}${padLeft(amount(inv.tva), 10)}${padLeft(amount(inv.ttc), 12)}`);
    out.push(rule, inv.print.iban ? 'Règlement : virement à 30 jours' : 'Règlement : mandat administratif', ...(inv.print.iban ? [`IBAN ${groupIban(s.iban)}`, `BIC ${s.bic}`] : []));
    out.push(rule, center(`Ticket ${inv.till.ticket} - Vendeur : ${inv.till.seller}`), center('Merci de votre visite'), center('Facture valant ticket de caisse'));
    const size = 7.4;
    const lineHeight = size * 1.25;
    const height = 8 * MM + out.length * lineHeight + 8 * MM;
    const pdf = newPdf([80 * MM, height], 'Ticket');
    pdf.font('Courier').fontSize(size).fillColor('#111111');
    out.forEach((line, k) => pdf.text(line, 3.5 * MM, 8 * MM + k * lineHeight, { lineBreak: false }));
    return collect(pdf);
  },
};

const carnet = {
  name: 'carnet-souches',
  family: 'carbon-book',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('carnet-souches', i, { trades: ['btp'], numbers: ['carnet'], lines: [1, 6], unitMax: 90000, engagementProb: 0.5, engagementLabels: ['bdc', 'ej', 'commande', 'numeroBonCommande'], dateStyles: ['slash', 'slash2'], rates: [[2000], [1000], [550]], depositPct: [0, 0, 0, 30], groups: ['none', 'space', 'dot'], buyerSiretProb: 0.4, rcsProb: 0.4, ibanProb: 0.6 }),
  pdfkit(inv) {
    const x = extraRng(inv, 'carnet');
    const s = inv.supplier;
    const blue = '#1f3a93';
    const pdf = newPdf('A5', 'Facture');
    const label = (text, px, py, options = {}) => pdf.font(options.b ? 'Helvetica-Bold' : 'Helvetica').fontSize(options.size ?? 7.5).fillColor(options.color ?? blue).text(text, px, py, { lineBreak: false, ...options.text });
    // Typed values: a typewriter never lands exactly on the printed line.
    const typed = (text, px, py, options = {}) => pdf.font('Courier').fontSize(options.size ?? 9).fillColor('#222222').text(text, px + x.int(-1, 2), py + x.int(-1, 1), { lineBreak: false, ...options.text });
    const box = (bx, by, bw, bh) => pdf.lineWidth(0.6).strokeColor(blue).rect(bx, by, bw, bh).stroke();
    const W = pdf.page.width;
    const L = 10 * MM;
    // Rubber stamp of the business, top left.
    box(L, 10 * MM, 70 * MM, 30 * MM);
    label('Cachet de l’entreprise', L + 2, 10 * MM + 2, { size: 5.5 });
    const stamp = [s.legalName, ...s.address, `Tél. ${s.phone}`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : `APE ${s.ape}`, inv.print.supplierSiren ? `RCS ${s.rcsCity} ${groupSiren(s.siren)}` : null].filter(Boolean);
    stamp.forEach((line, k) => pdf.font(k === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(k === 0 ? 8.5 : 7).fillColor('#6a2c91').text(line, L + 4 * MM, 10 * MM + 8 + k * 9.5, { lineBreak: false }));
    // Pre-printed title and number, top right.
    label('FACTURE', W - 58 * MM, 11 * MM, { b: true, size: 16 });
    label('N°', W - 58 * MM, 20 * MM, { size: 10 });
    pdf.font('Helvetica-Bold').fontSize(14).fillColor('#c0392b').text(inv.number, W - 50 * MM, 19 * MM, { lineBreak: false });
    label('Date :', W - 58 * MM, 30 * MM, { size: 9 });
    pdf.lineWidth(0.4).strokeColor(blue).moveTo(W - 47 * MM, 33.5 * MM).lineTo(W - 10 * MM, 33.5 * MM).stroke();
    typed(date(inv, inv.date), W - 45 * MM, 29.5 * MM);
    // « Doit » block.
    label('Doit :', L, 45 * MM, { b: true, size: 10 });
    box(L + 14 * MM, 44 * MM, W - L - 24 * MM, 26 * MM);
    [inv.buyer.name, ...inv.buyer.lines.slice(-3), inv.print.buyerSiret ? `SIRET ${siret(inv, inv.buyer.siret)}` : null].filter(Boolean)
      .forEach((line, k) => typed(line, L + 17 * MM, 46 * MM + k * 9.5, { size: 8.5 }));
    label('Réf. / bon de commande :', L, 73 * MM, { size: 7.5 });
    pdf.lineWidth(0.4).strokeColor(blue).moveTo(L + 33 * MM, 76 * MM).lineTo(W - 10 * MM, 76 * MM).stroke();
    const refs = references(inv, { marketLabel: 'Marché', serviceLabel: 'Serv.' }).map(([k, v]) => `${k} ${v}`).join(' - ');
    if (refs) typed(refs, L + 34 * MM, 72.5 * MM, { size: 8 });
    // Ruled item table: 12 lines whatever the invoice holds.
    const top = 81 * MM;
    const widths = [18 * MM, 66 * MM, 22 * MM, 22 * MM];
    const heads = ['Quantité', 'Désignation', 'Prix unitaire', 'Montant'];
    const rowH = 6.2 * MM;
    let cx = L;
    pdf.rect(L, top, widths.reduce((a, c) => a + c, 0), 6 * MM).fill('#dfe6f5');
    widths.forEach((w, k) => {
      label(heads[k], cx + 2, top + 5, { b: true, size: 7 });
      box(cx, top, w, 6 * MM + 12 * rowH);
      cx += w;
    });
    for (let r = 1; r <= 12; r++) pdf.lineWidth(0.3).strokeColor('#9aa8d0').moveTo(L, top + 6 * MM + r * rowH).lineTo(cx, top + 6 * MM + r * rowH).stroke();
    inv.lines.forEach((l, k) => {
      const ry = top + 6 * MM + k * rowH + 5;
      typed(qty(l.qty), L + 3, ry, { size: 8.5 });
      typed(l.label.slice(0, 34), L + widths[0] + 3, ry, { size: 8.5 });
      typed(padLeft(plainMoney(inv, l.unit), 10), L + widths[0] + widths[1] + 2, ry, { size: 8.5 });
      typed(padLeft(plainMoney(inv, l.total), 10), L + widths[0] + widths[1] + widths[2] + 2, ry, { size: 8.5 });
    });
    // Totals boxes, bottom right; the VAT rate is typed into a blank of the printed label.
    const tx = L + widths[0] + widths[1];
    const ty = top + 6 * MM + 12 * rowH + 3 * MM;
    const rows = [['Total H.T.', inv.ht], ['T.V.A.', inv.tva], ['Total T.T.C.', inv.ttc], ['Acompte', inv.deposit || null], ['Net à payer', inv.net]];
    rows.forEach(([text, value], k) => {
      const y = ty + k * 7 * MM;
      box(tx, y, widths[2], 7 * MM);
      box(tx + widths[2], y, widths[3], 7 * MM);
      label(text, tx + 3, y + 6, { b: k === 4, size: 7.5 });
      if (k === 1) {
        label('%', tx + 18 * MM, y + 6, { size: 7.5 });
        typed(String(inv.vat[0].rate / 100).replace('.', ','), tx + 11 * MM, y + 5, { size: 8.5 });
      }
      if (value !== null) typed(padLeft(plainMoney(inv, value), 10), tx + widths[2] + 2, y + 5, { size: 8.5 });
    });
    // Payment terms, bottom left.
    label('Conditions de règlement :', L, ty + 2, { size: 7 });
    typed(inv.print.iban ? 'Virement' : x.pick(['Chèque', 'Mandat administratif']), L + 4 * MM, ty + 12, { size: 8.5 });
    if (inv.print.iban) {
      label('Banque / IBAN :', L, ty + 28, { size: 7 });
      typed(groupIban(s.iban), L, ty + 38, { size: 7.5 });
    }
    label(`Échéance :`, L, ty + 56, { size: 7 });
    typed(date(inv, inv.due), L + 15 * MM, ty + 55, { size: 8.5 });
    label('Pénalités de retard : 3 fois le taux d’intérêt légal – indemnité forfaitaire de recouvrement : 40 €.', L, pdf.page.height - 12 * MM, { size: 5.5 });
    label(`TVA intracommunautaire : ${s.vat}`, L, pdf.page.height - 9 * MM, { size: 5.5 });
    label('Original – client', W - 35 * MM, pdf.page.height - 9 * MM, { size: 6 });
    return collect(pdf);
  },
};

/** A QR-like square: finder patterns in three corners and modules drawn from the payload (it is not decodable). */
function drawQrLike(pdf, payload, x0, y0, size) {
  const n = 29;
  const cell = size / n;
  const rng = createRng(seedFrom(payload));
  pdf.fillColor('#000000');
  const finder = (fx, fy) => {
    pdf.rect(x0 + fx * cell, y0 + fy * cell, 7 * cell, 7 * cell).fill('#000000');
    pdf.rect(x0 + (fx + 1) * cell, y0 + (fy + 1) * cell, 5 * cell, 5 * cell).fill('#ffffff');
    pdf.rect(x0 + (fx + 2) * cell, y0 + (fy + 2) * cell, 3 * cell, 3 * cell).fill('#000000');
  };
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const inFinder = (r < 8 && c < 8) || (r < 8 && c >= n - 8) || (r >= n - 8 && c < 8);
      if (!inFinder && rng.chance(0.48)) pdf.rect(x0 + c * cell, y0 + r * cell, cell, cell).fill('#000000');
    }
  }
  finder(0, 0);
  finder(n - 7, 0);
  finder(0, n - 7);
}

const paymentSlip = {
  name: 'talon-qr',
  family: 'payment-slip',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('talon-qr', i, { trades: ['services', 'goods', 'food'], numbers: ['plain', 'hash', 'pennylane'], lines: [1, 5], engagementProb: 0.5, engagementLabels: ['ejNo', 'engagementJuridiqueNo', 'commandeClient'], dateStyles: ['slash', 'long'], rates: [[2000], [1000], [2000, 550]], depositPct: [0, 0, 25], groups: ['space', 'nbsp'], rcsProb: 0.5 });
    inv.print.iban = true;
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const epc = ['BCD', '002', '1', 'SCT', s.bic, s.name.slice(0, 70), s.iban, `EUR${(inv.net / 100).toFixed(2)}`, '', '', inv.number, `Facture ${inv.number}`];
    const totals = [['Total HT', inv.ht], ...(inv.vat.length > 1 ? inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]) : []), ['Total TVA', inv.tva], ['Total TTC', inv.ttc, { b: !inv.deposit }]];
    if (inv.deposit) totals.push([`Acompte réglé le ${date(inv, inv.previousDeposit)}`, -inv.deposit], ['Reste à payer', inv.net, { b: true }]);
    return {
      font: 'Liberation Sans', size: 9, margins: [14, 15, 100, 15],
      body: [
        columns([100, 80], [supplierLines(inv), buyerLines(inv, { heading: 'Facturé à' })]),
        p(`Facture n° ${inv.number}`, { size: 14, b: true, before: 6 }),
        p(`Date : ${date(inv, inv.date)} – Échéance : ${date(inv, inv.due)}`),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        itemsTable(inv, { border: 'rows' }),
        totalsTable(inv, totals),
        p(legalLine(inv), { size: 6.5, before: 4, color: '#555555' }),
      ],
      decorate(pdf, { PT, left, width, pageHeight }) {
        const y0 = pageHeight - 88 * PT;
        pdf.save().lineWidth(0.6).dash(3, { space: 3 }).strokeColor('#777777').moveTo(left, y0).lineTo(left + width, y0).stroke().restore();
        pdf.font('Helvetica').fontSize(6.5).fillColor('#555555').text(x.pick(['Talon à détacher et à joindre à votre règlement', 'Partie à retourner avec votre paiement']), left, y0 + 3, { lineBreak: false });
        drawQrLike(pdf, epc.join('\n'), left, y0 + 12 * PT, 34 * PT);
        pdf.font('Helvetica').fontSize(6).fillColor('#333333').text('Scannez avec votre application bancaire', left, y0 + 48 * PT, { lineBreak: false });
        const info = [['Bénéficiaire', s.legalName ?? s.name], ['IBAN', iban(inv)], ['BIC', s.bic], ['Montant', money(inv, inv.net)], ['Référence à rappeler', inv.number], ['À régler avant le', date(inv, inv.due)]];
        info.forEach(([k, v], n) => {
          pdf.font('Helvetica').fontSize(7.5).fillColor('#555555').text(`${k} :`, left + 42 * PT, y0 + 13 * PT + n * 11, { lineBreak: false });
          pdf.font('Helvetica-Bold').fontSize(8.5).fillColor('#111111').text(v, left + 74 * PT, y0 + 13 * PT + n * 11, { lineBreak: false });
        });
        pdf.lineWidth(0.5).strokeColor('#999999').rect(left + 42 * PT, y0 + 38 * PT, 138 * PT, 32 * PT).stroke();
        pdf.font('Helvetica').fontSize(6).fillColor('#555555').text('Contenu du code (virement SEPA) :', left + 44 * PT, y0 + 39.5 * PT, { lineBreak: false });
        pdf.font('Courier').fontSize(6.3).fillColor('#222222');
        epc.forEach((line, n) => pdf.text(line, left + 44 * PT + Math.floor(n / 6) * 68 * PT, y0 + 43 * PT + (n % 6) * 7.5, { lineBreak: false }));
      },
      footer: [p(`${s.name} – ${s.address.join(', ')}`, { align: 'center', size: 6.5 })],
    };
  },
};

const totalsLeft = {
  name: 'totaux-a-gauche',
  family: 'totals-left',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('totaux-a-gauche', i, { trades: ['services', 'btp', 'goods'], numbers: ['pennylane', 'micro', 'hash'], lines: [2, 7], engagementProb: 0.55, engagementLabels: ['engagementChorus', 'bdc', 'referenceEngagement'], dateStyles: ['long', 'slash', 'short'], rates: [[2000], [1000], [2000, 1000]], depositPct: [0, 0, 40], discountPct: [0, 0, 0, 5], groups: ['space', 'narrow', 'dot'], rcsProb: 0.5 }),
  doc(inv) {
    const x = extraRng(inv);
    const rows = [];
    if (inv.discount) rows.push(['Sous-total HT', inv.grossHT], [`Remise ${inv.discountPct} %`, -inv.discount]);
    rows.push([x.pick(['Total HT', 'Total hors taxes', 'Montant HT']), inv.ht]);
    for (const v of inv.vat) rows.push([`TVA ${rate(v.rate)}`, v.amount]);
    rows.push([x.pick(['Total TTC', 'Total toutes taxes']), inv.ttc, { b: true }]);
    if (inv.deposit) rows.push(['Déjà réglé', -inv.deposit], [x.pick(['Reste à payer', 'Solde dû', 'Net à payer']), inv.net, { b: true }]);
    const summary = table([34, 28], rows.map(([k, v, o = {}]) => ({ cells: [k, money(inv, v)], b: o.b, shade: '#f1efe9' })), { align: ['left', 'right'], pad: 1.2 });
    const items = table([56, 12, 22, 24], [{ cells: ['Description', 'Qté', 'Prix HT', 'Total HT'], b: true }, ...inv.lines.map((l) => [`${l.label}${inv.vat.length > 1 ? ` (TVA ${rate(l.rate)})` : ''}`, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)])], { border: 'rows', align: ['left', 'right', 'right', 'right'] });
    return {
      font: 'DejaVu Sans', size: 8.5, margins: [15, 15, 20, 15],
      body: [
        columns([110, 70], [supplierLines(inv, { siretLabel: 'Siret' }), [p('Facture', { size: 20, b: true, align: 'right', color: '#b5651d' }), p(`N° ${inv.number}`, { align: 'right', b: true }), p(`Émise le ${date(inv, inv.date)}`, { align: 'right' }), p(`À régler avant le ${date(inv, inv.due)}`, { align: 'right' })]]),
        space(5),
        columns([110, 70], [references(inv).map(([k, v]) => p(`${k} : ${v}`)), buyerLines(inv, { heading: 'Client', siretLabel: 'Siret' })]),
        space(6),
        // Summary column first (left), item table second (right): the totals come before the lines in reading order.
        columns([62, 4, 114], [[p('Récapitulatif', { b: true, color: '#b5651d', after: 1 }), summary, space(3), p('Paiement', { b: true, color: '#b5651d' }), p(inv.print.iban ? `Virement bancaire\nIBAN ${iban(inv)}\nBIC ${inv.supplier.bic}` : 'Chèque à l’ordre de ' + inv.supplier.name, { size: 7.5 })], [], [items]]),
      ],
      footer: legalFooter(inv),
    };
  },
};

const severalDeposits = {
  name: 'acomptes-multiples',
  family: 'several-deposits',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('acomptes-multiples', i, { trades: ['btp', 'goods', 'services'], numbers: ['plain', 'ebp', 'solde'], lines: [2, 6], depositPct: [40, 50, 60, 70], engagementProb: 0.6, engagementLabels: ['engagementJuridiqueNo', 'ej', 'bdc'], marketProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[2000], [1000], [2000, 550]], groups: ['space', 'nbsp', 'none'], rcsProb: 0.5 });
    const x = extraRng(inv, 'acomptes');
    const parts = x.int(2, 3);
    const shares = parts === 2 ? [x.pick([0.4, 0.5, 0.6])] : [x.pick([0.3, 0.4]), x.pick([0.3, 0.35])];
    let left = inv.deposit;
    const digits = inv.number.match(/(\d+)$/)[1];
    const stem = inv.number.slice(0, inv.number.length - digits.length);
    // Earlier numbers of the same series, the latest deposit closest to the final invoice.
    const main = Number(digits);
    const step = Math.max(1, Math.min(x.int(5, 60), Math.floor((main - 1) / parts)));
    inv.deposits = Array.from({ length: parts }, (_, k) => {
      const amount = k === parts - 1 ? left : Math.round(inv.deposit * shares[k]);
      left -= amount;
      const seq = Math.max(0, main - (parts - k) * step);
      return { number: `${stem}${String(seq).padStart(digits.length, '0')}`, on: addDays(inv.previousDeposit, -(parts - 1 - k) * x.int(20, 35)), amount };
    });
    inv.quoteAccepted = addDays(inv.deposits[0].on, -x.int(3, 15));
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv);
    const title = x.pick(['FACTURE DE SOLDE', 'FACTURE FINALE', 'Facture de solde']);
    const deposits = table([70, 40, 40], [
      { cells: ['Facture d’acompte', 'Date', 'Montant TTC'], b: true, size: 8 },
      ...inv.deposits.map((d, k) => [`Acompte n° ${k + 1} – ${d.number}`, date(inv, d.on), money(inv, d.amount)]),
      { cells: ['Total des acomptes versés', '', money(inv, inv.deposit)], b: true },
    ], { border: 'grid', align: ['left', 'center', 'right'], indent: 30, before: 3 });
    return {
      font: 'Liberation Sans', size: 9, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [supplierLines(inv), buyerLines(inv, { heading: 'Client' })]),
        p(`${title} N° ${inv.number}`, { size: 14, b: true, before: 6 }),
        p(`Date : ${date(inv, inv.date)} – Devis ${inv.quote} accepté le ${date(inv, inv.quoteAccepted)}`),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        itemsTable(inv, { border: 'grid' }),
        totalsTable(inv, [['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC du marché', inv.ttc, { b: true }]], { border: 'grid', widths: [56, 30], indent: 94 }),
        p('Acomptes déjà facturés et réglés', { b: true, before: 3 }),
        deposits,
        totalsTable(inv, [[x.pick(['Reste à payer TTC', 'Solde dû', 'Net à payer']), inv.net, { b: true, shade: '#e8e8e8' }]], { border: 'grid', widths: [56, 30], indent: 94 }),
        p(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : 'Règlement par chèque à réception.', { before: 4, size: 8.5 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

export default [receipt, carnet, paymentSlip, totalsLeft, severalDeposits];

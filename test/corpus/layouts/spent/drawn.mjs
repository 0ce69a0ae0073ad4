// Blind-3 layouts drawn by PDFKit (see ../../README.md): a pre-printed form whose identifiers (SIRET, APE, RIB,
// IBAN, engagement) are written one character per box, a letterhead with a tinted vertical band carrying the invoice
// number bottom to top, and a line-printer listing on green-bar paper (capitals without accents, ASCII frames).
import PDFDocument from 'pdfkit';
import { columns, p, space, table } from '../../lib/doc.mjs';
import { groupIban, groupSiren } from '../../lib/identifiers.mjs';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, references, siret } from '../../lib/invoice.mjs';
import { buyerLines, legalFooter } from '../../lib/blocks.mjs';

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

const newPdf = (size, title, layout = 'portrait') => new PDFDocument({ size, layout, margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: title } });

// ——— 1. A form with one box per character ———

const boxedForm = {
  name: 'formulaire-cases',
  family: 'boxed-form',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('formulaire-cases', i, { trades: ['services', 'btp', 'goods'], numbers: ['plain', 'carnet', 'year2'], lines: [1, 5], engagementProb: 0.65, engagementLabels: ['ej'], marketProb: 0.35, serviceProb: 0.5, buyerSiretProb: 0.55, dateStyles: ['slash'], rates: [[2000], [1000], [550]], groups: ['space', 'none'], rcsProb: 0.3, ibanProb: 0.85, cityProb: 0.6 }),
  pdfkit(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const pdf = newPdf('A4', 'Facture');
    const W = pdf.page.width;
    const L = 12 * MM;
    const R = W - 12 * MM;
    const ink = '#1d1d1b';
    const form = '#7a1f3d';
    const text = (t, px, py, { size = 8, bold = false, color = ink, width } = {}) => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor(color).text(t, px, py, width ? { width, lineBreak: true } : { lineBreak: false });
    const label = (t, px, py, size = 6.8) => text(t, px, py, { size, color: form });
    /** A row of boxes, one character in each (left-aligned value; empty boxes when there is none). */
    const boxes = (px, py, count, value = '', { w = 4.6 * MM, h = 5.6 * MM, gapEvery = 0 } = {}) => {
      let cx = px;
      for (let k = 0; k < count; k++) {
        if (gapEvery && k > 0 && k % gapEvery === 0) cx += 1.6 * MM;
        pdf.lineWidth(0.6).strokeColor(form).rect(cx, py, w, h).stroke();
        const ch = value[k];
        if (ch) pdf.font('Courier-Bold').fontSize(10).fillColor(ink).text(ch, cx + w / 2 - 3, py + h / 2 - 3.8, { lineBreak: false });
        cx += w;
      }
      return cx;
    };
    const band = (t, py) => {
      pdf.rect(L, py, R - L, 5 * MM).fill('#f2dde4');
      text(t, L + 2 * MM, py + 1.4 * MM, { size: 7.5, bold: true, color: form });
    };
    text('FACTURE', L, 12 * MM, { size: 20, bold: true, color: form });
    text(x.pick(['Imprimé à compléter en lettres capitales – une lettre ou un chiffre par case', 'Formulaire de facturation – remplir une case par caractère']), L, 21 * MM, { size: 7, color: form });
    label('N° de facture', R - 70 * MM, 12 * MM);
    pdf.lineWidth(0.6).strokeColor(form).rect(R - 70 * MM, 15 * MM, 70 * MM, 7 * MM).stroke();
    text(inv.number, R - 68 * MM, 16.8 * MM, { size: 11, bold: true });
    label('Date de facture', R - 70 * MM, 24 * MM);
    pdf.rect(R - 70 * MM, 27 * MM, 70 * MM, 7 * MM).stroke();
    text(date(inv, inv.date), R - 68 * MM, 28.8 * MM, { size: 11 });

    let y = 40 * MM;
    band('1. PRESTATAIRE / FOURNISSEUR', y);
    y += 7 * MM;
    label('Raison sociale', L, y);
    text(s.legalName ?? s.name, L + 30 * MM, y - 1, { size: 9.5, bold: true });
    y += 5 * MM;
    label('Adresse', L, y);
    text(`${s.address.join(' – ')} – Tél. ${s.phone}`, L + 30 * MM, y - 1, { size: 9 });
    y += 6 * MM;
    label('N° SIRET', L, y + 1.5 * MM);
    boxes(L + 30 * MM, y, 14, inv.print.supplierSiret ? s.siret : '', { gapEvery: 0 });
    label('Code APE', L + 104 * MM, y + 1.5 * MM);
    boxes(L + 118 * MM, y, 5, s.ape);
    y += 8 * MM;
    label('N° TVA intracommunautaire', L, y);
    text(s.vat, L + 38 * MM, y - 1, { size: 9 });
    if (inv.print.supplierSiren) {
      label('RCS', L + 104 * MM, y);
      text(`${s.rcsCity} ${groupSiren(s.siren)}`, L + 112 * MM, y - 1, { size: 9 });
    }

    y += 8 * MM;
    band('2. DESTINATAIRE DE LA FACTURE (ACHETEUR PUBLIC)', y);
    y += 7 * MM;
    label('Dénomination', L, y);
    text(b.name, L + 30 * MM, y - 1, { size: 9.5, bold: true });
    y += 5 * MM;
    label('Adresse', L, y);
    text(b.lines.join(' – '), L + 30 * MM, y - 1, { size: 8.5, width: R - L - 30 * MM });
    y += 9 * MM;
    label('N° SIRET', L, y + 1.5 * MM);
    boxes(L + 30 * MM, y, 14, inv.print.buyerSiret ? b.siret : '');
    y += 8 * MM;
    label('N° d’engagement juridique (EJ)', L, y + 1.5 * MM);
    boxes(L + 42 * MM, y, 10, inv.engagement ? inv.engagement.value : '');
    label('Code service', L + 104 * MM, y + 1.5 * MM);
    pdf.lineWidth(0.6).strokeColor(form).rect(L + 122 * MM, y, R - L - 122 * MM, 5.6 * MM).stroke();
    if (inv.serviceCode) text(inv.serviceCode, L + 124 * MM, y + 1.3 * MM, { size: 9 });
    y += 8 * MM;
    label('N° de marché', L, y + 1.5 * MM);
    pdf.rect(L + 30 * MM, y, 60 * MM, 5.6 * MM).stroke();
    if (inv.market) text(inv.market, L + 32 * MM, y + 1.3 * MM, { size: 9 });

    y += 10 * MM;
    band('3. DÉTAIL DES PRESTATIONS', y);
    y += 6 * MM;
    const widths = [88, 18, 26, 18, 36].map((w) => w * MM);
    const heads = ['Désignation', 'Quantité', 'Prix unitaire HT', 'Taux TVA', 'Montant HT'];
    const rows = Math.max(6, inv.lines.length);
    const rowH = 6 * MM;
    let cx = L;
    widths.forEach((w, k) => {
      pdf.lineWidth(0.6).strokeColor(form).rect(cx, y, w, rowH * (rows + 1)).stroke();
      label(heads[k], cx + 1.5 * MM, y + 2 * MM);
      cx += w;
    });
    for (let r = 1; r <= rows; r++) pdf.lineWidth(0.3).strokeColor('#c9a3b1').moveTo(L, y + r * rowH).lineTo(cx, y + r * rowH).stroke();
    inv.lines.forEach((l, k) => {
      const ry = y + (k + 1) * rowH + 1.8 * MM;
      let ox = L;
      [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)].forEach((value, c) => {
        const w = widths[c];
        if (c === 0) text(value, ox + 1.5 * MM, ry, { size: 8.5 });
        else pdf.font('Helvetica').fontSize(8.5).fillColor(ink).text(value, ox, ry, { width: w - 1.5 * MM, align: 'right', lineBreak: false });
        ox += w;
      });
    });
    y += rowH * (rows + 1) + 4 * MM;
    // Totals, bottom right, one box per line.
    const totals = [['Total HT', inv.ht], ['Montant de la TVA', inv.tva], ['Total TTC', inv.ttc]];
    if (inv.deposit) totals.push(['Acompte déjà versé', -inv.deposit]);
    totals.push(['NET À PAYER', inv.net]);
    const tx = L + widths[0] + widths[1];
    totals.forEach(([k, v], n) => {
      const ty = y + n * 6.5 * MM;
      pdf.lineWidth(0.6).strokeColor(form).rect(tx, ty, widths[2] + widths[3], 6.5 * MM).stroke().rect(tx + widths[2] + widths[3], ty, widths[4], 6.5 * MM).stroke();
      text(k, tx + 1.5 * MM, ty + 2 * MM, { size: 8, bold: n === totals.length - 1, color: form });
      pdf.font(n === totals.length - 1 ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).fillColor(ink).text(money(inv, v), tx + widths[2] + widths[3], ty + 1.8 * MM, { width: widths[4] - 1.5 * MM, align: 'right', lineBreak: false });
    });
    label('Échéance de paiement', L, y + 1 * MM);
    text(date(inv, inv.due), L, y + 4.5 * MM, { size: 9 });
    label('Mode de règlement', L, y + 11 * MM);
    text(inv.print.iban ? 'Virement bancaire' : 'Mandat administratif – chèque', L, y + 14.5 * MM, { size: 9 });

    y += totals.length * 6.5 * MM + 6 * MM;
    band('4. RELEVÉ D’IDENTITÉ BANCAIRE DU PRESTATAIRE', y);
    y += 8 * MM;
    const bban = inv.print.iban ? s.iban.slice(4) : '';
    label('Code banque', L, y - 3 * MM);
    let bx = boxes(L, y, 5, bban.slice(0, 5), { w: 4.2 * MM, h: 5.2 * MM });
    label('Code guichet', bx + 3 * MM, y - 3 * MM);
    bx = boxes(bx + 3 * MM, y, 5, bban.slice(5, 10), { w: 4.2 * MM, h: 5.2 * MM });
    label('N° de compte', bx + 3 * MM, y - 3 * MM);
    bx = boxes(bx + 3 * MM, y, 11, bban.slice(10, 21), { w: 4.2 * MM, h: 5.2 * MM });
    label('Clé RIB', bx + 3 * MM, y - 3 * MM);
    boxes(bx + 3 * MM, y, 2, bban.slice(21, 23), { w: 4.2 * MM, h: 5.2 * MM });
    y += 10 * MM;
    label('IBAN', L, y + 1.5 * MM);
    const after = boxes(L + 10 * MM, y, 27, inv.print.iban ? s.iban : '', { w: 4.2 * MM, h: 5.2 * MM, gapEvery: 4 });
    label('BIC', after + 3 * MM, y + 1.5 * MM);
    if (inv.print.iban) text(s.bic, after + 9 * MM, y + 1 * MM, { size: 9 });
    text(`Pénalités de retard : 3 fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €. ${legalLine(inv, { withSiret: false })}`, L, pdf.page.height - 16 * MM, { size: 6, color: '#444444', width: R - L });
    return collect(pdf);
  },
};

// ——— 2. A tinted vertical band carrying the number ———

const verticalBand = {
  name: 'bandeau-vertical',
  family: 'vertical-number',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('bandeau-vertical', i, { numbers: ['pennylane', 'odoo', 'hash', 'plain'], lines: [1, 6], engagementProb: 0.55, engagementLabels: ['engagement', 'bonDeCommande', 'votreRefEj'], marketProb: 0.25, serviceProb: 0.35, buyerSiretProb: 0.5, dateStyles: ['long', 'short', 'slash'], rates: [[2000], [2000, 550], [1000]], depositPct: [0, 0, 30], groups: ['narrow', 'space', 'nbsp'], rcsProb: 0.6 }),
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const tint = x.pick(['#2d6a4f', '#3a0ca3', '#9d0208', '#1d3557']);
    const kind = inv.avoir ? 'AVOIR' : 'FACTURE';
    const verticalText = x.pick([`${kind} N° ${inv.number}`, `${kind}  ·  ${inv.number}`, `${kind} ${inv.number}`]);
    const meta = [
      [x.pick(['Date d’émission', 'Émise le', 'Date']), date(inv, inv.date)],
      [x.pick(['Échéance', 'À régler avant le']), date(inv, inv.due)],
      ...references(inv),
    ];
    const totals = [['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC', inv.ttc]];
    if (inv.deposit) totals.push([`Acompte reçu le ${date(inv, inv.previousDeposit)}`, -inv.deposit]);
    const white = (text, extra = {}) => ({ text, color: '#ffffff', ...extra });
    return {
      font: 'Liberation Sans', size: 9.5, margins: [14, 14, 22, 32],
      body: [
        columns([90, 74], [
          [p(s.name, { size: 16, b: true, color: tint }), p(s.tagline ?? x.pick(['Qualité et proximité', 'Depuis 1987', 'Votre partenaire local']), { i: true, size: 8.5 }), ...s.address.map((line) => p(line)), p(`${s.phone} · ${s.email}`, { size: 8.5 }), ...(inv.print.supplierSiret ? [p(`SIRET ${siret(inv)}`, { size: 8.5 })] : [])],
          buyerLines(inv, { heading: x.pick(['Facturer à', 'Client', 'Destinataire']) }),
        ]),
        space(6),
        table([44, 120], meta.map(([k, v]) => [{ text: k, color: '#555555' }, { text: v, b: true }]), { size: 9 }),
        table([86, 16, 24, 14, 24], [
          { cells: ['Description', 'Qté', 'Prix HT', 'TVA', 'Total HT'].map((t) => ({ runs: [white(t, { b: true })] })), shade: tint },
          ...inv.lines.map((l, k) => ({ cells: [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)], shade: k % 2 ? '#f1f3f5' : undefined })),
        ], { align: ['left', 'right', 'right', 'right', 'right'], before: 6, after: 3 }),
        table([52, 30], totals.map(([k, v]) => [k, money(inv, v)]), { indent: 82, align: ['left', 'right'], border: 'rows' }),
        // The amount due in a tinted banner, white on colour.
        table([82], [{ cells: [{ runs: [white(`${x.pick(['Net à payer', 'Montant à régler', 'Reste à payer'])} : ${money(inv, inv.net)}`, { b: true, size: 11 })], align: 'right' }], shade: tint }], { indent: 82, pad: 2.5, before: 2 }),
        p(inv.print.iban ? `Virement : ${iban(inv)} · BIC ${s.bic}` : 'Règlement par mandat administratif.', { before: 8, size: 9 }),
      ],
      footer: legalFooter(inv),
      // The band and its vertical text, drawn on the last (only) page after the text.
      decorate(pdf, { PT, pageHeight, font }) {
        pdf.rect(0, 0, 20 * PT, pageHeight).fill(tint);
        font({ b: true });
        pdf.fontSize(15).fillColor('#ffffff');
        pdf.save();
        pdf.rotate(-90, { origin: [13 * PT, pageHeight - 30 * PT] });
        pdf.text(verticalText, 13 * PT, pageHeight - 30 * PT, { lineBreak: false, characterSpacing: 1 });
        pdf.restore();
        pdf.fillColor('#111111');
      },
    };
  },
};

// ——— 3. A line-printer listing on green-bar paper ———

const ascii = (text) => String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, ' ').replace(/[–—·]/g, '-').replace(/²/g, '2').replace(/³/g, '3').replace(/œ/g, 'oe').toUpperCase();
const lpad = (t, n) => String(t).slice(0, n).padStart(n);
const rpad = (t, n) => String(t).slice(0, n).padEnd(n);

const listing = {
  name: 'listing-zebre',
  family: 'line-printer',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => makeInvoice('listing-zebre', i, { numbers: ['sage', 'ciel', 'compact'], lines: [2, 9], engagementProb: 0.55, engagementLabels: ['commande'], marketProb: 0.3, serviceProb: 0.4, buyerSiretProb: 0.5, dateStyles: ['slash2', 'slash'], rates: [[2000], [2000, 550], [2000, 1000]], groups: ['none', 'dot'], currencyGap: 0, rcsProb: 0.6, depositPct: [0, 0, 20] }),
  pdfkit(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const n = (cents) => plainMoney(inv, cents);
    const codes = new Map(inv.rates.map((r, k) => [r, String(k + 1)]));
    const engagementLabel = x.pick(['V/CDE NO   :', 'V/REF EJ   :', 'BON CDE NO :']);
    const head = [
      rpad(ascii(s.legalName ?? s.name), 60) + rpad('F A C T U R E', 40) + lpad('PAGE : 001', 30),
      rpad(ascii(s.address[0]), 60) + rpad(`NO FACTURE : ${inv.number}`, 40) + lpad(`DATE : ${date(inv, inv.date)}`, 30),
      rpad(ascii(s.address[1]), 60) + rpad(`CODE CLIENT: ${inv.clientCode}`, 40) + lpad(`ECHEANCE : ${date(inv, inv.due)}`, 30),
      rpad(`TEL ${s.phone}`, 60) + rpad(inv.engagement ? `${engagementLabel} ${inv.engagement.written}` : '', 40),
      rpad(inv.print.supplierSiret ? `SIRET ${s.siret}` : `TVA ${s.vat}`, 60) + rpad(inv.market ? `MARCHE NO  : ${inv.market}` : '', 40),
      rpad(inv.print.supplierSiren ? `RCS ${ascii(s.rcsCity)} B ${groupSiren(s.siren)}` : '', 60) + rpad(inv.serviceCode ? `SERVICE    : ${inv.serviceCode}` : '', 40),
      '',
      `FACTURE A : ${ascii(b.name)}`,
      ...b.lines.map((line) => `            ${ascii(line)}`),
      ...(inv.print.buyerSiret ? [`            SIRET ${b.siret}`] : []),
      '',
    ];
    const sep = `+${'-'.repeat(10)}+${'-'.repeat(56)}+${'-'.repeat(10)}+${'-'.repeat(14)}+${'-'.repeat(16)}+${'-'.repeat(6)}+`;
    const body = [
      sep,
      `|${rpad(' CODE ART', 10)}|${rpad(' DESIGNATION', 56)}|${lpad('QTE ', 10)}|${lpad('PU HT ', 14)}|${lpad('MONTANT HT ', 16)}|${rpad(' TVA', 6)}|`,
      sep,
      ...inv.lines.map((l) => `|${rpad(` ${l.ref}`, 10)}|${rpad(` ${ascii(l.label)}`, 56)}|${lpad(`${qty(l.qty)} `, 10)}|${lpad(`${n(l.unit)} `, 14)}|${lpad(`${n(l.total)} `, 16)}|${rpad(`  ${codes.get(l.rate)}`, 6)}|`),
      sep,
      '',
      'CODE TVA     BASE HT        TAUX      MONTANT TVA',
      ...inv.vat.map((v) => `   ${codes.get(v.rate)}    ${lpad(n(v.base), 12)}    ${lpad((v.rate / 100).toFixed(2).replace('.', ','), 8)}    ${lpad(n(v.amount), 12)}`),
      '',
      `${' '.repeat(70)}TOTAL H.T.        : ${lpad(n(inv.ht), 14)}`,
      `${' '.repeat(70)}TOTAL T.V.A.      : ${lpad(n(inv.tva), 14)}`,
      `${' '.repeat(70)}TOTAL T.T.C.      : ${lpad(n(inv.ttc), 14)}`,
      ...(inv.deposit ? [`${' '.repeat(70)}ACOMPTE RECU      : ${lpad(`-${n(inv.deposit)}`, 14)}`] : []),
      `${' '.repeat(70)}NET A PAYER EUR   : ${lpad(n(inv.net), 14)}`,
      '',
      inv.print.iban ? `REGLEMENT : VIREMENT ${x.pick(['30 JOURS', '45 JOURS FDM', 'A RECEPTION'])}   IBAN ${groupIban(s.iban)}   BIC ${s.bic}` : 'REGLEMENT : MANDAT ADMINISTRATIF A 30 JOURS',
      'PENALITES DE RETARD : 3 FOIS LE TAUX D INTERET LEGAL - INDEMNITE FORFAITAIRE 40 EUR - PAS D ESCOMPTE',
      ascii(legalLine(inv, { withSiret: false })).slice(0, 130),
    ];
    const out = [...head, ...body];
    const pdf = newPdf('A4', 'FACTURE', 'landscape');
    const size = 8.4;
    const lineH = 12;
    const top = 16 * MM;
    const left = 12 * MM;
    // Green bars: three printed lines green, three white, across the sheet; sprocket holes on both edges.
    for (let k = 0; k * lineH * 3 < pdf.page.height; k += 2) pdf.rect(8 * MM, top - 3 + k * lineH * 3, pdf.page.width - 16 * MM, lineH * 3).fill('#dcefdc');
    for (let yy = 6 * MM; yy < pdf.page.height; yy += 12.7 * MM / 2) {
      pdf.circle(4 * MM, yy, 1.8 * MM).lineWidth(0.5).strokeColor('#9bb89b').stroke();
      pdf.circle(pdf.page.width - 4 * MM, yy, 1.8 * MM).stroke();
    }
    pdf.font('Courier').fontSize(size).fillColor('#222222');
    out.forEach((line, k) => pdf.text(line, left, top + k * lineH, { lineBreak: false }));
    return collect(pdf);
  },
};

export default [boxedForm, verticalBand, listing];

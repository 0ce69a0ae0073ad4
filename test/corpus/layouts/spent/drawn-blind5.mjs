// A blind-5 layout drawn by PDFKit (see ../../README.md): an invoice already paid at the counter or by the buyer's
// purchasing card, stamped « ACQUITTÉE » or « PAYÉE » beside its totals, whose remaining balance is zero.
import PDFDocument from 'pdfkit';
import { addDays } from '../../lib/format.mjs';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { COMPANIES } from '../../lib/parties.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, recompute, references, truthOf } from '../../lib/invoice.mjs';
import { spacedSiret } from '../../lib/variants.mjs';
import { buyerTexts } from '../../lib/blind5.mjs';

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

const acquittee = {
  name: 'v-facture-acquittee',
  family: 'paid-stamp',
  producers: ['pdfkit'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('v-facture-acquittee', i, { cityProb: 0.6, engagementProb: 0.45, trades: ['goods', 'books', 'food', 'services'], numbers: ['ticket', 'carnet', 'plain', 'compact'], engagementLabels: ['bonDeCommande', 'commande', 'bcShort'], marketProb: 0.1, serviceProb: 0.4, dateStyles: ['slash', 'dots'], rates: [[2000], [550, 2000], [1000, 2000]], groups: ['space', 'none'], lines: [1, 5], unitMax: 40000, rcsProb: 0.5, ibanProb: 0.3 });
    const x = extraRng(inv, 'paid');
    // VAT rates that fit the trade: books at 5,5 %, food at 10 %, the rest (and stationery, drinks) at 20 %.
    const trade = COMPANIES.find((c) => c.name === inv.supplier.name)?.trade;
    const reduced = trade === 'books' ? 550 : trade === 'food' ? 1000 : null;
    inv.rates = reduced && x.chance(0.7) ? [reduced, 2000] : [2000];
    inv.lines.forEach((l, k) => {
      l.rate = inv.rates[k % inv.rates.length];
    });
    recompute(inv);
    const method = x.pick(['carte bancaire', 'carte d’achat public', 'chèque', 'virement', 'espèces (régie d’avances)']);
    inv.paid = { on: method === 'virement' ? addDays(inv.date, -x.int(1, 10)) : inv.date, method, ref: method.startsWith('carte') ? `Autorisation n° ${x.digits(6)}` : method === 'chèque' ? `Chèque n° ${x.digits(7)}` : method === 'virement' ? `Réf. virement ${x.digits(10)}` : `Quittance n° ${x.digits(4)}`, stamp: x.pick(['ACQUITTÉE', 'PAYÉE', 'ACQUITTÉ']) };
    return inv;
  },
  // Paid in full: nothing remains due.
  truth: (inv) => ({ ...truthOf(inv), netAPayer: '0.00' }),
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: 'PDFKit', CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 16 * MM;
    const R = pdf.page.width - 16 * MM;
    const text = (t, px, py, { size = 9, bold = false, color = '#111111', width, align } = {}) => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    let y = 16 * MM;
    text(s.name, L, y, { size: 15, bold: true });
    [...s.address, `Tél. ${s.phone} – ${s.email}`, ...(inv.print.supplierSiret ? [`SIRET ${spacedSiret(x, s.siret)}`] : [])].forEach((t, k) => text(t, L, y + 7 * MM + k * 4.3 * MM, { size: 8.5 }));
    text(x.pick(['FACTURE', 'Facture']), R - 70 * MM, y, { size: 18, bold: true, width: 70 * MM, align: 'right' });
    text(`N° ${inv.number}`, R - 70 * MM, y + 9 * MM, { size: 10, bold: true, width: 70 * MM, align: 'right' });
    text(`Date : ${date(inv, inv.date)}`, R - 70 * MM, y + 14 * MM, { width: 70 * MM, align: 'right' });
    y += 38 * MM;
    const buyer = buyerTexts(inv, x);
    text(x.pick(['Client', 'Facturé à']), R - 80 * MM, y - 5 * MM, { size: 7.5, color: '#666666' });
    buyer.forEach((t, k) => text(t, R - 80 * MM, y + k * 4.3 * MM, { size: 9, bold: k === 0 }));
    references(inv).forEach(([k, v], n) => text(`${k} : ${v}`, L, y + n * 4.5 * MM, { size: 9 }));
    y += Math.max(buyer.length, 3) * 4.3 * MM + 8 * MM;

    const cols = [L, L + 98 * MM, L + 114 * MM, L + 138 * MM, L + 152 * MM];
    const widths = [96 * MM, 14 * MM, 22 * MM, 12 * MM, R - L - 152 * MM];
    pdf.rect(L, y - 1.5 * MM, R - L, 6.5 * MM).fill('#eeeeee');
    ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Total HT'].forEach((h, k) => text(h, cols[k], y, { size: 8.5, bold: true, width: widths[k], align: k ? 'right' : 'left' }));
    y += 7 * MM;
    for (const l of inv.lines) {
      [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k], y, { size: 8.5, width: widths[k], align: k ? 'right' : 'left' }));
      y += 5.5 * MM;
    }
    pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).strokeColor('#888888').stroke();
    y += 4 * MM;
    const totalsTop = y;
    const rows = [['Total HT', money(inv, inv.ht)], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, money(inv, v.amount)]), ['Total TTC', money(inv, inv.ttc)], [`Réglé le ${date(inv, inv.paid.on)} (${inv.paid.method})`, `- ${money(inv, inv.ttc)}`], [x.pick(['Reste à payer', 'Net à payer', 'Solde dû']), money(inv, 0)]];
    rows.forEach(([k, v], n) => {
      const last = n === rows.length - 1;
      text(k, R - 100 * MM, y, { size: 9, bold: last, width: 68 * MM });
      text(v, R - 32 * MM, y, { size: 9, bold: last, width: 32 * MM, align: 'right' });
      y += 5.5 * MM;
    });
    // The stamp, tilted beside the totals, as a rubber stamp lands.
    const cx = L + 45 * MM;
    const cy = totalsTop + 12 * MM;
    pdf.save().rotate(x.pick([-14, -10, -18]), { origin: [cx, cy] });
    pdf.lineWidth(2).strokeColor('#c62828').opacity(0.85).roundedRect(cx - 36 * MM, cy - 10 * MM, 72 * MM, 20 * MM, 3 * MM).stroke();
    text(inv.paid.stamp, cx - 36 * MM, cy - 7 * MM, { size: 20, bold: true, color: '#c62828', width: 72 * MM, align: 'center' });
    text(`le ${date(inv, inv.paid.on)}`, cx - 36 * MM, cy + 2.5 * MM, { size: 10, bold: true, color: '#c62828', width: 72 * MM, align: 'center' });
    pdf.restore().opacity(1);
    y += 6 * MM;
    text(`${x.pick(['Paiement reçu', 'Facture réglée'])} – ${inv.paid.method} – ${inv.paid.ref}. ${x.pick(['Aucune somme ne reste due.', 'Document valant reçu.', 'Merci de ne pas régler une seconde fois.'])}`, L, y, { size: 8.5, width: R - L });
    if (inv.print.iban) text(`Coordonnées bancaires : IBAN ${iban(inv)} – BIC ${s.bic}`, L, pdf.page.height - 24 * MM, { size: 7.5, width: R - L, align: 'center' });
    text(legalLine(inv), L, pdf.page.height - 18 * MM, { size: 6.8, width: R - L, align: 'center', color: '#444444' });
    return collect(pdf);
  },
};

export default [acquittee];

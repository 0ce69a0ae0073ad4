// Blind-18 layout drawn by PDFKit (see ../../README.md): an optician and hearing-aid centre invoicing a CCAS for the
// equipment of the beneficiaries it helps (a block per beneficiary with the CCAS's file number and the prescription;
// hearing aids with their serial numbers at 5,5 %, batteries, frames and lenses at 20 %, the audiologist's hearing
// tests exempt under art. 261-4-1° of the CGI; a VAT summary with the exempt base; the shares paid directly by the
// health insurance and the complementary insurer (third-party payment) deducted below the TTC on most, the CCAS paying
// what remains), as an in-house back office prints it.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { BUYERS } from '../../lib/parties.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences, MORE_BUYERS } from '../../lib/blind14.mjs';
import { allVatRows, maybeRelabel18 } from '../../lib/blind18.mjs';

const MM = 72 / 25.4;
const CCAS = [...BUYERS, ...MORE_BUYERS].filter((b) => /^CCAS/.test(b.name));
const DOCTORS = ['Dr Martin (ORL)', 'Dr Besson (ORL)', 'Dr Perret (ophtalmologiste)', 'Dr Chaize (ORL)', 'Dr Faure (ophtalmologiste)'];
const INITIALS = ['Mme A. B.', 'M. R. D.', 'Mme J. F.', 'M. K. L.', 'Mme S. M.', 'M. P. V.', 'Mme N. C.', 'M. H. T.'];

const audition = {
  name: 'g-audition-optique-ccas',
  family: 'hearing-optical-ccas-third-party-payment',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('g-audition-optique-ccas', i, { engagementProb: 0.7, cityProb: 0.3, trades: ['services'], numbers: ['dolibarr', 'sage', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.25, serviceProb: 0.45, dateStyles: ['slash', 'dots', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'hearing');
    renameSupplier(inv, x.pick(['Optique et Audition du Forez', 'Audition Santé Loire', 'Centre Auditif Jacquard', 'Optic Audio Gier']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4774Z';
    inv.buyer = CCAS[(i + x.int(0, 1)) % CCAS.length];
    localReferences(inv, x);
    maybeRelabel18(inv, x);
    inv.due = addDays(inv.date, 30);
    inv.thirdParty = i % 4 !== 2;
    inv.people = [];
    inv.lines = [];
    let amo = 0;
    let amc = 0;
    const count = x.int(1, 3);
    for (let k = 0; k < count; k++) {
      const who = { name: INITIALS[(i * 3 + k) % INITIALS.length], file: `CCAS-${x.digits(5)}`, prescribed: addDays(inv.date, -x.int(20, 90)), doctor: x.pick(DOCTORS), lines: [] };
      const optical = /ophtalmo/.test(who.doctor);
      if (optical) {
        who.lines.push({ label: 'Monture (classe B)', qty: 1, unit: x.int(60, 140) * 100, rate: 2000 });
        who.lines.push({ label: `Verres ${x.pick(['unifocaux', 'progressifs'])} (classe B) – la paire`, qty: 1, unit: x.int(120, 380) * 100, rate: 2000 });
        who.lines.push({ label: 'Examen de la réfraction et adaptation', qty: 1, unit: x.int(20, 35) * 100, rate: 0 });
        amo += x.int(5, 18) * 100;
        amc += x.int(60, 160) * 100;
      } else {
        const ears = x.chance(0.7) ? 2 : 1;
        for (let e = 0; e < ears; e++) who.lines.push({ label: `Aide auditive contour RIC (classe II) – oreille ${e === 0 ? 'droite' : 'gauche'} – S/N ${x.pick(['25', '24', '2A'])}${x.digits(7)}`, qty: 1, unit: x.int(1250, 1890) * 100, rate: 550 });
        who.lines.push({ label: 'Bilan d’orientation prothétique et contrôles d’efficacité (1re année)', qty: 1, unit: x.int(40, 90) * 100, rate: 0 });
        if (x.chance(0.6)) who.lines.push({ label: 'Piles zinc-air taille 312 (boîte de 60)', qty: x.int(1, 2), unit: x.int(24, 36) * 100, rate: 2000 });
        amo += 24000 * ears;
        amc += x.int(35, 80) * 1000 * ears;
      }
      inv.people.push(who);
      inv.lines.push(...who.lines);
    }
    priceLines(inv, [0, 550, 2000]);
    if (inv.thirdParty) {
      inv.amo = amo;
      inv.amc = Math.min(amc, inv.ttc - amo - 1000);
      inv.deposit = inv.amo + inv.amc;
      inv.net = inv.ttc - inv.deposit;
    }
    return inv;
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'OptiGest', 'AudioManager']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 15 * MM;
    const R = pdf.page.width - 15 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#006064', '#1b5e20', '#0d47a1']);
    const text = (t, px, py, { size = 8.4, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const me = supplierTexts(inv, x);
    text(me[0], L, 13 * MM, { size: 14, b: true, color: accent });
    text('Opticien – audioprothésiste diplômé d’État – tiers payant toutes caisses', L, 19 * MM, { size: 7, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 23 * MM + k * 3.6 * MM, { size: 7.8 }));
    text(`N° ADELI / FINESS : ${x.digits(9)}`, L, 23 * MM + (me.length - 1) * 3.6 * MM, { size: 7.2, color: '#555555' });
    // The buyer in the envelope window, the identity below it.
    const bx = 112 * MM;
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, bx, 40 * MM + k * 4 * MM, { size: 9, b: k === 0 }));
    let y = Math.max(40 * MM + buyer.length * 4 * MM, 27 * MM + me.length * 3.6 * MM) + 8 * MM;
    text(x.pick(['FACTURE', 'Facture']), L, y, { size: 16, b: true, color: accent });
    y += 8 * MM;
    const numberLabel = x.pick(['N° facture', 'Numéro', 'Facture n°', 'N° de pièce']);
    const ids = [[numberLabel, inv.number], [x.pick(['Date', 'Date de facture', 'Date :']), date(inv, inv.date)], ['Échéance', fmtDate(inv.due, 'slash')], ['Code client', inv.clientCode]];
    ids.forEach(([k, v], n) => {
      const cx = L + n * 45 * MM;
      pdf.rect(cx, y, 43 * MM, 10 * MM).lineWidth(0.6).stroke('#999999');
      text(k, cx + 2 * MM, y + 1.5 * MM, { size: 6.8, color: '#666666' });
      text(v, cx + 2 * MM, y + 5.2 * MM, { size: 9, b: n === 0 });
    });
    y += 14 * MM;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’appareillage n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service instructeur (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    if (shown.length) {
      text(shown.map(([k, v]) => `${k} : ${v}`).join('     '), L, y, { size: 8.4, b: true });
      y += 6 * MM;
    }
    text(`Objet : équipement des bénéficiaires de l’aide à l’appareillage${sentence ? ` – ${sentence}` : '.'}`, L, y, { size: 8.4, width: R - L });
    y += 9 * MM;
    const cols = [[L, 104, 'Désignation', 'left'], [L + 104 * MM, 12, 'Qté', 'right'], [L + 116 * MM, 24, 'P.U. HT', 'right'], [L + 140 * MM, 12, 'TVA', 'right'], [L + 152 * MM, (R - L) / MM - 152, 'Total HT', 'right']];
    pdf.rect(L, y - 1.2 * MM, R - L, 5.4 * MM).fill('#eceff1');
    cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y, { size: 7.6, b: true, width: (w - 2) * MM, align }));
    y += 6.4 * MM;
    for (const who of inv.people) {
      text(`Bénéficiaire : ${who.name} – dossier ${who.file} – prescription du ${fmtDate(who.prescribed, 'slash')}, ${who.doctor}`, L + 1 * MM, y, { size: 7.8, b: true, color: accent });
      y += 4.8 * MM;
      for (const l of who.lines) {
        [l.label, String(l.qty), plainMoney(inv, l.unit), l.rate ? rate(l.rate) : 'exo.', plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 7.8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
        y += 4.6 * MM;
      }
      const sub = who.lines.reduce((t, l) => t + l.total, 0);
      text(`Sous-total ${who.name} HT`, L + 104 * MM, y, { size: 7.4, width: 48 * MM, align: 'right', color: '#555555' });
      text(plainMoney(inv, sub), cols[4][0] + 1 * MM, y, { size: 7.4, width: (cols[4][1] - 2) * MM, align: 'right', color: '#555555' });
      y += 6 * MM;
    }
    pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).stroke('#999999');
    y += 3 * MM;
    // VAT summary on the left, totals on the right.
    const vy = y;
    text('Récapitulatif TVA', L, vy, { size: 7.6, b: true });
    [['Taux', 'Base HT', 'TVA'], ...allVatRows(inv).map(([r, base, amount]) => [r ? rate(r) : 'Exonéré', plainMoney(inv, base), plainMoney(inv, amount)])].forEach((row, n) => {
      row.forEach((t, k) => text(t, L + k * 26 * MM, vy + (n + 1) * 4.4 * MM, { size: 7.6, b: n === 0, width: 24 * MM, align: k === 0 ? 'left' : 'right' }));
    });
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['Total TVA', 'Montant TVA']), inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, true]];
    if (inv.thirdParty) totals.push(['Part Assurance Maladie (tiers payant)', -inv.amo], ['Part complémentaire santé (tiers payant)', -inv.amc], [x.pick(['Reste à charge – net à payer', 'Net à payer par le CCAS', 'Reste à payer']), inv.net, true]);
    totals.forEach(([k, v, strong], n) => {
      const yy = vy + n * 5 * MM;
      text(k, R - 96 * MM, yy, { size: strong ? 9 : 8.2, b: strong });
      text(money(inv, v), R - 36 * MM, yy, { size: strong ? 9 : 8.2, b: strong, width: 35 * MM, align: 'right' });
    });
    y = vy + Math.max(totals.length * 5, (allVatRows(inv).length + 2) * 4.4) * MM + 5 * MM;
    text('Bilans et contrôles de l’audioprothésiste, examen de la réfraction : exonérés de TVA (art. 261-4-1° du CGI). Aides auditives : TVA 5,5 %. Optique et piles : TVA 20 %.', L, y, { size: 7.2, width: R - L, color: '#444444' });
    y += 8 * MM;
    if (inv.thirdParty) {
      text('Les parts prises en charge sont réglées directement par les organismes (feuilles de soins électroniques transmises) ; seul le reste à charge est à régler par le CCAS.', L, y, { size: 7.2, width: R - L, color: '#444444' });
      y += 8 * MM;
    }
    text(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.', L, y, { size: 8.2, width: R - L });
    text(LATE_FEES, L, pdf.page.height - 24 * MM, { size: 6.4, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 17 * MM, { size: 6.2, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [audition];

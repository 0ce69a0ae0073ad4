// A blind-8 layout drawn by PDFKit (see ../../README.md): an animal-pound company's quarterly invoice to a commune
// under its pound agreement (a fee per inhabitant and per year with three decimals, divided by four, then the
// call-outs outside the fee), the invoice's identity in a framed box on one side and the buyer in the envelope
// window on the other, the quarter's animals listed below the totals.
import PDFDocument from 'pdfkit';
import { addDays } from '../../lib/format.mjs';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { BUYERS } from '../../lib/parties.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, recompute } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { collect, paymentText } from '../../lib/blind6.mjs';
import { dueRows, mills3, millsTotal, refPairs, relabelEngagement } from '../../lib/blind8.mjs';

const MM = 72 / 25.4;
const COMMUNES = { 'Ville de Saint-Étienne': [171500, 174800], 'Commune de Firminy': [16800, 17300], 'Commune de Roanne': [34100, 35200], 'Saint-Étienne Métropole': [401000, 406000] };
const ANIMALS = ['Chien (berger croisé)', 'Chien (type terrier)', 'Chat (européen)', 'Chatte et 3 chatons', 'Chien (labrador)', 'Cheval divagant', 'Chien (type malinois)'];
const OUTCOMES = ['Restitué au propriétaire', 'Transféré au refuge', 'Restitué au propriétaire', 'Identifié – restitué', 'Transféré au refuge (non identifié)'];
const PLACES = ['Rue de la Montat', 'Parc de l’Europe', 'Boulevard Karl Marx', 'Place du Peuple', 'Quartier de Montreynaud', 'Zone du Pont de l’Âne', 'Rue Michelet'];

const fourriere = {
  name: 'y-fourriere-animale',
  family: 'animal-pound-per-inhabitant',
  producers: ['pdfkit'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('y-fourriere-animale', i, { cityProb: 0.75, engagementProb: 0.75, trades: ['services'], numbers: ['plain', 'dolibarr', 'ciel', 'hash'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande', 'engagement'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'pound');
    // Only a commune (or its metropolis) signs a pound agreement: another public buyer drawn by the model gives way.
    if (!COMMUNES[inv.buyer.name]) {
      const commune = x.pick(['Commune de Firminy', 'Commune de Roanne', 'Saint-Étienne Métropole']);
      inv.buyer = BUYERS.find((b) => b.name === commune);
    }
    renameSupplier(inv, x.pick(['Fourrière Animale Loire-Forez', 'Capture Assistance Animale', 'SOS Animaux Errants Centre-Est', 'Groupe d’Intervention Animalière du Gier']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '0162Z';
    if (x.chance(0.3)) relabelEngagement(inv, x, ['Engagement n°', 'Réf. engagement', 'N° EJ Chorus']);
    const quarterNow = Math.ceil(inv.date.m / 3);
    const quarter = quarterNow === 1 ? { q: 4, y: inv.date.y - 1 } : { q: quarterNow - 1, y: inv.date.y };
    const [lo, hi] = COMMUNES[inv.buyer.name];
    const population = x.int(lo, hi);
    const mills = x.int(720, 1180);
    const fee = Math.round(millsTotal(population, mills) / 4);
    inv.pound = { quarter, population, mills, agreement: `${x.int(2019, 2024)}-${x.digits(3)}`, licence: `DDPP-42-${x.digits(4)}` };
    inv.lines = [{ label: `Participation forfaitaire – ${quarter.q === 1 ? '1er' : `${quarter.q}e`} trimestre ${quarter.y}`, detail: `${frNumber(population)} habitants × ${mills3(mills)} € HT par habitant et par an ÷ 4`, qty: 1, unit: fee, rate: 2000, total: fee }];
    const captures = x.int(0, 6);
    if (captures) {
      const unit = x.int(9000, 16000);
      inv.lines.push({ label: 'Captures hors heures ouvrées (nuit, dimanche, jour férié)', detail: '', qty: captures, unit, rate: 2000, total: captures * unit });
    }
    const dead = x.int(0, 9);
    if (dead) {
      const unit = x.int(4500, 8500);
      inv.lines.push({ label: 'Enlèvement d’animaux morts sur la voie publique (< 40 kg)', detail: 'Remise à l’équarrisseur agréé', qty: dead, unit, rate: 2000, total: dead * unit });
    }
    const firstDay = { y: quarter.y, m: quarter.q * 3 - 2, d: 1 };
    inv.animals = Array.from({ length: x.int(3, 8) }, () => ({ day: addDays(firstDay, x.int(0, 88)), animal: x.pick(ANIMALS), place: x.pick(PLACES), outcome: x.pick(OUTCOMES), file: `F${x.digits(5)}` })).sort((a, b) => (a.day.m - b.day.m) || (a.day.d - b.day.d));
    return recompute(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'Facturation']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 15 * MM;
    const R = pdf.page.width - 15 * MM;
    const text = (t, px, py, { size = 9, bold = false, color = '#111111', width, align } = {}) => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const accent = x.pick(['#2e7d32', '#ef6c00', '#455a64']);
    const boxLeft = x.chance(0.5);
    const pd = inv.pound;
    // Letterhead across the top.
    const me = supplierTexts(inv, x);
    text(me[0], L, 14 * MM, { size: 14, bold: true, color: accent });
    text(me.slice(1).join(' – '), L, 21 * MM, { size: 7.5, width: R - L });
    text(`Fourrière animale agréée – arrêté préfectoral ${pd.licence}`, L, 25.5 * MM, { size: 7.5, color: '#555555' });
    pdf.moveTo(L, 30 * MM).lineTo(R, 30 * MM).lineWidth(1).stroke(accent);
    // The invoice's identity box on one side, the envelope window on the other.
    const boxX = boxLeft ? L : R - 78 * MM;
    const winX = boxLeft ? R - 88 * MM : L;
    const y0 = 38 * MM;
    const meta = [[x.pick(['Facture n°', 'N° de facture', 'Facture N°']), inv.number], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Période', `T${pd.quarter.q} ${pd.quarter.y}`], ['N° de tiers', inv.clientCode], ['Échéance', date(inv, inv.due, 'slash')]];
    pdf.rect(boxX, y0, 78 * MM, meta.length * 5.5 * MM + 10 * MM).lineWidth(0.8).stroke(accent);
    text(x.pick(['FACTURE', 'Facture']), boxX + 4 * MM, y0 + 3 * MM, { size: 13, bold: true, color: accent });
    meta.forEach(([k, v], n) => {
      text(k, boxX + 4 * MM, y0 + 10 * MM + n * 5.5 * MM, { size: 8.5, color: '#555555' });
      text(v, boxX + 32 * MM, y0 + 10 * MM + n * 5.5 * MM, { size: 9, bold: n === 0 });
    });
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, winX + 4 * MM, y0 + 6 * MM + k * 4.5 * MM, { size: 9.5, bold: k === 0 }));
    let y = y0 + Math.max(meta.length * 5.5 * MM + 16 * MM, (buyer.length + 2) * 4.5 * MM + 6 * MM);
    const refs = refPairs(inv, x);
    refs.forEach(([k, v], n) => {
      const w = (R - L) / 3;
      pdf.rect(L + n * w, y, w - 2 * MM, 10 * MM).lineWidth(0.4).stroke('#999999');
      text(k, L + n * w + 2 * MM, y + 1.5 * MM, { size: 7, color: '#666666' });
      text(v, L + n * w + 2 * MM, y + 5 * MM, { size: 9.5, bold: true });
    });
    if (refs.length) y += 14 * MM;
    text(`Convention de fourrière animale n° ${pd.agreement} – capture, ramassage, transport et garde des animaux errants ou blessés sur le territoire de la collectivité, 24 h / 24.`, L, y, { size: 8.5, width: R - L });
    y += 10 * MM;
    const cols = [L, L + 112 * MM, L + 126 * MM, L + 152 * MM];
    const widths = [110 * MM, 12 * MM, 24 * MM, R - L - 152 * MM];
    pdf.rect(L, y - 1.5 * MM, R - L, 6.5 * MM).fill('#eeeeee');
    ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'].forEach((h, k) => text(h, cols[k], y, { size: 8, bold: true, width: widths[k], align: k ? 'right' : 'left' }));
    y += 7 * MM;
    for (const l of inv.lines) {
      text(l.label, cols[0], y, { size: 9, width: widths[0] });
      if (l.detail) text(l.detail, cols[0], y + 4.2 * MM, { size: 7.5, color: '#555555', width: widths[0] });
      text(String(l.qty), cols[1], y, { size: 9, width: widths[1], align: 'right' });
      text(plainMoney(inv, l.unit), cols[2], y, { size: 9, width: widths[2], align: 'right' });
      text(plainMoney(inv, l.total), cols[3], y, { size: 9, width: widths[3], align: 'right' });
      y += (l.detail ? 10 : 6.5) * MM;
      pdf.moveTo(L, y - 1.5 * MM).lineTo(R, y - 1.5 * MM).lineWidth(0.3).stroke('#cccccc');
    }
    y += 2 * MM;
    for (const [k, v, strong] of dueRows(inv, { ttc: x.pick(['Total TTC', 'Montant TTC', 'Net à payer']) })) {
      text(k, R - 82 * MM, y, { size: strong ? 10 : 9, bold: strong });
      text(money(inv, v), R - 40 * MM, y, { size: strong ? 10 : 9, bold: strong, width: 40 * MM, align: 'right' });
      y += 5.5 * MM;
    }
    y += 4 * MM;
    text(paymentText(inv), L, y, { size: 8.5, width: R - L });
    y += 8 * MM;
    text(`Animaux pris en charge au ${pd.quarter.q === 1 ? '1er' : `${pd.quarter.q}e`} trimestre ${pd.quarter.y} (pour information)`, L, y, { size: 8.5, bold: true });
    y += 5 * MM;
    for (const a of inv.animals) {
      text(`${date(inv, a.day, 'slash')}   ${a.file}   ${a.animal} – ${a.place} – ${a.outcome}`, L + 2 * MM, y, { size: 7.5, color: '#333333' });
      y += 4 * MM;
    }
    text(LATE_FEES, L, pdf.page.height - 24 * MM, { size: 6.5, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 16 * MM, { size: 6.5, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [fourriere];

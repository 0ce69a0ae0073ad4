// A blind-10 layout drawn by PDFKit (see ../../README.md): a chimney sweep's invoice for the yearly sweeping of the
// flues of municipal buildings (one row per flue: building, appliance and fuel, flue material, diameter and height,
// the certificate number issued; de-glazing and camera inspections where needed; a caretaker's flat at 10 % VAT beside
// the public buildings at 20 % on some, with a VAT summary).
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { maybeRelabel10, priceLines, vatSummary } from '../../lib/blind10.mjs';

const MM = 72 / 25.4;
const BUILDINGS = ['Salle des fêtes de Rochetaillée', 'Église Saint-Ennemond (chaufferie)', 'Maison des associations de Solaure', 'École maternelle du Soleil', 'Gîte municipal du Pilat', 'Centre technique municipal', 'Mairie annexe de Saint-Victor', 'Logement de fonction du gardien – groupe scolaire Fauriel'];
const APPLIANCES = [['Chaudière gaz à condensation', 'gaz', 'conduit tubé inox', 80, 5500, 7500], ['Chaudière fioul', 'fioul', 'conduit maçonné boisseaux', 180, 7000, 9500], ['Poêle à granulés', 'granulés', 'conduit inox double paroi', 100, 8000, 11000], ['Insert bois', 'bois', 'conduit maçonné tubé', 200, 6500, 9000], ['Générateur d’air chaud', 'gaz', 'conduit inox simple paroi', 150, 6000, 8500]];
const EXTRAS = [['Débistrage mécanique du conduit', 15000, 26000, 'bois'], ['Vidéo-inspection du conduit avec rapport', 12000, 18000, null], ['Dépose et repose du té de raccordement', 3500, 6000, null], ['Nettoyage du corps de chauffe et du brûleur', 6000, 9500, 'fioul']];

const ramonage = {
  name: 'q-ramonage-batiments',
  family: 'chimney-sweeping-per-flue',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('q-ramonage-batiments', i, { ...CITY_HEAVY, trades: ['btp', 'services'], numbers: ['carnet', 'plain', 'ciel', 'dolibarr'], engagementLabels: ['bonDeCommande', 'ej', 'engagement', 'bcShort', 'votreCommandeEngagement'], marketProb: 0.4, serviceProb: 0.55, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [2, 5], rcsProb: 0.5 });
    const x = extraRng(inv, 'sweep');
    renameSupplier(inv, x.pick(['Ramonage Savoyard Forézien', 'Ets Mathevon Ramonage-Fumisterie', 'Ramonage Service Loire', 'Le Hérisson Stéphanois']), x.pick(['SARL', 'EURL', 'SAS']));
    inv.supplier.ape = '8122Z';
    maybeRelabel10(inv, x);
    const first = x.int(0, BUILDINGS.length - 1);
    const passage = addDays(inv.date, -x.int(3, 25));
    inv.qualification = `Qualibat ${x.pick(['5812', '5813', '5831'])} – certificat n° E-${x.digits(6)}`;
    inv.lines = inv.lines.map((_, k) => {
      const building = BUILDINGS[(first + k) % BUILDINGS.length];
      const [appliance, fuel, flue, diameter, lo, hi] = x.pick(APPLIANCES);
      return { kind: 'flue', building, appliance, fuel, flue, diameter, height: x.int(5, 16), day: addDays(passage, k === 0 ? 0 : x.int(0, 2)), certificate: `RC${inv.date.y % 100}-${x.digits(5)}`, label: 'Ramonage mécanique', qty: 1, unit: x.int(lo / 100, hi / 100) * 100, rate: building.startsWith('Logement') ? 1000 : 2000 };
    });
    for (const flue of inv.lines.filter((l) => l.kind === 'flue')) {
      const [label, lo, hi, only] = x.pick(EXTRAS);
      if ((only === null || only === flue.fuel) && x.chance(0.45)) inv.lines.push({ kind: 'extra', building: flue.building, label, qty: 1, unit: x.int(lo / 100, hi / 100) * 100, rate: flue.rate });
    }
    const sites = new Set(inv.lines.map((l) => l.building)).size;
    if (x.chance(0.6)) inv.lines.push({ kind: 'travel', building: null, label: `Déplacement (${sites} site${sites > 1 ? 's' : ''})`, qty: sites, unit: x.int(18, 35) * 100, rate: 2000 });
    return priceLines(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'Facturation Artisan']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 15 * MM;
    const R = pdf.page.width - 15 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const text = (t, px, py, { size = 8.8, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const heightOf = (t, width, size) => pdf.font(regular).fontSize(size).heightOfString(t, { width });
    const accent = x.pick(['#212121', '#5d4037', '#b71c1c']);
    // Supplier top left, a framed identity box top right.
    const me = supplierTexts(inv, x);
    text(me[0], L, 14 * MM, { size: 15, b: true, color: accent });
    text('Ramonage – fumisterie – entretien de chaudières', L, 21 * MM, { size: 8, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 26 * MM + k * 4 * MM, { size: 8.2 }));
    text(inv.qualification, L, 26 * MM + (me.length - 1) * 4 * MM, { size: 7.4, color: '#555555' });
    const boxX = R - 72 * MM;
    pdf.rect(boxX, 14 * MM, 72 * MM, 24 * MM).lineWidth(1).stroke(accent);
    text(x.pick(['FACTURE', 'Facture']), boxX + 4 * MM, 16.5 * MM, { size: 13, b: true, color: accent });
    const meta = [[x.pick(['N°', 'Numéro', 'Facture n°']), inv.number], [x.pick(['Date', 'Du', 'Date de facture']), date(inv, inv.date)], ['Code client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      text(k, boxX + 4 * MM, 23.5 * MM + n * 4.5 * MM, { size: 8.2, color: '#555555' });
      text(v, boxX + 28 * MM, 23.5 * MM + n * 4.5 * MM, { size: 8.8, b: n === 0 });
    });
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, boxX, 46 * MM + k * 4.3 * MM, { size: 9, b: k === 0 }));
    let y = Math.max(50 * MM + buyer.length * 4.3 * MM, 30 * MM + me.length * 4 * MM) + 4 * MM;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service gestionnaire'] });
    refs.forEach(([k, v], n) => text(`${k} : ${v}`, L, y + n * 4.6 * MM, { size: 8.8, b: true }));
    y += refs.length * 4.6 * MM + 3 * MM;
    text(`Ramonage annuel obligatoire des conduits de fumée (règlement sanitaire départemental de la Loire, art. 31) – passage${inv.lines.length > 1 ? 's' : ''} à partir du ${date(inv, inv.lines[0].day, 'slash')}.`, L, y, { size: 8.6, width: R - L });
    y += 8 * MM;
    // One row per flue, extras beneath their building.
    const cols = [[L, 46, 'Bâtiment'], [L + 47 * MM, 56, 'Appareil – conduit'], [L + 104 * MM, 24, 'Certificat'], [L + 129 * MM, 12, 'TVA'], [L + 142 * MM, (R - L) / MM - 142, 'Montant HT']];
    pdf.rect(L, y - 1.5 * MM, R - L, 6.5 * MM).fill('#eeeeee');
    cols.forEach(([cx, w, h], k) => text(h, cx + 1 * MM, y, { size: 7.8, b: true, width: (w - 2) * MM, align: k >= 3 ? 'right' : 'left' }));
    y += 7 * MM;
    const ordered = inv.lines.filter((l) => l.kind === 'flue').flatMap((f) => [f, ...inv.lines.filter((l) => l.kind === 'extra' && l.building === f.building && inv.lines.indexOf(l) > inv.lines.indexOf(f)).slice(0, 1)]);
    const seen = new Set();
    const rows = [...ordered.filter((l) => (seen.has(l) ? false : seen.add(l))), ...inv.lines.filter((l) => l.kind === 'travel')];
    for (const l of rows) {
      const cells = l.kind === 'flue'
        ? [`${l.building}\n${date(inv, l.day, 'slash')}`, `${l.label} – ${l.appliance} (${l.fuel})\n${l.flue}, Ø ${l.diameter} mm, hauteur ${l.height} m`, l.certificate, rate(l.rate), plainMoney(inv, l.total)]
        : ['', l.label, '', rate(l.rate), plainMoney(inv, l.total)];
      const h = Math.max(...cells.map((t, k) => heightOf(t, (cols[k][1] - 2) * MM, 8.2))) + 2 * MM;
      cells.forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 8.2, width: (cols[k][1] - 2) * MM, align: k >= 3 ? 'right' : 'left', color: k === 0 && l.kind !== 'flue' ? '#555555' : '#111111' }));
      y += h;
      pdf.moveTo(L, y - 1 * MM).lineTo(R, y - 1 * MM).lineWidth(0.3).stroke('#bbbbbb');
    }
    // VAT summary when two rates, totals on the right.
    y += 4 * MM;
    const top = y;
    const summary = vatSummary(inv);
    if (summary.length > 1) {
      text('Récapitulatif TVA', L, y, { size: 8, b: true });
      summary.forEach(([r, base, amount], n) => text(`${rate(r)} : base ${plainMoney(inv, base)} – TVA ${plainMoney(inv, amount)}`, L, y + (n + 1) * 4.6 * MM, { size: 8.2 }));
    }
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], ...(summary.length > 1 ? [[x.pick(['Total TVA', 'TVA']), inv.tva]] : inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount])), [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), inv.ttc, true]];
    totals.forEach(([k, v, strong], n) => {
      const yy = top + n * 5.5 * MM;
      if (strong) pdf.rect(R - 78 * MM, yy - 1.4 * MM, 78 * MM, 6.2 * MM).lineWidth(0.8).stroke(accent);
      text(k, R - 76 * MM, yy, { size: strong ? 10 : 9, b: strong });
      text(money(inv, v), R - 40 * MM, yy, { size: strong ? 10 : 9, b: strong, width: 38 * MM, align: 'right' });
    });
    y = top + Math.max(totals.length * 5.5, (summary.length + 1) * 4.6) * MM + 5 * MM;
    if (summary.length > 1) {
      text('TVA à 10 % : travaux d’entretien dans un local à usage d’habitation achevé depuis plus de deux ans (art. 279-0 bis du CGI).', L, y, { size: 7.4, color: '#444444', width: R - L });
      y += 5 * MM;
    }
    text('Les certificats de ramonage sont remis à chaque responsable de site et joints en copie.', L, y, { size: 7.8, width: R - L });
    text(paymentText(inv), L, y + 5 * MM, { size: 8.5, width: R - L });
    text(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, L, pdf.page.height - 25 * MM, { size: 6.6, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 16 * MM, { size: 6.5, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [ramonage];

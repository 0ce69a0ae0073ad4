// Blind-26 layout drawn by PDFKit (see ../../README.md): a water utility's half-yearly bill for a public building's
// meter, as a delegated operator's billing system prints it: the identity in a shaded sidebar on the left or the right,
// label over value (invoice, date, customer reference, contract of seven digits, meter, payment deadline, the buyer's
// references); the service point, the readings (real or estimated) and a bar chart of the previous half-years; the
// drinking water (subscription and consumption, the operator's and the public body's shares, the water agency's
// levies) at 5,5 % and the collection and treatment of waste water at 10 % on most, a VAT line per rate; the
// public-service delegation contract's number in the footer (not a market); a payment slip at the foot; one credit
// note correcting a misread index.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { maybeRelabel26, networkBuyer, price3, seven26, total3, waterMeter, whole } from '../../lib/blind26.mjs';

const MM = 72 / 25.4;
const POINTS = [['Groupe scolaire Jean Moulin', 'rue Jean Moulin'], ['Stade municipal – vestiaires', 'chemin du Stade'], ['Cimetière communal', 'route du Cimetière'], ['Serres municipales', 'allée des Serres'], ['Gymnase des Tilleuls', 'allée des Tilleuls'], ['Centre technique municipal', 'ZA du Clos Marquet'], ['Piscine Raymond Sommet', 'boulevard Jules Janin'], ['Mairie annexe', 'place de la Mairie']];
const eau = {
  name: 'i-eau-assainissement',
  family: 'water-sanitation-bill-sidebar-two-rates-slip',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const inv = makeInvoice('i-eau-assainissement', i, { cityProb: 0.4, engagementProb: 0.6, trades: ['services'], numbers: ['plain'], engagementLabels: ['engagement', 'ej', 'bonDeCommande', 'refCommandeEj'], marketProb: 0, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[550]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.9, ibanProb: 0.85, negative: credit ? 1 : false });
    const x = extraRng(inv, 'water');
    renameSupplier(inv, x.pick(['Eaux du Furan Services', 'Compagnie des Eaux du Forez', 'Aqualoire Exploitation', 'Eau & Assainissement du Gier']), x.pick(['SA', 'SAS']));
    inv.supplier.capital = x.pick([1_200_000, 4_500_000, 22_000_000]);
    inv.supplier.ape = '3600Z';
    networkBuyer(inv, x, 'water', 0.6);
    localReferences(inv, x);
    maybeRelabel26(inv, x);
    notInFuture(inv);
    inv.number = `FE${x.digits(9)}`;
    inv.contract = seven26(x);
    inv.customer = `${x.digits(6)}/${x.digits(3)}`;
    inv.dsp = `DSP-${inv.date.y - x.int(2, 9)}-${String(x.int(1, 9)).padStart(2, '0')}`;
    inv.due = addDays(inv.date, x.pick([21, 30]));
    const [site, street] = POINTS[(i + x.int(0, 7)) % POINTS.length];
    inv.point = { site, address: `${x.int(1, 60)} ${street}`, meter: waterMeter(x, inv.date.y), calibre: x.pick([15, 20, 30, 40]) };
    inv.readings = { from: addDays(inv.date, -x.int(190, 200)), to: addDays(inv.date, -x.int(8, 20)), estimated: x.chance(0.25) };
    const m3 = credit ? x.int(60, 400) : x.int(40, 2400);
    inv.m3 = m3;
    inv.oldIndex = x.int(1000, 60000);
    inv.history = Array.from({ length: 4 }, () => Math.max(10, Math.round(m3 * (0.6 + x.next() * 0.8))));
    const sewer = credit || x.chance(0.8);
    inv.sewer = sewer;
    const levyName = inv.readings.to.y >= 2025 ? 'Consommation d’eau potable (Agence de l’eau)' : 'Lutte contre la pollution (Agence de l’eau)';
    const vol = (label, p, r, section) => ({ label, qtyText: `${whole(m3)} m³`, unitText: price3(p), total: total3(m3, p), rate: r, section });
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FE${x.digits(9)}`, date: addDays(inv.date, -x.int(20, 45)) };
      inv.lines = [
        vol(`Consommation part délégataire – ${whole(m3)} m³ facturés en trop (erreur de relève)`, x.int(900, 1500), 550, 'eau'),
        vol('Consommation part collectivité', x.int(400, 900), 550, 'eau'),
        vol(levyName, x.int(300, 400), 550, 'eau'),
        vol('Collecte et traitement – part délégataire', x.int(900, 1600), 1000, 'ass'),
        vol('Collecte et traitement – part collectivité', x.int(500, 1100), 1000, 'ass'),
      ];
      return priceLines(inv, [550, 1000]);
    }
    const sem = (label, cents, r, section) => ({ label, qtyText: '1 sem.', unitText: plainMoney(inv, cents), total: cents, rate: r, section });
    inv.lines = [
      sem(`Abonnement part délégataire – compteur ${inv.point.calibre} mm`, x.int(2500, 9000) + inv.point.calibre * 50, 550, 'eau'),
      sem('Abonnement part collectivité', x.int(1000, 4000), 550, 'eau'),
      vol('Consommation part délégataire', x.int(900, 1500), 550, 'eau'),
      vol('Consommation part collectivité', x.int(400, 900), 550, 'eau'),
      vol('Préservation des ressources en eau (Agence de l’eau)', x.int(60, 110), 550, 'eau'),
      vol(levyName, x.int(300, 400), 550, 'eau'),
    ];
    if (sewer) inv.lines.push(
      sem('Abonnement assainissement collectif', x.int(1500, 5000), 1000, 'ass'),
      vol('Collecte et traitement – part délégataire', x.int(900, 1600), 1000, 'ass'),
      vol('Collecte et traitement – part collectivité', x.int(500, 1100), 1000, 'ass'),
      vol('Modernisation des réseaux de collecte (Agence de l’eau)', x.int(150, 185), 1000, 'ass'),
    );
    return priceLines(inv, sewer ? [550, 1000] : [550]);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['Facturation Eau', 'Odyssée Facturation', 'PDFKit']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: inv.avoir ? 'Avoir' : 'Facture' } });
    const W = pdf.page.width;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#0277bd', '#00838f', '#1565c0']);
    const text = (t, px, py, { size = 8, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const sideLeft = x.chance(0.6);
    const SW = 56 * MM;
    const SX = sideLeft ? 0 : W - SW;
    const MX = sideLeft ? SW + 8 * MM : 14 * MM;
    const MR = sideLeft ? W - 12 * MM : W - SW - 8 * MM;
    const MW = MR - MX;
    pdf.rect(SX, 0, SW, pdf.page.height).fill('#eaf3f8');
    // Sidebar: label over value.
    let sy = 14 * MM;
    text(s.name, SX + 5 * MM, sy, { size: 11.5, b: true, color: accent, width: SW - 10 * MM });
    sy += 13 * MM;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Code service exécutant'] });
    const side = [
      [inv.avoir ? 'Avoir n°' : x.pick(['Facture n°', 'N° de facture', 'Numéro de facture']), inv.number],
      [inv.avoir ? 'Date de l’avoir' : x.pick(['Date d’émission', 'Date de facture', 'Émise le']), date(inv, inv.date)],
      ['Référence client', inv.customer],
      ['N° de contrat', inv.contract],
      ['Compteur n°', inv.point.meter],
      ...(inv.avoir ? [['Facture rectifiée', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Date limite de paiement', fmtDate(inv.due, 'slash')]]),
    ];
    for (const [k, v] of side) {
      text(k, SX + 5 * MM, sy, { size: 6.8, color: '#555555' });
      text(v, SX + 5 * MM, sy + 3.2 * MM, { size: 9.4, b: true, width: SW - 10 * MM });
      sy += 9.5 * MM;
    }
    if (refs.length) {
      sy += 2 * MM;
      text(x.pick(['VOS RÉFÉRENCES', 'Références collectivité', 'Pour Chorus Pro']), SX + 5 * MM, sy, { size: 7.4, b: true, color: accent });
      sy += 5 * MM;
      for (const [k, v] of refs) {
        text(k, SX + 5 * MM, sy, { size: 6.8, color: '#555555', width: SW - 10 * MM });
        text(v, SX + 5 * MM, sy + 3.2 * MM, { size: 9.4, b: true });
        sy += 9.5 * MM;
      }
    }
    sy += 4 * MM;
    text('Service clients', SX + 5 * MM, sy, { size: 7.4, b: true });
    [s.phone, s.email, ...s.address].forEach((t, k) => text(t, SX + 5 * MM, sy + (k + 1) * 3.6 * MM, { size: 7.2 }));
    sy += 24 * MM;
    if (inv.print.supplierSiret) text(supplierTexts(inv, x).find((t) => /SIRET|Siret/.test(t)) ?? '', SX + 5 * MM, sy, { size: 6.8, width: SW - 10 * MM });
    // Main column.
    text(inv.avoir ? 'AVOIR' : x.pick(['FACTURE D’EAU ET D’ASSAINISSEMENT', 'Votre facture d’eau']), MX, 14 * MM, { size: 15, b: true, color: accent, width: MW });
    text(`Période de consommation du ${fmtDate(inv.readings.from, 'slash')} au ${fmtDate(inv.readings.to, 'slash')}`, MX, 22 * MM, { size: 8.4 });
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, MX + MW - 80 * MM, 32 * MM + k * 4.2 * MM, { size: 9, b: k === 0 }));
    let y = 34 * MM + buyer.length * 4.2 * MM + 4 * MM;
    text(`Point de service : ${inv.point.site} – ${inv.point.address}`, MX, y, { size: 8.4, b: true, width: MW });
    y += 6 * MM;
    // Readings.
    const newIndex = inv.oldIndex + inv.m3;
    const rw = [MW * 0.34, MW * 0.34, MW * 0.32];
    const heads = ['Ancien index', 'Nouvel index', 'Consommation'];
    const vals = [`${whole(inv.oldIndex)} m³ (${fmtDate(inv.readings.from, 'slash')})`, `${whole(newIndex)} m³ (${fmtDate(inv.readings.to, 'slash')}${inv.readings.estimated ? ', estimé' : ', relevé'})`, `${whole(inv.m3)} m³`];
    let rx = MX;
    heads.forEach((h, k) => {
      pdf.rect(rx, y, rw[k], 10 * MM).lineWidth(0.5).stroke('#90a4ae');
      text(h, rx + 2 * MM, y + 1.5 * MM, { size: 6.8, color: '#555555' });
      text(vals[k], rx + 2 * MM, y + 5 * MM, { size: 8.2, b: true, width: rw[k] - 4 * MM });
      rx += rw[k];
    });
    y += 13 * MM;
    if (!inv.avoir) {
      // The previous half-years as bars.
      text('Historique de consommation (m³)', MX, y, { size: 7.2, color: '#555555' });
      const values = [...inv.history, inv.m3];
      const max = Math.max(...values);
      values.forEach((v, k) => {
        const h = (v / max) * 14 * MM;
        const bx = MX + k * 18 * MM;
        pdf.rect(bx, y + 18 * MM - h, 10 * MM, h).fill(k === values.length - 1 ? accent : '#b0bec5');
        text(whole(v), bx, y + 19 * MM, { size: 6.4, width: 14 * MM });
      });
      text(`Prix du litre d’eau : ${(inv.ttc / 100 / inv.m3 / 1000).toFixed(5).replace('.', ',')} € TTC`, MX + 100 * MM, y + 8 * MM, { size: 7.2, width: MW - 100 * MM });
      y += 24 * MM;
    } else {
      text(`Avoir sur notre facture ${inv.origin.number} : index relevé par erreur, ${whole(inv.m3)} m³ facturés en trop.`, MX, y, { size: 8.4, width: MW });
      y += 7 * MM;
    }
    // Lines by section.
    const cols = [[0, 0.5, 'left'], [0.5, 0.13, 'right'], [0.63, 0.13, 'right'], [0.76, 0.15, 'right'], [0.91, 0.09, 'right']];
    const cell = (t, k, yy, opt = {}) => text(t, MX + cols[k][0] * MW + 1, yy, { size: 7.6, width: cols[k][1] * MW - 2, align: cols[k][2], ...opt });
    pdf.rect(MX, y, MW, 5 * MM).fill('#cfe3ee');
    ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT', 'TVA'].forEach((h, k) => cell(h, k, y + 1.4 * MM, { b: true, size: 7 }));
    y += 6.5 * MM;
    for (const [key, title] of [['eau', 'Distribution de l’eau potable'], ['ass', 'Collecte et traitement des eaux usées']]) {
      const lines = inv.lines.filter((l) => l.section === key);
      if (!lines.length) continue;
      text(title, MX, y, { size: 8, b: true, color: accent });
      y += 4.4 * MM;
      for (const l of lines) {
        pdf.font(regular).fontSize(7.6);
        const h = pdf.heightOfString(l.label, { width: cols[0][1] * MW - 2 });
        cell(l.label, 0, y);
        cell(l.qtyText, 1, y);
        cell(l.unitText, 2, y);
        cell(plainMoney(inv, l.total), 3, y);
        cell(rate(l.rate), 4, y);
        y += h + 1.6 * MM;
      }
      const sub = lines.reduce((t, l) => t + l.total, 0);
      cell(`Sous-total ${key === 'eau' ? 'eau potable' : 'assainissement'} HT`, 0, y, { b: true });
      cell(plainMoney(inv, sub), 3, y, { b: true });
      y += 5.5 * MM;
    }
    y += 1 * MM;
    const totals = [['Total HT', inv.ht], ...[...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [`TVA ${rate(v.rate)}`, v.amount]), [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, true]];
    if (!inv.avoir) totals.push([x.pick(['Montant à payer', 'Net à payer', 'Total à payer']), inv.net, true]);
    totals.forEach(([k, v, strong]) => {
      text(k, MR - 80 * MM, y, { size: strong ? 9 : 8.2, b: strong, width: 45 * MM });
      text(money(inv, v), MR - 35 * MM, y, { size: strong ? 9.4 : 8.2, b: strong, width: 35 * MM, align: 'right' });
      y += 5 * MM;
    });
    y += 2 * MM;
    text(`TVA 5,5 % : distribution de l’eau potable ; 10 % : assainissement (art. 279 du CGI). ${inv.avoir ? '' : LATE_FEES}`, MX, y, { size: 6.4, width: MW, color: '#444444' });
    // Payment slip at the foot.
    const py = pdf.page.height - 48 * MM;
    pdf.moveTo(MX, py).lineTo(MR, py).dash(3, { space: 2 }).lineWidth(0.6).stroke('#555555').undash();
    if (inv.avoir) text('Cet avoir sera déduit de votre prochaine facture ; il ne donne lieu à aucun paiement.', MX, py + 4 * MM, { size: 8.2, width: MW });
    else {
      text('TALON DE PAIEMENT', MX, py + 3 * MM, { size: 8, b: true });
      const slip = [['Référence client', inv.customer], ['N° de facture', inv.number], ['Montant', money(inv, inv.net)], ['À payer avant le', fmtDate(inv.due, 'slash')]];
      slip.forEach(([k, v], n) => {
        text(k, MX + n * (MW / 4), py + 8 * MM, { size: 6.6, color: '#555555' });
        text(v, MX + n * (MW / 4), py + 11.5 * MM, { size: 8.8, b: true });
      });
      text(inv.print.iban ? `Virement : IBAN ${iban(inv)} – BIC ${s.bic} – libellé : ${inv.contract} ${inv.number}` : 'Règlement par mandat administratif en rappelant la référence client.', MX, py + 18 * MM, { size: 7.4, width: MW });
    }
    text(`${legalLine(inv)} – Délégataire du service public de l’eau et de l’assainissement, contrat de DSP n° ${inv.dsp}`, MX, pdf.page.height - 16 * MM, { size: 6, width: MW, align: 'center', color: '#444444' });
    return collect(pdf);
  },
};

export default [eau];

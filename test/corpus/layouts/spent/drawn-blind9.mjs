// A blind-9 layout drawn by PDFKit (see ../../README.md): a lift company's quarterly invoice under its maintenance
// contract (one row per lift: number, site, type and floors, contract formula, the quarter's fee — a lift serving
// sheltered housing at 10 % VAT, the others at 20 %), then the call-outs outside the contract (call and arrival times,
// labour, travel out of hours, the part replaced), a VAT summary by rate and the totals.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, rate, recompute } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { hhmm } from '../../lib/blind7.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { maybeRelabel, quarterName, quarterOf, withUnit } from '../../lib/blind9.mjs';

const MM = 72 / 25.4;
const SITES = ['Hôtel de Ville – ascenseur d’honneur', 'Médiathèque Carnot', 'Cité administrative Grüner', 'Parking Fauriel – niveau -2 à +3', 'Musée d’Art et d’Industrie', 'Résidence autonomie Les Cèdres (logements)', 'Conservatoire Massenet', 'Groupe scolaire Chappe', 'Résidence autonomie Le Chambon (logements)'];
const TYPES = [['Ascenseur électrique 630 kg – 8 pers.', 2200, 3600], ['Ascenseur hydraulique 450 kg – 6 pers.', 1900, 3000], ['Monte-charge 300 kg', 1500, 2400], ['Plateforme élévatrice PMR', 1100, 1800], ['Ascenseur électrique 1 000 kg – 13 pers.', 2800, 4600]];
const FORMULAS = [['Contrat complet', 1.25], ['Contrat étendu', 1.1], ['Contrat de base', 1]];
const CAUSES = ['Personne bloquée en cabine – désincarcération', 'Porte palière bloquée (vandalisme)', 'Arrêt hors niveau après coupure de courant', 'Appareil à l’arrêt – défaut de sécurité'];
const PARTS = [['Contact de porte palière', 4500, 9000], ['Cellule photoélectrique de porte', 12000, 26000], ['Bouton palier antivandale', 6000, 11000], ['Carte de commande de manœuvre', 38000, 72000]];

const ascenseurs = {
  name: 'z-ascenseurs-maintenance',
  family: 'lift-maintenance-quarter-and-callouts',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('z-ascenseurs-maintenance', i, { ...CITY_HEAVY, trades: ['services', 'btp'], numbers: ['sage', 'odoo', 'ciel', 'year2'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande', 'engagementChorus', 'numeroEj'], marketProb: 0.65, serviceProb: 0.55, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [2, 5], rcsProb: 0.7 });
    const x = extraRng(inv, 'lifts');
    renameSupplier(inv, x.pick(['Ascenseurs Forez Maintenance', 'Élévation Services Loire', 'Rhône-Alpes Ascenseurs', 'Lift Technic Centre']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '4329B';
    if (inv.supplier.form === 'SA') inv.supplier.capital = Math.max(inv.supplier.capital, 37000);
    maybeRelabel(inv, x);
    const q = quarterOf(inv.date);
    const first = x.int(0, SITES.length - 1);
    const [formula, factor] = x.pick(FORMULAS);
    inv.contract = { number: `CM-${x.int(2015, 2024)}-${x.digits(4)}`, formula, quarter: q };
    inv.lines = inv.lines.map((_, k) => {
      const site = SITES[(first + k) % SITES.length];
      const [type, lo, hi] = x.pick(TYPES);
      const annual = Math.round(x.int(lo, hi) * factor) * 100;
      const housing = site.includes('(logements)');
      return { kind: 'lift', device: `${x.pick(['ASC', 'APP', 'N°'])} ${x.digits(6)}`, site, type, floors: type.includes('PMR') ? x.int(2, 3) : x.int(2, 9), annual, label: `Maintenance ${quarterName(q)}`, qty: 1, unit: annual / 4, rate: housing ? 1000 : 2000, total: annual / 4 };
    });
    if (x.chance(0.5)) {
      const unit = x.int(25, 40) * 100;
      const n = inv.lines.length;
      inv.lines.push({ kind: 'alarm', label: `Téléalarme cabine – abonnement ligne GSM (${n} appareils, trimestre)`, qty: n, unit, rate: 2000, total: n * unit });
    }
    inv.callouts = [];
    if (x.chance(0.65)) {
      const lift = x.pick(inv.lines.filter((l) => l.kind === 'lift'));
      const call = x.int(6 * 60, 23 * 60);
      const night = call < 8 * 60 || call >= 18 * 60;
      const co = { day: addDays(q.from, x.int(3, 60)), call, arrival: call + x.int(20, 55), cause: x.pick(CAUSES), device: lift.device, site: lift.site, rate: lift.rate, night };
      inv.callouts.push(co);
      const hours = x.pick([1, 1.5, 2, 2.5]);
      const hourly = x.int(75, 95) * 100;
      inv.lines.push({ kind: 'callout', label: `Main-d’œuvre technicien (${withUnit(hours, 'heure')})`, qty: hours, unit: hourly, rate: co.rate, total: Math.round(hours * hourly) });
      if (night) inv.lines.push({ kind: 'callout', label: 'Déplacement hors heures ouvrées (forfait)', qty: 1, unit: x.int(45, 75) * 100, rate: co.rate });
      if (x.chance(0.7)) {
        const [part, lo, hi] = x.pick(PARTS);
        inv.lines.push({ kind: 'callout', label: `Fourniture : ${part}`, qty: 1, unit: x.int(lo / 100, hi / 100) * 100, rate: co.rate });
      }
    }
    for (const l of inv.lines) l.total ??= Math.round(l.qty * l.unit);
    inv.rates = inv.lines.some((l) => l.rate === 1000) ? [2000, 1000] : [2000];
    return recompute(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'GMAO Ascenseurs']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 14 * MM;
    const R = pdf.page.width - 14 * MM;
    const text = (t, px, py, { size = 8.8, bold = false, color = '#111111', width, align } = {}) => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const heightOf = (t, width, size = 8.8) => pdf.font('Helvetica').fontSize(size).heightOfString(t, { width });
    const accent = x.pick(['#0d47a1', '#4e342e', '#00695c']);
    const c = inv.contract;
    const q = c.quarter;
    // Letterhead band.
    pdf.rect(0, 0, pdf.page.width, 26 * MM).fill(accent);
    const me = supplierTexts(inv, x);
    text(me[0], L, 8 * MM, { size: 15, bold: true, color: '#ffffff' });
    text('Installation – maintenance – modernisation d’ascenseurs et d’élévateurs', L, 15 * MM, { size: 8, color: '#ffffff' });
    text(me.slice(1).join('  ·  '), L, 20 * MM, { size: 7.2, color: '#ffffff', width: R - L });
    // Title and identity on the left, the window on the right.
    let y = 34 * MM;
    text(x.pick(['FACTURE', 'Facture', 'FACTURE DE MAINTENANCE']), L, y, { size: 15, bold: true, color: accent });
    const meta = [[x.pick(['N° de facture', 'Facture n°', 'Numéro']), inv.number], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')], ['Contrat', `${c.number} (${c.formula.toLowerCase()})`], ['Période', `du ${date(inv, q.from, 'slash')} au ${date(inv, q.to, 'slash')}`]];
    meta.forEach(([k, v], n) => {
      text(k, L, y + 8 * MM + n * 5 * MM, { size: 8.2, color: '#555555' });
      text(v, L + 28 * MM, y + 8 * MM + n * 5 * MM, { size: 8.8, bold: n === 0 });
    });
    const buyer = buyerTexts(inv, x);
    const winX = R - 86 * MM;
    text(x.pick(['Adresse de facturation', 'Client', 'Destinataire']), winX, y, { size: 7, color: '#777777' });
    buyer.forEach((t, k) => text(t, winX, y + 4.5 * MM + k * 4.3 * MM, { size: 9, bold: k === 0 }));
    y += Math.max(8 + meta.length * 5, 6 + buyer.length * 4.3) * MM + 3 * MM;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Marché de maintenance n°'] });
    if (refs.length) {
      pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).stroke('#999999');
      text(refs.map(([k, v]) => `${k} : ${v}`).join('     '), L, y + 2 * MM, { size: 8.8, bold: true });
      y += 8 * MM;
    }
    // Preventive maintenance, one row per lift.
    const cols = [[L, 22], [L + 23 * MM, 50], [L + 74 * MM, 50], [L + 125 * MM, 16], [L + 142 * MM, R / MM - 14 - 142]];
    const header = (labels, yy) => {
      pdf.rect(L, yy - 1.2 * MM, R - L, 6 * MM).fill('#eceff1');
      labels.forEach((h, k) => text(h, cols[k][0], yy, { size: 7.8, bold: true, width: cols[k][1] * MM, align: k >= 3 ? 'right' : 'left' }));
      return yy + 7 * MM;
    };
    text(`Maintenance préventive – ${quarterName(q)} (terme à échoir)`, L, y, { size: 9.5, bold: true, color: accent });
    y = header(['Appareil', 'Site', 'Type – niveaux', 'TVA', 'Montant HT'], y + 6 * MM);
    for (const l of inv.lines.filter((line) => line.kind !== 'callout')) {
      const cells = l.kind === 'lift' ? [l.device, l.site, `${l.type} – ${l.floors} niveaux`, rate(l.rate), plainMoney(inv, l.total)] : ['', l.label, '', rate(l.rate), plainMoney(inv, l.total)];
      const h = Math.max(...cells.map((t, k) => heightOf(t, cols[k][1] * MM, 8.4))) + 1.8 * MM;
      cells.forEach((t, k) => text(t, cols[k][0], y, { size: 8.4, width: cols[k][1] * MM, align: k >= 3 ? 'right' : 'left' }));
      y += h;
      pdf.moveTo(L, y - 0.9 * MM).lineTo(R, y - 0.9 * MM).lineWidth(0.3).stroke('#cccccc');
    }
    // Call-outs outside the contract.
    for (const co of inv.callouts) {
      y += 4 * MM;
      text('Intervention hors contrat', L, y, { size: 9.5, bold: true, color: accent });
      y += 5 * MM;
      const what = `${date(inv, co.day, 'slash')} – appel reçu à ${hhmm(co.call)}, technicien sur place à ${hhmm(co.arrival)} – ${co.site}, appareil ${co.device} : ${co.cause}.`;
      text(what, L, y, { size: 8.4, width: R - L });
      y += heightOf(what, R - L, 8.4) + 2 * MM;
      y = header(['', 'Désignation', 'Quantité', 'TVA', 'Montant HT'], y);
      for (const l of inv.lines.filter((line) => line.kind === 'callout')) {
        const cells = ['', l.label, l.qty === 1 ? '1' : frNumber(l.qty, 1), rate(l.rate), plainMoney(inv, l.total)];
        cells.forEach((t, k) => text(t, cols[k][0], y, { size: 8.4, width: (k === 1 ? 100 : cols[k][1]) * MM, align: k >= 2 ? 'right' : 'left' }));
        y += 5.5 * MM;
      }
    }
    // VAT summary on the left, totals on the right.
    y += 5 * MM;
    const top = y;
    text('Taux', L, y, { size: 7.8, bold: true });
    text('Base HT', L + 18 * MM, y, { size: 7.8, bold: true, width: 26 * MM, align: 'right' });
    text('TVA', L + 46 * MM, y, { size: 7.8, bold: true, width: 24 * MM, align: 'right' });
    inv.vat.forEach((v, n) => {
      const yy = y + (n + 1) * 4.8 * MM;
      text(rate(v.rate), L, yy, { size: 8.4 });
      text(plainMoney(inv, v.base), L + 18 * MM, yy, { size: 8.4, width: 26 * MM, align: 'right' });
      text(plainMoney(inv, v.amount), L + 46 * MM, yy, { size: 8.4, width: 24 * MM, align: 'right' });
    });
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['Total TVA', 'TVA']), inv.tva], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), inv.ttc, true]];
    totals.forEach(([k, v, strong], n) => {
      const yy = top + n * 5.5 * MM;
      if (strong) pdf.rect(R - 80 * MM, yy - 1.3 * MM, 80 * MM, 6 * MM).fill('#eceff1');
      text(k, R - 78 * MM, yy, { size: strong ? 10 : 9, bold: strong });
      text(money(inv, v), R - 42 * MM, yy, { size: strong ? 10 : 9, bold: strong, width: 40 * MM, align: 'right' });
    });
    y = top + Math.max(totals.length * 5.5, (inv.vat.length + 1) * 4.8) * MM + 6 * MM;
    if (inv.vat.some((v) => v.rate === 1000)) {
      text('TVA à 10 % : entretien d’équipements de locaux à usage d’habitation (art. 279-0 bis du CGI).', L, y, { size: 7.5, color: '#444444', width: R - L });
      y += 5 * MM;
    }
    text(paymentText(inv), L, y, { size: 8.5, width: R - L });
    text(LATE_FEES, L, pdf.page.height - 24 * MM, { size: 6.5, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 16 * MM, { size: 6.5, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [ascenseurs];

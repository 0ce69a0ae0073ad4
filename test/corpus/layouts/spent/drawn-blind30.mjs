// Blind-30 layout drawn by PDFKit (see ../../README.md): a landscaper's invoice for street and park trees planted for
// a public body, as a landscaping firm's in-house program prints it: each species with its size and root ball, the trees
// supplied at 10 % beside the planting works at 20 % on half (a VAT line per rate) or all at 20 %, planting pits,
// tripod staking, watering bags, mulch and the first year's watering for the guarantee; the planting's acceptance date
// and the end of the one-year guarantee of survival printed, the trees' inventory numbers of seven digits listed; the
// identity as labels beside values in a framed box on the right, in capitals on half; the references under the buyer's
// address or in the box; a 5 % retention of guarantee deducted until the guarantee ends on some, the deposit invoiced
// with the order deducted with its own number and date on 2.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit, retain } from '../../lib/blind25.mjs';
import { greenBuyer, maybeRelabel30, seven30, yearOn } from '../../lib/blind30.mjs';

const MM = 72 / 25.4;
const SPECIES = [
  ['Acer campestre ‘Elsrijk’ (érable champêtre)', '16/18', [19000, 26000]],
  ['Tilia cordata ‘Greenspire’ (tilleul à petites feuilles)', '18/20', [24000, 32000]],
  ['Carpinus betulus ‘Fastigiata’ (charme pyramidal)', '14/16', [16000, 22000]],
  ['Quercus robur (chêne pédonculé)', '16/18', [26000, 36000]],
  ['Prunus avium ‘Plena’ (merisier à fleurs doubles)', '14/16', [15000, 21000]],
  ['Liquidambar styraciflua (copalme d’Amérique)', '16/18', [23000, 31000]],
  ['Sorbus aria (alisier blanc)', '12/14', [11000, 16000]],
];
const STREETS = ['rue Michelet', 'cours Fauriel', 'boulevard Jules Janin', 'avenue de la Libération', 'parc de l’Europe', 'square Violette', 'cour de l’école Jean Jaurès', 'parking du gymnase', 'allée des Tilleuls'];
const plantation = {
  name: 'ab-plantation-arbres',
  family: 'street-tree-planting-guarantee-year-retention',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ab-plantation-arbres', i, { cityProb: 0.4, engagementProb: 0.85, trades: ['btp'], numbers: ['sage', 'ebp', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.45, serviceProb: 0.45, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'trees');
    renameSupplier(inv, x.pick(['Paysages du Gier', 'Jardins et Paysages de l’Ondaine', 'Arbor Paysage Loire', 'Chaize Paysage']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8130Z';
    greenBuyer(inv, x, 'parks', 0.85);
    localReferences(inv, x);
    maybeRelabel30(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.site = seven30(x);
    inv.accepted = addDays(inv.date, -x.int(4, 25));
    inv.guaranteeEnd = yearOn(inv.accepted);
    inv.place = x.pick(STREETS);
    const split = x.chance(0.5);
    const first = x.int(0, SPECIES.length - 1);
    inv.species = Array.from({ length: x.int(1, 3) }, (_, k) => {
      const [name, size, [lo, hi]] = SPECIES[(first + k * 2) % SPECIES.length];
      return { name, size, qty: x.int(2, 14), unit: x.int(lo / 100, hi / 100) * 100 };
    });
    const trees = inv.species.reduce((s, sp) => s + sp.qty, 0);
    let next = x.int(1000000, 9800000);
    inv.inventory = inv.species.flatMap((sp) => Array.from({ length: sp.qty }, () => `${(next += x.int(1, 40))}`));
    inv.lines = inv.species.map((sp) => ({ label: `Fourniture ${sp.name} – tige ${sp.size}, motte grillagée`, qty: sp.qty, unit: sp.unit, rate: split ? 1000 : 2000 }));
    inv.lines.push({ label: 'Plantation en fosse de 3 m³ : terrassement, évacuation des déblais, terre végétale amendée', qty: trees, unit: x.int(90, 160) * 100, rate: 2000 });
    inv.lines.push({ label: 'Tuteurage tripode châtaignier Ø 8 cm, traverses et colliers', qty: trees, unit: x.int(55, 95) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Sac d’arrosage goutte-à-goutte 75 L', qty: trees, unit: x.int(28, 45) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Paillage en bois raméal fragmenté, 10 cm (par pied)', qty: trees, unit: x.int(12, 25) * 100, rate: 2000 });
    inv.lines.push({ label: 'Arrosages de confortement et suivi de reprise – 1re année (par arbre)', qty: trees, unit: x.int(40, 85) * 100, rate: 2000 });
    priceLines(inv, split ? [1000, 2000] : [2000]);
    if (i % 3 === 0) retain(inv, 5);
    inv.paid = i === 2 || i === 7 ? deductDeposit(inv, x, 30, addDays(inv.date, -x.int(40, 90))) : null;
    return inv;
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['PaysaGest', 'Facturation chantiers', 'PDFKit']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const text = (t, px, py, { size = 8.4, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const heightOf = (t, size, width, b = false) => pdf.font(b ? bold : regular).fontSize(size).heightOfString(t, { width });
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const L = 15 * MM;
    const W = pdf.page.width - 2 * L;
    const green = x.pick(['#2e5e1f', '#3b6b35', '#245b4a']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de plantations n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service espaces verts (code)'] });
    const inBox = x.chance(0.5);
    // The supplier, top left.
    const me = supplierTexts(inv, x);
    text(me[0], L, 14 * MM, { size: 15, b: true, color: green });
    text('Création et entretien d’espaces verts – arboriculture – plantations', L, 20.5 * MM, { size: 7.4, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 25 * MM + k * 3.6 * MM, { size: 7.8 }));
    // The identity box, top right: labels beside values.
    const BX = L + W - 78 * MM;
    const box = [[up('Facture n°'), inv.number, true], [up('Date'), date(inv, inv.date), true], [up('N° de chantier'), inv.site], [up('Réf. client'), inv.clientCode], [up('Échéance'), fmtDate(inv.due, 'slash')], ...(inBox ? refs.map(([k, v]) => [up(k), v, true]) : [])];
    let by = 14 * MM;
    pdf.rect(BX, by, 78 * MM, 7 * MM).fill(green);
    text('FACTURE', BX + 3 * MM, by + 1.8 * MM, { size: 11, b: true, color: '#ffffff' });
    by += 9 * MM;
    const boxTop = by - 2 * MM;
    for (const [k, v, strong] of box) {
      const h = Math.max(heightOf(k, 7.2, 30 * MM), heightOf(v, strong ? 9.4 : 8.4, 42 * MM, strong));
      text(k, BX + 2.5 * MM, by + 0.6 * MM, { size: 7.2, color: '#444444', width: 30 * MM });
      text(v, BX + 33 * MM, by, { size: strong ? 9.4 : 8.4, b: Boolean(strong), width: 43 * MM });
      by += h + 1.6 * MM;
    }
    pdf.rect(BX, boxTop, 78 * MM, by - boxTop).lineWidth(0.6).stroke(green);
    // The buyer, under the supplier, with the references under its address on some.
    let y = Math.max(25 * MM + me.length * 3.6 * MM + 6 * MM, by + 5 * MM);
    const buyer = buyerTexts(inv, x);
    text(up('Client'), L, y, { size: 7, color: '#666666' });
    y += 3.6 * MM;
    buyer.forEach((t, k) => text(t, L, y + k * 4.2 * MM, { size: 9, b: k === 0 }));
    y += buyer.length * 4.2 * MM + 1 * MM;
    if (!inBox) for (const [k, v] of refs) {
      text(`${k} : ${v}`, L, y, { size: 8.4, b: true });
      y += 4 * MM;
    }
    y += 4 * MM;
    const obj = `Objet : plantation d’arbres d’alignement et d’ornement – ${inv.place} – réception des travaux le ${fmtDate(inv.accepted, 'slash')}`;
    text(obj, L, y, { size: 8.8, b: true, width: W });
    y += heightOf(obj, 8.8, W, true) + 3 * MM;
    // Lines.
    const cols = [[0, 104, 'Désignation', 'left'], [104, 14, 'Qté', 'right'], [118, 22, 'P.U. HT', 'right'], [140, 12, 'TVA', 'right'], [152, W / MM - 152, 'Montant HT', 'right']];
    pdf.rect(L, y, W, 5.5 * MM).fill('#e4ecd9');
    cols.forEach(([cx, cw, h, align]) => text(h, L + cx * MM + 1 * MM, y + 1.6 * MM, { size: 7.6, b: true, width: (cw - 2) * MM, align }));
    y += 7.5 * MM;
    for (const l of inv.lines) {
      const h = heightOf(l.label, 8, 102 * MM);
      [l.label, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)].forEach((t, k) => text(t, L + cols[k][0] * MM + 1 * MM, y, { size: 8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      y += h + 2.2 * MM;
      pdf.moveTo(L, y - 1 * MM).lineTo(L + W, y - 1 * MM).lineWidth(0.3).stroke('#cccccc');
    }
    y += 2 * MM;
    // The guarantee and the trees' inventory numbers, on the left; the totals on the right.
    const TX = L + W - 84 * MM;
    const left = [`Garantie de reprise : 1 an à compter de la réception, jusqu’au ${fmtDate(inv.guaranteeEnd, 'slash')}. Tout sujet non repris sera remplacé à nos frais à la saison de plantation suivante.`, `Arbres inscrits à l’inventaire du patrimoine arboré sous les n° ${inv.inventory.join(', ')}.`];
    let ly = y;
    for (const t of left) {
      text(t, L, ly, { size: 7.2, color: '#333333', width: TX - L - 6 * MM });
      ly += heightOf(t, 7.2, TX - L - 6 * MM) + 2 * MM;
    }
    const totals = [['Total HT', inv.ht]];
    for (const v of [...inv.vat].sort((a, b) => a.rate - b.rate)) totals.push([inv.vat.length > 1 ? `TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}` : `TVA ${rate(v.rate)}`, v.amount]);
    const deducts = inv.paid || inv.retenue;
    totals.push(['Total TTC', inv.ttc, !deducts]);
    if (inv.paid) totals.push([`Acompte – facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')}`, -inv.paid.amount]);
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} % (libérable le ${fmtDate(inv.guaranteeEnd, 'slash')})`, -inv.retenue]);
    if (deducts) totals.push([x.pick(['Reste dû', 'Net à payer', 'Montant à régler']), inv.net, true]);
    for (const [k, v, strong] of totals) {
      const h = Math.max(heightOf(k, 7.8, 56 * MM), 4 * MM);
      if (strong) pdf.rect(TX - 1 * MM, y - 1 * MM, 85 * MM, h + 1.2 * MM).fill('#eef3e8');
      text(k, TX, y, { size: 7.8, b: Boolean(strong), width: 56 * MM });
      text(money(inv, v), TX + 56 * MM, y, { size: strong ? 9.6 : 8.4, b: Boolean(strong), width: 28 * MM, align: 'right' });
      y += h + 1.6 * MM;
    }
    y = Math.max(y, ly) + 6 * MM;
    text(up('Règlement'), L, y, { size: 7.4, b: true, color: green });
    y += 4 * MM;
    const pay = inv.print.iban ? `Par virement à 30 jours – IBAN ${iban(inv)} – BIC ${s.bic} – merci d’indiquer la référence ${inv.number}` : 'Par mandat administratif à 30 jours (Chorus Pro).';
    text(pay, L, y, { size: 8.2, width: W });
    y += heightOf(pay, 8.2, W) + 3 * MM;
    text(LATE_FEES, L, y, { size: 6.8, width: W, color: '#444444' });
    text(legalLine(inv), L, pdf.page.height - 16 * MM, { size: 6.4, width: W, align: 'center', color: '#333333' });
    return collect(pdf);
  },
};

export default [plantation];

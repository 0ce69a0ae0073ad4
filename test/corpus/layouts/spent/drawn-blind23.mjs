// Blind-23 layout drawn by PDFKit (see ../../README.md): a franking-machine company's quarterly invoice, as a large
// company's billing system prints it: the machine's rental for the quarter, maintenance and insurance, the postal
// rates' update, ink cartridges at 20 %, and on most the postage credit recharged into the machine during the quarter —
// La Poste's postage, outside the scope of VAT, invoiced at cost (`totalHT` includes it); the customer account of seven
// digits, the customer area's reference, the rental contract and the machine's seven-digit serial number in a
// references box; the machine's ascending and descending meters printed for information; a remittance slip to detach
// at the foot with a payment reference; on some a second page of general rental conditions.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { quarterName, quarterOf } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { accountNumber, maybeRelabel23, slipReference } from '../../lib/blind23.mjs';

const MM = 72 / 25.4;
const MODELS = [['Postbase Mini', 18000, 26000], ['IS-280c', 21000, 31000], ['DM220i', 24000, 36000], ['SendPro C Auto', 32000, 44000], ['IX-5 Series', 38000, 52000]];
const CONDITIONS = [
  'Article 3 – Durée. Le contrat de location est conclu pour une durée ferme de 20 trimestres, renouvelable par tacite reconduction par périodes d’un an, sauf dénonciation par lettre recommandée trois mois avant l’échéance.',
  'Article 5 – Loyers. Les loyers sont payables trimestriellement et d’avance. Ils sont révisés chaque année au 1er janvier selon l’indice des prix de production des services (location de machines de bureau).',
  'Article 7 – Crédit d’affranchissement. Le crédit téléchargé dans la machine correspond à des prestations postales de La Poste, facturées pour leur montant exact et hors du champ d’application de la TVA. Le crédit non consommé à la restitution de la machine est remboursé par La Poste sur demande.',
  'Article 9 – Maintenance. La maintenance comprend le remplacement des pièces d’usure, la hotline et les mises à jour logicielles ; elle exclut les consommables et les dégâts résultant d’une utilisation non conforme.',
  'Article 12 – Restitution. À l’expiration du contrat, la machine est restituée en bon état d’entretien ; le bloc compteur est désactivé en présence d’un agent agréé.',
];

const affranchissement = {
  name: 'd-machine-affranchir',
  family: 'franking-machine-rental-postage-outside-vat',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('d-machine-affranchir', i, { cityProb: 0.6, engagementProb: 0.7, trades: ['services'], numbers: ['plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.9, ibanProb: 0.9 });
    const x = extraRng(inv, 'franking');
    renameSupplier(inv, x.pick(['Frankéo Services Courrier', 'Postalia Solutions', 'MailTech Affranchissement', 'Oblitéra France']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '7733Z';
    inv.supplier.capital = x.pick([2_400_000, 15_000_000, 37_500_000]);
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel23(inv, x);
    const q = quarterOf(inv.date);
    redate(inv, addDays(q.from, x.int(0, 12)));
    inv.quarter = quarterOf(inv.date);
    inv.previousQuarter = quarterOf(addDays(inv.quarter.from, -1));
    inv.number = `FV${x.digits(8)}`;
    inv.due = addDays(inv.date, 30);
    inv.account = accountNumber(x);
    inv.area = `${x.pick(['MonEspace', 'EC', 'ESP'])}-${x.digits(7)}`;
    inv.contract = `0${x.int(1, 9)}${x.digits(8)}`;
    inv.serial = `${x.int(1, 9)}${x.digits(6)}`;
    const [model, lo, hi] = x.pick(MODELS);
    inv.model = model;
    inv.lines = [{ label: `Location machine à affranchir ${model} – ${quarterName(inv.quarter)} (du ${fmtDate(inv.quarter.from, 'slash')} au ${fmtDate(inv.quarter.to, 'slash')})`, qty: 1, unit: x.int(lo, hi), rate: 2000 }];
    if (x.chance(0.6)) inv.lines.push({ label: 'Contrat de maintenance, assurance et assistance téléphonique – trimestre', qty: 1, unit: x.int(4000, 12000), rate: 2000 });
    if (inv.quarter.q === 1 || x.chance(0.3)) inv.lines.push({ label: `Mise à jour des tarifs postaux ${inv.quarter.y} (téléchargement et paramétrage)`, qty: 1, unit: x.int(4900, 8900), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: `Cartouche d’encre ${model} grande capacité`, qty: x.int(1, 3), unit: x.int(6500, 14000), rate: 2000 });
    inv.postage = i % 4 !== 3;
    inv.recharges = [];
    if (inv.postage) {
      for (let k = 0; k < x.int(1, 4); k++) {
        const day = addDays(inv.previousQuarter.from, x.int(2, 88));
        inv.recharges.push({ day, amount: x.int(300, 3000) * 100 });
      }
      inv.recharges.sort((a, b) => (a.day.m - b.day.m) * 31 + a.day.d - b.day.d);
      for (const r of inv.recharges) inv.lines.push({ label: `Rechargement du crédit d’affranchissement du ${fmtDate(r.day, 'slash')} – prestations postales La Poste (hors champ de la TVA)`, qty: 1, unit: r.amount, rate: 0 });
    }
    inv.ascending = x.int(4_000_000, 90_000_000);
    inv.descending = x.int(2_000, 180_000);
    inv.conditions = x.chance(0.5);
    return priceLines(inv, inv.postage ? [2000, 0] : [2000]);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'BillingCore 7', 'FactuPost']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 14 * MM;
    const R = pdf.page.width - 14 * MM;
    const regular = x.pick(['Helvetica', 'Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#6a1b9a', '#00838f', '#ef6c00']);
    const text = (t, px, py, { size = 8.2, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    // Header: the company's name, the invoice's identity in a box on the right.
    pdf.rect(L, 12 * MM, 4 * MM, 14 * MM).fill(accent);
    text(s.name, L + 7 * MM, 12 * MM, { size: 15, b: true, color: accent });
    text('Solutions de gestion du courrier – machines à affranchir', L + 7 * MM, 19 * MM, { size: 7.6, color: '#555555' });
    text(`${s.address.join(' – ')} – ${s.phone}`, L + 7 * MM, 23 * MM, { size: 7.2, color: '#555555' });
    const bx = 128 * MM;
    pdf.rect(bx, 10 * MM, R - bx, 24 * MM).lineWidth(0.8).stroke(accent);
    text('FACTURE', bx + 3 * MM, 12 * MM, { size: 13, b: true, color: accent });
    const ids = [[x.pick(['N° de facture', 'Facture n°', 'Numéro']), inv.number], [x.pick(['Date', 'Date de facture', 'Date d’émission']), date(inv, inv.date)], ['N° client', inv.account]];
    ids.forEach(([k, v], n) => {
      text(k, bx + 3 * MM, 19 * MM + n * 4.6 * MM, { size: 8 });
      text(v, bx + 30 * MM, 19 * MM + n * 4.6 * MM, { size: 8.4, b: n === 0 });
    });
    // The buyer in the envelope window, the references on the left.
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, 112 * MM, 48 * MM + k * 4.2 * MM, { size: 9.2, b: k === 0 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de location de machines à affranchir n°', 'Accord-cadre n°'], service: ['Code service', 'Service courrier (code)', 'Service'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const refRows = [[x.pick(['Référence espace client', 'Votre espace client']), inv.area], ['Contrat de location n°', inv.contract], ['Machine', `${inv.model} – n° de série ${inv.serial}`], ...shown];
    text(x.pick(['Vos références', 'Références']), L, 44 * MM, { size: 7.6, b: true, color: accent });
    let y = 49 * MM;
    for (const [k, v] of refRows) {
      text(k, L, y, { size: 7.8, color: '#444444' });
      text(v, L + 38 * MM, y, { size: 7.8, b: true, width: 56 * MM });
      y += Math.max(4.2 * MM, pdf.heightOfString(v, { width: 56 * MM }) + 1 * MM);
    }
    y = Math.max(y, 48 * MM + buyer.length * 4.2 * MM) + 5 * MM;
    text(`Objet : location et services – ${quarterName(inv.quarter)}${inv.postage ? ` ; crédit d’affranchissement rechargé au ${quarterName(inv.previousQuarter)}` : ''}`, L, y, { size: 8.6, b: true, width: R - L });
    y += 6 * MM;
    if (sentence) {
      text(sentence, L, y, { size: 8, width: R - L });
      y += 6 * MM;
    }
    const cols = [[L, 108, 'Désignation', 'left'], [L + 108 * MM, 12, 'Qté', 'right'], [L + 120 * MM, 22, 'P.U. HT', 'right'], [L + 142 * MM, 12, 'TVA', 'center'], [L + 154 * MM, (R - L) / MM - 154, 'Montant HT', 'right']];
    pdf.rect(L, y - 1.2 * MM, R - L, 5.4 * MM).fill('#eeeeee');
    cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y, { size: 7.6, b: true, width: (w - 2) * MM, align }));
    y += 6.4 * MM;
    for (const l of inv.lines) {
      pdf.font(regular).fontSize(7.8);
      const h = pdf.heightOfString(l.label, { width: (cols[0][1] - 2) * MM });
      [l.label, frNumber(l.qty), plainMoney(inv, l.unit), l.rate ? '20 %' : 'HC', plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 7.8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      y += h + 1.8 * MM;
    }
    pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).stroke('#999999');
    y += 3 * MM;
    const taxed = inv.vat.find((v) => v.rate === 2000);
    const postage = inv.ht - taxed.base;
    const totals = postage
      ? [['Total prestations HT', taxed.base], ['Affranchissement (hors champ TVA)', postage], [x.pick(['Total HT', 'Total hors TVA']), inv.ht], [`TVA 20 % sur ${plainMoney(inv, taxed.base)}`, inv.tva], ['Total TTC', inv.ttc], [x.pick(['Montant à payer', 'Net à payer']), inv.net, true]]
      : [[x.pick(['Total HT', 'Montant HT']), inv.ht], ['TVA 20 %', inv.tva], [x.pick(['Total TTC', 'Montant à payer']), inv.ttc, true]];
    const ty = y;
    text('Relevé des compteurs de la machine (pour information)', L, ty, { size: 7.4, b: true });
    [`Compteur ascendant (cumul affranchi) : ${money(inv, inv.ascending)}`, `Compteur descendant (crédit disponible) : ${money(inv, inv.descending)}`, `Relevé télétransmis le ${fmtDate(addDays(inv.date, -x.int(1, 6)), 'slash')}`].forEach((t, k) => text(t, L, ty + (k + 1) * 4 * MM, { size: 7.4 }));
    totals.forEach(([k, v, strong], n) => {
      const yy = ty + n * 4.8 * MM;
      if (strong) pdf.rect(R - 86 * MM, yy - 1.4 * MM, 86 * MM, 6 * MM).fill('#eeeeee');
      text(k, R - 84 * MM, yy, { size: strong ? 9 : 8, b: strong });
      text(money(inv, v), R - 36 * MM, yy, { size: strong ? 9 : 8, b: strong, width: 35 * MM, align: 'right' });
    });
    y = ty + Math.max(totals.length * 4.8, 16) * MM + 3 * MM;
    if (postage) {
      text('Les rechargements de crédit d’affranchissement sont des prestations de La Poste refacturées pour leur montant exact, hors du champ d’application de la TVA.', L, y, { size: 6.8, width: R - L, color: '#444444' });
      y += 6 * MM;
    }
    text(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.', L, y, { size: 8, width: R - L });
    y += 4.6 * MM;
    text(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, L, y, { size: 6.4, color: '#444444', width: R - L });
    // The remittance slip at the foot of the first page.
    const sy = pdf.page.height - 58 * MM;
    pdf.moveTo(L, sy).lineTo(R, sy).dash(3, { space: 2 }).lineWidth(0.6).stroke('#555555');
    pdf.undash();
    text('TALON DE RÈGLEMENT – à détacher et à joindre à votre paiement', L, sy + 2.5 * MM, { size: 8, b: true });
    const reference = slipReference(inv.account, inv.number);
    const slip = [['N° client', inv.account], ['N° de facture', inv.number], ['Échéance', fmtDate(inv.due, 'slash')], ['Montant à régler', money(inv, inv.net)]];
    slip.forEach(([k, v], n) => {
      const cx = L + n * 45.5 * MM;
      pdf.rect(cx, sy + 8 * MM, 43 * MM, 11 * MM).lineWidth(0.6).stroke('#777777');
      text(k, cx + 2 * MM, sy + 9.5 * MM, { size: 6.8, color: '#555555' });
      text(v, cx + 2 * MM, sy + 14 * MM, { size: 9, b: true });
    });
    text(`Référence de paiement : ${reference}`, L, sy + 22 * MM, { size: 8 });
    text(s.name, L, sy + 27 * MM, { size: 7.4 });
    text(`${s.address.join(' ')}`, L, sy + 30.5 * MM, { size: 7.4 });
    pdf.font('Courier').fontSize(9).fillColor('#111111').text(`${inv.account} ${inv.number} ${String(inv.net).padStart(11, '0')} ${reference.slice(-2)}`, L, sy + 36 * MM, { lineBreak: false });
    if (inv.conditions) {
      pdf.addPage({ size: 'A4', margin: 0 });
      text('Conditions générales de location (extrait)', L, 16 * MM, { size: 10, b: true, color: accent });
      let cy = 24 * MM;
      for (const c of CONDITIONS) {
        text(c, L, cy, { size: 8, width: R - L });
        cy += pdf.heightOfString(c, { width: R - L }) + 3 * MM;
      }
    }
    const range = pdf.bufferedPageRange();
    for (let k = 0; k < range.count; k++) {
      pdf.switchToPage(range.start + k);
      text(legalLine(inv), L, pdf.page.height - 13 * MM, { size: 6, width: R - L, align: 'center', color: '#555555' });
      text(`Page ${k + 1}/${range.count}`, L, pdf.page.height - 8 * MM, { size: 6.2, width: R - L, align: 'right' });
    }
    return collect(pdf);
  },
};

export default [affranchissement];

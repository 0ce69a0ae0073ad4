// Blind-22 layout drawn by PDFKit (see ../../README.md): a remote-alarm (téléassistance) operator's monthly invoice to
// a CCAS for its elderly subscribers, as the operator's back office prints it: one row per subscriber with initials, the
// CCAS's seven-digit file number, the transmitter's serial number and the days billed (new and terminated subscriptions
// prorated by the day), the fall-detector option, installations and removals at 5,5 %, a lost pendant replaced at 20 %,
// a VAT summary by rate; the account's previous balance and the payment received printed above the amount due; the
// month's alarm calls printed for information; the table carried onto a second page when long; one credit note for
// subscriptions billed after their termination, naming the original invoice.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, supplierTexts } from '../../lib/blind5.mjs';
import { collect } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { caseNumber, initials, maybeRelabel22, notInFuture, socialBuyer } from '../../lib/blind22.mjs';

const MM = 72 / 25.4;
const teleassistance = {
  name: 'c-teleassistance',
  family: 'remote-alarm-subscribers-ccas-back-office',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('c-teleassistance', i, { cityProb: 0.45, engagementProb: 0.7, trades: ['services'], numbers: ['ebp', 'compact', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.6, serviceProb: 0.5, dateStyles: ['slash', 'long', 'dots'], rates: [[550]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'alarm');
    renameSupplier(inv, x.pick(['Sérénité Téléassistance', 'Présence Verte Services Loire', 'Vigie Seniors', 'Allo Assistance Domicile']), x.pick(['SAS', 'SA']));
    inv.supplier.capital = x.pick([250_000, 1_000_000, 4_500_000]);
    inv.supplier.ape = '8010Z';
    socialBuyer(inv, x, 'ccas', 1);
    localReferences(inv, x);
    maybeRelabel22(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 5) });
    notInFuture(inv);
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, 30);
    inv.account = `CPT-${x.digits(6)}`;
    const fee = x.int(1690, 2890);
    const option = x.int(450, 890);
    const days = inv.month.days;
    const serial = () => `${x.pick(['TX', 'LS', 'NV'])}${x.digits(2)}-${x.digits(6)}`;
    if (credit) {
      inv.avoir = true;
      inv.number = `AV-${inv.date.y}-${String(x.int(1, 80)).padStart(4, '0')}`;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(100, 9999)).padStart(5, '0')}`, date: addDays(inv.month.from, x.int(0, 4)) };
      inv.subscribers = Array.from({ length: x.int(1, 3) }, () => {
        const end = x.int(2, days - 3);
        return { who: initials(x), file: caseNumber(x, inv.date.y - x.int(1, 4)), device: serial(), start: null, end: addDays(inv.month.from, end - 1), days: days - end, fall: x.chance(0.4), reason: x.pick(['décès', 'entrée en EHPAD', 'résiliation à la demande de la famille']) };
      });
      inv.lines = inv.subscribers.flatMap((sub) => [
        { label: `${sub.who} – dossier ${sub.file} – abonnement non dû du ${fmtDate(addDays(sub.end, 1), 'slash')} au ${fmtDate(inv.month.to, 'slash')} (${sub.reason})`, qtyText: `${sub.days}/${days} j`, qty: 1, unit: fee, total: Math.round((fee * sub.days) / days), rate: 550 },
        ...(sub.fall ? [{ label: '   option détecteur de chute, même période', qtyText: `${sub.days}/${days} j`, qty: 1, unit: option, total: Math.round((option * sub.days) / days), rate: 550 }] : []),
      ]);
      inv.print.iban = false;
      inv.calls = null;
      return priceLines(inv, [550]);
    }
    inv.subscribers = Array.from({ length: x.int(6, 22) }, () => {
      const state = x.pick(['full', 'full', 'full', 'full', 'full', 'new', 'end']);
      const cut = x.int(2, days - 2);
      const billed = state === 'full' ? days : state === 'new' ? days - cut + 1 : cut;
      return { who: initials(x), file: caseNumber(x, inv.date.y - x.int(0, 4)), device: serial(), state, start: state === 'new' ? addDays(inv.month.from, cut - 1) : null, end: state === 'end' ? addDays(inv.month.from, cut - 1) : null, days: billed, fall: x.chance(0.35) };
    });
    inv.lines = [];
    for (const sub of inv.subscribers) {
      const when = sub.state === 'new' ? ` – mise en service le ${fmtDate(sub.start, 'slash')}` : sub.state === 'end' ? ` – résilié le ${fmtDate(sub.end, 'slash')}` : '';
      inv.lines.push({ label: `${sub.who} – dossier ${sub.file} – transmetteur ${sub.device}${when}`, qtyText: sub.days === days ? '1 mois' : `${sub.days}/${days} j`, qty: 1, unit: fee, total: Math.round((fee * sub.days) / days), rate: 550 });
      if (sub.fall) inv.lines.push({ label: '   option détecteur de chute', qtyText: sub.days === days ? '1 mois' : `${sub.days}/${days} j`, qty: 1, unit: option, total: Math.round((option * sub.days) / days), rate: 550 });
    }
    const fresh = inv.subscribers.filter((sub) => sub.state === 'new').length;
    const ended = inv.subscribers.filter((sub) => sub.state === 'end').length;
    if (fresh) inv.lines.push({ label: 'Installation au domicile, paramétrage et formation du bénéficiaire', qtyText: String(fresh), qty: fresh, unit: x.int(35, 69) * 100, rate: 550 });
    if (ended) inv.lines.push({ label: 'Désinstallation et reprise du matériel', qtyText: String(ended), qty: ended, unit: x.int(15, 35) * 100, rate: 550 });
    const lost = x.chance(0.4);
    if (lost) inv.lines.push({ label: 'Remplacement d’un médaillon déclencheur perdu (hors contrat)', qtyText: '1', qty: 1, unit: x.int(45, 89) * 100, rate: 2000 });
    priceLines(inv, lost ? [550, 2000] : [550]);
    inv.calls = { all: x.int(40, 260), help: x.int(2, 18), tests: x.int(10, 60) };
    inv.previous = { amount: inv.ttc + x.int(-400, 400) * 10, paid: addDays(inv.month.from, x.int(8, 26)) };
    return inv;
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, bufferPages: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'TeleCare Billing', 'Facturation Abonnés']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: inv.avoir ? 'Avoir' : 'Facture' } });
    const L = 14 * MM;
    const R = pdf.page.width - 14 * MM;
    const bottom = pdf.page.height - 32 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman', 'Courier']);
    const bold = { Helvetica: 'Helvetica-Bold', 'Times-Roman': 'Times-Bold', Courier: 'Courier-Bold' }[regular];
    const small = regular === 'Courier' ? 0.92 : 1;
    const accent = x.pick(['#0277bd', '#6a1b9a', '#2e7d32']);
    const text = (t, px, py, { size = 8.2, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size * small).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const me = supplierTexts(inv, x);
    text(me[0], L, 13 * MM, { size: 14, b: true, color: accent });
    text('Téléassistance des personnes âgées et handicapées – centrale d’écoute 24 h/24', L, 19.5 * MM, { size: 7, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 24 * MM + k * 3.6 * MM, { size: 7.6 }));
    const buyer = buyerTexts(inv, x);
    pdf.roundedRect(110 * MM, 30 * MM, R - 110 * MM, buyer.length * 4.2 * MM + 6 * MM, 2 * MM).lineWidth(0.6).stroke('#999999');
    buyer.forEach((t, k) => text(t, 114 * MM, 33 * MM + k * 4.2 * MM, { size: 9, b: k === 0 }));
    let y = Math.max(26 * MM + me.length * 3.6 * MM, 38 * MM + buyer.length * 4.2 * MM) + 4 * MM;
    text(inv.avoir ? 'AVOIR' : x.pick(['FACTURE', 'FACTURE MENSUELLE', 'Facture d’abonnements']), L, y, { size: 15, b: true });
    y += 8 * MM;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de téléassistance n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service seniors (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ids = [[inv.avoir ? 'Avoir n°' : x.pick(['Facture n°', 'N° facture', 'Numéro']), inv.number], [x.pick(['Date', 'Date d’émission', 'Émise le']), date(inv, inv.date)], ['Compte', inv.account], ['Période', inv.month.name], ...(inv.avoir ? [['Facture d’origine', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Échéance', fmtDate(inv.due, 'slash')]])];
    const top = y;
    ids.forEach(([k, v], n) => {
      text(k, L, y, { size: 8.2, color: '#555555' });
      text(v, L + 32 * MM, y, { size: 8.4, b: n === 0 });
      y += 4.4 * MM;
    });
    let ry = top;
    if (shown.length) {
      pdf.rect(110 * MM, ry - 1.5 * MM, R - 110 * MM, shown.length * 4.8 * MM + 6 * MM).fill('#f3f3f3');
      text(x.pick(['Vos références', 'Références de la collectivité']), 112 * MM, ry, { size: 7.2, b: true, color: '#555555' });
      ry += 4.4 * MM;
      for (const [k, v] of shown) {
        text(`${k} : ${v}`, 112 * MM, ry, { size: 8.2, width: R - 114 * MM });
        ry += 4.8 * MM;
      }
    }
    y = Math.max(y, ry) + 3 * MM;
    if (sentence) {
      text(sentence, L, y, { size: 8, width: R - L });
      y += 8 * MM;
    }
    if (inv.avoir) {
      text(`Avoir sur notre facture ${inv.origin.number} : abonnements facturés pour le mois entier alors que le service a pris fin en cours de mois.`, L, y, { size: 8, width: R - L });
      y += 8 * MM;
    }
    const cols = [[L, 118, 'Abonné / prestation', 'left'], [L + 118 * MM, 18, 'Durée', 'right'], [L + 136 * MM, 18, 'P.U. HT', 'right'], [L + 154 * MM, 10, 'TVA', 'right'], [L + 164 * MM, (R - L) / MM - 164, 'Montant HT', 'right']];
    const header = () => {
      pdf.rect(L, y - 1.2 * MM, R - L, 5.4 * MM).fill(accent);
      cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y, { size: 7.4, b: true, color: '#ffffff', width: (w - 2) * MM, align }));
      y += 6.4 * MM;
    };
    header();
    let carried = 0;
    for (const l of inv.lines) {
      pdf.font(regular).fontSize(7.6 * small);
      const h = pdf.heightOfString(l.label, { width: (cols[0][1] - 2) * MM });
      if (y + h > bottom) {
        text('À reporter', cols[2][0], y + 1 * MM, { size: 7.4, b: true });
        text(plainMoney(inv, carried), cols[4][0] + 1 * MM, y + 1 * MM, { size: 7.4, b: true, width: (cols[4][1] - 2) * MM, align: 'right' });
        pdf.addPage({ size: 'A4', margin: 0 });
        y = 16 * MM;
        text(`${inv.avoir ? 'Avoir' : 'Facture'} ${inv.number} (suite)`, L, y, { size: 8, b: true });
        y += 6 * MM;
        header();
        text('Report', cols[2][0], y, { size: 7.4, b: true });
        text(plainMoney(inv, carried), cols[4][0] + 1 * MM, y, { size: 7.4, b: true, width: (cols[4][1] - 2) * MM, align: 'right' });
        y += 5 * MM;
      }
      [l.label, l.qtyText, plainMoney(inv, l.unit), rate(l.rate).replace(' %', '%'), plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 7.6, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      carried += l.total;
      y += h + 1.4 * MM;
    }
    pdf.moveTo(L, y).lineTo(R, y).lineWidth(0.5).stroke('#999999');
    y += 3 * MM;
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, v.amount]), [inv.avoir ? 'Total TTC de l’avoir' : x.pick(['Total TTC', 'Montant TTC']), inv.ttc, true]];
    const account = inv.previous ? [['Solde précédent', inv.previous.amount], [`Règlement reçu le ${fmtDate(inv.previous.paid, 'slash')}, merci`, -inv.previous.amount], ['Montant de la présente facture', inv.ttc], [x.pick(['Total à payer', 'Net à payer']), inv.net, true]] : [];
    if (y + (totals.length + account.length) * 5 * MM + 34 * MM > pdf.page.height - 24 * MM) {
      pdf.addPage({ size: 'A4', margin: 0 });
      y = 20 * MM;
    }
    const ty = y;
    if (inv.calls) {
      text('Activité de la centrale d’écoute (pour information)', L, ty, { size: 7.4, b: true });
      [`Appels reçus : ${inv.calls.all}`, `dont appels d’aide : ${inv.calls.help}`, `Appels de test cyclique : ${inv.calls.tests}`, `Abonnés actifs : ${inv.subscribers.length}`].forEach((t, k) => text(t, L, ty + (k + 1) * 4 * MM, { size: 7.4 }));
    }
    totals.forEach(([k, v, strong], n) => {
      const yy = ty + n * 5 * MM;
      text(k, R - 90 * MM, yy, { size: 8.2, b: strong });
      text(money(inv, v), R - 36 * MM, yy, { size: 8.2, b: strong, width: 35 * MM, align: 'right' });
    });
    y = ty + Math.max(totals.length * 5, 21) * MM + 2 * MM;
    if (account.length) {
      pdf.rect(R - 94 * MM, y - 2 * MM, 94 * MM, account.length * 5 * MM + 3 * MM).lineWidth(0.6).stroke(accent);
      text('Situation de votre compte', R - 92 * MM, y - 1 * MM - 4 * MM, { size: 7, color: '#555555' });
      account.forEach(([k, v, strong], n) => {
        text(k, R - 92 * MM, y + n * 5 * MM, { size: strong ? 9 : 7.8, b: strong });
        text(money(inv, v), R - 36 * MM, y + n * 5 * MM, { size: strong ? 9 : 7.8, b: strong, width: 34 * MM, align: 'right' });
      });
      y += account.length * 5 * MM + 5 * MM;
    }
    text('TVA 5,5 % : téléassistance des personnes âgées ou handicapées (art. 278-0 bis D du CGI) ; 20 % : matériel hors contrat.', L, y, { size: 6.8, width: R - L, color: '#444444' });
    y += 5 * MM;
    text(inv.avoir ? 'Avoir à déduire de votre prochain règlement ; il ne donne lieu à aucun paiement.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic} – en rappelant le n° de compte ${inv.account}` : 'Règlement par mandat administratif à 30 jours.', L, y, { size: 8, width: R - L });
    y += 6 * MM;
    if (!inv.avoir) text(`Conditions de règlement : 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, L, y, { size: 6.6, color: '#444444', width: R - L });
    const range = pdf.bufferedPageRange();
    for (let k = 0; k < range.count; k++) {
      pdf.switchToPage(range.start + k);
      text(legalLine(inv), L, pdf.page.height - 17 * MM, { size: 6, width: R - L, align: 'center' });
      text(`Page ${k + 1}/${range.count}`, L, pdf.page.height - 11 * MM, { size: 6.4, width: R - L, align: 'right' });
    }
    return collect(pdf);
  },
};

export default [teleassistance];

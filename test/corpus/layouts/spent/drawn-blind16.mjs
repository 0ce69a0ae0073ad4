// Blind-16 layouts drawn by PDFKit (see ../../README.md): a heating operator's monthly invoice under a P1-P2-P3
// operating contract (P1 energy per building in MWh with three decimals at a price per MWh, the month's degree-days
// printed for information; P2 and P3 as the yearly fixed price ÷ 12, P2 revised by a coefficient with four decimals;
// heat from a district network at 5,5 % beside the maintenance at 20 % on some, with a VAT summary; on half of its
// invoices a credit note for the season's P1 profit-sharing), printed by PDFKit and LibreOffice, and an auction
// house's invoice of the seller's fees for the online sale of a public body's surplus vehicles and equipment (the lots
// and their hammer prices printed for information with their total; fees as a percentage of the gross proceeds,
// photographs per lot, removal and roadworthiness test per vehicle; the proceeds paid back in full apart, as the rule
// of non-contraction of public receipts and expenses requires).
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { plate, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { maybeRelabel16, NUMBER_LABELS_16, previousMonth, ribRows, thousandths, vatRows } from '../../lib/blind16.mjs';

const MM = 72 / 25.4;

// ——— 1. Heating operation P1-P2-P3: a month, or the season's P1 profit-sharing as a credit note. ———
const BUILDINGS = ['Groupe scolaire Jules Ferry', 'Gymnase Jean Gachet', 'Hôtel de Ville', 'Médiathèque de Tarentaize', 'Piscine Grouchy', 'Crèche Les Lucioles', 'Centre technique municipal', 'Maison des associations'];
const chauffage = {
  name: 't-exploitation-chauffage',
  family: 'heating-operation-p1-p2-p3',
  producers: ['pdfkit', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('t-exploitation-chauffage', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'ebp', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'refCommandeEj'], marketProb: 0.8, serviceProb: 0.5, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, negative: 0.5 });
    const x = extraRng(inv, 'heating');
    renameSupplier(inv, x.pick(['Thermi Services Loire', 'Chaleur et Maintenance Forez', 'Énergies Collectivités Exploitation', 'Chauffage Urbain Gier Services']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '3530Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel16(inv, x);
    const y = inv.date.y;
    inv.network = x.chance(0.4);
    const first = x.int(0, BUILDINGS.length - 1);
    const sites = Array.from({ length: x.int(2, 4) }, (_, k) => BUILDINGS[(first + k) % BUILDINGS.length]);
    const mwhPrice = inv.network ? x.int(5500, 8500) : x.int(6500, 11500);
    const p1Rate = inv.network ? 550 : 2000;
    inv.avoir = i % 2 === 1;
    if (inv.avoir) {
      inv.number = x.pick([`AV-${y}-${String(x.int(1, 60)).padStart(4, '0')}`, `AV${String(x.int(100, 9999)).padStart(5, '0')}`, `A${y}-${x.digits(3)}`]);
      redate(inv, { y, m: x.int(6, 7), d: x.int(1, 28) });
      inv.season = `${y - 1}/${y}`;
      const target = x.int(180, 620) * 1000;
      const saved = x.int(8000, 45000);
      inv.regul = { target, real: target - saved, saved, share: x.pick([50, 60, 70]) };
      const refund = Math.round((saved * mwhPrice * inv.regul.share) / 100000);
      inv.lines = [{ label: `Intéressement P1 – saison ${inv.season} : économie de ${thousandths(saved)} MWh × ${frNumber(mwhPrice / 100, 2)} €/MWh × ${inv.regul.share} % (part du maître d’ouvrage)`, qtyText: '1', unitText: '', qty: 1, unit: refund, rate: p1Rate }];
      if (x.chance(0.5)) {
        const days = x.int(2, 9);
        inv.lines.push({ label: `Réfaction P2 – arrêt de la chaufferie ${sites[0]} pendant ${days} jours (article 14 du CCAP)`, qtyText: String(days), unitText: 'jour', qty: days, unit: x.int(40, 120) * 100, rate: 2000 });
      }
      inv.due = inv.date;
      // A credit note is imputed on the next invoices: no bank details on it.
      inv.print.iban = false;
    } else {
      redate(inv, { y, m: x.pick([11, 12, 1, 2, 3, 4]), d: x.int(2, 10) });
      inv.due = addDays(inv.date, 30);
      inv.period = previousMonth(inv.date);
      inv.dju = { month: x.int(180, 480), ref: x.int(200, 500) };
      inv.lines = sites.map((site) => {
        const mwh = x.int(8000, 95000);
        return { label: `P1 – ${inv.network ? 'chaleur livrée par le réseau urbain' : 'gaz naturel'} – ${site}`, qtyText: `${thousandths(mwh)} MWh`, unitText: '€/MWh', qty: mwh / 1000, unit: mwhPrice, total: Math.round((mwh * mwhPrice) / 1000), rate: p1Rate };
      });
      if (inv.network) inv.lines.push({ label: `R2 – abonnement au réseau de chaleur (${x.int(3, 12) * 50} kW souscrits)`, qtyText: '1', unitText: 'mois', qty: 1, unit: x.int(300, 1400) * 100, rate: 550 });
      const p2 = x.int(400, 1600) * 100;
      const k = x.int(10100, 10900);
      inv.p2 = { monthly: p2, yearly: p2 * 12, k };
      inv.lines.push({ label: `P2 – conduite et entretien courant : forfait annuel ${plainMoney(inv, p2 * 12)} € HT ÷ 12 × K = ${frNumber(k / 10000, 4)}`, qtyText: '1', unitText: 'mois', qty: 1, unit: Math.round((p2 * k) / 10000), rate: 2000 });
      const p3 = x.int(150, 900) * 100;
      inv.lines.push({ label: `P3 – garantie totale, gros entretien et renouvellement : forfait annuel ${plainMoney(inv, p3 * 12)} € HT ÷ 12`, qtyText: '1', unitText: 'mois', qty: 1, unit: p3, rate: 2000 });
    }
    return priceLines(inv, [...new Set(inv.lines.map((l) => l.rate))].sort((a, b) => a - b));
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché d’exploitation de chauffage n°', 'Marché n°', 'Marché P1-P2-P3 n°'], service: ['Code service', 'Service', 'Service gestionnaire (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const title = inv.avoir ? x.pick(['AVOIR', 'Avoir']) : x.pick(['FACTURE', 'Facture']);
    const numberLabel = inv.avoir ? x.pick(['Avoir n°', 'N° d’avoir', 'Numéro de document']) : x.pick(NUMBER_LABELS_16.filter((l) => l !== 'Référence'));
    const idRows = [[numberLabel, { text: inv.number, b: true }], [inv.avoir ? x.pick(['Date de l’avoir', 'Date']) : x.pick(['Date de facture', 'Date', 'Date d’émission']), date(inv, inv.date)]];
    if (!inv.avoir) idRows.push(['Période', `${fmtDate(inv.period.from, 'slash')} – ${fmtDate(inv.period.to, 'slash')}`], ['Échéance', date(inv, inv.due, 'slash')]);
    else idRows.push(['Saison de chauffe', inv.season]);
    idRows.push(['Code client', inv.clientCode]);
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.unitText, plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const multi = inv.vat.length > 1;
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), [inv.avoir ? x.pick(['Total TTC de l’avoir', 'Montant TTC']) : x.pick(['Total TTC', 'Montant TTC']), inv.ttc, true]];
    if (!inv.avoir && x.chance(0.5)) totals.push([x.pick(['Net à payer', 'Montant à mandater']), inv.net, true]);
    if (inv.avoir) totals.push([x.pick(['Montant en votre faveur', 'Net à déduire']), inv.net, true]);
    const me = supplierTexts(inv, x);
    const info = inv.avoir
      ? `Consommation de référence corrigée des DJU (NB) : ${thousandths(inv.regul.target)} MWh ; consommation réelle de la saison : ${thousandths(inv.regul.real)} MWh. Cet avoir sera déduit de la prochaine facture ou remboursé sur demande.`
      : `Degrés-jours unifiés du mois (base 18 °C, station Saint-Étienne-Bouthéon) : ${inv.dju.month} – DJU de référence : ${inv.dju.ref}. Index des compteurs relevés le ${fmtDate(addDays(inv.period.to, 1), 'slash')}.`;
    const bank = inv.print.iban && x.chance(0.5)
      ? [p('Relevé d’identité bancaire', { size: 7.6, b: true, before: 3 }), table([26, 26, 40, 18], ribRows(inv).map((r, n) => ({ cells: r, b: n === 0 })), { border: 'grid', size: 7.6, align: ['center', 'center', 'center', 'center'] }), p(`IBAN : ${iban(inv)}   BIC : ${inv.supplier.bic}`, { size: 7.8 })]
      : [p(inv.avoir ? 'Avoir à imputer sur nos prochaines factures.' : paymentText(inv), { size: 8.2, before: 3 })];
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.6, margins: [14, 15, 22, 15],
      body: [
        columns([98, 82], [[...paras(me, { firstSize: 13.5 }), p('Exploitation et maintenance d’installations thermiques', { size: 7.4, i: true, color: '#bf360c' })], [space(3), p(x.pick(['Client', 'Maître d’ouvrage', 'Destinataire']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(4),
        p(title, { b: true, size: 15, color: '#bf360c' }),
        columns([88, 92], [[table([36, 48], idRows, { border: 'grid', size: 8.4 })], [...shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4, b: true })), ...(shown.length ? [] : [p('')])]]),
        space(2),
        p(inv.avoir ? `Objet : régularisation de fin de saison – intéressement sur les économies d’énergie (P1).` : `Objet : exploitation des installations de chauffage – mois de ${inv.period.name}.`, { size: 8.6, b: true }),
        ...(sentence ? [p(sentence, { size: 8.2, i: true })] : []),
        table([76, 22, 14, 22, 14, 32], [{ cells: ['Désignation', 'Quantité', 'Unité', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#fbe9e7' }, ...rows], { border: x.pick(['grid', 'rows']), size: 7.8, align: ['left', 'right', 'left', 'right', 'right', 'right'], before: 3, after: 3 }),
        multi
          ? columns([80, 100], [[p('Récapitulatif TVA', { size: 7.6, b: true }), table([18, 30, 28], [{ cells: ['Taux', 'Base HT', 'TVA'], b: true }, ...vatRows(inv).map(([r, base, amount]) => [rate(r), plainMoney(inv, base), plainMoney(inv, amount)])], { border: 'grid', size: 7.6, align: ['left', 'right', 'right'] })], [totalsTable(inv, totals, { widths: [64, 30], indent: 6 })]])
          : totalsTable(inv, totals, { widths: [64, 30], indent: 86 }),
        rule(),
        p(info, { size: 7.4, color: '#444444', before: 2 }),
        ...(inv.network ? [p('Chaleur distribuée par un réseau alimenté à plus de 50 % par des énergies renouvelables : TVA 5,5 % sur la fourniture (R1) et l’abonnement (R2).', { size: 7.2, color: '#444444' })] : []),
        ...bank,
        ...(inv.avoir ? [] : [p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.6, before: 2 })]),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 2. Auction house: the seller's fees of an online sale of surplus vehicles and equipment. ———
const LOTS = [
  ['Renault Kangoo Express 1.5 dCi', true], ['Peugeot Partner fourgon', true], ['Camion benne Iveco Daily 35C13', true], ['Balayeuse compacte Schmidt Swingo 200', true],
  ['Tondeuse autoportée Iseki SF 310', false], ['Lot de 40 chaises coques empilables', false], ['Photocopieur Ricoh MP C4503', false], ['Citroën Jumpy plateau', true], ['Lame de déneigement 2,60 m', false],
];
const encheres = {
  name: 't-encheres-vente-vehicules',
  family: 'auction-seller-fees-surplus-sale',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('t-encheres-vente-vehicules', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'year2', 'ciel', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'long', 'iso', 'dash'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'auction');
    renameSupplier(inv, x.pick(['Hôtel des Ventes du Forez', 'Enchères Publiques Loire', 'Forez Enchères Matériels', 'Maison de Ventes Saint-Jean']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4779Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel16(inv, x);
    inv.sale = { day: addDays(inv.date, -x.int(10, 25)), number: `V${inv.date.y % 100}-${String(x.int(1, 60)).padStart(3, '0')}`, agrement: `${x.int(2002, 2012)}-${x.digits(3)}`, slip: `BV-${x.digits(6)}` };
    const first = x.int(0, LOTS.length - 1);
    inv.lots = Array.from({ length: x.int(3, 7) }, (_, k) => {
      const [label, vehicle] = LOTS[(first + k) % LOTS.length];
      const year = inv.date.y - x.int(9, 18);
      return { n: k + 1 + x.int(0, 3) * 10, label: vehicle ? `${label} (${year}), ${frNumber(x.int(60, 240) * 1000 + x.int(0, 999))} km, immat. ${plate(x)}` : label, vehicle, hammer: x.int(vehicle ? 15 : 2, vehicle ? 180 : 40) * 10000 };
    });
    inv.lots.sort((a, b) => a.n - b.n);
    for (let k = 1; k < inv.lots.length; k++) if (inv.lots[k].n <= inv.lots[k - 1].n) inv.lots[k].n = inv.lots[k - 1].n + 1;
    inv.gross = inv.lots.reduce((s, l) => s + l.hammer, 0);
    inv.feePct = x.pick([5, 6, 8, 10]);
    const vehicles = inv.lots.filter((l) => l.vehicle).length;
    inv.lines = [
      { label: `Frais vendeur : ${inv.feePct} % HT du produit brut des adjudications`, qty: 1, unit: Math.round((inv.gross * inv.feePct) / 100), rate: 2000 },
      { label: 'Photographies, fiche descriptive et mise en ligne (par lot)', qty: inv.lots.length, unit: x.int(25, 45) * 100, rate: 2000 },
    ];
    if (vehicles) {
      inv.lines.push({ label: 'Contrôle technique avant vente (par véhicule)', qty: vehicles, unit: x.int(75, 95) * 100, rate: 2000 });
      if (x.chance(0.6)) inv.lines.push({ label: 'Enlèvement sur site et gardiennage jusqu’à la délivrance', qty: vehicles, unit: x.int(90, 180) * 100, rate: 2000 });
    }
    return priceLines(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'EnchèresPro', 'VenteGest']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 16 * MM;
    const R = pdf.page.width - 16 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#4a148c', '#1a237e', '#3e2723']);
    const text = (t, px, py, { size = 8.4, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const me = supplierTexts(inv, x);
    text(me[0], L, 13 * MM, { size: 15, b: true, color: accent });
    text(`Opérateur de ventes volontaires de meubles aux enchères publiques – déclaration n° ${inv.sale.agrement}`, L, 19.5 * MM, { size: 6.8, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 24 * MM + k * 3.6 * MM, { size: 7.8 }));
    // Title and identity on the right.
    const rx = R - 74 * MM;
    text(x.pick(['FACTURE DE FRAIS VENDEUR', 'FACTURE – FRAIS VENDEUR']), rx, 13 * MM, { size: 11.5, b: true, color: accent, width: 74 * MM, align: 'right' });
    const numberLabel = x.pick(NUMBER_LABELS_16);
    const id = [[numberLabel, inv.number], [x.pick(['Date', 'Date de facture', 'Établie le']), date(inv, inv.date)], ['Vente n°', inv.sale.number], ['Vente du', fmtDate(inv.sale.day, 'slash')]];
    id.forEach(([k, v], n) => {
      text(k, rx, 21 * MM + n * 4.6 * MM, { size: 8 });
      text(v, rx + 34 * MM, 21 * MM + n * 4.6 * MM, { size: 8.6, b: n === 0 });
    });
    let y = Math.max(28 * MM + me.length * 3.6 * MM, 44 * MM);
    text(x.pick(['Vendeur', 'Client vendeur', 'Facturé à']), rx, y, { size: 7, color: '#777777' });
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, rx, y + 4 * MM + k * 3.9 * MM, { size: 8.6, b: k === 0 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de ventes aux enchères n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service exécutant'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shown.forEach(([k, v], n) => text(`${k} : ${v}`, L, y + 4 * MM + n * 4.4 * MM, { size: 8.4, b: true }));
    y += Math.max(buyer.length * 3.9 * MM, shown.length * 4.4 * MM) + 9 * MM;
    text(`Vente aux enchères publiques en ligne n° ${inv.sale.number} du ${date(inv, inv.sale.day, 'long')} – matériels réformés mis en vente pour votre compte.${sentence ? ` ${sentence}` : ''}`, L, y, { size: 8.4, width: R - L });
    y += 10 * MM;
    // The lots, for information.
    text('Lots adjugés (pour information)', L, y, { size: 8.4, b: true });
    y += 5 * MM;
    pdf.rect(L, y - 1.2 * MM, R - L, 5.4 * MM).fill('#f3e5f5');
    text('Lot', L + 1 * MM, y, { size: 7.6, b: true });
    text('Désignation', L + 14 * MM, y, { size: 7.6, b: true });
    text('Adjudication', R - 41 * MM, y, { size: 7.6, b: true, width: 40 * MM, align: 'right' });
    y += 6 * MM;
    for (const lot of inv.lots) {
      text(String(lot.n), L + 1 * MM, y, { size: 7.8 });
      text(lot.label, L + 14 * MM, y, { size: 7.8 });
      text(money(inv, lot.hammer), R - 41 * MM, y, { size: 7.8, width: 40 * MM, align: 'right' });
      y += 4.6 * MM;
    }
    pdf.moveTo(R - 70 * MM, y).lineTo(R, y).lineWidth(0.5).stroke('#999999');
    y += 1.5 * MM;
    text(x.pick(['Produit brut des adjudications', 'Total des adjudications']), R - 110 * MM, y, { size: 8, width: 68 * MM, align: 'right' });
    text(money(inv, inv.gross), R - 41 * MM, y, { size: 8, width: 40 * MM, align: 'right' });
    y += 9 * MM;
    // The fees invoiced.
    text('Frais facturés', L, y, { size: 8.4, b: true });
    y += 5 * MM;
    const cols = [[L, 108, 'Désignation', 'left'], [L + 108 * MM, 16, 'Qté', 'right'], [L + 124 * MM, 24, 'P.U. HT', 'right'], [L + 148 * MM, (R - L) / MM - 148, 'Montant HT', 'right']];
    pdf.rect(L, y - 1.2 * MM, R - L, 5.4 * MM).fill('#eeeeee');
    cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y, { size: 7.6, b: true, width: (w - 2) * MM, align }));
    y += 6.4 * MM;
    for (const l of inv.lines) {
      [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)].forEach((t, k) => text(t, cols[k][0] + 1 * MM, y, { size: 8, width: (cols[k][1] - 2) * MM, align: cols[k][3] }));
      y += 5 * MM;
    }
    y += 3 * MM;
    const totals = [[x.pick(['Total HT', 'Total des frais HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Total des frais TTC']), inv.ttc, true]];
    if (x.chance(0.5)) totals.push([x.pick(['Net à payer', 'Montant à régler']), inv.net, true]);
    totals.forEach(([k, v, strong], n) => {
      const yy = y + n * 5.2 * MM;
      text(k, R - 84 * MM, yy, { size: strong ? 9.4 : 8.4, b: strong });
      text(money(inv, v), R - 36 * MM, yy, { size: strong ? 9.4 : 8.4, b: strong, width: 35 * MM, align: 'right' });
    });
    y += totals.length * 5.2 * MM + 5 * MM;
    text(`Conformément à la règle de non-contraction des recettes et des dépenses publiques, le produit brut des adjudications (${money(inv, inv.gross)}) est reversé intégralement au comptable public, bordereau vendeur n° ${inv.sale.slip} ; les présents frais sont à régler par mandat administratif. Frais acheteur : 14,40 % TTC à la charge des adjudicataires.`, L, y, { size: 7.8, width: R - L });
    y += 14 * MM;
    text(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.', L, y, { size: 8.2, width: R - L });
    text(LATE_FEES, L, pdf.page.height - 24 * MM, { size: 6.4, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 16 * MM, { size: 6.2, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

export default [chauffage, encheres];

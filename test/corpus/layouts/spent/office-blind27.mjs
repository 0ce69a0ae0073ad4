// Blind-27 layouts written as office files (see ../../README.md): a wine merchant's Word invoice for a public body's
// protocol gifts (bottles by appellation, cuvée and vintage at a price per bottle, gift boxes marked with the coat of
// arms, engraving, delivery to the town hall; the excise duties paid printed for information; the customer account of
// seven digits and the delivery note in a label-beside-value table; a discount for public bodies on some; one credit
// note for bottles broken in delivery, naming the original invoice), and a horticultural wholesaler's Excel invoice of
// seeds, plug plants and bulbs for the municipal greenhouses (item codes and packs, plants, seeds, bulbs and compost at
// 10 % beside pots and labels at 20 %, a VAT summary by rate; the identity as a row of headings over their values; a
// professional discount on some; one credit note for bulbs rotten at delivery, quantities and amounts negative;
// formulas with their cached results).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { seven } from '../../lib/blind25.mjs';
import { maybeRelabel27, municipalBuyer } from '../../lib/blind27.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Protocol gifts from a wine merchant: a Word template. ———
const WINES = [
  ['SJO-ROY', 'Saint-Joseph rouge « Les Royes »', [1450, 2400]],
  ['CON-CHA', 'Condrieu « Les Chaillets »', [3100, 3900]],
  ['CRO-ROA', 'Côte-Roannaise rouge « Vieilles vignes »', [890, 1350]],
  ['FOR-GAM', 'Côtes du Forez gamay « Cuvée des Monts »', [650, 990]],
  ['CRH-BLC', 'Crozes-Hermitage blanc', [1390, 1950]],
  ['CRE-BRU', 'Crémant de Bourgogne brut', [990, 1450]],
  ['COR-RGE', 'Cornas « Terres brûlées »', [2800, 3700]],
];
const vins = {
  name: 'l-vins-protocole',
  family: 'wine-merchant-protocol-gifts-word-excise-info',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('l-vins-protocole', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['goods'], numbers: credit ? ['avoir'] : ['plain', 'ebp', 'pennylane'], engagementLabels: ['engagement', 'bonDeCommande', 'numeroBonCommande', 'votreCommandeEngagement'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5, 8], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'wine');
    renameSupplier(inv, x.pick(['Cave des Gourmets Stéphanois', 'Caves Saint-Roch', 'La Maison du Vin du Forez', 'Vins et Terroirs Ligériens']), 'SARL');
    inv.supplier.ape = '4725Z';
    municipalBuyer(inv, x, 'protocol', 0.85);
    localReferences(inv, x);
    maybeRelabel27(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven(x);
    inv.deliveryNote = `BL-${inv.date.y}-${x.digits(5)}`;
    inv.delivered = addDays(inv.date, -x.int(1, 10));
    inv.occasion = x.pick(['cérémonie des vœux', 'accueil d’une délégation étrangère', 'remise des médailles de la ville', 'départs en retraite', 'réception du 14 juillet', 'inauguration']);
    const first = x.int(0, WINES.length - 1);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(100, 999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(5, 25)) };
      const [code, label, [lo, hi]] = WINES[first];
      const vintage = inv.date.y - x.int(2, 5);
      inv.lines = [{ code, label: `${label} ${vintage} – 75 cl : bouteilles cassées à la livraison (constat signé du ${fmtDate(inv.delivered, 'slash')})`, qty: x.int(2, 6), unit: x.int(lo, hi), rate: 2000 }];
      inv.excise = null;
      return priceLines(inv, [2000]);
    }
    inv.lines = Array.from({ length: x.int(2, 4) }, (_, k) => {
      const [code, label, [lo, hi]] = WINES[(first + k * 2) % WINES.length];
      return { code, label: `${label} ${inv.date.y - x.int(1, 5)} – 75 cl`, qty: x.pick([6, 12, 18, 24, 36, 48, 60]), unit: x.int(lo, hi), rate: 2000 };
    });
    const bottles = inv.lines.reduce((s, l) => s + l.qty, 0);
    const boxes = Math.floor(bottles / 2);
    inv.lines.push({ code: 'COF-2B', label: 'Coffret bois 2 bouteilles marqué aux armes de la collectivité', qty: boxes, unit: x.int(650, 1200), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ code: 'GRA-LOG', label: 'Gravure laser du logo sur coffret (frais de calage)', qty: 1, unit: x.int(60, 150) * 100, rate: 2000 });
    inv.lines.push({ code: 'LIV', label: 'Livraison en mairie (sur rendez-vous)', qty: 1, unit: x.int(20, 60) * 100, rate: 2000 });
    inv.excise = Math.round(bottles * 0.75 * x.pick([4.06, 4.12]) + bottles * 0.75 * 1.7);
    return priceLines(inv, [2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre cadeaux protocolaires n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service protocole (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['7B1E3A', '4E342E', '1A237E']);
    const me = supplierTexts(inv, x);
    const idRows = [
      [inv.avoir ? 'Avoir n°' : x.pick(['Facture n°', 'N° de facture', 'Facture N°']), { text: inv.number, bold: true, size: 11 }],
      [x.pick(['Date', 'Date de facture', 'Le']), date(inv, inv.date)],
      ['N° de compte client', inv.account],
      ...(inv.avoir ? [['Facture d’origine', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Bon de livraison', `${inv.deliveryNote} du ${fmtDate(inv.delivered, 'slash')}`]]),
    ];
    const lines = inv.lines.map((l) => [l.code, l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise collectivité ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['Total HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Georgia', 'Garamond', 'Arial']), size: 9, margins: [15, 16, 20, 16],
      header: [para(me[0].toUpperCase(), { bold: true, size: 14, align: 'center', color: accent }), para('Caviste – vins, spiritueux et coffrets cadeaux', { size: 7.6, italics: true, align: 'center' }), para(me.slice(1).join(' – '), { size: 7, align: 'center' })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), para(`N° d’entrepositaire agréé (accises) FR0${x.digits(8)}E${x.digits(4)}`, { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([96, 84], [[{ paragraphs: [para(inv.avoir ? 'AVOIR' : 'FACTURE', { bold: true, size: 18, color: accent }), para('', { after: 4 }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.4 }))] }, { paragraphs: [para('', { after: 2 })] }]], { borders: NO_BORDERS }),
        wordTable([40, 56], idRows, { borders: GRID, size: 8.6, alignment: AlignmentType.RIGHT }),
        ...(shown.length ? [para('Vos références', { bold: true, size: 8.4, before: 6, after: 1 }), wordTable([60, 60], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'long')}.` : `Objet : cadeaux protocolaires – ${inv.occasion}.`, { bold: true, before: 6, after: 3 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 3 })] : []),
        wordTable([20, 92, 14, 24, 30], [{ cells: ['Réf.', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT'], bold: true, shade: 'F3E5E9' }, ...lines], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'left', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([62, 34], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.4 }),
        ...(inv.excise ? [para(`Droits d’accises et cotisation sécurité sociale acquittés, compris dans les prix : ${money(inv, inv.excise)} (pour information).`, { size: 7.4, italics: true, before: 3 })] : []),
        para('L’abus d’alcool est dangereux pour la santé, à consommer avec modération.', { size: 7.4, italics: true, before: 2 }),
        para(inv.avoir ? 'Cet avoir sera déduit de votre prochain règlement.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        ...(inv.avoir ? [] : [para(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 2 })]),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Seeds, plug plants and bulbs for the municipal greenhouses: an Excel template with two VAT rates. ———
const ITEMS = [
  ['SEM-BEG', 'Bégonia semperflorens F1 – graines enrobées', 'sachet 1 000 gr.', [1800, 3200], 1000],
  ['SEM-TAG', 'Tagète naine F1 – graines', 'sachet 1 000 gr.', [900, 1600], 1000],
  ['JP-GER', 'Géranium zonale – jeunes plants en mottes', 'plaque de 104', [3200, 5200], 1000],
  ['JP-PET', 'Pétunia retombant – jeunes plants en mottes', 'plaque de 84', [2600, 4100], 1000],
  ['BUL-TUL', 'Tulipe Darwin « Pink Impression » cal. 12/+', 'lot de 100', [1800, 2900], 1000],
  ['BUL-NAR', 'Narcisse « Tête-à-Tête » cal. 10/12', 'lot de 100', [1400, 2300], 1000],
  ['BUL-CRO', 'Crocus botaniques en mélange cal. 5/+', 'lot de 500', [2200, 3600], 1000],
  ['TER-70', 'Terreau horticole professionnel 70 L', 'sac', [700, 1100], 1000],
  ['POT-105', 'Pots plastique ronds 10,5 cm', 'carton de 1 000', [3800, 5600], 2000],
  ['ETI-PIQ', 'Étiquettes piquets imprimées', 'lot de 500', [1900, 3100], 2000],
];
const semences = {
  name: 'l-semences-serres',
  family: 'seeds-plugs-bulbs-greenhouses-two-rates-excel',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('l-semences-serres', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['goods'], numbers: credit ? ['avoir'] : ['plain', 'ciel', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash'], rates: [[1000, 2000]], discountPct: credit ? [0] : [0, 0, 3, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 1 : false });
    const x = extraRng(inv, 'seeds');
    renameSupplier(inv, x.pick(['Graines et Bulbes du Lyonnais', 'Horti-Semences Rhône-Alpes', 'Plantes et Jardins Pro Loire', 'Établissements Ducros Horticulture']), 'SAS');
    inv.supplier.ape = '4622Z';
    municipalBuyer(inv, x, 'greenhouses', 0.85);
    localReferences(inv, x);
    maybeRelabel27(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.delivery = { number: inv.deliveryNote, date: addDays(inv.date, -x.int(1, 8)) };
    inv.season = inv.date.m >= 7 ? `Fleurissement printanier ${inv.date.y + 1} (bulbes d’automne)` : `Fleurissement estival ${inv.date.y}`;
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(100, 999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(6, 25)) };
      const [code, label, pack, [lo, hi], r] = ITEMS[4 + (i % 3)];
      inv.lines = [{ code, label: `${label} – bulbes pourris à réception (lot ${x.digits(6)})`, pack, qty: x.int(2, 8), unit: x.int(lo, hi), rate: r }];
      return priceLines(inv, [1000, 2000]);
    }
    const autumn = inv.date.m >= 7;
    const pool = ITEMS.filter(([code]) => (autumn ? !/^(SEM|JP)/.test(code) : !/^BUL/.test(code)));
    const first = x.int(0, pool.length - 1);
    const count = x.int(4, Math.min(7, pool.length));
    inv.lines = Array.from({ length: count }, (_, k) => {
      const [code, label, pack, [lo, hi], r] = pool[(first + k) % pool.length];
      return { code, label, pack, qty: x.int(2, 40), unit: x.int(lo, hi), rate: r };
    });
    return priceLines(inv, [1000, 2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Tahoma']));
    sheet.columns = [{ width: 11 }, { width: 44 }, { width: 15 }, { width: 8 }, { width: 11 }, { width: 7 }, { width: 13 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 8.5, color: k === 0 ? 'FF2E7D32' : undefined }));
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => put(`E${k + 2}`, text, { bold: k === 0, size: 9.5 }));
    let r = Math.max(me.length, buyer.length + 1) + 2;
    put(`A${r}`, inv.avoir ? 'AVOIR' : 'FACTURE', { bold: true, size: 17, color: 'FF2E7D32' });
    r += 2;
    const heads = [[inv.avoir ? 'N° avoir' : x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], ['Date', dateValue(inv.date)], ['Code client', inv.clientCode], inv.avoir ? ['Facture d’origine', inv.origin.number] : ['Bon de livraison', inv.delivery.number], ['Échéance', dateValue(inv.due)]];
    const headCols = ['A', 'B', 'C', 'E', 'G'];
    heads.forEach(([k, v], n) => {
      put(`${headCols[n]}${r}`, k, { size: 7.5, border: 'bottom', fill: 'FFE8F5E9', align: 'center' });
      put(`${headCols[n]}${r + 1}`, v, { bold: n < 2, size: 10, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'center' });
    });
    r += 3;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fournitures horticoles n°', 'N° de marché'], service: ['Code service', 'Service', 'Service espaces verts (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shown.forEach(([k, v], n) => {
      put(`A${r + n}`, k, { size: 8.5 });
      put(`C${r + n}`, v, { bold: true, size: 9 });
    });
    r += shown.length + 1;
    put(`A${r}`, inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Objet : ${inv.season} – livraison du ${fmtDate(inv.delivery.date, 'slash')}`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    ['Code', 'Désignation', 'Conditionnement', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'ABCDEFG'[k]}${r}`, text, { bold: true, border: true, fill: 'FFC8E6C9', align: k > 2 ? 'center' : undefined, size: 8.5 }));
    const sign = inv.avoir && inv.negative ? -1 : 1;
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.code, { border: true, size: 8 });
      put(`B${n}`, l.label, { border: true, size: 8, wrap: true });
      if (l.label.length > 52) sheet.getRow(n).height = 24;
      put(`C${n}`, l.pack, { border: true, size: 8 });
      put(`D${n}`, sign * l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`E${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`F${n}`, l.rate / 10000, { border: true, size: 8.5, numFmt: '0%', align: 'center' });
      put(`G${n}`, { formula: `D${n}*E${n}`, result: sign * euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', { formula: `SUM(G${first}:G${last})`, result: sign * euros(inv.grossHT) }], [`Remise professionnelle ${inv.discountPct} %`, -sign * euros(inv.discount)]);
    totals.push([inv.discount ? 'Total net HT' : 'Total HT', inv.discount ? sign * euros(inv.ht) : { formula: `SUM(G${first}:G${last})`, result: sign * euros(inv.ht) }]);
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate);
    for (const v of vat) totals.push([`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, sign * euros(v.amount)]);
    totals.push([inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', sign * euros(inv.ttc)]);
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant dû']), sign * euros(inv.net)]);
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      sheet.mergeCells(`A${r + m}:F${r + m}`);
      put(`A${r + m}`, k, { bold: strong, size: 9.5, align: 'right' });
      put(`G${r + m}`, v, { bold: strong, size: 9.5, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, 'TVA 10 % : semences, plants, bulbes et supports de culture ; 20 % : pots et fournitures.', { size: 7.4, italic: true });
    put(`A${r + 1}`, inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, inv.avoir ? 'Cet avoir ne donne lieu à aucun paiement.' : `Paiement à 45 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [vins, semences];

// Blind-40 layouts written as office files (see ../../README.md): a florist's Word invoice for the wreaths and sprays
// of a commune's commemorations (the identity in a label-beside-value Word table with the customer account of seven
// digits, flowers at 10 % beside printed ribbons and delivery at 20 % with a VAT summary by rate, the ceremony and the
// monument; the engagement in a sentence or a table of references; one credit note for a wreath not delivered), a
// medal maker's Excel invoice for the medals, cases and engravings of a ceremony of honours (a key–value table whose
// long labels wrap, the accepted quote of seven digits, amounts as formulas; a deposit invoiced at the order deducted
// with its own number on some, « Reste à payer »), and a conference interpreter's Calc invoice for a twinning visit
// (days of liaison and consecutive interpreting, preparation, a speech translated by the word; a micro-entrepreneur
// exempt under art. 293 B on most, an agency at 20 % on the others; train tickets and hotel nights passed on as
// disbursements — `totalHT` includes them —; the booking of seven digits and the customer account of eight).
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
import { deductDeposit } from '../../lib/blind25.mjs';
import { civicBuyer, eight40, maybeRelabel40, seven40, vatRows } from '../../lib/blind40.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. Commemoration wreaths: a florist's Word invoice, 10 % and 20 %, a VAT summary by rate. ———
const CEREMONIES = [
  [3, 19, 'Journée nationale du souvenir des victimes de la guerre d’Algérie (19 mars)'],
  [4, 27, 'Journée nationale du souvenir des victimes de la déportation'],
  [5, 8, 'Commémoration de la victoire du 8 mai 1945'],
  [6, 18, 'Commémoration de l’appel du 18 juin 1940'],
  [7, 14, 'Fête nationale du 14 juillet'],
  [11, 11, 'Commémoration de l’armistice du 11 novembre 1918'],
  [12, 5, 'Journée nationale d’hommage aux morts pour la France en Algérie (5 décembre)'],
];
const gerbes = {
  name: 'al-gerbes-commemorations',
  family: 'commemoration-wreaths-florist-word-two-rates',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const inv = makeInvoice('al-gerbes-commemorations', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['goods'], numbers: credit ? ['avoir'] : ['plain', 'micro', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'votreCommandeEngagement'], marketProb: 0.3, serviceProb: 0.65, dateStyles: ['long', 'slash'], rates: [[1000, 2000]], groups: ['space', 'nbsp'], lines: [2, 2], rcsProb: 0.5, avoir: credit });
    const x = extraRng(inv, 'wreaths');
    renameSupplier(inv, x.pick(['Fleurs de la Place du Peuple', 'L’Atelier Floral Jacquard', 'Au Jardin de Valbenoîte', 'Les Fleurs du Pilat']), x.pick(['SARL', 'EURL', 'SAS']));
    inv.supplier.ape = '4776Z';
    civicBuyer(inv, x, 'protocol', 0.8);
    localReferences(inv, x);
    maybeRelabel40(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven40(x);
    const [m, d, name] = x.pick(CEREMONIES.filter(([cm, cd]) => cm * 100 + cd < inv.date.m * 100 + inv.date.d).concat(inv.date.m < 4 ? [CEREMONIES[6]] : []));
    inv.ceremony = { name, date: { y: m * 100 + d < inv.date.m * 100 + inv.date.d ? inv.date.y : inv.date.y - 1, m, d } };
    inv.monument = x.pick(['monument aux morts de la place de l’Hôtel de Ville', 'stèle du square des Déportés', 'monument aux morts du cimetière', 'plaque commémorative de la gare', 'monument de la Résistance']);
    if (credit) {
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 400)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(5, 30)) };
      inv.lines = [
        { label: 'Gerbe tricolore non livrée (cérémonie annulée) – glaïeuls, œillets, gypsophile', qty: 1, unit: x.int(90, 220) * 100, rate: 1000 },
        { label: 'Ruban tricolore imprimé correspondant', qty: 1, unit: x.int(18, 35) * 100, rate: 2000 },
      ];
    } else {
      inv.lines = [{ label: x.pick(['Gerbe tricolore (glaïeuls, œillets, roses) sur trépied', 'Couronne tricolore Ø 60 cm, feuillage et œillets', 'Coussin de fleurs bleu-blanc-rouge']), qty: x.int(1, 4), unit: x.int(80, 240) * 100, rate: 1000 }];
      if (x.chance(0.5)) inv.lines.push({ label: 'Bouquets de dépôt pour les associations d’anciens combattants', qty: x.int(2, 8), unit: x.int(25, 60) * 100, rate: 1000 });
      if (x.chance(0.3)) inv.lines.push({ label: 'Plantes fleuries en pot pour le pavoisement de la tribune', qty: x.int(6, 24), unit: x.int(9, 22) * 100, rate: 1000 });
      inv.lines.push({ label: `Ruban tricolore imprimé lettres or « ${x.pick(['La Ville à ses morts', 'Le Maire et le Conseil municipal', 'La Municipalité', 'Hommage de la Commune'])} »`, qty: inv.lines[0].qty, unit: x.int(18, 35) * 100, rate: 2000 });
      inv.lines.push({ label: 'Livraison et mise en place au monument avant la cérémonie', qty: 1, unit: x.int(15, 45) * 100, rate: 2000 });
    }
    return priceLines(inv, [1000, 2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché fleurissement n°'], service: ['Code service', 'Service commanditaire'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['2E7D32', '8E2430', '1F3C88']);
    const idRows = [[inv.avoir ? 'Avoir n°' : 'Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', date(inv, inv.date)], ['N° de compte client', inv.account], ...(inv.avoir ? [['Sur facture', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Échéance', fmtDate(inv.due, 'slash')]])];
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const { taxed } = vatRows(inv);
    const summary = [{ cells: ['Taux', 'Base HT', 'TVA'], bold: true, shade: 'EEEEEE' }, ...taxed.map(([r, b, a]) => [rate(r), plainMoney(inv, b), plainMoney(inv, a)])];
    const totals = [['Total HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)], [inv.avoir ? 'Montant de l’avoir' : x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]];
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(s.name, { bold: true, size: 14, color: accent }), para('Artisan fleuriste – compositions pour cérémonies et deuils', { size: 7.6, italics: true }), para(supplierTexts(inv, x).slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([88, 92], [[{ paragraphs: [para(inv.avoir ? 'AVOIR' : 'FACTURE', { bold: true, size: 18, color: accent })] }, { paragraphs: [para('Adressée à :', { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.2 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([40, 52], idRows, { borders: GRID, size: 8.6 }),
        ...(shown.length ? [para('Vos références', { bold: true, size: 8.6, before: 6, after: 1 }), wordTable([56, 50], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`${inv.ceremony.name} – ${fmtDate(inv.ceremony.date, 'long')} – ${inv.monument}.`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([90, 14, 26, 16, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Total HT'], bold: true, shade: 'EEEEEE' }, ...lines], { borders: GRID, align: ['left', 'right', 'right', 'center', 'right'], size: 8 }),
        para('', { after: 4 }),
        para('Détail de la TVA', { bold: true, size: 8, after: 1 }),
        wordTable([22, 26, 22], summary, { borders: GRID, align: ['left', 'right', 'right'], size: 8 }),
        para('', { after: 3 }),
        wordTable([70, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para('Fleurs et plantes : TVA 10 % (art. 278 bis du CGI) ; rubans imprimés et livraison : TVA 20 %.', { size: 7.4, italics: true, before: 3 }),
        para(inv.avoir ? 'Avoir à déduire de notre prochaine facture.' : inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Medals for a ceremony of honours: an Excel invoice, a key–value table of wrapping labels, a deposit on some. ———
const MEDALS = [
  ['Médaille d’honneur régionale, départementale et communale – échelon argent (20 ans), ruban et agrafe', 2200, 3800],
  ['Médaille d’honneur régionale, départementale et communale – échelon vermeil (30 ans)', 2800, 4600],
  ['Médaille d’honneur régionale, départementale et communale – échelon or (35 ans)', 3400, 5600],
  ['Médaille de la Ville, bronze florentin Ø 68 mm, gravure du nom au revers', 3800, 7200],
  ['Médaille d’honneur du travail – grand or (40 ans)', 3900, 6400],
];
const medailles = {
  name: 'al-medailles-decorations',
  family: 'honour-medals-cases-engraving-excel-kv-deposit',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('al-medailles-decorations', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['goods'], numbers: ['plain', 'ebp', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.3, serviceProb: 0.65, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'medals');
    renameSupplier(inv, x.pick(['Médailles et Gravures du Forez', 'Atelier Monétaire Stéphanois', 'Insignes & Décorations Rhône-Loire', 'Gravure Fine Saint-Jean']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '3212Z';
    civicBuyer(inv, x, 'protocol', 0.8);
    localReferences(inv, x);
    maybeRelabel40(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.quote = seven40(x);
    inv.ceremonyDate = addDays(inv.date, -x.int(3, 25));
    const picks = MEDALS.filter(() => x.chance(0.5));
    if (!picks.length) picks.push(MEDALS[0]);
    inv.lines = picks.map(([label, lo, hi]) => ({ label, qty: x.int(2, 30), unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 }));
    const n = inv.lines.reduce((s, l) => s + l.qty, 0);
    inv.lines.push({ label: 'Écrins velours bleu nuit, intérieur satin, pour médaille et ruban', qty: n, unit: x.int(6, 14) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Gravure personnalisée (nom, prénom, année) au revers – par ligne gravée', qty: n * x.int(1, 2), unit: x.int(5, 12) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Diplômes imprimés sur vélin 250 g et encadrement sous verre 30 × 40', qty: n, unit: x.int(12, 28) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i % 4 === 1) inv.deposit40 = deductDeposit(inv, x, 30, addDays(inv.date, -x.int(20, 60)));
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 34 }, { width: 12 }, { width: 10 }, { width: 13 }, { width: 14 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? 'FF8D6E00' : undefined }));
    put('D1', 'FACTURE', { bold: true, size: 18, color: 'FF8D6E00', align: 'right' });
    sheet.mergeCells('D1:E1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`C${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`C${k + 3}:E${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    const refs = refPairs(inv, x, { market: ['Numéro du marché ou de l’accord-cadre de fournitures', 'Marché n°'], service: ['Code du service destinataire (à reporter sur Chorus Pro)', 'Code service'] });
    const kv = [
      [x.pick(['Numéro de facture', 'Facture n°']), inv.number, true],
      ['Date de la facture', dateValue(inv.date), true],
      ['Référence du devis accepté par la collectivité', inv.quote],
      ['Date de la cérémonie de remise des décorations', dateValue(inv.ceremonyDate)],
      ['Date limite de règlement', dateValue(inv.due)],
      ...refs,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFFFF8E1' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: true, border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:C${row}`);
      if (k.length > 34) sheet.getRow(row).height = 24;
    });
    r += kv.length + 1;
    ['Désignation', 'Quantité', '', 'Prix unitaire HT', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFFFE082', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 44 ? (l.label.length > 88 ? 36 : 24) : 13;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, '', { border: true });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, { formula: `B${n}*D${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const tot = (label, value, bold) => {
      put(`C${r}`, label, { bold, size: bold ? 10 : 9 });
      put(`E${r}`, value, { bold, size: bold ? 10 : 9, numFmt: EUR_FORMAT, border: bold ? 'top' : undefined });
      r += 1;
    };
    tot('Total HT', { formula: `SUM(E${first}:E${last})`, result: euros(inv.ht) });
    tot('TVA 20 %', { formula: `ROUND(E${r - 1}*0.2,2)`, result: euros(inv.tva) });
    tot('Total TTC', { formula: `E${r - 2}+E${r - 1}`, result: euros(inv.ttc) }, !inv.deposit);
    if (inv.deposit) {
      tot(`Acompte n° ${inv.deposit40.number} du ${fmtDate(inv.deposit40.date, 'slash')}`, -euros(inv.deposit));
      tot(x.pick(['Reste à payer', 'Net à payer']), euros(inv.net), true);
    }
    r += 1;
    put(`A${r}`, `${paymentText(inv)} – merci de rappeler le numéro de facture`, { size: 8.5 });
    put(`A${r + 1}`, LATE_FEES, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Interpreter for a twinning visit: a Calc template, exempt (art. 293 B) on most, disbursements outside VAT. ———
const TWINS = [['Coventry (Royaume-Uni)', 'anglais'], ['Wuppertal (Allemagne)', 'allemand'], ['Reutlingen (Allemagne)', 'allemand'], ['Katowice (Pologne)', 'polonais'], ['Des Moines (États-Unis)', 'anglais'], ['Xuzhou (Chine)', 'chinois']];
const interprete = {
  name: 'al-interprete-jumelage',
  family: 'twinning-visit-interpreter-calc-exempt-disbursements',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const agency = i === 1 || i === 4 || i === 6;
    const inv = makeInvoice('al-interprete-jumelage', i, { supplier: agency ? 'company' : 'micro', cityProb: 0.45, engagementProb: 0.65, trades: ['services'], numbers: ['micro', 'plain', 'carnet'], engagementLabels: ['engagement', 'ej', 'commandeClient', 'engagementJuridique'], marketProb: 0.2, serviceProb: 0.65, dateStyles: ['slash', 'long'], rates: [[2000, 0]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'twinning');
    const [city, lang] = x.pick(TWINS);
    inv.twin = city;
    inv.lang = lang;
    if (agency) {
      renameSupplier(inv, x.pick(['Interlingua Conférences', 'Babel Rhône-Alpes Interprétation', 'Lingua Forez Services']), x.pick(['SARL', 'SAS']));
      inv.supplier.ape = '7430Z';
    } else {
      inv.supplier.tagline = `Interprète de conférence ${lang} ↔ français – membre de la SFT`;
    }
    civicBuyer(inv, x, 'protocol', 0.85);
    localReferences(inv, x);
    maybeRelabel40(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.booking = seven40(x);
    inv.account = eight40(x);
    const days = x.int(1, 4);
    inv.from = addDays(inv.date, -x.int(5, 25) - days);
    inv.days = days;
    const vr = agency ? 2000 : 0;
    inv.lines = [{ label: `Interprétation de liaison et consécutive – accueil de la délégation de ${city} (journée)`, qty: days, unit: x.int(480, 850) * 100, rate: vr }];
    if (x.chance(0.5)) inv.lines.push({ label: 'Majoration soirée officielle (dîner de jumelage, après 20 h)', qty: x.int(1, days), unit: x.int(120, 250) * 100, rate: vr });
    inv.lines.push({ label: 'Préparation : glossaire, documents de la visite, discours du maire', qty: 1, unit: x.int(150, 400) * 100, rate: vr });
    if (x.chance(0.4)) {
      const words = x.int(6, 30) * 100;
      inv.lines.push({ label: `Traduction écrite du discours officiel (${frNumber(words)} mots)`, qty: words, unit: x.int(11, 18), rate: vr });
    }
    const rates = [vr];
    if (x.chance(0.7) || agency) {
      inv.lines.push({ label: `Débours : billet de train ${x.pick(['Lyon Part-Dieu', 'Paris Gare de Lyon', 'Grenoble', 'Clermont-Ferrand'])} – Saint-Étienne aller-retour (justificatif joint)`, qty: 1, unit: x.int(45, 190) * 100 + x.int(0, 99), rate: 0 });
      if (days > 1) inv.lines.push({ label: 'Débours : nuitées d’hôtel (justificatifs joints)', qty: days - 1, unit: x.int(75, 125) * 100, rate: 0 });
      if (agency) rates.push(0);
    }
    return priceLines(inv, rates);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre interprétariat n°'], service: ['Code service', 'Service'] });
    const cell = (v, o = {}) => ({ v, ...o });
    const rows = [];
    rows.push([cell(s.name, { b: true, size: 13, span: 3 }), null, null, cell(x.pick(['FACTURE', 'Note d’honoraires – FACTURE']), { b: true, size: 14, align: 'right', span: 2 }), null]);
    for (const t of supplierTexts(inv, x).slice(1)) rows.push([cell(t, { size: 8, span: 3 }), null, null, null, null]);
    rows.push([]);
    const ident = [['Facture n°', inv.number], ['Date', date(inv, inv.date)], ['Réservation n°', inv.booking], ['Compte client', inv.account], ...refs];
    const buyer = buyerTexts(inv, x);
    const height = Math.max(ident.length, buyer.length);
    for (let k = 0; k < height; k++) {
      const id = ident[k];
      rows.push([
        id ? cell(id[0], { size: 8, border: 'grid', shade: '#e3f2fd' }) : null,
        id ? cell(id[1], { b: true, size: 8.8, border: 'grid' }) : null,
        null,
        buyer[k] ? cell(buyer[k], { b: k === 0, size: 8.6, span: 2, wrap: true }) : null, null,
      ]);
    }
    rows.push([]);
    rows.push([cell(`Visite de jumelage – délégation de ${inv.twin} – du ${fmtDate(inv.from, 'slash')} au ${fmtDate(addDays(inv.from, inv.days - 1), 'slash')} – interprétation ${inv.lang} ↔ français`, { b: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push(['Désignation', 'Qté', 'P.U.', 'Montant', ''].map((t, k) => (k === 4 ? null : cell(t, { b: true, border: 'grid', shade: '#bbdefb', align: k ? 'center' : 'left' }))));
    for (const l of inv.lines) rows.push({ cells: [cell(l.label, { border: 'grid', wrap: true, size: 8 }), cell(l.qty, { type: 'qty', border: 'grid', align: 'center', size: 8.4 }), l.unit < 100 ? cell(frNumber(l.unit / 100, 2), { border: 'grid', align: 'right', size: 8.4 }) : cell(l.unit / 100, { type: 'money', border: 'grid', size: 8.4 }), cell(l.total / 100, { type: 'money', border: 'grid', size: 8.4 }), null] });
    rows.push([]);
    const tot = (k, v, b) => rows.push([null, cell(k, { b, span: 2, align: 'right' }), null, cell(v / 100, { type: 'money', b, border: b ? 'top' : undefined }), null]);
    const outside = inv.lines.filter((l) => /^Débours/.test(l.label)).reduce((a, l) => a + l.total, 0);
    if (inv.vatExempt) {
      if (outside) tot('dont débours', outside);
      tot('Total', inv.ht);
      tot('Net à payer', inv.net, true);
    } else {
      tot('Total HT', inv.ht);
      if (outside) tot('dont débours hors TVA', outside);
      tot(`TVA ${rate(2000)}`, inv.tva);
      tot('Total TTC', inv.ttc);
      tot('Net à payer', inv.net, true);
    }
    rows.push([]);
    if (inv.vatExempt) rows.push([cell(inv.vatExempt, { i: true, size: 8.4, span: 5 }), null, null, null, null]);
    else rows.push([cell('Débours refacturés pour leur montant exact, au nom et pour le compte du client, hors base de TVA.', { size: 7.4, i: true, span: 5, wrap: true }), null, null, null, null]);
    rows.push([cell(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8, span: 5 }), null, null, null, null]);
    rows.push([cell(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, span: 5, wrap: true }), null, null, null, null]);
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [74, 34, 22, 30, 22], margins: [12, 12, 16, 12], footer: [legalLine(inv)], rows };
  },
};

export default [gerbes, medailles, interprete];

// Blind-11 layouts written as office files (see ../../README.md): a Word invoice from a costume hire shop for the
// schools' carnival (costumes by theme and size, wigs and accessories, cleaning per costume, a missing item billed; the
// security cheque held and not cashed, the booking deposit deducted on some), an Excel invoice from a car wash for the
// month of the municipal fleet's subscription (one row per vehicle: plate, service, formula, washes of the month for
// information, monthly fee; extra washes outside the formula), and a Calc sheet from a mobile toilet hire company for
// an event (standard and accessible cabins, hand-wash stations, delivery and collection, emptying passes).
import { AlignmentType, Packer } from 'docx';
import { addDays, iso } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { monthBefore, monthName, plate } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { maybeRelabel11 } from '../../lib/blind11.mjs';

// ——— 1. Costume hire for the schools' carnival. ———
const COSTUMES = [['Costume de pirate', 'enfant 6-8 ans', 900, 1400], ['Costume de chevalier', 'enfant 8-10 ans', 1000, 1500], ['Robe de princesse médiévale', 'enfant 4-6 ans', 900, 1300], ['Costume d’animal (lion, tigre, ours)', 'enfant 6-10 ans', 1100, 1600], ['Costume de mineur stéphanois 1900', 'adulte', 1800, 2800], ['Costume de passementière 1900', 'adulte', 1800, 2800], ['Tenue de clown', 'adulte', 1500, 2300], ['Costume de Carmentran (mannequin du carnaval)', 'géant 3 m', 9000, 15000]];
const ACCESSORIES = [['Perruques', 250, 500], ['Masques vénitiens', 300, 600], ['Chapeaux et coiffes', 250, 450], ['Maquillage de scène (kit 10 enfants)', 1800, 2800]];
const costumes = {
  name: 'k-costumes-carnaval',
  family: 'carnival-costume-hire',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('k-costumes-carnaval', i, { ...CITY_HEAVY, trades: ['goods', 'services'], numbers: ['plain', 'carnet', 'ciel', 'year2'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'commande', 'bdc'], marketProb: 0.1, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.45 });
    const x = extraRng(inv, 'costumes');
    renameSupplier(inv, x.pick(['Au Bal Masqué Stéphanois', 'Costumes et Malles du Forez', 'La Malle aux Déguisements', 'Théâtre et Fantaisies Loire']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '7729Z';
    maybeRelabel11(inv, x);
    const parade = { y: inv.date.y, m: x.pick([2, 3]), d: x.int(1, 28) };
    inv.date = addDays(parade, x.int(6, 25));
    inv.due = addDays(inv.date, 30);
    inv.previousDeposit = addDays(parade, -x.int(15, 40));
    inv.carnival = { parade, from: addDays(parade, -x.int(3, 7)), to: addDays(parade, x.int(1, 3)), school: x.pick(['Carnaval des écoles – quartier de Montreynaud', 'Carnaval de la Ville – défilé du centre-ville', 'Carnaval des centres sociaux', 'Carnaval du Crêt de Roc']), cheque: x.int(5, 20) * 10000, chequeNo: x.digits(7) };
    const first = x.int(0, COSTUMES.length - 1);
    inv.lines = Array.from({ length: x.int(3, 6) }, (_, k) => {
      const [label, size, lo, hi] = COSTUMES[(first + k) % COSTUMES.length];
      const giant = size.startsWith('géant');
      return { label: `${label} – taille ${size}`, qty: giant ? 1 : x.int(4, 30), unit: x.int(lo / 50, hi / 50) * 50, rate: 2000 };
    });
    const [acc, lo, hi] = x.pick(ACCESSORIES);
    inv.lines.push({ label: `${acc}`, qty: x.int(5, 30), unit: x.int(lo / 10, hi / 10) * 10, rate: 2000 });
    const pieces = inv.lines.slice(0, -1).reduce((s, l) => s + l.qty, 0);
    inv.lines.push({ label: 'Nettoyage et désinfection après location (par costume)', qty: pieces, unit: x.int(25, 45) * 10, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: `Élément non restitué : ${x.pick(['cape de chevalier', 'épée en mousse', 'chapeau de pirate', 'tête d’ours'])}`, qty: 1, unit: x.int(15, 60) * 100, rate: 2000 });
    inv.depositPct = x.pick([0, 30, 30, 40]);
    return priceLines(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const c = inv.carnival;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service éducation'] });
    const rows = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [x.pick(['Total TTC', 'Montant TTC']), money(inv, inv.ttc)]];
    if (inv.deposit) totals.push([`${x.pick(['Acompte versé à la réservation', 'Acompte reçu le'])} ${date(inv, inv.previousDeposit, 'slash')}`, money(inv, -inv.deposit)], [x.pick(['Net à payer', 'Reste à payer']), money(inv, inv.net)]);
    const me = supplierTexts(inv, x);
    const accent = x.pick(['AD1457', '6A1B9A', 'EF6C00']);
    const refsUp = x.chance(0.5);
    const refParas = refs.map(([k, v]) => para(`${k} : ${v}`, { size: 9, bold: true }));
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Georgia']), size: 9.5, margins: [14, 16, 20, 16],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([100, 74], [[
          { paragraphs: [para(me[0], { bold: true, size: 16, color: accent }), para('Location de costumes – déguisements – accessoires de fête', { size: 8, italics: true }), ...me.slice(1).map((t) => para(t, { size: 8.5 }))] },
          { paragraphs: [para(x.pick(['FACTURE', 'Facture']), { bold: true, size: 18, align: 'right', color: accent }), para(`N° ${inv.number}`, { bold: true, size: 11, align: 'right' }), para(`${x.pick(['Date :', 'Le'])} ${date(inv, inv.date)}`, { align: 'right' }), ...(refsUp ? refParas.map((r) => r) : [])] },
        ]], { borders: NO_BORDERS }),
        para('', { after: 6 }),
        wordTable([100, 74], [[
          { paragraphs: [para(`Événement : ${c.school}`, { bold: true }), para(`Défilé du ${date(inv, c.parade, 'slash')} – costumes retirés le ${date(inv, c.from, 'slash')}, rendus le ${date(inv, c.to, 'slash')}`, { size: 8.5 })] },
          { paragraphs: [para(x.pick(['Client', 'Facturé à']), { size: 8, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0 }))] },
        ]], { borders: NO_BORDERS }),
        ...(refsUp ? [] : [para('', { after: 2 }), ...refParas]),
        para('', { after: 4 }),
        wordTable([104, 18, 24, 28], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], bold: true, shade: 'FCE4EC' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right'], size: 8.8 }),
        para('', { after: 4 }),
        wordTable([60, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para(`Chèque de caution n° ${c.chequeNo} de ${money(inv, c.cheque)} : non encaissé, restitué au retour complet des costumes.`, { size: 8, italics: true, before: 6 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 9, before: 4 }),
        para(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Car wash: the month of the municipal fleet's subscription. ———
const VEHICLES = [['Renault Kangoo E-Tech', 'Police municipale'], ['Peugeot e-208', 'Pool de véhicules – Hôtel de Ville'], ['Renault Master benne', 'Espaces verts'], ['Citroën Berlingo', 'Propreté urbaine'], ['Dacia Duster', 'Police municipale'], ['Renault Zoé', 'Pool de véhicules – Hôtel de Ville'], ['Iveco Daily plateau', 'Voirie'], ['Toyota Yaris hybride', 'Service des sports'], ['Peugeot Partner', 'Bâtiments – maintenance']];
const FORMULAS = [['Extérieur illimité', 2400, 3500], ['Extérieur + intérieur (4 / mois)', 4200, 5900], ['Utilitaire haut (portique PL)', 5500, 7500]];
const lavage = {
  name: 'k-lavage-vehicules',
  family: 'fleet-car-wash-subscription',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('k-lavage-vehicules', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['compact', 'sage', 'ebp', 'dolibarr'], engagementLabels: ['ej', 'engagement', 'bonDeCommande', 'engagementJuridiqueNo', 'numeroEj'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'wash');
    renameSupplier(inv, x.pick(['Station Lavage du Marais', 'Clean Auto Fauriel', 'Éléphant Bleu Saint-Étienne Sud', 'Lavage Express Monthieu']), x.pick(['SARL', 'SAS', 'EURL']));
    inv.supplier.ape = '4520B';
    maybeRelabel11(inv, x);
    inv.month = monthBefore(inv.date);
    const first = x.int(0, VEHICLES.length - 1);
    inv.lines = Array.from({ length: x.int(4, 9) }, (_, k) => {
      const [model, service] = VEHICLES[(first + k) % VEHICLES.length];
      const [formula, lo, hi] = FORMULAS[model.match(/Master|Daily/) ? 2 : x.int(0, 1)];
      return { plate: plate(x), model, service, formula, washes: x.int(0, 12), label: formula, qty: 1, unit: x.int(lo / 10, hi / 10) * 10, rate: 2000 };
    });
    if (x.chance(0.6)) inv.lines.push({ label: 'Lavages hors forfait (véhicules non abonnés, jetons)', qty: x.int(2, 15), unit: x.int(90, 160) * 10, rate: 2000 });
    if (x.chance(0.3)) inv.lines.push({ label: 'Nettoyage intérieur approfondi après sinistre (shampooing sièges)', qty: 1, unit: x.int(80, 150) * 100, rate: 2000 });
    return priceLines(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', monthName(inv.month)]), { pageSetup: { ...PAGE_SETUP, orientation: x.chance(0.5) ? 'landscape' : 'portrait' }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 13 }, { width: 24 }, { width: 28 }, { width: 28 }, { width: 10 }, { width: 15 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF0D47A1' : undefined }));
    put('E1', x.pick(['FACTURE', 'Facture']), { bold: true, size: 16, color: 'FF0D47A1' });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], ['Date', dateValue(inv.date)], ['Échéance', dateValue(inv.due)]];
    meta.forEach(([k, v], n) => {
      put(`E${n + 3}`, k, { size: 9, align: 'right' });
      put(`F${n + 3}`, v, { bold: n === 0, size: 9, align: 'right', numFmt: n > 0 ? 'dd/mm/yyyy' : undefined });
    });
    let r = Math.max(me.length + 2, 8);
    const buyer = buyerTexts(inv, x);
    put(`D${r}`, x.pick(['Client', 'Facturé à']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`D${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Contrat-cadre (marché) n°'] }).forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, k, { size: 9 });
      put(`C${r + 1 + n}`, v, { size: 9, bold: true });
    });
    r += buyer.length + 3;
    put(`A${r}`, `Abonnement lavage de la flotte municipale – ${monthName(inv.month)}`, { bold: true, size: 10 });
    r += 2;
    const head = r;
    ['Immatriculation', 'Véhicule', 'Service', 'Formule', 'Lavages', 'Montant HT'].forEach((text, c) => put(`${'ABCDEF'[c]}${head}`, text, { bold: true, border: true, fill: 'FFE3F2FD', align: 'center', size: 9 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      if (l.plate) {
        [l.plate, l.model, l.service, l.formula].forEach((v, c) => put(`${'ABCD'[c]}${n}`, v, { border: true, size: 8.5 }));
        put(`E${n}`, l.washes, { border: true, size: 8.5, numFmt: '0', align: 'center' });
        put(`F${n}`, euros(l.total), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      } else {
        put(`A${n}`, '', { border: true });
        put(`B${n}`, `${l.label} : ${l.qty} × ${frNumber(l.unit / 100, 2)} €`, { border: true, size: 8.5 });
        sheet.mergeCells(`B${n}:E${n}`);
        put(`F${n}`, { formula: `${l.qty}*${euros(l.unit)}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
      }
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    const rows = [[x.pick(['Total HT', 'Montant HT']), { formula: `SUM(F${first}:F${last})`, result: euros(inv.ht) }], [`TVA ${rate(2000)}`, { formula: `ROUND(F${r}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), { formula: `F${r}+F${r + 1}`, result: euros(inv.ttc) }]];
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`D${r + n}`, k, { bold: strong, align: 'right', size: 9 });
      put(`F${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined, size: 9 });
    });
    r += rows.length + 1;
    put(`A${r}`, 'Forfait mensuel par véhicule abonné, quel que soit le nombre de passages ; le nombre de lavages est donné pour information (badges).', { size: 8 });
    put(`A${r + 1}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Mobile toilets hired for an event. ———
const EVENTS = ['Fête de la musique – place Jean Jaurès', 'Marathon de Saint-Étienne – village départ', 'Festival des Arts burlesques', 'Brocante du quartier Saint-Roch', 'Cinéma en plein air – parc de Montaud', 'Foulée des lycéens – stade de l’Étivallière'];
const toilettes = {
  name: 'k-sanitaires-mobiles',
  family: 'mobile-toilet-hire-event',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('k-sanitaires-mobiles', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ebp', 'sage', 'year2'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'numeroBonCommande', 'commande'], marketProb: 0.25, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'toilets');
    renameSupplier(inv, x.pick(['Sanitaires Mobiles Rhône-Loire', 'Loc’Cabines Forez', 'Hygiène Événements Services', 'WC Location Pilat']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7739Z';
    maybeRelabel11(inv, x);
    const days = x.int(1, 4);
    const start = addDays(inv.date, -x.int(4, 30));
    inv.event = { name: x.pick(EVENTS), start, end: addDays(start, days - 1), days, delivered: addDays(start, -1), collected: addDays(start, days), sentence: x.chance(0.5) };
    const cabins = x.int(4, 20);
    inv.lines = [
      { label: 'Cabine WC autonome standard (chimique) – forfait 1 à 3 jours', qty: cabins, unit: x.int(75, 110) * 100, rate: 2000 },
      { label: 'Cabine WC accessible PMR – forfait 1 à 3 jours', qty: x.int(1, 3), unit: x.int(120, 170) * 100, rate: 2000 },
    ];
    if (days > 3) inv.lines.push({ label: 'Jour de location supplémentaire (par cabine)', qty: cabins * (days - 3), unit: x.int(12, 20) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Lave-mains autonome à pédale (eau claire, savon)', qty: x.int(1, 4), unit: x.int(55, 85) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Urinoir 4 places autonome', qty: x.int(1, 4), unit: x.int(70, 110) * 100, rate: 2000 });
    inv.lines.push({ label: 'Livraison, installation et reprise (par rotation de camion)', qty: x.int(1, 3), unit: x.int(120, 220) * 100, rate: 2000 });
    if (days > 1) inv.lines.push({ label: 'Passage de vidange, nettoyage et réapprovisionnement en cours d’événement', qty: days - 1, unit: x.int(90, 180) * 100, rate: 2000 });
    inv.lines.push({ label: 'Consommables (papier, produit bleu, sacs)', qty: 1, unit: x.int(25, 80) * 100, rate: 2000 });
    return priceLines(inv);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const e = inv.event;
    const grid = 'grid';
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 12.5 : 8.5, color: k === 0 ? '#1565c0' : undefined } : null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Facturé à']), span: 3, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 3, b: k === 1 } : null, null, null,
    ]);
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service événementiel'] });
    // Some order forms are recalled in the sentence that states the event instead of a references block.
    const inSentence = e.sentence && inv.engagement ? refs.shift() : null;
    const head = { b: true, border: grid, shade: '#e3f2fd', align: 'center', size: 8.5 };
    const body = inv.lines.map((l) => [{ v: l.label, border: grid, span: 3, wrap: true }, null, null, { v: l.qty, type: 'qty', border: grid }, cur(l.unit, { border: grid }), cur(l.total, { border: grid })]);
    const when = e.days > 1 ? `du ${date(inv, e.start, 'slash')} au ${date(inv, e.end, 'slash')}` : `le ${date(inv, e.start, 'slash')}`;
    const rows = [
      ...top,
      blank(6),
      [{ v: `${x.pick(['FACTURE N°', 'Facture n°', 'FACTURE'])} ${inv.number}`, b: true, size: 13, span: 3 }, null, null, { v: x.pick(['Date', 'Date de facture']), align: 'right', span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left' }],
      [{ v: `${e.name}, ${when} – livraison le ${date(inv, e.delivered, 'slash')}, reprise le ${date(inv, e.collected, 'slash')}${inSentence ? `, ${/^[A-Z][a-zé]/.test(inSentence[0]) ? inSentence[0][0].toLowerCase() + inSentence[0].slice(1) : inSentence[0]} ${inSentence[1]}` : ''}.`, span: 6, i: true, wrap: true }, ...blank(5)],
      ...refs.map(([k, v]) => [{ v: k, span: 2 }, null, { v, b: true, span: 2 }, null, ...blank(2)]),
      blank(6),
      [{ v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Qté', ...head }, { v: 'P.U. HT', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(6),
      [...blank(3), { v: x.pick(['Total HT', 'Montant HT']), span: 2, align: 'right' }, null, cur(inv.ht)],
      [...blank(3), { v: `TVA ${rate(2000)}`, span: 2, align: 'right' }, null, cur(inv.tva)],
      [...blank(3), { v: x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), b: true, span: 2, align: 'right' }, null, cur(inv.ttc, { b: true, border: 'top' })],
      blank(6),
      [{ v: 'Matériel désinfecté entre chaque location ; matières de vidange traitées en station d’épuration agréée (bordereau de suivi disponible).', span: 6, size: 7.6, wrap: true }, ...blank(5)],
      [{ v: paymentText(inv), span: 6, size: 8 }, ...blank(5)],
      [{ v: `Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, span: 6, size: 7, wrap: true }, ...blank(5)],
      [{ v: legalLine(inv), span: 6, size: 6.8, wrap: true }, ...blank(5)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [40, 34, 34, 18, 26, 30], margins: [12, 12, 14, 12], rows };
  },
};

export default [costumes, lavage, toilettes];

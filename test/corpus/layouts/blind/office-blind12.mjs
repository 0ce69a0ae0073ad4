// Blind-12 layouts written as office files (see ../../README.md): a Word invoice from a dry-stone waller for the
// restoration of a park's terrace walls (taking down, facing rebuilt in m² with two decimals, coping stones by the
// linear metre, stone supplied in tonnes with three decimals; a 5 % retention deducted on some), an Excel invoice from
// a pet-food wholesaler for the month's deliveries to the municipal kennel (one row per delivery note: bags of kibble
// and litter, the kilograms printed for information, a contractual discount on some), and a Calc sheet from a taxi
// company for the month's rides ordered by the buyer's services (date, pick-up time, from and to, kilometres, waiting
// time, fare before VAT; passenger transport at 10 %).
import { AlignmentType, Packer } from 'docx';
import { addDays, iso } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { monthBefore, monthName } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { areaTotal, squareMetres } from '../../lib/blind11.mjs';
import { kilometres, kilos, maybeRelabel12, placeAndDate } from '../../lib/blind12.mjs';

// ——— 1. Dry-stone walls restored. ———
const WALLS = ['murs de soutènement des terrasses du parc de Montaud', 'murets du jardin partagé de Solaure', 'mur de clôture du cimetière du Crêt de Roc', 'terrasses du belvédère de la colline des Pères', 'murets du sentier des Gorges du Furan'];
const STONES = ['granit du Pilat', 'gneiss local de réemploi', 'schiste du Forez', 'pierre de Chambles'];
const pierreSeche = {
  name: 'j-pierre-seche',
  family: 'dry-stone-wall-restoration',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('j-pierre-seche', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'ebp', 'dolibarr', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo', 'referenceEngagement'], marketProb: 0.65, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'drystone');
    renameSupplier(inv, x.pick(['Pierres Sèches du Pilat', 'Murailler Forézien', 'Les Bâtisseurs de Murets', 'Atelier Pierre et Terrasses']), x.pick(['SARL', 'SAS', 'EURL']));
    inv.supplier.ape = '4399C';
    maybeRelabel12(inv, x);
    const wall = x.pick(WALLS);
    const stone = x.pick(STONES);
    const start = addDays(inv.date, -x.int(25, 70));
    inv.works = { wall, stone, start, end: addDays(start, x.int(15, 40)), reception: addDays(inv.date, -x.int(1, 6)) };
    const face = x.int(1800, 9500);
    const area = (centiM2, unit, label, rateValue = 2000) => ({ label, unitName: 'm²', centiM2, qty: centiM2 / 100, unit, total: areaTotal(centiM2, unit), rate: rateValue });
    inv.lines = [
      { label: 'Installation de chantier, débroussaillage et dévégétalisation des parements', unitName: 'forfait', qty: 1, unit: x.int(60, 180) * 1000, rate: 2000 },
      area(Math.round(face * 0.8), x.int(45, 80) * 100, 'Démontage soigné des parties effondrées, tri et stockage des pierres'),
      area(face, x.int(260, 420) * 100, `Remontage du parement en pierre sèche, fruit 10 %, boutisses traversantes (${stone})`),
      { label: 'Couronnement en pierres posées de chant', unitName: 'ml', qty: x.int(12, 90), unit: x.int(70, 140) * 100, rate: 2000 },
    ];
    const tonnes = x.int(3000, 24000);
    if (x.chance(0.7)) {
      const unit = x.int(90, 180) * 100;
      inv.lines.push({ label: `Fourniture de pierre d’appoint (${stone}), livrée sur site`, unitName: 't', qty: tonnes / 1000, unit, total: Math.round((tonnes * unit) / 1000), rate: 2000 });
    }
    if (x.chance(0.5)) inv.lines.push({ label: 'Évacuation des terres et déchets inertes en installation agréée', unitName: 'm³', qty: x.int(2, 14), unit: x.int(35, 60) * 100, rate: 2000 });
    inv.retenuePct = x.pick([0, 5, 5, 0]);
    return priceLines(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const w = inv.works;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'MAPA n°'], service: ['Code service', 'Service', 'Service patrimoine paysager'] });
    const qtyText = (l) => (l.unitName === 'm²' ? squareMetres(l.qty) : l.unitName === 't' ? `${frNumber(l.qty, 3)} t` : `${frNumber(l.qty)} ${l.unitName}`);
    const rows = inv.lines.map((l) => [l.label, qtyText(l), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[x.pick(['Total HT', 'Montant HT des travaux']), money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [x.pick(['Total TTC', 'Montant TTC']), money(inv, inv.ttc)]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} % (art. 1er loi du 16 juillet 1971)`, money(inv, -inv.retenue)], [x.pick(['Net à payer', 'Montant à mandater']), money(inv, inv.net)]);
    const me = supplierTexts(inv, x);
    const accent = x.pick(['5D4037', '455A64', '33691E']);
    const letter = x.chance(0.5);
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Cambria']), size: 9.5, margins: [14, 16, 20, 16],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([96, 78], [[
          { paragraphs: [para(me[0], { bold: true, size: 15, color: accent }), para('Murs en pierre sèche – restauration de patrimoine rural – maçonnerie paysagère', { size: 8, italics: true }), ...me.slice(1).map((t) => para(t, { size: 8.5 })), para('Artisan formé « Muraillers professionnels » – certificat de qualification professionnelle', { size: 7.5, color: '777777' })] },
          { paragraphs: [para(x.pick(['Client', 'Maître d’ouvrage']), { size: 8, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0 }))] },
        ]], { borders: NO_BORDERS }),
        para('', { after: 6 }),
        ...(letter ? [para(placeAndDate(inv), { align: 'right' }), para(`${x.pick(['FACTURE N°', 'Facture n°'])} ${inv.number}`, { bold: true, size: 13, before: 4 })]
          : [wordTable([40, 60], [[x.pick(['Facture n°', 'N° de facture']), { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)]], { borders: GRID, size: 9.5 })]),
        para(`Objet : restauration des ${w.wall} – travaux du ${date(inv, w.start, 'slash')} au ${date(inv, w.end, 'slash')}, réception prononcée le ${date(inv, w.reception, 'slash')}.`, { bold: true, before: 6, after: 2 }),
        ...refs.map(([k, v]) => para(`${k} : ${v}`, { size: 9 })),
        para('', { after: 4 }),
        wordTable([100, 24, 22, 28], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], bold: true, shade: 'EFEBE9' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right'], size: 8.8 }),
        para('', { after: 4 }),
        wordTable([80, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para('Pierre sèche : maçonnerie sans mortier, drainante ; les pierres du site sont réemployées en priorité.', { size: 8, italics: true, before: 6 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 9, before: 4 }),
        para(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Pet food for the municipal kennel. ———
const PRODUCTS = [['Croquettes chien adulte 26/14', 'sac 20 kg', 20, 3800, 5600], ['Croquettes chiot 30/18', 'sac 15 kg', 15, 4200, 6200], ['Croquettes chien senior allégées', 'sac 12 kg', 12, 3600, 5200], ['Croquettes chat adulte', 'sac 10 kg', 10, 3200, 4800], ['Pâtée chien (barquettes 300 g, carton de 24)', 'carton', 7.2, 2200, 3400], ['Litière végétale agglomérante', 'sac 30 L', 12, 1200, 1900]];
const croquettes = {
  name: 'j-alimentation-chenil',
  family: 'kennel-pet-food-deliveries',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('j-alimentation-chenil', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['compact', 'sage', 'dolibarr', 'ciel'], engagementLabels: ['ej', 'engagement', 'bonDeCommande', 'numeroBonCommande', 'bcShort'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 3, 5], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'petfood');
    renameSupplier(inv, x.pick(['Nutri-Animaux Distribution', 'Croq’Loire Grossiste', 'Alimentation Canine du Forez', 'Zoo-Pro Rhône-Alpes']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4638B';
    maybeRelabel12(inv, x);
    inv.month = monthBefore(inv.date);
    const used = [0, ...Array.from({ length: 3 }, () => x.int(1, PRODUCTS.length - 1))];
    const deliveries = x.int(2, 4);
    inv.lines = [];
    for (let k = 0; k < deliveries; k++) {
      const day = { y: inv.month.y, m: inv.month.m, d: Math.min(28, 2 + k * 7 + x.int(0, 4)) };
      const note = `BL${x.digits(6)}`;
      for (const p of [...new Set(used)].filter((_, n) => n === 0 || x.chance(0.6))) {
        const [label, pack, kg, lo, hi] = PRODUCTS[p];
        const bags = x.int(2, 14);
        inv.lines.push({ day, note, label, pack, bags, kg: Math.round(bags * kg * 10) / 10, qty: bags, unit: x.int(lo / 10, hi / 10) * 10, rate: 2000 });
      }
    }
    // One price per product for the month, as the tariff sets it.
    const tariff = new Map();
    for (const l of inv.lines) {
      if (!tariff.has(l.label)) tariff.set(l.label, l.unit);
      l.unit = tariff.get(l.label);
    }
    inv.kennel = x.pick(['Fourrière animale municipale', 'Refuge municipal de la Ville', 'Chenil de la police municipale (brigade cynophile)']);
    return priceLines(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', inv.number]), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 11 }, { width: 12 }, { width: 34 }, { width: 11 }, { width: 8 }, { width: 10 }, { width: 11 }, { width: 13 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF6D4C41' : undefined }));
    put('F1', x.pick(['FACTURE', 'Facture']), { bold: true, size: 16 });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], ['Date', dateValue(inv.date)], ['Code client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`F${n + 3}`, k, { size: 9 });
      put(`G${n + 3}`, v, { bold: n === 0, size: 9, numFmt: n === 1 ? 'dd/mm/yyyy' : undefined });
      sheet.mergeCells(`G${n + 3}:H${n + 3}`);
    });
    let r = Math.max(me.length + 2, 8);
    const buyer = buyerTexts(inv, x);
    put(`E${r}`, x.pick(['Livré et facturé à', 'Client']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`E${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    put(`E${r + 1 + buyer.length}`, `Lieu de livraison : ${inv.kennel}`, { size: 8.5, italic: true });
    refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Lot 3 – marché n°'], service: ['Code service', 'Service', 'Service gestionnaire'] }).forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, k, { size: 9 });
      put(`C${r + 1 + n}`, v, { size: 9, bold: true });
    });
    r += buyer.length + 4;
    put(`A${r}`, `Livraisons du mois de ${monthName(inv.month)}`, { bold: true, size: 10 });
    r += 2;
    const head = r;
    ['Date', 'Bon de livraison', 'Article', 'Conditionnement', 'Qté', 'Poids', 'P.U. HT', 'Montant HT'].forEach((text, c) => put(`${'ABCDEFGH'[c]}${head}`, text, { bold: true, border: true, fill: 'FFEFEBE9', align: 'center', size: 8.5 }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, dateValue(l.day), { border: true, size: 8.5, numFmt: 'dd/mm/yyyy' });
      [l.note, l.label, l.pack].forEach((v, c) => put(`${'BCD'[c]}${n}`, v, { border: true, size: 8.5 }));
      put(`E${n}`, l.bags, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`F${n}`, kilos(l.kg), { border: true, size: 8.5, align: 'right' });
      put(`G${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`H${n}`, { formula: `E${n}*G${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    const rows = [];
    if (inv.discount) rows.push(['Total brut HT', { formula: `SUM(H${first}:H${last})`, result: euros(inv.grossHT) }], [`Remise collectivité ${inv.discountPct} %`, { formula: `-ROUND(H${r}*${inv.discountPct / 100},2)`, result: -euros(inv.discount) }]);
    const htRow = r + rows.length;
    rows.push([x.pick(['Total HT', 'Net HT']), inv.discount ? { formula: `H${r}+H${r + 1}`, result: euros(inv.ht) } : { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }]);
    rows.push([`TVA ${rate(2000)}`, { formula: `ROUND(H${htRow}*0.2,2)`, result: euros(inv.tva) }]);
    rows.push([x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), { formula: `H${htRow}+H${htRow + 1}`, result: euros(inv.ttc) }]);
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`E${r + n}`, k, { bold: strong, size: 9 });
      put(`H${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined, size: 9 });
    });
    const totalKg = inv.lines.reduce((sum, l) => sum + l.kg, 0);
    r += rows.length + 1;
    put(`A${r}`, `Poids total livré : ${kilos(Math.round(totalKg))} (pour information). Aliments pour animaux de compagnie : TVA ${rate(2000)}.`, { size: 8 });
    put(`A${r + 1}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Taxi rides ordered by the social services. ———
const PLACES = ['Résidence autonomie Les Tilleuls', 'CHU Nord – Saint-Priest-en-Jarez', 'Hôpital Bellevue', 'Gare de Châteaucreux', 'Centre social de Beaubrun', 'Hôtel de Ville', 'Clinique du Parc', 'Maison de santé de Terrenoire', 'Tribunal judiciaire', 'Foyer d’hébergement d’urgence, rue Balay', 'Centre médico-psychologique de Montreynaud'];
const taxi = {
  name: 'j-courses-taxi',
  family: 'taxi-rides-monthly-statement',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('j-courses-taxi', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'carnet', 'year2', 'compact'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'commande'], marketProb: 0.35, serviceProb: 0.65, dateStyles: ['slash'], rates: [[1000]], groups: ['space'], lines: [1, 1], rcsProb: 0.4 });
    const x = extraRng(inv, 'taxi');
    renameSupplier(inv, x.pick(['Taxi Stéphanois Bernard', 'Allo Taxi Fauriel', 'Taxis Réunis du Forez', 'Taxi Conventionné Loire Sud']), x.pick(['EURL', 'SARL', 'SAS']));
    inv.supplier.ape = '4932Z';
    inv.supplier.licence = `ADS n° ${x.int(1, 240)} – ${inv.supplier.address[1].replace(/^\d{5} /, '')}`;
    maybeRelabel12(inv, x);
    inv.month = monthBefore(inv.date);
    const rides = x.int(5, 14);
    inv.lines = Array.from({ length: rides }, () => {
      const from = x.pick(PLACES);
      let to = x.pick(PLACES);
      if (to === from) to = PLACES[(PLACES.indexOf(from) + 3) % PLACES.length];
      const tenths = x.int(25, 260);
      const wait = x.pick([0, 0, 0, 10, 15, 30]);
      const fare = 420 + Math.round((tenths * x.pick([112, 118, 135])) / 10) + wait * 40;
      return { day: { y: inv.month.y, m: inv.month.m, d: x.int(1, 28) }, time: `${x.int(7, 19)}h${String(x.pick([0, 10, 15, 30, 45, 50])).padStart(2, '0')}`, from, to, tenths, wait, order: `BC-${x.digits(4)}`, qty: 1, unit: fare, rate: 1000 };
    }).sort((a, b) => a.day.d - b.day.d);
    return priceLines(inv, [1000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const top = Array.from({ length: Math.max(me.length + 1, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 12.5 : 8.5 } : k === me.length ? { v: `Taxi – ${s.licence}`, span: 3, size: 7.8, i: true } : null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Facturé à']), span: 4, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 4, b: k === 1 } : null, null, null, null,
    ]);
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service demandeur'] });
    const grid = 'grid';
    const head = { b: true, border: grid, shade: '#fff8e1', align: 'center', size: 8 };
    const body = inv.lines.map((l) => [
      { v: iso(l.day), type: 'date', border: grid, size: 8 }, { v: l.time, border: grid, size: 8, align: 'center' }, { v: `${l.from} → ${l.to}`, span: 2, border: grid, wrap: true, size: 8 }, null,
      { v: kilometres(l.tenths), border: grid, size: 8, align: 'right' }, { v: l.wait ? `${l.wait} min` : '–', border: grid, size: 8, align: 'right' }, cur(l.total, { border: grid, size: 8 }),
    ]);
    const numberCell = { v: `${x.pick(['FACTURE N°', 'Facture n°', 'Relevé-facture n°'])} ${inv.number}`, b: true, size: 12.5, span: 4 };
    const dateCells = x.chance(0.5)
      ? [{ v: 'Date', align: 'right', span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left' }]
      : [{ v: placeAndDate(inv, 'slash'), span: 3, align: 'right' }, null, null];
    const rows = [
      ...top,
      blank(7),
      [numberCell, ...blank(3), ...dateCells],
      [{ v: `Courses du mois de ${monthName(inv.month)} commandées par vos services (bons de transport joints), tarif préfectoral en vigueur.`, span: 7, i: true, wrap: true, size: 8.5 }, ...blank(6)],
      ...refs.map(([k, v]) => [{ v: k, span: 2 }, null, { v, b: true, span: 2 }, null, ...blank(3)]),
      blank(7),
      [{ v: 'Date', ...head }, { v: 'Heure', ...head }, { v: 'Trajet', ...head, span: 2 }, null, { v: 'Distance', ...head }, { v: 'Attente', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      [...blank(3), { v: `${x.pick(['Total HT', 'Montant HT'])} (${inv.lines.length} courses)`, span: 3, align: 'right' }, null, null, cur(inv.ht)],
      [...blank(3), { v: `TVA ${rate(1000)}`, span: 3, align: 'right' }, null, null, cur(inv.tva)],
      [...blank(3), { v: x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), span: 3, align: 'right', b: true }, null, null, cur(inv.ttc, { b: true, border: 'top' })],
      blank(7),
      [{ v: 'Courses au tarif préfectoral (prise en charge, tarif kilométrique, temps d’attente), montants hors taxe ; transport de personnes : TVA 10 %.', span: 7, size: 7.6, wrap: true }, ...blank(6)],
      [{ v: paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, span: 7, size: 7, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.8, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [22, 14, 42, 42, 18, 16, 26], margins: [12, 12, 14, 12], rows };
  },
};

export default [pierreSeche, croquettes, taxi];

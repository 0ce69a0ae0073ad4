// Blind-10 layouts written as office files (see ../../README.md): a Word invoice from a beekeeper who keeps the city's
// hives (hosting and care of the hives, visits with schools at 20 %, the city's honey in labelled jars at 5,5 %, a VAT
// summary), an Excel invoice from a music shop renting instruments to the conservatoire for a term (make, model and
// serial number per instrument, monthly rent × months, breakage insurance, a discount for schools on some), and a Calc
// sheet from a diving club (an association exempt from VAT) for the discovery dives it supervised at the city's pools.
import { AlignmentType, Packer } from 'docx';
import { addDays, iso } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier, sum } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { maybeRelabel10, priceLines, vatSummary } from '../../lib/blind10.mjs';

// ——— 1. Beekeeper: the city's hives, and its honey in jars. ———
const APIARIES = ['toit de l’Hôtel de Ville', 'Jardin des Plantes', 'parc de Montaud', 'toit de la Médiathèque de Tarentaize', 'Parc François Mitterrand', 'jardin de la Maison de la Culture'];
const beekeeper = {
  name: 'q-rucher-municipal',
  family: 'municipal-beehives-honey-jars',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('q-rucher-municipal', i, { cityProb: 0.75, engagementProb: 0.65, trades: ['food', 'services'], numbers: ['micro', 'plain', 'carnet', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande', 'engagementJuridique'], marketProb: 0.2, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000, 550]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.45 });
    const x = extraRng(inv, 'bees');
    renameSupplier(inv, x.pick(['Les Ruchers du Pilat', 'Miellerie des Monts du Forez', 'L’Abeille Stéphanoise', 'Apiculture du Haut-Forez']), x.pick(['EARL', 'SCEA', 'SARL']));
    inv.supplier.ape = '0149Z';
    maybeRelabel10(inv, x);
    const first = x.int(0, APIARIES.length - 1);
    const apiaries = Array.from({ length: x.int(1, 2) }, (_, k) => ({ place: APIARIES[(first + k) % APIARIES.length], hives: x.int(2, 6), kg: 0 }));
    apiaries.forEach((a) => { a.kg = a.hives * x.int(8, 22); });
    const season = inv.date.m >= 7 ? inv.date.y : inv.date.y - 1;
    inv.bees = { apiaries, season, napi: `A42${x.digits(5)}`, harvest: { y: season, m: x.int(6, 8), d: x.int(1, 28) } };
    const hives = sum(apiaries, 'hives');
    inv.lines = [
      { label: `Hébergement, suivi et entretien des ruches municipales – saison ${season}`, qty: hives, unit: x.int(180, 320) * 100, rate: 2000, unitName: 'ruche' },
      { label: 'Visites sanitaires et traitement contre le varroa', qty: hives, unit: x.int(25, 55) * 100, rate: 2000, unitName: 'ruche' },
      { label: 'Récolte, extraction et mise en pots du miel des ruches municipales', qty: sum(apiaries, 'kg'), unit: x.int(250, 450), rate: 2000, unitName: 'kg' },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Animation pédagogique « Découverte de l’abeille » (demi-journée, une classe)', qty: x.int(1, 6), unit: x.int(150, 260) * 100, rate: 2000, unitName: 'séance' });
    const small = x.int(40, 300);
    inv.lines.push({ label: 'Miel toutes fleurs – pot verre 250 g, étiquette « Miel de la Ville »', qty: small, unit: x.int(450, 650), rate: 550, unitName: 'pot' });
    if (x.chance(0.6)) inv.lines.push({ label: x.pick(['Miel de châtaignier – pot verre 500 g', 'Miel de montagne – pot verre 500 g']), qty: x.int(20, 120), unit: x.int(850, 1200), rate: 550, unitName: 'pot' });
    if (x.chance(0.4)) inv.lines.push({ label: 'Coffret cadeau protocole (3 miels 125 g)', qty: x.int(10, 60), unit: x.int(1400, 2200), rate: 550, unitName: 'coffret' });
    return priceLines(inv, [2000, 550]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const b = inv.bees;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service destinataire'] });
    const withUnit = (l) => `${frNumber(l.qty)} ${l.unitName}${l.qty > 1 && l.unitName !== 'kg' ? 's' : ''}`;
    const rows = inv.lines.map((l) => [l.label, withUnit(l), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const summary = vatSummary(inv).map(([r, base, amount]) => [rate(r), plainMoney(inv, base), plainMoney(inv, amount)]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), money(inv, inv.ht)], [x.pick(['Total TVA', 'TVA']), money(inv, inv.tva)], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), money(inv, inv.ttc)]];
    const me = supplierTexts(inv, x);
    const font = x.pick(['Calibri', 'Arial', 'Georgia']);
    const doc = wordDocument({
      font, size: 9.5, margins: [14, 16, 20, 16],
      header: [para(`${s.name} – apiculteur récoltant – NAPI ${b.napi}`, { size: 7.5, color: '8D6E63', align: 'right' })],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([96, 78], [[
          { paragraphs: [para(me[0], { bold: true, size: 15, color: 'E65100' }), ...me.slice(1).map((t) => para(t, { size: 8.5 }))] },
          { paragraphs: [para(x.pick(['Client', 'Facturé à', 'Destinataire']), { size: 8, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0 }))] },
        ]], { borders: NO_BORDERS }),
        para('', { after: 6 }),
        para([{ text: `${x.pick(['FACTURE N°', 'Facture n°', 'FACTURE'])} ${inv.number}`, bold: true, size: 14 }, { text: `   ${x.pick(['du', '–', 'Date :'])} ${date(inv, inv.date)}`, size: 10 }], { after: 2 }),
        ...refs.map(([k, v]) => para(`${k} : ${v}`, { size: 9, bold: true })),
        para(`Ruchers municipaux : ${b.apiaries.map((a) => `${a.place} (${a.hives} ruches, ${a.kg} kg récoltés)`).join(' ; ')}. Récolte du ${date(inv, b.harvest, 'slash')}.`, { size: 8.5, before: 4, after: 4 }),
        wordTable([86, 22, 22, 14, 30], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'FFF3E0' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right', 'right'], size: 8.6 }),
        para('', { after: 4 }),
        wordTable([86, 88], [[
          { paragraphs: [wordTable([16, 30, 26], [{ cells: ['Taux', 'Base HT', 'TVA'], bold: true }, ...summary], { borders: GRID, align: ['left', 'right', 'right'], size: 8.4 })] },
          { paragraphs: [wordTable([52, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT })] },
        ]], { borders: NO_BORDERS }),
        para('Miel : TVA 5,5 % (produit alimentaire, art. 278-0 bis du CGI). Prestations de service : TVA 20 %.', { size: 7.8, italics: true, before: 4 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 9, before: 4 }),
        para(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Music shop: instruments rented to the conservatoire for a term. ———
const INSTRUMENTS = [['Violon 1/2', 'Yamaha V5SC', 1500, 2500], ['Violon 3/4', 'Stentor Student II', 1500, 2500], ['Violoncelle 1/2', 'Gewa Allegro', 3500, 5500], ['Flûte traversière', 'Yamaha YFL-212', 2200, 3200], ['Clarinette si bémol', 'Buffet Crampon Prodige', 2500, 3500], ['Trompette si bémol', 'Bach TR-650', 2200, 3200], ['Saxophone alto', 'Yamaha YAS-280', 3500, 5000], ['Cor d’harmonie double', 'Jupiter JHR1100', 5500, 8000], ['Trombone ténor', 'Jupiter JTB700', 2500, 3500], ['Alto 38 cm', 'Gliga Genial', 1800, 2800]];
const instruments = {
  name: 'q-location-instruments',
  family: 'instrument-rental-term-conservatoire',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('q-location-instruments', i, { ...CITY_HEAVY, trades: ['goods', 'books'], numbers: ['sage', 'ciel', 'compact', 'ebp'], engagementLabels: ['bcShort', 'bonDeCommande', 'ej', 'engagementJuridiqueNo', 'numeroBonCommande'], marketProb: 0.35, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5, 10], groups: ['space', 'nbsp'], lines: [3, 8], rcsProb: 0.6 });
    const x = extraRng(inv, 'instruments');
    renameSupplier(inv, x.pick(['Musique Forez Diffusion', 'Cuivres et Bois Stéphanois', 'Harmonie Instruments Loire', 'Atelier Musical du Furan']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4759B';
    maybeRelabel10(inv, x);
    // Terms of the school year: September–December, January–March, April–June.
    const terms = [[9, 4, 'Trimestre 1'], [1, 3, 'Trimestre 2'], [4, 3, 'Trimestre 3']];
    const [fromMonth, months, termName] = inv.date.m >= 9 ? terms[0] : inv.date.m <= 3 ? terms[1] : terms[2];
    const from = { y: inv.date.y, m: fromMonth, d: 1 };
    const to = addDays({ y: fromMonth + months > 12 ? inv.date.y + 1 : inv.date.y, m: ((fromMonth + months - 1) % 12) + 1, d: 1 }, -1);
    inv.term = { name: termName, from, to, months, school: x.pick(['Conservatoire Massenet', 'École municipale de musique de Terrenoire', 'Orchestre à l’école – groupe scolaire Jacquard']) };
    const insurance = x.chance(0.7) ? x.int(3, 6) * 100 : 0;
    const first = x.int(0, INSTRUMENTS.length - 1);
    const rented = inv.lines.map((_, k) => {
      const [instrument, model, lo, hi] = INSTRUMENTS[(first + k) % INSTRUMENTS.length];
      return { instrument, model, serial: `${x.pick(['', 'SN ', 'N° '])}${x.pick(['J', 'K', 'C', 'Y'])}${x.digits(6)}`, label: `${instrument} – ${model}`, qty: months, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 };
    });
    inv.lines = [...rented];
    if (insurance) inv.lines.push({ label: `Assurance casse-vol (${rented.length} instruments × ${months} mois)`, qty: rented.length * months, unit: insurance, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Révision et réglage de début de période (par instrument)', qty: rented.length, unit: x.int(15, 30) * 100, rate: 2000 });
    return priceLines(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const t = inv.term;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', 'Location']), { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 30 }, { width: 22 }, { width: 14 }, { width: 8 }, { width: 12 }, { width: 14 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF283593' : undefined }));
    put(`A${me.length + 1}`, 'Vente – location – réparation d’instruments de musique', { size: 8, italic: true });
    put('E1', x.pick(['FACTURE', 'Facture']), { bold: true, size: 16, color: 'FF283593' });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'N°']), inv.number], ['Date', dateValue(inv.date)], ['Échéance', dateValue(inv.due)]];
    meta.forEach(([k, v], n) => {
      put(`E${n + 3}`, k, { size: 9, align: 'right' });
      put(`F${n + 3}`, v, { bold: n === 0, size: 9, align: 'right', numFmt: n > 0 ? 'dd/mm/yyyy' : undefined });
    });
    let r = Math.max(me.length + 3, 8);
    const buyer = buyerTexts(inv, x);
    put(`D${r}`, x.pick(['Client', 'Facturé à']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`D${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    refPairs(inv, x).forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, k, { size: 9 });
      put(`B${r + 1 + n}`, v, { size: 9, bold: true });
    });
    r += buyer.length + 3;
    put(`A${r}`, `Location d’instruments – ${t.school} – ${t.name} : du ${date(inv, t.from, 'slash')} au ${date(inv, t.to, 'slash')} (${t.months} mois)`, { bold: true, size: 9.5 });
    r += 2;
    const head = r;
    ['Instrument – modèle', 'N° de série', 'Loyer mensuel HT', 'Mois', '', 'Montant HT'].forEach((text, c) => put(`${'ABCDEF'[c]}${head}`, text, { bold: true, border: true, fill: 'FFE8EAF6', align: 'center', size: 9, wrap: true }));
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.label, { border: true, size: 8.5, wrap: true });
      put(`B${n}`, l.serial ?? '', { border: true, size: 8.5 });
      put(`C${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: '#,##0.00' });
      put(`D${n}`, l.qty, { border: true, size: 8.5, numFmt: '0' });
      put(`E${n}`, '', { border: true });
      put(`F${n}`, { formula: `C${n}*D${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    const rows = [];
    if (inv.discount) {
      rows.push(['Sous-total HT', { formula: `SUM(F${first}:F${last})`, result: euros(inv.grossHT) }]);
      rows.push([`Remise établissement d’enseignement ${inv.discountPct} %`, { formula: `-ROUND(F${r}*${inv.discountPct / 100},2)`, result: -euros(inv.discount) }]);
      rows.push(['Total HT', { formula: `F${r}+F${r + 1}`, result: euros(inv.ht) }]);
    } else rows.push(['Total HT', { formula: `SUM(F${first}:F${last})`, result: euros(inv.ht) }]);
    const htRow = r + rows.length - 1;
    rows.push([`TVA ${rate(2000)}`, { formula: `ROUND(F${htRow}*0.2,2)`, result: euros(inv.tva) }]);
    rows.push([x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), { formula: `F${htRow}+F${htRow + 1}`, result: euros(inv.ttc) }]);
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`D${r + n}`, k, { bold: strong, align: 'right', size: 9 });
      put(`F${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined, size: 9 });
    });
    r += rows.length + 1;
    put(`A${r}`, 'Instruments restitués en fin de période dans leur étui, accessoires compris ; toute casse est déclarée sous 48 h.', { size: 8 });
    put(`A${r + 1}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Diving club: discovery dives at the city's pools, exempt from VAT. ———
const POOLS = ['Piscine Raymond Grouchy', 'Piscine de la Cotonne', 'Centre nautique Yves Nayme', 'Piscine Boris Vian', 'Piscine de Montreynaud'];
const plongee = {
  name: 'q-plongee-baptemes',
  family: 'diving-club-discovery-dives-exempt',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('q-plongee-baptemes', i, { supplier: 'association', cityProb: 0.7, engagementProb: 0.6, numbers: ['micro', 'carnet', 'year2', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'commande'], marketProb: 0, serviceProb: 0.65, dateStyles: ['slash'], groups: ['space'], lines: [1, 1], ibanProb: 0.9, buyerSiretProb: 0.45 });
    const x = extraRng(inv, 'diving');
    renameSupplier(inv, x.pick(['Club Subaquatique Stéphanois', 'Forez Plongée Club', 'Les Scaphandriers du Furan', 'Aqua Loire Plongée']));
    maybeRelabel10(inv, x, 0.3);
    const event = x.pick(['Opération « Été aux piscines »', 'Fête du sport', 'Semaine des sports de l’école municipale des sports', 'Vacances sportives de la Toussaint', 'Journée « Handi-plongée » des centres sociaux']);
    const firstPool = x.int(0, POOLS.length - 1);
    const start = addDays(inv.date, -x.int(10, 40));
    const perSession = x.int(120, 220) * 100;
    const perDiver = x.pick([0, 0, 500, 800]);
    inv.dives = { event, ffessm: `${x.int(10, 14)}-42-${x.digits(3)}`, perSession, perDiver };
    inv.lines = Array.from({ length: x.int(2, 7) }, (_, k) => {
      const divers = x.int(6, 24);
      const instructors = Math.max(2, Math.ceil(divers / x.int(4, 6)));
      return { day: addDays(start, k * x.int(1, 3)), pool: POOLS[(firstPool + k % 2) % POOLS.length], slot: x.pick(['9 h – 12 h', '14 h – 17 h', '18 h 30 – 20 h 30']), divers, instructors, qty: 1, unit: perSession + divers * perDiver, rate: 0 };
    });
    if (x.chance(0.5)) inv.lines.push({ day: null, label: 'Gonflage des blocs et désinfection des détendeurs (forfait)', qty: 1, unit: x.int(40, 90) * 100, rate: 0 });
    return priceLines(inv, [0]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const d = inv.dives;
    const grid = 'grid';
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: euros(cents), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const top = Array.from({ length: Math.max(me.length + 1, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 12.5 : 8.5, color: k === 0 ? '#01579b' : undefined } : k === me.length ? { v: `Affilié FFESSM n° ${d.ffessm}`, span: 3, size: 8, i: true } : null, null, null,
      k === 0 ? { v: x.pick(['Destinataire', 'Facturé à']), span: 4, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 4, b: k === 1 } : null, null, null, null,
    ]);
    const head = { b: true, border: grid, shade: '#e1f5fe', align: 'center', size: 8.5 };
    const body = inv.lines.map((l) => (l.day
      ? [{ v: iso(l.day), type: 'date', border: grid, align: 'left' }, { v: l.pool, border: grid, span: 2 }, null, { v: l.slot, border: grid }, { v: l.divers, type: 'qty', border: grid }, { v: l.instructors, type: 'qty', border: grid }, cur(l.total, { border: grid })]
      : [{ v: l.label, border: grid, span: 6 }, ...blank(5), cur(l.total, { border: grid })]));
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service des sports'] });
    const rows = [
      ...top,
      blank(7),
      [{ v: `${x.pick(['FACTURE N°', 'Facture n°'])} ${inv.number}`, b: true, size: 13, span: 3 }, null, null, { v: 'Date', align: 'right' }, { v: iso(inv.date), type: 'date', align: 'left', span: 2 }, null, null],
      [{ v: `${d.event} – baptêmes de plongée encadrés par les moniteurs du club`, span: 7, i: true }, ...blank(6)],
      ...refs.map(([k, v]) => [{ v: k, span: 2 }, null, { v, b: true, span: 2 }, null, ...blank(3)]),
      blank(7),
      [{ v: 'Date', ...head }, { v: 'Bassin', ...head, span: 2 }, null, { v: 'Créneau', ...head }, { v: 'Baptêmes', ...head }, { v: 'Encadrants', ...head }, { v: 'Montant', ...head }],
      ...body,
      blank(7),
      [{ v: `Tarif : ${frNumber(d.perSession / 100, 2)} € par séance${d.perDiver ? ` + ${frNumber(d.perDiver / 100, 2)} € par baptême (matériel fourni)` : ', matériel fourni'}`, span: 7, size: 8 }, ...blank(6)],
      [...blank(3), { v: x.pick(['Total', 'Montant total']), span: 3, align: 'right' }, null, null, cur(inv.ht)],
      [...blank(3), { v: 'TVA', span: 3, align: 'right' }, null, null, { v: x.pick(['non applicable', 'néant']), align: 'right' }],
      [...blank(3), { v: x.pick(['Net à payer', 'Montant à régler', 'Total à payer']), b: true, span: 3, align: 'right' }, null, null, cur(inv.net, { b: true, border: 'top' })],
      blank(7),
      [{ v: inv.vatExempt, span: 7, size: 8, i: true }, ...blank(6)],
      [{ v: inv.print.iban ? `Règlement par virement au nom du club – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, span: 7, size: 7, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.8, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [24, 30, 26, 26, 20, 22, 28], margins: [12, 10, 14, 10], rows };
  },
};

export default [beekeeper, instruments, plongee];

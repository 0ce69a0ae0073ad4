// Blind-9 layouts written as office files (see ../../README.md): a Word invoice from a sports committee (an
// association, exempt from VAT) for the referees of a tournament the city organised (officials per match day,
// travel allowances per kilometre, the committee's appointment fee), an Excel invoice for the annual check of the
// fire extinguishers building by building (a row per type of extinguisher, replacements and ten-year overhauls, a
// contractual discount on some), and a Calc sheet from an industrial laundry for a month of linen (sites, articles,
// pieces per week, prices per piece with three decimals).
import { AlignmentType, Packer } from 'docx';
import { addDays, iso } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate, recompute } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier, sum } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { maybeRelabel, monthBefore, monthName } from '../../lib/blind9.mjs';

const textParas = (texts, { size } = {}) => texts.map((t, k) => para(t, { bold: k === 0, size: k === 0 ? (size ?? 10) + 3 : size }));

// ——— 1. Sports committee: the referees of a tournament, exempt from VAT. ———
const COMMITTEES = [
  ['Comité départemental de basket-ball de la Loire', 'Fédération française de basket-ball', 'arbitres'],
  ['District de la Loire de football', 'Fédération française de football', 'arbitres'],
  ['Comité de la Loire de handball', 'Fédération française de handball', 'juges-arbitres'],
  ['Comité départemental de volley-ball de la Loire', 'Fédération française de volley', 'arbitres'],
];
const TOURNAMENTS = ['Tournoi des écoles de la Ville', 'Challenge inter-quartiers jeunes', 'Tournoi de Noël U11 – U13', 'Fête du sport – tournoi des centres de loisirs', 'Coupe de la Ville – phases finales'];
const VENUES = ['Gymnase Jean Jaurès', 'Palais des sports de Plaine-Achille', 'Gymnase du Portail Rouge', 'Complexe sportif de Méons', 'Stade Henri Dubouchet', 'Gymnase de Montreynaud'];
const OFFICIALS = ['M. Yanis Chabert', 'Mme Léa Fournel', 'M. Romain Thiollier', 'Mme Sarah Benmansour', 'M. Théo Gagnaire', 'M. Antoine Vial', 'Mme Clémence Pupier', 'M. Mehdi Ouali'];
const arbitrage = {
  name: 'z-arbitrage-tournoi',
  family: 'referee-fees-sports-committee-exempt',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('z-arbitrage-tournoi', i, { supplier: 'association', cityProb: 0.7, engagementProb: 0.55, numbers: ['micro', 'carnet', 'plain', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0, serviceProb: 0.65, dateStyles: ['slash', 'long'], groups: ['space', 'none', 'nbsp'], lines: [1, 1], ibanProb: 0.9, buyerSiretProb: 0.5 });
    const x = extraRng(inv, 'referees');
    const [name, federation, word] = x.pick(COMMITTEES);
    renameSupplier(inv, name, 'Association loi 1901');
    maybeRelabel(inv, x, 0.3);
    const days = x.int(1, 3);
    const start = addDays(inv.date, -x.int(6, 30));
    const firstVenue = x.int(0, VENUES.length - 1);
    const perDay = x.int(35, 60) * 100;
    inv.event = { tournament: x.pick(TOURNAMENTS), federation, word, agreement: `042${x.int(100, 999)}S${x.digits(3)}`, officials: Array.from({ length: x.int(3, 6) }, (_, k) => OFFICIALS[(firstVenue + k) % OFFICIALS.length]) };
    inv.lines = Array.from({ length: days }, (_, k) => {
      const officials = x.int(2, inv.event.officials.length);
      const matches = x.int(6, 18);
      const day = addDays(start, k);
      return { day, venue: VENUES[(firstVenue + k) % VENUES.length], label: `Indemnités d’arbitrage – ${date(inv, day, 'slash')}`, matches, qty: officials, unit: perDay, rate: 0, total: officials * perDay };
    });
    const km = x.int(60, 640);
    const perKm = x.pick([32, 35, 38, 40]);
    inv.lines.push({ label: `Frais de déplacement des ${word} (${frNumber(km)} km × ${frNumber(perKm / 100, 2)} €)`, qty: km, unit: perKm, rate: 0, total: km * perKm, travel: true });
    if (x.chance(0.6)) inv.lines.push({ label: 'Frais de désignation et de gestion', qty: 1, unit: x.int(15, 45) * 100, rate: 0, fee: true });
    if (x.chance(0.4)) inv.lines.push({ label: 'Officiels de table de marque et chronométrage', qty: x.int(2, 4), unit: x.int(20, 30) * 100, rate: 0 });
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const e = inv.event;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service destinataire'] });
    const rows = inv.lines.map((l) => (l.travel
      ? [l.label, '', '', plainMoney(inv, l.total)]
      : l.venue ? [`${l.label} – ${l.venue} (${l.matches} rencontres)`, `${l.qty} ${e.word}`, plainMoney(inv, l.unit), plainMoney(inv, l.total)] : [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]));
    const totalLabel = x.pick(['Total', 'Montant total', 'Total net']);
    const totals = [[totalLabel, money(inv, inv.ht)], ['TVA', x.pick(['non applicable', 'néant', '0,00 €'])], [x.pick(['Net à payer', 'Somme à régler', 'Montant dû']), money(inv, inv.net)]];
    const s = inv.supplier;
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9.5, margins: [15, 16, 20, 16],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7, x.chance(0.5) ? {} : { word: 'page', of: '/' })],
      body: [
        para(s.name, { bold: true, size: 14, color: '1A237E' }),
        para(`Association affiliée à la ${e.federation} – agrément sport n° ${e.agreement}`, { size: 8, italics: true }),
        para(supplierTexts(inv, x).slice(1).join(' – '), { size: 8, after: 8 }),
        wordTable([90, 84], [[
          { paragraphs: [para(x.pick(['FACTURE', 'Facture', 'FACTURE – FRAIS D’ARBITRAGE']), { bold: true, size: 15 }), para(`${x.pick(['N°', 'Facture n°', 'Numéro :'])} ${inv.number}`, { bold: true }), para(`${x.pick(['Date :', 'Le', 'Date de facture :'])} ${date(inv, inv.date)}`), ...refs.map(([k, v]) => para(`${k} : ${v}`, { size: 9 }))] },
          { paragraphs: [para(x.pick(['Destinataire', 'Organisateur', 'Facturé à']), { size: 8, color: '666666' }), ...textParas(buyerTexts(inv, x))] },
        ]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        para(`Objet : ${e.tournament} – désignation des ${e.word} et officiels par le comité`, { bold: true, after: 3 }),
        wordTable([102, 22, 22, 28], [{ cells: ['Désignation', 'Officiels', 'Indemnité', 'Montant'], bold: true, shade: 'E8EAF6' }, ...rows], { borders: GRID, align: ['left', 'right', 'right', 'right'], size: 8.8 }),
        para('', { after: 3 }),
        wordTable([56, 34], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para(inv.vatExempt, { size: 8.5, italics: true, before: 4 }),
        para(`${x.pick(['Officiels désignés :', 'Arbitres :', 'Ont officié :'])} ${e.officials.join(', ')}.`, { size: 8, before: 3 }),
        para(inv.print.iban ? `Règlement par virement au nom de l’association – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 9, before: 4 }),
        para(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Fire extinguishers: the annual check, building by building, per unit. ———
const BUILDINGS = ['Hôtel de Ville', 'Médiathèque de Tarentaize', 'Gymnase Jean Jaurès', 'École élémentaire Jules Ferry', 'Centre technique municipal', 'Musée d’Art et d’Industrie', 'Conservatoire Massenet', 'Crèche Les Lucioles', 'Salle Jeanne d’Arc'];
const TYPES = [['EP6', 'Extincteur eau pulvérisée + additif 6 L', 450, 800], ['CO2-2', 'Extincteur CO2 2 kg', 450, 800], ['PA9', 'Extincteur poudre ABC 9 kg', 500, 900], ['CO2-5', 'Extincteur CO2 5 kg', 550, 900], ['PR50', 'Extincteur poudre 50 kg sur roues', 1800, 3000], ['RIA', 'Robinet d’incendie armé DN 25', 2500, 4200]];
const EXTRAS = [['MAA-EP6', 'Maintenance additionnelle 10 ans – extincteur EP6', 2500, 4500], ['REMP-EP6', 'Remplacement extincteur EP6 (fourni posé, ancien repris)', 4500, 7500], ['REC-CO2', 'Recharge CO2 2 kg après utilisation', 3000, 5000], ['SIGN', 'Panneau photoluminescent « extincteur »', 600, 1200], ['SUP', 'Support mural et reprise de fixation', 800, 1500]];
const extincteurs = {
  name: 'z-extincteurs-verification',
  family: 'fire-extinguisher-check-per-unit',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('z-extincteurs-verification', i, { ...CITY_HEAVY, trades: ['services', 'goods'], numbers: ['sage', 'ciel', 'ebp', 'dolibarr'], engagementLabels: ['bcShort', 'bonDeCommande', 'ej', 'engagementJuridiqueNo', 'ejBc'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5, 8], groups: ['space', 'nbsp'], lines: [2, 4], rcsProb: 0.6 });
    const x = extraRng(inv, 'extinguishers');
    renameSupplier(inv, x.pick(['Sécurité Incendie Loire', 'Protect Feu Forez', 'Extincteurs Service Rhône-Alpes', 'Défense Incendie Stéphanoise']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '3311Z';
    maybeRelabel(inv, x);
    const prices = Object.fromEntries(TYPES.map(([code, , lo, hi]) => [code, x.int(lo, hi)]));
    const first = x.int(0, BUILDINGS.length - 1);
    inv.lines = inv.lines.flatMap((_, k) => {
      const building = BUILDINGS[(first + k) % BUILDINGS.length];
      const types = TYPES.filter(() => x.chance(0.55));
      const checked = (types.length ? types : [TYPES[0]]).map(([code, label]) => ({ building, code, label: `${label} – vérification annuelle`, qty: code === 'PR50' ? x.int(1, 2) : x.int(1, 14), unit: prices[code], rate: 2000 }));
      const extras = x.chance(0.6) ? [x.pick(EXTRAS)].map(([code, label, lo, hi]) => ({ building, code, label, qty: x.int(1, 4), unit: x.int(lo, hi), rate: 2000 })) : [];
      return [...checked, ...extras];
    });
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    inv.visit = addDays(inv.date, -x.int(2, 20));
    inv.certificate = `Q4-${x.int(1000, 9999)}-${x.digits(4)}`;
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', 'Feuil1']), { pageSetup: PAGE_SETUP, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri']));
    sheet.columns = [{ width: 24 }, { width: 10 }, { width: 42 }, { width: 7 }, { width: 11 }, { width: 14 }];
    const me = supplierTexts(inv, x);
    me.forEach((t, k) => put(`A${k + 1}`, t, { bold: k === 0, size: k === 0 ? 13 : 9, color: k === 0 ? 'FFC62828' : undefined }));
    put(`A${me.length + 1}`, `Entreprise certifiée APSAD – certificat de conformité ${inv.certificate}`, { size: 8, italic: true });
    put('E1', x.pick(['FACTURE', 'Facture']), { bold: true, size: 16, color: 'FFC62828' });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'N°']), inv.number], ['Date', dateValue(inv.date)], ['Échéance', dateValue(inv.due)], ['Code client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`E${n + 3}`, k, { size: 9, align: 'right' });
      put(`F${n + 3}`, v, { bold: n === 0, size: 9, align: 'right', numFmt: n === 1 || n === 2 ? 'dd/mm/yyyy' : undefined });
    });
    let r = Math.max(me.length + 3, 9);
    const buyer = buyerTexts(inv, x);
    put(`D${r}`, x.pick(['Client', 'Facturé à', 'Adresse de facturation']), { size: 8, color: 'FF666666' });
    buyer.forEach((t, k) => put(`D${r + 1 + k}`, t, { bold: k === 0, size: 9.5 }));
    refPairs(inv, x).forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, k, { size: 9 });
      put(`B${r + 1 + n}`, v, { size: 9, bold: true });
    });
    r += buyer.length + 3;
    put(`A${r}`, `Vérification annuelle des moyens de secours (règle APSAD R4, norme NF S 61-919) réalisée le ${date(inv, inv.visit, 'slash')} – ${new Set(inv.lines.map((l) => l.building)).size} bâtiments`, { bold: true, size: 9.5 });
    r += 2;
    const head = r;
    ['Bâtiment', 'Code', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT'].forEach((t, c) => put(`${'ABCDEF'[c]}${head}`, t, { bold: true, border: true, fill: 'FFFFEBEE', align: 'center', size: 9 }));
    let previous = null;
    inv.lines.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.building === previous ? '' : l.building, { border: true, size: 8.5, bold: true });
      previous = l.building;
      put(`B${n}`, l.code, { border: true, size: 8.5 });
      put(`C${n}`, l.label, { border: true, size: 8.5, wrap: true });
      put(`D${n}`, l.qty, { border: true, size: 8.5, numFmt: '0' });
      put(`E${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: '#,##0.00' });
      put(`F${n}`, { formula: `D${n}*E${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const first = head + 1;
    const last = head + inv.lines.length;
    r = last + 2;
    const rows = [];
    if (inv.discount) {
      rows.push(['Total brut HT', { formula: `SUM(F${first}:F${last})`, result: euros(inv.grossHT) }]);
      rows.push([`Remise contractuelle ${inv.discountPct} %`, { formula: `-ROUND(F${r}*${inv.discountPct / 100},2)`, result: -euros(inv.discount) }]);
      rows.push(['Total HT', { formula: `F${r}+F${r + 1}`, result: euros(inv.ht) }]);
    } else rows.push(['Total HT', { formula: `SUM(F${first}:F${last})`, result: euros(inv.ht) }]);
    const htRow = r + rows.length - 1;
    rows.push([`TVA ${rate(2000)}`, { formula: `ROUND(F${htRow}*0.2,2)`, result: euros(inv.tva) }]);
    rows.push([x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC']), { formula: `F${htRow}+F${htRow + 1}`, result: euros(inv.ttc) }]);
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1;
      put(`E${r + n}`, k, { bold: strong, align: 'right', size: 9 });
      put(`F${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined, size: 9 });
    });
    r += rows.length + 1;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 3. Industrial laundry: a month of linen per site, pieces per week, prices per piece. ———
const SITES = ['Crèche municipale Les Lucioles', 'Multi-accueil Tarentaize', 'Crèche Beaubrun', 'Restaurant scolaire Jacquard', 'Piscine de la Cotonne', 'Centre de loisirs du Rond-Point'];
const ARTICLES = [['Drap plat', 320, 520], ['Housse de couette enfant', 450, 720], ['Bavoir', 140, 260], ['Serviette éponge', 280, 420], ['Gant de toilette', 90, 160], ['Blouse de travail', 950, 1450], ['Torchon', 150, 250], ['Tablier de cuisine', 380, 560]];
const blanchisserie = {
  name: 'z-blanchisserie-linge',
  family: 'laundry-pieces-per-week',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('z-blanchisserie-linge', i, { cityProb: 0.7, engagementProb: 0.6, trades: ['services'], numbers: ['compact', 'plain', 'ciel', 'hash'], engagementLabels: ['engagement', 'ej', 'engagementJuridique', 'commandeClient', 'vosReferencesBdc'], marketProb: 0.6, serviceProb: 0.7, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space'], lines: [2, 3], rcsProb: 0.5 });
    const x = extraRng(inv, 'laundry');
    renameSupplier(inv, x.pick(['Blanchisserie du Furan', 'Lavéo Services Linge', 'Blanchisserie Industrielle du Gier', 'Linge Net Forez']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '9601A';
    maybeRelabel(inv, x, 0.3);
    inv.month = monthBefore(inv.date);
    const prices = Object.fromEntries(ARTICLES.map(([name, lo, hi]) => [name, x.int(lo, hi)]));
    const first = x.int(0, SITES.length - 1);
    inv.lines = inv.lines.flatMap((_, k) => {
      const site = SITES[(first + k) % SITES.length];
      const start = x.int(0, ARTICLES.length - 1);
      return Array.from({ length: x.int(2, 4) }, (__, n) => {
        const [article] = ARTICLES[(start + n * 3) % ARTICLES.length];
        const weeks = Array.from({ length: 4 }, () => x.int(8, 160));
        const q = sum(weeks);
        return { site, label: article, weeks, qty: q, mills: prices[article], unit: prices[article] / 10, rate: 2000, total: millsTotal(q, prices[article]) };
      });
    });
    if (x.chance(0.5)) {
      const unit = x.int(120, 260) * 100;
      inv.lines.push({ site: null, label: 'Collecte et livraison (forfait mensuel)', weeks: null, qty: 1, mills: unit * 10, unit, rate: 2000, total: unit });
    }
    return recompute(inv);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const grid = 'grid';
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: euros(cents), type: 'money', ...extra });
    const refs = refPairs(inv, x);
    const buyer = buyerTexts(inv, x);
    const me = supplierTexts(inv, x);
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      me[k] ? { v: me[k], span: 4, b: k === 0, size: k === 0 ? 12 : 8.5 } : null, null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Facturé à']), span: 4, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 4, b: k === 1 } : null, null, null, null,
    ]);
    const head = { b: true, border: grid, shade: '#e0f2f1', align: 'center', size: 8.5 };
    const sites = [...new Set(inv.lines.map((l) => l.site))];
    const body = sites.flatMap((site) => [
      ...(site ? [[{ v: site, b: true, span: 8, border: grid, shade: '#f5f5f5' }, ...blank(7)]] : []),
      ...inv.lines.filter((l) => l.site === site).map((l) => (l.weeks
        ? [{ v: l.label, border: grid }, ...l.weeks.map((w) => ({ v: w, type: 'qty', border: grid })), { v: l.qty, type: 'qty', border: grid, b: true }, { v: mills3(l.mills), border: grid, align: 'right' }, cur(l.total, { border: grid })]
        : [{ v: l.label, border: grid, span: 5 }, ...blank(4), { v: l.qty, type: 'qty', border: grid }, { v: frNumber(l.mills / 1000, 2), border: grid, align: 'right' }, cur(l.total, { border: grid })])),
    ]);
    const due = dueRows(inv, { ht: 'Total HT', ttc: x.pick(['Total TTC', 'Net à payer']) });
    const rows = [
      ...top,
      blank(8),
      [{ v: `${x.pick(['FACTURE N°', 'Facture n°', 'FACTURE'])} ${inv.number}`, b: true, size: 13, span: 4 }, ...blank(3), { v: 'Date', align: 'right' }, { v: iso(inv.date), type: 'date', align: 'left', span: 2 }, null, null],
      [{ v: `Linge traité en ${monthName(inv.month)} – location-entretien et blanchissage`, span: 6, i: true }, ...blank(5), null, null],
      ...refs.map(([k, v]) => [{ v: k, span: 2 }, null, { v, b: true, span: 3 }, null, null, ...blank(3)]),
      blank(8),
      [{ v: 'Article', ...head }, { v: 'Sem. 1', ...head }, { v: 'Sem. 2', ...head }, { v: 'Sem. 3', ...head }, { v: 'Sem. 4', ...head }, { v: 'Pièces', ...head }, { v: 'P.U. HT', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(8),
      ...due.map(([k, v, strong]) => [...blank(5), { v: k, b: strong, span: 2, align: 'right' }, null, cur(v, { b: strong, border: strong ? 'top' : undefined })]),
      blank(8),
      [{ v: paymentText(inv), span: 8, size: 8 }, ...blank(7)],
      [{ v: `Échéance : ${date(inv, inv.due, 'slash')}. Linge manquant ou détérioré signalé sous 48 h.`, span: 8, size: 7.5 }, ...blank(7)],
      [{ v: legalLine(inv), span: 8, size: 6.8, wrap: true }, ...blank(7)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [52, 15, 15, 15, 15, 17, 19, 32], margins: [12, 10, 14, 10], rows };
  },
};

export default [arbitrage, extincteurs, blanchisserie];

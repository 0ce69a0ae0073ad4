// Blind-30 layouts written as office files (see ../../README.md): a work-integration company's Word invoice for the
// maintenance of river banks (selective clearing of the riverside trees reach by reach in linear metres at prices of
// three decimals, log jams removed, dying ash trees felled, Japanese knotweed pulled by the m², brash chipped on site;
// the treatment of the brash at a composting platform paid in the buyer's name and re-invoiced at cost outside VAT on
// half — `totalHT` includes it —; the insertion hours of the social clause and the water agency's grant printed for
// information, not deducted; the identity in a label-beside-value Word table with a site number of seven digits; the
// references in a table of their own or in a sentence; a 5 % retention of guarantee deducted on 2), and a cleaning
// company's Excel invoice for emptying litter bins and refilling dog-waste bag dispensers (sector by sector: bins ×
// rounds = emptyings as a formula, a price per emptying of three decimals, bench and bollard washing, vandalised bins
// replaced; the identity and the references in a key–value table whose long labels wrap; the service contract's seven
// digits; a contractual discount on some; one credit note for rounds not made during a strike).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { retain, splitOutside } from '../../lib/blind25.mjs';
import { greenBuyer, maybeRelabel30, mills, millsCents, seven30 } from '../../lib/blind30.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. River banks: a work-integration company's Word invoice, brash treatment re-invoiced outside VAT. ———
const RIVERS = ['Furan', 'Gier', 'Ondaine', 'Lignon', 'Vizézy', 'Janon', 'Cotatay', 'Mare'];
const BRIDGES = ['pont de la Terrasse', 'passerelle du Parc', 'seuil du moulin', 'pont de la RD 8', 'confluence', 'station de mesure', 'gué du Bourg', 'pont SNCF'];
const berges = {
  name: 'ab-berges-riviere',
  family: 'river-bank-maintenance-insertion-word-disbursement',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const debours = i % 2 === 1;
    const inv = makeInvoice('ab-berges-riviere', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['btp'], numbers: ['plain', 'ebp', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.55, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'river');
    renameSupplier(inv, x.pick(['Ondaine Environnement Insertion', 'Rivières et Chantiers Solidaires', 'Forez Nature Insertion', 'Gier Vert Emploi']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8130Z';
    greenBuyer(inv, x, 'rivers', 0.85);
    localReferences(inv, x);
    maybeRelabel30(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.site = seven30(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.hours = x.int(60, 420);
    inv.aid = `${inv.date.y - x.int(0, 1)}${x.digits(6)}`;
    const river = x.pick(RIVERS);
    const first = x.int(0, BRIDGES.length - 1);
    inv.reaches = Array.from({ length: x.int(1, 3) }, (_, k) => ({ river, name: `T${x.int(1, 12)}`, from: BRIDGES[(first + k) % BRIDGES.length], to: BRIDGES[(first + k + 3) % BRIDGES.length], bank: x.pick(['rive gauche', 'rive droite', 'les deux rives']), ml: x.int(3, 25) * 100 + x.pick([0, 50]) }));
    inv.lines = inv.reaches.map((r) => {
      const p = x.int(1800, 4500);
      return { label: `Entretien sélectif de la ripisylve – ${r.river}, tronçon ${r.name} (${r.from} → ${r.to}), ${r.bank}`, unitName: 'ml', qty: r.ml, qtyText: frNumber(r.ml), unitText: mills(p), total: millsCents(r.ml, p), rate: 2000 };
    });
    inv.lines.push({ label: 'Enlèvement d’embâcles et dégagement du lit mineur', unitName: 'u', qty: x.int(2, 12), unit: x.int(180, 650) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Abattage d’arbres dépérissants ou penchés sur le lit (frênes atteints de chalarose)', unitName: 'u', qty: x.int(1, 8), unit: x.int(120, 380) * 100, rate: 2000 });
    if (x.chance(0.45)) {
      const m2 = x.int(50, 600);
      inv.lines.push({ label: 'Arrachage manuel de la renouée du Japon, ensachage et export', unitName: 'm²', qty: m2, unit: x.int(4, 9) * 100, rate: 2000 });
    }
    inv.lines.push({ label: 'Broyage des rémanents sur place et régalage hors zone inondable', unitName: 'forfait', qty: 1, unit: x.int(250, 900) * 100, rate: 2000 });
    if (debours) {
      inv.ticket = seven30(x);
      inv.lines.push({ label: `Débours : traitement des rémanents à la plateforme de compostage, acquitté au nom et pour le compte du maître d’ouvrage (ticket n° ${inv.ticket})`, unitName: 'forfait', qty: 1, unit: x.int(40, 220) * 100 + x.int(0, 99), rate: 0 });
    }
    for (const l of inv.lines) {
      l.qtyText ??= frNumber(l.qty);
      l.unitText ??= plainMoney(inv, l.unit);
    }
    priceLines(inv, debours ? [2000, 0] : [2000]);
    if (i === 0 || i === 5) retain(inv, 5);
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’entretien des cours d’eau n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service rivières (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const caps = x.chance(0.4);
    const up = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const accent = x.pick(['1B5E20', '0D47A1', '004D40']);
    const me = supplierTexts(inv, x);
    const idRows = [
      [up('Facture n°'), { text: inv.number, bold: true, size: 11 }],
      [up('Date'), date(inv, inv.date)],
      [up('N° de chantier'), inv.site],
      [up('Période des travaux'), `${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')}`],
      [up('Échéance'), fmtDate(inv.due, 'slash')],
    ];
    const lines = inv.lines.map((l) => [l.label, l.unitName, l.qtyText, l.unitText, plainMoney(inv, l.total)]);
    const { outside, taxed } = splitOutside(inv);
    const totals = [];
    if (outside) totals.push(['Total prestations HT', money(inv, taxed)], ['Débours (hors champ de TVA)', money(inv, outside)]);
    totals.push(['Total HT', money(inv, inv.ht)], [outside ? `TVA 20 % sur ${plainMoney(inv, taxed)}` : 'TVA 20 %', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]);
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} %`, money(inv, -inv.retenue)]);
    totals.push([x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Times New Roman']), size: 9, margins: [14, 16, 20, 16],
      header: [para(me[0], { bold: true, size: 13, color: accent }), para('Entreprise d’insertion conventionnée par l’État – travaux en rivière et espaces naturels', { size: 7.4, italics: true }), para(me.slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([92, 88], [[{ paragraphs: [para(up('Destinataire'), { size: 7.4, color: '666666' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.4 }))] }, { paragraphs: [para(up('Facture'), { bold: true, size: 17, color: accent, align: 'right' })] }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([40, 52], idRows, { borders: GRID, size: 8.6, alignment: AlignmentType.RIGHT }),
        ...(shown.length ? [para(up('Références de la commande'), { bold: true, size: 8.4, before: 6, after: 1 }), wordTable([62, 56], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : entretien des berges et de la ripisylve – ${inv.period.name}.`, { bold: true, before: 6, after: 2 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 2 })] : []),
        wordTable([92, 14, 18, 22, 28], [{ cells: ['Désignation', 'Unité', 'Quantité', 'P.U. HT', 'Montant HT'], bold: true, shade: 'E3EDE3' }, ...lines], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'center', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([70, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.2 }),
        para(`Clause sociale : ${inv.hours} heures d’insertion réalisées sur la période par des salariés en parcours (pour information).`, { size: 7.6, italics: true, before: 4 }),
        para(`Opération aidée par l’Agence de l’eau Loire-Bretagne (décision d’aide n° ${inv.aid}) : aide versée au maître d’ouvrage, non déduite de la présente facture.`, { size: 7.6, italics: true }),
        ...(outside ? [para('Débours : sommes acquittées au nom et pour le compte du client, refacturées à l’euro près, hors champ de la TVA (art. 267 II-2° du CGI).', { size: 7.6, italics: true })] : []),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic} – référence ${inv.number}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(LATE_FEES, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Litter bins and dog-waste bag dispensers: an Excel template with a key–value table of wrapping labels. ———
const CITY_SECTORS = ['Centre-ville – hypercentre', 'Châteaucreux – Carnot', 'Bellevue – Solaure', 'Montreynaud', 'Jacquard – Crêt de Roc', 'Parcs et squares'];
const TOWN_SECTORS = ['Centre-ville', 'Quartier de la gare', 'Parcs et aires de jeux', 'Bords de rivière', 'Zones d’activités'];
const corbeilles = {
  name: 'ab-corbeilles-proprete',
  family: 'litter-bins-dog-bag-dispensers-excel-key-value',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const inv = makeInvoice('ab-corbeilles-proprete', i, { cityProb: 0.4, engagementProb: 0.85, trades: ['services'], numbers: credit ? ['avoir'] : ['plain', 'ciel', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.4, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 2], groups: ['space'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 1 : false });
    const x = extraRng(inv, 'bins');
    renameSupplier(inv, x.pick(['Propreté Urbaine Services', 'Net’Ville Loire', 'Clean’Cité Rhône-Alpes', 'Urbaclean 42']), 'SAS');
    inv.supplier.ape = '8129B';
    greenBuyer(inv, x, 'cleanliness', 0.85);
    localReferences(inv, x);
    maybeRelabel30(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract = seven30(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    const sectors = inv.buyer.city ? CITY_SECTORS : TOWN_SECTORS;
    const first = x.int(0, sectors.length - 1);
    const price = x.int(450, 950);
    inv.lines = Array.from({ length: credit ? 1 : x.int(2, 4) }, (_, k) => {
      const bins = x.int(40, 220);
      const rounds = credit ? x.int(2, 6) : x.pick([9, 13, 22, 26, 30]);
      return { kind: 'bins', label: `${credit ? 'Levées non réalisées (mouvement social) – ' : 'Vidage des corbeilles de propreté et remplacement des sacs – '}${sectors[(first + k) % sectors.length]}`, bins, rounds, qty: bins * rounds, unitP: price, total: millsCents(bins * rounds, price), rate: 2000 };
    });
    if (!credit) {
      const dispensers = x.int(10, 60);
      inv.lines.push({ kind: 'rolls', label: `Réassort des distributeurs de sacs à déjections canines (${dispensers} distributeurs) – rouleaux de 200 sacs`, qty: x.int(20, 200), unit: x.int(600, 1100), rate: 2000 });
      if (x.chance(0.6)) inv.lines.push({ kind: 'unit', label: 'Nettoyage haute pression du mobilier urbain (bancs, potelets, jardinières)', qty: x.int(20, 150), unit: x.int(400, 900), rate: 2000 });
      if (x.chance(0.5)) inv.lines.push({ kind: 'unit', label: 'Remplacement de corbeille 50 L vandalisée (fourniture et pose)', qty: x.int(1, 4), unit: x.int(140, 260) * 100, rate: 2000 });
    } else {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(5, 20)) };
    }
    return priceLines(inv, [2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT_MOIS']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Verdana']));
    sheet.columns = [{ width: 24 }, { width: 14 }, { width: 12 }, { width: 11 }, { width: 12 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 8.5, color: k === 0 ? 'FF1565C0' : undefined }));
    put('E1', inv.avoir ? 'AVOIR' : 'FACTURE', { bold: true, size: 18, color: 'FF1565C0', align: 'right' });
    sheet.mergeCells('E1:F1');
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => {
      put(`D${k + 3}`, text, { bold: k === 0, size: 9.5 });
      sheet.mergeCells(`D${k + 3}:F${k + 3}`);
    });
    let r = Math.max(me.length, buyer.length + 2) + 2;
    // The key–value table: long labels wrap in column A.
    const refs = refPairs(inv, x, { market: ['Numéro du marché public de propreté urbaine', 'Marché n°', 'Référence de l’accord-cadre'], service: ['Code du service destinataire (Chorus Pro)', 'Code service', 'Service exécutant (code)'] });
    const sentence = inv.engagement && x.chance(0.2) ? engagementSentence(inv, x) : null;
    const shown = (sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs).map(([k, v]) => (inv.engagement && k === inv.engagement.label ? [`${k} – à rappeler sur toute correspondance`, v] : [k, v]));
    const kv = [
      [inv.avoir ? 'Numéro de l’avoir' : x.pick(['Numéro de la facture', 'Facture numéro']), inv.number, true],
      ['Date d’émission', dateValue(inv.date), true],
      ['Période de prestation concernée', `${inv.period.name} (du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')})`],
      ['Numéro du contrat de prestation de service', inv.contract],
      ...(inv.avoir ? [['Facture rectifiée par le présent avoir', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['Date limite de paiement', dateValue(inv.due)]]),
      ...shown,
    ];
    kv.forEach(([k, v, strong], n) => {
      const row = r + n;
      put(`A${row}`, k, { size: 8, wrap: true, border: true, fill: 'FFE3F2FD' });
      put(`B${row}`, v, { size: strong ? 10 : 9, bold: Boolean(strong) || shown.some(([, sv]) => sv === v), border: true, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
      sheet.mergeCells(`B${row}:D${row}`);
      if (k.length > 28) sheet.getRow(row).height = k.length > 56 ? 34 : 24;
    });
    r += kv.length + 1;
    if (sentence) {
      put(`A${r}`, sentence, { italic: true, size: 8.5 });
      r += 2;
    }
    put(`A${r}`, inv.avoir ? `Avoir sur notre facture ${inv.origin.number} : levées non réalisées pendant le mouvement social.` : `Prestations de propreté urbaine – ${inv.period.name}`, { bold: true, size: 9.5 });
    r += 2;
    ['Désignation', 'Corbeilles', 'Passages', 'Quantité', 'P.U. HT', 'Montant HT'].forEach((text, k) => put(`${'ABCDEF'[k]}${r}`, text, { bold: true, border: true, fill: 'FFBBDEFB', align: k ? 'center' : undefined, size: 8.5 }));
    const sign = inv.avoir && inv.negative ? -1 : 1;
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.getRow(n).height = l.label.length > 34 ? (l.label.length > 68 ? (l.label.length > 102 ? 46 : 36) : 24) : 13;
      if (l.kind === 'bins') {
        put(`B${n}`, l.bins, { border: true, size: 8.5, numFmt: '0', align: 'center' });
        put(`C${n}`, sign * l.rounds, { border: true, size: 8.5, numFmt: '0', align: 'center' });
        put(`D${n}`, { formula: `B${n}*C${n}`, result: sign * l.qty }, { border: true, size: 8.5, numFmt: '#,##0', align: 'center' });
        put(`E${n}`, l.unitP / 1000, { border: true, size: 8.5, numFmt: '0.000 "€"' });
      } else {
        put(`B${n}`, '', { border: true });
        put(`C${n}`, '', { border: true });
        put(`D${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
        put(`E${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      }
      put(`F${n}`, sign * euros(l.total), { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', { formula: `SUM(F${first}:F${last})`, result: sign * euros(inv.grossHT) }], [`Remise contractuelle ${inv.discountPct} %`, -sign * euros(inv.discount)]);
    totals.push([inv.discount ? 'Total net HT' : 'Total HT', inv.discount ? sign * euros(inv.ht) : { formula: `SUM(F${first}:F${last})`, result: sign * euros(inv.ht) }]);
    totals.push([`TVA ${rate(2000)}`, sign * euros(inv.tva)], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', sign * euros(inv.ttc)]);
    if (!inv.avoir) totals.push([x.pick(['Montant dû', 'Net à payer']), sign * euros(inv.net)]);
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      sheet.mergeCells(`B${r + m}:E${r + m}`);
      put(`B${r + m}`, k, { bold: strong, size: 9.5, align: 'right' });
      put(`F${r + m}`, v, { bold: strong, size: 9.5, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, `Prix unitaire par levée : ${mills(inv.lines[0].unitP ?? 0)} € HT (bordereau des prix du contrat, révisable au 1er janvier).`, { size: 7.4, italic: true });
    put(`A${r + 1}`, inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : `${paymentText(inv)} – référence de paiement : ${inv.number}`, { size: 8.5 });
    put(`A${r + 2}`, inv.avoir ? 'Cet avoir ne donne lieu à aucun paiement.' : `Paiement à 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [berges, corbeilles];

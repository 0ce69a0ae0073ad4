// Blind-20 layouts written as office files (see ../../README.md): a Word invoice from an organ builder for a commune's
// church organ (the yearly maintenance visits and the tuning of the reeds under a maintenance contract, repairs — the
// bellows' leather, façade pipes per pipe, the blower —, a partial restoration on some with the deposit invoiced with
// the order deducted with its own number; the organ's protection as a historic monument with its Palissy reference,
// the stops and the humidity printed for information), and an Excel invoice from a medical-waste collector for a
// quarter (collections per site, containers supplied, incineration by the kilogram at a price with three decimals; the
// tracking slips with their weights printed for information; a contract discount on some; formulas with their cached
// results).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { millsTotal, mills3, refPairs } from '../../lib/blind8.mjs';
import { quarterName, quarterOf } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { communeBuyer, engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { deductPaid } from '../../lib/blind18.mjs';
import { maybeRelabel20 } from '../../lib/blind20.mjs';

// ——— 1. Organ builder: a church organ's maintenance, repairs and, on some, a partial restoration. ———
const ORGANS = [
  ['Grand orgue de l’église Saint-Roch', 'orgue Callinet, 1842', '3 claviers et pédalier, 38 jeux'],
  ['Orgue de l’église Notre-Dame', 'orgue Merklin, 1889', '2 claviers et pédalier, 24 jeux'],
  ['Orgue de chœur de l’église Saint-Pierre', 'orgue Puget, 1912', '2 claviers et pédalier, 14 jeux'],
  ['Orgue de la salle de concert du conservatoire', 'orgue néo-classique, 1968', '3 claviers et pédalier, 31 jeux'],
];
const STOPS = ['Montre 8', 'Bourdon 16', 'Prestant 4', 'Doublette 2', 'Fourniture IV', 'Cornet V', 'Trompette 8', 'Clairon 4', 'Hautbois 8', 'Voix céleste 8', 'Flûte harmonique 8', 'Soubasse 16', 'Bombarde 16'];
const orgues = {
  name: 's-facteur-orgues',
  family: 'organ-builder-church-organ',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('s-facteur-orgues', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'micro', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'commande'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'organ');
    renameSupplier(inv, x.pick(['Manufacture d’Orgues du Forez', 'Atelier Giroud Facteur d’Orgues', 'Orgues Bernard et Fils', 'Harmonie Facture d’Orgues']), x.pick(['SARL', 'SAS', 'SCOP SARL']));
    inv.supplier.ape = '3220Z';
    otherBuyer(inv, x, 0.5);
    communeBuyer(inv, x);
    localReferences(inv, x);
    maybeRelabel20(inv, x);
    [inv.organ, inv.maker, inv.size] = ORGANS[(i + x.int(0, 3)) % ORGANS.length];
    inv.palissy = x.chance(0.7) ? { ref: `PM42${x.digits(6)}`, listed: { y: x.int(1972, 2004), m: x.int(1, 12), d: x.int(1, 28) } } : null;
    inv.contract = `CE-ORG-${inv.date.y - x.int(1, 6)}-${x.digits(3)}`;
    inv.visits = [addDays(inv.date, -x.int(120, 200)), addDays(inv.date, -x.int(10, 60))];
    inv.humidity = [x.int(42, 72), x.int(42, 72)];
    inv.stops = STOPS.filter(() => x.chance(0.4)).slice(0, 6);
    inv.due = addDays(inv.date, 30);
    inv.restoration = i % 3 === 1;
    inv.lines = [{ label: `Entretien annuel (contrat ${inv.contract}) : visites des ${fmtDate(inv.visits[0], 'slash')} et ${fmtDate(inv.visits[1], 'slash')}, accord des jeux d’anches, contrôle de la transmission`, qty: 2, unit: x.int(380, 720) * 100, rate: 2000 }];
    if (x.chance(0.5)) inv.lines.push({ label: 'Accord général de l’instrument (tous les jeux)', qty: 1, unit: x.int(1200, 2600) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Réparation de tuyaux de façade en étain (redressage, ressoudure) – par tuyau', qty: x.int(2, 14), unit: x.int(60, 180) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Remplacement de la peausserie du réservoir principal (peau de mouton mégissée)', qty: 1, unit: x.int(900, 2400) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Révision du ventilateur électrique et remplacement des silentblocs', qty: 1, unit: x.int(280, 640) * 100, rate: 2000 });
    if (inv.restoration) inv.lines.push({ label: `Relevage partiel – tranche ${x.pick(['ferme', 'conditionnelle n° 1', 'conditionnelle n° 2'])} : démontage, nettoyage et réharmonisation des jeux ${inv.stops.slice(0, 3).join(', ') || 'Montre 8, Prestant 4'}`, qty: 1, unit: x.int(80, 240) * 10000, rate: 2000 });
    inv.lines.push({ label: 'Frais de déplacement de l’équipe (forfait)', qty: 1, unit: x.int(90, 240) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    inv.paid = inv.restoration && x.chance(0.75) ? deductPaid(inv, x, x.pick([20, 30]), addDays(inv.date, -x.int(90, 240))) : null;
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de restauration d’orgue n°', 'N° de marché'], service: ['Code service', 'Service', 'Service patrimoine (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const accent = x.pick(['5D4037', '1A237E', '37474F']);
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Numéro', 'Réf. facture']);
    const refsInBuyer = x.chance(0.4);
    const rows = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [x.pick(['Total TTC', 'Montant TTC']), money(inv, inv.ttc)]];
    if (inv.paid) totals.push([`Acompte à la commande – facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')}`, money(inv, -inv.paid.amount)], [x.pick(['Net à payer', 'Solde à régler']), money(inv, inv.net)]);
    const buyerParas = [...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9 })), ...(refsInBuyer ? shown.map(([k, v]) => para(`${k} : ${v}`, { size: 8.6, bold: true })) : [])];
    const idRows = [[numberLabel, { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)], ['Échéance', fmtDate(inv.due, 'slash')], ...(refsInBuyer ? [] : shown.map(([k, v]) => [k, { text: v, bold: true }]))];
    const info = [
      `Instrument : ${inv.maker} – ${inv.size}.`,
      inv.palissy ? `Objet classé au titre des monuments historiques le ${fmtDate(inv.palissy.listed, 'slash')} (base Palissy ${inv.palissy.ref}) – travaux sous le contrôle du technicien-conseil de la DRAC.` : 'Instrument non protégé au titre des monuments historiques.',
      `Hygrométrie relevée lors des visites : ${inv.humidity[0]} % et ${inv.humidity[1]} %.${inv.stops.length ? ` Jeux accordés : ${inv.stops.join(', ')}.` : ''}`,
    ];
    const doc = wordDocument({
      font: x.pick(['Garamond', 'Times New Roman', 'Georgia']), size: 9.5, margins: [18, 18, 20, 20],
      header: [para(`${s.name} – facture d’orgues, restauration, entretien, accord`, { size: 7.4, color: '888888', align: 'right' })],
      footer: [para(legalLine(inv), { size: 6.8, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([100, 74], [[{ paragraphs: [para(me[0], { bold: true, size: 15, color: accent }), ...me.slice(1).map((t) => para(t, { size: 8.2 }))] }, { paragraphs: [para('', { after: 10 }), ...buyerParas] }]], { borders: NO_BORDERS }),
        para('FACTURE', { bold: true, size: 17, color: accent, before: 10, after: 4 }),
        wordTable([44, 56], idRows, { borders: ROWS, size: 8.8 }),
        para(`Objet : ${inv.organ}${inv.restoration ? ' – entretien et relevage partiel' : ' – entretien et réparations'}.`, { bold: true, before: 6, after: 3 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.8, after: 3 })] : []),
        wordTable([110, 14, 24, 28], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], bold: true, shade: 'EFEBE9' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right'], size: 8.2 }),
        para('', { after: 3 }),
        wordTable([70, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 || (n === 2 && !inv.paid) })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para('Informations sur l’instrument (sans incidence sur le montant)', { bold: true, size: 8, before: 6 }),
        ...info.map((t) => para(t, { size: 7.8, color: '444444' })),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 5 }),
        para(`Conditions de règlement : 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Medical-waste collection (DASRI): a quarter of collections across the public body's health sites. ———
const SITES = ['Centre municipal de santé', 'Centre de vaccination', 'Service de santé scolaire', 'Crèche Les Lutins', 'Police municipale (seringues trouvées)', 'Infirmerie du Palais des sports', 'Résidence autonomie Les Tilleuls'];
const CONTAINERS = [['Boîte à aiguilles 1,8 L (NF X 30-500)', 180, 320], ['Fût carton avec sac 50 L', 450, 780], ['Jerrican plastique 30 L', 520, 890], ['Boîte à aiguilles 4 L', 260, 420]];
const dasri = {
  name: 's-dasri-collecte',
  family: 'medical-waste-collection-quarter',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('s-dasri-collecte', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['ebp', 'compact', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'commande'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 4], groups: ['space'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'dasri');
    renameSupplier(inv, x.pick(['Collecte Santé Environnement', 'DASRI Services Loire', 'Bio-Déchets Médicaux Rhône-Alpes', 'Hygie Collecte']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '3812Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel20(inv, x);
    const q = quarterOf(addDays(inv.date, -x.int(20, 80)));
    redate(inv, addDays(q.to, x.int(3, 18)));
    inv.quarter = quarterOf(addDays(inv.date, -25));
    inv.due = addDays(inv.date, 30);
    const first = x.int(0, SITES.length - 1);
    inv.sites = Array.from({ length: x.int(2, 5) }, (_, k) => ({ name: SITES[(first + k) % SITES.length], passes: x.pick([3, 6, 6, 12, 13]) }));
    const perPass = x.int(18, 34) * 100;
    inv.lines = inv.sites.map((site) => ({ label: `Collecte – ${site.name} (${site.passes} passages)`, qty: site.passes, unit: perPass, rate: 2000 }));
    for (const [label, lo, hi] of CONTAINERS) if (x.chance(0.5)) inv.lines.push({ label: `Fourniture : ${label}`, qty: x.int(6, 80), unit: x.int(lo, hi), rate: 2000 });
    inv.slips = [];
    let kg = 0;
    for (const site of inv.sites) {
      const w = x.int(8, 140);
      kg += w;
      inv.slips.push({ day: addDays(inv.quarter.from, x.int(3, 85)), site: site.name, slip: `BSD-${inv.quarter.y}-${x.digits(6)}`, kg: w });
    }
    inv.slips.sort((a, b) => a.day.m - b.day.m || a.day.d - b.day.d);
    inv.kg = kg;
    inv.mills = x.int(780, 1450);
    inv.lines.push({ label: 'Traitement par incinération avec récupération d’énergie (poids pesé)', qty: kg, unit: inv.mills / 10, total: millsTotal(kg, inv.mills), rate: 2000, kg: true });
    if (x.chance(0.4)) inv.lines.push({ label: 'Collecte supplémentaire sur appel (hors planning)', qty: x.int(1, 3), unit: x.int(45, 80) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', `T${inv.quarter.q}-${inv.quarter.y}`]), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Tahoma']));
    sheet.columns = [{ width: 13 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 12 }, { width: 13 }, { width: 8 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF00695C' : undefined }));
    put(`A${me.length + 1}`, 'Collecte et traitement des déchets d’activités de soins à risques infectieux (DASRI) – agréé ADR', { italic: true, size: 8 });
    put('F1', 'FACTURE', { bold: true, size: 16 });
    const numberLabel = x.pick(['N° facture', 'Facture n°', 'Numéro', 'N° de pièce']);
    const meta = [[numberLabel, inv.number], [x.pick(['Date', 'Date facture', 'Date d’émission']), dateValue(inv.date)], ['Période', quarterName(inv.quarter)], ['Code client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`F${n + 3}`, k, { size: 9 });
      put(`G${n + 3}`, v, { bold: n === 0, size: 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    let r = Math.max(me.length + 3, 9);
    const buyer = buyerTexts(inv, x);
    put(`F${r}`, x.pick(['Client', 'Producteur des déchets', 'Adresse de facturation']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`F${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché DASRI n°'], service: ['Code service', 'Service', 'Service santé (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    if (shown.length) put(`A${r}`, x.pick(['Vos références', 'Références']), { bold: true, size: 8.5 });
    shown.forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, k, { size: 9 });
      put(`C${r + 1 + n}`, v, { size: 9, bold: true });
    });
    r += Math.max(buyer.length, shown.length) + 2;
    put(`A${r}`, `Collecte des DASRI – ${quarterName(inv.quarter)}`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    put(`A${r}`, 'Désignation', { bold: true, border: true, fill: 'FFE0F2F1', size: 8.5 });
    sheet.mergeCells(`A${r}:D${r}`);
    ['Quantité', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'EFGH'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE0F2F1', align: 'center', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.mergeCells(`A${n}:D${n}`);
      put(`E${n}`, l.kg ? `${frNumber(l.qty)} kg` : l.qty, { border: true, size: 8.5, numFmt: l.kg ? undefined : '0', align: 'center' });
      put(`F${n}`, l.kg ? `${mills3(inv.mills)} €/kg` : euros(l.unit), { border: true, size: 8.5, numFmt: l.kg ? undefined : EUR_FORMAT, align: l.kg ? 'right' : undefined });
      put(`G${n}`, '20 %', { border: true, size: 8.5, align: 'center' });
      put(`H${n}`, l.kg ? euros(l.total) : { formula: `E${n}*F${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.discount) {
      totals.push(['Total brut HT', { formula: `SUM(H${first}:H${last})`, result: euros(inv.grossHT) }]);
      totals.push([`Remise contrat ${inv.discountPct} %`, { formula: `-ROUND(H${r}*${inv.discountPct / 100},2)`, result: -euros(inv.discount) }]);
      totals.push([x.pick(['Total HT', 'Net HT']), { formula: `H${r}+H${r + 1}`, result: euros(inv.ht) }]);
    } else totals.push([x.pick(['Total HT', 'Montant HT']), { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }]);
    const htRow = r + totals.length - 1;
    totals.push([x.pick(['TVA 20 %', 'T.V.A. 20%']), { formula: `ROUND(H${htRow}*0.2,2)`, result: euros(inv.tva) }]);
    totals.push([x.pick(['Total TTC', 'Net à payer', 'TOTAL TTC']), { formula: `H${htRow}+H${htRow + 1}`, result: euros(inv.ttc) }]);
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      put(`E${r + m}`, k, { bold: strong, size: 9.5 });
      put(`H${r + m}`, v, { bold: strong, size: 9.5, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, 'Bordereaux de suivi (BSDASRI) du trimestre – pour information', { bold: true, size: 8.5 });
    r += 1;
    ['Date', 'Bordereau', 'Site', '', 'Poids'].forEach((text, k) => text && put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, size: 7.5, align: 'center', fill: 'FFF5F5F5' }));
    sheet.mergeCells(`C${r}:D${r}`);
    inv.slips.forEach((c, k) => {
      const n = r + 1 + k;
      put(`A${n}`, dateValue(c.day), { border: true, size: 7.5, numFmt: 'dd/mm/yy', align: 'center' });
      put(`B${n}`, c.slip, { border: true, size: 7.5, align: 'center' });
      put(`C${n}`, c.site, { border: true, size: 7.5 });
      sheet.mergeCells(`C${n}:D${n}`);
      put(`E${n}`, `${frNumber(c.kg)} kg`, { border: true, size: 7.5, align: 'right' });
    });
    r += inv.slips.length + 2;
    put(`A${r++}`, `Poids total pesé au centre de traitement : ${frNumber(inv.kg)} kg. Récépissé de déclaration de transport de déchets n° ${x.int(40, 99)}-${x.digits(4)}.`, { italic: true, size: 7.5 });
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Paiement à 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [orgues, dasri];

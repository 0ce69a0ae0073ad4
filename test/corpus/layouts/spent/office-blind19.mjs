// Blind-19 layouts written as office files (see ../../README.md): a Word invoice from a riding centre for the
// sessions of a public body's leisure centre (the use of the ponies and facilities at 5,5 %, the instructor's
// teaching, pony rides at a fête and the horse van at 20 %, a VAT summary by rate; the sessions' dates and the
// group printed; on 2 of 8 a sole trader under the VAT franchise of art. 293 B: `totalTVA` 0.00 and HT = TTC), and an
// Excel invoice from a confidential-document shredding company (secure consoles emptied per site, archives destroyed
// by the kilogram at a price with three decimals, bins rented by the month, handling hours; each collection's
// certificate of destruction and weight, and the archives service's disposal slip, printed for information).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { millsTotal, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth, soleTraderLegalLine } from '../../lib/blind16.mjs';
import { franchise, maybeRelabel19 } from '../../lib/blind19.mjs';

// ——— 1. Riding centre: the leisure centre's pony sessions. ———
const GROUPS = ['ALSH Les Écureuils', 'Accueil de loisirs du Soleil', 'Centre de loisirs Jean Moulin', 'Accueil périscolaire de la Cotonne', 'Séjour ados – service jeunesse'];
const PERIODS = [['vacances d’hiver', 2], ['vacances de printemps', 4], ['mercredis de mai et juin', 6], ['vacances d’été (juillet)', 7], ['vacances de la Toussaint', 10]];
const PEOPLE = ['Claire Vial', 'Marc Chapuis', 'Aline Roche', 'Jérôme Besson'];
const weekdayOf = (d) => new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
const equestre = {
  name: 'h-centre-equestre',
  family: 'riding-centre-leisure-sessions-multirate',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('h-centre-equestre', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['micro', 'plain', 'carnet'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.25, serviceProb: 0.55, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.4 });
    const x = extraRng(inv, 'riding');
    const exempt = i % 4 === 1;
    renameSupplier(inv, x.pick(['Centre Équestre des Crêts', 'Poney Club du Pilat', 'Écuries de la Roche', 'Ferme Équestre du Lignon']), exempt ? 'EI' : x.pick(['SARL', 'EARL', 'SCEA']));
    inv.supplier.ape = '9319Z';
    if (exempt) franchise(inv, PEOPLE[i % PEOPLE.length]);
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel19(inv, x);
    const [periodName, month] = PERIODS[(i + x.int(0, 4)) % PERIODS.length];
    inv.period = periodName;
    const start = { y: inv.date.y, m: month, d: x.int(2, 14) };
    const sessions = x.int(3, 8);
    const weekly = /mercredis/.test(periodName);
    // Wednesdays of a term, or the weekdays of a holiday week (no session at weekends).
    inv.sessions = [];
    for (let d = weekly ? addDays(start, (10 - weekdayOf(start)) % 7) : start; inv.sessions.length < sessions; d = addDays(d, weekly ? 7 : 1)) if (weekly || ![0, 6].includes(weekdayOf(d))) inv.sessions.push(d);
    redate(inv, addDays(inv.sessions[sessions - 1], x.int(3, 15)));
    inv.due = addDays(inv.date, 30);
    inv.group = x.pick(GROUPS);
    inv.children = x.int(8, 16);
    inv.ffe = `${x.int(4201, 4299)}${x.digits(3)}`;
    const low = exempt ? 0 : 550;
    const high = exempt ? 0 : 2000;
    inv.lines = [
      { label: `Utilisation des poneys et des installations équestres – séance d’1 h 30 (${inv.children} enfants × ${sessions} séances)`, qty: inv.children * sessions, unit: x.int(9, 16) * 100, rate: low },
      { label: 'Enseignement et encadrement par moniteur diplômé d’État (par séance)', qty: sessions, unit: x.int(45, 75) * 100, rate: high },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: `Baptêmes poney – ${x.pick(['fête de quartier', 'fête des écoles', 'forum des associations'])} (demi-journée, 3 poneys et 2 accompagnateurs)`, qty: 1, unit: x.int(280, 520) * 100, rate: high });
    if (x.chance(0.4)) inv.lines.push({ label: 'Transport des poneys en van (aller-retour)', qty: 1, unit: x.int(60, 140) * 100, rate: high });
    if (x.chance(0.4)) inv.lines.push({ label: 'Passage du Galop poney 1 (licence fédérale non comprise) – par enfant', qty: x.int(3, inv.children), unit: x.int(8, 15) * 100, rate: low });
    return priceLines(inv, exempt ? [0] : [550, 2000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’activités de loisirs n°', 'N° de marché'], service: ['Code service', 'Service', 'Service enfance (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const accent = x.pick(['8D6E63', '1565C0', '558B2F']);
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Numéro', 'Réf.']);
    const dateText = x.pick([`Date : ${date(inv, inv.date)}`, `Le ${date(inv, inv.date)}`, `Facturé le ${date(inv, inv.date)}`]);
    const head = ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'];
    const rows = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), inv.vatExempt ? '–' : rate(l.rate), plainMoney(inv, l.total)]);
    const totals = inv.vatExempt
      ? [[x.pick(['Total', 'Montant total', 'Total HT']), money(inv, inv.ht)], ['TVA', 'non applicable'], [x.pick(['Net à payer', 'Total à payer']), money(inv, inv.net)]]
      : [[x.pick(['Total HT', 'Montant HT']), money(inv, inv.ht)], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, money(inv, v.amount)]), [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), money(inv, inv.ttc)]];
    const vatTable = inv.vatExempt ? [] : [para('Récapitulatif de la TVA', { size: 7.8, bold: true, before: 4 }), wordTable([22, 30, 30], [{ cells: ['Taux', 'Base HT', 'Montant TVA'], bold: true, shade: 'EEEEEE' }, ...inv.vat.map((v) => [rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)])], { borders: GRID, align: ['left', 'right', 'right'], size: 7.8 })];
    const idRows = [[numberLabel, { text: inv.number, bold: true }], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Century Gothic']), size: 9, margins: [16, 16, 20, 18],
      header: [para(`${s.name} – affilié FFE n° ${inv.ffe}`, { size: 7.4, color: '888888', align: 'right' })],
      footer: [para(inv.vatExempt ? soleTraderLegalLine(inv, s.person) : legalLine(inv), { size: 6.8, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([100, 74], [[{ paragraphs: [para(me[0], { bold: true, size: 15, color: accent }), para(inv.vatExempt ? `${s.person} – enseignement de l’équitation, poney-club` : 'Centre équestre et poney-club – enseignement, animations, pension', { size: 7.6, italics: true }), ...me.slice(1).map((t) => para(t, { size: 8.2 }))] }, { paragraphs: [para('FACTURE', { bold: true, size: 18, color: accent, align: 'right' }), para(dateText, { align: 'right', size: 9 }), para('', { after: 4 }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9 }))] }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        wordTable([40, 50], idRows, { borders: ROWS, size: 8.8 }),
        para(`Objet : séances d’équitation – ${inv.group} – ${inv.period} ${inv.date.y}.`, { bold: true, before: 6 }),
        para(`Séances des ${inv.sessions.map((d) => fmtDate(d, 'slash').slice(0, 5)).join(', ')} – groupe de ${inv.children} enfants encadré par deux animateurs du centre de loisirs.`, { size: 8.4, after: 3 }),
        ...(sentence ? [para(sentence, { size: 8.6, italics: true, after: 3 })] : []),
        wordTable([92, 14, 22, 14, 30], [{ cells: head, bold: true, shade: 'F3EDE9' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 3 }),
        wordTable([56, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        ...vatTable,
        para(inv.vatExempt ? 'TVA non applicable, art. 293 B du CGI.' : 'TVA à 5,5 % sur le droit d’utilisation des équidés et des installations (art. 278-0 bis du CGI) ; 20 % sur l’enseignement et les autres prestations.', { size: 7.4, before: 4, color: '555555' }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 5 }),
        para(`Paiement à 30 jours (le ${fmtDate(inv.due, 'slash')} au plus tard). ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Confidential shredding: consoles emptied per site, archives by the kilogram, certificates of destruction. ———
const SITES = ['Hôtel de Ville', 'Centre administratif', 'CCAS – accueil', 'Centre technique municipal', 'Police municipale', 'Direction des ressources humaines'];
const archives = {
  name: 'h-destruction-archives',
  family: 'confidential-shredding-certificates',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('h-destruction-archives', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['compact', 'plain', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'commande'], marketProb: 0.4, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'shred');
    renameSupplier(inv, x.pick(['Confidentiel Recyclage Services', 'Papiers Sécurisés du Forez', 'Destruction Archives Loire', 'Broyage Sûr Rhône-Alpes']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '3832Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel19(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 6) });
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, 30);
    const first = x.int(0, SITES.length - 1);
    inv.sites = Array.from({ length: x.int(2, 4) }, (_, k) => ({ name: SITES[(first + k) % SITES.length], consoles: x.int(2, 9), passes: x.pick([1, 2, 2, 4]) }));
    const perConsole = x.int(14, 26) * 100;
    inv.lines = inv.sites.map((site) => ({ label: `Vidage de consoles sécurisées 240 L – ${site.name} (${site.consoles} consoles × ${site.passes} passage${site.passes > 1 ? 's' : ''})`, qty: site.consoles * site.passes, unit: perConsole, rate: 2000 }));
    inv.collections = [];
    let cert = x.int(1000, 8000);
    let day = addDays(inv.month.from, x.int(1, 5));
    for (const site of inv.sites) {
      inv.collections.push({ day, site: site.name, cert: `CD-${inv.month.from.y}-${String(cert++).padStart(5, '0')}`, kg: site.consoles * x.int(35, 70) });
      day = addDays(day, x.int(2, 7));
    }
    inv.bulk = x.chance(0.6) ? { kg: x.int(300, 4200), mills: x.int(150, 290), slip: `BE-${inv.month.from.y}-${String(x.int(3, 60)).padStart(3, '0')}`, visa: addDays(inv.month.from, -x.int(10, 40)) } : null;
    if (inv.bulk) {
      inv.lines.push({ label: `Destruction d’archives en vrac avec certificat (bordereau d’élimination ${inv.bulk.slip})`, qty: inv.bulk.kg, unit: inv.bulk.mills / 10, total: millsTotal(inv.bulk.kg, inv.bulk.mills), rate: 2000, kg: true });
      inv.collections.push({ day: addDays(day, 1), site: 'Archives municipales (enlèvement en vrac)', cert: `CD-${inv.month.from.y}-${String(cert).padStart(5, '0')}`, kg: inv.bulk.kg });
    }
    if (x.chance(0.5)) inv.lines.push({ label: 'Location de bacs roulants sécurisés 400 L (par bac et par mois)', qty: x.int(2, 8), unit: x.int(9, 16) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Manutention par agent (descente des archives, heure)', qty: x.int(1, 6), unit: x.int(32, 42) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', `${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y}`]), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Verdana']));
    sheet.columns = [{ width: 13 }, { width: 14 }, { width: 16 }, { width: 14 }, { width: 12 }, { width: 13 }, { width: 8 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF37474F' : undefined }));
    put(`A${me.length + 1}`, 'Destruction sécurisée de documents confidentiels – certifiée NF EN 15713', { italic: true, size: 8 });
    put('F1', 'FACTURE', { bold: true, size: 16 });
    const numberLabel = x.pick(['N° facture', 'Facture n°', 'Numéro', 'N° de pièce']);
    const meta = [[numberLabel, inv.number], [x.pick(['Date', 'Date facture', 'Date d’émission']), dateValue(inv.date)], ['Période', inv.month.name], ['Code client', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`F${n + 3}`, k, { size: 9 });
      put(`G${n + 3}`, v, { bold: n === 0, size: 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    let r = Math.max(me.length + 3, 9);
    const buyer = buyerTexts(inv, x);
    put(`F${r}`, x.pick(['Client', 'Facturé à', 'Adresse de facturation']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`F${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'N° de marché'], service: ['Code service', 'Service', 'Service destinataire (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    if (shown.length) put(`A${r}`, x.pick(['Vos références', 'Références']), { bold: true, size: 8.5 });
    shown.forEach(([k, v], n) => put(`A${r + 1 + n}`, `${k} : ${v}`, { size: 9 }));
    r += Math.max(buyer.length, shown.length) + 2;
    put(`A${r}`, `Prestations de destruction de documents – ${inv.month.name}`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    put(`A${r}`, 'Désignation', { bold: true, border: true, fill: 'FFECEFF1', size: 8.5 });
    sheet.mergeCells(`A${r}:D${r}`);
    ['Quantité', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'EFGH'[k]}${r}`, text, { bold: true, border: true, fill: 'FFECEFF1', align: 'center', size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      sheet.mergeCells(`A${n}:D${n}`);
      if (l.label.length > 80) sheet.getRow(n).height = 24;
      put(`E${n}`, l.kg ? `${frNumber(l.qty)} kg` : l.qty, { border: true, size: 8.5, numFmt: l.kg ? undefined : '0', align: 'center' });
      put(`F${n}`, l.kg ? l.unit / 100 : euros(l.unit), { border: true, size: 8.5, numFmt: l.kg ? '0.000 "€/kg"' : EUR_FORMAT });
      put(`G${n}`, '20 %', { border: true, size: 8.5, align: 'center' });
      put(`H${n}`, l.kg ? euros(l.total) : { formula: `E${n}*F${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [[x.pick(['Total HT', 'Montant HT']), { formula: `SUM(H${first}:H${last})`, result: euros(inv.ht) }], [x.pick(['TVA 20 %', 'T.V.A. 20%']), { formula: `ROUND(H${r}*0.2,2)`, result: euros(inv.tva) }], [x.pick(['Total TTC', 'Net à payer', 'TOTAL TTC']), { formula: `H${r}+H${r + 1}`, result: euros(inv.ttc) }]];
    totals.forEach(([k, v], m) => {
      put(`F${r + m}`, k, { bold: m === 2, size: 9.5, align: 'right' });
      put(`H${r + m}`, v, { bold: m === 2, size: 9.5, numFmt: EUR_FORMAT, border: m === 2 ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, 'Enlèvements du mois et certificats de destruction (pour information)', { bold: true, size: 8.5 });
    r += 1;
    ['Date', 'Certificat', 'Site', '', 'Poids'].forEach((text, k) => text && put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, size: 7.5, align: 'center', fill: 'FFF5F5F5' }));
    sheet.mergeCells(`C${r}:D${r}`);
    inv.collections.forEach((c, k) => {
      const n = r + 1 + k;
      put(`A${n}`, dateValue(c.day), { border: true, size: 7.5, numFmt: 'dd/mm/yy', align: 'center' });
      put(`B${n}`, c.cert, { border: true, size: 7.5, align: 'center' });
      put(`C${n}`, c.site, { border: true, size: 7.5 });
      sheet.mergeCells(`C${n}:D${n}`);
      put(`E${n}`, `${frNumber(c.kg)} kg`, { border: true, size: 7.5, align: 'right' });
    });
    r += inv.collections.length + 2;
    if (inv.bulk) put(`A${r++}`, `Élimination autorisée par le visa du directeur des archives départementales du ${fmtDate(inv.bulk.visa, 'slash')} sur le bordereau ${inv.bulk.slip}.`, { italic: true, size: 7.5 });
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Paiement à 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [equestre, archives];

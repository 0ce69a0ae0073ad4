// Blind-22 layouts written as office files (see ../../README.md): a school photographer's Word invoice for the class
// photographs a commune or its school fund offers the pupils (a section per school, one row per class with its teacher
// and pupils: the shooting per class and one print per pupil, the school's digital yearbook; the families' sales of
// portraits and the commission paid back to the school cooperative printed for information, not invoiced; a loyalty
// discount on some; on 2 of 8 a photographer under the VAT franchise of art. 293 B), and a youth sports association's
// Excel invoice of coaching (PE lessons in the schools by the hour, the municipal sports school's Wednesday sessions,
// a holiday multisport camp by the day, travel by the kilometre; the coaches with their professional card numbers and
// the sessions' dates printed for information; exempt from VAT as an association on 6 of 8, a coaching company at 20 %
// on 2; the first term's instalment deducted with its own number and date on some; formulas with their cached results).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { associationLegalLine, soleTraderLegalLine } from '../../lib/blind16.mjs';
import { deductPaid } from '../../lib/blind18.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { asAssociation } from '../../lib/blind20.mjs';
import { maybeRelabel22, notInFuture, socialBuyer, wednesdays } from '../../lib/blind22.mjs';

// ——— 1. Class photographs offered to the pupils: a section per school, a row per class. ———
const SCHOOLS = ['École élémentaire Jules Ferry', 'École maternelle Les Tilleuls', 'Groupe scolaire Paul Bert', 'École primaire du Bourg', 'École élémentaire Jean Moulin', 'École maternelle Le Soleil'];
const CLASSES = { maternelle: ['PS', 'MS', 'GS', 'PS-MS', 'MS-GS'], elementaire: ['CP', 'CE1', 'CE2', 'CM1', 'CM2', 'CE2-CM1', 'ULIS'], primaire: ['PS-MS', 'GS-CP', 'CE1', 'CE2', 'CM1-CM2', 'CM2'] };
const levelOf = (school) => (/maternelle/.test(school) ? 'maternelle' : /élémentaire/.test(school) ? 'elementaire' : 'primaire');
const TEACHERS = ['Mme Perrin', 'M. Chapuis', 'Mme Faure', 'Mme Vial', 'M. Besson', 'Mme Roux', 'M. Giraud', 'Mme Lachal', 'Mme Benali', 'M. Durand'];
const PHOTOGRAPHERS = ['Aurélie Mounier', 'Jérôme Fayolle', 'Céline Tardy', 'Bastien Royer'];
const photo = {
  name: 'c-photo-scolaire',
  family: 'school-class-photographs-word-template',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const exempt = i % 4 === 1;
    const inv = makeInvoice('c-photo-scolaire', i, { cityProb: 0.35, engagementProb: 0.65, trades: ['services'], numbers: exempt ? ['micro'] : ['plain', 'compact', 'pennylane'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'bcShort'], marketProb: exempt ? 0 : 0.3, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], discountPct: exempt ? [0] : [0, 0, 5], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'photo');
    if (exempt) {
      const person = PHOTOGRAPHERS[i % PHOTOGRAPHERS.length];
      renameSupplier(inv, `${person} Photographie`, 'EI');
      franchise(inv, person);
    } else renameSupplier(inv, x.pick(['Studio Objectif Classe', 'Photo Scolaire du Forez', 'Clic Écoles Rhône-Loire', 'Studio Portrait des Monts']), x.pick(['SARL', 'SAS', 'EURL']));
    inv.supplier.ape = '7420Z';
    socialBuyer(inv, x, 'schools', 1);
    localReferences(inv, x);
    maybeRelabel22(inv, x);
    redate(inv, { y: inv.date.y, m: x.pick([10, 11, 11, 12, 1, 2]), d: x.int(2, 27) });
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.shoot = addDays(inv.date, -x.int(20, 45));
    const rate0 = exempt ? 0 : 2000;
    const perClass = x.int(25, 45) * 100;
    const perPrint = x.int(180, 320);
    const first = x.int(0, SCHOOLS.length - 1);
    inv.schools = Array.from({ length: x.int(1, 3) }, (_, k) => {
      const name = SCHOOLS[(first + k) % SCHOOLS.length];
      const levels = CLASSES[levelOf(name)];
      const start = x.int(0, levels.length - 1);
      const classes = Array.from({ length: x.int(2, Math.min(5, levels.length)) }, (_, n) => ({ name: levels[(start + n) % levels.length], teacher: TEACHERS[(start + n * 3 + k) % TEACHERS.length], pupils: x.int(18, 29) }));
      const pupils = classes.reduce((s, c) => s + c.pupils, 0);
      const lines = classes.flatMap((c) => [
        { label: `Classe de ${c.name} – ${c.teacher} : prise de vue de groupe et retouche (forfait par classe)`, qty: 1, unit: perClass, rate: rate0 },
        { label: `Classe de ${c.name} : tirage 18 × 24 sous pochette cartonnée, un par élève`, qty: c.pupils, unit: perPrint, rate: rate0 },
      ]);
      if (x.chance(0.5)) lines.push({ label: 'Trombinoscope numérique de l’école (fichier haute définition)', qty: 1, unit: x.int(40, 90) * 100, rate: rate0 });
      return { name, classes, pupils, lines };
    });
    inv.lines = inv.schools.flatMap((s) => s.lines);
    if (x.chance(0.5)) inv.lines.push({ label: 'Déplacement et installation du studio mobile (fond, éclairage)', qty: inv.schools.length, unit: x.int(30, 60) * 100, rate: rate0, common: true });
    priceLines(inv, [rate0]);
    const sales = x.int(60, 240) * 1000 + x.int(0, 99) * 10;
    inv.sales = { amount: sales, commission: Math.round(sales * 0.15), pct: 15 };
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché photo scolaire n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service des écoles (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['E65100', '6A1B9A', '00695C']);
    const me = supplierTexts(inv, x);
    const numberLabel = x.pick(['Facture n°', 'FACTURE N°', 'N° de facture']);
    const head = ['Désignation', 'Qté', 'P.U. HT', 'Total HT'];
    const sections = inv.schools.flatMap((school) => [
      para(`${school.name} – ${school.classes.length} classes, ${school.pupils} élèves`, { bold: true, size: 9, before: 5, after: 2, color: accent }),
      wordTable([112, 14, 24, 26], [{ cells: head, bold: true, shade: 'F2F2F2' }, ...school.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)])], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right'], size: 8 }),
    ]);
    const common = inv.lines.filter((l) => l.common);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise fidélité ${inv.discountPct} %`, money(inv, -inv.discount)]);
    if (inv.vatExempt) totals.push([x.pick(['Total', 'Montant total']), money(inv, inv.ht)], ['TVA', 'non applicable'], [x.pick(['Net à payer', 'Total à payer']), money(inv, inv.net)]);
    else totals.push([inv.discount ? 'Total net HT' : 'Total HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)], [x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC']), money(inv, inv.ttc)]);
    const idRows = [[numberLabel, { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture', 'Fait le']), date(inv, inv.date)], ['Prise de vue', `le ${fmtDate(inv.shoot, 'long')}`], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Century Gothic', 'Arial']), size: 9, margins: [16, 16, 20, 16],
      footer: [para(inv.vatExempt ? soleTraderLegalLine(inv, s.person) : legalLine(inv), { size: 6.6, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([100, 80], [[{ paragraphs: [para(me[0], { bold: true, size: 15, color: accent }), para(inv.vatExempt ? `${s.person} – photographe scolaire` : 'Photographie scolaire – portraits – photos de classe', { size: 7.6, italics: true }), ...me.slice(1).map((t) => para(t, { size: 8 }))] }, { paragraphs: [para('FACTURE', { bold: true, size: 20, align: 'right', color: accent }), para('', { after: 8 }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9, align: 'right' }))] }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        wordTable([44, 60], idRows, { borders: ROWS, size: 8.8 }),
        para(`Objet : photographies de classe ${x.pick(['offertes aux élèves', 'remises à chaque élève'])} – année scolaire ${inv.date.m >= 9 ? inv.date.y : inv.date.y - 1}-${inv.date.m >= 9 ? inv.date.y + 1 : inv.date.y}.`, { bold: true, before: 5 }),
        ...(sentence ? [para(sentence, { size: 8.4, italics: true })] : []),
        ...sections,
        ...(common.length ? [para('', { after: 2 }), wordTable([112, 14, 24, 26], common.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]), { borders: ROWS, align: ['left', 'right', 'right', 'right'], size: 8 })] : []),
        para('', { after: 4 }),
        wordTable([64, 34], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.4 }),
        ...(inv.vatExempt ? [para('TVA non applicable, art. 293 B du CGI.', { size: 8, italics: true, before: 2 })] : []),
        para(`Pour information : portraits individuels vendus directement aux familles ${money(inv, inv.sales.amount)} TTC, dont ${money(inv, inv.sales.commission)} (${inv.sales.pct} %) reversés aux coopératives scolaires. Ces ventes ne sont pas facturées à la collectivité.`, { size: 7.6, before: 4, color: '555555' }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(`Conditions de règlement : 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Youth sports coaching by an association: PE in schools, Wednesdays' sports school, a holiday camp. ———
const COACHES = ['Romain Vidal', 'Sarah Koné', 'Julien Barou', 'Amandine Roche', 'Mehdi Larbi', 'Pauline Grange'];
const DIPLOMAS = ['BPJEPS APT', 'DEJEPS Basket-ball', 'Licence STAPS Éducation et motricité', 'BPJEPS Activités aquatiques', 'BEESAN'];
const ACTIVITIES = ['jeux d’opposition', 'athlétisme', 'sports collectifs', 'orientation', 'gymnastique', 'jeux de raquettes', 'cirque'];
const sport = {
  name: 'c-educateurs-sportifs',
  family: 'youth-sports-coaching-association-excel',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const company = i % 4 === 2;
    const inv = makeInvoice('c-educateurs-sportifs', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: company ? ['plain', 'hash'] : ['micro', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'sport');
    if (company) renameSupplier(inv, x.pick(['Kids Coaching Sport', 'Cap Sport Jeunes Loire', 'Multisport Éducation Services']), x.pick(['SAS', 'SARL']));
    else asAssociation(inv, x.pick(['Union Sportive Jeunesse Forézienne', 'Éveil Sport Loire', 'Profession Sport Animation Loire', 'Association Sport pour Tous du Gier']), `W${x.int(421, 429)}${x.digits(6)}`, x.pick(['TVA non applicable – article 261-7-1° du CGI', 'Association non assujettie à la TVA (art. 261-7-1° b du CGI)']));
    inv.supplier.ape = '9312Z';
    socialBuyer(inv, x, 'schools', 1);
    localReferences(inv, x);
    maybeRelabel22(inv, x);
    const endMonth = x.pick([12, 3, 4, 7, 10]);
    redate(inv, { y: inv.date.y, m: endMonth === 12 ? 12 : endMonth, d: x.int(1, 10) });
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    const r0 = company ? 2000 : 0;
    const hourly = x.int(32, 46) * 100;
    const schools = x.int(1, 3);
    inv.lines = [];
    for (let k = 0; k < schools; k++) {
      const activity = x.pick(ACTIVITIES);
      inv.lines.push({ label: `Intervention EPS en temps scolaire – ${['école Jules Ferry', 'école Paul Bert', 'école du Bourg', 'école Jean Moulin'][(i + k) % 4]} – cycle ${activity} (heures)`, qty: x.int(8, 30), unit: hourly, rate: r0 });
    }
    const month = inv.date.m === 1 ? { y: inv.date.y - 1, m: 12 } : { y: inv.date.y, m: inv.date.m - 1 };
    inv.sessions = wednesdays(month.y, month.m).filter(() => x.chance(0.85));
    if (inv.sessions.length === 0) inv.sessions = wednesdays(month.y, month.m).slice(0, 2);
    inv.groups = x.int(1, 3);
    inv.lines.push({ label: `École municipale des sports – séances du mercredi (1 h 30, ${inv.groups > 1 ? `${inv.groups} groupes` : 'un groupe'} de 16 enfants)`, qty: inv.sessions.length * inv.groups, unit: x.int(55, 80) * 100, rate: r0 });
    if (x.chance(0.6)) inv.lines.push({ label: `Stage multisports des vacances – encadrement par jour et par éducateur`, qty: x.int(4, 10), unit: x.int(160, 230) * 100, rate: r0 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Frais de déplacement des éducateurs (barème 0,45 €/km)', qty: x.int(120, 640), unit: 45, rate: r0, km: true });
    priceLines(inv, [r0]);
    inv.coaches = Array.from({ length: x.int(2, 3) }, (_, k) => ({ name: COACHES[(i + k * 2) % COACHES.length], card: `0${x.int(4210, 4299)}ED${x.digits(4)}`, diploma: x.pick(DIPLOMAS) }));
    inv.period = `${MONTHS[month.m - 1]} ${month.y}`;
    inv.paid = i % 3 === 0 ? deductPaid(inv, x, x.pick([30, 40]), addDays(inv.date, -x.int(60, 100))) : null;
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Comic Sans MS']));
    sheet.columns = [{ width: 46 }, { width: 10 }, { width: 12 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF2E7D32' : undefined }));
    let r = me.length + 1;
    put(`A${r}`, inv.kind === 'association' ? `Association loi 1901 – RNA ${s.rna} – agréée Jeunesse et Sport` : 'Éducateurs sportifs diplômés d’État – interventions scolaires et périscolaires', { italic: true, size: 8 });
    r += 2;
    put(`A${r}`, x.pick(['FACTURE', 'Facture', 'FACTURE DE PRESTATIONS']), { bold: true, size: 16 });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], [x.pick(['Date', 'Date de la facture']), dateValue(inv.date)], ['Période', inv.period]];
    meta.forEach(([k, v], n) => {
      put(`C${r + n}`, k, { size: 9, align: 'right' });
      put(`D${r + n}`, v, { bold: n === 0, size: 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    r += 4;
    const buyer = buyerTexts(inv, x);
    put(`C${r}`, 'Destinataire :', { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`C${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention / marché n°', 'N° de marché'], service: ['Code service', 'Service', 'Service des sports (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shown.forEach(([k, v], n) => put(`A${r + 1 + n}`, `${k} : ${v}`, { size: 9 }));
    r += Math.max(buyer.length, shown.length) + 2;
    put(`A${r}`, `Objet : encadrement sportif des enfants – ${inv.period}`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    ['Désignation', 'Quantité', 'Prix unitaire', 'Montant'].forEach((text, k) => put(`${'ABCD'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE8F5E9', align: k ? 'center' : undefined, size: 8.5 }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      if (l.label.length > 52) sheet.getRow(n).height = 24;
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`D${n}`, { formula: `B${n}*C${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.vatExempt) totals.push([x.pick(['Total', 'TOTAL']), { formula: `SUM(D${first}:D${last})`, result: euros(inv.ttc) }]);
    else totals.push(['Total HT', { formula: `SUM(D${first}:D${last})`, result: euros(inv.ht) }], ['TVA 20 %', { formula: `ROUND(D${r}*0.2,2)`, result: euros(inv.tva) }], ['Total TTC', { formula: `D${r}+D${r + 1}`, result: euros(inv.ttc) }]);
    const ttcRow = r + totals.length - 1;
    if (inv.paid) totals.push([`Acompte 1er trimestre (facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, { formula: `-${euros(inv.paid.amount)}`, result: -euros(inv.paid.amount) }], [x.pick(['Reste à payer', 'Net à payer', 'Solde dû']), { formula: `D${ttcRow}+D${ttcRow + 1}`, result: euros(inv.net) }]);
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      put(`A${r + m}`, k, { bold: strong, size: 9.5, align: 'right' });
      sheet.mergeCells(`A${r + m}:C${r + m}`);
      put(`D${r + m}`, v, { bold: strong, size: 9.5, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    if (inv.vatExempt) put(`A${r++}`, `${inv.vatExempt}.`, { italic: true, size: 8.5 });
    put(`A${r}`, 'Éducateurs intervenus (pour information)', { bold: true, size: 8.5 });
    inv.coaches.forEach((c, k) => put(`A${r + 1 + k}`, `${c.name} – ${c.diploma} – carte professionnelle n° ${c.card}`, { size: 8 }));
    r += inv.coaches.length + 2;
    put(`A${r}`, `Séances du mercredi : ${inv.sessions.map((d) => fmtDate(d, 'slash')).join(', ')}`, { size: 7.6, wrap: true });
    sheet.mergeCells(`A${r}:D${r}`);
    sheet.getRow(r).height = 22;
    r += 2;
    put(`A${r}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 1}`, `Paiement à 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7 });
    put(`A${r + 2}`, inv.kind === 'association' ? associationLegalLine(inv, s.rna) : legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [photo, sport];

// Blind-25 layouts written as office files (see ../../README.md): a video-mapping studio's Word invoice for a show
// projected on a monument's façade during a festival of lights (the show's creation by the minute, the authors' rights
// assigned at 10 % beside the projectors, media server, scaffold tower, technicians and rehearsal night at 20 %, a VAT
// table by rate; the deposit invoiced with the order deducted with its own number and date on most, a 5 % retention of
// guarantee on 2; the references in the Word table or in a sentence), and a water-sports centre's Excel invoice for a
// leisure centre's or the schools' canoe, kayak and paddle sessions (the use of the base's facilities at 5,5 %, the
// instructors' teaching at 20 %, the minibus shuttle at 10 %, a VAT summary of three rates; the sessions' dates and
// groups; one credit note for sessions cancelled by a weather warning, amounts negative; formulas with their cached
// results).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { cultureBuyer, deductDeposit, maybeRelabel25, retain, seven } from '../../lib/blind25.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. A video-mapping show on a façade: a Word template, two VAT rates, a deposit and a retention. ———
const MONUMENTS = ['façade de l’Hôtel de Ville', 'cathédrale Saint-Charles', 'église Notre-Dame', 'Puits Couriot', 'théâtre municipal', 'château de la Bâtie'];
const mapping = {
  name: 'f-video-mapping',
  family: 'video-mapping-show-authors-rights-two-rates-word',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('f-video-mapping', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: ['plain', 'pennylane', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.55, serviceProb: 0.5, dateStyles: ['long', 'slash', 'iso'], rates: [[1000, 2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'mapping');
    renameSupplier(inv, x.pick(['Lumina Mapping Studio', 'Façades Animées', 'Projections Nocturnes', 'Pixel & Pierre']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '9002Z';
    cultureBuyer(inv, x, 'culture', 1);
    localReferences(inv, x);
    maybeRelabel25(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.monument = x.pick(MONUMENTS);
    inv.show = { first: addDays(inv.date, -x.int(8, 30)), nights: x.pick([2, 3, 4, 5]) };
    inv.show.last = addDays(inv.show.first, inv.show.nights - 1);
    inv.minutes = x.pick([6, 8, 10, 12, 15]);
    inv.runs = inv.show.nights * x.pick([4, 6, 8]);
    inv.sacem = `SAC-${seven(x)}`;
    inv.quote = { number: `DV-${inv.date.y}-${x.digits(3)}`, date: addDays(inv.show.first, -x.int(60, 150)) };
    inv.lines = [
      { label: `Création du spectacle de vidéo-mapping « ${x.pick(['Lumières d’acier', 'La ville en mouvement', 'Rubans de lumière', 'Mémoires de mine'])} » – ${inv.minutes} min (par minute de contenu)`, qty: inv.minutes, unit: x.int(1500, 2800) * 100, rate: 2000 },
      { label: 'Cession des droits d’auteur des auteurs-réalisateurs (diffusion pendant la manifestation)', qty: 1, unit: x.int(1200, 4800) * 100, rate: 1000 },
      { label: 'Création sonore originale et droits de synchronisation', qty: 1, unit: x.int(800, 2400) * 100, rate: 1000 },
      { label: `Vidéoprojecteurs laser 30 000 lumens avec optiques – ${inv.show.nights} nuits`, qty: x.pick([2, 3, 4]) * inv.show.nights, unit: x.int(450, 900) * 100, rate: 2000 },
      { label: 'Serveur média, calage et répétition générale (nuit de calage)', qty: 1, unit: x.int(1500, 3500) * 100, rate: 2000 },
      { label: 'Techniciens vidéo (par nuit et par technicien)', qty: inv.show.nights * 2, unit: x.int(420, 560) * 100, rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Tour d’échafaudage bâchée pour la régie de projection (montage, location, démontage)', qty: 1, unit: x.int(1800, 4200) * 100, rate: 2000 });
    priceLines(inv, [1000, 2000]);
    inv.paid = i % 4 !== 1 ? deductDeposit(inv, x, x.pick([30, 40]), addDays(inv.quote.date, x.int(5, 20))) : null;
    if (i === 2 || i === 6) retain(inv, 5);
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations artistiques n°', 'Réf. marché'], service: ['Code service', 'Service', 'Direction de la culture (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['4A148C', '0D47A1', 'BF360C']);
    const me = supplierTexts(inv, x);
    const idRows = [[x.pick(['Facture n°', 'N° de facture', 'FACTURE N°']), { text: inv.number, bold: true, size: 11 }], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Devis accepté', `${inv.quote.number} du ${fmtDate(inv.quote.date, 'slash')}`], ['Déclaration SACEM', inv.sacem], ...shown.map(([k, v]) => [k, { text: v, bold: true }])];
    const lines = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)]);
    const totals = [['Total HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.paid) totals.push([`Acompte versé – facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')}`, money(inv, -inv.paid.amount)]);
    if (inv.retenue) totals.push([`Retenue de garantie (${inv.retenuePct} %)`, money(inv, -inv.retenue)]);
    if (inv.paid || inv.retenue) totals.push([x.pick(['Net à payer', 'Reste à payer', 'Solde à régler']), money(inv, inv.net)]);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Georgia']), size: 9, margins: [16, 16, 20, 16],
      header: [para(`${s.name} – studio de création lumière et vidéo-mapping`, { size: 7, color: '777777', align: 'right' })],
      footer: [para(legalLine(inv), { size: 6.6, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([100, 80], [[{ paragraphs: [para(me[0], { bold: true, size: 16, color: accent }), ...me.slice(1).map((t) => para(t, { size: 8 }))] }, { paragraphs: [para('FACTURE', { bold: true, size: 20, align: 'right', color: accent }), para('', { after: 6 }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9, align: 'right' }))] }]], { borders: NO_BORDERS }),
        para('', { after: 4 }),
        wordTable([46, 64], idRows, { borders: ROWS, size: 8.8 }),
        para(`Objet : spectacle de vidéo-mapping sur la ${inv.monument} – ${inv.show.nights} soirées du ${fmtDate(inv.show.first, 'long')} au ${fmtDate(inv.show.last, 'long')}, ${inv.runs} diffusions de ${inv.minutes} minutes.`, { bold: true, before: 6, after: 3 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 3 })] : []),
        wordTable([96, 12, 24, 14, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'EDE7F6' }, ...lines], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([24, 32, 30], [{ cells: ['Taux TVA', 'Base HT', 'Montant TVA'], bold: true, shade: 'F2F2F2' }, ...vat], { borders: GRID, align: ['left', 'right', 'right'], size: 8 }),
        para('', { after: 3 }),
        wordTable([70, 34], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 || k === 'Total TTC' })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.4 }),
        para('TVA 10 % : cession de droits d’auteur (art. 279 g du CGI) ; 20 % : prestations techniques.', { size: 7.4, italics: true, before: 3 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8.6, before: 4 }),
        para(`Conditions de règlement : 30 jours, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Canoe, kayak and paddle sessions at a water-sports centre: an Excel template with three VAT rates. ———
const ACTIVITIES = [['Canoë canadien', 'descente encadrée 2 h'], ['Kayak', 'initiation en eau calme 2 h'], ['Stand up paddle', 'découverte 1 h 30'], ['Rafting', 'parcours eaux vives 2 h'], ['Voile – optimist', 'séance 2 h']];
const nautique = {
  name: 'f-base-nautique',
  family: 'water-sports-sessions-three-rates-excel',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const inv = makeInvoice('f-base-nautique', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['plain', 'micro', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ej'], marketProb: 0.3, serviceProb: 0.55, dateStyles: ['slash'], rates: [[550, 1000, 2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6, negative: credit ? 1 : false });
    const x = extraRng(inv, 'water');
    renameSupplier(inv, x.pick(['Base Nautique des Gorges de la Loire', 'Loire Eaux Vives', 'Pagaie Aventure Forez', 'Centre Nautique du Lac de Grangent']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '9311Z';
    cultureBuyer(inv, x, 'sport', 1);
    localReferences(inv, x);
    maybeRelabel25(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.group = x.pick(['Accueil de loisirs « Les Castors »', 'École municipale des sports', 'Classe de CM2 – école Jules Ferry', 'Séjour jeunes 11-14 ans', 'Accueil de loisirs du Bourg']);
    const month = x.pick([6, 7, 7, 8, 9]);
    const year = inv.date.m >= month ? inv.date.y : inv.date.y - 1;
    const kids = x.int(8, 24);
    const access = x.int(350, 650);
    const teaching = x.int(900, 1600);
    const shuttle = x.int(90, 180) * 100;
    inv.sessions = Array.from({ length: credit ? x.int(1, 2) : x.int(2, 6) }, (_, k) => {
      const [activity, detail] = ACTIVITIES[(i + k) % ACTIVITIES.length];
      return { day: { y: year, m: month, d: Math.min(28, 2 + k * 4 + x.int(0, 3)) }, activity, detail, kids: kids - x.int(0, 3) };
    });
    inv.lines = inv.sessions.flatMap((ss) => [
      { label: `${fmtDate(ss.day, 'slash')} – ${ss.activity}, ${ss.detail} : accès à la base et matériel (bateau, pagaie, gilet)`, qty: ss.kids, unit: access, rate: 550 },
      { label: `${fmtDate(ss.day, 'slash')} – ${ss.activity} : encadrement par moniteur diplômé d’État (par enfant)`, qty: ss.kids, unit: teaching, rate: 2000 },
    ]);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(100, 999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(5, 25)) };
      inv.lines.push({ label: 'Navette minibus non effectuée (aller-retour)', qty: inv.sessions.length, unit: shuttle, rate: 1000 });
    } else if (x.chance(0.8)) inv.lines.push({ label: 'Navette minibus 9 places avec chauffeur, aller-retour depuis l’accueil de loisirs', qty: inv.sessions.length, unit: shuttle, rate: 1000 });
    priceLines(inv, credit ? [550, 1000, 2000] : [...new Set(inv.lines.map((l) => l.rate))].sort((a, b) => a - b));
    inv.period = `${MONTHS[month - 1]} ${year}`;
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', inv.avoir ? 'Avoir' : 'FACT']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Verdana']));
    sheet.columns = [{ width: 50 }, { width: 9 }, { width: 11 }, { width: 8 }, { width: 14 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FF01579B' : undefined }));
    let r = me.length + 1;
    put(`A${r}`, 'Base de loisirs nautiques – canoë-kayak, paddle, voile – moniteurs diplômés d’État', { italic: true, size: 8 });
    r += 2;
    put(`A${r}`, inv.avoir ? 'AVOIR' : 'FACTURE', { bold: true, size: 18 });
    const meta = [[inv.avoir ? 'Avoir n°' : x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], ['Date', dateValue(inv.date)], ['Période', inv.period]];
    if (inv.avoir) meta.push(['Facture d’origine', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]);
    meta.forEach(([k, v], n) => {
      put(`C${r + n}`, k, { size: 9, align: 'right' });
      sheet.mergeCells(`D${r + n}:E${r + n}`);
      put(`D${r + n}`, v, { bold: n === 0, size: 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    r += meta.length + 1;
    const buyer = buyerTexts(inv, x);
    put(`C${r}`, 'Client :', { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`C${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’activités nautiques n°', 'N° de marché'], service: ['Code service', 'Service', 'Service des sports (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shown.forEach(([k, v], n) => put(`A${r + 1 + n}`, `${k} : ${v}`, { size: 9 }));
    r += Math.max(buyer.length, shown.length) + 2;
    put(`A${r}`, inv.avoir ? `Avoir sur notre facture ${inv.origin.number} : séances annulées (vigilance orange orages, navigation interdite).` : `Objet : activités nautiques – ${inv.group} – ${inv.period}`, { bold: true, size: 9.5 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    ['Désignation', 'Quantité', 'P.U. HT', 'TVA', 'Montant HT'].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFE1F5FE', align: k ? 'center' : undefined, size: 8.5 }));
    const sign = inv.avoir && inv.negative ? -1 : 1;
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true, size: 8, wrap: true });
      if (l.label.length > 60) sheet.getRow(n).height = 24;
      put(`B${n}`, sign * l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`D${n}`, l.rate / 10000, { border: true, size: 8.5, numFmt: '0.0%', align: 'center' });
      put(`E${n}`, { formula: `B${n}*C${n}`, result: sign * euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    put(`A${r}`, 'Récapitulatif TVA', { bold: true, size: 8.5 });
    ['Taux', 'Base HT', 'TVA'].forEach((t, k) => put(`${'BCE'[k]}${r}`, t, { bold: true, size: 8, border: true, align: 'center' }));
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate);
    vat.forEach((v, k) => {
      const n = r + 1 + k;
      put(`B${n}`, v.rate / 10000, { size: 8.5, numFmt: '0.0%', border: true, align: 'center' });
      put(`C${n}`, { formula: `SUMIF(D${first}:D${last},B${n},E${first}:E${last})`, result: sign * euros(v.base) }, { size: 8.5, numFmt: EUR_FORMAT, border: true });
      put(`E${n}`, { formula: `ROUND(C${n}*B${n},2)`, result: sign * euros(v.amount) }, { size: 8.5, numFmt: EUR_FORMAT, border: true });
    });
    r += vat.length + 2;
    const totals = [['Total HT', { formula: `SUM(E${first}:E${last})`, result: sign * euros(inv.ht) }], ['Total TVA', { formula: `SUM(E${r - vat.length - 1}:E${r - 2})`, result: sign * euros(inv.tva) }], [inv.avoir ? 'Total TTC de l’avoir' : x.pick(['Total TTC', 'Net à payer TTC']), { formula: `E${r}+E${r + 1}`, result: sign * euros(inv.ttc) }]];
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      put(`A${r + m}`, k, { bold: strong, size: 9.5, align: 'right' });
      sheet.mergeCells(`A${r + m}:D${r + m}`);
      put(`E${r + m}`, v, { bold: strong, size: 9.5, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, 'TVA 5,5 % : droit d’utilisation des installations sportives ; 10 % : transport de voyageurs ; 20 % : enseignement sportif.', { size: 7.4, italic: true });
    put(`A${r + 1}`, inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, inv.avoir ? 'Cet avoir ne donne lieu à aucun paiement.' : `Paiement à 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [mapping, nautique];

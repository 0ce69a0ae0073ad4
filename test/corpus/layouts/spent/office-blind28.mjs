// Blind-28 layouts written as office files (see ../../README.md): a bathroom fitter's Word invoice to a CCAS for adapting
// an elderly person's home (the bath replaced by a level-access shower, grab bars, a shower seat, a raised toilet: the
// equipment designed for elderly or disabled people at 5,5 %, the other works in a dwelling over two years old at 10 %,
// a mirror supplied alone at 20 % on some, a VAT table by rate; the road-occupation fee for the skip as a disbursement
// outside VAT on some — `totalHT` includes it —; the beneficiary's initials and file number, the accepted quote, the
// decennial insurance policy; the deposit paid with the order deducted with its own number on some, a retirement fund's
// or the housing agency's grant paid straight to the fitter deducted on others), and a fitness-equipment maintainer's
// Excel invoice for a municipal sports hall's weights room (a preventive visit per machine with its make, model and
// serial number, parts, labour outside the contract, travel; the maintenance contract's number, not a market;
// bilingual French–English labels on half; a contract discount on some; one credit note for a visit not carried out;
// formulas with their cached results).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { caseNumber, initials, notInFuture } from '../../lib/blind22.mjs';
import { deductGrant } from '../../lib/blind24.mjs';
import { both, deductDeposit, seven } from '../../lib/blind25.mjs';
import { careBuyer, maybeRelabel28 } from '../../lib/blind28.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. A home adaptation for an elderly person: a bathroom fitter's Word template, three VAT rates. ———
const ADAPTED = [
  ['Receveur de douche extra-plat 120 × 90 cm, accès de plain-pied, fourniture et pose', [42000, 69000]],
  ['Barre d’appui coudée 135° inox Ø 32 mm, fourniture et pose', [8900, 14900]],
  ['Siège de douche rabattable mural avec pieds, fourniture et pose', [17900, 29900]],
  ['Cuvette WC surélevée (assise à 48 cm) avec abattant, fourniture et pose', [32000, 49000]],
  ['Lavabo ergonomique accessible en fauteuil, siphon déporté, fourniture et pose', [29000, 46000]],
];
const WORKS = [
  ['Dépose de la baignoire et du carrelage, évacuation en déchetterie', [28000, 45000], 'forfait'],
  ['Reprise de l’évacuation et des alimentations', [22000, 39000], 'forfait'],
  ['Faïence murale toute hauteur, fourniture et pose', [5400, 7900], 'm²'],
  ['Sol antidérapant classe PN18, fourniture et pose', [6200, 8900], 'm²'],
  ['Paroi de douche fixe 90 cm verre sécurit', [31000, 52000], 'u'],
  ['Mitigeur thermostatique de douche avec barre de douche', [16000, 26000], 'u'],
];
const FITTERS = ['Bain Confort Autonomie', 'Artisans de l’Accessibilité Loire', 'Sanitaire Senior Services', 'Plomberie Adaptée du Forez'];
const adaptation = {
  name: 'o-adaptation-logement-ccas',
  family: 'home-adaptation-walk-in-shower-ccas-word-three-rates-grant',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('o-adaptation-logement-ccas', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['btp'], numbers: ['plain', 'ebp', 'solde'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'votreCommandeEngagement'], marketProb: 0.25, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[550, 1000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'adapt');
    renameSupplier(inv, FITTERS[i % FITTERS.length], x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '4322A';
    careBuyer(inv, x, 'ccas', 0.9);
    localReferences(inv, x);
    maybeRelabel28(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.beneficiary = { who: initials(x), file: caseNumber(x, inv.date.y), address: `${x.int(1, 90)} ${x.pick(['rue des Alliés', 'rue Élisée Reclus', 'allée des Glycines', 'rue du Puits Couriot', 'boulevard Karl Marx', 'rue de la Tour'])}` };
    inv.quote = { number: `DE-${inv.date.y}-${x.digits(4)}`, date: addDays(inv.date, -x.int(45, 120)) };
    inv.works = { from: addDays(inv.date, -x.int(8, 20)), days: x.int(3, 6) };
    inv.insurance = `${x.int(10, 99)}${x.digits(6)}`;
    inv.qualibat = `E-E${x.digits(6)}`;
    const area = x.int(620, 1480);
    inv.lines = [];
    const firstWork = x.int(0, 1);
    inv.lines.push({ label: WORKS[firstWork][0], unitName: 'forfait', qty: 1, unit: x.int(...WORKS[firstWork][1]), rate: 1000 });
    if (firstWork === 0) inv.lines.push({ label: WORKS[1][0], unitName: 'forfait', qty: 1, unit: x.int(...WORKS[1][1]), rate: 1000 });
    const adapted = x.int(2, 4);
    const a0 = x.int(0, ADAPTED.length - 1);
    for (let k = 0; k < adapted; k++) {
      const [label, range] = ADAPTED[(a0 + k) % ADAPTED.length];
      inv.lines.push({ label, unitName: 'u', qty: /Barre/.test(label) ? x.int(1, 3) : 1, unit: x.int(...range), rate: 550 });
    }
    for (const k of [2, 3, 4, 5]) {
      if (!x.chance(0.6)) continue;
      const [label, range, unitName] = WORKS[k];
      const qty = unitName === 'm²' ? (k === 2 ? area : x.int(250, 600)) / 100 : 1;
      inv.lines.push({ label, unitName, qty, unit: x.int(...range), rate: 1000 });
    }
    const rates = [550, 1000];
    if (i % 3 === 1) {
      inv.lines.push({ label: 'Miroir grossissant et tablette (fourniture seule, non posés)', unitName: 'u', qty: 1, unit: x.int(45, 95) * 100, rate: 2000 });
      rates.push(2000);
    }
    inv.debours = i === 0 || i === 3;
    if (inv.debours) {
      inv.lines.push({ label: `Droit de voirie – occupation du domaine public par la benne (${inv.works.days} jours), avancé pour le compte du client (débours)`, unitName: 'forfait', qty: 1, unit: x.int(1800, 6500), rate: 0 });
      rates.push(0);
    }
    for (const l of inv.lines) l.total = Math.round(l.qty * l.unit);
    priceLines(inv, rates);
    inv.paid = [1, 5].includes(i) ? deductDeposit(inv, x, 30, addDays(inv.quote.date, x.int(5, 20))) : null;
    inv.grant = [2, 5, 6].includes(i) ? { amount: deductGrant(inv, x, x.pick([25, 35, 50])), who: x.pick(['Aide de la CARSAT Rhône-Alpes (plan d’actions personnalisé)', 'Subvention ANAH « MaPrimeAdapt’ »', 'Participation de la caisse de retraite complémentaire']) } : null;
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’adaptation des logements n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service maintien à domicile (code)'] });
    const place = x.pick(['table', 'buyer', 'sentence']);
    const sentence = place === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const where = place === 'sentence' ? 'table' : place;
    const accent = x.pick(['1565C0', '00695C', '4E342E']);
    const me = supplierTexts(inv, x);
    const caps = x.chance(0.4);
    const up = (t) => (caps ? t.toUpperCase() : t);
    const idRows = [
      [up('Facture n°'), { text: inv.number, bold: true, size: 11 }],
      [up('Date'), date(inv, inv.date)],
      [up('Devis accepté'), `${inv.quote.number} du ${fmtDate(inv.quote.date, 'slash')}`],
      [up('Chantier'), `du ${fmtDate(inv.works.from, 'slash')}, ${inv.works.days} jours`],
    ];
    const lines = inv.lines.map((l) => [l.label, l.unitName, frNumber(l.qty, l.unitName === 'm²' ? 2 : 0), plainMoney(inv, l.unit), l.rate ? rate(l.rate) : 'débours', plainMoney(inv, l.total)]);
    const vatRows = [...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [v.rate ? rate(v.rate) : 'Hors TVA (débours)', plainMoney(inv, v.base), plainMoney(inv, v.amount)]);
    const totals = [['Total HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.paid) totals.push([`Acompte versé (facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, money(inv, -inv.paid.amount)]);
    if (inv.grant) totals.push([`${inv.grant.who}, versée directement à l’entreprise`, money(inv, -inv.grant.amount)]);
    totals.push([inv.grant ? 'Reste à payer par le CCAS' : inv.paid ? 'Reste à payer' : 'Net à payer', money(inv, inv.net)]);
    const buyerParas = [...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.4 })), ...(where === 'buyer' ? shown.map(([k, v]) => para(`${k} : ${v}`, { size: 8.8, bold: true })) : [])];
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Verdana']), size: 9, margins: [14, 15, 20, 15],
      header: [para(me[0], { bold: true, size: 14, color: accent }), para('Salles de bains adaptées – accessibilité – maintien à domicile', { size: 7.6, italics: true }), para(me.slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), para(`Qualibat RGE n° ${inv.qualibat} – assurance décennale contrat n° ${inv.insurance}, couverture France métropolitaine`, { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        para('', { after: 4 }),
        wordTable([92, 88], [[{ paragraphs: [para(up('Facture'), { bold: true, size: 18, color: accent }), para('', { after: 2 }), wordTable([30, 58], idRows, { borders: caps ? GRID : ROWS, size: 8.6 })] }, { paragraphs: [para('', { after: 10 }), ...buyerParas] }]], { borders: NO_BORDERS }),
        ...(where === 'table' && shown.length ? [para('Vos références', { bold: true, size: 8.4, before: 6, after: 1 }), wordTable([62, 60], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para(`Objet : adaptation de la salle de bains au domicile de ${inv.beneficiary.who} (dossier CCAS n° ${inv.beneficiary.file}) – ${inv.beneficiary.address}.`, { bold: true, before: 6, after: 3 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, after: 3 })] : []),
        wordTable([84, 14, 14, 24, 14, 28], [{ cells: ['Désignation', 'Unité', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'E3F2FD' }, ...lines], { borders: GRID, align: ['left', 'center', 'right', 'right', 'right', 'right'], size: 8 }),
        para('', { after: 4 }),
        wordTable([84, 96], [[{ paragraphs: [wordTable([30, 26, 24], [{ cells: ['Taux', 'Base HT', 'TVA'], bold: true }, ...vatRows], { borders: GRID, size: 7.8, align: ['left', 'right', 'right'] })] }, { paragraphs: [wordTable([66, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], size: 9, alignment: AlignmentType.RIGHT })] }]], { borders: NO_BORDERS }),
        para('TVA 5,5 % : équipements spécialement conçus pour les personnes âgées ou handicapées (art. 278-0 bis A du CGI) ; 10 % : travaux dans un logement achevé depuis plus de deux ans (art. 279-0 bis du CGI) ; attestation simplifiée remise par le maître d’ouvrage.', { size: 7.2, italics: true, before: 4 }),
        ...(inv.debours ? [para('Débours : droit de voirie payé au nom et pour le compte du client, hors du champ de la TVA.', { size: 7.2, italics: true })] : []),
        para(paymentText(inv), { size: 8.6, before: 4 }),
        para(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. Fitness equipment maintenance for a sports hall: an Excel invoice, bilingual on half. ———
const MACHINES = [
  ['Tapis de course', 'Treadmill', 'Matrix T5x', [5500, 8500]],
  ['Vélo elliptique', 'Cross-trainer', 'Life Fitness E3', [4500, 7000]],
  ['Vélo semi-allongé', 'Recumbent bike', 'Technogym Recline', [3500, 5500]],
  ['Rameur', 'Rower', 'Concept2 RowErg', [2500, 4000]],
  ['Presse à cuisses guidée', 'Leg press', 'Panatta 1FW084', [3500, 6000]],
  ['Poulie vis-à-vis réglable', 'Dual adjustable pulley', 'Hammer Strength HS-DAP', [4000, 6500]],
  ['Banc de développé couché', 'Bench press', 'Matrix Magnum MG-PL', [2500, 4000]],
];
const PARTS = [
  ['PCS-COU', 'Courroie de tapis de course 520 × 3 200 mm', 'Treadmill belt', [18900, 32900]],
  ['PCS-CAB', 'Câble acier gainé Ø 5 mm, embouts sertis (le mètre)', 'Coated steel cable (per metre)', [1200, 1900]],
  ['PCS-POI', 'Poignée de poulie caoutchoutée', 'Pulley handle', [2900, 4900]],
  ['PCS-LUB', 'Lubrifiant silicone pour plateau de tapis (flacon)', 'Deck lubricant', [1500, 2900]],
];
const fitness = {
  name: 'o-maintenance-salle-musculation',
  family: 'fitness-equipment-maintenance-excel-bilingual-serials-contract',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('o-maintenance-salle-musculation', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir'] : ['ciel', 'plain', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 10], groups: ['space'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 1 : false });
    const x = extraRng(inv, 'fitness');
    renameSupplier(inv, x.pick(['Cardio Muscu Service Loire', 'Gym Tech Maintenance', 'FitPro Equipment France', 'Sport Équipement Services']), 'SAS');
    inv.supplier.ape = '3319Z';
    careBuyer(inv, x, 'sports', 0.85);
    localReferences(inv, x);
    maybeRelabel28(inv, x);
    notInFuture(inv);
    inv.bilingual = x.chance(0.5);
    inv.due = addDays(inv.date, 30);
    inv.contract = `CM-${inv.date.y - x.int(0, 2)}-${x.digits(3)}`;
    inv.visit = addDays(inv.date, -x.int(2, 15));
    inv.technician = x.pick(['K. Benyahia', 'L. Rochette', 'M. Ollier', 'S. Dumas']);
    inv.ticket = seven(x);
    const first = x.int(0, MACHINES.length - 1);
    inv.machines = Array.from({ length: credit ? x.int(2, 3) : x.int(3, 6) }, (_, k) => {
      const [fr, en, model, price] = MACHINES[(first + k) % MACHINES.length];
      return { fr, en, model, serial: `${x.pick(['SN', 'S/N ', 'n° série '])}${x.int(1, 9)}${x.digits(x.pick([7, 8, 9]))}`, price: x.int(...price) };
    });
    inv.lines = inv.machines.map((m) => ({ code: 'VIS-PRE', label: `Visite préventive semestrielle – ${m.fr} ${m.model} – ${m.serial}`, en: `Preventive visit – ${m.en}`, qty: 1, unit: m.price, rate: 2000 }));
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(100, 999)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      return priceLines(inv, [2000]);
    }
    const p0 = x.int(0, PARTS.length - 1);
    for (let k = 0; k < x.int(1, 3); k++) {
      const [code, label, en, range] = PARTS[(p0 + k) % PARTS.length];
      inv.lines.push({ code, label, en, qty: /mètre/.test(label) ? x.int(3, 12) : 1, unit: x.int(...range), rate: 2000 });
    }
    inv.lines.push({ code: 'MO-HC', label: `Main-d’œuvre hors contrat (intervention n° ${inv.ticket})`, en: 'Labour outside contract', qty: x.pick([1, 1.5, 2, 2.5]), unit: x.int(58, 75) * 100, rate: 2000 });
    inv.lines.push({ code: 'DEP-Z2', label: 'Déplacement zone 2', en: 'Travel (zone 2)', qty: 1, unit: x.int(45, 85) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'Feuil1', 'Invoice']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Segoe UI']));
    sheet.columns = [{ width: 10 }, { width: 42 }, { width: 8 }, { width: 12 }, { width: 18 }];
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 8.5, color: k === 0 ? 'FF37474F' : undefined }));
    const title = inv.avoir ? L('AVOIR', 'CREDIT NOTE') : L('FACTURE', 'INVOICE');
    put('D1', title, { bold: true, size: 15, color: 'FFD84315', align: 'right' });
    sheet.mergeCells('D1:E1');
    const ident = [[L(inv.avoir ? 'Avoir n°' : 'Facture n°', inv.avoir ? 'Credit note no.' : 'Invoice no.'), inv.number], [L('Date', 'Date'), dateValue(inv.date)], [L('Code client', 'Customer ID'), inv.clientCode], [L('Contrat de maintenance', 'Service contract'), inv.contract]];
    if (inv.avoir) ident.push([L('Facture d’origine', 'Original invoice'), inv.origin.number]);
    ident.forEach(([k, v], n) => {
      put(`C${n + 2}`, k, { size: 7.5, align: 'right', wrap: true });
      sheet.mergeCells(`C${n + 2}:D${n + 2}`);
      put(`E${n + 2}`, v, { bold: n < 2, size: n < 2 ? 10.5 : 9, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'right' });
    });
    let r = Math.max(me.length, ident.length + 1) + 2;
    const buyer = buyerTexts(inv, x);
    put(`B${r}`, L('Client', 'Bill to'), { size: 7.5, italic: true });
    buyer.forEach((text, k) => put(`B${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    r += buyer.length + 2;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de maintenance des équipements sportifs n°', 'N° de marché'], service: ['Code service', 'Service', 'Direction des sports (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shown.forEach(([k, v], n) => {
      put(`A${r + n}`, k, { size: 8.5 });
      put(`C${r + n}`, v, { bold: true, size: 9 });
    });
    r += shown.length + 1;
    put(`A${r}`, inv.avoir ? L(`Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')} : visite préventive non réalisée (salle fermée pour travaux).`, 'Preventive visit not carried out.') : `${L('Visite du', 'Visit on')} ${fmtDate(inv.visit, 'slash')} – ${L('technicien', 'technician')} ${inv.technician} – ${L('salle de musculation', 'weights room')}`, { bold: true, size: 9 });
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    [L('Code', 'Item'), L('Désignation', 'Description'), L('Qté', 'Qty'), L('P.U. HT', 'Unit price'), L('Montant HT', 'Amount')].forEach((text, k) => put(`${'ABCDE'[k]}${r}`, text, { bold: true, border: true, fill: 'FFFFE0B2', align: k > 1 ? 'center' : undefined, size: 8, wrap: true }));
    const sign = inv.avoir && inv.negative ? -1 : 1;
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.code, { border: true, size: 8 });
      put(`B${n}`, inv.bilingual ? `${l.label} / ${l.en}` : l.label, { border: true, size: 8, wrap: true });
      if ((inv.bilingual ? l.label.length + l.en.length : l.label.length) > 56) sheet.getRow(n).height = 24;
      put(`C${n}`, sign * l.qty, { border: true, size: 8.5, numFmt: Number.isInteger(l.qty) ? '0' : '0.0', align: 'center' });
      put(`D${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`E${n}`, { formula: `C${n}*D${n}`, result: sign * euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const totals = [];
    if (inv.discount) totals.push([L('Total brut HT', 'Gross total'), { formula: `SUM(E${first}:E${last})`, result: sign * euros(inv.grossHT) }], [L(`Remise contrat ${inv.discountPct} %`, 'Contract discount'), -sign * euros(inv.discount)]);
    totals.push([L('Total HT', 'Total excl. VAT'), inv.discount ? sign * euros(inv.ht) : { formula: `SUM(E${first}:E${last})`, result: sign * euros(inv.ht) }]);
    totals.push([L('TVA 20 %', 'VAT 20%'), sign * euros(inv.tva)], [L(inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', 'Total incl. VAT'), sign * euros(inv.ttc)]);
    if (!inv.avoir) totals.push([L(x.pick(['Montant dû', 'Net à payer']), 'Amount due'), sign * euros(inv.net)]);
    totals.forEach(([k, v], m) => {
      const strong = m === totals.length - 1;
      sheet.mergeCells(`A${r + m}:D${r + m}`);
      put(`A${r + m}`, k, { bold: strong, size: 9.5, align: 'right' });
      put(`E${r + m}`, v, { bold: strong, size: 9.5, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined });
    });
    r += totals.length + 1;
    put(`A${r}`, L(`Prestations réalisées dans le cadre du contrat de maintenance ${inv.contract} (visites préventives selon la norme NF EN ISO 20957).`, 'Work done under the service contract.'), { size: 7.4, italic: true });
    put(`A${r + 1}`, inv.avoir ? L('Avoir à déduire de votre prochain règlement.', 'To be deducted from your next payment.') : paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, inv.avoir ? '' : `${L('Échéance', 'Due date')} ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [adaptation, fitness];

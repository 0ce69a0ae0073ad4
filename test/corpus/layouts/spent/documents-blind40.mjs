// Blind-40 layouts written as documents (see ../../README.md): a printer's invoice for a commune's voter cards and
// ballot envelopes, typed in a hand-made Writer template (« FACTURE N° … » then labels over their values three by three
// with the customer account of eight digits and the proof (BAT) of seven, quantities in thousands of pieces at prices
// per thousand, postage advanced for the commune re-invoiced outside VAT on some — `totalHT` includes it —; one invoice
// lists the cards polling station by polling station and runs over two pages), a funeral contractor's invoice for the
// recovery of abandoned graves and the transfer of remains to the ossuary, printed by a Cegid-like package through
// LibreOffice and through PDFKit (the identity and the payment block in a left-hand sidebar, labels over values, the
// graves listed with their concession numbers, the statement of abandonment of seven digits; a 5 % retention of
// guarantee deducted on some), and a flag maker's invoice for a commune's flags, sashes and facade kits printed by
// PDFKit like Sage 100 (capitals, number and date in the title line, a row of codes under it with the delivery note of
// seven digits, article references, a discount on some; one credit note for flags returned).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { retain, splitOutside } from '../../lib/blind25.mjs';
import { civicBuyer, eight40, maybeRelabel40, perThousand, seven40 } from '../../lib/blind40.mjs';

// ——— 1. Voter cards and ballot envelopes: a Writer template, prices per thousand, postage outside VAT on some. ———
const STATIONS = ['Hôtel de Ville', 'École Jules Ferry', 'École du Bourg', 'Gymnase municipal', 'Salle des fêtes', 'École Louise Michel', 'Maison des associations', 'Groupe scolaire du Soleil', 'Centre social', 'École de la Rivière', 'Médiathèque', 'Salle polyvalente'];
function electionOf(d) {
  if (d.y === 2024) return d.m <= 6 ? 'Élections européennes du 9 juin 2024' : 'Élections législatives anticipées des 30 juin et 7 juillet 2024';
  if (d.y === 2025) return 'Refonte de la liste électorale – élections municipales de mars 2026';
  return d.m <= 3 ? 'Élections municipales des 15 et 22 mars 2026' : 'Élections partielles et envois de cartes aux nouveaux inscrits 2026';
}
const cartes = {
  name: 'al-cartes-electorales-enveloppes',
  family: 'voter-cards-ballot-envelopes-printer-writer-per-thousand-postage',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 5;
    const inv = makeInvoice('al-cartes-electorales-enveloppes', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: ['plain', 'slash', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.35, serviceProb: 0.65, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'ballots');
    renameSupplier(inv, x.pick(['Imprimerie Reboul-Forez', 'Imprimerie du Marais Stéphanois', 'Chambon Impressions', 'Imprimerie Le Gier Graphique']), x.pick(['SARL', 'SAS', 'SA']));
    inv.supplier.ape = '1812Z';
    civicBuyer(inv, x, 'civil', 0.85);
    localReferences(inv, x);
    maybeRelabel40(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = eight40(x);
    inv.bat = seven40(x);
    inv.election = electionOf(inv.date);
    const cardPrice = x.int(45, 110) * 100;
    inv.lines = [];
    let cards = 0;
    if (long) {
      const n = x.int(34, 40);
      for (let k = 1; k <= n; k++) {
        const c = x.int(600, 1400);
        cards += c;
        inv.lines.push({ label: `Cartes électorales personnalisées – bureau n° ${k} (${STATIONS[(k - 1) % STATIONS.length]}${k > STATIONS.length ? ` ${Math.ceil(k / STATIONS.length)}` : ''})`, qty: c, qtyText: frNumber(c), unit: cardPrice, priceText: `${plainMoney(inv, cardPrice)} le mille`, total: perThousand(c, cardPrice), rate: 2000 });
      }
    } else {
      cards = x.int(2, 60) * 500;
      inv.lines.push({ label: 'Cartes électorales personnalisées, format 148 × 105 mm, carte 240 g, impression laser recto verso (données de la liste électorale)', qty: cards, qtyText: frNumber(cards), unit: cardPrice, priceText: `${plainMoney(inv, cardPrice)} le mille`, total: perThousand(cards, cardPrice), rate: 2000 });
    }
    const envPrice = x.int(18, 38) * 100;
    const envelopes = Math.ceil((cards * x.pick([1.1, 1.2, 2.2])) / 1000) * 1000;
    inv.lines.push({ label: 'Enveloppes de scrutin 90 × 140 mm, kraft bulle 80 g, non gommées', qty: envelopes, qtyText: frNumber(envelopes), unit: envPrice, priceText: `${plainMoney(inv, envPrice)} le mille`, total: perThousand(envelopes, envPrice), rate: 2000 });
    if (x.chance(0.6)) {
      const pp = x.int(55, 120) * 100;
      inv.lines.push({ label: 'Mise sous pli des cartes, tri par bureau de vote et colisage', qty: cards, qtyText: frNumber(cards), unit: pp, priceText: `${plainMoney(inv, pp)} le mille`, total: perThousand(cards, pp), rate: 2000 });
    }
    inv.lines.push({ label: 'Calage, épreuves et bon à tirer', qty: 1, qtyText: '1', unit: x.int(60, 180) * 100, rate: 2000 });
    const rates = [2000];
    if (x.chance(0.5) || long) {
      const u = x.int(48, 95);
      inv.lines.push({ label: 'Affranchissement Ecopli pré-trié – avance de frais refacturée à l’euro près (débours)', qty: cards, qtyText: frNumber(cards), unit: u, priceText: `${frNumber(u / 100, 3)} l’unité`, total: cards * u, rate: 0 });
      rates.push(0);
    }
    return priceLines(inv, rates);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre impressions n°'], service: ['Code service', 'Service demandeur'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const cells = [[up('Date de facture'), date(inv, inv.date)], [up('N° client'), inv.account], [up('Bon à tirer n°'), inv.bat], [up('Échéance'), fmtDate(inv.due, 'slash')], ...shown.map(([k, v]) => [up(k), v])];
    const triples = [];
    for (let k = 0; k < cells.length; k += 3) {
      const part = cells.slice(k, k + 3);
      while (part.length < 3) part.push(['', '']);
      triples.push({ cells: part.map(([label]) => ({ text: label, size: 7 })), shade: '#eeeeee' }, { cells: part.map(([, v]) => ({ text: v, b: true })) });
    }
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.priceText ?? plainMoney(inv, l.unit), l.rate ? rate(l.rate) : 'hors TVA', plainMoney(inv, l.total)]);
    const { outside } = splitOutside(inv);
    const totals = [['Total HT', money(inv, inv.ht)]];
    if (outside) totals.push(['dont débours hors TVA', money(inv, outside)]);
    totals.push([`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)], [x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [14, 16, 20, 16], creator: 'Writer',
      body: [
        columns([110, 70], [
          [p(s.name, { b: true, size: 14 }), p('Imprimerie – façonnage – routage', { i: true, size: 8 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 8 }))],
          [space(6), ...paras(buyerTexts(inv, x), { size: 9 })],
        ]),
        space(6),
        p(`FACTURE N° ${inv.number}`, { b: true, size: 15 }),
        table([60, 60, 60], triples, { border: 'grid', size: 8.6, before: 2, after: 3 }),
        p(`Objet : ${inv.election}`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4, before: 1 })] : []),
        table([86, 20, 30, 16, 28], [{ cells: ['Désignation', 'Quantité', 'Prix HT', 'TVA', 'Montant HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'center', 'right'], before: 2, after: 3 }),
        table([50, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 100, border: 'rows', size: 9, align: ['left', 'right'] }),
        space(3),
        ...(outside ? [p('Affranchissement : frais avancés au nom et pour le compte de la commune (art. 267 II 2° du CGI), exclus de la base de TVA.', { size: 7.4, i: true })] : []),
        rule(),
        p(inv.print.iban ? `Règlement par virement à réception – IBAN : ${iban(inv)} – BIC : ${s.bic}` : paymentText(inv), { size: 8.4 }),
        p(LATE_FEES, { size: 7 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 }), p('Page {page} / {pages}', { align: 'right', size: 6.6 })],
    };
  },
};

// ——— 2. Recovery of abandoned graves: a Cegid-like invoice with a left sidebar, graves listed, a retention on some. ———
const reprise = {
  name: 'al-reprise-concessions-ossuaire',
  family: 'abandoned-graves-ossuary-cegid-sidebar-retention',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('al-reprise-concessions-ossuaire', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: ['sage', 'ciel', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'engagementJuridiqueNo', 'ej'], marketProb: 0.6, serviceProb: 0.65, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.9 });
    const x = extraRng(inv, 'graves');
    renameSupplier(inv, x.pick(['Pompes Funèbres et Marbrerie Loire-Sud', 'Travaux Funéraires du Forez', 'Entreprise Funéraire Granjon', 'PFM Ondaine Services']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '9603Z';
    civicBuyer(inv, x, 'cemetery', 0.85);
    localReferences(inv, x);
    maybeRelabel40(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = `411${x.digits(5)}`;
    inv.statement = seven40(x);
    inv.habilitation = `${String(inv.date.y - x.int(1, 5)).slice(2)}-42-${x.digits(4)}`;
    inv.cemetery = x.pick(['cimetière du Crêt de Roc', 'cimetière de Montmartre', 'cimetière communal', 'cimetière du Bourg', 'ancien cimetière']);
    const n = x.int(2, 7);
    inv.graves = Array.from({ length: n }, () => ({ no: `${x.int(1, 3999)}`, carre: `${x.pick(['A', 'B', 'C', 'D', 'E'])}${x.int(1, 24)}`, year: x.int(1890, 1955), kind: x.pick(['perpétuelle', 'perpétuelle', 'cinquantenaire', 'centenaire']) }));
    inv.lines = [
      { label: 'Démolition et évacuation des monuments et signes funéraires', unitName: 'concession', qty: n, unit: x.int(180, 420) * 100, rate: 2000 },
      { label: 'Exhumation des restes mortels et réduction de corps', unitName: 'corps', qty: n + x.int(0, n), unit: x.int(150, 320) * 100, rate: 2000 },
      { label: 'Fourniture de reliquaires en bois (boîtes à ossements) avec plaque d’identification', unitName: 'u', qty: 0, unit: x.int(35, 90) * 100, rate: 2000 },
      { label: 'Transfert à l’ossuaire communal et inscription au registre', unitName: 'forfait', qty: 1, unit: x.int(120, 380) * 100, rate: 2000 },
    ];
    inv.lines[2].qty = inv.lines[1].qty;
    if (x.chance(0.6)) inv.lines.push({ label: 'Comblement des fosses, nivellement et engazonnement des emplacements libérés', unitName: 'concession', qty: n, unit: x.int(90, 220) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i % 2 === 0) retain(inv, 5);
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux funéraires n°'], service: ['Code service', 'Service gestionnaire'] });
    const pair = (k, v) => [p(k, { size: 6.8, color: '#666666', before: 1.5 }), p(v, { b: true, size: 8.8 })];
    const side = [
      p('FACTURE', { b: true, size: 16, color: '#7a2f2f' }),
      ...pair('Numéro', inv.number), ...pair('Date', date(inv, inv.date)), ...pair('Compte client', inv.account),
      ...pair('Constat d’abandon n°', inv.statement), ...pair('Échéance', fmtDate(inv.due, 'slash')),
      ...refs.flatMap(([k, v]) => pair(k, v)),
      space(4),
      p('Mode de règlement', { size: 6.8, color: '#666666' }),
      p(inv.print.iban ? 'Virement bancaire' : 'Mandat administratif', { b: true, size: 8.4 }),
    ];
    const graves = table([22, 22, 30, 36], [{ cells: ['Carré', 'N°', 'Type', 'Acte de concession'], b: true, shade: '#eeeeee' }, ...inv.graves.map((g) => [g.carre, g.no, g.kind, `acquise en ${g.year}`])], { border: 'grid', size: 7.4 });
    const rows = inv.lines.map((l) => [l.label, l.unitName, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} %`, money(inv, -inv.retenue)], [x.pick(['Net à payer', 'Montant dû']), money(inv, inv.net)]);
    else totals.push(['Net à payer', money(inv, inv.net)]);
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 12, 18, 12], creator: 'Cegid Business',
      body: [
        columns([46, 6, 134], [
          side,
          [],
          [
            p(s.name, { b: true, size: 12 }), p(`Opérateur funéraire – habilitation préfectorale n° ${inv.habilitation}`, { size: 7.2, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 })),
            space(4),
            p('Destinataire', { size: 7, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.8 }),
            space(4),
            p(`Reprise de concessions en état d’abandon – ${inv.cemetery} (procédure des art. L. 2223-17 et R. 2223-12 du CGCT)`, { b: true, size: 8.6 }),
            space(2),
            graves,
            space(3),
            table([62, 20, 12, 20, 20], [{ cells: ['Désignation', 'Unité', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#e4d6d6' }, ...rows], { border: 'head', size: 7.4, align: ['left', 'center', 'right', 'right', 'right'] }),
            space(3),
            table([50, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 54, border: 'box', size: 8.6, align: ['left', 'right'] }),
            space(3),
            p(inv.print.iban ? `Coordonnées bancaires – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 7.6 }),
            ...(inv.retenue ? [p('Retenue de garantie libérée un an après la réception des travaux, sauf réserves.', { size: 7, i: true })] : []),
            p(LATE_FEES, { size: 6.6 }),
          ],
        ]),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 3. Flags and facade kits: a Sage 100-like PDFKit invoice, capitals, the number and date in the title line. ———
const ARTICLES = [
  ['DRFR100', 'Drapeau France 100 × 150 cm, polyester maille 115 g, fourreau et cordelette', 1800, 4200],
  ['DREU100', 'Drapeau Union européenne 100 × 150 cm, étoiles cousues', 2200, 4800],
  ['DRVJ150', 'Drapeau de la ville jumelle 100 × 150 cm, impression numérique', 4500, 9500],
  ['PAV-FAC', 'Kit de pavoisement de façade (écusson RF, 2 drapeaux sur hampes, lance dorée)', 9000, 19000],
  ['MAT6ALU', 'Mât aluminium 6 m, drisse intérieure, embase à platine', 38000, 72000],
  ['ECH-TRI', 'Écharpe tricolore d’élu, soie, franges or, glands bouillon', 9500, 19000],
  ['FAN-ANC', 'Fanion d’associations d’anciens combattants, brodé, hampe démontable', 14000, 36000],
  ['PAV-GUI', 'Guirlande de pavoisement 10 m, 20 pavillons tricolores', 1900, 4600],
];
const pavois = {
  name: 'al-pavoisement-drapeaux',
  family: 'flags-sashes-facade-kits-sage-pdfkit-title-line',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('al-pavoisement-drapeaux', i, { cityProb: 0.35, engagementProb: 0.65, trades: ['goods'], numbers: credit ? ['avoirShort'] : ['sage', 'ciel'], engagementLabels: ['bonDeCommande', 'commande', 'engagement', 'bcShort'], marketProb: 0.35, serviceProb: 0.65, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5, 10], groups: ['space', 'dot', 'none'], lines: [1, 1], rcsProb: 0.8, avoir: credit });
    const x = extraRng(inv, 'flags');
    renameSupplier(inv, x.pick(['Pavillons et Drapeaux du Centre', 'Manufacture Tricolore Forézienne', 'Doublet-Loire Pavoisement', 'Brod’Art Drapeaux']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '1392Z';
    civicBuyer(inv, x, 'protocol', 0.85);
    localReferences(inv, x);
    maybeRelabel40(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.client = `C${x.digits(5)}`;
    inv.bl = seven40(x);
    if (credit) {
      inv.print.iban = false;
      inv.origin = { number: `FA${x.digits(5)}`, date: addDays(inv.date, -x.int(10, 50)) };
      const [ref, label, lo, hi] = x.pick(ARTICLES.slice(0, 3));
      inv.lines = [{ ref, label: `Retour marchandise non conforme – ${label}`, qty: x.int(2, 20), unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 }];
    } else {
      const picks = ARTICLES.filter((_, k) => k < 2 || x.chance(0.45));
      inv.lines = picks.map(([ref, label, lo, hi]) => ({ ref, label, qty: ref.startsWith('MAT') || ref.startsWith('ECH') ? x.int(1, 3) : x.int(4, 60), unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 }));
      inv.lines.push({ ref: 'PORT', label: 'Participation aux frais de port et d’emballage', qty: 1, unit: x.int(15, 45) * 100, rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'ACCORD-CADRE N°'], service: ['CODE SERVICE', 'SERVICE DEMANDEUR'] });
    const title = `${inv.avoir ? 'AVOIR' : 'FACTURE'} N° ${inv.number} DU ${fmtDate(inv.date, 'slash')}`;
    const codes = [['CODE CLIENT', inv.client], ['N° BL', inv.bl], ...(inv.avoir ? [['FACTURE D’ORIGINE', inv.origin.number]] : [['ÉCHÉANCE', fmtDate(inv.due, 'slash')]]), ['MODE DE RÈGLEMENT', inv.print.iban ? 'VIREMENT' : 'MANDAT ADMINISTRATIF']];
    const rows = inv.lines.map((l) => [l.ref, l.label.toLocaleUpperCase('fr-FR'), frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['TOTAL BRUT HT', money(inv, inv.grossHT)], [`REMISE ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['TOTAL HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['TOTAL TTC', money(inv, inv.ttc)], [inv.avoir ? 'MONTANT DE L’AVOIR' : 'NET À PAYER', money(inv, inv.net)]);
    const vatBox = table([20, 26, 24], [{ cells: ['TAUX', 'BASE HT', 'MONTANT TVA'], b: true, shade: '#d9d9d9' }, [rate(2000), plainMoney(inv, inv.ht), plainMoney(inv, inv.tva)]], { border: 'grid', size: 7.2, align: ['center', 'right', 'right'] });
    return {
      font: 'Helvetica', size: 8.2, margins: [12, 13, 20, 13], creator: 'Sage 100cloud Gestion commerciale',
      body: [
        columns([96, 84], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 12.5 }), p('DRAPEAUX – PAVOISEMENT – ÉCHARPES ET FANIONS', { size: 7 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 }))],
          [table([84], [[{ blocks: paras(buyerTexts(inv, x), { size: 8.8 }) }]], { border: 'box', pad: 2.5 })],
        ]),
        space(5),
        p(title, { b: true, size: 12 }),
        table([45, 45, 45, 45], [{ cells: codes.map(([k]) => k), b: true, shade: '#d9d9d9', size: 6.8 }, codes.map(([, v]) => v)], { border: 'grid', size: 8, align: ['center', 'center', 'center', 'center'], before: 1.5, after: 2 }),
        ...(refs.length ? [p(refs.map(([k, v]) => `${k} : ${v}`).join('     '), { size: 8.2, b: true, after: 2 })] : []),
        table([22, 98, 14, 22, 24], [{ cells: ['RÉFÉRENCE', 'DÉSIGNATION', 'QTÉ', 'P.U. HT', 'MONTANT HT'], b: true, shade: '#d9d9d9' }, ...rows], { border: 'head', size: 7.4, align: ['left', 'left', 'right', 'right', 'right'], after: 4 }),
        columns([80, 20, 80], [[vatBox], [], [table([48, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'grid', size: 8.4, align: ['left', 'right'] })]]),
        space(4),
        p(inv.avoir ? `AVOIR SUR FACTURE ${inv.origin.number} DU ${fmtDate(inv.origin.date, 'slash')} – À DÉDUIRE DE VOTRE PROCHAIN RÈGLEMENT.` : inv.print.iban ? `RÈGLEMENT PAR VIREMENT – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv).toLocaleUpperCase('fr-FR'), { size: 7.8 }),
        p('Réserve de propriété : les marchandises restent notre propriété jusqu’au paiement intégral du prix (loi du 12 mai 1980).', { size: 6.8 }),
        p(LATE_FEES, { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [cartes, reprise, pavois];

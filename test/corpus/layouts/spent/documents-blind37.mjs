// Blind-37 layouts written as documents (see ../../README.md): an electrical contractor's relamping of a stadium's
// floodlights with LED projectors, typed in a hand-made Writer template (« FACTURE N° … » over labels in small capitals
// above their values, the site file of seven digits, masts and projectors by the unit, the nacelle by the day, the
// lighting-level report; a 5 % retention of guarantee deducted on some and « Montant dû »; the engagement in a sentence
// on some; one stadium over two pages, projector by projector), and a groundsman's renovation of a natural-grass
// football pitch printed like Cegid through LibreOffice and through PDFKit (the identity in a ruled box of headings over
// values, the customer account of eight digits and the quote of seven; scarifying, top-dressing sand by the tonne,
// seed by the kilo, in m² with a price of three decimals; a VAT summary by rate; a discount on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { retain } from '../../lib/blind25.mjs';
import { eight37, maybeRelabel37, seven37, sportBuyer } from '../../lib/blind37.mjs';

// ——— 1. Stadium floodlights relamped with LED: a Writer template, labels over values, a retention on some. ———
const GROUNDS = ['Stade Henri Bouchet', 'Stade municipal Marcel Roche', 'Complexe sportif de l’Étivallière', 'Stade des Barrières', 'Plaine des sports du Fay', 'Stade Jean Snella'];
const projecteurs = {
  name: 'ai-projecteurs-stade-led',
  family: 'stadium-floodlights-led-writer-labels-over-values-retention',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 6;
    const inv = makeInvoice('ai-projecteurs-stade-led', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['btp', 'services'], numbers: ['plain', 'year2', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.45, serviceProb: 0.45, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'floodlights');
    renameSupplier(inv, x.pick(['Électricité Générale du Furan', 'Forez Éclairage Sportif', 'Lumière et Stades Rhône-Loire', 'Citéos Loire Sud']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4321A';
    sportBuyer(inv, x, 'sports', 0.85);
    localReferences(inv, x);
    maybeRelabel37(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.site = seven37(x);
    inv.ground = x.pick(GROUNDS);
    inv.lux = x.pick([150, 200, 250, 500]);
    const masts = long ? 6 : x.int(2, 4);
    inv.lines = [];
    if (long) {
      for (let m = 1; m <= masts; m++) for (let k = 1; k <= 6; k++) inv.lines.push({ label: `Mât M${m} – projecteur P${k} : dépose de l’iodure 2 000 W, pose projecteur LED 1 100 W, pointage`, qty: 1, unit: x.int(1650, 2100) * 100, rate: 2000 });
    } else {
      const each = x.pick([4, 6, 8]);
      inv.lines.push({ label: `Fourniture et pose de projecteurs LED 1 100 W asymétriques (${masts} mâts × ${each})`, qty: masts * each, unit: x.int(1650, 2100) * 100, rate: 2000 });
      inv.lines.push({ label: 'Dépose et recyclage des projecteurs à iodures métalliques (éco-organisme)', qty: masts * each, unit: x.int(40, 90) * 100, rate: 2000 });
    }
    inv.lines.push({ label: 'Armoire de commande avec gradation (entraînement / compétition) et horloge astronomique', qty: 1, unit: x.int(2800, 5200) * 100, rate: 2000 });
    inv.lines.push({ label: 'Nacelle 30 m avec opérateur (journée)', qty: long ? 6 : x.int(2, 4), unit: x.int(650, 980) * 100, rate: 2000 });
    inv.lines.push({ label: `Mesures d’éclairement et rapport (niveau E${x.int(3, 5)}, ${inv.lux} lux)`, qty: 1, unit: x.int(450, 900) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    if (i % 2 === 1) retain(inv, 5);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Lot n° / marché'], service: ['Code service', 'Service'] });
    const sentence = inv.engagement && x.chance(0.45) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const caps = x.chance(0.5);
    const lab = (t) => p(caps ? t.toLocaleUpperCase('fr-FR') : t, { size: 6.8, color: '#666666' });
    const ident = [['Date', date(inv, inv.date)], ['Échéance', fmtDate(inv.due, 'slash')], ['Dossier chantier', inv.site], ...shown];
    const cells = ident.map(([k, v]) => ({ blocks: [lab(k), p(v, { b: true, size: 9 })] }));
    const rowsOf = [];
    for (let k = 0; k < cells.length; k += 3) rowsOf.push([0, 1, 2].map((n) => cells[k + n] ?? ''));
    const lines = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} % (art. 1er loi n° 71-584)`, money(inv, -inv.retenue)], [x.pick(['Montant dû', 'Net à payer']), money(inv, inv.net)]);
    return {
      font: x.pick(['Liberation Sans', 'Liberation Serif']), size: 9, margins: [14, 15, 18, 15],
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 13 }), p('Électricité – éclairage public et sportif – qualification Qualifelec', { size: 7.4, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.8 }))],
          buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 9 })),
        ]),
        space(6),
        p(`FACTURE N° ${inv.number}`, { b: true, size: 14 }),
        table([60, 60, 60], rowsOf, { border: 'none', size: 9, before: 2, after: 3 }),
        p(`Objet : remplacement de l’éclairage du terrain d’honneur par projecteurs LED – ${inv.ground}`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.6 })] : []),
        table([102, 16, 28, 34], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#dddddd' }, ...lines], { border: 'grid', size: 8, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([70, 34], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 || (!inv.retenue && n === 2) })), { indent: 76, border: 'rows', size: 9, align: ['left', 'right'] }),
        space(3),
        ...(inv.retenue ? [p('La retenue de garantie sera libérée un an après la réception des travaux, sauf réserves notifiées.', { size: 7.6, i: true })] : []),
        p(paymentText(inv), { size: 8.4 }),
        p(LATE_FEES, { size: 7 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 }), p('Page {page}/{pages}', { align: 'right', size: 6.6 })],
    };
  },
};

// ——— 2. Natural-grass pitch renovation: Cegid-like, a ruled box of headings, m² at three decimals, LO and PDFKit. ———
const PITCHES = ['terrain d’honneur', 'terrain annexe n° 2', 'terrain de rugby', 'aire de lancer et terrain central', 'terrain d’entraînement'];
const pelouse = {
  name: 'ai-renovation-pelouse-stade',
  family: 'natural-grass-pitch-renovation-cegid-heads-box-two-producers',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('ai-renovation-pelouse-stade', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['btp', 'services'], numbers: ['sage', 'ciel', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'numeroEj'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 3], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.9 });
    const x = extraRng(inv, 'grass');
    renameSupplier(inv, x.pick(['Sols Sportifs du Forez', 'Green Stade Services', 'Terrains de Sport Rhône-Alpes', 'Agro-Sport Loire']), 'SAS');
    inv.supplier.ape = '8130Z';
    sportBuyer(inv, x, 'sports', 0.85);
    localReferences(inv, x);
    maybeRelabel37(inv, x);
    inv.date = { ...inv.date, m: x.pick([6, 7, 8, 9]) };
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = eight37(x);
    inv.quote = seven37(x);
    inv.pitch = x.pick(PITCHES);
    inv.area = x.pick([6400, 7140, 7350, 7600, 8250]);
    const m2 = (label, lo, hi) => {
      const mills = x.int(lo, hi);
      return { label, qty: inv.area, qtyText: frNumber(inv.area), unitName: 'm²', unit: mills, unitText: mills3(mills), total: millsTotal(inv.area, mills), rate: 2000 };
    };
    inv.lines = [m2('Scarification croisée et ramassage des déchets de feutre', 60, 140), m2('Décompactage profond (Verti-Drain, 25 cm)', 80, 180)];
    const sand = x.int(60, 140);
    inv.lines.push({ label: 'Sablage de regarnissage, sable siliceux 0/2 lavé', qty: sand, qtyText: frNumber(sand), unitName: 't', unit: x.int(38, 62) * 100, unitText: plainMoney(inv, x.int(38, 62) * 100), rate: 2000 });
    inv.lines[inv.lines.length - 1].unitText = plainMoney(inv, inv.lines[inv.lines.length - 1].unit);
    const seed = x.int(20, 45) * 10;
    inv.lines.push({ label: 'Regarnissage au semoir, mélange ray-grass anglais 100 % (kg)', qty: seed, qtyText: frNumber(seed), unitName: 'kg', unit: x.int(650, 980), unitText: plainMoney(inv, x.int(650, 980)), rate: 2000 });
    inv.lines[inv.lines.length - 1].unitText = plainMoney(inv, inv.lines[inv.lines.length - 1].unit);
    if (x.chance(0.6)) inv.lines.push(m2('Fertilisation de démarrage et traçage provisoire', 30, 70));
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, `look-${producer}`);
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° marché'], service: ['Code service', 'Service destinataire'] });
    const heads = [['N° pièce', inv.number], ['Date', date(inv, inv.date)], ['N° compte', inv.account], ['Devis', inv.quote], ['Échéance', fmtDate(inv.due, 'slash')]];
    const lines = inv.lines.map((l) => [l.label, l.qtyText, l.unitName, l.unitText, plainMoney(inv, l.total)]);
    const vat = inv.vat.map((v) => [rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', money(inv, inv.grossHT)], [`Remise ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['Total HT', money(inv, inv.ht)], ['Total TVA', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)], [x.pick(['Net à payer', 'Net à payer EUR']), money(inv, inv.net)]);
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [12, 13, 18, 13], creator: 'Cegid Business – Facturation',
      body: [
        columns([98, 82], [
          [p(s.name, { b: true, size: 12.5 }), p('Création et entretien de terrains de sport engazonnés', { size: 7.2 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 }))],
          [p('FACTURE', { b: true, size: 16, align: 'right' }), space(3), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 }))],
        ]),
        space(5),
        table([36, 36, 36, 36, 36], [{ cells: heads.map(([k]) => k), b: true, shade: '#e4e4e4', size: 7.2 }, heads.map(([, v]) => ({ text: v, b: true }))], { border: 'grid', size: 8.6, align: ['center', 'center', 'center', 'center', 'center'] }),
        ...(refs.length ? [space(2), table([60, 120], refs.map(([k, v]) => [k, { text: v, b: true }]), { border: 'box', size: 8.2 })] : []),
        space(3),
        p(`Rénovation estivale – ${inv.pitch} (${frNumber(inv.area)} m²)`, { b: true }),
        table([86, 20, 12, 26, 36], [{ cells: ['Désignation', 'Quantité', 'U', 'P.U. HT', 'Montant HT'], b: true, shade: '#e4e4e4' }, ...lines], { border: 'grid', size: 7.8, align: ['left', 'right', 'center', 'right', 'right'], before: 2, after: 3 }),
        columns([92, 8, 80], [
          [p('Récapitulatif TVA', { b: true, size: 7.6 }), table([22, 34, 30], [{ cells: ['Taux', 'Base HT', 'Montant TVA'], b: true, shade: '#eeeeee' }, ...vat], { border: 'grid', size: 7.6, align: ['center', 'right', 'right'] })],
          [],
          [table([46, 34], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'grid', size: 8.4, align: ['left', 'right'] })],
        ]),
        space(4),
        p(inv.print.iban ? `Mode de règlement : virement à 30 jours – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 8 }),
        rule(),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

export default [projecteurs, pelouse];

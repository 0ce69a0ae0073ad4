// Blind-17 layout printed by PDFKit (see ../../README.md): a swimming-pool chemicals supplier's delivery invoice to a
// public body's pools (chlorine, pH correctors, flocculant, reagents; the dangerous goods with their UN number, ADR class
// and packing group under the line, an ADR transport charge; returnable drums charged and the empty ones taken back as a
// negative line; the delivery note, the delivery date and the safety data sheets recalled), in the habits of a Ciel-like
// package (« N° de pièce », « Date : 12.03.2026 »).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { adrMention, maybeRelabel17, NUMBER_LABELS_17 } from '../../lib/blind17.mjs';

const PRODUCTS = [
  ['HYPO-20', 'Hypochlorite de sodium 14/15 % – bidon 20 L', 2400, 3600, ['1791', '8', 'III'], true],
  ['GAL-5', 'Chlore stabilisé galets 250 g – seau 5 kg', 4200, 6900, ['2468', '5.1', 'II'], false],
  ['CHOC-5', 'Chlore choc granulés (hypochlorite de calcium) – seau 5 kg', 3900, 6200, ['2880', '5.1', 'II'], false],
  ['PHM-20', 'pH moins liquide (acide sulfurique 37 %) – bidon 20 L', 2600, 4200, ['2796', '8', 'II'], true],
  ['PHP-6', 'pH plus poudre (carbonate de sodium) – seau 6 kg', 1800, 2900, null, false],
  ['FLOC-5', 'Floculant liquide chlorure de polyaluminium – bidon 5 L', 2200, 3900, null, false],
  ['DPD1-250', 'Réactif DPD n° 1 – boîte de 250 pastilles', 1400, 2400, null, false],
  ['BAND-50', 'Bandelettes d’analyse chlore libre / pH – boîte de 50', 900, 1600, null, false],
  ['SEL-25', 'Sel de régénération adoucisseur – sac 25 kg', 900, 1400, null, false],
];
const POOLS = ['Piscine Grouchy', 'Centre nautique Yves Nayme', 'Piscine de la Cotonne', 'Piscine Raymond Sommet', 'Piscine d’été du Portail Rouge'];
const piscine = {
  name: 'u-produits-piscine',
  family: 'pool-chemicals-hazardous-goods',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('u-produits-piscine', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['ciel', 'sage', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande', 'bcShort'], marketProb: 0.5, serviceProb: 0.55, dateStyles: ['dots', 'slash'], rates: [[2000]], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.65 });
    const x = extraRng(inv, 'pool');
    renameSupplier(inv, x.pick(['Aqua Chimie Rhône-Loire', 'Piscines Services Traitement', 'Hydro Traitement des Eaux du Forez', 'Chlorea Distribution']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4675Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel17(inv, x);
    inv.pool = POOLS[i % POOLS.length];
    inv.deliveryNote = `BL${x.digits(6)}`;
    inv.delivered = addDays(inv.date, -x.int(1, 10));
    const first = x.int(0, PRODUCTS.length - 1);
    inv.lines = [];
    let drums = 0;
    for (let k = 0; k < x.int(3, 7); k++) {
      const [sku, label, lo, hi, adr, drum] = PRODUCTS[(first + k) % PRODUCTS.length];
      const qty = drum ? x.int(2, 16) : x.int(1, 10);
      if (drum) drums += qty;
      inv.lines.push({ sku, label, adr, qty, unit: x.int(lo / 10, hi / 10) * 10, rate: 2000 });
    }
    if (inv.lines.some((l) => l.adr)) inv.lines.push({ sku: 'TRANS-ADR', label: 'Livraison marchandises dangereuses (ADR) – véhicule équipé, chauffeur formé', qty: 1, unit: x.int(45, 120) * 100, rate: 2000 });
    else inv.lines.push({ sku: 'PORT', label: 'Frais de port et de livraison', qty: 1, unit: x.int(15, 45) * 100, rate: 2000 });
    if (drums) {
      const price = x.pick([800, 1000, 1200]);
      inv.lines.push({ sku: 'CONS-20', label: 'Consignation bidons 20 L', qty: drums, unit: price, rate: 2000 });
      const back = x.int(0, drums);
      if (back) inv.lines.push({ sku: 'DECONS-20', label: `Déconsignation bidons vides repris (BL ${x.digits(6)})`, qty: -back, unit: price, rate: 2000 });
    }
    return priceLines(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché produits de traitement de l’eau n°', 'N° de marché'], service: ['Code service', 'Service', 'Service des sports (code)'] });
    const inBox = x.chance(0.5);
    const sentence = inv.engagement && !inBox && x.chance(0.5) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = x.pick(NUMBER_LABELS_17);
    const idRows = [[numberLabel, { text: inv.number, b: true }], [x.pick(['Date', 'Date pièce']), date(inv, inv.date)], ['N° client', inv.clientCode], ['Bon de livraison', `${inv.deliveryNote} du ${fmtDate(inv.delivered, 'slash')}`], ['Échéance', date(inv, inv.due, 'slash')]];
    if (inBox) idRows.push(...shown.map(([k, v]) => [k, { text: v, b: true }]));
    const rows = inv.lines.map((l) => [l.sku, { blocks: [p(l.label, { size: 7.8 }), ...(l.adr ? [p(`${adrMention(l.adr)} – FDS disponible sur demande`, { size: 6.6, color: '#b71c1c' })] : [])] }, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const totals = [[x.pick(['Total HT', 'Montant HT', 'Total H.T.']), inv.ht], [x.pick([`TVA ${rate(2000)}`, 'Total TVA']), inv.tva], [x.pick(['Total TTC', 'Montant TTC', 'Total T.T.C.']), inv.ttc, true]];
    if (x.chance(0.5)) totals.push([x.pick(['Net à payer', 'Net à payer en EUR']), inv.net, true]);
    return {
      font: x.pick(['Helvetica', 'Times']), size: 8.6, margins: [13, 14, 22, 14], title: 'Facture',
      body: [
        columns([98, 84], [[...paras(supplierTexts(inv, x), { firstSize: 13 }), p('Produits de traitement de l’eau des piscines – matériel d’analyse', { size: 7.2, i: true })], [p(x.pick(['FACTURE', 'Facture']), { b: true, size: 15, align: 'right' }), table([34, 50], idRows, { border: 'grid', size: 8 })]]),
        space(4),
        columns([98, 84], [[p('Livré à :', { size: 7.2, color: '#666666' }), p(inv.pool, { b: true, size: 8.6 }), ...(inBox ? [] : shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.2, b: true })))], [p('Adresse de facturation :', { size: 7.2, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 8.6 })]]),
        ...(sentence ? [p(sentence, { size: 8, i: true, before: 2 })] : []),
        table([22, 92, 14, 20, 12, 22], [{ cells: ['Code', 'Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#e3f2fd' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'left', 'right', 'right', 'right', 'right'], before: 4, after: 2 }),
        totalsTable(inv, totals, { widths: [50, 30], indent: 102 }),
        rule(),
        p('Marchandises dangereuses transportées conformément à l’ADR ; fiches de données de sécurité remises à la livraison. Stocker à l’abri de la chaleur, ne jamais mélanger chlore et acide.', { size: 7, before: 2 }),
        p(inv.print.iban ? `Règlement : virement à 30 jours – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : 'Règlement : mandat administratif à 30 jours.', { size: 8, before: 2 }),
        p(`Les bidons consignés non rendus dans un délai de 6 mois restent acquis. ${LATE_FEES}`, { size: 6.6, before: 1 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [piscine];

// Blind-41 layout drawn with PDFKit (see ../../README.md): a pond and river works contractor's invoice for draining and
// dredging a communal pond, printed like EBP (capitals, a grid box top right with « FACTURE N° », « DATE », « CODE
// CLIENT » of seven digits, the water-law declaration's receipt and the references; pumping by the hour, the rescue
// fishing by a fish farmer, sediments by the m³ and their spreading on farmland by the tonne, the sluice repaired;
// the laboratory's sediment analyses passed on outside VAT on some; one credit note for a day of pumping not done).
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, legalLine, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { hundredths41, perHundredth41, perTonne41, seven41, start41, tonnes41 } from '../../lib/blind41.mjs';

const PONDS = ['étang communal du Vernay', 'étang de la Ronze', 'plan d’eau de loisirs des Bruneaux', 'étang du Pré Neuf', 'bassin de rétention de la Croix'];
const etang = {
  name: 'am-vidange-curage-etang',
  family: 'pond-draining-dredging-ebp-grid-box-outside-vat',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const { inv, x } = start41('am-vidange-curage-etang', i, { cityProb: 0.3, engagementProb: 0.7, numbers: credit ? ['avoirShort'] : ['ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false },
      { names: ['Aquatic Travaux Rivières', 'Étangs et Milieux Aquatiques du Forez', 'Hydro-Curage Loire', 'SERPE Travaux Fluviaux'], form: ['SARL', 'SAS'], ape: '4312B', kind: 'water', tag: 'pond' });
    inv.customer = seven41(x);
    inv.receipt = `DDT42-${inv.date.y - 1}-${x.digits(5)}`;
    inv.pond = x.pick(PONDS);
    inv.lines = [];
    const rates = [2000];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(1, 9999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(8, 35)) };
      const h = x.int(600, 1000);
      inv.lines.push({ label: 'POMPAGE NON RÉALISÉ (NIVEAU ATTEINT PAR LE MOINE) – JOURNÉE DÉDUITE', qtyText: hundredths41(h), unitName: 'h', unitText: plainMoney(inv, 9500), qty: h / 100, unit: 9500, total: perHundredth41(h, 9500), rate: 2000 });
    } else {
      const h = x.int(1200, 7200);
      const hp = x.int(75, 120) * 100;
      inv.lines.push({ label: 'Vidange contrôlée – motopompe 150 m³/h avec crépine et filtration des fines', qtyText: hundredths41(h), unitName: 'h', unitText: plainMoney(inv, hp), qty: h / 100, unit: hp, total: perHundredth41(h, hp), rate: 2000 });
      const fish = x.int(450, 1400) * 100;
      inv.lines.push({ label: 'Pêche de sauvegarde, tri et transfert du poisson (pisciculteur agréé)', qtyText: '1', unitName: 'forf.', unitText: plainMoney(inv, fish), qty: 1, unit: fish, rate: 2000 });
      const m3 = x.int(120, 1600);
      const pm = x.int(14, 32) * 100;
      inv.lines.push({ label: 'Curage des sédiments à la pelle amphibie et ressuyage', qtyText: frNumber(m3), unitName: 'm³', unitText: plainMoney(inv, pm), qty: m3, unit: pm, rate: 2000 });
      const kg = m3 * x.int(900, 1300);
      const pt = x.int(9, 18) * 100;
      inv.lines.push({ label: 'Transport et épandage des boues sur parcelles agricoles (plan d’épandage)', qtyText: tonnes41(kg), unitName: 't', unitText: plainMoney(inv, pt), qty: kg / 1000, unit: pt, total: perTonne41(kg, pt), rate: 2000 });
      if (x.chance(0.5)) {
        const m = x.int(900, 2600) * 100;
        inv.lines.push({ label: 'Réfection du moine : planches, joints d’argile et grille', qtyText: '1', unitName: 'forf.', unitText: plainMoney(inv, m), qty: 1, unit: m, rate: 2000 });
      }
      if ([1, 3, 6].includes(i)) {
        rates.push(0);
        const lab = x.int(280, 760) * 100;
        inv.lines.push({ label: `Analyses des sédiments (laboratoire départemental, rapport n° ${seven41(x)}) – débours hors TVA`, qtyText: '1', unitName: 'u', unitText: plainMoney(inv, lab), qty: 1, unit: lab, rate: 0 });
      }
    }
    for (const l of inv.lines) l.label = l.label.toLocaleUpperCase('fr-FR');
    return priceLines(inv, rates);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'MAPA N°'], service: ['CODE SERVICE', 'SERVICE'] });
    const box = [
      [inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number, true], ['DATE', date(inv, inv.date), true], ['CODE CLIENT', inv.customer],
      ...(inv.avoir ? [['FACTURE D’ORIGINE', inv.origin.number]] : [['ÉCHÉANCE', fmtDate(inv.due, 'slash')]]),
      ['RÉCÉPISSÉ LOI SUR L’EAU', inv.receipt], ...refs.map(([k, v]) => [k.toLocaleUpperCase('fr-FR'), v]),
    ];
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.unitName, l.unitText, l.rate ? rate(l.rate) : 'HT', plainMoney(inv, l.total)]);
    const outside = inv.lines.filter((l) => l.rate === 0).reduce((a, l) => a + l.total, 0);
    const totals = [['TOTAL HT', money(inv, inv.ht)]];
    if (outside) totals.push(['DONT DÉBOURS HORS TVA', money(inv, outside)]);
    totals.push([`TVA ${rate(2000)}`, money(inv, inv.tva)], [inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push(['NET À PAYER', money(inv, inv.net)]);
    return {
      font: 'Helvetica', size: 8, margins: [12, 12, 16, 12], creator: 'EBP Gestion Commerciale',
      footer: [p(legalLine(inv).toLocaleUpperCase('fr-FR'), { size: 6.2, align: 'center' })],
      body: [
        columns([98, 88], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 12 }), p('TRAVAUX EN RIVIÈRES ET PLANS D’EAU – VIDANGE – CURAGE', { size: 7 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t.toLocaleUpperCase('fr-FR'), { size: 7.2 }))],
          [table([40, 48], box.map(([k, v, strong]) => [{ text: k, size: 6.6 }, { text: v, b: true, size: strong ? 9.4 : 8.2 }]), { border: 'grid', size: 8 })],
        ]),
        space(4),
        columns([98, 88], [[p(`CHANTIER : ${inv.pond.toLocaleUpperCase('fr-FR')}`, { b: true, size: 8.6 })], [p('ADRESSE DE FACTURATION', { size: 6.6 }), ...buyerTexts(inv, x).map((t, k) => p(t.toLocaleUpperCase('fr-FR'), { b: k === 0, size: 8.4 }))]]),
        space(4),
        ...(inv.avoir ? [p(`AVOIR SUR NOTRE FACTURE ${inv.origin.number} DU ${fmtDate(inv.origin.date, 'slash')}`, { b: true })] : []),
        table([86, 18, 10, 20, 12, 28], [{ cells: ['DÉSIGNATION', 'QTÉ', 'U', 'P.U. HT', 'TVA', 'MONTANT HT'], b: true, shade: '#d9d9d9' }, ...rows], { border: 'grid', size: 7.4, align: ['left', 'right', 'center', 'right', 'center', 'right'], before: 2, after: 3 }),
        columns([100, 86], [[p(inv.avoir ? 'AVOIR À DÉDUIRE DE VOTRE PROCHAIN RÈGLEMENT.' : paymentText(inv).toLocaleUpperCase('fr-FR'), { size: 7.4 }), p('PÉNALITÉS DE RETARD : 3 FOIS LE TAUX D’INTÉRÊT LÉGAL – INDEMNITÉ FORFAITAIRE DE RECOUVREMENT 40 €.', { size: 6.6, before: 2 })],
          [table([56, 30], totals.map(([k, v], n) => ({ cells: [k, { text: v, align: 'right' }], b: n === totals.length - 1 })), { border: 'grid', size: 8.2 })]]),
      ],
    };
  },
};

export default [etang];

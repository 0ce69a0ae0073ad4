// Blind-43 layout printed by PDFKit (see ../../README.md): a crane-hire company's invoice for a mobile crane with its
// operator by the hour, printed like EBP (capitals, a grid box top right with « FACTURE N° », « DATE », « CODE CLIENT »
// of seven digits, « ÉCHÉANCE », the attachment slip of eight digits and the references; crane and slinger by the hour
// in hundredths, travel and counterweight transport; the road-occupation permit paid to the commune passed on outside
// VAT on some; a 5 % retention of guarantee on works on 2; one credit note for hours not worked).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, supplierTexts } from '../../lib/blind5.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { retain } from '../../lib/blind25.mjs';
import { eight43, eventBuyer, hours43, maybeRelabel43, perHundredth, seven43, totals43 } from '../../lib/blind43.mjs';

const CRANES = [['GRUE MOBILE 35 T', 11500, 13500], ['GRUE MOBILE 50 T', 13500, 16500], ['GRUE MOBILE 90 T', 19000, 24000], ['GRUE AUXILIAIRE SUR PORTEUR 25 T.M', 8500, 10500]];
const JOBS = ['levage de modules de scène', 'pose de centrales de traitement d’air en toiture', 'levage de charpente du préau de l’école', 'dépose du sapin de Noël et des décors', 'pose de passerelle piétonne', 'levage de bungalows de chantier'];
const grue = {
  name: 'ao-grue-mobile-grutier',
  family: 'mobile-crane-with-operator-ebp-capitals-grid-box',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const inv = makeInvoice('ao-grue-mobile-grutier', i, { cityProb: 0.4, engagementProb: 0.6, trades: ['btp', 'services'], numbers: credit ? ['avoir'] : ['ebp', 'sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.4, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'dot', 'none'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'crane');
    renameSupplier(inv, x.pick(['Levage Stéphanois', 'Grues Forez Manutention', 'Ondaine Levage Services', 'Transports et Levages du Gier']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4999Z';
    eventBuyer(inv, x, x.pick(['works', 'events']), 0.85);
    localReferences(inv, x);
    maybeRelabel43(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.client43 = seven43(x);
    inv.slip43 = eight43(x);
    inv.job = x.pick(JOBS);
    inv.day = addDays(inv.date, -x.int(3, 20));
    const [crane, lo, hi] = x.pick(CRANES);
    const hp = x.int(lo / 100, hi / 100) * 100;
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(10, 9999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(5, 25)) };
      const h = x.int(2, 8) * 50;
      inv.lines = [{ label: `${crane} AVEC GRUTIER – HEURES FACTURÉES NON RÉALISÉES (ATTENTE ANNULÉE)`, qty: h / 100, qtyText: hours43(h), unitName: 'H', unit: hp, total: perHundredth(h, hp), rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    const h = x.int(4, 20) * 25 + 200;
    inv.lines = [
      { label: `${crane} AVEC GRUTIER (MINIMUM 4 H)`, qty: h / 100, qtyText: hours43(h), unitName: 'H', unit: hp, total: perHundredth(h, hp), rate: 2000 },
      { label: 'AMENÉE ET REPLI DE LA GRUE', qty: 1, qtyText: '1,00', unitName: 'FT', unit: x.int(250, 650) * 100, rate: 2000 },
    ];
    if (x.chance(0.6)) {
      const sh = h - x.int(0, 4) * 25;
      const sp = x.int(45, 62) * 100;
      inv.lines.push({ label: 'ÉLINGUEUR / CHEF DE MANŒUVRE', qty: sh / 100, qtyText: hours43(sh), unitName: 'H', unit: sp, total: perHundredth(sh, sp), rate: 2000 });
    }
    if (x.chance(0.4)) inv.lines.push({ label: 'TRANSPORT DU CONTREPOIDS PAR SEMI-REMORQUE', qty: 1, qtyText: '1,00', unitName: 'FT', unit: x.int(300, 700) * 100, rate: 2000 });
    if (x.chance(0.3)) inv.lines.push({ label: 'PLAQUES DE RÉPARTITION SOUS STABILISATEURS', qty: 4, qtyText: '4,00', unitName: 'U', unit: x.int(15, 30) * 100, rate: 2000 });
    const rates = [2000];
    if (i % 3 !== 2) {
      inv.permit = `AOT-${inv.day.y}-${x.digits(4)}`;
      inv.lines.push({ label: `DÉBOURS : DROITS DE VOIRIE (ARRÊTÉ ${inv.permit}) PAYÉS POUR VOTRE COMPTE`, qty: 1, qtyText: '1,00', unitName: 'FT', unit: x.int(40, 220) * 100, rate: 0 });
      rates.push(0);
    }
    priceLines(inv, rates);
    if (i === 1 || i === 6) {
      retain(inv, 5);
      inv.deductions43 = [{ label: 'RETENUE DE GARANTIE 5 %', cents: inv.retenue }];
    }
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'N° MARCHÉ'], service: ['CODE SERVICE', 'SERVICE'] }).map(([k, v]) => [k.toLocaleUpperCase('fr-FR'), v]);
    const box = [
      [inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number], ['DATE', date(inv, inv.date)], ['CODE CLIENT', inv.client43],
      inv.avoir ? ['FACTURE D’ORIGINE', inv.origin.number] : ['ÉCHÉANCE', fmtDate(inv.due, 'slash')], ['BON D’ATTACHEMENT', inv.slip43], ...refs,
    ];
    const rows = inv.lines.map((l) => [l.label, l.unitName, l.qtyText, plainMoney(inv, l.unit), l.rate ? rate(l.rate) : 'EXO', plainMoney(inv, l.total)]);
    const totals = totals43(inv, { ht: 'TOTAL H.T.', debours: 'DONT DÉBOURS HORS TVA', vat: (v, many) => (many ? `T.V.A. ${rate(v.rate)} SUR ${plainMoney(inv, v.base)}` : `T.V.A. ${rate(v.rate)}`), ttc: inv.avoir ? 'TOTAL AVOIR T.T.C.' : 'TOTAL T.T.C.', net: inv.deductions43 ? 'NET À PAYER' : null });
    return {
      font: 'Helvetica', size: 8.2, margins: [12, 12, 18, 12], creator: 'EBP Facturation',
      body: [
        columns([100, 80], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 13 }), p('LOCATION DE GRUES AVEC OPÉRATEUR – MANUTENTION – TRANSPORT EXCEPTIONNEL', { size: 6.8 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 }))],
          [table([36, 44], box.map(([k, v], n) => [{ text: k, size: 7, b: true }, { text: v, size: n === 0 ? 10 : 8.4, b: n === 0 }]), { border: 'grid', size: 8 })],
        ]),
        space(4),
        columns([100, 80], [[p(`CHANTIER : ${inv.job.toLocaleUpperCase('fr-FR')}`, { size: 8 }), p(`INTERVENTION DU ${fmtDate(inv.day, 'slash')}`, { size: 8 })], [table([80], [[{ blocks: buyerTexts(inv, x).map((t, k) => p(t.toLocaleUpperCase('fr-FR'), { b: k === 0, size: 8.6 })) }]], { border: 'box' })]]),
        space(5),
        ...(inv.avoir ? [p(`AVOIR SUR FACTURE ${inv.origin.number} DU ${fmtDate(inv.origin.date, 'slash')}`, { b: true, after: 2 })] : []),
        table([84, 12, 16, 24, 14, 30], [{ cells: ['DÉSIGNATION', 'U', 'QTÉ', 'P.U. H.T.', 'TVA', 'MONTANT H.T.'], b: true, shade: '#d9d9d9' }, ...rows], { border: 'grid', size: 7.6, align: ['left', 'center', 'right', 'right', 'center', 'right'], after: 3 }),
        table([58, 32], totals.map(([k, v, strong]) => ({ cells: [k, money(inv, v)], b: strong })), { indent: 90, border: 'grid', size: 8.2, align: ['left', 'right'] }),
        space(3),
        ...(inv.retenue ? [p('RETENUE DE GARANTIE CONFORMÉMENT À LA LOI N° 71-584 DU 16 JUILLET 1971, LIBÉRABLE UN AN APRÈS LA RÉCEPTION.', { size: 7 })] : []),
        ...(inv.permit ? [p('LES DÉBOURS SONT REFACTURÉS À L’EURO PRÈS, HORS TAXES, SUR JUSTIFICATIF (ARTICLE 267 II 2° DU CGI).', { size: 7 })] : []),
        p(inv.avoir ? 'AVOIR À DÉDUIRE DE VOTRE PROCHAIN RÈGLEMENT.' : inv.print.iban ? `RÈGLEMENT PAR VIREMENT : IBAN ${iban(inv)} – BIC ${s.bic}` : 'RÈGLEMENT PAR MANDAT ADMINISTRATIF À 30 JOURS.', { size: 7.8, b: true }),
        rule(),
        p('PÉNALITÉS DE RETARD : 3 FOIS LE TAUX D’INTÉRÊT LÉGAL – INDEMNITÉ FORFAITAIRE DE RECOUVREMENT : 40 €. CONDITIONS GÉNÉRALES DE LOCATION DE GRUE AVEC OPÉRATEUR (CLAUSES DU SNLTP).', { size: 6.4 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('PAGE {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [grue];

// Blind-38 layout drawn with PDFKit (see ../../README.md): a project owner's assistant's (AMO) monthly fee for the
// programme of a public building's renovation, printed like EBP (capital labels beside values in a grid box on the
// right — « FACTURE N° », « DATE », « CODE CLIENT » of eight digits, « ÉCHÉANCE », the references —; the month's
// fixed fee, extra steering committees, the analysis of tenders by lot and the travel in kilometres; the fee revised
// by the Syntec index on some; the mission order of seven digits; a discount on some; one credit note for a committee
// invoiced twice, its amounts negative on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { coef4, coefficient, maybeRelabel38, seven38, studyBuyer } from '../../lib/blind38.mjs';

const PROGRAMMES = ['rénovation énergétique des groupes scolaires', 'construction du nouveau centre technique municipal', 'réhabilitation du théâtre municipal', 'schéma directeur immobilier', 'restructuration de l’EHPAD municipal', 'création d’un équipement sportif couvert'];
const amo = {
  name: 'aj-amo-assistance-mensuelle',
  family: 'project-owner-assistant-monthly-fee-ebp-grid-box',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('aj-amo-assistance-mensuelle', i, { cityProb: 0.4, engagementProb: 0.6, trades: ['services'], numbers: credit ? ['avoir'] : ['ebp'], engagementLabels: ['engagement', 'ej', 'ejNo', 'bonDeCommande'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 0, 2], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'amo');
    renameSupplier(inv, x.pick(['Maîtrise d’Ouvrage Conseil Loire', 'AMO Partenaires Publics', 'Programmation & Conduite d’Opérations', 'Cabinet Rivoire AMO']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7022Z';
    studyBuyer(inv, x, 'works', 0.85);
    localReferences(inv, x);
    maybeRelabel38(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.account = `411${x.digits(5)}`;
    inv.mission = seven38(x);
    inv.programme = x.pick(PROGRAMMES);
    const month = previousMonth(inv.date);
    inv.month = `${MONTHS[month.from.m - 1]} ${month.from.y}`.toLocaleUpperCase('fr-FR');
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${x.digits(5)}`, date: addDays(inv.date, -x.int(5, 30)) };
      inv.lines = [{ label: 'COMITÉ DE PILOTAGE FACTURÉ EN DOUBLE', qty: 1, unit: x.int(6, 11) * 10000, rate: 2000 }];
    } else {
      const fee = x.int(25, 60) * 10000;
      inv.lines = [{ label: `FORFAIT MENSUEL D’ASSISTANCE À MAÎTRISE D’OUVRAGE – ${inv.month}`, qty: 1, unit: fee, rate: 2000 }];
      if (x.chance(0.45)) {
        inv.coef = coefficient(x, 1010, 1045);
        inv.lines.push({ label: `RÉVISION SYNTEC (COEF. ${coef4(inv.coef)})`, qty: 1, unit: Math.round((fee * (inv.coef - 10000)) / 10000), rate: 2000 });
      }
      if (x.chance(0.5)) inv.lines.push({ label: 'COMITÉ DE PILOTAGE SUPPLÉMENTAIRE (PRÉPARATION, ANIMATION, COMPTE RENDU)', qty: x.int(1, 3), unit: x.int(6, 11) * 10000, rate: 2000 });
      if (x.chance(0.4)) inv.lines.push({ label: `ANALYSE DES OFFRES – LOT N° ${x.int(1, 14)} (RAPPORT D’ANALYSE)`, qty: 1, unit: x.int(8, 20) * 10000, rate: 2000 });
      const km = x.int(20, 240);
      inv.lines.push({ label: `FRAIS DE DÉPLACEMENT (${frNumber(km)} KM)`, qty: km, unit: x.pick([55, 60, 65]), rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'N° MARCHÉ AMO'], service: ['CODE SERVICE', 'SERVICE'] }).map(([k, v]) => [k.toLocaleUpperCase('fr-FR'), v]);
    const grid = [
      [inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number, true], ['DATE', date(inv, inv.date), true], ['CODE CLIENT', inv.account],
      inv.avoir ? ['SUR FACTURE', `${inv.origin.number} DU ${fmtDate(inv.origin.date, 'slash')}`] : ['ÉCHÉANCE', fmtDate(inv.due, 'slash')],
      ['ORDRE DE MISSION', inv.mission], ...refs,
    ];
    const box = table([34, 46], grid.map(([k, v, strong]) => [{ text: k, size: 7, b: true, shade: '#e6e6e6' }, { text: v, size: strong ? 9.4 : 8.4, b: Boolean(strong) }]), { border: 'grid', size: 8 });
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['TOTAL BRUT HT', money(inv, inv.grossHT)], [`REMISE ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['TOTAL HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push([x.pick(['NET À PAYER', 'MONTANT DÛ']), money(inv, inv.net)]);
    return {
      font: 'Helvetica', size: 8.2, margins: [12, 12, 18, 12], creator: 'EBP Facturation',
      body: [
        columns([98, 2, 80], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 12 }), p('Assistance à maîtrise d’ouvrage – conduite d’opérations publiques', { size: 7 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 })), space(7),
            ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.8 }))],
          [],
          [p(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right' }), space(2), box],
        ]),
        space(6),
        p(inv.avoir ? `AVOIR – OPÉRATION : ${inv.programme.toLocaleUpperCase('fr-FR')}` : `OPÉRATION : ${inv.programme.toLocaleUpperCase('fr-FR')} – PÉRIODE : ${inv.month}`, { b: true, size: 8.4 }),
        table([96, 16, 26, 14, 28], [{ cells: ['DÉSIGNATION', 'QTÉ', 'P.U. HT', 'TVA', 'MONTANT HT'], b: true, shade: '#cccccc' }, ...rows], { border: 'grid', size: 7.6, align: ['left', 'right', 'right', 'center', 'right'], before: 2, after: 4 }),
        table([50, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1, shade: n === totals.length - 1 ? '#e6e6e6' : undefined })), { indent: 100, border: 'grid', size: 8.4, align: ['left', 'right'] }),
        space(4),
        ...(inv.coef ? [p(`Révision des prix selon l’indice SYNTEC, coefficient Cn = ${coef4(inv.coef)} appliqué au forfait mensuel (CCAP art. 7).`, { size: 7.2 })] : []),
        p(inv.avoir ? 'CET AVOIR VIENT EN DÉDUCTION DE VOTRE PROCHAINE FACTURE.' : inv.print.iban ? `RÈGLEMENT PAR VIREMENT – IBAN : ${iban(inv)} – BIC : ${s.bic}` : 'RÈGLEMENT PAR MANDAT ADMINISTRATIF À 30 JOURS', { size: 7.8 }),
        p('Pénalités de retard : 3 fois le taux d’intérêt légal – indemnité forfaitaire pour frais de recouvrement : 40 € – pas d’escompte.', { size: 6.8 }),
        rule(),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

export default [amo];

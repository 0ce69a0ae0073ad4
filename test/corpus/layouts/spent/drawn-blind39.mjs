// Blind-39 layout drawn with PDFKit (see ../../README.md): a reception-equipment hirer's invoice for the tableware,
// glassware and buffet tables of a public reception, printed like EBP (capitals, a grid box top right with « FACTURE
// N° », « DATE », « CODE CLIENT » of seven digits, « CONTRAT DE LOCATION » of seven digits, « ÉCHÉANCE » and the
// references; items by the piece for the hire period, washing, breakage counted at return, delivery; a deposit paid at
// the booking deducted with its own number on some; the pieces returned listed over two pages on one; one credit note
// for breakage disputed).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences, orderDeposit } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { foodBuyer, maybeRelabel39, seven39 } from '../../lib/blind39.mjs';

const ITEMS = [
  ['Assiette plate porcelaine blanche 27 cm', 18, 28], ['Assiette à dessert 21 cm', 15, 24], ['Verre à vin 19 cl', 16, 25], ['Flûte à champagne 17 cl', 18, 28],
  ['Couverts inox (fourchette, couteau, cuillère) – le set', 30, 45], ['Tasse à café et soucoupe', 15, 22], ['Nappe blanche 240 × 240', 650, 950], ['Table buffet 180 × 80', 900, 1400],
  ['Mange-debout avec housse', 1200, 1800], ['Plateau inox 60 × 40', 250, 400], ['Vasque rafraîchissoir', 700, 1100],
];
const EVENTS = ['Cérémonie des vœux du Maire', 'Réception du 14 Juillet', 'Inauguration de la médiathèque', 'Remise des médailles du travail', 'Accueil des nouveaux habitants', 'Forum des associations', 'Repas des aînés'];
const vaisselle = {
  name: 'ak-location-vaisselle-reception',
  family: 'reception-tableware-hire-ebp-grid-box-breakage',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const long = i === 2;
    const inv = makeInvoice('ak-location-vaisselle-reception', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['food'], numbers: credit ? ['avoir'] : ['ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'engagementJuridique', 'bcShort'], marketProb: 0.2, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'hire');
    renameSupplier(inv, x.pick(['Loc’Réception Loire', 'Art de la Table Location', 'Forez Réceptions Services', 'Vaisselle & Buffets Location']), 'SARL');
    inv.supplier.ape = '7729Z';
    foodBuyer(inv, x, 'reception', 0.85);
    localReferences(inv, x);
    maybeRelabel39(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.customer = seven39(x);
    inv.contract = seven39(x);
    inv.event = x.pick(EVENTS);
    inv.day = addDays(inv.date, -x.int(3, 12));
    const guests = x.int(8, 60) * 10;
    inv.guests = guests;
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA-${inv.date.y}-${String(x.int(1, 9999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(5, 20)) };
      inv.lines = [{ label: 'Casse contestée – verres à vin 19 cl retrouvés dans les caisses de retour', qty: x.int(6, 30), unit: x.int(350, 480), rate: 2000 }];
    } else {
      const picks = ITEMS.filter(() => x.chance(0.5)).slice(0, long ? 11 : 6);
      if (!picks.length) picks.push(ITEMS[2]);
      inv.lines = picks.map(([label, lo, hi]) => ({ label: `Location ${label}`, qty: /Table|Mange|Nappe|Vasque|Plateau/.test(label) ? x.int(2, 20) : guests + x.int(0, 5) * 10, unit: x.int(lo, hi), rate: 2000 }));
      inv.lines.push({ label: 'Lavage et reconditionnement de la vaisselle (forfait par casier)', qty: x.int(6, 40), unit: x.int(300, 500), rate: 2000 });
      if (x.chance(0.6)) inv.lines.push({ label: 'Casse et manquants constatés au retour (verres, assiettes)', qty: x.int(3, 25), unit: x.int(300, 700), rate: 2000 });
      inv.lines.push({ label: 'Livraison et reprise sur site (aller-retour)', qty: 1, unit: x.int(60, 180) * 100, rate: 2000 });
    }
    inv.returned = long ? Array.from({ length: 60 }, (_, k) => ({ crate: `C${String(k + 1).padStart(3, '0')}`, content: x.pick(ITEMS)[0], count: x.pick([25, 36, 49, 16]), missing: x.chance(0.15) ? x.int(1, 3) : 0 })) : [];
    priceLines(inv, [2000]);
    if (!credit && i % 3 === 0) inv.deposit39 = orderDeposit(inv, x, 30, addDays(inv.day, -x.int(20, 50)));
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'ACCORD-CADRE N°'], service: ['CODE SERVICE', 'SERVICE'] }).map(([k, v]) => [k.toLocaleUpperCase('fr-FR'), v]);
    const kv = [
      [inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number, true], ['DATE', date(inv, inv.date), true], ['CODE CLIENT', inv.customer], ['CONTRAT DE LOCATION', inv.contract],
      ...(inv.avoir ? [['FACTURE D’ORIGINE', inv.origin.number]] : [['ÉCHÉANCE', fmtDate(inv.due, 'slash')]]), ...refs,
    ];
    const kvTable = table([36, 44], kv.map(([k, v, strong]) => [{ text: k, size: 6.8, shade: '#eeeeee' }, { text: v, b: true, size: strong ? 9.6 : 8.4 }]), { border: 'grid', size: 8 });
    const rows = inv.lines.map((l) => [l.label.toLocaleUpperCase('fr-FR'), frNumber(l.qty), frNumber(l.unit / 100, 2), plainMoney(inv, l.total)]);
    const totals = [['TOTAL HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', money(inv, inv.ttc)]];
    if (inv.deposit) totals.push([`ACOMPTE N° ${inv.deposit39.number} DU ${fmtDate(inv.deposit39.date, 'slash')}`, money(inv, -inv.deposit)]);
    if (!inv.avoir) totals.push([x.pick(['NET À PAYER', 'RESTE DÛ']), money(inv, inv.net)]);
    const crateRows = inv.returned.map((c) => [c.crate, c.content.toLocaleUpperCase('fr-FR'), String(c.count), c.missing ? String(c.missing) : '–']);
    return {
      font: 'Helvetica', size: 8.2, margins: [12, 12, 18, 12], creator: 'EBP Gestion Commerciale',
      body: [
        columns([98, 82], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 12 }), p('LOCATION DE VAISSELLE, MOBILIER ET MATÉRIEL DE RÉCEPTION', { size: 7 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 })), space(6),
            ...buyerTexts(inv, x).map((t, k) => p(t.toLocaleUpperCase('fr-FR'), { b: k === 0, size: 8.6 }))],
          [kvTable],
        ]),
        space(5),
        p(`${inv.avoir ? 'AVOIR' : 'LOCATION'} – ${inv.event.toLocaleUpperCase('fr-FR')} DU ${fmtDate(inv.day, 'slash')} – ${inv.guests} CONVIVES`, { b: true }),
        table([100, 20, 26, 34], [{ cells: ['DÉSIGNATION', 'QTÉ', 'P.U. HT', 'MONTANT HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.6, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([62, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 86, border: 'grid', size: 8.4, align: ['left', 'right'] }),
        space(3),
        p(inv.avoir ? `AVOIR SUR FACTURE ${inv.origin.number} DU ${fmtDate(inv.origin.date, 'slash')} – À DÉDUIRE DE VOTRE PROCHAIN RÈGLEMENT.` : inv.print.iban ? `RÈGLEMENT PAR VIREMENT – IBAN ${iban(inv)} – BIC ${s.bic}` : 'RÈGLEMENT PAR MANDAT ADMINISTRATIF À 30 JOURS.', { size: 7.8 }),
        p('Matériel loué propre, à rendre non lavé dans ses casiers. La casse et les manquants sont facturés au prix du tarif en vigueur.', { size: 7 }),
        ...(crateRows.length ? [space(3), p('ÉTAT DES CASIERS AU RETOUR', { b: true, size: 7.6 }), table([20, 110, 24, 26], [{ cells: ['CASIER', 'CONTENU', 'PIÈCES', 'MANQUANTS'], b: true, shade: '#eeeeee' }, ...crateRows], { border: 'rows', size: 7.2 })] : []),
        rule(),
        p('Pénalités de retard : 3 fois le taux d’intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('PAGE {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [vaisselle];

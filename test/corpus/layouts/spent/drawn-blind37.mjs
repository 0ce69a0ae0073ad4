// Blind-37 layout drawn with PDFKit (see ../../README.md): a water-treatment firm's maintenance of a swimming pool's
// plant room, printed like EBP (capital labels beside values in a grid box top right — invoice number, date, the
// customer code of seven digits, the maintenance contract, the due date, the references —; the quarter's contract
// fee, sand-filter media by the 25 kg bag, UV lamps of the dechloraminator, dosing-pump kits, technician hours and the
// travel; the meter index of the make-up water of eight digits; one credit note for a visit not made; one invoice with
// the parts of the whole plant room listed).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { eight37, maybeRelabel37, seven37, sportBuyer } from '../../lib/blind37.mjs';

const PARTS = [
  ['Joint de couvercle de préfiltre de pompe', 1800, 4500], ['Garniture mécanique de pompe de filtration 15 kW', 18000, 32000], ['Manomètre glycérine 0-4 bars', 2500, 4800],
  ['Sonde de chlore libre ampérométrique', 42000, 68000], ['Sonde pH avec certificat d’étalonnage', 9000, 16000], ['Tube péristaltique de pompe doseuse', 2200, 4600],
  ['Clapet anti-retour DN 80', 7800, 14000], ['Vanne papillon DN 125 à commande manuelle', 21000, 36000], ['Crépine de fond de filtre', 1400, 2800],
  ['Kit de maintenance pompe doseuse (membrane, clapets)', 8500, 15000], ['Fusible et relais de coffret électrique', 900, 2400], ['Capteur de débit électromagnétique', 48000, 76000],
];
const localTechnique = {
  name: 'ai-local-technique-piscine',
  family: 'pool-plant-room-maintenance-ebp-caps-grid-box',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const long = i === 2;
    const inv = makeInvoice('ai-local-technique-piscine', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoirShort'] : ['ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'ejNo'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'plant');
    renameSupplier(inv, x.pick(['Hydro Traitement Loire', 'Aqua Technic Services', 'Piscines Techniques du Centre', 'Filtra’Eau Maintenance']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '3312Z';
    sportBuyer(inv, x, 'pools', 0.85);
    localReferences(inv, x);
    maybeRelabel37(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.customer = seven37(x);
    inv.contract = `CM-${x.digits(5)}`;
    inv.meter = eight37(x);
    inv.index = x.int(10000, 99999);
    inv.quarter = Math.ceil(inv.date.m / 3);
    inv.lines = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = `FA-${inv.date.y}-${String(x.int(1, 9999)).padStart(5, '0')}`;
      inv.lines.push({ label: 'Visite préventive mensuelle non réalisée (fermeture technique du bassin)', qty: 1, unit: x.int(380, 620) * 100, rate: 2000 });
    } else {
      inv.lines.push({ label: `Contrat de maintenance – redevance du ${inv.quarter}${inv.quarter === 1 ? 'er' : 'e'} trimestre ${inv.date.y}`, qty: 1, unit: x.int(1800, 4200) * 100, rate: 2000 });
      if (x.chance(0.5) || long) inv.lines.push({ label: 'Média filtrant verre recyclé AFM grade 1 (sac de 21 kg)', qty: x.int(20, 90), unit: x.int(2400, 3600), rate: 2000 });
      if (x.chance(0.5) || long) inv.lines.push({ label: 'Lampe UV moyenne pression du déchloraminateur 3 kW', qty: x.int(1, 4), unit: x.int(680, 1150) * 100, rate: 2000 });
      const parts = long ? PARTS.concat(PARTS.slice(0, 4).map(([l, lo, hi]) => [`${l} (bassin ludique)`, lo, hi])) : PARTS.filter(() => x.chance(0.25));
      for (const [label, lo, hi] of parts) inv.lines.push({ label, qty: x.int(1, 3), unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
      inv.lines.push({ label: 'Main-d’œuvre technicien traitement d’eau (heures)', qty: x.pick([2, 3.5, 4, 6, 7.5, 12]), unit: x.int(58, 78) * 100, rate: 2000 });
      inv.lines.push({ label: 'Forfait déplacement zone 2', qty: 1, unit: x.int(45, 95) * 100, rate: 2000 });
    }
    for (const l of inv.lines) l.ref = `${x.pick(['PT', 'TR', 'MO', 'FD'])}${x.digits(4)}`;
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'ACCORD-CADRE N°'], service: ['CODE SERVICE', 'SERVICE'] });
    const kv = [
      [inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number, true], ['DATE', date(inv, inv.date), true], ['CODE CLIENT', inv.customer], ['CONTRAT', inv.contract],
      ...(inv.avoir ? [['FACTURE D’ORIGINE', inv.origin]] : [['ÉCHÉANCE', fmtDate(inv.due, 'slash')]]),
      ...refs,
    ];
    const box = table([34, 46], kv.map(([k, v, strong]) => [{ text: k, size: 6.8, shade: '#eeeeee' }, { text: v, b: true, size: strong ? 9.4 : 8.2 }]), { border: 'grid', size: 8 });
    const rows = inv.lines.map((l) => [l.ref, l.label.toLocaleUpperCase('fr-FR'), frNumber(l.qty, Number.isInteger(l.qty) ? 0 : 2), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['TOTAL HT', money(inv, inv.ht)], [`TVA ${rate(2000)} SUR ${plainMoney(inv, inv.ht)}`, money(inv, inv.tva)], [inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', money(inv, inv.ttc)]];
    if (!inv.avoir) totals.push([x.pick(['NET À PAYER', 'NET A PAYER']), money(inv, inv.net)]);
    return {
      font: 'Helvetica', size: 8, margins: [12, 12, 18, 12], creator: 'EBP Facturation',
      body: [
        columns([98, 2, 80], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 12 }), p('TRAITEMENT D’EAU – MAINTENANCE DE LOCAUX TECHNIQUES DE PISCINES', { size: 6.8 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 })), space(5),
            ...buyerTexts(inv, x).map((t, k) => p(t.toLocaleUpperCase('fr-FR'), { b: k === 0, size: 8.6 }))],
          [],
          [p(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right' }), space(2), box],
        ]),
        space(5),
        p(inv.avoir ? `AVOIR SUR FACTURE ${inv.origin}` : `INTERVENTION LOCAL TECHNIQUE – COMPTEUR D’EAU D’APPOINT N° ${inv.meter} – INDEX ${frNumber(inv.index)} M³`, { b: true }),
        table([18, 92, 16, 26, 28], [{ cells: ['RÉF.', 'DÉSIGNATION', 'QTÉ', 'P.U. HT', 'MONTANT HT'], b: true, shade: '#d6d6d6' }, ...rows], { border: 'grid', size: 7.4, align: ['left', 'left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([58, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 92, border: 'grid', size: 8.2, align: ['left', 'right'] }),
        space(3),
        p('Analyses réglementaires ARS non comprises. Pièces remplacées laissées à disposition de l’exploitant.', { size: 7 }),
        ...(inv.avoir ? [p('MONTANT À DÉDUIRE DE VOTRE PROCHAIN RÈGLEMENT.', { b: true, size: 8 })] : [p(inv.print.iban ? `RÈGLEMENT PAR VIREMENT – IBAN ${iban(inv)} – BIC ${s.bic}` : 'RÈGLEMENT PAR MANDAT ADMINISTRATIF À 30 JOURS', { size: 7.8 })]),
        rule(),
        p('Pénalités de retard : 3 fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d’escompte.', { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('PAGE {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [localTechnique];

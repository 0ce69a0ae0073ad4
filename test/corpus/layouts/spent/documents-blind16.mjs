// Blind-16 layout written for LibreOffice Calc (see ../../README.md): a sanitation company's invoice for pumping the
// grease traps and separators of a public body's kitchens (the truck's call-outs, the volumes pumped in m³ with two
// decimals at a treatment price per m³, pipes jetted by the hour, the waste-tracking slips; one row per intervention
// with its date, site, equipment, volume and slip number printed for information; a yearly-contract discount on some),
// printed from a Calc sheet.
import { addDays, iso } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { maybeRelabel16, previousMonth, ribRows } from '../../lib/blind16.mjs';

const KITCHENS = ['Cuisine centrale de la Cotonne', 'Restaurant scolaire Jules Ferry', 'Restaurant scolaire Chappe', 'Self du personnel – Hôtel de Ville', 'Crèche Les Lucioles', 'Restaurant du foyer-logement Beaulieu', 'Centre de loisirs de Solaure'];
const EQUIPMENT = [['Bac à graisse 1 500 L', 90, 170], ['Bac à graisse 3 000 L', 200, 320], ['Séparateur à hydrocarbures', 120, 260], ['Fosse toutes eaux 3 m³', 220, 300], ['Poste de relevage', 60, 140]];
const graisses = {
  name: 't-bacs-a-graisse',
  family: 'grease-trap-pumping-kitchens',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('t-bacs-a-graisse', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'ciel', 'ebp', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande', 'bcShort'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'grease');
    renameSupplier(inv, x.pick(['Assainissement Forez Hydrocurage', 'Loire Vidange Services', 'Hydro Net Collectivités', 'Curage et Pompage du Gier']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '3700Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel16(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 10) });
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.period = previousMonth(inv.date);
    const first = x.int(0, KITCHENS.length - 1);
    const count = x.int(2, 6);
    let day = { ...inv.period.from, d: x.int(1, 6) };
    inv.jobs = [];
    for (let k = 0; k < count && day.m === inv.period.from.m; k++) {
      const [kind, lo, hi] = x.pick(EQUIPMENT);
      inv.jobs.push({ day, site: KITCHENS[(first + k) % KITCHENS.length], kind, volume: x.int(lo, hi), slip: `BSD-${inv.period.from.y}-${x.digits(6)}` });
      day = addDays(day, x.int(2, 6));
    }
    const volume = inv.jobs.reduce((s, j) => s + j.volume, 0);
    const perM3 = x.int(6500, 12500);
    inv.lines = [
      { label: 'Déplacement camion hydrocureur (par intervention)', qty: inv.jobs.length, unit: x.int(120, 220) * 100, rate: 2000 },
      { label: 'Pompage, transport et traitement des graisses et boues en centre agréé', qtyText: `${frNumber(volume / 100, 2)} m³`, qty: volume / 100, unit: perM3, total: Math.round((volume * perM3) / 100), rate: 2000 },
    ];
    if (x.chance(0.6)) {
      const hours = x.int(2, 10) / 2;
      inv.lines.push({ label: 'Hydrocurage haute pression des canalisations (heure)', qtyText: `${frNumber(hours, 1)} h`, qty: hours, unit: x.int(95, 160) * 100, rate: 2000 });
    }
    inv.lines.push({ label: 'Bordereau de suivi des déchets (Trackdéchets) et certificat d’entretien', qty: inv.jobs.length, unit: x.int(8, 20) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Produit biologique dégraissant (bidon de 20 L)', qty: x.int(1, 4), unit: x.int(60, 110) * 100, rate: 2000 });
    return priceLines(inv);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Code service destinataire'] });
    const refsInBuyer = x.chance(0.5);
    const buyerBlock = [...buyer, ...(refsInBuyer ? refs.map(([k, v]) => `${k} : ${v}`) : [])];
    const top = Array.from({ length: Math.max(me.length, buyerBlock.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? '#00695c' : undefined } : null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Facturé à', 'Adresse de facturation']), span: 4, size: 7.5, color: '#666666' } : buyerBlock[k - 1] ? { v: buyerBlock[k - 1], span: 4, b: k === 1 } : null, null, null, null,
    ]);
    const head = { b: true, border: 'grid', shade: '#e0f2f1', align: 'center', size: 8 };
    const numberLabel = x.pick(['Pièce n°', 'N° facture', 'Facture n°', 'Numéro']);
    const idRows = [
      [{ v: x.pick(['FACTURE', 'Facture']), b: true, size: 14, span: 2 }, null, ...blank(5)],
      [{ v: numberLabel, span: 2 }, null, { v: inv.number, b: true, span: 2, align: 'left' }, null, ...blank(3)],
      [{ v: x.pick(['Date', 'Date de pièce', 'Date facture']), span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left', span: 2 }, null, ...blank(3)],
      [{ v: 'Code client', span: 2 }, null, { v: inv.clientCode, span: 2, align: 'left' }, null, ...blank(3)],
      ...(refsInBuyer ? [] : refs.map(([k, v]) => [{ v: k, span: 2 }, null, { v, b: true, span: 2, align: 'left' }, null, ...blank(3)])),
    ];
    const body = inv.lines.map((l) => [{ v: l.label, span: 3, border: 'grid', wrap: true, size: 8 }, null, null, { v: l.qtyText ?? frNumber(l.qty), border: 'grid', size: 8, align: 'right' }, cur(l.unit, { border: 'grid', size: 8 }), { v: rate(l.rate), border: 'grid', size: 8, align: 'center' }, cur(l.total, { border: 'grid', size: 8 })]);
    const jobs = inv.jobs.map((j) => [{ v: iso(j.day), type: 'date', border: 'grid', size: 7.6, align: 'left' }, { v: j.site, span: 2, border: 'grid', size: 7.6 }, null, { v: j.kind, span: 2, border: 'grid', size: 7.6 }, null, { v: `${frNumber(j.volume / 100, 2)} m³`, border: 'grid', size: 7.6, align: 'right' }, { v: j.slip, border: 'grid', size: 7.6 }]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contrat annuel ${inv.discountPct} %`, -inv.discount]);
    totals.push([x.pick(['Total HT', 'Base HT', 'Montant hors taxes']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer', 'Solde à régler']), inv.ttc, true]);
    const rib = ribRows(inv);
    const bank = inv.print.iban
      ? (x.chance(0.5)
        ? [[{ v: 'Coordonnées bancaires', b: true, span: 7, size: 8 }, ...blank(6)], [...rib[0].map((v) => ({ v, border: 'grid', size: 7.6, align: 'center', b: true })), ...blank(3)], [...rib[1].map((v) => ({ v, border: 'grid', size: 7.6, align: 'center' })), ...blank(3)], [{ v: `IBAN ${iban(inv)} – BIC ${inv.supplier.bic}`, span: 7, size: 8 }, ...blank(6)]]
        : [[{ v: `Règlement par virement – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}`, span: 7, size: 8 }, ...blank(6)]])
      : [[{ v: 'Règlement par mandat administratif.', span: 7, size: 8 }, ...blank(6)]];
    const rows = [
      ...top,
      blank(7),
      ...idRows,
      [{ v: `Interventions du mois de ${inv.period.name}`, span: 7, size: 8.6, i: true }, ...blank(6)],
      blank(7),
      [{ v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Quantité', ...head }, { v: 'P.U. HT', ...head }, { v: 'TVA', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.8 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      [{ v: 'Détail des interventions', b: true, span: 7, size: 8.4 }, ...blank(6)],
      [{ v: 'Date', ...head }, { v: 'Site', ...head, span: 2 }, null, { v: 'Ouvrage', ...head, span: 2 }, null, { v: 'Volume', ...head }, { v: 'N° BSD', ...head }],
      ...jobs,
      blank(7),
      ...bank,
      [{ v: `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, span: 7, size: 7, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.8, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [22, 30, 44, 22, 24, 14, 30], margins: [12, 12, 14, 12], rows };
  },
};

export default [graisses];

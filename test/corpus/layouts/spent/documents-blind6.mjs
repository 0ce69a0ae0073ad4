// Blind-6 layouts written in the shared document description (see ../../README.md), printed by LibreOffice Writer
// or PDFKit: a plumber's « facture d'intervention » (call date, intervention date, arrival and departure times,
// travel costs, findings and work done), an electrician's interim payment request « facture d'acompte n° 2 » on a
// works contract (the contract's amount and the earlier instalment printed for information, not deducted), a
// glazier's invoice priced per square metre from pane sizes in millimetres, and a veterinary invoice for the police
// dog unit (one block per dog: name, breed, chip number, acts and medicines).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, pad } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, rate, recompute, references } from '../../lib/invoice.mjs';
import { renameSupplier, sum } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';

const totalsBlock = (inv, rows, { widths = [62, 32], indent = 86, size } = {}) => table(widths, rows.map(([k, v, o = {}]) => ({ cells: [k, typeof v === 'number' ? money(inv, v) : v], b: o.b, line: o.b ? 'top' : undefined })), { indent, align: ['left', 'right'], before: 2, after: 2, size });
const refParas = (inv, size = 9) => references(inv).map(([k, v]) => p(`${k} : ${v}`, { size, b: true }));
const hhmm = (minutes) => `${pad(Math.floor(minutes / 60))}h${pad(minutes % 60)}`;

// ——— 1. Plumber: a call-out report that is also the invoice. ———
const CALLS = [
  ['Fuite sur canalisation encastrée – sanitaires du gymnase', 'Remplacement d’un tronçon de cuivre Ø 14 et de deux raccords, essai sous pression.'],
  ['WC bouché – école maternelle', 'Débouchage au furet électrique, contrôle de l’évacuation.'],
  ['Chauffe-eau en panne – vestiaires du stade', 'Remplacement du groupe de sécurité et de la résistance, remise en service.'],
  ['Robinet de puisage cassé – cimetière', 'Remplacement du robinet et du joint, vérification du compteur.'],
  ['Dégât des eaux – salle des fêtes', 'Recherche de fuite, remplacement d’un flexible d’alimentation, séchage.'],
];
const plombier = {
  name: 'w-plombier-intervention',
  family: 'call-out-report',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('w-plombier-intervention', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'ebp', 'sage', 'quickbooks'], engagementLabels: ['bonDeCommande', 'engagement', 'bdc', 'ej'], marketProb: 0.35, serviceProb: 0.6, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 3], rcsProb: 0.5 });
    const x = extraRng(inv, 'callout');
    renameSupplier(inv, x.pick(['Plomberie Martin', 'Sanitaires Ondaine Dépannage', 'Chauffage Plomberie Vial', 'Forez Dépannage Plomberie']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '4322A';
    const [problem, done] = x.pick(CALLS);
    const visit = addDays(inv.date, -x.int(1, 12));
    const arrival = x.int(28, 64) * 15;
    const minutes = x.pick([45, 60, 90, 105, 120, 150, 180]);
    inv.call = { problem, done, requested: addDays(visit, -x.int(0, 3)), visit, arrival, departure: arrival + minutes, technician: x.pick(['M. Rémi Vial', 'M. Yanis Chaize', 'M. Thierry Pitiot', 'Mme Laura Gay']), order: `OT-${x.digits(5)}` };
    const hourly = x.int(4800, 6800);
    const travel = x.int(3500, 6500);
    const parts = inv.lines.map(() => {
      const item = x.pick([['Raccord laiton à sertir', 400, 1800], ['Tube cuivre Ø 14 (m)', 900, 1500], ['Flexible inox 50 cm', 900, 2200], ['Groupe de sécurité', 2500, 5500], ['Joints et téflon', 300, 900], ['Robinet de puisage ½"', 1800, 4200]]);
      const q = x.pick([1, 1, 2, 3]);
      const unit = x.int(item[1], item[2]);
      return { label: item[0], qty: q, unit, rate: 2000, total: q * unit };
    });
    const hours = minutes / 60;
    inv.lines = [
      { label: x.pick(['Déplacement (forfait zone 1)', 'Frais de déplacement', 'Forfait déplacement']), qty: 1, unit: travel, rate: 2000, total: travel },
      { label: `Main-d’œuvre (${hhmm(arrival)} – ${hhmm(arrival + minutes)})`, qty: hours, unit: hourly, rate: 2000, total: Math.round(hours * hourly), hours: true },
      ...parts,
    ];
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const c = inv.call;
    const rows = inv.lines.map((l) => [l.label, l.hours ? `${qty(Math.round(l.qty * 100) / 100)} h` : qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const net = x.pick(['Net à payer', 'Total TTC', 'Montant TTC']);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, margins: [14, 15, 22, 15],
      body: [
        columns([100, 80], [paras(supplierTexts(inv, x), { firstSize: 13 }), [p(x.pick(['FACTURE D’INTERVENTION', 'Facture d’intervention']), { b: true, size: 14, align: 'right' }), p(`N° ${inv.number}`, { b: true, align: 'right' }), p(`Date de facture : ${date(inv, inv.date)}`, { align: 'right' }), p(`Date d’échéance : ${date(inv, inv.due)}`, { align: 'right', size: 8.5 })]]),
        space(4),
        columns([92, 88], [[p('Intervention', { b: true, size: 10 }), ...refParas(inv)], [p(x.pick(['Client', 'Donneur d’ordre']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        table([45, 45, 45, 45], [
          { cells: ['Demande du', 'Intervention le', 'Arrivée / départ', 'Technicien'], b: true, shade: '#e3f2fd' },
          [date(inv, c.requested, 'slash'), date(inv, c.visit, 'slash'), `${hhmm(c.arrival)} / ${hhmm(c.departure)}`, c.technician],
        ], { border: 'grid', size: 8.5, before: 4 }),
        table([180], [[{ runs: [{ text: 'Motif de l’appel : ', b: true }, { text: c.problem }] }], [{ runs: [{ text: 'Travaux réalisés : ', b: true }, { text: c.done }] }], [`Ordre de travail ${c.order} – bon d’intervention signé sur place`]], { border: 'box', size: 8.5, before: 3 }),
        table([110, 20, 24, 26], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#f0f0f0' }, ...rows], { border: 'rows', align: ['left', 'right', 'right', 'right'], before: 5, after: 2 }),
        totalsBlock(inv, [['Total HT', inv.ht], [`TVA ${rate(2000)}`, inv.tva], [net, inv.ttc, { b: true }]]),
        p(paymentText(inv), { size: 8.5, before: 4 }),
        p(LATE_FEES, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 2. Electrician: interim payment request n° 2 on a works contract. ———
const WORKS = ['Rénovation de l’éclairage du gymnase Jean Jaurès', 'Mise en conformité électrique de l’école Chavanelle', 'Câblage réseau de la médiathèque', 'Éclairage public LED – rue Michelet', 'Alarme incendie de la salle des fêtes'];
const acompte = {
  name: 'w-acompte-electricien',
  family: 'interim-payment-request',
  producers: ['libreoffice'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-acompte-electricien', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'ebp', 'pennylane'], engagementLabels: ['engagementJuridique', 'engagement', 'numeroEj'], marketProb: 0.8, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'acompte');
    renameSupplier(inv, x.pick(['Électricité Générale Roux', 'Elec’Forez Installations', 'Courant Fort Loire', 'SEI Stéphanoise d’Électricité']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4321A';
    const contract = x.int(40000, 400000) * 10;
    const first = x.pick([20, 25, 30]);
    const second = x.pick([20, 25, 30, 40].filter((n) => n * 6 !== first * 5));
    const firstDate = addDays(inv.date, -x.int(30, 75));
    inv.works = { label: x.pick(WORKS), contract, first, second, firstDate, firstNumber: `${inv.number.replace(/\d+$/, (d) => String(Math.max(1, Number(d) - x.int(3, 40))).padStart(d.length, '0'))}`, order: addDays(firstDate, -x.int(20, 60)) };
    inv.lines = [{ label: `Acompte n° 2 – ${second} % du montant du marché`, qty: 1, unit: Math.round((contract * second) / 100), rate: 2000, total: Math.round((contract * second) / 100) }];
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const w = inv.works;
    const firstHT = Math.round((w.contract * w.first) / 100);
    return {
      font: x.pick(['Liberation Sans', 'Liberation Serif']), size: 9.5, margins: [14, 16, 22, 16],
      body: [
        columns([100, 78], [paras(supplierTexts(inv, x), { firstSize: 13 }), [p(x.pick(['Maître d’ouvrage', 'Client']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        p(`FACTURE D’ACOMPTE N° 2`, { b: true, size: 15, before: 6 }),
        p(`Facture n° ${inv.number} – ${x.pick(['du', 'émise le'])} ${date(inv, inv.date)}`, { b: true, after: 2 }),
        p(`Objet : ${w.label}`, {}),
        p(`Ordre de service de démarrage du ${date(inv, w.order, 'slash')}`, { size: 8.5, after: 2 }),
        ...refParas(inv),
        table([110, 32, 36], [
          { cells: ['Rappel du marché', '%', 'Montant HT'], b: true, shade: '#fff3e0' },
          ['Montant du marché (pour information)', '100 %', plainMoney(inv, w.contract)],
          [`Acompte n° 1 – facture ${w.firstNumber} du ${date(inv, w.firstDate, 'slash')} (déjà facturé)`, `${w.first} %`, plainMoney(inv, firstHT)],
          { cells: ['Acompte n° 2 – objet de la présente facture', `${w.second} %`, plainMoney(inv, inv.ht)], b: true },
        ], { border: 'grid', align: ['left', 'right', 'right'], size: 8.5, before: 5, after: 4 }),
        totalsBlock(inv, [['Montant HT de l’acompte n° 2', inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Montant TTC à payer', 'Net à payer TTC', 'Total TTC']), inv.ttc, { b: true }]], { widths: [68, 32], indent: 80 }),
        p('Le solde sera facturé à la réception des travaux, déduction faite des acomptes versés.', { size: 8.5, i: true, before: 3 }),
        p(paymentText(inv), { size: 8.5, before: 3 }),
        p(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 3. Glazier: panes in millimetres, priced per square metre. ———
const GLASS = [['Vitrage feuilleté 44.2 clair', 9000, 14000], ['Double vitrage 4/16/4 argon', 11000, 17000], ['Verre armé 6 mm', 8000, 12500], ['Vitrage sécurit 8 mm', 13000, 19000], ['Polycarbonate alvéolaire 10 mm', 4500, 7500]];
const BUILDINGS = ['École élémentaire Grouchy', 'Gymnase du Portail Rouge', 'Médiathèque de Solaure', 'Hôtel de Ville – 2e étage', 'Crèche Les Lucioles', 'Piscine Raymond Sommet'];
const vitrier = {
  name: 'w-vitrier-m2',
  family: 'glazing-per-square-metre',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('w-vitrier-m2', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['dolibarr', 'plain', 'ciel'], engagementLabels: ['bonDeCommande', 'commande', 'ejBc', 'engagement'], marketProb: 0.4, serviceProb: 0.6, dateStyles: ['slash', 'dots', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 4], rcsProb: 0.5 });
    const x = extraRng(inv, 'glass');
    renameSupplier(inv, x.pick(['Miroiterie Stéphanoise', 'Vitrerie du Furan', 'Glaces et Vitrages Bonnet', 'Loire Miroiterie Services']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4334Z';
    inv.building = x.pick(BUILDINGS);
    inv.lines = inv.lines.map(() => {
      const [label, lo, hi] = x.pick(GLASS);
      const w = x.int(30, 180) * 10;
      const h = x.int(30, 220) * 10;
      const panes = x.pick([1, 1, 2, 3, 4]);
      const area = Math.round((w * h) / 10000) / 100;
      const m2 = Math.round(area * panes * 100) / 100;
      const unit = x.int(lo, hi);
      return { label, w, h, panes, area, qty: m2, unit, rate: 2000, total: Math.round(m2 * unit), glass: true };
    });
    const total = sum(inv.lines, 'panes');
    const removal = x.int(1500, 3500);
    inv.lines.push({ label: 'Dépose et évacuation des vitrages cassés', qty: total, unit: removal, rate: 2000, total: total * removal });
    const hours = x.pick([1, 1.5, 2, 3, 4]);
    const hourly = x.int(4500, 6000);
    inv.lines.push({ label: 'Main-d’œuvre de pose (2 compagnons)', qty: hours, unit: hourly, rate: 2000, total: Math.round(hours * hourly), hours: true });
    inv.intervention = addDays(inv.date, -x.int(1, 20));
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const rows = inv.lines.map((l) => (l.glass
      ? [`${l.label}\n${frNumber(l.w)} × ${frNumber(l.h)} mm – ${l.panes} pièce${l.panes > 1 ? 's' : ''} de ${frNumber(l.area, 2)} m²`, `${frNumber(l.qty, 2)} m²`, `${plainMoney(inv, l.unit)} / m²`, plainMoney(inv, l.total)]
      : [l.label, l.hours ? `${qty(l.qty)} h` : `${l.qty} u`, plainMoney(inv, l.unit), plainMoney(inv, l.total)]));
    return {
      font: x.pick(['DejaVu Sans', 'Liberation Sans']), size: 9, margins: [14, 15, 22, 15],
      body: [
        table([180], [[{ runs: [{ text: inv.supplier.name.toUpperCase(), b: true, size: 14 }, { text: `   ${x.pick(['Miroiterie – Vitrerie – Dépannage 7j/7', 'Vitrage – Menuiserie aluminium – Miroirs'])}` }] }]], { border: 'none', shade: '#e0f7fa' }),
        columns([96, 84], [paras(supplierTexts(inv, x).slice(1)), [p(`Facture n° ${inv.number}`, { b: true, size: 12, align: 'right' }), p(`Date : ${date(inv, inv.date)}`, { align: 'right' }), p(`Intervention du ${date(inv, inv.intervention, 'slash')}`, { align: 'right', size: 8.5 })]]),
        space(3),
        columns([92, 88], [[p(`Site : ${inv.building}`, { b: true }), ...refParas(inv, 8.5)], paras(buyerTexts(inv, x))]),
        table([100, 22, 30, 28], [{ cells: ['Désignation / dimensions (l × h)', 'Quantité', 'Prix unitaire HT', 'Montant HT'], b: true, shade: '#b2ebf2' }, ...rows], { border: 'grid', align: ['left', 'right', 'right', 'right'], before: 5, after: 2, size: 8.5 }),
        p('Surfaces arrondies au centième de m² par pièce ; facturation minimale 0,50 m² non appliquée.', { size: 7.5, i: true }),
        totalsBlock(inv, [['Total HT', inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer']), inv.ttc, { b: true }]]),
        p(`${paymentText(inv)}. Échéance : ${date(inv, inv.due)}.`, { size: 8.5, before: 4 }),
        p(LATE_FEES, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 4. Veterinary clinic: the police dog unit, one block per dog. ———
const DOGS = [['Rex', 'Berger belge malinois'], ['Uxo', 'Berger allemand'], ['Vénus', 'Berger belge malinois'], ['Tiko', 'Berger hollandais'], ['Sully', 'Berger allemand'], ['Ulka', 'Labrador (détection)']];
const ACTS = [['Consultation et examen clinique', 3800, 5200], ['Vaccin CHPPiL (rappel annuel)', 4200, 6200], ['Vaccin antirabique', 2500, 3800], ['Radiographie des hanches (2 clichés)', 9000, 14000], ['Antiparasitaire (boîte de 3 pipettes)', 2800, 4500], ['Vermifuge (comprimés)', 900, 1800], ['Détartrage sous anesthésie', 14000, 22000], ['Bilan sanguin complet', 6500, 9800]];
const veterinaire = {
  name: 'w-veterinaire-cynophile',
  family: 'veterinary-per-animal',
  producers: ['pdfkit'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('w-veterinaire-cynophile', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'carnet', 'compact', 'sage'], engagementLabels: ['engagement', 'ej', 'bonDeCommande', 'engagementJuridiqueNo'], marketProb: 0.3, serviceProb: 0.7, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 3], rcsProb: 0.4 });
    const x = extraRng(inv, 'dogs');
    renameSupplier(inv, x.pick(['Clinique Vétérinaire du Furan', 'Clinique Vétérinaire des Monts du Forez', 'Cabinet Vétérinaire Bellevue']), x.pick(['SELARL', 'SELAS']));
    inv.supplier.ape = '7500Z';
    inv.ordinal = String(x.int(10000, 39999));
    const firstDog = x.int(0, DOGS.length - 1);
    inv.dogs = inv.lines.map((l, k) => {
      const [name, breed] = DOGS[(firstDog + k) % DOGS.length];
      const firstAct = x.int(0, ACTS.length - 1);
      const acts = Array.from({ length: x.int(1, 4) }, (_, n) => {
        const [label, lo, hi] = ACTS[(firstAct + n) % ACTS.length];
        const unit = x.int(lo, hi);
        return { label, qty: 1, unit, rate: 2000, total: unit };
      });
      return { name, breed, chip: `250268${x.digits(9)}`, visit: addDays(inv.date, -x.int(0, 25)), acts };
    });
    inv.lines = inv.dogs.flatMap((d) => d.acts);
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const blocks = inv.dogs.flatMap((d) => [
      p(`${d.name} – ${d.breed} – puce n° ${d.chip} – vu le ${date(inv, d.visit, 'slash')}`, { b: true, size: 9, before: 4, color: '#4a148c' }),
      table([112, 14, 26, 28], d.acts.map((a) => [a.label, String(a.qty), plainMoney(inv, a.unit), plainMoney(inv, a.total)]), { border: 'rows', align: ['left', 'right', 'right', 'right'], size: 8.5 }),
      p(`Sous-total ${d.name} : ${money(inv, sum(d.acts, 'total'))} HT`, { align: 'right', size: 8.5, i: true }),
    ]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']), size: 9, margins: [14, 15, 22, 15],
      body: [
        columns([104, 76], [[...paras(supplierTexts(inv, x), { firstSize: 12 }), p(`Dr ${x.pick(['Claire Dumas', 'Pierre Favier', 'Anne Joubert'])} – n° ordinal ${inv.ordinal}`, { size: 8 })], [p(x.pick(['FACTURE', 'Facture d’honoraires et de médicaments']), { b: true, size: 13, align: 'right' }), p(`N° ${inv.number}`, { align: 'right', b: true }), p(`Date : ${date(inv, inv.date)}`, { align: 'right' })]]),
        space(3),
        columns([92, 88], [[p(x.pick(['Propriétaire des animaux', 'Client']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))], [p('Brigade cynophile – police municipale', { b: true }), ...refParas(inv, 8.5)]]),
        table([112, 14, 26, 28], [{ cells: ['Acte / médicament', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#ede7f6' }], { border: 'rows', align: ['left', 'right', 'right', 'right'], size: 8.5, before: 4 }),
        ...blocks,
        rule(),
        totalsBlock(inv, [['Total HT', inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer']), inv.ttc, { b: true }]]),
        p(`${paymentText(inv)}. Échéance : ${date(inv, inv.due)}.`, { size: 8.5, before: 4 }),
        p(LATE_FEES, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

export default [plombier, acompte, vitrier, veterinaire];

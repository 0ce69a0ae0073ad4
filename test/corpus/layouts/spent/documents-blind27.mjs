// Blind-27 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a farm's
// invoice for hay, aftermath, straw and bedding delivered to a city farm or a mounted police unit (bales weighed on a
// weighbridge, tonnes with three decimals at a price per tonne, each weighbridge ticket's seven digits on its line;
// fodder at 10 % and wood-shavings bedding at 20 %; on half a farmer under the flat-rate refund scheme of art. 298
// quater, no VAT charged: `totalTVA` 0.00 and HT = TTC; « FACTURE N° … du … » as one title line or a box), printed by
// LibreOffice and PDFKit; a farrier's invoice for the horses of a mounted police unit or a city farm (shoeing and
// trimming per horse with its name and SIRE number, pads, studs, travel; dated after the place; the number's label and
// its value in different sizes; the references under the buyer's address on some; a sole trader under the VAT
// franchise of art. 293 B on half, a farriery company at 20 % on the other half), a Writer document; and a butcher's
// month of deliveries to a central kitchen printed from a Calc sheet (a section per delivery note with its date, meat
// weighed in kilograms with three decimals at a price per kilogram at 5,5 %, lot numbers of seven digits and the
// approval number; a row of headings over the invoice's identity; a sub-total per delivery note; a long month runs onto
// a second page on 2; one credit note for a delivery refused at reception, naming the original invoice).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, plainMoney, rate, siret } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { placeAndDate } from '../../lib/blind12.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { seven } from '../../lib/blind25.mjs';
import { farmLegalLine, kg3, maybeRelabel27, municipalBuyer, perKilo } from '../../lib/blind27.mjs';

// ——— 1. Hay and straw from a farm: a Writer template, printed by LibreOffice and PDFKit. ———
const FODDER = [
  ['Foin de prairie naturelle 1re coupe – balles rondes 120 × 120', [11000, 16500], [260, 340]],
  ['Regain (2e coupe) – petites bottes', [15000, 21000], [18, 24]],
  ['Paille de blé – balles carrées 80 × 90', [7000, 10500], [280, 380]],
  ['Foin de luzerne – balles carrées 80 × 90', [18000, 24000], [300, 400]],
];
const FARMS = [['Ferme des Trois Fontaines', 'GAEC'], ['Ferme du Plateau de la Danse', 'EARL'], ['Ferme Chazelle', 'GAEC'], ['Les Prés du Furan', 'SCEA']];
const fourrage = {
  name: 'l-fourrage-paille',
  family: 'hay-straw-weighbridge-tonnes-flat-rate-farmer',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const forfait = i % 2 === 1;
    const inv = makeInvoice('l-fourrage-paille', i, { cityProb: 0.45, engagementProb: 0.75, trades: ['goods'], numbers: ['slash', 'micro', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[1000, 2000]], groups: ['space', 'none'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'fodder');
    const [name, form] = FARMS[i % FARMS.length];
    renameSupplier(inv, name, form);
    inv.supplier.capital = x.pick([15000, 30000, 45600, 80000]);
    inv.supplier.ape = '0150Z';
    inv.msa = `${x.digits(3)} ${x.digits(3)} ${x.digits(3)}`;
    if (forfait) {
      inv.vatExempt = 'TVA non applicable – exploitant agricole placé sous le régime du remboursement forfaitaire (art. 298 quater du CGI)';
      inv.print.supplierSiren = false;
    }
    municipalBuyer(inv, x, 'animals', 0.9);
    localReferences(inv, x);
    maybeRelabel27(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    const r10 = forfait ? 0 : 1000;
    const first = x.int(0, FODDER.length - 1);
    inv.deliveries = Array.from({ length: x.int(1, 3) }, (_, k) => {
      const [label, [lo, hi], [wlo, whi]] = FODDER[(first + k) % FODDER.length];
      const bales = x.int(6, 24);
      const kg = bales * x.int(wlo, whi);
      return { label, bales, kg, perTonne: x.int(lo / 100, hi / 100) * 100, ticket: seven(x), day: addDays(inv.date, -x.int(2, 25)) };
    });
    inv.lines = inv.deliveries.map((d) => ({ label: `${d.label} – ${d.bales} balles livrées le ${fmtDate(d.day, 'slash')} (ticket de pesée n° ${d.ticket})`, qty: d.kg / 1000, qtyText: `${kg3(d.kg)} t`, unitText: `${plainMoney(inv, d.perTonne)} €/t`, unit: d.perTonne, total: perKilo(d.kg, d.perTonne), rate: r10 }));
    if (x.chance(0.6)) {
      const bags = x.int(10, 60);
      inv.lines.push({ label: 'Copeaux de bois dépoussiérés pour litière (sac de 20 kg)', qty: bags, qtyText: String(bags), unit: x.int(850, 1250), rate: forfait ? 0 : 2000 });
    }
    const km = x.int(12, 70);
    inv.lines.push({ label: `Livraison par camion plateau (${km} km aller-retour)`, qty: 1, qtyText: '1', unit: x.int(45, 120) * 100, rate: r10 });
    return priceLines(inv, forfait ? [0] : [1000, 2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fourniture de fourrage n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service gestionnaire (code)'] });
    const inBuyer = x.chance(0.4);
    const sentence = !inBuyer && inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const titleLine = x.chance(0.5);
    const buyerBlock = [p('Destinataire', { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 9 }), ...(inBuyer ? shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.6 })) : [])];
    const ident = titleLine
      ? [p(`FACTURE N° ${inv.number} du ${date(inv, inv.date)}`, { b: true, size: 13, before: 4, after: 2 })]
      : [p('FACTURE', { b: true, size: 15, before: 4, after: 1 }), table([38, 50], [['Numéro', { text: inv.number, b: true }], ['Date', date(inv, inv.date)], ['Échéance', fmtDate(inv.due, 'slash')]], { border: 'grid', size: 8.6, after: 2 })];
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.unitText ?? plainMoney(inv, l.unit), inv.vatExempt ? '–' : rate(l.rate), plainMoney(inv, l.total)]);
    const totals = [['Total HT', inv.ht]];
    if (inv.vatExempt) totals.push(['TVA', 'non applicable'], ['Net à payer', inv.net, true]);
    else {
      for (const v of [...inv.vat].sort((a, b) => a.rate - b.rate)) totals.push([`TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}`, v.amount]);
      totals.push(['Total TTC', inv.ttc], [x.pick(['Net à payer', 'Montant dû']), inv.net, true]);
    }
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times', 'Liberation Serif']) : x.pick(['Liberation Sans', 'Liberation Serif', 'DejaVu Sans']), size: 8.8, margins: [15, 16, 20, 16], creator: x.pick(['Writer', 'Facturation ferme']),
      body: [
        columns([95, 85], [
          [p(`${s.form} ${s.name}`, { b: true, size: 13 }), p('Foin – paille – litières – livraison', { size: 7.6, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 8 }), p(`MSA n° ${inv.msa}`, { size: 7.6 })],
          buyerBlock,
        ]),
        ...ident,
        ...(!inBuyer && shown.length ? [table([60, 60], shown.map(([k, v]) => [k, { text: v, b: true }]), { border: 'none', size: 8.6, after: 1 })] : []),
        ...(titleLine ? [p(`Échéance : ${fmtDate(inv.due, 'slash')}`, { size: 8.4 })] : []),
        ...(sentence ? [p(sentence, { i: true, size: 8.4, before: 1 })] : []),
        table([92, 20, 24, 14, 30], [{ cells: ['Désignation', 'Quantité', 'Prix unitaire HT', 'TVA', 'Montant HT'], b: true, shade: '#e8f0e0' }, ...rows], { border: 'grid', size: 8, align: ['left', 'right', 'right', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, totals, { widths: [62, 32], indent: 86, size: 8.8 }),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 7.8, i: true, before: 2 })] : [p('TVA 10 % : produits agricoles (fourrages, pailles) et transport accessoire ; 20 % : litière de copeaux.', { size: 7.4, i: true, before: 2 })]),
        rule(),
        p(paymentText(inv), { size: 8.4 }),
        p(`Paiement à 30 jours. ${LATE_FEES}`, { size: 6.8, before: 1 }),
      ],
      footer: [p(farmLegalLine(inv, { msa: inv.msa, vat: !inv.vatExempt }), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 2. A farrier for the mounted police or a city farm: a hand-made Writer letter, a sole trader on half. ———
const HORSES = [['Ulysse', 'selle français'], ['Quartz du Pilat', 'selle français'], ['Tornado', 'KWPN'], ['Vasco', 'trotteur français'], ['Iris', 'cob normand'], ['Noisette', 'âne de Provence'], ['Rubis', 'comtois'], ['Sultan', 'pur-sang arabe']];
const FARRIERS = ['Mathieu Chambon', 'Romain Peyrache', 'Lucie Gidrol', 'Bastien Vial'];
const marechal = {
  name: 'l-marechal-ferrant',
  family: 'farrier-horses-sire-numbers-sole-trader-handmade',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const sole = i % 2 === 0;
    const inv = makeInvoice('l-marechal-ferrant', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: sole ? ['micro', 'carnet'] : ['plain', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'refCommandeEj', 'ej'], marketProb: sole ? 0.1 : 0.4, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'none'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'farrier');
    if (sole) {
      const person = FARRIERS[(i / 2) % FARRIERS.length];
      renameSupplier(inv, person, 'EI');
      franchise(inv, person);
      inv.kind = 'micro';
      inv.supplier.tagline = 'Maréchal-ferrant – podologue équin';
    } else renameSupplier(inv, x.pick(['Maréchalerie du Forez', 'Forge et Sabots Loire']), 'SARL');
    inv.supplier.ape = '0162Z';
    municipalBuyer(inv, x, 'animals', 0.9);
    localReferences(inv, x);
    maybeRelabel27(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.visit = addDays(inv.date, -x.int(0, 10));
    const r = sole ? 0 : 2000;
    const first = x.int(0, HORSES.length - 1);
    inv.horses = Array.from({ length: x.int(2, 5) }, (_, k) => ({ name: HORSES[(first + k) % HORSES.length][0], breed: HORSES[(first + k) % HORSES.length][1], sire: `${x.int(10, 24)}${x.digits(6)}${x.pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))}` }));
    inv.lines = [];
    for (const h of inv.horses) {
      const donkey = /âne/.test(h.breed);
      if (donkey) inv.lines.push({ label: `Parage 4 pieds – « ${h.name} » (${h.breed}, SIRE ${h.sire})`, qty: 1, unit: x.int(35, 50) * 100, rate: r });
      else {
        const full = x.chance(0.6);
        inv.lines.push({ label: `${full ? 'Ferrage complet 4 fers neufs' : 'Ferrage antérieurs, parage postérieurs'} – « ${h.name} » (${h.breed}, SIRE ${h.sire})`, qty: 1, unit: (full ? x.int(95, 140) : x.int(70, 95)) * 100, rate: r });
        if (x.chance(0.3)) inv.lines.push({ label: `Plaques amortissantes et silicone (la paire) – « ${h.name} »`, qty: 1, unit: x.int(30, 55) * 100, rate: r });
        if (x.chance(0.25)) inv.lines.push({ label: `Pose de crampons à vis (patrouille sur pavés) – « ${h.name} »`, qty: 4, unit: x.int(4, 8) * 100, rate: r });
      }
    }
    inv.lines.push({ label: 'Déplacement (forfait)', qty: 1, unit: x.int(25, 60) * 100, rate: r });
    return priceLines(inv, [r]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de maréchalerie n°', 'Réf. marché'], service: ['Code service', 'Service', 'Police municipale (code)'] });
    const inBuyer = x.chance(0.5);
    const sentence = !inBuyer && inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const font = x.pick(['Liberation Serif', 'Liberation Sans', 'DejaVu Serif']);
    const big = x.pick([11, 12, 13]);
    const kv = (k, v) => p([{ text: `${k} `, size: 8 }, { text: v, b: true, size: big }]);
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = inv.vatExempt ? [['Total', inv.ht], ['Net à payer', inv.net, true]] : [['Total HT', inv.ht], ['TVA 20 %', inv.tva], ['Total TTC', inv.ttc], ['Net à payer', inv.net, true]];
    return {
      font, size: 9.4, margins: [16, 18, 20, 18], creator: 'Writer',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14 }), ...(s.tagline ? [p(s.tagline, { i: true, size: 8.4 })] : [p('Maréchalerie – ferrage orthopédique – parage', { i: true, size: 8.4 })]), ...paras(supplierTexts(inv, x).slice(s.tagline ? 2 : 1), { size: 8.4 })],
          [space(14), ...paras(buyerTexts(inv, x), { size: 9.4 }), ...(inBuyer ? shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.6, b: true })) : [])],
        ]),
        space(5),
        p(placeAndDate(inv, x.pick(['long', 'slash'])), { align: 'right' }),
        space(4),
        p('FACTURE', { b: true, size: 17 }),
        kv(x.pick(['Facture n°', 'N°', 'Numéro :']), inv.number),
        ...(!inBuyer ? shown.map(([k, v]) => kv(`${k} :`, v)) : []),
        space(2),
        p(`Objet : maréchalerie – visite du ${fmtDate(inv.visit, 'long')}, ${inv.horses.length} équidés.`, { b: true }),
        ...(sentence ? [p(sentence, { i: true })] : []),
        table([104, 14, 26, 30], [{ cells: ['Prestation', 'Qté', 'Prix unitaire', 'Montant'], b: true }, ...rows], { border: x.chance(0.5) ? 'grid' : 'rows', size: 8.6, align: ['left', 'right', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, totals, { widths: [50, 30], indent: 94, size: 9.4 }),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 8.6, i: true, before: 2 })] : []),
        space(3),
        p(inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.', { size: 8.8 }),
        p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.2 }),
        p(inv.kind === 'micro' ? s.person : 'Le gérant', { align: 'right', before: 6, i: true }),
      ],
      footer: [p(inv.kind === 'micro' ? [`${s.name}, entrepreneur individuel – maréchal-ferrant`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `RM 42 – Chambre de métiers et de l’artisanat de la Loire`, `APE ${s.ape}`, 'TVA non applicable, art. 293 B du CGI'].filter(Boolean).join(' – ') : legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 3. A butcher's month of deliveries to a central kitchen: a Calc sheet, a section per delivery note. ———
const MEATS = [
  ['VEA-SAU', 'Sauté de veau VBF Label Rouge', [1650, 2150]],
  ['BOE-BOU', 'Bœuf bourguignon VBF race charolaise', [1290, 1620]],
  ['VOL-EMI', 'Émincé de poulet fermier Label Rouge', [1080, 1390]],
  ['POR-ROT', 'Rôti de porc dans le filet VPF', [890, 1190]],
  ['BOE-HAC', 'Steak haché 15 % MG 100 g VBF (surgelé)', [880, 1150]],
  ['CHA-TOU', 'Saucisse de Toulouse pur porc', [820, 1040]],
  ['CHA-JAM', 'Jambon blanc supérieur sans couenne, tranché', [1010, 1290]],
  ['AGN-NAV', 'Sauté d’agneau épaule désossée (origine France)', [1750, 2250]],
];
const boucherie = {
  name: 'l-boucherie-cuisine-centrale',
  family: 'butcher-central-kitchen-delivery-notes-kilograms-calc',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const long = i === 1 || i === 5;
    const inv = makeInvoice('l-boucherie-cuisine-centrale', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['food'], numbers: credit ? ['avoirShort'] : ['sage', 'ciel', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.5, serviceProb: 0.4, dateStyles: ['slash'], rates: [[550]], groups: ['space'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'butcher');
    renameSupplier(inv, x.pick(['Boucherie Charcuterie Faure', 'Viandes du Haut-Forez', 'Boucherie Gonon et Fils', 'Maison Vernay Viandes']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4722Z';
    municipalBuyer(inv, x, 'kitchen', 0.85);
    localReferences(inv, x);
    maybeRelabel27(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.approval = `FR 42.${x.digits(3)}.${x.digits(3)} CE`;
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    const makeNote = (day) => {
      const first = x.int(0, MEATS.length - 1);
      return { day, number: `BL${x.digits(6)}`, items: Array.from({ length: x.int(1, 3) }, (_, k) => {
        const [code, label, [lo, hi]] = MEATS[(first + k * 3) % MEATS.length];
        return { code, label, grams: x.int(3000, 36000), perKg: x.int(lo, hi), lot: seven(x) };
      }) };
    };
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String(x.int(100, 99999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(5, 20)) };
      inv.refused = { temp: `${x.int(5, 9)},${x.int(0, 9)} °C` };
      inv.notes = [makeNote(addDays(inv.date, -x.int(6, 25)))];
    } else {
      const count = long ? x.int(15, 17) : x.int(4, 7);
      const days = [];
      for (let d = { ...month.from }; d.m === month.from.m; d = addDays(d, 1)) if (new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() % 6 !== 0) days.push(d);
      const step = Math.max(1, Math.floor(days.length / count));
      inv.notes = Array.from({ length: Math.min(count, days.length) }, (_, k) => makeNote(days[Math.min(days.length - 1, k * step)]));
    }
    inv.lines = inv.notes.flatMap((n) => n.items.map((it) => ({ code: it.code, label: it.label, qty: it.grams / 1000, unit: it.perKg, total: Math.round((it.grams * it.perKg) / 1000), rate: 550, note: n, item: it })));
    return priceLines(inv, [550]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const sign = inv.avoir && inv.negative ? -1 : 1;
    const cur = (cents, extra = {}) => ({ v: Number(((sign * cents) / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de denrées – lot viandes n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service restauration (code)'] });
    const head = { size: 7, color: '#555555', border: 'bottom', align: 'center' };
    const top = Array.from({ length: Math.max(me.length, buyer.length + 2) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8 } : null, null, null,
      k === 0 ? null : k === 1 ? { v: 'Livré à / facturé à', span: 3, size: 7, color: '#666666' } : buyer[k - 2] ? { v: buyer[k - 2], span: 3, b: k === 2, size: 9 } : null, null, null,
    ]);
    const title = inv.avoir ? 'AVOIR' : 'FACTURE';
    const heads = [x.pick(['Pièce', 'N° pièce', 'Numéro']), 'Date', 'Code client', 'Période', inv.avoir ? 'Facture d’origine' : 'Échéance', 'Règlement'];
    const values = [{ v: inv.number, b: true, size: 9.6, align: 'center' }, { v: iso(inv.date), type: 'date', b: true, size: 9.6, align: 'center' }, { v: inv.clientCode, size: 9.6, align: 'center' }, { v: inv.period.name, size: 9, align: 'center' }, inv.avoir ? { v: inv.origin.number, size: 9, align: 'center' } : { v: fmtDate(inv.due, 'slash'), size: 9, align: 'center' }, { v: inv.avoir ? 'Imputation' : inv.print.iban ? 'Virement' : 'Mandat', size: 9, align: 'center' }];
    const body = [];
    for (const note of inv.notes) {
      body.push([{ v: `Bon de livraison ${note.number} du ${fmtDate(note.day, 'slash')}`, span: 6, b: true, shade: '#f2e6e6', size: 8.4 }, ...blank(5)]);
      let subtotal = 0;
      for (const it of note.items) {
        const total = Math.round((it.grams * it.perKg) / 1000);
        subtotal += total;
        body.push([{ v: it.code, size: 7.6 }, { v: `${it.label} – lot ${it.lot}`, span: 2, size: 7.8, wrap: true }, null, { v: kg3(it.grams), align: 'right', size: 8 }, { v: Number((it.perKg / 100).toFixed(2)), type: 'money', size: 8 }, cur(total, { size: 8 })]);
      }
      body.push([...blank(3), { v: 'Sous-total BL', span: 2, align: 'right', i: true, size: 7.6 }, null, cur(subtotal, { i: true, size: 7.6, border: 'top' })]);
    }
    const totals = [['Total HT', inv.ht], ['TVA 5,5 %', inv.tva], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, inv.avoir]];
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant à régler']), inv.net, true]);
    const rows = [
      ...top,
      [{ v: title, span: 6, b: true, size: 15 }, ...blank(5)],
      heads.map((h) => ({ v: h, ...head })),
      values.map((v) => ({ ...v, border: 'bottom' })),
      blank(6),
      ...refs.map(([k, v]) => [{ v: k, span: 2, size: 8.4 }, null, { v, span: 2, b: true, size: 8.6 }, null, ...blank(2)]),
      [{ v: inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')} : livraison refusée à réception (température relevée ${inv.refused.temp}, rupture de la chaîne du froid).` : `Livraisons de viandes fraîches et surgelées – ${inv.period.name} – agrément sanitaire ${inv.approval}`, span: 6, size: 8.4, i: true, wrap: true }, ...blank(5)],
      blank(6),
      [{ v: 'Article', b: true, border: 'grid', shade: '#e0e0e0', size: 7.6 }, { v: 'Désignation', span: 2, b: true, border: 'grid', shade: '#e0e0e0', size: 7.6 }, null, { v: 'Poids net (kg)', b: true, border: 'grid', shade: '#e0e0e0', size: 7.6 }, { v: 'Prix HT / kg', b: true, border: 'grid', shade: '#e0e0e0', size: 7.6 }, { v: 'Montant HT', b: true, border: 'grid', shade: '#e0e0e0', size: 7.6 }],
      ...body,
      blank(6),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 2, align: 'right', b: strong, size: 8.8 }, null, cur(cents, { b: strong, size: 8.8, border: strong ? 'top' : undefined })]),
      blank(6),
      [{ v: inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : paymentText(inv), span: 6, size: 8 }, ...blank(5)],
      [{ v: `TVA 5,5 % : produits alimentaires. Origine des viandes : France. ${inv.avoir ? '' : `Règlement à 30 jours fin de mois. ${LATE_FEES}`}`, span: 6, size: 6.8, wrap: true }, ...blank(5)],
      [{ v: legalLine(inv), span: 6, size: 6.6, wrap: true }, ...blank(5)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [20, 50, 40, 24, 24, 28], margins: [12, 12, 14, 12], footer: [`${inv.supplier.name} – ${inv.number} – page {page} / {pages}`], rows };
  },
};

export default [fourrage, marechal, boucherie];

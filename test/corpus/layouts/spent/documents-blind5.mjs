// Blind-5 layouts written in the shared document description (see ../../README.md), printed by LibreOffice Writer,
// PDFKit or Chromium: a quote accepted then invoiced (the quote's number and dates printed above the invoice's), a
// coach hire with trips, kilometres and the carrier's licence numbers, a printing job whose lines are paper
// specifications full of numbers, a landscaper's works invoice whose 5 % retention is printed but replaced by a bank
// guarantee, a legal notice priced per character, a show's performance fee (5,5 % VAT, entertainment licences) and a
// cleaning contract's monthly instalment for a period « du … au … ».
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, MONTHS, pad } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, rate, recompute, references } from '../../lib/invoice.mjs';
import { renameSupplier, spacedSiret, sum } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';

const CITY_HEAVY = { cityProb: 0.65, engagementProb: 0.75 };
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Totals rows: HT, VAT per rate, TTC, then the deductions and the net, as [label, cents, { b }]. */
function totalsRows(inv, x, { depositLabel, netLabel = 'Net à payer', perRateBase = false } = {}) {
  const rows = [['Total HT', inv.ht]];
  for (const v of inv.vat) rows.push([perRateBase && inv.vat.length > 1 ? `TVA ${rate(v.rate)} sur ${plainMoney(inv, v.base)}` : `TVA ${rate(v.rate)}`, v.amount]);
  if (inv.vat.length > 1) rows.push(['Total TVA', inv.tva]);
  rows.push(['Total TTC', inv.ttc, { b: !netLabel }]);
  if (inv.deposit) rows.push([depositLabel ?? `Acompte versé le ${date(inv, inv.previousDeposit)}`, -inv.deposit]);
  if (netLabel) rows.push([netLabel, inv.net, { b: true }]);
  return rows;
}
const totalsBlock = (inv, rows, { widths = [66, 32], indent = 82, size } = {}) => table(widths, rows.map(([k, v, o = {}]) => ({ cells: [k, typeof v === 'number' ? money(inv, v) : v], b: o.b, line: o.b ? 'top' : undefined })), { indent, align: ['left', 'right'], before: 2, after: 2, size });

// ——— 1. A quote accepted, then invoiced. ———
const devisAccepte = {
  name: 'v-devis-accepte',
  family: 'quote-turned-invoice',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('v-devis-accepte', i, { ...CITY_HEAVY, trades: ['btp', 'services', 'goods'], numbers: ['plain', 'ebp', 'dolibarr', 'pennylane'], engagementLabels: ['bonDeCommande', 'engagement', 'ejNo', 'commande'], marketProb: 0.2, dateStyles: ['slash', 'long', 'dots'], rates: [[2000], [1000], [2000, 1000]], groups: ['space', 'nbsp', 'dot'], lines: [2, 6], rcsProb: 0.5, depositPct: [0, 0, 30] });
    const x = extraRng(inv, 'quote');
    const quoteDate = addDays(inv.date, -x.int(25, 90));
    inv.quoteRef = {
      number: x.pick([`DE-${quoteDate.y}-${x.digits(4)}`, `D${pad(quoteDate.y % 100)}${pad(quoteDate.m)}-${x.digits(3)}`, `DEV${x.digits(5)}`, `${quoteDate.y}-D${x.digits(3)}`]),
      date: quoteDate, accepted: addDays(quoteDate, x.int(3, 20)), validity: x.pick(['1 mois', '3 mois', '90 jours']),
    };
    inv.previousDeposit = inv.quoteRef.accepted;
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const q = inv.quoteRef;
    const style = x.int(0, 2);
    const quoteLine = `${x.pick(['Devis n°', 'Selon devis n°', 'Suivant notre devis n°'])} ${q.number} du ${date(inv, q.date)} – ${x.pick(['accepté le', 'bon pour accord signé le', 'accepté et signé le'])} ${date(inv, q.accepted)}`;
    const header = [];
    if (style === 0) {
      header.push(table([180], [[{ runs: [{ text: 'DEVIS ACCEPTÉ', b: true }, { text: `   ${quoteLine}` }] }], [`Validité du devis : ${q.validity} – montant du devis ${money(inv, inv.ht)} HT`]], { border: 'box', size: 8.5, before: 4 }));
      header.push(p(`FACTURE N° ${inv.number}`, { b: true, size: 16, before: 6 }), p(`Date de facture : ${date(inv, inv.date)}`, { after: 2 }));
    } else if (style === 1) {
      header.push(p('FACTURE', { b: true, size: 18, before: 4 }), p(`N° ${inv.number} – ${x.pick(['du', 'émise le'])} ${date(inv, inv.date)}`, { b: true }), p(quoteLine, { i: true, size: 9, after: 2 }));
    } else {
      header.push(table([60, 60, 60], [
        { cells: ['Devis', 'Acceptation', 'Facture'], b: true, shade: '#eeeeee' },
        [`N° ${q.number}`, `Bon pour accord`, `N° ${inv.number}`],
        [`du ${date(inv, q.date)}`, `le ${date(inv, q.accepted)}`, `Date : ${date(inv, inv.date)}`],
      ], { border: 'grid', size: 9, before: 6, after: 2 }));
    }
    const refs = references(inv);
    const rows = totalsRows(inv, x, { depositLabel: `${x.pick(['Acompte de', 'Acompte à la commande'])} ${inv.depositPct} % versé le ${date(inv, inv.previousDeposit)}`, netLabel: x.pick(['Net à payer', 'Reste à payer', 'Solde à régler']) });
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']), size: 9.5, margins: [14, 15, 22, 15],
      body: [
        columns([100, 80], [paras(supplierTexts(inv, x), { firstSize: 13 }), [p(x.pick(['Client', 'Adressé à', 'Facturé à']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        ...header,
        ...refs.map(([k, v]) => p(`${k} : ${v}`, { size: 9 })),
        table([92, 16, 26, 16, 30], [{ cells: ['Désignation (reprise du devis)', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#f0f0f0' }, ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)])], { border: 'rows', align: ['left', 'right', 'right', 'right', 'right'], before: 5, after: 2 }),
        totalsBlock(inv, rows),
        p(inv.print.iban ? `Règlement par virement à réception – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : 'Règlement par chèque ou mandat administratif à 30 jours.', { size: 8.5, before: 4 }),
        p(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 2. Coach hire: trips, kilometres, licence numbers. ———
const TRIPS = [
  'École Jean Moulin → Piscine Grouchy (aller-retour)', 'Hôtel de Ville → Lyon, Musée des Confluences (A/R)', 'Centre de loisirs → Parc du Pilat (A/R)',
  'Saint-Étienne → Chalmazel, classe de neige (aller)', 'Chalmazel → Saint-Étienne, classe de neige (retour)', 'Gymnase Vivaldi → Stade Roger Rocher (navette)',
  'Saint-Étienne → Clermont-Ferrand, Vulcania (A/R)', 'Résidence seniors → Marché de Montbrison (A/R)', 'Collège → Base nautique de Saint-Victor (A/R)',
];
const autocars = {
  name: 'v-autocars-km',
  family: 'coach-hire',
  producers: ['libreoffice'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('v-autocars-km', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'sage', 'ciel', 'compact'], engagementLabels: ['bonDeCommande', 'engagement', 'numeroBonCommande', 'bdc'], marketProb: 0.45, dateStyles: ['slash', 'dots', 'long'], rates: [[1000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 5], rcsProb: 0.6 });
    const x = extraRng(inv, 'trips');
    renameSupplier(inv, x.pick(['Autocars du Pilat', 'Voyages Forez-Velay', 'Cars Ondaine Tourisme', 'Transports Gaillard Autocars']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4939A';
    const perKm = x.int(165, 260);
    const first = x.int(0, TRIPS.length - 1);
    const trips = inv.lines.map((l, k) => {
      const km = x.int(8, 360);
      const day = addDays(inv.date, -x.int(3, 40));
      const vehicle = x.pick([['Autocar 59 places', 1], ['Autocar 63 places', 1], ['Midibus 35 places', 0.85], ['Minibus 19 places', 0.7]]);
      const unit = Math.round((x.int(9000, 16000) + km * perKm) * vehicle[1]);
      const buses = x.pick([1, 1, 1, 2]);
      return { label: TRIPS[(first + k) % TRIPS.length], day, km, vehicle: vehicle[0], depart: `${pad(x.int(7, 10))}h${x.pick(['00', '15', '30', '45'])}`, back: `${x.int(12, 19)}h${x.pick(['00', '15', '30'])}`, qty: buses, unit, rate: 1000, total: buses * unit, trip: true };
    }).sort((a, b) => (a.day.y - b.day.y) || (a.day.m - b.day.m) || (a.day.d - b.day.d));
    inv.lines = trips;
    inv.totalKm = sum(trips.map((t) => t.km * t.qty));
    if (x.chance(0.6)) {
      const hours = x.pick([1, 1.5, 2, 3]);
      const hourly = x.int(3800, 5200);
      inv.lines.push({ label: 'Heures de mise à disposition supplémentaires du conducteur', qty: hours, unit: hourly, rate: 1000, total: Math.round(hours * hourly) });
    }
    if (x.chance(0.5)) {
      const toll = x.int(1200, 9000);
      inv.lines.push({ label: 'Péages et stationnement (sur justificatifs)', qty: 1, unit: toll, rate: 1000, total: toll });
    }
    inv.licence = `${x.pick(['2018', '2019', '2021'])}/84/${x.digits(7)}`;
    inv.registre = `${x.pick(['R-2019', 'R-2020', 'R-2022'])}-84-${x.digits(6)}`;
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const rows = inv.lines.map((l) => (l.trip
      ? [date(inv, l.day, 'slash'), `${l.label}\n${l.vehicle} – départ ${l.depart}, retour ${l.back}`, String(l.qty), frNumber(l.km), plainMoney(inv, l.unit), plainMoney(inv, l.total)]
      : ['', l.label, qty(l.qty), '', plainMoney(inv, l.unit), plainMoney(inv, l.total)]));
    const v = inv.vat[0];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, margins: [14, 14, 22, 14],
      body: [
        columns([110, 72], [
          [p(s.name.toUpperCase(), { b: true, size: 15, color: '#1b4f72' }), p(x.pick(['Transport de voyageurs – Excursions – Scolaires', 'Location d’autocars avec conducteur']), { i: true }), ...s.address.map((t) => p(t)), p(`Tél. ${s.phone} – ${s.email}`),
            p(`Licence communautaire n° ${inv.licence}`, { size: 8 }), p(`Inscription au registre des transporteurs n° ${inv.registre}`, { size: 8 })],
          [p(x.pick(['FACTURE', 'Facture']), { b: true, size: 18, align: 'right' }), table([30, 42], [['N°', { text: inv.number, b: true }], ['Date', date(inv, inv.date)], ['Code client', inv.clientCode], ['Échéance', date(inv, inv.due)]], { border: 'grid', size: 8.5, before: 2 })],
        ]),
        space(4),
        columns([92, 90], [references(inv).map(([k, v2]) => p(`${k} : ${v2}`, { b: true })), [p('Client', { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        table([23, 83, 10, 14, 24, 28], [{ cells: ['Date', 'Prestation', 'Nb', 'Km', 'Prix HT', 'Montant HT'], b: true, shade: '#d6eaf8' }, ...rows], { border: 'grid', align: ['left', 'left', 'center', 'right', 'right', 'right'], before: 5, after: 2, size: 8.5 }),
        p(`Kilométrage total parcouru : ${frNumber(inv.totalKm)} km`, { size: 8, i: true }),
        totalsBlock(inv, [['Total HT', inv.ht], [`TVA ${rate(v.rate)} (transport de voyageurs)`, inv.tva], [x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC à régler']), inv.ttc, { b: true }]], { widths: [62, 30], indent: 90 }),
        p(inv.print.iban ? `Virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Paiement par mandat administratif.', { size: 8.5, before: 4 }),
        p(LATE_FEES, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 3. Printing job: specifications full of numbers. ———
const PRINT_JOBS = [
  { product: 'Affiches', formats: ['40 x 60 cm', 'A2 (420 x 594 mm)', '120 x 176 cm'], papers: ['couché brillant 135 g/m²', 'couché mat 170 g/m²', 'dos bleu 115 g/m²'], finish: ['sans finition', 'pliées en 4'] },
  { product: 'Dépliants', formats: ['A4 ouvert, fini 99 x 210 mm', 'A3 ouvert, fini A4'], papers: ['couché mat 135 g/m²', 'recyclé PEFC 115 g/m²'], finish: ['pliage roulé 3 volets', 'pliage accordéon 4 volets'] },
  { product: 'Brochures', formats: ['A5 (148 x 210 mm), 16 pages + couverture', 'A4, 24 pages + couverture 4 pages'], papers: ['intérieur couché mat 115 g/m², couverture 300 g/m²', 'offset 90 g/m², couverture 250 g/m²'], finish: ['piqûre 2 points métal', 'dos carré collé'] },
  { product: 'Cartes de correspondance', formats: ['105 x 148 mm', '210 x 100 mm'], papers: ['Conqueror vergé 250 g/m²', 'couché mat 350 g/m²'], finish: ['pelliculage mat recto', 'coins arrondis'] },
  { product: 'Kakémonos', formats: ['85 x 200 cm', '100 x 200 cm'], papers: ['bâche PVC 510 g/m²', 'toile polyester 220 g/m²'], finish: ['enrouleur aluminium + sac', 'œillets tous les 50 cm'] },
  { product: 'Programmes de saison', formats: ['15 x 21 cm, 32 pages', '21 x 21 cm, 20 pages'], papers: ['couché satiné 130 g/m²', 'Munken Print 100 g/m²'], finish: ['dos carré collé', 'piqûre 2 points métal'] },
];
const imprimerie = {
  name: 'v-imprimerie-specs',
  family: 'print-specs',
  producers: ['chromium', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('v-imprimerie-specs', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['ciel', 'dolibarr', 'plain'], engagementLabels: ['bonDeCommande', 'ej', 'commandeClient', 'engagement'], marketProb: 0.35, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 4], rcsProb: 0.6 });
    const x = extraRng(inv, 'jobs');
    renameSupplier(inv, x.pick(['Imprimerie Chirat', 'Imprimerie Reboul Offset', 'Forez Impression', 'Atelier Graphique du Gier']), x.pick(['SAS', 'SA', 'SARL']));
    inv.supplier.ape = x.pick(['1811Z', '1812Z']);
    const first = x.int(0, PRINT_JOBS.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const job = PRINT_JOBS[(first + k) % PRINT_JOBS.length];
      const copies = x.pick([250, 500, 1000, 1500, 2500, 5000, 10000]);
      const perThousand = x.int(2000, 60000) * 4;
      return { label: job.product, spec: [`Format ${x.pick(job.formats)}`, `Papier ${x.pick(job.papers)}`, `Impression ${x.pick(['quadri recto 4/0', 'quadri recto-verso 4/4', '2 couleurs Pantone 286 C + noir', 'noir recto-verso 1/1'])}`, `Façonnage : ${x.pick(job.finish)}`], qty: copies, perThousand, unit: perThousand, rate: 2000, total: Math.round((copies * perThousand) / 1000) };
    });
    inv.lines.push({ label: x.pick(['Frais techniques (calage, plaques CTP)', 'Prépresse et épreuve contractuelle', 'Mise en page et BAT']), qty: 1, unit: x.int(3000, 18000), rate: 2000, fixed: true });
    inv.lines.at(-1).total = inv.lines.at(-1).unit;
    if (x.chance(0.6)) {
      const unit = x.int(1500, 9000);
      inv.lines.push({ label: `Livraison ${x.pick(['sur 2 sites', 'en mairie', 'par transporteur, 3 colis', 'en palette'])}`, qty: 1, unit, rate: 2000, total: unit, fixed: true });
    }
    inv.job = { file: `${pad(inv.date.y % 100)}-${x.digits(4)}`, bat: addDays(inv.date, -x.int(10, 25)), delivered: addDays(inv.date, -x.int(1, 8)), note: `BL ${x.digits(6)}` };
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const rows = inv.lines.map((l) => (l.fixed
      ? [l.label, '1', 'forfait', plainMoney(inv, l.total)]
      : [{ runs: [{ text: `${l.label}\n`, b: true }, { text: l.spec.join('\n'), size: 7.5 }] }, frNumber(l.qty), `${plainMoney(inv, l.perThousand)} le mille`, plainMoney(inv, l.total)]));
    const rows2 = totalsRows(inv, x, { netLabel: x.pick(['Net à payer', 'Total à payer', null]) });
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, margins: [14, 15, 22, 15],
      body: [
        columns([95, 85], [paras(supplierTexts(inv, x), { firstSize: 14 }), [p(`FACTURE ${inv.number}`, { b: true, size: 14, align: 'right' }), p(`${x.pick(['Date', 'Le'])} ${date(inv, inv.date)}`, { align: 'right' }), space(3), ...paras(buyerTexts(inv, x))]]),
        table([45, 45, 45, 45], [
          { cells: ['Dossier', 'BAT validé le', 'Livré le', 'Bon de livraison'], b: true, size: 7.5, shade: '#eeeeee' },
          [`n° ${inv.job.file}`, date(inv, inv.job.bat, 'slash'), date(inv, inv.job.delivered, 'slash'), inv.job.note],
        ], { border: 'grid', size: 8.5, before: 5 }),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`, { size: 9, before: 1 })),
        table([96, 20, 34, 30], [{ cells: ['Travail / caractéristiques', 'Quantité', 'Prix unitaire HT', 'Montant HT'], b: true, line: 'bottom' }, ...rows], { border: 'rows', align: ['left', 'right', 'right', 'right'], before: 4, after: 2 }),
        totalsBlock(inv, rows2),
        p(inv.print.iban ? `Règlement : virement à 30 jours fin de mois – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement : mandat administratif à 30 jours.', { size: 8.5, before: 3 }),
        p(`Échéance ${date(inv, inv.due)}. Tolérance de livraison ± 5 % sur les quantités (usages professionnels de l’imprimerie). ${LATE_FEES}`, { size: 6.8, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 4. Landscaper: the 5 % retention is printed, but replaced by a bank guarantee, so not deducted. ———
const LANDSCAPE = [['Abattage et dessouchage d’arbres (diamètre 40 cm)', 'u'], ['Taille de formation des tilleuls', 'forfait'], ['Engazonnement par semis', 'm²'], ['Fourniture et plantation d’arbustes en conteneur 3 L', 'u'], ['Paillage BRF', 'm³'], ['Évacuation des déchets verts en centre agréé', 't'], ['Fourniture et pose de bordures acier', 'ml'], ['Arrosage automatique – goutte-à-goutte', 'ml']];
const BANKS = ['Crédit Agricole Loire Haute-Loire', 'Banque Populaire Auvergne Rhône Alpes', 'CIC Lyonnaise de Banque', 'Caisse d’Épargne Loire Drôme Ardèche'];
const paysage = {
  name: 'v-paysage-caution',
  family: 'retention-replaced-by-guarantee',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('v-paysage-caution', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'situation', 'ebp'], engagementLabels: ['engagementJuridique', 'ej', 'engagement'], marketProb: 0.85, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [2, 6], unitMax: 90000, rcsProb: 0.5 });
    const x = extraRng(inv, 'landscape');
    renameSupplier(inv, x.pick(['Espaces Verts Chapuis', 'Jardins du Forez', 'Paysages Ondaine Environnement', 'Sève & Territoires']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8130Z';
    const first = x.int(0, LANDSCAPE.length - 1);
    inv.lines.forEach((l, k) => {
      [l.label, l.unitName] = LANDSCAPE[(first + k) % LANDSCAPE.length];
    });
    inv.guarantee = { pct: 5, amount: Math.round((inv.ttc * 5) / 100), bank: x.pick(BANKS), act: `${x.pick(['GAPD', 'CB', 'CAU'])}-${x.digits(6)}`, on: addDays(inv.date, -x.int(30, 120)), style: x.int(0, 1) };
    inv.site = x.pick(['Parc de l’Europe', 'Square Violette', 'Cimetière du Crêt de Roc', 'Groupe scolaire Montreynaud', 'Jardin des Plantes']);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const g = inv.guarantee;
    const v = inv.vat[0];
    const rows = [['Total HT', inv.ht], [`TVA ${rate(v.rate)}`, inv.tva], ['Total TTC', inv.ttc]];
    if (g.style === 0) rows.push([`Retenue de garantie ${g.pct} % (remplacée par caution)`, '0,00']);
    rows.push([x.pick(['Net à payer', 'NET À PAYER TTC', 'Montant à mandater']), inv.net, { b: true }]);
    const guaranteeText = g.style === 0
      ? `La retenue de garantie de ${g.pct} % prévue au marché (soit ${money(inv, g.amount)}) n’est pas prélevée : elle est remplacée par une caution personnelle et solidaire de ${g.bank} (acte n° ${g.act} du ${date(inv, g.on)}).`
      : `Retenue de garantie ${g.pct} % : ${money(inv, g.amount)} – NON DÉDUITE, remplacée par une garantie à première demande délivrée par ${g.bank} le ${date(inv, g.on)} (réf. ${g.act}).`;
    return {
      font: 'Helvetica', size: 9, margins: [14, 15, 22, 15],
      body: [
        columns([100, 80], [paras(supplierTexts(inv, x), { firstSize: 13 }), [p('FACTURE', { b: true, size: 17, align: 'right', color: '#2e7d32' }), p(`N° ${inv.number}`, { align: 'right', b: true }), p(`${x.pick(['Date :', 'Du'])} ${date(inv, inv.date)}`, { align: 'right' })]]),
        space(3),
        columns([90, 90], [[p('Chantier', { size: 7.5, color: '#666666' }), p(inv.site, { b: true }), p(`Travaux réalisés du ${date(inv, inv.orderDate, 'slash')} au ${date(inv, inv.delivery, 'slash')}`), ...references(inv, { marketLabel: x.pick(['Marché n°', 'Marché public n°', 'Accord-cadre n°']) }).map(([k, val]) => p(`${k} : ${val}`))], [p('Maître d’ouvrage', { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        table([88, 18, 14, 28, 32], [{ cells: ['Désignation des travaux', 'Qté', 'Unité', 'P.U. HT', 'Montant HT'], b: true, shade: '#e8f5e9' }, ...inv.lines.map((l) => [l.label, qty(l.qty), l.unitName, plainMoney(inv, l.unit), plainMoney(inv, l.total)])], { border: 'grid', align: ['left', 'right', 'center', 'right', 'right'], before: 5, after: 2, size: 8.5 }),
        totalsBlock(inv, rows, { widths: [64, 30], indent: 86 }),
        table([180], [[guaranteeText]], { border: 'box', size: 8.5, before: 4 }),
        p(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${inv.supplier.bic}` : 'Règlement par mandat administratif.', { size: 8.5, before: 4 }),
        p(`Délai global de paiement : 30 jours (échéance ${date(inv, inv.due)}). Intérêts moratoires au taux de la BCE majoré de 8 points et indemnité forfaitaire de 40 €.`, { size: 7, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 5. Legal notice priced per character. ———
const NOTICES = [
  'Avis d’appel public à la concurrence – travaux de réfection de voirie', 'Avis d’attribution – fourniture de mobilier scolaire', 'Avis d’enquête publique – modification du plan local d’urbanisme',
  'Avis de concession – exploitation du restaurant du parc', 'Avis d’appel à candidatures – occupation du domaine public', 'Avis rectificatif – maintenance des ascenseurs',
];
const annonceLegale = {
  name: 'v-annonce-legale',
  family: 'legal-notice',
  producers: ['pdfkit'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('v-annonce-legale', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'ciel', 'year2'], engagementLabels: ['bonDeCommande', 'engagement', 'commandePublique'], marketProb: 0, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 3], rcsProb: 0.9 });
    const x = extraRng(inv, 'notice');
    renameSupplier(inv, x.pick(['L’Essor Loire Publications', 'Les Affiches du Forez', 'Journal de la Loire Annonces']), 'SAS');
    inv.supplier.ape = '5813Z';
    const perChar = x.pick([183, 189, 193, 197]);
    const first = x.int(0, NOTICES.length - 1);
    inv.perChar = perChar;
    inv.lines = inv.lines.map((l, k) => {
      const chars = x.int(900, 6200);
      const published = addDays(inv.date, -x.int(2, 20));
      return { label: NOTICES[(first + k) % NOTICES.length], ref: `AL-${x.digits(5)}`, chars, published, issue: x.int(10000, 99999), qty: chars, unit: perChar, rate: 2000, total: Math.round((chars * perChar) / 10) };
    });
    if (x.chance(0.5)) inv.lines.push({ label: 'Attestation de parution (exemplaire justificatif)', qty: 1, unit: 500, rate: 2000, total: 500, fixed: true });
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const price = `0,${String(inv.perChar).padStart(3, '0')} €`;
    const rows = inv.lines.map((l) => (l.fixed ? [l.label, '', '1', '5,00', plainMoney(inv, l.total)]
      : [`${l.label}\nRéf. annonce ${l.ref} – parution du ${date(inv, l.published)} (n° ${frNumber(l.issue)})`, `${frNumber(l.chars)} car.`, '', price, plainMoney(inv, l.total)]));
    const v = inv.vat[0];
    return {
      font: 'Times', size: 9.5, margins: [15, 15, 24, 15],
      body: [
        p(s.name, { b: true, size: 17, align: 'center' }), p(`Journal habilité à publier les annonces légales dans le département de la Loire – ${s.address.join(', ')}`, { size: 8, align: 'center' }),
        p(`Tél. ${s.phone} – ${s.email}${inv.print.supplierSiret ? ` – SIRET ${spacedSiret(x, s.siret)}` : ''}`, { size: 8, align: 'center', after: 3 }),
        rule(),
        columns([90, 90], [[p(`FACTURE N° ${inv.number}`, { b: true, size: 13, before: 3 }), p(`Date : ${date(inv, inv.date)}`), p(`Compte annonceur : ${inv.clientCode}`), ...references(inv).map(([k, val]) => p(`${k} : ${val}`))], [p('Annonceur', { size: 7.5, color: '#666666', before: 3 }), ...paras(buyerTexts(inv, x))]]),
        table([88, 22, 8, 26, 36], [{ cells: ['Annonce', 'Longueur', '', 'Tarif HT', 'Montant HT'], b: true, line: 'bottom' }, ...rows], { border: 'rows', align: ['left', 'right', 'right', 'right', 'right'], before: 6, after: 2 }),
        p(`Tarif fixé par arrêté ministériel : ${price} HT le caractère (département de la Loire, année ${inv.date.y}).`, { size: 7.5, i: true }),
        totalsBlock(inv, [['Total HT', inv.ht], [`TVA ${rate(v.rate)}`, inv.tva], ['Total TTC', inv.ttc, { b: true }]], { widths: [50, 34], indent: 96 }),
        p(inv.print.iban ? `Règlement à réception par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement à réception par mandat administratif.', { size: 8.5, before: 4 }),
        p(LATE_FEES, { size: 7, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 6. A show's performance fee: 5,5 % VAT, entertainment licence numbers, performance dates. ———
const SHOWS = ['« Le Voyage de Lila »', '« Les Fourberies de Scapin »', '« Fanfare à tous les étages »', '« Contes du Pilat »', '« Cirque de poche »', '« Jazz sous les tilleuls »'];
const spectacle = {
  name: 'v-spectacle-cachet',
  family: 'performance-fee',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('v-spectacle-cachet', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'micro', 'carnet'], engagementLabels: ['engagement', 'bonDeCommande', 'ejNo'], marketProb: 0.1, serviceProb: 0.7, dateStyles: ['long', 'slash'], rates: [[550], [550, 2000]], groups: ['space', 'nbsp'], lines: [2, 4], rcsProb: 0.3 });
    const x = extraRng(inv, 'show');
    renameSupplier(inv, x.pick(['Compagnie Les Arts Mêlés', 'Compagnie du Chapeau Rouge', 'Production Loire Scènes', 'Les Tréteaux du Gier']), x.pick(['SARL', 'SCOP SARL', 'SAS']));
    inv.supplier.ape = '9001Z';
    const show = x.pick(SHOWS);
    const shows = x.int(1, 3);
    const first = addDays(inv.date, -x.int(5, 30));
    inv.performance = { show, shows, dates: Array.from({ length: shows }, (_, k) => addDays(first, k)), venue: x.pick(['Salle Jeanne d’Arc', 'Centre culturel de Montreynaud', 'Médiathèque Tarentaize', 'Théâtre de verdure du parc', 'Salle des fêtes']), seats: x.pick([120, 180, 250, 350, 600]), contract: `CC-${inv.date.y}-${pad(x.int(1, 60))}`, licences: [`PLATESV-R-${x.int(2019, 2023)}-${x.digits(6)}`, `PLATESV-R-${x.int(2019, 2023)}-${x.digits(6)}`] };
    const fee = x.int(80000, 450000);
    const lines = [{ label: `Cession du droit d’exploitation du spectacle ${show}`, qty: shows, unit: fee, rate: 550, total: shows * fee }];
    const travel = x.int(8000, 60000);
    lines.push({ label: x.pick(['Défraiements (repas et hébergement de l’équipe, 4 personnes)', 'Frais de transport du décor et de l’équipe', 'Frais de déplacement (forfait)']), qty: 1, unit: travel, rate: 550, total: travel });
    if (inv.rates.includes(2000)) {
      const tech = x.int(15000, 90000);
      lines.push({ label: 'Location du matériel son et lumière', qty: 1, unit: tech, rate: 2000, total: tech });
    }
    inv.lines = lines;
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pf = inv.performance;
    const dates = pf.dates.map((d) => date(inv, d, 'long')).join(x.pick([', ', ' et ']));
    const rows = totalsRows(inv, x, { netLabel: x.pick(['Net à payer', 'Montant à régler', null]), perRateBase: true });
    return {
      font: x.pick(['Liberation Serif', 'DejaVu Sans', 'Liberation Sans']), size: 9.5, margins: [15, 16, 24, 16],
      body: [
        p(s.name, { b: true, size: 16, color: '#6a1b4d' }), p(`${s.address.join(' – ')} – ${s.phone}`, { size: 8.5 }),
        p(`Licences d’entrepreneur de spectacles : ${pf.licences[0]} (cat. 2) et ${pf.licences[1]} (cat. 3)`, { size: 8 }),
        ...(inv.print.supplierSiret ? [p(`SIRET ${spacedSiret(x, s.siret)} – APE 9001Z`, { size: 8 })] : []),
        space(4),
        columns([88, 90], [[p(`FACTURE N° ${inv.number}`, { b: true, size: 13 }), p(`${x.pick(['Date de facturation', 'Date', 'Établie le'])} : ${date(inv, inv.date)}`), p(`Contrat de cession n° ${pf.contract}`), ...references(inv).map(([k, val]) => p(`${k} : ${val}`))], [p('Organisateur', { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        table([180], [[{ runs: [{ text: 'Représentation(s) : ', b: true }, { text: `${pf.show} – ${pf.shows} représentation${pf.shows > 1 ? 's' : ''} le${pf.shows > 1 ? 's' : ''} ${dates}, ${pf.venue} (jauge ${pf.seats} places)` }] }]], { border: 'box', before: 5, size: 9 }),
        table([96, 14, 26, 14, 30], [{ cells: ['Désignation', 'Qté', 'Prix HT', 'TVA', 'Montant HT'], b: true, shade: '#f3e5f5' }, ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)])], { border: 'head', align: ['left', 'right', 'right', 'right', 'right'], before: 4, after: 2 }),
        totalsBlock(inv, rows, { widths: [62, 30], indent: 88 }),
        p('TVA au taux réduit de 5,5 % – article 278-0 bis du CGI (spectacles vivants).', { size: 7.5, i: true, before: 2 }),
        p(inv.print.iban ? `Règlement par virement sous 30 jours : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif sous 30 jours.', { size: 8.5, before: 3 }),
        p(LATE_FEES, { size: 7, before: 2, color: '#555555' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 7. Cleaning contract: monthly instalment for a period, plus extra interventions. ———
const SITES = ['Hôtel de Ville', 'Mairie annexe de Terrenoire', 'Médiathèque Carnot', 'Gymnase du Soleil', 'Centre technique municipal', 'École maternelle Chappe', 'Maison des associations'];
const nettoyage = {
  name: 'v-nettoyage-contrat',
  family: 'contract-monthly-period',
  producers: ['libreoffice'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('v-nettoyage-contrat', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'odoo', 'hash', 'ebp'], engagementLabels: ['engagementJuridique', 'ej', 'referenceEngagement'], marketProb: 0.8, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 3], rcsProb: 0.6 });
    const x = extraRng(inv, 'contract');
    renameSupplier(inv, x.pick(['Nettoyage Pro Loire', 'Onet Propreté Forez', 'Clean’Services 42', 'Propreté Stéphanoise']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8121Z';
    const month = inv.date.d > 10 ? { y: inv.date.y, m: inv.date.m } : inv.date.m === 1 ? { y: inv.date.y - 1, m: 12 } : { y: inv.date.y, m: inv.date.m - 1 };
    inv.period = { start: { ...month, d: 1 }, end: { ...month, d: lastDay(month.y, month.m) }, month };
    const first = x.int(0, SITES.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const monthly = x.int(40000, 480000);
      return { label: `Entretien des locaux – ${SITES[(first + k) % SITES.length]}`, annual: monthly * 12, passages: x.pick(['5 passages / semaine', '3 passages / semaine', 'quotidien, hors week-end']), qty: 1, unit: monthly, rate: 2000, total: monthly, monthly: true };
    });
    const extras = x.int(0, 2);
    for (let k = 0; k < extras; k++) {
      const hours = x.pick([2, 3, 4, 6, 7.5]);
      const hourly = x.int(2600, 3400);
      inv.lines.push({ label: `Intervention complémentaire – bon n° ${x.digits(4)} du ${date(inv, addDays(inv.period.start, x.int(2, 25)), 'slash')} (${x.pick(['remise en état après travaux', 'nettoyage après manifestation', 'lavage des vitres hautes'])})`, qty: hours, unit: hourly, rate: 2000, total: Math.round(hours * hourly) });
    }
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const pr = inv.period;
    const periodText = x.pick([`du ${date(inv, pr.start)} au ${date(inv, pr.end)}`, `${MONTHS[pr.month.m - 1]} ${pr.month.y} (du ${date(inv, pr.start, 'slash')} au ${date(inv, pr.end, 'slash')})`]);
    const rows = inv.lines.map((l) => (l.monthly
      ? [{ runs: [{ text: `${l.label}\n` }, { text: `${l.passages} – forfait annuel ${plainMoney(inv, l.annual)} € HT / 12`, size: 7.5, i: true }] }, 'mois', '1', plainMoney(inv, l.unit), plainMoney(inv, l.total)]
      : [l.label, 'heure', qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]));
    const v = inv.vat[0];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, margins: [15, 15, 22, 15],
      body: [
        columns([100, 80], [paras(supplierTexts(inv, x), { firstSize: 13 }), [p(x.pick(['FACTURE MENSUELLE', 'FACTURE', 'Facture de prestations']), { b: true, size: 15, align: 'right' }), p(`N° ${inv.number}`, { b: true, align: 'right' }), p(`Date d’émission : ${date(inv, inv.date)}`, { align: 'right' })]]),
        space(3),
        columns([90, 90], [[p('Période facturée', { size: 7.5, color: '#666666' }), p(periodText, { b: true }), ...references(inv, { marketLabel: x.pick(['Marché n°', 'Contrat n°', 'Marché de prestations n°']) }).map(([k, val]) => p(`${k} : ${val}`))], [p('Client', { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        table([92, 14, 12, 28, 34], [{ cells: ['Prestation', 'Unité', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#e3f2fd' }, ...rows], { border: 'grid', align: ['left', 'center', 'right', 'right', 'right'], before: 5, after: 2, size: 8.5 }),
        totalsBlock(inv, [['Total HT', inv.ht], [`TVA ${rate(v.rate)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, { b: true }]], { widths: [50, 34], indent: 96 }),
        p(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic} – échéance ${date(inv, inv.due)}` : `Règlement par mandat administratif – échéance ${date(inv, inv.due)}`, { size: 8.5, before: 4 }),
        p(LATE_FEES, { size: 7, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

export default [devisAccepte, autocars, imprimerie, paysage, annonceLegale, spectacle, nettoyage];

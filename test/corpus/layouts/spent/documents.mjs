// Blind-4 layouts written in the shared document description (see ../../README.md), printed by Chromium, LibreOffice
// Writer or PDFKit: an invoice assigned to a factor (the factor's IBAN is the one to pay), a public order printed with
// both its « bon de commande » and its « engagement juridique », a joint-contractors' invoice presented by the
// mandataire, a fuel delivery (litres with three decimals, price per litre with four), a corrective invoice that
// cancels and replaces an earlier one, an invoice grouped by site with subtotals, furniture with an eco-contribution
// per unit, and a lawyer's or architect's fee note deducting the retainer received.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { fmtAmount, MONTHS, pad } from '../../lib/format.mjs';
import { groupIban, groupSiren, makeIban } from '../../lib/identifiers.mjs';
import { COMPANIES } from '../../lib/parties.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, rate, recompute, references, truthOf } from '../../lib/invoice.mjs';
import { buyerLines, standardTotals, totalsTable } from '../../lib/blocks.mjs';
import { leaders, otherSiret, renameSupplier, spacedSiret, sum } from '../../lib/variants.mjs';

const CITY_HEAVY = { cityProb: 0.65, engagementProb: 0.75 };

function partyBlock(inv, x, { heading, siretLabel } = {}) {
  const s = inv.supplier;
  const out = [];
  if (heading) out.push(p(heading, { size: 7.5, color: '#666666' }));
  out.push(p(s.name, { b: true, size: 12 }));
  if (s.tagline) out.push(p(s.tagline, { i: true }));
  out.push(...s.address.map((line) => p(line)), p(`${x.pick(['Tél.', 'Tél :', 'Téléphone'])} ${s.phone}`), p(s.email));
  if (inv.print.supplierSiret) out.push(p(`${siretLabel ?? x.pick(['SIRET :', 'Siret', 'N° SIRET'])} ${spacedSiret(x, s.siret)}`));
  return out;
}

function buyerBlock(inv, x, heading) {
  const b = inv.buyer;
  const out = [p(heading, { size: 7.5, color: '#666666' }), p(b.name, { b: true }), ...b.lines.map((line) => p(line))];
  if (inv.print.buyerSiret) out.push(p(`${x.pick(['SIRET :', 'Siret client :', 'SIRET du destinataire :'])} ${spacedSiret(x, b.siret)}`));
  return out;
}

/** Two-column legal footer: identity on the left, registration and VAT on the right. */
function twoColumnFooter(inv) {
  const s = inv.supplier;
  const left = [`${s.legalName ?? s.name} – capital ${s.capital.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} €`, `${s.address.join(' – ')}`];
  const right = [inv.print.supplierSiren ? `RCS ${s.rcsCity} ${groupSiren(s.siren)} – APE ${s.ape}` : `APE ${s.ape}`, `N° TVA intracommunautaire ${s.vat}`];
  return [table([90, 90], [[{ text: left.join('\n') }, { text: right.join('\n'), align: 'right' }]], { border: 'none', pad: 0.5, size: 6.5 })];
}

const itemRows = (inv, lines, { withRate = true } = {}) => lines.map((l) => {
  const cells = [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)];
  return withRate ? cells : cells.filter((_, k) => k !== 3);
});

// ——— 1. Factoring: the payment goes to the factor, by subrogation. ———
const FACTORS = [
  { name: 'BPCE Factor', address: '50 avenue Pierre Mendès France, 75013 Paris', bank: '30007', bic: 'CCBPFRPPXXX' },
  { name: 'CGA – Compagnie Générale d’Affacturage', address: '17 cours Valmy, 92800 Puteaux', bank: '30003', bic: 'SOGEFRPPXXX' },
  { name: 'Crédit Agricole Leasing & Factoring', address: '12 place des États-Unis, 92120 Montrouge', bank: '18206', bic: 'AGRIFRPP882' },
  { name: 'BNP Paribas Factor', address: '46-52 rue Arago, 92800 Puteaux', bank: '30004', bic: 'BNPAFRPPXXX' },
  { name: 'CIC Factor', address: '6 avenue de Provence, 75009 Paris', bank: '30066', bic: 'CMCIFRPPXXX' },
];

const affacturage = {
  name: 'n-affacturage',
  family: 'factoring',
  producers: ['chromium', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('n-affacturage', i, { ...CITY_HEAVY, numbers: ['plain', 'ebp', 'hash', 'sage'], engagementLabels: ['engagementJuridique', 'ej', 'numeroEj', 'engagementChorus'], marketProb: 0.4, dateStyles: ['slash', 'long', 'dots'], rates: [[2000], [2000, 1000], [1000]], groups: ['space', 'nbsp', 'dot'], rcsProb: 0.6, lines: [2, 6] });
    const x = extraRng(inv, 'factor');
    const factor = x.pick(FACTORS);
    inv.factor = { ...factor, iban: makeIban(x, [factor.bank]), member: `${x.int(10000, 99999)}`, cession: `${x.int(100, 999)}-${x.digits(4)}` };
    inv.print.iban = true;
    return inv;
  },
  // The supplier's own account is not printed: the factor's is the one that discharges the buyer.
  truth: (inv) => ({ ...truthOf(inv), iban: inv.factor.iban }),
  doc(inv) {
    const x = extraRng(inv, 'look');
    const f = inv.factor;
    const meta = [[x.pick(['Facture n°', 'N° de facture', 'Facture']), inv.number], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], [x.pick(['Échéance', 'Date d’échéance', 'À régler le']), date(inv, inv.due)], ...references(inv, { marketLabel: x.pick(['Marché n°', 'N° de marché']), serviceLabel: x.pick(['Code service', 'Service exécutant']) })];
    const subrogation = x.pick([
      `Pour être libératoire, votre règlement doit être effectué directement à l’ordre de ${f.name}, ${f.address}, qui le reçoit par subrogation dans le cadre d’un contrat d’affacturage. Il devra lui être signalé toute demande de renseignements ou réclamation.`,
      `Cette créance a été transférée par subrogation conventionnelle à ${f.name} (${f.address}). Seul un paiement effectué directement auprès de ${f.name} est libératoire.`,
      `Créance cédée à ${f.name}, ${f.address}, dans le cadre d’un contrat d’affacturage. Pour être libératoire, le paiement doit être fait à l’ordre du factor sur le compte ci-dessous.`,
    ]);
    const heading = x.pick(['RÈGLEMENT À EFFECTUER À NOTRE FACTOR', 'Paiement exclusivement auprès de notre factor', 'Subrogation – affacturage']);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, margins: [14, 15, 22, 15],
      body: [
        columns([100, 80], [partyBlock(inv, x), [p('FACTURE', { b: true, size: 18, align: 'right' }), table([34, 46], meta.map(([k, v]) => [{ text: k, color: '#555555' }, { text: v, b: true }]), { before: 2, size: 8.5 })]]),
        space(4),
        columns([90, 90], [[], buyerBlock(inv, x, x.pick(['Facturé à', 'Client', 'Destinataire']))]),
        table([94, 16, 26, 14, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Total HT'], b: true, shade: '#e8eef7' }, ...itemRows(inv, inv.lines)], { border: 'rows', align: ['left', 'right', 'right', 'right', 'right'], before: 5, after: 2 }),
        totalsTable(inv, standardTotals(inv, { net: x.pick(['Net à payer', 'Montant à régler', null]) }), { widths: [52, 32], indent: 96 }),
        table([180], [
          { cells: [{ text: heading, b: true }], shade: '#fff4d6' },
          [subrogation],
          [{ runs: [{ text: 'IBAN : ', b: true }, { text: groupIban(f.iban) }, { text: '   BIC : ', b: true }, { text: f.bic }] }],
          [`${x.pick(['N° adhérent', 'Réf. adhérent', 'Contrat n°'])} ${f.member} – ${x.pick(['à rappeler avec la référence', 'rappeler la référence'])} ${inv.number}`],
        ], { border: 'box', before: 6, size: 8.5 }),
        p(LATE_FEES, { size: 7, before: 4, color: '#555555' }),
      ],
      footer: twoColumnFooter(inv),
    };
  },
};

// ——— 2. Public order: « bon de commande » and « engagement juridique » side by side. ———
const commandeEtEngagement = {
  name: 'n-bc-et-ej',
  family: 'order-and-engagement',
  producers: ['pdfkit'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('n-bc-et-ej', i, { cityProb: 0.7, engagementProb: 0.8, engagementLabels: ['engagementJuridique'], numbers: ['ciel', 'dolibarr', 'year2'], marketProb: 0.5, serviceProb: 0.7, dateStyles: ['slash', 'dots'], rates: [[2000], [550], [2000, 550]], groups: ['space', 'dot', 'none'], lines: [1, 5], rcsProb: 0.5 });
    const x = extraRng(inv, 'bc');
    inv.order = x.pick([`BC ${inv.date.y}/${x.digits(5)}`, `${inv.date.y}-BC-${x.digits(4)}`, `DA${x.digits(6)}`, `BC-${pad(inv.date.y % 100)}-${x.digits(4)}`]);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const width = 46;
    const line = (label, cents) => p(leaders(label, plainMoney(inv, cents), width), { size: 9 });
    const refs = [];
    if (inv.engagement) {
      // Printed next to each other, as the city's order form shows them: the order's own number and the EJ.
      refs.push([x.pick(['BON DE COMMANDE N° :', 'N° BON DE COMMANDE :', 'COMMANDE N° :']), inv.order]);
      refs.push([x.pick(['ENGAGEMENT JURIDIQUE N° :', 'N° ENGAGEMENT JURIDIQUE :', 'N° EJ :']), inv.engagement.written]);
      refs.push(['DATE DE LA COMMANDE :', date(inv, inv.orderDate)]);
    }
    if (inv.serviceCode) refs.push([x.pick(['CODE SERVICE :', 'SERVICE EXÉCUTANT :']), inv.serviceCode]);
    if (inv.market) refs.push(['MARCHÉ N° :', inv.market]);
    const totals = [];
    if (inv.vat.length > 1) for (const v of inv.vat) totals.push(line(`BASE H.T. ${rate(v.rate)}`, v.base));
    totals.push(line('TOTAL H.T.', inv.ht));
    for (const v of inv.vat) totals.push(line(`T.V.A. ${rate(v.rate)}`, v.amount));
    totals.push(p(leaders('TOTAL T.T.C.', `${plainMoney(inv, inv.ttc)} EUR`, width), { size: 9, b: true }));
    return {
      font: 'Helvetica', size: 9, margins: [15, 15, 20, 15],
      body: [
        columns([105, 75], [[p(inv.supplier.legalName.toUpperCase(), { b: true, size: 12 }), ...inv.supplier.address.map((l) => p(l.toUpperCase())), p(`TÉL. : ${inv.supplier.phone}`), inv.print.supplierSiret ? p(`SIRET : ${spacedSiret(x, inv.supplier.siret)}`) : p(`APE : ${inv.supplier.ape}`)],
          [p('FACTURE', { b: true, size: 16, align: 'right' }), p(`N° : ${inv.number}`, { align: 'right', b: true }), p(`DU : ${date(inv, inv.date)}`, { align: 'right' }), p(`CLIENT : ${inv.clientCode}`, { align: 'right' })]]),
        space(5),
        columns([85, 95], [
          refs.length ? [p('RÉFÉRENCES DE LA COMMANDE PUBLIQUE', { b: true, size: 8 }), table([44, 41], refs.map(([k, v]) => [{ text: k, size: 8 }, { text: v, b: true }]), { border: 'box', before: 1 })] : [p(`VOTRE RÉF. : ${x.pick(['Demande téléphonique', 'Devis accepté ' + inv.quote, 'Courriel du service'])}`, { size: 8 })],
          [p('ADRESSE DE FACTURATION', { b: true, size: 8 }), p(inv.buyer.name.toUpperCase(), { b: true }), ...inv.buyer.lines.map((l) => p(l.toUpperCase())), ...(inv.print.buyerSiret ? [p(`SIRET : ${spacedSiret(x, inv.buyer.siret)}`)] : [])],
        ]),
        table([22, 86, 16, 24, 12, 20], [{ cells: ['RÉF.', 'DÉSIGNATION', 'QTÉ', 'P.U. H.T.', 'TVA', 'MONTANT'], b: true, size: 8 }, ...inv.lines.map((l) => [l.ref, l.label.toUpperCase(), qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)])], { border: 'grid', align: ['left', 'left', 'right', 'right', 'right', 'right'], before: 6, after: 4, size: 8.5 }),
        columns([86, 94], [[p(`ÉCHÉANCE : ${date(inv, inv.due)}`, { size: 8 }), p(inv.print.iban ? `RÈGLEMENT PAR VIREMENT\nIBAN : ${iban(inv)}\nBIC : ${inv.supplier.bic}` : 'RÈGLEMENT PAR MANDAT ADMINISTRATIF', { size: 8, before: 2 })], totals]),
        p(LATE_FEES.toUpperCase(), { size: 6.5, before: 6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 3. Joint contractors: one invoice from the mandataire, the members' shares for information. ———
const groupement = {
  name: 'n-groupement',
  family: 'joint-contractors',
  producers: ['libreoffice'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('n-groupement', i, { ...CITY_HEAVY, trades: ['btp', 'services'], numbers: ['plain', 'situation', 'ebp'], engagementLabels: ['engagementJuridique', 'numeroEj', 'ej'], marketProb: 0.95, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000], [1000]], groups: ['space', 'nbsp'], lines: [2, 6], rcsProb: 0.5 });
    const x = extraRng(inv, 'members');
    const others = COMPANIES.filter((c) => c.name !== inv.supplier.name && c.trade === COMPANIES.find((k) => k.name === inv.supplier.name).trade);
    const count = x.int(1, 2);
    const members = [{ name: inv.supplier.legalName, siret: inv.supplier.siret, role: 'Mandataire', mandataire: true }];
    for (let k = 0; k < count; k++) {
      const c = others[(x.int(0, others.length - 1) + k) % others.length];
      members.push({ name: `${c.name} ${c.form}`, siret: otherSiret(x), role: `Cotraitant ${k + 1}` });
    }
    inv.lines.forEach((line, k) => {
      line.member = members[k % members.length];
    });
    inv.members = members.map((m) => ({ ...m, amount: sum(inv.lines.filter((l) => l.member.name === m.name), 'total') }));
    inv.groupName = x.pick(['Groupement', 'Groupement momentané d’entreprises', 'Groupement solidaire']);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const rows = inv.lines.map((l) => [l.label, l.member.role, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    return {
      font: 'Liberation Serif', size: 10, margins: [16, 16, 22, 16],
      body: [
        p(`${inv.groupName} ${inv.members.map((m) => m.name).join(' / ')}`, { b: true, size: 11 }),
        p(`Mandataire : ${s.legalName} – ${s.address.join(', ')} – ${s.phone} – ${s.email}`, { size: 9 }),
        ...(inv.print.supplierSiret ? [p(`SIRET du mandataire : ${spacedSiret(x, s.siret)}`, { size: 9 })] : []),
        space(4),
        columns([80, 100], [[
          p(x.pick(['FACTURE', 'FACTURE DU GROUPEMENT']), { b: true, size: 15 }),
          p(`N° ${inv.number}`, { b: true }),
          p(`${x.pick(['Date :', 'Établie le', 'Date d’émission :'])} ${date(inv, inv.date)}`),
        ], buyerLines(inv, { heading: x.pick(['Pouvoir adjudicateur', 'Maître d’ouvrage', 'Acheteur public']) })]),
        table([60, 120], references(inv, { marketLabel: x.pick(['Marché public n°', 'Accord-cadre n°', 'Marché n°']), serviceLabel: 'Code service' }).map(([k, v]) => [k, { text: v, b: true }]), { border: 'rows', before: 5, after: 2 }),
        table([76, 28, 16, 28, 32], [{ cells: ['Prestation', 'Exécutée par', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#eeeeee' }, ...rows], { border: 'grid', align: ['left', 'left', 'right', 'right', 'right'], before: 4, after: 2, size: 9 }),
        totalsTable(inv, standardTotals(inv, { net: x.pick(['Net à payer', 'Montant à mandater', 'Net à payer TTC']) }), { widths: [56, 32], indent: 92 }),
        p('Répartition entre les membres du groupement (pour information)', { b: true, size: 9, before: 4 }),
        table([78, 30, 40, 32], [{ cells: ['Membre', 'Rôle', 'SIRET', 'Part HT'], b: true, size: 8.5 }, ...inv.members.map((m) => [m.name, m.role, spacedSiret(x, m.siret), plainMoney(inv, m.amount)])], { border: 'rows', align: ['left', 'left', 'left', 'right'], size: 8.5, before: 1 }),
        p(inv.print.iban ? `Paiement sur le compte unique du mandataire : ${s.legalName} – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Paiement par mandat administratif au profit du mandataire.', { before: 4, size: 9 }),
        p(`Échéance : ${date(inv, inv.due)} (délai global de paiement de 30 jours).`, { size: 8.5 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 7 })],
    };
  },
};

// ——— 4. Fuel delivery: metered litres (three decimals) at a price per litre with four decimals. ———
const FUELS = [
  { label: 'Gazole non routier (GNR)', unit: [11800, 14900] },
  { label: 'Fioul domestique', unit: [10200, 13600] },
  { label: 'Gazole B7', unit: [14200, 17800] },
  { label: 'Fioul domestique qualité supérieure', unit: [10600, 13900] },
];
const FUEL_SELLERS = ['Combustibles du Forez', 'Loire Énergies Distribution', 'Pétroles du Gier', 'Fioul Service Ondaine'];
const litres = (ml) => `${String(Math.floor(ml / 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(ml % 1000).padStart(3, '0')}`;
const perLitre = (u4) => `${Math.floor(u4 / 10000)},${String(u4 % 10000).padStart(4, '0')}`;

const carburant = {
  name: 'n-carburant',
  family: 'fuel-delivery',
  producers: ['pdfkit'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('n-carburant', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['compact', 'ciel', 'year2'], engagementLabels: ['bcShort', 'commande', 'engagement'], marketProb: 0.5, dateStyles: ['dots', 'slash'], rates: [[2000]], groups: ['space', 'dot'], lines: [1, 3], rcsProb: 0.6 });
    const x = extraRng(inv, 'fuel');
    renameSupplier(inv, x.pick(FUEL_SELLERS), x.pick(['SAS', 'SARL']));
    inv.lines = inv.lines.map((l, k) => {
      if (k === inv.lines.length - 1 && k > 0) return { label: x.pick(['Frais de livraison', 'Forfait livraison camion', 'Participation transport']), qty: 1, unit: x.int(2500, 6500), rate: l.rate, total: 0, fee: true };
      const fuel = FUELS[(k + x.int(0, 3)) % FUELS.length];
      const ml = x.pick([x.int(300, 4000) * 1000, x.int(300000, 6000000)]);
      const u4 = x.int(fuel.unit[0], fuel.unit[1]);
      return { label: fuel.label, ml, u4, qty: ml / 1000, unit: Math.round(u4 / 100), rate: l.rate, total: Math.round((ml * u4) / 100000), ticket: `${x.int(10000, 99999)}`, temp: `${x.int(4, 19)} °C` };
    });
    for (const l of inv.lines) if (l.fee) l.total = l.unit;
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const rows = inv.lines.map((l) => (l.fee
      ? ['', l.label, '1 forfait', `${plainMoney(inv, l.unit)} €`, '', plainMoney(inv, l.total)]
      : [l.ticket, `${l.label}\n${x.pick(['Volume compensé à 15 °C', 'Volume mesuré au compteur', 'Livraison en citerne'])} – T° ${l.temp}`, `${litres(l.ml)} L`, `${perLitre(l.u4)} €/L`, '', plainMoney(inv, l.total)]));
    const v = inv.vat[0];
    return {
      font: 'Helvetica', size: 8.5, margins: [12, 14, 20, 14],
      body: [
        columns([110, 72], [[p(s.name, { b: true, size: 14 }), p(x.pick(['Négoce de produits pétroliers', 'Livraison de fioul et carburants', 'Distributeur agréé']), { i: true }), ...s.address.map((l) => p(l)), p(`Tél. ${s.phone} – ${s.email}`), ...(inv.print.supplierSiret ? [p(`Siret ${spacedSiret(x, s.siret)} – TVA ${s.vat}`)] : [p(`TVA ${s.vat}`)])],
          [table([72], [[{ text: 'FACTURE', b: true, size: 13, align: 'center' }], [`N° ${inv.number}`], [`Le ${date(inv, inv.date)}`], [`Code client ${inv.clientCode}`]], { border: 'box' })]]),
        space(4),
        columns([92, 90], [[p(x.pick(['Lieu de livraison', 'Livré à']), { b: true, size: 8 }), p(x.pick(['Centre technique municipal', 'Dépôt de la voirie', 'Chaufferie du groupe scolaire', 'Garage des services techniques'])), p(inv.buyer.lines.at(-1)), p(`Livraison du ${date(inv, inv.delivery)}`)], buyerLines(inv, { heading: 'Facturé à' })]),
        ...references(inv, { marketLabel: 'Marché', serviceLabel: 'Service' }).map(([k, val]) => p(`${k} : ${val}`, { b: true, before: 1 })),
        table([20, 70, 26, 26, 12, 28], [{ cells: ['Bon liv.', 'Produit', 'Quantité', 'Prix HT', '', 'Montant HT'], b: true, shade: '#dde5ee' }, ...rows], { border: 'rows', align: ['left', 'left', 'right', 'right', 'left', 'right'], before: 5, after: 2 }),
        p(x.pick(['Prix unitaires hors TVA, TICPE incluse.', 'TICPE comprise dans le prix au litre.', 'Prix à la livraison, taxe intérieure de consommation incluse.']), { size: 7.5, i: true }),
        totalsTable(inv, [['Total HT', inv.ht], [`TVA ${rate(v.rate)}`, inv.tva], ['Total TTC', inv.ttc, { b: true }], [x.pick(['Net à payer', 'NET A PAYER']), inv.net, { b: true }]], { widths: [46, 32], indent: 104 }),
        p(`Échéance : ${date(inv, inv.due)} – ${inv.print.iban ? `virement IBAN ${iban(inv)} BIC ${s.bic}` : 'règlement par mandat administratif'}`, { size: 8, before: 3 }),
      ],
      footer: [p(legalLine(inv), { align: 'center' })],
    };
  },
};

// ——— 5. Corrective invoice: cancels and replaces an earlier invoice, whose number and amount it repeats. ———
const REASONS = ['Erreur sur les quantités facturées', 'Taux de TVA erroné', 'Prix unitaire erroné', 'Oubli d’une prestation', 'Erreur d’adresse de facturation'];
const rectificative = {
  name: 'n-rectificative',
  family: 'corrective-invoice',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('n-rectificative', i, { ...CITY_HEAVY, numbers: ['plain', 'hash', 'dolibarr'], engagementLabels: ['engagement', 'numeroEj', 'bonDeCommande'], marketProb: 0.35, dateStyles: ['slash', 'long', 'dash'], rates: [[2000], [1000], [2000, 550]], groups: ['space', 'nbsp', 'none'], lines: [1, 5], rcsProb: 0.5 });
    const x = extraRng(inv, 'origin');
    inv.reason = x.pick(REASONS);
    inv.originDate = { ...inv.orderDate };
    const sign = inv.reason.startsWith('Oubli') ? -1 : x.pick([-1, 1]);
    inv.originTTC = inv.reason.startsWith('Erreur d’adresse') ? inv.ttc : inv.ttc + sign * x.int(1500, Math.max(1600, Math.floor(inv.ttc / 3)));
    inv.creditNote = `AV-${inv.date.y}-${x.digits(3)}`;
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const notice = x.pick([
      `Facture rectificative annulant et remplaçant la facture n° ${inv.origin} du ${date(inv, inv.originDate)} (montant TTC ${fmtAmount(inv.originTTC, inv.amountStyle)}), annulée par l’avoir n° ${inv.creditNote}.`,
      `Cette facture annule et remplace notre facture n° ${inv.origin} du ${date(inv, inv.originDate)} d’un montant de ${fmtAmount(inv.originTTC, inv.amountStyle)} TTC.`,
      `Remplace la facture n° ${inv.origin} émise le ${date(inv, inv.originDate)} pour ${fmtAmount(inv.originTTC, inv.amountStyle)} TTC – motif : ${inv.reason.toLowerCase()}.`,
    ]);
    return {
      font: producer === 'pdfkit' ? 'Times' : 'Liberation Serif', size: 10, margins: [16, 16, 22, 16],
      body: [
        columns([95, 85], [partyBlock(inv, x), buyerLines(inv, { heading: 'Destinataire', siretLabel: 'SIRET' })]),
        p(`FACTURE RECTIFICATIVE N° ${inv.number}`, { b: true, size: 14, before: 8 }),
        p(`${x.pick(['Date :', 'En date du', 'Date de facture :'])} ${date(inv, inv.date)}`),
        table([180], [[{ text: notice, i: true }], [`Motif de la rectification : ${inv.reason}.`]], { border: 'box', before: 3, after: 3, size: 9 }),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        table([96, 16, 26, 14, 28], [{ cells: ['Désignation', 'Qté', 'Prix unit. HT', 'TVA', 'Total HT'], b: true }, ...itemRows(inv, inv.lines)], { border: 'head', align: ['left', 'right', 'right', 'right', 'right'], before: 4, after: 2 }),
        totalsTable(inv, standardTotals(inv, { ttc: 'Total TTC rectifié', net: x.pick(['Net à payer', 'Nouveau montant à régler']) }), { widths: [56, 32], indent: 92 }),
        p(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par chèque ou mandat administratif.', { before: 4, size: 9 }),
        p(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center' }), p('Page {page}/{pages}', { align: 'right' })],
    };
  },
};

// ——— 6. Grouped by site: one invoice for several buildings, with a subtotal per site. ———
const CITY_SITES = ['École maternelle Jules Ferry', 'Gymnase du Soleil', 'Médiathèque de Tarentaize', 'Centre technique municipal', 'Hôtel de Ville', 'Piscine Raymond Sommet', 'Maison de quartier de Montreynaud'];
const OTHER_SITES = ['Bâtiment A – administration', 'Bâtiment B – ateliers', 'Site de la rue Balay', 'Annexe Nord', 'Restaurant administratif'];
const multiSites = {
  name: 'n-multi-sites',
  family: 'grouped-by-site',
  producers: ['libreoffice'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('n-multi-sites', i, { ...CITY_HEAVY, trades: ['services', 'btp'], numbers: ['plain', 'odoo', 'compact'], engagementLabels: ['engagementJuridique', 'ej', 'referenceEngagement'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash', 'long', 'short'], rates: [[2000], [1000]], groups: ['space', 'nbsp', 'dot'], lines: [3, 8], unitMax: 60000, rcsProb: 0.5 });
    const x = extraRng(inv, 'sites');
    const pool = inv.buyer.city ? CITY_SITES : OTHER_SITES;
    const first = x.int(0, pool.length - 1);
    const siteCount = Math.min(inv.lines.length, x.int(2, 3));
    const sites = Array.from({ length: siteCount }, (_, k) => pool[(first + k) % pool.length]);
    inv.lines.forEach((l, k) => {
      l.site = sites[Math.min(siteCount - 1, Math.floor((k * siteCount) / inv.lines.length))];
    });
    inv.sites = sites.map((name) => ({ name, total: sum(inv.lines.filter((l) => l.site === name), 'total') }));
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const subtotal = x.pick(['Sous-total', 'Total site', 'Sous-total HT']);
    const rows = [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#d9e2d0' }];
    for (const site of inv.sites) {
      rows.push({ cells: [{ text: `${x.pick(['Site :', 'Lieu d’intervention :', ''])} ${site.name}`.trim(), span: 4, b: true }], shade: '#f0f0f0' });
      for (const l of inv.lines.filter((line) => line.site === site.name)) rows.push([`   ${l.label}`, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
      rows.push({ cells: [{ text: `${subtotal} ${site.name}`, span: 3, align: 'right', i: true }, { text: plainMoney(inv, site.total), i: true }], line: 'top' });
    }
    return {
      font: 'Liberation Sans', size: 9.5, margins: [15, 15, 22, 15],
      body: [
        columns([95, 85], [partyBlock(inv, x), [p(x.pick(['Facture', 'FACTURE', 'Facture récapitulative multi-sites']), { b: true, size: 13, align: 'right' }), p(`N° ${inv.number}`, { align: 'right' }), p(`${date(inv, inv.date)}`, { align: 'right' })]]),
        space(4),
        columns([85, 95], [references(inv).map(([k, v]) => p(`${k} : ${v}`, { size: 9 })), buyerLines(inv, { heading: 'Adresse de facturation' })]),
        p(`${x.pick(['Prestations du mois de', 'Période :', 'Interventions de'])} ${MONTHS[inv.delivery.m - 1]} ${inv.delivery.y}`, { before: 4, i: true }),
        table([112, 16, 24, 28], rows, { border: 'none', align: ['left', 'right', 'right', 'right'], before: 2, after: 2 }),
        totalsTable(inv, standardTotals(inv, { ht: x.pick(['Total HT tous sites', 'Total HT']), net: 'Net à payer' }), { widths: [52, 30], indent: 98 }),
        p(inv.print.iban ? `Virement : ${iban(inv)} (${s.bic})` : 'Paiement par mandat administratif.', { before: 3 }),
        p(`Échéance : ${date(inv, inv.due)}`, { size: 8.5 }),
      ],
      footer: twoColumnFooter(inv),
    };
  },
};

// ——— 7. Furniture and equipment with an eco-contribution per unit (Éco-mobilier, ecosystem). ———
const ECO_GOODS = [
  { label: 'Chaise empilable coque polypropylène', price: [2900, 6900], eco: [18, 60], body: 'Éco-mobilier' },
  { label: 'Table pliante 180 x 80 cm', price: [8900, 16900], eco: [90, 250], body: 'Éco-mobilier' },
  { label: 'Armoire haute à rideaux', price: [32000, 59000], eco: [300, 900], body: 'Éco-mobilier' },
  { label: 'Écran 27" LED', price: [15900, 29900], eco: [100, 200], body: 'ecosystem' },
  { label: 'Réfrigérateur table top', price: [19900, 34900], eco: [600, 1300], body: 'ecosystem' },
  { label: 'Bureau droit 160 cm', price: [18900, 33900], eco: [150, 450], body: 'Éco-mobilier' },
  { label: 'Ordinateur portable 15"', price: [59900, 99900], eco: [50, 100], body: 'ecosystem' },
];
const ecoParticipation = {
  name: 'n-eco-participation',
  family: 'eco-contribution',
  producers: ['chromium', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('n-eco-participation', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['sage', 'odoo', 'plain'], engagementLabels: ['bonDeCommande', 'engagement', 'commandePublique'], marketProb: 0.45, dateStyles: ['slash', 'short', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot', 'none'], lines: [2, 5], rcsProb: 0.6 });
    const x = extraRng(inv, 'eco');
    renameSupplier(inv, x.pick(['Mobilier Collectivités Loire', 'Équipement des Territoires', 'Bureautique Rhône-Forez']), 'SAS');
    const start = x.int(0, ECO_GOODS.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const g = ECO_GOODS[(start + k) % ECO_GOODS.length];
      const base = x.int(g.price[0], g.price[1]);
      const eco = x.int(g.eco[0], g.eco[1]);
      const q = x.pick([1, 2, 4, 6, 10, 12, 20, 30]);
      return { label: g.label, ref: `${g.body === 'ecosystem' ? 'EL' : 'MO'}-${x.digits(5)}`, body: g.body, qty: q, base, eco, unit: base + eco, rate: l.rate, total: q * (base + eco) };
    });
    inv.ecoTotal = sum(inv.lines.map((l) => l.qty * l.eco));
    return recompute(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const rows = inv.lines.map((l) => [l.ref, `${l.label}\n${x.pick(['dont éco-participation', 'Éco-part.', 'Éco-contribution'])} ${l.body} : ${plainMoney(inv, l.eco)} € / u.`, qty(l.qty), plainMoney(inv, l.base), plainMoney(inv, l.eco), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = standardTotals(inv, { net: x.pick(['Net à payer', 'Montant à payer', 'Total à régler']) });
    totals.splice(inv.discount ? 2 : 1, 0, [`dont éco-participation`, inv.ecoTotal]);
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : 'Liberation Sans', size: 8.5, margins: [14, 12, 20, 12],
      body: [
        columns([100, 86], [partyBlock(inv, x), [p('Facture', { size: 18, align: 'right', color: '#1b5e20' }), p(`n° ${inv.number}`, { align: 'right', b: true }), p(`du ${date(inv, inv.date)}`, { align: 'right' }), p(`Votre devis ${inv.quote}`, { align: 'right', size: 8 })]]),
        space(3),
        columns([86, 100], [references(inv).map(([k, v]) => p(`${k} : ${v}`)), buyerLines(inv, { heading: x.pick(['Client', 'Facturation', 'Adresse de facturation']) })]),
        table([20, 70, 12, 22, 18, 22, 22], [{ cells: ['Réf.', 'Désignation', 'Qté', 'P.U. HT hors éco', 'Éco-part. HT', 'P.U. HT', 'Total HT'], b: true, shade: '#e8f5e9', size: 7.5 }, ...rows], { border: 'rows', align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'], before: 5, after: 2 }),
        totalsTable(inv, totals, { widths: [54, 30], indent: 102 }),
        p('L’éco-participation est intégralement reversée à l’éco-organisme agréé ; elle ne peut faire l’objet d’aucune remise.', { size: 7.5, i: true, before: 2 }),
        p(inv.print.iban ? `Règlement par virement à 30 jours – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.', { before: 3 }),
      ],
      footer: [p(legalLine(inv), { align: 'center' })],
    };
  },
};

// ——— 8. A fee note (note d’honoraires) that deducts the retainer received. ———
const FIRMS = [
  { name: 'Cabinet Maître Claire Vernet', form: 'SELARL', tagline: 'Avocat au Barreau de Saint-Étienne', lines: ['Honoraires – consultation et rédaction', 'Honoraires – audience', 'Frais de dossier', 'Frais de déplacement'], hours: true },
  { name: 'Atelier d’architecture Morel & Blanc', form: 'SARL d’architecture', tagline: 'Architectes DPLG – Ordre des architectes n° S12345', lines: ['Mission de maîtrise d’œuvre – phase APD', 'Mission de maîtrise d’œuvre – phase PRO', 'Visa des études d’exécution', 'Direction de l’exécution des travaux (DET)'], hours: false },
  { name: 'Cabinet Fayolle Conseil Juridique', form: 'SELAS', tagline: 'Avocats – droit public et commande publique', lines: ['Honoraires – analyse et note juridique', 'Honoraires – assistance à la passation', 'Frais de dossier'], hours: true },
];
const honoraires = {
  name: 'n-honoraires',
  family: 'fee-note',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('n-honoraires', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['year2', 'slash', 'plain'], engagementLabels: ['engagementJuridique', 'ej', 'referenceEngagement'], marketProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 4], depositPct: [0, 20, 30, 50], rcsProb: 0.4 });
    const x = extraRng(inv, 'firm');
    const firm = x.pick(FIRMS);
    renameSupplier(inv, firm.name, firm.form);
    inv.supplier.tagline = firm.tagline;
    inv.lines = inv.lines.map((l, k) => {
      const label = firm.lines[k % firm.lines.length];
      if (firm.hours && label.startsWith('Honoraires')) {
        const hours = x.pick([1.5, 2, 3.5, 4, 6.5, 8, 12.5]);
        const unit = x.pick([15000, 18000, 22000, 25000]);
        return { label: `${label} – ${qty(hours)} h`, qty: hours, unit, rate: l.rate, total: Math.round(hours * unit), unitLabel: 'h' };
      }
      if (label.startsWith('Mission')) {
        const pct = x.pick([20, 25, 40, 50, 60, 100]);
        const phase = x.int(800000, 3000000);
        return { label: `${label} – ${pct} % de ${fmtAmount(phase, inv.amountStyle)} HT`, qty: 1, unit: Math.round((phase * pct) / 100), rate: l.rate, total: Math.round((phase * pct) / 100) };
      }
      return { label, qty: 1, unit: x.int(4000, 35000), rate: l.rate, total: 0 };
    });
    for (const l of inv.lines) if (!l.total) l.total = l.unit;
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const title = x.pick(['NOTE D’HONORAIRES', 'Note d’honoraires et de frais', 'NOTE D’HONORAIRES valant facture']);
    return {
      font: x.pick(['DejaVu Serif', 'Liberation Serif']), size: 10, margins: [18, 20, 24, 20],
      body: [
        p(s.name, { b: true, size: 14 }), p(s.tagline, { i: true, size: 9 }), p(`${s.address.join(' – ')} – ${s.phone}`, { size: 8.5 }),
        rule(),
        columns([80, 90], [[], [p(x.pick(['Monsieur le Maire', 'À l’attention du service juridique', 'À l’attention de la direction de la commande publique']), { size: 9, i: true }), ...buyerLines(inv, { heading: null })]]),
        p(`${title} N° ${inv.number}`, { b: true, size: 12, before: 8 }),
        p(title.includes('valant') ? '' : '(valant facture)', { size: 8.5 }),
        p(`${x.pick(['Saint-Étienne, le', 'Fait le', 'Date :'])} ${date(inv, inv.date)}`, { before: 2 }),
        p(`Dossier : ${x.pick(['Ville c/ SCI des Aciéries', 'Réhabilitation du groupe scolaire', 'Marché de restauration collective – conseil', 'Extension de la médiathèque'])} – réf. ${inv.clientCode}`, { before: 2 }),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        table([126, 44], [{ cells: ['Prestations', 'Montant HT'], b: true }, ...inv.lines.map((l) => [l.label, money(inv, l.total)])], { border: 'rows', align: ['left', 'right'], before: 5, after: 2 }),
        totalsTable(inv, standardTotals(inv, { ht: 'Total honoraires et frais HT', deposit: x.pick(['Provision reçue', 'Provision versée', 'À déduire : provision réglée']), net: x.pick(['Solde à régler', 'Reste dû', 'Net à payer']) }), { widths: [66, 34], indent: 70 }),
        p(inv.print.iban ? `Règlement par virement sur le compte ${x.pick(['du cabinet', 'professionnel'])} : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par chèque à l’ordre du cabinet ou par mandat administratif.', { before: 5, size: 9 }),
        p(`Payable à réception. ${LATE_FEES}`, { size: 7.5, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 7 })],
    };
  },
};

export default [affacturage, commandeEtEngagement, groupement, carburant, rectificative, multiSites, ecoParticipation, honoraires];

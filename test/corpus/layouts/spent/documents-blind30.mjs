// Blind-30 layouts written in the shared document description and as a Calc sheet (see ../../README.md): an
// environmental-education association's invoice for guided outings in a nature reserve or a sensitive natural area
// (one row per outing: day, group, site, theme, half-day or day; loan of equipment, travel; an association exempt
// under art. 261-7-1° on most, a mountain guide under the franchise of art. 293 B on 2; the Department's share paid
// straight to the association deducted on 2; « FACTURE N° … du … » as one title line or a label and a larger value;
// the engagement in a sentence, the buyer's block or a small table), a Writer document; a composting platform's
// monthly statement of green waste delivered by a public body's trucks, from a Calc sheet (one row per weighbridge ticket
// of seven digits with its plate, product, net tonnes with three decimals and price per tonne; green waste at 10 % and
// stumps at 20 %, a container rented at 20 % on some; a VAT summary by rate; the identity as labels beside values; the
// references under the buyer on some; a long month runs onto a second page on 2; one credit note for a ticket charged
// twice); and a soil laboratory's invoice for analyses of school gardens, allotments, sports grounds and tree pits,
// printed by LibreOffice and PDFKit (a file number of seven digits, the samples' numbers and sites printed for
// information, agronomic, texture, trace-metal and PAH analyses per sample, sampling on site; the identity as labels
// over values beside the lab's address, bilingual labels on half; a discount for public bodies on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductGrant } from '../../lib/blind24.mjs';
import { both } from '../../lib/blind25.mjs';
import { greenBuyer, maybeRelabel30, perTonne, plate30, seven30, tonnes3 } from '../../lib/blind30.mjs';

// ——— 1. Guided nature outings: an association's (or a guide's) hand-made Writer invoice, exempt from VAT. ———
const ASSOCS = ['Association Loire Nature Éducation', 'Les Sentiers du Furan', 'Maison de la Rivière et des Oiseaux du Forez', 'Atelier Nature du Pilat'];
const GUIDES = [['Claire Vernay', 'Accompagnatrice en montagne – éducatrice nature'], ['Julien Masson', 'Guide naturaliste – accompagnateur en moyenne montagne']];
const SITES = ['Réserve naturelle régionale des Gorges de la Loire', 'Espace naturel sensible des Chaumes du Pilat', 'Plan d’eau de Méons', 'Bois d’Avaize', 'Vallon du Furan', 'Tourbière des Sagnes', 'Étang David'];
const THEMES = ['Oiseaux des gorges et rapaces', 'Petites bêtes de la mare', 'Lecture de paysage', 'La rivière et ses habitants', 'Traces et indices d’animaux', 'Flore des tourbières', 'Nuit de la chouette'];
const GROUPS = ['CM1 école Jules Ferry', 'CE2 école du Soleil', 'Accueil de loisirs municipal', 'CM2 école de la Cotonne', '6e collège Jules Vallès', 'Club seniors du CCAS', 'Public tout âge (inscriptions office de tourisme)', 'CP–CE1 école du Bourg'];
const sorties = {
  name: 'ab-sorties-nature',
  family: 'nature-reserve-guided-outings-association-exempt',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const guide = i === 1 || i === 6;
    const inv = makeInvoice('ab-sorties-nature', i, { supplier: guide ? 'micro' : 'association', cityProb: 0.4, engagementProb: 0.8, numbers: guide ? ['micro', 'carnet'] : ['micro', 'plain', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ej'], marketProb: 0.15, serviceProb: 0.5, dateStyles: ['long', 'slash'], groups: ['space', 'none'], lines: [1, 1] });
    const x = extraRng(inv, 'nature');
    if (guide) {
      const [person, job] = GUIDES[i === 1 ? 0 : 1];
      renameSupplier(inv, person, 'EI');
      Object.assign(inv.supplier, { person, tagline: job });
    } else renameSupplier(inv, ASSOCS[i % ASSOCS.length], 'Association loi 1901');
    inv.supplier.ape = '9499Z';
    greenBuyer(inv, x, 'nature', 0.85);
    localReferences(inv, x);
    maybeRelabel30(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.jep = `42-JEP-${x.int(100, 999)}`;
    const count = x.int(2, 6);
    const first = x.int(0, 20);
    inv.outings = Array.from({ length: count }, (_, k) => {
      const full = x.chance(0.35);
      return { day: addDays(inv.date, -x.int(3, 45)), group: GROUPS[(first + k) % GROUPS.length], people: x.int(12, 30), site: SITES[(first + k * 2) % SITES.length], theme: THEMES[(first + k * 3) % THEMES.length], full };
    }).sort((a, b) => iso(a.day).localeCompare(iso(b.day)));
    inv.lines = inv.outings.map((o) => ({ label: `${fmtDate(o.day, 'slash')} – ${o.theme} – ${o.site} – ${o.group} (${o.people} participants)`, qty: 1, qtyText: o.full ? '1 journée' : '1 demi-journée', unit: (o.full ? x.int(320, 460) : x.int(170, 260)) * 100, rate: 0 }));
    if (x.chance(0.5)) inv.lines.push({ label: 'Prêt de matériel pédagogique (jumelles, loupes, épuisettes, guides d’identification)', qty: 1, qtyText: 'forfait', unit: x.int(30, 80) * 100, rate: 0 });
    if (x.chance(0.6)) {
      const km = x.int(30, 180);
      inv.lines.push({ label: `Frais de déplacement (${km} km × 0,45 €)`, qty: km, qtyText: `${km} km`, unit: 45, rate: 0 });
    }
    priceLines(inv, [0]);
    inv.grant = (i === 3 || i === 5) && inv.buyer.name !== 'Département de la Loire' ? { amount: deductGrant(inv, x, x.pick([30, 40, 50])), convention: `ENS-EDU-${inv.date.y}-${String(x.int(1, 80)).padStart(3, '0')}` } : null;
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’animations nature n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const where = x.pick(['sentence', 'buyer', 'table']);
    const sentence = where === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const titleLine = x.chance(0.5);
    const big = x.pick([12, 13]);
    const font = x.pick(['Liberation Serif', 'Liberation Sans', 'DejaVu Sans']);
    const ident = titleLine
      ? [p(`FACTURE N° ${inv.number} du ${date(inv, inv.date)}`, { b: true, size: 13, before: 4, after: 2 })]
      : [p('Facture', { b: true, size: 18, before: 4 }), p([{ text: 'N° ', size: 8 }, { text: inv.number, b: true, size: big }, { text: '      Date : ', size: 8 }, { text: date(inv, inv.date), b: true, size: big }], { after: 2 })];
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total', inv.ht]];
    if (inv.grant) totals.push([`Prise en charge du Département de la Loire – programme ENS (convention ${inv.grant.convention}), versée directement`, -inv.grant.amount]);
    totals.push([x.pick(['Net à payer', 'Montant dû', 'Reste à payer']), inv.net, true]);
    const myTexts = supplierTexts(inv, x);
    const header = inv.kind === 'micro'
      ? [p(s.name, { b: true, size: 14 }), p(s.tagline, { i: true, size: 8.4 }), ...myTexts.slice(2).map((t) => p(t, { size: 8.2 }))]
      : [p(s.name, { b: true, size: 13 }), p('Association d’éducation à l’environnement – sorties et animations nature', { i: true, size: 8 }), ...myTexts.slice(1).map((t) => p(t, { size: 8.2 })), p(`Agrément Jeunesse et éducation populaire n° ${inv.jep}`, { size: 7.6 })];
    return {
      font, size: 9.2, margins: [15, 17, 20, 17], creator: 'Writer',
      body: [
        columns([98, 82], [header, [space(10), p('À l’attention de :', { size: 7.6, i: true }), ...paras(buyerTexts(inv, x), { size: 9.2 }), ...(where === 'buyer' ? shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.6 })) : [])]]),
        space(4),
        ...ident,
        p(`Échéance : ${fmtDate(inv.due, 'slash')}`, { size: 8.4 }),
        ...(where !== 'buyer' && shown.length ? [table([58, 60], shown.map(([k, v]) => [k, { text: v, b: true }]), { border: 'grid', size: 8.6, before: 2, after: 1 })] : []),
        space(2),
        p(`Objet : sorties nature encadrées – ${inv.outings.length} animation${inv.outings.length > 1 ? 's' : ''}`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.8 })] : []),
        table([110, 24, 20, 22], [{ cells: ['Désignation', 'Durée / qté', 'Prix', 'Montant'], b: true, shade: '#e3efe0' }, ...rows], { border: 'grid', size: 8.2, align: ['left', 'center', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, totals, { widths: [78, 28], indent: 70, size: 9 }),
        p(inv.vatExempt, { size: 8.2, i: true, before: 2 }),
        space(3),
        p(inv.print.iban ? `Règlement par virement au crédit de : IBAN ${iban(inv)} – BIC ${s.bic} – en rappelant la facture ${inv.number}` : 'Règlement par mandat administratif.', { size: 8.6 }),
        p(`Pas d’escompte pour paiement anticipé. ${inv.kind === 'micro' ? LATE_FEES : 'Association non assujettie : pénalités de retard au taux légal.'}`, { size: 7 }),
        p(inv.kind === 'micro' ? s.person : x.pick(['La trésorière', 'Le président', 'La coordinatrice pédagogique']), { align: 'right', before: 6, i: true }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.6 })],
    };
  },
};

// ——— 2. A composting platform's monthly statement: a Calc sheet of weighbridge tickets, two VAT rates. ———
const WASTE = [['Tontes de gazon', [2800, 3800], 1000, [600, 3800]], ['Feuilles mortes', [2400, 3400], 1000, [700, 4200]], ['Branchages et tailles de haies', [1800, 2800], 1000, [900, 5200]], ['Déchets verts en mélange', [2600, 3600], 1000, [800, 6400]], ['Souches et gros bois (Ø > 30 cm)', [4500, 7000], 2000, [1200, 7800]]];
const compost = {
  name: 'ab-compostage-plateforme',
  family: 'composting-platform-gate-fees-weighbridge-tickets-calc',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const long = i === 2 || i === 5;
    const inv = makeInvoice('ab-compostage-plateforme', i, { cityProb: 0.45, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoirDolibarr'] : ['dolibarr', 'sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.45, serviceProb: 0.45, dateStyles: ['slash'], rates: [[1000, 2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'compost');
    renameSupplier(inv, x.pick(['Plateforme de compostage du Forez', 'Compost’Loire Environnement', 'Terres Vivantes du Gier', 'Valoris Vert 42']), 'SAS');
    inv.supplier.ape = '3821Z';
    inv.supplier.address = x.pick([['ZA de la Varizelle', '42160 Andrézieux-Bouthéon'], ['Lieu-dit Le Montcel', '42530 Saint-Genest-Lerpt'], ['Route de Bonson', '42170 Saint-Just-Saint-Rambert'], ['Chemin de Malacussy', '42400 Saint-Chamond']]);
    greenBuyer(inv, x, 'waste', 0.85);
    localReferences(inv, x);
    maybeRelabel30(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven30(x);
    inv.icpe = `${x.pick(['DT', 'DDPP'])}-${String(inv.date.y - x.int(3, 9)).slice(2)}-${x.digits(4)}`;
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    const trucks = Array.from({ length: x.int(2, 4) }, () => plate30(x));
    let ticket = x.int(1000000, 9000000);
    const price = new Map(WASTE.map(([name, [lo, hi]]) => [name, x.int(lo / 10, hi / 10) * 10]));
    const delivery = (day) => {
      const [product, , r, [lo, hi]] = x.chance(0.12) ? WASTE[4] : WASTE[x.int(0, 3)];
      ticket += x.int(3, 140);
      const kg = x.int(lo, hi) * 1;
      return { day, ticket: String(ticket), plate: x.pick(trucks), product, kg, perT: price.get(product), rate: r };
    };
    const days = [];
    for (let d = { ...month.from }; d.m === month.from.m; d = addDays(d, 1)) if (new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() % 6 !== 0) days.push(d);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.originInvoice = { number: `FA${String(inv.date.y % 100).padStart(2, '0')}${String(month.from.m).padStart(2, '0')}-${String(x.int(1, 999)).padStart(4, '0')}`, date: addDays(month.to, x.int(2, 8)) };
      inv.tickets = [delivery(x.pick(days))];
    } else {
      const count = long ? x.int(44, 52) : x.int(6, 16);
      inv.tickets = Array.from({ length: count }, (_, k) => delivery(days[Math.floor((k * days.length) / count)]));
    }
    inv.lines = inv.tickets.map((t) => ({ label: t.product, qty: t.kg / 1000, unit: t.perT, total: perTonne(t.kg, t.perT), rate: t.rate, ticket: t }));
    if (!credit && x.chance(0.4)) inv.lines.push({ label: `Location de caisson 30 m³ sur le site du client – ${inv.period.name}`, qty: 1, unit: x.int(90, 180) * 100, rate: 2000 });
    if (!credit && x.chance(0.3)) {
      const kg = x.int(2, 12) * 1000;
      const unit = x.int(8, 18) * 100;
      inv.lines.push({ label: 'Compost normé NF U 44-051 criblé 0/20 enlevé par vos soins', qty: kg / 1000, unit, total: perTonne(kg, unit), rate: 1000 });
    }
    return priceLines(inv, [1000, 2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const sign = inv.avoir && inv.negative ? -1 : 1;
    const cur = (cents, extra = {}) => ({ v: Number(((sign * cents) / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de traitement des déchets verts n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service producteur (code)'] });
    const underBuyer = x.chance(0.5);
    const buyerRows = [...buyer, ...(underBuyer ? refs.map(([k, v]) => `${k} : ${v}`) : [])];
    const top = Array.from({ length: Math.max(me.length, buyerRows.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 4, b: k === 0, size: k === 0 ? 11.5 : 8, wrap: k === 0 } : null, null, null, null,
      k === 0 ? null : buyerRows[k - 1] ? { v: buyerRows[k - 1], span: 5, b: k === 1, size: k > buyer.length ? 8.4 : 9, wrap: true } : null, null, null, null, null,
    ]);
    const ident = [
      [inv.avoir ? 'Avoir n°' : x.pick(['Facture n°', 'Relevé-facture n°', 'N° de facture']), { v: inv.number, b: true, size: 10 }],
      ['Date', { v: iso(inv.date), type: 'date', b: true, size: 10, align: 'left' }],
      ['Compte client', { v: inv.account, size: 9 }],
      ['Période', { v: `du ${fmtDate(inv.period.from, 'slash')} au ${fmtDate(inv.period.to, 'slash')}`, size: 9 }],
      inv.avoir ? ['Facture d’origine', { v: `${inv.originInvoice.number} du ${fmtDate(inv.originInvoice.date, 'slash')}`, size: 9 }] : ['Échéance', { v: fmtDate(inv.due, 'slash'), size: 9 }],
      ...(underBuyer ? [] : refs.map(([k, v]) => [k, { v, b: true, size: 9 }])),
    ];
    const body = inv.lines.map((l) => l.ticket
      ? [{ v: fmtDate(l.ticket.day, 'slash'), size: 7.8, border: 'grid' }, { v: l.ticket.ticket, size: 7.8, border: 'grid' }, { v: l.ticket.plate, size: 7.8, border: 'grid' }, { v: l.label, span: 2, size: 7.8, border: 'grid' }, null, { v: tonnes3(l.ticket.kg), size: 7.8, align: 'right', border: 'grid' }, { v: Number((l.unit / 100).toFixed(2)), type: 'money', size: 7.8, border: 'grid' }, { v: rate(l.rate), size: 7.8, align: 'center', border: 'grid' }, cur(l.total, { size: 7.8, border: 'grid' })]
      : [{ v: '', border: 'grid' }, { v: '', border: 'grid' }, { v: '', border: 'grid' }, { v: l.label, span: 2, size: 7.8, border: 'grid', wrap: true }, null, { v: frNumber(l.qty, l.qty % 1 ? 3 : 0), size: 7.8, align: 'right', border: 'grid' }, { v: Number((l.unit / 100).toFixed(2)), type: 'money', size: 7.8, border: 'grid' }, { v: rate(l.rate), size: 7.8, align: 'center', border: 'grid' }, cur(l.total, { size: 7.8, border: 'grid' })]);
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate);
    const totals = [['Total HT', inv.ht], ['Total TVA', inv.tva], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, inv.avoir]];
    if (!inv.avoir) totals.push([x.pick(['Montant dû', 'Net à payer']), inv.net, true]);
    const kgTotal = inv.tickets.reduce((s, t) => s + t.kg, 0);
    const rows = [
      ...top,
      blank(9),
      [{ v: inv.avoir ? 'AVOIR' : x.pick(['RELEVÉ MENSUEL VALANT FACTURE', 'FACTURE']), span: 9, b: true, size: 14 }, ...blank(8)],
      ...ident.map(([k, v]) => [{ v: k, span: 2, size: 8.4, color: '#444444' }, null, { ...v, span: 3 }, null, null, ...blank(4)]),
      blank(9),
      [{ v: inv.avoir ? `Avoir sur notre facture ${inv.originInvoice.number} : ticket de pesée n° ${inv.tickets[0].ticket} facturé deux fois (double saisie au pont-bascule).` : `Apports de déchets verts sur la plateforme – ${inv.period.name} – installation classée autorisée par arrêté n° ${inv.icpe}`, span: 9, size: 8.4, i: true, wrap: true }, ...blank(8)],
      blank(9),
      ['Date', 'Ticket', 'Véhicule', { v: 'Produit', span: 2 }, null, 'Poids net (t)', 'Prix HT / t', 'TVA', 'Montant HT'].map((h) => (h === null ? null : { ...(typeof h === 'string' ? { v: h } : h), b: true, size: 7.6, border: 'grid', shade: '#dfe9d8' })),
      ...body,
      [...blank(3), { v: `${inv.tickets.length} ticket${inv.tickets.length > 1 ? 's' : ''} – tonnage total`, span: 2, size: 7.6, i: true }, null, { v: tonnes3(kgTotal), size: 7.6, i: true, align: 'right' }, ...blank(3)],
      blank(9),
      [{ v: 'Taux', b: true, size: 7.6, border: 'grid' }, { v: 'Base HT', b: true, size: 7.6, border: 'grid', span: 2 }, null, { v: 'TVA', b: true, size: 7.6, border: 'grid' }, ...blank(5)],
      ...vat.map((v) => [{ v: rate(v.rate), size: 7.8, border: 'grid' }, cur(v.base, { size: 7.8, border: 'grid', span: 2 }), null, cur(v.amount, { size: 7.8, border: 'grid' }), ...blank(5)]),
      blank(9),
      ...totals.map(([k, cents, strong]) => [...blank(5), { v: k, span: 3, align: 'right', b: strong, size: 8.8 }, null, null, cur(cents, { b: strong, size: 8.8, border: strong ? 'top' : undefined })]),
      blank(9),
      [{ v: inv.avoir ? 'Avoir à imputer sur votre prochain règlement.' : `${paymentText(inv)} – référence : ${inv.number}`, span: 9, size: 8, wrap: true }, ...blank(8)],
      [{ v: `TVA 10 % : traitement de déchets ménagers et assimilés pour le compte d’une collectivité (art. 279 h du CGI) ; 20 % : souches, bois et location de matériel. ${inv.avoir ? '' : LATE_FEES}`, span: 9, size: 6.8, wrap: true }, ...blank(8)],
      [{ v: legalLine(inv), span: 9, size: 6.6, wrap: true }, ...blank(8)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [19, 17, 19, 22, 22, 20, 20, 14, 24], margins: [12, 12, 14, 12], footer: [`${inv.supplier.name} – ${inv.number} – page {page} / {pages}`], rows };
  },
};

// ——— 3. A soil laboratory's analyses: printed by LibreOffice and PDFKit, identity as labels over values. ———
const PACKS = [
  ['AGRO', 'Analyse agronomique de base (pH eau, MO, P2O5 Olsen, K2O, MgO, CEC Metson)', [4800, 7500]],
  ['GRAN', 'Granulométrie 5 fractions sans décarbonatation (NF X 31-107)', [3800, 5500]],
  ['ETM8', 'Éléments traces métalliques (As, Cd, Cr, Cu, Hg, Ni, Pb, Zn)', [8500, 13000]],
  ['HAP16', 'Hydrocarbures aromatiques polycycliques, 16 composés (NF ISO 18287)', [9500, 15000]],
];
const PLACES = ['Jardins familiaux de la Cotonne – parcelle', 'Potager pédagogique école du Soleil – bac', 'Stade Étivallière – terrain annexe, zone', 'Fosse d’arbre rue Michelet – point', 'Jardin partagé de Tarentaize – carré', 'Parc de l’Europe – massif'];
const sols = {
  name: 'ab-analyses-sols',
  family: 'soil-analyses-laboratory-samples-bilingual',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('ab-analyses-sols', i, { cityProb: 0.45, engagementProb: 0.75, trades: ['services'], numbers: ['ebp', 'odoo', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: [0, 10], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'soil');
    renameSupplier(inv, x.pick(['Laboratoire Terres et Substrats', 'Agro-Sol Analyses Rhône-Alpes', 'Labo Sols Environnement Loire', 'Géo-Agri Laboratoire']), 'SAS');
    inv.supplier.ape = '7120B';
    greenBuyer(inv, x, 'labs', 0.85);
    localReferences(inv, x);
    maybeRelabel30(inv, x);
    notInFuture(inv);
    inv.bilingual = x.chance(0.5);
    inv.due = addDays(inv.date, 30);
    inv.file = seven30(x);
    inv.cofrac = `1-${x.int(1000, 6999)}`;
    inv.received = addDays(inv.date, -x.int(10, 30));
    const place = x.pick(PLACES);
    const n = x.int(3, 9);
    const packs = PACKS.filter((pk, k) => k === 0 || x.chance(0.55));
    inv.samples = Array.from({ length: n }, (_, k) => ({ id: `${String(inv.date.y % 100).padStart(2, '0')}-${x.digits(6)}`, where: `${place} ${k + 1}`, depth: x.pick(['0–20 cm', '0–30 cm', '20–40 cm']), packs: packs.map((pk) => pk[0]) }));
    inv.lines = packs.map(([code, label, [lo, hi]]) => ({ label: `[${code}] ${label}`, qty: n, unit: x.int(lo / 10, hi / 10) * 10, rate: 2000 }));
    if (x.chance(0.6)) inv.lines.push({ label: 'Prélèvement à la tarière par un technicien, géolocalisation des points (½ journée)', qty: 1, unit: x.int(280, 420) * 100, rate: 2000 });
    inv.lines.push({ label: 'Préparation des échantillons (séchage 40 °C, tamisage 2 mm)', qty: n, unit: x.int(6, 12) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’analyses n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service demandeur (code)'] });
    const inIdentity = x.chance(0.55);
    const ident = [[L('Facture n°', 'Invoice no.'), inv.number, true], [L('Date', 'Date'), date(inv, inv.date), true], [L('N° de dossier', 'File no.'), inv.file], [L('Échantillons reçus le', 'Samples received'), fmtDate(inv.received, 'slash')], [L('Échéance', 'Due date'), fmtDate(inv.due, 'slash')], ...(inIdentity ? refs : [])];
    const identBlocks = ident.flatMap(([k, v, strong]) => [p(k, { size: 7, color: '#666666', before: 1.2 }), p(v, { b: true, size: strong ? 11 : 9.2 })]);
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push([L('Total brut HT', 'Gross total'), inv.grossHT], [`${L('Remise collectivités', 'Public-body discount')} ${inv.discountPct} %`, -inv.discount]);
    totals.push([L('Total HT', 'Total excl. VAT'), inv.ht], [L('TVA 20 %', 'VAT 20%'), inv.tva], [L('Total TTC', 'Total incl. VAT'), inv.ttc], [L('Net à payer', 'Amount due'), inv.net, true]);
    const samples = table([30, 96, 24, 30], [{ cells: [L('Échantillon', 'Sample'), L('Localisation', 'Location'), L('Profondeur', 'Depth'), L('Analyses', 'Tests')], b: true, shade: '#eeeeee' }, ...inv.samples.map((sm) => [sm.id, sm.where, sm.depth, sm.packs.join(' + ')])], { border: 'rows', size: 7.4, before: 1, after: 3 });
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 15, 20, 15], creator: x.pick(['LIMS Facturation', 'Writer']),
      body: [
        columns([122, 58], [
          [p(s.name, { b: true, size: 14, color: '#1f4e79' }), p(`Laboratoire d’analyses de sols et de substrats – accréditation Cofrac Essais n° ${inv.cofrac} (portée disponible sur www.cofrac.fr)`, { size: 7.2, i: true }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.8 })), space(6),
            p(L('Facturer à', 'Bill to'), { size: 7.2, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 9.2 }), ...(!inIdentity ? refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4 })) : [])],
          [p(L('FACTURE', 'INVOICE'), { b: true, size: 16, color: '#1f4e79' }), ...identBlocks],
        ]),
        space(4),
        p(`${L('Objet', 'Subject')} : ${L('analyses de sols', 'soil analyses')} – ${inv.samples.length} ${L('échantillons', 'samples')}`, { b: true }),
        table([104, 16, 28, 32], [{ cells: ['Désignation', L('Qté', 'Qty'), L('P.U. HT', 'Unit price'), L('Montant HT', 'Amount')], b: true, shade: '#dde7f0' }, ...rows], { border: 'grid', size: 8, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        totalsTable(inv, totals, { widths: [58, 32], indent: 90, size: 8.8 }),
        p(L('Échantillons analysés (pour information)', 'Samples tested (for information)'), { b: true, size: 8, before: 3 }),
        samples,
        rule(),
        p(`${paymentText(inv)} – ${L('référence', 'reference')} ${inv.number}`, { size: 8.2 }),
        p(`${L('Paiement à 30 jours', 'Payment within 30 days')}. ${LATE_FEES}`, { size: 6.8, before: 1 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

export default [sorties, compost, sols];

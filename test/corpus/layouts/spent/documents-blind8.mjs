// Blind-8 layouts written in the shared document description (see ../../README.md): a laboratory's invoice for the
// monthly health checks of the municipal swimming pools (one row per sample, accredited methods listed, in-situ
// chlorine and pH), a tree nursery's delivery for the autumn plantings (species, size and pot, plants at 10 % and
// supplies at 20 %, a VAT summary), a travel agency's school-trip package under the travel agents' margin scheme (no
// VAT shown, the booking deposit deducted), and a bus-shelter maintenance company's monthly statement of
// interventions (one row per shelter and work order, the monthly cleaning fee first).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, rate, recompute } from '../../lib/invoice.mjs';
import { renameSupplier, sum } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs, relabelEngagement } from '../../lib/blind8.mjs';

const totalsBlock = (inv, rows, { widths = [60, 32], indent = 88, size } = {}) => table(widths, rows.map(([k, v, strong]) => ({ cells: [k, typeof v === 'number' ? money(inv, v) : v], b: strong, line: strong ? 'top' : undefined })), { indent, align: ['left', 'right'], before: 2, after: 2, size });
const refParas = (pairs, size = 9) => pairs.map(([k, v]) => p(`${k} : ${v}`, { size, b: true }));
const monthBefore = (d) => (d.m === 1 ? { y: d.y - 1, m: 12 } : { y: d.y, m: d.m - 1 });

// ——— 1. Laboratory: health checks of the swimming pools' water, per sample. ———
const POOLS = [['Piscine de la Cotonne', ['Bassin sportif 25 m', 'Bassin d’apprentissage']], ['Centre nautique du Portail Rouge', ['Bassin olympique', 'Bassin ludique', 'Pataugeoire']], ['Piscine de Solaure', ['Grand bassin', 'Petit bassin']], ['Piscine de Montreynaud', ['Bassin 25 m']], ['Bassin ludique de Terrenoire', ['Bassin ludique', 'Spa']], ['Piscine d’été de Méons', ['Bassin extérieur', 'Pataugeoire']]];
const METHODS = [['Escherichia coli / bactéries coliformes', 'NF EN ISO 9308-1', true], ['Pseudomonas aeruginosa', 'NF EN ISO 16266', true], ['Staphylocoques pathogènes', 'XP T90-412', true], ['Bactéries aérobies revivifiables à 36 °C', 'NF EN ISO 6222', true], ['Chlore libre et chlore total', 'NF EN ISO 7393-2', false], ['pH', 'NF EN ISO 10523', true], ['Turbidité', 'NF EN ISO 7027-1', true]];
const analysesPiscines = {
  name: 'y-analyses-eau-piscines',
  family: 'pool-water-laboratory-per-sample',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('y-analyses-eau-piscines', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'odoo', 'ciel', 'year2'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande', 'numeroEj'], marketProb: 0.6, serviceProb: 0.6, dateStyles: ['slash', 'dots', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'pools');
    renameSupplier(inv, x.pick(['Laboratoire Hydro-Analyses Loire', 'Aqualab Rhône-Forez', 'Laboratoire d’Hygiène du Gier', 'Eaux et Analyses Centre-Est']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '7120B';
    if (x.chance(0.4)) relabelEngagement(inv, x, ['Bon de commande', 'Engagement n°', 'Votre commande']);
    const month = monthBefore(inv.date);
    const first = x.int(0, POOLS.length - 1);
    const sites = Array.from({ length: x.int(2, 3) }, (_, k) => POOLS[(first + k) % POOLS.length]);
    const visitDays = [x.int(2, 9), x.int(12, 19), x.int(21, 27)].slice(0, x.pick([1, 2, 2, 3]));
    const file = `${String(inv.date.y % 100)}-${x.digits(5)}`;
    let n = 0;
    inv.samples = visitDays.flatMap((day) => sites.flatMap(([pool, basins]) => basins.map((basin) => {
      n++;
      return { id: `${file}-${String(n).padStart(2, '0')}`, day: { ...month, d: day }, pool, basin, chlorine: frNumber(x.int(4, 19) / 10, 1), ph: frNumber(x.int(69, 76) / 10, 1), ok: x.chance(0.9) };
    })));
    inv.file = file;
    inv.month = month;
    const visits = visitDays.length * sites.length;
    inv.lines = [
      { label: 'Analyse réglementaire eau de piscine (bactériologie + physico-chimie)', qty: inv.samples.length, unit: x.int(4800, 7500), rate: 2000 },
      { label: 'Prélèvement sur site et mesures in situ (chlore, pH, température)', qty: visits, unit: x.int(3500, 6000), rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Recherche de Legionella pneumophila – eau des douches (NF T90-431)', qty: sites.length, unit: x.int(6000, 9000), rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Trihalométhanes (THM) – NF EN ISO 10301', qty: sites.length, unit: x.int(5500, 8500), rate: 2000 });
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x);
    const cofrac = `1-${x.int(1000, 6999)}`;
    const headBox = x.chance(0.5);
    const samples = inv.samples.map((s) => [s.id, date(inv, s.day, 'slash'), `${s.pool} – ${s.basin}`, `${s.chlorine}`, s.ph, s.ok ? 'Conforme' : 'Non conforme *']);
    const rows = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const methods = METHODS.map(([param, method, accredited]) => `${param} : ${method}${accredited ? ' (a)' : ''}`).join(' – ');
    const title = x.pick(['FACTURE', 'Facture']);
    const header = headBox
      ? table([45, 45, 45, 45], [{ cells: ['N° de facture', 'Date de facture', 'N° client', 'Dossier'], b: true, shade: '#e3f2fd', size: 8 }, [inv.number, date(inv, inv.date), inv.clientCode, inv.file]], { border: 'grid', before: 4, after: 3, align: ['center', 'center', 'center', 'center'] })
      : p(`${title} n° ${inv.number} du ${date(inv, inv.date)} – Client ${inv.clientCode} – Dossier ${inv.file}`, { b: true, size: 10.5, before: 4, after: 3 });
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.5, margins: [13, 14, 22, 14],
      body: [
        columns([100, 80], [paras(supplierTexts(inv, x), { firstSize: 12.5 }), [headBox ? p(title, { b: true, size: 16, align: 'right', color: '#0d47a1' }) : p('Laboratoire d’analyses des eaux', { align: 'right', size: 9, color: '#0d47a1', b: true }), p(`Accréditation COFRAC Essais n° ${cofrac}`, { align: 'right', size: 7.5 }), p('Portée disponible sur www.cofrac.fr', { align: 'right', size: 7 })]]),
        header,
        columns([90, 90], [[p('Références', { b: true, size: 8, color: '#555555' }), ...refParas(refs, 8.5)], [p(x.pick(['Client', 'Adresse de facturation', 'Facturé à']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        p(`Objet : contrôle de la qualité des eaux de baignade des piscines – ${MONTHS[inv.month.m - 1]} ${inv.month.y}`, { b: true, before: 4, after: 2 }),
        table([30, 20, 70, 18, 12, 30], [{ cells: ['N° échantillon', 'Prélevé le', 'Site – bassin', 'Cl libre mg/l', 'pH', 'Conclusion'], b: true, shade: '#eeeeee', size: 7.5 }, ...samples], { border: 'grid', size: 7.5, align: ['left', 'left', 'left', 'right', 'right', 'left'], after: 2 }),
        p(`Méthodes : ${methods}. (a) essais couverts par l’accréditation. * Résultat transmis à l’ARS le jour de l’analyse.`, { size: 6.5, color: '#444444', after: 3 }),
        table([108, 16, 26, 30], [{ cells: ['Prestation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#e3f2fd' }, ...rows], { border: 'rows', align: ['left', 'right', 'right', 'right'], after: 2 }),
        totalsBlock(inv, dueRows(inv, { ttc: x.pick(['Total TTC', 'Montant TTC']) })),
        p(paymentText(inv), { size: 8, before: 3 }),
        p(`Date d’échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.5, before: 1, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 2. Tree nursery: plants by species, size and pot; plants at 10 %, supplies at 20 %. ———
const PLANTS = [
  ['Acer campestre ‘Elsrijk’', 'Tige 14/16', 'Motte grillagée', 9500, 14500], ['Carpinus betulus', '125/150', 'Racines nues', 380, 650], ['Tilia cordata ‘Greenspire’', 'Tige 16/18', 'Motte grillagée', 14000, 21000],
  ['Lavandula angustifolia ‘Hidcote’', '20/30', 'Conteneur C3', 450, 790], ['Hydrangea paniculata ‘Limelight’', '40/60', 'Conteneur C10', 1900, 3200], ['Prunus ‘Accolade’', 'Tige 12/14', 'Conteneur C35', 11000, 16500],
  ['Cornus alba ‘Sibirica’', '60/80', 'Conteneur C5', 720, 1200], ['Pennisetum alopecuroides', '—', 'Godet 9 × 9', 260, 420], ['Liquidambar styraciflua', 'Tige 14/16', 'Motte grillagée', 13500, 19000],
  ['Viburnum tinus', '40/60', 'Conteneur C4', 650, 1100],
];
const SUPPLIES = [['Tuteurs châtaignier 2,50 m', 350, 650], ['Colliers de fixation caoutchouc', 120, 260], ['Toile de paillage biodégradable (rouleau 50 m²)', 4200, 7800], ['Protections anti-rongeurs', 90, 180]];
const pepiniere = {
  name: 'y-pepiniere-vegetaux',
  family: 'tree-nursery-species-and-pots',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('y-pepiniere-vegetaux', i, { ...CITY_HEAVY, trades: ['btp', 'goods'], numbers: ['plain', 'sage', 'dolibarr', 'ebp'], engagementLabels: ['bonDeCommande', 'commande', 'engagement', 'bcShort'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash', 'dots'], rates: [[1000, 2000]], discountPct: [0, 0, 5, 10], groups: ['space', 'nbsp', 'dot'], lines: [2, 2], rcsProb: 0.5 });
    const x = extraRng(inv, 'nursery');
    renameSupplier(inv, x.pick(['Pépinières du Forez', 'Pépinières Chatelard', 'Les Jardins de la Semène', 'Pépinières Gonin et Fils']), x.pick(['SARL', 'SAS', 'EARL']));
    inv.supplier.ape = '0130Z';
    const first = x.int(0, PLANTS.length - 1);
    const plants = Array.from({ length: x.int(3, 6) }, (_, k) => PLANTS[(first + k * 3) % PLANTS.length]);
    inv.lines = plants.map(([name, size, pot, lo, hi]) => {
      const big = lo > 5000;
      return { label: name, size, pot, qty: big ? x.int(3, 24) : x.pick([25, 40, 50, 60, 100, 120, 150]), unit: x.int(lo, hi), rate: 1000 };
    });
    const supplies = Array.from({ length: x.int(1, 2) }, (_, k) => SUPPLIES[(x.int(0, 3) + k) % SUPPLIES.length]);
    for (const [name, lo, hi] of supplies) inv.lines.push({ label: name, size: '', pot: '', qty: x.pick([10, 20, 30, 50]), unit: x.int(lo, hi), rate: 2000 });
    inv.lines.push({ label: 'Livraison sur chantier (porteur avec grue)', size: '', pot: '', qty: 1, unit: x.int(6500, 14000), rate: 1000 });
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    inv.passport = `FR-${x.int(42, 69)}${x.digits(6)}`;
    inv.delivered = addDays(inv.date, -x.int(0, 6));
    inv.site = x.pick(['Plantations d’automne – boulevard Fauriel', 'Square Violette – renouvellement massifs', 'Parc de l’Europe – haie champêtre', 'Cours Hippolyte Sauzéa – alignement', 'Cimetière du Crêt de Roc – allée centrale']);
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x);
    const rows = inv.lines.map((l) => [l.label, l.size, l.pot, String(l.qty), plainMoney(inv, l.unit), `${l.rate / 100} %`, plainMoney(inv, l.total)]);
    const vatRows = inv.vat.map((v) => [rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise professionnelle ${inv.discountPct} %`, -inv.discount]);
    totals.push([x.pick(['Total HT', 'Total net HT']), inv.ht], ['Total TVA', inv.tva], [x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC']), inv.ttc, true]);
    const meta = [['Facture n°', inv.number], ['Date', date(inv, inv.date)], ['Client', inv.clientCode], ['Bon de livraison', `${inv.deliveryNote} du ${date(inv, inv.delivered, 'slash')}`]];
    const metaFirst = x.chance(0.5);
    return {
      font: x.pick(['Liberation Sans', 'Liberation Serif']), size: 8.8, margins: [14, 14, 22, 14],
      body: [
        columns([105, 75], [[...paras(supplierTexts(inv, x), { firstSize: 13.5 }), p('Producteur de végétaux d’ornement – arbres, arbustes, vivaces', { i: true, size: 7.5, color: '#2e7d32' })], metaFirst ? [p('FACTURE', { b: true, size: 15, color: '#2e7d32' }), table([32, 43], meta, { border: 'rows', size: 8.5 })] : [p(x.pick(['Adresse de facturation', 'Client']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(3),
        metaFirst
          ? columns([90, 90], [refParas(refs), [p(x.pick(['Adresse de facturation', 'Client']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]])
          : columns([90, 90], [[p('FACTURE', { b: true, size: 15, color: '#2e7d32' }), table([32, 43], meta, { border: 'rows', size: 8.5 })], refParas(refs)]),
        p(`Chantier : ${inv.site}`, { b: true, before: 4 }),
        table([58, 22, 28, 14, 20, 12, 26], [{ cells: ['Désignation', 'Force', 'Conditionnement', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#e8f5e9', size: 8 }, ...rows], { border: 'head', size: 8.2, align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'], before: 2, after: 2 }),
        p(`Passeport phytosanitaire UE – B : ${inv.passport} – D : FR. Végétaux garantis à la reprise selon nos conditions générales de vente.`, { size: 7, color: '#444444', after: 3 }),
        columns([86, 94], [[table([20, 33, 33], [{ cells: ['Taux', 'Base HT', 'TVA'], b: true, size: 8 }, ...vatRows], { border: 'grid', size: 8, align: ['left', 'right', 'right'] })], [totalsBlock(inv, totals, { widths: [60, 32], indent: 2 })]]),
        p(paymentText(inv), { size: 8, before: 4 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.5, before: 1, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 3. Travel agency: a school trip package under the travel agents' margin scheme, deposit deducted. ———
const TRIPS = [['Classe de découverte « Mer et littoral »', 'Saint-Georges-de-Didonne (17)'], ['Classe de neige', 'Les Estables (43)'], ['Séjour « Volcans d’Auvergne »', 'Super-Besse (63)'], ['Classe patrimoine « Châteaux de la Loire »', 'Amboise (37)'], ['Classe nature « Parc du Pilat »', 'Le Bessat (42)']];
const SCHOOLS = ['École élémentaire Jean Jaurès', 'École élémentaire du Soleil', 'Groupe scolaire Jacquard', 'École élémentaire Fauriel', 'École primaire de Terrenoire'];
const sejour = {
  name: 'y-sejour-scolaire-marge',
  family: 'school-trip-margin-scheme',
  producers: ['pdfkit'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('y-sejour-scolaire-marge', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'hash', 'year2', 'odoo'], engagementLabels: ['engagementJuridique', 'engagement', 'bonDeCommande', 'ejNo'], marketProb: 0.4, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[0]], depositPct: [30, 30, 40, 0], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'trip');
    renameSupplier(inv, x.pick(['Voyages Scolaires Forez', 'Évasion Jeunesse Loire', 'Clés du Monde Éducation', 'Rhône-Alpes Séjours Éducatifs']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7912Z';
    const [trip, place] = x.pick(TRIPS);
    const pupils = x.int(22, 56);
    const adults = Math.ceil(pupils / 10) + x.int(0, 2);
    const nights = x.pick([2, 3, 4]);
    const start = addDays(inv.date, x.int(-25, -3));
    inv.trip = { trip, place, pupils, adults, nights, start, end: addDays(start, nights), school: x.pick(SCHOOLS), licence: `IM0${x.int(42, 69)}${x.digits(6)}`, depositInvoice: `AC-${inv.date.y}-${x.digits(4)}` };
    const perPupil = x.int(45, 95) * 100 * nights / 2;
    inv.lines = [
      { label: `Forfait séjour ${nights + 1} jours / ${nights} nuits en pension complète – par élève`, qty: pupils, unit: Math.round(perPupil), rate: 0 },
      { label: 'Accompagnateurs (enseignants, animateurs) – gratuité 1 pour 10 élèves', qty: adults, unit: 0, rate: 0 },
      { label: 'Transport en autocar grand tourisme (aller-retour et déplacements sur place)', qty: 1, unit: x.int(180000, 320000), rate: 0 },
      { label: x.pick(['Visites et entrées (musée, site, animateur nature)', 'Activités encadrées (moniteurs diplômés)', 'Entrées et visite guidée – par élève']), qty: pupils, unit: x.int(600, 2200), rate: 0 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Assurance multirisque (annulation, assistance, rapatriement)', qty: pupils + adults, unit: x.int(450, 1200), rate: 0 });
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const t = inv.trip;
    const refs = refPairs(inv, x);
    const rows = inv.lines.map((l) => [l.label, String(l.qty), l.unit ? plainMoney(inv, l.unit) : 'offert', l.total ? plainMoney(inv, l.total) : '0,00']);
    const total = x.pick(['Montant total du séjour TTC', 'Prix total TTC', 'Total TTC']);
    const rows2 = [[total, inv.ttc, !inv.deposit]];
    if (inv.deposit) rows2.push([`Acompte ${inv.depositPct} % réglé le ${date(inv, inv.previousDeposit, 'slash')} (facture ${t.depositInvoice})`, -inv.deposit], [x.pick(['Solde à régler', 'Reste à payer', 'Net à payer']), inv.net, true]);
    return {
      font: x.pick(['Helvetica', 'Liberation Sans', 'DejaVu Sans']), size: 9, margins: [14, 16, 24, 16],
      body: [
        columns([110, 70], [paras(supplierTexts(inv, x), { firstSize: 14 }), [p('Agence de voyages', { align: 'right', size: 8, b: true, color: '#e65100' }), p(`Immatriculation Atout France ${t.licence}`, { align: 'right', size: 7.5 }), p('Garantie financière APST – RC Pro Hiscox', { align: 'right', size: 7.5 })]]),
        rule(),
        columns([95, 85], [[p(x.pick(inv.deposit ? ['FACTURE DE SOLDE', 'FACTURE', 'Facture'] : ['FACTURE', 'Facture']), { b: true, size: 14 }), p(`N° ${inv.number}`, { b: true }), p(`${x.pick(['Date :', 'Émise le', 'Date de facture :'])} ${date(inv, inv.date)}`), ...refParas(refs, 8.5)], [p(x.pick(['Client', 'Organisateur du séjour', 'Facturé à']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        table([180], [
          [{ runs: [{ text: `${t.trip} – ${t.place}`, b: true }] }],
          [`${t.school} – ${t.pupils} élèves et ${t.adults} accompagnateurs – du ${date(inv, t.start, 'slash')} au ${date(inv, t.end, 'slash')} (${t.nights + 1} jours, ${t.nights} nuits)`],
        ], { border: 'box', before: 5, size: 8.8 }),
        table([110, 18, 24, 28], [{ cells: ['Prestations', 'Nombre', 'Prix unitaire', 'Montant'], b: true, shade: '#fff3e0' }, ...rows], { border: 'rows', align: ['left', 'right', 'right', 'right'], before: 4, after: 2 }),
        totalsBlock(inv, rows2, { widths: [86, 30], indent: 64 }),
        p('Régime particulier – Agences de voyages (art. 266-1-e et 268 bis du CGI) : TVA sur la marge, non récupérable, non mentionnée sur la facture.', { size: 7.5, i: true, before: 3 }),
        p(paymentText(inv), { size: 8.5, before: 3 }),
        p(`Solde payable à réception. ${LATE_FEES}`, { size: 6.5, before: 1, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 4. Bus shelters: the month's interventions, one row per shelter and work order. ———
const SHELTERS = ['Place Jean Jaurès', 'Cours Fauriel – Université', 'Bellevue – terminus', 'Rue Bergson', 'Châteaucreux – gare', 'Avenue de Rochetaillée', 'Place du Peuple', 'Boulevard Karl Marx', 'Montreynaud – Parc', 'Carnot – Hôpital Nord'];
const WORKS = [['Remplacement vitre sécurit 1 200 × 1 750 (vandalisme)', 28000, 46000], ['Nettoyage de graffitis (produit anti-tags)', 6500, 14000], ['Remplacement tube LED éclairage du caisson', 4500, 9000], ['Remplacement banquette inox', 32000, 52000], ['Redressage du poteau d’arrêt et scellement', 15000, 26000], ['Remplacement plan de ligne (cadre antivol)', 3500, 7000]];
const abribus = {
  name: 'y-abribus-entretien',
  family: 'bus-shelter-maintenance-statement',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('y-abribus-entretien', i, { ...CITY_HEAVY, trades: ['services', 'btp'], numbers: ['plain', 'ebp', 'pennylane', 'compact'], engagementLabels: ['engagementJuridique', 'ej', 'engagementChorus', 'referenceEngagement'], marketProb: 0.7, serviceProb: 0.6, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [3, 6], rcsProb: 0.6 });
    const x = extraRng(inv, 'shelters');
    renameSupplier(inv, x.pick(['Mobilier Urbain Services Loire', 'Abris Entretien Rhône-Alpes', 'Urbaflux Maintenance', 'Clair Abri Services']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '3312Z';
    const month = monthBefore(inv.date);
    inv.month = month;
    const count = x.int(60, 180);
    const passes = x.pick([2, 4]);
    const first = x.int(0, SHELTERS.length - 1);
    inv.works = inv.lines.map((l, k) => {
      const [label, lo, hi] = x.pick(WORKS);
      const unit = x.int(lo, hi);
      return { day: { ...month, d: x.int(1, 28) }, shelter: `AB-${String(x.int(1, count)).padStart(3, '0')}`, place: SHELTERS[(first + k) % SHELTERS.length], order: `BI ${x.digits(5)}`, label, qty: 1, unit, rate: 2000, total: unit };
    }).sort((a, b) => a.day.d - b.day.d);
    const cleaning = x.int(900, 1600);
    inv.lines = [{ label: `Forfait nettoyage – ${count} abris × ${passes} passages (${MONTHS[month.m - 1]} ${month.y})`, qty: count * passes, unit: cleaning, rate: 2000, total: count * passes * cleaning }, ...inv.works];
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché d’entretien n°'] });
    const [cleaning, ...works] = inv.lines;
    const period = `${MONTHS[inv.month.m - 1]} ${inv.month.y}`;
    const workRows = works.map((w) => [date(inv, w.day, 'slash'), w.shelter, w.place, w.order, w.label, plainMoney(inv, w.total)]);
    const numberFirst = x.chance(0.5);
    const idBlock = [p(x.pick(['FACTURE', 'Facture mensuelle']), { b: true, size: 15, color: '#1565c0' }), p(`N° ${inv.number}`, { b: true, size: 10.5 }), p(`${x.pick(['Date :', 'Émise le', 'Date de facture :'])} ${date(inv, inv.date)}`), p(`Période : ${period}`, { size: 8.5 })];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.5, margins: [14, 14, 20, 14],
      body: [
        columns([100, 80], numberFirst ? [idBlock, paras(supplierTexts(inv, x), { firstSize: 12 })] : [paras(supplierTexts(inv, x), { firstSize: 12 }), idBlock]),
        space(3),
        columns([90, 90], [refParas(refs, 8.5), [p(x.pick(['Client', 'Facturé à', 'Maître d’ouvrage']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        p(`Entretien et maintenance des abris voyageurs – ${period}`, { b: true, before: 5, after: 2 }),
        table([108, 20, 22, 30], [{ cells: ['Prestation forfaitaire', 'Passages', 'P.U. HT', 'Montant HT'], b: true, shade: '#e3f2fd' }, [cleaning.label, frNumber(cleaning.qty), plainMoney(inv, cleaning.unit), plainMoney(inv, cleaning.total)]], { border: 'rows', align: ['left', 'right', 'right', 'right'], after: 3 }),
        table([18, 16, 36, 18, 66, 26], [{ cells: ['Date', 'Abri', 'Emplacement', 'Bon', 'Intervention', 'Montant HT'], b: true, shade: '#e3f2fd', size: 8 }, ...workRows, { cells: [{ text: 'Sous-total interventions', span: 5 }, plainMoney(inv, sum(works, 'total'))], b: true }], { border: 'grid', size: 7.8, align: ['left', 'left', 'left', 'left', 'left', 'right'], after: 3 }),
        totalsBlock(inv, dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Net à payer']) })),
        p('Bons d’intervention signés et photographies avant / après disponibles sur l’extranet client.', { size: 7.5, i: true, before: 2 }),
        p(paymentText(inv), { size: 8, before: 3 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.5, before: 1, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

export default [analysesPiscines, pepiniere, sejour, abribus];

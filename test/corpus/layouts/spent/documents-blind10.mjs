// Blind-10 layouts written in the shared document description (see ../../README.md): a drone operator's aerial survey
// (flight preparation and declaration, flight day, photogrammetry priced per hectare, deliverables; the flight's
// figures printed for information), a notary's statement of fees for a land purchase by the public body (regulated
// fees and formalities at 20 %, disbursements and taxes outside VAT, transfer duties exempt, the provision received
// deducted on most), and a showman's invoice for funfair rides hired for a festival (ride tickets offered by the city
// at 10 %, transport, set-up and power at 20 %, a VAT summary; the booking deposit deducted on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { BUYERS } from '../../lib/parties.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { refParagraphs, totalsTable, withUnit } from '../../lib/blind9.mjs';
import { deductProvision, maybeRelabel10, priceLines, vatSummary } from '../../lib/blind10.mjs';

// ——— 1. Drone operator: an aerial survey priced per hectare. ———
const MISSIONS = [
  ['Orthophotographie et plan des concessions', 'Cimetière du Crêt de Roc', 1.5, 6.5],
  ['Relevé photogrammétrique avant travaux', 'Parc de l’Europe', 4, 18],
  ['Inspection visuelle et thermique des toitures', 'Groupe scolaire Chappe et gymnase attenant', 0.4, 1.6],
  ['Modèle 3D et calcul de volumes', 'Ancienne décharge de la Croix de l’Orme', 3, 12],
  ['Relevé de façades et de toiture avant restauration', 'Église Saint-Ennemond', 0.3, 1.2],
  ['Orthophotographie des berges', 'Furan – secteur du Cret de Roc à Bérard', 2, 9],
];
const drone = {
  name: 'q-releve-drone',
  family: 'drone-aerial-survey-per-hectare',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('q-releve-drone', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['pennylane', 'plain', 'year2', 'odoo'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande', 'engagementChorus', 'refCommandeEj'], marketProb: 0.3, serviceProb: 0.55, dateStyles: ['slash', 'long', 'short'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'drone');
    renameSupplier(inv, x.pick(['Altivue Drone Services', 'Ciel Ouvert Topographie', 'Loire Drone Inspection', 'Aérophoto Forez']), x.pick(['SAS', 'SASU', 'SARL']));
    inv.supplier.ape = '7420Z';
    maybeRelabel10(inv, x);
    const [what, site, lo, hi] = x.pick(MISSIONS);
    const hectares = x.int(lo * 100, hi * 100) / 100;
    const thermal = what.includes('thermique');
    inv.flight = {
      what, site, hectares, thermal, flown: addDays(inv.date, -x.int(8, 35)), altitude: x.pick([40, 50, 60, 80, 100]), gsd: x.pick([1.2, 1.5, 2, 2.5, 3]), photos: x.int(180, 1900), flights: x.int(1, 6),
      operator: `FRA${Array.from({ length: 13 }, () => x.pick('abcdefghijkmnopqrstuvwxyz0123456789'.split(''))).join('')}`, pilot: x.pick(['Bastien Fayolle', 'Inès Chapelon', 'Hugo Durieux', 'Camille Royer']), scenario: x.pick(['STS-01', 'catégorie ouverte A3', 'scénario national S-3']),
    };
    inv.lines = [
      { label: `Préparation de mission, analyse de l’espace aérien et déclaration du vol (${inv.flight.scenario})`, qty: 1, unit: x.int(150, 320) * 100, rate: 2000, unitName: 'forfait' },
      { label: 'Vol de prise de vues – télépilote et observateur', qty: x.pick([0.5, 1, 1, 1.5]), unit: x.int(650, 1100) * 100, rate: 2000, unitName: 'jour' },
      { label: 'Traitement photogrammétrique', qty: hectares, unit: x.int(45, 140) * 100, rate: 2000, unitName: 'ha' },
    ];
    if (!thermal && x.chance(0.6)) inv.lines.push({ label: 'Points de calage GNSS (RTK) posés et levés', qty: x.int(4, 12), unit: x.int(25, 45) * 100, rate: 2000, unitName: 'u' });
    if (thermal) inv.lines.push({ label: 'Analyse des images thermiques et repérage des déperditions', qty: 1, unit: x.int(350, 700) * 100, rate: 2000, unitName: 'forfait' });
    inv.lines.push({ label: x.pick(['Orthophotographie géoréférencée (RGF93 / CC46) et MNS', 'Nuage de points et modèle 3D texturé', 'Rapport illustré et livrables (GeoTIFF, DWG, PDF)']), qty: 1, unit: x.int(250, 800) * 100, rate: 2000, unitName: 'forfait' });
    if (x.chance(0.4)) inv.lines.push({ label: 'Déplacement (aller-retour depuis la base)', qty: x.int(20, 140), unit: x.pick([55, 60, 65]), rate: 2000, unitName: 'km' });
    return priceLines(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const f = inv.flight;
    const refs = refPairs(inv, x);
    const qtyText = (l) => (l.unitName === 'ha' ? `${frNumber(l.qty, 2)} ha` : l.unitName === 'km' ? `${l.qty} km` : withUnit(l.qty, l.unitName));
    const unitText = (l) => (l.unitName === 'km' ? `${frNumber(l.unit / 100, 2)}` : plainMoney(inv, l.unit));
    const rows = inv.lines.map((l) => [l.label, qtyText(l), unitText(l), plainMoney(inv, l.total)]);
    const accent = x.pick(['#0277bd', '#2e7d32', '#37474f']);
    const idRows = [[x.pick(['Facture n°', 'N° facture', 'Facture']), inv.number], [x.pick(['Date', 'Date d’émission', 'Émise le']), date(inv, inv.date)], [x.pick(['Échéance', 'Date limite de paiement']), date(inv, inv.due, 'slash')], ...refs];
    const idTable = table([34, 44], idRows.map(([k, v], n) => ({ cells: [k, v], b: n === 0 })), { border: 'rows', size: 8.6, after: 2 });
    const info = [
      `Vol réalisé le ${date(inv, f.flown, 'slash')} – ${f.flights} vol${f.flights > 1 ? 's' : ''} – hauteur ${f.altitude} m – ${frNumber(f.photos)} clichés${f.thermal ? ' (visible et infrarouge)' : ''}`,
      `Surface couverte : ${frNumber(f.hectares, 2)} ha – résolution au sol (GSD) : ${frNumber(f.gsd, 1)} cm/pixel`,
      `Télépilote : ${f.pilot} – exploitant UAS enregistré ${f.operator}`,
    ];
    return {
      font: producer === 'chromium' ? x.pick(['DejaVu Sans', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 16, 20, 16],
      body: [
        columns([104, 74], [[...paras(supplierTexts(inv, x), { firstSize: 14 }), p('Prises de vues aériennes par drone – photogrammétrie – inspection', { size: 7.5, i: true, color: accent })], [p(x.pick(['FACTURE', 'Facture']), { b: true, size: 16, color: accent, align: 'right' }), space(2), idTable]]),
        space(3),
        columns([92, 86], [[p(`Mission : ${f.what}`, { b: true }), p(`Site : ${f.site}`)], [p(x.pick(['Client', 'Facturé à', 'Destinataire']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(3),
        table([100, 24, 26, 28], [{ cells: ['Prestation', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#e1f5fe', size: 8.4 }, ...rows], { border: 'grid', size: 8.5, align: ['left', 'right', 'right', 'right'], after: 2 }),
        totalsTable(inv, dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC']) }), { widths: [56, 32], indent: 90 }),
        p(x.pick(['Informations de vol', 'Données de la mission (pour information)']), { b: true, size: 8, before: 4 }),
        ...info.map((t) => p(t, { size: 7.8, color: '#444444' })),
        p(paymentText(inv), { size: 8.5, before: 4 }),
        p(`${LATE_FEES}`, { size: 6.8, before: 1, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 2. Notary: statement of fees for a land purchase. ———
const SELLERS = ['Consorts Peyrard', 'SCI du Clos Marquet', 'M. et Mme Gidrol', 'Indivision Vérot', 'Mme Josette Berthéas', 'SNC Foncière du Gier'];
const PURPOSES = ['réserve foncière', 'élargissement de la voie communale', 'création d’un jardin public', 'extension du groupe scolaire', 'aménagement d’un parking relais'];
const PUBLIC_BUYERS = BUYERS.filter((b) => b.city || /^(Commune|Saint-Étienne Métropole|Département)/.test(b.name));
/** The regulated fee on a sale (art. A. 444-91 du code de commerce): a percentage per bracket of the price. */
function saleFee(price) {
  const brackets = [[650000, 3870], [1700000, 1596], [6000000, 1064], [Infinity, 799]];
  let fee = 0;
  let floor = 0;
  for (const [ceiling, permyriad] of brackets) {
    if (price > floor) fee += ((Math.min(price, ceiling) - floor) * permyriad) / 100000;
    floor = ceiling;
  }
  return Math.round(fee);
}
const notaire = {
  name: 'q-frais-notaire',
  family: 'notary-fees-land-purchase',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('q-frais-notaire', i, { cityProb: 0.7, engagementProb: 0.6, trades: ['services'], numbers: ['slash', 'year2', 'compact', 'plain'], engagementLabels: ['engagementJuridique', 'ej', 'engagement', 'numeroEj', 'referenceEngagement'], marketProb: 0, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000, 0]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.3, buyerSiretProb: 0.55 });
    const x = extraRng(inv, 'notary');
    if (!PUBLIC_BUYERS.includes(inv.buyer)) inv.buyer = x.pick(PUBLIC_BUYERS.filter((b) => !b.city));
    const office = x.pick([['Office notarial du Jardin des Plantes', 'SELARL'], ['Maîtres Dumas, Perret et Soleillant, notaires associés', 'SCP'], ['Office notarial de Fauriel', 'SELAS'], ['Étude de Maîtres Grangeon et Vial', 'SCP']]);
    renameSupplier(inv, office[0], office[1]);
    inv.supplier.ape = '6910Z';
    maybeRelabel10(inv, x, 0.3);
    const price = x.int(5, 900) * 100000 + x.pick([0, 0, 50000]);
    const deed = addDays(inv.date, -x.int(3, 40));
    inv.deal = { seller: x.pick(SELLERS), purpose: x.pick(PURPOSES), price, deed, file: `${x.int(1000, 9999)}${x.pick(['', '/', '-'])}${x.pick(['JV', 'MD', 'PS', 'CG'])}`, parcels: Array.from({ length: x.int(1, 3) }, () => `${x.pick(['AB', 'BK', 'CD', 'EL', 'HR'])} ${x.int(12, 890)}`), exempt: x.chance(0.8) };
    const csi = Math.max(1500, Math.round(price / 1000));
    inv.lines = [
      { kind: 'fee', label: `Émolument de vente (art. A. 444-91 du code de commerce) sur ${money(inv, price)}`, qty: 1, unit: saleFee(price), rate: 2000 },
      { kind: 'fee', label: 'Émoluments de formalités (préalables et postérieures)', qty: 1, unit: x.int(280, 620) * 100 + x.int(0, 99), rate: 2000 },
      { kind: 'fee', label: 'Frais de copies et de rôles', qty: 1, unit: x.int(30, 90) * 100 + x.int(0, 99), rate: 2000 },
      { kind: 'debours', label: 'Demande de renseignements – service de la publicité foncière', qty: 1, unit: x.pick([1200, 1500, 3000]), rate: 0 },
      { kind: 'debours', label: 'Extraits cadastraux et plan', qty: 1, unit: x.int(5, 40) * 100, rate: 0 },
    ];
    if (x.chance(0.6)) inv.lines.push({ kind: 'debours', label: 'Affranchissements et lettres recommandées', qty: 1, unit: x.int(1200, 4800), rate: 0 });
    if (x.chance(0.4)) inv.lines.push({ kind: 'debours', label: 'Pièces d’urbanisme et état des risques', qty: 1, unit: x.int(20, 90) * 100, rate: 0 });
    inv.lines.push({ kind: 'tax', label: 'Contribution de sécurité immobilière (0,10 %)', qty: 1, unit: csi, rate: 0 });
    if (!inv.deal.exempt) inv.lines.push({ kind: 'tax', label: 'Droits d’enregistrement – taxe de publicité foncière (0,715 %)', qty: 1, unit: Math.round((price * 715) / 100000), rate: 0 });
    priceLines(inv, [2000, 0]);
    inv.provision = x.chance(0.75);
    if (inv.provision) {
      deductProvision(inv, x, { min: 0.55, max: 0.95, step: 10000 });
      inv.previousDeposit = addDays(deed, -x.int(5, 30));
    }
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const d = inv.deal;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Code service destinataire'] });
    const group = (kind) => inv.lines.filter((l) => l.kind === kind);
    const section = (title) => ({ cells: [{ text: title, b: true }, { text: '' }], shade: '#eeeeee' });
    const row = (l) => [l.label, plainMoney(inv, l.total)];
    const body = [
      section('Émoluments et frais (soumis à TVA)'), ...group('fee').map(row),
      section('Débours (hors champ de la TVA)'), ...group('debours').map(row),
      section('Impôts et taxes versés au Trésor'), ...group('tax').map(row),
    ];
    if (d.exempt) body.push([`Droits d’enregistrement : exonération (art. 1042 du CGI, acquisition par une collectivité)`, plainMoney(inv, 0)]);
    const taxable = inv.vat.find((v) => v.rate === 2000);
    const totals = [
      [x.pick(['Total hors TVA', 'Total HT (débours et taxes compris)', 'Total des frais HT']), inv.ht],
      [`TVA 20 % sur ${plainMoney(inv, taxable.base)}`, taxable.amount],
      [x.pick(['Total TTC', 'Total du compte de frais', 'Montant total TTC']), inv.ttc, !inv.deposit],
    ];
    if (inv.deposit) totals.push([`${x.pick(['Provision reçue le', 'Provision sur frais versée le', 'À déduire : provision du'])} ${date(inv, inv.previousDeposit, 'slash')}`, -inv.deposit], [x.pick(['Reste dû', 'Solde à régler', 'Net à payer']), inv.net, true]);
    const me = supplierTexts(inv, x, { phone: true });
    return {
      font: x.pick(['Liberation Serif', 'DejaVu Serif']), size: 9.2, margins: [16, 18, 22, 18],
      body: [
        columns([100, 74], [[p(me[0], { b: true, size: 12.5 }), p('Notaires', { i: true, size: 9 }), ...paras(me.slice(1), { size: 8.3 }).map((b) => ({ ...b, b: false }))], [space(8), ...paras(buyerTexts(inv, x))]]),
        space(6),
        p(x.pick(['COMPTE DE FRAIS – FACTURE', 'FACTURE – ÉTAT DE FRAIS', 'FACTURE']), { b: true, size: 13, align: 'center' }),
        p(`${x.pick(['N°', 'Facture n°', 'Numéro :'])} ${inv.number} ${x.pick(['du', '–', 'en date du'])} ${date(inv, inv.date)}`, { align: 'center', b: true, after: 3 }),
        table([40, 134], [
          ['Dossier', `${d.file} – Vente ${d.seller} / ${inv.buyer.name}`],
          ['Acte', `Acte authentique de vente reçu le ${date(inv, d.deed, 'long')}`],
          ['Biens', `Parcelle${d.parcels.length > 1 ? 's' : ''} cadastrée${d.parcels.length > 1 ? 's' : ''} section ${d.parcels.join(', ')} – ${d.purpose}`],
          ['Prix', `${money(inv, d.price)} – payé au vendeur par le comptable public, hors du présent compte`],
        ], { border: 'none', size: 8.6, after: 2 }),
        ...refParagraphs(refs, 8.8),
        space(2),
        table([140, 34], [{ cells: ['Désignation', 'Montant'], b: true, line: 'bottom' }, ...body], { border: 'rows', size: 8.6, align: ['left', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [76, 30], indent: 68 }),
        p(inv.deposit ? 'Le solde est à verser au compte de l’office notarial ouvert à la Caisse des dépôts et consignations.' : 'Somme à verser au compte de l’office notarial ouvert à la Caisse des dépôts et consignations.', { size: 8.5, before: 4 }),
        p(paymentText(inv, 'Virement'), { size: 8.5 }),
        p('Débours : sommes avancées pour le compte du client, refacturées à l’euro près (art. 267 II-2° du CGI).', { size: 7.2, i: true, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 3. Showman: funfair rides hired for a festival. ———
const RIDES = [['Carrousel 1900 à chevaux de bois', 260, 380], ['Mini-scooters électriques enfants', 220, 320], ['Trampolines élastiques 4 pistes', 180, 260], ['Petit train « Les Rigolos »', 200, 300], ['Chaises volantes enfantines', 240, 340], ['Pêche aux canards', 120, 190]];
const EVENTS = ['Fête du quartier de Montreynaud', 'Fête des écoles publiques', 'Animation « Place aux enfants » – place Jean Jaurès', 'Festival des enfants – parc de l’Europe', 'Vogue de Terrenoire (fête patronale)', 'Fête des centres sociaux'];
const manege = {
  name: 'q-manege-fete',
  family: 'funfair-rides-festival-hire',
  producers: ['pdfkit', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('q-manege-fete', i, { cityProb: 0.7, engagementProb: 0.7, trades: ['services'], numbers: ['carnet', 'micro', 'plain', 'ciel'], engagementLabels: ['bonDeCommande', 'commande', 'engagement', 'ej', 'bdc'], marketProb: 0.1, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[1000, 2000]], groups: ['space', 'none', 'nbsp'], lines: [1, 1], rcsProb: 0.4 });
    const x = extraRng(inv, 'funfair');
    renameSupplier(inv, x.pick(['Manèges Brunel Frères', 'Attractions Foraines Vidal', 'Loisirs Forains du Gier', 'Fête Foraine Tournaire et Fils']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '9321Z';
    maybeRelabel10(inv, x, 0.3);
    const days = x.int(1, 3);
    const start = addDays(inv.date, -x.int(5, 30));
    const first = x.int(0, RIDES.length - 1);
    inv.event = { name: x.pick(EVENTS), start, end: addDays(start, days - 1), days, permit: `AR-${start.y}-${x.digits(4)}`, hours: x.pick(['14 h – 19 h', '10 h – 18 h', '15 h – 22 h']), depositInvoice: `${inv.number}-A` };
    inv.lines = Array.from({ length: x.int(1, 3) }, (_, k) => {
      const [ride, lo, hi] = RIDES[(first + k) % RIDES.length];
      return { kind: 'ride', label: `${ride} – accès gratuit pour le public (forfait journée)`, qty: days, unit: x.int(lo, hi) * 100, rate: 1000, unitName: 'jour' };
    });
    if (x.chance(0.6)) {
      const tickets = x.pick([200, 300, 500, 800, 1000]);
      inv.lines.push({ kind: 'ride', label: 'Tickets de manège offerts par la Ville aux enfants des écoles', qty: tickets, unit: x.pick([150, 180, 200, 250]), rate: 1000, unitName: 'ticket' });
    }
    inv.lines.push({ kind: 'service', label: 'Transport, montage et démontage des métiers', qty: 1, unit: x.int(180, 450) * 100, rate: 2000, unitName: 'forfait' });
    if (x.chance(0.6)) inv.lines.push({ kind: 'service', label: 'Raccordement électrique et groupe électrogène', qty: days, unit: x.int(60, 140) * 100, rate: 2000, unitName: 'jour' });
    inv.depositPct = x.pick([0, 0, 30]);
    return priceLines(inv, [1000, 2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const e = inv.event;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service organisateur'], market: ['Marché n°', 'Convention n°'] });
    const rows = inv.lines.map((l) => [l.label, l.unitName === 'ticket' ? `${frNumber(l.qty)} tickets` : withUnit(l.qty, l.unitName), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const summary = vatSummary(inv).map(([r, base, amount]) => [rate(r), plainMoney(inv, base), plainMoney(inv, amount)]);
    const due = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['Total TVA', 'TVA']), inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.deposit]];
    if (inv.deposit) due.push([`Acompte versé le ${date(inv, inv.previousDeposit, 'slash')}`, -inv.deposit], [x.pick(['Net à payer', 'Reste à payer']), inv.net, true]);
    const me = supplierTexts(inv, x);
    const accent = x.pick(['#c62828', '#6a1b9a', '#ef6c00']);
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, margins: [14, 15, 20, 15],
      body: [
        p(me[0], { b: true, size: 16, color: accent, align: 'center' }),
        p('Industriels forains – location de manèges et attractions pour fêtes et événements', { size: 8, i: true, align: 'center' }),
        p(me.slice(1).join(' – '), { size: 7.8, align: 'center', after: 2 }),
        rule(),
        columns([90, 90], [[
          p(`${x.pick(['FACTURE N°', 'Facture n°', 'FACTURE'])} ${inv.number}`, { b: true, size: 12 }),
          p(`${x.pick(['Date :', 'Le', 'Date de facture :'])} ${date(inv, inv.date)}`),
          ...refParagraphs(refs, 8.6),
        ], [p(x.pick(['Client', 'Organisateur', 'Facturé à']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        p(`Manifestation : ${e.name} – ${e.days > 1 ? `du ${date(inv, e.start, 'slash')} au ${date(inv, e.end, 'slash')}` : `le ${date(inv, e.start, 'slash')}`}, ${e.hours}. Autorisation d’occupation du domaine public : arrêté ${e.permit}.`, { size: 8.6, before: 4, after: 3 }),
        table([86, 24, 24, 14, 30], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#fbe9e7', size: 8.2 }, ...rows], { border: 'head', size: 8.4, align: ['left', 'right', 'right', 'right', 'right'], after: 3 }),
        columns([84, 94], [
          [table([20, 32, 28], [{ cells: ['Taux', 'Base HT', 'TVA'], b: true, size: 8 }, ...summary], { border: 'grid', size: 8.2, align: ['left', 'right', 'right'] })],
          [totalsTable(inv, due, { widths: [62, 30], indent: 0 })],
        ]),
        p('TVA à 10 % : droits d’accès aux manèges forains (art. 279 b ter du CGI).', { size: 7.4, i: true, before: 3 }),
        p(paymentText(inv), { size: 8.4, before: 3 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8, before: 1 }),
        p('Attractions conformes – contrôle technique annuel et assurance responsabilité civile à disposition de l’organisateur.', { size: 6.8, before: 1, color: '#555555' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

export default [drone, notaire, manege];

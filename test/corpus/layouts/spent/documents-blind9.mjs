// Blind-9 layouts written in the shared document description (see ../../README.md): a land surveyor's
// (géomètre-expert) invoice for a boundary survey and division (the parcels with their cadastral areas in ha / a / ca,
// the fees by task, boundary stones per unit, the provision paid on the order deducted on some), and a festive
// lighting company's invoice for the season's Christmas lights (street by street: motifs, rental for the season, set-up
// and removal; the deposit paid with the order deducted on most).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, plainMoney, recompute } from '../../lib/invoice.mjs';
import { renameSupplier, sum } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { contenance, maybeRelabel, refParagraphs, totalsTable, withUnit } from '../../lib/blind9.mjs';

// ——— 1. Land surveyor: boundary survey and division, parcels and fees. ———
const MISSIONS = [
  ['Bornage contradictoire et division – acquisition d’une emprise pour l’élargissement de la voie', 'Chemin de la Palle'],
  ['Division parcellaire – cession d’un délaissé communal', 'Rue de la Richelandière'],
  ['Délimitation du domaine public – alignement individuel', 'Rue Pierre Termier'],
  ['Bornage et division – régularisation foncière d’un trottoir', 'Boulevard de la Chaléassière'],
  ['Division en volumes et bornage – futur parking relais', 'Avenue de Rochetaillée'],
];
const PLACES = ['La Palle', 'Le Bois d’Avaize', 'Montplaisir', 'Les Pères', 'La Richelandière', 'Côte-Chaude', 'Le Portail Rouge'];
const OWNERS = ['Ville de Saint-Étienne (domaine privé)', 'Consorts Bertholon', 'SCI Les Tilleuls', 'M. et Mme Chalayer', 'Indivision Granjon', 'SCI du Furan', 'Mme Veuve Massardier'];
const geometre = {
  name: 'z-geometre-bornage',
  family: 'land-surveyor-parcels',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('z-geometre-bornage', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'year2', 'ebp', 'slash'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande', 'numeroEj', 'engagementChorus'], marketProb: 0.3, serviceProb: 0.55, dateStyles: ['long', 'slash', 'dots'], rates: [[2000]], depositPct: [0, 0, 30, 40], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'survey');
    renameSupplier(inv, x.pick(['Cabinet Faure et Vial', 'Géo-Loire Topographie', 'Cabinet Bonnefoy', 'Géomètres Associés du Forez']), x.pick(['SELARL', 'SAS', 'SARL']));
    inv.supplier.ape = '7112A';
    maybeRelabel(inv, x);
    const [mission, street] = x.pick(MISSIONS);
    const section = () => `${x.pick('ABCDEHK'.split(''))}${x.pick('BCKLMRTW'.split(''))}`;
    const firstOwner = x.int(0, OWNERS.length - 1);
    inv.survey = {
      mission, street, file: `${inv.date.y % 100}-${x.int(100, 499)}`, oge: `0${x.int(4, 6)}${x.digits(3)}`, depositInvoice: `P-${inv.date.y}-${x.digits(3)}`, meeting: addDays(inv.date, -x.int(15, 60)),
      parcels: Array.from({ length: x.int(1, 4) }, (_, k) => ({ section: section(), number: String(x.int(12, 980)), place: x.pick(PLACES), m2: x.int(180, 26000), owner: OWNERS[(firstOwner + k) % OWNERS.length] })),
    };
    const lots = x.int(1, 3);
    inv.lines = [
      { label: 'Recherches foncières et documentaires (cadastre, publicité foncière, archives)', qty: 1, unit: x.int(250, 450) * 100, rate: 2000, unitName: 'forfait' },
      { label: 'Levé topographique – équipe de deux opérateurs', qty: x.pick([0.5, 1, 1.5, 2]), unit: x.int(85, 120) * 1000, rate: 2000, unitName: 'jour' },
      { label: 'Bornage contradictoire : convocation des riverains, réunion sur site, procès-verbal', qty: 1, unit: x.int(600, 1100) * 100, rate: 2000, unitName: 'forfait' },
      { label: 'Fourniture et pose de bornes', qty: x.int(2, 8), unit: x.int(35, 60) * 100, rate: 2000, unitName: 'u' },
      { label: 'Document modificatif du parcellaire cadastral (DMPC)', qty: lots, unit: x.int(180, 300) * 100, rate: 2000, unitName: 'lot' },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Plan de division et plan de situation (5 exemplaires et fichier DWG)', qty: 1, unit: x.int(150, 320) * 100, rate: 2000, unitName: 'forfait' });
    inv.lines.forEach((l) => { l.total = Math.round(l.qty * l.unit); });
    return recompute(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const sv = inv.survey;
    const refs = refPairs(inv, x);
    const parcelRows = sv.parcels.map((pc) => [pc.section, pc.number, pc.place, contenance(pc.m2), pc.owner]);
    const rows = inv.lines.map((l) => [l.label, withUnit(l.qty, l.unitName), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const due = dueRows(inv, { deposit: x.pick(['Provision reçue', 'À déduire : provision versée', 'Acompte reçu']), net: x.pick(['Net à payer', 'Solde à régler', 'Reste dû']), ttc: inv.deposit ? 'Total TTC' : x.pick(['Total TTC', 'Net à payer TTC']) });
    if (inv.deposit) due[due.length - 2][0] += ` (facture ${sv.depositInvoice})`;
    const id = [
      p(x.pick(['FACTURE', 'Facture d’honoraires', 'FACTURE N°']), { b: true, size: 14 }),
      p(`${x.pick(['N°', 'Numéro :', 'Réf. facture'])} ${inv.number}`, { b: true, size: 10.5 }),
      p(`${x.pick(['Date :', 'Établie le', 'Le'])} ${date(inv, inv.date)}`),
      p(`Dossier n° ${sv.file}`, { size: 8.5 }),
    ];
    const me = supplierTexts(inv, x);
    const head = [p(me[0], { b: true, size: 13 }), p('Géomètre-Expert – Topographie – Foncier', { size: 8, i: true }), p(`Inscrit au Tableau de l’Ordre des Géomètres-Experts sous le n° ${sv.oge}`, { size: 7.5 }), ...paras(me.slice(1), { size: 8.5 })];
    const buyer = [p(x.pick(['Client', 'Donneur d’ordre', 'Facturé à']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))];
    const idLeft = x.chance(0.5);
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Serif', 'Liberation Sans']), size: 9, margins: [14, 16, 22, 16],
      body: [
        columns([110, 68], [head, idLeft ? buyer : id]),
        rule(),
        columns([96, 82], idLeft ? [[...id, space(2), ...refParagraphs(refs, 8.5)], []] : [refParagraphs(refs, 8.5), buyer]),
        p(`Mission : ${sv.mission} – ${sv.street}`, { b: true, before: 5 }),
        p(`Réunion de bornage tenue sur les lieux le ${date(inv, sv.meeting, 'slash')}, en présence des propriétaires riverains convoqués.`, { size: 8.5, after: 2 }),
        table([18, 16, 46, 32, 66], [{ cells: ['Section', 'N°', 'Lieu-dit', 'Contenance', 'Propriétaire'], b: true, shade: '#eeeeee', size: 8 }, ...parcelRows], { border: 'grid', size: 8.2, align: ['left', 'right', 'left', 'right', 'left'], after: 4 }),
        table([104, 22, 26, 26], [{ cells: ['Honoraires et frais', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, size: 8.5 }, ...rows], { border: 'head', align: ['left', 'right', 'right', 'right'], after: 2 }),
        totalsTable(inv, due, { widths: [58, 30], indent: 90 }),
        p(paymentText(inv), { size: 8.5, before: 4 }),
        p(`Payable à réception. ${LATE_FEES}`, { size: 6.8, before: 1, color: '#444444' }),
        p('Le procès-verbal de bornage et le DMPC sont transmis au service du cadastre après règlement.', { size: 7, i: true, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 2. Festive lighting: the season's Christmas lights, street by street, deposit deducted. ———
const STREETS = ['Rue du Général Foy', 'Place de l’Hôtel de Ville', 'Avenue de la Libération', 'Rue Michelet', 'Place Jean Jaurès', 'Rue des Martyrs de Vingré', 'Cours Fauriel', 'Place du Peuple', 'Rue Gambetta'];
const MOTIFS = [
  ['Traversée de rue « Étoile filante » 8 m', 180, 320, 60, 110], ['Motif candélabre « Flocon » 1,50 m', 45, 90, 25, 45],
  ['Rideau lumineux LED blanc chaud 2 × 3 m', 60, 120, 30, 55], ['Guirlande LED 20 m – habillage d’arbre', 35, 70, 40, 70],
  ['Sapin lumineux 3D 4 m', 420, 780, 120, 200], ['Stalactites LED de façade 10 m', 40, 85, 25, 45], ['Boule géante « Cristal » Ø 1,20 m', 150, 260, 40, 80],
];
const illuminations = {
  name: 'z-illuminations-noel',
  family: 'christmas-lights-season-rental',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('z-illuminations-noel', i, { cityProb: 0.8, engagementProb: 0.75, trades: ['btp', 'services'], numbers: ['ebp', 'odoo', 'pennylane', 'plain'], engagementLabels: ['bonDeCommande', 'engagement', 'ejBc', 'commandePublique', 'refCommandeEj'], marketProb: 0.7, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], depositPct: [30, 30, 0, 40], groups: ['space', 'nbsp'], lines: [2, 4], rcsProb: 0.5 });
    const x = extraRng(inv, 'lights');
    renameSupplier(inv, x.pick(['Lumières de Fêtes Rhône-Alpes', 'Décors Lumineux du Centre', 'Festilight Forez', 'Éclats de Noël Illuminations']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4321A';
    maybeRelabel(inv, x, 0.3);
    // Invoiced once the lights are down, early in the year of the invoice's own number.
    const season = inv.date.y - 1;
    const setUp = { y: season, m: 11, d: x.int(12, 20) };
    inv.season = { season, setUp, lit: { y: season, m: 11, d: x.int(25, 29) }, removal: { y: season + 1, m: 1, d: x.int(6, 20) }, depositInvoice: `AC${season % 100}-${x.digits(4)}` };
    inv.date = addDays(inv.season.removal, x.int(4, 45));
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.previousDeposit = { y: season, m: 10, d: x.int(1, 28) };
    const first = x.int(0, STREETS.length - 1);
    inv.lines = inv.lines.flatMap((_, k) => {
      const street = STREETS[(first + k) % STREETS.length];
      const start = x.int(0, MOTIFS.length - 1);
      return Array.from({ length: x.int(1, 3) }, (__, n) => {
        const [label, lo, hi, plo, phi] = MOTIFS[(start + n * 2) % MOTIFS.length];
        const rental = x.int(lo, hi) * 100;
        const fitting = x.int(plo, phi) * 100;
        const q = label.startsWith('Sapin') || label.startsWith('Traversée') ? x.int(1, 4) : x.int(4, 24);
        return { street, label, qty: q, rental, fitting, unit: rental + fitting, rate: 2000, total: q * (rental + fitting) };
      });
    });
    if (x.chance(0.6)) {
      const days = x.int(2, 6);
      const unit = x.int(450, 700) * 100;
      inv.lines.push({ street: null, label: `Nacelle 16 m avec conducteur (pose et dépose : ${days} jours)`, qty: days, rental: unit, fitting: 0, unit, rate: 2000, total: days * unit });
    }
    if (x.chance(0.5)) {
      const unit = x.int(80, 160) * 100;
      const n = new Set(inv.lines.map((l) => l.street).filter(Boolean)).size;
      inv.lines.push({ street: null, label: 'Raccordement sur réseau d’éclairage public et horloge astronomique', qty: n, rental: 0, fitting: unit, unit, rate: 2000, total: n * unit });
    }
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const se = inv.season;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Marché de location n°'] });
    const streets = [...new Set(inv.lines.map((l) => l.street))];
    const cell = (c) => (c ? plainMoney(inv, c) : '–');
    const body = streets.flatMap((street) => {
      const lines = inv.lines.filter((l) => l.street === street);
      const head = street ? [{ cells: [{ text: street, span: 5, b: true }], shade: '#fff8e1' }] : [{ cells: [{ text: 'Prestations communes', span: 5, b: true }], shade: '#fff8e1' }];
      return [...head, ...lines.map((l) => [l.label, String(l.qty), cell(l.rental), cell(l.fitting), plainMoney(inv, l.total)])];
    });
    const due = dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), deposit: `Acompte de ${inv.depositPct} % versé à la commande`, net: x.pick(['Net à payer', 'Solde à payer', 'Reste à régler']) });
    if (inv.deposit) due[due.length - 2][0] += ` (facture ${se.depositInvoice})`;
    const accent = x.pick(['#b71c1c', '#1b5e20', '#0d47a1']);
    const banner = table([178], [{ cells: [{ runs: [{ text: `${x.pick(['FACTURE', 'Facture'])} ${x.pick(['n°', 'N°', ''])} ${inv.number}`.replace(/\s+/g, ' '), b: true, size: 13, color: accent }, { text: `     ${x.pick(['du', 'Date :', 'émise le'])} ${date(inv, inv.date)}`, size: 10 }] }] }], { border: 'box', before: 3, after: 3 });
    const topBanner = x.chance(0.5);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 16, 20, 16],
      body: [
        ...(topBanner ? [banner] : []),
        columns([100, 78], [[...paras(supplierTexts(inv, x), { firstSize: 13 }), p('Illuminations festives – location, pose, maintenance', { size: 7.5, i: true, color: accent })], [p(x.pick(['Client', 'Facturé à', 'Destinataire']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        ...(topBanner ? [] : [banner]),
        ...refParagraphs(refs, 8.5),
        p(`Illuminations de fin d’année – saison ${se.season}-${se.season + 1} : pose à partir du ${date(inv, se.setUp, 'slash')}, mise en lumière le ${date(inv, se.lit, 'slash')}, dépose à partir du ${date(inv, se.removal, 'slash')}. Maintenance et dépannage compris pendant toute la saison.`, { size: 8.5, before: 3, after: 3 }),
        table([86, 14, 26, 26, 26], [{ cells: ['Motif', 'Qté', 'Location saison', 'Pose / dépose', 'Montant HT'], b: true, size: 8, line: 'bottom' }, ...body, { cells: [{ text: 'Total des prestations', span: 4 }, plainMoney(inv, sum(inv.lines, 'total'))], b: true, line: 'top' }], { border: 'none', size: 8.2, align: ['left', 'right', 'right', 'right', 'right'], after: 2 }),
        totalsTable(inv, due, { widths: [70, 30], indent: 78 }),
        p(paymentText(inv), { size: 8.3, before: 3 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.6, before: 1, color: '#444444' }),
        p(`Puissance totale installée : ${frNumber(sum(inv.lines.filter((l) => l.street), 'qty') * x.int(40, 120))} W (LED).`, { size: 7, i: true, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

export default [geometre, illuminations];

// Blind-12 layouts written in the shared document description (see ../../README.md): a removal company's invoice for
// moving a library's collections to a new building (linear metres of books packed in numbered crates in shelf-mark
// order, crates hired by the week, shelving taken down and put up again, movers by the man-day, padded trucks, the
// volume and the declared value printed for information; the deposit paid with the order deducted on some), a
// fireworks company's invoice for the 14 July display (the show, its design and musical synchronisation, the certified
// pyrotechnicians, transport under ADR; the net explosive mass printed for information; the deposit invoiced with the
// order deducted, with its own invoice number, on most), and a shepherd's eco-grazing of municipal green spaces (the
// flock per site in animal-days, mobile electric fences by the metre, watch visits; half of them by a sole trader
// under the VAT franchise, the others by a farm company at 20 %).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, plainMoney, qty, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { refParagraphs, refsLine, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { earlierNumber, maybeRelabel12, placeAndDate } from '../../lib/blind12.mjs';

// ——— 1. Removal of a library's collections. ———
const MOVES = [
  ['Médiathèque de Tarentaize', 'nouvelle médiathèque du quartier Manufacture'],
  ['Bibliothèque du Centre-ville (annexe Jules Janin)', 'réserves centrales, rue du Onze Novembre'],
  ['Archives municipales – magasin 2', 'Archives municipales – bâtiment rénové de la Plaine Achille'],
  ['Bibliothèque de Montreynaud', 'locaux provisoires de la Maison de quartier'],
  ['Fonds patrimonial du conservatoire Massenet', 'Médiathèque centrale – magasins climatisés'],
];
const demenagement = {
  name: 'j-demenagement-bibliotheque',
  family: 'library-collections-removal',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('j-demenagement-bibliotheque', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ebp', 'sage', 'odoo'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'engagementJuridique', 'ejBc'], marketProb: 0.6, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'removal');
    renameSupplier(inv, x.pick(['Déménagements Giraud et Fils', 'Transferts Bibliothèques Rhône-Alpes', 'Loire Déménagement Entreprises', 'Les Déménageurs du Gier']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4942Z';
    maybeRelabel12(inv, x);
    const [from, to] = x.pick(MOVES);
    const metres = x.int(40, 420) * 10;
    const crates = Math.round(metres * 1.6);
    const weeks = x.int(2, 6);
    const days = x.int(4, 15);
    const start = addDays(inv.date, -x.int(days + 5, days + 30));
    inv.move = { from, to, metres, crates, weeks, days, start, end: addDays(start, days + x.int(1, 6)), volume: Math.round(metres * 0.09 + x.int(20, 120)), value: x.int(20, 160) * 10000 };
    const movers = x.int(3, 8);
    inv.lines = [
      { label: 'Mise en caisses des collections dans l’ordre des cotes, étiquetage et déchargement en rayon', unitName: 'ml', qty: metres, unit: x.int(190, 420), rate: 2000 },
      { label: `Location de caisses-livres numérotées (${frNumber(crates)} caisses × ${weeks} semaines)`, unitName: 'caisse-semaine', qty: crates * weeks, unit: x.int(45, 120), rate: 2000 },
      { label: 'Démontage, transport et remontage des rayonnages métalliques', unitName: 'ml', qty: Math.round(metres / x.pick([5, 6, 7])), unit: x.int(800, 1600), rate: 2000 },
      { label: `Équipe de déménageurs (${movers} agents)`, unitName: 'homme-jour', qty: movers * days, unit: x.int(280, 360) * 100, rate: 2000 },
      { label: 'Camion capitonné 20 m³ avec hayon et chauffeur', unitName: 'jour', qty: days, unit: x.int(320, 480) * 100, rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Monte-meubles extérieur avec opérateur (accès étage)', unitName: 'demi-journée', qty: x.int(1, 4), unit: x.int(180, 320) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Garantie ad valorem sur valeur déclarée', unitName: 'forfait', qty: 1, unit: x.int(40, 180) * 1000, rate: 2000 });
    inv.depositPct = x.pick([0, 0, 30, 30]);
    inv.previousDeposit = addDays(start, -x.int(10, 40));
    return priceLines(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const m = inv.move;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de déménagement n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service lecture publique'] });
    const accent = x.pick(['#0d47a1', '#37474f', '#4e342e']);
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), l.unitName, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const me = supplierTexts(inv, x);
    const idRows = [[x.pick(['Facture n°', 'N° de facture', 'Facture']), inv.number], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Dossier', `DEM-${m.start.y}-${x.digits(4)}`]];
    const refsUp = x.chance(0.5);
    return {
      font: producer === 'chromium' ? x.pick(['DejaVu Sans', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.6, margins: [13, 14, 20, 14],
      body: [
        columns([104, 78], [[...paras(me, { firstSize: 13.5 }), p('Déménagements d’entreprises, d’archives et de bibliothèques', { size: 7.4, i: true, color: accent })], [
          p(x.pick(['FACTURE', 'Facture']), { b: true, size: 17, color: accent }),
          table([30, 46], idRows.map(([k, v], n) => ({ cells: [k, v], b: n === 0 })), { border: 'grid', size: 8.6, before: 1 }),
          ...(refsUp ? refParagraphs(refs, 8.2) : []),
        ]]),
        space(5),
        columns([104, 78], [[p('Transfert', { size: 7.4, color: '#666666' }), p(`De : ${m.from}`, { b: true, size: 8.6 }), p(`Vers : ${m.to}`, { b: true, size: 8.6 }), p(`Chantier du ${date(inv, m.start, 'slash')} au ${date(inv, m.end, 'slash')}`, { size: 8.2 })], [p(x.pick(['Facturé à', 'Client', 'Destinataire de la facture']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(3),
        ...(refsUp ? [] : [p(refsLine(refs, '   –   '), { size: 8.6, b: true, after: 2 })]),
        p(`Collections transférées : ${frNumber(m.metres)} mètres linéaires, ${frNumber(m.crates)} caisses, volume transporté environ ${frNumber(m.volume)} m³ (pour information). Valeur déclarée des collections : ${frNumber(m.value)} € – non facturée.`, { size: 8, before: 1, after: 2 }),
        table([86, 18, 26, 22, 30], [{ cells: ['Désignation', 'Quantité', 'Unité', 'P.U. HT', 'Montant HT'], b: true, shade: '#eceff1' }, ...rows], { border: x.pick(['grid', 'rows']), size: 8, align: ['left', 'right', 'left', 'right', 'right'], after: 3 }),
        totalsTable(inv, dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Montant TTC']), deposit: x.pick(['Acompte versé à la commande', 'Arrhes versées']), net: x.pick(['Net à payer', 'Reste dû']) }), { widths: [56, 30], indent: 96 }),
        p('Caisses restituées vides au dépôt en fin de chantier ; toute caisse manquante est facturée 9,00 € HT.', { size: 7.4, color: '#444444', before: 3 }),
        p(paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

// ——— 2. Fireworks display for the 14 July. ———
const SHOWS = [['« Lumières sur le Furan »', 'parc de l’Europe'], ['« Étoiles de la Manufacture »', 'esplanade de la Cité du design'], ['« Bleu, blanc, feu »', 'stade Léo Lagrange'], ['« Nuit de Couriot »', 'Puits Couriot – carreau de la mine'], ['« Mille et une gerbes »', 'plaine de la Métare']];
const artifice = {
  name: 'j-feu-artifice',
  family: 'fireworks-display-deposit-invoiced',
  producers: ['pdfkit', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('j-feu-artifice', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ebp', 'solde', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'commande'], marketProb: 0.55, serviceProb: 0.55, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'fireworks');
    renameSupplier(inv, x.pick(['Pyro Concept Loire', 'Artifices et Lumières du Forez', 'Ciel de Feu Productions', 'Feux d’Artifice Rhône-Pilat']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '9002Z';
    maybeRelabel12(inv, x);
    const [title, site] = x.pick(SHOWS);
    const show = { y: inv.date.y, m: 7, d: x.pick([13, 14, 14]) };
    inv.date = addDays(show, x.int(3, 25));
    inv.due = addDays(inv.date, 30);
    inv.show = { title, site, day: show, minutes: x.int(12, 25), mass: x.int(180, 1400) / 10, order: addDays(show, -x.int(60, 150)) };
    const crew = x.int(3, 7);
    inv.lines = [
      { label: `Spectacle pyrotechnique ${title} – ${inv.show.minutes} minutes – artifices F4 et T2 selon liste des produits jointe`, qty: 1, unit: x.int(60, 240) * 10000, rate: 2000 },
      { label: 'Conception, scénographie et synchronisation musicale (tir électrique numérique)', qty: 1, unit: x.int(12, 35) * 10000, rate: 2000 },
      { label: `Artificiers certifiés C4-T2 niveau 2 – montage, tir, démontage et nettoyage du site (${crew} personnes)`, qty: crew * 2, unit: x.int(280, 420) * 100, rate: 2000 },
      { label: 'Transport des artifices en véhicule ADR et stockage en dépôt agréé', qty: 1, unit: x.int(60, 150) * 1000, rate: 2000 },
      { label: 'Dossier de déclaration en préfecture et plan de sécurité', qty: 1, unit: x.int(30, 90) * 1000, rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Sonorisation de la zone public (4 points de diffusion)', qty: 1, unit: x.int(120, 300) * 1000, rate: 2000 });
    inv.depositPct = x.pick([30, 40, 50, 0]);
    priceLines(inv);
    const depositDate = addDays(inv.show.order, x.int(2, 10));
    inv.depositInvoice = { number: earlierNumber(inv.number, x, inv.date.y, depositDate.y), date: depositDate };
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const sh = inv.show;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché public n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service des fêtes'] });
    const rows = inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.deposit]];
    if (inv.deposit) totals.push([`Acompte de ${inv.depositPct} % – facture n° ${inv.depositInvoice.number} du ${date(inv, inv.depositInvoice.date, 'slash')}`, -inv.deposit], [x.pick(['Solde à payer', 'Net à payer', 'Reste à régler']), inv.net, true]);
    const titleLine = x.pick(['number', 'box']);
    const title = inv.deposit ? x.pick(['FACTURE DE SOLDE', 'Facture de solde', 'FACTURE']) : 'FACTURE';
    const me = supplierTexts(inv, x);
    const head = titleLine === 'number'
      ? [p(`${title} N° ${inv.number} du ${date(inv, inv.date, 'slash')}`, { b: true, size: 13 })]
      : [table([60, 60], [[{ text: title, b: true, span: 2, size: 12 }], [x.pick(['Numéro', 'N°']), inv.number], ['Date', date(inv, inv.date)]], { border: 'box', size: 9, indent: 0 })];
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']), size: 8.8, margins: [14, 15, 22, 15],
      body: [
        columns([100, 80], [[...paras(me, { firstSize: 14 }), p(`Certificat d’agrément du dépôt n° ${x.digits(3)}-${x.digits(4)} – spectacles pyrotechniques`, { size: 7.2, color: '#555555' })], [space(6), ...paras(buyerTexts(inv, x))]]),
        space(5),
        ...head,
        space(2),
        ...refParagraphs(refs, 8.6),
        p(`Spectacle pyrotechnique de la Fête nationale – ${sh.title} – ${sh.site}, tiré le ${date(inv, sh.day, 'long')} à 22 h 45. Bon pour accord du ${date(inv, sh.order, 'slash')}.`, { size: 8.6, before: 2 }),
        p(`Masse active totale : ${frNumber(sh.mass, 1)} kg (pour information, déclarée en préfecture).`, { size: 7.8, color: '#444444', after: 2 }),
        table([112, 14, 26, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Total HT'], b: true, line: 'bottom' }, ...rows], { border: 'head', size: 8.2, align: ['left', 'right', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [84, 30], indent: 68 }),
        rule(),
        p('Les produits non tirés (ratés) ont été neutralisés et repris par nos soins. Assurance responsabilité civile spectacles pyrotechniques souscrite par le prestataire.', { size: 7.4, before: 2 }),
        p(paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

// ——— 3. Eco-grazing of municipal green spaces by a shepherd. ———
const SITES = [['Coteau du parc de Montaud', 2.4], ['Talus de la rocade Est', 3.1], ['Prairie du Jardin des Plantes', 1.6], ['Bassin de rétention de Méons', 1.2], ['Glacis de la Villa Ritz', 0.9], ['Friche de la Chaléassière', 4.2]];
const FLOCKS = ['brebis Noires du Velay', 'moutons Solognots', 'chèvres des Fossés', 'brebis Rava'];
const paturage = {
  name: 'j-ecopaturage',
  family: 'eco-grazing-shepherd',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const sole = i % 2 === 0;
    const inv = makeInvoice('j-ecopaturage', i, { ...CITY_HEAVY, supplier: sole ? 'micro' : 'company', trades: ['btp'], numbers: ['micro', 'plain', 'carnet', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'bdc'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5, ibanProb: 0.9 });
    const x = extraRng(inv, 'grazing');
    if (sole) {
      renameSupplier(inv, x.pick(['Camille Fayolle', 'Bastien Crozet', 'Manon Tardy', 'Rémi Chambon']), 'EI');
      inv.supplier.tagline = x.pick(['Bergère – éco-pâturage', 'Berger – entretien des espaces par pâturage', 'Éleveuse – éco-pâturage itinérant']);
    } else {
      renameSupplier(inv, x.pick(['Les Moutons de la Côte', 'Pâture et Paysages du Pilat', 'Bergerie des Trois Dents', 'Éco-Troupeaux Loire']), 'EARL');
      inv.supplier.ape = '0145Z';
    }
    maybeRelabel12(inv, x, 0.3);
    const from = { y: inv.date.y, m: x.int(4, 5), d: x.int(1, 28) };
    inv.date = addDays(from, x.int(120, 170));
    inv.due = addDays(inv.date, 30);
    inv.season = { from, to: addDays(inv.date, -x.int(1, 10)), flock: x.pick(FLOCKS) };
    const first = x.int(0, SITES.length - 1);
    inv.lines = Array.from({ length: x.int(1, 3) }, (_, k) => {
      const [site, ha] = SITES[(first + k) % SITES.length];
      const animals = Math.max(4, Math.round(ha * x.int(5, 10)));
      const days = x.int(20, 90);
      return { site, ha, animals, days, label: `Pâturage – ${site} (${frNumber(ha, 1)} ha) : ${animals} ${inv.season.flock} × ${days} jours`, unitName: 'animal-jour', qty: animals * days, unit: x.int(35, 90), rate: 2000 };
    });
    const fence = inv.lines.reduce((s, l) => s + Math.round(Math.sqrt(l.ha * 10000) * 4 / 10) * 10, 0);
    inv.lines.push({ label: 'Pose et dépose de clôture mobile électrifiée (filets, électrificateur solaire)', unitName: 'ml', qty: fence, unit: x.int(90, 220), rate: 2000 });
    inv.lines.push({ label: 'Visites de surveillance du troupeau et abreuvement', unitName: 'visite', qty: x.int(8, 40), unit: x.int(20, 40) * 100, rate: 2000 });
    inv.lines.push({ label: 'Transport des animaux en bétaillère (aller et retour par site)', unitName: 'rotation', qty: (inv.lines.length - 2) * 2, unit: x.int(60, 140) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Animation pédagogique avec une classe (tonte, chiens de troupeau)', unitName: 'séance', qty: x.int(1, 3), unit: x.int(150, 280) * 100, rate: 2000 });
    for (const l of inv.lines) l.rate = sole ? 0 : 2000;
    return priceLines(inv, [sole ? 0 : 2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const exempt = Boolean(inv.vatExempt);
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service espaces verts'], market: ['Marché n°', 'Convention-marché n°', 'Réf. marché'] });
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), l.unitName, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = exempt ? [[x.pick(['Total', 'Total HT', 'Montant total']), inv.ht], ['TVA', x.pick(['0,00', 'néant'])], [x.pick(['Net à payer', 'Total à payer']), inv.ttc, true]] : dueRows(inv, { ht: 'Total HT', ttc: x.pick(['Total TTC', 'Net à payer']) });
    const letter = x.chance(0.5);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans', 'DejaVu Sans']), size: 9, margins: [16, 18, 22, 18],
      body: [
        p(s.name, { b: true, size: 15, color: '#33691e' }),
        ...(s.tagline ? [p(s.tagline, { i: true })] : []),
        ...paras(supplierTexts(inv, x).slice(s.tagline ? 2 : 1), { size: 8.4 }).map((b) => ({ ...b, b: false })),
        space(5),
        columns([90, 84], [[
          letter ? p(placeAndDate(inv), { size: 9 }) : p(`Date : ${date(inv, inv.date)}`),
          p(`${x.pick(['Facture n°', 'FACTURE N°', 'Facture'])} ${inv.number}`, { b: true, size: 12, before: 2 }),
        ], [...paras(buyerTexts(inv, x))]]),
        space(4),
        p(`Objet : entretien par éco-pâturage de la saison, du ${date(inv, inv.season.from, 'slash')} au ${date(inv, inv.season.to, 'slash')}.`, { b: true }),
        ...refParagraphs(refs, 8.8),
        space(2),
        table([88, 18, 22, 20, 26], [{ cells: ['Désignation', 'Quantité', 'Unité', 'Prix unit.', exempt ? 'Montant' : 'Montant HT'], b: true, shade: '#f1f8e9' }, ...rows], { border: 'grid', size: 8.2, align: ['left', 'right', 'left', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [50, 30], indent: 94 }),
        ...(exempt ? [p(inv.vatExempt, { i: true, size: 8.4, before: 2 })] : []),
        p('Les animaux restent la propriété de l’éleveur ; leur suivi sanitaire (identification, vaccinations) est à sa charge.', { size: 7.6, color: '#444444', before: 3 }),
        p(paymentText(inv), { size: 8.6, before: 2 }),
        p(`Paiement à réception. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

export default [demenagement, artifice, paturage];

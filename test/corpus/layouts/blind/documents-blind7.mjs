// Blind-7 layouts written in the shared document description (see ../../README.md), printed by LibreOffice Writer
// or PDFKit: a locksmith's emergency call-out at night (call and arrival times, a night surcharge as its own line),
// a playground-equipment inspection whose totals box stands at the top of the page above the equipment list, and an
// undertaker's invoice to the city for the burial of a person without means.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, recompute, references } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { hhmm, totalsRows } from '../../lib/blind7.mjs';

const totalsTable = (inv, netLabel, { indent = 90, widths = [58, 32] } = {}) => table(widths, totalsRows(inv, netLabel).map(([k, v, b]) => ({ cells: [k, money(inv, v)], b, line: b ? 'top' : undefined })), { indent, align: ['left', 'right'], before: 2, after: 2 });
const refParas = (inv, size = 9) => references(inv).map(([k, v]) => p(`${k} : ${v}`, { size, b: true }));

// ——— 1. Locksmith: emergency call-out at night. ———
const DOORS = ['Porte d’entrée de l’école Jules Ferry (serrure forcée)', 'Local des archives municipales (clé cassée dans le cylindre)', 'Vestiaires du stade Méon (effraction)', 'Mairie annexe – porte de service bloquée', 'Gymnase – issue de secours condamnée'];
const serrurier = {
  name: 'x-serrurier-nuit',
  family: 'locksmith-night-callout',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('x-serrurier-nuit', i, { ...CITY_HEAVY, trades: ['btp', 'services'], numbers: ['plain', 'sage', 'dolibarr', 'hash'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'commande'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'locksmith');
    renameSupplier(inv, x.pick(['Serrurerie Express Loire', 'SOS Serrures Forez', 'Clé Minute Dépannage', 'Serrurerie Blanchard']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '4332B';
    const call = x.int(82, 94) * 15;
    const arrival = call + x.pick([25, 30, 40, 45]);
    const minutes = x.pick([45, 60, 75, 90, 120]);
    inv.night = { door: x.pick(DOORS), day: addDays(inv.date, -x.int(1, 10)), call, arrival, departure: arrival + minutes, caller: x.pick(['la police municipale', 'l’astreinte des bâtiments', 'le gardien', 'la société de télésurveillance']), pct: x.pick([50, 75, 100]) };
    const travel = x.int(6500, 12000);
    const hourly = x.int(5500, 7500);
    const labour = Math.round((minutes / 60) * hourly);
    const cylinder = x.int(4500, 16000);
    inv.lines = [
      { label: 'Déplacement urgence (intervention sous 1 heure)', qty: 1, unit: travel, rate: 2000, total: travel },
      { label: 'Main-d’œuvre', qty: minutes / 60, unit: hourly, rate: 2000, total: labour, hours: true },
      { label: `Majoration de nuit (${inv.night.pct} % sur déplacement et main-d’œuvre)`, qty: 1, unit: Math.round(((travel + labour) * inv.night.pct) / 100), rate: 2000 },
      { label: x.pick(['Cylindre européen 30×30 sûreté', 'Cylindre haute sécurité A2P 1*', 'Serrure 3 points en applique']), qty: 1, unit: cylinder, rate: 2000, total: cylinder },
    ];
    inv.lines[2].total = inv.lines[2].unit;
    if (x.chance(0.4)) inv.lines.push({ label: 'Fermeture provisoire (contreplaqué 10 mm)', qty: 1, unit: x.int(4000, 9000), rate: 2000 });
    inv.lines.forEach((l) => { l.total = Math.round(l.qty * l.unit); });
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const n = inv.night;
    const rows = inv.lines.map((l) => [l.label, l.hours ? `${qty(Math.round(l.qty * 100) / 100)} h` : qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, margins: [14, 15, 22, 15],
      body: [
        columns([100, 80], [paras(supplierTexts(inv, x), { firstSize: 13 }), [p(x.pick(['FACTURE', 'Facture de dépannage']), { b: true, size: 14, align: 'right' }), p(`N° ${inv.number}`, { b: true, align: 'right' }), p(`Date : ${date(inv, inv.date)}`, { align: 'right' }), p('Dépannage 24 h / 24 – 7 j / 7', { align: 'right', size: 8, color: '#b71c1c' })]]),
        space(4),
        columns([92, 88], [refParas(inv), [p(x.pick(['Client', 'Facturé à']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        table([180], [
          [{ runs: [{ text: 'Intervention d’urgence de nuit : ', b: true }, { text: n.door }] }],
          [`Appel reçu le ${date(inv, n.day, 'slash')} à ${hhmm(n.call)} de ${n.caller} – arrivée sur place ${hhmm(n.arrival)} – fin d’intervention ${hhmm(n.departure)}`],
          ['Tarif de nuit applicable de 20h00 à 7h00, dimanches et jours fériés.'],
        ], { border: 'box', size: 8.5, before: 4 }),
        table([110, 20, 24, 26], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#fde0dc' }, ...rows], { border: 'rows', align: ['left', 'right', 'right', 'right'], before: 5, after: 2 }),
        totalsTable(inv, x.pick(['Total TTC', 'Net à payer'])),
        p(paymentText(inv), { size: 8.5, before: 4 }),
        p(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 2. Playground inspection: the totals box at the top, the equipment list below. ———
const EQUIPMENT = [['Toboggan', 'EN 1176-3'], ['Balançoire 2 places', 'EN 1176-2'], ['Structure multi-jeux', 'EN 1176-1'], ['Jeu à ressort', 'EN 1176-6'], ['Tourniquet', 'EN 1176-5'], ['Tyrolienne', 'EN 1176-4'], ['Sol amortissant (zone de chute)', 'EN 1177'], ['Filet à grimper', 'EN 1176-11']];
const PARKS = ['Square Jules Massenet', 'Parc de l’Europe', 'Jardin des Plantes', 'École Paul Bert', 'Parc François Mitterrand', 'Square Violette'];
const airesJeux = {
  name: 'x-controle-aires-jeux',
  family: 'playground-inspection-totals-on-top',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('x-controle-aires-jeux', i, { ...CITY_HEAVY, trades: ['services', 'btp'], numbers: ['plain', 'ebp', 'pennylane', 'compact'], engagementLabels: ['engagementJuridique', 'ej', 'numeroEj', 'bonDeCommande'], marketProb: 0.6, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [2, 3], rcsProb: 0.6 });
    const x = extraRng(inv, 'playground');
    renameSupplier(inv, x.pick(['Contrôle Aires de Jeux Rhône-Loire', 'Ludisécurité Inspection', 'Bureau Vérif’Jeux', 'Sécurijeux Contrôles']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7120B';
    const first = x.int(0, PARKS.length - 1);
    inv.parks = inv.lines.map((l, k) => {
      const items = Array.from({ length: x.int(2, 4) }, (_, n) => {
        const [label, norm] = EQUIPMENT[(first + k + n * 3) % EQUIPMENT.length];
        return { label, norm, ok: x.chance(0.75) };
      });
      return { park: PARKS[(first + k) % PARKS.length], items, unit: x.int(3500, 6500) };
    });
    inv.lines = inv.parks.map((pk) => ({ label: `Contrôle annuel principal – ${pk.park}`, qty: pk.items.length, unit: pk.unit, rate: 2000, total: pk.items.length * pk.unit }));
    const travel = x.int(4000, 9000);
    inv.lines.push({ label: 'Frais de déplacement et rapport', qty: 1, unit: travel, rate: 2000, total: travel });
    inv.visit = addDays(inv.date, -x.int(3, 20));
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const net = x.pick(['Net à payer', 'Montant à régler TTC', 'Total TTC']);
    const items = inv.parks.flatMap((pk) => pk.items.map((it) => [pk.park, it.label, it.norm, it.ok ? 'Conforme' : 'Non conforme – voir rapport', plainMoney(inv, pk.unit)]));
    return {
      font: x.pick(['Liberation Sans', 'Liberation Serif']), size: 9, margins: [14, 15, 22, 15],
      body: [
        columns([96, 84], [paras(supplierTexts(inv, x), { firstSize: 13 }), [p('Organisme de contrôle des équipements d’aires collectives de jeux', { size: 7.5, i: true, align: 'right' }), p(x.pick(['FACTURE', 'Facture']), { b: true, size: 15, align: 'right' })]]),
        table([60, 60, 60], [
          { cells: ['Facture n°', 'Date', net], b: true, shade: '#e8f5e9' },
          { cells: [inv.number, date(inv, inv.date), money(inv, inv.ttc)], b: true },
          [`Total HT : ${money(inv, inv.ht)}`, `TVA 20 % : ${money(inv, inv.tva)}`, `Échéance : ${date(inv, inv.due, 'slash')}`],
        ], { border: 'grid', size: 9.5, before: 4, after: 4 }),
        columns([92, 88], [[p('Références', { b: true }), ...refParas(inv)], [p(x.pick(['Client', 'Gestionnaire des aires de jeux']), { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        p(`Contrôle réalisé le ${date(inv, inv.visit, 'slash')} selon le décret n° 96-1136 et les normes NF EN 1176 / 1177.`, { size: 8.5, before: 4, after: 2 }),
        table([40, 50, 22, 46, 22], [{ cells: ['Site', 'Équipement', 'Norme', 'Résultat', 'Prix HT'], b: true, shade: '#f0f0f0' }, ...items], { border: 'grid', size: 8, align: ['left', 'left', 'left', 'left', 'right'], after: 3 }),
        table([110, 20, 24, 26], [{ cells: ['Récapitulatif', 'Équip.', 'P.U. HT', 'Montant HT'], b: true, shade: '#f0f0f0' }, ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)])], { border: 'rows', align: ['left', 'right', 'right', 'right'], size: 8.5, after: 3 }),
        p(paymentText(inv), { size: 8.5, before: 3 }),
        p(LATE_FEES, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 3. Undertaker: burial of a person without means, paid by the city. ———
const pompesFunebres = {
  name: 'x-obseques-indigent',
  family: 'indigent-funeral',
  producers: ['pdfkit'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('x-obseques-indigent', i, { cityProb: 0.8, engagementProb: 0.75, trades: ['services'], numbers: ['plain', 'sage', 'ciel', 'year2'], engagementLabels: ['engagementJuridique', 'engagement', 'bonDeCommande', 'referenceEngagement'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash', 'long', 'dots'], rates: [[2000, 1000]], groups: ['space', 'nbsp'], lines: [2, 2], rcsProb: 0.7 });
    const x = extraRng(inv, 'funeral');
    renameSupplier(inv, x.pick(['Pompes Funèbres du Furan', 'Maison Funéraire Forézienne', 'Pompes Funèbres Chazelle', 'Funérarium des Monts du Lyonnais']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '9603Z';
    const death = addDays(inv.date, -x.int(8, 30));
    inv.funeral = { death, burial: addDays(death, x.int(4, 9)), initials: `${x.pick(['M.', 'Mme'])} ${x.pick('BCDGLMPR'.split(''))}. ${x.pick('ADFHJKNS'.split(''))}.`, habilitation: `${x.int(10, 99)}-42-${x.int(100, 999)}`, cemetery: x.pick(['cimetière du Crêt de Roc', 'cimetière de Côte-Chaude', 'cimetière de Montmartre (Saint-Étienne)', 'cimetière du Soleil']), plot: `carré ${x.int(1, 40)}, terrain commun n° ${x.int(100, 999)}` };
    const prices = [['Cercueil pin 22 mm avec 4 poignées et cuvette étanche', 45000, 70000, 2000], ['Transport du corps avant mise en bière', 12000, 22000, 1000], ['Mise en bière et fermeture du cercueil', 6000, 12000, 2000], ['Corbillard et chauffeur – convoi au cimetière', 18000, 30000, 1000], ['Porteurs (4)', 20000, 36000, 2000], ['Creusement et comblement de la fosse', 35000, 55000, 2000]];
    inv.lines = prices.filter((_, k) => k !== 2 || x.chance(0.7)).map(([label, lo, hi, r]) => {
      const unit = x.int(lo, hi);
      return { label, qty: 1, unit, rate: r, total: unit };
    });
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const f = inv.funeral;
    const rows = inv.lines.map((l) => [l.label, `${l.rate / 100} %`, plainMoney(inv, l.total)]);
    return {
      font: x.pick(['Liberation Serif', 'Liberation Sans']), size: 9.5, margins: [16, 18, 22, 18],
      body: [
        p(inv.supplier.name, { b: true, size: 15, align: 'center' }),
        p(`Habilitation préfectorale n° ${f.habilitation} – ${inv.supplier.address.join(' – ')} – Tél. ${inv.supplier.phone}`, { size: 8, align: 'center', after: 6 }),
        columns([90, 90], [[p(x.pick(['Facture', 'FACTURE']), { b: true, size: 13 }), p(`N° ${inv.number}`, { b: true }), p(`Date : ${date(inv, inv.date)}`), ...refParas(inv)], [p('À l’attention de', { size: 7.5, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        p('Objet : obsèques d’une personne dépourvue de ressources suffisantes (article L. 2223-27 du CGCT)', { b: true, before: 6 }),
        p(`Défunt(e) : ${f.initials} – décès le ${date(inv, f.death, 'slash')} – inhumation le ${date(inv, f.burial, 'slash')} au ${f.cemetery}, ${f.plot}.`, { size: 8.5, after: 3 }),
        table([124, 20, 36], [{ cells: ['Prestation', 'TVA', 'Montant HT'], b: true, shade: '#eceff1' }, ...rows], { border: 'rows', align: ['left', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, x.pick(['Total TTC', 'Net à payer'])),
        p('Prestations réalisées sur réquisition du maire, sans cérémonie ni fleurs. Devis modèle réglementaire disponible en mairie.', { size: 8, i: true, before: 3 }),
        p(paymentText(inv), { size: 8.5, before: 3 }),
        p(`Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, { size: 7, before: 2, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

export default [serrurier, airesJeux, pompesFunebres];

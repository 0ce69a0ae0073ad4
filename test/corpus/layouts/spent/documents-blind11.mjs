// Blind-11 layouts written in the shared document description (see ../../README.md): a graffiti-removal company's
// monthly statement under a framework agreement (one row per request from the city's reporting service: address,
// surface, method, m² with two decimals, price per m²; urgent removals of offensive tags as a surcharge), a sculptor's
// balance invoice for a commissioned artwork (the original work at 5,5 %, the plinth and installation at 20 %, the
// instalments invoiced at signature and at the model's approval deducted; some under the artists' franchise, exempt
// from VAT), and a carpet and upholstery cleaner's invoice for a theatre's seats and a building's carpets (seats
// counted, m², curtains taken down and rehung, a contractual discount on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, legalLine, LATE_FEES, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { monthBefore, monthName, refParagraphs, totalsTable, withUnit } from '../../lib/blind9.mjs';
import { priceLines, vatSummary } from '../../lib/blind10.mjs';
import { areaTotal, deductInstalments, maybeRelabel11, squareMetres } from '../../lib/blind11.mjs';

// ——— 1. Graffiti removal: a month of requests under a framework agreement. ———
const STREETS = ['rue Michelet', 'place Chavanelle', 'rue de la Résistance', 'cours Victor Hugo', 'rue Gambetta', 'passage Sainte-Catherine', 'rue Pierre Bérard', 'boulevard Daguerre', 'rue des Martyrs de Vingré', 'place du Peuple', 'rue Badouillère', 'avenue de Rochetaillée'];
const SURFACES = ['façade pierre', 'enduit gratté', 'brique', 'béton brut', 'rideau métallique', 'mobilier urbain (abri, armoire)', 'mur de soutènement', 'boiserie peinte'];
const METHODS = [['Hydrogommage basse pression', 1800, 2800], ['Nettoyage haute pression eau chaude + décapant gel', 1400, 2200], ['Peinture de recouvrement teinte support', 1100, 1700], ['Décapant biodégradable et rinçage', 1600, 2400]];
const graffitis = {
  name: 'k-graffitis-m2',
  family: 'graffiti-removal-per-square-metre',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('k-graffitis-m2', i, { ...CITY_HEAVY, trades: ['services', 'btp'], numbers: ['plain', 'odoo', 'ebp', 'hash'], engagementLabels: ['engagement', 'ej', 'engagementJuridique', 'bonDeCommande', 'ejBc'], marketProb: 0.8, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'graffiti');
    renameSupplier(inv, x.pick(['Façades Nettes Loire', 'Anti-Tag Services Forez', 'Stéph’Net Façades', 'Hydro-Décap Rhône-Loire']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8122Z';
    maybeRelabel11(inv, x);
    const month = monthBefore(inv.date);
    inv.month = month;
    inv.lines = Array.from({ length: x.int(4, 9) }, () => {
      const [method, lo, hi] = x.pick(METHODS);
      const centiM2 = x.int(150, 4800);
      const unit = x.int(lo / 10, hi / 10) * 10;
      return { day: { y: month.y, m: month.m, d: x.int(1, 28) }, request: `${month.y % 100}-${x.digits(5)}`, address: `${x.int(1, 90)} ${x.pick(STREETS)}`, surface: x.pick(SURFACES), method, centiM2, qty: centiM2 / 100, unit, total: areaTotal(centiM2, unit), rate: 2000 };
    }).sort((a, b) => a.day.d - b.day.d);
    const urgent = inv.lines.filter(() => x.chance(0.25)).length;
    if (urgent) inv.lines.push({ day: null, label: `Majoration intervention urgente sous 4 h (tags injurieux) × ${urgent}`, qty: urgent, unit: x.int(60, 120) * 100, rate: 2000 });
    if (x.chance(0.4)) {
      const centiM2 = x.int(800, 6000);
      const unit = x.int(90, 160) * 10;
      inv.lines.push({ day: null, label: `Application d’un vernis anti-graffiti permanent – ${x.pick(['école Jacquard', 'gymnase du Portail Rouge', 'mairie annexe de la Rivière'])}`, centiM2, qty: centiM2 / 100, unit, total: areaTotal(centiM2, unit), rate: 2000 });
    }
    return priceLines(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Accord-cadre n°', 'Marché n°', 'Marché à bons de commande n°'], service: ['Code service', 'Service', 'Service propreté urbaine'] });
    const head = ['Date', 'Demande', 'Adresse – support', 'Procédé', 'Surface', 'P.U. HT / m²', 'Montant HT'];
    const rows = inv.lines.map((l) => (l.day
      ? [date(inv, l.day, 'slash'), l.request, `${l.address}\n${l.surface}`, l.method, squareMetres(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]
      : [{ text: l.label, span: 4 }, ...[l.centiM2 ? squareMetres(l.qty) : String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)].map((text) => ({ text, align: 'right' }))]));
    const surface = inv.lines.filter((l) => l.day).reduce((s, l) => s + l.centiM2, 0) / 100;
    const accent = x.pick(['#00695c', '#283593', '#4e342e']);
    const idRows = [[x.pick(['Facture n°', 'N° de facture', 'Facture']), inv.number], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Période', monthName(inv.month)]];
    const me = supplierTexts(inv, x);
    return {
      font: producer === 'chromium' ? x.pick(['DejaVu Sans', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Sans Narrow']), size: 8.6, margins: [13, 14, 20, 14],
      body: [
        columns([108, 74], [[...paras(me, { firstSize: 13.5 }), p('Effacement de graffitis – nettoyage de façades – protection anti-tags', { size: 7.4, i: true, color: accent })], [space(4), p(x.pick(['Destinataire', 'Facturé à', 'Client']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(4),
        p(x.pick(['FACTURE – RELEVÉ MENSUEL DES INTERVENTIONS', 'Facture récapitulative mensuelle', 'FACTURE']), { b: true, size: 13, color: accent }),
        table([36, 50], idRows.map(([k, v], n) => ({ cells: [k, v], b: n === 0 })), { border: 'none', size: 8.8, after: 1 }),
        ...refParagraphs(refs, 8.6),
        p(`Interventions réalisées sur demande du service de la propreté urbaine (signalements « Allô Mairie ») en ${monthName(inv.month)} – surface totale traitée : ${squareMetres(surface)}.`, { size: 8.2, before: 2, after: 2 }),
        table([17, 19, 42, 40, 17, 20, 27], [{ cells: head, b: true, shade: '#eceff1', size: 7.6 }, ...rows], { border: 'grid', size: 7.6, align: ['left', 'left', 'left', 'left', 'right', 'right', 'right'], after: 3 }),
        totalsTable(inv, dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Montant TTC', 'Net à payer']) }), { widths: [50, 30], indent: 102 }),
        p('Prix unitaires du bordereau de l’accord-cadre, surfaces relevées contradictoirement ; photographies avant / après transmises au service.', { size: 7.4, color: '#444444', before: 3 }),
        p(paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

// ——— 2. Sculptor: the balance of a commissioned artwork. ———
const WORKS = [
  ['« La Ronde des Passementiers »', 'bronze patiné à la cire, fonte à la cire perdue', 'H 2,10 m', 'rond-point de la Rivière'],
  ['« Envol »', 'acier Corten découpé et plié', 'H 4,50 m', 'parvis du groupe scolaire Jules Ferry'],
  ['« Mémoire du Puits Couriot »', 'granit du Forez taillé et poli', '1,80 × 0,90 × 0,60 m', 'square de la Mine'],
  ['« Les Veilleurs »', 'trois figures en fonte d’aluminium', 'H 1,60 m chacune', 'jardin de la médiathèque de Carnot'],
  ['« Vagues de Furan »', 'inox poli miroir et pierre de Volvic', '3,20 × 1,10 m', 'esplanade de la piscine de la Cotonne'],
];
const SCULPTORS = ['Clémence Aubert-Noyel', 'Yanis Ferrand', 'Mathilde Roche', 'Antoine Lebrat', 'Solène Vachier'];
/** An earlier invoice of the same series: its year where the number leads with one, a smaller count. */
function earlierNumber(number, when, k, x) {
  const withYear = number.replace(/^(F-)?(\d{4})(?=-)/, (all, prefix = '') => `${prefix}${when.y}`).replace(/^(\d{2})(?=-\d{5}$)/, String(when.y % 100).padStart(2, '0'));
  return withYear.replace(/\d+$/, (digits) => String(Math.max(1, Math.floor((Number(digits) * (k + 1)) / 4) - x.int(0, 9))).padStart(digits.length, '0'));
}
const sculpteur = {
  name: 'k-oeuvre-sculpteur',
  family: 'commissioned-artwork-balance',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    // Artists-authors under the franchise of art. 293 B III print no VAT; the others charge 5,5 % on the work.
    const exempt = i === 1;
    const inv = makeInvoice('k-oeuvre-sculpteur', i, { supplier: 'micro', cityProb: 0.75, engagementProb: 0.7, numbers: ['micro', 'year2', 'plain'], engagementLabels: ['engagement', 'engagementJuridique', 'ej', 'bonDeCommande'], marketProb: 0.6, serviceProb: 0.55, dateStyles: ['long', 'slash'], groups: ['space', 'nbsp'], lines: [1, 1], ibanProb: 0.95, buyerSiretProb: 0.5 });
    const x = extraRng(inv, 'sculpture');
    renameSupplier(inv, x.pick(SCULPTORS), 'EI');
    inv.supplier.tagline = x.pick(['Sculpteur', 'Artiste plasticienne – sculpture', 'Sculpteur – plasticien']);
    inv.supplier.mda = `${x.pick(['R', 'S', 'T'])}${x.digits(6)}`;
    maybeRelabel11(inv, x, 0.3);
    const [title, material, size, site] = x.pick(WORKS);
    const rates = exempt ? [0] : [550, 2000];
    inv.vatExempt = exempt ? 'TVA non applicable, article 293 B III du CGI' : null;
    inv.work = { title, material, size, site, contract: addDays(inv.date, -x.int(200, 420)), model: addDays(inv.date, -x.int(90, 180)), inaugurated: addDays(inv.date, -x.int(2, 20)), programme: x.pick(['au titre du « 1 % artistique »', 'dans le cadre de la commande publique artistique', 'au titre du programme « L’art dans la ville »']) };
    inv.lines = [
      { label: `Œuvre originale ${title} – ${material}, ${size}, exemplaire unique signé, conception et réalisation`, qty: 1, unit: x.int(180, 650) * 10000, rate: rates[0] },
      { label: `Socle et fondations – ${x.pick(['béton armé habillé de pierre', 'platine acier galvanisé scellée', 'massif béton désactivé'])} (fabrication sous-traitée)`, qty: 1, unit: x.int(30, 120) * 10000, rate: rates.at(-1) },
      { label: 'Transport, levage et installation sur site (grue, balisage)', qty: 1, unit: x.int(25, 90) * 10000, rate: rates.at(-1) },
    ];
    if (x.chance(0.5)) inv.lines.push({ label: 'Cartel gravé et notice d’entretien de l’œuvre', qty: 1, unit: x.int(40, 120) * 1000, rate: rates.at(-1) });
    priceLines(inv, rates);
    // The commission contract's schedule: 30 % at signature, 40 % at the model's approval, the balance now.
    const earlier = x.chance(0.75) ? [[30, 'à la signature de la convention', inv.work.contract], [40, 'à la validation de la maquette', inv.work.model]] : [[x.pick([30, 40, 50]), 'à la signature de la convention', inv.work.contract]];
    inv.instalments = deductInstalments(inv, earlier.map(([pct, why, d], k) => ({ pct, why, date: addDays(d, x.int(3, 15)), number: earlierNumber(inv.number, addDays(d, 3), k, x) })));
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const w = inv.work;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de commande artistique n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service culture'] });
    const exempt = Boolean(inv.vatExempt);
    const rows = inv.lines.map((l) => (exempt ? [l.label, plainMoney(inv, l.total)] : [l.label, rate(l.rate), plainMoney(inv, l.total)]));
    const summary = vatSummary(inv);
    const totals = [[x.pick(['Prix total HT de la commande', 'Total HT', 'Montant total HT']), inv.ht]];
    if (exempt) totals.push(['TVA', 0]);
    else for (const [r, base, amount] of summary) totals.push([`TVA ${rate(r)} sur ${plainMoney(inv, base)}`, amount]);
    totals.push([exempt ? x.pick(['Total', 'Montant total']) : x.pick(['Total TTC', 'Montant total TTC']), inv.ttc]);
    for (const it of inv.instalments) totals.push([`Acompte ${it.pct} % ${it.why} – facture n° ${it.number} du ${date(inv, it.date, 'slash')}`, -it.amount]);
    totals.push([x.pick(['Solde à payer', 'Net à payer', 'Reste dû']), inv.net, true]);
    const pdf = producer === 'pdfkit';
    return {
      font: pdf ? x.pick(['Times', 'Helvetica']) : x.pick(['Liberation Serif', 'DejaVu Serif', 'Liberation Sans']), size: 9.4, margins: [18, 20, 22, 20],
      body: [
        p(s.name, { b: true, size: 15 }),
        p(s.tagline, { i: true, size: 9.5 }),
        ...paras(supplierTexts(inv, x).slice(2), { size: 8.4 }).map((b) => ({ ...b, b: false })),
        p(`Artiste-auteur – n° d’identification URSSAF Limousin (artistes-auteurs) ${s.mda}`, { size: 7.8, color: '#555555' }),
        space(6),
        columns([84, 86], [[
          p(`${x.pick(['FACTURE DE SOLDE', 'Facture de solde', 'FACTURE – SOLDE'])}`, { b: true, size: 13 }),
          p(`${x.pick(['N°', 'Numéro', 'Facture n°'])} ${inv.number}`, { b: true }),
          p(`${x.pick(['Date :', 'Le', 'Fait le'])} ${date(inv, inv.date)}`),
        ], [...paras(buyerTexts(inv, x))]]),
        space(4),
        p(`Objet : commande d’une œuvre d’art ${w.programme} – ${w.site}.`, { b: true, size: 9 }),
        p(`Convention de commande signée le ${date(inv, w.contract, 'slash')} ; maquette validée le ${date(inv, w.model, 'slash')} ; œuvre installée et réceptionnée le ${date(inv, w.inaugurated, 'slash')}.`, { size: 8.6, after: 2 }),
        ...refParagraphs(refs, 8.8),
        space(2),
        table(exempt ? [140, 30] : [122, 18, 30], [{ cells: exempt ? ['Désignation', 'Montant HT'] : ['Désignation', 'TVA', 'Montant HT'], b: true, line: 'bottom' }, ...rows], { border: 'rows', size: 8.6, align: exempt ? ['left', 'right'] : ['left', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [118, 30], indent: 22, size: 8.6 }),
        exempt ? p(inv.vatExempt, { size: 8.2, i: true, before: 3 }) : p('Livraison d’une œuvre d’art par son auteur : TVA 5,5 % (art. 278-0 bis I du CGI) ; socle, transport et installation : TVA 20 %.', { size: 7.8, i: true, before: 3 }),
        p('Œuvre cédée avec ses droits de présentation publique ; l’artiste conserve son droit moral et ses droits de reproduction (art. L. 121-1 et L. 122-4 du code de la propriété intellectuelle).', { size: 7.4, color: '#444444', before: 2 }),
        p(paymentText(inv), { size: 8.6, before: 3 }),
        p(`Paiement à ${x.pick(['30', '30', '45'])} jours. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.5 })],
    };
  },
};

// ——— 3. Carpet and upholstery cleaning: a theatre's seats and a building's carpets. ———
const HALLS = [['Grand Théâtre Massenet – salle', 520, 780], ['Opéra – petite salle', 180, 320], ['Salle du conseil municipal', 60, 90], ['Auditorium du conservatoire', 220, 380], ['Cinéma municipal Le Méliès', 150, 260]];
const CARPETS = ['Salons d’honneur de l’Hôtel de Ville', 'Bureaux de la direction générale (2e étage)', 'Foyer du public', 'Médiathèque – espace jeunesse', 'Couloirs de la mairie annexe'];
const moquettes = {
  name: 'k-fauteuils-moquettes',
  family: 'carpet-and-upholstery-cleaning',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('k-fauteuils-moquettes', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['dolibarr', 'sage', 'plain', 'ciel'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'commande', 'numeroBonCommande'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[2000]], discountPct: [0, 0, 5, 8], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'carpets');
    renameSupplier(inv, x.pick(['Tapis et Sièges Propreté', 'Net’Fibres Loire', 'Injection-Extraction Services', 'Moquette Clean Forez']), x.pick(['SARL', 'SAS', 'EURL']));
    inv.supplier.ape = '8129B';
    maybeRelabel11(inv, x);
    const [hall, lo, hi] = x.pick(HALLS);
    const seats = x.int(lo, hi);
    inv.site = { hall, seats, from: addDays(inv.date, -x.int(6, 25)) };
    inv.site.to = addDays(inv.site.from, x.int(0, 3));
    inv.lines = [{ label: `Nettoyage des fauteuils par injection-extraction (assise et dossier) – ${hall}`, qty: seats, unit: x.int(45, 95) * 10, rate: 2000, unitName: 'fauteuil' }];
    if (x.chance(0.5)) inv.lines.push({ label: 'Traitement anti-taches fluorocarboné des assises', qty: seats, unit: x.int(15, 35) * 10, rate: 2000, unitName: 'fauteuil' });
    const carpetCount = x.int(1, 2);
    const first = x.int(0, CARPETS.length - 1);
    for (let k = 0; k < carpetCount; k++) {
      const centiM2 = x.int(40, 650) * 100 + x.pick([0, 0, 50]);
      const unit = x.int(32, 65) * 10;
      inv.lines.push({ label: `Shampooing moquette, détachage et séchage – ${CARPETS[(first + k) % CARPETS.length]}`, qty: centiM2 / 100, centiM2, unit, total: areaTotal(centiM2, unit), rate: 2000, unitName: 'm²' });
    }
    if (x.chance(0.5)) inv.lines.push({ label: 'Rideaux de scène : dépose, nettoyage à sec et repose (par lé)', qty: x.int(4, 12), unit: x.int(60, 140) * 100, rate: 2000, unitName: 'lé' });
    if (x.chance(0.4)) inv.lines.push({ label: 'Nettoyage de tapis (atelier, enlèvement et livraison)', qty: x.int(1, 5), unit: x.int(70, 190) * 100, rate: 2000, unitName: 'tapis' });
    return priceLines(inv);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const site = inv.site;
    const refs = refPairs(inv, x);
    const qtyText = (l) => (l.unitName === 'm²' ? squareMetres(l.qty) : l.unitName === 'tapis' ? `${l.qty} tapis` : withUnit(l.qty, l.unitName));
    const rows = inv.lines.map((l, k) => [String(k + 1), l.label, qtyText(l), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contractuelle ${inv.discountPct} %`, -inv.discount]);
    totals.push(...dueRows(inv, { ht: x.pick(['Total HT', 'Net HT']), ttc: x.pick(['Total TTC', 'Montant TTC', 'Net à payer']) }));
    const me = supplierTexts(inv, x);
    const meta = [[x.pick(['Facture N°', 'N° facture', 'Facture n°']), inv.number], [x.pick(['Date', 'Date facture']), date(inv, inv.date)], ['Réf. client', inv.clientCode], ...refs];
    return {
      font: x.pick(['Helvetica', 'Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 15, 22, 15],
      body: [
        table([96, 84], [[{ blocks: [...paras(me, { firstSize: 13 }), p('Nettoyage textile – moquettes, sièges, tentures, tapis', { size: 7.6, i: true })] }, { blocks: [p(x.pick(['FACTURE', 'Facture']), { b: true, size: 18, align: 'right' }), table([36, 46], meta.map(([k, v], n) => ({ cells: [k, v], b: n === 0 })), { border: 'grid', size: 8.4, before: 2 })] }]], { border: 'none', pad: 0, valign: 'top' }),
        space(6),
        columns([96, 84], [[p(`Chantier : ${site.hall}`, { b: true }), p(`${site.seats} fauteuils – intervention ${site.to.d === site.from.d && site.to.m === site.from.m ? `le ${date(inv, site.from, 'slash')}` : `du ${date(inv, site.from, 'slash')} au ${date(inv, site.to, 'slash')}`}, hors heures d’ouverture`, { size: 8.2 })], [p(x.pick(['Adresse de facturation', 'Client']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(4),
        table([8, 100, 22, 22, 28], [{ cells: ['', 'Désignation', 'Quantité', 'P.U. HT', 'Total HT'], b: true, shade: '#e8eaf6' }, ...rows], { border: x.pick(['grid', 'head']), size: 8.2, align: ['left', 'left', 'right', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [56, 30], indent: 94 }),
        rule(),
        p('Séchage complet sous 6 à 12 heures ; les sièges peuvent être utilisés le lendemain de l’intervention.', { size: 7.6, before: 2 }),
        p(paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

export default [graffitis, sculpteur, moquettes];

// Blind-20 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a
// conservator-restorer's invoice for a museum's paintings (a block per work with its inventory number, technique and
// size; treatments by the hour, the stretcher, materials, the report; laboratory analyses as disbursements outside VAT
// on some; the provision paid with the order deducted with its own number on some; a sole trader under the VAT
// franchise of art. 293 B on 3 of 8; the condition report on a second page on some), printed by LibreOffice; a stage
// machinery company's yearly inspection of a theatre's flying system (equipment checked per unit, load tests, steel
// ropes by the metre, a technician's hours; the equipment with its working load and result printed for information;
// the maintenance contract's and the inspection report's numbers, the contract not a market; a contract discount on
// some), drawn by PDFKit through the shared description; and a roofer's repairs after a storm on a public building
// (emergency tarpaulins, an aerial platform by the day, tiles by the unit, ridge and zinc gutters by the metre with
// two decimals, the road-occupation fee as a disbursement outside VAT on some; the insurer's claim number, the
// storm's date and the loss adjuster's report printed; a 5 % retention on 2), printed from a Calc sheet.
import { columns, p, pagebreak, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { placeAndDate } from '../../lib/blind12.mjs';
import { communeBuyer, engagementSentence } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { soleTraderLegalLine } from '../../lib/blind16.mjs';
import { deductPaid } from '../../lib/blind18.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { claimNumber, maybeRelabel20 } from '../../lib/blind20.mjs';

// ——— 1. Conservator-restorer: a museum's paintings, treatment by treatment. ———
const WORKS = [
  ['Portrait de femme à l’éventail', 'École française, XIXe siècle', 'Huile sur toile', '81 × 65 cm'],
  ['Vue de la vallée du Furan', 'Attribué à J. Rivière', 'Huile sur toile', '54 × 73 cm'],
  ['Scène de forge', 'Anonyme, vers 1880', 'Huile sur toile', '114 × 146 cm'],
  ['Bouquet de pivoines', 'M. Berthon', 'Huile sur panneau', '46 × 38 cm'],
  ['Saint Étienne en prière', 'Atelier lyonnais, XVIIe siècle', 'Huile sur toile', '162 × 114 cm'],
  ['Paysage du Pilat sous la neige', 'L. Ferrand', 'Huile sur carton', '33 × 41 cm'],
];
const TREATMENTS = [
  ['Constat d’état, documentation photographique (lumière directe, rasante, UV)', 2, 4],
  ['Refixage et consolidation de la couche picturale', 4, 16],
  ['Dépoussiérage et décrassage de la surface', 2, 6],
  ['Allègement du vernis oxydé et des repeints', 6, 24],
  ['Comblement des lacunes et réintégration illusionniste', 5, 20],
  ['Vernissage final', 1, 3],
];
const RESTORERS = [['Atelier Lacroix', 'Marion Lacroix'], ['Atelier Cassagne', 'Julien Cassagne'], ['Atelier des Trois Pinceaux', 'Anne Morel']];
const restauration = {
  name: 's-restauration-tableau',
  family: 'painting-conservation-museum',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('s-restauration-tableau', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['micro', 'plain', 'pennylane'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['long', 'slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.4 });
    const x = extraRng(inv, 'restorer');
    const exempt = [1, 4, 6].includes(i);
    const [workshop, person] = RESTORERS[i % RESTORERS.length];
    if (exempt) {
      renameSupplier(inv, workshop, 'EI');
      franchise(inv, person);
    } else renameSupplier(inv, x.pick(['Conservation-Restauration Patrimoine Loire', 'Atelier Régional de Restauration des Peintures', 'Arcanes Restauration']), x.pick(['SARL', 'SCOP SARL', 'SAS']));
    inv.supplier.ape = '9003B';
    otherBuyer(inv, x, 0.4);
    communeBuyer(inv, x);
    localReferences(inv, x);
    maybeRelabel20(inv, x);
    inv.museum = x.pick(['Musée municipal des Beaux-Arts', 'Musée de la Mine et du Patrimoine', 'Maison du Patrimoine', 'Trésor de l’église paroissiale (objet classé)']);
    inv.opinion = x.chance(0.6) ? `${inv.date.y - x.int(0, 1)}-${String(x.int(10, 420)).padStart(4, '0')}` : null;
    inv.quote = `DEV-${inv.date.y - 1}-${x.digits(3)}`;
    inv.quoteDate = addDays(inv.date, -x.int(160, 320));
    inv.due = addDays(inv.date, 30);
    const hourly = x.int(42, 68) * 100;
    inv.hourly = hourly;
    const first = x.int(0, WORKS.length - 1);
    inv.works = Array.from({ length: x.int(1, 3) }, (_, k) => {
      const [title, artist, technique, size] = WORKS[(first + k) % WORKS.length];
      return { title, artist, technique, size, inventory: x.pick([`Inv. ${x.int(850, 999)}.${x.int(1, 9)}.${x.int(1, 40)}`, `D ${inv.date.y - x.int(20, 60)}-${x.int(1, 9)}-${x.int(1, 30)}`, `${x.int(1950, 2010)}.${x.digits(4)}`]), lines: [] };
    });
    const rateOf = exempt ? 0 : 2000;
    inv.lines = [];
    for (const work of inv.works) {
      for (const [label, lo, hi] of TREATMENTS) if (label.startsWith('Constat') || label.startsWith('Vernissage') || x.chance(0.6)) work.lines.push({ label, qty: x.int(lo, hi), unit: hourly, rate: rateOf, unitText: 'h' });
      if (x.chance(0.4)) work.lines.push({ label: 'Châssis neuf à clés en pin, tension et mise sur châssis', qty: 1, unit: x.int(180, 420) * 100, rate: rateOf, unitText: 'forfait' });
      work.lines.push({ label: 'Fournitures (papier japon, colle esturgeon, vernis de retouche, pigments)', qty: 1, unit: x.int(40, 160) * 100, rate: rateOf, unitText: 'forfait' });
      inv.lines.push(...work.lines);
    }
    inv.lines.push({ label: 'Rapport de restauration (deux exemplaires et fichiers numériques)', qty: 1, unit: x.int(150, 380) * 100, rate: rateOf, unitText: 'forfait' });
    inv.lab = x.chance(0.4) ? { label: `Analyses stratigraphiques (${x.int(2, 4)} prélèvements) – laboratoire, débours sur justificatif`, qty: 1, unit: x.int(280, 760) * 100, rate: 0, unitText: 'forfait', debours: true } : null;
    if (inv.lab) inv.lines.push(inv.lab);
    priceLines(inv, exempt ? [0] : [2000, 0]);
    inv.paid = x.chance(0.5) ? deductPaid(inv, x, 30, addDays(inv.date, -x.int(60, 150))) : null;
    inv.annex = x.chance(0.5);
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const exempt = Boolean(inv.vatExempt);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de restauration n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service des musées (code)'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = x.pick(['Facture n°', 'N° de facture', 'Facture', 'Numéro']);
    const dated = x.chance(0.4);
    const unitPrice = (l) => (l.unitText === 'h' ? `${plainMoney(inv, l.unit)} /h` : plainMoney(inv, l.unit));
    const rows = [];
    for (const work of inv.works) {
      rows.push({ cells: [{ text: `${work.inventory} – « ${work.title} », ${work.artist} – ${work.technique}, ${work.size}`, span: 4 }], b: true, shade: '#f3efe6' });
      for (const l of work.lines) rows.push([l.label, `${frNumber(l.qty)} ${l.unitText}`, unitPrice(l), plainMoney(inv, l.total)]);
    }
    for (const l of inv.lines.filter((line) => !inv.works.some((w) => w.lines.includes(line)))) rows.push([l.label, `${frNumber(l.qty)} ${l.unitText}`, unitPrice(l), plainMoney(inv, l.total)]);
    const taxed = inv.vat.find((v) => v.rate === 2000);
    const debours = inv.lab ? inv.lab.total : 0;
    const totals = exempt
      ? [[x.pick(['Total', 'Montant total HT']), inv.ht], ['TVA', 'non applicable'], [x.pick(['Total TTC', 'Total à payer']), inv.ttc, !inv.paid]]
      : [[x.pick(['Total prestations HT', 'Total HT (hors débours)']), taxed.base], [`TVA ${rate(2000)}`, taxed.amount], ...(debours ? [['Débours (hors champ de la TVA)', debours], [x.pick(['Total HT', 'Total hors taxes débours inclus']), inv.ht]] : []), ['Total TTC', inv.ttc, !inv.paid]];
    if (inv.paid) totals.push([`Acompte versé à la commande (facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, -inv.paid.amount], [x.pick(['Reste à payer', 'Net à payer', 'Solde dû']), inv.net, true]);
    const idRows = [[numberLabel, { text: inv.number, b: true }], ...(dated ? [] : [[x.pick(['Date', 'Date de facture']), date(inv, inv.date)]]), ['Devis accepté', `${inv.quote} du ${fmtDate(inv.quoteDate, 'slash')}`], ...shown.map(([k, v]) => [k, { text: v, b: true }])];
    const annex = inv.annex ? [
      pagebreak(),
      p('ANNEXE – RÉSUMÉ DU CONSTAT D’ÉTAT (pour information)', { b: true, size: 10 }),
      ...inv.works.map((w) => p(`${w.inventory} – « ${w.title} » : ${x.pick(['soulèvements en écailles dans la moitié inférieure', 'vernis fortement jauni, chancis localisés', 'déchirure en L de 6 cm au centre, ancienne pièce au revers', 'encrassement général, repeints débordants sur le ciel'])} ; ${x.pick(['toile d’origine saine', 'châssis fixe déformé', 'cadre stable, dorure lacunaire', 'couche picturale stable après refixage'])}.`, { size: 8.4, before: 2 })),
      p(`Conditions de conservation préconisées : ${x.int(18, 20)} °C, humidité relative ${x.int(45, 55)} % ± 5, éclairement ≤ 150 lux.`, { size: 8.4, before: 4 }),
    ] : [];
    return {
      font: x.pick(['Liberation Serif', 'DejaVu Serif', 'Liberation Sans']), size: 9, margins: [16, 18, 22, 18],
      body: [
        columns([96, 84], [[p(s.name, { b: true, size: 14 }), p(exempt ? `${s.person}, conservatrice-restauratrice du patrimoine diplômée (Master CRBC)` : 'Conservation-restauration de peintures de chevalet – habilitée « Musées de France »', { size: 7.6, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 8 })], [...(dated ? [p(placeAndDate(inv, inv.dateStyle === 'long' ? 'long' : 'slash'), { align: 'right', size: 9 }), space(4)] : [space(8)]), ...paras(buyerTexts(inv, x), { size: 9 }), p(`À l’attention de la conservation – ${inv.museum}`, { size: 8, i: true })]]),
        space(5),
        p('FACTURE', { b: true, size: 15, align: 'center' }),
        table([44, 56], idRows, { border: 'rows', size: 8.6, before: 3 }),
        p(`Objet : restauration de ${inv.works.length > 1 ? `${inv.works.length} œuvres` : 'l’œuvre'} des collections – ${inv.museum}${inv.opinion ? ` (avis de la commission scientifique régionale n° ${inv.opinion})` : ''}.`, { size: 8.8, before: 4, b: true }),
        ...(sentence ? [p(sentence, { size: 8.6, i: true, before: 2 })] : []),
        table([104, 20, 26, 30], [{ cells: ['Intervention', 'Quantité', exempt ? 'Prix unitaire' : 'P.U. HT', exempt ? 'Montant' : 'Montant HT'], b: true, shade: '#e8e0d0' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 4, after: 3 }),
        totalsTable(inv, totals, { widths: [78, 30], indent: 72, size: 8.6 }),
        rule(),
        ...(exempt ? [p('TVA non applicable, art. 293 B du CGI.', { size: 8 })] : []),
        ...(inv.lab ? [p('Débours : frais de laboratoire engagés au nom et pour le compte du client, refacturés à l’euro près (art. 267 II 2° du CGI).', { size: 7.2, color: '#444444' })] : []),
        p(paymentText(inv), { size: 8.4, before: 3 }),
        p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8, before: 2 }),
        ...annex,
      ],
      footer: [p(exempt ? soleTraderLegalLine(inv, s.person) : legalLine(inv), { align: 'center', size: 6.4 }), p('Page {page} / {pages}', { align: 'right', size: 6.4 })],
    };
  },
};

// ——— 2. Stage machinery: the yearly inspection of a theatre's flying system. ———
const VENUES = ['Théâtre municipal', 'Opéra – grande salle', 'Maison de la culture', 'Salle des fêtes', 'Auditorium du conservatoire', 'Espace culturel – salle de spectacle'];
const EQUIPMENT = [['Porteuse motorisée', 250, 500], ['Équipe contrebalancée', 150, 350], ['Rideau de fer (manœuvre et freinage)', 0, 0], ['Treuil à tambour', 300, 750], ['Pont d’éclairage motorisé', 400, 900], ['Moteur à chaîne 500 kg', 500, 500]];
const machinerie = {
  name: 's-machinerie-scenique',
  family: 'stage-machinery-inspection',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('s-machinerie-scenique', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['ebp', 'sage', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'commandePublique'], marketProb: 0.4, serviceProb: 0.5, dateStyles: ['slash', 'iso', 'long'], rates: [[2000]], discountPct: [0, 0, 0, 5, 10], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'stage');
    renameSupplier(inv, x.pick(['Scénotech Machinerie', 'Cintres et Porteuses Services', 'Ateliers Scéniques du Centre', 'Rhône-Loire Équipements Scéniques']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '3320C';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel20(inv, x);
    inv.venue = x.pick(VENUES);
    inv.contract = `CE-${inv.date.y - x.int(1, 4)}-${x.digits(4)}`;
    inv.report = `RV-${inv.date.y}-${x.digits(4)}`;
    inv.visit = addDays(inv.date, -x.int(5, 30));
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.equipment = [];
    let n = 1;
    for (const [label, lo, hi] of EQUIPMENT) {
      if (!x.chance(0.7)) continue;
      const count = /Rideau/.test(label) ? 1 : x.int(1, 7);
      for (let k = 0; k < count; k++) inv.equipment.push({ id: `${label.startsWith('Rideau') ? 'RF' : label.slice(0, 2).toUpperCase()}-${String(n++).padStart(2, '0')}`, label, cmu: lo ? x.int(lo / 50, hi / 50) * 50 : null, ok: x.chance(0.85) });
    }
    if (!inv.equipment.length) inv.equipment.push({ id: 'PO-01', label: EQUIPMENT[0][0], cmu: 250, ok: true });
    const byKind = [...new Set(inv.equipment.map((e) => e.label))];
    inv.lines = byKind.map((label) => ({ label: `Vérification périodique – ${label}`, qty: inv.equipment.filter((e) => e.label === label).length, unit: x.int(45, 160) * 100, rate: 2000 }));
    const loaded = inv.equipment.filter((e) => e.cmu);
    if (loaded.length && x.chance(0.7)) inv.lines.push({ label: 'Essai de charge statique à 1,25 × CMU (lest et dynamomètre)', qty: Math.min(loaded.length, x.int(1, 6)), unit: x.int(90, 180) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Remplacement de câbles acier Ø 6 mm galvanisés (par mètre, serre-câbles et cosses compris)', qty: x.int(20, 180), unit: x.int(6, 14) * 100, rate: 2000, unitText: 'm' });
    if (x.chance(0.5)) inv.lines.push({ label: 'Main-d’œuvre technicien cintrier (reprise des réserves)', qty: x.int(2, 14), unit: x.int(55, 72) * 100, rate: 2000, unitText: 'h' });
    inv.lines.push({ label: 'Déplacement et nacelle (forfait par visite)', qty: 1, unit: x.int(120, 380) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de maintenance scénique n°', 'N° de marché'], service: ['Code service', 'Service', 'Direction de la culture (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = x.pick(['N° facture', 'Facture n°', 'Pièce', 'N° de pièce']);
    const refsBeside = x.chance(0.5);
    const ids = [[numberLabel, { text: inv.number, b: true }], [x.pick(['Date', 'Date facture', 'Date de pièce']), date(inv, inv.date)], ['Contrat d’entretien', inv.contract], ['Rapport de vérification', `${inv.report} du ${fmtDate(inv.visit, 'slash')}`], ['Code client', inv.clientCode]];
    const refRows = shown.map(([k, v]) => [k, { text: v, b: true }]);
    const rows = inv.lines.map((l) => [l.label, `${frNumber(l.qty)}${l.unitText ? ` ${l.unitText}` : ''}`, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contrat d’entretien ${inv.discountPct} %`, -inv.discount]);
    totals.push([x.pick(['Total HT', 'Net HT']), inv.ht], [x.pick(['TVA 20 %', 'Total TVA']), inv.tva], [x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC']), inv.ttc, true]);
    const equipment = inv.equipment.map((e) => [e.id, e.label, e.cmu ? `${frNumber(e.cmu)} kg` : '—', e.ok ? 'Conforme' : x.pick(['Observation', 'À reprendre'])]);
    return {
      font: x.pick(['Helvetica', 'Times']), size: 8.6, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [[p(s.name, { b: true, size: 14, color: '#4a148c' }), p('Machinerie scénique – cintres, porteuses, rideaux de fer – vérifications et maintenance', { size: 7.2, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.8 })], [p('FACTURE', { b: true, size: 16, align: 'right' }), space(2), table([34, 46], ids, { border: 'grid', size: 7.8 })]]),
        space(4),
        columns([88, 92], [[p(x.pick(['Lieu d’intervention', 'Site']), { size: 7, color: '#666666' }), p(inv.venue, { b: true }), p(`Visite du ${fmtDate(inv.visit, 'slash')}`, { size: 8 }), ...(refsBeside ? [] : [space(2), table([40, 40], refRows, { border: 'rows', size: 8 })])], [p(x.pick(['Facturé à', 'Client', 'Destinataire']), { size: 7, color: '#666666' }), ...paras(buyerTexts(inv, x)), ...(refsBeside ? [space(2), table([42, 42], refRows, { border: 'rows', size: 8 })] : [])]]),
        ...(sentence ? [p(sentence, { i: true, size: 8.2, before: 3 })] : []),
        table([108, 18, 26, 28], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#ede7f6' }, ...rows], { border: 'rows', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 4, after: 2 }),
        totalsTable(inv, totals, { widths: [68, 30], indent: 82, size: 8.4 }),
        p(`Équipements vérifiés (extrait du rapport ${inv.report}, pour information)`, { b: true, size: 7.8, before: 4 }),
        table([20, 92, 30, 38], [{ cells: ['Repère', 'Équipement', 'CMU', 'Résultat'], b: true, shade: '#f5f5f5' }, ...equipment], { border: 'grid', size: 7, align: ['left', 'left', 'right', 'left'] }),
        p('Vérification selon l’arrêté du 25 juin 1980 (art. L 57) et la norme NF EN 17206. Le contrat d’entretien ne vaut pas marché public.', { size: 7, before: 3, color: '#555555' }),
        p(paymentText(inv), { size: 8.2, before: 3 }),
        p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.6, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('{page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 3. Roofer after a storm: emergency tarpaulins, tiles, ridge and gutters, the insurer's claim. ———
const BUILDINGS = ['École élémentaire Jules Ferry', 'Gymnase municipal du Soleil', 'Église Saint-Roch (propriété communale)', 'Salle des fêtes', 'Médiathèque', 'Groupe scolaire de la Cotonne'];
const couvreur = {
  name: 's-couvreur-sinistre',
  family: 'roofer-storm-damage-claim',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('s-couvreur-sinistre', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['sage', 'ciel', 'plain', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'bdc'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'roof');
    renameSupplier(inv, x.pick(['Toitures du Pilat', 'Couverture Zinguerie Faure', 'Charpente Couverture du Gier', 'Les Toits Stéphanois']), x.pick(['SARL', 'SAS', 'EURL']));
    inv.supplier.ape = '4391B';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel20(inv, x);
    inv.building = x.pick(BUILDINGS);
    inv.storm = addDays(inv.date, -x.int(20, 70));
    inv.claim = claimNumber(x);
    inv.expertise = `EXP-${inv.storm.y}-${x.digits(5)}`;
    inv.due = addDays(inv.date, x.pick([30, 45]));
    if (i === 2 || i === 5) inv.retenuePct = 5;
    const centi = (lo, hi) => x.int(lo, hi) / 100;
    inv.lines = [
      { label: `Intervention d’urgence du ${fmtDate(addDays(inv.storm, 1), 'slash')} : bâchage provisoire de la toiture (bâche armée, liteaux, lestage)`, qty: x.int(40, 220), unit: x.int(9, 16) * 100, rate: 2000, unitText: 'm²' },
      { label: 'Nacelle articulée 20 m avec opérateur (par jour)', qty: x.int(1, 4), unit: x.int(420, 690) * 100, rate: 2000, unitText: 'j' },
      { label: 'Remplacement de tuiles mécaniques à emboîtement (fourniture et pose)', qty: x.int(30, 420), unit: x.int(8, 16) * 100, rate: 2000, unitText: 'u' },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Faîtage scellé au mortier bâtard, tuiles faîtières', qty: centi(400, 2400), unit: x.int(55, 95) * 100, rate: 2000, unitText: 'ml' });
    if (x.chance(0.6)) inv.lines.push({ label: 'Gouttière demi-ronde zinc développé 33, crochets et talons', qty: centi(600, 3600), unit: x.int(48, 82) * 100, rate: 2000, unitText: 'ml' });
    if (x.chance(0.4)) inv.lines.push({ label: 'Descente d’eaux pluviales zinc Ø 80', qty: centi(300, 1200), unit: x.int(42, 68) * 100, rate: 2000, unitText: 'ml' });
    inv.lines.push({ label: 'Évacuation des gravats et tuiles cassées en déchetterie', qty: 1, unit: x.int(90, 260) * 100, rate: 2000, unitText: 'forfait' });
    for (const l of inv.lines) l.total = Math.round(l.qty * l.unit);
    inv.fee = x.chance(0.5) ? { label: 'Redevance d’occupation du domaine public (arrêté de voirie), débours', qty: 1, unit: x.int(35, 180) * 100, rate: 0, unitText: 'forfait' } : null;
    if (inv.fee) inv.lines.push(inv.fee);
    return priceLines(inv, inv.fee ? [2000, 0] : [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de couverture n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service bâtiments (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const head = { b: true, border: 'grid', shade: '#eceff1', align: 'center', size: 8 };
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Numéro', 'Pièce n°']);
    const placed = x.chance(0.4);
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.4 } : null, null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Maître d’ouvrage', 'Facturé à']), span: 3, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 3, b: k === 1 } : null, null, null,
    ]);
    const idRows = [
      [{ v: 'FACTURE', b: true, size: 15, span: 2 }, null, ...blank(2), ...(placed ? [{ v: placeAndDate(inv, 'slash'), span: 3, align: 'right' }, null, null] : blank(3))],
      [{ v: numberLabel, span: 2 }, null, { v: inv.number, b: true, span: 2, align: 'left' }, null, ...blank(3)],
      ...(placed ? [] : [[{ v: x.pick(['Date', 'Date facture']), span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left', span: 2 }, null, ...blank(3)]]),
      [{ v: 'Chantier', span: 2 }, null, { v: inv.building, span: 5, align: 'left' }, null, null, null, null],
      [{ v: 'Sinistre', span: 2 }, null, { v: `tempête du ${fmtDate(inv.storm, 'slash')} – dossier assureur n° ${inv.claim}`, span: 5, align: 'left' }, null, null, null, null],
      [{ v: 'Expertise', span: 2 }, null, { v: `rapport ${inv.expertise}`, span: 5, align: 'left' }, null, null, null, null],
      ...shown.map(([k, v]) => [{ v: k, span: 2, wrap: true }, null, { v, b: true, span: 2, align: 'left' }, null, ...blank(3)]),
    ];
    const qtyText = (l) => (l.unitText === 'ml' ? `${frNumber(l.qty, 2)} ml` : `${frNumber(l.qty)} ${l.unitText}`);
    const body = inv.lines.map((l) => [{ v: l.label, span: 3, border: 'grid', wrap: true, size: 8 }, null, null, { v: qtyText(l), border: 'grid', size: 8, align: 'right' }, cur(l.unit, { border: 'grid', size: 8 }), { v: l.rate ? '20 %' : 'débours', border: 'grid', size: 8, align: 'center' }, cur(l.total, { border: 'grid', size: 8 })]);
    const taxed = inv.vat.find((v) => v.rate === 2000);
    const totals = [[x.pick(['Total HT travaux', 'Montant HT']), taxed.base], [x.pick(['TVA 20 %', 'Montant TVA 20 %']), taxed.amount]];
    if (inv.fee) totals.push(['Débours (non soumis à TVA)', inv.fee.total], [x.pick(['Total HT (débours inclus)', 'Total hors taxes']), inv.ht]);
    totals.push([x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.retenue]);
    if (inv.retenue) totals.push([`Retenue de garantie ${inv.retenuePct} %`, -inv.retenue], [x.pick(['Net à payer', 'Reste à régler']), inv.net, true]);
    const rows = [
      ...top,
      blank(7),
      ...idRows,
      ...(sentence ? [[{ v: sentence, span: 7, i: true, size: 8.4, wrap: true }, ...blank(6)]] : []),
      blank(7),
      [{ v: 'Désignation des travaux', ...head, span: 3 }, null, null, { v: 'Quantité', ...head }, { v: 'P.U. HT', ...head }, { v: 'TVA', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.8 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      [{ v: 'Facture établie pour être transmise à votre assureur dommages aux biens ; le règlement reste dû par le maître d’ouvrage.', span: 7, size: 7.6, i: true, wrap: true }, ...blank(6)],
      ...(inv.retenue ? [[{ v: 'Retenue de garantie libérable un an après la réception des travaux (loi n° 71-584 du 16 juillet 1971).', span: 7, size: 7.6, wrap: true }, ...blank(6)]] : []),
      [{ v: paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, span: 7, size: 7, wrap: true }, ...blank(6)],
      [{ v: `${legalLine(inv)} – Assurance décennale ${x.pick(['SMABTP', 'MAAF Pro', 'AXA'])} n° ${x.digits(9)}`, span: 7, size: 6.8, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [22, 24, 48, 24, 22, 16, 28], margins: [12, 12, 14, 12], rows };
  },
};

export default [restauration, machinerie, couvreur];

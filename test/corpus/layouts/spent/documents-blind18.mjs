// Blind-18 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a
// security-systems installer's half-year invoice (the alarm and CCTV maintenance contract's instalment, the call-outs
// with their intervention slips, labour and travel, the parts replaced with their serial numbers; a contract discount
// on some), printed by PDFKit and LibreOffice as an EBP-like form; an election equipment rental for a commune (voting
// booths, accessible booths, ballot boxes, poster boards per polling station and per round, delivery and pick-up; the
// rounds' dates; the deposit paid with the order deducted as « Payé » on some), printed as a Dolibarr-like PDF by
// Chromium and LibreOffice; and a skip-hire company's invoice for a public body's works site (skips by the day,
// rotations with their weighbridge tickets, treatment per tonne with three decimals, the landfill tax TGAP), printed
// from a Calc sheet.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { communeBuyer, engagementSentence, redate, ribOf } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { deductPaid, maybeRelabel18, sundayFrom, tonnes } from '../../lib/blind18.mjs';

// ——— 1. Security systems: the maintenance contract's half-year, call-outs and parts. ———
const ALARM_SITES = ['Hôtel de Ville', 'Médiathèque de Tarentaize', 'Groupe scolaire Jacquard', 'Centre technique municipal', 'Gymnase du Portail Rouge', 'Musée de la Mine', 'Conservatoire Massenet'];
const CAUSES = ['déclenchements intempestifs', 'défaut secteur sur la centrale', 'caméra hors ligne', 'clavier hors service', 'autoprotection ouverte', 'défaut de transmission vers le télésurveilleur'];
const PARTS = [['Détecteur infrarouge bi-technologie', 'DT-', 8900, 16500], ['Sirène intérieure 110 dB', 'SI-', 7500, 12900], ['Batterie plomb 12 V 7 Ah', 'BAT-', 2400, 3900], ['Clavier de commande LCD', 'KP-', 18900, 29900], ['Contact d’ouverture magnétique', 'CO-', 1800, 3500], ['Caméra dôme IP 4 MP', 'CAM-', 24000, 42000], ['Transmetteur IP/GSM', 'TX-', 21000, 33000]];
const alarme = {
  name: 'g-alarme-maintenance',
  family: 'security-systems-maintenance-callouts',
  producers: ['pdfkit', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('g-alarme-maintenance', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['ebp', 'sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'bcShort'], marketProb: 0.45, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[2000]], discountPct: [0, 0, 5, 8], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'alarm');
    renameSupplier(inv, x.pick(['Alarme Sécurité Loire', 'Protection Électronique Forez', 'Télésurveillance du Gier', 'Sécuritec Rhône-Loire']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8020Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel18(inv, x);
    const y = inv.date.y;
    const firstHalf = x.chance(0.5);
    redate(inv, { y, m: firstHalf ? 1 : 7, d: x.int(2, 12) });
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.contract = `CM-${y - x.int(1, 3)}-${x.digits(4)}`;
    inv.half = firstHalf ? { from: { y, m: 1, d: 1 }, to: { y, m: 6, d: 30 } } : { from: { y, m: 7, d: 1 }, to: { y, m: 12, d: 31 } };
    const first = x.int(0, ALARM_SITES.length - 1);
    inv.sites = Array.from({ length: x.int(3, 6) }, (_, k) => ALARM_SITES[(first + k) % ALARM_SITES.length]);
    const yearly = x.int(18, 64) * 5000;
    inv.lines = [{ ref: 'MAINT-S', label: `Contrat de maintenance n° ${inv.contract} – intrusion et vidéoprotection – ${inv.sites.length} sites – échéance semestrielle du ${fmtDate(inv.half.from, 'slash')} au ${fmtDate(inv.half.to, 'slash')}`, qty: 1, unit: yearly / 2, rate: 2000 }];
    const hourly = x.int(58, 78) * 100;
    const travel = x.int(35, 65) * 100;
    inv.callouts = [];
    const previous = addDays(inv.date, -x.int(20, 120));
    for (let k = 0; k < x.int(1, 3); k++) {
      const day = addDays(previous, k * x.int(5, 20));
      const quarters = x.int(3, 12);
      const c = { day, site: x.pick(inv.sites), cause: x.pick(CAUSES), slip: `BI${x.digits(6)}`, arrival: `${x.int(7, 16)}h${x.pick(['00', '15', '30', '45'])}`, hours: quarters / 4 };
      inv.callouts.push(c);
      inv.lines.push({ ref: 'MO-TECH', label: `Intervention du ${fmtDate(day, 'slash')} – ${c.site} – ${c.cause} (bon d’intervention ${c.slip}, arrivée ${c.arrival})`, qty: c.hours, unit: hourly, rate: 2000 });
      inv.lines.push({ ref: 'DEPL', label: 'Déplacement technicien', qty: 1, unit: travel, rate: 2000 });
    }
    for (let k = 0; k < x.int(1, 3); k++) {
      const [label, prefix, lo, hi] = PARTS[(i + k * 2 + x.int(0, 1)) % PARTS.length];
      inv.lines.push({ ref: `${prefix}${x.digits(4)}`, label: `${label} – S/N ${x.pick(['', '2', 'A'])}${x.digits(8)}`, qty: x.int(1, 2), unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de maintenance n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service exécutant'] });
    const inBuyer = x.chance(0.4);
    const me = supplierTexts(inv, x);
    const numberLabel = x.pick(['N° facture', 'Facture n°', 'Numéro', 'N° de pièce']);
    const box = table([34, 40], [[numberLabel, { text: inv.number, b: true }], [x.pick(['Date', 'Date facture', 'Date :']), date(inv, inv.date)], ['Code client', inv.clientCode], ['Contrat', inv.contract], ['Page', '1/1']], { border: 'grid', size: 8.4 });
    const rows = inv.lines.map((l) => [l.ref, l.label, frNumber(l.qty, Number.isInteger(l.qty) ? 0 : 2), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contractuelle ${inv.discountPct} %`, -inv.discount]);
    totals.push([x.pick(['Total HT', 'Total H.T.', 'Montant net HT']), inv.ht], [x.pick(['Total TVA', 'TVA 20 %']), inv.tva], [x.pick(['Total TTC', 'Net à payer', 'Total T.T.C.']), inv.ttc, true]);
    const vatTable = table([18, 28, 28], [{ cells: ['Taux', 'Base HT', 'Montant TVA'], b: true, shade: '#eeeeee' }, [rate(2000), plainMoney(inv, inv.ht), plainMoney(inv, inv.tva)]], { border: 'grid', size: 7.6, align: ['left', 'right', 'right'] });
    const sentence = inv.engagement && !inBuyer && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.6, margins: [14, 15, 24, 15],
      body: [
        columns([104, 76], [[...paras(me, { firstSize: 13 }), p('Alarme intrusion – vidéoprotection – contrôle d’accès – télésurveillance', { size: 7.2, i: true, color: '#b71c1c' })], [p(x.pick(['FACTURE', 'Facture']), { b: true, size: 17, align: 'right', color: '#b71c1c' }), space(2), box]]),
        space(5),
        columns([96, 84], [[...(inBuyer ? [] : shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4, b: true }))), p(`Sites couverts : ${inv.sites.join(', ')}.`, { size: 7.8, before: 2 })], [p(x.pick(['Adresse de facturation', 'Client', 'Destinataire']), { size: 7.2, color: '#666666' }), ...paras(buyerTexts(inv, x)), ...(inBuyer ? shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4 })) : [])]]),
        ...(sentence ? [p(sentence, { size: 8.2, i: true, before: 2 })] : []),
        table([22, 94, 14, 22, 28], [{ cells: ['Référence', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#ffebee' }, ...rows], { border: x.pick(['grid', 'rows']), size: 7.8, align: ['left', 'left', 'right', 'right', 'right'], before: 4, after: 3 }),
        columns([80, 100], [[p('Détail TVA', { size: 7.4, b: true }), vatTable], [totalsTable(inv, totals, { widths: [62, 30], indent: 8 })]]),
        rule(),
        p(`Main-d’œuvre facturée au quart d’heure ; interventions hors contrat. Prochaine visite préventive prévue au cours du semestre suivant.`, { size: 7.2, color: '#444444', before: 1 }),
        p(paymentText(inv), { size: 8.2, before: 3 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Entreprise certifiée APSAD – autorisation CNAPS AUT-042-' + String(2100 + inv.index * 37), { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 2. Election equipment rental: booths, ballot boxes, poster boards for one or two rounds. ———
const ELECTIONS = ['Élections municipales', 'Élections européennes', 'Élections législatives', 'Élections départementales et régionales', 'Élection présidentielle'];
const elections = {
  name: 'g-materiel-elections',
  family: 'election-equipment-rental',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('g-materiel-elections', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'vote');
    renameSupplier(inv, x.pick(['Location Événementielle du Forez', 'Urnes et Isoloirs Services', 'Collectivités Équipement Location', 'Loire Matériel Public']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7739Z';
    communeBuyer(inv, x);
    localReferences(inv, x);
    maybeRelabel18(inv, x);
    const y = inv.date.y;
    inv.election = ELECTIONS[(i + x.int(0, 4)) % ELECTIONS.length];
    inv.tour1 = sundayFrom({ y, m: x.pick([3, 4, 6]), d: x.int(6, 16) });
    inv.rounds = x.chance(0.7) ? 2 : 1;
    inv.tour2 = inv.rounds === 2 ? addDays(inv.tour1, x.pick([7, 14])) : null;
    const last = inv.tour2 ?? inv.tour1;
    inv.order = addDays(inv.tour1, -x.int(40, 80));
    inv.delivery = addDays(inv.tour1, -x.int(2, 4));
    inv.pickup = addDays(last, x.int(1, 3));
    redate(inv, addDays(last, x.int(4, 16)));
    inv.number = `FA${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${inv.number.slice(-4)}`;
    inv.due = addDays(inv.date, 30);
    inv.bureaux = x.int(3, 14);
    const r = inv.rounds;
    inv.lines = [
      { label: `Isoloir pliant standard (location par tour de scrutin)`, qty: inv.bureaux * x.int(2, 3) * r, unit: x.int(18, 32) * 100, rate: 2000 },
      { label: `Isoloir accessible PMR (location par tour de scrutin)`, qty: inv.bureaux * r, unit: x.int(28, 45) * 100, rate: 2000 },
      { label: `Urne transparente 1 000 bulletins avec compteur (location par tour)`, qty: inv.bureaux * r, unit: x.int(24, 40) * 100, rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Panneaux d’affichage électoral – jeu de 10 panneaux sur pieds (la période)', qty: x.int(2, 8), unit: x.int(90, 160) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Table de dépouillement pliante 180 × 80 (la période)', qty: inv.bureaux * 2, unit: x.int(8, 14) * 100, rate: 2000 });
    inv.lines.push({ label: `Livraison le ${fmtDate(inv.delivery, 'slash')} et reprise le ${fmtDate(inv.pickup, 'slash')} (par bureau de vote)`, qty: inv.bureaux, unit: x.int(25, 55) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    inv.paid = x.chance(0.5) ? deductPaid(inv, x, x.pick([30, 40, 50]), addDays(inv.order, x.int(2, 8))) : null;
    // Dolibarr numbers a deposit invoice in the month it was made: FAyymm-nnnn.
    if (inv.paid) inv.paid.number = `FA${String(inv.paid.date.y % 100).padStart(2, '0')}${String(inv.paid.date.m).padStart(2, '0')}-${String(x.int(100, 9999)).padStart(4, '0')}`;
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché', 'Marché de location n°'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const head = [
      p(`Facture ${inv.number}`, { b: true, size: 14, align: 'right' }),
      p(`Date facturation : ${date(inv, inv.date)}`, { size: 8.2, align: 'right' }),
      p(`Date échéance : ${date(inv, inv.due)}`, { size: 8.2, align: 'right' }),
      p(`Code client : ${inv.clientCode}`, { size: 8.2, align: 'right' }),
      ...(inv.engagement ? [p(`Réf. client : ${inv.engagement.label} ${inv.engagement.written}`, { size: 8.2, align: 'right' })] : []),
      p(`Commande : CO${String(inv.order.y % 100).padStart(2, '0')}${String(inv.order.m).padStart(2, '0')}-${String(inv.index * 17 + 31).padStart(4, '0')} du ${fmtDate(inv.order, 'slash')}`, { size: 8.2, align: 'right' }),
    ];
    const others = refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const rows = inv.lines.map((l) => [l.label, '20%', plainMoney(inv, l.unit), String(l.qty), plainMoney(inv, l.total)]);
    const totals = [['Total HT', plainMoney(inv, inv.ht)], ['Total TVA 20%', plainMoney(inv, inv.tva)], ['Total TTC', plainMoney(inv, inv.ttc), true]];
    if (inv.paid) totals.push([`Payé (acompte ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, plainMoney(inv, inv.paid.amount)], ['Reste à payer', plainMoney(inv, inv.net), true]);
    const rib = ribOf(s.iban);
    const bank = inv.print.iban
      ? [p('Règlement par virement sur le compte bancaire suivant :', { size: 7.6 }), table([20, 20, 34, 12], [['Code banque', 'Code guichet', 'Numéro de compte', 'Clé'], [rib.bank, rib.branch, rib.account, rib.key]], { border: 'grid', size: 7.2 }), p(`IBAN : ${iban(inv)}`, { size: 7.6 }), p(`BIC/SWIFT : ${s.bic}`, { size: 7.6 })]
      : [p('Mode de règlement : Mandat administratif', { size: 7.6 })];
    const sentence = x.chance(0.5) ? `${inv.election} – ${inv.rounds === 2 ? `1er tour le ${fmtDate(inv.tour1, 'long')}, 2nd tour le ${fmtDate(inv.tour2, 'long')}` : `scrutin du ${fmtDate(inv.tour1, 'long')}`} – ${inv.bureaux} bureaux de vote.` : `Matériel de vote – ${inv.election} (${inv.rounds} tour${inv.rounds > 1 ? 's' : ''}, ${inv.bureaux} bureaux de vote) : tour(s) du ${[inv.tour1, inv.tour2].filter(Boolean).map((d) => fmtDate(d, 'slash')).join(' et du ')}.`;
    return {
      font: producer === 'chromium' ? 'DejaVu Sans' : x.pick(['DejaVu Sans', 'Liberation Sans']), size: 8.4, margins: [12, 12, 22, 14],
      body: [
        columns([90, 94], [[p(s.name, { b: true, size: 15, color: '#3f51b5' }), p('Location de matériel pour collectivités et événements', { size: 7.4, i: true })], head]),
        space(5),
        columns([88, 8, 88], [[p('Émetteur', { size: 7.4 }), table([86], [[{ blocks: paras(supplierTexts(inv, x), { size: 8.2 }) }]], { border: 'box', valign: 'top', pad: 2 })], [p('')], [p('Adressé à', { size: 7.4 }), table([86], [[{ blocks: [...paras(buyerTexts(inv, x), { size: 8.4 }), ...others.map(([k, v]) => p(`${k} : ${v}`, { size: 8.2 }))] }]], { border: 'box', valign: 'top', pad: 2 })]]),
        space(3),
        p(sentence, { size: 8.2 }),
        p('Montants exprimés en Euros', { size: 7.2, align: 'right', before: 2 }),
        table([100, 14, 24, 14, 30], [{ cells: ['Désignation', 'TVA', 'P.U. HT', 'Qté', 'Total HT'], shade: '#e8eaf6' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'right', 'right'], after: 4 }),
        columns([96, 86], [[p('Conditions de règlement : 30 jours', { size: 7.6 }), ...bank], [table([52, 32], totals.map(([k, v, strong]) => ({ cells: [k, v], b: strong, shade: strong ? '#e8eaf6' : undefined })), { border: 'grid', size: 8.2, align: ['left', 'right'] })]]),
        p(LATE_FEES, { size: 6.6, before: 4, color: '#555555' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('{page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 3. Skip hire: skips by the day, rotations, treatment per tonne and the landfill tax. ———
const WORKS = ['Travaux de la cour de l’école Jacquard', 'Démolition de l’ancien vestiaire – stade Méon', 'Curage de la salle des fêtes', 'Élagage du parc de Montaud', 'Réfection de la toiture du gymnase Gachet', 'Vidage des caves de l’ancienne école de la Rivière'];
const WASTES = [['Gravats inertes (béton, briques, tuiles)', 1400, 2600, false], ['Déchets non dangereux en mélange (DIB)', 13000, 17500, true], ['Déchets verts', 4200, 6800, false], ['Bois de classe B', 7800, 11500, false], ['Plâtre', 9500, 12500, true]];
const TGAP = { 2024: 6100, 2025: 6500, 2026: 6800 };
const bennes = {
  name: 'g-location-bennes',
  family: 'waste-skip-hire-tonnes-tgap',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('g-location-bennes', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'ciel', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'commande'], marketProb: 0.45, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'skip');
    renameSupplier(inv, x.pick(['Bennes Services Forez', 'Loire Environnement Bennes', 'Gier Recyclage Location', 'Ondaine Bennes et Transports']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '3811Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel18(inv, x);
    inv.site = WORKS[(i + x.int(0, 5)) % WORKS.length];
    inv.chantier = `CH-${x.digits(5)}`;
    const from = addDays(inv.date, -x.int(20, 45));
    const days = x.int(5, 24);
    inv.skip = { size: x.pick(['8 m³', '10 m³', '15 m³', '30 m³ (ampliroll)']), from, to: addDays(from, days), days };
    redate(inv, addDays(inv.skip.to, x.int(1, 6)));
    inv.due = addDays(inv.date, x.pick([30, 45]));
    const wastes = [WASTES[i % WASTES.length], ...WASTES.filter((_, k) => k !== i % WASTES.length && x.chance(0.3))].slice(0, 2);
    inv.rotations = [];
    const n = x.int(2, 6);
    for (let k = 0; k < n; k++) {
      const w = wastes[k % wastes.length];
      inv.rotations.push({ day: addDays(from, Math.floor(((k + 1) * days) / (n + 1))), ticket: `P${x.digits(7)}`, waste: w, kg: x.int(800, 7800) });
    }
    inv.lines = [
      { label: `Location benne ${inv.skip.size} – du ${fmtDate(from, 'slash')} au ${fmtDate(inv.skip.to, 'slash')}`, qtyText: `${days} j`, qty: days, unit: x.int(6, 14) * 100, rate: 2000 },
      { label: 'Rotation : enlèvement, transport au centre de traitement, remise en place', qtyText: String(n), qty: n, unit: x.int(120, 210) * 100, rate: 2000 },
    ];
    let taxable = 0;
    for (const w of wastes) {
      const kg = inv.rotations.filter((r) => r.waste === w).reduce((s, r) => s + r.kg, 0);
      const perTonne = x.int(w[1] / 100, w[2] / 100) * 100;
      inv.lines.push({ label: `Traitement – ${w[0]}`, qtyText: `${tonnes(kg)} t`, qty: kg / 1000, unit: perTonne, total: Math.round((kg * perTonne) / 1000), rate: 2000 });
      if (w[3]) taxable += kg;
    }
    if (taxable) {
      const tgap = TGAP[inv.date.y] ?? 6500;
      inv.tgap = { kg: taxable, unit: tgap };
      inv.lines.push({ label: 'TGAP – taxe générale sur les activités polluantes (stockage de déchets non dangereux)', qtyText: `${tonnes(taxable)} t`, qty: taxable / 1000, unit: tgap, total: Math.round((taxable * tgap) / 1000), rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'N° de marché'], service: ['Code service', 'Service', 'Code service destinataire'] });
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? '#e65100' : undefined } : null, null, null,
      k === 0 ? { v: x.pick(['Client', 'Facturé à', 'Adresse de facturation']), span: 4, size: 7.5, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 4, b: k === 1 } : null, null, null, null,
    ]);
    const head = { b: true, border: 'grid', shade: '#fff3e0', align: 'center', size: 8 };
    const numberLabel = x.pick(['N° de pièce', 'Pièce', 'N° facture', 'Numéro']);
    const idRows = [
      [{ v: x.pick(['FACTURE', 'Facture']), b: true, size: 14, span: 2 }, null, ...blank(5)],
      [{ v: numberLabel, span: 2 }, null, { v: inv.number, b: true, span: 2, align: 'left' }, null, ...blank(3)],
      [{ v: x.pick(['Date', 'Date de pièce', 'Date facture']), span: 2 }, null, { v: iso(inv.date), type: 'date', align: 'left', span: 2 }, null, ...blank(3)],
      [{ v: 'Compte client', span: 2 }, null, { v: inv.clientCode, span: 2, align: 'left' }, null, ...blank(3)],
      [{ v: 'Chantier', span: 2 }, null, { v: `${inv.chantier} – ${inv.site}`, span: 5, align: 'left' }, null, null, null, null],
      ...refs.map(([k, v]) => [{ v: k, span: 2 }, null, { v, b: true, span: 2, align: 'left' }, null, ...blank(3)]),
    ];
    const body = inv.lines.map((l) => [{ v: l.label, span: 3, border: 'grid', wrap: true, size: 8 }, null, null, { v: l.qtyText, border: 'grid', size: 8, align: 'right' }, cur(l.unit, { border: 'grid', size: 8 }), { v: '20 %', border: 'grid', size: 8, align: 'center' }, cur(l.total, { border: 'grid', size: 8 })]);
    const tickets = inv.rotations.map((r) => [{ v: iso(r.day), type: 'date', border: 'grid', size: 7.6, align: 'left' }, { v: r.ticket, border: 'grid', size: 7.6 }, { v: r.waste[0], span: 4, border: 'grid', size: 7.6 }, null, null, null, { v: `${tonnes(r.kg)} t`, border: 'grid', size: 7.6, align: 'right' }]);
    const totals = [[x.pick(['Total HT', 'Montant HT', 'Base HT']), inv.ht], [x.pick(['TVA 20 %', 'Montant TVA']), inv.tva], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), inv.ttc, true]];
    const rows = [
      ...top,
      blank(7),
      ...idRows,
      blank(7),
      [{ v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Quantité', ...head }, { v: 'P.U. HT', ...head }, { v: 'TVA', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.8 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      [{ v: 'Tickets de pesée (pont-bascule du centre de traitement)', b: true, span: 7, size: 8.4 }, ...blank(6)],
      [{ v: 'Date', ...head }, { v: 'Ticket', ...head }, { v: 'Déchet', ...head, span: 4 }, null, null, null, { v: 'Poids net', ...head }],
      ...tickets,
      blank(7),
      ...(inv.tgap ? [[{ v: `TGAP ${inv.date.y} : ${frNumber(inv.tgap.unit / 100, 2)} € par tonne de déchets non dangereux stockés, répercutée au réel des pesées.`, span: 7, size: 7.4, i: true }, ...blank(6)]] : []),
      [{ v: paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Échéance : ${date(inv, inv.due)}. ${LATE_FEES}`, span: 7, size: 7, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.8, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [22, 24, 44, 22, 24, 14, 30], margins: [12, 12, 14, 12], rows };
  },
};

export default [alarme, elections, bennes];

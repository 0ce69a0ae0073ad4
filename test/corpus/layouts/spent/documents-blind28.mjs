// Blind-28 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a speech
// therapist's fee note for the children of a programme of educational success (assessments and individual sessions per
// child with their dates, the child's initials and file number of seven digits, a multidisciplinary meeting; exempt as
// care by an auxiliary medical profession, art. 261-4-1°: `totalTVA` 0.00 and HT = TTC; ADELI and RPPS numbers; dated
// after the place), a Writer document; a psychologist's analysis of professional practice for the staff of a nursery
// or a youth service (sessions per team with their dates, travel by the kilometre; a sole trader under the VAT
// franchise of art. 293 B on half, a firm of psychologists at 20 % on the other half with a parking fee advanced as a
// disbursement outside VAT on some; the identity in a row of boxes), printed by LibreOffice and PDFKit; and an indoor
// air-quality survey of nurseries and schools printed from a Calc sheet (the visit per building, formaldehyde and
// benzene tubes and CO2 loggers per room, the report; each room's results and its tubes' seven-digit numbers printed
// for information; the identity as labels beside values in boxed cells; a discount for a group purchase on some; a
// long campaign runs onto a second page on one).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, plainMoney, rate, siret } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { placeAndDate } from '../../lib/blind12.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { caseNumber, initials, notInFuture } from '../../lib/blind22.mjs';
import { seven } from '../../lib/blind25.mjs';
import { adeli, careBuyer, dayList, maybeRelabel28, rpps } from '../../lib/blind28.mjs';

/** Weekly days of a month from its `start`-th day: the dates of regular sessions. */
function weekly(month, start, count) {
  const out = [];
  for (let d = addDays(month.from, start); d.m === month.from.m && out.length < count; d = addDays(d, 7)) out.push(d);
  return out;
}

// ——— 1. A speech therapist's fee note for a programme of educational success: a hand-made Writer document. ———
const THERAPISTS = ['Claire Montagne', 'Sophie Berthéas', 'Julien Faure-Brac', 'Amandine Royon'];
const CLASSES = ['GS', 'CP', 'CE1', 'CE2', 'CM1'];
const ECOLES = ['école Jules Ferry', 'école du Soleil', 'école Chavanelle', 'école La Métare', 'école Jean Macé'];
const ortho = {
  name: 'o-orthophonie-reussite-educative',
  family: 'speech-therapist-fee-note-educational-success-exempt-care',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('o-orthophonie-reussite-educative', i, { supplier: 'micro', cityProb: 0.4, engagementProb: 0.7, numbers: ['micro', 'carnet', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.12, serviceProb: 0.5, dateStyles: ['long', 'slash'], groups: ['space', 'none'], lines: [1, 1] });
    const x = extraRng(inv, 'speech');
    const person = THERAPISTS[i % THERAPISTS.length];
    renameSupplier(inv, person, 'EI');
    inv.supplier.person = person;
    inv.supplier.tagline = 'Orthophoniste';
    inv.supplier.ape = '8690E';
    inv.vatExempt = 'Exonération de TVA – article 261-4-1° du CGI (soins dispensés par les auxiliaires médicaux)';
    careBuyer(inv, x, 'success', 0.9);
    localReferences(inv, x);
    maybeRelabel28(inv, x);
    notInFuture(inv);
    inv.adeli = adeli(x, '91');
    inv.rpps = rpps(x);
    const month = previousMonth(inv.date);
    inv.period = `${MONTHS[month.from.m - 1]} ${month.from.y}`;
    inv.children = Array.from({ length: x.int(1, 3) }, () => ({ who: initials(x).replace(/^(M\.|Mme) /, ''), file: caseNumber(x, month.from.y), level: x.pick(CLASSES), school: x.pick(ECOLES), lines: [] }));
    inv.lines = [];
    for (const child of inv.children) {
      if (x.chance(0.5)) child.lines.push({ label: x.pick(['Bilan orthophonique du langage oral', 'Bilan du langage écrit (lecture, orthographe)', 'Bilan de la communication et du langage oral']), qty: 1, unit: x.int(100, 140) * 100, rate: 0 });
      const days = weekly(month, x.int(0, 6), x.int(2, 4));
      child.lines.push({ label: `Séances de rééducation individuelle de 30 min (${dayList(days)})`, qty: days.length, unit: x.int(29, 38) * 100, rate: 0 });
      if (x.chance(0.3)) child.lines.push({ label: 'Participation à l’équipe pluridisciplinaire de soutien (1 h)', qty: 1, unit: x.int(45, 60) * 100, rate: 0 });
      inv.lines.push(...child.lines);
    }
    return priceLines(inv, [0]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention-marché n°', 'Réf. marché'], service: ['Code service', 'Service', 'Réussite éducative (code)'] });
    const place = x.pick(['buyer', 'table', 'sentence']);
    const sentence = place === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const where = place === 'sentence' ? 'table' : place;
    const font = x.pick(['Liberation Serif', 'Liberation Sans', 'DejaVu Sans']);
    const oneLine = x.chance(0.5);
    const big = x.pick([11, 12]);
    const rows = [];
    for (const child of inv.children) {
      rows.push({ cells: [{ text: `Enfant ${child.who} – ${child.level}, ${child.school} – dossier PRE n° ${child.file}`, span: 4, b: true }], shade: '#eeeeee' });
      for (const l of child.lines) rows.push([l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    }
    return {
      font, size: 9.4, margins: [16, 18, 20, 18], creator: 'Writer',
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14 }), p('Orthophoniste – certificat de capacité d’orthophoniste', { i: true, size: 8.4 }), ...supplierTexts(inv, x).slice(2).map((t) => p(t, { size: 8.4 })), p(`N° ADELI ${inv.adeli} – RPPS ${inv.rpps}`, { size: 8 })],
          [space(12), ...paras(buyerTexts(inv, x), { size: 9.4 }), ...(where === 'buyer' ? shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.6 })) : [])],
        ]),
        space(5),
        p(placeAndDate(inv, x.pick(['long', 'slash'])), { align: 'right' }),
        space(3),
        ...(oneLine
          ? [p(`NOTE D’HONORAIRES N° ${inv.number}`, { b: true, size: 15 }), p('valant facture', { i: true, size: 8.4 })]
          : [p('NOTE D’HONORAIRES', { b: true, size: 16 }), p([{ text: 'valant facture – n° ', size: 8 }, { text: inv.number, b: true, size: big }])]),
        ...(where === 'table' && shown.length ? [table([56, 60], shown.map(([k, v]) => [k, { text: v, b: true }]), { border: 'rows', size: 8.6, before: 2 })] : []),
        space(2),
        p(`Objet : prise en charge orthophonique au titre du programme de réussite éducative – ${inv.period}.`, { b: true }),
        ...(sentence ? [p(sentence, { i: true })] : []),
        table([104, 16, 26, 28], [{ cells: ['Acte', 'Nombre', 'Tarif', 'Montant'], b: true }, ...rows], { border: x.chance(0.5) ? 'grid' : 'rows', size: 8.6, align: ['left', 'right', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, [['Total des honoraires', inv.ht], ['TVA', 'exonérée'], ['Net à payer', inv.net, true]], { widths: [50, 30], indent: 94, size: 9.4 }),
        p(inv.vatExempt, { size: 8.4, i: true, before: 2 }),
        p('Actes réalisés à la demande de l’équipe de réussite éducative, hors prise en charge par l’Assurance maladie. Comptes rendus transmis aux familles.', { size: 8 }),
        space(3),
        p(paymentText(inv), { size: 8.8 }),
        p(`Paiement à réception. ${LATE_FEES}`, { size: 7.2 }),
        p(s.person, { align: 'right', before: 6, i: true }),
      ],
      footer: [p([`${s.name}, orthophoniste, entrepreneur individuel`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `ADELI ${inv.adeli}`, 'Membre d’une association agréée, le règlement des honoraires par chèque est accepté'].filter(Boolean).join(' – '), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 2. A psychologist's analysis of professional practice: a row of boxes, printed by LibreOffice and PDFKit. ———
const PSYS = ['Anne-Sophie Rivière', 'Nicolas Chapuis-Lamy'];
const TEAMS = ['Équipe du multi-accueil « Les Lutins »', 'Équipe de la crèche familiale', 'Assistantes maternelles du RPE', 'Équipe de l’accueil de loisirs', 'Animateurs de l’espace jeunes', 'Équipe du multi-accueil « Pom’Cannelle »'];
const psy = {
  name: 'o-psychologue-analyse-pratiques',
  family: 'psychologist-practice-analysis-sessions-row-of-boxes',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const sole = i % 2 === 0;
    const inv = makeInvoice('o-psychologue-analyse-pratiques', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: sole ? ['micro', 'carnet'] : ['plain', 'pennylane'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: sole ? 0.1 : 0.45, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'psy');
    if (sole) {
      const person = PSYS[(i / 2) % PSYS.length];
      renameSupplier(inv, person, 'EI');
      franchise(inv, person);
      inv.kind = 'micro';
      inv.supplier.tagline = 'Psychologue clinicien(ne) – superviseur(e) d’équipes';
    } else renameSupplier(inv, x.pick(['Cabinet Trajectoires – psychologues associés', 'Cabinet Horizons Psy']), 'SARL');
    inv.supplier.ape = '8690F';
    careBuyer(inv, x, x.pick(['childhood', 'youth']), 0.9);
    localReferences(inv, x);
    maybeRelabel28(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.adeli = adeli(x, '93');
    const month = previousMonth(inv.date);
    inv.period = `${MONTHS[month.from.m - 1]} ${month.from.y}`;
    const r = sole ? 0 : 2000;
    const first = x.int(0, TEAMS.length - 1);
    inv.lines = [];
    for (let k = 0; k < x.int(1, 2); k++) {
      const days = weekly(month, x.int(0, 6), x.int(1, 2)).map((d, n) => addDays(d, n * 7));
      inv.lines.push({ label: `Séance d’analyse des pratiques professionnelles (2 h) – ${TEAMS[(first + k) % TEAMS.length]} – ${dayList(days.filter((d) => d.m === month.from.m))}`, qty: days.filter((d) => d.m === month.from.m).length, unit: x.int(180, 260) * 100, rate: r });
    }
    if (x.chance(0.3)) inv.lines.push({ label: 'Débriefing d’équipe après un événement indésirable (1 h 30)', qty: 1, unit: x.int(140, 190) * 100, rate: r });
    const km = x.int(12, 90);
    inv.lines.push({ label: `Frais de déplacement (${km} km × 0,60 €)`, qty: 1, unit: km * 60, rate: r });
    inv.debours = !sole && i === 1;
    if (inv.debours) inv.lines.push({ label: 'Frais de stationnement avancés pour le compte du client (débours, justificatifs joints)', qty: 1, unit: x.int(600, 1800), rate: 0 });
    return priceLines(inv, sole ? [0] : inv.debours ? [2000, 0] : [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’analyse de la pratique n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Petite enfance (code service)'] });
    const place = x.pick(['buyer', 'refs', 'sentence']);
    const sentence = place === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const where = place === 'sentence' ? 'refs' : place;
    const boxes = [[inv.kind === 'micro' ? 'Facture n°' : 'Numéro', inv.number], ['Date', date(inv, inv.date)], ['Échéance', fmtDate(inv.due, 'slash')], ['Période', inv.period]];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), inv.vatExempt ? '–' : l.rate ? rate(l.rate) : 'hors TVA', plainMoney(inv, l.total)]);
    const outside = inv.lines.filter((l) => l.rate === 0).reduce((sum, l) => sum + l.total, 0);
    let totals;
    if (inv.vatExempt) totals = [['Total HT', inv.ht], ['TVA', 'non applicable'], ['Net à payer', inv.net, true]];
    else if (inv.debours) totals = [['Honoraires HT', inv.ht - outside], ['Débours (hors TVA)', outside], ['Total HT', inv.ht], ['TVA 20 % sur honoraires', inv.tva], ['Total TTC', inv.ttc], [x.pick(['Net à payer', 'Montant dû']), inv.net, true]];
    else totals = [['Total HT', inv.ht], ['TVA 20 %', inv.tva], ['Total TTC', inv.ttc], [x.pick(['Net à payer', 'Montant dû']), inv.net, true]];
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [15, 16, 20, 16], creator: x.pick(['Writer', 'Facturation cabinet']),
      body: [
        columns([96, 84], [
          [p(s.name, { b: true, size: 13 }), p(s.tagline ?? 'Psychologues du travail et cliniciens – supervision d’équipes', { i: true, size: 7.8 }), ...supplierTexts(inv, x).slice(s.tagline ? 2 : 1).map((t) => p(t, { size: 8 })), p(`N° ADELI ${inv.adeli}`, { size: 7.6 })],
          [space(10), p('Destinataire', { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 9 }), ...(where === 'buyer' ? shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.4, b: true })) : [])],
        ]),
        space(4),
        p(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, after: 1 }),
        table([40, 40, 40, 52], [{ cells: boxes.map(([k]) => k), size: 7.4, shade: '#e8eaf6' }, { cells: boxes.map(([, v], n) => ({ text: v, b: n < 2 })), size: 9.4 }], { border: 'grid', after: 2 }),
        ...(where === 'refs' && shown.length ? [p('Vos références', { b: true, size: 8.2, before: 1 }), table([62, 60], shown.map(([k, v]) => [k, v]), { border: 'none', size: 8.6, after: 1 })] : []),
        p(`Objet : analyse des pratiques professionnelles – ${inv.period}.`, { b: true, before: 2 }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4 })] : []),
        table([98, 14, 24, 14, 28], [{ cells: ['Prestation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#e8eaf6' }, ...rows], { border: 'rows', size: 8, align: ['left', 'right', 'right', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, totals, { widths: [56, 30], indent: 92, size: 8.8 }),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 8, i: true, before: 2 })] : []),
        ...(inv.debours ? [p('Débours : frais payés au nom et pour le compte du client, hors du champ de la TVA (art. 267-II-2° du CGI).', { size: 7.4, i: true })] : []),
        rule(),
        p(paymentText(inv), { size: 8.4 }),
        p(`Paiement à 30 jours. ${LATE_FEES}`, { size: 6.8, before: 1 }),
        p('Les contenus des séances restent confidentiels ; seule la présence des participants est attestée.', { size: 7, i: true, before: 1 }),
      ],
      footer: [p(inv.kind === 'micro' ? [`${s.name}, psychologue, entrepreneur individuel`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `ADELI ${inv.adeli}`, 'TVA non applicable, art. 293 B du CGI'].filter(Boolean).join(' – ') : legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 3. An indoor air-quality survey of nurseries and schools: a Calc sheet, results for information. ———
const BUILDINGS = ['Multi-accueil Les Lutins', 'Crèche collective Les Canaux', 'École maternelle Jules Ferry', 'École maternelle du Soleil', 'Groupe scolaire Jean Macé', 'Multi-accueil Pom’Cannelle', 'École élémentaire La Métare', 'Halte-garderie Les P’tits Loups'];
const ROOMS = ['Salle de vie', 'Dortoir', 'Salle d’activités', 'Salle de classe 1', 'Salle de classe 2', 'Salle de motricité', 'Dortoir des bébés', 'Salle de classe 3'];
const air = {
  name: 'o-qualite-air-ecoles',
  family: 'indoor-air-quality-nurseries-schools-calc-results-for-information',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const long = i === 2;
    const inv = makeInvoice('o-qualite-air-ecoles', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: ['ebp', 'hash', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.4, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: [0, 0, 5], groups: ['space'], lines: [1, 1], rcsProb: 0.85 });
    const x = extraRng(inv, 'air');
    renameSupplier(inv, x.pick(['Air Intérieur Conseil', 'Labo Qualité Air Rhône-Loire', 'Atmo’Diag Environnement', 'Éco-Mesures Bâtiment']), 'SAS');
    inv.supplier.ape = '7120B';
    careBuyer(inv, x, x.pick(['childhood', 'schools']), 0.9);
    localReferences(inv, x);
    maybeRelabel28(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.report = `RE-${inv.date.y}-${x.digits(4)}`;
    inv.cofrac = `1-${x.int(5000, 7200)}`;
    inv.campaign = [11, 12, 1, 2, 3].includes(inv.date.m) ? 'période de chauffe' : 'hors période de chauffe';
    const first = x.int(0, BUILDINGS.length - 1);
    inv.buildings = Array.from({ length: long ? 6 : x.int(1, 2) }, (_, k) => {
      const rooms = Array.from({ length: long ? x.int(4, 6) : x.int(2, 3) }, (_, n) => ({ name: ROOMS[n % ROOMS.length], formaldehyde: x.int(80, 420), benzene: x.int(5, 30), icone: x.int(0, 5), tube: seven(x) }));
      return { name: BUILDINGS[(first + k) % BUILDINGS.length], rooms, day: addDays(inv.date, -x.int(10, 40)) };
    });
    const visit = x.int(180, 320) * 100;
    const pF = x.int(45, 75) * 100;
    const pB = x.int(40, 70) * 100;
    const pC = x.int(35, 60) * 100;
    inv.lines = [];
    for (const b of inv.buildings) {
      inv.lines.push({ label: `Visite, pose et dépose des dispositifs – ${b.name} (${fmtDate(b.day, 'slash')})`, qty: 1, unit: visit, rate: 2000 });
      inv.lines.push({ label: `Formaldéhyde – tube passif analysé (par pièce) – ${b.name}`, qty: b.rooms.length, unit: pF, rate: 2000 });
      inv.lines.push({ label: `Benzène – tube passif analysé (par pièce) – ${b.name}`, qty: b.rooms.length, unit: pB, rate: 2000 });
      if (x.chance(0.7)) inv.lines.push({ label: `Confinement : CO2 en continu, indice ICONE (par pièce) – ${b.name}`, qty: b.rooms.length, unit: pC, rate: 2000 });
    }
    inv.lines.push({ label: 'Rapport de mesure et restitution (par établissement)', qty: inv.buildings.length, unit: x.int(250, 450) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de surveillance de la qualité de l’air n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service bâtiments (code)'] });
    const inIdentity = x.chance(0.5);
    const sentence = !inIdentity && inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const label = (v) => ({ v, size: 7.4, color: '#555555', border: 'box', shade: '#eef3f8', wrap: true });
    const value = (v, extra = {}) => ({ v, span: 2, b: true, size: 10, border: 'box', ...extra });
    const ident = [[x.pick(['Facture n°', 'N° de facture', 'Numéro']), value(inv.number)], ['Date', value(fmtDate(inv.date, 'slash'))], ['Réf. client', value(inv.clientCode, { b: false, size: 9 })], ['Rapport n°', value(inv.report, { b: false, size: 9 })], ...(inIdentity ? shown.map(([k, v]) => [k, value(v, { size: 9 })]) : [])];
    const top = Array.from({ length: Math.max(me.length + 1, ident.length + 1) }, (_, k) => {
      const own = k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8 } : k === me.length ? { v: `Accréditation COFRAC Essais n° ${inv.cofrac}`, span: 3, size: 7.6, i: true } : null;
      if (k === 0) return [own, null, null, { v: 'FACTURE', span: 3, b: true, size: 16, align: 'right' }, null, null];
      const id = ident[k - 1];
      return [own, null, null, id ? label(id[0]) : null, id ? id[1] : null, null];
    });
    const body = inv.lines.map((l) => [{ v: l.label, span: 3, size: 7.8, wrap: true }, null, null, { v: l.qty, type: 'number', size: 8, align: 'right' }, cur(l.unit, { size: 8 }), cur(l.total, { size: 8 })]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise groupement de commandes ${inv.discountPct} %`, -inv.discount], ['Total net HT', inv.ht]);
    else totals.push(['Total HT', inv.ht]);
    totals.push(['TVA 20 %', inv.tva], ['Total TTC', inv.ttc], [x.pick(['Net à payer', 'Montant à régler']), inv.net, true]);
    const results = [];
    for (const b of inv.buildings) {
      results.push([{ v: `${b.name} – prélèvements du ${fmtDate(b.day, 'slash')} (${inv.campaign})`, span: 6, b: true, size: 7.6, shade: '#f3f6f9' }, ...blank(5)]);
      for (const r of b.rooms) results.push([{ v: r.name, span: 2, size: 7.4 }, null, { v: `n° ${r.tube}`, size: 7.4 }, { v: frNumber(r.formaldehyde / 10, 1), size: 7.4, align: 'right' }, { v: frNumber(r.benzene / 10, 1), size: 7.4, align: 'right' }, { v: String(r.icone), size: 7.4, align: 'center' }]);
    }
    const rows = [
      ...top,
      blank(6),
      [{ v: 'Client', span: 3, size: 7, color: '#666666' }, ...blank(5)],
      ...buyer.map((t, k) => [{ v: t, span: 3, b: k === 0, size: 9 }, ...blank(5)]),
      ...(!inIdentity ? shown.map(([k, v]) => [{ v: `${k} :`, span: 2, size: 8.4 }, null, { v, span: 2, b: true, size: 8.8 }, null, ...blank(2)]) : []),
      blank(6),
      [{ v: `Surveillance réglementaire de la qualité de l’air intérieur des établissements recevant des enfants – campagne ${inv.campaign}`, span: 6, b: true, size: 8.6, wrap: true }, ...blank(5)],
      ...(sentence ? [[{ v: sentence, span: 6, i: true, size: 8.2, wrap: true }, ...blank(5)]] : []),
      blank(6),
      [{ v: 'Désignation', span: 3, b: true, border: 'grid', shade: '#dfe8f1', size: 7.8 }, null, null, { v: 'Qté', b: true, border: 'grid', shade: '#dfe8f1', size: 7.8, align: 'right' }, { v: 'P.U. HT', b: true, border: 'grid', shade: '#dfe8f1', size: 7.8, align: 'right' }, { v: 'Montant HT', b: true, border: 'grid', shade: '#dfe8f1', size: 7.8, align: 'right' }],
      ...body,
      blank(6),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 2, align: 'right', b: strong, size: 8.8 }, null, cur(cents, { b: strong, size: 8.8, border: strong ? 'top' : undefined })]),
      blank(6),
      [{ v: paymentText(inv), span: 6, size: 8 }, ...blank(5)],
      [{ v: `Paiement à 30 jours (${fmtDate(inv.due, 'slash')}). ${LATE_FEES}`, span: 6, size: 6.8, wrap: true }, ...blank(5)],
      blank(6),
      [{ v: 'Résultats des mesures (pour information – valeurs détaillées dans le rapport)', span: 6, b: true, size: 8.2 }, ...blank(5)],
      [{ v: 'Pièce', span: 2, b: true, size: 7.2, border: 'bottom' }, null, { v: 'Tube', b: true, size: 7.2, border: 'bottom' }, { v: 'Formaldéhyde (µg/m³)', b: true, size: 7.2, border: 'bottom', align: 'right', wrap: true }, { v: 'Benzène (µg/m³)', b: true, size: 7.2, border: 'bottom', align: 'right', wrap: true }, { v: 'Indice ICONE', b: true, size: 7.2, border: 'bottom', align: 'center', wrap: true }],
      ...results,
      blank(6),
      [{ v: legalLine(inv), span: 6, size: 6.6, wrap: true }, ...blank(5)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [30, 30, 34, 26, 30, 30], margins: [12, 12, 14, 12], footer: [`${inv.supplier.name} – facture ${inv.number} – page {page} / {pages}`], rows };
  },
};

export default [ortho, psy, air];

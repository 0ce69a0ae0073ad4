// Blind-38 layouts written as shared documents (see ../../README.md): a programming consultant's feasibility study
// invoiced by phase in a hand-made Writer template (labels in small type beside values in large type on the same
// line, the study's file number of seven digits, a micro-entrepreneur under art. 293 B on some, the advance paid at
// notification deducted with its own number on some, the engagement among the labels or in a sentence), a first-aid
// training organisation's invoice printed like Sage 100 (a framed « FACTURE » over a ruled row of headings, trainees
// by session, exempt under art. 261-4-4° a with the lunch at 10 % on some, the training agreement of seven digits and
// the activity declaration number; the trainees listed over two pages on one; one credit note for an absent trainee),
// and a health-and-safety (SPS) coordinator's invoice printed like Dolibarr by LibreOffice and by PDFKit (« Réf. »,
// « Date facturation », « Code client » right-aligned, sender and recipient boxes, French–English labels on some, the
// job number of seven digits; a discount on some; one credit note).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { initials, notInFuture } from '../../lib/blind22.mjs';
import { both, deductDeposit } from '../../lib/blind25.mjs';
import { maybeRelabel38, nda, seven38, studyBuyer, TRAINING_EXEMPTION } from '../../lib/blind38.mjs';

// ——— 1. Feasibility study by phase: a hand-made Writer template, small labels beside large values. ———
const EQUIPMENTS = ['un centre aquatique intercommunal', 'une médiathèque de quartier', 'un pôle petite enfance', 'une salle multisports', 'un centre technique municipal', 'une maison de santé pluriprofessionnelle', 'une halle de marché couverte'];
const STUDY_PHASES = [['Phase 1 – diagnostic de l’existant et analyse des besoins', 30], ['Phase 2 – scénarios d’implantation et faisabilité technique et financière', 40], ['Phase 3 – programme technique détaillé et estimation', 30]];
const faisabilite = {
  name: 'aj-etude-faisabilite-equipement',
  family: 'feasibility-study-writer-small-labels-advance',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const micro = i % 4 === 3;
    const inv = makeInvoice('aj-etude-faisabilite-equipement', i, { supplier: micro ? 'micro' : 'company', cityProb: 0.35, engagementProb: 0.6, trades: ['services'], numbers: micro ? ['micro'] : ['plain', 'slash', 'hash'], engagementLabels: ['engagement', 'ej', 'bonDeCommande', 'engagementJuridiqueNo'], marketProb: 0.25, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'study');
    if (micro) inv.supplier.tagline = 'Consultant – programmation d’équipements publics';
    else {
      renameSupplier(inv, x.pick(['Espace Programme Conseil', 'Forez Programmation', 'Cabinet Delorme Études', 'Territoires & Équipements']), x.pick(['SARL', 'SAS', 'EURL']));
      inv.supplier.ape = '7112B';
    }
    studyBuyer(inv, x, 'works', 0.85);
    localReferences(inv, x);
    maybeRelabel38(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.file = seven38(x);
    inv.equipment = x.pick(EQUIPMENTS);
    inv.price = x.int(18, 90) * 100000;
    const rateOf = micro ? 0 : 2000;
    const first = x.int(0, 2);
    const count = first < 2 && x.chance(0.35) ? 2 : 1;
    inv.lines = STUDY_PHASES.slice(first, first + count).map(([label, pct]) => ({ label, pct, qty: 1, unit: Math.round((inv.price * pct) / 100), rate: rateOf }));
    if (x.chance(0.5)) inv.lines.push({ label: 'Réunion supplémentaire du comité de pilotage (hors forfait)', qty: x.int(1, 3), unit: x.int(6, 11) * 10000, rate: rateOf });
    if (x.chance(0.4)) inv.lines.push({ label: 'Reproduction des dossiers de restitution (exemplaires couleur reliés)', qty: x.int(5, 20), unit: x.int(25, 60) * 100, rate: rateOf });
    priceLines(inv, [rateOf]);
    if (i % 3 === 2) inv.paid = deductDeposit(inv, x, x.pick([5, 10, 15]), addDays(inv.date, -x.int(60, 150)));
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’études n°'], service: ['Code service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.45) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const small = x.pick([6.6, 7, 7.4]);
    const kv = (k, v, size = 10) => p([{ text: `${k}  `, size: small, color: '#666666' }, { text: v, size, b: true }], { after: 0.6 });
    const rows = inv.lines.map((l) => [l.label + (l.pct ? ` (${l.pct} % du forfait de ${plainMoney(inv, inv.price)} € HT)` : ''), frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)]];
    if (inv.vatExempt) totals.push(['TVA', 'néant']);
    else totals.push([`TVA ${rate(2000)}`, money(inv, inv.tva)]);
    totals.push(['Total TTC', money(inv, inv.ttc)]);
    if (inv.paid) totals.push([`Avance versée (facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, money(inv, -inv.deposit)]);
    totals.push([inv.paid ? x.pick(['Reste à payer', 'Reste dû']) : x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const font = x.pick(['Liberation Serif', 'DejaVu Serif', 'Liberation Sans']);
    return {
      font, size: 9.4, margins: [16, 18, 20, 18],
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 13 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 8 }))],
          [space(10), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 9.6 }))],
        ]),
        space(8),
        p('FACTURE', { b: true, size: 16, after: 2 }),
        kv('N°', inv.number, 12),
        kv('Date', date(inv, inv.date)),
        kv('Dossier', inv.file),
        kv('Échéance', fmtDate(inv.due, 'slash')),
        ...shown.map(([k, v]) => kv(k, v, 9.6)),
        space(4),
        p(`Objet : étude de faisabilité et de programmation pour ${inv.equipment}.`, { b: true }),
        ...(sentence ? [p(sentence, { i: true, size: 8.8, before: 1 })] : []),
        table([106, 14, 26, 28], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true }, ...rows], { border: 'head', size: 8.6, align: ['left', 'right', 'right', 'right'], before: 3, after: 3 }),
        table([62, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 82, border: 'none', size: 9, align: ['left', 'right'] }),
        space(4),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 8.4, i: true })] : []),
        ...(inv.paid ? [p('L’avance forfaitaire versée à la notification du marché est remboursée par précompte sur la présente facture.', { size: 8 })] : []),
        p(paymentText(inv), { size: 8.6, before: 2 }),
        p(LATE_FEES, { size: 7.4, before: 1 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.8 })],
    };
  },
};

// ——— 2. First-aid (SST) training for agents: a Sage 100-like invoice, row of headings, exempt under 261-4-4° a. ———
const COURSES = [['Formation initiale Sauveteur Secouriste du Travail (SST) – 14 h', 2, [180, 260]], ['Maintien et actualisation des compétences SST (MAC) – 7 h', 1, [95, 150]], ['Prévention des risques liés à l’activité physique (PRAP IBC) – 14 h', 2, [220, 320]], ['Habilitation électrique H0B0 non électricien – 7 h', 1, [110, 170]], ['Gestes de premiers secours (PSC1) – 7 h', 1, [60, 95]]];
const formation = {
  name: 'aj-formation-secourisme-agents',
  family: 'first-aid-training-sage-heads-row-exempt-261',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('aj-formation-secourisme-agents', i, { cityProb: 0.35, engagementProb: 0.6, trades: ['services'], numbers: credit ? ['avoirShort'] : ['sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'numeroBonCommande'], marketProb: 0.2, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[0]], groups: ['space', 'none'], lines: [1, 1], rcsProb: 0.6, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'training');
    renameSupplier(inv, x.pick(['Secours Formation Loire', 'Prév’Action Formation', 'Institut Forézien de Prévention', 'Formasauv Rhône-Loire']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8559A';
    studyBuyer(inv, x, 'hr', 0.85);
    localReferences(inv, x);
    maybeRelabel38(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.agreement = seven38(x);
    inv.account = `411${x.digits(5)}`;
    inv.nda = nda(x);
    inv.exemption = x.pick(TRAINING_EXEMPTION);
    const [label, days, [lo, hi]] = x.pick(COURSES);
    inv.course = label;
    inv.session = { from: addDays(inv.date, -x.int(5, 25)) };
    inv.session.to = addDays(inv.session.from, days - 1);
    const trainees = i === 3 ? 34 : credit ? 1 : x.int(6, 12);
    inv.trainees = Array.from({ length: trainees }, () => ({ who: initials(x), service: x.pick(['Restauration scolaire', 'Entretien des locaux', 'Espaces verts', 'Accueil', 'Petite enfance', 'Police municipale', 'Sports', 'Bibliothèques']) }));
    const rates = [0];
    const perTrainee = x.int(lo, hi) * 100;
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String(x.int(100, 99999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(5, 20)) };
      inv.lines = [{ label: `${label} – stagiaire absent non remplacé (${inv.trainees[0].who})`, qty: 1, unit: perTrainee, rate: 0 }];
    } else {
      inv.lines = [{ label: `${label} – session du ${fmtDate(inv.session.from, 'slash')}${days > 1 ? ` au ${fmtDate(inv.session.to, 'slash')}` : ''}`, qty: trainees, unit: perTrainee, rate: 0 }];
      if (x.chance(0.5)) inv.lines.push({ label: 'Kit pédagogique, aide-mémoire et certificat individuel', qty: trainees, unit: x.int(8, 15) * 100, rate: 0 });
      if (x.chance(0.45)) {
        inv.lines.push({ label: 'Repas du midi des stagiaires (restaurant partenaire)', qty: trainees * days, unit: x.int(14, 19) * 100, rate: 1000 });
        rates.push(1000);
      }
    }
    priceLines(inv, rates);
    inv.vatExempt = inv.tva === 0 ? inv.exemption : null;
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre formation n°'], service: ['Code service', 'Service formation'] });
    const caps = x.chance(0.5);
    const C = (t) => (caps ? t.toLocaleUpperCase('fr-FR') : t);
    const heads = [C('N° pièce'), C('Date'), C('Code client'), C('Convention'), C('Échéance')];
    const values = [inv.number, date(inv, inv.date), inv.account, inv.agreement, fmtDate(inv.due, 'slash')];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), l.rate ? rate(l.rate) : 'Exo.', plainMoney(inv, l.total)]);
    const taxed = inv.vat.filter((v) => v.rate > 0);
    const exemptBase = inv.vat.filter((v) => v.rate === 0).reduce((a, v) => a + v.base, 0);
    const totals = [[C('Total HT'), money(inv, inv.ht)], ...(taxed.length ? [[`Base exonérée`, money(inv, exemptBase)], ...taxed.map((v) => [`Base TVA ${rate(v.rate)}`, money(inv, v.base)]), [C('Montant TVA'), money(inv, inv.tva)]] : [[C('Montant TVA'), money(inv, 0)]]), [inv.avoir ? C('Total avoir') : C('Total TTC'), money(inv, inv.ttc)]];
    if (!inv.avoir) totals.push([C('Net à payer'), money(inv, inv.net)]);
    const traineeRows = inv.trainees.map((t, k) => [String(k + 1), t.who, t.service, inv.avoir ? 'absent' : x.pick(['présent – certifié', 'présent – certifié', 'présent'])]);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.6, margins: [12, 14, 18, 14],
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 12 }), p('Organisme de formation – prévention des risques professionnels', { size: 7.4 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.6 })), p(`Déclaration d’activité n° ${inv.nda} (ne vaut pas agrément de l’État) – certifié Qualiopi`, { size: 6.8, i: true })],
          [table([80], [[{ text: inv.avoir ? 'AVOIR' : 'FACTURE', b: true, size: 15, align: 'center' }]], { border: 'box', pad: 2 }), space(4), ...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 9 }))],
        ]),
        space(5),
        table([36, 34, 34, 38, 38], [{ cells: heads, b: true, shade: '#d9d9d9', size: 7.4 }, values], { border: 'grid', size: 8.6, align: ['center', 'center', 'center', 'center', 'center'] }),
        ...(refs.length ? [space(3), table([180], [[{ blocks: [p(C('Vos références'), { b: true, size: 7.6 }), p(refs.map(([k, v]) => `${k} : ${v}`).join('     '), { size: 8.6 })] }]], { border: 'box', pad: 1.6 })] : []),
        space(3),
        p(inv.avoir ? `Avoir sur facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Formation intra pour vos agents – ${inv.course}`, { b: true }),
        table([98, 16, 24, 14, 28], [{ cells: [C('Désignation'), C('Qté'), C('P.U. HT'), C('TVA'), C('Montant HT')], b: true, shade: '#d9d9d9' }, ...rows], { border: 'grid', size: 8, align: ['left', 'right', 'right', 'center', 'right'], before: 2, after: 3 }),
        table([50, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n >= totals.length - 1 })), { indent: 100, border: 'grid', size: 8.6, align: ['left', 'right'] }),
        space(2),
        p(`${inv.exemption}${inv.tva ? ' – les repas restent soumis à la TVA au taux de 10 %.' : '.'}`, { size: 8, i: true }),
        p(inv.avoir ? 'Avoir à déduire de votre prochain règlement.' : paymentText(inv), { size: 8.2, before: 1 }),
        p(LATE_FEES, { size: 6.8 }),
        space(3),
        p(C('Liste des stagiaires (feuilles d’émargement jointes)'), { b: true, size: 8 }),
        table([10, 30, 60, 40], [{ cells: ['#', 'Stagiaire', 'Service', 'Résultat'], b: true, shade: '#eeeeee' }, ...traineeRows], { border: 'rows', size: 7.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('Page {page} / {pages}', { align: 'right', size: 6.4 })],
    };
  },
};

// ——— 3. Health-and-safety coordination (SPS): a Dolibarr-like invoice, printed by LibreOffice and PDFKit. ———
const SITES = ['restructuration du groupe scolaire', 'construction de vestiaires au stade', 'réhabilitation de la piscine', 'aménagement de la place du marché', 'extension du cimetière', 'rénovation de la toiture de l’église', 'création d’une voie verte'];
const sps = {
  name: 'aj-coordination-sps',
  family: 'sps-coordination-dolibarr-two-producers',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('aj-coordination-sps', i, { cityProb: 0.4, engagementProb: 0.6, trades: ['services'], numbers: credit ? ['avoirDolibarr'] : ['dolibarr'], engagementLabels: ['engagement', 'ej', 'refCommandeEj', 'commandeClient'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 3], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'sps');
    renameSupplier(inv, x.pick(['Coordination Sécurité Loire', 'CSPS Ingénierie', 'Préven’Chantier Conseil', 'Bureau Gier Sécurité']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7112B';
    studyBuyer(inv, x, 'works', 0.85);
    localReferences(inv, x);
    maybeRelabel38(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.job = seven38(x);
    inv.customer = `CU${String(inv.date.y % 100).padStart(2, '0')}${x.int(1, 12).toString().padStart(2, '0')}-${x.digits(5)}`;
    inv.site = x.pick(SITES);
    inv.bilingual = x.chance(0.5);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String(inv.date.y % 100).padStart(2, '0')}${String(inv.date.m).padStart(2, '0')}-${x.digits(4)}`, date: addDays(inv.date, -x.int(5, 30)) };
      inv.lines = [{ label: 'Visite de chantier facturée en double (semaine ' + x.int(2, 50) + ')', qty: x.int(1, 2), unit: x.int(28, 45) * 1000, rate: 2000 }];
    } else {
      const fee = x.int(4, 18) * 100000;
      inv.lines = [];
      if (x.chance(0.5)) inv.lines.push({ label: 'Mission SPS niveau 2 – phase conception : PGC simplifié et avis sur le DCE', qty: 1, unit: Math.round(fee * 0.3), rate: 2000 });
      const visits = x.int(2, 9);
      inv.lines.push({ label: `Phase réalisation : visites de chantier et tenue du registre journal (${MONTHS[(inv.date.m + 10) % 12]})`, qty: visits, unit: x.int(28, 45) * 1000, rate: 2000 });
      if (x.chance(0.5)) inv.lines.push({ label: 'Inspections communes préalables avec les entreprises intervenantes', qty: x.int(1, 4), unit: x.int(18, 30) * 1000, rate: 2000 });
      if (x.chance(0.35)) inv.lines.push({ label: 'Constitution et remise du DIUO (dossier d’intervention ultérieure sur l’ouvrage)', qty: 1, unit: Math.round(fee * 0.15), rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: [L('Marché', 'Contract'), 'Marché n°'], service: ['Code service', L('Service', 'Department')] });
    const underRecipient = x.chance(0.5);
    const right = [
      p(inv.avoir ? L('Avoir', 'Credit note') : L('Facture', 'Invoice'), { b: true, size: 14, align: 'right' }),
      p(`${L('Réf.', 'Ref.')} : ${inv.number}`, { b: true, align: 'right' }),
      p(`${L('Date facturation', 'Invoice date')} : ${date(inv, inv.date)}`, { align: 'right', size: 8 }),
      ...(inv.avoir ? [p(`${L('Facture d’origine', 'Replaces')} : ${inv.origin.number}`, { align: 'right', size: 8 })] : [p(`${L('Date échéance', 'Due date')} : ${fmtDate(inv.due, 'slash')}`, { align: 'right', size: 8 })]),
      p(`${L('Code client', 'Customer code')} : ${inv.customer}`, { align: 'right', size: 8 }),
      p(`${L('Affaire', 'Project')} : ${inv.job}`, { align: 'right', size: 8 }),
      ...(underRecipient ? [] : refs.map(([k, v]) => p(`${k} : ${v}`, { align: 'right', size: 8 }))),
    ];
    const rows = inv.lines.map((l) => [l.label, rate(l.rate), plainMoney(inv, l.unit), frNumber(l.qty), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push([L('Total HT avant remise', 'Gross'), money(inv, inv.grossHT)], [`${L('Remise', 'Discount')} ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push([L('Total HT', 'Total excl. tax'), money(inv, inv.ht)], [`${L('Total TVA', 'VAT')} 20%`, money(inv, inv.tva)], [L('Total TTC', 'Total incl. tax'), money(inv, inv.ttc)]);
    if (!inv.avoir) totals.push([L('Payé', 'Paid'), money(inv, 0)], [L('Reste à payer', 'Remaining unpaid'), money(inv, inv.net)]);
    return {
      font: producer === 'pdfkit' ? 'Helvetica' : 'Liberation Sans', size: 8.4, margins: [12, 12, 18, 12], creator: 'Dolibarr',
      body: [
        columns([96, 84], [[p(s.name, { b: true, size: 13 }), p('Coordination sécurité et protection de la santé – niveaux 1, 2 et 3', { size: 7.2 })], right]),
        space(5),
        columns([86, 8, 86], [
          [p(L('Émetteur', 'Sender'), { size: 7.4 }), table([86], [[{ blocks: supplierTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8 })), shade: '#eeeeee' }]], { border: 'none', pad: 2 })],
          [],
          [p(L('Adressé à', 'Bill to'), { size: 7.4 }), table([86], [[{ blocks: [...buyerTexts(inv, x).map((t, k) => p(t, { b: k === 0, size: 8.6 })), ...(underRecipient ? refs.map(([k, v]) => p(`${k} : ${v}`, { size: 8 })) : [])] }]], { border: 'box', pad: 2 })],
        ]),
        space(4),
        p(`${L('Chantier', 'Site')} : ${inv.site}${inv.avoir ? ` – ${L('avoir sur facture', 'credit on invoice')} ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : ''}`, { size: 8.4 }),
        table([96, 16, 26, 14, 28], [{ cells: [L('Désignation', 'Description'), L('TVA', 'VAT'), L('P.U. HT', 'U.P.'), L('Qté', 'Qty'), L('Total HT', 'Total')], shade: '#e0e0e0' }, ...rows], { border: 'rows', size: 8, align: ['left', 'right', 'right', 'right', 'right'], before: 2, after: 4 }),
        columns([100, 80], [
          [p(inv.avoir ? '' : `${L('Règlement par virement', 'Payment by bank transfer')}`, { b: true, size: 8 }), ...(inv.avoir ? [] : [p(inv.print.iban ? `IBAN : ${iban(inv)}` : 'Mandat administratif à 30 jours', { size: 7.8 }), p(inv.print.iban ? `BIC/SWIFT : ${s.bic}` : '', { size: 7.8 })])],
          [table([50, 30], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { border: 'rows', size: 8.2, align: ['left', 'right'] })],
        ]),
        space(3),
        p(LATE_FEES, { size: 6.8 }),
        rule(),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('{page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [faisabilite, formation, sps];

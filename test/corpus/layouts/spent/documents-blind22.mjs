// Blind-22 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a home-help
// service's month of hours for a CCAS, printed by an accounting package with a boxed header (one block per beneficiary
// with initials, the CCAS's seven-digit file number, the hours of the care plan and the hours worked on weekdays and on
// Sundays or holidays, the errands' kilometres; the beneficiaries' own contribution printed for information; a company
// at 5,5 % on half, an approved association exempt from VAT on the other half), printed by LibreOffice and PDFKit; a
// holiday-camp association's invoice for the children a commune sent on a stay (the price per child and per day, the
// coach, an extra leader; the family-holiday aid the family allowance fund paid directly deducted on some, the deposit
// paid at booking on others; the real cost of a child's day printed for information; exempt from VAT as an association
// on 6 of 8, a commercial organiser at 10 % and 20 % on 2), a hand-made Writer document dated after the place; and a
// childcare wholesaler's delivery of nappies, wipes, infant milk and baby food to a commune's crèches (a section per
// crèche with its delivery note, the milk and jars with their seven-digit batch numbers and best-before dates; food at
// 5,5 %, hygiene at 20 %, a VAT summary; a discount for public bodies on some), printed from a Calc sheet.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { associationLegalLine, previousMonth } from '../../lib/blind16.mjs';
import { deductPaid } from '../../lib/blind18.mjs';
import { decimalHours } from '../../lib/blind19.mjs';
import { asAssociation } from '../../lib/blind20.mjs';
import { caseNumber, initials, maybeRelabel22, notInFuture, socialBuyer } from '../../lib/blind22.mjs';

// ——— 1. Home help for a CCAS: a month of hours per beneficiary, an accounting package's boxed header. ———
const TASKS = ['Aide au lever et à la toilette', 'Entretien du logement et du linge', 'Préparation des repas', 'Accompagnement courses et rendez-vous', 'Aide au coucher'];
const aide = {
  name: 'c-aide-domicile',
  family: 'home-help-hours-ccas-boxed-header',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const exempt = i % 2 === 1;
    const inv = makeInvoice('c-aide-domicile', i, { cityProb: 0.45, engagementProb: 0.7, trades: ['services'], numbers: ['sage', 'ciel', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.55, serviceProb: 0.5, dateStyles: ['slash'], rates: [[550]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, buyerSiretProb: 0.7 });
    const x = extraRng(inv, 'help');
    if (exempt) asAssociation(inv, x.pick(['ADMR du Haut-Pilat', 'Aide et Présence à Domicile Loire', 'Association Vivre Chez Soi Forez']), `W${x.int(421, 429)}${x.digits(6)}`, 'Exonération de TVA – article 261-7-1° du CGI (organisme agréé de services à la personne)');
    else renameSupplier(inv, x.pick(['Âge d’Or Services Loire', 'Domicile Plus Forez', 'Présence Seniors Gier', 'Bien Chez Soi Services']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8810A';
    socialBuyer(inv, x, 'ccas', 1);
    localReferences(inv, x);
    maybeRelabel22(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(2, 8) });
    notInFuture(inv);
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, 30);
    inv.agreement = `SAP${x.digits(9)}`;
    const r0 = exempt ? 0 : 550;
    const hourly = x.int(2250, 2690);
    const sunday = Math.round(hourly * 1.25);
    inv.people = Array.from({ length: x.int(2, 5) }, () => {
      const planned = x.int(10, 60) * 30;
      const worked = planned - x.int(0, 6) * 30;
      const holiday = x.chance(0.4) ? x.int(1, 4) * 60 : 0;
      const km = x.chance(0.4) ? x.int(12, 90) : 0;
      return { who: initials(x), file: caseNumber(x, inv.date.y - x.int(0, 3)), planned, worked, holiday, km, task: x.pick(TASKS), share: x.int(0, 900) };
    });
    inv.lines = [];
    for (const person of inv.people) {
      person.lines = [{ label: `Heures d’aide à domicile (semaine) – ${person.task}`, qty: person.worked / 60, qtyText: decimalHours(person.worked), unit: hourly, rate: r0 }];
      if (person.holiday) person.lines.push({ label: 'Heures dimanche et jours fériés (majoration 25 %)', qty: person.holiday / 60, qtyText: decimalHours(person.holiday), unit: sunday, rate: r0 });
      if (person.km) person.lines.push({ label: 'Kilomètres parcourus avec le bénéficiaire (accompagnement)', qty: person.km, qtyText: String(person.km), unit: 42, rate: r0 });
      inv.lines.push(...person.lines);
    }
    priceLines(inv, [r0]);
    inv.paid = i === 2 ? deductPaid(inv, x, 30, addDays(inv.month.from, x.int(2, 10))) : null;
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’aide à domicile n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service maintien à domicile (code)'] });
    const where = x.pick(['boxes', 'buyer', 'sentence']);
    const sentence = where === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const heads = [x.pick(['Pièce', 'N° pièce', 'Facture']), 'Date', 'Code client', 'Période', 'Échéance', 'Page'];
    const values = [{ text: inv.number, b: true }, date(inv, inv.date), inv.clientCode, `${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y}`, fmtDate(inv.due, 'slash'), '1'];
    const boxRows = where === 'boxes' && shown.length ? [table(shown.map(() => 180 / shown.length), [{ cells: shown.map(([k]) => k), shade: '#e6e6e6', size: 7 }, { cells: shown.map(([, v]) => ({ text: v, b: true })) }], { border: 'grid', size: 8.2, align: shown.map(() => 'center'), before: 2 })] : [];
    const buyerRefs = where === 'buyer' ? shown.map(([k, v]) => p(`${k} : ${v}`, { size: 8.6 })) : [];
    const rows = [];
    for (const person of inv.people) {
      rows.push({ cells: [{ text: `${person.who} – dossier CCAS n° ${person.file} – plan d’aide : ${decimalHours(person.planned)} h prévues, ${decimalHours(person.worked + person.holiday)} h réalisées`, span: 4, b: true }], shade: '#f2f2f2' });
      for (const l of person.lines) rows.push([l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    }
    const totals = [];
    if (inv.vatExempt) totals.push([x.pick(['Total', 'Total net']), inv.ht, !inv.paid]);
    else totals.push(['Total HT', inv.ht], [`TVA ${rate(550)}`, inv.tva], ['Total TTC', inv.ttc, !inv.paid]);
    if (inv.paid) totals.push([`Avance facturée le ${fmtDate(inv.paid.date, 'slash')} (pièce ${inv.paid.number})`, -inv.paid.amount], [x.pick(['Net à payer', 'Solde à régler']), inv.net, true]);
    const shares = inv.people.filter((person) => person.share).map((person) => `${person.who} ${money(inv, person.share * 10)}`);
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.6, margins: [13, 14, 22, 14], creator: 'Gestion SAP',
      body: [
        columns([100, 80], [[p(s.name, { b: true, size: 13 }), p(inv.vatExempt ? 'Association d’aide et de soins à domicile' : 'Services à la personne – aide aux personnes âgées', { size: 7.4, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.8 }), p(`Agrément / déclaration SAP n° ${inv.agreement}`, { size: 7.4 })], [p('FACTURE', { b: true, size: 18, align: 'right' }), space(3), ...paras(buyerTexts(inv, x), { size: 9 }), ...buyerRefs]]),
        table([30, 28, 26, 36, 30, 30], [{ cells: heads, shade: '#e6e6e6', size: 7 }, { cells: values }], { border: 'grid', size: 8.4, align: ['center', 'center', 'center', 'center', 'center', 'center'], before: 4 }),
        ...boxRows,
        p(`Prestations d’aide à domicile du ${fmtDate(inv.month.from, 'slash')} au ${fmtDate(inv.month.to, 'slash')} – ${inv.people.length} bénéficiaires pris en charge au titre de l’aide sociale.`, { before: 4 }),
        ...(sentence ? [p(sentence, { size: 8.2, i: true })] : []),
        table([108, 18, 24, 30], [{ cells: ['Désignation', 'Quantité', 'P.U.', 'Montant'], b: true, shade: '#e6e6e6' }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 3, after: 3 }),
        totalsTable(inv, totals, { widths: [66, 30], indent: 84, size: 8.8 }),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 7.6, i: true, before: 1 })] : [p('TVA au taux réduit de 5,5 % (services d’aide aux personnes âgées, art. 278-0 bis D du CGI).', { size: 7, before: 1 })]),
        ...(shares.length ? [p(`Pour information, participations des bénéficiaires facturées directement par nos soins : ${shares.join(' ; ')}.`, { size: 7.4, before: 2, color: '#444444' })] : []),
        rule(),
        p(paymentText(inv), { size: 8 }),
        p(`Conditions de règlement : 30 jours date de facture. ${LATE_FEES}`, { size: 6.8, before: 1 }),
      ],
      footer: [p(inv.vatExempt ? associationLegalLine(inv, s.rna) : legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 2. A holiday camp: children sent by a commune, a price per child and per day. ———
const STAYS = [
  ['« Neige et glisse »', 'Chalet Les Gentianes, Chalmazel', 'ski alpin, luge, raquettes'],
  ['« Mer et voile »', 'Centre Les Mouettes, Sète', 'voile, baignade surveillée, pêche à pied'],
  ['« Ferme et nature »', 'Gîte de groupe du Pilat, Burdignes', 'soins aux animaux, fromagerie, randonnée'],
  ['« Aventure en Ardèche »', 'Camp de la Rivière, Vallon-Pont-d’Arc', 'canoë, spéléologie, escalade'],
  ['« Cirque et spectacle »', 'Domaine de la Roche, Saint-Agrève', 'trapèze, jonglage, spectacle de fin de séjour'],
];
const camp = {
  name: 'c-sejour-vacances',
  family: 'holiday-camp-per-child-per-day-association',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const company = i % 4 === 3;
    const inv = makeInvoice('c-sejour-vacances', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: company ? ['plain', 'ebp'] : ['micro', 'slash', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'commandeClient'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[1000, 2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'camp');
    if (company) renameSupplier(inv, x.pick(['Évasion Juniors Séjours', 'Colonies du Massif Central', 'Odyssée Vacances Enfants']), 'SAS');
    else asAssociation(inv, x.pick(['Les Colos du Pilat', 'Œuvre des Vacances Stéphanoises', 'Montagne et Découverte Jeunesse', 'Loisirs Vacances Enfance Loire']), `W${x.int(421, 429)}${x.digits(6)}`, x.pick(['TVA non applicable – article 261-7-1° b du CGI', 'Association non assujettie à la TVA (art. 261-7-1° du CGI)']));
    inv.supplier.ape = '5520Z';
    socialBuyer(inv, x, 'schools', 1);
    localReferences(inv, x);
    maybeRelabel22(inv, x);
    const [title, place, activities] = STAYS[(i + x.int(0, 4)) % STAYS.length];
    const season = /Neige/.test(title) ? x.pick([2, 2, 3]) : x.pick([7, 7, 8, 4, 10]);
    // The stay lies before the invoice, and the invoice before the day this part was written.
    const from = { y: inv.date.y, m: season, d: x.int(3, 20) };
    if (from.y * 10000 + from.m * 100 + from.d > 20261020) from.y -= 1;
    inv.stay = { title, place, activities, from, days: x.pick([5, 6, 7, 8, 12, 14]), children: x.int(8, 36) };
    inv.stay.to = addDays(inv.stay.from, inv.stay.days - 1);
    redate(inv, addDays(inv.stay.to, x.int(3, 25)));
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.place = inv.supplier.address[1].replace(/^\d{5} /, '');
    inv.departure = inv.buyer.lines.at(-1).replace(/^\d{5} /, '').replace(/ Cedex.*$/, '');
    const childDays = inv.stay.children * inv.stay.days;
    inv.childDays = childDays;
    const perDay = x.int(4200, 7400);
    const rStay = company ? 1000 : 0;
    const rActivity = company ? 2000 : 0;
    inv.lines = [{ label: `Séjour ${title} – ${place} – pension complète et animation (prix par enfant et par jour)`, qty: childDays, qtyText: `${inv.stay.children} enfants × ${inv.stay.days} jours`, unit: perDay, rate: rStay }];
    inv.lines.push({ label: `Transport aller-retour en autocar (départ ${inv.departure})`, qty: 1, qtyText: 'forfait', unit: x.int(900, 2800) * 100, rate: rStay });
    if (x.chance(0.6)) inv.lines.push({ label: `Activités encadrées : ${activities} (par enfant)`, qty: inv.stay.children, qtyText: String(inv.stay.children), unit: x.int(35, 120) * 100, rate: rActivity });
    if (x.chance(0.4)) inv.lines.push({ label: 'Animateur supplémentaire (accueil d’un enfant en situation de handicap), par jour', qty: inv.stay.days, qtyText: `${inv.stay.days} jours`, unit: x.int(95, 140) * 100, rate: rActivity });
    priceLines(inv, company ? [1000, 2000] : [0]);
    inv.realCost = perDay + x.int(800, 2600);
    if (i % 3 === 0) inv.paid = deductPaid(inv, x, 30, addDays(inv.stay.from, -x.int(30, 60)));
    else if (i % 3 === 1 && !company) {
      const aided = x.int(2, Math.max(2, Math.floor(inv.stay.children / 3)));
      inv.aid = { children: aided, amount: aided * inv.stay.days * x.int(8, 15) * 100 };
      inv.deposit = inv.aid.amount;
      inv.net = inv.ttc - inv.deposit;
    }
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const st = inv.stay;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de séjours de vacances n°', 'Convention n°'], service: ['Code service', 'Service', 'Service jeunesse (code)'] });
    const sentence = inv.engagement && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['#1b5e20', '#0d47a1', '#bf360c']);
    const font = x.pick(['Liberation Serif', 'Liberation Sans', 'DejaVu Sans']);
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), ...(inv.vatExempt ? [] : [rate(l.rate)]), plainMoney(inv, l.total)]);
    const widths = inv.vatExempt ? [96, 32, 22, 28] : [86, 30, 20, 14, 28];
    const heads = ['Désignation', 'Quantité', 'Prix unitaire', ...(inv.vatExempt ? [] : ['TVA']), 'Montant'];
    const totals = [];
    if (inv.vatExempt) totals.push([x.pick(['Total du séjour', 'Total']), inv.ttc, !inv.deposit]);
    else totals.push(['Total HT', inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), ['Total TTC', inv.ttc, !inv.deposit]);
    if (inv.paid) totals.push([`Acompte versé à l’inscription (facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, -inv.paid.amount]);
    if (inv.aid) totals.push([`Aides aux vacances de la CAF versées directement à l’organisateur (${inv.aid.children} enfants)`, -inv.aid.amount]);
    if (inv.deposit) totals.push([x.pick(['Reste à payer par la commune', 'Net à payer', 'Solde à régler']), inv.net, true]);
    const numberText = x.pick([`Facture n° ${inv.number}`, `FACTURE N° ${inv.number}`, `Facture ${inv.number}`]);
    return {
      font, size: 9.4, margins: [16, 18, 22, 18],
      body: [
        p(s.name, { b: true, size: 16, align: 'center', color: accent }),
        p(inv.vatExempt ? `Association loi 1901 – organisateur de séjours de vacances pour enfants – RNA ${s.rna}` : 'Organisateur de séjours de vacances – accueil collectif de mineurs déclaré', { size: 8, align: 'center', i: true }),
        p(supplierTexts(inv, x).slice(1).join(' – '), { size: 7.8, align: 'center', after: 6 }),
        columns([92, 82], [[p(`${inv.place}, le ${fmtDate(inv.date, x.pick(['long', 'slash']))}`, { size: 9.4 }), space(3), p(numberText, { b: true, size: 12 }), ...shown.map(([k, v]) => p(`${k} : ${v}`, { size: 9 }))], [p(x.pick(['À l’attention de', 'Destinataire']), { size: 7.6, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 9.4 })]]),
        p(`Objet : séjour ${st.title} du ${fmtDate(st.from, 'slash')} au ${fmtDate(st.to, 'slash')} à ${st.place} – ${st.children} enfants inscrits par la commune.`, { b: true, before: 6 }),
        ...(sentence ? [p(sentence, { size: 9, i: true, before: 1 })] : []),
        table(widths, [{ cells: heads, b: true, line: 'bottom' }, ...rows], { border: x.pick(['grid', 'rows']), size: 8.6, align: inv.vatExempt ? ['left', 'right', 'right', 'right'] : ['left', 'right', 'right', 'right', 'right'], before: 4, after: 3 }),
        totalsTable(inv, totals, { widths: [78, 28], indent: 70, size: 9 }),
        ...(inv.vatExempt ? [p(inv.vatExempt, { size: 8.4, i: true, before: 2 })] : []),
        p(`Pour information : ${frNumber(inv.childDays)} journées enfants ; coût réel d’une journée ${money(inv, inv.realCost)}, la différence étant prise en charge par ${inv.vatExempt ? 'l’association' : 'l’organisateur'}.`, { size: 8, before: 3, color: '#444444' }),
        p(paymentText(inv), { size: 8.6, before: 4 }),
        p(`Paiement à réception, au plus tard le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7.2, before: 1 }),
        p(x.pick(['Le trésorier', 'La présidente', 'Le directeur']), { size: 9, align: 'right', before: 8 }),
      ],
      footer: [p(inv.vatExempt ? associationLegalLine(inv, s.rna) : legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

// ——— 3. Childcare supplies: nappies, wipes, infant milk and baby food delivered to crèches. ———
const CRECHES = ['Multi-accueil Les Lutins', 'Crèche collective Les Canaux', 'Crèche familiale Les Petits Pas', 'Halte-garderie Pomme d’Api', 'Multi-accueil Arc-en-ciel'];
const FOOD = [
  ['LAI-1A-800', 'Lait infantile 1er âge, boîte de 800 g', 1290, 1690, true],
  ['LAI-2A-800', 'Lait infantile 2e âge, boîte de 800 g', 1190, 1590, true],
  ['PP-LEG-12', 'Petits pots légumes variés 130 g (carton de 12)', 1150, 1590, true],
  ['PP-FRU-12', 'Petits pots fruits 130 g (carton de 12)', 980, 1390, true],
  ['CER-400', 'Céréales infantiles sans gluten, 400 g', 390, 560, true],
  ['GOU-COMP', 'Compotes en gourde 90 g (carton de 16)', 850, 1190, true],
];
const HYGIENE = [
  ['COU-T3-216', 'Couches taille 3 (4-9 kg), carton de 4 × 54', 3890, 5190],
  ['COU-T4-184', 'Couches taille 4 (7-18 kg), carton de 4 × 46', 3890, 5290],
  ['COU-T5-160', 'Couches taille 5 (11-25 kg), carton de 4 × 40', 3990, 5390],
  ['LIN-EAU-12', 'Lingettes à l’eau sans parfum, lot de 12 × 64', 2190, 2990],
  ['LOC-500', 'Liniment oléo-calcaire, flacon de 500 ml', 390, 620],
  ['GAN-JET-50', 'Gants de toilette jetables (sachet de 50)', 290, 480],
];
const creche = {
  name: 'c-fournitures-creche',
  family: 'creche-nappies-baby-food-two-rates-calc',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('c-fournitures-creche', i, { cityProb: 0.35, engagementProb: 0.7, trades: ['goods'], numbers: ['sage', 'dolibarr', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande', 'bcShort'], marketProb: 0.5, serviceProb: 0.5, dateStyles: ['slash'], rates: [[550, 2000]], discountPct: [0, 0, 4, 6], groups: ['space'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'creche');
    renameSupplier(inv, x.pick(['Puériculture Collectivités Distribution', 'Petite Enfance Fournitures', 'Bébé Collectivités Rhône', 'Crèches Services Approvisionnement']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4646Z';
    socialBuyer(inv, x, 'childhood', 1);
    localReferences(inv, x);
    maybeRelabel22(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    const first = x.int(0, CRECHES.length - 1);
    let day = addDays(inv.date, -x.int(14, 28));
    inv.sites = Array.from({ length: x.int(1, 3) }, (_, k) => {
      day = addDays(day, x.int(2, 7));
      const lines = [];
      const f0 = x.int(0, FOOD.length - 1);
      for (let n = 0; n < x.int(1, 3); n++) {
        const [code, label, lo, hi] = FOOD[(f0 + n * 2) % FOOD.length];
        lines.push({ code, label, qty: x.int(2, 24), unit: Math.round(x.int(lo, hi) / 10) * 10, rate: 550, batch: `${x.int(1, 9)}${x.digits(6)}`, bbd: addDays(day, x.int(90, 400)) });
      }
      const h0 = x.int(0, HYGIENE.length - 1);
      for (let n = 0; n < x.int(2, 4); n++) {
        const [code, label, lo, hi] = HYGIENE[(h0 + n) % HYGIENE.length];
        lines.push({ code, label, qty: x.int(1, 12), unit: Math.round(x.int(lo, hi) / 10) * 10, rate: 2000 });
      }
      return { name: CRECHES[(first + k) % CRECHES.length], day, note: `BL${x.digits(7)}`, lines };
    });
    inv.lines = inv.sites.flatMap((site) => site.lines);
    inv.lines.push({ code: 'PORT', label: 'Participation aux frais de livraison', qty: inv.sites.length, unit: x.int(0, 1) ? 1500 : 0, rate: 2000 });
    inv.lines = inv.lines.filter((l) => l.unit > 0);
    return priceLines(inv, [550, 2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fournitures petite enfance n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Petite enfance (code service)'] });
    const head = { b: true, border: 'grid', shade: '#fce4ec', align: 'center', size: 7.6 };
    const top = Array.from({ length: Math.max(me.length, buyer.length + 5) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8.2, color: k === 0 ? '#ad1457' : undefined } : null, null, null,
      k === 0 ? { v: 'FACTURE', span: 4, b: true, size: 16, align: 'right' } : k === 1 ? { v: `${x.pick(['Facture n°', 'N° de facture', 'Numéro'])} : ${inv.number}`, span: 4, align: 'right', b: true } : k === 2 ? { v: `Date : ${fmtDate(inv.date, 'slash')}`, span: 4, align: 'right' } : k === 3 ? { v: `Code client : ${inv.clientCode}`, span: 4, align: 'right' } : k >= 5 && buyer[k - 5] ? { v: buyer[k - 5], span: 4, b: k === 5 } : null, null, null, null,
    ]);
    const body = [];
    for (const site of inv.sites) {
      body.push([{ v: `${site.name} – livraison du ${fmtDate(site.day, 'slash')} – bon de livraison ${site.note}`, span: 7, b: true, shade: '#f5f5f5', border: 'grid', size: 8 }, ...blank(6)]);
      for (const l of site.lines) {
        body.push([{ v: l.code, border: 'grid', size: 7.4 }, { v: l.batch ? `${l.label}\nLot ${l.batch} – DLUO ${fmtDate(l.bbd, 'slash')}` : l.label, span: 3, border: 'grid', wrap: true, size: 7.8 }, null, null, { v: l.qty, type: 'number', border: 'grid', size: 8 }, cur(l.unit, { border: 'grid', size: 8 }), cur(l.total, { border: 'grid', size: 8 })]);
      }
    }
    for (const l of inv.lines.filter((line) => line.code === 'PORT')) body.push([{ v: l.code, border: 'grid', size: 7.4 }, { v: l.label, span: 3, border: 'grid', size: 7.8 }, null, null, { v: l.qty, type: 'number', border: 'grid', size: 8 }, cur(l.unit, { border: 'grid', size: 8 }), cur(l.total, { border: 'grid', size: 8 })]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise collectivités ${inv.discountPct} %`, -inv.discount]);
    totals.push([inv.discount ? 'Total net HT' : 'Total HT', inv.ht], ['Total TVA', inv.tva], [x.pick(['Total TTC', 'Net à payer TTC', 'NET À PAYER']), inv.ttc, true]);
    const vatRows = [...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [...blank(1), { v: rate(v.rate), border: 'grid', align: 'center', size: 8 }, cur(v.base, { border: 'grid', size: 8 }), cur(v.amount, { border: 'grid', size: 8 }), ...blank(3)]);
    const rows = [
      ...top,
      blank(7),
      ...refs.map(([k, v]) => [{ v: k, span: 2, size: 8.4 }, null, { v, b: true, span: 2, align: 'left', size: 8.4 }, null, ...blank(3)]),
      ...(refs.length ? [blank(7)] : []),
      [{ v: 'Article', ...head }, { v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Qté', ...head }, { v: 'P.U. HT', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: 8.6 }, null, null, cur(cents, { b: strong, border: strong ? 'top' : undefined })]),
      blank(7),
      [null, { v: 'Taux TVA', ...head }, { v: 'Base HT', ...head }, { v: 'Montant TVA', ...head }, ...blank(3)],
      ...vatRows,
      blank(7),
      [{ v: 'TVA 5,5 % : laits et aliments infantiles ; 20 % : couches et produits d’hygiène.', span: 7, size: 7.2 }, ...blank(6)],
      [{ v: paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, span: 7, size: 6.8, wrap: true }, ...blank(6)],
      [{ v: legalLine(inv), span: 7, size: 6.6, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [22, 30, 30, 34, 14, 22, 28], margins: [12, 12, 14, 12], rows };
  },
};

export default [aide, camp, creche];

// Blind-29 layouts written as office files (see ../../README.md): an approved doctor's Excel fee note for the medical
// examinations of a public body's recruits and agents (aptitude visits exempt from VAT under art. 261-4-1°, sick-leave
// checks and expert reports for the medical board at 20 % — not care —, with a VAT summary; on 3 of 8 a doctor under the
// VAT franchise of art. 293 B; each act's date, the agent's initials and the file's seven digits, the RPPS number of
// eleven digits; totals by SUMIF formulas with their cached results), and a loss adjuster's Word fee note after a claim
// on a public building, working for the insured public body (fees by brackets of the indemnity obtained from the
// insurer, expert meetings by the half-day, a flat fee for the file; the building, the loss, the insurer, the policy and
// the insurer's claim reference in a key–value table whose labels wrap; the indemnities obtained and the deductible
// printed for information; the provision invoiced at the mandate deducted with its own number and date on half).
import { AlignmentType, Packer } from 'docx';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { spacedSiret, renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { placeAndDate } from '../../lib/blind12.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { franchise } from '../../lib/blind19.mjs';
import { initials, notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit, seven } from '../../lib/blind25.mjs';
import { adminBuyer, bracketFees, maybeRelabel29, rpps } from '../../lib/blind29.mjs';
import { GRID, NO_BORDERS, pageNumbers, para, ROWS, wordDocument, wordTable } from '../../lib/word.mjs';

// ——— 1. An approved doctor's fee note: an Excel template, exempt visits beside taxed expert reports. ———
const DOCTORS = ['Anne Chaverot', 'Bruno Massardier', 'Claire Poyet', 'Hervé Tardy'];
const ACTS = [
  ['Visite médicale d’aptitude – recrutement (stagiairisation)', false, [4000, 6000]],
  ['Visite d’aptitude – agent de police municipale (port d’arme)', false, [5000, 7000]],
  ['Visite d’aptitude – emploi saisonnier', false, [3500, 5000]],
  ['Contre-visite médicale – congé de maladie ordinaire', true, [5000, 7500]],
  ['Expertise pour le conseil médical – congé de longue maladie', true, [10000, 16000]],
  ['Expertise – imputabilité au service (accident de service)', true, [12000, 18000]],
  ['Expertise – temps partiel pour raison thérapeutique', true, [9000, 14000]],
];
const medecin = {
  name: 'a-medecin-agree',
  family: 'approved-doctor-recruitment-visits-exempt-expertises-taxed-excel',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const sole = [1, 4, 6].includes(i);
    const inv = makeInvoice('a-medecin-agree', i, { cityProb: 0.35, engagementProb: 0.6, trades: ['services'], numbers: ['micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.15, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'none'], lines: [1, 1], rcsProb: 0 });
    const x = extraRng(inv, 'doctor');
    const person = DOCTORS[i % DOCTORS.length];
    renameSupplier(inv, `Docteur ${person}`, 'EI');
    inv.kind = 'micro';
    inv.print.supplierSiren = false;
    inv.supplier.person = person;
    inv.supplier.tagline = 'Médecine générale – médecin agréé';
    if (sole) franchise(inv, person);
    inv.supplier.ape = '8621Z';
    inv.rpps = rpps(x);
    inv.arrete = `42-${inv.date.y - x.int(0, 2)}-${String(x.int(1, 12)).padStart(2, '0')}-${x.digits(3)}`;
    adminBuyer(inv, x, 'hr', 0.85);
    localReferences(inv, x);
    maybeRelabel29(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    const count = x.int(3, 9);
    const first = x.int(0, ACTS.length - 1);
    const picks = Array.from({ length: count }, (_, k) => ACTS[(first + k * 2) % ACTS.length]);
    if (!sole && !picks.some(([, taxed]) => taxed)) picks[0] = ACTS[4];
    if (!sole && !picks.some(([, taxed]) => !taxed)) picks[picks.length - 1] = ACTS[0];
    inv.acts = picks.map(([label, taxed, [lo, hi]], k) => ({ day: addDays(inv.date, -x.int(1, 28) - k), agent: initials(x), file: seven(x), label, taxed, unit: x.int(lo / 100, hi / 100) * 100 }));
    inv.acts.sort((a, b) => (a.day.y * 400 + a.day.m * 32 + a.day.d) - (b.day.y * 400 + b.day.m * 32 + b.day.d));
    inv.lines = inv.acts.map((a) => ({ label: a.label, qty: 1, unit: a.unit, rate: sole || !a.taxed ? 0 : 2000, act: a }));
    const home = inv.acts.find((a) => /Contre-visite/.test(a.label));
    if (home && x.chance(0.7)) inv.lines.push({ label: 'Indemnité de déplacement (contre-visite au domicile de l’agent)', qty: 1, unit: x.int(15, 35) * 100, rate: sole ? 0 : 2000, act: { ...home, label: 'Indemnité de déplacement (contre-visite au domicile de l’agent)' } });
    return priceLines(inv, sole ? [0] : [0, 2000]);
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Note', 'Feuil1', 'Honoraires']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Verdana']));
    sheet.columns = [{ width: 11 }, { width: 10 }, { width: 11 }, { width: 46 }, { width: 11 }, { width: 13 }];
    const header = [s.name, s.tagline, `Agréé par arrêté préfectoral n° ${inv.arrete}`, ...s.address, `Tél. ${s.phone}`, `RPPS ${inv.rpps}`, ...(inv.print.supplierSiret ? [`SIRET ${spacedSiret(x, s.siret)}`] : []), ...(inv.vatExempt ? [] : [`N° TVA ${s.vat}`])];
    header.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 13 : 8.5, italic: k === 1 }));
    const buyer = buyerTexts(inv, x);
    buyer.forEach((text, k) => put(`D${k + 3}`, text, { bold: k === 0, size: 9.5 }));
    let r = Math.max(header.length, buyer.length + 3) + 2;
    if (x.chance(0.5)) {
      put(`D${r - 1}`, placeAndDate(inv, 'long'), { size: 9, align: 'right' });
    }
    put(`A${r}`, x.pick(['NOTE D’HONORAIRES VALANT FACTURE', 'Note d’honoraires – facture', 'FACTURE – NOTE D’HONORAIRES', 'FACTURE']), { bold: true, size: 15 });
    r += 2;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention de médecin agréé n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service RH (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const ident = [[x.pick(['N°', 'Note n°', 'Numéro']), inv.number], ['Date', dateValue(inv.date)], ['Échéance', dateValue(inv.due)], ...shown];
    ident.forEach(([k, v], n) => {
      put(`A${r + n}`, k, { size: 8.5, color: 'FF555555' });
      put(`C${r + n}`, v, { bold: n < 2 || n >= 3, size: n === 0 ? 11 : 9.5, numFmt: v instanceof Date ? 'dd/mm/yyyy' : undefined, align: 'left' });
    });
    r += ident.length + 1;
    if (sentence) {
      put(`A${r}`, sentence, { italic: true, size: 8.5 });
      r += 2;
    }
    ['Date', 'Agent', 'N° dossier', 'Acte', 'TVA', 'Honoraires'].forEach((t, k) => put(`${'ABCDEF'[k]}${r}`, t, { bold: true, border: true, fill: 'FFDCE6F2', size: 8.5, align: k >= 4 ? 'center' : undefined }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, dateValue(l.act.day), { border: true, size: 8.5, numFmt: 'dd/mm/yyyy' });
      put(`B${n}`, l.act.agent, { border: true, size: 8.5 });
      put(`C${n}`, l.act.file, { border: true, size: 8.5 });
      put(`D${n}`, l.label, { border: true, size: 8.5, wrap: true });
      if (l.label.length > 50) sheet.getRow(n).height = 24;
      put(`E${n}`, inv.vatExempt ? '—' : l.rate ? rate(l.rate) : 'Exonéré', { border: true, size: 8.5, align: 'center' });
      put(`F${n}`, euros(l.total), { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const last = first + inv.lines.length - 1;
    r = last + 2;
    const rows = [];
    if (inv.vatExempt) {
      rows.push(['Total des honoraires', { formula: `SUM(F${first}:F${last})`, result: euros(inv.ht) }], ['TVA', 'non applicable'], ['Net à payer', euros(inv.net), true]);
    } else {
      const exempt = inv.vat.find((v) => v.rate === 0)?.base ?? 0;
      const taxed = inv.vat.find((v) => v.rate === 2000)?.base ?? 0;
      rows.push(
        ['Actes exonérés (art. 261-4-1° du CGI)', { formula: `SUMIF(E${first}:E${last},"Exonéré",F${first}:F${last})`, result: euros(exempt) }],
        ['Actes soumis à la TVA, HT', { formula: `SUMIF(E${first}:E${last},"20 %",F${first}:F${last})`, result: euros(taxed) }],
        ['Total HT', { formula: `SUM(F${first}:F${last})`, result: euros(inv.ht) }],
        ['TVA 20 %', euros(inv.tva)],
        ['Total TTC', euros(inv.ttc)],
        [x.pick(['Net à payer', 'Montant dû']), euros(inv.net), true],
      );
    }
    rows.forEach(([k, v, strong], m) => {
      sheet.mergeCells(`A${r + m}:E${r + m}`);
      put(`A${r + m}`, k, { bold: strong, size: 9.5, align: 'right' });
      put(`F${r + m}`, v, { bold: strong, size: 9.5, numFmt: typeof v === 'string' ? undefined : EUR_FORMAT, align: typeof v === 'string' ? 'right' : undefined, border: strong ? 'top' : undefined });
    });
    r += rows.length + 1;
    const notes = [
      inv.vatExempt ? 'TVA non applicable, art. 293 B du CGI.' : 'Examens d’aptitude exonérés de TVA (art. 261-4-1° du CGI) ; contre-visites et expertises sans finalité thérapeutique soumises à la TVA au taux de 20 %.',
      'Secret médical : les conclusions sont adressées sous pli confidentiel à l’autorité territoriale ou au secrétariat du conseil médical.',
      inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv),
      `Paiement à 30 jours. ${LATE_FEES}`,
      `${s.name} – médecin généraliste, entrepreneur individuel – ${inv.print.supplierSiret ? `SIRET ${s.siret} – ` : ''}RPPS ${inv.rpps} – Conseil départemental de l’ordre des médecins de la Loire`,
    ];
    notes.forEach((t, k) => put(`A${r + k}`, t, { size: k === 4 ? 7 : 8, italic: k < 2 }));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

// ——— 2. A loss adjuster working for the insured public body: a Word fee note. ———
const BUILDINGS = ['Gymnase Jean Jaurès', 'École élémentaire du Soleil', 'Salle des fêtes municipale', 'Médiathèque Louise Labé', 'Centre technique municipal', 'Groupe scolaire des Tilleuls', 'Maison des associations'];
const LOSSES = ['Incendie d’origine électrique', 'Dégât des eaux (rupture de canalisation)', 'Tempête et grêle – toiture et verrières', 'Effraction et actes de vandalisme', 'Inondation du sous-sol'];
const INSURERS = ['SMACL Assurances', 'Groupama Rhône-Alpes Auvergne', 'MMA Entreprise', 'Allianz IARD', 'AXA France IARD'];
const ADJUSTERS = ['Cabinet Expertises Sinistres Loire', 'Expert’Assuré Rhône-Alpes', 'Cabinet Vial Expertise', 'Forez Expertise Conseil'];
const expert = {
  name: 'a-expert-assure',
  family: 'loss-adjuster-for-insured-fee-brackets-indemnity-info-provision-word',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('a-expert-assure', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: ['plain', 'ebp', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo'], marketProb: 0.35, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'adjuster');
    renameSupplier(inv, x.pick(ADJUSTERS), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '6621Z';
    adminBuyer(inv, x, 'insurance', 0.85);
    localReferences(inv, x);
    maybeRelabel29(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.file = seven(x);
    inv.claim = {
      building: x.pick(BUILDINGS), loss: x.pick(LOSSES), day: addDays(inv.date, -x.int(90, 540)), insurer: x.pick(INSURERS),
      policy: `${x.int(1, 9)}${x.digits(x.pick([7, 8, 9]))}`, reference: `${inv.date.y - 1}${x.digits(6)}`,
    };
    inv.mandate = addDays(inv.claim.day, x.int(3, 20));
    const damage = x.int(18000, 420000) * 100;
    const deductible = x.pick([100000, 150000, 300000, 500000]);
    const immediate = Math.round((damage - deductible) * (x.int(55, 80) / 100));
    const deferred = x.chance(0.6) ? damage - deductible - immediate : 0;
    inv.indemnity = { damage, deductible, immediate, deferred, total: immediate + deferred };
    inv.stage = deferred ? 'final' : 'immediate';
    inv.brackets = bracketFees(inv.indemnity.total, [{ upTo: 5000000, pct: x.pick([600, 700]) }, { upTo: 15000000, pct: x.pick([400, 450]) }, { upTo: null, pct: x.pick([250, 300]) }]);
    inv.lines = inv.brackets.map((b) => ({ label: `Honoraires proportionnels – tranche de ${plainMoney(inv, b.from)} € à ${plainMoney(inv, b.to)} € (${String(b.pct / 100).replace('.', ',')} % de ${plainMoney(inv, b.base)} €)`, qty: 1, unit: b.fee, rate: 2000 }));
    inv.lines.push({ label: 'Vacations : réunions d’expertise contradictoire (par demi-journée)', qty: x.int(1, 5), unit: x.int(350, 550) * 100, rate: 2000 });
    inv.lines.push({ label: 'Frais de dossier, déplacements et reprographie (forfait)', qty: 1, unit: x.int(150, 400) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    inv.provision = i % 2 === 0 ? deductDeposit(inv, x, x.pick([20, 25, 30]), addDays(inv.mandate, x.int(1, 10))) : null;
    return inv;
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’assistance à expertise n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service assurances (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const merged = x.chance(0.5);
    const c = inv.claim;
    const claimRows = [
      ['Bâtiment sinistré', c.building],
      ['Nature et date du sinistre', `${c.loss} – ${fmtDate(c.day, 'long')}`],
      ['Assureur dommages aux biens de la collectivité', c.insurer],
      ['Police d’assurance n°', c.policy],
      ['Référence du sinistre chez l’assureur', c.reference],
      ['Mandat d’expertise signé le', fmtDate(inv.mandate, 'slash')],
      ...(merged ? shown : []),
    ];
    const ind = inv.indemnity;
    const indRows = [
      ['Dommages chiffrés contradictoirement', money(inv, ind.damage)],
      ['Franchise contractuelle (à la charge de la collectivité)', money(inv, ind.deductible)],
      ['Indemnité immédiate (valeur d’usage)', money(inv, ind.immediate)],
      ...(ind.deferred ? [['Indemnité différée (sur justificatifs de reconstruction)', money(inv, ind.deferred)]] : []),
      ['Total des indemnités obtenues – base des honoraires', money(inv, ind.total)],
    ];
    const lines = inv.lines.map((l) => [l.label, String(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['Total HT', money(inv, inv.ht)], ['TVA 20 %', money(inv, inv.tva)], ['Total TTC', money(inv, inv.ttc)]];
    if (inv.provision) totals.push([`Provision sur honoraires – facture n° ${inv.provision.number} du ${fmtDate(inv.provision.date, 'slash')}`, money(inv, -inv.provision.amount)], [x.pick(['Solde à régler', 'Net à payer', 'Reste dû']), money(inv, inv.net)]);
    else totals.push([x.pick(['Net à payer', 'Montant à régler']), money(inv, inv.net)]);
    const me = supplierTexts(inv, x);
    const accent = x.pick(['0B3D2E', '263238', '4A148C']);
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri', 'Cambria']), size: 9, margins: [15, 17, 20, 17],
      header: [para(me[0], { bold: true, size: 13, color: accent }), para('Expert d’assuré – défense des intérêts des assurés sinistrés', { size: 7.6, italics: true }), para(me.slice(1).join(' – '), { size: 7 })],
      footer: [para(legalLine(inv), { size: 6.4, align: 'center' }), para(`Garantie financière et assurance RCP : police n° ${x.int(1, 9)}${x.digits(7)}`, { size: 6.4, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([92, 84], [[{ paragraphs: [para(x.pick(['NOTE D’HONORAIRES', 'FACTURE D’HONORAIRES', 'Note d’honoraires valant facture']), { bold: true, size: 16, color: accent }), para('', { after: 3 }), ...(x.chance(0.5) ? [para(placeAndDate(inv, 'long'), { size: 9 })] : [])] }, { paragraphs: buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0, size: 9.4 })) }]], { borders: NO_BORDERS }),
        para('', { after: 3 }),
        wordTable([34, 44], [['Facture n°', { text: inv.number, bold: true, size: 11 }], ['Date', date(inv, inv.date)], ['Notre dossier', inv.file], ['Échéance', fmtDate(inv.due, 'slash')]], { borders: GRID, size: 8.6, alignment: AlignmentType.RIGHT }),
        ...(!merged && shown.length ? [para('Vos références', { bold: true, size: 8.4, before: 5, after: 1 }), wordTable([58, 60], shown.map(([k, v]) => [k, { text: v, bold: true }]), { borders: ROWS, size: 8.6 })] : []),
        para('Sinistre', { bold: true, size: 9.4, before: 6, after: 1, color: accent }),
        wordTable([44, 132], claimRows.map(([k, v]) => [{ text: k, shade: 'EEF2F0' }, v]), { borders: GRID, size: 8.4 }),
        ...(sentence ? [para(sentence, { italics: true, size: 8.4, before: 3 })] : []),
        para(`Indemnités obtenues de l’assureur (pour information${inv.stage === 'final' ? ' – règlement définitif' : ' – règlement immédiat'})`, { bold: true, size: 9.4, before: 6, after: 1, color: accent }),
        wordTable([120, 40], indRows, { borders: ROWS, size: 8.4, align: ['left', 'right'] }),
        para('Honoraires', { bold: true, size: 9.4, before: 6, after: 1, color: accent }),
        wordTable([110, 12, 26, 28], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], bold: true, shade: 'DDE5E1' }, ...lines], { borders: GRID, size: 8, align: ['left', 'right', 'right', 'right'] }),
        para('', { after: 3 }),
        wordTable([80, 32], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic} – en rappelant notre dossier ${inv.file}.` : paymentText(inv), { size: 8.4, before: 5 }),
        para(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 7, before: 2 }),
        para('Les honoraires sont calculés sur le montant des indemnités obtenues, selon le barème dégressif de la lettre de mission.', { size: 7, italics: true, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

export default [medecin, expert];

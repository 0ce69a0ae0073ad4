// Blind-42 layout drawn by PDFKit (see ../../README.md): a tutor's invoice for a commune's homework-help club (CLAS),
// written by a hand-made invoicing tool of a micro-entrepreneur (the identity on the title line « Facture n° … du … »,
// the sessions by date with their hours in hours and minutes, the pupils' group; exempt under art. 293 B; the CLAS
// agreement of seven digits and the CAF file of eight beside the engagement, which is in a sentence or in a line of
// references; the travel by the kilometre on some).
import { p, rule, space, table, columns } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { buyerTexts, frNumber, paras } from '../../lib/blind5.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, hoursMinutes } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { childhoodBuyer, eight42, maybeRelabel42, seven42 } from '../../lib/blind42.mjs';

const GROUPS = ['CP-CE1', 'CE2-CM1', 'CM1-CM2', '6e-5e', '4e-3e'];
const soutien = {
  name: 'an-soutien-scolaire-clas',
  family: 'homework-club-tutor-title-line-293b',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('an-soutien-scolaire-clas', i, { supplier: 'micro', cityProb: 0.35, engagementProb: 0.65, numbers: ['micro', 'carnet', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.05, serviceProb: 0.35, dateStyles: ['slash', 'long'], groups: ['space', 'none'], lines: [1, 1] });
    const x = extraRng(inv, 'clas');
    inv.supplier.tagline = x.pick(['Professeure des écoles – soutien scolaire', 'Accompagnement à la scolarité', 'Aide aux devoirs et méthodologie']);
    childhoodBuyer(inv, x, 'education', 0.85);
    localReferences(inv, x);
    maybeRelabel42(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.clas = seven42(x);
    inv.cafFile = eight42(x);
    inv.group = x.pick(GROUPS);
    const hourly = x.int(28, 42) * 100;
    inv.lines = [];
    let day = addDays(inv.date, -x.int(25, 35));
    const n = x.int(4, 9);
    for (let k = 0; k < n; k++) {
      const minutes = x.pick([60, 90, 90, 120]);
      day = addDays(day, x.pick([2, 3, 7]));
      inv.lines.push({ label: `Séance du ${fmtDate(day, 'slash')} – groupe ${inv.group} (${hoursMinutes(minutes)})`, qty: minutes / 60, unit: hourly, rate: 0 });
    }
    if (x.chance(0.5)) {
      inv.km = x.int(6, 30) * 2 * n;
      inv.lines.push({ label: `Indemnités kilométriques (${inv.km} km × 0,45 €)`, qty: inv.km, unit: 45, rate: 0, km: true });
    }
    return priceLines(inv, [0]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°'], service: ['Code service', 'Service'] });
    const sentence = inv.engagement && x.chance(0.5) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const rows = inv.lines.map((l) => [l.label, l.km ? frNumber(l.qty) : frNumber(l.qty, l.qty % 1 ? 2 : 0), l.km ? '0,45' : plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    return {
      font: x.pick(['Helvetica', 'Times']), size: 9.4, margins: [16, 18, 20, 18],
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 12 }), p(s.tagline, { size: 8.6 }), ...s.address.map((t) => p(t, { size: 8.6 })), p(s.email, { size: 8.6 }), p(`SIRET : ${s.siret}`, { size: 8.6 })],
          [space(8), ...paras(buyerTexts(inv, x), { size: 9 })],
        ]),
        space(8),
        p(`Facture n° ${inv.number} du ${date(inv, inv.date)}`, { b: true, size: 12.5 }),
        p(`Convention CLAS n° ${inv.clas} – dossier CAF ${inv.cafFile}`, { size: 8.6 }),
        ...(shown.length ? [p(shown.map(([k, v]) => `${k} : ${v}`).join('   ·   '), { size: 8.6 })] : []),
        space(3),
        p(`Contrat local d’accompagnement à la scolarité – groupe ${inv.group}`, { size: 9 }),
        ...(sentence ? [p(sentence, { size: 8.6, i: true })] : []),
        table([104, 18, 26, 32], [{ cells: ['Prestation', 'Heures', 'Taux horaire', 'Montant'], b: true, line: 'bottom' }, ...rows], { border: 'head', size: 8.6, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        columns([110, 70], [[], [table([38, 32], [['Total', money(inv, inv.ht)], { cells: [x.pick(['Net à payer', 'Montant dû']), money(inv, inv.net)], b: true }], { border: 'rows', size: 9.4, align: ['left', 'right'] })]]),
        space(4),
        p(inv.vatExempt, { size: 8.6, i: true }),
        p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${inv.print.iban ? `Virement sur le compte IBAN ${iban(inv)} (BIC ${s.bic}).` : 'Règlement par mandat administratif.'}`, { size: 8.6 }),
        p('Pas d’escompte pour paiement anticipé. Pénalités de retard : trois fois le taux d’intérêt légal ; indemnité forfaitaire de recouvrement : 40 €.', { size: 7.4 }),
        rule(),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.8 })],
    };
  },
};

export default [soutien];

// Blind-2 layouts printed by LibreOffice from flat ODF (see ../../README.md): a formal Writer invoice whose total is
// also written out in words (« Arrêtée la présente facture à la somme de … »), a professional's fees with
// « débours » outside the VAT base, a « gestion commerciale » invoice with carriage costs and a conditional early-payment
// discount, and a Calc time sheet billed by the hour with weekly subtotals.
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays, decimal, euroWords, iso, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, recompute, references, siret } from '../../lib/invoice.mjs';
import { buyerLines, itemsTable, legalFooter, supplierLines, totalsTable } from '../../lib/blocks.mjs';

const amountWords = {
  name: 'arretee-lettres',
  family: 'amount-in-words',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => makeInvoice('arretee-lettres', i, { trades: ['btp', 'services', 'food'], numbers: ['plain', 'slash', 'micro'], lines: [1, 5], engagementProb: 0.6, engagementLabels: ['engagementJuridiqueNo', 'numeroEj', 'commandePublique'], dateStyles: ['long', 'slash'], rates: [[2000], [1000], [2000, 1000]], depositPct: [0, 0, 20], groups: ['space', 'dot'], cityProb: 0.5, rcsProb: 0.6 }),
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const phrase = x.pick(['Arrêtée la présente facture à la somme de', 'Arrêté la présente facture à la somme de', 'La présente facture est arrêtée à la somme de']);
    const totals = [['Montant HT', inv.ht], ...inv.vat.map((v) => [`TVA à ${rate(v.rate)}`, v.amount]), ['Montant TTC', inv.ttc, { b: !inv.deposit }]];
    if (inv.deposit) totals.push([`Acompte perçu le ${date(inv, inv.previousDeposit)}`, -inv.deposit], ['Net à payer', inv.net, { b: true }]);
    const words = euroWords(inv.ttc);
    return {
      font: 'Liberation Serif', size: 10.5, margins: [16, 18, 22, 18],
      body: [
        p(s.legalName, { size: 15, b: true, align: 'center' }),
        p(`${s.address.join(' – ')} – Tél. ${s.phone}`, { align: 'center', size: 9 }),
        p([inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `TVA ${s.vat}`].filter(Boolean).join(' – '), { align: 'center', size: 9 }),
        { t: 'rule' },
        space(6), columns([84, 90], [[], buyerLines(inv, { heading: x.pick(['À l’attention de', 'Destinataire', '']) })]),
        p(`${s.address[1].replace(/^\d+ /, '')}, le ${date(inv, inv.date, 'long')}`, { align: 'right', before: 6 }),
        p(`FACTURE N° ${inv.number}`, { b: true, size: 13, align: 'center', before: 6, after: 2 }),
        p(`Objet : ${inv.lines[0].label.toLowerCase()}${inv.lines.length > 1 ? ' et prestations annexes' : ''}`, { i: true }),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        itemsTable(inv, { heads: ['Désignation', 'Qté', 'Prix unitaire HT', 'TVA', 'Montant HT'], border: 'grid' }),
        totalsTable(inv, totals, { border: 'grid', widths: [56, 30], indent: 88 }),
        p([{ text: `${phrase} ` }, { text: `${words} TTC`, b: true }, { text: '.' }], { before: 5 }),
        p(inv.print.iban ? `Règlement par virement au compte IBAN ${iban(inv)} (BIC ${s.bic}), à ${inv.due.y === inv.date.y && inv.due.m === inv.date.m ? 'réception' : `échéance du ${date(inv, inv.due)}`}.` : 'Règlement par chèque à l’ordre de ' + s.name + '.', { before: 4, size: 9.5 }),
        p(x.pick(['Le gérant,', 'La direction,', 'Pour la société,']), { align: 'right', before: 8, i: true }),
      ],
      footer: legalFooter(inv),
    };
  },
};

/** Professionals who advance costs for their clients: fees and expenses bear VAT, « débours » do not. */
const PROFESSIONALS = [
  { name: 'Cabinet Lafont', form: 'SELARL', job: 'Géomètres-Experts', fees: ['Bornage contradictoire', 'Relevé topographique', 'Plan de division', 'Implantation'], costs: ['Frais de déplacement'], debours: ['Frais de publicité foncière', 'Extraits cadastraux', 'Frais postaux (LRAR)'] },
  { name: 'Étude Besson & Associés', form: 'SELAS', job: 'Commissaires de justice', fees: ['Procès-verbal de constat', 'Signification d’acte', 'Émoluments de recouvrement'], costs: ['Frais de déplacement'], debours: ['Taxe forfaitaire (art. 302 bis Y du CGI)', 'Frais d’affranchissement', 'Frais de serrurier avancés'] },
  { name: 'Transit Loire International', form: 'SAS', job: 'Commissionnaire en douane', fees: ['Honoraires de dédouanement', 'Frais de dossier', 'Établissement DAE'], costs: ['Transport routier'], debours: ['Droits de douane acquittés pour votre compte', 'Frais de magasinage portuaire'] },
  { name: 'Cabinet Arnaud Avocats', form: 'SELARL', job: 'Avocats au barreau de Saint-Étienne', fees: ['Honoraires – consultation', 'Honoraires – rédaction de mémoire', 'Audience du tribunal administratif'], costs: ['Frais de déplacement'], debours: ['Frais de greffe', 'Droit de plaidoirie', 'Frais d’huissier avancés'] },
];

const debours = {
  name: 'debours-honoraires',
  family: 'debours',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('debours-honoraires', i, { numbers: ['plain', 'year2', 'hash'], engagementProb: 0.55, engagementLabels: ['ej', 'engagementJuridiqueNo', 'referenceEngagement'], dateStyles: ['slash', 'long'], rates: [[2000]], depositPct: [0, 0, 30], groups: ['space', 'nbsp', 'none'], rcsProb: 0.4, marketProb: 0.4 });
    const x = extraRng(inv, 'debours');
    const pro = x.pick(PROFESSIONALS);
    const slug = pro.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    Object.assign(inv.supplier, { name: pro.name, form: pro.form, legalName: `${pro.name} ${pro.form}`, tagline: pro.job, email: `contact@${slug}.fr`, web: `www.${slug}.fr` });
    const fees = pro.fees.slice(0, x.int(1, pro.fees.length)).map((label) => ({ label, qty: 1, unit: x.int(15000, 180000), rate: 2000, kind: 'fee' }));
    const costs = x.chance(0.7) ? pro.costs.map((label) => ({ label, qty: x.pick([1, 2, 3]), unit: x.int(2500, 9000), rate: 2000, kind: 'fee' })) : [];
    const advanced = pro.debours.slice(0, x.int(1, pro.debours.length)).map((label) => ({ label, qty: 1, unit: x.int(800, 45000), rate: 0, kind: 'debours' }));
    inv.lines = [...fees, ...costs, ...advanced].map((line) => ({ ...line, total: Math.round(line.qty * line.unit) }));
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const taxable = inv.lines.filter((l) => l.kind === 'fee');
    const advanced = inv.lines.filter((l) => l.kind === 'debours');
    const taxableTotal = taxable.reduce((sum, l) => sum + l.total, 0);
    const advancedTotal = advanced.reduce((sum, l) => sum + l.total, 0);
    const section = (title) => ({ cells: [{ text: title, span: 3, b: true, shade: '#eeeeee' }, { text: '', shade: '#eeeeee' }] });
    const row = (l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)];
    const vatLine = inv.vat.find((v) => v.rate === 2000);
    const rows = [
      ['Total honoraires et frais HT', taxableTotal],
      [x.pick(['Total débours (non soumis à TVA)', 'Débours – hors champ de TVA', 'Total des débours']), advancedTotal],
      [x.pick(['Total HT', 'Montant total HT']), inv.ht, { b: true }],
      [`TVA 20 % sur ${plainMoney(inv, vatLine.base)}`, vatLine.amount],
      ['Total TTC', inv.ttc, { b: !inv.deposit }],
    ];
    if (inv.deposit) rows.push([`Provision reçue le ${date(inv, inv.previousDeposit)}`, -inv.deposit], [x.pick(['Solde à régler', 'Reste dû']), inv.net, { b: true }]);
    return {
      font: 'DejaVu Serif', size: 9.5, margins: [15, 16, 22, 16],
      body: [
        columns([100, 80], [[p(s.name, { size: 14, b: true }), p(s.tagline, { i: true }), ...s.address.map((line) => p(line)), p(`Tél. ${s.phone} – ${s.email}`), inv.print.supplierSiret ? p(`SIRET ${siret(inv)}`) : space(1)], buyerLines(inv, { heading: 'Client' })]),
        p(`Note d’honoraires et de frais – Facture n° ${inv.number}`, { b: true, size: 12, before: 8 }),
        p(`Date : ${date(inv, inv.date)}${x.chance(0.5) ? ` – Dossier ${inv.quote}` : ''}`),
        ...references(inv).map(([k, v]) => p(`${k} : ${v}`)),
        table([108, 16, 28, 30], [
          { cells: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], b: true },
          section('Honoraires et frais (TVA 20 %)'), ...taxable.map(row),
          section('Débours (art. 267 II-2° du CGI)'), ...advanced.map(row),
        ], { border: 'grid', align: ['left', 'right', 'right', 'right'], before: 4, after: 3 }),
        totalsTable(inv, rows, { widths: [62, 30], indent: 90, border: 'rows' }),
        p('Débours : sommes payées au nom et pour le compte du client, refacturées à l’euro près, hors champ d’application de la TVA.', { size: 8, before: 3, i: true }),
        p(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par chèque à l’ordre du cabinet.', { before: 3, size: 9 }),
      ],
      footer: legalFooter(inv),
    };
  },
};

const CARRIAGE = [1500, 2500, 3900, 4590, 7500, 12000];

const carriageDiscount = {
  name: 'port-escompte',
  family: 'gestion-commerciale',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('port-escompte', i, { trades: ['goods', 'books'], numbers: ['sage', 'ciel', 'ebp'], lines: [2, 7], engagementProb: 0.55, engagementLabels: ['bdc', 'numeroBonCommande', 'vosReferencesBdc', 'ej'], dateStyles: ['slash', 'slash2', 'dots'], rates: [[2000], [550, 2000], [550]], groups: ['space', 'dot', 'none'], rcsProb: 0.6, currencyGap: 1 });
    const x = extraRng(inv, 'port');
    inv.lines.push({ label: 'Frais de port', ref: 'PORT', qty: 1, unit: x.pick(CARRIAGE), rate: inv.rates[inv.rates.length - 1], carriage: true });
    inv.lines.at(-1).total = inv.lines.at(-1).unit;
    inv.escomptePct = x.pick([1, 2, 2, 3]);
    inv.escompteDays = x.pick([8, 10, 15]);
    return recompute(inv);
  },
  doc(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const goods = inv.lines.filter((l) => !l.carriage);
    const carriage = inv.lines.find((l) => l.carriage);
    const code = (r) => ({ 2000: 'T1', 1000: 'T2', 550: 'T3' })[r];
    const head = table([28, 19, 17, 10], [{ cells: ['Numéro', 'Date', 'Code client', 'Page'], b: true, shade: '#dddddd', size: 7.5 }, { cells: [inv.number, date(inv, inv.date), inv.clientCode, '1'], size: 8.5 }], { border: 'grid', align: ['center', 'center', 'center', 'center'], before: 2 });
    const lineRows = goods.map((l) => [l.ref, l.label, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total), code(l.rate)]);
    const vatRows = table([14, 26, 26, 26], [{ cells: ['Code', 'Base HT', 'Taux', 'TVA'], b: true, size: 8 }, ...inv.vat.map((v) => [code(v.rate), plainMoney(inv, v.base), rate(v.rate), plainMoney(inv, v.amount)])], { border: 'grid', align: ['center', 'right', 'right', 'right'], size: 8.5 });
    const totals = table([42, 30], [
      ['Total marchandises HT', money(inv, goods.reduce((sum, l) => sum + l.total, 0))],
      ['Frais de port HT', money(inv, carriage.total)],
      { cells: ['Total HT', money(inv, inv.ht)], b: true },
      ['Total TVA', money(inv, inv.tva)],
      ['Total TTC', money(inv, inv.ttc)],
      { cells: [x.pick(['Net à payer', 'NET A PAYER', 'Net à payer TTC']), money(inv, inv.net)], b: true, shade: '#dddddd' },
    ], { border: 'grid', align: ['left', 'right'] });
    const escompte = Math.round((inv.ttc * inv.escomptePct) / 100);
    const limit = addDays(inv.date, inv.escompteDays);
    const escompteText = x.pick([
      `Escompte de ${inv.escomptePct} % pour règlement avant le ${date(inv, limit)} : ${money(inv, escompte)} (montant à régler dans ce cas : ${money(inv, inv.ttc - escompte)}).`,
      `Conditions d’escompte : ${inv.escomptePct} % pour paiement sous ${inv.escompteDays} jours, soit ${money(inv, escompte)} à déduire si le règlement nous parvient avant le ${date(inv, limit)}.`,
    ]);
    return {
      font: 'Liberation Sans', size: 9, margins: [12, 14, 20, 14],
      body: [
        columns([104, 76], [supplierLines(inv, { vat: true }), [p('FACTURE', { size: 17, b: true, align: 'right' }), head]]),
        space(3),
        columns([90, 90], [[p('Adresse de livraison', { b: true, size: 8, color: '#555555' }), p(inv.buyer.name), p(x.pick(['Service technique – magasin', 'Centre technique municipal', 'Quai de réception'])), p(inv.buyer.lines.at(-1)), ...references(inv).map(([k, v]) => p(`${k} : ${v}`, { before: 1 }))], buyerLines(inv, { heading: 'Adresse de facturation' })]),
        table([22, 84, 14, 24, 26, 10], [{ cells: ['Code', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT', 'TVA'], b: true, shade: '#dddddd' }, ...lineRows], { border: 'grid', align: ['left', 'left', 'right', 'right', 'right', 'center'], before: 4, after: 3, size: 8.5 }),
        columns([100, 8, 72], [[p('Détail de la TVA', { b: true, size: 8 }), vatRows, p(`Échéance : ${date(inv, inv.due)} – ${inv.print.iban ? 'virement' : 'chèque'}`, { size: 8.5, before: 3 })], [], [totals]]),
        p(escompteText, { size: 8.5, before: 4 }),
        inv.print.iban ? p(`Nos coordonnées bancaires : IBAN ${iban(inv)} – BIC ${s.bic}`, { size: 8.5, before: 1 }) : space(1),
        p('Pénalités de retard : trois fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 7, before: 2, color: '#555555' }),
      ],
      footer: legalFooter(inv),
    };
  },
};

const PEOPLE = [['J. Moreau', 4500], ['S. Blanc', 5250], ['A. Garcia', 3800], ['L. Bertrand', 6200], ['C. Roche', 4250]];
const HOURS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 6, 7, 7.5, 8];

/** ISO week number of a date. */
function isoWeek({ y, m, d }) {
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const start = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  return Math.ceil(((t - start) / 86400000 + 1) / 7);
}

const euros = (cents) => Number(decimal(cents));
const cur = (cents, extra = {}) => ({ v: euros(cents), type: 'money', ...extra });
const blank = (n) => Array.from({ length: n }, () => null);

const timesheet = {
  name: 'regie-heures',
  family: 'timesheet',
  producers: ['libreoffice'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('regie-heures', i, { trades: ['services', 'btp'], numbers: ['compact', 'plain', 'year2'], engagementProb: 0.6, engagementLabels: ['engagementJuridiqueNo', 'bdc', 'ej', 'commandeClient'], rates: [[2000]], buyerSiretProb: 0.6, rcsProb: 0.5 });
    const x = extraRng(inv, 'regie');
    const team = PEOPLE.slice(0, x.int(1, 3));
    const start = addDays({ y: inv.date.y, m: inv.date.m, d: 1 }, -x.int(25, 35));
    const count = x.int(7, 15);
    const days = Array.from({ length: count }, () => x.int(0, 26)).sort((a, b) => a - b);
    inv.lines = days.map((offset, k) => {
      const [person, unit] = team[k % team.length];
      const hours = x.pick(HOURS);
      const label = inv.lines[k % inv.lines.length].label;
      return { day: addDays(start, offset), person, label, qty: hours, unit, rate: 2000, total: Math.round(hours * unit) };
    });
    return recompute(inv);
  },
  sheet(inv) {
    const s = inv.supplier;
    const b = inv.buyer;
    const border = 'grid';
    const rows = [
      [{ v: s.legalName, b: true, size: 14, span: 4 }, ...blank(3), { v: 'FACTURE', b: true, size: 16, span: 2, align: 'right' }, null],
      [{ v: s.address.join(', '), span: 4, size: 8.5 }, ...blank(3), { v: `N° ${inv.number}`, span: 2, align: 'right', b: true }, null],
      [{ v: `Tél. ${s.phone} – ${s.email}`, span: 4, size: 8.5 }, ...blank(3), { v: 'Date', align: 'right' }, { v: iso(inv.date), type: 'date' }],
      [{ v: [inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, `TVA ${s.vat}`].filter(Boolean).join(' – '), span: 4, size: 8.5 }, ...blank(5)],
      blank(6),
      [{ v: 'Client', b: true }, { v: b.name, span: 3, b: true }, null, null, ...blank(2)],
      ...b.lines.map((line) => [null, { v: line, span: 3 }, null, null, ...blank(2)]),
      ...(inv.print.buyerSiret ? [[{ v: 'SIRET' }, { v: siret(inv, b.siret), span: 3 }, null, null, ...blank(2)]] : []),
      ...references(inv).map(([k, v]) => [{ v: k, wrap: true }, { v, span: 3, align: 'left' }, null, null, ...blank(2)]),
      blank(6),
      [{ v: `Relevé des interventions en régie – ${MONTHS[(inv.lines[0].day.m + 11) % 12]} ${inv.lines[0].day.y}`, b: true, span: 6 }, ...blank(5)],
      [{ v: 'Date', b: true, border, shade: '#e2ecf6' }, { v: 'Intervenant', b: true, border, shade: '#e2ecf6' }, { v: 'Nature de l’intervention', b: true, border, shade: '#e2ecf6' }, { v: 'Heures', b: true, border, shade: '#e2ecf6' }, { v: 'Taux horaire HT', b: true, border, shade: '#e2ecf6', wrap: true }, { v: 'Montant HT', b: true, border, shade: '#e2ecf6' }],
    ];
    // One subtotal per ISO week, as a time sheet kept in a spreadsheet sums them.
    let week = null;
    let weekHours = 0;
    let weekAmount = 0;
    const flush = () => {
      if (week === null) return;
      rows.push([{ v: `Sous-total semaine ${week}`, i: true, span: 3, border }, null, null, { v: weekHours, type: 'qty', i: true, border }, { v: '', border }, cur(weekAmount, { i: true, border })]);
    };
    for (const l of inv.lines) {
      const w = isoWeek(l.day);
      if (w !== week) {
        flush();
        week = w;
        weekHours = 0;
        weekAmount = 0;
      }
      weekHours += l.qty;
      weekAmount += l.total;
      rows.push([{ v: iso(l.day), type: 'date', border, align: 'left' }, { v: l.person, border }, { v: l.label, border }, { v: l.qty, type: 'qty', border }, cur(l.unit, { border }), cur(l.total, { border })]);
    }
    flush();
    const hours = inv.lines.reduce((sum, l) => sum + l.qty, 0);
    rows.push(
      blank(6),
      [{ v: 'Total des heures', span: 3 }, null, null, { v: hours, type: 'qty', b: true }, ...blank(2)],
      [...blank(3), { v: 'Total HT', b: true, span: 2 }, null, cur(inv.ht, { b: true })],
      [...blank(3), { v: 'TVA 20 %', span: 2 }, null, cur(inv.tva)],
      [...blank(3), { v: 'Total TTC', b: true, span: 2, border: 'top' }, null, cur(inv.ttc, { b: true, border: 'top' })],
      blank(6),
      [{ v: inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par chèque ou mandat administratif.', span: 6, size: 8.5 }, ...blank(5)],
      [{ v: legalLine(inv), span: 6, size: 7, wrap: true }, ...blank(5)],
    );
    return { font: 'Liberation Sans', size: 9, colWidths: [24, 28, 62, 18, 26, 28], rows };
  },
};

export default [amountWords, debours, carriageDiscount, timesheet];

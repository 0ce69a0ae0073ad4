// Blind-3 layouts written as real Office files (Word .docx, Excel .xlsx) and printed by LibreOffice (see
// ../../README.md): a letterhead whose buyer block stands on the left and the supplier's on the right (also drawn by
// PDFKit), a training organisation's invoice exempt from VAT, a works progress statement with cumulative amounts, an
// advance repaid and a retention, a landlord's rent notice for a quarter, and an invoice priced by the numbers of a
// public contract's unit-price schedule with a price revision.
import { AlignmentType, Packer } from 'docx';
import ExcelJS from 'exceljs';
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays, decimal, MONTHS } from '../../lib/format.mjs';
import { groupSiren } from '../../lib/identifiers.mjs';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, qty, rate, recompute, references, siret } from '../../lib/invoice.mjs';
import { NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';

const euros = (cents) => Number(decimal(cents));
const slug = (name) => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');

// ——— 1. Buyer on the left, supplier on the right ———

/** Totals in one of three orders: HT first, TTC first with « dont », or a horizontal band. */
function buyerLeftTotals(inv, variant) {
  if (variant === 'ttc-first') {
    return [['Net à payer TTC', inv.net, true], ...(inv.deposit ? [['Total TTC', inv.ttc], [`dont acompte déjà versé`, inv.deposit]] : []), ['dont montant net HT', inv.ht], ['dont montant TVA', inv.tva]];
  }
  return [['Montant net HT', inv.ht], ...inv.vat.map((v) => [`Montant TVA ${rate(v.rate)}`, v.amount]), ['Montant TTC', inv.ttc], ...(inv.deposit ? [['Acompte versé', -inv.deposit]] : []), ['Net à payer TTC', inv.net, true]];
}

function buyerLeftParts(inv) {
  const x = extraRng(inv);
  const s = inv.supplier;
  const b = inv.buyer;
  return {
    variant: x.pick(['ht-first', 'ttc-first', 'band']),
    title: x.pick(['Facture', 'FACTURE', 'Facture n°']),
    buyer: [b.name, ...b.lines, ...(inv.print.buyerSiret ? [`SIRET ${siret(inv, b.siret)}`] : [])],
    supplier: [s.legalName ?? s.name, ...s.address, `Tél. ${s.phone}`, s.email, ...(inv.print.supplierSiret ? [`SIRET ${siret(inv)}`] : []), `TVA ${s.vat}`],
    meta: [['Numéro', inv.number], ['Date', date(inv, inv.date)], ['Votre code client', inv.clientCode], ...references(inv, { marketLabel: 'Marché', serviceLabel: 'Service' })],
    place: `${s.address[1].replace(/^\d+ /, '')}, le ${date(inv, inv.date, 'long')}`,
    pay: inv.print.iban ? `Paiement par virement à ${x.pick(['30 jours', 'réception', '45 jours'])} – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Paiement par mandat administratif à 30 jours.',
  };
}

const buyerLeft = {
  name: 'client-a-gauche',
  family: 'buyer-left',
  producers: ['pdfkit', 'docx'],
  count: 6,
  make: (i) => makeInvoice('client-a-gauche', i, { numbers: ['plain', 'year2', 'dolibarr', 'pennylane'], lines: [1, 6], engagementProb: 0.55, engagementLabels: ['commande', 'bonDeCommande', 'ejNo', 'refCommandeEj'], marketProb: 0.3, serviceProb: 0.45, buyerSiretProb: 0.75, dateStyles: ['slash', 'dots'], rates: [[2000], [1000], [2000, 550]], depositPct: [0, 0, 25], groups: ['space', 'dot', 'nbsp'], rcsProb: 0.5, cityProb: 0.5 }),
  doc(inv) {
    const parts = buyerLeftParts(inv);
    const totals = buyerLeftTotals(inv, parts.variant);
    const totalsBlock = parts.variant === 'band'
      ? table([36, 36, 36, 36, 36], [{ cells: ['Montant net HT', 'Montant TVA', 'Montant TTC', 'Acompte', 'Net à payer TTC'], b: true, shade: '#e9e9e9' }, [money(inv, inv.ht), money(inv, inv.tva), money(inv, inv.ttc), inv.deposit ? money(inv, -inv.deposit) : '–', money(inv, inv.net)]], { border: 'grid', align: ['center', 'center', 'center', 'center', 'center'], before: 4 })
      : table([56, 32], totals.map(([k, v, strong]) => ({ cells: [k, money(inv, v)], b: strong })), { border: 'grid', indent: 92, align: ['left', 'right'], before: 4 });
    return {
      font: 'Liberation Sans', size: 9.5, margins: [16, 16, 22, 16],
      body: [
        columns([100, 80], [
          [space(10), ...parts.buyer.map((line, k) => p(line, { b: k === 0, size: k === 0 ? 11 : 10 }))],
          parts.supplier.map((line, k) => p(line, { align: 'right', b: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? '#0f4c81' : '#333333' })),
        ]),
        p(parts.place, { align: 'right', before: 8 }),
        p(parts.title === 'Facture n°' ? `Facture n° ${inv.number}` : parts.title, { size: 16, b: true, before: 4, after: 2, color: '#0f4c81' }),
        table([40, 60], parts.meta.map(([k, v]) => [k, { text: v, b: true }]), { size: 9 }),
        table([96, 16, 26, 14, 28], [
          { cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, line: 'bottom' },
          ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]),
        ], { align: ['left', 'right', 'right', 'right', 'right'], before: 6, border: 'rows' }),
        totalsBlock,
        p(parts.pay, { before: 6, size: 9 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 7 })],
    };
  },
  docx(inv) {
    const parts = buyerLeftParts(inv);
    const totals = buyerLeftTotals(inv, parts.variant);
    const totalsBlock = parts.variant === 'band'
      ? wordTable([34, 34, 34, 34, 38], [{ cells: ['Montant net HT', 'Montant TVA', 'Montant TTC', 'Acompte', 'Net à payer TTC'], bold: true, shade: 'E9E9E9' }, [money(inv, inv.ht), money(inv, inv.tva), money(inv, inv.ttc), inv.deposit ? money(inv, -inv.deposit) : '–', money(inv, inv.net)]], { align: ['center', 'center', 'center', 'center', 'center'], size: 9 })
      : wordTable([56, 32], totals.map(([k, v, strong]) => ({ cells: [k, money(inv, v)], bold: strong })), { align: ['left', 'right'], alignment: AlignmentType.RIGHT });
    const doc = wordDocument({
      font: 'Calibri', size: 10, margins: [16, 16, 20, 16],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([98, 80], [[
          { paragraphs: [para('', { after: 16 }), ...parts.buyer.map((line, k) => para(line, { bold: k === 0, size: k === 0 ? 11 : 10 }))] },
          { paragraphs: parts.supplier.map((line, k) => para(line, { align: 'right', bold: k === 0, size: k === 0 ? 13 : 8.5, color: k === 0 ? '0F4C81' : '333333' })) },
        ]], { borders: NO_BORDERS }),
        para(parts.place, { align: 'right', before: 10 }),
        para(parts.title === 'Facture n°' ? `Facture n° ${inv.number}` : parts.title, { size: 16, bold: true, before: 6, after: 4, color: '0F4C81' }),
        wordTable([40, 60], parts.meta.map(([k, v]) => [k, { text: v, bold: true }]), { borders: NO_BORDERS, size: 9 }),
        para('', { after: 6 }),
        wordTable([90, 16, 26, 16, 30], [
          { cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'DCE6F1' },
          ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]),
        ], { borders: ROWS, align: ['left', 'right', 'right', 'right', 'right'] }),
        para('', { after: 4 }),
        totalsBlock,
        para(parts.pay, { before: 10, size: 9 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. A training organisation, exempt from VAT ———

const TRAINERS = [
  { name: 'Forma’Loire', form: 'SARL', courses: ['Habilitation électrique B1V-BR', 'Sauveteur secouriste du travail (SST)', 'Conduite d’engins CACES R482'] },
  { name: 'Institut Forézien de Formation', form: 'SAS', courses: ['Accueil du public en situation difficile', 'Management d’équipe de proximité', 'Marchés publics : les fondamentaux'] },
  { name: 'Prévention Sécurité Formation', form: 'EURL', courses: ['Équipier de première intervention', 'Gestes et postures', 'Prévention des risques psychosociaux'] },
];

const training = {
  name: 'formation-exoneree',
  family: 'training-exempt',
  producers: ['docx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('formation-exoneree', i, { trades: ['services'], numbers: ['plain', 'micro', 'hash'], lines: [1, 3], engagementProb: 0.6, engagementLabels: ['bonDeCommande', 'engagementJuridique', 'ej'], serviceProb: 0.6, buyerSiretProb: 0.6, dateStyles: ['slash', 'long'], groups: ['space', 'nbsp'], rcsProb: 0.5, cityProb: 0.6, depositPct: [0, 0, 30] });
    const x = extraRng(inv, 'formation');
    const t = TRAINERS[i % TRAINERS.length];
    Object.assign(inv.supplier, { name: t.name, form: t.form, legalName: `${t.name} ${t.form}`, email: `formation@${slug(t.name)}.fr`, nda: `84 42 ${x.digits(5)} 42` });
    const course = x.pick(t.courses);
    const trainees = x.int(4, 12);
    const days = x.pick([1, 2, 3]);
    const start = addDays(inv.date, -x.int(5, 30));
    inv.session = { course, trainees, days, start, end: addDays(start, days - 1), convention: `CF-${inv.date.y}-${x.digits(3)}` };
    const perTrainee = x.chance(0.5);
    inv.lines = [
      perTrainee
        ? { label: `Formation « ${course} » – ${days} jour${days > 1 ? 's' : ''} (coût par stagiaire)`, qty: trainees, unit: x.int(180, 520) * 100, rate: 0 }
        : { label: `Formation intra « ${course} » – ${days} jour${days > 1 ? 's' : ''}, groupe de ${trainees} stagiaires`, qty: days, unit: x.int(900, 1600) * 100, rate: 0 },
      ...(x.chance(0.5) ? [{ label: 'Supports pédagogiques et livrets stagiaires', qty: trainees, unit: x.int(15, 45) * 100, rate: 0 }] : []),
      ...(x.chance(0.5) ? [{ label: 'Frais de déplacement du formateur', qty: 1, unit: x.int(60, 380) * 100, rate: 0 }] : []),
    ].map((l) => ({ ...l, total: Math.round(l.qty * l.unit) }));
    inv.rates = [0];
    inv.vatExempt = 'Exonération de TVA – article 261-4-4° a du CGI';
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const ss = inv.session;
    const totals = [['Total HT', inv.ht], ['TVA', x.pick(['Exonérée', 'Non applicable', '0,00 €'])], [x.pick(['Total net de taxe', 'Total TTC', 'Montant total']), inv.ttc]];
    if (inv.deposit) totals.push([`Acompte versé à l’inscription`, -inv.deposit]);
    totals.push([x.pick(['Net à payer', 'Reste à payer', 'Montant à régler']), inv.net]);
    const accent = '5B2C6F';
    const doc = wordDocument({
      font: x.pick(['Arial', 'Calibri']), size: 10, margins: [16, 18, 22, 18],
      header: [para(`${s.name} – Organisme de formation professionnelle continue`, { size: 8, color: '777777', align: 'right' })],
      footer: [
        para(`Déclaration d’activité enregistrée sous le n° ${s.nda} auprès du préfet de la région Auvergne-Rhône-Alpes. Cet enregistrement ne vaut pas agrément de l’État.`, { size: 7, align: 'center' }),
        para(legalLine(inv), { size: 7, align: 'center' }),
      ],
      body: [
        wordTable([100, 78], [[
          { paragraphs: [para(s.name, { bold: true, size: 16, color: accent }), ...s.address.map((t) => para(t)), para(`${s.phone} – ${s.email}`), ...(inv.print.supplierSiret ? [para(`SIRET ${siret(inv)}`)] : [])] },
          { paragraphs: [para(x.pick(['Client', 'Entité facturée', 'Financeur']), { bold: true, size: 8, color: '777777' }), para(b.name, { bold: true }), ...b.lines.map((t) => para(t)), ...(inv.print.buyerSiret ? [para(`SIRET ${siret(inv, b.siret)}`)] : []), ...(inv.serviceCode ? [para(`Code service : ${inv.serviceCode}`)] : [])] },
        ]], { borders: NO_BORDERS }),
        para(`FACTURE N° ${inv.number}`, { bold: true, size: 15, before: 14, color: accent }),
        para(`Date : ${date(inv, inv.date)}`),
        ...(inv.engagement ? [para(`${inv.engagement.label} : ${inv.engagement.written}`)] : []),
        ...(inv.market ? [para(`Marché n° ${inv.market}`)] : []),
        para(`Convention de formation n° ${ss.convention}`, { after: 6 }),
        wordTable([50, 128], [
          ['Intitulé', ss.course],
          ['Dates de la session', ss.days === 1 ? `le ${date(inv, ss.start, 'long')}` : `du ${date(inv, ss.start, 'long')} au ${date(inv, ss.end, 'long')}`],
          ['Durée', `${ss.days * 7} heures (${ss.days} jour${ss.days > 1 ? 's' : ''})`],
          ['Nombre de stagiaires', String(ss.trainees)],
          ['Lieu', x.pick(['Dans vos locaux', 'Centre de formation', 'Salle municipale'])],
        ], { size: 9 }),
        para('', { after: 6 }),
        wordTable([94, 20, 30, 34], [
          { cells: ['Désignation', 'Quantité', 'Prix unitaire', 'Montant HT'], bold: true, shade: 'EADCF0' },
          ...inv.lines.map((l) => [l.label, qty(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]),
        ], { align: ['left', 'right', 'right', 'right'] }),
        para('', { after: 4 }),
        wordTable([56, 34], totals.map(([k, v], n) => ({ cells: [k, typeof v === 'number' ? money(inv, v) : v], bold: n === totals.length - 1 })), { align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para(inv.vatExempt, { italics: true, before: 8, size: 9 }),
        para('Feuilles d’émargement et attestations de fin de formation jointes.', { size: 9 }),
        para(inv.print.iban ? `Règlement par virement à 30 jours : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.', { before: 4, size: 9 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 3. A works progress statement with cumulative amounts ———

const cumulative = {
  name: 'situation-cumulee',
  family: 'works-cumulative',
  producers: ['docx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('situation-cumulee', i, { trades: ['btp'], situation: true, numbers: ['plain', 'situation', 'year2'], lines: [2, 5], unitMin: 20000, unitMax: 900000, engagementProb: 0.6, engagementLabels: ['engagementJuridique', 'ej', 'numeroEj'], marketProb: 0.85, serviceProb: 0.4, buyerSiretProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000], [1000]], groups: ['space', 'dot'], rcsProb: 0.6, cityProb: 0.6 });
    const x = extraRng(inv, 'cumul');
    inv.retenuePct = x.pick([0, 5, 5]);
    inv.depositPct = x.pick([0, 0, 5, 10]);
    inv.lot = x.int(1, 12);
    return recompute(inv);
  },
  docx(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const sit = inv.situation;
    const month = `${MONTHS[(inv.date.m + 10) % 12]} ${inv.date.m === 1 ? inv.date.y - 1 : inv.date.y}`;
    const pct = (v) => `${v} %`;
    const recap = [
      ['Montant cumulé des travaux exécutés HT', sit.cumulative],
      ['À déduire : situations précédentes HT', -sit.previous],
      ['Montant HT de la présente situation', inv.ht, true],
      ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]),
      ['Montant TTC de la situation', inv.ttc, true],
      ...(inv.deposit ? [[`Remboursement de l’avance (${inv.depositPct} %)`, -inv.deposit]] : []),
      ...(inv.retenue ? [[`Retenue de garantie ${inv.retenuePct} %`, -inv.retenue]] : []),
      [x.pick(['Net à payer TTC', 'Montant à mandater TTC', 'Net à payer']), inv.net, true],
    ];
    const doc = wordDocument({
      font: 'Arial', size: 9, margins: [14, 14, 20, 14],
      header: [para(`${s.legalName} – ${s.address.join(' – ')} – Tél. ${s.phone}`, { size: 7.5, color: '555555' })],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        wordTable([92, 90], [[
          { paragraphs: [para(s.name, { bold: true, size: 15 }), ...s.address.map((t) => para(t)), ...(inv.print.supplierSiret ? [para(`SIRET : ${siret(inv)}`)] : []), ...(inv.print.supplierSiren ? [para(`RCS ${s.rcsCity} ${groupSiren(s.siren)}`)] : [])] },
          { paragraphs: [para('Maître d’ouvrage', { bold: true, size: 8, color: '555555' }), para(b.name, { bold: true }), ...b.lines.map((t) => para(t)), ...(inv.print.buyerSiret ? [para(`SIRET : ${siret(inv, b.siret)}`)] : [])] },
        ]], { borders: NO_BORDERS }),
        para(`Facture n° ${inv.number} du ${date(inv, inv.date)}`, { bold: true, size: 13, before: 12 }),
        para(`Situation de travaux n° ${sit.n} – travaux exécutés en ${month}`, { size: 11, after: 4 }),
        wordTable([60, 122], [
          ...(inv.market ? [['Marché n°', `${inv.market} – lot ${inv.lot}`]] : []),
          ...(inv.engagement ? [[inv.engagement.label, inv.engagement.written]] : []),
          ...(inv.serviceCode ? [['Code service', inv.serviceCode]] : []),
          ['Montant du marché HT', money(inv, sit.contract)],
        ], { borders: NO_BORDERS, size: 9 }),
        para('', { after: 5 }),
        wordTable([58, 26, 16, 28, 26, 28], [
          { cells: ['Poste', 'Montant marché HT', '% cumulé', 'Cumul HT', 'Précédent HT', 'Situation HT'], bold: true, shade: 'D9E2F3', size: 8 },
          ...sit.lots.map((lot) => [lot.label, plainMoney(inv, lot.contract), pct(lot.cumulativePct), plainMoney(inv, lot.cumulative), plainMoney(inv, lot.previous), plainMoney(inv, lot.current)]),
          { cells: ['Totaux', plainMoney(inv, sit.contract), '', plainMoney(inv, sit.cumulative), plainMoney(inv, sit.previous), plainMoney(inv, inv.ht)], bold: true },
        ], { align: ['left', 'right', 'right', 'right', 'right', 'right'], size: 8.5 }),
        para('', { after: 6 }),
        wordTable([80, 34], recap.map(([k, v, strong]) => ({ cells: [k, money(inv, v)], bold: strong, shade: strong ? 'F2F2F2' : undefined })), { align: ['left', 'right'], alignment: AlignmentType.RIGHT }),
        para(inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif dans le délai global de paiement de 30 jours.', { before: 8, size: 8.5 }),
        para('Visa du maître d’œuvre :', { before: 10, italics: true }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 4. A landlord's rent notice (avis d'échéance) for a quarter ———

const LANDLORDS = [{ name: 'SCI Les Tilleuls', form: 'SCI' }, { name: 'SCI du Cours Fauriel', form: 'SCI' }, { name: 'Foncière Forézienne', form: 'SAS' }, { name: 'SCI Jacquard Bureaux', form: 'SCI' }];

const rentNotice = {
  name: 'avis-echeance-loyer',
  family: 'rent-notice',
  producers: ['xlsx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('avis-echeance-loyer', i, { numbers: ['plain'], lines: [1, 1], engagementProb: 0.45, engagementLabels: ['engagement', 'engagementJuridique'], serviceProb: 0.4, buyerSiretProb: 0.5, rates: [[2000]], rcsProb: 0.5, cityProb: 0.6, ibanProb: 0.95 });
    const x = extraRng(inv, 'loyer');
    const l = x.pick(LANDLORDS);
    Object.assign(inv.supplier, { name: l.name, form: l.form, legalName: l.form === 'SCI' ? l.name : `${l.name} ${l.form}`, email: `gestion@${slug(l.name)}.fr` });
    // Rent is called on the first day of the quarter it covers.
    const quarterStart = 1 + 3 * x.int(0, 3);
    inv.date = { y: inv.date.y, m: quarterStart, d: 1 };
    inv.due = { ...inv.date, d: x.pick([1, 5, 10]) };
    inv.quarter = { start: inv.date, end: addDays({ y: quarterStart === 10 ? inv.date.y + 1 : inv.date.y, m: quarterStart === 10 ? 1 : quarterStart + 3, d: 1 }, -1), n: (quarterStart + 2) / 3 };
    inv.number = `${x.pick(['AE', 'Q', 'LOY'])}${inv.date.y}-${inv.quarter.n}-${x.digits(3)}`;
    const rent = x.int(900, 7800) * 100;
    inv.premises = x.pick(['Locaux à usage de bureaux – 2e étage', 'Local d’activité – lot 4', 'Entrepôt et parking (12 places)', 'Plateau de bureaux – bâtiment B']);
    inv.lines = [
      { label: `Loyer du ${inv.quarter.n === 1 ? '1er' : `${inv.quarter.n}e`} trimestre ${inv.date.y}`, qty: 1, unit: rent, rate: 2000 },
      { label: 'Provision sur charges locatives', qty: 1, unit: x.int(120, 900) * 100, rate: 2000 },
      ...(x.chance(0.4) ? [{ label: `Taxe foncière ${inv.date.y - 1} (quote-part)`, qty: 1, unit: x.int(40000, 300000), rate: 2000 }] : []),
    ].map((line) => ({ ...line, total: line.unit }));
    inv.guarantee = rent;
    const indexQuarter = x.int(1, 4);
    inv.index = `${x.pick(['ILAT', 'ILC'])} du ${indexQuarter === 1 ? '1er' : `${indexQuarter}e`} trimestre ${inv.date.y - 1}`;
    inv.lease = `${date(inv, addDays(inv.date, -365 * x.int(1, 6) - x.int(0, 200)), 'slash')}`;
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const wb = new ExcelJS.Workbook();
    wb.creator = s.name;
    wb.created = FIXED_DATE;
    wb.modified = FIXED_DATE;
    const ws = wb.addWorksheet('Avis', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } }, views: [{ showGridLines: false }] });
    ws.columns = [{ width: 46 }, { width: 16 }, { width: 10 }, { width: 14 }, { width: 16 }];
    const EUR = '#,##0.00 "€"';
    const put = (ref, value, { bold, size = 10, italic, numFmt, align, border, fill, color } = {}) => {
      const cell = ws.getCell(ref);
      cell.value = value;
      cell.font = { name: 'Arial', size, bold, italic, color: color ? { argb: color } : undefined };
      if (numFmt) cell.numFmt = numFmt;
      if (align) cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
      if (border) cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      return cell;
    };
    const longDate = (d) => `${d.d === 1 ? '1er' : d.d} ${MONTHS[d.m - 1]} ${d.y}`;
    put('A1', s.legalName, { bold: true, size: 14 });
    [...s.address, `Tél. ${s.phone} – ${s.email}`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, inv.print.supplierSiren ? `RCS ${s.rcsCity} ${groupSiren(s.siren)}` : null, `N° TVA ${s.vat}`].filter(Boolean).forEach((t, k) => put(`A${k + 2}`, t, { size: 9 }));
    put('D2', 'Locataire', { bold: true, size: 8, color: 'FF777777' });
    [b.name, ...b.lines, inv.print.buyerSiret ? `SIRET ${siret(inv, b.siret)}` : null].filter(Boolean).forEach((t, k) => put(`D${k + 3}`, t, { bold: k === 0 }));
    let r = 12;
    ws.mergeCells(`A${r}:E${r}`);
    put(`A${r}`, x.pick(['AVIS D’ÉCHÉANCE – FACTURE', 'FACTURE DE LOYER – AVIS D’ÉCHÉANCE', 'APPEL DE LOYER (VALANT FACTURE)']), { bold: true, size: 13, align: 'center', fill: 'FFE7EEF7' });
    r += 2;
    const info = [
      ['N° de facture', inv.number], ['Date', longDate(inv.date)], ['Période', `du ${longDate(inv.quarter.start)} au ${longDate(inv.quarter.end)}`],
      ['Locaux', inv.premises], ['Bail du', inv.lease], ['Indexation', inv.index],
      ...references(inv),
    ];
    for (const [k, v] of info) {
      put(`A${r}`, k, { bold: true, size: 9 });
      ws.mergeCells(`B${r}:E${r}`);
      put(`B${r}`, v, { size: 9.5 });
      r++;
    }
    r++;
    ['Désignation', 'Montant HT', 'TVA', 'Montant TVA', 'Montant TTC'].forEach((t, c) => put(`${'ABCDE'[c]}${r}`, t, { bold: true, border: true, fill: 'FFD9D9D9', align: c ? 'center' : 'left' }));
    const first = r + 1;
    inv.lines.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.label, { border: true });
      put(`B${n}`, euros(l.total), { border: true, numFmt: EUR });
      put(`C${n}`, l.rate / 10000, { border: true, numFmt: '0%', align: 'center' });
      put(`D${n}`, { formula: `ROUND(B${n}*C${n},2)`, result: euros(Math.round((l.total * l.rate) / 10000)) }, { border: true, numFmt: EUR });
      put(`E${n}`, { formula: `B${n}+D${n}`, result: euros(l.total + Math.round((l.total * l.rate) / 10000)) }, { border: true, numFmt: EUR });
    });
    const last = first + inv.lines.length - 1;
    // Per-line VAT may differ from VAT on the total by a cent: the totals row states the invoice's VAT.
    r = last + 1;
    put(`A${r}`, 'TOTAL', { bold: true, border: true });
    put(`B${r}`, { formula: `SUM(B${first}:B${last})`, result: euros(inv.ht) }, { bold: true, border: true, numFmt: EUR });
    put(`C${r}`, '', { border: true });
    put(`D${r}`, euros(inv.tva), { bold: true, border: true, numFmt: EUR });
    put(`E${r}`, { formula: `B${r}+D${r}`, result: euros(inv.ttc) }, { bold: true, border: true, numFmt: EUR });
    r += 2;
    put(`D${r}`, x.pick(['Montant à régler', 'Net à payer', 'Total à payer']), { bold: true, align: 'right' });
    put(`E${r}`, { formula: `E${r - 2}`, result: euros(inv.net) }, { bold: true, numFmt: EUR, border: true });
    put(`D${r + 1}`, 'avant le', { align: 'right', size: 9 });
    put(`E${r + 1}`, longDate(inv.due), { size: 9, align: 'right' });
    r += 3;
    const notes = [
      inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.',
      `Dépôt de garantie détenu : ${plainMoney(inv, inv.guarantee)} € (non imputable sur les loyers).`,
      'Loyer soumis à la TVA sur option du bailleur (article 260-2° du CGI). Le présent avis vaut facture ; il ne vaut pas quittance.',
    ];
    notes.forEach((t, k) => {
      ws.mergeCells(`A${r + k}:E${r + k}`);
      put(`A${r + k}`, t, { size: 8.5, italic: k > 0 });
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  },
};

// ——— 5. Priced by the numbers of a unit-price schedule (BPU), with a price revision ———

const BPU = [
  ['Fourniture et pose de bordure T2', 'ml', 2800, 6500], ['Enrobé BBSG 0/10, épaisseur 6 cm', 'm²', 1800, 4200], ['Marquage au sol, ligne continue 15 cm', 'ml', 90, 300],
  ['Dépose de mobilier urbain', 'u', 4500, 16000], ['Terrassement en déblai', 'm³', 1500, 4800], ['Fourniture et pose de potelet', 'u', 9000, 24000],
  ['Heure de main-d’œuvre en régie', 'h', 3800, 6200], ['Regard de visite 1000 × 1000', 'u', 60000, 180000], ['Signalisation temporaire de chantier', 'forfait', 25000, 90000],
];

const unitPriceSchedule = {
  name: 'bordereau-prix',
  family: 'unit-price-schedule',
  producers: ['xlsx'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('bordereau-prix', i, { trades: ['btp'], numbers: ['plain', 'compact', 'ebp'], lines: [2, 7], engagementProb: 0.85, engagementLabels: ['bonDeCommande', 'bdc', 'numeroBonCommande'], marketProb: 0.95, serviceProb: 0.4, buyerSiretProb: 0.6, rates: [[2000]], rcsProb: 0.5, cityProb: 0.6 });
    const x = extraRng(inv, 'bpu');
    const picked = [...BPU].sort(() => x.next() - 0.5).slice(0, inv.lines.length);
    inv.lines = picked.map(([label, unitName, lo, hi]) => {
      const q = unitName === 'forfait' ? 1 : unitName === 'u' ? x.int(1, 12) : x.int(5, 240) + (unitName === 'h' ? 0 : x.pick([0, 0.5]));
      const unit = x.int(lo, hi);
      return { label, unitName, price: `${BPU.findIndex(([name]) => name === label) < 4 ? 1 : 2}.${BPU.findIndex(([name]) => name === label) + 1}${x.chance(0.4) ? `.${x.int(1, 5)}` : ''}`, qty: q, unit, rate: 2000, total: Math.round(q * unit) };
    });
    const subtotal = inv.lines.reduce((sum, l) => sum + l.total, 0);
    inv.coefficient = 1 + x.int(8, 64) / 1000;
    inv.lines.push({ label: `Révision des prix (Cn = ${inv.coefficient.toFixed(4).replace('.', ',')})`, revision: true, qty: 1, unit: Math.round(subtotal * (inv.coefficient - 1)), rate: 2000, total: Math.round(subtotal * (inv.coefficient - 1)) });
    inv.lot = x.pick(['Lot 1 – Voirie', 'Lot 2 – Signalisation', 'Lot 3 – Réseaux', 'Lot unique']);
    return recompute(inv);
  },
  async xlsx(inv) {
    const x = extraRng(inv);
    const s = inv.supplier;
    const b = inv.buyer;
    const wb = new ExcelJS.Workbook();
    wb.creator = s.name;
    wb.created = FIXED_DATE;
    wb.modified = FIXED_DATE;
    const ws = wb.addWorksheet('Facture', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } }, views: [{ showGridLines: false }] });
    ws.columns = [{ width: 9 }, { width: 42 }, { width: 8 }, { width: 10 }, { width: 14 }, { width: 16 }];
    const EUR = x.pick(['#,##0.00 "€"', '#,##0.00']);
    const put = (ref, value, { bold, size = 10, italic, numFmt, align, border, fill } = {}) => {
      const cell = ws.getCell(ref);
      cell.value = value;
      cell.font = { name: 'Arial', size, bold, italic };
      if (numFmt) cell.numFmt = numFmt;
      if (align) cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
      if (border) cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      return cell;
    };
    const dateValue = (d) => new Date(Date.UTC(d.y, d.m - 1, d.d));
    ws.mergeCells('A1:C1');
    put('A1', s.legalName, { bold: true, size: 13 });
    [...s.address, `Tél. ${s.phone}`, inv.print.supplierSiret ? `SIRET ${siret(inv)}` : null, inv.print.supplierSiren ? `RCS ${s.rcsCity} ${groupSiren(s.siren)}` : null].filter(Boolean).forEach((t, k) => {
      ws.mergeCells(`A${k + 2}:C${k + 2}`);
      put(`A${k + 2}`, t, { size: 9 });
    });
    [b.name, ...b.lines, inv.print.buyerSiret ? `SIRET ${siret(inv, b.siret)}` : null].filter(Boolean).forEach((t, k) => {
      ws.mergeCells(`D${k + 2}:F${k + 2}`);
      put(`D${k + 2}`, t, { bold: k === 0 });
    });
    let r = 11;
    ws.mergeCells(`A${r}:F${r}`);
    put(`A${r}`, `FACTURE N° ${inv.number}`, { bold: true, size: 14, align: 'center', fill: 'FFFFF2CC', border: true });
    r += 2;
    const info = [
      ['Date de facture', dateValue(inv.date), 'dd/mm/yyyy'],
      ['Marché à bons de commande', inv.market ? `n° ${inv.market} – ${inv.lot}` : inv.lot],
      ...(inv.engagement ? [[inv.engagement.label, `${inv.engagement.written} du ${date(inv, inv.orderDate, 'slash')}`]] : []),
      ...(inv.serviceCode ? [['Code service', inv.serviceCode]] : []),
      ['Travaux exécutés', `du ${date(inv, addDays(inv.delivery, -x.int(3, 15)), 'slash')} au ${date(inv, inv.delivery, 'slash')}`],
    ];
    for (const [k, v, fmt] of info) {
      ws.mergeCells(`A${r}:B${r}`);
      put(`A${r}`, k, { bold: true, size: 9 });
      ws.mergeCells(`C${r}:F${r}`);
      put(`C${r}`, v, { numFmt: fmt, align: 'left' });
      r++;
    }
    r++;
    ['Prix n°', 'Désignation (BPU)', 'Unité', 'Quantité', 'P.U. HT', 'Montant HT'].forEach((t, c) => put(`${'ABCDEF'[c]}${r}`, t, { bold: true, border: true, fill: 'FFD9D9D9', align: 'center', size: 9 }));
    const first = r + 1;
    const works = inv.lines.filter((l) => !l.revision);
    works.forEach((l, k) => {
      const n = first + k;
      put(`A${n}`, l.price, { border: true, align: 'center' });
      put(`B${n}`, l.label, { border: true });
      put(`C${n}`, l.unitName, { border: true, align: 'center' });
      put(`D${n}`, l.qty, { border: true, numFmt: '0.##' });
      put(`E${n}`, euros(l.unit), { border: true, numFmt: EUR });
      put(`F${n}`, { formula: `ROUND(D${n}*E${n},2)`, result: euros(l.total) }, { border: true, numFmt: EUR });
    });
    const last = first + works.length - 1;
    const rev = inv.lines.find((l) => l.revision);
    const worksTotal = works.reduce((sum, l) => sum + l.total, 0);
    r = last + 1;
    const rows = [
      ['Montant des travaux HT (prix de base)', { formula: `SUM(F${first}:F${last})`, result: euros(worksTotal) }],
      [rev.label, { formula: `ROUND(F${r}*${(inv.coefficient - 1).toFixed(3)},2)`, result: euros(rev.total) }],
      ['Total HT', { formula: `F${r}+F${r + 1}`, result: euros(inv.ht) }],
      ['TVA 20 %', { formula: `ROUND(F${r + 2}*0.2,2)`, result: euros(inv.tva) }],
      [x.pick(['Total TTC', 'Montant TTC à payer', 'Net à payer TTC']), { formula: `F${r + 2}+F${r + 3}`, result: euros(inv.ttc) }],
    ];
    rows.forEach(([k, v], n) => {
      ws.mergeCells(`A${r + n}:E${r + n}`);
      put(`A${r + n}`, k, { bold: n >= 2, align: 'right', border: true });
      put(`F${r + n}`, v, { bold: n >= 2, numFmt: EUR, border: true });
    });
    r += rows.length + 1;
    const notes = [
      inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.',
      `Délai global de paiement : 30 jours. Intérêts moratoires au taux de la BCE majoré de 8 points ; indemnité forfaitaire de 40 €.`,
      legalLine(inv, { withSiret: false }),
    ];
    notes.forEach((t, k) => {
      ws.mergeCells(`A${r + k}:F${r + k}`);
      put(`A${r + k}`, t, { size: k === 2 ? 7 : 8.5 });
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  },
};

export default [buyerLeft, training, cumulative, rentNotice, unitPriceSchedule];

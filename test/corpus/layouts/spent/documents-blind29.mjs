// Blind-29 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a debt
// collection agency's statement of commissions on the sums it collected for a public housing office or a commune
// (« relevé de commissions valant facture »: one row per debtor's file with its seven digits, the claim entrusted, the
// sum collected in the period and the commission's rate; file openings and address searches at 20 %; registered
// letters re-invoiced at cost as disbursements outside VAT on some — `totalHT` includes them —; the sums collected and
// paid back to the creditor printed for information; a key–value table whose labels wrap; a long statement runs onto a
// second page; one credit note cancelling a commission on a bounced cheque), printed by LibreOffice and PDFKit; a
// meal-voucher issuer's invoice of an order of vouchers for a public body's agents printed from a Calc sheet (the
// vouchers' face value outside the scope of VAT — `totalHT` includes it —, the issuer's commission, cards and secure
// delivery at 20 %; the employer's share printed; labels beside values in shaded boxed cells; one credit note for
// vouchers returned by agents who left); and a legal publisher's invoice printed by its ERP as a Writer document (an
// online legal database at 20 %, a monthly law review at 2,1 %, annotated codes at 5,5 % with their ISBNs, a VAT
// summary by rate; a row of headings over the invoice's identity; the subscriber's number and the customer account; a
// discount for public bodies on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtAmount, fmtDate, iso, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { initials, notInFuture } from '../../lib/blind22.mjs';
import { seven, splitOutside } from '../../lib/blind25.mjs';
import { adminBuyer, isbn, maybeRelabel29 } from '../../lib/blind29.mjs';

// ——— 1. A debt collection agency's statement of commissions: LibreOffice and PDFKit. ———
const NATURES = {
  housing: ['Loyers et charges – locataire parti', 'Dette locative après expulsion', 'Réparations locatives', 'Solde de tout compte locatif'],
  city: ['Restauration scolaire impayée', 'Occupation du domaine public', 'Accueil périscolaire', 'Droits de place – marché forain'],
};
const recouvrement = {
  name: 'a-recouvrement-amiable',
  family: 'debt-collection-commission-statement-per-file-disbursements-wrapping-labels',
  producers: ['libreoffice', 'pdfkit'],
  count: 4,
  make: (i) => {
    const credit = i === 1;
    const long = i === 2;
    const inv = makeInvoice('a-recouvrement-amiable', i, { cityProb: 0.3, engagementProb: 0.75, trades: ['services'], numbers: credit ? ['avoirDolibarr'] : ['dolibarr', 'ebp', 'year2'], engagementLabels: ['engagement', 'engagementJuridique', 'bonDeCommande', 'ej'], marketProb: 0.45, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.9, negative: credit ? 1 : false });
    const x = extraRng(inv, 'collect');
    renameSupplier(inv, x.pick(['Recouvrement Conseil Loire', 'Cabinet Forézien de Recouvrement', 'Créances Services Rhône-Alpes', 'Gier Recouvrement']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8291Z';
    adminBuyer(inv, x, 'housing', 0.9);
    localReferences(inv, x);
    maybeRelabel29(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    const signed = addDays(inv.date, -x.int(120, 700));
    inv.mandate = { number: `MR-${signed.y}-${x.digits(4)}`, date: signed };
    inv.policy = `${x.digits(8)}`;
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    const natures = /Habitat|OPHEOR/.test(inv.buyer.name) ? NATURES.housing : NATURES.city;
    const pct = x.pick([8, 10, 12, 15]);
    const makeFile = () => {
      const claim = x.int(90, 5200) * 100 + x.int(0, 99);
      const whole = x.chance(0.4);
      const collected = whole ? claim : Math.min(claim, x.int(3, 60) * 1000);
      return { number: seven(x), debtor: initials(x), nature: x.pick(natures), claim, collected, pct: x.chance(0.25) ? pct + 3 : pct, phase: x.chance(0.3) ? 'pré-contentieux' : 'amiable' };
    };
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FA${String((inv.date.y - (inv.date.m < 3 ? 1 : 0)) % 100).padStart(2, '0')}${String(Math.max(1, inv.date.m - 1)).padStart(2, '0')}-${x.digits(4)}`, date: addDays(inv.date, -x.int(10, 30)) };
      inv.files = [makeFile()];
      inv.lines = inv.files.map((f) => ({ file: f, label: `Annulation de la commission – dossier ${f.number} : chèque du débiteur revenu impayé`, qty: 1, unit: Math.round((f.collected * f.pct) / 100), rate: 2000 }));
      return priceLines(inv, [2000]);
    }
    inv.files = Array.from({ length: long ? x.int(34, 40) : x.int(3, 9) }, makeFile);
    inv.lines = inv.files.map((f) => ({ file: f, label: `Commission ${f.pct} % – dossier ${f.number}`, qty: 1, unit: Math.round((f.collected * f.pct) / 100), rate: 2000 }));
    const opened = x.int(0, 12);
    if (opened) inv.lines.push({ label: 'Ouverture de dossiers confiés sur la période', qty: opened, unit: x.int(800, 1500), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Recherches d’adresse et enquêtes de solvabilité', qty: x.int(1, 8), unit: x.int(2500, 4500), rate: 2000 });
    const letters = i !== 0 && x.chance(0.7) ? x.int(3, 30) : 0;
    if (letters) inv.lines.push({ label: 'Lettres recommandées avec AR – débours refacturés à l’identique (art. 267 II-2° du CGI)', qty: letters, unit: x.pick([611, 639, 672]), rate: 0 });
    inv.reversal = { number: seven(x), day: addDays(month.to, x.int(3, 10)) };
    return priceLines(inv, letters ? [2000, 0] : [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de recouvrement amiable n°', 'Accord-cadre n°'], service: ['Code service', 'Service gestionnaire', 'Service destinataire (code)'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const long = (k) => (k === inv.engagement?.label ? x.pick([`${k} (à rappeler sur Chorus Pro)`, `${k} de la collectivité`, k]) : k);
    const kv = [
      [inv.avoir ? 'Avoir n°' : 'Facture n°', { text: inv.number, b: true }],
      ['Date', date(inv, inv.date)],
      [inv.avoir ? 'Relevé d’origine' : 'Période d’encaissement', inv.avoir ? `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : inv.period.name],
      ['Mandat de recouvrement', `${inv.mandate.number} du ${fmtDate(inv.mandate.date, 'slash')}`],
      ['Code client', inv.clientCode],
      ...shown.map(([k, v]) => [long(k), { text: v, b: true }]),
    ];
    const titleLine = x.chance(0.5) && !inv.avoir;
    const plain = (cents) => fmtAmount(cents, inv.amountStyle, 'none');
    const fileRows = inv.files.map((f) => [f.number, f.debtor, `${f.nature} (${f.phase})`, plain(f.claim), plain(f.collected), `${f.pct} %`, plainMoney(inv, Math.round((f.collected * f.pct) / 100))]);
    const feeLines = inv.lines.filter((l) => !l.file);
    const { outside, taxed } = splitOutside(inv);
    const totals = [];
    if (outside) totals.push(['Total honoraires et frais HT', taxed], ['Débours (non soumis à TVA)', outside]);
    totals.push(['Total HT', inv.ht], [`TVA 20 % sur ${plainMoney(inv, taxed)}`, inv.tva], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant dû']), inv.net, true]);
    const collected = inv.files.reduce((t, f) => t + f.collected, 0);
    const font = producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']);
    return {
      font, size: 8.4, margins: [14, 15, 18, 15], creator: x.pick(['Writer', 'RecouvrePro']),
      body: [
        columns([98, 82], [
          [p(s.name, { b: true, size: 13 }), p('Recouvrement amiable de créances pour compte de tiers', { i: true, size: 7.4 }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.8 })],
          [space(6), p('Créancier mandant', { size: 7, color: '#666666' }), ...paras(buyerTexts(inv, x), { size: 9 })],
        ]),
        space(4),
        titleLine ? p(`RELEVÉ DE COMMISSIONS N° ${inv.number} VALANT FACTURE`, { b: true, size: 12, after: 2 }) : p(inv.avoir ? 'AVOIR' : 'FACTURE – RELEVÉ DE COMMISSIONS', { b: true, size: 13, after: 2 }),
        table([36, 62], (titleLine ? kv.slice(1) : kv).map(([k, v]) => [{ text: k, shade: '#eeeeee' }, v]), { border: 'grid', size: 8, after: 3 }),
        ...(sentence ? [p(sentence, { i: true, size: 8, after: 2 })] : []),
        p(inv.avoir ? `Avoir sur notre relevé ${inv.origin.number} : encaissement annulé.` : `Dossiers ayant donné lieu à encaissement – ${inv.period.name}`, { b: true, size: 8.6, after: 1 }),
        table([20, 16, 50, 24, 24, 12, 34], [{ cells: ['N° dossier', 'Débiteur', 'Nature de la créance (phase)', 'Créance confiée', 'Encaissé', 'Taux', 'Commission HT'], b: true, shade: '#dde4ea' }, ...fileRows], { border: 'grid', size: 7.4, align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'], after: 3 }),
        ...(feeLines.length ? [table([108, 16, 24, 32], [{ cells: ['Frais et débours', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#dde4ea' }, ...feeLines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)])], { border: 'grid', size: 7.6, align: ['left', 'right', 'right', 'right'], after: 3 })] : []),
        totalsTable(inv, totals, { widths: [64, 32], indent: 84, size: 8.6 }),
        ...(inv.avoir ? [] : [p(`Pour information : sommes encaissées pour votre compte sur la période ${money(inv, collected)}, reversées le ${fmtDate(inv.reversal.day, 'slash')} (bordereau de reversement n° ${inv.reversal.number}) sur le compte du comptable public. Les commissions ne sont pas prélevées sur les fonds reversés.`, { size: 7.4, before: 2 })]),
        rule(),
        p(inv.avoir ? 'Cet avoir sera déduit de notre prochain relevé.' : paymentText(inv), { size: 8 }),
        ...(inv.avoir ? [] : [p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.6, before: 1 })]),
        p(`Activité de recouvrement amiable déclarée au procureur de la République (art. R. 124-2 du code des procédures civiles d’exécution) ; assurance responsabilité civile professionnelle police n° ${inv.policy} ; fonds reçus sur un compte exclusivement affecté.`, { size: 6.6, before: 1, color: '#444444' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('Page {page} / {pages}', { align: 'right', size: 6.2 })],
    };
  },
};

// ——— 2. Meal vouchers for the agents: a Calc sheet, the face value outside the scope of VAT. ———
const GROUPS = ['Services techniques', 'Administration générale', 'Police municipale', 'Écoles et ATSEM', 'Médiathèque', 'Sports', 'Résidence autonomie', 'Accueil et état civil'];
const titres = {
  name: 'a-titres-restaurant',
  family: 'meal-vouchers-face-value-outside-vat-commission-calc',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const credit = i === 4;
    const inv = makeInvoice('a-titres-restaurant', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoirShort'] : ['compact', 'sage', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'numeroBonCommande'], marketProb: 0.4, serviceProb: 0.65, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 1, ibanProb: 0.9, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'vouchers');
    renameSupplier(inv, x.pick(['Ticket Midi Services', 'Chèque Repas Loire', 'Titre Déjeuner France', 'Restopass Collectivités']), 'SAS');
    inv.supplier.ape = '8299Z';
    inv.supplier.capital = x.pick([500000, 1200000, 3000000]);
    adminBuyer(inv, x, 'hr', 0.85);
    localReferences(inv, x);
    maybeRelabel29(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 15);
    inv.account = seven(x);
    inv.order = `${x.int(10, 99)}${x.digits(6)}`;
    inv.delivered = addDays(inv.date, x.int(2, 6));
    inv.face = x.pick([800, 900, 1000, 1100, 1200]);
    inv.share = x.pick([50, 55, 60]);
    inv.valid = { y: inv.date.y + 1, m: 2, d: 28 };
    inv.cards = x.chance(0.5);
    const first = x.int(0, GROUPS.length - 1);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `${inv.date.y}${String(inv.date.m).padStart(2, '0')}${String(x.int(1, 99)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(20, 60)) };
      const count = x.int(2, 6) * x.int(15, 21);
      inv.lines = [
        { label: `${inv.cards ? 'Solde non consommé de cartes' : 'Titres-restaurant non distribués'} – agents partis (${count} titres × ${(inv.face / 100).toFixed(2).replace('.', ',')} €)`, qty: count, unit: inv.face, rate: 0, face: true },
        { label: 'Commission de service correspondante', qty: 1, unit: Math.round((count * inv.face * x.pick([100, 150, 200])) / 10000), rate: 2000 },
      ];
      return priceLines(inv, [0, 2000]);
    }
    inv.lines = Array.from({ length: x.int(1, 4) }, (_, k) => {
      const agents = x.int(6, 85);
      const each = x.int(15, 21);
      return { label: `${inv.cards ? 'Chargement cartes titres-restaurant' : 'Carnets de titres-restaurant'} – ${GROUPS[(first + k) % GROUPS.length]} : ${agents} agents × ${each} titres`, qty: agents * each, unit: inv.face, rate: 0, face: true };
    });
    const faceTotal = inv.lines.reduce((t, l) => t + l.qty * l.unit, 0);
    inv.commissionPct = x.pick([50, 90, 120, 150, 200]);
    inv.lines.push({ label: `Commission de service (${(inv.commissionPct / 100).toFixed(2).replace('.', ',')} % de la valeur faciale)`, qty: 1, unit: Math.round((faceTotal * inv.commissionPct) / 10000), rate: 2000 });
    if (inv.cards && x.chance(0.6)) inv.lines.push({ label: 'Fabrication de cartes nominatives (nouveaux agents)', qty: x.int(1, 9), unit: x.int(400, 800), rate: 2000 });
    inv.lines.push({ label: inv.cards ? 'Frais de gestion de la commande en ligne' : 'Livraison sécurisée (transporteur de fonds)', qty: 1, unit: x.int(1500, 4500), rate: 2000 });
    return priceLines(inv, [0, 2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const sign = inv.avoir && inv.negative ? -1 : 1;
    const cur = (cents, extra = {}) => ({ v: Number(((sign * cents) / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de titres-restaurant n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service RH (code)'] });
    const sentence = inv.engagement && x.chance(0.2) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const label = (v) => ({ v, shade: '#e6e6e6', border: 'grid', size: 7.8 });
    const value = (v, extra = {}) => ({ v, border: 'grid', size: 9, ...extra });
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 7.8, color: k === 0 ? '#c62828' : undefined } : null, null, null,
      k === 0 ? { v: 'Adresse de facturation', span: 3, size: 7, color: '#666666' } : buyer[k - 1] ? { v: buyer[k - 1], span: 3, b: k === 1, size: 9, wrap: true } : null, null, null,
    ]);
    const ident = [
      [inv.avoir ? 'N° d’avoir' : 'N° de facture', value(inv.number, { b: true }), 'Date de facture', value(iso(inv.date), { type: 'date', b: true })],
      ['N° client', value(inv.account), 'N° de commande', value(inv.order)],
      inv.avoir ? ['Facture d’origine', value(inv.origin.number), 'Du', value(iso(inv.origin.date), { type: 'date' })] : ['Livraison prévue', value(iso(inv.delivered), { type: 'date' }), 'Échéance', value(fmtDate(inv.due, 'slash'))],
    ];
    const refRows = [];
    for (let k = 0; k < shown.length; k += 2) refRows.push([label(shown[k][0]), value(shown[k][1], { b: true }), ...(shown[k + 1] ? [label(shown[k + 1][0]), value(shown[k + 1][1], { b: true })] : blank(2))]);
    const { outside, taxed } = splitOutside(inv);
    const body = inv.lines.map((l) => [{ v: l.label, span: 2, size: 8, wrap: true, border: 'grid' }, null, { v: l.qty * sign, type: 'qty', size: 8.4, border: 'grid' }, { v: Number((l.unit / 100).toFixed(2)), type: 'money', size: 8.4, border: 'grid' }, { v: l.rate ? rate(l.rate) : 'Hors champ', size: 7.6, align: 'center', border: 'grid' }, cur(l.total, { size: 8.4, border: 'grid' })]);
    const totals = [
      [`Valeur faciale des titres (hors champ de TVA)`, outside],
      ['Prestations de service HT', taxed],
      ['Total HT', inv.ht],
      ['TVA 20 % sur prestations', inv.tva],
      [inv.avoir ? 'Total de l’avoir' : 'Total TTC', inv.ttc, inv.avoir],
    ];
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant à régler']), inv.net, true]);
    const employer = Math.round((inv.face * inv.share) / 100);
    const rows = [
      ...top,
      blank(6),
      [{ v: inv.avoir ? 'AVOIR' : 'FACTURE', span: 6, b: true, size: 15 }, ...blank(5)],
      ...ident.map(([k1, v1, k2, v2]) => [label(k1), v1, null, label(k2), v2, null]),
      blank(6),
      ...refRows.map(([a, b, c, d]) => [a, b, null, c, d, null]),
      ...(sentence ? [[{ v: sentence, span: 6, i: true, size: 8 }, ...blank(5)]] : []),
      blank(6),
      [{ v: 'Désignation', span: 2, b: true, border: 'grid', shade: '#f4c7c3', size: 7.8 }, null, { v: 'Quantité', b: true, border: 'grid', shade: '#f4c7c3', size: 7.8 }, { v: 'Valeur / P.U. HT', b: true, border: 'grid', shade: '#f4c7c3', size: 7.8 }, { v: 'TVA', b: true, border: 'grid', shade: '#f4c7c3', size: 7.8 }, { v: 'Montant', b: true, border: 'grid', shade: '#f4c7c3', size: 7.8 }],
      ...body,
      blank(6),
      ...totals.map(([k, cents, strong]) => [{ v: k, span: 5, align: 'right', b: strong, size: 8.6 }, ...blank(4), cur(cents, { b: strong, size: 8.8, border: strong ? 'top' : undefined })]),
      blank(6),
      ...(inv.avoir ? [] : [[{ v: `Valeur du titre ${plainMoney(inv, inv.face)} € – participation employeur ${inv.share} % (${plainMoney(inv, employer)} €), part agent ${plainMoney(inv, inv.face - employer)} € précomptée sur le traitement. Titres valables jusqu’au ${fmtDate(inv.valid, 'slash')}.`, span: 6, size: 7.4, wrap: true }, ...blank(5)]]),
      [{ v: 'La valeur faciale des titres n’est pas soumise à la TVA ; elle est placée sur un compte dédié jusqu’au remboursement des restaurateurs (art. R. 3262-14 du code du travail).', span: 6, size: 7, i: true, wrap: true }, ...blank(5)],
      [{ v: inv.avoir ? 'Avoir remboursé par virement sous 30 jours.' : `${paymentText(inv)} – Les titres sont livrés après réception du règlement.`, span: 6, size: 8, wrap: true }, ...blank(5)],
      ...(inv.avoir ? [] : [[{ v: LATE_FEES, span: 6, size: 6.6, wrap: true }, ...blank(5)]]),
      [{ v: legalLine(inv), span: 6, size: 6.4, wrap: true }, ...blank(5)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [34, 56, 20, 26, 22, 28], margins: [12, 12, 14, 12], footer: [`${inv.supplier.name} – émetteur de titres-restaurant – page {page} / {pages}`], rows };
  },
};

// ——— 3. A legal publisher's ERP invoice: three VAT rates, a row of headings over the identity. ———
const DATABASES = ['Base documentaire « Collectivités territoriales » en ligne', 'Bouquet numérique « Commande publique & contrats »', 'Service en ligne « Fonction publique territoriale »', 'Base « Urbanisme et domanialité »'];
const REVIEWS = ['Revue mensuelle du droit des collectivités', 'La Lettre de la commande publique (mensuel)', 'Revue de la fonction publique territoriale', 'Cahiers juridiques de l’urbanisme'];
const BOOKS = ['Code général des collectivités territoriales annoté', 'Code de la commande publique commenté', 'Code de la fonction publique annoté', 'Guide pratique des assemblées locales', 'Code de l’urbanisme commenté', 'Mémento de la comptabilité M57'];
const editeur = {
  name: 'a-editeur-juridique',
  family: 'legal-publisher-erp-database-review-books-three-rates',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('a-editeur-juridique', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['books'], numbers: ['compact', 'ciel', 'sage'], engagementLabels: ['votreCommandeEngagement', 'commandeClient', 'engagement', 'ej', 'bonDeCommande'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[2000]], discountPct: [0, 0, 5, 10], groups: ['space', 'dot'], lines: [1, 1], rcsProb: 1 });
    const x = extraRng(inv, 'publisher');
    renameSupplier(inv, x.pick(['Éditions Juridiques du Rhône', 'Territoria Publications', 'Lex Locale Éditions', 'Éditions Légis-Collectivités']), 'SAS');
    inv.supplier.ape = '5814Z';
    inv.supplier.capital = x.pick([240000, 1000000, 2500000]);
    adminBuyer(inv, x, 'legal', 0.85);
    localReferences(inv, x);
    maybeRelabel29(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 45);
    inv.account = seven(x);
    inv.subscriber = `${x.int(10, 99)}${x.digits(6)}`;
    inv.from = { y: inv.date.m >= 11 ? inv.date.y + 1 : inv.date.y, m: inv.date.m >= 11 ? 1 : inv.date.m, d: 1 };
    inv.to = addDays({ y: inv.from.y + 1, m: inv.from.m, d: 1 }, -1);
    const users = x.int(1, 8);
    inv.lines = [{ ref: `ABO-N${x.digits(3)}`, label: `${x.pick(DATABASES)} – ${users} accès simultané${users > 1 ? 's' : ''} – du ${fmtDate(inv.from, 'slash')} au ${fmtDate(inv.to, 'slash')}`, qty: 1, unit: x.int(900, 4200) * 100, rate: 2000 }];
    if (x.chance(0.75)) inv.lines.push({ ref: `ABO-R${x.digits(3)}`, label: `Abonnement « ${x.pick(REVIEWS)} » – 11 numéros, papier et numérique – année ${inv.from.y}`, qty: x.int(1, 3), unit: x.int(190, 420) * 100, rate: 210 });
    if (x.chance(0.7)) {
      const first = x.int(0, BOOKS.length - 1);
      const books = x.int(1, 3);
      for (let k = 0; k < books; k++) inv.lines.push({ ref: isbn(x), label: `${BOOKS[(first + k) % BOOKS.length]} – édition ${inv.date.y}`, qty: x.int(1, 6), unit: x.int(45, 189) * 100, rate: 550 });
      inv.lines.push({ ref: 'PORT', label: 'Participation aux frais d’envoi des ouvrages', qty: 1, unit: x.int(6, 15) * 100, rate: 550 });
    }
    return priceLines(inv, [210, 550, 2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de documentation n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service documentation (code)'] });
    const sentence = inv.engagement && x.chance(0.2) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const codes = { 210: '1', 550: '2', 2000: '3' };
    const heads = ['N° de facture', 'Date', 'Compte client', 'N° d’abonné', 'Page'];
    const values = [{ text: inv.number, b: true, size: 10 }, { text: date(inv, inv.date), b: true, size: 10 }, inv.account, inv.subscriber, '1/1'];
    const rows = inv.lines.map((l) => [l.ref, l.label, frNumber(l.qty), plainMoney(inv, l.unit), codes[l.rate], plainMoney(inv, l.total)]);
    const vat = [...inv.vat].sort((a, b) => a.rate - b.rate).map((v) => [codes[v.rate], rate(v.rate), plainMoney(inv, v.base), plainMoney(inv, v.amount)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise collectivités ${inv.discountPct} %`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['Total TVA', inv.tva], ['Total TTC', inv.ttc], [x.pick(['Montant à régler', 'Net à payer']), inv.net, true]);
    const caps = x.chance(0.5);
    const up = (t) => (caps ? t.toUpperCase() : t);
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.4, margins: [14, 15, 20, 15], creator: x.pick(['SAP', 'Cegid XRP', 'Writer']),
      body: [
        columns([100, 80], [
          [p(s.name, { b: true, size: 14, color: '#1a3d6d' }), p('Édition juridique et administrative – documentation des collectivités', { size: 7.2, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.6 })],
          [p(up('Facture'), { b: true, size: 18, align: 'right', color: '#1a3d6d' })],
        ]),
        space(3),
        table([40, 28, 36, 46, 30], [{ cells: heads.map((h) => up(h)), size: 7, shade: '#dfe6f0' }, { cells: values, size: 9 }], { border: 'grid', align: ['center', 'center', 'center', 'center', 'center'], after: 4 }),
        columns([90, 90], [
          [p(up('Vos références'), { b: true, size: 7.6, after: 1 }), ...(shown.length ? [table([42, 44], shown.map(([k, v]) => [k, { text: v, b: true }]), { border: 'none', size: 8 })] : [p('—', { size: 8 })])],
          [space(2), ...paras(buyerTexts(inv, x), { size: 9.2 })],
        ]),
        ...(sentence ? [p(sentence, { i: true, size: 8, before: 2 })] : []),
        table([30, 84, 12, 22, 10, 22], [{ cells: ['Référence', 'Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#dfe6f0' }, ...rows], { border: 'head', size: 7.8, align: ['left', 'left', 'right', 'right', 'center', 'right'], before: 4, after: 3 }),
        columns([86, 94], [
          [table([12, 18, 26, 26], [{ cells: ['Code', 'Taux', 'Base HT', 'TVA'], b: true, shade: '#eeeeee' }, ...vat], { border: 'grid', size: 7.6, align: ['center', 'right', 'right', 'right'] }),
            p('Code 1 : publications de presse (art. 298 septies du CGI) ; code 2 : livres (art. 278-0 bis) ; code 3 : services en ligne.', { size: 6.6, before: 1, color: '#555555' })],
          [totalsTable(inv, totals, { widths: [56, 32], indent: 6, size: 8.6 })],
        ]),
        rule(),
        p(inv.print.iban ? `Règlement par virement à 45 jours – IBAN ${iban(inv)} – BIC ${s.bic}. Merci de rappeler le n° de facture et votre compte client.` : 'Règlement par mandat administratif à 45 jours – merci de rappeler votre compte client.', { size: 8 }),
        p(`Échéance : ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.6, before: 1 }),
        p('Les abonnements sont renouvelés par tacite reconduction sauf dénonciation deux mois avant leur échéance.', { size: 6.6, color: '#555555' }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 })],
    };
  },
};

export default [recouvrement, titres, editeur];

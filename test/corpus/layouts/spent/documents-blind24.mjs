// Blind-24 layouts written in the shared document description and as a Calc sheet (see ../../README.md): a cleaning
// group's window cleaning site by site, printed by a large company's billing system (glazing inside and outside in m²
// with two decimals at a price per m² with three decimals, an aerial platform or rope access per site, a sub-total per
// site; the identity in a row of boxes with labels in capitals, values larger; a VAT table with rates; a payment slip
// to detach; 1 of 4 a credit note for a visit not made), printed by PDFKit and LibreOffice; a solar installer's balance
// invoice after commissioning a photovoltaic plant on a public building's roof, in an EBP-like boxed layout (modules,
// inverter, mounting, wiring per kWc, commissioning, the Consuel certificate; on half the network operator's connection
// fee advanced as a disbursement outside VAT — `totalHT` includes it —; the deposit invoiced with the order deducted
// with its own number and date on most, a regional grant paid straight to the installer deducted on half, a 5 %
// retention on 2; the plant's figures, its fourteen-digit delivery point and the grant's file number printed for
// information), a Writer document; and a landscaper's monthly invoice of a commune's cemetery maintenance contract
// printed from a Calc sheet with merged cells (a twelfth of the yearly price, extra weeding in m², graves in common
// ground cleared, skip rotations, reinforced cleaning before All Saints' Day; chrysanthemums for the war graves at 10 %
// beside the maintenance at 20 % with a VAT line per rate on some; the contract's yearly amount printed for
// information).
import { columns, p, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, iso, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { paymentText } from '../../lib/blind6.mjs';
import { mills3, refPairs } from '../../lib/blind8.mjs';
import { quarterName, quarterOf } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { communeBuyer, engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, orderDeposit, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { accountNumber, slipReference } from '../../lib/blind23.mjs';
import { caps, centiMillsTotal, deductGrant, m2, maybeRelabel24, notAfterToday, prm, yearFile } from '../../lib/blind24.mjs';

// ——— 1. Window cleaning, site by site, a cleaning group's billing system with a payment slip. ———
const SITES = [
  'Hôtel de Ville – façades et verrières', 'Groupe scolaire Jules Ferry', 'Médiathèque centrale', 'Gymnase Jean Jaurès', 'Maison de quartier de Montreynaud',
  'Crèche municipale Les Lucioles', 'Centre administratif Beaulieu', 'Conservatoire – salle d’orchestre', 'Piscine municipale – halle bassin', 'Musée d’Art moderne – hall vitré',
];
const vitrerie = {
  name: 'e-nettoyage-vitrerie',
  family: 'window-cleaning-per-site-billing-system-slip',
  producers: ['pdfkit', 'libreoffice'],
  count: 4,
  make: (i) => {
    const credit = i === 3;
    const inv = makeInvoice('e-nettoyage-vitrerie', i, { cityProb: 0.6, engagementProb: 0.75, trades: ['services'], numbers: credit ? ['avoirShort'] : ['sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroBonCommande'], marketProb: 0.65, serviceProb: 0.5, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], discountPct: credit ? [0] : [0, 3], groups: ['dot', 'space', 'nbsp'], lines: [1, 1], rcsProb: 0.95, negative: credit ? 1 : false, ibanProb: credit ? 0 : 0.9 });
    const x = extraRng(inv, 'glass');
    renameSupplier(inv, x.pick(['Clairval Propreté Services', 'Nettéo Groupe', 'Brillance Multiservices', 'Cristal Net Industrie']), x.pick(['SA', 'SAS']));
    inv.supplier.ape = '8122Z';
    inv.supplier.capital = x.pick([3_200_000, 24_000_000, 150_000_000]);
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel24(inv, x);
    notAfterToday(inv);
    inv.quarter = quarterOf(inv.date);
    inv.visit = x.int(1, 4);
    inv.due = addDays(inv.date, 30);
    inv.account = accountNumber(x);
    inv.contract = `CT-${inv.date.y - x.int(0, 2)}-${x.digits(5)}`;
    const start = x.int(0, SITES.length - 1);
    const count = credit ? 1 : x.int(3, 6);
    inv.sites = Array.from({ length: count }, (_, k) => {
      const site = { name: SITES[(start + k * 3) % SITES.length], code: `S${x.digits(5)}`, lines: [] };
      const inside = x.int(8000, 180000);
      const outside = x.int(8000, 220000);
      const pin = x.int(620, 1350);
      const pout = x.int(850, 1950);
      site.lines.push({ label: 'Vitrerie intérieure', area: inside, mills: pin, total: centiMillsTotal(inside, pin) });
      site.lines.push({ label: 'Vitrerie extérieure et châssis', area: outside, mills: pout, total: centiMillsTotal(outside, pout) });
      if (!credit && x.chance(0.45)) site.lines.push({ label: x.pick(['Nacelle 16 m avec opérateur (demi-journée)', 'Intervention de cordistes (travaux en hauteur), forfait']), area: null, qty: 1, unit: x.int(18000, 46000), total: 0 });
      for (const l of site.lines) if (l.area === null) l.total = l.unit;
      return site;
    });
    if (credit) {
      inv.avoir = true;
      inv.origin = { number: `FA${x.digits(6)}`, date: addDays(inv.date, -x.int(15, 45)) };
    }
    inv.lines = inv.sites.flatMap((s) => s.lines.map((l) => ({ label: `${s.name} – ${l.label}`, qty: l.area === null ? 1 : l.area / 100, unit: l.area === null ? l.unit : l.mills / 10, total: l.total, rate: 2000 })));
    return priceLines(inv, [2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de nettoyage de la vitrerie n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service patrimoine (code)'] });
    const place = inv.engagement ? x.pick(['boxes', 'boxes', 'buyer', 'sentence']) : 'none';
    const shown = place === 'boxes' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const title = inv.avoir ? 'AVOIR' : 'FACTURE';
    const heads = [inv.avoir ? 'N° AVOIR' : 'N° FACTURE', 'DATE', 'N° CLIENT', 'CONTRAT', inv.avoir ? 'FACTURE D’ORIGINE' : 'ÉCHÉANCE'];
    const values = [inv.number, date(inv, inv.date), inv.account, inv.contract, inv.avoir ? `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : fmtDate(inv.due, 'slash')];
    const boxes = table([34, 34, 34, 36, 42], [{ cells: heads, shade: '#dddddd', size: 6.8 }, { cells: values.map((v, k) => ({ text: v, b: true, size: k === 0 ? 11 : 9 })) }], { border: 'grid', align: ['center', 'center', 'center', 'center', 'center'], before: 4 });
    const refBoxes = shown.length ? table(shown.map(() => Math.floor(180 / shown.length)), [{ cells: shown.map(([k]) => caps(k)), shade: '#eeeeee', size: 6.6 }, { cells: shown.map(([, v]) => ({ text: v, b: true, size: 9 })) }], { border: 'grid', align: shown.map(() => 'left'), before: 2 }) : null;
    const buyer = buyerTexts(inv, x);
    const rows = [];
    for (const site of inv.sites) {
      rows.push({ cells: [{ text: `Site ${site.code} – ${site.name}`, span: 4, b: true }], shade: '#f2f2f2' });
      for (const l of site.lines) rows.push([`   ${l.label}`, l.area === null ? '1 forfait' : `${m2(l.area)} m²`, l.area === null ? plainMoney(inv, l.unit) : mills3(l.mills), plainMoney(inv, l.total)]);
      rows.push({ cells: [{ text: `Sous-total site ${site.code}`, span: 3, align: 'right' }, plainMoney(inv, site.lines.reduce((t, l) => t + l.total, 0))], b: true });
    }
    const head = { cells: ['DÉSIGNATION', 'QUANTITÉ', 'P.U. HT (€/m²)', 'MONTANT HT'], b: true, shade: '#dddddd', size: 7 };
    const totals = [];
    if (inv.discount) totals.push(['TOTAL BRUT HT', inv.grossHT], [`REMISE CONTRACTUELLE ${inv.discountPct} %`, -inv.discount]);
    totals.push(['TOTAL HT', inv.ht], ['TOTAL TVA', inv.tva], [inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', inv.ttc]);
    if (!inv.avoir) totals.push(['NET À PAYER', inv.net]);
    const totalRows = totals.map(([k, v], n) => ({ cells: [{ text: k, size: 7.4 }, { text: money(inv, v), b: n === totals.length - 1, size: n === totals.length - 1 ? 11 : 8.8 }] }));
    const vatTable = table([20, 26, 26, 26], [{ cells: ['TAUX', 'BASE HT', 'MONTANT TVA', 'TOTAL TTC'], shade: '#dddddd', size: 6.6 }, ['20,00 %', plainMoney(inv, inv.ht), plainMoney(inv, inv.tva), plainMoney(inv, inv.ttc)]], { border: 'grid', align: ['center', 'right', 'right', 'right'], size: 7.6 });
    const sentence = place === 'sentence' ? engagementSentence(inv, x) : null;
    const reference = slipReference(inv.account, inv.number);
    const slip = inv.avoir ? [] : [
      space(6), p('- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -', { size: 7, color: '#777777' }),
      p('TALON À DÉTACHER ET À JOINDRE À VOTRE RÈGLEMENT', { b: true, size: 8, before: 1 }),
      table([42, 42, 42, 54], [{ cells: ['N° CLIENT', 'N° FACTURE', 'ÉCHÉANCE', 'MONTANT À RÉGLER'], shade: '#eeeeee', size: 6.6 }, { cells: [inv.account, inv.number, fmtDate(inv.due, 'slash'), money(inv, inv.net)], b: true, size: 9.4 }], { border: 'grid', align: ['center', 'center', 'center', 'right'], before: 1 }),
      p(`Référence de paiement : ${reference} – ${s.name}, service clients, ${s.address.join(', ')}`, { size: 7.4, before: 1 }),
    ];
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.2, margins: [12, 15, 18, 15],
      body: [
        columns([110, 70], [
          [p(caps(s.name), { b: true, size: 15, color: '#0b4f8a' }), p('Propreté – vitrerie – services aux collectivités', { size: 7.4, i: true }), p(`Direction régionale : ${s.address.join(' – ')}`, { size: 7.2 }), p(`${s.phone} – ${s.email}`, { size: 7.2 })],
          [p(title, { b: true, size: 20, align: 'right' }), p(inv.avoir ? '' : `Passage ${inv.visit}/4 – ${quarterName(inv.quarter)}`, { size: 8, align: 'right' })],
        ]),
        boxes,
        space(3),
        columns([96, 84], [
          [...(refBoxes ? [p('VOS RÉFÉRENCES', { b: true, size: 7.2 }), table([96], [[{ blocks: shown.map(([k, v]) => p([{ text: `${caps(k)} : `, size: 7 }, { text: v, b: true, size: 9.4 }])) }]], { border: 'box', before: 1 })] : [p(' ')])],
          [table([84], [[{ blocks: [p('ADRESSE DE FACTURATION', { size: 6.4, color: '#666666' }), ...paras(buyer, { size: 8.8 }), ...(place === 'buyer' ? [p(`${inv.engagement.label} : ${inv.engagement.written}`, { size: 8.8, before: 1 })] : [])] }]], { border: 'box' })],
        ]),
        ...(inv.avoir ? [p(`Avoir sur la facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')} : passage non réalisé (site fermé pour travaux).`, { size: 8.4, before: 4 })] : []),
        ...(sentence ? [p(sentence, { size: 8.2, before: 3, i: true })] : []),
        table([96, 28, 26, 30], [head, ...rows], { border: 'head', size: 7.8, align: ['left', 'right', 'right', 'right'], before: 4, after: 3 }),
        columns([100, 80], [[vatTable, p(inv.avoir ? 'Avoir à imputer sur vos prochaines factures : aucun règlement à effectuer.' : paymentText(inv, 'Règlement par virement'), { size: 7.4, before: 3 })], [table([44, 36], totalRows, { border: 'grid', align: ['left', 'right'] })]]),
        p(`Conditions de règlement : 30 jours date de facture. ${LATE_FEES}`, { size: 6.6, before: 3 }),
        ...slip,
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6 })],
    };
  },
};

// ——— 2. Solar installer, balance after commissioning, an EBP-like boxed Writer layout. ———
const ROOFS = ['Groupe scolaire Louis Pasteur – toiture bac acier', 'Gymnase des Trois-Ponts – toiture terrasse', 'Centre technique municipal – ombrière de parking', 'Salle polyvalente – versant sud', 'Restaurant scolaire – toiture bac acier', 'Halle des sports – sheds'];
const MODULES = [[375, 'monocristallins 375 Wc'], [410, 'monocristallins 410 Wc bi-verre'], [425, 'monocristallins 425 Wc full black'], [440, 'TOPCon 440 Wc'], [500, 'monocristallins 500 Wc']];
const solaire = {
  name: 'e-photovoltaique-mise-en-service',
  family: 'solar-plant-commissioning-grant-deducted',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('e-photovoltaique-mise-en-service', i, { cityProb: 0.55, engagementProb: 0.75, trades: ['btp'], numbers: ['ebp', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.65, serviceProb: 0.5, dateStyles: ['long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'solar');
    renameSupplier(inv, x.pick(['Soléo Énergies Loire', 'Hélio Forez Installation', 'Photon Rhône-Alpes', 'Lumisol Pro']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4321A';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel24(inv, x);
    notAfterToday(inv);
    inv.due = addDays(inv.date, 30);
    inv.roof = x.pick(ROOFS);
    const [wc, moduleLabel] = x.pick(MODULES);
    inv.modules = x.int(24, 140);
    inv.kwcCenti = Math.round((inv.modules * wc) / 10);
    inv.kva = Math.max(3, Math.round(inv.kwcCenti / 100 / 1.15));
    inv.commissioned = addDays(inv.date, -x.int(3, 20));
    inv.prm = prm(x);
    inv.consuel = `${x.int(1, 9)}${x.digits(6)}`;
    inv.yield = Math.round((inv.kwcCenti / 100) * x.int(1050, 1200));
    inv.quoteRef = `DE${x.digits(5)}`;
    inv.clientCode = `CLI${x.digits(4)}`;
    inv.debours = i % 2 === 0;
    inv.retenuePct = i === 2 || i === 6 ? 5 : 0;
    inv.lines = [
      { code: 'MOD', label: `Modules photovoltaïques ${moduleLabel}`, qty: inv.modules, unitName: 'u', unit: x.int(9500, 16500), rate: 2000 },
      { code: 'OND', label: `Onduleur triphasé ${inv.kva} kVA avec supervision`, qty: 1, unitName: 'u', unit: x.int(180000, 480000), rate: 2000 },
      { code: 'FIX', label: 'Système de fixation et d’intégration (par module)', qty: inv.modules, unitName: 'u', unit: x.int(3500, 6500), rate: 2000 },
      { code: 'POSE', label: 'Pose, câblage DC/AC, protections et liaison au TGBT (par kWc)', qty: inv.kwcCenti / 100, unitName: 'kWc', unit: x.int(18000, 32000), rate: 2000 },
      { code: 'MES', label: 'Mise en service, paramétrage de la supervision et formation des agents', qty: 1, unitName: 'forf.', unit: x.int(45000, 95000), rate: 2000 },
      { code: 'CONS', label: 'Attestation de conformité Consuel (visa)', qty: 1, unitName: 'forf.', unit: x.int(18000, 26000), rate: 2000 },
    ];
    inv.lines[3].total = Math.round((inv.kwcCenti * inv.lines[3].unit) / 100);
    if (inv.debours) inv.lines.push({ code: 'DEB', label: 'Contribution au raccordement Enedis, avancée pour votre compte (débours, hors champ de la TVA)', qty: 1, unitName: 'forf.', unit: x.int(90000, 380000), rate: 0 });
    priceLines(inv, inv.debours ? [2000, 0] : [2000]);
    inv.depositInfo = i % 4 !== 3 ? orderDeposit(inv, x, x.pick([30, 30, 40]), addDays(inv.date, -x.int(60, 150))) : null;
    inv.grant = i % 2 === 1 || i === 4 ? { amount: deductGrant(inv, x, x.pick([10, 15, 20, 25])), file: yearFile(x, inv.date.y - 1), name: x.pick(['Aide régionale « Solaire collectivités »', 'Subvention départementale « Énergies renouvelables »', 'Aide du Syndicat d’énergies (SIEL)']) } : null;
    return inv;
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'Marché public de travaux – lot photovoltaïque n°'], service: ['Code service', 'Service', 'Service énergie (code)'] });
    const place = inv.engagement ? x.pick(['boxes', 'boxes', 'buyer', 'sentence']) : 'none';
    const shown = place === 'boxes' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const d = (v) => date(inv, v);
    const idHeads = ['N° FACTURE', 'DATE', 'CODE CLIENT', 'DEVIS', 'PAGE'];
    const idValues = [inv.number, d(inv.date), inv.clientCode, inv.quoteRef, '1/1'];
    const buyer = buyerTexts(inv, x);
    const taxed = inv.vat.find((v) => v.rate === 2000);
    const outside = inv.ht - taxed.base;
    const rows = inv.lines.map((l) => [l.code, l.label, frNumber(l.qty, l.unitName === 'kWc' ? 2 : 0), l.unitName, plainMoney(inv, l.unit), plainMoney(inv, l.total), l.rate ? '1' : '0']);
    const vatRows = [{ cells: ['CODE', 'BASE HT', 'TAUX', 'MONTANT TVA'], shade: '#d9d9d9', size: 6.6 }, ['1', plainMoney(inv, taxed.base), rate(2000), plainMoney(inv, taxed.amount)]];
    if (outside) vatRows.push(['0', plainMoney(inv, outside), 'hors champ', '0,00']);
    const totals = [['TOTAL HT', inv.ht], ['TOTAL TVA', inv.tva], ['TOTAL TTC', inv.ttc]];
    if (inv.depositInfo) totals.push([`ACOMPTE FACTURE ${inv.depositInfo.number} DU ${fmtDate(inv.depositInfo.date, 'slash')}`, -inv.depositInfo.amount]);
    if (inv.grant) totals.push([`${caps(inv.grant.name)} – VERSÉE À L’ENTREPRISE`, -inv.grant.amount]);
    if (inv.retenue) totals.push([`RETENUE DE GARANTIE ${inv.retenuePct} %`, -inv.retenue]);
    totals.push(['NET À PAYER', inv.net]);
    const sentence = place === 'sentence' ? engagementSentence(inv, x) : null;
    const info = [
      `Puissance crête installée : ${frNumber(inv.kwcCenti / 100, 2)} kWc (${inv.modules} modules) – onduleur ${inv.kva} kVA`,
      `Mise en service le ${fmtDate(inv.commissioned, 'slash')} – attestation Consuel n° ${inv.consuel}`,
      `Point de livraison (PRM) : ${inv.prm} – production estimée : ${frNumber(inv.yield)} kWh/an (autoconsommation avec injection du surplus)`,
      ...(inv.grant ? [`${inv.grant.name} : dossier n° ${inv.grant.file}, versée directement à l’installateur et déduite ci-dessous.`] : []),
    ];
    return {
      font: x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Sans Narrow']), size: 8.4, margins: [12, 14, 20, 14],
      body: [
        columns([100, 82], [
          [p(s.name, { b: true, size: 14, color: '#e65100' }), p('Installation photovoltaïque – autoconsommation – maintenance', { size: 7.4 }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.6 })],
          [table([82], [[{ text: 'FACTURE DE SOLDE', b: true, size: 15, align: 'center' }]], { border: 'box' }), space(3), table([82], [[{ blocks: [...paras(buyer, { size: 9 }), ...(place === 'buyer' ? [p(`${inv.engagement.label} ${inv.engagement.written}`, { size: 9, b: true, before: 1 })] : [])] }]], { border: 'box' })],
        ]),
        table([40, 38, 34, 36, 34], [{ cells: idHeads, shade: '#d9d9d9', size: 6.8 }, { cells: idValues.map((v, k) => ({ text: v, b: k < 2, size: k < 2 ? 10 : 8.6 })) }], { border: 'grid', align: ['center', 'right', 'left', 'left', 'center'], before: 4 }),
        ...(shown.length ? [table(shown.map(() => Math.floor(182 / shown.length)), [{ cells: shown.map(([k]) => caps(k)), shade: '#eeeeee', size: 6.6 }, { cells: shown.map(([, v]) => ({ text: v, size: 9 })) }], { border: 'grid', align: shown.map(() => 'right'), before: 1.5 })] : []),
        p(`Objet : centrale photovoltaïque de ${frNumber(inv.kwcCenti / 100, 2)} kWc – ${inv.roof}`, { b: true, before: 4 }),
        ...(sentence ? [p(sentence, { size: 8, i: true, before: 1 })] : []),
        table([16, 82, 16, 12, 22, 24, 10], [{ cells: ['CODE', 'DÉSIGNATION', 'QTÉ', 'U.', 'P.U. HT', 'MONTANT HT', 'TVA'], shade: '#d9d9d9', b: true, size: 6.8 }, ...rows], { border: 'grid', size: 7.8, align: ['left', 'left', 'right', 'center', 'right', 'right', 'center'], before: 3, after: 3 }),
        columns([84, 98], [
          [table([14, 24, 20, 24], vatRows, { border: 'grid', size: 7.4, align: ['center', 'right', 'right', 'right'] }), p('Caractéristiques de l’installation (pour information)', { b: true, size: 7.4, before: 3 }), ...info.map((t) => p(t, { size: 7 }))],
          [table([66, 32], totals.map(([k, v], n) => ({ cells: [{ text: k, size: 6.8, shade: '#f2f2f2' }, { text: money(inv, v), b: n === totals.length - 1, size: n === totals.length - 1 ? 11 : 8.6 }] })), { border: 'grid', align: ['left', 'right'], indent: 0 })],
        ]),
        ...(outside ? [p('La contribution au raccordement est refacturée à l’euro près, au nom et pour le compte du maître d’ouvrage : débours hors du champ de la TVA (art. 267 II-2° du CGI).', { size: 7, before: 3 })] : []),
        p(`Conditions de règlement : 30 jours, le ${fmtDate(inv.due, 'slash')} au plus tard. ${paymentText(inv)}`, { size: 7.8, before: 3 }),
        p(LATE_FEES, { size: 6.6, before: 1 }),
      ],
      footer: [p(`${legalLine(inv)} – Assurance décennale n° ${x.digits(8)}`, { align: 'center', size: 6.2 })],
    };
  },
};

// ——— 3. Cemetery maintenance contract, a landscaper's Calc sheet with merged cells. ———
const CEMETERIES = ['Cimetière du Crêt de Roch', 'Cimetière de Montaud', 'Cimetière de Valbenoîte', 'Cimetière de la Rivière', 'Cimetière communal', 'Nouveau cimetière', 'Cimetière du Soleil'];
const cimetiere = {
  name: 'e-entretien-cimetiere',
  family: 'cemetery-maintenance-monthly-contract',
  producers: ['libreoffice'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('e-entretien-cimetiere', i, { cityProb: 0.45, engagementProb: 0.7, trades: ['btp'], numbers: ['micro', 'plain', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.75, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['space'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'cemetery');
    renameSupplier(inv, x.pick(['Paysages du Gier', 'Jardins et Sépultures Services', 'Vert Horizon Entretien', 'Les Jardiniers du Pilat']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '8130Z';
    communeBuyer(inv, x);
    localReferences(inv, x);
    maybeRelabel24(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 8) });
    notAfterToday(inv);
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, 30);
    const start = x.int(0, CEMETERIES.length - 1);
    inv.cemeteries = Array.from({ length: x.int(1, 3) }, (_, k) => ({ name: CEMETERIES[(start + k * 2) % CEMETERIES.length], ha: x.int(80, 650) }));
    inv.yearly = x.int(240, 960) * 10000;
    const monthly = Math.round(inv.yearly / 12);
    const m = inv.month.from.m;
    inv.lines = [{ label: `Forfait mensuel d’entretien des cimetières – ${MONTHS[m - 1]} ${inv.month.from.y} (1/12 du prix annuel)`, qty: 1, unitName: 'mois', unit: monthly, rate: 2000 }];
    if (x.chance(0.7)) inv.lines.push({ label: 'Désherbage manuel et thermique des allées hors forfait (m²)', qty: x.int(12000, 480000) / 100, unitName: 'm²', unit: x.int(45, 140), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Remise en état de sépultures en terrain commun (par sépulture)', qty: x.int(2, 12), unitName: 'u', unit: x.int(3500, 9000), rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Évacuation des déchets (fleurs fanées, plastiques) – rotation de benne 10 m³', qty: x.int(1, 4), unitName: 'rot.', unit: x.int(16000, 26000), rate: 2000 });
    if (m === 10 || m === 11 || x.chance(0.2)) inv.lines.push({ label: 'Nettoyage renforcé avant la Toussaint (allées, abords, points d’eau)', qty: 1, unitName: 'forf.', unit: x.int(60000, 180000), rate: 2000 });
    inv.flowers = x.chance(0.45);
    if (inv.flowers) inv.lines.push({ label: 'Fleurissement du carré militaire et du monument aux morts – chrysanthèmes en pot Ø 21 cm', qty: x.int(20, 80), unitName: 'u', unit: x.int(750, 1450), rate: 1000 });
    for (const l of inv.lines) l.total = Math.round(l.qty * l.unit);
    return priceLines(inv, inv.flowers ? [2000, 1000] : [2000]);
  },
  sheet(inv) {
    const x = extraRng(inv, 'look');
    const blank = (n) => Array.from({ length: n }, () => null);
    const cur = (cents, extra = {}) => ({ v: Number((cents / 100).toFixed(2)), type: 'money', ...extra });
    const me = supplierTexts(inv, x);
    const buyer = buyerTexts(inv, x);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’entretien des cimetières n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service état civil – cimetières (code)'] });
    const place = inv.engagement ? x.pick(['cells', 'cells', 'sentence']) : 'none';
    const shown = place === 'cells' ? refs : refs.filter(([k]) => !inv.engagement || k !== inv.engagement.label);
    const sentence = place === 'sentence' ? engagementSentence(inv, x) : null;
    const label = (v, span = 2) => ({ v: caps(v), span, align: 'right', size: 7.4, shade: '#e8f5e9', border: 'grid' });
    const value = (v, extra = {}) => ({ v, span: 2, align: 'left', b: true, size: 10, border: 'grid', ...extra });
    const head = { b: true, border: 'grid', shade: '#c8e6c9', align: 'center', size: 7.6 };
    const top = Array.from({ length: Math.max(me.length, buyer.length + 1) }, (_, k) => [
      k < me.length ? { v: me[k], span: 3, b: k === 0, size: k === 0 ? 13 : 8, color: k === 0 ? '#2e7d32' : undefined } : null, null, null,
      null,
      k === 0 ? null : buyer[k - 1] ? { v: buyer[k - 1], span: 3, b: k === 1, size: 9 } : null, null, null,
    ]);
    const ident = [
      [label('Facture n°'), null, value(inv.number, { size: 12 }), null, ...blank(3)],
      [label('Date'), null, value(iso(inv.date), { type: 'date' }), null, ...blank(3)],
      [label('Période'), null, value(`${MONTHS[inv.month.from.m - 1]} ${inv.month.from.y}`), null, ...blank(3)],
      ...shown.map(([k, v]) => [label(k), null, value(v), null, ...blank(3)]),
    ];
    const body = inv.lines.map((l) => [{ v: l.label, span: 3, border: 'grid', wrap: true, size: 7.8 }, null, null, { v: l.qty, type: Number.isInteger(l.qty) ? 'qty' : 'number', border: 'grid', size: 8 }, { v: l.unitName, border: 'grid', align: 'center', size: 7.6 }, cur(l.unit, { border: 'grid', size: 8 }), cur(l.total, { border: 'grid', size: 8 })]);
    const totals = [['TOTAL HT', inv.ht]];
    if (inv.vat.length > 1) for (const v of [...inv.vat].sort((a, b) => b.rate - a.rate)) totals.push([`Base HT ${rate(v.rate)}`, v.base], [`TVA ${rate(v.rate)}`, v.amount]);
    else totals.push(['TVA 20 %', inv.tva]);
    totals.push([x.pick(['TOTAL TTC', 'NET À PAYER']), inv.ttc, true]);
    const rows = [
      ...top,
      blank(7),
      [{ v: 'FACTURE', span: 7, b: true, size: 16, align: 'center', border: 'bottom' }, ...blank(6)],
      blank(7),
      ...ident,
      ...(sentence ? [[{ v: sentence, span: 7, size: 8, i: true, wrap: true }, ...blank(6)]] : []),
      blank(7),
      [{ v: `Objet : entretien des cimetières – ${inv.cemeteries.map((c) => `${c.name} (${frNumber(c.ha / 100, 2)} ha)`).join(', ')}`, span: 7, size: 8.4, b: true, wrap: true }, ...blank(6)],
      [{ v: `Montant annuel du marché : ${money(inv, inv.yearly)} HT, payable par douzièmes (pour information)`, span: 7, size: 8 }, ...blank(6)],
      blank(7),
      [{ v: 'Désignation', ...head, span: 3 }, null, null, { v: 'Qté', ...head }, { v: 'Unité', ...head }, { v: 'P.U. HT', ...head }, { v: 'Montant HT', ...head }],
      ...body,
      blank(7),
      ...totals.map(([k, cents, strong]) => [...blank(3), { v: k, span: 3, align: 'right', b: strong, size: strong ? 10 : 8.6, border: 'grid', shade: '#f1f8e9' }, null, null, cur(cents, { b: strong, size: strong ? 10.5 : 8.6, border: 'grid' })]),
      blank(7),
      [{ v: paymentText(inv), span: 7, size: 8 }, ...blank(6)],
      [{ v: `Conditions de règlement : 30 jours à réception, soit le ${fmtDate(inv.due, 'slash')}. ${LATE_FEES}`, span: 7, size: 6.6, wrap: true }, ...blank(6)],
      blank(7),
      [{ v: legalLine(inv), span: 7, size: 6.4, wrap: true }, ...blank(6)],
    ];
    return { font: x.pick(['Liberation Sans', 'DejaVu Sans']), size: 9, colWidths: [30, 30, 28, 18, 16, 26, 30], margins: [12, 12, 14, 12], rows };
  },
};

export default [vitrerie, solaire, cimetiere];

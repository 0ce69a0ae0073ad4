// Blind-13 layouts written for Chromium (see ../../README.md): a mailing company's invoice for putting the candidates'
// electoral material into envelopes for a commune (envelopes per round at a price per envelope with three decimals,
// bundles per polling station, address labels printed from the electoral roll; the electors and the polling stations
// printed; one or two rounds; the totals in a row of boxes on some), and a stenotypist's invoice for the verbatim
// minutes of council meetings (hours of attendance per meeting, pages transcribed, an express-delivery surcharge,
// travel by the kilometre; half of them by a sole trader under the VAT franchise), printed by Chromium and LibreOffice.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { refParagraphs, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { communeBuyer, engagementSentence, hoursMinutes, maybeRelabel13, redate } from '../../lib/blind13.mjs';

// ——— 1. Electoral material put into envelopes. ———
const ELECTIONS = [
  { title: 'Élections européennes', rounds: [{ y: 2024, m: 6, d: 9 }], lists: [12, 38] },
  { title: 'Élections législatives anticipées', rounds: [{ y: 2024, m: 6, d: 30 }, { y: 2024, m: 7, d: 7 }], lists: [6, 14] },
  { title: 'Élections municipales et communautaires', rounds: [{ y: 2026, m: 3, d: 15 }, { y: 2026, m: 3, d: 22 }], lists: [3, 9] },
  { title: 'Élection municipale partielle complémentaire', rounds: [{ y: 2025, m: 10, d: 5 }, { y: 2025, m: 10, d: 12 }], lists: [2, 4] },
];
const misesSousPli = {
  name: 'm-mise-sous-pli-electorale',
  family: 'electoral-mailing-envelope-stuffing',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('m-mise-sous-pli-electorale', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'ebp', 'odoo', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'commandePublique'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash', 'long', 'dash'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow', 'dot'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'mailing');
    renameSupplier(inv, x.pick(['Routage Loire Services', 'Mise sous Pli Rhône-Alpes', 'Adrexo Routage Forez', 'ESAT Les Ateliers du Furan – routage']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '8219Z';
    communeBuyer(inv, x);
    maybeRelabel13(inv, x);
    const election = ELECTIONS[(i + x.int(0, 1)) % ELECTIONS.length];
    const rounds = election.rounds.slice(0, x.chance(0.3) ? 1 : election.rounds.length);
    const last = rounds[rounds.length - 1];
    redate(inv, addDays(last, x.int(8, 40)));
    inv.due = addDays(inv.date, 30);
    const electors = inv.buyer.city ? x.int(1050, 1180) * 100 : x.int(90, 420) * 100;
    const stations = Math.round(electors / x.int(850, 1100));
    const lists = x.int(...election.lists);
    inv.election = { title: election.title, rounds, electors, stations, lists };
    inv.lines = [];
    rounds.forEach((day, k) => {
      const roundName = rounds.length > 1 || election.rounds.length > 1 ? `${k === 0 ? '1er' : '2nd'} tour du ${date(inv, day, 'slash')}` : `scrutin du ${date(inv, day, 'slash')}`;
      const candidates = k === 0 ? lists : Math.min(lists, x.int(2, 3));
      const perEnvelope = x.int(55, 140);
      inv.lines.push({ label: `Réception, contrôle et comptage des documents de ${candidates} ${candidates > 1 ? 'listes ou candidats' : 'liste'} – ${roundName}`, unitText: 'forfait', qty: 1, unit: x.int(25, 90) * 1000, rate: 2000 });
      inv.lines.push({ label: `Mise sous pli : 1 circulaire + 1 bulletin par candidat (${candidates} × 2 documents) – ${roundName}`, unitText: 'pli', qty: electors, mills: perEnvelope, total: millsTotal(electors, perEnvelope), rate: 2000 });
      inv.lines.push({ label: `Colisage et étiquetage par bureau de vote – ${roundName}`, unitText: 'bureau', qty: stations, unit: x.int(9, 22) * 100, rate: 2000 });
    });
    const labels = x.int(8, 20);
    inv.lines.push({ label: 'Impression des étiquettes d’adresse depuis l’extraction de la liste électorale', unitText: 'étiquette', qty: electors, mills: labels, total: millsTotal(electors, labels), rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Enveloppes 114 × 229 mm fournies par nos soins (au-delà de la dotation de l’État)', unitText: 'mille', qty: x.int(2, 12), unit: x.int(18, 32) * 100, rate: 2000 });
    inv.lines.push({ label: 'Dépôt au centre de tri La Poste (tarif « propagande électorale »)', unitText: 'forfait', qty: 1, unit: x.int(15, 45) * 1000, rate: 2000 });
    for (const l of inv.lines) if (l.unit !== undefined) l.unitShown = plainMoney(inv, l.unit);
    for (const l of inv.lines) if (l.mills !== undefined) l.unitShown = mills3(l.mills);
    return priceLines(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const e = inv.election;
    const accent = x.pick(['#1a237e', '#004d40', '#37474f', '#880e4f']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de routage n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service destinataire'] });
    const inSentence = inv.engagement && x.chance(0.35);
    const sentence = inSentence ? engagementSentence(inv, x) : null;
    const shownRefs = inSentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const refsAsRow = x.chance(0.5);
    const refsHtml = !shownRefs.length ? '' : refsAsRow
      ? `<table class="refrow"><tr>${shownRefs.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${shownRefs.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>`
      : `<div class="refs">${shownRefs.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div>`;
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td>${esc(l.unitText)}</td><td class="r">${l.unitShown}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const boxes = x.chance(0.5);
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc], [x.pick(['Net à payer', 'Montant à régler']), inv.net]];
    const totalsHtml = boxes
      ? `<table class="boxes"><tr>${totals.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${totals.map(([, v], n) => `<td${n === 3 ? ' class="strong"' : ''}>${money(inv, v)}</td>`).join('')}</tr></table>`
      : `<table class="tot">${totals.slice(0, 3).map(([k, v], n) => `<tr${n === 2 ? ' class="strong"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>`;
    const idRows = [[x.pick(['Facture n°', 'N° de facture', 'Numéro']), inv.number], [x.pick(['Date', 'Date de facture', 'Date d’émission']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')], ['Code client', inv.clientCode]];
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.6pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 15pt; font-weight: bold; color: ${accent}; } .sub { font-size: 7.4pt; color: #555; }
      .id { width: 72mm; border: 1.2px solid ${accent}; } .id .t { background: ${accent}; color: #fff; font-size: 13pt; font-weight: bold; padding: 2mm; text-align: center; } .id td { padding: 1.2mm 2mm; }
      .buyer { margin: 6mm 0 4mm 100mm; } .refs { margin: 2mm 0; } .refrow { width: auto; margin: 2mm 0; } .refrow th { font-weight: normal; font-size: 7.4pt; color: #555; text-align: left; padding: 1mm 4mm 0 2mm; border: 1px solid #bbb; border-bottom: 0; } .refrow td { font-weight: bold; padding: 0 4mm 1mm 2mm; border: 1px solid #bbb; border-top: 0; }
      .items th { background: #eceff1; text-align: left; padding: 3px; font-size: 7.6pt; } .items td { padding: 3px; border-bottom: 1px solid #ddd; vertical-align: top; }
      .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 2px 4px; } .tot .strong td { font-weight: bold; border-top: 1.4px solid #222; font-size: 10pt; }
      .boxes { margin-top: 5mm; } .boxes th { border: 1px solid #888; background: #f5f5f5; font-size: 7.6pt; padding: 2px; } .boxes td { border: 1px solid #888; text-align: center; padding: 3px; font-size: 9.5pt; } .boxes .strong { font-weight: bold; background: #fffde7; }
      .foot { margin-top: 8mm; font-size: 6.8pt; color: #555; text-align: center; border-top: 1px solid #ccc; padding-top: 2mm; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="sub">Routage – mise sous pli – propagande électorale – colisage</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
       <table class="id"><tr><td colspan="2" class="t">${esc(x.pick(['FACTURE', 'Facture']))}</td></tr>${idRows.map(([k, v], n) => `<tr><td>${esc(k)}</td><td class="r">${n === 0 ? `<b>${esc(v)}</b>` : esc(v)}</td></tr>`).join('')}</table></div>
     <div class="buyer">${htmlLines(buyerTexts(inv, x))}</div>
     ${refsHtml}
     <p><b>Objet :</b> ${esc(e.title)} – mise sous pli de la propagande électorale pour le compte de la commission de propagande. ${frNumber(e.electors)} électeurs inscrits, ${e.stations} bureaux de vote.</p>
     ${sentence ? `<p>${esc(sentence)}</p>` : ''}
     <table class="items"><tr><th>Désignation</th><th class="r">Quantité</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>${rows}</table>
     ${totalsHtml}
     <p class="sub">Plis non distribuables (« n’habite pas à l’adresse indiquée ») retournés en mairie. Les prix unitaires au pli s’entendent hors fourniture des enveloppes de la dotation de l’État.</p>
     <p>${esc(paymentText(inv))}</p><p class="sub">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}</div>`);
  },
};

// ——— 2. Verbatim minutes of council meetings. ———
const BODIES = ['Conseil municipal', 'Conseil municipal', 'Conseil communautaire', 'Commission d’appel d’offres', 'Conseil d’administration du CCAS'];
const stenotypie = {
  name: 'm-stenotypie-seances',
  family: 'stenotypist-council-minutes',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const sole = i % 2 === 0;
    const inv = makeInvoice('m-stenotypie-seances', i, { ...CITY_HEAVY, supplier: sole ? 'micro' : 'company', trades: ['services'], numbers: ['micro', 'plain', 'pennylane', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'ejNo', 'votreRefEj'], marketProb: 0.35, serviceProb: 0.6, dateStyles: ['long', 'slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6, ibanProb: 0.9 });
    const x = extraRng(inv, 'minutes');
    if (sole) {
      renameSupplier(inv, x.pick(['Nathalie Vacher', 'Sylvie Grangeon', 'Olivier Bonnefoy', 'Martine Souchon']), 'EI');
      inv.supplier.tagline = x.pick(['Sténotypiste de conférence', 'Sténotypie – comptes rendus intégraux', 'Rédactrice de comptes rendus de séances']);
    } else {
      renameSupplier(inv, x.pick(['Verbatim Rhône-Alpes', 'Sténo Conseil Loire', 'Comptes Rendus Publics', 'Écrit Fidèle']), x.pick(['SARL', 'SAS']));
      inv.supplier.ape = '8299Z';
    }
    maybeRelabel13(inv, x);
    const sessions = x.int(1, 3);
    const first = addDays(inv.date, -x.int(30, 70));
    inv.sessions = Array.from({ length: sessions }, (_, k) => ({ body: x.pick(BODIES), day: addDays(first, k * x.int(7, 21)), minutes: x.int(9, 30) * 10, pages: x.int(18, 120) }));
    redate(inv, addDays(inv.sessions[sessions - 1].day, x.int(6, 20)));
    inv.due = addDays(inv.date, 30);
    inv.lines = [];
    for (const ses of inv.sessions) {
      const hours = Math.ceil(ses.minutes / 30) / 2;
      inv.lines.push({ label: `${ses.body} du ${date(inv, ses.day, 'long')} – présence en séance et prise en sténotypie (${hoursMinutes(ses.minutes)})`, qtyText: `${frNumber(hours, 1)} h`, qty: hours, unit: x.int(45, 75) * 100, rate: 2000 });
      const perPage = x.int(420, 780);
      inv.lines.push({ label: `Transcription intégrale, mise en forme et relecture – ${ses.pages} pages`, qtyText: `${ses.pages} p.`, qty: ses.pages, unit: perPage, rate: 2000 });
      if (x.chance(0.35)) {
        const base = Math.round(ses.pages * perPage);
        inv.lines.push({ label: 'Majoration délai de remise 72 h (25 % de la transcription)', qtyText: '1', qty: 1, unit: Math.round(base / 4), rate: 2000 });
      }
    }
    if (x.chance(0.7)) {
      const km = x.int(12, 140) * sessions;
      const perKm = x.pick([45, 50, 60, 64]);
      inv.lines.push({ label: `Frais de déplacement (${km} km à ${frNumber(perKm / 100, 2)} €)`, qtyText: `${km} km`, qty: km, unit: perKm, rate: 2000 });
    }
    for (const l of inv.lines) l.rate = sole ? 0 : 2000;
    return priceLines(inv, [sole ? 0 : 2000]);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const exempt = Boolean(inv.vatExempt);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations intellectuelles n°', 'Réf. marché'], service: ['Code service', 'Service exécutant', 'Service'] });
    const inSentence = inv.engagement && x.chance(0.35);
    const sentence = inSentence ? engagementSentence(inv, x) : null;
    const shownRefs = inSentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const me = supplierTexts(inv, x);
    const title = x.pick(['Facture n°', 'FACTURE N°', 'Note d’honoraires n°']);
    // A fee note is an invoice: the profession says so under its title.
    const note = title.startsWith('Note') ? [p('(valant facture)', { size: 8, i: true })] : [];
    const head = x.chance(0.5)
      ? [p(`${title} ${inv.number}`, { b: true, size: 13 }), ...note, p(`${x.pick(['Date :', 'Du', 'Émise le'])} ${date(inv, inv.date)}`, { size: 9.4 })]
      : [table([34, 46], [[{ text: title.replace(/ n°$| N°$/, ''), b: true, span: 2, size: 12 }], ['Numéro', { text: inv.number, b: true }], ['Date', date(inv, inv.date)]], { border: 'grid', size: 9 }), ...note];
    const totals = exempt
      ? [[x.pick(['Total HT', 'Montant total']), inv.ht], ['TVA', x.pick(['0,00 €', 'non applicable'])], [x.pick(['Net à payer', 'Total à régler']), inv.ttc, true]]
      : [[x.pick(['Total HT', 'Montant HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer TTC']), inv.ttc, true]];
    return {
      font: producer === 'chromium' ? x.pick(['DejaVu Serif', 'Liberation Serif', 'Liberation Sans']) : x.pick(['Liberation Serif', 'DejaVu Sans']), size: 9, margins: [16, 18, 22, 18],
      body: [
        columns([96, 80], [paras(me, { firstSize: 13.5 }), [space(8), p(x.pick(['Destinataire', 'À l’attention de', 'Client']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(6),
        ...head,
        space(3),
        ...refParagraphs(shownRefs, 8.8),
        p(`Objet : comptes rendus intégraux des séances ci-dessous, remis au format traitement de texte et PDF.`, { before: 2 }),
        ...(sentence ? [p(sentence, { size: 8.8 })] : []),
        space(2),
        table([106, 20, 24, 26], [{ cells: ['Prestation', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, line: 'bottom' }, ...rows], { border: x.pick(['head', 'grid']), size: 8.4, align: ['left', 'right', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [54, 30], indent: 92 }),
        ...(exempt ? [p(inv.vatExempt, { i: true, size: 8.4, before: 2 })] : []),
        rule(),
        p('Confidentialité : les enregistrements de séance sont détruits après validation du compte rendu par le secrétariat des assemblées.', { size: 7.4, color: '#444444', before: 2 }),
        p(paymentText(inv), { size: 8.6, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 })],
    };
  },
};

export default [misesSousPli, stenotypie];

// Blind-20 layouts written for Chromium (see ../../README.md): a first-aid association's invoice for the preventive
// first-aid posts it held at a public body's events (rescuers by the person-hour, ambulances by the day, the post's
// tent, kilometres; each event's type of post, the prefecture's file and the interventions printed for information; an
// association outside VAT on 6 of 8, a private event-medicine company at 20 % on 2), and a marquee company's hire of
// tents for a festival (structures, wooden floors by the m², lighting, heating, ballast, assembly and transport; the
// structure's registration and the certificate of correct assembly printed; the security cheque printed, not cashed
// and not deducted; the booking deposit deducted with its own number on some; bilingual French–English on half; a
// loyalty discount on some), printed by Chromium and LibreOffice from the shared description.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { deductPaid } from '../../lib/blind18.mjs';
import { asAssociation, maybeRelabel20 } from '../../lib/blind20.mjs';

// ——— 1. First-aid association: preventive first-aid posts at the public body's events. ———
const EVENTS = [
  ['Fête de la musique', 'place Jean Jaurès', 6], ['Feu d’artifice du 14 juillet', 'parc de l’Europe', 7], ['Semi-marathon de la ville', 'départ cours Fauriel', 4],
  ['Forum des associations', 'Palais des sports', 9], ['Marché de Noël – soirée d’ouverture', 'place de l’Hôtel de Ville', 12], ['Festival des arts de la rue', 'centre-ville', 5],
  ['Course des écoles', 'stade municipal', 5], ['Bal populaire du 13 juillet', 'place du Peuple', 7], ['Concert en plein air', 'jardin des Plantes', 8],
];
const KINDS = [['PAPS', 2, 2], ['DPS-PE', 4, 6], ['DPS-PE', 6, 8], ['DPS-ME', 8, 14]];
const secours = {
  name: 's-poste-secours',
  family: 'first-aid-posts-events-association',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('s-poste-secours', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['micro', 'plain', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.3, serviceProb: 0.55, dateStyles: ['slash', 'long', 'iso'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'firstaid');
    const company = i % 4 === 3;
    if (company) renameSupplier(inv, x.pick(['EvenMed Assistance', 'Médic’Événements Loire', 'Secours Événementiel Rhône-Alpes']), x.pick(['SAS', 'SARL']));
    else asAssociation(inv, x.pick(['Secouristes du Forez', 'Union des Sauveteurs Loire-Pilat', 'Croix Blanche du Gier', 'Secours et Prévention Ligériens']), `W${x.int(421, 429)}${x.digits(6)}`, x.pick(['TVA non applicable – article 261-7-1° du CGI', 'Association non assujettie à la TVA (art. 261-7-1° b du CGI)']));
    inv.supplier.ape = company ? '8690A' : '9499Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel20(inv, x);
    const y = inv.date.y;
    const first = x.int(0, EVENTS.length - 1);
    const count = x.int(1, 3);
    inv.events = [];
    for (let k = 0; k < count; k++) {
      const [name, place, m] = EVENTS[(first + k * 2) % EVENTS.length];
      const [kind, lo, hi] = x.pick(KINDS);
      const day = { y, m, d: m === 6 && /musique/.test(name) ? 21 : m === 7 && /14/.test(name) ? 14 : m === 7 && /13/.test(name) ? 13 : x.int(2, 27) };
      inv.events.push({ name, place, day, kind, rescuers: x.int(lo, hi), hours: x.pick([4, 5, 6, 8, 10]), ambulances: kind === 'PAPS' ? 0 : x.int(1, 2), public: x.int(8, 120) * 100, care: x.int(0, 18), evac: x.int(0, 3), file: x.chance(0.6) ? `${pad2(y % 100)}${x.digits(5)}` : null });
    }
    inv.events.sort((a, b) => a.day.m - b.day.m || a.day.d - b.day.d);
    const last = inv.events[inv.events.length - 1].day;
    redate(inv, addDays(last, x.int(4, 30)));
    inv.due = addDays(inv.date, 30);
    inv.convention = `CONV-${inv.date.y}-${String(x.int(3, 240)).padStart(3, '0')}`;
    inv.approval = x.pick(['agrément de sécurité civile type D (missions de dispositifs prévisionnels de secours)', 'agrément national de sécurité civile A, B, C et D']);
    const hourly = x.int(company ? 26 : 12, company ? 38 : 21) * 100;
    const rateOf = company ? 2000 : 0;
    inv.lines = [];
    for (const e of inv.events) {
      inv.lines.push({ label: `${e.kind} – ${e.name} (${fmtDate(e.day, 'slash')}, ${e.place}) : ${e.rescuers} secouristes × ${e.hours} h`, qty: e.rescuers * e.hours, unit: hourly, rate: rateOf, unitText: 'h' });
      if (e.ambulances) inv.lines.push({ label: `Véhicule de premiers secours à personnes (VPSP) – ${e.name}`, qty: e.ambulances, unit: x.int(90, 190) * 100, rate: rateOf, unitText: 'j' });
      if (x.chance(0.5)) inv.lines.push({ label: `Poste de secours : tente, lot de matériel, oxygène – ${e.name}`, qty: 1, unit: x.int(60, 150) * 100, rate: rateOf, unitText: 'forfait' });
    }
    const km = x.int(20, 140);
    inv.lines.push({ label: 'Frais kilométriques des véhicules (barème de l’association)', qty: km, unit: x.pick([35, 40, 45, 52]), rate: rateOf, unitText: 'km' });
    if (!company && x.chance(0.4)) inv.lines.push({ label: 'Repas des équipiers bénévoles', qty: inv.events.reduce((s, e) => s + e.rescuers, 0), unit: x.int(8, 12) * 100, rate: 0, unitText: 'repas' });
    return priceLines(inv, [rateOf]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Convention-marché n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service événementiel (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const where = x.pick(['table', 'buyer', 'under']);
    const numberLabel = x.pick(['Facture n°', 'N° de facture', 'Pièce n°', 'Réf. facture']);
    const dateText = x.pick([`Date : ${date(inv, inv.date)}`, `Émise le ${date(inv, inv.date)}`, `${s.address[1].replace(/^\d{5} /, '')}, le ${date(inv, inv.date)}`]);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)} ${esc(l.unitText)}</td><td class="r">${l.unitText === 'km' ? `${frNumber(l.unit / 100, 2)}` : plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const bilan = inv.events.map((e) => `<tr><td>${esc(fmtDate(e.day, 'slash'))}</td><td>${esc(e.name)}</td><td>${esc(e.kind)}</td><td class="r">${frNumber(e.public)}</td><td class="r">${e.care}</td><td class="r">${e.evac}</td><td>${e.file ? esc(e.file) : '—'}</td></tr>`).join('');
    const exempt = Boolean(inv.vatExempt);
    const totals = exempt
      ? [[x.pick(['Total', 'Total des prestations', 'Montant total']), money(inv, inv.ht)], ['TVA', x.pick(['non applicable', 'néant'])], [x.pick(['Net à payer', 'Somme à régler', 'Total à payer']), money(inv, inv.net), true]]
      : [['Total HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [x.pick(['Total TTC', 'Net à payer']), money(inv, inv.ttc), true]];
    const refTable = shown.length ? `<table class="refs"><tr>${shown.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${shown.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>` : '';
    const refLines = shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');
    const accent = x.pick(['#c62828', '#1565c0', '#ef6c00']);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.8pt; }
      .head { display: flex; justify-content: space-between; border-bottom: 2.5px solid ${accent}; padding-bottom: 3mm; }
      .name { font-size: 15pt; font-weight: bold; color: ${accent}; } .tag { font-size: 7.4pt; font-style: italic; color: #555; }
      .ident { text-align: right; } .ident h1 { margin: 0; font-size: 17pt; letter-spacing: 1px; }
      .two { display: flex; justify-content: space-between; margin-top: 5mm; } .two > div { width: 47%; }
      .buyer { border: 1px solid #bbb; padding: 2mm 3mm; border-radius: 2mm; }
      .lbl { font-size: 7pt; color: #777; text-transform: uppercase; letter-spacing: 0.5px; }
      .refs { margin-top: 4mm; } .refs th { background: #f2f2f2; border: 1px solid #999; font-weight: normal; font-size: 7.4pt; padding: 1mm; text-align: left; } .refs td { border: 1px solid #999; padding: 1.2mm; font-weight: bold; }
      .items { margin-top: 5mm; } .items th { border-bottom: 1.5px solid ${accent}; text-align: left; padding: 1.4mm; font-size: 7.8pt; } .items td { padding: 1.4mm; border-bottom: 1px solid #e0e0e0; vertical-align: top; }
      .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 2mm; } .tot .s td { font-weight: bold; font-size: 10.5pt; border-top: 1.5px solid #333; }
      .bilan { margin-top: 2mm; font-size: 7.4pt; } .bilan th, .bilan td { border: 1px solid #ccc; padding: 0.8mm 1.4mm; text-align: left; }
      .foot { margin-top: 8mm; font-size: 6.8pt; color: #555; text-align: center; border-top: 1px solid #ccc; padding-top: 2mm; }`,
    `<div class="head"><div><div class="name">${esc(s.name)}</div><div class="tag">${exempt ? `Association de secourisme – ${esc(inv.approval)}` : 'Assistance médicale et secours pour événements – médecins, infirmiers, secouristes'}</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
       <div class="ident"><h1>FACTURE</h1><div>${esc(numberLabel)} <b>${esc(inv.number)}</b></div><div>${esc(dateText)}</div><div>Convention ${esc(inv.convention)}</div></div></div>
     <div class="two"><div><div class="lbl">Objet</div><div>${inv.events.length > 1 ? 'Dispositifs prévisionnels de secours' : 'Dispositif prévisionnel de secours'} – ${esc(inv.events.map((e) => e.name).join(', '))}</div>${where === 'under' ? refLines : ''}<div style="margin-top:2mm">Échéance : ${esc(fmtDate(inv.due, 'slash'))}</div></div>
       <div class="buyer"><div class="lbl">${x.pick(['Organisateur facturé', 'Destinataire', 'Client'])}</div>${htmlLines(buyerTexts(inv, x))}${where === 'buyer' ? refLines : ''}</div></div>
     ${where === 'table' ? refTable : ''}
     ${sentence ? `<p style="margin-top:4mm">${esc(sentence)}</p>` : ''}
     <table class="items"><tr><th>Désignation</th><th class="r" style="width:22mm">Quantité</th><th class="r" style="width:24mm">${exempt ? 'Participation' : 'P.U. HT'}</th><th class="r" style="width:26mm">${exempt ? 'Montant' : 'Montant HT'}</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${esc(v)}</td></tr>`).join('')}</table>
     ${exempt ? `<p style="font-size:7.8pt">${esc(inv.vatExempt)}. Les sommes demandées couvrent les frais engagés par l’association ; les secouristes sont bénévoles.</p>` : ''}
     <p style="font-size:7.8pt;margin-top:4mm"><b>Bilan des dispositifs (pour information)</b></p>
     <table class="bilan"><tr><th>Date</th><th>Manifestation</th><th>Type</th><th class="r">Public attendu</th><th class="r">Prises en charge</th><th class="r">Évacuations</th><th>Dossier préfecture</th></tr>${bilan}</table>
     <p style="margin-top:4mm">${esc(paymentText(inv))}</p>
     <p style="font-size:7pt">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}</div>`);
  },
};
const pad2 = (n) => String(n).padStart(2, '0');

// ——— 2. Marquee hire for a festival: structures, floors, lighting, assembly; printed by Chromium and LibreOffice. ———
const FESTIVITIES = ['Marché de Noël', 'Festival des arts de la rue', 'Fête de la Saint-Jean', 'Salon du livre jeunesse', 'Fête des vendanges', 'Foire de printemps'];
const STRUCTURES = [['Tente pliante 3 × 3 m', 9], ['Tente pagode 5 × 5 m', 25], ['Chapiteau 10 × 15 m', 150], ['Chapiteau 12 × 20 m', 240], ['Structure modulaire 15 × 25 m', 375]];
const chapiteaux = {
  name: 's-chapiteaux-evenement',
  family: 'marquee-hire-festival',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('s-chapiteaux-evenement', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['odoo', 'ebp', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'poBonDeCommande', 'orderRef'], marketProb: 0.4, serviceProb: 0.5, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], discountPct: [0, 0, 5, 8], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'marquee');
    renameSupplier(inv, x.pick(['Chapiteaux Rhône-Loire Événements', 'Structures et Toiles du Forez', 'Loire Réception Location', 'Tentes du Pilat Services']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7739Z';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel20(inv, x);
    inv.festival = FESTIVITIES[(i + x.int(0, 5)) % FESTIVITIES.length];
    const start = { y: inv.date.y, m: /Noël/.test(inv.festival) ? 12 : x.int(4, 9), d: x.int(2, 18) };
    const days = x.int(1, 4);
    inv.setup = addDays(start, -x.int(1, 2));
    inv.start = start;
    inv.end = addDays(start, days - 1);
    inv.teardown = addDays(inv.end, 1);
    redate(inv, addDays(inv.teardown, x.int(2, 12)));
    inv.due = addDays(inv.date, 30);
    inv.site = x.pick(['place Jean Jaurès', 'parc de Montaud', 'place de l’Hôtel de Ville', 'esplanade du Palais des sports', 'cour de l’école Jules Ferry']);
    const first = x.int(0, STRUCTURES.length - 2);
    const kinds = STRUCTURES.slice(first, first + x.int(1, 2));
    inv.structures = kinds.map(([label, m2]) => ({ label, m2, count: m2 > 100 ? 1 : x.int(2, 8), reg: m2 > 100 ? `CTS ${x.pick(['42', '69', '63'])}-${inv.date.y - x.int(2, 9)}-${x.digits(4)}` : null }));
    inv.certificate = `ABM-${inv.date.y}-${x.digits(4)}`;
    inv.caution = x.int(5, 30) * 10000;
    inv.bilingual = i % 2 === 0;
    const floorM2 = inv.structures.reduce((s, st) => s + st.m2 * st.count, 0);
    inv.lines = inv.structures.map((st) => ({ label: `${st.label} (${st.m2} m²), bâche PVC M2 blanche, ${days} jour${days > 1 ? 's' : ''} d’exploitation`, qty: st.count, unit: Math.round(st.m2 * x.int(420, 980)) + x.int(0, 9) * 1000, rate: 2000 }));
    if (x.chance(0.6)) inv.lines.push({ label: 'Plancher bois sur lambourdes réglables (par m²)', qty: floorM2, unit: x.int(7, 14) * 100, rate: 2000 });
    inv.lines.push({ label: 'Éclairage intérieur LED et distribution électrique (par structure)', qty: inv.structures.reduce((s, st) => s + st.count, 0), unit: x.int(35, 90) * 100, rate: 2000 });
    if (/Noël/.test(inv.festival) || x.chance(0.3)) inv.lines.push({ label: 'Chauffage soufflant 40 kW avec cuve (par jour)', qty: days, unit: x.int(110, 190) * 100, rate: 2000 });
    inv.lines.push({ label: 'Lestage par plots béton de 500 kg (par plot)', qty: x.int(8, 40), unit: x.int(6, 12) * 100, rate: 2000 });
    inv.lines.push({ label: `Montage le ${fmtDate(inv.setup, 'slash')} et démontage le ${fmtDate(inv.teardown, 'slash')} (équipe de monteurs)`, qty: 1, unit: x.int(6, 22) * 10000, rate: 2000 });
    inv.lines.push({ label: 'Transport aller-retour (porteur avec grue auxiliaire)', qty: 1, unit: x.int(250, 690) * 100, rate: 2000 });
    priceLines(inv, [2000]);
    inv.paid = i % 2 === 1 ? deductPaid(inv, x, 30, addDays(inv.setup, -x.int(20, 60))) : null;
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = inv.bilingual;
    const t = (fr, en) => (bi ? `${fr} / ${en}` : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de location de structures n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service fêtes et cérémonies (code)'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = bi ? x.pick(['Facture n° / Invoice no.', 'N° / Invoice #']) : x.pick(['Facture n°', 'N° de facture', 'Référence']);
    const boxes = [[numberLabel, inv.number], [t('Date', 'Date'), date(inv, inv.date)], [t('Échéance', 'Due date'), fmtDate(inv.due, 'slash')], [t('Code client', 'Customer'), inv.clientCode]];
    const boxRow = table(boxes.map(() => 42), [{ cells: boxes.map(([k]) => k), shade: '#eeeeee', size: 7.4 }, { cells: boxes.map(([, v], k) => ({ text: v, b: k === 0 })) }], { border: 'grid', size: 8.8, before: 4 });
    const refBox = shown.length ? [table(shown.map(() => 56), [{ cells: shown.map(([k]) => k), shade: '#eeeeee', size: 7.4 }, { cells: shown.map(([, v]) => ({ text: v, b: true })) }], { border: 'grid', size: 8.8, before: 2 })] : [];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push([t('Total brut HT', 'Gross total'), inv.grossHT], [`${t('Remise fidélité', 'Loyalty discount')} ${inv.discountPct} %`, -inv.discount]);
    totals.push([t('Total HT', 'Net amount'), inv.ht], [t('TVA 20 %', 'VAT 20%'), inv.tva], [t('Total TTC', 'Total incl. VAT'), inv.ttc, !inv.paid]);
    if (inv.paid) totals.push([`${t('Acompte', 'Deposit')} – facture ${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')}`, -inv.paid.amount], [t('Net à payer', 'Amount due'), inv.net, true]);
    const structs = inv.structures.filter((st) => st.reg).map((st) => `${st.label} : registre de sécurité ${st.reg}`);
    return {
      font: producer === 'chromium' ? x.pick(['Liberation Sans', 'DejaVu Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Serif']), size: 8.8, margins: [14, 16, 22, 16],
      body: [
        columns([96, 84], [[p(s.name, { b: true, size: 14, color: '#0d47a1' }), p(t('Location de chapiteaux, tentes et structures événementielles', 'Marquee and event structure hire'), { size: 7.4, i: true }), ...paras(supplierTexts(inv, x).slice(1), { size: 7.8 })], [p(t('FACTURE', 'INVOICE'), { b: true, size: 17, align: 'right' }), space(4), ...paras(buyerTexts(inv, x), { size: 9 })]]),
        boxRow,
        ...refBox,
        p(`${t('Objet', 'Subject')} : ${inv.festival} ${inv.start.y} – ${inv.site} – ${t('exploitation du', 'event from')} ${fmtDate(inv.start, 'slash')} ${t('au', 'to')} ${fmtDate(inv.end, 'slash')}`, { b: true, before: 4 }),
        ...(sentence ? [p(sentence, { i: true, size: 8.4, before: 1 })] : []),
        table([102, 18, 28, 30], [{ cells: [t('Désignation', 'Description'), t('Qté', 'Qty'), t('P.U. HT', 'Unit price'), t('Montant HT', 'Amount')], b: true, shade: '#e3f2fd' }, ...rows], { border: 'rows', size: 8, align: ['left', 'right', 'right', 'right'], before: 4, after: 2 }),
        totalsTable(inv, totals, { widths: [70, 30], indent: 78, size: 8.8 }),
        rule(),
        p(`${t('Dépôt de garantie', 'Security deposit')} : ${plainMoney(inv, inv.caution)} € – ${x.pick(['chèque non encaissé, restitué après l’état des lieux de sortie', 'chèque de caution conservé, non encaissé'])}.`, { size: 7.8 }),
        p(`Attestation de bon montage n° ${inv.certificate} remise le ${fmtDate(inv.setup, 'slash')}${structs.length ? ` – ${structs.join(' ; ')}` : ''}.`, { size: 7.4, color: '#444444' }),
        p(paymentText(inv, t('Règlement par virement', 'Bank transfer')), { size: 8.2, before: 3 }),
        p(LATE_FEES, { size: 6.8, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.4 }), p('{page} / {pages}', { align: 'right', size: 6.4 })],
    };
  },
};

export default [secours, chapiteaux];

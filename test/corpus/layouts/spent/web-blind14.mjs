// Blind-14 layouts written for Chromium (see ../../README.md): a sports-timing company's invoice for the city's road
// race (chip timing per finisher at a price with three decimals, by race; bibs printed, timing arches by the day,
// results online and by SMS; the deposit invoiced with the order deducted with its own number on most), and a
// scaffolding firm's hire of a façade scaffolding for a school's works (assembly and dismantling per m², hire per m²
// and per week over the weeks of the works, protective netting, a goods hoist; a 5 % retention on some), printed by
// Chromium and LibreOffice.
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { dueRows, mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { areaTotal, squareMetres } from '../../lib/blind11.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, maybeRelabel14, orderDeposit, otherBuyer } from '../../lib/blind14.mjs';

// ——— 1. Chip timing of a road race. ———
const RACES = [['Course des enfants 1,5 km', 80, 400], ['5 km découverte', 300, 900], ['10 km', 600, 2200], ['Semi-marathon', 400, 1800], ['Marche nordique 8 km', 60, 300], ['Relais entreprises 4 × 5 km', 40, 160]];
const EVENTS = ['Run in Saint-Étienne', 'Foulées du Furan', 'Corrida de Noël', 'Trail urbain des Crêts', 'Course des Couleurs', 'Boucles de Montbrison'];
const chrono = {
  name: 'p-chronometrage-course',
  family: 'road-race-chip-timing',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('p-chronometrage-course', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'odoo', 'hash', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient', 'ejNo'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash', 'long', 'short'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'timing');
    renameSupplier(inv, x.pick(['Chrono Start Loire', 'Top Départ Chronométrage', 'Puce & Dossard Services', 'Forez Timing']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '9319Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel14(inv, x);
    const day = addDays(inv.date, -x.int(20, 60));
    redate(inv, addDays(day, x.int(3, 15)));
    inv.due = addDays(inv.date, 30);
    const chosen = RACES.filter((_, k) => k === i % RACES.length || x.chance(0.45));
    inv.race = { event: x.pick(EVENTS), day, order: addDays(day, -x.int(40, 90)), races: [] };
    inv.lines = [];
    for (const [race, lo, hi] of chosen) {
      const finishers = x.int(lo, hi);
      const mills = x.int(950, 2450);
      inv.race.races.push({ race, finishers });
      inv.lines.push({ label: `Chronométrage par puce – ${race}`, qtyText: frNumber(finishers), unitText: 'classé', unitShown: mills3(mills), qty: finishers, total: millsTotal(finishers, mills), rate: 2000 });
    }
    const runners = inv.race.races.reduce((s, r) => s + r.finishers, 0);
    const bibs = Math.ceil((runners * 1.1) / 50) * 50;
    const bibMills = x.int(280, 620);
    inv.lines.push({ label: 'Dossards imprimés personnalisés avec puce jetable et épingles', qtyText: frNumber(bibs), unitText: 'dossard', unitShown: mills3(bibMills), qty: bibs, total: millsTotal(bibs, bibMills), rate: 2000 });
    const arches = x.int(1, 3);
    const archUnit = x.int(180, 420) * 100;
    inv.lines.push({ label: `Arche de chronométrage et tapis de détection (départ, arrivée${arches > 2 ? ', point intermédiaire' : ''})`, qtyText: String(arches), unitText: 'arche', unitShown: plainMoney(inv, archUnit), qty: arches, unit: archUnit, rate: 2000 });
    const online = x.int(15, 45) * 1000;
    inv.lines.push({ label: 'Résultats en ligne, diplômes téléchargeables et envoi des temps par SMS', qtyText: '1', unitText: 'forfait', unitShown: plainMoney(inv, online), qty: 1, unit: online, rate: 2000 });
    if (x.chance(0.5)) {
      const speaker = x.int(25, 60) * 1000;
      inv.lines.push({ label: 'Écran géant et animation micro sur la ligne d’arrivée', qtyText: '1', unitText: 'forfait', unitShown: plainMoney(inv, speaker), qty: 1, unit: speaker, rate: 2000 });
    }
    priceLines(inv);
    inv.orderDeposit = x.chance(0.75) ? orderDeposit(inv, x, x.pick([20, 30, 30, 40]), inv.race.order) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const r = inv.race;
    const accent = x.pick(['#d84315', '#1565c0', '#2e7d32', '#6a1b9a']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const refsLeft = x.chance(0.5);
    const refsHtml = shown.length ? `<table class="refs">${shown.map(([k, v]) => `<tr><td>${esc(k)}</td><td><b>${esc(v)}</b></td></tr>`).join('')}</table>` : '';
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${l.qtyText}</td><td>${esc(l.unitText)}</td><td class="r">${l.unitShown}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const d = inv.orderDeposit;
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc]];
    if (d) totals.push([`${x.pick(['Acompte', 'Acompte à la commande'])} – facture ${d.number} du ${date(inv, d.date, 'slash')}`, -d.amount], [x.pick(['Net à payer', 'Reste à payer', 'Solde à régler']), inv.net]);
    const idStyle = x.pick(['line', 'grid']);
    const identity = idStyle === 'line'
      ? `<div class="title">${esc(x.pick(['FACTURE N°', 'Facture n°']))} ${esc(inv.number)}</div><div>${esc(x.pick(['Date :', 'Émise le', 'Date de facture :']))} ${esc(date(inv, inv.date))}</div><div>Échéance : ${esc(date(inv, inv.due, 'slash'))}</div>`
      : `<div class="title">${esc(x.pick(['FACTURE', 'Facture']))}</div><table class="grid"><tr><th>${esc(x.pick(['Numéro', 'N° facture']))}</th><th>Date</th><th>Client</th></tr><tr><td><b>${esc(inv.number)}</b></td><td>${esc(date(inv, inv.date))}</td><td>${esc(inv.clientCode)}</td></tr></table>`;
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.6pt; }
      .band { background: ${accent}; color: #fff; padding: 3mm 4mm; display: flex; justify-content: space-between; align-items: center; } .band .name { font-size: 15pt; font-weight: bold; } .band .sub { font-size: 7.4pt; }
      .cols { display: flex; justify-content: space-between; margin-top: 4mm; } .cols > div { width: 48%; } .title { font-size: 14pt; font-weight: bold; color: ${accent}; margin-bottom: 1mm; }
      .grid { width: auto; } .grid th { font-weight: normal; font-size: 7.4pt; color: #555; text-align: left; border: 1px solid #bbb; padding: 1mm 3mm; } .grid td { border: 1px solid #bbb; padding: 1mm 3mm; }
      .refs { width: auto; margin: 3mm 0; } .refs td { padding: 0.6mm 3mm 0.6mm 0; } .label { font-size: 7.2pt; color: #777; text-transform: uppercase; }
      .items { margin-top: 3mm; } .items th { border-bottom: 2px solid ${accent}; text-align: left; padding: 3px; font-size: 7.6pt; } .items td { padding: 3px; border-bottom: 1px solid #e0e0e0; vertical-align: top; }
      .tot { width: 95mm; margin: 4mm 0 0 auto; } .tot td { padding: 2px 4px; } .tot tr:last-child td { font-weight: bold; border-top: 1.4px solid #222; font-size: 10pt; }
      .foot { margin-top: 8mm; font-size: 6.8pt; color: #555; text-align: center; border-top: 1px solid #ccc; padding-top: 2mm; }`,
    `<div class="band"><div><div class="name">${esc(s.name)}</div><div class="sub">Chronométrage électronique – dossards – résultats en ligne</div></div><div class="sub">${esc(s.address.join(' – '))}<br>${esc(s.phone)} – ${esc(s.email)}</div></div>
     <div class="cols"><div>${identity}${refsLeft ? refsHtml : ''}</div><div><div class="label">${esc(x.pick(['Organisateur', 'Client', 'Facturé à']))}</div>${htmlLines(buyerTexts(inv, x))}${refsLeft ? '' : refsHtml}</div></div>
     <p><b>${esc(r.event)}</b> – ${esc(date(inv, r.day, 'long'))} : ${r.races.map((c) => `${esc(c.race)} (${frNumber(c.finishers)} classés)`).join(', ')}.</p>
     ${sentence ? `<p>${esc(sentence)}</p>` : ''}
     <table class="items"><tr><th>Désignation</th><th class="r">Qté</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">Total HT</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p style="font-size:7.4pt;color:#555">Le chronométrage est facturé au nombre de coureurs classés ; les abandons et non-partants ne sont pas facturés. Les puces jetables ne sont pas à restituer.</p>
     <p>${esc(paymentText(inv))}</p><p style="font-size:6.8pt">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}</div>`);
  },
};

// ——— 2. Façade scaffolding hired for a school's works. ———
const SCHOOLS = ['groupe scolaire Jules Ferry', 'école élémentaire Chappe', 'école maternelle du Soleil', 'groupe scolaire Montreynaud', 'école Jacques Prévert', 'gymnase et école de Beaubrun'];
const echafaudage = {
  name: 'p-echafaudage-facade',
  family: 'scaffolding-hire-school-facade',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('p-echafaudage-facade', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'ebp', 'sage', 'dolibarr'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'ejBc'], marketProb: 0.65, serviceProb: 0.5, dateStyles: ['slash', 'dots', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'scaffold');
    renameSupplier(inv, x.pick(['Échafaudages du Gier', 'Loire Échafaudage Location', 'Altitude Montage 42', 'Structures et Accès Forez']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4399D';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel14(inv, x);
    const start = addDays(inv.date, -x.int(50, 120));
    const weeks = x.int(3, 12);
    const area = x.int(120, 680) * 100;
    inv.site = { school: x.pick(SCHOOLS), start, weeks, end: addDays(start, weeks * 7 - 1), height: x.int(7, 18), area, class: x.pick(['classe 4 (300 kg/m²)', 'classe 3 (200 kg/m²)']) };
    redate(inv, addDays(inv.site.end, x.int(2, 20)));
    inv.due = addDays(inv.date, x.pick([30, 45]));
    const assembly = x.int(450, 980);
    const hire = x.int(28, 75);
    inv.lines = [
      { label: `Montage de l’échafaudage de façade multidirectionnel, ${inv.site.class}, hauteur ${inv.site.height} m`, qtyText: squareMetres(area / 100), qty: area / 100, unit: assembly, total: areaTotal(area, assembly), rate: 2000 },
      { label: 'Démontage et repli du matériel', qtyText: squareMetres(area / 100), qty: area / 100, unit: Math.round(assembly * 0.6), total: areaTotal(area, Math.round(assembly * 0.6)), rate: 2000 },
      { label: `Location du ${date(inv, start, 'slash')} au ${date(inv, inv.site.end, 'slash')} (${weeks} semaines × ${squareMetres(area / 100)})`, qtyText: `${frNumber((area / 100) * weeks, 2)} m²·sem.`, qty: (area / 100) * weeks, unit: hire, total: areaTotal(area * weeks, hire), rate: 2000 },
    ];
    if (x.chance(0.7)) {
      const net = x.int(90, 190);
      inv.lines.push({ label: 'Filet de protection et bâche de confinement poussières', qtyText: squareMetres(area / 100), qty: area / 100, unit: net, total: areaTotal(area, net), rate: 2000 });
    }
    if (x.chance(0.5)) inv.lines.push({ label: `Monte-matériaux 200 kg – location ${weeks} semaines`, qtyText: `${weeks} sem.`, qty: weeks, unit: x.int(140, 260) * 100, rate: 2000 });
    inv.lines.push({ label: 'Transport aller et retour, grue auxiliaire', qtyText: '2 rotations', qty: 2, unit: x.int(260, 480) * 100, rate: 2000 });
    inv.lines.push({ label: 'Réception de l’échafaudage et PV de mise en service (R408)', qtyText: '1 forfait', qty: 1, unit: x.int(15, 35) * 1000, rate: 2000 });
    inv.retenuePct = inv.market && x.chance(0.5) ? 5 : 0;
    return priceLines(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const st = inv.site;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de travaux n°', 'Lot 01 – marché n°'], service: ['Code service', 'Service', 'Serv.'] });
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    const identity = x.chance(0.5)
      ? [table([30, 44], [[{ text: x.pick(['FACTURE', 'Facture']), b: true, size: 13, span: 2, align: 'center' }], [x.pick(['N°', 'Numéro']), { text: inv.number, b: true }], [x.pick(['Date', 'Du']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')]], { border: 'grid', size: 9 })]
      : [p(`${x.pick(['FACTURE N°', 'Facture n°'])} ${inv.number}`, { b: true, size: 13 }), p(`${x.pick(['Date :', 'Date de facture :', 'Le'])} ${date(inv, inv.date)}`, { size: 9.4 }), p(`Échéance : ${date(inv, inv.due, 'slash')}`, { size: 8.6 })];
    const rows = inv.lines.map((l) => [l.label, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Montant TTC']), net: x.pick(['Net à payer', 'Montant à mandater']) });
    const refsBlock = refs.length ? [table([44, 40], refs.map(([k, v]) => [k, { text: v, b: true }]), { border: x.pick(['grid', 'none']), size: 8.6 })] : [];
    return {
      font: producer === 'chromium' ? x.pick(['DejaVu Sans', 'Liberation Sans']) : x.pick(['Liberation Sans', 'Liberation Serif']), size: 8.8, margins: [14, 16, 22, 16],
      body: [
        columns([100, 80], [[...paras(me, { firstSize: 13.5 }), p('Location – montage – démontage d’échafaudages', { size: 7.4, i: true, color: '#455a64' })], identity]),
        space(5),
        columns([90, 90], [[p(x.pick(['Vos références', 'Références client']), { size: 7.4, color: '#666666' }), ...(refsBlock.length ? refsBlock : [p('—')])], [p(x.pick(['Client', 'Maître d’ouvrage', 'Facturé à']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(3),
        p(`Chantier : ${st.school} – ravalement de façade, échafaudage de ${squareMetres(st.area / 100)} posé le ${date(inv, st.start, 'slash')}, déposé le ${date(inv, st.end, 'slash')}.`, { size: 8.6 }),
        space(2),
        table([98, 28, 22, 30], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#eceff1' }, ...rows], { border: x.pick(['grid', 'rows']), size: 8.2, align: ['left', 'right', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [62, 30], indent: 86 }),
        rule(),
        p('Prix unitaires de location au m² de façade et par semaine calendaire entamée. Matériel conforme à la norme NF EN 12810 ; notice de montage remise au coordonnateur SPS.', { size: 7.4, color: '#444444', before: 2 }),
        p(paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

export default [chrono, echafaudage];

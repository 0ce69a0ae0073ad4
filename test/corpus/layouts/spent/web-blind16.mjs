// Blind-16 layouts written for Chromium (see ../../README.md): a car-park operator's monthly invoice of the staff
// subscriptions of a public body (badges per car park, subscriptions prorated by the day, visitors' exit tickets, lost
// badges; printed as an Odoo-like report: the identity in a row of boxes, the totals in a box on the right, the payment
// terms and the payment reference below; a credit note imputed on some), an open-air cinema's summer screenings (the
// non-commercial screening rights of each film at 10 % beside the projection, the screen and the technicians at 20 %, a
// VAT summary; the films' visa numbers printed; the booking deposit deducted with its own number on some), printed by
// Chromium and LibreOffice, and a falconer's monthly pigeon control (flights with the birds of prey per site and date,
// nets and spikes in m² and linear metres, droppings cleaned; a sole trader under the VAT franchise on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { squareMetres } from '../../lib/blind11.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, orderDeposit, otherBuyer } from '../../lib/blind14.mjs';
import { eur, maybeRelabel16, previousMonth, ribRows, soleTraderLegalLine, vatRows } from '../../lib/blind16.mjs';

// ——— 1. Car-park operator: the staff subscriptions of a month. ———
const PARKS = ['Parking Fourneyron', 'Parking Hôtel de Ville', 'Parc Jean Jaurès', 'Parking Bellevue', 'Parking Châteaucreux', 'Parc relais Monthieu', 'Parking Centre-Deux'];
const parking = {
  name: 't-parking-abonnements',
  family: 'car-park-staff-subscriptions',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('t-parking-abonnements', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient', 'numeroEj'], marketProb: 0.4, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], groups: ['nbsp', 'space', 'narrow'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'parking');
    renameSupplier(inv, x.pick(['Loire Stationnement', 'Parcs Auto Forez Gestion', 'Citypark Exploitation', 'Stationnement du Centre Stéphanois']), 'SAS');
    inv.supplier.ape = '5221Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel16(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 6) });
    inv.due = addDays(inv.date, 30);
    inv.period = previousMonth(inv.date);
    inv.source = `ABO/${inv.period.from.y}/${String(x.int(1, 80)).padStart(4, '0')}`;
    const mon = inv.period.name;
    const first = x.int(0, PARKS.length - 1);
    inv.lines = [];
    for (let k = 0; k < x.int(1, 3); k++) {
      const park = PARKS[(first + k) % PARKS.length];
      const unit = x.int(90, 190) * 50;
      inv.lines.push({ label: `Abonnement mensuel 24h/24 – ${park} – agents – ${mon}`, qty: x.int(4, 60), unit, rate: 2000 });
      if (x.chance(0.45)) {
        const from = x.int(5, inv.period.days - 3);
        const days = inv.period.days - from + 1;
        const shown = Math.round((unit * days) / inv.period.days);
        inv.lines.push({ label: `Abonnement au prorata – ${park} – du ${String(from).padStart(2, '0')}/${String(inv.period.from.m).padStart(2, '0')} au ${fmtDate(inv.period.to, 'slash')} (${days}/${inv.period.days} jours)`, qty: x.int(1, 3), unit: shown, rate: 2000 });
      }
    }
    if (x.chance(0.6)) inv.lines.push({ label: 'Tickets de sortie prépayés visiteurs (carnet de 50)', qty: x.int(1, 6), unit: x.int(60, 110) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Badge d’accès perdu ou détérioré – remplacement', qty: x.int(1, 3), unit: x.pick([1500, 2000, 2500]), rate: 2000 });
    priceLines(inv);
    if (x.chance(0.3)) {
      inv.credit = { number: `RFAC/${inv.date.y}/${String(x.int(1, 60)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(10, 30)), amount: x.int(2, 12) * 900 };
      inv.deposit = Math.min(inv.credit.amount, inv.ttc - 100);
      inv.credit.amount = inv.deposit;
      inv.net = inv.ttc - inv.deposit;
    }
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const accent = x.pick(['#714b67', '#017e84', '#2c3e50']);
    const boxes = [['Date de facturation', date(inv, inv.date)], ['Date d’échéance', date(inv, inv.due)], ['Source', inv.source]];
    if (inv.engagement) boxes.push([/^N° d’engagement$|^Bon de commande n°$|^N° EJ$/.test(inv.engagement.label) && x.chance(0.5) ? x.pick(['Référence client', 'Votre référence']) : inv.engagement.label, inv.engagement.written]);
    if (inv.market) boxes.push([x.pick(['Marché', 'N° de marché', 'Marché n°']), inv.market]);
    if (inv.serviceCode) boxes.push([x.pick(['Code service', 'Service exécutant']), inv.serviceCode]);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty, 2)} Unité(s)</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">TVA 20%</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = [[x.pick(['Montant hors taxes', 'Total HT']), inv.ht, false], ['TVA 20%', inv.tva, false], ['Total', inv.ttc, true]];
    if (inv.credit) totals.push([`Avoir ${inv.credit.number} imputé le ${date(inv, inv.credit.date)}`, -inv.credit.amount, false], ['Montant dû', inv.net, true]);
    const title = `${x.pick(['Facture', 'Facture'])} ${inv.number}`;
    const bank = inv.print.iban ? `<p>${esc(x.pick(['Sur le compte :', 'Virement sur le compte']))} ${esc(iban(inv))} – BIC ${esc(s.bic)}</p>` : '<p>Règlement par mandat administratif.</p>';
    const footer = [s.phone, s.email, s.web].join(' | ');
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.8pt; }
      .head { display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding-bottom: 3mm; } .logo { font-size: 15pt; font-weight: bold; color: ${accent}; }
      .addr { margin: 10mm 0 6mm 100mm; } h2 { font-weight: normal; font-size: 16pt; color: ${accent}; margin: 4mm 0; }
      .boxes { display: flex; flex-wrap: wrap; gap: 2mm 8mm; margin-bottom: 5mm; } .boxes div { min-width: 30mm; } .boxes b { display: block; }
      .items th { border-bottom: 1px solid #333; text-align: left; padding: 1.5mm; } .items td { padding: 1.5mm; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
      .tot { width: 85mm; margin: 4mm 0 0 auto; border: 1px solid #ddd; } .tot td { padding: 1.5mm 2mm; } .tot .strong td { font-weight: bold; border-top: 1px solid #333; }
      .foot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 7pt; color: #555; border-top: 1px solid #ccc; padding-top: 1.5mm; }`,
    `<div class="head"><div><div class="logo">${esc(s.name)}</div><div>Gestion et exploitation de parcs de stationnement</div></div><div style="text-align:right">${htmlLines(supplierTexts(inv, x, { phone: false }).slice(1))}</div></div>
     <div class="addr">${htmlLines(buyerTexts(inv, x))}</div>
     <h2>${esc(title)}</h2>
     <div class="boxes">${boxes.map(([k, v]) => `<div>${esc(k)}:<b>${esc(v)}</b></div>`).join('')}</div>
     <p>Abonnements du mois de ${esc(inv.period.name)} (du ${esc(date(inv, inv.period.from))} au ${esc(date(inv, inv.period.to))}).</p>
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire</th><th class="r">Taxes</th><th class="r">Montant</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="strong"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p style="margin-top:6mm">Veuillez utiliser la communication suivante pour votre paiement : <b>${esc(inv.number)}</b></p>
     ${bank}
     <p>Conditions de paiement : ${x.pick(['30 jours', '30 jours date de facture'])}</p>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(footer)}<br>${esc(legalLine(inv))}<br>Page : 1 / 1</div>`);
  },
};

// ——— 2. Open-air cinema: a summer's screenings in the parks. ———
const FILMS = [['Les Choristes', '108 431'], ['Intouchables', '127 326'], ['La Famille Bélier', '136 819'], ['Le Grand Bain', '147 622'], ['Ma vie de Courgette', '140 218'], ['Le Sens de la fête', '145 870'], ['Ernest et Célestine', '129 785'], ['Le Petit Nicolas', '119 463'], ['Wallace et Gromit : Cœurs à modeler', '152 904']];
const PARKS_CINE = ['Jardin des Plantes', 'Parc de l’Europe', 'Place Jean Jaurès', 'Parc François Mitterrand', 'Cour de l’école Chappe', 'Plaine de jeux du Portail Rouge'];
const cinema = {
  name: 't-cinema-plein-air',
  family: 'open-air-cinema-screenings',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('t-cinema-plein-air', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'hash', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridiqueNo', 'vosReferencesBdc'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['long', 'slash', 'iso'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'cinema');
    renameSupplier(inv, x.pick(['Toiles et Étoiles Cinéma Itinérant', 'Écran Nomade Projection', 'Ciné Plein Ciel Organisation', 'Projections de l’Ondaine']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '5914Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel16(inv, x);
    const y = inv.date.y;
    const count = x.int(2, 4);
    let day = { y, m: 7, d: x.int(3, 12) };
    const firstFilm = x.int(0, FILMS.length - 1);
    inv.screenings = [];
    for (let k = 0; k < count; k++) {
      inv.screenings.push({ day, park: PARKS_CINE[(i + k) % PARKS_CINE.length], film: FILMS[(firstFilm + k) % FILMS.length] });
      day = addDays(day, x.int(6, 12));
    }
    const last = inv.screenings[count - 1].day;
    inv.order = addDays(inv.screenings[0].day, -x.int(45, 90));
    redate(inv, addDays(last, x.int(2, 15)));
    inv.due = addDays(inv.date, 30);
    const tech = x.int(9, 16) * 10000;
    const rights = x.int(28, 45) * 1000;
    inv.lines = [];
    for (const sc of inv.screenings) {
      inv.lines.push({ label: `Droits de diffusion non commerciale – « ${sc.film[0]} » (visa n° ${sc.film[1]}) – ${fmtDate(sc.day, 'slash')}`, qty: 1, unit: rights, rate: 1000 });
    }
    inv.lines.push({ label: `Prestation technique de projection plein air : écran gonflable ${x.pick(['8 × 4,5 m', '10 × 5,6 m', '12 × 6,7 m'])}, projecteur laser, sonorisation`, qty: count, unit: tech, rate: 2000 });
    inv.lines.push({ label: 'Projectionniste et technicien son (soirée, montage et démontage)', qty: count * 2, unit: x.int(28, 42) * 1000, rate: 2000 });
    inv.lines.push({ label: 'Transport du matériel et déplacement', qty: count, unit: x.int(9, 18) * 1000, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Transats prêtés au public (lot de 50), livraison et reprise', qty: x.int(1, 3), unit: x.int(12, 22) * 1000, rate: 2000 });
    priceLines(inv, [1000, 2000]);
    inv.booking = x.chance(0.5) ? orderDeposit(inv, x, x.pick([30, 30, 40]), inv.order) : null;
    return inv;
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations n°', 'Réf. marché'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const sentence = inv.engagement && x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = x.pick(['Facture n°', 'N° facture', 'Pièce n°', 'Numéro de facture']);
    const idRows = [[numberLabel, { text: inv.number, b: true }], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')], ...shown.map(([k, v]) => [k, { text: v, b: true }])];
    const rows = inv.lines.map((l) => [l.label, frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const vat = vatRows(inv);
    const totals = [[x.pick(['Total HT', 'Montant hors taxes']), inv.ht], ...inv.vat.map((v) => [`TVA ${rate(v.rate)}`, v.amount]), [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.booking]];
    if (inv.booking) totals.push([`Acompte à la réservation (facture ${inv.booking.number} du ${date(inv, inv.booking.date, 'slash')})`, -inv.booking.amount], [x.pick(['Net à payer', 'Reste à payer', 'Solde à régler']), inv.net, true]);
    const me = supplierTexts(inv, x);
    const bank = inv.print.iban && x.chance(0.5)
      ? [p('Coordonnées bancaires', { size: 7.6, b: true, before: 3 }), table([26, 26, 40, 18], ribRows(inv).map((r, n) => ({ cells: r, b: n === 0 })), { border: 'grid', size: 7.8, align: ['center', 'center', 'center', 'center'] }), p(`IBAN ${iban(inv)} – BIC ${inv.supplier.bic}`, { size: 7.8 })]
      : [p(paymentText(inv), { size: 8.2, before: 3 })];
    return {
      font: producer === 'chromium' ? x.pick(['DejaVu Sans', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 15, 22, 15],
      body: [
        columns([100, 80], [[...paras(me, { firstSize: 14 }), p('Cinéma itinérant – séances en plein air – projection numérique', { size: 7.4, i: true, color: '#37474f' })], [p(x.pick(['FACTURE', 'Facture']), { b: true, size: 16, align: 'right', color: '#283593' }), table([36, 44], idRows, { border: 'rows', size: 8.6, indent: 0 })]]),
        space(4),
        columns([90, 90], [[p(x.pick(['Client', 'Organisateur', 'Facturé à']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))], [p('Séances', { size: 7.4, color: '#666666' }), ...inv.screenings.map((sc) => p(`${fmtDate(sc.day, 'long')} – ${sc.park} – ${sc.film[0]}`, { size: 8.2 }))]]),
        space(2),
        ...(sentence ? [p(sentence, { size: 8.4, i: true })] : []),
        table([92, 12, 24, 14, 30], [{ cells: ['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Montant HT'], b: true, shade: '#e8eaf6' }, ...rows], { border: x.pick(['grid', 'rows']), size: 8, align: ['left', 'right', 'right', 'right', 'right'], before: 3, after: 3 }),
        columns([86, 94], [[p('Récapitulatif TVA', { size: 7.6, b: true }), table([20, 30, 30], [{ cells: ['Taux', 'Base HT', 'TVA'], b: true }, ...vat.map(([r, base, amount]) => [rate(r), plainMoney(inv, base), plainMoney(inv, amount)])], { border: 'grid', size: 7.8, align: ['left', 'right', 'right'] })], [totalsTable(inv, totals, { widths: [64, 28], indent: 2 })]]),
        rule(),
        p('Droits de représentation non commerciale acquis auprès du distributeur pour une séance gratuite en plein air (TVA 10 %). Prestations techniques : TVA 20 %.', { size: 7.4, color: '#444444', before: 2 }),
        ...bank,
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8, before: 2 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

// ——— 3. Falconer's pigeon control of a month. ———
const ROOFS = ['Église Saint-Charles', 'Hôtel de Ville – cour d’honneur', 'Halle du marché', 'Gare routière', 'Musée d’art et d’industrie', 'Groupe scolaire Jacquard', 'Place du Peuple'];
const BIRDS = ['buse de Harris « Ulysse »', 'faucon sacre « Iris »', 'buse de Harris « Nala »', 'faucon lanier « Sirocco »', 'autour des palombes « Kaze »'];
const fauconnerie = {
  name: 't-fauconnerie-pigeons',
  family: 'falconry-pigeon-control',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('t-fauconnerie-pigeons', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['micro', 'plain', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'referenceEngagement'], marketProb: 0.25, serviceProb: 0.55, dateStyles: ['slash', 'long', 'slash2'], rates: [[2000]], groups: ['space', 'none'], lines: [1, 1], rcsProb: 0.4, ibanProb: 0.9 });
    const x = extraRng(inv, 'falcon');
    const franchise = i % 3 === 1;
    const person = x.pick(['Mathis Perrin', 'Claire Vial', 'Antoine Grange']);
    renameSupplier(inv, x.pick(['Fauconnerie des Monts du Forez', 'Les Ailes du Pilat', 'Rapaces et Régulation', 'Fauconnerie du Gier']), franchise ? 'EI' : x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '8129B';
    inv.person = person;
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel16(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 8) });
    inv.due = addDays(inv.date, 30);
    inv.period = previousMonth(inv.date);
    const sites = [ROOFS[i % ROOFS.length], ...ROOFS.filter((_, k) => k !== i % ROOFS.length && x.chance(0.3))].slice(0, 3);
    inv.flights = [];
    for (const site of sites) {
      let d = { ...inv.period.from, d: x.int(1, 5) };
      const n = x.int(2, 5);
      for (let k = 0; k < n && d.m === inv.period.from.m; k++) {
        inv.flights.push({ day: d, site, start: `${x.int(6, 9)} h ${x.pick(['00', '15', '30', '45'])}`, bird: x.pick(BIRDS) });
        d = addDays(d, x.int(5, 8));
      }
    }
    inv.flights.sort((a, b) => a.day.d - b.day.d);
    const perFlight = x.int(14, 26) * 1000;
    inv.lines = sites.map((site) => ({ label: `Séances d’effarouchement par rapaces – ${site}`, qty: inv.flights.filter((f) => f.site === site).length, unit: perFlight, rate: 2000 }));
    if (x.chance(0.5)) {
      const area = x.int(1200, 9600);
      const unit = x.int(1800, 3400);
      inv.lines.push({ label: `Filet anti-pigeons maille 50 mm posé sur nacelle – ${sites[0]}`, qtyText: squareMetres(area / 100), qty: area / 100, unit, total: Math.round((area * unit) / 100), rate: 2000 });
    }
    if (x.chance(0.5)) inv.lines.push({ label: 'Picots anti-pigeons inox sur corniches', qtyText: `${x.int(8, 60)} ml`, qty: 0, unit: x.int(22, 39) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Nettoyage et désinfection des fientes (ensachage, évacuation)', qtyText: '1 forfait', qty: 1, unit: x.int(18, 45) * 1000, rate: 2000 });
    inv.lines.push({ label: 'Comptage des populations et compte rendu mensuel', qtyText: '1 forfait', qty: 1, unit: x.int(6, 15) * 1000, rate: 2000 });
    for (const l of inv.lines) if (l.qty === 0) l.qty = Number(l.qtyText.split(' ')[0]);
    if (franchise) {
      for (const l of inv.lines) l.rate = 0;
      inv.vatExempt = 'TVA non applicable, art. 293 B du CGI';
      inv.print.supplierSiren = false;
      return priceLines(inv, [0]);
    }
    return priceLines(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de régulation n°'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const inBuyer = x.chance(0.5);
    const refHtml = refs.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');
    const idLabel = x.pick(['Numéro de document', 'Document n°', 'Facture n°', 'Référence']);
    const dateText = x.chance(0.5) ? `Le ${date(inv, inv.date)}` : `${x.pick(['Date :', 'Date du document :'])} ${date(inv, inv.date)}`;
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText ?? frNumber(l.qty))}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const flights = inv.flights.map((f) => `<tr><td>${esc(fmtDate(f.day, 'slash'))}</td><td>${esc(f.start)}</td><td>${esc(f.site)}</td><td>${esc(f.bird)}</td></tr>`).join('');
    const totals = inv.vatExempt
      ? [[x.pick(['Total HT', 'Montant total']), inv.ht], [x.pick(['Net à payer', 'Total à régler']), inv.net, true]]
      : [[x.pick(['Total HT', 'Total hors taxes']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer']), inv.ttc, true]];
    const legal = inv.vatExempt ? soleTraderLegalLine(inv, inv.person) : legalLine(inv);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Serif', 'DejaVu Serif', 'Liberation Sans'])}'; font-size: 9pt; }
      .top { display: flex; justify-content: space-between; } .name { font-size: 16pt; font-weight: bold; color: #5d4037; } .who { width: 78mm; margin-top: 8mm; }
      h1 { font-size: 13pt; margin: 6mm 0 1mm; letter-spacing: 1px; } .items th { border-bottom: 1.5px solid #5d4037; text-align: left; padding: 2px 3px; } .items td { padding: 2px 3px; border-bottom: 1px dotted #bbb; }
      .flights { font-size: 7.6pt; margin-top: 2mm; } .flights td, .flights th { padding: 1px 3px; text-align: left; border-bottom: 1px solid #eee; }
      .tot { width: 80mm; margin: 3mm 0 0 auto; } .tot td { padding: 2px 4px; } .tot .s td { font-weight: bold; border-top: 1.2px solid #222; }
      .foot { margin-top: 8mm; font-size: 7pt; color: #555; text-align: center; }`,
    `<div class="top"><div><div class="name">${esc(s.name)}</div><div><i>Effarouchement par rapaces – protection des bâtiments contre les pigeons</i></div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
     <div class="who">${htmlLines(buyerTexts(inv, x))}${inBuyer ? refHtml : ''}</div></div>
     <h1>FACTURE</h1>
     <div>${esc(idLabel)} : <b>${esc(inv.number)}</b></div><div>${esc(dateText)}</div>
     <div>Période : ${esc(inv.period.name)}</div>
     ${inBuyer ? '' : `<div style="margin-top:2mm">${refHtml}</div>`}
     <table class="items" style="margin-top:4mm"><tr><th>Prestation</th><th class="r">Quantité</th><th class="r">Prix unitaire HT</th><th class="r">Montant HT</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${x.chance(0.3) ? eur(inv, v) : money(inv, v)}</td></tr>`).join('')}</table>
     ${inv.vatExempt ? `<p>${esc(inv.vatExempt)}</p>` : ''}
     <p style="margin-top:4mm"><b>Vols du mois (pour information)</b></p>
     <table class="flights"><tr><th>Date</th><th>Début</th><th>Site</th><th>Oiseau</th></tr>${flights}</table>
     <p style="margin-top:4mm">${esc(paymentText(inv))}</p>
     <p style="font-size:7.2pt">Échéance : ${esc(date(inv, inv.due, 'slash'))}. ${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legal)}<br>Certificat de capacité n° ${esc(`${inv.date.y - 9}-42-${String(inv.index + 11).padStart(3, '0')}`)} – autorisation préfectorale de détention de rapaces</div>`);
  },
};

export default [parking, cinema, fauconnerie];

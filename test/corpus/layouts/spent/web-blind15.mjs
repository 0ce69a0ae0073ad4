// Blind-15 layouts written for Chromium (see ../../README.md): a mobile operator's monthly invoice for a public
// body's fleet of lines (one row per line number with its user, plan, options and usage outside the plan; the account
// number, the billing period and the previous balance already paid), a hosting provider's yearly renewal of domain
// names, hosting, certificates and mailboxes (each line with its own period; an extra disk prorated by the day),
// printed by Chromium and LibreOffice, and a trophy shop's invoice for the city's sports awards night (cups by height,
// medals with ribbons, engraving priced by the character; the deposit paid with the order deducted on some).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, orderDeposit, otherBuyer } from '../../lib/blind14.mjs';
import { maybeRelabel15, mobileNumber, previousMonth } from '../../lib/blind15.mjs';

// ——— 1. A mobile operator's monthly invoice for a fleet of lines. ———
const USERS = ['Police municipale – patrouille', 'Astreinte voirie', 'Direction des sports', 'Cabinet du maire', 'Gardien gymnase', 'Service des eaux – astreinte', 'Espaces verts – chef d’équipe', 'Médiathèque – direction', 'État civil', 'DSI – support', 'Crèche municipale', 'Cimetières – conservateur', 'Centre technique municipal', 'Élu de permanence'];
const PLANS = [['Pro Essentiel 20 Go', 1190], ['Pro Illimité 100 Go', 1990], ['Pro Voix seule', 690], ['Pro Data tablette 50 Go', 1490], ['Pro Intégral 5G 200 Go', 2990]];
const OPTIONS = [['Option Europe Voyage', 500], ['Option Sécurité mobile', 300], ['Option Numéro court', 200], ['Option Data +10 Go', 800]];
const telecom = {
  name: 'r-telephonie-flotte',
  family: 'mobile-fleet-monthly-invoice',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('r-telephonie-flotte', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['compact', 'ciel', 'stripe', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementChorus', 'commandePublique'], marketProb: 0.55, serviceProb: 0.55, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], discountPct: [0, 0, 5, 8], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'telecom');
    renameSupplier(inv, x.pick(['Ondes Mobiles Pro', 'Forez Télécom Entreprises', 'Réseau Pro Centre-Est', 'Mobilis Collectivités']), 'SAS');
    inv.supplier.ape = '6120Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel15(inv, x);
    redate(inv, { ...inv.date, d: x.int(2, 9) });
    inv.due = addDays(inv.date, 30);
    inv.period = previousMonth(inv.date);
    inv.account = x.pick([`${x.int(1, 9)}.${x.digits(7)}`, `CPT-${x.digits(8)}`, `0${x.digits(9)}`]);
    inv.contract = `${x.pick(['CF', 'CTR'])}${x.digits(6)}`;
    inv.previous = { amount: x.int(40000, 260000), paid: addDays(inv.date, -x.int(3, 20)) };
    const count = x.int(5, 14);
    const first = x.int(0, USERS.length - 1);
    inv.sims = Array.from({ length: count }, (_, k) => {
      const [plan, fee] = x.pick(PLANS);
      const option = x.chance(0.35) ? x.pick(OPTIONS) : null;
      const outside = x.chance(0.4) ? x.int(35, 4800) : 0;
      return { number: mobileNumber(x), user: USERS[(first + k) % USERS.length], plan, fee, option, outside };
    });
    inv.lines = inv.sims.map((s) => ({ label: `${s.number} – ${s.plan}`, qty: 1, unit: s.fee + (s.option ? s.option[1] : 0) + s.outside, rate: 2000 }));
    inv.lines.push({ label: 'Frais de gestion du compte entreprise', qty: 1, unit: x.pick([0, 500, 900]), rate: 2000 });
    return priceLines(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const accent = x.pick(['#ff6f00', '#00838f', '#c2185b', '#283593']);
    const fees = inv.sims.reduce((a, sim) => a + sim.fee, 0);
    const options = inv.sims.reduce((a, sim) => a + (sim.option ? sim.option[1] : 0), 0);
    const outside = inv.sims.reduce((a, sim) => a + sim.outside, 0);
    const management = inv.lines[inv.lines.length - 1].total;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de téléphonie mobile n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service exécutant'] });
    const sentence = inv.engagement && x.chance(0.25) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const idLabels = [x.pick(['N° de facture', 'Numéro de facture', 'Facture n°']), x.pick(['Date de facture', 'Date d’émission', 'Émise le'])];
    const summary = [['Abonnements et forfaits', fees]];
    if (options) summary.push(['Options', options]);
    if (outside) summary.push(['Consommations hors forfait', outside]);
    if (management) summary.push(['Frais de gestion', management]);
    const totals = [];
    if (inv.discount) totals.push(['Sous-total HT', inv.grossHT], [`Remise flotte ${inv.discountPct} %`, -inv.discount]);
    totals.push([x.pick(['Total HT', 'Montant HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc]);
    const payBox = x.pick(['Montant à payer', 'Total à payer', 'Net à payer']);
    const rows = inv.sims.map((sim) => `<tr><td style="white-space:nowrap"><b>${sim.number}</b></td><td>${esc(sim.user)}</td><td>${esc(sim.plan)}</td><td class="r">${plainMoney(inv, sim.fee)}</td><td>${sim.option ? `${esc(sim.option[0])} ${plainMoney(inv, sim.option[1])}` : '—'}</td><td class="r">${plainMoney(inv, sim.outside)}</td><td class="r"><b>${plainMoney(inv, sim.fee + (sim.option ? sim.option[1] : 0) + sim.outside)}</b></td></tr>`).join('');
    const refsHtml = shown.length ? `<div class="refs"><div class="cap">Vos références</div>${shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div>` : '';
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 17pt; font-weight: bold; color: ${accent}; } .small { font-size: 7.2pt; color: #555; }
      .box { border: 1.5px solid ${accent}; border-radius: 3mm; padding: 3mm 4mm; width: 78mm; } .box td { padding: 0.6mm 0; } .pay { background: ${accent}; color: #fff; padding: 2mm 3mm; margin-top: 2mm; font-size: 10.5pt; font-weight: bold; display: flex; justify-content: space-between; }
      .mid { display: flex; justify-content: space-between; margin-top: 5mm; } .mid > div { width: 48%; } .cap { font-size: 7pt; text-transform: uppercase; color: #888; margin-bottom: 1mm; } .refs { margin-top: 3mm; }
      h2 { font-size: 10pt; color: ${accent}; border-bottom: 1px solid ${accent}; margin: 5mm 0 2mm; } .sum td { padding: 1mm 2mm; border-bottom: 1px dotted #ccc; }
      .lines th { background: #f1f1f1; text-align: left; font-size: 7.2pt; padding: 1.2mm; } .lines td { padding: 1mm 1.2mm; border-bottom: 1px solid #eee; font-size: 7.6pt; }
      .foot { margin-top: 6mm; font-size: 6.6pt; color: #666; border-top: 1px solid #ccc; padding-top: 2mm; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="small">Téléphonie mobile et data pour les professionnels et les collectivités</div>${htmlLines(supplierTexts(inv, x, { phone: false }).slice(1))}<div class="small">Service clients entreprises : ${esc(s.phone)}</div></div>
     <div class="box"><table><tr><td>${esc(idLabels[0])}</td><td class="r"><b>${esc(inv.number)}</b></td></tr><tr><td>${esc(idLabels[1])}</td><td class="r">${esc(date(inv, inv.date))}</td></tr><tr><td>N° de compte</td><td class="r">${esc(inv.account)}</td></tr><tr><td>Contrat cadre</td><td class="r">${esc(inv.contract)}</td></tr><tr><td>Période</td><td class="r">du ${esc(date(inv, inv.period.from, 'slash'))} au ${esc(date(inv, inv.period.to, 'slash'))}</td></tr></table>
     <div class="pay"><span>${esc(payBox)}</span><span>${money(inv, inv.ttc)}</span></div><div class="small">à régler avant le ${esc(date(inv, inv.due, 'slash'))}</div></div></div>
     <div class="mid"><div>${refsHtml}<p class="small">Votre précédente facture de ${money(inv, inv.previous.amount)} a été réglée le ${esc(date(inv, inv.previous.paid, 'slash'))}. Merci.</p></div><div><div class="cap">${esc(x.pick(['Titulaire du compte', 'Adresse de facturation', 'Client']))}</div>${htmlLines(buyerTexts(inv, x))}</div></div>
     ${sentence ? `<p>${esc(sentence)}</p>` : ''}
     <h2>Synthèse de votre facture</h2>
     <table class="sum" style="width:110mm">${summary.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <table class="sum" style="width:90mm;margin-left:auto;margin-top:2mm">${totals.map(([k, v], n) => `<tr${n === totals.length - 1 ? ' style="font-weight:bold;font-size:10pt"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <h2>Détail par ligne (${inv.sims.length} lignes)</h2>
     <table class="lines"><tr><th>Ligne</th><th>Utilisateur</th><th>Forfait</th><th class="r">Abonnement HT</th><th>Option HT</th><th class="r">Hors forfait HT</th><th class="r">Total HT</th></tr>${rows}</table>
     <p class="small">Montants hors taxes en euros. Le détail des communications hors forfait est disponible dans votre espace client pendant 12 mois.</p>
     <p>${esc(paymentText(inv))}</p><p class="small">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))} – Opérateur déclaré auprès de l’ARCEP.</div>`);
  },
};

// ——— 2. A hosting provider's yearly renewal. ———
const DOMAINS = ['festival-des-crets.fr', 'mediatheques-loire.fr', 'piscines-municipales.fr', 'fete-du-livre-42.fr', 'sport-en-ville.fr', 'conservatoire-massenet.org', 'patrimoine-forez.fr', 'jeunesse-citoyenne.fr', 'biennale-design.org'];
const hosting = {
  name: 'r-hebergement-domaines',
  family: 'hosting-and-domains-yearly-renewal',
  producers: ['chromium', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('r-hebergement-domaines', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['hash', 'odoo', 'stripe', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'poBonDeCommande', 'refCommandeEj'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash', 'iso', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'hosting');
    renameSupplier(inv, x.pick(['Nuage Ligérien', 'HébergeLoire', 'Datacentre du Forez', 'Serveurs & Noms']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '6311Z';
    otherBuyer(inv, x, 0.3);
    localReferences(inv, x);
    maybeRelabel15(inv, x);
    inv.due = addDays(inv.date, 30);
    inv.customer = `${x.pick(['ab', 'vs', 'cl'])}${x.digits(5)}-${x.pick(['nl', 'hl', 'df'])}`;
    inv.contract = x.chance(0.5) ? `H-${x.digits(6)}` : null;
    const start = addDays(inv.date, x.int(0, 20));
    const end = addDays({ ...start, y: start.y + 1 }, -1);
    const period = `du ${date(inv, start, 'slash')} au ${date(inv, end, 'slash')}`;
    const domains = DOMAINS.filter((_, k) => k === i % DOMAINS.length || x.chance(0.3));
    inv.lines = domains.map((d) => ({ label: `Renouvellement du nom de domaine ${d} – 1 an`, period, qty: 1, unit: x.pick([799, 899, 1199, 1499]), rate: 2000 }));
    inv.lines.push({ label: `Hébergement web ${x.pick(['Pro', 'Performance 2', 'Collectivité'])} – 12 mois`, period, qty: 1, unit: x.int(90, 420) * 100, rate: 2000 });
    const boxes = x.int(5, 40);
    inv.lines.push({ label: `Boîtes de messagerie ${x.pick(['Exchange 50 Go', 'Mail Pro 10 Go'])} (${boxes} comptes × 12 mois)`, period, qty: boxes * 12, unit: x.pick([119, 169, 250]), rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ label: 'Certificat SSL multi-domaines (OV) – 1 an', period, qty: 1, unit: x.int(60, 240) * 100, rate: 2000 });
    if (x.chance(0.7)) {
      // Added during the past year: billed by the day up to the renewal date.
      const days = x.int(40, 200);
      const yearly = x.int(48, 96) * 100;
      inv.lines.push({ label: `Espace disque supplémentaire 100 Go – prorata ${days} jours (${plainMoney(inv, yearly)} / an)`, period: `du ${date(inv, addDays(start, -days), 'slash')} au ${date(inv, addDays(start, -1), 'slash')}`, qty: 1, unit: Math.round((yearly * days) / 365), rate: 2000 });
    }
    return priceLines(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché', 'Marché d’hébergement n°'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const me = supplierTexts(inv, x, { siretLabels: ['SIRET', 'Siret :', 'N° SIRET'] });
    const head = x.pick(['FACTURE', 'Facture', 'Facture de renouvellement']);
    const idRows = [[x.pick(['Numéro de document', 'Référence', 'N° facture']), { text: inv.number, b: true }], [x.pick(['Date', 'Date du document', 'Date de facturation']), date(inv, inv.date)], ['Identifiant client', inv.customer], ...(inv.contract ? [['Contrat d’hébergement', inv.contract]] : []), ['Échéance', date(inv, inv.due, 'slash')]];
    const rows = inv.lines.map((l) => [{ text: `${l.label}\n${l.period}` }, l.qty === 1 ? '1' : frNumber(l.qty), plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = dueRows(inv, { ht: x.pick(['Total HT', 'Montant hors taxes']), ttc: x.pick(['Total TTC', 'Montant TTC', 'Net à payer']) });
    return {
      font: producer === 'chromium' ? x.pick(['DejaVu Sans', 'Liberation Sans']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.6, margins: [14, 15, 20, 15],
      body: [
        columns([100, 80], [[...paras(me, { firstSize: 14 }), p('Hébergement – noms de domaine – messagerie', { size: 7.2, i: true, color: '#37474f' })], [p(head, { b: true, size: 15, color: '#1565c0' }), table([34, 42], idRows, { border: 'rows', size: 8.4 })]]),
        space(5),
        columns([90, 90], [[p(x.pick(['Vos références', 'Références de commande']), { size: 7.2, color: '#777777' }), ...(refs.length ? refs.map(([k, v]) => p(`${k} : ${v}`, { b: true, size: 8.6 })) : [p('—')])], [p(x.pick(['Facturé à', 'Client', 'Adresse de facturation']), { size: 7.2, color: '#777777' }), ...paras(buyerTexts(inv, x))]]),
        space(4),
        table([104, 16, 26, 32], [{ cells: ['Désignation et période', 'Qté', 'P.U. HT', 'Montant HT'], b: true, shade: '#e3f2fd' }, ...rows], { border: x.pick(['rows', 'grid']), size: 8, align: ['left', 'right', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [60, 32], indent: 86 }),
        rule(),
        p('Les services sont renouvelés pour la période indiquée. Sans règlement à l’échéance, les noms de domaine entrent en période de rédemption et les services sont suspendus.', { size: 7.4, before: 2 }),
        p(paymentText(inv), { size: 8.2, before: 2 }),
        p(LATE_FEES, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

// ——— 3. A trophy shop's invoice for the sports awards night. ———
const CUPS = [['Coupe métal doré H 32 cm', 2800, 4200], ['Coupe métal argenté H 45 cm', 4500, 6900], ['Coupe prestige H 62 cm sur socle marbre', 8900, 12900], ['Trophée résine « victoire » H 25 cm', 1900, 2900], ['Trophée plexiglas gravé 20 × 15 cm', 2400, 3800]];
const trophies = {
  name: 'r-trophees-sportifs',
  family: 'trophies-and-medals-awards-night',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('r-trophees-sportifs', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['carnet', 'sage', 'dolibarr', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'bcShort', 'votreRefEj'], marketProb: 0.2, serviceProb: 0.6, dateStyles: ['slash', 'slash2', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.5, ibanProb: 0.9 });
    const x = extraRng(inv, 'trophies');
    renameSupplier(inv, x.pick(['Trophées Loire Sports', 'Gravure & Coupes du Forez', 'Médailles Stéphanoises', 'Podium Récompenses']), x.pick(['SARL', 'EURL']));
    inv.supplier.ape = '4764Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel15(inv, x);
    inv.event = { name: x.pick(['Trophées des sports', 'Soirée des champions', 'Nuit du sport stéphanois', 'Mérites sportifs']), day: addDays(inv.date, -x.int(3, 20)) };
    inv.event.year = inv.event.day.y;
    inv.delivery = addDays(inv.event.day, -x.int(2, 6));
    inv.order = addDays(inv.delivery, -x.int(15, 40));
    inv.blNumber = `BL${x.digits(5)}`;
    inv.quoteNumber = `DV-${inv.order.y}-${x.digits(3)}`;
    inv.due = addDays(inv.date, x.pick([30, 30, 45]));
    inv.lines = [];
    for (const [label, lo, hi] of CUPS.filter((_, k) => k === i % CUPS.length || x.chance(0.5))) inv.lines.push({ label, ref: `CP${x.digits(4)}`, qty: x.int(2, 12), unit: x.int(lo / 10, hi / 10) * 10, rate: 2000 });
    const medals = x.int(30, 180);
    inv.lines.push({ label: `Médaille Ø 50 mm ${x.pick(['or', 'or, argent, bronze', 'bronze'])} avec ruban tricolore`, ref: `MD${x.digits(4)}`, qty: medals, unit: x.int(95, 260), rate: 2000 });
    const centres = x.int(30, 180);
    inv.lines.push({ label: 'Centres de médaille imprimés au logo de la ville', ref: 'CTR25', qty: Math.min(centres, medals), unit: x.int(25, 60), rate: 2000 });
    const chars = x.int(240, 1600);
    inv.lines.push({ label: `Gravure laser des plaques (${frNumber(chars)} caractères)`, ref: 'GRAV', qty: chars, unit: x.pick([9, 10, 12, 15]), rate: 2000, unitMills: true });
    if (x.chance(0.4)) inv.lines.push({ label: 'Écrins de présentation velours', ref: `EC${x.digits(3)}`, qty: x.int(3, 10), unit: x.int(450, 900), rate: 2000 });
    priceLines(inv);
    inv.orderDeposit = x.chance(0.6) ? orderDeposit(inv, x, x.pick([30, 40, 50]), inv.order) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const ev = inv.event;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Serv.'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const idStyle = x.pick(['piece', 'title']);
    const identity = idStyle === 'piece'
      ? `<div class="doc">FACTURE</div><table class="id"><tr><th>Pièce n°</th><th>Date pièce</th><th>Code client</th><th>Page</th></tr><tr><td><b>${esc(inv.number)}</b></td><td>${esc(date(inv, inv.date))}</td><td>${esc(inv.clientCode)}</td><td>1/1</td></tr></table>`
      : `<div class="doc">${esc(x.pick(['Facture n°', 'FACTURE N°']))} ${esc(inv.number)}</div><div>${esc(x.pick(['du', 'Date :', 'Établie le']))} ${esc(date(inv, inv.date))}</div><div class="small">Code client ${esc(inv.clientCode)}</div>`;
    const price = (l) => (l.unitMills ? `${frNumber(l.unit / 100, 2)}` : plainMoney(inv, l.unit));
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${price(l)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const d = inv.orderDeposit;
    const totals = [[x.pick(['Total HT', 'Total H.T.', 'Base HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Total T.T.C.']), inv.ttc]];
    if (d) totals.push([`${x.pick(['Acompte versé à la commande', 'Acompte reçu'])} (facture ${d.number} du ${date(inv, d.date, 'slash')})`, -d.amount], [x.pick(['Reste dû', 'Net à payer', 'Reste à payer']), inv.net]);
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Serif', 'Liberation Serif', 'Liberation Sans'])}'; font-size: 8.8pt; }
      .head { display: flex; justify-content: space-between; border-bottom: 2px solid #b8860b; padding-bottom: 3mm; } .name { font-size: 16pt; font-weight: bold; color: #8d6e00; } .small { font-size: 7.4pt; color: #555; }
      .doc { font-size: 15pt; font-weight: bold; letter-spacing: 1px; margin-bottom: 1.5mm; } .id th { font-weight: normal; font-size: 7.2pt; background: #f5efe0; border: 1px solid #c9b26b; padding: 1mm 2mm; } .id td { border: 1px solid #c9b26b; padding: 1mm 2mm; text-align: center; } .id { width: auto; }
      .mid { display: flex; justify-content: space-between; margin-top: 5mm; } .mid > div { width: 47%; } .cap { font-size: 7.2pt; color: #8d6e00; text-transform: uppercase; }
      .items { margin-top: 4mm; } .items th { background: #f5efe0; border-bottom: 1px solid #b8860b; text-align: left; padding: 1.4mm; font-size: 7.8pt; } .items td { padding: 1.3mm; border-bottom: 1px solid #eee; }
      .tot { width: 105mm; margin: 3mm 0 0 auto; } .tot td { padding: 1.2mm 2mm; } .tot tr:last-child td { font-weight: bold; border-top: 1.5px solid #333; }
      .foot { margin-top: 8mm; font-size: 6.8pt; text-align: center; color: #555; }`,
    `<div class="head"><div><div class="name">${esc(s.name)}</div><div class="small">Coupes – trophées – médailles – gravure – plaques</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div><div style="width:82mm">${identity}</div></div>
     <div class="mid"><div><div class="cap">Références</div><div>Devis accepté : ${esc(inv.quoteNumber)}</div><div>Livraison : ${esc(inv.blNumber)} du ${esc(date(inv, inv.delivery, 'slash'))}</div>${shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div><div><div class="cap">${esc(x.pick(['Facturé à', 'Client', 'Adresse de facturation']))}</div>${htmlLines(buyerTexts(inv, x))}</div></div>
     <p>Récompenses pour la soirée « ${esc(ev.name)} ${ev.year} » du ${esc(date(inv, ev.day, 'long'))}.${sentence ? ` ${esc(sentence)}` : ''}</p>
     <table class="items"><tr><th>Réf.</th><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>${rows}</table>
     <p class="small">Gravure facturée au caractère (espaces non comptés), prix unitaire en euros HT. Textes gravés selon la liste des lauréats transmise par le service des sports.</p>
     <table class="tot">${totals.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p>${esc(paymentText(inv))}</p><p class="small">Échéance : ${esc(date(inv, inv.due, 'slash'))}. ${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}</div>`);
  },
};

export default [telecom, hosting, trophies];

// Blind-34 layouts written for Chromium (see ../../README.md): an educational IT reseller's invoice for interactive
// displays and mobile classrooms in schools, printed by an Odoo-like ERP (the number in the title line, a row of
// boxes of headings over values with the customer code of seven digits, eco-participation lines under each device,
// digital textbooks at 5,5 % on some, a deposit invoiced at the order deducted with its own number on some, the serial
// numbers of a mobile classroom over two pages on one; one credit note for a display returned), and a web agency's
// monthly retainer for the maintenance of a commune's website, printed by a Sellsy-like SaaS (labels beside values on
// the right, the maintenance contract of seven digits, evolutions in hours with two decimals, support tickets of seven
// digits, a discount on some; one credit note for hours not used).
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { deductDeposit } from '../../lib/blind25.mjs';
import { digitalBuyer, hours34, maybeRelabel34, perHour34, serial34, seven34 } from '../../lib/blind34.mjs';

// ——— 1. Interactive displays for schools: an Odoo-like reseller invoice, eco-participation, 20 % and 5,5 %. ———
const SCHOOLS = ['École élémentaire Jules Ferry', 'École maternelle du Soleil', 'Groupe scolaire Montreynaud', 'École primaire de la Cotonne', 'École du Bourg', 'École Louise Michel', 'Groupe scolaire Fauriel'];
const DISPLAYS = [['Écran numérique interactif 75" 4K tactile 20 points – Android 13', 240000, 330000, 1200], ['Écran numérique interactif 86" 4K – OPS i5 intégré', 320000, 420000, 1600], ['Écran numérique interactif 65" 4K tactile', 170000, 230000, 1000]];
const ecrans = {
  name: 'af-ecrans-interactifs-ecoles',
  family: 'school-interactive-displays-odoo-eco-participation',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const long = i === 3;
    const inv = makeInvoice('af-ecrans-interactifs-ecoles', i, { cityProb: 0.45, engagementProb: 0.8, trades: ['services'], numbers: credit ? ['avoirOdoo'] : ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.3, serviceProb: 0.5, dateStyles: ['slash'], rates: [[2000]], groups: ['nbsp', 'space'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'displays');
    renameSupplier(inv, x.pick(['Numérik Éducation Loire', 'ScolaTech Rhône-Alpes', 'Forez Solutions Numériques', 'EduPlus Intégration']), 'SAS');
    inv.supplier.ape = '4651Z';
    digitalBuyer(inv, x, 'schools', 0.85);
    localReferences(inv, x);
    maybeRelabel34(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.customer = seven34(x);
    inv.order = `S${x.digits(5)}`;
    inv.school = x.pick(SCHOOLS);
    inv.lines = [];
    inv.serials = [];
    const rates = [2000];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `FAC/${inv.date.y}/${String(x.int(10, 999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      const [label, lo, hi, eco] = x.pick(DISPLAYS);
      inv.lines.push({ label: `Retour : ${label} (écran livré avec dalle fêlée)`, qty: 1, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
      inv.lines.push({ label: 'Éco-participation DEEE (reprise)', qty: 1, unit: eco, rate: 2000, eco: true });
    } else {
      const [label, lo, hi, eco] = x.pick(DISPLAYS);
      const n = x.int(1, 6);
      inv.lines.push({ label, qty: n, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
      inv.lines.push({ label: 'Éco-participation DEEE (ecosystem)', qty: n, unit: eco, rate: 2000, eco: true });
      inv.lines.push({ label: x.pick(['Support mural fixe renforcé VESA 800×600', 'Pied mobile motorisé à hauteur variable']), qty: n, unit: x.int(180, 950) * 100, rate: 2000 });
      inv.lines.push({ label: 'Installation, raccordement réseau et paramétrage (par écran)', qty: n, unit: x.int(220, 380) * 100, rate: 2000 });
      if (long || x.chance(0.4)) {
        const laptops = long ? 30 : x.pick([8, 12, 16]);
        inv.lines.push({ label: `Classe mobile : ordinateur portable 14" élève, Intel N200, 8 Go, SSD 128 Go, Windows 11 Éducation`, qty: laptops, unit: x.int(380, 520) * 100, rate: 2000 });
        inv.lines.push({ label: 'Éco-participation DEEE (ecosystem)', qty: laptops, unit: x.pick([50, 70, 100]), rate: 2000, eco: true });
        inv.lines.push({ label: `Chariot de rangement et recharge ${laptops <= 16 ? 16 : 32} places`, qty: 1, unit: x.int(900, 1600) * 100, rate: 2000 });
        inv.serials = Array.from({ length: laptops }, () => serial34(x, x.pick(['5CG', 'PF']))).sort();
      }
      if (x.chance(0.4)) {
        inv.lines.push({ label: 'Licences de manuels numériques enseignant (livre numérique, 1 an)', qty: x.int(2, 12), unit: x.int(18, 45) * 100, rate: 550 });
        rates.push(550);
      }
      if (x.chance(0.5)) inv.lines.push({ label: 'Prise en main des enseignants sur site (demi-journée)', qty: x.int(1, 2), unit: x.int(280, 420) * 100, rate: 2000 });
    }
    priceLines(inv, rates);
    if (!credit && (i === 1 || i === 5)) inv.deposit34 = deductDeposit(inv, x, 30, addDays(inv.orderDate, x.int(2, 8)));
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°', 'Lot / marché'], service: ['Code service', 'Service destinataire'] });
    const accent = x.pick(['#714b67', '#017e84', '#1f4e79']);
    const boxes = [['Date de facturation', date(inv, inv.date)], [inv.avoir ? 'Facture d’origine' : 'Date d’échéance', inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ['Origine', inv.order], ['Code client', inv.customer], ...refs.slice(0, x.chance(0.5) ? 1 : 0)];
    const rest = refs.slice(boxes.length - 4);
    const rows = inv.lines.map((l) => `<tr${l.eco ? ' class="eco"' : ''}><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty, 2)} ${l.eco ? '' : 'Unité(s)'}</td><td class="r">${plainMoney(inv, l.unit)}</td><td>TVA ${esc(rate(l.rate))}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = [['Montant hors taxes', inv.ht]];
    for (const v of inv.vat) totals.push([`TVA ${rate(v.rate)}`, v.amount]);
    totals.push(['Total', inv.ttc, true]);
    if (inv.deposit) totals.push([`Acompte ${inv.deposit34.number} du ${fmtDate(inv.deposit34.date, 'slash')}`, -inv.deposit], ['Montant dû', inv.net, true]);
    const serials = inv.serials.length ? `<h4>Numéros de série livrés (${esc(inv.school)})</h4><table class="sn">${Array.from({ length: Math.ceil(inv.serials.length / 3) }, (_, r) => `<tr>${inv.serials.slice(r * 3, r * 3 + 3).map((sn, k) => `<td>${r * 3 + k + 1}. S/N ${esc(sn)}</td>`).join('')}</tr>`).join('')}</table>` : '';
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.4pt; }
      .hd { display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding-bottom: 2mm; } .co { font-size: 7.4pt; color: #444; } .brand { font-size: 14pt; font-weight: bold; color: ${accent}; }
      .to { margin: 6mm 0 0 100mm; font-size: 9pt; } h2 { font-size: 17pt; font-weight: normal; color: ${accent}; margin: 6mm 0 3mm; }
      .boxes { display: flex; gap: 6mm; margin-bottom: 4mm; } .boxes div { font-size: 8.6pt; } .boxes b { display: block; font-size: 8.2pt; }
      .items th { text-align: left; border-bottom: 1.5px solid #333; padding: 1.2mm; } .items td { padding: 1.2mm; border-bottom: 1px solid #e5e5e5; vertical-align: top; } .items tr.eco td { font-size: 7.4pt; color: #555; padding-left: 5mm; }
      .tot { width: 82mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; border-top: 1px solid #333; }
      .sn td { font-size: 7.2pt; padding: 0.4mm 1mm; font-family: 'DejaVu Sans Mono'; } h4 { margin: 5mm 0 1mm; font-size: 8.4pt; }
      .legal { font-size: 6.8pt; color: #666; text-align: center; border-top: 1px solid #ccc; margin-top: 8mm; padding-top: 2mm; }`,
    `<div class="hd"><div><div class="brand">${esc(s.name)}</div><div class="co">Solutions numériques pour l’éducation – intégrateur agréé</div></div><div class="co" style="text-align:right">${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
     <div class="to">${htmlLines(buyerTexts(inv, x))}</div>
     <h2>${inv.avoir ? 'Avoir' : 'Facture'} ${esc(inv.number)}</h2>
     <div class="boxes">${boxes.map(([k, v]) => `<div><b>${esc(k)}:</b>${esc(v)}</div>`).join('')}</div>
     ${rest.length ? `<p>${rest.map(([k, v]) => `${esc(k)} : <b>${esc(v)}</b>`).join(' &nbsp;–&nbsp; ')}</p>` : ''}
     <p>${esc(inv.avoir ? `Avoir sur la facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')} – ${inv.school}` : `Livraison et installation : ${inv.school}`)}</p>
     <table class="items"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix unitaire</th><th>Taxes</th><th class="r">Montant</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p>${inv.avoir ? 'Cet avoir sera imputé sur votre prochaine facture.' : `Veuillez utiliser la communication suivante pour votre paiement : <b>${esc(inv.number)}</b><br>${esc(paymentText(inv, 'Sur ce compte'))}`}</p>
     <p style="font-size:7pt">Conditions de paiement : 30 jours. ${esc(LATE_FEES)} Garantie constructeur des écrans : 5 ans sur site.</p>
     ${serials}
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. A web agency's monthly retainer: a Sellsy-like invoice, labels beside values, hours and tickets. ———
const TASKS = ['Correctif formulaire de contact (anti-spam)', 'Mise à jour du module agenda', 'Ajout d’une page « Travaux en cours »', 'Intégration du plan interactif des écoles', 'Optimisation accessibilité RGAA (contrastes)', 'Export des actualités vers l’application mobile', 'Refonte du bandeau d’alerte météo', 'Mise à jour PHP et extensions'];
const tma = {
  name: 'af-tma-site-internet',
  family: 'web-agency-retainer-sellsy-hours-tickets',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('af-tma-site-internet', i, { cityProb: 0.4, engagementProb: 0.8, trades: ['services'], numbers: credit ? ['avoir'] : ['pennylane', 'hash'], engagementLabels: ['engagement', 'commande', 'ej', 'votreCommandeEngagement'], marketProb: 0.35, serviceProb: 0.45, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5], groups: ['space', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'agency');
    renameSupplier(inv, x.pick(['Agence Pixel Furan', 'Studio Web du Gier', 'Forez Digital Factory', 'Octet & Plume']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '6201Z';
    digitalBuyer(inv, x, 'communication', 0.85);
    localReferences(inv, x);
    maybeRelabel34(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.contract = seven34(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.site = x.pick(['www.mairie-exemple.fr', 'www.ville-en-forez.fr', 'www.tourisme-loire.fr', 'www.agglo-services.fr']).replace('exemple', inv.buyer.name.split(' ').pop().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, ''));
    const hourP = x.int(65, 95) * 100;
    inv.tickets = [];
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(5, 30)) };
      const h = x.int(8, 40) * 25;
      inv.lines = [{ label: `Heures de TMA du trimestre non consommées – reliquat remboursé (${inv.period.name})`, qtyText: hours34(h), unitName: 'h', unit: hourP, total: perHour34(h, hourP), rate: 2000 }];
    } else {
      inv.lines = [
        { label: `Forfait maintenance corrective et évolutive (TMA) – ${inv.period.name}`, qtyText: '1', unitName: 'mois', unit: x.int(450, 1400) * 100, rate: 2000 },
        { label: `Hébergement infogéré, sauvegardes et supervision 24/7 – ${inv.site}`, qtyText: '1', unitName: 'mois', unit: x.int(90, 380) * 100, rate: 2000 },
      ];
      const n = x.int(1, 4);
      let total = 0;
      for (let k = 0; k < n; k++) {
        const h = x.int(2, 24) * 25;
        total += h;
        inv.tickets.push({ id: seven34(x), title: x.pick(TASKS), hours: h });
      }
      inv.lines.push({ label: 'Évolutions hors forfait (détail des tickets ci-dessous)', qtyText: hours34(total), unitName: 'h', unit: hourP, total: perHour34(total, hourP), rate: 2000 });
      if (x.chance(0.35)) inv.lines.push({ label: `Renouvellement nom de domaine ${inv.site.replace(/^www\./, '')} (1 an) et certificat TLS`, qtyText: '1', unitName: 'an', unit: x.int(25, 120) * 100, rate: 2000 });
    }
    for (const l of inv.lines) l.qty ??= Number(l.qtyText.replace(',', '.'));
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service bénéficiaire'] });
    const inKv = x.chance(0.5);
    const accent = x.pick(['#e4572e', '#2d6cdf', '#17a398']);
    const kv = [[inv.avoir ? 'Avoir' : 'Facture', inv.number], ['Date', date(inv, inv.date)], ...(inv.avoir ? [['Facture d’origine', inv.origin.number]] : [['Échéance', fmtDate(inv.due, 'slash')]]), ['Contrat de TMA', inv.contract], ...(inKv ? refs : [])];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)} ${esc(l.unitName)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise ${inv.discountPct} %`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['TVA 20 %', inv.tva], ['Total TTC', inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Reste à payer']), inv.net, true]);
    const tickets = inv.tickets.length ? `<table class="tk"><tr><th>Ticket</th><th>Demande</th><th class="r">Temps passé</th></tr>${inv.tickets.map((t) => `<tr><td>#${t.id}</td><td>${esc(t.title)}</td><td class="r">${hours34(t.hours)} h</td></tr>`).join('')}</table>` : '';
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.6pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 18pt; font-weight: bold; color: ${accent}; letter-spacing: -0.5px; } .co { font-size: 7.6pt; color: #555; line-height: 1.35; }
      .kv td { padding: 0.6mm 1.5mm; } .kv td.k { text-align: right; color: #777; font-size: 7.6pt; } .kv td.v { font-weight: bold; font-size: 9.2pt; }
      .client { margin: 7mm 0 5mm 96mm; border-left: 3px solid ${accent}; padding-left: 3mm; }
      .items th { background: ${accent}; color: #fff; text-align: left; padding: 1.5mm; font-size: 7.8pt; } .items td { padding: 1.5mm; border-bottom: 1px solid #eee; }
      .bot { display: flex; justify-content: space-between; margin-top: 4mm; } .cond { width: 90mm; font-size: 7.6pt; color: #333; } .tot { width: 72mm; } .tot td { padding: 0.9mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10.5pt; color: ${accent}; border-top: 2px solid ${accent}; }
      .tk { margin-top: 5mm; } .tk th { text-align: left; font-size: 7.4pt; color: #777; border-bottom: 1px solid #ccc; padding: 1mm; } .tk td { font-size: 7.6pt; padding: 0.8mm 1mm; }
      .legal { font-size: 6.6pt; color: #888; margin-top: 8mm; text-align: center; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Agence web – conception, hébergement et maintenance de sites publics<br>${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
      <div><div style="font-size:15pt;text-align:right;margin-bottom:2mm">${inv.avoir ? 'AVOIR' : 'FACTURE'}</div><table class="kv">${kv.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td class="v">${esc(v)}</td></tr>`).join('')}</table></div></div>
     <div class="client">${htmlLines(buyerTexts(inv, x))}</div>
     <p><b>${esc(inv.avoir ? `Avoir sur la facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `Objet : maintenance du site ${inv.site} – ${inv.period.name}`)}</b>${!inKv && refs.length ? `<br>${refs.map(([k, v]) => `${esc(k)} ${esc(v)}`).join(' · ')}` : ''}</p>
     <table class="items"><tr><th>Désignation</th><th class="r">Quantité</th><th class="r">P.U. HT</th><th class="r">Total HT</th></tr>${rows}</table>
     <div class="bot"><div class="cond">Conditions : paiement à 30 jours fin de période, sans escompte.<br>Tickets ouverts et suivis sur l’extranet client.</div>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <p>${inv.avoir ? 'Montant remboursé par virement sous 15 jours.' : `${esc(paymentText(inv))}<br>Référence à rappeler : ${esc(inv.number)}`}</p>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)}</p>
     ${tickets}
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

export default [ecrans, tma];

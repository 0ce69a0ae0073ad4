// Blind-18 layouts written for Chromium (see ../../README.md): an artists' agency invoicing a band's concert at a city
// festival (the fee for the show's performance rights at 5,5 %, the artists' travel, rooms and meals at 10 %, the
// backline and the van at 20 %, a VAT summary by rate; SACEM not included; the deposit paid at the contract's signature
// deducted with its own number on some; bilingual French–English on half of them, « Invoice # », the euro sign before
// the amounts), and a commercial-kitchen repairer's call-out (travel by zone, labour by the quarter-hour, parts with
// their references; the intervention slip, the machine's make, model and serial number, arrival and departure times;
// a credit note for a part returned under warranty on some).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, hoursMinutes, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { allVatRows, deductPaid, euroFirst, maybeRelabel18 } from '../../lib/blind18.mjs';

// ——— 1. Artists' agency: a band's concert at a city festival. ———
const ARTISTS = ['Lola et les Sourds-Muets', 'The Velvet Crows', 'Fanfare Bazar Électrique', 'Manu Doré Quartet', 'Les Frangines du Gier', 'Cumbia Forézienne', 'Trio Nuit Blanche'];
const FESTIVALS = [['Festival des Arts de la Rue', 'place Jean Jaurès'], ['Fête de la Musique', 'parvis de l’Hôtel de Ville'], ['Les Nuits du Parc', 'parc de Montaud'], ['Festival Jazz en Ville', 'jardin des Plantes'], ['Festival Paroles et Musiques', 'cour de la Comédie']];
const agence = {
  name: 'g-agence-artistique-festival',
  family: 'artists-agency-festival-concert',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('g-agence-artistique-festival', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'hash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'poBonDeCommande', 'orderRef'], marketProb: 0.2, serviceProb: 0.6, dateStyles: ['long', 'slash', 'iso'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'agency');
    renameSupplier(inv, x.pick(['Scènes et Tournées Production', 'Agence Les Voix du Pilat', 'Rhône-Loire Booking', 'Sillons Productions']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '9001Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel18(inv, x);
    const y = inv.date.y;
    inv.artist = ARTISTS[(i + x.int(0, 6)) % ARTISTS.length];
    [inv.festival, inv.venue] = FESTIVALS[(i + x.int(0, 4)) % FESTIVALS.length];
    inv.show = { y, m: x.pick([6, 7, 7, 8]), d: x.int(1, 28) };
    inv.contract = { number: `CC-${y}-${String(x.int(5, 140)).padStart(3, '0')}`, signed: addDays(inv.show, -x.int(60, 150)) };
    inv.licence = `PLATESV-R-${y - x.int(1, 4)}-00${x.digits(4)}`;
    redate(inv, addDays(inv.show, x.int(2, 20)));
    inv.due = addDays(inv.date, 30);
    const people = x.int(3, 9);
    inv.people = people;
    inv.lines = [
      { label: `Cession du droit d’exploitation du spectacle « ${inv.artist} » – ${inv.festival} – ${fmtDate(inv.show, 'slash')}, ${inv.venue} (contrat de cession n° ${inv.contract.number})`, qty: 1, unit: x.int(25, 95) * 10000, rate: 550 },
      { label: `Transport des artistes et techniciens (train, aller-retour) – ${people} personnes`, qty: people, unit: x.int(45, 160) * 100, rate: 1000 },
      { label: `Hébergement – nuit du ${fmtDate(inv.show, 'slash')} (chambres single)`, qty: people, unit: x.int(65, 110) * 100, rate: 1000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: 'Repas (défraiement au tarif de la convention collective)', qty: people * x.int(1, 2), unit: x.pick([2060, 2180, 2250]), rate: 1000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Location backline (batterie, amplis guitare et basse, claviers)', qty: 1, unit: x.int(35, 90) * 1000, rate: 2000 });
    inv.lines.push({ label: 'Transport du matériel (utilitaire 12 m³, carburant et péages)', qty: 1, unit: x.int(18, 60) * 1000, rate: 2000 });
    priceLines(inv, [550, 1000, 2000]);
    inv.paid = x.chance(0.5) ? deductPaid(inv, x, x.pick([30, 30, 50]), addDays(inv.contract.signed, x.int(2, 10))) : null;
    inv.bilingual = i % 2 === 0;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const bi = inv.bilingual;
    const t = (fr, en) => (bi ? `${fr} / ${en}` : fr);
    const amount = (cents) => (bi ? euroFirst(inv, cents) : money(inv, cents));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de prestations artistiques n°'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const numberLabel = bi ? x.pick(['Facture n° / Invoice #', 'N° / Invoice #']) : x.pick(['Facture n°', 'N° de facture', 'Numéro']);
    const dateText = bi ? `${t('Date', 'Invoice date')} : ${date(inv, inv.date)}` : x.pick([`Date : ${date(inv, inv.date)}`, `Le ${date(inv, inv.date)}`]);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const vat = allVatRows(inv).map(([r, base, amt]) => `<tr><td>${rate(r)}</td><td class="r">${plainMoney(inv, base)}</td><td class="r">${plainMoney(inv, amt)}</td></tr>`).join('');
    const totals = [[t('Total HT', 'Subtotal'), inv.ht], [t('Total TVA', 'VAT'), inv.tva], [t('Total TTC', 'Total'), inv.ttc, !inv.paid]];
    if (inv.paid) totals.push([`${t('Acompte reçu', 'Deposit received')} (${inv.paid.number} ${bi ? 'of' : 'du'} ${fmtDate(inv.paid.date, 'slash')})`, -inv.paid.amount], [t('Net à payer', 'Balance due'), inv.net, true]);
    const refHtml = shown.map(([k, v]) => `<tr><td>${esc(k)}</td><td><b>${esc(v)}</b></td></tr>`).join('');
    const accent = x.pick(['#ad1457', '#00838f', '#5e35b1']);
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.6pt; }
      .band { background: ${accent}; color: #fff; padding: 4mm 5mm; display: flex; justify-content: space-between; align-items: flex-end; }
      .band h1 { margin: 0; font-size: 17pt; letter-spacing: 1px; } .band .id { text-align: right; font-size: 9pt; }
      .cols { display: flex; justify-content: space-between; margin-top: 5mm; } .cols > div { width: 47%; }
      .lbl { font-size: 7pt; color: #777; text-transform: uppercase; margin-bottom: 1mm; }
      .refs td { padding: 1px 4px 1px 0; } .items { margin-top: 5mm; } .items th { background: #f3f3f3; text-align: left; padding: 2mm 2mm; font-size: 7.8pt; }
      .items td { padding: 1.6mm 2mm; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
      .bottom { display: flex; justify-content: space-between; margin-top: 4mm; } .vat { width: 72mm; font-size: 7.8pt; } .vat td, .vat th { border: 1px solid #ccc; padding: 1mm 2mm; }
      .tot { width: 92mm; } .tot td { padding: 1.2mm 2mm; } .tot .s td { font-weight: bold; border-top: 1.5px solid #222; font-size: 10pt; }
      .note { margin-top: 5mm; font-size: 7.6pt; color: #444; } .foot { margin-top: 8mm; font-size: 6.8pt; color: #666; text-align: center; border-top: 1px solid #ddd; padding-top: 2mm; }`,
    `<div class="band"><div><div style="font-size:13pt;font-weight:bold">${esc(s.name)}</div><div style="font-size:7.6pt">${t('Agence artistique – production et diffusion de spectacles', 'Booking agency')}</div></div>
       <div class="id"><h1>${bi ? 'FACTURE / INVOICE' : 'FACTURE'}</h1><div>${esc(numberLabel)} <b>${esc(inv.number)}</b></div><div>${esc(dateText)}</div></div></div>
     <div class="cols"><div><div class="lbl">${t('Émetteur', 'From')}</div>${htmlLines(supplierTexts(inv, x).slice(1))}<div>Licence ${esc(inv.licence)}</div></div>
       <div><div class="lbl">${t('Organisateur', 'Bill to')}</div>${htmlLines(buyerTexts(inv, x))}</div></div>
     <div class="cols"><div><div class="lbl">${t('Événement', 'Event')}</div><div>${esc(inv.festival)} – ${esc(fmtDate(inv.show, 'long'))}</div><div>${esc(inv.artist)} – ${esc(inv.venue)}</div><div>${t('Contrat de cession', 'Contract')} ${esc(inv.contract.number)} ${bi ? 'signé le / signed on' : 'signé le'} ${esc(fmtDate(inv.contract.signed, 'slash'))}</div></div>
       <div>${refHtml ? `<div class="lbl">${t('Vos références', 'Your references')}</div><table class="refs">${refHtml}</table>` : ''}<div>${t('Échéance', 'Due date')} : ${esc(fmtDate(inv.due, 'slash'))}</div></div></div>
     ${sentence ? `<p style="margin-top:3mm"><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>${t('Désignation', 'Description')}</th><th class="r">${t('Qté', 'Qty')}</th><th class="r">${t('P.U. HT', 'Unit price')}</th><th class="r">${t('TVA', 'VAT')}</th><th class="r">${t('Montant HT', 'Amount')}</th></tr>${rows}</table>
     <div class="bottom"><table class="vat"><tr><th>${t('Taux', 'Rate')}</th><th class="r">${t('Base HT', 'Net')}</th><th class="r">${t('TVA', 'VAT')}</th></tr>${vat}</table>
       <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${amount(v)}</td></tr>`).join('')}</table></div>
     <div class="note">${t('Droits d’auteur (SACEM) : à déclarer et à régler par l’organisateur, non inclus dans la présente facture.', 'Author’s rights (SACEM) are not included and remain payable by the organiser.')}<br>
       TVA 5,5 % ${t('sur la cession (art. 278-0 bis F du CGI), 10 % sur le transport de voyageurs, l’hébergement et la restauration, 20 % sur le reste.', 'on the performance fee, 10 % on travel, rooms and meals, 20 % on the rest.')}</div>
     <p style="margin-top:4mm">${esc(paymentText(inv, bi ? 'Virement / Bank transfer' : 'Règlement par virement'))}</p>
     <p style="font-size:7pt">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}</div>`);
  },
};

// ——— 2. Commercial-kitchen repairer: a call-out, or a credit note for a part returned under warranty. ———
const MACHINES = [['Lave-vaisselle à capot', 'Hobart AMXXL'], ['Four mixte 10 niveaux GN 1/1', 'Rational iCombi Pro 10-1/1'], ['Armoire frigorifique positive 1 400 L', 'Foster EP1440H'], ['Sauteuse basculante 80 L', 'Electrolux Thermaline'], ['Friteuse 2 × 10 L', 'Bonnet Précisio'], ['Cellule de refroidissement rapide', 'Irinox EF 20.1'], ['Lave-batterie', 'Winterhalter UF-M']];
const KITCHENS = ['Cuisine centrale de la Cotonne', 'Restaurant scolaire Jules Ferry', 'Restaurant du foyer-logement Beaulieu', 'Self du personnel – Hôtel de Ville', 'Crèche Les Lucioles', 'Cuisine du collège'];
const SPARES = [['Résistance blindée 9 kW', 'RES-', 9800, 21000], ['Électrovanne double 230 V', 'EV-', 4500, 9800], ['Thermostat de sécurité 0–320 °C', 'TH-', 3800, 7600], ['Joint de porte', 'JP-', 6200, 14500], ['Pompe de vidange', 'PV-', 11000, 19500], ['Carte électronique de commande', 'CE-', 28000, 56000], ['Sonde de température à cœur', 'SD-', 9000, 16500]];
const ZONES = [['Zone 1 (0 à 10 km)', 3500, 4500], ['Zone 2 (10 à 25 km)', 5000, 6500], ['Zone 3 (25 à 40 km)', 7000, 8900]];
const cuisine = {
  name: 'g-reparation-cuisine',
  family: 'commercial-kitchen-repair-callout',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i % 4 === 3;
    const inv = makeInvoice('g-reparation-cuisine', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['quickbooks', 'plain', 'micro'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande', 'commandeClient'], marketProb: 0.3, serviceProb: 0.55, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.5, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'kitchen');
    renameSupplier(inv, x.pick(['Froid Cuisine Services Loire', 'Dépannage Grandes Cuisines du Forez', 'Cuisinox Maintenance', 'SAV Pro Cuisine Rhône-Loire']), x.pick(['SARL', 'SAS', 'EURL']));
    inv.supplier.ape = '3312Z';
    otherBuyer(inv, x, 0.4);
    localReferences(inv, x);
    maybeRelabel18(inv, x);
    const [machine, model] = MACHINES[(i + x.int(0, 6)) % MACHINES.length];
    inv.machine = { machine, model, serial: `${x.pick(['SN', 'E', ''])}${x.digits(2)}${x.pick(['A', 'B', 'K'])}${x.digits(6)}` };
    inv.site = x.pick(KITCHENS);
    inv.slip = `BI-${x.digits(5)}`;
    inv.call = addDays(inv.date, -x.int(3, 20));
    inv.visit = addDays(inv.call, x.int(0, 2));
    const arrival = x.int(28, 60) * 15;
    const quarters = x.int(3, 16);
    inv.times = { arrival: hoursMinutes(arrival), departure: hoursMinutes(arrival + quarters * 15) };
    const spare = SPARES[(i + x.int(0, 6)) % SPARES.length];
    const spareRef = `${spare[1]}${x.digits(5)}`;
    const sparePrice = x.int(spare[2] / 100, spare[3] / 100) * 100;
    if (credit) {
      inv.avoir = true;
      inv.number = `AV-${inv.date.y}-${String(x.int(1, 60)).padStart(3, '0')}`;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(100, 900)).padStart(4, '0')}`, date: addDays(inv.date, -x.int(20, 70)) };
      inv.lines = [{ ref: spareRef, label: `Reprise ${spare[0]} retournée sous garantie fabricant (pièce défectueuse)`, qtyText: '1', qty: 1, unit: sparePrice, rate: 2000 }];
      if (x.chance(0.5)) inv.lines.push({ ref: 'DEP', label: 'Déplacement du second passage non facturable (même panne)', qtyText: '1', qty: 1, unit: x.int(35, 65) * 100, rate: 2000 });
      inv.print.iban = false;
      return priceLines(inv, [2000]);
    }
    const zone = x.pick(ZONES);
    inv.zone = zone[0];
    const perQuarter = x.int(14, 22) * 100;
    inv.lines = [
      { ref: 'DEP', label: `Déplacement – ${zone[0]}`, qtyText: '1', qty: 1, unit: x.int(zone[1] / 100, zone[2] / 100) * 100, rate: 2000 },
      { ref: 'MO', label: `Main-d’œuvre technicien – ${quarters} quarts d’heure (${inv.times.arrival} – ${inv.times.departure})`, qtyText: `${quarters} × ¼ h`, qty: quarters, unit: perQuarter, rate: 2000 },
      { ref: spareRef, label: spare[0], qtyText: '1', qty: 1, unit: sparePrice, rate: 2000 },
    ];
    if (x.chance(0.5)) {
      const other = SPARES[(i + 3) % SPARES.length];
      const n = x.int(1, 2);
      inv.lines.push({ ref: `${other[1]}${x.digits(5)}`, label: other[0], qtyText: String(n), qty: n, unit: x.int(other[2] / 100, other[3] / 100) * 100, rate: 2000 });
    }
    if (x.chance(0.4)) inv.lines.push({ ref: 'CONS', label: 'Petites fournitures et produit détartrant', qtyText: '1', qty: 1, unit: x.int(8, 25) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de maintenance n°', 'Réf. marché'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const numberLabel = inv.avoir ? x.pick(['Avoir n°', 'N° d’avoir']) : x.pick(['Facture n°', 'N° facture', 'Facture #', 'Numéro']);
    const dateLabel = x.pick(['Date d’émission', 'Date', 'Date de facture']);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = [[x.pick(['Sous-total HT', 'Total HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [inv.avoir ? x.pick(['Total TTC de l’avoir', 'Montant TTC']) : x.pick(['Total TTC', 'Montant dû', 'Total à payer']), inv.ttc, true]];
    const intervention = inv.avoir
      ? `<div>Facture d’origine : ${esc(inv.origin.number)} du ${esc(fmtDate(inv.origin.date, 'slash'))}</div><div>Appareil : ${esc(inv.machine.machine)} ${esc(inv.machine.model)} – n° de série ${esc(inv.machine.serial)}</div>`
      : `<div>Appel du ${esc(fmtDate(inv.call, 'slash'))} – intervention le ${esc(fmtDate(inv.visit, 'slash'))} (bon ${esc(inv.slip)})</div><div>Arrivée ${esc(inv.times.arrival)} – départ ${esc(inv.times.departure)}</div><div>Appareil : ${esc(inv.machine.machine)} ${esc(inv.machine.model)} – n° de série ${esc(inv.machine.serial)}</div><div>Lieu : ${esc(inv.site)}</div>`;
    const accent = x.pick(['#0277bd', '#2e7d32', '#37474f']);
    const refsHtml = refs.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');
    const refsInBuyer = x.chance(0.5);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.8pt; }
      .top { display: flex; justify-content: space-between; border-bottom: 3px solid ${accent}; padding-bottom: 3mm; }
      .name { font-size: 14pt; font-weight: bold; color: ${accent}; } h1 { font-size: 15pt; margin: 0 0 2mm; color: ${accent}; text-align: right; }
      .meta td { padding: 0.5mm 2mm; } .meta td:first-child { color: #666; }
      .two { display: flex; justify-content: space-between; margin-top: 5mm; } .two > div { width: 48%; } .box { border: 1px solid #ccc; padding: 2mm 3mm; }
      .items { margin-top: 5mm; } .items th { border-bottom: 2px solid ${accent}; text-align: left; padding: 1.5mm; font-size: 8pt; } .items td { padding: 1.5mm; border-bottom: 1px solid #eee; }
      .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 2mm; } .tot .s td { font-weight: bold; background: #f1f1f1; }
      .foot { margin-top: 10mm; font-size: 6.8pt; color: #666; text-align: center; }`,
    `<div class="top"><div><div class="name">${esc(s.name)}</div><div style="font-size:7.6pt">Dépannage et maintenance des équipements de cuisine professionnelle – froid commercial</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
       <div><h1>${inv.avoir ? 'AVOIR' : 'FACTURE'}</h1><table class="meta"><tr><td>${esc(numberLabel)}</td><td><b>${esc(inv.number)}</b></td></tr><tr><td>${esc(dateLabel)}</td><td>${esc(date(inv, inv.date))}</td></tr>${inv.avoir ? '' : `<tr><td>Échéance</td><td>${esc(fmtDate(inv.due, 'slash'))}</td></tr>`}<tr><td>N° client</td><td>${esc(inv.clientCode)}</td></tr></table></div></div>
     <div class="two"><div class="box"><b>${inv.avoir ? 'Objet' : 'Intervention'}</b>${intervention}${refsInBuyer ? '' : refsHtml}</div>
       <div class="box">${htmlLines(buyerTexts(inv, x))}${refsInBuyer ? refsHtml : ''}</div></div>
     <table class="items"><tr><th style="width:20mm">Réf.</th><th>Description</th><th class="r" style="width:20mm">Quantité</th><th class="r" style="width:24mm">Prix unit. HT</th><th class="r" style="width:12mm">TVA</th><th class="r" style="width:26mm">Total HT</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     ${inv.avoir ? `<p>Avoir à déduire de votre prochain règlement ou remboursé par virement sur demande.</p>` : `<p>${esc(paymentText(inv))}</p><p style="font-size:7.2pt">Conditions de paiement : 30 jours. ${esc(LATE_FEES)}</p>`}
     <p style="font-size:7.2pt">Pièces garanties 6 mois, main-d’œuvre 3 mois. Tarif main-d’œuvre au quart d’heure indivisible.</p>
     <div class="foot">${esc(legalLine(inv))}${inv.print.iban ? `<br>IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : ''}</div>`);
  },
};

export default [agence, cuisine];

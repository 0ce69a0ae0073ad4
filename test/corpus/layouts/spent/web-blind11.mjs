// A blind-11 layout written as HTML and printed by Chromium (see ../../README.md): an escape-game company's invoice for
// a team-building half-day of the staff (one row per team: room, time slot, players × price per player; the game
// master's debriefing workshop and the private seminar room at 20 %, the coffee break served on site at 10 %, a VAT
// summary; the booking deposit deducted on some, the booking's own number printed).
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines, vatSummary } from '../../lib/blind10.mjs';
import { maybeRelabel11 } from '../../lib/blind11.mjs';

const ROOMS = [['Le Trésor de la Manufacture d’armes', 60], ['Évasion du Puits Couriot', 60], ['Le Laboratoire du Professeur Jacquard', 75], ['Braquage au Crédit Stéphanois', 60], ['La Malédiction du Pilat', 90]];
const TEAMS = ['Direction des ressources humaines', 'Service de l’état civil', 'Direction des systèmes d’information', 'Médiathèques – équipe de Tarentaize', 'Service des sports', 'Direction de la communication'];

const escape = {
  name: 'k-escape-game-equipe',
  family: 'escape-game-team-building',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('k-escape-game-equipe', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['stripe', 'pennylane', 'hash', 'odoo'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'commandePublique', 'votreRefEj'], marketProb: 0.1, serviceProb: 0.6, dateStyles: ['slash', 'long', 'short'], rates: [[2000, 1000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.55, buyerSiretProb: 0.5 });
    const x = extraRng(inv, 'escape');
    renameSupplier(inv, x.pick(['Clé de Voûte Escape Game', 'L’Énigme Stéphanoise', 'Time Lock Saint-Étienne', 'Échappée Belle Loire']), x.pick(['SAS', 'SARL', 'SASU']));
    inv.supplier.ape = '9329Z';
    maybeRelabel11(inv, x);
    const day = addDays(inv.date, -x.int(1, 20));
    const price = x.int(22, 34) * 100;
    const teams = x.int(2, 5);
    const first = x.int(0, ROOMS.length - 1);
    const staff = x.pick(TEAMS);
    inv.event = { day, staff, booking: `RES-${day.y % 100}${String(day.m).padStart(2, '0')}-${x.digits(4)}`, quote: `DEV-${x.digits(5)}`, start: x.pick([9, 13, 14]) };
    inv.lines = Array.from({ length: teams }, (_, k) => {
      const [room, minutes] = ROOMS[(first + k) % ROOMS.length];
      const h = inv.event.start + Math.floor(k / 2) * 2;
      return { kind: 'game', label: `Salle « ${room} » (${minutes} min)`, slot: `${h} h ${k % 2 ? '15' : '00'}`, qty: x.int(4, 7), unit: price, rate: 2000 };
    });
    inv.lines.push({ kind: 'extra', label: 'Atelier de débriefing « cohésion et communication » animé par un game master', qty: 1, unit: x.int(180, 320) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ kind: 'extra', label: 'Privatisation de l’espace séminaire (demi-journée, vidéoprojecteur)', qty: 1, unit: x.int(150, 280) * 100, rate: 2000 });
    const players = inv.lines.filter((l) => l.kind === 'game').reduce((s, l) => s + l.qty, 0);
    inv.lines.push({ kind: 'food', label: x.pick(['Pause gourmande : boissons chaudes, jus de fruits et viennoiseries', 'Goûter d’équipe : boissons et pâtisseries servies sur place']), qty: players, unit: x.int(45, 85) * 10, rate: 1000 });
    inv.depositPct = x.pick([0, 0, 30, 50]);
    priceLines(inv, [2000, 1000]);
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const e = inv.event;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Code service Chorus'] });
    const accent = x.pick(['#6a1b9a', '#00838f', '#d84315', '#283593']);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}${l.slot ? `<div class="sub">Départ ${esc(l.slot)} – ${l.qty} joueurs</div>` : ''}</td><td class="r">${l.qty}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const summary = vatSummary(inv).map(([r, base, amount]) => `<tr><td>${rate(r)}</td><td class="r">${plainMoney(inv, base)}</td><td class="r">${plainMoney(inv, amount)}</td></tr>`).join('');
    const totals = [[x.pick(['Total HT', 'Sous-total HT']), inv.ht], [x.pick(['Total TVA', 'TVA']), inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.deposit]];
    if (inv.deposit) totals.push([`${x.pick(['Acompte versé à la réservation', 'Déjà réglé (acompte)', 'Acompte reçu'])} le ${date(inv, inv.previousDeposit, 'slash')}`, -inv.deposit], [x.pick(['Reste à payer', 'Net à payer', 'Solde dû']), inv.net, true]);
    const totalHtml = totals.map(([k, v, b]) => `<tr${b ? ' class="b"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('');
    const cards = [[x.pick(['Facture', 'N° de facture', 'Facture n°']), inv.number, true], [x.pick(['Date de facture', 'Date', 'Émise le']), date(inv, inv.date)], ['Réservation', e.booking], [x.pick(['Date de l’activité', 'Séance du']), date(inv, e.day, 'slash')]];
    const refHtml = refs.length ? `<div class="refs">${refs.map(([k, v]) => `<span>${esc(k)} <b>${esc(v)}</b></span>`).join('')}</div>` : '';
    const me = supplierTexts(inv, x);
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.6pt; }
      .band { background: ${accent}; color: #fff; padding: 5mm 6mm; display: flex; justify-content: space-between; align-items: center; } .band .n { font-size: 17pt; font-weight: bold; } .band .t { font-size: 8pt; opacity: 0.9; }
      .band .doc { font-size: 20pt; font-weight: bold; letter-spacing: 2px; }
      .cards { display: flex; gap: 3mm; margin: 5mm 0; } .card { flex: 1; border: 1px solid #ddd; border-radius: 2mm; padding: 2mm 3mm; } .card .k { font-size: 7pt; color: #777; text-transform: uppercase; } .card .v { font-weight: bold; font-size: 9.5pt; }
      .parties { display: flex; justify-content: space-between; } .parties > div { width: 48%; } .k2 { font-size: 7.2pt; color: #777; text-transform: uppercase; margin-bottom: 1mm; }
      .refs { margin: 4mm 0; padding: 2mm 3mm; background: #f5f5f5; } .refs span { margin-right: 8mm; }
      .items { margin-top: 3mm; } .items th { text-align: left; border-bottom: 2px solid ${accent}; padding: 4px; font-size: 7.8pt; } .items td { padding: 4px; border-bottom: 1px solid #eee; vertical-align: top; } .sub { font-size: 7.4pt; color: #666; }
      .bottom { display: flex; justify-content: space-between; margin-top: 5mm; } .vat { width: 75mm; } .vat td, .vat th { border: 1px solid #ccc; padding: 2px 4px; font-size: 7.8pt; } .tot { width: 88mm; } .tot td { padding: 2px 4px; } .tot .b td { font-weight: bold; font-size: 10.5pt; color: ${accent}; border-top: 1.5px solid ${accent}; }
      .foot { margin-top: 10mm; font-size: 6.8pt; color: #666; text-align: center; border-top: 1px solid #ddd; padding-top: 2mm; }`,
    `<div class="band"><div><div class="n">${esc(s.name)}</div><div class="t">Escape games – team building – séminaires</div></div><div class="doc">${x.pick(['FACTURE', 'Facture'])}</div></div>
     <div class="cards">${cards.map(([k, v]) => `<div class="card"><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></div>`).join('')}</div>
     <div class="parties"><div><div class="k2">${esc(x.pick(['Émetteur', 'De']))}</div>${htmlLines(me)}</div><div><div class="k2">${esc(x.pick(['Facturé à', 'Client', 'Destinataire']))}</div>${htmlLines(buyerTexts(inv, x))}</div></div>
     ${refHtml}
     <p><b>${esc(x.pick(['Objet', 'Prestation']))} :</b> demi-journée de cohésion d’équipe – ${esc(e.staff)} – le ${date(inv, e.day, 'long')}, selon devis ${esc(e.quote)} accepté.</p>
     <table class="items"><tr><th>Désignation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>${rows}</table>
     <div class="bottom"><table class="vat"><tr><th>Taux</th><th class="r">Base HT</th><th class="r">TVA</th></tr>${summary}</table><table class="tot">${totalHtml}</table></div>
     <p class="sub">TVA 10 % : denrées et boissons sans alcool servies sur place ; TVA 20 % : jeux et animations.</p>
     <p>${esc(paymentText(inv))}</p><p class="sub">Échéance : ${date(inv, inv.due, 'slash')}. ${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}<br>${esc(s.web)}</div>`);
  },
};

export default [escape];

// A blind-12 layout written as HTML and printed by Chromium (see ../../README.md): a hot-air balloon company's invoice
// for the city's balloon festival (tethered flights for the public by session, the night glow, passenger flights for
// the contest's winners at 10 % as passenger transport beside the shows at 20 %, a VAT summary; the pilots' travel and
// the retrieval crew; the booking deposit deducted on some). The invoice is dated after the place, as a letter is.
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines, vatSummary } from '../../lib/blind10.mjs';
import { maybeRelabel12, placeAndDate } from '../../lib/blind12.mjs';

const FESTIVALS = ['Fête des Lumières du Parc de l’Europe', 'Festival « Ciel en fête » – plaine de la Métare', 'Fête du quartier de la Cotonne', 'Week-end des familles – parc de Montaud', 'Journées du patrimoine – site du Puits Couriot'];
const BALLOONS = ['F-GSTE (4 000 m³)', 'F-HBLO (3 400 m³)', 'F-GLRE (5 000 m³)', 'F-HPIL (3 000 m³)', 'F-GFOR (4 250 m³)'];

const montgolfieres = {
  name: 'j-montgolfieres-fete',
  family: 'hot-air-balloon-festival',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('j-montgolfieres-fete', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'year2', 'micro'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'commandePublique'], marketProb: 0.15, serviceProb: 0.6, dateStyles: ['long'], rates: [[2000, 1000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5, buyerSiretProb: 0.5 });
    const x = extraRng(inv, 'balloons');
    renameSupplier(inv, x.pick(['Ballons du Forez', 'Aérostat Loire Évasion', 'Montgolfières des Monts du Lyonnais', 'Air Pilat Ballons']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '5110Z';
    maybeRelabel12(inv, x);
    const start = { y: inv.date.y, m: x.int(5, 9), d: x.int(1, 26) };
    const days = x.int(1, 3);
    inv.date = addDays(start, days + x.int(4, 25));
    inv.due = addDays(inv.date, x.pick([30, 30, 45]));
    const balloons = x.int(2, 4);
    inv.festival = { name: x.pick(FESTIVALS), start, end: addDays(start, days - 1), days, balloons: Array.from({ length: balloons }, (_, k) => BALLOONS[(i + k) % BALLOONS.length]), operator: `FR.BOP.${x.digits(4)}` };
    const sessions = days * x.int(2, 4);
    inv.lines = [
      { label: `Vols captifs pour le public (ballon retenu au sol, 4 à 6 personnes par ascension) – ${balloons} ballons`, unitName: 'séance', qty: sessions, unit: x.int(45, 80) * 1000, rate: 2000 },
      { label: 'Night glow : gonflage nocturne et illumination des ballons en musique', unitName: 'soirée', qty: x.int(1, days), unit: x.int(60, 120) * 1000, rate: 2000 },
      { label: 'Vols libres des gagnants du concours (transport de passagers, environ 1 h de vol)', unitName: 'passager', qty: x.int(2, 8), unit: x.int(190, 260) * 100, rate: 1000 },
      { label: 'Équipes de récupération au sol (véhicule et remorque par ballon)', unitName: 'jour', qty: days * balloons, unit: x.int(120, 220) * 100, rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: `Déplacement des pilotes (${x.int(80, 320)} km aller-retour, péages)`, unitName: 'forfait', qty: 1, unit: x.int(250, 600) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Hébergement des équipages (nuitées)', unitName: 'nuitée', qty: x.int(2, 8), unit: x.int(75, 110) * 100, rate: 1000 });
    inv.depositPct = x.pick([0, 0, 30, 30]);
    inv.previousDeposit = addDays(start, -x.int(20, 60));
    return priceLines(inv, [2000, 1000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const f = inv.festival;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service événementiel'] });
    const accent = x.pick(['#c62828', '#1565c0', '#ef6c00', '#2e7d32']);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${l.qty} ${esc(l.unitName)}${l.qty > 1 && !l.unitName.endsWith('s') ? 's' : ''}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const summary = vatSummary(inv).map(([r, base, amount]) => `<tr><td>${rate(r)}</td><td class="r">${plainMoney(inv, base)}</td><td class="r">${plainMoney(inv, amount)}</td></tr>`).join('');
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['Total TVA', 'TVA']), inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.deposit]];
    if (inv.deposit) totals.push([`${x.pick(['Acompte versé à la réservation', 'Acompte reçu'])} (${inv.depositPct} %) le ${date(inv, inv.previousDeposit, 'slash')}`, -inv.deposit], [x.pick(['Reste à payer', 'Net à payer', 'Solde à régler']), inv.net, true]);
    const totalHtml = totals.map(([k, v, b]) => `<tr${b ? ' class="b"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('');
    const when = f.days > 1 ? `du ${date(inv, f.start, 'slash')} au ${date(inv, f.end, 'slash')}` : `le ${date(inv, f.start, 'slash')}`;
    const numberFirst = x.chance(0.5);
    const numberHtml = `<div class="num">${esc(x.pick(['Facture n°', 'FACTURE N°', 'Facture']))} <b>${esc(inv.number)}</b></div>`;
    const refHtml = refs.length ? `<table class="refs">${refs.map(([k, v]) => `<tr><td>${esc(k)}</td><td><b>${esc(v)}</b></td></tr>`).join('')}</table>` : '';
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.7pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 3px solid ${accent}; padding-bottom: 3mm; } .brand { font-size: 16pt; font-weight: bold; color: ${accent}; } .sub { font-size: 7.4pt; color: #666; }
      .place { text-align: right; margin: 4mm 0 1mm; } .num { font-size: 12pt; margin: 2mm 0; } .buyer { margin: 4mm 0 0 95mm; }
      .refs { width: auto; margin: 3mm 0; } .refs td { padding: 1px 8mm 1px 0; }
      .items th { text-align: left; background: ${accent}; color: #fff; padding: 4px; font-size: 7.8pt; } .items td { padding: 4px; border-bottom: 1px solid #ddd; vertical-align: top; }
      .bottom { display: flex; justify-content: space-between; margin-top: 5mm; } .vat { width: 70mm; } .vat td, .vat th { border: 1px solid #ccc; padding: 2px 4px; font-size: 7.8pt; } .tot { width: 92mm; } .tot td { padding: 2px 4px; } .tot .b td { font-weight: bold; font-size: 10.5pt; border-top: 1.5px solid #333; }
      .foot { margin-top: 10mm; font-size: 6.8pt; color: #666; text-align: center; border-top: 1px solid #ddd; padding-top: 2mm; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="sub">Vols en montgolfière – animations aérostatiques – événements</div>${htmlLines(supplierTexts(inv, x).slice(1))}<div class="sub">Déclaration d’exploitant Part-BOP n° ${esc(f.operator)}</div></div><div class="sub" style="text-align:right">Ballons engagés :<br>${f.balloons.map(esc).join('<br>')}</div></div>
     ${numberFirst ? numberHtml : ''}
     <div class="place">${esc(placeAndDate(inv))}</div>
     ${numberFirst ? '' : numberHtml}
     <div class="buyer">${htmlLines(buyerTexts(inv, x))}</div>
     ${refHtml}
     <p><b>${esc(x.pick(['Objet', 'Prestation']))} :</b> présence de ${f.balloons.length} montgolfières à la manifestation « ${esc(f.name)} » ${when}, selon contrat de prestation accepté.</p>
     <table class="items"><tr><th>Désignation</th><th class="r">Quantité</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>${rows}</table>
     <div class="bottom"><table class="vat"><tr><th>Taux</th><th class="r">Base HT</th><th class="r">TVA</th></tr>${summary}</table><table class="tot">${totalHtml}</table></div>
     <p class="sub">Vols soumis aux conditions météorologiques : une séance annulée pour vent ou pluie n’est pas facturée. TVA 10 % : transport de passagers et hébergement ; TVA 20 % : animations.</p>
     <p>${esc(paymentText(inv))}</p><p class="sub">Échéance : ${date(inv, inv.due, 'slash')}. ${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}<br>${esc(s.web)}</div>`);
  },
};

export default [montgolfieres];

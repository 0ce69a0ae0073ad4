// Blind-9 layouts written as HTML and printed by Chromium (see ../../README.md): an acoustics consultancy's invoice
// for a noise study (the measurement points and their levels printed for information, the fees by task; the
// invoice's identity in a sidebar on either side), and a vehicle-pound operator's monthly statement of the removals
// ordered by the municipal police that fall to the city (one row per vehicle: removal order, plate, category,
// storage days, expert's fee), printed in landscape.
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, recompute } from '../../lib/invoice.mjs';
import { renameSupplier, spacedSiret, sum } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { maybeRelabel, monthBefore, monthName, plate, refsLine, withUnit } from '../../lib/blind9.mjs';

const totalsHtml = (inv, rows) => rows.map(([k, v, b]) => `<tr${b ? ' class="b"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('');

// ——— 1. Acoustics consultancy: a noise study, measurement points for information, fees by task. ———
const STUDIES = [
  ['Étude de l’impact des nuisances sonores (EINS) – lieu diffusant de la musique amplifiée', 'Salle des fêtes de Montaud', true],
  ['Mesures de bruit de voisinage à la suite de plaintes de riverains', 'Place Jean Jaurès – terrasses et kiosque', false],
  ['Diagnostic acoustique – temps de réverbération et bruit de fond', 'Restaurant scolaire de l’école Jules Ferry', false],
  ['Mesures d’isolement acoustique après travaux (réception)', 'Crèche municipale Les Lucioles', false],
  ['Étude acoustique – pompes à chaleur en toiture', 'Gymnase du Portail Rouge', true],
  ['Étude d’impact acoustique – salle de répétition des musiques actuelles', 'Le Fil – studios de répétition', true],
];
const POINTS = ['Façade du riverain le plus proche (1er étage)', 'Limite de propriété nord', 'Intérieur logement voisin – chambre, fenêtre fermée', 'Salle – face à la scène', 'Salle – fond de salle', 'Cour intérieure', 'Trottoir opposé, à 2 m de la façade', 'Toiture – à 1 m des unités extérieures'];
const acoustique = {
  name: 'z-etude-acoustique',
  family: 'acoustic-study-measurement-points',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('z-etude-acoustique', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'hash', 'odoo'], engagementLabels: ['engagementJuridique', 'ej', 'engagement', 'referenceEngagement', 'votreRefEj'], marketProb: 0.35, serviceProb: 0.6, dateStyles: ['long', 'slash', 'short'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'acoustics');
    renameSupplier(inv, x.pick(['Acoustique et Vibrations Conseil', 'Écho Ingénierie Acoustique', 'Bureau d’études Sonora', 'Décibel Études Loire']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7112B';
    maybeRelabel(inv, x);
    const [study, site, amplified] = x.pick(STUDIES);
    const nights = x.int(1, 3);
    const first = x.int(0, POINTS.length - 1);
    inv.study = {
      study, site, amplified, file: `AC${inv.date.y % 100}-${x.digits(3)}`, measured: addDays(inv.date, -x.int(10, 40)), nights,
      points: Array.from({ length: x.int(3, 6) }, (_, k) => {
        const night = x.chance(0.5);
        return { id: `P${k + 1}`, place: POINTS[(first + k) % POINTS.length], period: night ? 'Nuit (22 h – 7 h)' : 'Jour (7 h – 22 h)', laeq: frNumber(x.int(320, 785) / 10, 1), emergence: x.chance(0.6) ? `+${frNumber(x.int(5, 95) / 10, 1)}` : '—' };
      }),
    };
    const points = inv.study.points.length;
    inv.lines = [
      { label: 'Visite préalable, définition des points de mesure', qty: 1, unit: x.int(350, 600) * 100, rate: 2000, unitName: 'forfait' },
      { label: 'Campagne de mesures in situ – ingénieur acousticien', qty: x.pick([1, 1.5, 2]), unit: x.int(75, 110) * 1000, rate: 2000, unitName: 'jour' },
      { label: 'Sonomètres intégrateurs classe 1 – pose et enregistrement (par point et par 24 h)', qty: points * nights, unit: x.int(60, 120) * 100, rate: 2000, unitName: 'u' },
      { label: 'Exploitation des enregistrements et rapport d’étude', qty: 1, unit: x.int(80, 160) * 1000, rate: 2000, unitName: 'forfait' },
    ];
    if (amplified && x.chance(0.6)) inv.lines.push({ label: 'Réglage et plombage du limiteur de pression acoustique', qty: 1, unit: x.int(250, 450) * 100, rate: 2000, unitName: 'forfait' });
    if (x.chance(0.5)) inv.lines.push({ label: 'Réunion de restitution en mairie', qty: 1, unit: x.int(300, 550) * 100, rate: 2000, unitName: 'forfait' });
    inv.lines.forEach((l) => { l.total = Math.round(l.qty * l.unit); });
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const st = inv.study;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Code service Chorus'] });
    const accent = x.pick(['#00695c', '#283593', '#6d4c41']);
    const sideLeft = x.chance(0.5);
    const meta = [[x.pick(['Facture n°', 'N° de facture', 'Facture']), inv.number], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Dossier', st.file], [x.pick(['Échéance', 'À régler avant le']), date(inv, inv.due, 'slash')]];
    const side = `<div class="side"><div class="logo">${esc(s.name)}</div><div class="small">Ingénierie acoustique – mesures – études d’impact</div>${htmlLines(supplierTexts(inv, x).slice(1))}
      <div class="box">${meta.map(([k, v], n) => `<div class="k">${esc(k)}</div><div class="${n === 0 ? 'v big' : 'v'}">${esc(v)}</div>`).join('')}</div>
      ${refs.length ? `<div class="box">${refs.map(([k, v]) => `<div class="k">${esc(k)}</div><div class="v">${esc(v)}</div>`).join('')}</div>` : ''}</div>`;
    const points = st.points.map((pt) => `<tr><td>${pt.id}</td><td>${esc(pt.place)}</td><td>${esc(pt.period)}</td><td class="r">${pt.laeq}</td><td class="r">${pt.emergence}</td></tr>`).join('');
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${withUnit(l.qty, l.unitName)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const main = `<div class="main"><div class="to"><div class="k">${esc(x.pick(['Destinataire', 'Maître d’ouvrage', 'Client']))}</div>${htmlLines(buyerTexts(inv, x))}</div>
      <h1>${esc(x.pick(['FACTURE', 'Facture', 'Note d’honoraires – facture']))}</h1>
      <p><b>Objet :</b> ${esc(st.study)} – ${esc(st.site)}. Mesures réalisées à partir du ${date(inv, st.measured, 'slash')} sur ${st.nights} période${st.nights > 1 ? 's' : ''} de 24 h.</p>
      <table class="items"><tr><th>Prestation</th><th class="r">Quantité</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>${rows}</table>
      <table class="tot">${totalsHtml(inv, dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Montant TTC', 'Net à payer']) }))}</table>
      <p class="small"><b>Niveaux relevés (pour information – détail dans le rapport n° ${esc(st.file)}-R1)</b></p>
      <table class="pts"><tr><th>Point</th><th>Emplacement</th><th>Période</th><th class="r">LAeq dB(A)</th><th class="r">Émergence dB(A)</th></tr>${points}</table>
      <p>${esc(paymentText(inv))}</p><p class="small">${esc(LATE_FEES)}</p></div>`;
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.6pt; } .wrap { display: flex; gap: 6mm; } .side { width: 55mm; flex: none; border-${sideLeft ? 'right' : 'left'}: 2px solid ${accent}; padding-${sideLeft ? 'right' : 'left'}: 4mm; }
      .main { flex: 1; } .logo { font-size: 12.5pt; font-weight: bold; color: ${accent}; } .small { font-size: 7.4pt; color: #555; } .box { margin-top: 5mm; } .k { font-size: 7pt; color: #777; text-transform: uppercase; margin-top: 1.5mm; } .v { font-weight: bold; } .big { font-size: 11pt; }
      .to { margin: 0 0 6mm auto; width: 78mm; border: 1px solid #bbb; padding: 3mm; } h1 { color: ${accent}; font-size: 16pt; margin: 0 0 2mm; } .items th, .pts th { text-align: left; border-bottom: 1.5px solid ${accent}; padding: 3px; font-size: 7.8pt; } .items th.r, .pts th.r { text-align: right; }
      .items td { padding: 3px; border-bottom: 1px solid #e4e4e4; } .pts td { padding: 2px 3px; font-size: 7.6pt; color: #333; } .tot { width: 72mm; margin: 3mm 0 4mm auto; } .tot td { padding: 2px 3px; } .tot .b td { font-weight: bold; border-top: 1.5px solid ${accent}; }
      .foot { margin-top: 6mm; font-size: 6.8pt; color: #555; text-align: center; }`,
    `<div class="wrap">${sideLeft ? side + main : main + side}</div><div class="foot">${esc(legalLine(inv))}</div>`);
  },
};

// ——— 2. Vehicle pound: the month's removals ordered by the municipal police that fall to the city. ———
const VEHICLES = [['Renault Clio', 'VP'], ['Peugeot 208', 'VP'], ['Citroën C3', 'VP'], ['Volkswagen Golf', 'VP'], ['Renault Kangoo', 'VU'], ['Dacia Sandero', 'VP'], ['Ford Fiesta', 'VP'], ['Yamaha MT-07', '2RM'], ['Piaggio Vespa', '2RM'], ['Peugeot 307', 'VP'], ['Fiat Ducato', 'VU'], ['Toyota Yaris', 'VP']];
const REASONS = [['Véhicule épave – remis à la destruction', true], ['Véhicule non réclamé – remis à la destruction', true], ['Dégagement de voie – manifestation', false], ['Déplacement – travaux de voirie', false], ['Stationnement gênant – jour de marché', false], ['Véhicule abandonné – propriétaire insolvable', true]];
const fourriere = {
  name: 'z-fourriere-vehicules',
  family: 'vehicle-pound-removals-statement',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('z-fourriere-vehicules', i, { cityProb: 0.75, engagementProb: 0.7, trades: ['services'], numbers: ['compact', 'dolibarr', 'ciel', 'slash'], engagementLabels: ['bonDeCommande', 'ej', 'engagementJuridique', 'commande', 'bdc'], marketProb: 0.55, serviceProb: 0.6, dateStyles: ['slash', 'dots', 'dash'], rates: [[2000]], groups: ['space', 'none', 'dot'], lines: [1, 1], rcsProb: 0.5, buyerSiretProb: 0.5 });
    const x = extraRng(inv, 'pound');
    renameSupplier(inv, x.pick(['Dépannage Remorquage Stéphanois', 'Fourrière Forez Dépannage', 'Garage Central Remorquage', 'SOS Dépannage Loire']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '5221Z';
    maybeRelabel(inv, x, 0.3);
    const month = monthBefore(inv.date);
    inv.month = month;
    const removal = { VP: x.int(118, 150) * 100, VU: x.int(150, 190) * 100, '2RM': x.int(45, 60) * 100 };
    const storage = { VP: x.int(60, 100) * 10, VU: x.int(90, 130) * 10, '2RM': x.int(30, 50) * 10 };
    const expert = x.int(61, 95) * 100;
    const pre = x.int(15, 25) * 100;
    inv.lines = Array.from({ length: x.int(4, 11) }, () => {
      const [model, cat] = x.pick(VEHICLES);
      const [reason, kept] = x.pick(REASONS);
      const days = kept ? x.int(10, 45) : 0;
      const row = { day: { ...month, d: x.int(1, 28) }, order: `OE ${month.y % 100}-${x.digits(4)}`, plate: plate(x), model, cat, reason, days, removal: removal[cat], preliminary: x.chance(0.25) ? pre : 0, storage: days * storage[cat], dailyRate: storage[cat], expert: kept ? expert : 0, rate: 2000, qty: 1 };
      row.total = row.removal + row.preliminary + row.storage + row.expert;
      row.unit = row.total;
      row.label = `${model} ${row.plate}`;
      return row;
    }).sort((a, b) => a.day.d - b.day.d);
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de fourrière n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service destinataire'] });
    const accent = x.pick(['#d84315', '#1565c0', '#424242']);
    const cents = (c) => (c ? plainMoney(inv, c) : '–');
    const rows = inv.lines.map((l) => `<tr><td>${date(inv, l.day, 'slash')}</td><td>${esc(l.order)}</td><td class="mono">${esc(l.plate)}</td><td>${esc(l.model)}</td><td>${l.cat}</td><td>${esc(l.reason)}</td><td class="r">${cents(l.removal)}</td><td class="r">${cents(l.preliminary)}</td><td class="r">${l.days ? `${l.days} j × ${plainMoney(inv, l.dailyRate)} = ${plainMoney(inv, l.storage)}` : '–'}</td><td class="r">${cents(l.expert)}</td><td class="r"><b>${plainMoney(inv, l.total)}</b></td></tr>`).join('');
    const b = inv.buyer;
    const idCells = [[x.pick(['Facture n°', 'N° facture', 'Numéro de facture']), inv.number], [x.pick(['Date', 'Date de facture', 'Établie le']), date(inv, inv.date)], ['Période', monthName(inv.month)], ['Compte client', inv.clientCode]];
    const refLine = refs.length ? `<div class="refs">${esc(x.pick(['Vos références :', 'Références :', 'Rappel :']))} ${esc(refsLine(refs, ' – '))}</div>` : '';
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.2pt; } .head { display: flex; justify-content: space-between; border-bottom: 2.5px solid ${accent}; padding-bottom: 2mm; }
      .name { font-size: 14pt; font-weight: bold; color: ${accent}; } .small { font-size: 7.2pt; color: #555; } .ids { display: flex; gap: 2mm; margin-top: 3mm; } .ids div { border: 1px solid #999; padding: 1.5mm 3mm; white-space: nowrap; } .ids .k { font-size: 6.8pt; color: #666; display: block; border: 0; padding: 0; }
      .row { display: flex; justify-content: space-between; align-items: flex-start; margin-top: 3mm; } .to { width: 85mm; border-left: 3px solid ${accent}; padding-left: 3mm; } .refs { margin-top: 3mm; font-weight: bold; }
      .items { margin-top: 3mm; } .items th { background: ${accent}; color: #fff; padding: 3px; font-size: 7.4pt; text-align: left; } .items th.r { text-align: right; } .items td { padding: 2.5px 3px; border-bottom: 1px solid #ddd; } .mono { font-family: 'Liberation Mono'; }
      .tot { width: 90mm; margin: 3mm 0 0 auto; } .tot td { padding: 2px 3px; } .tot .b td { font-weight: bold; border-top: 1.5px solid #333; }`,
    `<div class="head"><div><div class="name">${esc(s.name)}</div><div class="small">Dépannage – remorquage – gardien de fourrière agréé par arrêté préfectoral</div><div class="small">${esc(supplierTexts(inv, x).slice(1).join(' – '))}</div></div>
      <div style="text-align:right"><div style="font-size:15pt;font-weight:bold">${esc(x.pick(['FACTURE', 'FACTURE – RELEVÉ MENSUEL', 'Facture mensuelle']))}</div><div class="ids">${idCells.map(([k, v]) => `<div><span class="k">${esc(k)}</span>${esc(v)}</div>`).join('')}</div></div></div>
    <div class="row"><div style="width:150mm">Enlèvements effectués à la demande de la police municipale en ${esc(monthName(inv.month))}, frais restant à la charge de la collectivité (véhicules non réclamés, remis à la destruction, ou déplacés pour les besoins du service).${refLine}</div>
      <div class="to"><div class="small">${esc(x.pick(['Facturé à', 'Client', 'Destinataire']))}</div><div><b>${esc(b.name)}</b></div>${b.lines.map((t) => `<div>${esc(t)}</div>`).join('')}${inv.print.buyerSiret ? `<div>SIRET ${spacedSiret(x, b.siret)}</div>` : ''}</div></div>
    <table class="items"><tr><th>Date</th><th>Ordre d’enlèvement</th><th>Immatriculation</th><th>Véhicule</th><th>Cat.</th><th>Motif</th><th class="r">Enlèvement</th><th class="r">Op. préalables</th><th class="r">Garde journalière</th><th class="r">Expertise</th><th class="r">Total HT</th></tr>${rows}
      <tr><td colspan="10"><b>${inv.lines.length} véhicules</b></td><td class="r"><b>${plainMoney(inv, sum(inv.lines, 'total'))}</b></td></tr></table>
    <div class="row"><div style="width:160mm" class="small">${esc(paymentText(inv))}<br>Tarifs maximaux fixés par l’arrêté interministériel relatif aux tarifs des fourrières automobiles. ${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>
      <table class="tot">${totalsHtml(inv, dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Net à payer TTC', 'Montant à régler']) }))}</table></div>`, '10mm 12mm 12mm 12mm').replace('size: A4;', 'size: A4 landscape;');
  },
};

export default [acoustique, fourriere];

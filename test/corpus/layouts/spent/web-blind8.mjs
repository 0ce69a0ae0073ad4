// Blind-8 layouts written as HTML and printed by Chromium (see ../../README.md): a bell-founder's maintenance visit
// to the city's churches (one section per church: its bells with name, note and weight, the clock and the lightning
// conductor; repairs added to the annual visit), and a wage-portage company's invoice for a festival sound engineer
// (the company invoices the days its ported employee worked, with mission expenses; the engineer is named, the
// company's identifiers are the ones printed).
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, recompute } from '../../lib/invoice.mjs';
import { renameSupplier, spacedSiret, sum } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs, relabelEngagement } from '../../lib/blind8.mjs';

const totalsHtml = (inv, rows) => rows.map(([k, v, b]) => `<tr${b ? ' class="b"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('');
const plainLines = (texts) => texts.map((t) => `<div>${esc(t)}</div>`).join('');
const refsDivs = (pairs) => pairs.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');

// ——— 1. Bell-founder: the annual visit of the churches' bells, clocks and lightning conductors. ———
const CHURCHES = ['Église Saint-Charles', 'Église Notre-Dame', 'Église Sainte-Marie', 'Église Saint-Roch', 'Église Saint-Louis', 'Église de Valbenoîte', 'Église Saint-Ennemond', 'Église de Terrenoire'];
const BELL_NAMES = ['Marie', 'Joséphine', 'Jeanne', 'Claudine', 'Étienne', 'Benoîte', 'Françoise'];
const NOTES = ['Do', 'Ré', 'Mi', 'Fa', 'Sol', 'La', 'Si'];
const REPAIRS = [['Remplacement du battant de la cloche n° 2 (forgé, avec suspension cuir)', 68000, 145000], ['Remplacement du moteur de volée (moteur asynchrone 0,75 kW)', 95000, 160000], ['Remplacement de la carte de programmation (angélus, sonneries)', 42000, 78000], ['Révision du tintement électro-marteau', 18000, 36000], ['Mesure de la prise de terre du paratonnerre et rapport (NF C 17-102)', 16000, 28000], ['Remplacement du joug bois de la cloche n° 1', 160000, 260000]];
const campaniste = {
  name: 'y-campaniste-eglises',
  family: 'church-bells-maintenance',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('y-campaniste-eglises', i, { cityProb: 0.8, engagementProb: 0.7, trades: ['btp', 'services'], numbers: ['plain', 'ebp', 'sage', 'year2'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande', 'numeroEj'], marketProb: 0.5, serviceProb: 0.6, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 3], rcsProb: 0.6 });
    const x = extraRng(inv, 'bells');
    renameSupplier(inv, x.pick(['Art Campanaire Rhône-Forez', 'Horlogerie Monumentale Vial', 'Cloches et Beffrois du Centre', 'Campaniste Chomat et Fils']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '3312Z';
    if (x.chance(0.3)) relabelEngagement(inv, x, ['Bon de commande', 'Engagement n°', 'N° EJ Chorus']);
    const first = x.int(0, CHURCHES.length - 1);
    inv.contract = `CE-${x.int(1990, 2020)}-${x.digits(3)}`;
    inv.visit = addDays(inv.date, -x.int(3, 25));
    inv.churches = inv.lines.map((l, k) => ({
      name: CHURCHES[(first + k) % CHURCHES.length],
      bells: Array.from({ length: x.int(1, 4) }, (_, n) => ({ name: BELL_NAMES[(first + k + n) % BELL_NAMES.length], note: NOTES[x.int(0, 6)], kg: x.int(12, 260) * 10, year: x.int(1820, 1960) })),
      clock: x.chance(0.7), rod: x.chance(0.6),
    }));
    const perBell = x.int(9000, 16000);
    const clock = x.int(7000, 12000);
    const rod = x.int(6000, 11000);
    inv.lines = [];
    for (const c of inv.churches) {
      const unit = c.bells.length * perBell + (c.clock ? clock : 0) + (c.rod ? rod : 0);
      const parts = [`${c.bells.length} cloche${c.bells.length > 1 ? 's' : ''}`, c.clock ? 'horloge' : null, c.rod ? 'paratonnerre' : null].filter(Boolean).join(', ');
      inv.lines.push({ church: c.name, label: `Visite annuelle d’entretien (${parts})`, qty: 1, unit, rate: 2000, total: unit });
      if (x.chance(0.35)) {
        const [label, lo, hi] = x.pick(REPAIRS);
        const price = x.int(lo, hi);
        inv.lines.push({ church: c.name, label, qty: 1, unit: price, rate: 2000, total: price, repair: true });
      }
    }
    if (x.chance(0.5)) {
      const travel = x.int(5000, 12000);
      inv.lines.push({ church: null, label: 'Déplacement et nacelle (forfait)', qty: 1, unit: travel, rate: 2000, total: travel });
    }
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x);
    const accent = x.pick(['#5d4037', '#1a237e', '#37474f']);
    const sections = inv.churches.map((c) => {
      const bells = c.bells.map((b, n) => `<tr class="bell"><td>Cloche n° ${n + 1} « ${esc(b.name)} » – ${b.note}, ${frNumber(b.kg)} kg, fondue en ${b.year}</td><td></td><td></td></tr>`).join('');
      const lines = inv.lines.filter((l) => l.church === c.name).map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
      return `<tr class="church"><td colspan="3">${esc(c.name)}</td></tr>${bells}${lines}`;
    }).join('');
    const general = inv.lines.filter((l) => !l.church).map((l) => `<tr class="church"><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const meta = [[x.pick(['Facture N°', 'N° de facture']), inv.number], [x.pick(['Date', 'Date de facture']), date(inv, inv.date)], ['N° client', inv.clientCode], ['Échéance', date(inv, inv.due, 'slash')]];
    const metaHtml = meta.map(([k, v]) => `<tr><td>${esc(k)}</td><td><b>${esc(v)}</b></td></tr>`).join('');
    const rows = dueRows(inv, { ttc: x.pick(['Total TTC', 'Net à payer']) });
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.8pt; } .band { background: ${accent}; color: #fff; padding: 4mm 5mm; display: flex; justify-content: space-between; align-items: flex-end; }
      .band h1 { margin: 0; font-size: 15pt; letter-spacing: 1px; } .band .sub { font-size: 7.5pt; } .grid { display: flex; justify-content: space-between; margin-top: 5mm; } .meta td { padding: 1.5px 6px 1.5px 0; }
      .win { width: 82mm; border: 1px solid #aaa; padding: 3mm; } .lbl { font-size: 7pt; color: #666; } .chips { margin-top: 4mm; display: flex; gap: 6mm; font-size: 8.5pt; }
      .items { margin-top: 5mm; } .items th { border-bottom: 1.5px solid ${accent}; text-align: left; padding: 3px; font-size: 8pt; } .items td { padding: 2.5px 3px; } .items th.r { text-align: right; } .items .church td { font-weight: bold; border-top: 1px solid #ccc; padding-top: 4px; }
      .items .bell td { font-size: 7.5pt; color: #555; padding-left: 5mm; } .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 2px 3px; } .tot .b td { font-weight: bold; border-top: 1.5px solid ${accent}; }`,
    `<div class="band"><div><h1>${esc(s.name)}</h1><div class="sub">${esc(x.pick(['Campaniste – horloger monumental – paratonnerres', 'Cloches, horloges d’édifice, paratonnerres']))}</div></div><div style="font-size:16pt"><b>${esc(x.pick(['FACTURE', 'Facture']))}</b></div></div>
    <div class="grid"><div>${plainLines(supplierTexts(inv, x).slice(1))}<table class="meta" style="margin-top:3mm">${metaHtml}</table></div>
      <div class="win"><div class="lbl">${esc(x.pick(['Destinataire', 'Client', 'Adresse de facturation']))}</div>${htmlLines(buyerTexts(inv, x))}</div></div>
    <div class="chips">${refsDivs(refs)}</div>
    <p>Contrat d’entretien n° ${esc(inv.contract)} – visite annuelle réalisée le ${date(inv, inv.visit, 'slash')} : contrôle des cloches, des battants et des jougs, graissage des paliers, essai des sonneries et de l’angélus, mise à l’heure des horloges.</p>
    <table class="items"><tr><th>Édifice / prestation</th><th class="r">Qté</th><th class="r">Montant HT</th></tr>${sections}${general}</table>
    <table class="tot">${totalsHtml(inv, rows)}</table>
    <p>${esc(paymentText(inv))}</p><p style="font-size:7pt;color:#555">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</p>`);
  },
};

// ——— 2. Wage portage: a festival sound engineer's days, invoiced by the portage company. ———
const ENGINEERS = [['M. Julien Faure', 'ingénieur du son façade'], ['Mme Claire Besson', 'régisseuse son'], ['M. Nicolas Perret', 'ingénieur du son retours'], ['Mme Inès Bouchet', 'ingénieure du son'], ['M. Hugo Mallet', 'technicien son et régie plateau']];
const FESTIVALS = ['Festival des Arts de la Rue – place Jean Jaurès', 'Fête de la musique – scène de l’Hôtel de Ville', 'Festival Paroles et Musiques – Parc de l’Europe', 'Concerts du 14 juillet – Jardin des Plantes', 'Nuits de la Biennale – Cité du design'];
const portage = {
  name: 'y-portage-ingenieur-son',
  family: 'wage-portage-sound-engineer',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('y-portage-ingenieur-son', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['hash', 'odoo', 'pennylane', 'stripe'], engagementLabels: ['engagement', 'ej', 'votreCommandeEngagement', 'poBonDeCommande', 'engagementChorus'], marketProb: 0.2, serviceProb: 0.7, dateStyles: ['slash', 'long', 'iso'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.8, buyerSiretProb: 0.7 });
    const x = extraRng(inv, 'portage');
    renameSupplier(inv, x.pick(['Horizon Portage Salarial', 'Indépendance Portage Loire', 'Cap Portage Auvergne-Rhône-Alpes', 'Artémis Portage']), 'SAS');
    inv.supplier.ape = '7830Z';
    const [person, job] = x.pick(ENGINEERS);
    const start = addDays(inv.date, -x.int(8, 30));
    const showDays = x.int(1, 3);
    inv.mission = { person, job, festival: x.pick(FESTIVALS), start, end: addDays(start, showDays + 1), contract: `CPC-${x.digits(6)}`, guarantee: x.pick(['Allianz', 'Atradius', 'la Caisse d’Épargne']) };
    const daily = x.int(28, 48) * 1000;
    const km = x.int(20, 340);
    inv.lines = [
      { label: 'Montage, installation du système et balances', qty: 1, unit: daily, rate: 2000 },
      { label: `Exploitation – jour${showDays > 1 ? 's' : ''} de concert (façade)`, qty: showDays, unit: daily, rate: 2000 },
      { label: 'Démontage et restitution du matériel', qty: 0.5, unit: daily, rate: 2000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: `Frais de mission – déplacement (${frNumber(km)} km × 0,603 €)`, qty: 1, unit: Math.round(km * 60.3), rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ label: 'Frais de mission – repas et hébergement (sur justificatifs)', qty: 1, unit: x.int(4000, 22000), rate: 2000 });
    inv.lines.forEach((l) => { l.total = Math.round(l.qty * l.unit); });
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const m = inv.mission;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Code service destinataire'] });
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}${l.label.startsWith('Frais') ? '' : ' j'}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const days = sum(inv.lines.filter((l) => !l.label.startsWith('Frais')), 'qty');
    const b = inv.buyer;
    const accent = x.pick(['#6a1b9a', '#00838f', '#c62828']);
    const numberLeft = x.chance(0.5);
    const idBlock = `<div class="id"><div class="lbl">${esc(x.pick(['Facture', 'Invoice / Facture', 'Facture n°']))}</div><div class="num">${esc(inv.number)}</div>
      <div class="lbl" style="margin-top:2mm">${esc(x.pick(['Date d’émission', 'Date', 'Émise le']))}</div><div>${date(inv, inv.date)}</div>
      <div class="lbl" style="margin-top:2mm">${esc(x.pick(['Date d’échéance', 'À payer avant le']))}</div><div>${date(inv, inv.due)}</div></div>`;
    const buyerBlock = `<div class="to"><div class="lbl">${esc(x.pick(['Facturé à', 'Client', 'Bill to / Client']))}</div><div><b>${esc(b.name)}</b></div>${b.lines.map((t) => `<div>${esc(t)}</div>`).join('')}${inv.print.buyerSiret ? `<div>SIRET ${spacedSiret(x, b.siret)}</div>` : ''}</div>`;
    return htmlPage(`body { font-family: 'Liberation Sans'; font-size: 8.8pt; } .top { display: flex; justify-content: space-between; align-items: flex-start; } .brand { font-size: 14pt; font-weight: bold; color: ${accent}; }
      .lbl { font-size: 7pt; text-transform: uppercase; letter-spacing: .5px; color: #777; } .num { font-size: 13pt; font-weight: bold; } .row { display: flex; justify-content: space-between; margin-top: 7mm; } .to { width: 80mm; } .id { width: 60mm; }
      .mission { margin-top: 6mm; background: #f5f5f5; padding: 3mm 4mm; border-left: 3px solid ${accent}; } .items { margin-top: 5mm; } .items th { font-size: 7.5pt; text-transform: uppercase; color: #777; text-align: left; padding: 4px; border-bottom: 1px solid #ccc; }
      .items th.r { text-align: right; } .items td { padding: 4px; border-bottom: 1px solid #eee; } .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 3px; } .tot .b td { font-weight: bold; font-size: 10pt; background: ${accent}; color: #fff; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div style="font-size:7.5pt;color:#555">Société de portage salarial – garantie financière ${esc(m.guarantee)}</div>${plainLines(supplierTexts(inv, x).slice(1))}</div>
      <div style="text-align:right;font-size:8pt">${refsDivs(refs)}</div></div>
    <div class="row">${numberLeft ? idBlock + buyerBlock : buyerBlock + idBlock}</div>
    <div class="mission"><b>Mission : ${esc(m.festival)}</b><br>Prestation réalisée par ${esc(m.person)}, ${esc(m.job)}, salarié(e) porté(e) de ${esc(s.name)}, du ${date(inv, m.start, 'slash')} au ${date(inv, m.end, 'slash')} – contrat commercial de prestation ${esc(m.contract)} – ${qty(days)} jour${days > 1 ? 's' : ''} facturé${days > 1 ? 's' : ''}.</div>
    <table class="items"><tr><th>Description</th><th class="r">Qté</th><th class="r">Prix unitaire HT</th><th class="r">Total HT</th></tr>${rows}</table>
    <table class="tot">${totalsHtml(inv, dueRows(inv, { ttc: x.pick(['Total TTC', 'Montant dû', 'Net à payer']) }))}</table>
    <p>${inv.print.iban ? `Paiement par virement sur le compte de ${esc(s.name)} : IBAN ${iban(inv)} – BIC ${esc(s.bic)}` : esc(paymentText(inv))}</p>
    <p style="font-size:7pt;color:#555">Le règlement est à effectuer exclusivement à la société de portage, employeur du consultant. ${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</p>`);
  },
};

export default [campaniste, portage];

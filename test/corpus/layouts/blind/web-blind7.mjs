// Blind-7 layouts written as HTML and printed by Chromium (see ../../README.md): a fine-art carrier's invoice for a
// museum's exhibition loan (crates, climate-controlled truck, courier, the works' insured value printed for
// information only), and a sign-language interpreter's hours, a micro-entrepreneur exempt from VAT, whose own block
// stands at the top right while the buyer's stands at the top left.
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, recompute } from '../../lib/invoice.mjs';
import { renameSupplier, spacedSiret } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText, refsHtml } from '../../lib/blind6.mjs';
import { hhmm, totalsRows } from '../../lib/blind7.mjs';

const totalsHtml = (inv, net) => totalsRows(inv, net).map(([k, v, b]) => `<tr${b ? ' class="b"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('');

// ——— 1. Fine-art transport for an exhibition loan. ———
const WORKS = ['Huile sur toile, 146 × 114 cm', 'Sculpture bronze, h. 82 cm', 'Gouache sur papier encadrée', 'Tapisserie d’Aubusson, 3 × 2 m', 'Cycle en acier (collection industrielle)', 'Fusil de chasse gravé (armurerie stéphanoise)', 'Métier à tisser miniature'];
const MUSEUMS = ['Musée des Beaux-Arts de Lyon', 'Musée d’Orsay, Paris', 'Musée Crozatier, Le Puy-en-Velay', 'Musée Granet, Aix-en-Provence', 'MUDAM, Luxembourg'];
const oeuvres = {
  name: 'x-transport-oeuvres',
  family: 'fine-art-loan-transport',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('x-transport-oeuvres', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['odoo', 'plain', 'ebp', 'hash'], engagementLabels: ['engagementJuridique', 'ej', 'bonDeCommande', 'engagementChorus'], marketProb: 0.4, serviceProb: 0.7, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [2, 4], rcsProb: 0.6 });
    const x = extraRng(inv, 'fineart');
    renameSupplier(inv, x.pick(['Transports d’Art Chenue Rhône', 'Art Logistique Forez', 'Convoi Musées Services', 'Galerie Transit Fine Art']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '4941B';
    const firstWork = x.int(0, WORKS.length - 1);
    inv.works = inv.lines.map((l, k) => ({ inventory: `${x.int(1960, 2020)}.${x.int(1, 99)}.${x.int(1, 40)}`, label: WORKS[(firstWork + k) % WORKS.length], value: x.int(2, 80) * 1000000 }));
    inv.loan = { museum: x.pick(MUSEUMS), exhibition: x.pick(['« Le Forez industriel »', '« Couleurs du XIXe siècle »', '« Design et cycles »', '« Trames et métiers »']), pickup: addDays(inv.date, -x.int(10, 40)), km: x.int(60, 780) };
    const crate = x.int(38000, 95000);
    inv.lines = [
      { label: 'Caisses isothermes sur mesure (fabrication et conditionnement)', qty: inv.works.length, unit: crate, rate: 2000 },
      { label: `Camion capitonné à hygrométrie contrôlée, 2 chauffeurs – ${frNumber(inv.loan.km)} km`, qty: 1, unit: x.int(180000, 420000), rate: 2000 },
      { label: 'Convoiement (nuitée et vacations du convoyeur du musée)', qty: x.pick([1, 2]), unit: x.int(25000, 45000), rate: 2000 },
      { label: 'Constat d’état au départ et à l’arrivée', qty: inv.works.length, unit: x.int(6000, 12000), rate: 2000 },
    ];
    inv.lines.forEach((l) => { l.total = l.qty * l.unit; });
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const works = inv.works.map((w) => `<tr><td>${esc(w.inventory)}</td><td>${esc(w.label)}</td><td class="r">${frNumber(w.value / 100)} €</td></tr>`).join('');
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const accent = x.pick(['#4a148c', '#37474f', '#3e2723']);
    return htmlPage(`body { font-family: 'Liberation Serif'; font-size: 9.5pt; } h1 { font-size: 16pt; color: ${accent}; margin: 0; letter-spacing: 2px; } .sub { font-size: 7.5pt; color: #555; }
      .head { display: flex; justify-content: space-between; border-bottom: 2px solid ${accent}; padding-bottom: 3mm; } .box { border: 1px solid #bbb; padding: 3mm; margin-top: 4mm; }
      .items th { border-bottom: 1px solid ${accent}; text-align: left; padding: 3px; font-size: 8.5pt; } .items td { padding: 3px; border-bottom: 1px solid #e0e0e0; } .tot { width: 80mm; margin: 3mm 0 0 auto; } .tot td { padding: 2px 3px; } .tot .b td { font-weight: bold; border-top: 1px solid ${accent}; }`,
    `<div class="head"><div><h1>${esc(s.name.toUpperCase())}</h1><div class="sub">${esc(x.pick(['Transport et emballage d’œuvres d’art', 'Fine art shipping – Emballage – Convoiement']))}</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
      <div style="text-align:right"><div style="font-size:14pt"><b>${esc(x.pick(['FACTURE', 'Facture']))}</b></div><div>N° <b>${esc(inv.number)}</b></div><div>${date(inv, inv.date)}</div></div></div>
    <div style="display:flex;justify-content:space-between;margin-top:4mm"><div>${refsHtml(inv)}</div><div style="width:80mm"><div class="sub">${esc(x.pick(['Prêteur', 'Client']))}</div>${htmlLines(buyerTexts(inv, x))}</div></div>
    <div class="box"><b>Prêt pour l’exposition ${esc(inv.loan.exhibition)}</b> – ${esc(inv.loan.museum)}<br>Enlèvement le ${date(inv, inv.loan.pickup, 'slash')} à la réserve du musée, livraison clou à clou.
      <table class="items" style="margin-top:2mm"><tr><th>N° d’inventaire</th><th>Œuvre</th><th class="r">Valeur d’assurance (pour information)</th></tr>${works}</table>
      <div class="sub">Les œuvres voyagent sous la garantie « clou à clou » du prêteur ; les valeurs ci-dessus ne sont pas facturées.</div></div>
    <table class="items" style="margin-top:5mm"><tr><th>Prestation</th><th class="r">Qté</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>${rows}</table>
    <table class="tot">${totalsHtml(inv, x.pick(['Total TTC', 'Net à payer']))}</table>
    <p>${esc(paymentText(inv))}. Échéance : ${date(inv, inv.due)}.</p><p class="sub">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</p>`);
  },
};

// ——— 2. Sign-language interpreter: hours, exempt from VAT, supplier top right, buyer top left. ———
const EVENTS = ['Conseil municipal', 'Réunion publique – projet de tramway', 'Cérémonie des vœux du maire', 'Conseil de quartier Montreynaud', 'Visite guidée – Musée d’Art moderne', 'Permanence accueil – Hôtel de Ville'];
const interprete = {
  name: 'x-interprete-lsf',
  family: 'sign-language-interpreter-exempt',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('x-interprete-lsf', i, { ...CITY_HEAVY, supplier: 'micro', numbers: ['micro', 'plain', 'carnet'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'votreRefEj'], marketProb: 0.2, serviceProb: 0.6, dateStyles: ['slash', 'long'], groups: ['space', 'nbsp'], lines: [1, 4], buyerSiretProb: 0.7 });
    const x = extraRng(inv, 'lsf');
    inv.supplier.tagline = x.pick(['Interprète français / langue des signes française', 'Interprète LSF diplômée (Master)', 'Interprétation LSF – français']);
    const hourly = x.int(5500, 7500);
    const firstEvent = x.int(0, EVENTS.length - 1);
    inv.sessions = inv.lines.map((l, k) => {
      const start = x.int(34, 76) * 15;
      const minutes = x.pick([60, 90, 120, 150, 180]);
      return { day: addDays(inv.date, -x.int(2, 25)), event: EVENTS[(firstEvent + k) % EVENTS.length], start, end: start + minutes, hours: minutes / 60, two: minutes > 120 };
    });
    inv.lines = inv.sessions.map((se) => ({ label: se.event, qty: se.hours, unit: hourly, rate: 0, total: Math.round(se.hours * hourly) }));
    if (x.chance(0.5)) inv.lines.push({ label: 'Préparation (documents transmis la veille)', qty: 1, unit: hourly, rate: 0, total: hourly });
    if (x.chance(0.5)) {
      const km = x.int(8, 60);
      inv.lines.push({ label: `Frais kilométriques (${km} km × 0,60 €)`, qty: 1, unit: km * 60, rate: 0, total: km * 60 });
    }
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const sessions = inv.sessions.map((se, k) => `<tr><td>${date(inv, se.day, 'slash')}</td><td>${esc(se.event)}</td><td>${hhmm(se.start)} – ${hhmm(se.end)}</td><td class="r">${qty(se.hours)} h</td><td class="r">${plainMoney(inv, inv.lines[k].total)}</td></tr>`).join('');
    const extras = inv.lines.slice(inv.sessions.length).map((l) => `<tr><td></td><td>${esc(l.label)}</td><td></td><td class="r">${qty(l.qty)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const b = inv.buyer;
    return htmlPage(`body { font-family: 'DejaVu Sans'; font-size: 8.8pt; } .top { display: flex; justify-content: space-between; } .sub { font-size: 7.5pt; color: #555; } .me { text-align: right; }
      .title { margin: 8mm 0 3mm; font-size: 15pt; font-weight: bold; color: #00695c; } .items th { background: #e0f2f1; text-align: left; padding: 4px; font-size: 8pt; } .items td { padding: 4px; border-bottom: 1px solid #ddd; }
      .tot { width: 78mm; margin: 4mm 0 0 auto; } .tot td { padding: 2px 3px; } .tot .b td { font-weight: bold; border-top: 1.5px solid #00695c; }`,
    `<div class="top"><div style="width:85mm"><div class="sub">${esc(x.pick(['Destinataire', 'Facturé à', 'Client']))}</div><div><b>${esc(b.name)}</b></div>${b.lines.map((t) => `<div>${esc(t)}</div>`).join('')}${inv.print.buyerSiret ? `<div>SIRET ${spacedSiret(x, b.siret)}</div>` : ''}
      <div style="margin-top:3mm">${refsHtml(inv)}</div></div>
      <div class="me"><div style="font-size:12pt"><b>${esc(s.name)}</b></div><div class="sub">${esc(s.tagline)}</div>${s.address.map((t) => `<div>${esc(t)}</div>`).join('')}<div>${esc(s.phone)} – ${esc(s.email)}</div>${inv.print.supplierSiret ? `<div>SIRET ${spacedSiret(x, s.siret)}</div>` : ''}</div></div>
    <div class="title">${esc(x.pick(['Facture', 'FACTURE', 'Note d’honoraires – Facture']))} n° ${esc(inv.number)}</div>
    <div>${x.pick(['Date', 'Établie le', 'Date de facturation'])} : ${date(inv, inv.date)} – ${x.pick(['Échéance', 'À régler avant le'])} : ${date(inv, inv.due)}</div>
    <table class="items" style="margin-top:4mm"><tr><th>Date</th><th>Prestation d’interprétation</th><th>Horaires</th><th class="r">Durée</th><th class="r">Montant</th></tr>${sessions}${extras}</table>
    <div class="sub">Taux horaire : ${plainMoney(inv, inv.lines[0].unit)} €. Au-delà de 2 heures, l’interprète est secondé(e) en binôme, à sa charge.</div>
    <table class="tot">${totalsHtml(inv, x.pick(['Net à payer', 'Total à régler']))}</table>
    <p><b>${esc(inv.vatExempt)}</b></p>
    <p>${inv.print.iban ? `Virement – IBAN ${iban(inv)} – BIC ${esc(s.bic)}` : esc(paymentText(inv))}</p>
    <p class="sub">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</p>`);
  },
};

export default [oeuvres, interprete];

// A blind-10 layout written as HTML and printed by Chromium (see ../../README.md): a sign-maker's invoice for engraved
// plaques (each plaque with its engraved text, material, size and fixing; the design and proof, the fitting on site;
// the accepted quote recalled; the deposit paid with the order deducted on some).
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { maybeRelabel10, priceLines } from '../../lib/blind10.mjs';

const PLAQUES = [
  ['« Salle du Conseil municipal »', 'Laiton massif gravé, lettres remplies noir', '300 × 100 mm', 'entretoises inox Ø 15', 9000, 16000, [1, 2]],
  ['« Place Simone Veil – Femme d’État (1927-2017) »', 'Plaque de rue en lave émaillée, fond bleu, lettres blanches', '450 × 250 mm', 'vis inox et chevilles', 14000, 26000, [1, 4]],
  ['« Ce bâtiment a été inauguré le … en présence de Monsieur le Maire »', 'Plaque inaugurale laiton gravé, bords biseautés', '400 × 300 mm', 'rosaces laiton', 28000, 52000, [1, 1]],
  ['« Accueil – État civil », « Bureau des élections », « Archives »', 'Plexiglas bicouche gravé, blanc / noir', '200 × 60 mm', 'adhésif double face', 1800, 3500, [3, 24]],
  ['« Jardin partagé des Couriaux – ouvert de 8 h à 20 h »', 'Aluminium composite gravé et laqué, sur deux poteaux', '600 × 300 mm', 'poteaux 60 × 60 scellés', 32000, 58000, [1, 2]],
  ['Porte-noms de bureau, textes selon liste jointe', 'Aluminium anodisé gravé laser', '150 × 50 mm', 'adhésif', 1400, 2600, [6, 40]],
  ['« Square des Combattants d’Afrique du Nord »', 'Pierre de Volvic gravée, lettres dorées à la feuille', '500 × 350 mm', 'scellement chimique', 42000, 78000, [1, 1]],
  ['Numéros de salles « 101 » à « 118 »', 'Inox brossé gravé, chiffres noirs', '120 × 120 mm', 'vis inox', 1900, 3200, [8, 18]],
];
const SITES = ['Hôtel de Ville', 'Mairie annexe de Terrenoire', 'Groupe scolaire Jacquard', 'Maison de quartier du Soleil', 'Espace Boris Vian', 'Jardin des Plantes'];

const plaques = {
  name: 'q-plaques-gravees',
  family: 'engraved-plaques-sign-maker',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('q-plaques-gravees', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['plain', 'dolibarr', 'hash', 'sage'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'commande', 'numeroBonCommande'], marketProb: 0.2, serviceProb: 0.55, dateStyles: ['slash', 'long', 'dash'], rates: [[2000]], depositPct: [0, 0, 30, 40], groups: ['space', 'nbsp', 'none'], lines: [2, 4], rcsProb: 0.55 });
    const x = extraRng(inv, 'plaques');
    renameSupplier(inv, x.pick(['Gravure et Signalétique du Forez', 'Atelier Graveur Chambon', 'Enseignes et Lettrage Loire', 'Signes et Plaques Stéphanoises']), x.pick(['SARL', 'EURL', 'SAS']));
    inv.supplier.ape = '2599B';
    maybeRelabel10(inv, x);
    const first = x.int(0, PLAQUES.length - 1);
    inv.lines = inv.lines.map((_, k) => {
      const [text, material, size, fixing, lo, hi, [qlo, qhi]] = PLAQUES[(first + k * 3) % PLAQUES.length];
      return { text, material, size, fixing, site: x.pick(SITES), qty: x.int(qlo, qhi), unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 };
    });
    inv.lines.push({ text: null, label: 'Création graphique, mise en page et bon à tirer (BAT)', qty: 1, unit: x.int(60, 180) * 100, rate: 2000 });
    if (x.chance(0.7)) {
      const hours = x.pick([1, 1.5, 2, 3, 4]);
      inv.lines.push({ text: null, label: 'Pose sur site par un technicien (fixations comprises)', qty: hours, unit: x.int(48, 65) * 100, rate: 2000, unitName: 'h' });
    }
    if (x.chance(0.4)) inv.lines.push({ text: null, label: 'Livraison', qty: 1, unit: x.int(15, 35) * 100, rate: 2000 });
    inv.job = { quote: `DV${inv.date.y % 100}${x.digits(4)}`, accepted: addDays(inv.date, -x.int(20, 70)), proof: addDays(inv.date, -x.int(10, 18)), delivered: addDays(inv.date, -x.int(0, 8)), depositInvoice: `AC-${x.digits(4)}` };
    return priceLines(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const j = inv.job;
    const refs = refPairs(inv, x, { service: ['Code service', 'Service', 'Service demandeur'] });
    const accent = x.pick(['#8d6e63', '#37474f', '#1b5e20', '#6a1b9a']);
    const serif = x.chance(0.5);
    const rows = inv.lines.map((l, k) => (l.text
      ? `<tr><td class="n">${k + 1}</td><td><div class="eng">${esc(l.text)}</div><div class="spec">${esc(l.material)} – ${esc(l.size)} – fixation : ${esc(l.fixing)}</div><div class="spec">Lieu de pose : ${esc(l.site)}</div></td><td class="r">${l.qty}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`
      : `<tr><td class="n">${k + 1}</td><td>${esc(l.label)}</td><td class="r">${l.unitName ? `${String(l.qty).replace('.', ',')} h` : l.qty}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`)).join('');
    const due = dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: inv.deposit ? 'Total TTC' : x.pick(['Total TTC', 'Net à payer']), deposit: 'Acompte reçu', net: x.pick(['Net à payer', 'Reste à payer', 'Solde dû']) });
    if (inv.deposit) due[due.length - 2][0] += ` (facture ${j.depositInvoice})`;
    const totals = due.map(([k, v, b]) => `<tr${b ? ' class="b"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('');
    const numberLabel = x.pick(['Facture n°', 'FACTURE N°', 'N° de facture']);
    const dateLabel = x.pick(['Date :', 'Le', 'Date de facturation :']);
    const titleRight = x.chance(0.5);
    const title = `<div class="title"><div class="t">${esc(numberLabel)} ${esc(inv.number)}</div><div>${esc(dateLabel)} ${date(inv, inv.date)}</div><div class="small">Devis ${esc(j.quote)} accepté le ${date(inv, j.accepted, 'slash')} – BAT validé le ${date(inv, j.proof, 'slash')}</div></div>`;
    const refBlock = refs.length ? `<table class="refs"><tr>${refs.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${refs.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>` : '';
    return htmlPage(`body { font-family: '${serif ? 'Liberation Serif' : 'Liberation Sans'}'; font-size: ${serif ? 9.6 : 8.9}pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .brand { font-size: 17pt; font-weight: bold; color: ${accent}; letter-spacing: 0.5px; } .small { font-size: 7.5pt; color: #555; }
      .title { border: 1.5px solid ${accent}; padding: 3mm 4mm; min-width: 70mm; } .title .t { font-size: 13pt; font-weight: bold; color: ${accent}; }
      .to { margin: 7mm 0 5mm auto; width: 82mm; } .to .k { font-size: 7.5pt; color: #777; }
      .refs { width: auto; margin: 2mm 0 4mm; } .refs th { font-size: 7.4pt; font-weight: normal; color: #666; text-align: left; padding: 0 8mm 0 0; } .refs td { font-weight: bold; padding: 0 8mm 0 0; }
      .items th { background: ${accent}; color: #fff; text-align: left; padding: 4px; font-size: 8pt; } .items th.r { text-align: right; } .items td { padding: 4px; border-bottom: 1px solid #ddd; vertical-align: top; }
      .n { color: #888; width: 6mm; } .eng { font-style: italic; font-weight: bold; } .spec { font-size: 7.8pt; color: #555; }
      .tot { width: 105mm; margin: 4mm 0 0 auto; } .tot td { padding: 2px 4px; } .tot .b td { font-weight: bold; border-top: 1.5px solid ${accent}; font-size: 10pt; }
      .foot { margin-top: 8mm; border-top: 1px solid #ccc; padding-top: 2mm; font-size: 6.8pt; color: #555; text-align: center; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="small">Gravure – plaques – signalétique intérieure et extérieure</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>${titleRight ? title : ''}</div>
     ${titleRight ? '' : `<div style="margin-top:5mm">${title}</div>`}
     <div class="to"><div class="k">${esc(x.pick(['Client', 'Facturé à', 'Adresse de facturation']))}</div>${htmlLines(buyerTexts(inv, x))}</div>
     ${refBlock}
     <p>${esc(x.pick(['Objet :', 'Désignation :']))} fabrication${inv.lines.some((l) => l.unitName) ? ' et pose' : ''} de plaques gravées, livrées le ${date(inv, j.delivered, 'slash')}.</p>
     <table class="items"><tr><th></th><th>Désignation – texte gravé</th><th class="r" style="width:14mm">Qté</th><th class="r" style="width:24mm">P.U. HT</th><th class="r" style="width:26mm">Total HT</th></tr>${rows}</table>
     <table class="tot">${totals}</table>
     <p>${esc(paymentText(inv))}</p><p class="small">Échéance : ${date(inv, inv.due, 'slash')}. ${esc(LATE_FEES)}</p><p class="small">Les plaques restent la propriété de ${esc(s.name)} jusqu’au paiement intégral.</p>
     <div class="foot">${esc(legalLine(inv))}</div>`);
  },
};

export default [plaques];

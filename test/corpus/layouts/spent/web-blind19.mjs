// Blind-19 layouts written for Chromium (see ../../README.md): a horse-drawn services company's month for a commune
// (school shuttle runs and litter-bin rounds by horse-drawn carriage, the driver's extra hours, a carriage ride at a
// fête; the month's rounds with their horses and kilometres printed for information), and a municipal software
// publisher's yearly invoice printed by an accounting package (a boxed header « Pièce | Date | Code client | Page »,
// the modules' maintenance, hosting and training, a global discount on some, a VAT grid « Base HT | Taux | Montant
// TVA » and the totals in boxes at the foot of the page; 2 credit notes for a module terminated during the year).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences, otherBuyer } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { maybeRelabel19, vatGridRows } from '../../lib/blind19.mjs';

// ——— 1. Horse-drawn services: a month of school shuttle runs and litter-bin rounds. ———
const HORSES = ['Ulysse', 'Vaillant', 'Quartz', 'Roxane', 'Tango', 'Pompon', 'Sultane', 'Hermès'];
const CIRCUITS = ['Circuit A – Bourg / école Jules Ferry', 'Circuit B – hameau des Granges / groupe scolaire', 'Circuit C – cité du Soleil / école maternelle', 'Tournée corbeilles – centre-bourg', 'Tournée corbeilles – bords de Loire'];
const attelage = {
  name: 'h-attelage-hippomobile',
  family: 'horse-drawn-municipal-services',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('h-attelage-hippomobile', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'micro', 'compact'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commande'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'long', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'horse');
    renameSupplier(inv, x.pick(['Attelages du Pilat', 'Traction Animale Forézienne', 'Les Percherons du Gier', 'Hippo Services Loire']), x.pick(['SARL', 'SAS', 'EARL']));
    inv.supplier.ape = '0162Z';
    otherBuyer(inv, x, 0.6);
    localReferences(inv, x);
    maybeRelabel19(inv, x);
    redate(inv, { y: inv.date.y, m: x.pick([2, 3, 4, 5, 6, 7, 10, 11, 12]), d: x.int(1, 8) });
    inv.due = addDays(inv.date, 30);
    inv.month = previousMonth(inv.date);
    const horses = [HORSES[i % HORSES.length], HORSES[(i + 3) % HORSES.length]];
    inv.horses = horses.map((name) => ({ name, sire: `${inv.date.y % 100 - x.int(4, 14)}0${x.digits(5)}${x.pick(['A', 'K', 'X', 'M'])}` }));
    const runs = x.int(14, 36);
    const rounds = x.int(4, 9);
    inv.rounds = [];
    for (let k = 0; k < Math.min(8, runs + rounds); k++) {
      const day = addDays(inv.month.from, Math.floor((k * inv.month.days) / 8));
      inv.rounds.push({ day, circuit: x.pick(CIRCUITS), horse: x.pick(horses), km: frNumber(x.int(40, 140) / 10, 1) });
    }
    inv.lines = [
      { ref: 'RS', label: `Ramassage scolaire hippomobile – ${inv.month.name} (aller ou retour, meneur et accompagnateur compris)`, qty: runs, unit: x.int(68, 115) * 100, rate: 2000 },
      { ref: 'CP', label: `Collecte des corbeilles en traction animale – demi-journée (${inv.month.name})`, qty: rounds, unit: x.int(180, 290) * 100, rate: 2000 },
    ];
    if (x.chance(0.5)) inv.lines.push({ ref: 'HS', label: 'Heures de meneur supplémentaires (attente, retard de sortie)', qty: x.int(2, 9), unit: x.int(32, 45) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ ref: 'AN', label: `Promenades en calèche – ${x.pick(['fête du village', 'marché de Noël', 'fête de la Saint-Jean', 'journée du patrimoine'])} (forfait demi-journée, 2 chevaux)`, qty: 1, unit: x.int(380, 690) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ ref: 'EV', label: 'Évacuation du fumier (benne de 10 m³)', qty: 1, unit: x.int(60, 110) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de traction animale n°', 'Réf. marché'], service: ['Code service', 'Service', 'Code service Chorus'] });
    const sentence = inv.engagement && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const refsInBuyer = x.chance(0.4);
    const numberLabel = x.pick(['N° facture', 'Facture n°', 'Numéro', 'Réf. facture']);
    const dateLine = x.pick([`Date : ${date(inv, inv.date)}`, `Établie le ${date(inv, inv.date)}`, `Le ${date(inv, inv.date)}`]);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.label)}</td><td class="r">${l.qty}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const roundRows = inv.rounds.map((r) => `<tr><td>${esc(fmtDate(r.day, 'slash'))}</td><td>${esc(r.circuit)}</td><td>${esc(r.horse)}</td><td class="r">${esc(r.km)} km</td></tr>`).join('');
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [`TVA ${rate(2000)}`, inv.tva], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), inv.ttc, true]];
    const refHtml = shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');
    const accent = x.pick(['#6d4c41', '#33691e', '#455a64']);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Serif', 'DejaVu Serif', 'Liberation Sans'])}'; font-size: 9pt; }
      .head { display: flex; justify-content: space-between; } .name { font-size: 16pt; font-weight: bold; color: ${accent}; font-variant: small-caps; }
      .idbox { border: 1.5px solid ${accent}; padding: 2mm 4mm; width: 66mm; } .idbox h1 { margin: 0 0 1mm; font-size: 15pt; color: ${accent}; }
      .two { display: flex; justify-content: space-between; margin-top: 6mm; } .two > div { width: 47%; }
      .lbl { font-size: 7.2pt; color: #888; font-style: italic; }
      .items { margin-top: 5mm; } .items th { background: ${accent}; color: #fff; padding: 1.6mm; text-align: left; font-size: 8pt; } .items td { padding: 1.6mm; border-bottom: 1px dotted #aaa; vertical-align: top; }
      .tot { width: 78mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 2mm; } .tot .s td { font-weight: bold; border-top: 1.5px solid ${accent}; font-size: 10pt; }
      .rounds { width: 120mm; font-size: 7.6pt; margin-top: 2mm; } .rounds td, .rounds th { border: 1px solid #ccc; padding: 0.8mm 1.5mm; text-align: left; }
      .foot { margin-top: 8mm; font-size: 6.8pt; color: #666; text-align: center; border-top: 1px solid #ccc; padding-top: 2mm; }`,
    `<div class="head"><div><div class="name">${esc(s.name)}</div><div style="font-size:7.6pt;font-style:italic">Services en traction animale – ramassage scolaire, collecte, animations attelées</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
       <div class="idbox"><h1>FACTURE</h1><div>${esc(numberLabel)} : <b>${esc(inv.number)}</b></div><div>${esc(dateLine)}</div><div>Période : ${esc(inv.month.name)}</div><div>Client n° ${esc(inv.clientCode)}</div></div></div>
     <div class="two"><div><div class="lbl">Prestations du mois</div><div>Chevaux : ${inv.horses.map((h) => `${esc(h.name)} (SIRE ${esc(h.sire)})`).join(', ')}</div><div>Échéance : ${esc(fmtDate(inv.due, 'slash'))}</div>${refsInBuyer ? '' : refHtml}</div>
       <div><div class="lbl">${x.pick(['Destinataire', 'Facturé à', 'Client'])}</div>${htmlLines(buyerTexts(inv, x))}${refsInBuyer ? refHtml : ''}</div></div>
     ${sentence ? `<p style="margin-top:4mm">${esc(sentence)}</p>` : ''}
     <table class="items"><tr><th style="width:10mm">Code</th><th>Désignation</th><th class="r" style="width:14mm">Qté</th><th class="r" style="width:24mm">P.U. HT</th><th class="r" style="width:26mm">Montant HT</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <p style="font-size:7.8pt;margin-top:4mm"><b>Relevé des sorties (extrait, pour information)</b></p>
     <table class="rounds"><tr><th>Date</th><th>Circuit</th><th>Cheval</th><th class="r">Distance</th></tr>${roundRows}</table>
     <p style="margin-top:4mm">${esc(paymentText(inv))}</p>
     <p style="font-size:7pt">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(legalLine(inv))}</div>`);
  },
};

// ——— 2. Municipal software publisher: modules' maintenance, hosting and training, printed by an accounting package. ———
const MODULES = [['MNT-EC', 'État civil'], ['MNT-EL', 'Élections et listes électorales'], ['MNT-CIM', 'Gestion des cimetières'], ['MNT-FAC', 'Facturation périscolaire et cantine'], ['MNT-RH', 'Paie et ressources humaines'], ['MNT-FIN', 'Gestion financière M57'], ['MNT-URB', 'Urbanisme et droit des sols']];
const logiciel = {
  name: 'h-editeur-logiciel',
  family: 'municipal-software-accounting-package',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i % 4 === 3;
    const inv = makeInvoice('h-editeur-logiciel', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['sage', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'refCommandeEj'], marketProb: 0.45, serviceProb: 0.55, dateStyles: ['slash'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 5, 10], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'software');
    renameSupplier(inv, x.pick(['Logimairie Solutions', 'Civitas Informatique', 'Berger Collectivités Logiciels', 'Territoria Systèmes']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '5829C';
    otherBuyer(inv, x, 0.5);
    localReferences(inv, x);
    maybeRelabel19(inv, x);
    const y = inv.date.y;
    inv.contract = `CMA-${y - x.int(1, 5)}-${x.digits(4)}`;
    inv.licence = `${x.pick(['4T', 'LM', 'CV'])}-${x.digits(4)}-${x.digits(4)}`;
    inv.rep = x.pick(['COM03', 'ADV01', 'R. FAYOLLE', 'S. GIRARD']);
    inv.due = addDays(inv.date, 30);
    const first = x.int(0, MODULES.length - 1);
    const mods = Array.from({ length: x.int(2, 4) }, (_, k) => MODULES[(first + k) % MODULES.length]);
    if (credit) {
      inv.avoir = true;
      inv.number = `AV${String(x.int(100, 9999)).padStart(5, '0')}`;
      inv.origin = { number: `FA${String(x.int(100, 99999)).padStart(5, '0')}`, date: { y, m: 1, d: x.int(2, 15) } };
      const months = x.int(2, 8);
      inv.months = months;
      const [ref, label] = mods[0];
      inv.lines = [{ ref, label: `Résiliation du module « ${label} » – maintenance et assistance non consommées : ${months} mois sur 12 (contrat ${inv.contract})`, qty: months, unit: x.int(40, 160) * 100, rate: 2000 }];
      if (x.chance(0.5)) inv.lines.push({ ref: 'SAAS-H', label: `Hébergement du module résilié – ${months} mois non consommés`, qty: months, unit: x.int(15, 45) * 100, rate: 2000 });
      inv.print.iban = false;
      return priceLines(inv, [2000]);
    }
    const period = `du 01/01/${y} au 31/12/${y}`;
    inv.lines = mods.map(([ref, label]) => ({ ref, label: `Maintenance et assistance – ${label} – ${period}`, qty: 1, unit: x.int(6, 32) * 5000, rate: 2000 }));
    inv.lines.push({ ref: 'SAAS-H', label: `Hébergement sécurisé (SaaS) et sauvegardes – ${period}`, qty: 12, unit: x.int(60, 240) * 100, rate: 2000 });
    if (x.chance(0.6)) inv.lines.push({ ref: 'LIC-U', label: 'Licences utilisateurs supplémentaires (par poste, par an)', qty: x.int(2, 12), unit: x.int(90, 180) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ ref: 'FORM-J', label: 'Formation sur site – journée (groupe de 8 agents maximum)', qty: x.int(1, 3), unit: x.int(850, 1250) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ ref: 'FRAIS', label: 'Frais de déplacement du formateur (forfait)', qty: 1, unit: x.int(120, 260) * 100, rate: 2000 });
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'N° de marché', 'Marché de maintenance logicielle n°'], service: ['Code service', 'Service exécutant', 'Code service Chorus'] });
    const title = inv.avoir ? 'AVOIR' : 'FACTURE';
    const boxHeads = [x.pick(['Pièce', 'Numéro', 'N° pièce']), 'Date', 'Code client', x.pick(['Représentant', 'Commercial']), 'Page'];
    const boxValues = [inv.number, date(inv, inv.date), inv.clientCode, inv.rep, '1 / 1'];
    const refsWhere = x.pick(['row', 'buyer', 'row']);
    const refRow = refs.length ? `<table class="box refs"><tr>${refs.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${refs.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>` : '';
    const showRemise = inv.discount > 0;
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty, 2)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td><td class="c">1</td></tr>`).join('');
    const grid = vatGridRows(inv).map(([base, r, amount]) => `<tr><td class="c">1</td><td class="r">${plainMoney(inv, base)}</td><td class="r">${rate(r)}</td><td class="r">${plainMoney(inv, amount)}</td></tr>`).join('');
    const due = inv.avoir ? '' : `<table class="box due"><tr><th>Échéance</th><th>Mode de règlement</th><th class="r">Montant</th></tr><tr><td>${esc(fmtDate(inv.due, 'slash'))}</td><td>${inv.print.iban ? 'Virement' : 'Mandat administratif'}</td><td class="r">${money(inv, inv.net)}</td></tr></table>`;
    const totals = [];
    if (showRemise) totals.push(['Total brut HT', inv.grossHT], [`Remise globale ${inv.discountPct} %`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['Total TVA', inv.tva], ['Total TTC', inv.ttc]);
    totals.push([inv.avoir ? x.pick(['Net à déduire', 'Montant de l’avoir']) : x.pick(['NET À PAYER', 'Net à payer']), inv.net, true]);
    const accent = x.pick(['#1a237e', '#004d40', '#212121']);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .box { border: 1px solid #333; } .box th, .box td { border: 1px solid #333; padding: 1mm 1.6mm; } .box th { background: #e0e0e0; font-weight: normal; font-size: 7.4pt; text-align: left; }
      .c { text-align: center; } .head { display: flex; justify-content: space-between; align-items: flex-start; }
      .name { font-size: 15pt; font-weight: bold; color: ${accent}; } .title { font-size: 18pt; font-weight: bold; text-align: right; letter-spacing: 2px; }
      .ident { margin-top: 3mm; } .ident td { text-align: center; font-weight: bold; }
      .buyer { border: 1px solid #333; width: 86mm; padding: 2mm 3mm; margin: 5mm 0 0 auto; min-height: 26mm; }
      .refs { margin-top: 4mm; } .refs td { font-weight: bold; }
      .items { margin-top: 4mm; } .items th { background: #e0e0e0; border: 1px solid #333; padding: 1mm; font-size: 7.4pt; font-weight: normal; } .items td { border-left: 1px solid #333; border-right: 1px solid #333; padding: 1mm 1.4mm; vertical-align: top; }
      .items tr:last-child td { border-bottom: 1px solid #333; }
      .foot { display: flex; justify-content: space-between; margin-top: 5mm; } .grid { width: 90mm; } .tot { width: 76mm; } .tot td { text-align: right; } .tot .s td { font-weight: bold; font-size: 10pt; background: #e0e0e0; }
      .due { margin-top: 4mm; width: 110mm; } .legal { margin-top: 8mm; font-size: 6.6pt; text-align: center; color: #444; }`,
    `<div class="head"><div><div class="name">${esc(s.name)}</div><div style="font-size:7.4pt">Éditeur de logiciels pour les collectivités territoriales</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div><div class="title">${title}</div></div>
     <table class="box ident"><tr>${boxHeads.map((h) => `<th>${esc(h)}</th>`).join('')}</tr><tr>${boxValues.map((v) => `<td>${esc(v)}</td>`).join('')}</tr></table>
     <div class="buyer">${htmlLines(buyerTexts(inv, x))}${refsWhere === 'buyer' ? refs.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('') : ''}</div>
     ${refsWhere === 'row' ? refRow : ''}
     <p style="margin:3mm 0 0">Contrat de maintenance ${esc(inv.contract)} – licence ${esc(inv.licence)}${inv.avoir ? ` – avoir sur facture ${esc(inv.origin.number)} du ${esc(fmtDate(inv.origin.date, 'slash'))}` : ''}</p>
     <table class="items"><tr><th style="width:19mm">Référence</th><th>Désignation</th><th class="r">Quantité</th><th class="r">P.U. HT</th><th class="r">Montant HT</th><th style="width:10mm">TVA</th></tr>${rows}</table>
     <div class="foot"><table class="box grid"><tr><th>Code</th><th class="r">Base HT</th><th class="r">Taux</th><th class="r">Montant TVA</th></tr>${grid}</table>
       <table class="box tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><th>${esc(k)}</th><td>${money(inv, v)}</td></tr>`).join('')}</table></div>
     ${due}
     <p style="margin-top:3mm">${inv.avoir ? 'Avoir imputable sur votre prochaine échéance de maintenance.' : esc(paymentText(inv))}</p>
     <p style="font-size:6.8pt">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}${inv.print.iban ? `<br>Domiciliation : IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : ''}</div>`);
  },
};

export default [attelage, logiciel];

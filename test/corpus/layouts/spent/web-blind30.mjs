// Blind-30 layouts written for Chromium (see ../../README.md): a weed-control company's invoice for a passage of its
// pesticide-free campaign, printed by a web invoicing SaaS (hot water and foam per m² with prices of three decimals,
// gutters brushed per linear metre, tree pits weeded by the unit; the identity as a row of headings over values, the
// references in a box of their own or as more headings; a contractual discount on some; one credit note for a passage
// not done), and a public-health contractor's tiger-mosquito surveillance and larvicide treatments printed by an
// Odoo-like ERP (egg-laying traps read each week, eggs counted per slide, gully pots treated with Bti, a survey around
// a reported case with the health agency's report number; the title « Facture FAC/… », a row of boxes with the dates,
// the origin and the engagement; a deposit paid deducted as « Payé le … » on some; bilingual labels on some; one credit
// note).
import { addDays, esc, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, deductDeposit } from '../../lib/blind25.mjs';
import { greenBuyer, maybeRelabel30, mills, millsCents, seven30 } from '../../lib/blind30.mjs';

// ——— 1. Weed control without pesticides: a web SaaS invoice, m² at prices of three decimals. ———
const CITY_SECTORS = ['Bellevue – Solaure', 'Montreynaud', 'Terrenoire', 'Tarentaize – Beaubrun', 'La Cotonne – Montferré', 'Centre-deux', 'Côte-Chaude', 'Le Soleil'];
const TOWN_SECTORS = ['Centre-bourg', 'Cimetière communal', 'Lotissement des Tilleuls', 'Zone artisanale', 'Abords du groupe scolaire', 'Parking de la salle des fêtes', 'Hameau du Bois'];
const desherbage = {
  name: 'ab-desherbage-alternatif',
  family: 'weed-control-without-pesticides-saas-per-m2-passes',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('ab-desherbage-alternatif', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['btp'], numbers: credit ? ['avoir'] : ['pennylane', 'hash', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.35, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 0, 5], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'weeds');
    renameSupplier(inv, x.pick(['Verdéa Désherbage', 'Thermo-Net Loire', 'Écodésherb 42', 'Aqua-Vapeur Espaces Publics']), 'SAS');
    inv.supplier.ape = '8130Z';
    greenBuyer(inv, x, x.chance(0.5) ? 'parks' : 'cleanliness', 0.85);
    localReferences(inv, x);
    maybeRelabel30(inv, x);
    notInFuture(inv);
    if (inv.date.m < 4) inv.date = { ...inv.date, m: inv.date.m + 4 };
    inv.due = addDays(inv.date, 30);
    inv.account = seven30(x);
    inv.agrement = `RA${x.digits(5)}`;
    inv.passage = { n: x.int(1, 3), of: 3 };
    inv.work = { to: addDays(inv.date, -x.int(2, 12)) };
    inv.work.from = addDays(inv.work.to, -x.int(3, 12));
    inv.water = x.int(8, 60);
    const sectors = inv.buyer.city ? CITY_SECTORS : TOWN_SECTORS;
    const first = x.int(0, sectors.length - 1);
    inv.sectors = Array.from({ length: credit ? 1 : x.int(2, 4) }, (_, k) => sectors[(first + k) % sectors.length]);
    inv.lines = [];
    for (const sector of inv.sectors) {
      const m2 = x.int(15, 180) * 100 + x.int(0, 99);
      const p = x.int(55, 140);
      inv.lines.push({ label: `Désherbage à l’eau chaude et mousse biodégradable – trottoirs et pieds de murs – ${sector}`, qty: m2, qtyText: frNumber(m2), unitName: 'm²', unitText: mills(p), total: millsCents(m2, p), rate: 2000 });
      if (x.chance(0.6)) {
        const ml = x.int(6, 60) * 100;
        const q = x.int(120, 260);
        inv.lines.push({ label: `Brossage mécanique des fils d’eau (balayeuse à brosse métallique) – ${sector}`, qty: ml, qtyText: frNumber(ml), unitName: 'ml', unitText: mills(q), total: millsCents(ml, q), rate: 2000 });
      }
    }
    if (!credit && x.chance(0.6)) {
      const pits = x.int(20, 160);
      inv.lines.push({ label: 'Désherbage manuel et binage des pieds d’arbres', qty: pits, qtyText: String(pits), unitName: 'u', unit: x.int(180, 350), rate: 2000 });
    }
    if (!credit) inv.lines.push({ label: 'Amenée et repli de l’unité eau chaude (porteur 3,5 t)', qty: 1, qtyText: '1', unitName: 'forfait', unit: x.int(90, 240) * 100, rate: 2000 });
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.lines[0].label = `Passage n° ${inv.passage.n} non réalisé (intempéries) – ${inv.sectors[0]} : désherbage à l’eau chaude`;
    }
    for (const l of inv.lines) if (l.unitText === undefined) l.unitText = plainMoney(inv, l.unit);
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre désherbage n°', 'N° de marché'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const sentence = inv.engagement && x.chance(0.2) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const inHeads = x.chance(0.45);
    const accent = x.pick(['#2e7d32', '#00695c', '#558b2f']);
    const heads = [[inv.avoir ? 'Avoir n°' : 'Numéro', inv.number], ['Date', date(inv, inv.date)], [inv.avoir ? 'Facture d’origine' : 'Échéance', inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ['Code client', inv.account], ...(inHeads ? shown : [])];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)}</td><td>${esc(l.unitName)}</td><td class="r">${esc(l.unitText)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise contractuelle ${inv.discountPct} %`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['TVA 20 %', inv.tva], [inv.avoir ? 'Total TTC de l’avoir' : 'Total TTC', inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([x.pick(['Net à payer', 'Montant dû']), inv.net, true]);
    const season = `Campagne ${inv.date.y} de désherbage sans produits phytosanitaires – passage n° ${inv.passage.n}/${inv.passage.of}`;
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; align-items: flex-start; } .brand { font-size: 17pt; font-weight: bold; color: ${accent}; } .tag { font-size: 7.6pt; color: #666; margin-bottom: 1.5mm; } .co { font-size: 7.8pt; color: #444; }
      h1 { font-size: 20pt; margin: 0; color: ${accent}; text-align: right; font-weight: normal; }
      .heads { margin-top: 6mm; border-top: 2px solid ${accent}; border-bottom: 1px solid #ccc; } .heads th { font-size: 6.8pt; color: #777; text-transform: uppercase; text-align: left; padding: 1.5mm 2mm 0.3mm; font-weight: normal; } .heads td { font-size: 9.6pt; font-weight: bold; padding: 0 2mm 1.5mm; }
      .parties { display: flex; justify-content: space-between; margin-top: 5mm; } .box { border: 1px solid #ddd; border-radius: 1.5mm; padding: 2mm 3mm; width: 78mm; } .box .h { font-size: 7pt; color: #888; text-transform: uppercase; margin-bottom: 1mm; }
      .obj { margin-top: 5mm; font-weight: bold; } .items { margin-top: 3mm; } .items th { background: ${accent}; color: #fff; text-align: left; padding: 1.2mm; font-size: 7.6pt; } .items td { padding: 1.2mm; border-bottom: 1px solid #eee; vertical-align: top; }
      .below { display: flex; justify-content: space-between; margin-top: 4mm; } .info { width: 88mm; font-size: 7.4pt; color: #444; } .tot { width: 78mm; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 9.8pt; background: #f1f8e9; }
      .pay { margin-top: 5mm; border-top: 1px solid #ccc; padding-top: 2mm; } .legal { font-size: 6.6pt; color: #777; margin-top: 6mm; text-align: center; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="tag">Désherbage alternatif – entretien des espaces publics « zéro phyto »</div><div class="co">${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div>
      <h1>${inv.avoir ? 'Avoir' : 'Facture'}</h1></div>
     <table class="heads"><tr>${heads.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${heads.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>
     <div class="parties"><div class="box"><div class="h">Adresse de facturation</div>${htmlLines(buyerTexts(inv, x))}</div>
      ${!inHeads && shown.length ? `<div class="box"><div class="h">Vos références</div>${shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div>` : ''}</div>
     <div class="obj">${esc(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}` : `${season} (travaux du ${fmtDate(inv.work.from, 'slash')} au ${fmtDate(inv.work.to, 'slash')})`)}</div>
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>Désignation</th><th class="r">Quantité</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>${rows}</table>
     <div class="below"><div class="info">Techniques sans produits phytosanitaires (loi n° 2014-110 dite « Labbé ») : eau chaude à 95 °C, mousse d’origine végétale biodégradable, brossage mécanique.<br>Agrément d’entreprise n° ${esc(inv.agrement)} – eau consommée sur la période : ${inv.water} m³ (bornes de puisage de la collectivité, pour information).</div>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <div class="pay">${inv.avoir ? 'Cet avoir sera déduit de notre prochaine facture.' : `${inv.print.iban ? `Règlement par virement à 30 jours – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : 'Règlement par mandat administratif à 30 jours'} – référence à rappeler : <b>${esc(inv.number)}</b>`}</div>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)}</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. Tiger-mosquito surveillance and treatments: an Odoo-like report, a row of boxes, « Payé le … ». ———
const SITES = ['cimetière', 'jardins familiaux', 'groupe scolaire', 'parc municipal', 'centre technique', 'gymnase', 'square', 'stade'];
const moustique = {
  name: 'ab-moustique-tigre',
  family: 'tiger-mosquito-ovitraps-larvicide-odoo-bilingual',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('ab-moustique-tigre', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoirOdoo'] : ['odoo'], engagementLabels: ['engagement', 'bonDeCommande', 'commande', 'ej'], marketProb: 0.3, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['nbsp', 'space'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'mosquito');
    renameSupplier(inv, x.pick(['Vigilance Moustiques Rhône-Loire', 'EntomoServices', 'Biovecteurs Conseil', 'Culicidae Solutions']), 'SAS');
    inv.supplier.ape = '8129A';
    greenBuyer(inv, x, 'hygiene', 0.85);
    localReferences(inv, x);
    maybeRelabel30(inv, x);
    notInFuture(inv);
    inv.bilingual = x.chance(0.4);
    inv.due = addDays(inv.date, 30);
    inv.origin = `S${String(x.int(100, 9999)).padStart(5, '0')}`;
    const month = previousMonth(inv.date);
    inv.season = month.from.m >= 5 && month.from.m <= 10;
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    inv.traps = Array.from({ length: x.int(6, 18) }, (_, k) => ({ id: `PP-${String(k + 1).padStart(2, '0')}`, site: SITES[(k + i) % SITES.length], eggs: Array.from({ length: 4 }, () => (x.chance(0.3) ? 0 : x.int(3, 260))) }));
    const n = inv.traps.length;
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.originInvoice = { number: `FAC/${inv.date.y}/${String(x.int(10, 999)).padStart(5, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      const gullies = x.int(20, 90);
      inv.lines = [{ label: `Traitement larvicide Bti des avaloirs non réalisé (arrêté sécheresse) – ${gullies} avaloirs`, qty: gullies, unit: x.int(350, 700), rate: 2000 }];
      return priceLines(inv, [2000]);
    }
    if (inv.season) {
      const weeks = x.int(4, 5);
      inv.lines = [
        { label: `Pose et relève hebdomadaire des pièges pondoirs – ${n} pièges × ${weeks} semaines (${inv.period.name})`, qty: n * weeks, unit: x.int(900, 1500), rate: 2000 },
        { label: 'Comptage des œufs d’Aedes albopictus à la loupe binoculaire (par lame)', qty: n * weeks, unit: x.int(250, 450), rate: 2000 },
      ];
      if (x.chance(0.7)) {
        const gullies = x.int(40, 260);
        inv.lines.push({ label: `Traitement larvicide au Bti des avaloirs et regards – ${gullies} avaloirs`, qty: gullies, unit: x.int(350, 700), rate: 2000 });
      }
      if (x.chance(0.45)) {
        inv.report = `${inv.date.y}${x.digits(5)}`;
        inv.lines.push({ label: `Prospection entomologique et traitement adulticide autour d’un cas signalé (signalement ARS n° ${inv.report})`, qty: 1, unit: x.int(280, 520) * 100, rate: 2000 });
      }
      if (x.chance(0.3)) inv.lines.push({ label: 'Animation d’une réunion publique de sensibilisation (soucoupes, gouttières, récupérateurs)', qty: 1, unit: x.int(35, 70) * 100, rate: 2000 });
    } else {
      inv.lines = [
        { label: `Rapport de saison ${month.from.m > 10 ? month.from.y : month.from.y - 1} : cartographie des pontes et indicateurs de densité`, qty: 1, unit: x.int(600, 1200) * 100, rate: 2000 },
        { label: `Retrait, nettoyage et stockage des pièges pondoirs – ${n} pièges`, qty: n, unit: x.int(1200, 2200), rate: 2000 },
      ];
      if (x.chance(0.6)) inv.lines.push({ label: 'Réunion de restitution avec les services (½ journée)', qty: 1, unit: x.int(30, 55) * 100, rate: 2000 });
    }
    priceLines(inv, [2000]);
    inv.paid = i === 4 || i === 7 ? deductDeposit(inv, x, 30, addDays(inv.date, -x.int(30, 80))) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de lutte antivectorielle n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service destinataire'] });
    const sentence = inv.engagement && x.chance(0.2) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const title = inv.avoir ? `${L('Avoir', 'Credit Note')} ${inv.number}` : `${L('Facture', 'Invoice')} ${inv.number}`;
    const boxes = [[L('Date de facturation', 'Invoice Date'), date(inv, inv.date)], ...(inv.avoir ? [[L('Facture d’origine', 'Reversed invoice'), inv.originInvoice.number]] : [[L('Date d’échéance', 'Due Date'), fmtDate(inv.due, 'slash')], [L('Origine', 'Source'), inv.origin]]), ...shown];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)} ${esc(L('Unité(s)', 'Units'))}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">TVA 20%</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const totals = [[L('Montant HT', 'Untaxed Amount'), inv.ht], ['TVA 20 %', inv.tva], ['Total', inv.ttc, true]];
    if (inv.paid) totals.push([`<i>${esc(L('Payé le', 'Paid on'))} ${fmtDate(inv.paid.date, 'slash')}</i> (${esc(L('acompte', 'down payment'))} ${esc(inv.paid.number)})`, -inv.paid.amount], [L('Montant dû', 'Amount Due'), inv.net, true]);
    const traps = inv.avoir || !inv.season ? '' : `<h4>${esc(L('Relevé des pièges pondoirs (pour information)', 'Ovitrap readings (for information)'))}</h4><table class="traps"><tr><th>${esc(L('Piège', 'Trap'))}</th><th>Site</th>${[1, 2, 3, 4].map((k) => `<th class="r">S${k}</th>`).join('')}</tr>${inv.traps.map((t) => `<tr><td>${t.id}</td><td>${esc(t.site)}</td>${t.eggs.map((e) => `<td class="r">${e}</td>`).join('')}</tr>`).join('')}</table>`;
    const font = x.pick(['Liberation Sans', 'DejaVu Sans']);
    return htmlPage(`body { font-family: '${font}'; font-size: 8.6pt; color: #333; }
      .hdr { display: flex; justify-content: space-between; border-bottom: 1px solid #bbb; padding-bottom: 2mm; } .logo { font-size: 15pt; font-weight: bold; color: #714b67; } .caddr { font-size: 7.8pt; text-align: right; }
      .addr { margin: 8mm 0 0 100mm; font-size: 9pt; } h2 { font-size: 15pt; margin: 7mm 0 3mm; font-weight: normal; }
      .boxes { display: flex; flex-wrap: wrap; gap: 2mm 9mm; margin-bottom: 5mm; } .boxes div strong { display: block; font-size: 8pt; } .boxes div span { font-size: 9pt; }
      .lines th { border-bottom: 1.5px solid #333; text-align: left; padding: 1mm; font-size: 8pt; } .lines td { padding: 1.2mm 1mm; border-bottom: 1px solid #e6e6e6; }
      .tot { width: 88mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.5mm; border-top: 1px solid #e6e6e6; } .tot .s td { font-weight: bold; border-top: 1.5px solid #333; }
      .note { margin-top: 5mm; font-size: 8pt; } h4 { margin: 5mm 0 1mm; font-size: 8.4pt; } .traps th, .traps td { font-size: 7.2pt; padding: 0.5mm 1.2mm; border-bottom: 1px solid #eee; text-align: left; }
      .foot { border-top: 1px solid #bbb; margin-top: 6mm; padding-top: 1.5mm; font-size: 6.8pt; text-align: center; color: #555; }`,
    `<div class="hdr"><div class="logo">${esc(s.name)}</div><div class="caddr">${supplierTexts(inv, x, { phone: false }).map(esc).join('<br>')}</div></div>
     <div class="addr">${htmlLines(buyerTexts(inv, x))}</div>
     <h2>${esc(title)}</h2>
     <div class="boxes">${boxes.map(([k, v]) => `<div><strong>${esc(k)}</strong><span>${esc(v)}</span></div>`).join('')}</div>
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="lines"><tr><th>Description</th><th class="r">${esc(L('Quantité', 'Quantity'))}</th><th class="r">${esc(L('Prix unitaire', 'Unit Price'))}</th><th class="r">${esc(L('Taxes', 'Taxes'))}</th><th class="r">${esc(L('Montant', 'Amount'))}</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${k.startsWith('<i>') ? k : esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <div class="note">${inv.avoir ? esc(`Avoir sur la facture ${inv.originInvoice.number} du ${fmtDate(inv.originInvoice.date, 'slash')}.`) : `${esc(L('Veuillez utiliser la communication suivante pour votre paiement', 'Please use the following communication for your payment'))} : <b>${esc(inv.number)}</b>${inv.print.iban ? `<br>${esc(L('Sur le compte', 'On this account'))} : IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : `<br>${esc(L('Règlement par mandat administratif', 'Payment by administrative mandate'))}`}<br>${esc(L('Conditions de paiement', 'Payment terms'))} : 30 ${esc(L('jours', 'days'))}`}</div>
     ${traps}
     <p style="font-size:7pt">${esc(LATE_FEES)}</p>
     <div class="foot">${esc(s.phone)} | ${esc(s.email)} | ${esc(s.web)}<br>${esc(legalLine(inv))}<br>Page 1 / 1</div>`, '10mm 12mm 12mm 12mm');
  },
};

export default [desherbage, moustique];

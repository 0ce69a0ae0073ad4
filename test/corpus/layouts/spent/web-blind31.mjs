// Blind-31 layouts written for Chromium (see ../../README.md): a painting contractor's invoice for the interior
// painting of a school during the holidays, printed by a web invoicing SaaS (walls and ceilings per m² room by room,
// woodwork per linear metre, protection and cleaning; the identity as a row of small headings over larger values, the
// references in a « Vos références » box or as more headings; a discount on some; one credit note for a room not
// painted), and an asbestos-removal contractor's invoice printed by another SaaS with a sidebar (containment, removal
// of vinyl-asbestos tiles and bitumen glue per m², air measurements; the disposal at a hazardous-waste site paid in the
// buyer's name and re-invoiced at cost outside VAT on half; the deposit invoiced with the order deducted on 2;
// bilingual labels on some).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, deductDeposit, splitOutside } from '../../lib/blind25.mjs';
import { buildingBuyer, maybeRelabel31, ROOMS, SCHOOLS, seven31, PUBLIC_BUILDINGS } from '../../lib/blind31.mjs';

// ——— 1. Interior painting of a school: a web SaaS, a row of headings over values. ———
const peinture = {
  name: 'ac-peinture-ecole',
  family: 'school-interior-painting-saas-per-m2-rooms',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const inv = makeInvoice('ac-peinture-ecole', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['btp'], numbers: credit ? ['avoir'] : ['pennylane', 'hash', 'ebp'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.25, serviceProb: 0.5, dateStyles: ['slash', 'long'], rates: [[2000]], discountPct: credit ? [0] : [0, 0, 3], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'paint');
    renameSupplier(inv, x.pick(['Peintures Furanaises', 'Atelier Couleurs & Finitions', 'Décor Peinture Loire', 'Gier Peinture Rénovation']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4334Z';
    buildingBuyer(inv, x, 'schools', 0.85);
    localReferences(inv, x);
    maybeRelabel31(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven31(x);
    inv.quote = `DEV-${inv.date.y}-${x.digits(4)}`;
    inv.school = x.pick(SCHOOLS);
    inv.holidays = x.pick(['vacances d’été', 'vacances de la Toussaint', 'vacances d’hiver', 'vacances de printemps']);
    const first = x.int(0, ROOMS.length - 1);
    const rooms = Array.from({ length: credit ? 1 : x.int(2, 4) }, (_, k) => ROOMS[(first + k) % ROOMS.length]);
    const wall = x.int(1450, 2400);
    const ceiling = x.int(1650, 2800);
    inv.lines = [];
    for (const room of rooms) {
      const walls = x.int(40, 160) + x.pick([0, 0.5, 0.25]);
      inv.lines.push({ label: `${room} – murs : lessivage, rebouchage, impression et 2 couches acrylique velours (classement A+)`, qtyText: frNumber(walls, 2), unitName: 'm²', qty: walls, unit: wall, rate: 2000 });
      if (x.chance(0.6)) {
        const c = x.int(30, 90);
        inv.lines.push({ label: `${room} – plafond : 2 couches peinture mate`, qtyText: frNumber(c, 2), unitName: 'm²', qty: c, unit: ceiling, rate: 2000 });
      }
      if (x.chance(0.5)) {
        const ml = x.int(12, 60);
        inv.lines.push({ label: `${room} – boiseries et plinthes : ponçage, laque satinée`, qtyText: frNumber(ml, 2), unitName: 'ml', qty: ml, unit: x.int(750, 1300), rate: 2000 });
      }
    }
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `F-${inv.date.y}-${String(x.int(10, 999)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.lines = inv.lines.slice(0, 2).map((l) => ({ ...l, label: `Moins-value – non réalisé : ${l.label}` }));
    } else {
      inv.lines.push({ label: 'Protection des sols et du mobilier, déplacement et remise en place', qtyText: '1', unitName: 'forfait', qty: 1, unit: x.int(180, 480) * 100, rate: 2000 });
      if (x.chance(0.5)) inv.lines.push({ label: 'Nettoyage de fin de chantier avant la rentrée', qtyText: '1', unitName: 'forfait', qty: 1, unit: x.int(90, 260) * 100, rate: 2000 });
    }
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre peinture n°', 'Lot n° / marché'], service: ['Code service', 'Service', 'Service destinataire'] });
    const sentence = inv.engagement && x.chance(0.2) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const inHeads = x.chance(0.4);
    const accent = x.pick(['#5b4bdb', '#1f6feb', '#0b7285']);
    const heads = [[inv.avoir ? 'Avoir n°' : 'Facture n°', inv.number], ['Date d’émission', date(inv, inv.date)], [inv.avoir ? 'Facture d’origine' : 'Date d’échéance', inv.avoir ? inv.origin.number : fmtDate(inv.due, 'slash')], ['N° client', inv.account], ...(inHeads ? shown : [])];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(l.qtyText)}</td><td>${esc(l.unitName)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const totals = [];
    if (inv.discount) totals.push(['Sous-total HT', inv.grossHT], [`Remise commerciale (${inv.discountPct} %)`, -inv.discount]);
    totals.push(['Total HT', inv.ht], ['TVA (20 %)', inv.tva], [inv.avoir ? 'Total de l’avoir TTC' : 'Total TTC', inv.ttc, inv.avoir]);
    if (!inv.avoir) totals.push([x.pick(['Montant dû', 'Net à payer', 'Reste à payer']), inv.net, true]);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans'])}'; font-size: 8.4pt; }
      .top { display: flex; justify-content: space-between; } .brand { font-size: 16pt; font-weight: bold; } .co { font-size: 7.6pt; color: #555; }
      h1 { font-size: 22pt; margin: 0; color: ${accent}; }
      .heads { margin-top: 6mm; background: #f6f7fb; } .heads th { font-size: 6.6pt; color: #667; text-transform: uppercase; letter-spacing: 0.3px; text-align: left; padding: 2mm 2mm 0.2mm; font-weight: normal; } .heads td { font-size: 10pt; font-weight: bold; padding: 0 2mm 2mm; }
      .parties { display: flex; gap: 8mm; margin-top: 5mm; } .box { flex: 1; } .box .h { font-size: 6.8pt; color: #889; text-transform: uppercase; margin-bottom: 1mm; }
      .obj { margin-top: 5mm; font-size: 9pt; } .items { margin-top: 3mm; } .items th { border-bottom: 2px solid ${accent}; text-align: left; padding: 1.2mm; font-size: 7.4pt; color: #444; } .items td { padding: 1.4mm 1.2mm; border-bottom: 1px solid #eceef4; vertical-align: top; }
      .tot { width: 80mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10.5pt; color: ${accent}; border-top: 1px solid #ccd; }
      .pay { margin-top: 6mm; background: #f6f7fb; padding: 2.5mm 3mm; font-size: 8pt; } .legal { font-size: 6.6pt; color: #778; margin-top: 6mm; text-align: center; }`,
    `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="co">Peinture – revêtements muraux – ravalement<br>${supplierTexts(inv, x).slice(1).map(esc).join('<br>')}</div></div><h1>${inv.avoir ? 'Avoir' : 'Facture'}</h1></div>
     <table class="heads"><tr>${heads.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${heads.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>
     <div class="parties"><div class="box"><div class="h">Facturé à</div>${htmlLines(buyerTexts(inv, x))}</div>
      ${!inHeads && shown.length ? `<div class="box"><div class="h">Vos références</div>${shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div>` : ''}
      <div class="box"><div class="h">Chantier</div><div>${esc(inv.school)}</div><div>Travaux réalisés pendant les ${esc(inv.holidays)}</div><div>Devis accepté ${esc(inv.quote)}</div></div></div>
     <div class="obj">${esc(inv.avoir ? `Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')} – moins-value sur travaux non exécutés` : `Travaux de peinture intérieure – ${inv.school}`)}</div>
     ${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
     <table class="items"><tr><th>Description</th><th class="r">Qté</th><th>Unité</th><th class="r">Prix unitaire HT</th><th class="r">TVA</th><th class="r">Total HT</th></tr>${rows}</table>
     <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
     <div class="pay">${inv.avoir ? 'Montant à déduire de votre prochain règlement – aucun paiement à effectuer.' : `<b>Paiement</b> : ${inv.print.iban ? `virement bancaire – IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}` : 'mandat administratif (dépôt Chorus Pro)'} – référence de paiement <b>${esc(inv.number)}</b> – échéance ${esc(fmtDate(inv.due, 'slash'))}`}</div>
     <p style="font-size:7pt;color:#555">${esc(LATE_FEES)} Assurance décennale : police n° ${esc(`${x.int(10, 99)}${x.digits(6)}`)}.</p>
     <div class="legal">${esc(legalLine(inv))}</div>`, '12mm 13mm 14mm 13mm');
  },
};

// ——— 2. Asbestos removal: a SaaS with an identity sidebar, a disposal disbursement outside VAT, a deposit. ———
const MATERIALS = [
  ['Retrait de dalles de sol vinyle-amiante 30×30 et colle bitumineuse, en sous-section 3', [3800, 6500]],
  ['Retrait de faux plafond en plaques fibres-ciment amiantées', [4200, 7200]],
  ['Retrait de conduits et descentes en amiante-ciment, conditionnement en big-bag', [2900, 5200]],
  ['Retrait de calorifuge amianté sur réseau de chauffage (boîte à gants)', [9500, 16000]],
];
const desamiantage = {
  name: 'ac-desamiantage',
  family: 'asbestos-removal-disposal-disbursement-deposit-sidebar',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const debours = i % 2 === 0;
    const inv = makeInvoice('ac-desamiantage', i, { cityProb: 0.4, engagementProb: 0.7, trades: ['btp'], numbers: ['odoo', 'ebp', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique'], marketProb: 0.4, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.8 });
    const x = extraRng(inv, 'asbestos');
    renameSupplier(inv, x.pick(['Désamiantage Rhône-Loire', 'Amiante Solutions Forez', 'DSA Dépollution Bâtiment', 'Sécuramiante 42']), 'SAS');
    inv.supplier.ape = '4311Z';
    buildingBuyer(inv, x, x.chance(0.5) ? 'schools' : 'buildings', 0.85);
    localReferences(inv, x);
    maybeRelabel31(inv, x);
    notInFuture(inv);
    inv.bilingual = x.chance(0.35);
    inv.due = addDays(inv.date, 30);
    inv.site = seven31(x);
    inv.building = x.pick(PUBLIC_BUILDINGS);
    inv.plan = `PR-${inv.date.y}-${x.digits(3)}`;
    const [label, [lo, hi]] = x.pick(MATERIALS);
    const m2 = x.int(30, 420);
    inv.lines = [
      { label: 'Installation de chantier, zone de confinement, sas personnel et matériel, extracteurs', unitName: 'forfait', qty: 1, unit: x.int(2200, 6800) * 100, rate: 2000 },
      { label, unitName: 'm²', qty: m2, unit: x.int(lo, hi), rate: 2000 },
      { label: 'Mesures d’empoussièrement (stratégie, prélèvements et analyses META – laboratoire accrédité)', unitName: 'u', qty: x.int(3, 8), unit: x.int(380, 620) * 100, rate: 2000 },
      { label: 'Nettoyage fin, examen visuel et repli de chantier', unitName: 'forfait', qty: 1, unit: x.int(600, 1800) * 100, rate: 2000 },
    ];
    if (debours) {
      inv.bsda = `BSDA-${inv.date.y}${String(inv.date.m).padStart(2, '0')}${String(inv.date.d).padStart(2, '0')}-${x.pick('ABCDEFGHJK'.split(''))}${x.digits(8)}`;
      inv.lines.push({ label: `Élimination des déchets amiantés en ISDD – acquittée au nom et pour le compte du maître d’ouvrage (bordereau ${inv.bsda})`, unitName: 'forfait', qty: 1, unit: x.int(600, 3200) * 100 + x.int(0, 99), rate: 0 });
    }
    priceLines(inv, debours ? [2000, 0] : [2000]);
    inv.paid = i === 1 || i === 6 ? deductDeposit(inv, x, 30, addDays(inv.date, -x.int(30, 70))) : null;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de désamiantage n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service gestionnaire'] });
    const side = [[L('Facture', 'Invoice'), inv.number, true], [L('Date', 'Date'), date(inv, inv.date), true], [L('Échéance', 'Due date'), fmtDate(inv.due, 'slash')], [L('N° de chantier', 'Site no.'), inv.site], [L('Plan de retrait', 'Removal plan'), inv.plan], ...refs];
    const { outside, taxed } = splitOutside(inv);
    const totals = [];
    if (outside) totals.push([L('Total travaux HT', 'Works excl. VAT'), taxed], [L('Débours (hors champ de TVA)', 'Disbursements (out of scope)'), outside]);
    totals.push([L('Total HT', 'Total excl. VAT'), inv.ht], [outside ? `TVA 20 % sur ${plainMoney(inv, taxed)}` : L('TVA 20 %', 'VAT 20%'), inv.tva], [L('Total TTC', 'Total incl. VAT'), inv.ttc, !inv.paid]);
    if (inv.paid) totals.push([`${L('Acompte versé', 'Deposit paid')} (${inv.paid.number} du ${fmtDate(inv.paid.date, 'slash')})`, -inv.paid.amount], [L('Reste dû', 'Balance due'), inv.net, true]);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${esc(frNumber(l.qty))}</td><td>${esc(l.unitName)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${l.rate ? rate(l.rate) : '–'}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const color = x.pick(['#b45309', '#9a3412', '#374151']);
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8pt; }
      .wrap { display: flex; gap: 7mm; } .side { width: 50mm; background: #f4f1ec; padding: 12mm 4mm 4mm; min-height: 250mm; } .main { flex: 1; padding-top: 12mm; }
      .side .k { font-size: 6.8pt; color: #6b6b6b; margin-top: 2.5mm; } .side .v { font-size: 9pt; } .side .v.b { font-size: 11pt; font-weight: bold; }
      .name { font-size: 14pt; font-weight: bold; color: ${color}; } .co { font-size: 7.2pt; color: #444; margin-bottom: 4mm; }
      h1 { font-size: 18pt; color: ${color}; margin: 0 0 4mm; } .to { margin: 0 0 5mm 40mm; font-size: 8.8pt; }
      .items th { background: ${color}; color: #fff; padding: 1.2mm; font-size: 7.2pt; text-align: left; } .items td { padding: 1.2mm; border-bottom: 1px solid #e5e1da; vertical-align: top; }
      .tot { width: 92mm; margin: 4mm 0 0 auto; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10pt; border-top: 2px solid ${color}; }
      .small { font-size: 6.8pt; color: #555; margin-top: 3mm; } .legal { font-size: 6.4pt; color: #666; margin-top: 5mm; border-top: 1px solid #ddd; padding-top: 1.5mm; }`,
    `<div class="wrap"><div class="side">${side.map(([k, v, b]) => `<div class="k">${esc(k)}</div><div class="v${b ? ' b' : ''}">${esc(v)}</div>`).join('')}
      <div class="k">${esc(L('Bâtiment', 'Building'))}</div><div class="v">${esc(inv.building)}</div></div>
     <div class="main"><div class="name">${esc(s.name)}</div><div class="co">Entreprise certifiée amiante sous-section 3 (NF X 46-010) – certificat n° ${esc(`${x.int(100, 999)}-${x.digits(4)}`)}<br>${supplierTexts(inv, x).slice(1).map(esc).join(' – ')}</div>
      <h1>${esc(L('FACTURE', 'INVOICE'))}</h1>
      <div class="to">${htmlLines(buyerTexts(inv, x))}</div>
      <p><b>${esc(L('Objet', 'Subject'))} :</b> ${esc(`désamiantage avant travaux – ${inv.building}`)}</p>
      <table class="items"><tr><th>${esc(L('Désignation', 'Description'))}</th><th class="r">${esc(L('Qté', 'Qty'))}</th><th>${esc(L('Unité', 'Unit'))}</th><th class="r">${esc(L('P.U. HT', 'Unit price'))}</th><th class="r">TVA</th><th class="r">${esc(L('Montant HT', 'Amount'))}</th></tr>${rows}</table>
      <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
      ${outside ? '<div class="small">Débours : frais d’élimination payés au nom et pour le compte du client et refacturés à l’euro près, hors champ de TVA (art. 267 II-2° du CGI).</div>' : ''}
      <div class="small">${esc(inv.print.iban ? `${L('Règlement par virement', 'Bank transfer')} – IBAN ${iban(inv)} – BIC ${s.bic} – ${L('référence', 'reference')} ${inv.number}` : 'Règlement par mandat administratif à 30 jours.')}</div>
      <div class="small">${esc(LATE_FEES)}</div>
      <div class="legal">${esc(legalLine(inv))}</div></div></div>`, '0mm 12mm 10mm 0mm');
  },
};

export default [peinture, desamiantage];

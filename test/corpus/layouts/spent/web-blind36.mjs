// Blind-36 layouts printed by Chromium (see ../../README.md): an estate agency's fee invoice for the sale of a
// communal property (or the search of a dwelling to let for a CCAS), printed by the agency's transaction software (the
// identity only in the title line « Facture d’honoraires n° … du … », the mandate of seven digits in the register of
// mandates, the sale price and the fee's rate, the professional card and financial guarantee in the footer; a discount
// on some; one credit note reducing the fee, naming the original invoice), and a land-search service's invoice for
// mortgage-registry and cadastral searches before pre-emptions and sales (the identity in a left sidebar, French–English
// labels on some, one line per property with its parcel, the registry's fees and the land-security contribution
// re-invoiced outside VAT beside the service at 20 %, « Montant dû »).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { both, splitOutside } from '../../lib/blind25.mjs';
import { eight36, housingBuyer, maybeRelabel36, oldAddress, parcel, parcelText, seven36 } from '../../lib/blind36.mjs';

// ——— 1. Estate agent's fee: identity in the title line, mandate of seven digits, one credit note. ———
const PROPERTIES = ['maison de ville', 'immeuble de rapport (4 logements)', 'ancien presbytère', 'local commercial en rez-de-chaussée', 'ancienne école communale', 'appartement T3 (lot n° 12)', 'terrain à bâtir', 'ancienne caserne de pompiers'];
const agence = {
  name: 'ah-honoraires-agence-immobiliere',
  family: 'estate-agent-fee-title-line-mandate-credit',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const inv = makeInvoice('ah-honoraires-agence-immobiliere', i, { avoir: credit, cityProb: 0.4, engagementProb: 0.7, trades: ['services'], numbers: credit ? ['avoir', 'avoirShort'] : ['plain', 'hash', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient'], marketProb: 0.2, serviceProb: 0.45, dateStyles: ['long', 'slash'], rates: [[2000]], discountPct: credit ? 0 : [0, 0, 0, 10], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.8, negative: credit ? 1 : false });
    const x = extraRng(inv, 'agency');
    renameSupplier(inv, x.pick(['Forez Immobilier Transactions', 'Agence du Jardin des Plantes', 'Cabinet Gerphagnon Immobilier', 'Loire Patrimoine Immobilier']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '6831Z';
    const lease = i % 4 === 3;
    housingBuyer(inv, x, lease ? 'housing' : 'land', 0.85);
    localReferences(inv, x);
    maybeRelabel36(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.mandate = seven36(x);
    inv.card = `CPI 4201 ${inv.date.y - x.int(3, 12)} 000 0${x.digits(2)} ${x.digits(3)}`;
    inv.property = { kind: lease ? 'appartement T2 meublé' : x.pick(PROPERTIES), address: oldAddress(x), parcel: parcel(x) };
    inv.deed = addDays(inv.date, -x.int(2, 20));
    inv.notary = x.pick(['Me Chalayer', 'Me Dumas-Guillot', 'Me Perrin', 'Me Royer et associés']);
    if (lease) {
      const rent = x.int(380, 620) * 100;
      inv.rent = rent;
      inv.lines = [{ label: `Honoraires de recherche et de négociation – bail d’habitation, ${inv.property.kind}, ${inv.property.address} (loyer mensuel hors charges ${plainMoney(inv, rent)} €)`, qty: 1, unit: Math.round(rent * 0.8), rate: 2000 },
        { label: 'Honoraires d’état des lieux d’entrée (3 € par m² habitable)', qty: x.int(35, 60), unit: 300, rate: 2000 }];
    } else {
      inv.price = x.int(60, 420) * 100000;
      inv.pct = x.pick([3, 4, 5]);
      inv.lines = [{ label: `Honoraires de négociation à la charge du vendeur – ${inv.property.kind}, ${inv.property.address}, cadastré ${parcelText(inv.property.parcel)} – ${inv.pct} % du prix de vente de ${plainMoney(inv, inv.price)} €`, qty: 1, unit: Math.round((inv.price * inv.pct) / 100 / 1.2), rate: 2000 }];
      if (x.chance(0.5)) inv.lines.push({ label: 'Avis de valeur et dossier de mise en vente (photographies, plans, diffusion)', qty: 1, unit: x.int(250, 600) * 100, rate: 2000 });
    }
    if (credit) {
      inv.lines = [{ label: `Réduction des honoraires convenue après la réitération de la vente (${inv.property.kind}, ${inv.property.address})`, qty: 1, unit: x.int(800, 3000) * 100, rate: 2000 }];
      inv.origin = { number: `F-${inv.date.y}-${x.digits(3)}`, date: addDays(inv.date, -x.int(10, 40)) };
      inv.print.iban = false;
    }
    return priceLines(inv, [2000]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const accent = x.pick(['#8d1c3d', '#1f4e79', '#3a5a40']);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service destinataire'] });
    const inBuyer = inv.engagement && x.chance(0.5);
    const sentence = inv.engagement && !inBuyer && x.chance(0.4) ? engagementSentence(inv, x) : null;
    const shown = refs.filter(([k]) => !(inv.engagement && k === inv.engagement.label && (inBuyer || sentence)));
    const title = inv.avoir ? `Avoir n° ${inv.number} du ${date(inv, inv.date)}` : `Facture d’honoraires n° ${inv.number} du ${date(inv, inv.date)}`;
    const buyer = buyerTexts(inv, x);
    const buyerHtml = htmlLines(buyer) + (inBuyer ? `<div class="eng">${esc(inv.engagement.label)} ${esc(inv.engagement.written)}</div>` : '');
    const lines = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${rate(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const tot = [];
    if (inv.discount) tot.push([`Geste commercial (${inv.discountPct} %)`, money(inv, -inv.discount)]);
    tot.push([inv.avoir ? 'Montant HT de l’avoir' : 'Honoraires HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [inv.avoir ? 'Montant TTC de l’avoir' : 'Honoraires TTC', money(inv, inv.ttc)]);
    if (!inv.avoir) tot.push([x.pick(['Net à payer', 'Montant dû']), money(inv, inv.net)]);
    const context = inv.rent
      ? `Location consentie pour le compte de la collectivité – bail signé le ${fmtDate(inv.deed, 'slash')}.`
      : `Vente réitérée par acte authentique reçu le ${fmtDate(inv.deed, 'long')} par ${inv.notary}, notaire.`;
    const css = `body { font: 9.4pt "Liberation Sans", Arial, sans-serif; } .top { display: flex; justify-content: space-between; border-bottom: 3px solid ${accent}; padding-bottom: 6px; }
      .brand { font: bold 17pt "Liberation Serif", serif; color: ${accent}; } .small { font-size: 7.6pt; color: #555; } h1 { font-size: 12.5pt; margin: 14px 0 4px; }
      .cols { display: flex; justify-content: space-between; margin-top: 10px; } .buyer { width: 46%; border: 1px solid #bbb; padding: 6px 8px; } .eng { margin-top: 4px; font-weight: bold; }
      .meta div { margin: 1px 0; } table.items th { background: ${accent}; color: #fff; text-align: left; padding: 4px; font-size: 8.4pt; } table.items td { border-bottom: 1px solid #ddd; padding: 5px 4px; vertical-align: top; }
      table.tot { width: 46%; margin-left: 54%; margin-top: 8px; } table.tot td { padding: 3px 4px; } table.tot tr:last-child td { font-weight: bold; border-top: 2px solid ${accent}; font-size: 10.5pt; }
      .foot { margin-top: 16px; font-size: 7pt; color: #444; border-top: 1px solid #ccc; padding-top: 4px; }`;
    const body = `<div class="top"><div><div class="brand">${esc(s.name)}</div><div class="small">Transaction – location – gestion · ${esc(s.address.join(', '))} · ${esc(s.phone)}</div></div>
      <div class="small" style="text-align:right">${esc(s.email)}<br>${esc(s.web)}</div></div>
      <h1>${esc(title)}</h1>
      <div class="cols"><div class="meta">
        <div>Mandat ${x.pick(['exclusif', 'simple'])} n° <b>${esc(inv.mandate)}</b> (registre des mandats)</div>
        ${inv.avoir ? `<div>Annule et réduit la facture n° ${esc(inv.origin.number)} du ${fmtDate(inv.origin.date, 'slash')}</div>` : `<div>Échéance : ${fmtDate(inv.due, 'slash')}</div>`}
        ${shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}
      </div><div class="buyer"><div class="small">${inv.rent ? 'Bailleur / client' : 'Vendeur / client'}</div>${buyerHtml}</div></div>
      <p>${esc(context)}</p>${sentence ? `<p><i>${esc(sentence)}</i></p>` : ''}
      <table class="items"><tr><th>Désignation</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>${lines}</table>
      <table class="tot">${tot.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${v}</td></tr>`).join('')}</table>
      <p>${inv.avoir ? 'Cet avoir sera imputé sur la facture d’origine.' : esc(paymentText(inv))}</p>
      <div class="foot">Carte professionnelle « Transaction sur immeubles et fonds de commerce » n° ${esc(inv.card)} délivrée par la CCI Lyon Métropole Saint-Étienne Roanne. Garantie financière : ${x.pick(['GALIAN', 'CEGC', 'QBE'])}, 120 000 €. L’agence ne détient aucun fonds pour le compte de tiers.<br>${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>`;
    return htmlPage(css, body);
  },
};

// ——— 2. Land-registry searches: identity in a left sidebar, bilingual labels on some, disbursements outside VAT. ———
const COMMUNES = ['Saint-Étienne', 'Saint-Chamond', 'Firminy', 'Montbrison', 'Rive-de-Gier', 'La Talaudière', 'Villars', 'Saint-Genest-Lerpt', 'Roche-la-Molière'];
const SEARCHES = [
  ['Demande de renseignements hors formalité (état hypothécaire sur 50 ans)', 3500, 6500, 1200],
  ['Réquisition de copie de fiche d’immeuble', 2500, 4000, 600],
  ['Relevé de propriété et extrait de plan cadastral', 1500, 3000, 0],
  ['Copie d’acte publié (titre de propriété)', 3000, 5000, 1500],
];
const hypotheques = {
  name: 'ah-etats-hypothecaires',
  family: 'land-registry-searches-sidebar-disbursements',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('ah-etats-hypothecaires', i, { cityProb: 0.4, engagementProb: 0.75, trades: ['services'], numbers: ['odoo', 'ebp', 'plain'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'refCommandeEj'], marketProb: 0.35, serviceProb: 0.55, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [1, 1], rcsProb: 0.7 });
    const x = extraRng(inv, 'searches');
    renameSupplier(inv, x.pick(['Formalités Foncières du Centre-Est', 'Hypothèques Express Loire', 'Foncier Services Rhône-Alpes', 'Cadastre & Titres Conseil']), 'SAS');
    inv.supplier.ape = '6910Z';
    housingBuyer(inv, x, 'land', 0.85);
    localReferences(inv, x);
    maybeRelabel36(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = seven36(x);
    inv.bilingual = x.chance(0.4);
    const n = i === 6 ? 5 : x.int(1, 3);
    inv.lines = [];
    inv.files = [];
    for (let k = 0; k < n; k++) {
      const pc = parcel(x);
      const commune = x.pick(COMMUNES);
      const request = eight36(x);
      inv.files.push(request);
      const picks = SEARCHES.filter(() => x.chance(0.55)).slice(0, 3);
      if (!picks.length) picks.push(SEARCHES[0]);
      for (const [label, lo, hi, fee] of picks) {
        inv.lines.push({ label: `${label} – ${commune}, ${parcelText(pc)} (demande ${request})`, qty: 1, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
        if (fee) inv.lines.push({ label: `Contribution de sécurité immobilière / salaire du SPF – débours`, qty: 1, unit: fee, rate: 0, outside: true });
      }
    }
    if (x.chance(0.5)) inv.lines.push({ label: 'Frais postaux et d’envoi recommandé (débours)', qty: 1, unit: x.int(6, 14) * 100, rate: 0, outside: true });
    return priceLines(inv, [2000, 0]);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const L = (fr, en) => (inv.bilingual ? both(fr, en) : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre n°'], service: ['Code service', 'Service exécutant'] });
    const { outside, taxed } = splitOutside(inv);
    const side = [
      [L('Facture n°', 'Invoice no.'), inv.number], [L('Date', 'Date'), date(inv, inv.date)], [L('Échéance', 'Due date'), fmtDate(inv.due, 'slash')],
      [L('Compte client', 'Customer account'), inv.account], ...refs,
    ];
    const rows = inv.lines.map((l) => `<tr${l.outside ? ' class="deb"' : ''}><td>${esc(l.label)}</td><td class="r">${l.outside ? 'hors TVA' : rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const tot = [[L('Honoraires HT', 'Fees excl. VAT'), taxed], [L('Débours (hors champ de TVA)', 'Disbursements (no VAT)'), outside], [L('Total HT', 'Total excl. VAT'), inv.ht], [`${L('TVA', 'VAT')} ${rate(2000)}`, inv.tva], [L('Total TTC', 'Total incl. VAT'), inv.ttc], [L('Montant dû', 'Amount due'), inv.net]];
    const css = `body { font: 8.8pt "DejaVu Sans", sans-serif; } .wrap { display: flex; } .side { width: 52mm; background: #f1f3f6; padding: 8px; min-height: 250mm; box-sizing: border-box; }
      .side .k { font-size: 6.8pt; color: #667; margin-top: 7px; } .side .v { font-size: 9.6pt; font-weight: bold; } .main { flex: 1; padding-left: 10mm; }
      .title { font-size: 20pt; font-weight: bold; letter-spacing: 1px; color: #243b55; } table.l th { text-align: left; font-size: 7.6pt; color: #667; border-bottom: 1px solid #243b55; padding: 3px; }
      table.l td { padding: 4px 3px; border-bottom: 1px solid #e3e3e3; vertical-align: top; } tr.deb td { color: #555; font-style: italic; }
      table.t { width: 75%; margin-left: 25%; margin-top: 8px; } table.t td { padding: 2px 3px; } table.t tr:last-child td { font-weight: bold; font-size: 11pt; background: #243b55; color: #fff; }
      .legal { font-size: 6.8pt; color: #555; margin-top: 14px; }`;
    const body = `<div class="wrap"><div class="side"><div style="font-weight:bold;font-size:10pt">${esc(s.name)}</div>${supplierTexts(inv, x).slice(1).map((t) => `<div style="font-size:7.4pt">${esc(t)}</div>`).join('')}
      ${side.map(([k, v]) => `<div class="k">${esc(k)}</div><div class="v">${esc(v)}</div>`).join('')}
</div>
      <div class="main"><div class="title">${esc(L('FACTURE', 'INVOICE'))}</div>
      <div style="margin:10px 0 12px 45%;border-left:3px solid #243b55;padding-left:8px">${htmlLines(buyerTexts(inv, x))}</div>
      <p>Recherches effectuées auprès du service de la publicité foncière de Saint-Étienne et du cadastre – ${inv.files.length} demande(s).</p>
      <table class="l"><tr><th>${esc(L('Désignation', 'Description'))}</th><th class="r">${esc(L('TVA', 'VAT'))}</th><th class="r">${esc(L('Montant HT', 'Amount'))}</th></tr>${rows}</table>
      <table class="t">${tot.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table>
      <p><b>${esc(L('Règlement', 'Payment'))}</b> : ${esc(paymentText(inv))}</p>
      <div class="legal">Les débours sont refacturés à l’euro près pour le compte du client (art. 267 II-2° du CGI) et n’entrent pas dans la base de la TVA. ${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div></div></div>`;
    return htmlPage(css, body, '10mm 10mm 12mm 10mm');
  },
};

export default [agence, hypotheques];

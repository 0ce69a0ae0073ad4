// Blind-5 layouts printed by a browser engine from their own HTML (see ../../README.md): a caterer's event invoice
// priced per guest with food at 10 % and drinks and service at 20 % (VAT summary table), a translation agency's
// invoice per word (word counts that look like amounts, a price per word with three decimals), a copier contract's
// meter readings (indexes, copies, a price per copy with four decimals) and work clothes ordered by size (a grid of
// quantities per size).
import { addDays, esc } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, LATE_FEES, makeInvoice, money, plainMoney, qty, rate, recompute, references } from '../../lib/invoice.mjs';
import { renameSupplier, sum } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';

const CITY_HEAVY = { cityProb: 0.65, engagementProb: 0.75 };
const refsHtml = (inv, opts) => references(inv, opts).map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('');
const page = (css, body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>@page { size: A4; margin: 12mm 14mm 16mm 14mm; } body { margin: 0; color: #222; } table { border-collapse: collapse; width: 100%; } .r { text-align: right; white-space: nowrap; } th.r { text-align: right; } ${css}</style></head><body>${body}</body></html>`;

// ——— 1. Caterer: per-guest prices, two VAT rates, a VAT summary. ———
const EVENTS = ['Cérémonie des vœux du maire', 'Inauguration de la médiathèque', 'Réception des nouveaux arrivants', 'Repas des aînés', 'Forum des associations – déjeuner des bénévoles', 'Remise des médailles du travail'];
const traiteur = {
  name: 'v-traiteur-couverts',
  family: 'catering-per-guest',
  producers: ['chromium'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('v-traiteur-couverts', i, { ...CITY_HEAVY, trades: ['food'], numbers: ['plain', 'dolibarr', 'odoo', 'quickbooks'], engagementLabels: ['bonDeCommande', 'engagement', 'ej', 'commande'], marketProb: 0.3, dateStyles: ['slash', 'long', 'dots'], rates: [[1000, 2000]], groups: ['space', 'nbsp', 'dot'], lines: [2, 2], depositPct: [0, 0, 30], rcsProb: 0.5 });
    const x = extraRng(inv, 'event');
    renameSupplier(inv, x.pick(['Traiteur Le Gourmet Stéphanois', 'Maison Berthéas Traiteur', 'Les Saveurs du Forez', 'Réceptions Gaillard']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '5621Z';
    const guests = x.int(30, 400);
    inv.event = { name: x.pick(EVENTS), guests, day: addDays(inv.date, -x.int(1, 20)), place: x.pick(['Salle des fêtes de l’Hôtel de Ville', 'Salon d’honneur', 'Parc François Mitterrand (sous chapiteau)', 'Grand salon de la mairie annexe']) };
    const lines = [
      { label: x.pick(['Cocktail déjeunatoire – 12 pièces salées, 4 sucrées', 'Buffet froid « terroir »', 'Menu assis entrée – plat – dessert', 'Cocktail dînatoire – 18 pièces']), unitName: 'pers.', qty: guests, unit: x.int(1450, 4200), rate: 1000 },
      { label: 'Boissons sans alcool, café et thé', unitName: 'pers.', qty: guests, unit: x.int(250, 650), rate: 1000 },
      { label: x.pick(['Vin rouge Côtes-du-Forez (bouteille 75 cl)', 'Vin blanc Condrieu (bouteille 75 cl)', 'Crémant de Bourgogne (bouteille)']), unitName: 'bout.', qty: Math.ceil(guests / x.int(4, 8)), unit: x.int(900, 2400), rate: 2000 },
    ];
    const staff = x.int(2, 8);
    const hours = x.pick([4, 5, 6, 7]);
    lines.push({ label: `Maîtres d’hôtel et serveurs (${staff} × ${hours} h)`, unitName: 'h', qty: staff * hours, unit: x.int(3200, 4200), rate: 2000 });
    if (x.chance(0.6)) lines.push({ label: 'Location nappage, vaisselle et verrerie', unitName: 'couv.', qty: guests, unit: x.int(150, 450), rate: 2000 });
    if (x.chance(0.5)) lines.push({ label: 'Livraison, installation et reprise', unitName: 'forfait', qty: 1, unit: x.int(4000, 15000), rate: 2000 });
    inv.lines = lines.map((l) => ({ ...l, total: l.qty * l.unit }));
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const e = inv.event;
    const accent = x.pick(['#8d6e63', '#5d4037', '#37474f']);
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td>${esc(l.unitName)}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const vatRows = inv.vat.map((v) => `<tr><td>${rate(v.rate)}</td><td class="r">${plainMoney(inv, v.base)}</td><td class="r">${plainMoney(inv, v.amount)}</td><td class="r">${plainMoney(inv, v.base + v.amount)}</td></tr>`).join('');
    const net = x.pick(['Net à payer', 'Reste à payer', 'Solde dû']);
    const tot = [['Total HT', inv.ht], ['Total TVA', inv.tva], ['Total TTC', inv.ttc]];
    if (inv.deposit) tot.push([`Acompte versé le ${date(inv, inv.previousDeposit)}`, -inv.deposit]);
    tot.push([net, inv.net]);
    return page(`body { font-family: 'Liberation Serif'; font-size: 9.5pt; } h1 { font-size: 20pt; color: ${accent}; margin: 0; letter-spacing: 1px; }
      .head { display: flex; justify-content: space-between; border-bottom: 2px solid ${accent}; padding-bottom: 6px; } .small { font-size: 8pt; color: #555; }
      .parties { display: flex; justify-content: space-between; margin: 10px 0; } .parties > div { width: 48%; }
      .event { background: #f5efe9; padding: 6px 8px; margin: 8px 0; } .items th { background: ${accent}; color: #fff; padding: 4px; text-align: left; } .items td { padding: 4px; border-bottom: 1px solid #ddd; }
      .bottom { display: flex; justify-content: space-between; margin-top: 10px; } .vat { width: 92mm; } .vat th, .vat td { border: 1px solid #bbb; padding: 3px; font-size: 8.5pt; } .tot { width: 76mm; } .tot td { padding: 3px; } .tot tr:last-child td { font-weight: bold; border-top: 2px solid ${accent}; font-size: 11pt; }`,
    `<div class="head"><div><h1>${esc(s.name)}</h1><div class="small">${esc(x.pick(['Traiteur – Organisation de réceptions', 'Traiteur événementiel depuis 1987', 'Cuisine de terroir – Réceptions']))}</div></div>
      <div class="r"><div style="font-size:14pt"><b>${esc(x.pick(['FACTURE', 'Facture']))}</b></div><div>N° ${esc(inv.number)}</div><div>${x.pick(['Date', 'Le', 'Date de facture'])} : ${date(inv, inv.date)}</div></div></div>
    <div class="parties"><div>${htmlLines(supplierTexts(inv, x).slice(1))}</div><div><div class="small">${x.pick(['Client', 'Facturé à'])}</div>${htmlLines(buyerTexts(inv, x))}</div></div>
    <div class="event"><b>${esc(e.name)}</b> – ${date(inv, e.day, 'long')} – ${esc(e.place)} – <b>${frNumber(e.guests)} convives</b>${refsHtml(inv)}</div>
    <table class="items"><tr><th>Désignation</th><th class="r">Qté</th><th>Unité</th><th class="r">P.U. HT</th><th class="r">TVA</th><th class="r">Montant HT</th></tr>${rows}</table>
    <div class="bottom"><table class="vat"><tr><th>Taux TVA</th><th class="r">Base HT</th><th class="r">Montant TVA</th><th class="r">Total TTC</th></tr>${vatRows}
      <tr><td><b>Total</b></td><td class="r"><b>${plainMoney(inv, inv.ht)}</b></td><td class="r"><b>${plainMoney(inv, inv.tva)}</b></td><td class="r"><b>${plainMoney(inv, inv.ttc)}</b></td></tr></table>
      <table class="tot">${tot.map(([k, v]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
    <p class="small">Restauration sur place : TVA 10 % ; boissons alcoolisées, service et location : TVA 20 %.</p>
    <p>${inv.print.iban ? `Règlement par virement : IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par chèque ou mandat administratif.'} Échéance : ${date(inv, inv.due)}.</p>
    <p class="small">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</p>`);
  },
};

// ——— 2. Translation agency: per word. ———
const DOCUMENTS = ['Dossier de presse du festival', 'Guide touristique « Saint-Étienne, ville design »', 'Convention de jumelage', 'Site internet – pages Culture', 'Rapport d’activité annuel (extraits)', 'Plaquette du musée d’Art moderne', 'Cahier des charges technique', 'Signalétique du parc'];
const PAIRS = ['FR > EN', 'FR > DE', 'FR > ES', 'FR > IT', 'EN > FR', 'FR > PT', 'FR > AR'];
const traduction = {
  name: 'v-traduction-mots',
  family: 'per-word-pricing',
  producers: ['chromium'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('v-traduction-mots', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'hash', 'stripe', 'pennylane'], engagementLabels: ['poBonDeCommande', 'orderRef', 'bonDeCommande', 'engagement'], marketProb: 0.25, dateStyles: ['slash', 'long', 'iso'], rates: [[2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 4], rcsProb: 0.5 });
    const x = extraRng(inv, 'words');
    renameSupplier(inv, x.pick(['Lingua Forez Traductions', 'Babel Loire', 'Alpha Traductions Lyon', 'Trad’Rhône']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '7430Z';
    const first = x.int(0, DOCUMENTS.length - 1);
    const docs = inv.lines.map((l, k) => {
      const words = x.int(350, 14000);
      const perWord = x.int(85, 170);
      return { label: `Traduction ${x.pick(PAIRS)} – ${DOCUMENTS[(first + k) % DOCUMENTS.length]}`, words, perWord, delivered: addDays(inv.date, -x.int(0, 15)), qty: words, unit: perWord, rate: 2000, total: Math.round((words * perWord) / 10), doc: true };
    });
    inv.lines = [...docs];
    if (x.chance(0.4)) {
      const base = sum(docs, 'total');
      inv.lines.push({ label: 'Majoration urgence (délai < 48 h) 25 %', qty: 1, unit: Math.round(base / 4), rate: 2000, total: Math.round(base / 4) });
    }
    if (x.chance(0.5)) {
      const hours = x.pick([1, 1.5, 2, 3]);
      const hourly = x.int(5000, 7500);
      inv.lines.push({ label: x.pick(['Relecture par un second traducteur', 'Mise en page (PAO) du document traduit', 'Gestion de projet et glossaire']), qty: hours, unit: hourly, rate: 2000, total: Math.round(hours * hourly), hours: true });
    }
    inv.project = `PRJ-${inv.date.y}-${x.digits(4)}`;
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const v = inv.vat[0];
    const rows = inv.lines.map((l) => (l.doc
      ? `<tr><td>${esc(l.label)}<div class="sub">Livré le ${date(inv, l.delivered, 'slash')}</div></td><td class="r">${frNumber(l.words)} mots</td><td class="r">${frNumber(l.perWord / 1000, 3)} €</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`
      : `<tr><td>${esc(l.label)}</td><td class="r">${l.hours ? `${qty(l.qty)} h` : '1'}</td><td class="r">${plainMoney(inv, l.unit)} €</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`)).join('');
    const bilingual = x.chance(0.5);
    const L = (fr, en) => (bilingual ? `${fr} / <i>${en}</i>` : fr);
    return page(`body { font-family: 'DejaVu Sans'; font-size: 8.6pt; } .top { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; } .logo { font-size: 17pt; font-weight: bold; color: #00695c; }
      .meta td { padding: 2px 4px; } .box { border: 1px solid #00695c; padding: 6px; margin-top: 8px; } .items { margin-top: 10px; } .items th { border-bottom: 1.5px solid #00695c; padding: 4px; text-align: left; } .items td { padding: 4px; border-bottom: 1px dotted #aaa; vertical-align: top; }
      .sub { font-size: 7.5pt; color: #666; } .tot { width: 80mm; margin: 8px 0 0 auto; } .tot td { padding: 3px; } .tot .b td { font-weight: bold; background: #e0f2f1; } .legal { font-size: 6.8pt; color: #555; margin-top: 10px; }`,
    `<div class="top"><div><div class="logo">${esc(s.name)}</div><div>${esc(x.pick(['Agence de traduction et d’interprétation', 'Traduction – Localisation – Interprétariat']))}</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
      <div><div style="font-size:15pt;font-weight:bold;text-align:right">${L('FACTURE', 'INVOICE')}</div>
        <table class="meta"><tr><td>${L('N° de facture', 'Invoice no.')}</td><td class="r"><b>${esc(inv.number)}</b></td></tr><tr><td>${L('Date', 'Date')}</td><td class="r">${date(inv, inv.date)}</td></tr>
        <tr><td>${L('Projet', 'Project')}</td><td class="r">${esc(inv.project)}</td></tr><tr><td>${L('Échéance', 'Due date')}</td><td class="r">${date(inv, inv.due)}</td></tr></table>
        <div class="box">${htmlLines(buyerTexts(inv, x))}</div></div></div>
    ${refsHtml(inv) ? `<div style="margin-top:8px">${refsHtml(inv)}</div>` : ''}
    <table class="items"><tr><th>${L('Prestation', 'Service')}</th><th class="r">${L('Volume', 'Volume')}</th><th class="r">${L('Prix unitaire HT', 'Unit price')}</th><th class="r">${L('Montant HT', 'Amount')}</th></tr>${rows}</table>
    <div class="sub" style="margin-top:4px">Nombre de mots du document source (comptage outil de TAO, répétitions incluses).</div>
    <table class="tot"><tr><td>${L('Total HT', 'Subtotal')}</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>${L(`TVA ${rate(v.rate)}`, 'VAT')}</td><td class="r">${money(inv, inv.tva)}</td></tr>
      <tr class="b"><td>${L('Total TTC', 'Total')}</td><td class="r">${money(inv, inv.ttc)}</td></tr></table>
    <p>${inv.print.iban ? `${L('Virement', 'Bank transfer')} – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.'}</p>
    <div class="legal">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>`);
  },
};

// ——— 3. Copier contract: meter readings, price per copy with four decimals. ———
const MODELS = ['Canon imageRUNNER ADVANCE DX C5850i', 'Ricoh IM C3000', 'Konica Minolta bizhub C300i', 'Kyocera TASKalfa 3554ci', 'Sharp BP-50C26', 'Xerox AltaLink C8130'];
const PLACES = ['Accueil Hôtel de Ville', 'Service état civil', 'Direction des sports – 2e étage', 'Médiathèque – espace public', 'Services techniques', 'École élémentaire Fauriel'];
const copieurs = {
  name: 'v-copieurs-compteurs',
  family: 'meter-readings',
  producers: ['chromium'],
  count: 7,
  make: (i) => {
    const inv = makeInvoice('v-copieurs-compteurs', i, { ...CITY_HEAVY, trades: ['services', 'goods'], numbers: ['plain', 'sage', 'compact', 'ebp'], engagementLabels: ['engagementJuridique', 'ej', 'numeroEj', 'engagementChorus'], marketProb: 0.6, serviceProb: 0.6, dateStyles: ['slash', 'dots'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 4], rcsProb: 0.6 });
    const x = extraRng(inv, 'meters');
    renameSupplier(inv, x.pick(['Bureautique Loire Solutions', 'Copie Services Forez', 'Rhône Digital Impression', 'Forez Bureautique']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '4666Z';
    const end = addDays(inv.date, -x.int(1, 5));
    const start = addDays(end, -x.pick([30, 91]));
    inv.period = { start, end };
    const priceMono = x.int(39, 72);
    const priceColor = x.int(350, 690);
    const firstModel = x.int(0, MODELS.length - 1);
    inv.machines = inv.lines.map((l, k) => {
      const mono0 = x.int(10000, 900000);
      const color0 = x.int(2000, 300000);
      const mono = x.int(800, 40000);
      const color = x.int(100, 9000);
      return { model: MODELS[(firstModel + k) % MODELS.length], serial: `${x.pick(['2YK', 'C7', 'A4FN', 'VNB', 'W'])}${x.digits(x.int(6, 8))}`, place: PLACES[(firstModel + k) % PLACES.length], mono0, mono1: mono0 + mono, color0, color1: color0 + color, mono, color };
    });
    inv.lines = inv.machines.flatMap((m) => [
      { label: `${m.model} – copies noir et blanc`, qty: m.mono, unit: priceMono, rate: 2000, total: Math.round((m.mono * priceMono) / 100), machine: m, kind: 'N&B' },
      { label: `${m.model} – copies couleur`, qty: m.color, unit: priceColor, rate: 2000, total: Math.round((m.color * priceColor) / 100), machine: m, kind: 'Couleur' },
    ]);
    if (x.chance(0.6)) {
      const rent = x.int(6000, 45000) * inv.machines.length;
      inv.lines.push({ label: `Loyer du contrat de location n° ${x.pick(['LOC', 'CT', 'LD'])}-${x.digits(6)} – période du ${date(inv, start, 'slash')} au ${date(inv, end, 'slash')}`, qty: 1, unit: rent, rate: 2000, total: rent, rent: true });
    }
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const v = inv.vat[0];
    const price = (l) => frNumber(l.unit / 10000, 4);
    const rows = inv.lines.map((l) => (l.rent
      ? `<tr><td colspan="6">${esc(l.label)}</td><td class="r">1</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`
      : `<tr><td>${esc(l.machine.model)}<div class="sub">N° série ${esc(l.machine.serial)} – ${esc(l.machine.place)}</div></td><td>${l.kind}</td><td class="r">${date(inv, inv.period.start, 'slash')}</td><td class="r">${frNumber(l.kind === 'N&B' ? l.machine.mono0 : l.machine.color0)}</td><td class="r">${date(inv, inv.period.end, 'slash')}</td><td class="r">${frNumber(l.kind === 'N&B' ? l.machine.mono1 : l.machine.color1)}</td><td class="r">${frNumber(l.qty)}</td><td class="r">${price(l)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`)).join('');
    return page(`body { font-family: 'Liberation Sans'; font-size: 8.3pt; } .hd { display: flex; justify-content: space-between; } .nm { font-size: 15pt; font-weight: bold; color: #c62828; }
      .title { background: #c62828; color: #fff; padding: 5px 8px; margin: 10px 0; display: flex; justify-content: space-between; font-size: 11pt; }
      .cols { display: flex; justify-content: space-between; } .cols > div { width: 48%; } .items { margin-top: 10px; } .items th { background: #eee; border: 1px solid #bbb; padding: 3px; font-size: 7.5pt; } .items td { border: 1px solid #ccc; padding: 3px; vertical-align: top; }
      .sub { font-size: 7pt; color: #666; } .tot { width: 74mm; margin: 8px 0 0 auto; } .tot td { padding: 3px; } .tot tr:last-child td { font-weight: bold; border-top: 1.5px solid #c62828; } .legal { font-size: 6.7pt; color: #555; margin-top: 10px; }`,
    `<div class="hd"><div><div class="nm">${esc(s.name)}</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div><div style="width:42%">${htmlLines(buyerTexts(inv, x))}</div></div>
    <div class="title"><span>${x.pick(['FACTURE DE RELEVÉ DE COMPTEURS', 'FACTURE – Relevé compteurs', 'FACTURE COPIES'])} N° ${esc(inv.number)}</span><span>${x.pick(['du', 'Date :'])} ${date(inv, inv.date)}</span></div>
    <div class="cols"><div>Période de relevé : du ${date(inv, inv.period.start)} au ${date(inv, inv.period.end)}<br>Code client : ${esc(inv.clientCode)}</div><div>${refsHtml(inv, { marketLabel: x.pick(['Marché n°', 'Contrat cadre n°']) })}</div></div>
    <table class="items"><tr><th>Matériel</th><th>Type</th><th>Relevé précédent</th><th>Index</th><th>Relevé actuel</th><th>Index</th><th>Copies</th><th>Prix unitaire HT</th><th>Montant HT</th></tr>${rows}</table>
    <table class="tot"><tr><td>Total HT</td><td class="r">${money(inv, inv.ht)}</td></tr><tr><td>TVA ${rate(v.rate)}</td><td class="r">${money(inv, inv.tva)}</td></tr><tr><td>${x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC'])}</td><td class="r">${money(inv, inv.ttc)}</td></tr></table>
    <p>${inv.print.iban ? `Prélèvement ou virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif.'} – échéance ${date(inv, inv.due)}</p>
    <div class="legal">Relevés transmis automatiquement par les matériels connectés. ${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>`);
  },
};

// ——— 4. Work clothes ordered by size. ———
const CLOTHES = [
  ['Polo manches courtes brodé logo', 'POL-220'], ['Pantalon de travail multipoches', 'PAN-515'], ['Parka haute visibilité classe 3', 'PAR-HV3'], ['Tee-shirt coton bio', 'TSH-150'],
  ['Sweat zippé molleton', 'SWE-330'], ['Veste softshell', 'VSS-700'], ['Gilet sans manches multipoches', 'GIL-410'],
];
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const tailles = {
  name: 'v-tailles-textile',
  family: 'size-grid',
  producers: ['chromium'],
  count: 6,
  make: (i) => {
    const inv = makeInvoice('v-tailles-textile', i, { ...CITY_HEAVY, trades: ['goods'], numbers: ['ciel', 'plain', 'year2'], engagementLabels: ['bonDeCommande', 'bcShort', 'numeroBonCommande', 'ej'], marketProb: 0.4, dateStyles: ['slash', 'long'], rates: [[2000]], groups: ['space', 'nbsp', 'dot'], lines: [2, 5], rcsProb: 0.5 });
    const x = extraRng(inv, 'sizes');
    renameSupplier(inv, x.pick(['Uniformes Pro Loire', 'Textile Sport Forez', 'Vêt’Travail 42', 'Protec Habillement']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '4642Z';
    const first = x.int(0, CLOTHES.length - 1);
    inv.lines = inv.lines.map((l, k) => {
      const [label, ref] = CLOTHES[(first + k) % CLOTHES.length];
      const sizes = SIZES.map(() => x.pick([0, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12]));
      if (sum(sizes) === 0) sizes[2] = 4;
      const q = sum(sizes);
      const unit = x.int(900, 8900);
      return { label, ref: `${ref}-${x.pick(['NR', 'BM', 'GR', 'JA'])}`, sizes, qty: q, unit, rate: 2000, total: q * unit };
    });
    if (x.chance(0.7)) {
      const q = sum(inv.lines, 'qty');
      const unit = x.int(250, 700);
      inv.lines.push({ label: x.pick(['Marquage cœur « Ville » + dos, 1 couleur', 'Broderie logo poitrine', 'Flocage nominatif dos']), ref: 'MARQ', qty: q, unit, rate: 2000, total: q * unit, marking: true });
    }
    inv.order = { date: inv.orderDate, delivery: inv.delivery };
    return recompute(inv);
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const v = inv.vat[0];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.ref)}</td><td>${esc(l.label)}</td>${l.sizes ? l.sizes.map((n) => `<td class="c">${n || ''}</td>`).join('') : '<td colspan="6" class="c">toutes tailles</td>'}<td class="c"><b>${l.qty}</b></td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const tot = [['Total HT', inv.ht], [`TVA ${rate(v.rate)}`, inv.tva], ['Total TTC', inv.ttc]];
    const net = x.pick(['Net à payer', null]);
    if (net) tot.push([net, inv.net]);
    return page(`body { font-family: 'Liberation Sans'; font-size: 8.5pt; } .c { text-align: center; } .hd { display: grid; grid-template-columns: 1.2fr 1fr; gap: 10px; } .nm { font-size: 16pt; font-weight: bold; }
      .doc { border: 2px solid #222; padding: 6px; } .doc h2 { margin: 0 0 4px 0; font-size: 15pt; } .info { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8px; margin: 10px 0; font-size: 8pt; } .info div { border: 1px solid #999; padding: 4px; }
      .items th { border: 1px solid #333; background: #ddd; padding: 3px; } .items td { border: 1px solid #999; padding: 3px; } .tot { width: 70mm; margin: 8px 0 0 auto; } .tot td { padding: 3px; } .tot tr:last-child td { font-weight: bold; border-top: 2px solid #222; }
      .legal { font-size: 6.8pt; color: #444; margin-top: 10px; }`,
    `<div class="hd"><div><div class="nm">${esc(s.name)}</div><div>${esc(x.pick(['Vêtements professionnels et EPI', 'Habillement de travail – Marquage textile']))}</div>${htmlLines(supplierTexts(inv, x).slice(1))}</div>
      <div><div class="doc"><h2>FACTURE</h2><div>N° <b>${esc(inv.number)}</b></div><div>Date : ${date(inv, inv.date)}</div></div><div style="margin-top:8px">${htmlLines(buyerTexts(inv, x))}</div></div></div>
    <div class="info"><div>Commande du ${date(inv, inv.order.date, 'slash')}${refsHtml(inv)}</div><div>Livraison le ${date(inv, inv.order.delivery, 'slash')}<br>BL n° ${esc(inv.deliveryNote)}</div><div>Code client ${esc(inv.clientCode)}<br>Échéance ${date(inv, inv.due, 'slash')}</div></div>
    <table class="items"><tr><th>Réf.</th><th>Article</th>${SIZES.map((z) => `<th>${z}</th>`).join('')}<th>Total</th><th class="r">P.U. HT</th><th class="r">Montant HT</th></tr>${rows}</table>
    <table class="tot">${tot.map(([k, val]) => `<tr><td>${esc(k)}</td><td class="r">${money(inv, val)}</td></tr>`).join('')}</table>
    <p>${inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : 'Règlement par mandat administratif à 30 jours.'}</p>
    <div class="legal">${esc(LATE_FEES)}<br>${esc(legalLine(inv))}</div>`);
  },
};

export default [traiteur, traduction, copieurs, tailles];

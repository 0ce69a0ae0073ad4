// Blind-22 layouts written for Chromium (see ../../README.md): a catering group's month of meals delivered to elderly
// people's homes for a CCAS, printed by a large company's billing system (many codes: debtor, delivery site, contract,
// profit centre, sales document, VAT codes; meals at 5,5 % and the delivery rounds at 10 % with a VAT summary by code;
// each round's beneficiaries and meals printed for information; a credit note imputed with its own number on some; a
// remittance slip to detach at the foot), and a digital-library platform's invoice of e-book licences, an online press
// bundle and the platform's fees (each e-book with its ISBN and licence terms at 5,5 %, the press at 2,1 %, the platform
// at 20 %, a VAT summary of three rates; bilingual French–English on half; the budget used printed for information; a
// credit note for titles withdrawn by their publishers).
import { addDays, esc, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, htmlLines, supplierTexts } from '../../lib/blind5.mjs';
import { htmlPage, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, redate } from '../../lib/blind13.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind16.mjs';
import { isbn13 } from '../../lib/blind17.mjs';
import { earlierNumber18 } from '../../lib/blind18.mjs';
import { maybeRelabel22, notInFuture, socialBuyer } from '../../lib/blind22.mjs';

// ——— 1. Meals delivered to elderly people's homes: a month of meals and rounds, a large group's billing system. ———
const SECTORS = ['Centre-ville / Jacquard', 'Bellevue / Solaure', 'Montreynaud / La Cotonne', 'Terrenoire / Côte-Chaude', 'Hameaux nord (liaison longue)', 'Rive droite / La Valette', 'Quartiers est / Le Marais'];
const portage = {
  name: 'c-portage-repas',
  family: 'home-delivered-meals-ccas-large-billing-system',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('c-portage-repas', i, { cityProb: 0.5, engagementProb: 0.75, trades: ['food'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj', 'engagementJuridique'], marketProb: 0.6, serviceProb: 0.5, dateStyles: ['slash', 'dots'], rates: [[550, 1000]], groups: ['space', 'dot', 'nbsp'], lines: [1, 1], rcsProb: 0.9, buyerSiretProb: 0.75 });
    const x = extraRng(inv, 'meals');
    renameSupplier(inv, x.pick(['Convivio Repas à Domicile', 'Domirepas Rhône-Loire', 'Saveurs & Services Seniors', 'Restauration Collective du Centre-Est']), x.pick(['SAS', 'SA']));
    inv.supplier.capital = x.pick([1_250_000, 3_800_000, 12_500_000]);
    inv.supplier.ape = '5629A';
    socialBuyer(inv, x, 'ccas', 1);
    localReferences(inv, x);
    maybeRelabel22(inv, x);
    redate(inv, { y: inv.date.y, m: inv.date.m, d: x.int(1, 6) });
    notInFuture(inv);
    inv.month = previousMonth(inv.date);
    inv.due = addDays(inv.date, x.pick([30, 45]));
    inv.number = `9${x.pick(['0', '1', '2'])}${x.digits(8)}`;
    inv.codes = {
      debtor: String(x.int(100000, 499999)), site: `LIV-${x.digits(4)}`, contract: `CT-PRD-${inv.date.y - x.int(0, 3)}-${x.digits(3)}`, profit: `CP${x.int(4200, 4299)}`,
      sales: String(x.int(1_000_000, 9_999_999)), agency: x.pick(['Agence Loire Sud', 'Agence Forez-Gier', 'Cuisine centrale de Saint-Chamond']), slip: `${x.digits(4)} ${x.digits(4)} ${x.digits(4)}`,
    };
    const days = inv.month.days;
    const weekdays = days - 8;
    const first = x.int(0, SECTORS.length - 1);
    inv.rounds = Array.from({ length: x.int(2, 5) }, (_, k) => {
      const people = x.int(9, 34);
      const lunches = Math.round(people * days * x.int(55, 90) / 100);
      return { code: `T${String(k + 1).padStart(2, '0')}`, sector: SECTORS[(first + k) % SECTORS.length], people, lunches, dinners: x.chance(0.5) ? Math.round(lunches * x.int(20, 60) / 100) : 0, km: x.int(38, 140), trips: weekdays };
    });
    const lunches = inv.rounds.reduce((s, r) => s + r.lunches, 0);
    const dinners = inv.rounds.reduce((s, r) => s + r.dinners, 0);
    const trips = inv.rounds.reduce((s, r) => s + r.trips, 0);
    inv.people = inv.rounds.reduce((s, r) => s + r.people, 0);
    inv.lines = [{ code: '100121', vat: 'A2', label: 'Repas complet du midi (entrée, plat, fromage ou laitage, dessert, pain) – liaison froide', qty: lunches, unit: x.int(610, 840), rate: 550 }];
    if (dinners) inv.lines.push({ code: '100135', vat: 'A2', label: 'Repas du soir (potage, plat léger, dessert)', qty: dinners, unit: x.int(390, 520), rate: 550 });
    if (x.chance(0.7)) inv.lines.push({ code: '100160', vat: 'A2', label: 'Supplément régime (sans sel, diabétique, texture modifiée)', qty: Math.round(lunches * x.int(8, 25) / 100), unit: x.int(35, 90), rate: 550 });
    if (x.chance(0.5)) inv.lines.push({ code: '100190', vat: 'A2', label: 'Majoration repas du week-end et des jours fériés livrés la veille', qty: Math.round(lunches * x.int(18, 28) / 100), unit: x.int(50, 120), rate: 550 });
    inv.lines.push({ code: '200410', vat: 'B1', label: 'Livraison à domicile en véhicule réfrigéré – par tournée et par jour de livraison', qty: trips, unit: x.int(1800, 3500), rate: 1000 });
    if (x.chance(0.4)) inv.lines.push({ code: '200455', vat: 'B1', label: 'Livraisons exceptionnelles hors tournée (sortie d’hospitalisation)', qty: x.int(1, 6), unit: x.int(1200, 2200), rate: 1000 });
    priceLines(inv, [550, 1000]);
    if (i % 4 === 2) {
      const credit = Math.round(inv.ttc * x.int(2, 6) / 100);
      inv.deposit = credit;
      inv.net = inv.ttc - credit;
      inv.credit = { number: earlierNumber18(inv.number.replace(/^9\d/, '92'), x), date: addDays(inv.date, -x.int(10, 25)), amount: credit };
    }
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const c = inv.codes;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de portage de repas n°', 'Accord-cadre n°', 'N° marché public'], service: ['Code service', 'Service', 'Code service destinataire'] });
    const where = x.pick(['box', 'box', 'buyer', 'sentence']);
    const sentence = where === 'sentence' && inv.engagement ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const accent = x.pick(['#c62828', '#00695c', '#1a4f8b']);
    const ids = [
      [x.pick(['N° facture', 'Facture n°', 'Document n°']), inv.number], [x.pick(['Date facture', 'Date de facture', 'Date']), date(inv, inv.date)], ['Échéance', fmtDate(inv.due, 'slash')],
      [x.pick(['Débiteur', 'Code client', 'N° client']), c.debtor], ['Site de livraison', c.site], ['Contrat', c.contract], ['Centre de profit', c.profit], [x.pick(['Doc. de vente', 'Document de vente']), c.sales],
      ['Période', `${fmtDate(inv.month.from, 'slash')} – ${fmtDate(inv.month.to, 'slash')}`]
    ];
    const idHtml = ids.map(([k, v], n) => `<tr><th>${esc(k)}</th><td${n === 0 ? ' class="b"' : ''}>${esc(v)}</td></tr>`).join('');
    const refBox = where === 'box' || where === 'sentence' ? shown : [];
    const buyerRefs = where === 'buyer' ? shown : [];
    const rows = inv.lines.map((l) => `<tr><td>${esc(l.code)}</td><td>${esc(l.label)}</td><td class="r">${frNumber(l.qty)}</td><td class="c">${l.code.startsWith('2') ? 'TRN' : 'REP'}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="c">${esc(l.vat)}</td><td class="r">${plainMoney(inv, l.total)}</td></tr>`).join('');
    const vatRows = inv.vat.map((v) => `<tr><td class="c">${v.rate === 550 ? 'A2' : 'B1'}</td><td class="r">${rate(v.rate)}</td><td class="r">${plainMoney(inv, v.base)}</td><td class="r">${plainMoney(inv, v.amount)}</td></tr>`).join('');
    const roundRows = inv.rounds.map((r) => `<tr><td>${esc(r.code)}</td><td>${esc(r.sector)}</td><td class="r">${r.people}</td><td class="r">${frNumber(r.lunches)}</td><td class="r">${r.dinners ? frNumber(r.dinners) : '–'}</td><td class="r">${r.trips}</td><td class="r">${r.km} km</td></tr>`).join('');
    const totals = [[x.pick(['Total HT', 'Montant HT']), inv.ht], [x.pick(['Total TVA', 'Montant TVA']), inv.tva], [x.pick(['Total TTC', 'Montant TTC']), inv.ttc, !inv.credit]];
    if (inv.credit) totals.push([`Avoir n° ${inv.credit.number} du ${fmtDate(inv.credit.date, 'slash')} imputé`, -inv.credit.amount], [x.pick(['Net à payer', 'Montant à régler']), inv.net, true]);
    const meals = inv.lines.filter((l) => l.rate === 550 && l.code !== '100160' && l.code !== '100190').reduce((t, l) => t + l.qty, 0);
    const average = Math.round(inv.ttc / meals);
    return htmlPage(`body { font-family: '${x.pick(['Liberation Sans', 'DejaVu Sans', 'Liberation Sans Narrow'])}'; font-size: 7.9pt; }
      .band { background: ${accent}; color: #fff; padding: 2mm 3mm; display: flex; justify-content: space-between; align-items: center; } .band .n { font-size: 14pt; font-weight: bold; }
      .top { display: flex; justify-content: space-between; margin-top: 3mm; } .ids { width: 82mm; } .ids th { text-align: left; font-weight: normal; color: #555; padding: 0.4mm 1mm; width: 32mm; } .ids td { padding: 0.4mm 1mm; } .b { font-weight: bold; }
      .buyer { border: 1px solid #999; padding: 2mm 3mm; width: 82mm; margin-top: 4mm; }
      .refs { border: 1px solid ${accent}; margin-top: 3mm; padding: 1.5mm 2.5mm; width: 82mm; } .refs div { padding: 0.3mm 0; }
      h1 { font-size: 15pt; margin: 4mm 0 1mm; color: ${accent}; letter-spacing: 1px; }
      .items th { background: #eee; border-bottom: 1px solid #333; padding: 1mm; font-size: 7pt; text-align: left; } .items td { border-bottom: 1px solid #ddd; padding: 0.9mm 1mm; vertical-align: top; }
      .c { text-align: center; } .low { display: flex; justify-content: space-between; margin-top: 3mm; align-items: flex-start; }
      .vat { width: 86mm; } .vat th, .vat td { border: 1px solid #999; padding: 0.6mm 1.2mm; font-size: 7.4pt; } .vat th { background: #eee; font-weight: normal; }
      .tot { width: 84mm; } .tot td { padding: 1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 9.4pt; border-top: 1.5px solid #222; }
      .rounds { width: 150mm; margin-top: 1mm; } .rounds th, .rounds td { border: 1px solid #ccc; padding: 0.5mm 1.2mm; font-size: 7pt; } .rounds th { font-weight: normal; background: #f5f5f5; }
      .slip { margin-top: 6mm; border-top: 1.5px dashed #333; padding-top: 2mm; } .slip table td, .slip table th { border: 1px solid #555; padding: 1mm 1.5mm; } .slip th { background: #eee; font-weight: normal; font-size: 7pt; }
      .legal { margin-top: 3mm; font-size: 6.4pt; color: #444; text-align: center; }`,
    `<div class="band"><div><div class="n">${esc(s.name)}</div><div>${esc(c.agency)} – portage de repas à domicile</div></div><div style="text-align:right;font-size:7pt">${htmlLines(supplierTexts(inv, x).slice(1)).replace(/<b>|<\/b>/g, '')}</div></div>
     <div class="top"><div><h1>FACTURE</h1><table class="ids">${idHtml}</table>${refBox.length ? `<div class="refs"><b>${esc(x.pick(['Vos références', 'Références client', 'Informations client']))}</b>${refBox.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}</div>` : ''}</div>
       <div class="buyer">${htmlLines(buyerTexts(inv, x))}${buyerRefs.map(([k, v]) => `<div>${esc(k)} : ${esc(v)}</div>`).join('')}</div></div>
     <p style="margin:3mm 0 1mm"><b>Objet :</b> portage de repas à domicile – ${esc(inv.month.name)} – ${inv.people} bénéficiaires servis.${sentence ? ` ${esc(sentence)}` : ''}</p>
     <table class="items"><tr><th style="width:14mm">Article</th><th>Désignation</th><th class="r" style="width:16mm">Quantité</th><th class="c" style="width:10mm">Unité</th><th class="r" style="width:18mm">P.U. HT</th><th class="c" style="width:11mm">Code TVA</th><th class="r" style="width:22mm">Montant HT</th></tr>${rows}</table>
     <div class="low"><table class="vat"><tr><th>Code TVA</th><th>Taux</th><th>Base HT</th><th>Montant TVA</th></tr>${vatRows}</table>
       <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     <p style="margin:2mm 0 0;font-size:7.2pt">Pour information : coût moyen d’un repas livré ${money(inv, average)} TTC ; la participation des bénéficiaires est recouvrée par vos soins.</p>
     <p style="margin:3mm 0 0"><b>Détail des tournées (pour information)</b></p>
     <table class="rounds"><tr><th>Tournée</th><th>Secteur</th><th>Bénéficiaires</th><th>Repas midi</th><th>Repas soir</th><th>Jours livrés</th><th>Kilométrage</th></tr>${roundRows}</table>
     <p style="margin-top:3mm">${esc(paymentText(inv))}</p>
     <p style="font-size:6.8pt">Conditions de règlement : ${x.pick(['30 jours date de facture', '45 jours date de facture', 'à réception'])}. ${esc(LATE_FEES)}</p>
     <div class="slip"><div style="display:flex;justify-content:space-between"><b>✂ TALON À JOINDRE À VOTRE RÈGLEMENT</b><span>${esc(s.name)} – service clients</span></div>
       <table style="margin-top:1.5mm"><tr><th>Débiteur</th><th>N° facture</th><th>Échéance</th><th>Référence de paiement</th><th>Montant à régler</th></tr><tr><td>${esc(c.debtor)}</td><td>${esc(inv.number)}</td><td>${esc(fmtDate(inv.due, 'slash'))}</td><td>${esc(c.slip)}</td><td class="r"><b>${money(inv, inv.net)}</b></td></tr></table>
       ${inv.print.iban ? `<p style="margin:1mm 0 0;font-size:7pt">IBAN ${esc(iban(inv))} – BIC ${esc(s.bic)}</p>` : ''}</div>
     <div class="legal">${esc(legalLine(inv))}</div>`);
  },
};

// ——— 2. Digital library resources: e-book licences, an online press bundle, the platform. ———
const TITLE_A = ['Le Silence des', 'Une saison à', 'Les Enfants de', 'La Maison sur', 'Le Dernier Été à', 'Mémoires d’un', 'Petite histoire de', 'Les Chemins de'];
const TITLE_B = ['la Loire', 'Valparaíso', 'l’estuaire', 'la colline', 'Brume', 'la forge', 'Pilat', 'l’hiver'];
const AUTHORS = ['Claire Vernet', 'Paul Azoulay', 'Inès Morel', 'Hugo Lemaire', 'Nadia Benhamou', 'Yves Carrel', 'Léa Fontaine', 'Marc Oudin'];
const PUBLISHERS = ['Éditions du Seuil', 'Gallimard', 'Actes Sud', 'Albin Michel', 'Flammarion', 'L’École des loisirs', 'Bayard Jeunesse'];
const TERMS = ['24 mois – 30 prêts – 5 simultanés', '60 mois – 40 prêts – 1 simultané', '12 mois – prêts illimités – 10 simultanés', '36 mois – 20 prêts – 3 simultanés'];
const numerique = {
  name: 'c-ressources-numeriques',
  family: 'library-ebook-press-licences-three-rates',
  producers: ['chromium'],
  count: 8,
  make: (i) => {
    const credit = i === 6;
    const inv = makeInvoice('c-ressources-numeriques', i, { cityProb: 0.3, engagementProb: 0.7, trades: ['services'], numbers: ['hash', 'plain', 'year2'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'poBonDeCommande', 'orderRef'], marketProb: 0.5, serviceProb: 0.45, dateStyles: ['slash', 'iso', 'long'], rates: [[550, 210, 2000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.7, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'digital');
    renameSupplier(inv, x.pick(['LireNum Diffusion', 'Biblio Numérique Services', 'Médiathèques Connectées', 'Plateforme Lecture Publique']), x.pick(['SAS', 'SA']));
    inv.supplier.ape = '5819Z';
    inv.supplier.capital = x.pick([40_000, 150_000, 600_000]);
    socialBuyer(inv, x, 'library', 1);
    localReferences(inv, x);
    maybeRelabel22(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.account = `BIB-${x.digits(6)}`;
    inv.platformOrder = `CMD-${inv.date.y}-${x.digits(6)}`;
    inv.orderDate = addDays(inv.date, -x.int(3, 20));
    inv.bilingual = i % 2 === 0;
    const book = () => ({ title: `${x.pick(TITLE_A)} ${x.pick(TITLE_B)}`, author: x.pick(AUTHORS), publisher: x.pick(PUBLISHERS), isbn: isbn13(x), format: x.pick(['EPUB', 'EPUB', 'PDF', 'Livre audio MP3']), terms: x.pick(TERMS) });
    if (credit) {
      inv.avoir = true;
      inv.number = `AV-${inv.date.y}-${String(x.int(1, 120)).padStart(4, '0')}`;
      inv.origin = { number: `FAC-${inv.date.y}${String(x.int(1, Math.max(1, inv.date.m - 1))).padStart(2, '0')}-${x.digits(3)}`, date: addDays(inv.date, -x.int(20, 70)) };
      inv.lines = Array.from({ length: x.int(1, 3) }, () => ({ ...book(), qty: 1, unit: x.int(1400, 3800), rate: 550 }));
      inv.print.iban = false;
      inv.budget = null;
      return priceLines(inv, [550]);
    }
    inv.lines = Array.from({ length: x.int(3, 8) }, () => ({ ...book(), qty: x.pick([1, 1, 2, 3]), unit: x.int(1200, 3900), rate: 550 }));
    const from = { y: inv.date.y, m: inv.date.m, d: 1 };
    inv.period = `${fmtDate(from, 'slash')} – ${fmtDate(addDays({ y: from.y + 1, m: from.m, d: 1 }, -1), 'slash')}`;
    inv.lines.push({ press: true, label: `Bouquet presse en ligne – ${x.pick([10, 15, 25, 50])} accès simultanés – abonnement annuel (${inv.period})`, qty: 1, unit: x.int(900, 3400) * 100, rate: 210 });
    inv.lines.push({ platform: true, label: 'Frais de plateforme : hébergement des notices, statistiques, application de lecture (annuel)', qty: 1, unit: x.int(300, 1200) * 100, rate: 2000 });
    if (x.chance(0.5)) inv.lines.push({ platform: true, label: 'Connecteur SIGB et authentification unique des lecteurs (mise en service)', qty: 1, unit: x.int(250, 650) * 100, rate: 2000 });
    priceLines(inv, [550, 210, 2000]);
    const budget = Math.ceil((inv.ttc * x.int(115, 180)) / 100 / 50000) * 50000;
    inv.budget = { total: budget, used: inv.ttc + x.int(0, 40) * 5000 };
    if (inv.budget.used >= budget) inv.budget.used = budget - x.int(1, 9) * 1000;
    return inv;
  },
  html(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const b = inv.bilingual;
    const L = (fr, en) => (b ? `${fr} / ${en}` : fr);
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché de ressources numériques n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service destinataire (code)'] });
    const poLabel = b && inv.engagement ? x.pick(['Customer PO / Bon de commande', 'Purchase order / N° d’engagement']) : null;
    if (poLabel) refs[0] = [poLabel, refs[0][1]];
    const sentence = inv.engagement && !poLabel && x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shown = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const title = inv.avoir ? L('AVOIR', 'CREDIT NOTE') : L('FACTURE', 'INVOICE');
    const boxes = [[L(inv.avoir ? 'Avoir n°' : 'Facture n°', inv.avoir ? 'Credit note no.' : 'Invoice no.'), inv.number], [L('Date', 'Invoice date'), date(inv, inv.date)], [L('Compte', 'Account ID'), inv.account], ...(inv.avoir ? [[L('Facture d’origine', 'Original invoice'), `${inv.origin.number} (${fmtDate(inv.origin.date, 'slash')})`]] : [[L('Commande plateforme', 'Platform order'), `${inv.platformOrder} du ${fmtDate(inv.orderDate, 'slash')}`], [L('Échéance', 'Due date'), fmtDate(inv.due, 'slash')]])];
    const accent = x.pick(['#5e35b1', '#00838f', '#ad1457']);
    const books = inv.lines.filter((l) => l.isbn);
    const others = inv.lines.filter((l) => !l.isbn);
    const bookRows = books.map((l) => `<tr><td><b>${esc(l.title)}</b><br><span class="m">${esc(l.author)} – ${esc(l.publisher)} – ${esc(l.format)}<br>ISBN ${esc(l.isbn)} – licence ${esc(l.terms)}</span></td><td class="r">${l.qty}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const otherRows = others.map((l) => `<tr><td>${esc(l.label)}</td><td class="r">${l.qty}</td><td class="r">${plainMoney(inv, l.unit)}</td><td class="r">${rate(l.rate)}</td><td class="r">${money(inv, l.total)}</td></tr>`).join('');
    const summary = [...inv.vat].sort((a, c) => a.rate - c.rate).map((v) => `<tr><td>${rate(v.rate)}</td><td class="r">${money(inv, v.base)}</td><td class="r">${money(inv, v.amount)}</td></tr>`).join('');
    const totals = [[L('Total HT', 'Subtotal'), inv.ht], [L('Total TVA', 'VAT'), inv.tva], [inv.avoir ? L('Total TTC de l’avoir', 'Credit total') : L('Total TTC', 'Total'), inv.ttc, inv.avoir], ...(inv.avoir ? [] : [[L('Net à payer', 'Amount due'), inv.net, true]])];
    return htmlPage(`body { font-family: '${x.pick(['DejaVu Sans', 'Liberation Sans'])}'; font-size: 8.2pt; }
      .head { display: flex; justify-content: space-between; } .logo { font-size: 16pt; font-weight: bold; color: ${accent}; } .t { font-size: 18pt; font-weight: bold; color: ${accent}; text-align: right; }
      .boxes { display: flex; gap: 2mm; margin-top: 5mm; } .boxes > div { border: 1px solid #bbb; border-radius: 1.5mm; padding: 1.2mm 2mm; flex: 1; } .k { font-size: 6.8pt; color: #666; } .v { font-weight: bold; margin-top: 0.5mm; }
      .parties { display: flex; justify-content: space-between; margin-top: 5mm; } .parties > div { width: 84mm; } .lab { font-size: 6.8pt; color: #666; text-transform: uppercase; }
      .items { margin-top: 4mm; } .items th { text-align: left; border-bottom: 2px solid ${accent}; padding: 1.2mm; font-size: 7.4pt; } .items td { border-bottom: 1px solid #e0e0e0; padding: 1.2mm; vertical-align: top; } .m { font-size: 7pt; color: #555; }
      .sec td { background: #f3f0fa; font-weight: bold; }
      .low { display: flex; justify-content: space-between; margin-top: 4mm; } .sum { width: 80mm; } .sum td { padding: 0.8mm 1.2mm; border-bottom: 1px solid #eee; } .tot { width: 86mm; } .tot td { padding: 1.1mm 1.5mm; } .tot .s td { font-weight: bold; font-size: 10pt; border-top: 2px solid ${accent}; }
      .foot { margin-top: 8mm; border-top: 1px solid #ccc; padding-top: 2mm; font-size: 6.6pt; color: #555; text-align: center; }`,
    `<div class="head"><div><div class="logo">${esc(s.name)}</div><div style="font-size:7.2pt">Ressources numériques pour les bibliothèques – livres numériques, presse, autoformation</div>${htmlLines(supplierTexts(inv, x).slice(1)).replace(/<b>|<\/b>/g, '')}</div><div class="t">${esc(title)}</div></div>
     <div class="boxes">${boxes.map(([k, v]) => `<div><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></div>`).join('')}</div>
     <div class="parties"><div><div class="lab">${esc(L('Facturé à', 'Bill to'))}</div>${htmlLines(buyerTexts(inv, x))}</div><div>${shown.length ? `<div class="lab">${esc(L('Vos références', 'Your references'))}</div>${shown.map(([k, v]) => `<div>${esc(k)} : <b>${esc(v)}</b></div>`).join('')}` : ''}</div></div>
     ${sentence ? `<p style="margin:3mm 0 0">${esc(sentence)}</p>` : ''}
     ${inv.avoir ? `<p style="margin:3mm 0 0">${esc(`Avoir sur notre facture ${inv.origin.number} du ${fmtDate(inv.origin.date, 'long')} : titres retirés du catalogue par leurs éditeurs avant toute mise en prêt, licences remboursées.`)}</p>` : ''}
     <table class="items"><tr><th>${esc(L('Désignation', 'Description'))}</th><th class="r" style="width:12mm">${esc(L('Qté', 'Qty'))}</th><th class="r" style="width:22mm">${esc(L('P.U. HT', 'Unit price'))}</th><th class="r" style="width:16mm">${esc(L('TVA', 'VAT'))}</th><th class="r" style="width:26mm">${esc(L('Montant HT', 'Amount'))}</th></tr>
       <tr class="sec"><td colspan="5">${esc(L('Livres numériques – licences PNB', 'E-book licences'))}</td></tr>${bookRows}
       ${others.length ? `<tr class="sec"><td colspan="5">${esc(L('Presse et plateforme', 'Press and platform'))}</td></tr>${otherRows}` : ''}</table>
     <div class="low"><div><b>${esc(L('Récapitulatif TVA', 'VAT summary'))}</b><table class="sum"><tr><td><b>${esc(L('Taux', 'Rate'))}</b></td><td class="r"><b>${esc(L('Base HT', 'Net'))}</b></td><td class="r"><b>${esc(L('TVA', 'VAT'))}</b></td></tr>${summary}</table></div>
       <table class="tot">${totals.map(([k, v, strong]) => `<tr${strong ? ' class="s"' : ''}><td>${esc(k)}</td><td class="r">${money(inv, v)}</td></tr>`).join('')}</table></div>
     ${inv.budget ? `<p style="margin-top:3mm;font-size:7.4pt">${esc(L('Pour information', 'For information'))} : ${esc(L('budget annuel ressources numériques', 'annual budget'))} ${money(inv, inv.budget.total)}, ${esc(L('consommé à ce jour', 'used to date'))} ${money(inv, inv.budget.used)} TTC.</p>` : ''}
     <p style="margin-top:3mm">${inv.avoir ? esc(L('Avoir à déduire de votre prochain règlement.', 'Credit to be deducted from your next payment.')) : esc(paymentText(inv, L('Paiement par virement', 'Bank transfer')))}</p>
     <p style="font-size:6.8pt">${inv.avoir ? '' : `${esc(L('Conditions de règlement', 'Payment terms'))} : 30 ${b ? 'jours / days' : 'jours'}. `}${esc(LATE_FEES)} TVA : livres numériques 5,5 % (art. 278-0 bis du CGI), presse en ligne 2,1 % (art. 298 septies), services de plateforme 20 %.</p>
     <div class="foot">${esc(legalLine(inv))}<br>${esc(s.email)} – ${esc(s.web)}</div>`);
  },
};

export default [portage, numerique];

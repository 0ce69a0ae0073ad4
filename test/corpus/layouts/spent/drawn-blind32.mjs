// Blind-32 layout drawn with PDFKit (see ../../README.md): an urban transport network's invoice for an order of
// tickets and passes by a CCAS, a school or a commune, printed by the network's ticketing ERP (capitals, the identity
// and the references in a key–value box on the right, the network's own order number of seven digits and the customer
// account of eight beside the buyer's engagement; tickets and passes at 10 %, the card and delivery fees at 20 % on
// some; the cards loaded listed with their ten-digit numbers, over two pages on one; one credit note for passes
// returned unused).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { maybeRelabel32, mobilityBuyer, seven32 } from '../../lib/blind32.mjs';

const PRODUCTS = [
  ['T1 – Titre 1 voyage (validité 1 h)', 150, 170, 'titre'], ['Carnet 10 voyages', 1300, 1550, 'carnet'], ['Pass 24 heures', 430, 520, 'titre'],
  ['Abonnement mensuel tarif solidaire', 1000, 1600, 'abonnement'], ['Abonnement mensuel Pass Jeunes (- 26 ans)', 2400, 2900, 'abonnement'], ['Titre Groupe scolaire (aller-retour, par élève)', 120, 180, 'titre'],
];
const titres = {
  name: 'ad-titres-transport-reseau',
  family: 'public-transport-tickets-passes-erp-two-rates',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 2;
    const long = i === 5;
    const inv = makeInvoice('ad-titres-transport-reseau', i, { cityProb: 0.35, engagementProb: 0.8, trades: ['services'], numbers: credit ? ['avoirShort'] : ['compact', 'year2', 'ticket'], engagementLabels: ['commande', 'bonDeCommande', 'engagement', 'votreRefEj'], marketProb: 0.1, serviceProb: 0.5, dateStyles: ['slash'], rates: [[1000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.9, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'tickets');
    renameSupplier(inv, x.pick(['Transports urbains stéphanois', 'Réseau Loire Mobilités', 'Société des transports de l’agglomération roannaise', 'Keolis Forez Mobilités']), 'SAS');
    inv.supplier.ape = '4931Z';
    mobilityBuyer(inv, x, 'social', 0.85);
    localReferences(inv, x);
    maybeRelabel32(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.shopOrder = seven32(x);
    inv.account = `${x.int(1, 9)}${x.digits(7)}`;
    inv.validity = { m: inv.date.m === 12 ? 1 : inv.date.m + 1, y: inv.date.m === 12 ? inv.date.y + 1 : inv.date.y };
    const picks = PRODUCTS.filter(() => x.chance(0.45)).slice(0, 4);
    if (!picks.length) picks.push(PRODUCTS[1]);
    inv.lines = picks.map(([label, lo, hi, kind]) => ({ label, kind, qty: credit ? x.int(1, 6) : kind === 'abonnement' ? x.int(4, long ? 60 : 25) : x.int(10, 200), unit: x.int(lo / 10, hi / 10) * 10, rate: 1000 }));
    if (long && !inv.lines.some((l) => l.kind === 'abonnement')) inv.lines.push({ label: PRODUCTS[3][0], kind: 'abonnement', qty: 48, unit: 1200, rate: 1000 });
    const rates = [1000];
    if (!credit && x.chance(0.55)) {
      const cards = inv.lines.filter((l) => l.kind === 'abonnement').reduce((s, l) => s + l.qty, 0) || x.int(2, 10);
      inv.lines.push({ label: 'Création de carte sans contact nominative', kind: 'fee', qty: cards, unit: x.pick([500, 800]), rate: 2000 });
      inv.lines.push({ label: 'Frais de traitement et d’envoi en recommandé', kind: 'fee', qty: 1, unit: x.int(9, 18) * 100, rate: 2000 });
      rates.push(2000);
    }
    const loaded = inv.lines.filter((l) => l.kind === 'abonnement').reduce((s, l) => s + l.qty, 0);
    inv.cards = Array.from({ length: Math.min(loaded, long ? 60 : 8) }, () => ({ card: `20${x.digits(8)}`, holder: `${x.pick('ABCDEFGHJLMNPRST'.split(''))}. ${x.pick('ABCDEFGHJLMNPRST'.split(''))}.`, product: 'abonnement' }));
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `${inv.date.y}${String(inv.date.m).padStart(2, '0')}${String(x.int(1, 99)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(10, 40)) };
    }
    return priceLines(inv, rates);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'CONVENTION N°'], service: ['CODE SERVICE', 'SERVICE DESTINATAIRE'] });
    const kv = [
      [inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number, true], ['DATE', date(inv, inv.date), true], ['N° COMPTE CLIENT', inv.account], ['N° COMMANDE BOUTIQUE', inv.shopOrder],
      ...(inv.avoir ? [['FACTURE D’ORIGINE', `${inv.origin.number} du ${fmtDate(inv.origin.date, 'slash')}`]] : [['DATE D’ÉCHÉANCE', fmtDate(inv.due, 'slash')]]),
      ...refs,
    ];
    const kvTable = table([38, 42], kv.map(([k, v, strong]) => [{ text: k, size: 6.8 }, { text: v, b: true, size: strong ? 9.6 : 8.4 }]), { border: 'grid', size: 8 });
    const rows = inv.lines.map((l) => [l.label.toLocaleUpperCase('fr-FR'), frNumber(l.qty), plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const vatRows = inv.vat.map((v) => [`TVA ${rate(v.rate)} SUR ${plainMoney(inv, v.base)}`, money(inv, v.amount)]);
    const totals = [['TOTAL HT', money(inv, inv.ht)], ...vatRows, ...(inv.vat.length > 1 ? [['TOTAL TVA', money(inv, inv.tva)]] : []), [inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', money(inv, inv.ttc)]];
    if (!inv.avoir) totals.push(['NET À PAYER', money(inv, inv.net)]);
    const month = `${MONTHS[inv.validity.m - 1]} ${inv.validity.y}`;
    const cardRows = inv.cards.map((c, k) => [String(k + 1), c.card, c.holder, `Abonnement mensuel – ${month}`]);
    return {
      font: 'Helvetica', size: 8.2, margins: [12, 12, 18, 12], creator: 'Billettique – module facturation',
      body: [
        columns([96, 84], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 12 }), p('Exploitant du réseau de transport urbain – délégation de service public', { size: 7 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 })), space(6),
            p('DESTINATAIRE', { size: 6.8, color: '#555555' }), ...buyerTexts(inv, x).map((t, k) => p(t.toLocaleUpperCase('fr-FR'), { b: k === 0, size: 8.6 }))],
          [p(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right' }), space(2), kvTable],
        ]),
        space(5),
        p(inv.avoir ? `AVOIR POUR TITRES RESTITUÉS NON UTILISÉS (titres non validés, retournés le ${fmtDate(addDays(inv.date, -2), 'slash')})` : `COMMANDE DE TITRES DE TRANSPORT – VALIDITÉ ${month.toLocaleUpperCase('fr-FR')}`, { b: true }),
        table([92, 16, 24, 14, 34], [{ cells: ['PRODUIT', 'QTÉ', 'P.U. HT', 'TVA', 'MONTANT HT'], b: true, shade: '#e0e0e0' }, ...rows], { border: 'grid', size: 7.6, align: ['left', 'right', 'right', 'center', 'right'], before: 2, after: 3 }),
        table([56, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 92, border: 'grid', size: 8.4, align: ['left', 'right'] }),
        space(3),
        p('Titres de transport de voyageurs : TVA 10 %. Titres non remboursables après validation. Tarif solidaire réservé aux bénéficiaires orientés par le CCAS.', { size: 7 }),
        ...(inv.avoir ? [p('MONTANT DÉDUIT DE VOTRE PROCHAINE FACTURE.', { b: true, size: 8 })] : [p(inv.print.iban ? `PAIEMENT PAR VIREMENT – IBAN ${iban(inv)} – BIC ${s.bic} – RAPPELER LE N° DE FACTURE` : 'PAIEMENT PAR MANDAT ADMINISTRATIF À 30 JOURS – RAPPELER LE N° DE FACTURE', { size: 7.8 })]),
        ...(cardRows.length ? [space(3), p('CARTES RECHARGÉES (POUR INFORMATION)', { b: true, size: 7.6 }), table([10, 36, 30, 104], [{ cells: ['#', 'N° DE CARTE', 'TITULAIRE', 'PRODUIT CHARGÉ'], b: true, shade: '#eeeeee' }, ...cardRows], { border: 'rows', size: 7.2 })] : []),
        rule(),
        p('Pénalités de retard : 3 fois le taux d’intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('PAGE {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [titres];

// Blind-34 layout drawn with PDFKit (see ../../README.md): a business telecom operator's monthly invoice for the IP
// telephony of a commune or a public body, printed by the operator's billing system (capitals, a box of the account
// with the customer account of eight digits and the line contract of seven beside the buyer's references, SIP trunk
// channels, direct-dial numbers, IP handsets rented, hosted-PBX licences and the calls of the month by destination in
// minutes; the summary by site with the main numbers, over two pages on one; one credit note for an outage).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate, MONTHS } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { mills3, millsTotal, refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { previousMonth } from '../../lib/blind15.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { digitalBuyer, eight34, landline34, maybeRelabel34, seven34 } from '../../lib/blind34.mjs';

const SITES = ['HÔTEL DE VILLE', 'CENTRE TECHNIQUE MUNICIPAL', 'MÉDIATHÈQUE', 'POLICE MUNICIPALE', 'CRÈCHE LES LUTINS', 'GYMNASE DU SOLEIL', 'ÉCOLE JULES FERRY', 'ÉCOLE DU BOURG', 'CENTRE SOCIAL', 'MAISON DES ASSOCIATIONS', 'CIMETIÈRE', 'PISCINE MUNICIPALE', 'SERVICE DES EAUX', 'CCAS – ACCUEIL', 'OFFICE DE TOURISME', 'ARCHIVES', 'CONSERVATOIRE', 'SALLE DES FÊTES'];
const toip = {
  name: 'af-toip-operateur',
  family: 'ip-telephony-operator-billing-capitals-sites',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const credit = i === 5;
    const long = i === 2;
    const inv = makeInvoice('af-toip-operateur', i, { cityProb: 0.4, engagementProb: 0.85, trades: ['services'], numbers: credit ? ['avoirShort'] : ['compact', 'ticket', 'year2'], engagementLabels: ['commande', 'bonDeCommande', 'engagement', 'ej'], marketProb: 0.25, serviceProb: 0.45, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.9, negative: credit ? 0.5 : false });
    const x = extraRng(inv, 'voip');
    renameSupplier(inv, x.pick(['Loire Telecom Entreprises', 'Axialis Communications', 'Forez Voix & Data', 'Rhône Alpes Connect Pro']), 'SAS');
    inv.supplier.ape = '6110Z';
    digitalBuyer(inv, x, 'it', 0.85);
    localReferences(inv, x);
    maybeRelabel34(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 20);
    inv.account = eight34(x);
    inv.contract = seven34(x);
    const month = previousMonth(inv.date);
    inv.period = { ...month, name: `${MONTHS[month.from.m - 1]} ${month.from.y}` };
    const siteCount = long ? SITES.length : x.int(2, 6);
    const first = x.int(0, SITES.length - 1);
    inv.sites = Array.from({ length: siteCount }, (_, k) => ({ name: SITES[(first + k) % SITES.length], number: landline34(x), handsets: x.int(1, long ? 40 : 14), minutes: x.int(120, 4200) }));
    const handsets = inv.sites.reduce((s, site) => s + site.handsets, 0);
    if (credit) {
      inv.avoir = true;
      inv.print.iban = false;
      inv.origin = { number: `${inv.date.y}${String(inv.date.m).padStart(2, '0')}${String(x.int(1, 99)).padStart(3, '0')}`, date: addDays(inv.date, -x.int(10, 30)) };
      inv.lines = [{ label: `PÉNALITÉ DE DISPONIBILITÉ – COUPURE DU TRUNK SIP DU ${fmtDate(addDays(month.from, x.int(2, 20)), 'slash')} (TICKET ${seven34(x)})`, qtyText: '1', qty: 1, unit: x.int(150, 900) * 100, rate: 2000 }];
    } else {
      const channels = x.pick([10, 20, 30, 40, 60]);
      const sda = x.pick([20, 50, 100, 150, 200]);
      inv.lines = [
        { label: `TRUNK SIP – ${channels} CANAUX SIMULTANÉS – ${inv.period.name.toLocaleUpperCase('fr-FR')}`, qty: 1, unit: channels * x.int(6, 11) * 100, rate: 2000 },
        { label: 'NUMÉROS SDA (TRANCHES DE 10)', qty: sda / 10, unit: x.int(8, 15) * 100, rate: 2000 },
        { label: 'LICENCES UTILISATEURS CENTREX HÉBERGÉ', qty: handsets, unit: x.int(450, 900), rate: 2000 },
        { label: 'LOCATION POSTES IP (YEALINK T54W / W76P DECT)', qty: handsets, unit: x.int(250, 600), rate: 2000 },
      ];
      const mobileMin = x.int(300, 9000);
      const fixedMin = inv.sites.reduce((s, site) => s + site.minutes, 0);
      inv.lines.push({ label: `COMMUNICATIONS VERS FIXES NATIONAUX (${frNumber(fixedMin)} MIN)`, qty: fixedMin, qtyText: frNumber(fixedMin), mills: x.int(8, 15), rate: 2000 });
      inv.lines.push({ label: `COMMUNICATIONS VERS MOBILES (${frNumber(mobileMin)} MIN)`, qty: mobileMin, qtyText: frNumber(mobileMin), mills: x.int(18, 35), rate: 2000 });
      if (x.chance(0.4)) inv.lines.push({ label: 'INTERVENTION SUR SITE – DÉPLACEMENT D’UN POSTE', qty: 1, unit: x.int(90, 160) * 100, rate: 2000 });
    }
    for (const l of inv.lines) {
      if (l.mills) {
        l.total = millsTotal(l.qty, l.mills);
        l.unitText = mills3(l.mills);
      }
      l.qtyText ??= frNumber(l.qty);
    }
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'ACCORD-CADRE TÉLÉCOMS N°'], service: ['CODE SERVICE', 'SERVICE GESTIONNAIRE'] }).map(([k, v]) => [k.toLocaleUpperCase('fr-FR'), v]);
    const account = [
      [inv.avoir ? 'AVOIR N°' : 'FACTURE N°', inv.number], ['DATE DE FACTURE', date(inv, inv.date)], ['COMPTE CLIENT', inv.account], ['CONTRAT', inv.contract],
      ['PÉRIODE', `${fmtDate(inv.period.from, 'slash')} AU ${fmtDate(inv.period.to, 'slash')}`],
      ...(inv.avoir ? [['FACTURE D’ORIGINE', inv.origin.number]] : [['DATE LIMITE DE PAIEMENT', fmtDate(inv.due, 'slash')]]),
    ];
    const box = table([40, 46], account.map(([k, v]) => [{ text: k, size: 6.8 }, { text: v, b: true, size: 8.6 }]), { border: 'box', size: 8 });
    const rows = inv.lines.map((l) => [l.label, l.qtyText, l.unitText ?? plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [['TOTAL HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], [inv.avoir ? 'TOTAL AVOIR TTC' : 'TOTAL TTC', money(inv, inv.ttc)]];
    if (!inv.avoir) totals.push([inv.print.iban ? 'MONTANT À RÉGLER' : 'NET À PAYER', money(inv, inv.net)]);
    const siteRows = inv.sites.map((site) => [site.name, site.number, String(site.handsets), `${frNumber(site.minutes)} min`]);
    return {
      font: 'Helvetica', size: 8, margins: [12, 12, 18, 12], creator: 'Facturation opérateur',
      body: [
        columns([96, 88], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 13 }), p('OPÉRATEUR DE TÉLÉCOMMUNICATIONS – TÉLÉPHONIE IP ET LIENS DATA', { size: 6.8 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.2 })), space(5),
            ...buyerTexts(inv, x).map((t, k) => p(t.toLocaleUpperCase('fr-FR'), { b: k === 0, size: 8.6 })),
            ...(refs.length ? [space(2), ...refs.map(([k, v]) => p(`${k} : ${v}`, { size: 7.8 }))] : [])],
          [p(inv.avoir ? 'AVOIR' : 'FACTURE', { b: true, size: 16, align: 'right' }), space(2), box],
        ]),
        space(5),
        p(inv.avoir ? `AVOIR SUR LA FACTURE ${inv.origin.number} DU ${fmtDate(inv.origin.date, 'slash')}` : `VOTRE FACTURE DU MOIS DE ${inv.period.name.toLocaleUpperCase('fr-FR')}`, { b: true }),
        table([110, 22, 22, 32], [{ cells: ['DÉSIGNATION', 'QTÉ', 'P.U. HT', 'MONTANT HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.4, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([56, 34], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 96, border: 'grid', size: 8.4, align: ['left', 'right'] }),
        space(3),
        p(inv.avoir ? 'CET AVOIR SERA DÉDUIT DE VOTRE PROCHAINE FACTURE.' : inv.print.iban ? `PRÉLÈVEMENT OU VIREMENT – IBAN ${iban(inv)} – BIC ${s.bic} – RAPPELEZ VOTRE N° DE COMPTE CLIENT` : 'PAIEMENT PAR MANDAT ADMINISTRATIF – RAPPELEZ VOTRE N° DE COMPTE CLIENT', { size: 7.6 }),
        p('Communications facturées à la seconde après la première minute indivisible. Détail des appels disponible sur votre espace client.', { size: 6.8 }),
        ...(siteRows.length ? [space(3), p('RÉCAPITULATIF PAR SITE', { b: true, size: 7.8 }), table([70, 40, 30, 46], [{ cells: ['SITE', 'NUMÉRO PRINCIPAL', 'POSTES', 'CONSOMMATION FIXES'], b: true, shade: '#eeeeee' }, ...siteRows], { border: 'rows', size: 7.2 })] : []),
        rule(),
        p('Pénalités de retard : 3 fois le taux d’intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.', { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('PAGE {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [toip];

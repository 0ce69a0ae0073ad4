// Blind-33 layout drawn with PDFKit (see ../../README.md): a library services company's invoice for the retrospective
// conversion of a library's card catalogue and the RFID equipment of its documents, printed by its in-house ERP
// (capitals, the identity and the references in a key–value grid on the right, the project number of seven digits and
// the customer account of eight beside the engagement; records derived or created and items by the unit with prices
// of three decimals, collection by collection; a volume discount on some; a large library's conversion runs over two
// pages).
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays, fmtDate } from '../../lib/format.mjs';
import { date, extraRng, iban, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, supplierTexts } from '../../lib/blind5.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { localReferences } from '../../lib/blind14.mjs';
import { notInFuture } from '../../lib/blind22.mjs';
import { eight33, heritageBuyer, maybeRelabel33, price3, seven33 } from '../../lib/blind33.mjs';

const FONDS = ['Fonds adultes – romans', 'Fonds adultes – documentaires', 'Fonds jeunesse – albums', 'Fonds jeunesse – documentaires', 'Fonds local et régional', 'Bandes dessinées', 'Livres lus et DVD', 'Fonds ancien (avant 1914)', 'Périodiques reliés', 'Partitions musicales'];
const SIGB = ['Koha', 'Orphée', 'Decalog SIGB', 'Paprika', 'Aloès'];
const retro = {
  name: 'ae-retroconversion-catalogue',
  family: 'library-retroconversion-rfid-erp-kv-grid',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const long = i === 3;
    const inv = makeInvoice('ae-retroconversion-catalogue', i, { cityProb: 0.5, engagementProb: 0.75, trades: ['services'], numbers: ['dolibarr', 'compact', 'slash'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'numeroEj'], marketProb: 0.45, serviceProb: 0.5, dateStyles: ['slash', 'dash'], rates: [[2000]], discountPct: [0, 0, 4], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.85 });
    const x = extraRng(inv, 'records');
    renameSupplier(inv, x.pick(['Biblio Services Rhône-Alpes', 'Catalogage et Données', 'Notices & Collections', 'Médiadoc Ingénierie']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '6311Z';
    heritageBuyer(inv, x, 'library', 0.9);
    localReferences(inv, x);
    maybeRelabel33(inv, x);
    notInFuture(inv);
    inv.due = addDays(inv.date, 30);
    inv.project = seven33(x);
    inv.account = eight33(x);
    inv.sigb = x.pick(SIGB);
    const derived = x.int(900, 1500);
    const created = x.int(2200, 4800);
    const item = x.int(280, 520);
    const rfid = x.int(380, 690);
    const fonds = long ? FONDS.slice() : FONDS.filter(() => x.chance(0.35)).slice(0, 3);
    if (!fonds.length) fonds.push(FONDS[0]);
    inv.lines = [];
    for (const f of fonds) {
      const n = x.int(long ? 800 : 300, long ? 4000 : 2500);
      const c = Math.round(n * x.int(3, 15) / 100);
      inv.lines.push({ label: `${f} – notices dérivées (BnF / SUDOC), exemplarisation`, qty: n, mills: derived + item });
      inv.lines.push({ label: `${f} – notices créées (catalogage UNIMARC original)`, qty: c, mills: created });
      if (long || x.chance(0.5)) inv.lines.push({ label: `${f} – étiquette RFID ISO 28560 posée et encodée`, qty: n, mills: rfid });
    }
    inv.lines.push({ label: `Contrôle qualité, dédoublonnage et chargement dans le SIGB ${inv.sigb}`, qty: 1, mills: x.int(600, 1800) * 1000 });
    for (const l of inv.lines) Object.assign(l, { rate: 2000, unit: l.mills / 10, total: Math.round((l.qty * l.mills) / 10) });
    return priceLines(inv, [2000]);
  },
  doc(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const refs = refPairs(inv, x, { market: ['MARCHÉ N°', 'ACCORD-CADRE N°'], service: ['CODE SERVICE', 'SERVICE DESTINATAIRE'] });
    const kv = [['FACTURE N°', inv.number, true], ['DATE FACTURE', date(inv, inv.date), true], ['N° DE PROJET', inv.project], ['COMPTE CLIENT', inv.account], ['ÉCHÉANCE', fmtDate(inv.due, 'slash')], ...refs];
    const kvTable = table([34, 44], kv.map(([k, v, strong]) => [{ text: k, size: 6.8, shade: '#eeeeee' }, { text: v, b: true, size: strong ? 9.4 : 8.4 }]), { border: 'grid', size: 8 });
    const rows = inv.lines.map((l) => [l.label.toLocaleUpperCase('fr-FR'), frNumber(l.qty), price3(l.mills), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['TOTAL BRUT HT', money(inv, inv.grossHT)], [`REMISE VOLUME ${inv.discountPct} %`, money(inv, -inv.discount)]);
    totals.push(['TOTAL HT', money(inv, inv.ht)], [`TVA ${rate(2000)}`, money(inv, inv.tva)], ['TOTAL TTC', money(inv, inv.ttc)], [x.pick(['NET À PAYER', 'MONTANT DÛ']), money(inv, inv.net)]);
    const notices = inv.lines.filter((l) => l.label.includes('notices')).reduce((sum, l) => sum + l.qty, 0);
    return {
      font: 'Helvetica', size: 8.2, margins: [12, 12, 18, 12], creator: 'ERP Médiadoc – module facturation',
      body: [
        columns([98, 82], [
          [p(s.name.toLocaleUpperCase('fr-FR'), { b: true, size: 12 }), p('SERVICES AUX BIBLIOTHÈQUES – CATALOGAGE, RÉTROCONVERSION, ÉQUIPEMENT RFID', { size: 6.8 }), ...supplierTexts(inv, x).slice(1).map((t) => p(t, { size: 7.4 })), space(6),
            p('FACTURÉ À', { size: 6.8, color: '#555555' }), ...buyerTexts(inv, x).map((t, k) => p(t.toLocaleUpperCase('fr-FR'), { b: k === 0, size: 8.4 }))],
          [p('FACTURE', { b: true, size: 16, align: 'right' }), space(2), kvTable],
        ]),
        space(5),
        p(`RÉTROCONVERSION DU CATALOGUE ET ÉQUIPEMENT DES DOCUMENTS – ${frNumber(notices)} NOTICES TRAITÉES – LIVRAISON DU ${fmtDate(addDays(inv.date, -x.int(3, 15)), 'slash')}`, { b: true }),
        table([104, 20, 24, 32], [{ cells: ['DÉSIGNATION', 'QTÉ', 'P.U. HT', 'MONTANT HT'], b: true, shade: '#dddddd' }, ...rows], { border: 'grid', size: 7.4, align: ['left', 'right', 'right', 'right'], before: 2, after: 3 }),
        table([56, 32], totals.map(([k, v], n) => ({ cells: [k, v], b: n === totals.length - 1 })), { indent: 92, border: 'grid', size: 8.4, align: ['left', 'right'] }),
        space(3),
        p('PRIX UNITAIRES EN EUROS HT À TROIS DÉCIMALES, SELON LE BORDEREAU DES PRIX DU MARCHÉ. FICHIERS UNIMARC ISO 2709 LIVRÉS SUR L’ESPACE DE DÉPÔT SÉCURISÉ.', { size: 7 }),
        p(inv.print.iban ? `PAIEMENT PAR VIREMENT – IBAN ${iban(inv)} – BIC ${s.bic} – RAPPELER LE N° DE FACTURE` : 'PAIEMENT PAR MANDAT ADMINISTRATIF À 30 JOURS – RAPPELER LE N° DE FACTURE', { size: 7.8 }),
        rule(),
        p('PÉNALITÉS DE RETARD : 3 FOIS LE TAUX D’INTÉRÊT LÉGAL ; INDEMNITÉ FORFAITAIRE POUR FRAIS DE RECOUVREMENT : 40 €.', { size: 6.6 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.2 }), p('PAGE {page}/{pages}', { align: 'right', size: 6.2 })],
    };
  },
};

export default [retro];

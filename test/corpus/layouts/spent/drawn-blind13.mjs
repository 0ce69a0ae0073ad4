// Blind-13 layouts drawn by PDFKit (see ../../README.md): a sewer inspection company's invoice for the CCTV survey of
// sewer sections street by street (manhole to manhole, diameter and material, linear metres with two decimals, jetting
// before the camera at its own price per metre; mobilisation, traffic signs by the day, the coded report; a 5 %
// retention deducted on some), drawn by the program with the invoice's identity in a grey band under the title, and a
// climbing-wall company's invoice for route setting and the yearly check of the protective equipment of a gymnasium's
// climbing wall (routes by grade, hold washing by the hour, harnesses, ropes and quickdraws checked per item, worn ropes
// replaced; a discount for schools on some), printed by PDFKit and LibreOffice from the shared description.
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from '../../lib/render-pdfkit.mjs';
import { columns, p, rule, space, table } from '../../lib/doc.mjs';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, LATE_FEES, legalLine, makeInvoice, money, plainMoney } from '../../lib/invoice.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, frNumber, paras, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, collect, paymentText } from '../../lib/blind6.mjs';
import { dueRows, refPairs } from '../../lib/blind8.mjs';
import { refParagraphs, totalsTable } from '../../lib/blind9.mjs';
import { priceLines } from '../../lib/blind10.mjs';
import { engagementSentence, maybeRelabel13, redate } from '../../lib/blind13.mjs';

const MM = 72 / 25.4;

// ——— 1. CCTV survey of sewer sections. ———
const STREETS = ['rue des Docteurs Charcot', 'rue Bergson', 'avenue de Rochetaillée', 'rue du Onze Novembre', 'boulevard Karl Marx', 'rue de la Mulatière', 'rue Étienne Mimard', 'cours Victor Hugo', 'rue Désiré Claude', 'rue Paul Petit'];
const PIPES = [['DN 200', 'PVC'], ['DN 300', 'béton'], ['DN 400', 'béton armé'], ['DN 250', 'grès'], ['Ovoïde T130', 'maçonnerie'], ['DN 600', 'fonte']];
const reseaux = {
  name: 'm-inspection-reseaux',
  family: 'sewer-cctv-inspection',
  producers: ['pdfkit'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('m-inspection-reseaux', i, { ...CITY_HEAVY, trades: ['btp'], numbers: ['plain', 'ebp', 'odoo', 'sage'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'engagementJuridique', 'ejBc'], marketProb: 0.6, serviceProb: 0.55, dateStyles: ['dots', 'long', 'slash'], rates: [[2000]], groups: ['space', 'nbsp', 'none'], lines: [1, 1], rcsProb: 0.55 });
    const x = extraRng(inv, 'sewer');
    renameSupplier(inv, x.pick(['Inspection Réseaux Loire', 'Hydro-Curage du Forez', 'Assainissement Contrôle Rhône-Alpes', 'Caméra Réseaux Services']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '3700Z';
    maybeRelabel13(inv, x);
    const start = addDays(inv.date, -x.int(10, 40));
    const days = x.int(1, 4);
    redate(inv, addDays(start, days + x.int(4, 18)));
    inv.due = addDays(inv.date, x.pick([30, 30, 45]));
    inv.survey = { start, days, sections: [] };
    inv.lines = [];
    const first = x.int(0, STREETS.length - 1);
    const sections = x.int(3, 7);
    let manhole = x.int(1, 80);
    const cameraPrice = x.int(280, 690);
    const jetPrice = x.int(180, 390);
    for (let k = 0; k < sections; k++) {
      const [dn, material] = x.pick(PIPES);
      const centi = x.int(1800, 9500);
      const street = STREETS[(first + Math.floor(k / 2)) % STREETS.length];
      const from = `R${manhole}`;
      manhole += 1;
      const section = { street, from, to: `R${manhole}`, dn, material, centi };
      inv.survey.sections.push(section);
      inv.lines.push({ section, kind: 'Inspection télévisée', qtyText: `${frNumber(centi / 100, 2)} ml`, qty: centi / 100, unit: cameraPrice, total: Math.round((centi * cameraPrice) / 100), rate: 2000 });
      if (x.chance(0.6)) inv.lines.push({ section, kind: 'Hydrocurage préalable', qtyText: `${frNumber(centi / 100, 2)} ml`, qty: centi / 100, unit: jetPrice, total: Math.round((centi * jetPrice) / 100), rate: 2000 });
    }
    inv.lines.push({ kind: 'Amenée et repli du véhicule d’inspection et du camion hydrocureur', qtyText: '1 forfait', qty: 1, unit: x.int(25, 60) * 1000, rate: 2000 });
    inv.lines.push({ kind: 'Signalisation temporaire et alternat de circulation', qtyText: `${days} j`, qty: days, unit: x.int(120, 260) * 100, rate: 2000 });
    inv.lines.push({ kind: 'Rapport d’inspection codé (NF EN 13508-2), vidéos et fichiers d’échange SIG', qtyText: '1 forfait', qty: 1, unit: x.int(18, 45) * 1000, rate: 2000 });
    inv.retenuePct = inv.market && x.chance(0.5) ? 5 : 0;
    return priceLines(inv);
  },
  pdfkit(inv) {
    const x = extraRng(inv, 'look');
    const pdf = new PDFDocument({ size: 'A4', margin: 0, compress: true, info: { Producer: 'PDFKit', Creator: x.pick(['PDFKit', 'ITV-Report', 'AssainiGest']), CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Title: 'Facture' } });
    const L = 16 * MM;
    const R = pdf.page.width - 16 * MM;
    const regular = x.pick(['Helvetica', 'Times-Roman']);
    const bold = regular === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
    const accent = x.pick(['#1b5e20', '#0d47a1', '#4e342e']);
    const text = (t, px, py, { size = 8.4, b = false, color = '#111111', width, align } = {}) => pdf.font(b ? bold : regular).fontSize(size).fillColor(color).text(t, px, py, width ? { width, align, lineBreak: true } : { lineBreak: false });
    const me = supplierTexts(inv, x);
    text(me[0], L, 13 * MM, { size: 14, b: true, color: accent });
    text('Inspection télévisée – hydrocurage – tests d’étanchéité – réseaux d’assainissement', L, 19 * MM, { size: 7, color: '#555555' });
    me.slice(1).forEach((t, k) => text(t, L, 23.5 * MM + k * 3.7 * MM, { size: 7.8 }));
    const buyer = buyerTexts(inv, x);
    buyer.forEach((t, k) => text(t, L + 100 * MM, 30 * MM + k * 4 * MM, { size: 8.8, b: k === 0 }));
    let y = Math.max(27 * MM + me.length * 3.7 * MM, 34 * MM + buyer.length * 4 * MM) + 5 * MM;
    text(x.pick(['FACTURE', 'Facture']), L, y, { size: 18, b: true, color: accent });
    y += 9 * MM;
    // The invoice's identity in a grey band: label above value, four cells.
    const band = [[x.pick(['Facture n°', 'N° facture', 'Numéro']), inv.number], [x.pick(['Date', 'Date d’émission', 'Date facture']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')], [x.pick(['Réf. client', 'Code client']), inv.clientCode]];
    pdf.rect(L, y, R - L, 11 * MM).fill('#eeeeee');
    const cw = (R - L) / band.length;
    band.forEach(([k, v], n) => {
      text(k, L + n * cw + 2.5 * MM, y + 1.8 * MM, { size: 7, color: '#555555' });
      text(v, L + n * cw + 2.5 * MM, y + 5.6 * MM, { size: 9.4, b: n === 0 });
    });
    y += 15 * MM;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché à bons de commande n°', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Service exécutant'] });
    const sentence = x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shownRefs = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    shownRefs.forEach(([k, v], n) => text(`${k} : ${v}`, L, y + n * 4.4 * MM, { size: 8.6, b: true }));
    y += shownRefs.length * 4.4 * MM + (shownRefs.length ? 2 * MM : 0);
    const sv = inv.survey;
    text(`Objet : inspection télévisée de ${sv.sections.length} tronçons d’assainissement, intervention ${sv.days > 1 ? `du ${date(inv, sv.start, 'slash')} au ${date(inv, addDays(sv.start, sv.days - 1), 'slash')}` : `le ${date(inv, sv.start, 'slash')}`}.${sentence ? ` ${sentence}` : ''}`, L, y, { size: 8.4, width: R - L });
    y += 10 * MM;
    const cols = [[L, 58, 'Tronçon', 'left'], [L + 58 * MM, 26, 'Collecteur', 'left'], [L + 84 * MM, 36, 'Prestation', 'left'], [L + 120 * MM, 20, 'Quantité', 'right'], [L + 140 * MM, 14, 'P.U. HT', 'right'], [L + 154 * MM, (R - L) / MM - 154, 'Montant HT', 'right']];
    pdf.rect(L, y - 1.3 * MM, R - L, 6 * MM).fill(accent);
    cols.forEach(([cx, w, h, align]) => text(h, cx + 1 * MM, y, { size: 7.6, b: true, color: '#ffffff', width: (w - 2) * MM, align }));
    y += 7 * MM;
    for (const l of inv.lines) {
      const sec = l.section;
      const cells = sec
        ? [`${sec.street} – de ${sec.from} à ${sec.to}`, `${sec.dn} ${sec.material}`, l.kind, l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)]
        : [l.kind, '', '', l.qtyText, plainMoney(inv, l.unit), plainMoney(inv, l.total)];
      const firstWidth = sec ? 56 : 118;
      const h = Math.max(pdf.font(regular).fontSize(7.8).heightOfString(cells[0], { width: firstWidth * MM }), sec ? pdf.heightOfString(cells[2], { width: 34 * MM }) : 0);
      cells.forEach((t, k) => {
        if (!sec && (k === 1 || k === 2)) return;
        text(t, cols[k][0] + 1 * MM, y, { size: 7.8, width: (k === 0 ? firstWidth : cols[k][1] - 2) * MM, align: cols[k][3] });
      });
      y += Math.max(h, 3.4 * MM) + 1.5 * MM;
      pdf.moveTo(L, y - 0.8 * MM).lineTo(R, y - 0.8 * MM).lineWidth(0.3).stroke('#bbbbbb');
    }
    y += 3 * MM;
    const totalLength = sv.sections.reduce((s, sec) => s + sec.centi, 0);
    text(`Linéaire inspecté : ${frNumber(totalLength / 100, 2)} ml. Les tronçons non visitables (obstacle, mise en charge) ne sont pas facturés.`, L, y, { size: 7.4, color: '#444444', width: 80 * MM });
    const totals = dueRows(inv, { ht: x.pick(['Total HT', 'Montant HT']), ttc: x.pick(['Total TTC', 'Montant TTC']), net: x.pick(['Net à payer', 'Montant à mandater']) });
    totals.forEach(([k, val, strong], n) => {
      const yy = y + n * 5.2 * MM;
      text(k, R - 88 * MM, yy, { size: strong ? 9.6 : 8.4, b: strong });
      text(money(inv, val), R - 32 * MM, yy, { size: strong ? 9.6 : 8.4, b: strong, width: 32 * MM, align: 'right' });
      if (strong) pdf.moveTo(R - 88 * MM, yy - 1.2 * MM).lineTo(R, yy - 1.2 * MM).lineWidth(0.8).stroke('#333333');
    });
    y += totals.length * 5.2 * MM + 6 * MM;
    text(paymentText(inv), L, y, { size: 8.4, width: R - L });
    text(LATE_FEES, L, pdf.page.height - 25 * MM, { size: 6.5, color: '#444444', width: R - L });
    text(legalLine(inv), L, pdf.page.height - 16 * MM, { size: 6.3, width: R - L, align: 'center' });
    return collect(pdf);
  },
};

// ——— 2. Climbing wall: route setting and the yearly check of protective equipment. ———
const GYMS = ['gymnase de la Cotonne', 'gymnase Jean Gachet', 'complexe sportif de Méons', 'gymnase du Soleil', 'salle d’escalade du SUAPS', 'gymnase Portail Rouge'];
const GRADES = ['4a', '4b', '4c', '5a', '5b', '5c', '6a', '6a+', '6b', '6b+', '6c', '7a', '7b'];
const escalade = {
  name: 'm-mur-escalade',
  family: 'climbing-wall-route-setting-ppe-check',
  producers: ['pdfkit', 'libreoffice'],
  count: 4,
  make: (i) => {
    const inv = makeInvoice('m-mur-escalade', i, { ...CITY_HEAVY, cityProb: 0.5, trades: ['services'], numbers: ['plain', 'pennylane', 'dolibarr', 'ciel'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'votreCommandeEngagement', 'bdc'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash', 'long', 'iso'], rates: [[2000]], discountPct: [0, 0, 10], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'climbing');
    renameSupplier(inv, x.pick(['Vertical Prises Loire', 'Ouvreurs Associés du Pilat', 'Grimpe Équipement Services', 'Roc et Résine']), x.pick(['SARL', 'SAS']));
    inv.supplier.ape = '9311Z';
    maybeRelabel13(inv, x);
    const routes = x.int(6, 24);
    const low = x.int(0, 4);
    const high = Math.min(GRADES.length - 1, low + x.int(5, 8));
    const harnesses = x.int(10, 40);
    const ropes = x.int(6, 20);
    const quickdraws = x.int(4, 15) * 10;
    const worn = x.int(0, Math.ceil(ropes / 4));
    inv.wall = { gym: x.pick(GYMS), height: x.int(7, 14), lanes: x.int(8, 24), routes, low: GRADES[low], high: GRADES[high], harnesses, ropes, quickdraws, worn, visit: addDays(inv.date, -x.int(4, 20)) };
    inv.lines = [
      { label: `Ouverture de ${routes} voies du ${GRADES[low]} au ${GRADES[high]} (tracé, pose et serrage des prises, cotation affichée)`, unitName: 'voie', qty: routes, unit: x.int(45, 95) * 100, rate: 2000 },
      { label: 'Démontage, lavage haute pression et tri des prises', unitName: 'heure', qty: x.int(4, 16), unit: x.int(35, 55) * 100, rate: 2000 },
      { label: `Contrôle annuel des EPI – baudriers (${harnesses})`, unitName: 'EPI', qty: harnesses, unit: x.int(5, 10) * 100, rate: 2000 },
      { label: `Contrôle annuel des EPI – cordes (${ropes})`, unitName: 'EPI', qty: ropes, unit: x.int(8, 14) * 100, rate: 2000 },
      { label: `Contrôle annuel des EPI – dégaines (${quickdraws})`, unitName: 'EPI', qty: quickdraws, unit: x.int(2, 5) * 100, rate: 2000 },
      { label: 'Vérification de la structure artificielle d’escalade (NF EN 12572-1), rapport et registre', unitName: 'forfait', qty: 1, unit: x.int(25, 60) * 1000, rate: 2000 },
    ];
    if (worn) inv.lines.push({ label: 'Corde dynamique 10,2 mm × 40 m en remplacement des cordes réformées', unitName: 'u', qty: worn, unit: x.int(130, 220) * 100, rate: 2000 });
    return priceLines(inv);
  },
  doc(inv, producer) {
    const x = extraRng(inv, 'look');
    const w = inv.wall;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Réf. marché', 'Accord-cadre n°'], service: ['Code service', 'Service', 'Code service destinataire'] });
    const sentence = x.chance(0.35) ? engagementSentence(inv, x) : null;
    const shownRefs = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const rows = inv.lines.map((l) => [l.label, `${frNumber(l.qty)} ${l.unitName}${l.qty > 1 && ['voie', 'heure'].includes(l.unitName) ? 's' : ''}`, plainMoney(inv, l.unit), plainMoney(inv, l.total)]);
    const totals = [];
    if (inv.discount) totals.push(['Total brut HT', inv.grossHT], [`Remise établissements scolaires et sportifs ${inv.discountPct} %`, -inv.discount]);
    totals.push(...dueRows(inv, { ht: x.pick(['Total HT', 'Net HT']), ttc: x.pick(['Total TTC', 'Net à payer']) }));
    const me = supplierTexts(inv, x);
    const numberLine = x.pick(['line', 'table']);
    const identity = numberLine === 'line'
      ? [p(`${x.pick(['FACTURE N°', 'Facture n°'])} ${inv.number}`, { b: true, size: 13 }), p(`${x.pick(['Date :', 'Le', 'Date de facture :'])} ${date(inv, inv.date)}`)]
      : [table([30, 40], [[x.pick(['Facture', 'N° de facture']), { text: inv.number, b: true }], ['Date', date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')]], { border: 'grid', size: 9 })];
    const failed = w.worn ? `${w.worn} corde${w.worn > 1 ? 's' : ''} réformée${w.worn > 1 ? 's' : ''} (gaine usée) et détruite${w.worn > 1 ? 's' : ''} ; ` : '';
    return {
      font: producer === 'pdfkit' ? x.pick(['Helvetica', 'Times']) : x.pick(['Liberation Sans', 'DejaVu Sans']), size: 8.8, margins: [14, 16, 22, 16],
      body: [
        columns([96, 82], [[...paras(me, { firstSize: 13.5 }), p('Ouverture de voies – maintenance de SAE – contrôle des EPI', { size: 7.4, i: true, color: '#e65100' })], [space(4), p(x.pick(['Client', 'Facturer à', 'Destinataire']), { size: 7.4, color: '#666666' }), ...paras(buyerTexts(inv, x))]]),
        space(5),
        ...identity,
        space(2),
        ...refParagraphs(shownRefs, 8.6),
        p(`Intervention du ${date(inv, w.visit, 'slash')} – ${w.gym} : mur de ${w.height} m, ${w.lanes} couloirs.${sentence ? ` ${sentence}` : ''}`, { size: 8.6, before: 2, after: 2 }),
        table([100, 24, 24, 30], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'Montant HT'], b: true, shade: '#fff3e0' }, ...rows], { border: x.pick(['grid', 'rows']), size: 8.2, align: ['left', 'right', 'right', 'right'], after: 3 }),
        totalsTable(inv, totals, { widths: [64, 30], indent: 84 }),
        rule(),
        p(`Résultat du contrôle des EPI : ${failed}les autres équipements sont déclarés aptes, fiches de vie mises à jour (contrôle suivant dans 12 mois).`, { size: 7.6, before: 2 }),
        p(paymentText(inv), { size: 8.4, before: 2 }),
        p(`Échéance : ${date(inv, inv.due, 'slash')}. ${LATE_FEES}`, { size: 6.8 }),
      ],
      footer: [p(legalLine(inv), { align: 'center', size: 6.3 })],
    };
  },
};

export default [reseaux, escalade];

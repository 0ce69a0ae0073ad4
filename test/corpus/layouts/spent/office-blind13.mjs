// Blind-13 layouts written as office files (see ../../README.md): a Word invoice from a photography studio for the
// coverage of a municipal event (the shooting by the half-day, post-production per photo and travel at 20 %, the
// licence of the author's rights on the photos delivered at 10 %, with its media, duration and territory; a VAT
// summary), and an Excel invoice from a local radio's advertising department for a campaign announcing a city event
// (spots per week and time slot at the gross price list, a volume discount then the standard professional discount
// applied one after the other, the production of the spot added outside the discounts).
import { AlignmentType, Packer } from 'docx';
import { addDays } from '../../lib/format.mjs';
import { date, extraRng, iban, LATE_FEES, legalLine, makeInvoice, money, plainMoney, rate } from '../../lib/invoice.mjs';
import { GRID, NO_BORDERS, ROWS, pageNumbers, para, wordDocument, wordTable } from '../../lib/word.mjs';
import { renameSupplier } from '../../lib/variants.mjs';
import { buyerTexts, cellWriter, dateValue, EUR_FORMAT, euros, frNumber, newWorkbook, PAGE_SETUP, supplierTexts } from '../../lib/blind5.mjs';
import { CITY_HEAVY, paymentText } from '../../lib/blind6.mjs';
import { refPairs } from '../../lib/blind8.mjs';
import { priceLines, vatSummary } from '../../lib/blind10.mjs';
import { cascadeTotals, engagementSentence, maybeRelabel13, redate } from '../../lib/blind13.mjs';

// ——— 1. Photographic coverage with the author's rights licensed. ———
// [event, month, day (null: any day of the month)]
const EVENTS = [['Vœux du maire à la population', 1, null], ['Inauguration de la médiathèque de quartier', 3, null], ['Fête de la musique', 6, 21], ['Cérémonie commémorative du 11 Novembre', 11, 11], ['Forum des associations', 9, null], ['Biennale Internationale Design – soirée d’ouverture', 5, null], ['Accueil des nouveaux habitants', 10, null], ['Remise des prix du concours des maisons fleuries', 11, null]];
const photo = {
  name: 'm-photographe-droits-auteur',
  family: 'event-photography-author-rights',
  producers: ['docx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('m-photographe-droits-auteur', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['plain', 'pennylane', 'ebp', 'quickbooks'], engagementLabels: ['engagement', 'bonDeCommande', 'ej', 'commandeClient', 'referenceEngagement'], marketProb: 0.25, serviceProb: 0.6, dateStyles: ['long', 'dash', 'slash'], rates: [[2000, 1000]], groups: ['space', 'nbsp', 'narrow'], lines: [1, 1], rcsProb: 0.5 });
    const x = extraRng(inv, 'photo');
    renameSupplier(inv, x.pick(['Studio Grain d’Argent', 'Focale Stéphanoise', 'Atelier Photo Furan', 'Lumière Noire Images']), x.pick(['SARL', 'EURL', 'SAS']));
    inv.supplier.ape = '7420Z';
    maybeRelabel13(inv, x);
    const [event, month, dayOfMonth] = EVENTS[(i + x.int(0, 3)) % EVENTS.length];
    const day = { y: inv.date.y, m: month, d: dayOfMonth ?? x.int(2, 27) };
    redate(inv, addDays(day, x.int(5, 30)));
    inv.due = addDays(inv.date, 30);
    const photos = x.int(3, 16) * 5;
    const years = x.pick([1, 3, 5, 10]);
    inv.event = { event, day, photos, years, media: x.pick(['site internet, réseaux sociaux et magazine municipal', 'magazine municipal et affichage (format max. 120 × 176 cm)', 'communication institutionnelle, tous supports imprimés et numériques']) };
    inv.lines = [
      { label: `Prise de vue : ${event} (${date(inv, day, 'slash')})`, unitName: 'demi-journée', qty: x.int(1, 3), unit: x.int(280, 480) * 100, rate: 2000 },
      { label: 'Post-production : sélection, développement des fichiers RAW, retouche et export haute définition', unitName: 'photo', qty: photos, unit: x.int(4, 12) * 100, rate: 2000 },
      { label: `Cession des droits d’exploitation de ${photos} photographies – supports : ${inv.event.media} – durée ${years} an${years > 1 ? 's' : ''} – territoire : France`, unitName: 'forfait', qty: 1, unit: x.int(30, 160) * 1000, rate: 1000 },
    ];
    if (x.chance(0.6)) inv.lines.push({ label: `Frais de déplacement (${x.int(10, 90)} km aller-retour, stationnement)`, unitName: 'forfait', qty: 1, unit: x.int(25, 90) * 100, rate: 2000 });
    if (x.chance(0.4)) inv.lines.push({ label: 'Clé USB et galerie en ligne privée (30 jours)', unitName: 'forfait', qty: 1, unit: x.int(20, 60) * 100, rate: 2000 });
    return priceLines(inv, [2000, 1000]);
  },
  docx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const ev = inv.event;
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Accord-cadre photographie n°', 'Réf. marché'], service: ['Code service', 'Service', 'Code du service'] });
    const sentence = x.chance(0.3) ? engagementSentence(inv, x) : null;
    const shownRefs = sentence ? refs.filter(([k]) => k !== inv.engagement.label) : refs;
    const me = supplierTexts(inv, x);
    const accent = x.pick(['212121', '4E342E', '1B5E20', '0D47A1']);
    const rows = inv.lines.map((l) => [l.label, `${frNumber(l.qty)} ${l.unitName}${l.qty > 1 && !l.unitName.endsWith('s') ? 's' : ''}`, plainMoney(inv, l.unit), rate(l.rate), plainMoney(inv, l.total)]);
    const summary = vatSummary(inv).map(([r, base, amount]) => [rate(r), plainMoney(inv, base), plainMoney(inv, amount)]);
    const totals = [[x.pick(['Total HT', 'Total hors taxes']), money(inv, inv.ht)], [x.pick(['Total TVA', 'TVA']), money(inv, inv.tva)], [x.pick(['Total TTC', 'Net à payer', 'Montant TTC']), money(inv, inv.ttc)]];
    const idRows = [[x.pick(['Facture n°', 'N° de facture']), { text: inv.number, bold: true }], [x.pick(['Date', 'Date de facture', 'Émise le']), date(inv, inv.date)], ['Échéance', date(inv, inv.due, 'slash')]];
    const idLeft = x.chance(0.5);
    const idTable = wordTable([30, 40], idRows, { borders: GRID, size: 9 });
    const buyerCell = { paragraphs: [para(x.pick(['Client', 'Facturé à', 'Destinataire']), { size: 8, color: '777777' }), ...buyerTexts(inv, x).map((t, k) => para(t, { bold: k === 0 }))] };
    const doc = wordDocument({
      font: x.pick(['Calibri', 'Arial', 'Georgia']), size: 9.5, margins: [14, 16, 20, 16],
      header: [para(`${s.name} – photographie institutionnelle et événementielle`, { size: 7.5, color: '888888', align: 'right' })],
      footer: [para(legalLine(inv), { size: 7, align: 'center' }), pageNumbers(7)],
      body: [
        para(me[0], { bold: true, size: 17, color: accent }),
        ...me.slice(1).map((t) => para(t, { size: 8.5 })),
        para('', { after: 8 }),
        wordTable([86, 88], [idLeft ? [{ paragraphs: [para(x.pick(['FACTURE', 'Facture']), { bold: true, size: 16, color: accent })] }, buyerCell] : [buyerCell, { paragraphs: [para(x.pick(['FACTURE', 'Facture']), { bold: true, size: 16, color: accent, align: 'right' })] }]], { borders: NO_BORDERS }),
        // Two tables in a row would merge into one in Word: a paragraph keeps them apart.
        para('', { after: 4 }),
        idTable,
        para('', { after: 4 }),
        ...shownRefs.map(([k, v]) => para(`${k} : ${v}`, { size: 9, bold: true })),
        para(`Objet : reportage photographique « ${ev.event} » du ${date(inv, ev.day, 'long')} – ${ev.photos} photographies livrées.`, { before: 4, after: 2 }),
        ...(sentence ? [para(sentence, { size: 9, italics: true, after: 2 })] : []),
        wordTable([86, 26, 20, 14, 28], [{ cells: ['Désignation', 'Quantité', 'P.U. HT', 'TVA', 'Montant HT'], bold: true, shade: 'EEEEEE' }, ...rows], { borders: x.chance(0.5) ? GRID : ROWS, align: ['left', 'right', 'right', 'right', 'right'], size: 8.6 }),
        para('', { after: 6 }),
        wordTable([86, 88], [[
          { paragraphs: [wordTable([20, 30, 30], [{ cells: ['Taux', 'Base HT', 'TVA'], bold: true, shade: 'F5F5F5' }, ...summary], { borders: GRID, align: ['left', 'right', 'right'], size: 8.4 })] },
          { paragraphs: [wordTable([54, 30], totals.map(([k, v], n) => ({ cells: [k, v], bold: n === totals.length - 1 })), { borders: NO_BORDERS, align: ['left', 'right'], alignment: AlignmentType.RIGHT, size: 9.5 })] },
        ]], { borders: NO_BORDERS }),
        para('TVA 10 % sur la cession de droits d’auteur (art. 279 g du CGI) ; TVA 20 % sur les prestations techniques. Toute utilisation hors des supports, de la durée ou du territoire cédés fera l’objet d’une nouvelle cession. Mention obligatoire : « Photo © ' + s.name + ' ».', { size: 7.8, italics: true, before: 6 }),
        para(inv.print.iban ? `Règlement par virement – IBAN ${iban(inv)} – BIC ${s.bic}` : paymentText(inv), { size: 9, before: 4 }),
        para(LATE_FEES, { size: 7.5, before: 2 }),
      ],
    });
    return Packer.toBuffer(doc);
  },
};

// ——— 2. A local radio's advertising campaign. ———
const CAMPAIGNS = ['Festival des Arts de la rue', 'Fête du livre de Saint-Étienne', 'Marché de Noël de la place Jean Jaurès', 'Journées européennes du patrimoine', 'Semaine de la mobilité', 'Inscriptions aux activités périscolaires', 'Salon de l’emploi saisonnier'];
const SLOTS = [['Matinale 6 h – 9 h', 3800, 6500], ['Journée 9 h – 12 h', 2200, 3800], ['Midi 12 h – 14 h', 2600, 4200], ['Drive 16 h – 19 h', 3200, 5200], ['Soirée 19 h – 22 h', 1200, 2200]];
const radio = {
  name: 'm-campagne-radio',
  family: 'local-radio-advertising-campaign',
  producers: ['xlsx'],
  count: 8,
  make: (i) => {
    const inv = makeInvoice('m-campagne-radio', i, { ...CITY_HEAVY, trades: ['services'], numbers: ['compact', 'sage', 'odoo', 'ciel'], engagementLabels: ['ej', 'engagement', 'bonDeCommande', 'poBonDeCommande', 'bcShort'], marketProb: 0.3, serviceProb: 0.6, dateStyles: ['slash'], rates: [[2000]], groups: ['space', 'nbsp'], lines: [1, 1], rcsProb: 0.6 });
    const x = extraRng(inv, 'radio');
    renameSupplier(inv, x.pick(['Radio Forez FM – Régie', 'Loire Ondes Publicité', 'Activ Radio Régie', 'RCF Saint-Étienne Publicité']), x.pick(['SAS', 'SARL']));
    inv.supplier.ape = '7312Z';
    maybeRelabel13(inv, x);
    const start = addDays(inv.date, -x.int(20, 60));
    const weeks = x.int(1, 3);
    inv.campaign = { title: x.pick(CAMPAIGNS), start, end: addDays(start, weeks * 7 - 1), seconds: x.pick([20, 30, 30, 40]), code: `CAMP-${start.y}-${x.digits(3)}` };
    const slots = SLOTS.filter(() => x.chance(0.6));
    if (!slots.length) slots.push(SLOTS[0]);
    const discounted = [];
    for (let w = 0; w < weeks; w++) {
      const from = addDays(start, w * 7);
      for (const [slot, lo, hi] of slots) {
        const spots = x.int(4, 21);
        discounted.push({ week: from, slot, label: `Sem. du ${date(inv, from, 'slash')} – ${slot}`, qty: spots, unit: x.int(lo / 100, hi / 100) * 100, rate: 2000 });
      }
    }
    for (const l of discounted) l.total = l.qty * l.unit;
    const plain = [{ label: `Création et enregistrement du message ${inv.campaign.seconds} s (texte, voix off, habillage musical)`, qty: 1, unit: x.int(25, 70) * 1000, rate: 2000 }];
    plain[0].total = plain[0].unit;
    const volume = x.pick([0, 5, 10, 15]);
    redate(inv, addDays(inv.campaign.end, x.int(2, 20)));
    inv.due = addDays(inv.date, 30);
    inv.cascade = cascadeTotals(inv, { discounted, plain, discounts: [{ label: 'Remise de volume', pct: volume }, { label: 'Remise professionnelle', pct: 15 }] });
    return inv;
  },
  async xlsx(inv) {
    const x = extraRng(inv, 'look');
    const s = inv.supplier;
    const c = inv.campaign;
    const workbook = newWorkbook(s.name);
    const sheet = workbook.addWorksheet(x.pick(['Facture', 'FACTURE', 'Campagne']), { pageSetup: { ...PAGE_SETUP }, views: [{ showGridLines: false }] });
    const put = cellWriter(sheet, x.pick(['Arial', 'Calibri', 'Verdana']));
    sheet.columns = [{ width: 40 }, { width: 10 }, { width: 12 }, { width: 14 }, { width: 4 }, { width: 14 }];
    const me = supplierTexts(inv, x);
    me.forEach((text, k) => put(`A${k + 1}`, text, { bold: k === 0, size: k === 0 ? 14 : 9, color: k === 0 ? 'FFC62828' : undefined }));
    put('D1', x.pick(['FACTURE', 'Facture']), { bold: true, size: 16 });
    const meta = [[x.pick(['N° facture', 'Facture n°', 'Numéro']), inv.number], [x.pick(['Date', 'Date facture']), dateValue(inv.date)], ['Échéance', dateValue(inv.due)], ['Annonceur', inv.clientCode]];
    meta.forEach(([k, v], n) => {
      put(`D${n + 3}`, k, { size: 9 });
      put(`F${n + 3}`, v, { bold: n === 0, size: 9, numFmt: n === 1 || n === 2 ? 'dd/mm/yyyy' : undefined, align: 'right' });
    });
    let r = Math.max(me.length + 2, 8);
    const buyer = buyerTexts(inv, x);
    put(`D${r}`, x.pick(['Annonceur', 'Facturé à', 'Client']), { size: 8, color: 'FF666666' });
    buyer.forEach((text, k) => put(`D${r + 1 + k}`, text, { bold: k === 0, size: 9.5 }));
    const refs = refPairs(inv, x, { market: ['Marché n°', 'Marché d’achat d’espace n°', 'Réf. marché'], service: ['Code service', 'Service', 'Service destinataire'] });
    refs.forEach(([k, v], n) => {
      put(`A${r + 1 + n}`, `${k} : ${v}`, { size: 9, bold: true });
    });
    r += buyer.length + 3;
    put(`A${r}`, `Campagne « ${c.title} » – réf. ${c.code} – spot de ${c.seconds} secondes, diffusion du ${date(inv, c.start)} au ${date(inv, c.end)}`, { bold: true, size: 9.5 });
    const sentence = x.chance(0.25) ? engagementSentence(inv, x) : null;
    if (sentence) put(`A${r + 1}`, sentence, { italic: true, size: 8.5 });
    r += 3;
    const head = r;
    ['Semaine – tranche horaire', 'Spots', 'Tarif brut', 'Montant brut HT'].forEach((text, k) => put(`${'ABCF'[k]}${head}`, text, { bold: true, border: true, fill: 'FFFFEBEE', align: 'center', size: 8.5 }));
    const spots = inv.lines.slice(0, inv.lines.length - 1);
    spots.forEach((l, k) => {
      const n = head + 1 + k;
      put(`A${n}`, l.label, { border: true, size: 8.5 });
      put(`B${n}`, l.qty, { border: true, size: 8.5, numFmt: '0', align: 'center' });
      put(`C${n}`, euros(l.unit), { border: true, size: 8.5, numFmt: EUR_FORMAT });
      put(`F${n}`, { formula: `B${n}*C${n}`, result: euros(l.total) }, { border: true, size: 8.5, numFmt: EUR_FORMAT });
    });
    const first = head + 1;
    const last = head + spots.length;
    r = last + 2;
    const cas = inv.cascade;
    const rows = [[`Total brut espace (${spots.reduce((sum, l) => sum + l.qty, 0)} spots)`, { formula: `SUM(F${first}:F${last})`, result: euros(cas.gross) }]];
    let prev = r;
    for (const step of cas.steps) {
      rows.push([`${step.label} ${step.pct} %`, { formula: `-ROUND(F${prev}*${step.pct / 100},2)`, result: -euros(step.amount) }]);
      rows.push([step.label === 'Remise professionnelle' ? 'Net espace HT' : 'Net après remise de volume', { formula: `F${prev}+F${r + rows.length - 1}`, result: euros(step.after) }]);
      prev = r + rows.length - 1;
    }
    const prod = inv.lines[inv.lines.length - 1];
    rows.push([prod.label, euros(prod.total)]);
    const htRow = r + rows.length;
    rows.push([x.pick(['Total HT', 'Montant HT']), { formula: `F${prev}+F${htRow - 1}`, result: euros(inv.ht) }]);
    rows.push([`TVA ${rate(2000)}`, { formula: `ROUND(F${htRow}*0.2,2)`, result: euros(inv.tva) }]);
    rows.push([x.pick(['Total TTC', 'Net à payer TTC', 'Montant TTC']), { formula: `F${htRow}+F${htRow + 1}`, result: euros(inv.ttc) }]);
    rows.forEach(([k, val], n) => {
      const strong = n === rows.length - 1 || n === rows.length - 3;
      put(`A${r + n}`, k, { bold: strong, size: 8.8, align: k === prod.label ? 'left' : 'right', wrap: k === prod.label });
      put(`F${r + n}`, val, { bold: strong, numFmt: EUR_FORMAT, border: strong ? 'top' : undefined, size: 9 });
    });
    sheet.getRow(r + rows.indexOf(rows.find(([k]) => k === prod.label))).height = 24;
    r += rows.length + 1;
    put(`A${r}`, 'Remises appliquées en cascade sur le tarif brut de l’espace ; la création du message n’est pas remisée. Conditions générales de vente de la régie disponibles sur demande.', { size: 7.6 });
    put(`A${r + 1}`, paymentText(inv), { size: 8.5 });
    put(`A${r + 2}`, LATE_FEES, { size: 7 });
    put(`A${r + 3}`, legalLine(inv), { size: 7 });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  },
};

export default [photo, radio];

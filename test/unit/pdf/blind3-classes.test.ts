/**
 * Ways of laying out an invoice that the third blind corpus revealed, one small hand-made page each: what the
 * reader returns for the fields a user would fill, and whether it stands behind them.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { buildPageLines, toRawItem, type RawItem } from '../../../utils/pdf/lines.ts';
import { linesAt, readLinesAt as read } from './helpers.ts';


/** A pdf.js text item of `text` at (x, y), `size` points, turned by the matrix's first two terms. */
function item(text: string, x: number, y: number, size: number, [a, b]: [number, number]): RawItem | null {
  return toRawItem({ str: text, transform: [a * size, b * size, -b * size, a * size, x, y], width: text.length * size * 0.5, height: size });
}

/** An ordinary page: supplier, dates and totals, no invoice number among the upright lines. */
function pageWithout(): RawItem[] {
  const rows: [number, number, string][] = [
    [60, 90, 'Menuiserie des Monts SARL'],
    [72, 90, 'SIRET 74033534461530'],
    [140, 90, 'Date d’émission'],
    [140, 220, '12/03/2025'],
    [300, 330, 'Total HT'],
    [300, 500, '1 000,00 €'],
    [316, 330, 'TVA 20 %'],
    [316, 505, '200,00 €'],
    [332, 330, 'Total TTC'],
    [332, 500, '1 200,00 €'],
  ];
  return rows.map(([top, x, str]) => ({ str, x, y: 842 - top, width: str.length * 4.5, size: 9 }));
}

describe('text turned a quarter turn', () => {
  it('reads the number of a title printed up a vertical band', () => {
    const turned = item('FACTURE N° F-2025-0417', 50, 85, 15, [0, 1]);
    expect(turned?.turn).toBe(1);
    const result = readTextFields(buildPageLines([...pageWithout(), turned!], 0, 842, 0, 595));
    expect(result.fields).toMatchObject({ invoiceNumber: 'F-2025-0417', documentType: 'facture', totalTTC: '1200.00' });
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('reads a title printed down the page, its words drawn one by one', () => {
    const words = [item('FACTURE', 560, 760, 14, [0, -1]), item('·', 560, 706, 14, [0, -1]), item('FA-88-2025', 560, 696, 14, [0, -1])];
    const result = readTextFields(buildPageLines([...pageWithout(), ...words.map((word) => word!)], 0, 842, 0, 595));
    expect(result.fields.invoiceNumber).toBe('FA-88-2025');
  });

  it('keeps the turned lines after the page’s own lines, never mixed with the lines they cross', () => {
    const lines = buildPageLines([...pageWithout(), item('FACTURE N° 12', 50, 500, 15, [0, 1])!], 0, 842, 0, 595);
    expect(lines.at(-1)?.text).toBe('FACTURE N° 12');
    expect(lines.slice(0, -1).every((line) => !line.text.includes('FACTURE'))).toBe(true);
  });

  it('still skips slanted text (a watermark across the page)', () => {
    expect(item('PAYÉ', 200, 400, 40, [Math.SQRT1_2, Math.SQRT1_2])).toBeNull();
  });
});

describe('a form filled one character per box', () => {
  it('reads the SIRETs and the IBAN written in boxes, and tells the supplier’s from the buyer’s by their sections', () => {
    const boxes = (text: string) => text.split('').join(' ');
    const result = read([
      [40, [[34, 'FACTURE'], [370, 'N° de facture']]],
      [56, [[370, '25-04941']]],
      [123, [[40, '1. PRESTATAIRE / FOURNISSEUR']]],
      [138, [[34, 'Raison sociale'], [119, 'Bureau Pro Fournitures SAS']]],
      [174, [[34, 'N° SIRET'], [123, boxes('57348491265802')]]],
      [219, [[40, '2. DESTINATAIRE DE LA FACTURE (ACHETEUR PUBLIC)']]],
      [234, [[34, 'Dénomination'], [119, 'Ville de Saint-Étienne']]],
      [278, [[34, 'N° SIRET'], [123, boxes('21420218600018')]]],
      [502, [[339, 'Total HT'], [509, '1 000,00 €']]],
      [520, [[339, 'Montant de la TVA'], [514, '200,00 €']]],
      [538, [[339, 'Total TTC'], [509, '1 200,00 €']]],
      [641, [[34, 'IBAN'], ...'FR76 3000 2253 6830 0903 3749 676'.split(' ').map((group, index): [number, string] => [65 + index * 52, boxes(group)]), [420, 'BIC CMCIFR2A']]],
    ]);
    expect(result.fields).toMatchObject({ supplierSiret: '57348491265802', buyerSiret: '21420218600018', iban: 'FR7630002253683009033749676' });
    expect(result.unsure).toEqual([]);
  });

  it('reads a SIRET whose boxes are wide enough to part each digit, and a date written in boxes', () => {
    const wide = (text: string, x: number) => text.split('').map((character, index): [number, string] => [x + index * 16, character]);
    const result = read([
      [40, [[34, 'FACTURE N° 25-04941']]],
      [73, [[34, 'Date de facture'], [150, '1 4 / 0 5 / 2 0 2 5']]],
      [138, [[34, 'Raison sociale'], [119, 'Bureau Pro Fournitures SAS']]],
      [174, [[34, 'N° SIRET'], ...wide('57348491265802', 123)]],
      [502, [[339, 'Total HT'], [509, '1 000,00 €']]],
      [520, [[339, 'Montant de la TVA'], [514, '200,00 €']]],
      [538, [[339, 'Total TTC'], [509, '1 200,00 €']]],
    ]);
    expect(result.fields).toMatchObject({ supplierSiret: '57348491265802', invoiceDate: '2025-05-14' });
  });

  it('reads a SIRET written in groups of boxes, one cell per group, after its label', () => {
    const result = read([
      [40, [[34, 'FACTURE N° 25-04941']]],
      [138, [[34, 'Fournisseur'], [119, 'Bureau Pro Fournitures SAS']]],
      [174, [[34, 'N° SIRET'], [123, '573'], [160, '484'], [197, '912'], [234, '65802']]],
      [502, [[339, 'Total HT'], [509, '1 000,00 €']]],
      [520, [[339, 'Montant de la TVA'], [514, '200,00 €']]],
      [538, [[339, 'Total TTC'], [509, '1 200,00 €']]],
    ]);
    expect(result.fields.supplierSiret).toBe('57348491265802');
  });

  it('leaves a row of small table cells apart', () => {
    const lines = linesAt([[300, [[40, 'Lot'], [200, '1'], [260, '2'], [320, '3'], [380, '4']]]]);
    expect(lines[0]!.cells.map((cell) => cell.text)).toEqual(['Lot', '1', '2', '3', '4']);
  });

  it('joins capitals and digits standing one per box, never words nor a pair', async () => {
    const { joinBoxedCharacters } = await import('../../../utils/pdf/lines.ts');
    expect(joinBoxedCharacters('F A C T U R E')).toBe('FACTURE');
    expect(joinBoxedCharacters('Code APE 5 6 2 1 Z')).toBe('Code APE 5621Z');
    expect(joinBoxedCharacters('Clé RIB 7 6')).toBe('Clé RIB 7 6');
    expect(joinBoxedCharacters('a b c d')).toBe('a b c d');
    expect(joinBoxedCharacters('Lot A 2 pièces')).toBe('Lot A 2 pièces');
    expect(joinBoxedCharacters('Page 1 / 2')).toBe('Page 1 / 2');
  });
});

/** The IBAN with its key computed (ISO 13616: the country and "00" moved after the account, modulo 97). */
function withKey(country: string, account: string): string {
  const digits = `${account}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${account}`;
}

describe('a foreign supplier’s IBAN', () => {
  const page = (iban: string) =>
    read([
      [53, [[44, 'Lumière Belge SRL'], [459, 'INVOICE']]],
      [138, [[48, 'Invoice no. / N° de facture'], [190, '2024/FR/2044']]],
      [300, [[330, 'Total HT'], [500, '1 000,00 €']]],
      [316, [[330, 'TVA'], [505, '0,00 €']]],
      [332, [[330, 'Total TTC'], [500, '1 000,00 €']]],
      [430, [[43, 'VAT reverse charge / Autoliquidation de la TVA par le preneur (article 283-2 du CGI).']]],
      [466, [[43, `Bank transfer / Virement : IBAN ${iban.replace(/(.{4})/g, '$1 ').trim()} – BIC LBXXBE21`]]],
    ]);

  it('reads a Belgian IBAN whose key is right even when its national check digits are not', () => {
    // 6503100082 modulo 97 is 86, not the 34 printed at the end of the account: only the national check fails.
    const iban = withKey('BE', '650310008234');
    expect(page(iban).fields.iban).toBe(iban);
    expect(page(iban).unsure).not.toContain('iban');
  });

  it('reads a Belgian IBAN whose national check digits are right', () => {
    const iban = withKey('BE', '539007547034');
    expect(page(iban).fields.iban).toBe(iban);
  });

  it('gives no IBAN when its key is wrong', () => {
    const iban = withKey('BE', '650310008234');
    const broken = `${iban.slice(0, 2)}${String((Number(iban.slice(2, 4)) % 97) + 1).padStart(2, '0')}${iban.slice(4)}`;
    expect(page(broken).fields.iban).toBeUndefined();
  });
});

/** A small invoice: title and number, totals, and `rows` of references. */
const invoiceWith = (rows: [number, [number, string][]][], title: [number, string][] = [[46, 'FACTURE'], [380, 'Facture n° F-2025-0357']]) =>
  read([
    [52, title],
    ...rows,
    [600, [[330, 'Total HT'], [500, '1 000,00 €']]],
    [616, [[330, 'TVA 20 %'], [505, '200,00 €']]],
    [632, [[330, 'Total TTC'], [500, '1 200,00 €']]],
  ]);

describe('references written in a sentence', () => {
  it('reads the engagement a sentence of the payment terms recalls, before its full stop', () => {
    const result = invoiceWith([[460, [[46, 'Règlement par mandat administratif à 30 jours, en référence à votre engagement juridique n° 2676285.']]]]);
    expect(result.fields.engagementNumber).toBe('2676285');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('reads an engagement written in groups at the end of a sentence', () => {
    const result = invoiceWith([[460, [[46, 'Merci de rappeler votre engagement juridique n° 2644-639.']]]]);
    expect(result.fields.engagementNumber).toBe('2644639');
  });

  it('reads « Bon cde no », the listing’s short form of the purchase order', () => {
    const result = invoiceWith([[87, [[336, 'BON CDE NO : 26 44 278']]]]);
    expect(result.fields.engagementNumber).toBe('2644278');
  });
});

describe('the kind of invoice in its title', () => {
  it('reads the number of a « facture récapitulative », a « facture mensuelle »', () => {
    for (const kind of ['RÉCAPITULATIVE', 'mensuelle', 'définitive']) {
      const result = invoiceWith([[130, [[40, 'Date de facture'], [120, '15/10/2025']]]], [[40, `FACTURE ${kind} N° FA574477`]]);
      expect(result.fields.invoiceNumber).toBe('FA574477');
      expect(result.unsure).not.toContain('invoiceNumber');
    }
  });

  it('never takes the number of the initial invoice a document refers to', () => {
    const result = invoiceWith([[130, [[40, 'Facture initiale n° F-2024-0001']]]], [[40, 'AVOIR']]);
    expect(result.fields.invoiceNumber).toBeUndefined();
  });

  it('reads a « note de séjour n° » as the invoice’s number, a bare « Note n° » as unsure', () => {
    const stay = invoiceWith([[130, [[40, 'Cette note vaut facture.']]]], [[40, 'Note de séjour n° 9143']]);
    expect(stay.fields.invoiceNumber).toBe('9143');
    expect(stay.unsure).not.toContain('invoiceNumber');
    const bare = invoiceWith([[130, [[40, 'Cette note vaut facture.']]]], [[40, 'Note n° T240815-0355']]);
    expect(bare.fields.invoiceNumber).toBe('T240815-0355');
    expect(bare.unsure).toContain('invoiceNumber');
  });
});

describe('the market and the service among the references', () => {
  it('reads « Marché à bons de commande » with its number in the next column', () => {
    const result = invoiceWith([[150, [[40, 'Marché à bons de commande'], [420, 'n° 2024-981 – Lot unique']]]]);
    expect(result.fields.marketNumber).toBe('2024-981');
  });

  it('gives no market when the line names a lot only', () => {
    expect(invoiceWith([[150, [[40, 'Marché à bons de commande'], [420, 'Lot 1 – Voirie']]]]).fields.marketNumber).toBeUndefined();
  });

  it('reads a line of references, « Service » wrapped at its end with its code on the next line', () => {
    const result = invoiceWith([
      [100, [[46, 'Commande n° 2662434 – Marché 2025-056 – Service'], [330, 'CS 34205']]],
      [110, [[46, 'DSI'], [330, '42000 Saint-Étienne']]],
    ]);
    expect(result.fields).toMatchObject({ engagementNumber: '2662434', marketNumber: '2025-056', serviceCode: 'DSI' });
    expect(result.unsure).toEqual([]);
  });

  it('reads « Service FIN-001 » opening the line after a line of references cut after a dash', () => {
    const result = invoiceWith([
      [100, [[46, 'Commande n° 4583 8611 21 – Marché 2025M6579 –']]],
      [110, [[46, 'Service FIN-001']]],
    ]);
    expect(result.fields).toMatchObject({ marketNumber: '2025M6579', serviceCode: 'FIN-001' });
  });

  it('takes no year alone for a market number', () => {
    expect(invoiceWith([[100, [[46, 'Commande n° 2662434 – Marché 2025 – Lot 2']]]]).fields.marketNumber).toBeUndefined();
  });

  it('reads « Service » in a column of reference labels, its code in the next column', () => {
    const result = invoiceWith([
      [198, [[50, 'Numéro'], [163, 'F-2025-820']]],
      [213, [[50, 'Date'], [163, '10.07.2025']]],
      [228, [[50, 'Votre code client'], [163, 'CL2759']]],
      [243, [[50, 'Commande n°'], [163, '2025-552053']]],
      [258, [[50, 'Marché'], [163, '2024-214']]],
      [273, [[50, 'Service'], [163, 'CULTURE']]],
    ]);
    expect(result.fields.serviceCode).toBe('CULTURE');
    expect(result.unsure).not.toContain('serviceCode');
  });

  it('reads « Service : DSI » in the buyer’s address block, never « Service achats »', () => {
    const block = (service: string) =>
      invoiceWith([
        [163, [[302, 'Client']]],
        [172, [[302, 'Ville de Saint-Étienne']]],
        [183, [[302, service]]],
        [194, [[302, 'Hôtel de Ville']]],
        [204, [[302, '42000 Saint-Étienne']]],
      ]);
    expect(block('Service : DSI').fields.serviceCode).toBe('DSI');
    expect(block('Service achats').fields.serviceCode).toBeUndefined();
    expect(block('SERVICE ACHATS').fields.serviceCode).toBeUndefined();
  });

  it('takes no word of a longer label for a code (« SERVICE CLIENT : 04 … » among the references)', () => {
    const result = invoiceWith([
      [63, [[336, 'NO FACTURE : 202412015']]],
      [75, [[336, 'CODE CLIENT: C85211']]],
      [87, [[336, 'SERVICE CLIENT : 04 78 48 68 64']]],
    ]);
    expect(result.fields.serviceCode).toBeUndefined();
  });
});

describe('the invoice’s date under other words', () => {
  it('takes « Édité le » right under the number, and says nothing sure of it elsewhere', () => {
    const under = invoiceWith([[66, [[40, 'Édité le : 04/09/2025']]]], [[40, 'Facture n° T250904-0095']]);
    expect(under.fields.invoiceDate).toBe('2025-09-04');
    expect(under.unsure).not.toContain('invoiceDate');
    const far = invoiceWith([[700, [[40, 'Édité le : 04/09/2025']]]], [[40, 'Facture n° T250904-0095']]);
    expect(far.fields.invoiceDate).toBe('2025-09-04');
    expect(far.unsure).toContain('invoiceDate');
  });

  it('gives a hotel bill’s departure date as its date, unsure', () => {
    const result = invoiceWith(
      [
        [66, [[40, 'Départ le : 06/09/2026']]],
        [78, [[40, 'Arrivée 02/09/2026 – 4 nuits']]],
      ],
      [[40, 'Note de séjour – Facture n° 9143']],
    );
    expect(result.fields.invoiceDate).toBe('2026-09-06');
    expect(result.unsure).toContain('invoiceDate');
  });

  it('prefers a printed invoice date to « Édité le »', () => {
    const result = invoiceWith([
      [66, [[40, 'Date de facture : 01/09/2025']]],
      [78, [[40, 'Édité le : 04/09/2025']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2025-09-01');
  });

  it('stands behind « Date » under the number when the only other dates are a training session’s', () => {
    const result = invoiceWith(
      [
        [70, [[51, 'Date : 17 juillet 2025']]],
        [216, [[56, 'Dates de la session'], [197, 'du 1er juillet 2025 au 3 juillet 2025']]],
      ],
      [[51, 'FACTURE N° F-2025-0298']],
    );
    expect(result.fields.invoiceDate).toBe('2025-07-17');
    expect(result.unsure).not.toContain('invoiceDate');
  });
});

describe('what remains to pay', () => {
  it('reads « Montant à mandater », the public buyer’s word for the net, after an advance and a retention', () => {
    const result = read([
      [40, [[40, 'Facture n° SIT-2025-615']]],
      [300, [[300, 'Montant HT de la présente situation'], [500, '10 000,00 €']]],
      [316, [[300, 'TVA 20 %'], [505, '2 000,00 €']]],
      [332, [[300, 'Montant TTC de la situation'], [500, '12 000,00 €']]],
      [348, [[300, 'Remboursement de l’avance (10 %)'], [500, '-1 200,00 €']]],
      [364, [[300, 'Retenue de garantie 5 %'], [505, '-600,00 €']]],
      [380, [[300, 'Montant à mandater TTC'], [500, '10 200,00 €']]],
    ]);
    expect(result.fields).toMatchObject({ totalTTC: '12000.00', netAPayer: '10200.00' });
    expect(result.unsure).toEqual([]);
  });

  it('reads the balance under a TTC printed above the VAT summary that gives the totals, arrhes deducted', () => {
    const result = read([
      [40, [[40, 'Facture n° 9143']]],
      [100, [[40, 'Date'], [120, 'Prestation'], [300, 'Qté'], [360, 'P.U. TTC'], [460, 'Montant TTC']]],
      [116, [[40, '02/09/2026'], [120, 'Chambre'], [305, '2'], [365, '500,00'], [470, '1 000,00']]],
      [132, [[40, '03/09/2026'], [120, 'Dîner'], [305, '1'], [365, '200,00'], [475, '200,00']]],
      [160, [[280, 'Total TTC'], [470, '1 200,00 €']]],
      [176, [[280, 'Arrhes versées le 29/07/2026'], [470, '- 240,00 €']]],
      [192, [[280, 'Solde à régler'], [475, '960,00 €']]],
      [230, [[40, 'Taux'], [200, 'Montant HT'], [300, 'TVA'], [400, 'TTC']]],
      [246, [[40, '20 %'], [200, '1 000,00 €'], [300, '200,00 €'], [400, '1 200,00 €']]],
      [262, [[40, 'Total'], [200, '1 000,00 €'], [300, '200,00 €'], [400, '1 200,00 €']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00', netAPayer: '960.00' });
    expect(result.unsure).not.toContain('netAPayer');
  });
});

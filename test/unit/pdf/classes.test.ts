/**
 * One small hand-made page per way of writing an invoice that the reader met on unseen invoices (issue 10):
 * each test builds the visual lines of the class (positions as PDF producers print them) and checks what
 * the reader returns and whether it says it is sure.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { buildPageLines, type Line, type RawItem } from '../../../utils/pdf/lines.ts';

/** Lines from [distance from the top, [x, text]…] rows, 10 pt text. */
function at(rows: [number, [number, string][]][], size = 10): Line[] {
  const items: RawItem[] = rows.flatMap(([top, cells]) => cells.map(([x, str]) => ({ str, x, y: 842 - top, width: str.length * size * 0.5, size })));
  return buildPageLines(items, 0, 842);
}

const read = (rows: [number, [number, string][]][]) => readTextFields(at(rows));

describe('labels wrapped onto two lines, the value on the middle line', () => {
  it('reads "N° d’engagement" / "juridique" with the number between them', () => {
    const result = read([
      [40, [[40, 'FACTURE N° F-1']]],
      [80, [[40, 'N° d’engagement']]],
      [85, [[160, '2501234']]],
      [91, [[40, 'juridique']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2501234');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('reads "PO number / Bon de" / "commande" and "Date d’émission de" / "la facture"', () => {
    const result = read([
      [40, [[40, 'FACTURE'], [300, 'Facture n°'], [400, 'F-77']]],
      [60, [[300, 'Date d’émission de']]],
      [66, [[400, '01/02/2025']]],
      [72, [[300, 'la facture']]],
      [100, [[40, 'PO number / Bon de']]],
      [106, [[160, '4500012345']]],
      [112, [[40, 'commande']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'F-77', invoiceDate: '2025-02-01', engagementNumber: '4500012345' });
  });

  it('does not join a label with the next label of its column', () => {
    const result = read([
      [40, [[300, 'FACTURE N°'], [400, 'F25/2482']]],
      [52, [[300, 'DATE'], [400, '03-12-2025']]],
      [64, [[300, 'BC n°'], [400, '4512340412']]],
      [76, [[300, 'Code service DSI']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'F25/2482', invoiceDate: '2025-12-03', engagementNumber: '4512340412', serviceCode: 'DSI' });
  });
});

describe('bilingual labels and ISO dates', () => {
  it('drops the translated label after a slash', () => {
    const result = read([
      [40, [[40, 'INVOICE / FACTURE']]],
      [60, [[40, 'Invoice No. / N° de facture INV-2025-0342']]],
      [72, [[40, 'Invoice date / Date'], [180, '2025-09-16']]],
      [84, [[40, 'Contract / Marché'], [180, 'M26.3211']]],
      [200, [[300, 'Subtotal / Total HT'], [460, '3 200,00 €']]],
      [212, [[300, 'VAT 20% / TVA 20 %'], [460, '640,00 €']]],
      [224, [[300, 'Total / Total TTC'], [460, '3 840,00 €']]],
    ]);
    expect(result.fields).toMatchObject({
      invoiceNumber: 'INV-2025-0342', invoiceDate: '2025-09-16', marketNumber: 'M26.3211', totalHT: '3200.00', totalTVA: '640.00', totalTTC: '3840.00',
    });
    expect(result.unsure).toEqual([]);
  });
});

describe('short date labels beside the number', () => {
  it('reads "N° :" then "Du :" under the title, in cells or inline', () => {
    const cells = read([
      [40, [[350, 'FACTURE']]],
      [60, [[350, 'N° :'], [410, 'FA-2025-06619']]],
      [72, [[40, 'Tél. 04 77 12 34 56'], [350, 'Du :'], [410, '07/12/2025']]],
      [84, [[350, 'Échéance :'], [410, '05/02/2026']]],
    ]);
    expect(cells.fields).toMatchObject({ invoiceNumber: 'FA-2025-06619', invoiceDate: '2025-12-07' });
    expect(cells.unsure).toEqual([]);
    const inline = read([[40, [[350, 'Facture']]], [52, [[350, 'N° : F250312-04']]], [64, [[350, 'Du : 12/03/2025']]]]);
    expect(inline.fields).toMatchObject({ invoiceNumber: 'F250312-04', invoiceDate: '2025-03-12' });
  });

  it('reads "Facture N° X du 03/06/2025"', () => {
    expect(read([[40, [[40, 'Facture N° 2025-118 du 03/06/2025']]]]).fields).toMatchObject({ invoiceNumber: '2025-118', invoiceDate: '2025-06-03' });
  });
});

describe('engagement under an order label', () => {
  it('is sure under the buyer\'s order or engagement label, taken from the supplier\'s own order only in seven digits and unsure', () => {
    const tagged = read([[40, [[40, 'FACTURE N° 1']]], [60, [[40, 'Réf. commande (EJ) : 1234567']]]]);
    expect(tagged.fields.engagementNumber).toBe('1234567');
    expect(tagged.unsure).not.toContain('engagementNumber');
    const named = read([[40, [[40, 'FACTURE N° 1']]], [60, [[40, 'Votre commande : n° engagement 2509911']]]]);
    expect(named.fields.engagementNumber).toBe('2509911');
    expect(named.unsure).not.toContain('engagementNumber');
    const order = read([[40, [[40, 'FACTURE N° 1']]], [60, [[40, 'Votre commande n° : 4500012345']]]]);
    expect(order.fields.engagementNumber).toBe('4500012345');
    expect(order.unsure).not.toContain('engagementNumber');
    const ours = read([[40, [[40, 'FACTURE N° 1']]], [60, [[40, 'Notre commande n° : CMD-88412']]]]);
    expect(ours.fields.engagementNumber).toBeUndefined();
    const oursLikeTheCitys = read([[40, [[40, 'FACTURE N° 1']]], [60, [[40, 'Notre commande : 2401234']]]]);
    expect(oursLikeTheCitys.fields.engagementNumber).toBe('2401234');
    expect(oursLikeTheCitys.unsure).toContain('engagementNumber');
  });
});

describe('Odoo-style totals', () => {
  it('never takes the base after "sur" for the VAT; "Total" under its amount, "€" alone', () => {
    const result = read([
      [40, [[40, 'Facture FAC/2025/00042']]],
      [100, [[40, 'Tableau électrique'], [230, '1,00'], [316, '1 000,00 TVA 20%'], [470, '1 000,00 €']]],
      [130, [[330, 'Montant hors taxes'], [480, '1 000,00 €']]],
      [150, [[330, 'TVA 20% sur 1 000,00']]],
      [161, [[480, '200,00 €']]],
      [180, [[480, '1 200,00']]],
      [194, [[515, '€']]],
      [208, [[330, 'Total']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00', netAPayer: '1200.00' });
    expect(result.unsure).toEqual([]);
  });
});

describe('micro-entrepreneur: one total, no VAT', () => {
  it('gives HT = TTC and VAT 0.00, never the last item line', () => {
    const result = read([
      [40, [[40, 'Facture n° 2025-007']]],
      [80, [[40, 'Désignation'], [250, 'Quantité'], [330, 'Prix unitaire HT'], [450, 'Montant HT']]],
      [96, [[40, 'Création logo'], [260, '1'], [370, '800,00 €'], [480, '800,00 €']]],
      [112, [[40, 'Charte graphique'], [260, '1'], [370, '434,56 €'], [480, '434,56 €']]],
      [140, [[350, 'Total : 1 234,56 €']]],
      [160, [[40, 'TVA non applicable, art. 293 B du CGI']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '1234.56', totalTVA: '0.00', totalTTC: '1234.56', netAPayer: '1234.56' });
    expect(result.unsure).toEqual([]);
  });
});

describe('SIRET in the legal footer', () => {
  it('is the supplier’s, even under conditions that speak of "le client"', () => {
    const lines = at([
      [40, [[40, 'Transports Giraud']]],
      [60, [[320, 'Adresse de facturation']]],
      [72, [[320, 'CHU de Saint-Étienne']]],
      [84, [[320, 'SIRET : 264 200 312 00017']]],
      [120, [[40, 'Facture F-24-0981']]],
      [760, [[40, 'Conditions : paiement à 45 jours. Le client reconnaît avoir pris connaissance des conditions générales.']]],
      [772, [[40, 'Transports Giraud – 452 187 966 00034 – Zone des Murons 42160 Andrézieux']]],
    ]);
    const result = readTextFields(lines);
    expect(result.fields).toMatchObject({ supplierSiret: '45218796600034', buyerSiret: '26420031200017' });
    expect(result.unsure).toEqual([]);
  });

  it('says it guesses when two companies’ numbers carry no words at all', () => {
    const result = read([[40, [[40, 'Facture F-1']]], [60, [[40, '732 829 320 00074']]], [80, [[40, '452 187 966 00034']]]]);
    expect(result.unsure).toEqual(expect.arrayContaining(['supplierSiret', 'buyerSiret']));
  });
});

describe('a VAT table by rate, no VAT total', () => {
  it('adds the VAT of the rows and checks it against HT and TTC', () => {
    const result = read([
      [40, [[40, 'Facture n° FC-5521']]],
      [100, [[50, 'Taux'], [90, 'Base HT'], [170, 'Montant TVA']]],
      [116, [[47, '10,00 %'], [93, '1 100,00'], [170, '110,00']]],
      [132, [[47, '20,00 %'], [101, '450,00'], [175, '90,00']]],
      [160, [[360, 'Total HT'], [420, '1 550,00 €']]],
      [176, [[360, 'Total TTC'], [420, '1 750,00 €']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '1550.00', totalTVA: '200.00', totalTTC: '1750.00', netAPayer: '1750.00' });
    expect(result.unsure).toEqual([]);
    // A TTC the VAT table does not explain: the VAT between HT and TTC is given, but as unsure.
    const odd = read([
      [100, [[50, 'Taux'], [90, 'Base HT'], [170, 'Montant TVA']]],
      [116, [[47, '10,00 %'], [93, '1 100,00'], [170, '110,00']]],
      [132, [[47, '20,00 %'], [101, '450,00'], [175, '90,00']]],
      [160, [[360, 'Total HT'], [420, '1 550,00 €']]],
      [176, [[360, 'Total TTC'], [420, '1 805,00 €']]],
    ]);
    expect(odd.fields.totalTVA).toBe('255.00');
    expect(odd.unsure).toContain('totalTVA');
  });

  it('never gives HT = TTC with a VAT of zero when VAT is charged', () => {
    const result = read([
      [40, [[40, 'Facture n° 8']]],
      [100, [[50, 'Taux'], [90, 'Base'], [170, 'TVA'], [250, 'TTC']]],
      [116, [[47, '20 %'], [93, '1 000,00'], [170, '200,00'], [250, '1 200,00']]],
      [132, [[47, '5,5 %'], [93, '100,00'], [170, '5,50'], [250, '105,50']]],
      [160, [[360, 'Total'], [420, '1 305,50 €']]],
    ]);
    expect(result.fields.totalTVA).not.toBe('0.00');
    expect(result.fields.totalTTC).toBe('1305.50');
    expect(result.fields).toMatchObject({ totalHT: '1100.00', totalTVA: '205.50' });
  });
});

describe('what nothing confirms is unsure', () => {
  it('a lone TTC is given as unsure, and nothing is derived from it', () => {
    const result = read([[40, [[40, 'Facture n° 12']]], [100, [[300, 'Total TTC'], [450, '1 200,00 €']]]]);
    expect(result.fields.totalTTC).toBe('1200.00');
    expect(result.fields.totalHT).toBeUndefined();
    expect(result.unsure).toEqual(expect.arrayContaining(['totalTTC', 'netAPayer']));
  });

  it('a VAT the arithmetic rules out is not given; HT alone is unsure', () => {
    const result = read([
      [40, [[40, 'Facture n° 12']]],
      [100, [[300, 'Total HT'], [450, '1 000,00 €']]],
      [112, [[300, 'TVA 20 %'], [450, '1 000,00 €']]],
    ]);
    expect(result.fields.totalTVA).toBeUndefined();
    expect(result.fields.totalTTC).toBeUndefined();
    expect(result.unsure).toContain('totalHT');
    // HT and a VAT of another rate than the one printed: given, unsure.
    const other = read([[40, [[40, 'Facture n° 12']]], [100, [[300, 'Total HT'], [450, '1 000,00 €']]], [112, [[300, 'TVA 20 %'], [450, '100,00 €']]]]);
    expect(other.unsure).toEqual(expect.arrayContaining(['totalHT', 'totalTVA', 'totalTTC']));
  });

  it('a deposit mentioned but unreadable leaves the net out rather than guess it', () => {
    const result = read([
      [40, [[40, 'Facture n° 12']]],
      [100, [[300, 'Total HT'], [450, '1 000,00 €']]],
      [112, [[300, 'TVA 20 %'], [450, '200,00 €']]],
      [124, [[300, 'Total TTC'], [450, '1 200,00 €']]],
      [140, [[40, 'Un acompte a été versé à la commande.']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00' });
    expect(result.fields.netAPayer).toBeUndefined();
  });

  it('a credit note’s own number, not the invoice it corrects', () => {
    const result = read([
      [40, [[340, 'AVOIR']]],
      [52, [[340, 'N° AV-2025-0661']]],
      [64, [[340, 'Date : 18.10.2025']]],
      [76, [[340, 'Sur facture n° F-2025-9023 du 31.08.2025']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'AV-2025-0661', invoiceDate: '2025-10-18', documentType: 'avoir' });
  });
});

describe('dates and deposits written in other ways', () => {
  it('reads "16-Sep-2025" and never takes a deposit condition of the terms for a payment', () => {
    const result = read([
      [40, [[40, 'Invoice No. INV-77']]],
      [52, [[40, 'Invoice date: 16-Sep-2025']]],
      [100, [[300, 'Total HT'], [450, '1 000,00 €']]],
      [112, [[300, 'TVA 20 %'], [450, '200,00 €']]],
      [124, [[300, 'Total TTC'], [450, '1 200,00 €']]],
      [150, [[40, 'Conditions : acompte de 30 % à la commande, soit 360,00 €, le solde à réception de la facture.']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2025-09-16');
    expect(result.fields.netAPayer).not.toBe('840.00');
  });
});

describe('the VAT between HT and TTC', () => {
  it('is sure when the item lines print a single rate that explains it, unsure otherwise', () => {
    const rows = (rate: string): [number, [number, string][]][] => [
      [40, [[40, 'Facture n° 12']]],
      [80, [[40, 'Désignation'], [250, 'Qté'], [300, 'PU HT'], [380, 'TVA'], [450, 'Montant HT']]],
      [96, [[40, 'Pose'], [255, '2'], [300, '250,00'], [380, rate], [455, '500,00']]],
      [112, [[40, 'Fourniture'], [255, '1'], [300, '500,00'], [380, rate], [455, '500,00']]],
      [140, [[300, 'Total HT'], [450, '1 000,00 €']]],
      [156, [[300, 'Total TTC'], [450, '1 200,00 €']]],
    ];
    const explained = read(rows('20 %'));
    expect(explained.fields).toMatchObject({ totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00' });
    expect(explained.unsure).toEqual([]);
    const other = read(rows('10 %'));
    expect(other.fields.totalTVA).toBe('200.00');
    expect(other.unsure).toContain('totalTVA');
    expect(other.unsure).not.toContain('totalHT');
  });
});

describe('invoice or credit note', () => {
  it('an invoice that deducts a credit note stays an invoice; the largest title decides', () => {
    const invoice = readTextFields(at([
      [40, [[40, 'FACTURE N° F-31']]],
      [100, [[300, 'Total HT'], [450, '1 000,00 €']]],
      [112, [[300, 'TVA 20 %'], [450, '200,00 €']]],
      [124, [[300, 'Total TTC'], [450, '1 200,00 €']]],
      [136, [[300, 'Avoir n° AV-3 déduit'], [450, '-100,00 €']]],
    ]));
    expect(invoice.fields.documentType).toBe('facture');
    const items: RawItem[] = [
      { str: 'Facture n° F-2025-9023', x: 40, y: 800, width: 110, size: 9 },
      { str: 'AVOIR', x: 400, y: 800, width: 60, size: 18 },
      { str: 'N° AV-12', x: 400, y: 780, width: 50, size: 10 },
    ];
    expect(readTextFields(buildPageLines(items, 0, 842)).fields.documentType).toBe('avoir');
  });
});

describe('net to pay below the TTC', () => {
  it('is given as printed beside a clear label, but unsure when the payment it deducts is not printed', () => {
    const result = read([
      [40, [[40, 'Facture n° 12']]],
      [100, [[300, 'Total HT'], [450, '1 000,00 €']]],
      [112, [[300, 'TVA 20 %'], [450, '200,00 €']]],
      [124, [[300, 'Total TTC'], [450, '1 200,00 €']]],
      [136, [[300, 'Solde à payer'], [450, '900,00 €']]],
    ]);
    expect(result.fields.netAPayer).toBe('900.00');
    expect(result.unsure).toContain('netAPayer');
    const paid = read([
      [40, [[40, 'Facture n° 12']]],
      [100, [[300, 'Total HT'], [450, '1 000,00 €']]],
      [112, [[300, 'TVA 20 %'], [450, '200,00 €']]],
      [124, [[300, 'Total TTC'], [450, '1 200,00 €']]],
      [136, [[300, 'Règlement du 02/05'], [450, '300,00 €']]],
      [148, [[300, 'Solde à payer'], [450, '900,00 €']]],
    ]);
    expect(paid.fields.netAPayer).toBe('900.00');
    expect(paid.unsure).not.toContain('netAPayer');
  });
});

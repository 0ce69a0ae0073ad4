/**
 * Ways of laying out an invoice that the blind part blind-36 (housing, urban planning, land and property) showed, on
 * small hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

const HEAD: [number, [number, string][]][] = [
  [40, [[40, 'Loire Rénov’ Logement'], [400, 'FACTURE N° F-2025-0733']]],
  [200, [[40, 'Désignation'], [300, 'Qté'], [360, 'TVA'], [480, 'Montant HT']]],
  [215, [[40, 'Peinture murs et plafonds'], [300, '118'], [360, '10 %'], [480, '4 605,60 €']]],
  [230, [[40, 'Radiateurs électriques à inertie'], [300, '3'], [360, '20 %'], [480, '1 592,40 €']]],
];

describe('a totals block with « Base TVA 10 % » lines over the VAT of each rate, after a discount', () => {
  it('takes the bases for bases: HT after the discount, the VAT the sum of the rates', () => {
    const result = read([
      ...HEAD,
      [300, [[300, 'Total brut HT'], [480, '6 198,00 €']]],
      [312, [[300, 'Remise 5 %'], [480, '-309,90 €']]],
      [324, [[300, 'Total HT'], [480, '5 888,10 €']]],
      [336, [[300, 'Base TVA 10 %'], [480, '4 605,60 €']]],
      [348, [[300, 'TVA 10 %'], [480, '460,56 €']]],
      [360, [[300, 'Base TVA 20 %'], [480, '1 282,50 €']]],
      [372, [[300, 'TVA 20 %'], [480, '256,50 €']]],
      [384, [[300, 'Total TTC'], [480, '6 605,16 €']]],
      [396, [[300, 'Net à payer'], [480, '6 605,16 €']]],
    ]);
    expect(result.fields.totalHT).toBe('5888.10');
    expect(result.fields.totalTVA).toBe('717.06');
    expect(result.fields.totalTTC).toBe('6605.16');
    expect(result.unsure).not.toContain('totalHT');
  });

  it('with no VAT printed, a gross HT the lines add up to is unsure when another HT is printed under it', () => {
    const result = read([
      ...HEAD,
      [300, [[300, 'Total brut HT'], [480, '6 198,00 €']]],
      [312, [[300, 'Remise 5 %'], [480, '-309,90 €']]],
      [324, [[300, 'Total HT'], [480, '5 888,10 €']]],
      [384, [[300, 'Total TTC'], [480, '6 605,16 €']]],
    ]);
    // Which of the two is the HT, nothing printed says: the one the lines add up to is offered, unsure.
    expect(result.fields.totalHT).toBe('6198.00');
    expect(result.unsure).toEqual(expect.arrayContaining(['totalHT', 'totalTVA', 'totalTTC']));
  });
});

describe('« Date de l’état des lieux de sortie » in the key–value table under « Date »', () => {
  it('dates something else: the bare « Date » under the number stays the invoice’s, sure', () => {
    const result = read([
      [40, [[40, 'Gerentes Second Œuvre'], [400, 'FACTURE']]],
      [146, [[37, 'Numéro de facture'], [240, 'FA41505']]],
      [161, [[37, 'Date'], [240, '23/08/2024']]],
      [180, [[37, 'Date d’échéance'], [240, '22/09/2024']]],
      [256, [[37, 'Date de l’état des lieux de sortie'], [240, '29/07/2024']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2024-08-23');
    expect(result.unsure).not.toContain('invoiceDate');
  });
});

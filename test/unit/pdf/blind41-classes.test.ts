/**
 * Ways of laying out an invoice that the blind part blind-41 (agriculture, forestry, water and rural works) showed, on
 * small hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

const HEAD: [number, [number, string][]][] = [
  [40, [[40, 'Aqua Gazon Forez'], [400, 'FACTURE N° F-2026-0967']]],
  [256, [[40, 'Désignation'], [320, 'Qté'], [403, 'P.U. HT'], [467, 'Total HT']]],
  [271, [[40, 'Électrovanne 2" avec regard'], [324, '15'], [405, '257,00'], [468, '3 855,00']]],
  [286, [[40, 'Canalisation PEHD Ø 63'], [320, '199'], [410, '21,00'], [468, '4 179,00']]],
  [301, [[40, 'Mise en eau et essais'], [320, '1'], [410, '1 764,74'], [468, '1 764,74']]],
];

describe('a totals block beside the payment terms, a sentence with « 40 € » on the VAT’s line', () => {
  it('reads the VAT line, and the TTC before the retention', () => {
    const result = read([
      ...HEAD,
      [373, [[37, 'Règlement par mandat administratif à 30 jours.']]],
      [377, [[297, 'Total HT'], [504, '9 798,74 €']]],
      [394, [[37, 'indemnité forfaitaire pour frais de recouvrement de 40 €. Pas d’escompte'], [420, 'TVA 20 %'], [504, '1 959,75 €']]],
      [408, [[297, 'Total TTC'], [500, '11 758,49 €']]],
      [423, [[297, 'Retenue de garantie 5 %'], [508, '-587,92 €']]],
      [448, [[297, 'Montant dû'], [500, '11 170,57 €']]],
    ]);
    expect(result.fields.totalTVA).toBe('1959.75');
    expect(result.fields.totalTTC).toBe('11758.49');
    expect(result.fields.netAPayer).toBe('11170.57');
  });

  it('with no VAT line to read, a TTC taken from « Montant dû » beside another labelled TTC is unsure', () => {
    const result = read([
      ...HEAD,
      [377, [[297, 'Total HT'], [504, '9 798,74 €']]],
      [408, [[297, 'Total TTC'], [500, '11 758,49 €']]],
      [423, [[297, 'Retenue de garantie 5 %'], [508, '-587,92 €']]],
      [448, [[297, 'Montant dû'], [500, '11 170,57 €']]],
    ]);
    expect(result.fields.totalTTC).toBe('11170.57');
    expect(result.unsure).toEqual(expect.arrayContaining(['totalHT', 'totalTVA', 'totalTTC']));
  });
});

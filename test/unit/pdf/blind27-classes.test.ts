/**
 * The ways of laying out an invoice that the twenty-seventh blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('a VAT summary « Taux   Base HT   Montant TVA » whose rows interleave with the totals block beside it', () => {
  const page = read([
    [40, [[40, 'Distri’Loire'], [420, 'Facture F-2025-250']]],
    [302, [[40, 'Désignation'], [430, 'Qté'], [460, 'P.U. HT'], [492, 'TVA'], [520, 'Total HT']]],
    [323, [[40, 'Machine à boissons chaudes – location'], [440, '1'], [459, '69,00'], [492, '20 %'], [531, '69,00']]],
    [346, [[40, 'Lait écrémé en poudre (kg)'], [440, '5'], [459, '12,86'], [492, '5,5 %'], [531, '64,30']]],
    [363, [[40, 'Chocolat en poudre (kg)'], [435, '10'], [459, '12,09'], [492, '5,5 %'], [526, '120,90']]],
    [380, [[40, 'Sucre en bûchettes (carton)'], [435, '11'], [459, '20,14'], [492, '5,5 %'], [526, '221,54']]],
    [397, [[40, 'Thés et infusions (boîte)'], [435, '16'], [459, '11,11'], [492, '5,5 %'], [526, '177,76']]],
    [415, [[40, 'Gobelets carton (carton)'], [440, '1'], [459, '45,56'], [492, '20 %'], [531, '45,56']]],
    [443, [[336, 'Total HT'], [517, '699,06 €']]],
    [449, [[50, 'Taux'], [107, 'Base HT'], [181, 'Montant TVA']]],
    [458, [[336, 'TVA 5,5 %'], [522, '32,15 €']]],
    [476, [[42, '5,5 %'], [115, '584,50'], [214, '32,15'], [336, 'TVA 20 %'], [522, '22,91 €']]],
    [491, [[336, 'Total TTC'], [507, '754,12 €']]],
    [502, [[42, '20 %'], [115, '114,56'], [214, '22,91']]],
    [509, [[336, 'Net à payer'], [507, '754,12 €']]],
  ]);

  it('reads each rate’s VAT, so the rates confirm the VAT total: sure', () => {
    expect(page.fields).toMatchObject({ totalHT: '699.06', totalTVA: '55.06', totalTTC: '754.12', netAPayer: '754.12' });
    expect(page.unsure).not.toContain('totalTVA');
  });
});

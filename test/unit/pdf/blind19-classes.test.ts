/**
 * Ways of laying out an invoice that the nineteenth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('a row of boxes, headings and values not aligned', () => {
  it('gives each heading the value of its rank in the row below', () => {
    const result = read([
      [47, [[40, 'Civitas Informatique'], [460, 'FACTURE']]],
      [123, [[45, 'Pièce'], [153, 'Date'], [267, 'Code client'], [371, 'Commercial'], [500, 'Page']]],
      [139, [[74, 'FA598165'], [184, '20/06/2024'], [299, 'CL9245'], [406, 'R. FAYOLLE'], [517, '1 / 1']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('FA598165');
    expect(result.fields.invoiceDate).toBe('2024-06-20');
  });
});

describe('« Numéro d’engagement Chorus P2609795 » (« Pro » clipped by the next cell)', () => {
  it('gives the value to be checked: the letter may be a word cut short', () => {
    const result = read([[206, [[35, 'Numéro d’engagement Chorus P2609795']]]]);
    expect(result.unsure).toContain('engagementNumber');
  });
});

describe('« Service » without a colon under « Vos références »', () => {
  it('reads the code', () => {
    const result = read([
      [167, [[47, 'Vos références'], [296, 'Place de l’Hôtel de Ville']]],
      [180, [[51, 'Service'], [193, 'SPORTS'], [296, 'CS 34205']]],
    ]);
    expect(result.fields.serviceCode).toBe('SPORTS');
  });
});

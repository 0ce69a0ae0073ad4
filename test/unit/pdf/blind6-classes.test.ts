/**
 * A way of laying out an invoice that the sixth blind corpus revealed, on a small hand-made page: what the reader
 * returns for the invoice number, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';


describe('an instalment invoice counts its instalments', () => {
  it('reads the invoice number under « Facture n° », not the instalment count of the title', () => {
    const result = read([
      [120, [[40, 'FACTURE D’ACOMPTE N° 2']]],
      [134, [[40, 'Facture n° FA-2025-01804 – émise le 17 décembre 2025']]],
      [160, [[44, 'Acompte n° 1 – facture FA-2025-01797 du 16/11/2025 (déjà facturé)'], [500, '6 638,40']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'FA-2025-01804', invoiceDate: '2025-12-17' });
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('gives the count only unsure when no other number is printed', () => {
    const result = read([[120, [[40, 'FACTURE D’ACOMPTE N° 2']]]]);
    expect(result.fields.invoiceNumber).toBe('2');
    expect(result.unsure).toContain('invoiceNumber');
  });
});

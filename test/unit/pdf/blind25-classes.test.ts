/**
 * The way of laying out an invoice that the twenty-fifth blind corpus revealed, on a small hand-made page: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('« Direction de la culture » / « (code) » wrapped round its code in capitals', () => {
  it('reads the code between the label’s two lines, though it holds no digit', () => {
    const result = read([
      [226, [[50, 'Déclaration SACEM'], [180, 'SAC-4720924']]],
      [241, [[50, 'Direction de la culture']]],
      [246, [[180, 'ENF-SCO']]],
      [251, [[50, '(code)']]],
    ]);
    expect(result.fields.serviceCode).toBe('ENF-SCO');
  });

  it('but a word beside another wrapped label is no value (« Date d’émission » / « de la facture » round « PAYÉE »)', () => {
    const result = read([
      [40, [[40, 'Atelier Dumas'], [420, 'FACTURE N° 2025-118']]],
      [241, [[50, 'Date d’émission']]],
      [246, [[180, 'PAYÉE']]],
      [251, [[50, 'de la facture']]],
    ]);
    expect(result.fields.invoiceDate).toBeUndefined();
  });
});

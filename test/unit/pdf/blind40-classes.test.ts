/**
 * Ways of laying out an invoice that the blind part blind-40 (civil status, elections, ceremonies, protocol and
 * cemeteries) showed, on small hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('a bilingual title before the number (« AVOIR / CREDIT NOTE RFAC/2025/00809 »)', () => {
  it('reads the credit note’s number', () => {
    const result = read([
      [61, [[54, 'Actes Numériques'], [331, 'AVOIR / CREDIT NOTE RFAC/2025/00809']]],
      [205, [[40, 'Date / Invoice date'], [149, '2025-10-18']]],
      [245, [[40, 'Facture d’origine / Original invoice'], [200, 'FAC/2025/00880']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('RFAC/2025/00809');
    expect(result.fields.documentType).toBe('avoir');
  });
});

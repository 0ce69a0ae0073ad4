/**
 * Ways of laying out an invoice that the blind part blind-33 (culture, heritage, libraries, tourism and events)
 * showed, on small hand-made pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('a bilingual label whose translation follows a dash (« Date – Date », « Facture n° – Invoice »)', () => {
  const page = (numberLabel: string, dateLabel: string) =>
    read([
      [46, [[37, 'Diffusion Touristique Rhône-Loire'], [419, 'FACTURE / INVOICE']]],
      [65, [[37, 'aires'], [343, numberLabel], [470, 'FAC/2025/08466']]],
      [82, [[37, '42160 Andrézieux-Bouthéon'], [343, dateLabel], [470, '09/06/2026']]],
      [118, [[343, 'Échéance / Due date'], [470, '09/07/2026']]],
    ]);

  it('reads the number and the date beside them', () => {
    const result = page('Facture n° – Invoice', 'Date – Date');
    expect(result.fields.invoiceNumber).toBe('FAC/2025/08466');
    expect(result.fields.invoiceDate).toBe('2026-06-09');
  });

  it('as it does after a slash', () => {
    const result = page('Facture n° / Invoice', 'Date / Date');
    expect(result.fields.invoiceNumber).toBe('FAC/2025/08466');
    expect(result.fields.invoiceDate).toBe('2026-06-09');
  });
});

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

describe('a market named by « MAPA n° », or by « Accord-cadre » right before its reference', () => {
  const page = (reference: [number, string][]) =>
    read([
      [50, [[40, 'Atelier Numérique du Bâti Ancien'], [481, 'Facture']]],
      [149, [[40, 'Numéro'], [120, 'Date d’émission']]],
      [161, [[40, 'F-2025-0260'], [120, '05/01/2025']]],
      [192, reference],
    ]);

  it('reads « MAPA n° : 2024M5170 »', () => {
    expect(page([[309, 'MAPA n° : 2024M5170']]).fields.marketNumber).toBe('2024M5170');
  });

  it('reads « Accord-cadre MPA26-468 » and « Accord-cadreM04.0096 », its space lost in a narrow cell', () => {
    expect(page([[426, 'Accord-cadre MPA26-468']]).fields.marketNumber).toBe('MPA26-468');
    expect(page([[426, 'Accord-cadreM04.0096']]).fields.marketNumber).toBe('M04.0096');
  });

  it('but not a year after « Accord-cadre », nor words', () => {
    expect(page([[426, 'Accord-cadre 2025']]).fields.marketNumber).toBeUndefined();
    expect(page([[426, 'Accord-cadre départemental']]).fields.marketNumber).toBeUndefined();
  });
});

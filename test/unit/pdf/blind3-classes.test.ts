/**
 * Ways of laying out an invoice that the third blind corpus revealed, one small hand-made page each: what the
 * reader returns for the fields a user would fill, and whether it stands behind them.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { buildPageLines, toRawItem, type RawItem } from '../../../utils/pdf/lines.ts';
import { linesAt } from './helpers.ts';

const read = (rows: [number, [number, string][]][]) => readTextFields(linesAt(rows));

/** A pdf.js text item of `text` at (x, y), `size` points, turned by the matrix's first two terms. */
function item(text: string, x: number, y: number, size: number, [a, b]: [number, number]): RawItem | null {
  return toRawItem({ str: text, transform: [a * size, b * size, -b * size, a * size, x, y], width: text.length * size * 0.5, height: size });
}

/** An ordinary page: supplier, dates and totals, no invoice number among the upright lines. */
function pageWithout(): RawItem[] {
  const rows: [number, number, string][] = [
    [60, 90, 'Menuiserie des Monts SARL'],
    [72, 90, 'SIRET 74033534461530'],
    [140, 90, 'Date d’émission'],
    [140, 220, '12/03/2025'],
    [300, 330, 'Total HT'],
    [300, 500, '1 000,00 €'],
    [316, 330, 'TVA 20 %'],
    [316, 505, '200,00 €'],
    [332, 330, 'Total TTC'],
    [332, 500, '1 200,00 €'],
  ];
  return rows.map(([top, x, str]) => ({ str, x, y: 842 - top, width: str.length * 4.5, size: 9 }));
}

describe('text turned a quarter turn', () => {
  it('reads the number of a title printed up a vertical band', () => {
    const turned = item('FACTURE N° F-2025-0417', 50, 85, 15, [0, 1]);
    expect(turned?.turn).toBe(1);
    const result = readTextFields(buildPageLines([...pageWithout(), turned!], 0, 842, 0, 595));
    expect(result.fields).toMatchObject({ invoiceNumber: 'F-2025-0417', documentType: 'facture', totalTTC: '1200.00' });
    expect(result.unsure).not.toContain('invoiceNumber');
  });

  it('reads a title printed down the page, its words drawn one by one', () => {
    const words = [item('FACTURE', 560, 760, 14, [0, -1]), item('·', 560, 706, 14, [0, -1]), item('FA-88-2025', 560, 696, 14, [0, -1])];
    const result = readTextFields(buildPageLines([...pageWithout(), ...words.map((word) => word!)], 0, 842, 0, 595));
    expect(result.fields.invoiceNumber).toBe('FA-88-2025');
  });

  it('keeps the turned lines after the page’s own lines, never mixed with the lines they cross', () => {
    const lines = buildPageLines([...pageWithout(), item('FACTURE N° 12', 50, 500, 15, [0, 1])!], 0, 842, 0, 595);
    expect(lines.at(-1)?.text).toBe('FACTURE N° 12');
    expect(lines.slice(0, -1).every((line) => !line.text.includes('FACTURE'))).toBe(true);
  });

  it('still skips slanted text (a watermark across the page)', () => {
    expect(item('PAYÉ', 200, 400, 40, [Math.SQRT1_2, Math.SQRT1_2])).toBeNull();
  });
});

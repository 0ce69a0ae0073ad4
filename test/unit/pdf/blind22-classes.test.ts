/**
 * Ways of laying out an invoice that the twenty-second blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('a credit note imputed in an invoice’s totals (« Avoir n° 9247869272 du 12/11/2025   imputé »)', () => {
  const page = (numberRow: [number, [number, string][]][]) =>
    read([
      [61, [[48, 'Saveurs & Services Seniors']]],
      [121, [[40, 'FACTURE'], [314, 'CCAS de Roanne']]],
      ...numberRow,
      [464, [[322, 'Montant HT'], [509, '6 697,41 €']]],
      [472, [[322, 'Montant TVA'], [516, '406,32 €']]],
      [478, [[322, 'Total TTC'], [509, '7 103,73 €']]],
      [493, [[322, 'Avoir n° 9247869272 du 12/11/2025']]],
      [498, [[514, '-426,22 €']]],
      [502, [[322, 'imputé']]],
      [519, [[322, 'Net à payer'], [496, '6 677,51 €']]],
    ]);

  it('is not this invoice: its number and date are the invoice’s own, sure', () => {
    const result = page([
      [136, [[43, 'N° facture'], [139, '9147869280']]],
      [147, [[43, 'Date'], [139, '05.12.2025']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: '9147869280', invoiceDate: '2025-12-05', netAPayer: '6677.51' });
    expect(result.unsure).toEqual([]);
  });
});

describe('a date read right after a number the reader is unsure of', () => {
  it('is unsure too: it dates whatever that number numbers', () => {
    // Two labels give two numbers: the first is kept, unsure; the date after it goes with it.
    const result = read([
      [40, [[40, 'Étude Martin'], [420, 'FACTURE']]],
      [60, [[40, 'Facture n° 2026-118 du 02/04/2026']]],
      [72, [[40, 'N° de facture : 2026-0411']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('2026-118');
    expect(result.unsure).toContain('invoiceNumber');
    expect(result.fields.invoiceDate).toBe('2026-04-02');
    expect(result.unsure).toContain('invoiceDate');
  });
});

describe('engagements', () => {
  it('« Bon de commande CCAS n° : 202605684 »: the buyer named inside the label', () => {
    const result = read([[176, [[37, 'Bon de commande CCAS n° : 202605684'], [287, 'Commune de Villars']]]]);
    expect(result.fields.engagementNumber).toBe('202605684');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('« … engagement juridique n° 2025- » then « 316095, nous … »: the number broken at its own hyphen', () => {
    const result = read([
      [293, [[40, 'Objet : portage de repas – septembre 2025. Suivant votre engagement juridique n° 2025-']]],
      [302, [[40, '316095, nous vous prions de trouver ci-dessous le détail de notre intervention.']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2025-316095');
  });
});

describe('an engagement label broken at the end of a line of running text (blind-11’s sanitary cabins)', () => {
  it('« …, N° bon de » then « commande 2610-370. »: the label joined, the value after it', () => {
    const result = read([
      [177, [[35, 'Festival des Arts burlesques, livraison le 05/02/2026, reprise le 08/02/2026, N° bon de']]],
      [187, [[35, 'commande 2610-370.']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2610370');
  });
});

/**
 * Ways of laying out an invoice that the twenty-fourth blind corpus revealed, on small hand-made pages whose items keep
 * their own font sizes (labels and values in different sizes, on baselines a few points apart).
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { buildPageLines, type RawItem } from '../../../utils/pdf/lines.ts';
import { readLinesAt as read } from './helpers.ts';

/** A page of items in their own sizes: [distance from the top of the baseline, x, text, size]. */
function readSized(items: [number, number, string, number][]) {
  const raw: RawItem[] = items.map(([top, x, str, size]) => ({ str, x, y: 842 - top, width: str.length * size * 0.5, size }));
  return readTextFields(buildPageLines(raw, 0, 842));
}

describe('« Contrat / Contract »: the French word printed with the English one', () => {
  it('reads as the French: a contract, never stood behind as the public market', () => {
    const result = read([
      [280, [[50, 'Police municipale (code service)'], [184, 'Contrat / Contract']]],
      [293, [[43, 'SP-042'], [178, '3675005']]],
    ]);
    expect(result.unsure.includes('marketNumber') || result.fields.marketNumber === undefined).toBe(true);
  });

  it('the English label alone still names the market', () => {
    expect(read([[100, [[40, 'Contract number: 2025-118']]]]).fields.marketNumber).toBe('2025-118');
  });
});

describe('small capitals over values in a larger font', () => {
  it('« DATE » in 6.8 pt, « 23.07.2025 » in 11 pt 18 points lower: the date under its heading', () => {
    const result = readSized([
      [48, 44, 'CRISTAL NET INDUSTRIE', 9],
      [48, 457, 'FACTURE', 14],
      [97.5, 70, 'N° FACTURE', 6.8],
      [97.5, 179, 'DATE', 6.8],
      [97.5, 267, 'N° CLIENT', 6.8],
      [97.5, 475, 'ÉCHÉANCE', 6.8],
      [115.4, 69, 'FA94034', 11],
      [115.4, 165, '23.07.2025', 11],
      [115.4, 267, '1952118', 11],
      [115.4, 471, '22/08/2025', 11],
    ]);
    expect(result.fields.invoiceDate).toBe('2025-07-23');
  });

  it('« BON DE COMMANDE N° » in 6.4 pt, its value in a box 5 points lower, the buyer’s address further right', () => {
    const result = readSized([
      [160.6, 315, 'Ville de Saint-Étienne', 9],
      [165.9, 38, 'BON DE COMMANDE N°', 6.4],
      [170.8, 253, '2433533', 9.4],
      [170.8, 315, 'Direction des Finances', 9],
      [184.4, 315, 'Hôtel de Ville', 9],
    ]);
    expect(result.fields.engagementNumber).toBe('2433533');
  });

  it('« ACCORD-CADRE N° » beside the buyer’s address line, its value lower and between them', () => {
    const result = readSized([
      [166, 38, 'ENGAGEMENT JURIDIQUE N°', 6.4],
      [171, 241, '2026-3338', 9.4],
      [171, 315, 'Direction des services techniques', 9],
      [186, 38, 'ACCORD-CADRE N°', 6.4],
      [186, 315, '1 place de l’Hôtel de Ville', 9],
      [191, 235, 'AC-2025-45', 9.4],
      [197, 315, '42600 Montbrison', 9],
    ]);
    expect(result.fields.engagementNumber).toBe('2026-3338');
    expect(result.fields.marketNumber).toBe('AC-2025-45');
  });
});

describe('a VAT summary’s row beside the totals block’s « TVA 20 % » on the same line', () => {
  it('the VAT is read from the totals block and confirmed, sure', () => {
    const result = read([
      [40, [[36, 'Aqua-Verts Maintenance'], [420, 'FACTURE N° FA-2025-1187']]],
      [372, [[88, 'TAUX'], [177, 'BASE HT'], [240, 'TVA'], [475, 'TOTAL HT'], [528, '4 376,83 €']]],
      [380, [[85, '20,00 %'], [198, '4 376,83 €'], [248, '875,37 €'], [476, 'TVA 20 %'], [532, '875,37 €']]],
      [389, [[467, 'TOTAL TTC'], [523, '5 252,20 €']]],
    ]);
    expect(result.fields).toMatchObject({ totalHT: '4376.83', totalTVA: '875.37', totalTTC: '5252.20' });
    expect(result.unsure).toEqual([]);
  });

  it('a rate right after an item line’s amounts still belongs to the item line', () => {
    const result = read([
      [40, [[36, 'Électricité Forez'], [420, 'FACTURE N° FA-2025-1188']]],
      [200, [[40, 'Tableau électrique'], [250, '1,00'], [300, '1 000,00'], [355, 'TVA 20 %'], [450, '1 000,00 €']]],
      [240, [[380, 'Total HT'], [470, '1 000,00 €']]],
      [254, [[380, 'Total TTC'], [470, '1 200,00 €']]],
    ]);
    expect(result.fields.totalTVA).toBe('200.00');
  });
});

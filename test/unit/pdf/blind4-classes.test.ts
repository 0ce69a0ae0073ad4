/**
 * Ways of laying out an invoice that the fourth blind corpus revealed, one small hand-made page each: what the
 * reader returns for the fields a user would fill, and whether it stands behind them.
 */
import { describe, expect, it } from 'vitest';
import { readTextFields } from '../../../utils/pdf/fields/index.ts';
import { linesAt } from './helpers.ts';

const read = (rows: [number, [number, string][]][]) => readTextFields(linesAt(rows));

describe('dates of other documents', () => {
  it('never takes the date of the invoice a corrective invoice replaces', () => {
    const result = read([
      [40, [[40, 'Atelier Verne'], [400, 'Destinataire']]],
      [120, [[40, 'FACTURE RECTIFICATIVE N° R-88']]],
      [134, [[40, 'Date : 15 juin 2026']]],
      [160, [[44, 'Remplace la facture n° R-31 émise le 15 mai 2026 pour 1 200,00 € TTC – motif : erreur de quantité.']]],
      [300, [[380, 'Total HT'], [480, '1 000,00 €']]],
      [314, [[380, 'TVA 20 %'], [480, '200,00 €']]],
      [328, [[380, 'Total TTC'], [480, '1 200,00 €']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'R-88', invoiceDate: '2026-06-15' });
    expect(result.unsure).not.toContain('invoiceDate');
  });

  it('reads "en date du" beside the number, not the cancelled invoice’s "du"', () => {
    const result = read([
      [120, [[40, 'FACTURE RECTIFICATIVE N° R-88']]],
      [134, [[40, 'En date du 20/12/2024']]],
      [160, [[44, 'Cette facture annule et remplace notre facture n° R-88-A du 07/11/2024 d’un montant de 500,00 € TTC.']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2024-12-20');
  });

  it('gives no date rather than the replaced invoice’s when the invoice’s own is not printed', () => {
    const result = read([
      [120, [[40, 'FACTURE RECTIFICATIVE N° R-88']]],
      [160, [[44, 'Annule et remplace la facture n° R-31 émise le 15/05/2026.']]],
    ]);
    expect(result.fields.invoiceDate).toBeUndefined();
  });

  it('does not take an e-mail’s sending date for the date of the invoice it carries', () => {
    const result = read([
      [40, [[40, 'Facture 9017']]],
      [54, [[40, 'De :'], [80, 'Boulangerie Morel <contact@morel.fr>']]],
      [68, [[40, 'À :'], [80, 'factures@mairie.fr']]],
      [82, [[40, 'Date :'], [80, 'jeu. 15 mai 2025 à 17:00']]],
      [150, [[40, 'Boulangerie Morel'], [420, 'FACTURE N° 9017']]],
      [164, [[40, '5 rue Haute'], [430, 'Date : 12/05/2025']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2025-05-12');
    expect(result.unsure).not.toContain('invoiceDate');
  });
});

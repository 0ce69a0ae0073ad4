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

describe('a bare « Date » heading a column of labels that goes on with « Échéance », far from the number', () => {
  const page = (below: string) =>
    read([
      [61, [[54, 'Actes Numériques'], [405, 'FACTURE FAC/2025/08529']]],
      [118, [[40, 'ÉMETTEUR'], [322, 'CLIENT']]],
      [130, [[40, '78 rue du Onze Novembre'], [322, 'Ville de Saint-Étienne']]],
      [140, [[40, '42160 Andrézieux-Bouthéon'], [322, 'Hôtel de Ville']]],
      [150, [[40, 'Tél. 04 73 14 76 11'], [322, '42000 Saint-Étienne']]],
      [160, [[40, 'bonjour@actes-numeriques.fr']]],
      [190, [[40, 'INFORMATIONS']]],
      [205, [[40, 'Date'], [149, '05/01/2025']]],
      [218, [[40, 'N° client'], [149, '37352253']]],
      [232, [[40, below], [149, '04/02/2025']]],
    ]);

  it('dates the invoice, sure', () => {
    const result = page('Échéance');
    expect(result.fields.invoiceDate).toBe('2025-01-05');
    expect(result.unsure).not.toContain('invoiceDate');
  });

  it('but stays unsure without a due date under it', () => {
    expect(page('Livraison').unsure).toContain('invoiceDate');
  });
});

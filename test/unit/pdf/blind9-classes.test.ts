/**
 * Ways of laying out an invoice that the ninth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';


describe('a service code without digits in the cell right of « Code service »', () => {
  it.each(['DSI', 'DRH-PAIE', 'SERV-ACHATS'])('reads %s', (code) => {
    const result = read([
      [100, [[40, 'Votre n° d’engagement'], [250, '2522-266'], [450, 'Ville de Saint-Étienne']]],
      [114, [[40, 'Code service'], [250, code], [450, 'Direction des Finances']]],
    ]);
    expect(result.fields).toMatchObject({ serviceCode: code, engagementNumber: '2522266' });
  });

  it('never takes the next heading of a row of capital headings as the code', () => {
    const result = read([
      [100, [[40, 'CODE SERVICE'], [200, 'MARCHE']]],
      [114, [[40, 'DSI'], [200, '2024M1187']]],
    ]);
    expect(result.fields.serviceCode).not.toBe('MARCHE');
    expect(result.fields.marketNumber).toBe('2024M1187');
  });
});

describe('« Code service » ending a line of references, an address block beside it', () => {
  it('never takes the postcode of the address as the code', () => {
    const result = read([
      [100, [[40, 'Références : Commande n° 2024-0021 – Marché de fourrière n° M36.7293 – Code service'], [480, '42100 Saint-Étienne']]],
      [114, [[40, 'DRH-PAIE']]],
    ]);
    expect(result.fields.serviceCode).not.toBe('42100');
  });
});

describe('« FACTURE DE MAINTENANCE », then « Numéro » heading the block of labels under it', () => {
  it('reads the invoice number there, not an item’s « N° » in the table below', () => {
    const result = read([
      [100, [[40, 'FACTURE DE MAINTENANCE'], [330, 'Adresse de facturation']]],
      [118, [[330, 'Département de la Loire']]],
      [130, [[40, 'Numéro'], [160, 'FA05287'], [330, 'Hôtel du Département']]],
      [142, [[40, 'Émise le'], [160, '12/07/2025'], [330, '42000 Saint-Étienne']]],
      [200, [[40, 'Appareil'], [140, 'Site'], [330, 'TVA'], [480, 'Montant HT']]],
      [214, [[40, 'N° 041523'], [140, 'Résidence Les Cèdres'], [330, '10 %'], [480, '1 250,00']]],
    ]);
    expect(result.fields).toMatchObject({ invoiceNumber: 'FA05287', invoiceDate: '2025-07-12' });
    expect(result.unsure).not.toContain('invoiceNumber');
  });
});

/**
 * Ways of laying out an invoice that the eighteenth blind corpus revealed, on small hand-made pages: what the reader
 * returns, and whether it stands behind it.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('the engagement', () => {
  it('after « Réf. client : », an earlier label of the cell: « Bon de commande n° 2540153 », not the supplier’s « Commande »', () => {
    const result = read([
      [76, [[463, 'Code client : 41103945']]],
      [86, [[383, 'Réf. client : Bon de commande n° 2540153']]],
      [96, [[384, 'Commande : CO2503-0048 du 31/03/2025']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2540153');
  });

  it('its digit groups going on at the start of the next line of a sentence', () => {
    const result = read([
      [278, [[43, 'Objet : équipement des bénéficiaires – Prestation exécutée conformément à votre bon de commande n° 4579']]],
      [288, [[43, '8280 62.']]],
    ]);
    expect(result.fields.engagementNumber).toBe('4579828062');
  });

  it('beside « Bon de commande / n° » wrapped round it, the buyer’s « CS 34205 » further right', () => {
    const result = read([
      [212, [[60, 'Bon de commande'], [294, 'CS 34205']]],
      [217, [[156, '2447304']]],
      [221, [[60, 'n°'], [294, '42000 Saint-Étienne']]],
    ]);
    expect(result.fields.engagementNumber).toBe('2447304');
  });
});

describe('a fee note « NOTE D’HONORAIRES valant facture »', () => {
  it('is numbered by « N° de note » and by « Référence » under its title', () => {
    const page = (label: string) =>
      read([
        [140, [[55, 'NOTE D’HONORAIRES']]],
        [151, [[55, 'valant facture']]],
        [157, [[294, 'Destinataire']]],
        [165, [[60, label], [156, 'NH-2025-0192'], [294, 'Ville de Saint-Étienne']]],
        [180, [[60, 'Établie le'], [156, '14/06/2025'], [294, 'Direction des Finances']]],
      ]);
    for (const label of ['N° de note', 'Référence']) {
      const result = page(label);
      expect(result.fields.invoiceNumber, label).toBe('NH-2025-0192');
      expect(result.unsure, label).not.toContain('invoiceNumber');
      expect(result.fields.invoiceDate, label).toBe('2025-06-14');
    }
  });
});

describe('« Émise » alone, « Le 04/02/2024 » beside it', () => {
  it('dates the invoice', () => {
    const result = read([
      [50, [[37, 'Boulangerie du Crêt de Roc'], [336, 'Facture']]],
      [69, [[336, 'N° de facture'], [382, '202410083']]],
      [78, [[336, 'Émise'], [382, 'Le 04/02/2024']]],
      [87, [[336, 'Échéance'], [382, '05/03/2024']]],
      [300, [[37, 'Date'], [120, 'École'], [300, 'Baguettes']]],
      [310, [[37, '01/01/2024'], [120, 'Montreynaud'], [300, '12']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2024-02-04');
  });
});

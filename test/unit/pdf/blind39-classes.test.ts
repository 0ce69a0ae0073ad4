/**
 * Ways of laying out an invoice that the blind part blind-39 (food supply and catering) showed, on small hand-made
 * pages: what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('« N° PIÈCE   DATE   CODE CLIENT   N° TOURNÉE   ÉCHÉANCE » over their values (Sage 100)', () => {
  it('reads the number and the date: « CODE CLIENT » beside « N° TOURNÉE » is no item table’s « client n° »', () => {
    const result = read([
      [45, [[36, 'Laiterie de la Plaine du Forez']]],
      [55, [[392, 'FACTURE']]],
      [138, [[73, 'N° PIÈCE'], [179, 'DATE'], [256, 'CODE CLIENT'], [360, 'N° TOURNÉE'], [469, 'ÉCHÉANCE']]],
      [154, [[72, 'FA17657'], [165, '25/01/2026'], [262, '84418732'], [367, '4397562'], [466, '24/02/2026']]],
    ]);
    expect(result.fields.invoiceNumber).toBe('FA17657');
    expect(result.fields.invoiceDate).toBe('2026-01-25');
    expect(result.unsure).not.toContain('invoiceDate');
  });
});

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

describe('« Date de la réception » (the reception a caterer served) under the invoice’s « Date »', () => {
  it('dates the event, not the invoice: the bare « Date » under the number stays sure', () => {
    const result = read([
      [37, [[46, 'Traiteur des Ursules']]],
      [110, [[50, 'FACTURE']]],
      [162, [[50, 'Facture n°'], [163, 'F-2026-0842']]],
      [179, [[50, 'Date'], [163, '22 octobre 2026']]],
      [194, [[50, 'Devis accepté n°'], [163, '5154239']]],
      [208, [[50, 'Date de la réception'], [163, '12/10/2026']]],
    ]);
    expect(result.fields.invoiceDate).toBe('2026-10-22');
    expect(result.unsure).not.toContain('invoiceDate');
  });
});

describe('« Numéro du marché de fourniture de denrées alimentaires M44.5280 »: the market’s object in the label', () => {
  it('reads the reference ending the cell', () => {
    const result = read([
      [40, [[40, 'Fruits et Lait Forez'], [400, 'FACTURE N° F-2025-0318']]],
      [150, [[40, 'N° d’engagement'], [330, '1374263660']]],
      [165, [[40, 'Numéro du marché de fourniture de denrées alimentaires M44.5280']]],
    ]);
    expect(result.fields.marketNumber).toBe('M44.5280');
  });
});

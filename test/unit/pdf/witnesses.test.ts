/**
 * A second witness against an engagement number read after its label: the rest of the page says the number is
 * someone else's. And a value read without its usual witness (a service code away from the buyer's references). Either
 * is then given to be checked, never ticked.
 */
import { describe, expect, it } from 'vitest';
import { inSuppliersNumbering } from '../../../utils/pdf/fields/witnesses.ts';
import { readLinesAt as read } from './helpers.ts';

describe('an order number in the supplier’s own numbering', () => {
  const page = (order: string) =>
    read([
      [47, [[40, 'Quincaillerie Forézienne'], [420, 'FACTURE FA2503-0012']]],
      [90, [[40, 'Date : 31/03/2025']]],
      [104, [[40, `Commande n° : ${order}`]]],
    ]);

  it('is given to be checked when it follows the invoice number’s pattern (« CO2503-0048 » beside « FA2503-0012 »)', () => {
    const result = page('CO2503-0048');
    expect(result.fields.invoiceNumber).toBe('FA2503-0012');
    expect(result.fields.engagementNumber).toBe('CO2503-0048');
    expect(result.unsure).toContain('engagementNumber');
  });

  it('is trusted as before when it does not (« CMD-2025-0417 »)', () => {
    const result = page('CMD-2025-0417');
    expect(result.fields.engagementNumber).toBe('CMD-2025-0417');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('digits alone prove nothing: a buyer numbers by year too', () => {
    expect(inSuppliersNumbering('202577921', '202505014')).toBe(false);
    expect(inSuppliersNumbering('CMD015457', 'FA202403013')).toBe(false);
    expect(inSuppliersNumbering('CO2503-0048', 'FA2503-0012')).toBe(true);
  });

  it('the invoice’s own number is never the engagement', () => {
    expect(inSuppliersNumbering('2401234', '2401234')).toBe(true);
  });
});

describe('the same number printed under another document’s label', () => {
  const page = (elsewhere: string) =>
    read([
      [47, [[40, 'Atelier Dumas'], [420, 'FACTURE N° 2025-118']]],
      [90, [[40, 'Date : 14/05/2025']]],
      [104, [[40, 'Bon de commande n° : 2514871']]],
      [300, [[40, elsewhere]]],
    ]);

  it('a quote’s number: the engagement is given to be checked', () => {
    const result = page('Selon notre devis n° 2514871 du 02/04/2025');
    expect(result.fields.engagementNumber).toBe('2514871');
    expect(result.unsure).toContain('engagementNumber');
  });

  it('a delivery slip’s number: to be checked too', () => {
    expect(page('BL 2514871 livré le 10/05/2025').unsure).toContain('engagementNumber');
  });

  it('the engagement recalled in a sentence stays trusted', () => {
    const result = page('Merci de rappeler votre engagement n° 2514871 lors du paiement');
    expect(result.fields.engagementNumber).toBe('2514871');
    expect(result.unsure).not.toContain('engagementNumber');
  });

  it('a longer number that holds the same digits is another number', () => {
    expect(page('Devis n° 125148712 du 02/04/2025').unsure).not.toContain('engagementNumber');
  });

  it('an earlier label of the cell, ended by its colon, is not the number’s label', () => {
    expect(page('Réf. devis : 2025-77 – Bon de commande 2514871').unsure).not.toContain('engagementNumber');
  });
});

describe('« Service : ENS-07 » away from the buyer’s references', () => {
  it('is offered to be checked: « Service » may name one of the supplier’s departments there', () => {
    const result = read([
      [47, [[40, 'Cabinet Rivoire'], [420, 'Facture n° 2025-118']]],
      [231, [[46, 'Service : PATRIMOINE']]],
      [246, [[46, 'Objet : campagne de reconnaissance du 5 avril 2025']]],
    ]);
    expect(result.fields.serviceCode).toBe('PATRIMOINE');
    expect(result.unsure).toContain('serviceCode');
  });

  it('but a department’s name in words is no code: nothing is offered', () => {
    expect(read([[231, [[46, 'Service : Comptabilité fournisseurs']]]]).fields.serviceCode).toBeUndefined();
  });
});

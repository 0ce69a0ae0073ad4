/**
 * The ways of laying out an invoice that the twenty-sixth blind corpus revealed, on small hand-made pages: what the
 * reader returns.
 */
import { describe, expect, it } from 'vitest';
import { readLinesAt as read } from './helpers.ts';

describe('an electricity delivery point’s fourteen digits (« PDL 24434453732243 ») that pass the SIRET checksum', () => {
  const page = (deliveryPoint: string) =>
    read([
      [40, [[34, 'Énergies Publiques Rhône-Alpes'], [400, 'Facture n° 1084883682']]],
      [106, [[34, 'Siret 536 658 461 91365']]],
      [592, [[34, `${deliveryPoint} 24434453732243 · Compteur n° 033330902979 · Puissance souscrite 24 kVA`]]],
    ]);

  it('is no buyer’s SIRET, whatever names it (PDL, PRM, point de livraison)', () => {
    for (const label of ['PDL', 'PRM :', 'Point de livraison n°']) {
      expect(page(label).fields.buyerSiret).toBeUndefined();
      expect(page(label).fields.supplierSiret).toBe('53665846191365');
    }
  });

  it('and fourteen digits no label names as a SIRET are offered, unsure', () => {
    const result = page('Réf. site');
    expect(result.fields.buyerSiret).toBe('24434453732243');
    expect(result.unsure).toContain('buyerSiret');
  });
});

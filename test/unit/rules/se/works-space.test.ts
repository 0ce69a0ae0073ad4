import { describe, expect, it } from 'vitest';
import { check, verdictsOf } from '../forms.ts';

const RULE = 'se/works-space';

describe(RULE, () => {
  it('warns on the works space when the invoice is for the city', () => {
    const [verdict] = verdictsOf(RULE, {}, { page: 'travaux', pdf: { buyerSiret: '21420218600018' } });
    expect(verdict).toMatchObject({ field: 'page', severity: 'warning' });
    expect(verdict!.message).toMatch(/Factures de travaux/);
    expect(verdict!.message).toMatch(/Saisir facture/);
  });

  it('is silent elsewhere and for other recipients', () => {
    expect(verdictsOf(RULE, {}, { page: 'factures-emises', pdf: { buyerSiret: '21420218600018' } })).toEqual([]);
    expect(check({}, { page: 'travaux' }).profile).toBe('chorus-pro');
    expect(verdictsOf(RULE, {}, { page: 'travaux' })).toEqual([]);
  });
});

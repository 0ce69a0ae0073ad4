import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'se/recipient-hint';
const cityPdf = { buyerSiret: '21420218600018' };

describe(RULE, () => {
  it('gives the city SIRET on the entry form while no recipient is chosen', () => {
    const [verdict] = verdictsOf(RULE, seForm({ recipientSiret: '' }), { pdf: cityPdf });
    expect(verdict).toMatchObject({ field: 'recipientSiret', severity: 'info', fix: { value: '21420218600018' } });
    expect(verdict!.message).toMatch(/Rechercher une structure/);
  });

  it('does the same in the deposit window', () => {
    expect(verdictsOf(RULE, { depositStructure: '', depositFrame: 'A1' }, { page: 'depot', pdf: cityPdf })).toMatchObject([
      { field: 'depositStructure', severity: 'info', fix: { value: '21420218600018' } },
    ]);
  });

  it('is silent once the recipient is chosen', () => {
    expect(verdictsOf(RULE, seForm({}), { pdf: cityPdf })).toEqual([]);
  });
});

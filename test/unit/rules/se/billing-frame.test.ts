import { describe, expect, it } from 'vitest';
import { billingFrameCode } from '../../../../utils/rules/se/billing-frame.ts';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'se/billing-frame';

describe(RULE, () => {
  it.each(['A2: Dépôt par un fournisseur d\'une facture déjà payée', 'A12', 'A9: Dépôt par un sous-traitant', ''])(
    'entry form with %j is a warning fixed to A1',
    (frame) => {
      expect(verdictsOf(RULE, seForm({ billingFrame: frame }))).toMatchObject([
        { field: 'billingFrame', severity: 'warning', fix: { value: 'A1' } },
      ]);
    },
  );

  it('checks the deposit window frame too', () => {
    const fields = { depositFrame: 'A4: Dépôt par un fournisseur d\'un projet de décompte mensuel', depositStructure: '21420218600018' };
    expect(verdictsOf(RULE, fields, { page: 'depot' })).toMatchObject([{ field: 'depositFrame', severity: 'warning', fix: { value: 'A1' } }]);
  });

  it('accepts A1 however it is shown', () => {
    for (const frame of ["A1: Dépôt par un fournisseur d'une facture", 'A1', 'a1 - Dépôt']) {
      expect(verdictsOf(RULE, seForm({ billingFrame: frame }))).toEqual([]);
    }
  });

  it('tells A1 from A12', () => {
    expect(billingFrameCode('A12: Dépôt par un cotraitant')).toBe('A12');
    expect(billingFrameCode("A1: Dépôt par un fournisseur d'une facture")).toBe('A1');
  });
});

import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/currency';

describe(RULE, () => {
  it.each(['USD - Dollar américain', 'CHF', 'GBP - Livre sterling'])('%j is an information', (currency) => {
    expect(verdictsOf(RULE, seForm({ currency }))).toMatchObject([{ field: 'currency', severity: 'info' }]);
  });

  it.each(['EUR - Euro européen', 'EUR', 'eur', 'Euro', ''])('%j is fine', (currency) => {
    expect(verdictsOf(RULE, seForm({ currency }))).toEqual([]);
  });
});

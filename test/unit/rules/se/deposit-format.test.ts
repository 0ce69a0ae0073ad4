import { describe, expect, it } from 'vitest';
import { verdictsOf } from '../forms.ts';

const RULE = 'se/deposit-format';
const window = (format: string) => ({ depositFormat: format, depositFrame: 'A1', depositStructure: '21420218600018' });

describe(RULE, () => {
  it.each(['PDF signé', 'Factur-X', 'XML UBL', ''])('%j is advice to choose PDF non signé', (format) => {
    expect(verdictsOf(RULE, window(format), { page: 'depot' })).toMatchObject([
      { field: 'depositFormat', severity: 'info', fix: { value: 'PDF non signé' } },
    ]);
  });

  it('is silent for PDF non signé, however written', () => {
    expect(verdictsOf(RULE, window('PDF non signé'), { page: 'depot' })).toEqual([]);
    expect(verdictsOf(RULE, window('PDF NON SIGNE'), { page: 'depot' })).toEqual([]);
  });
});

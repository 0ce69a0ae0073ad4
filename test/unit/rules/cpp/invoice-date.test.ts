import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/invoice-date';

describe(RULE, () => {
  it('accepts a real past date and today (27/11/2026 in these tests)', () => {
    expect(verdictsOf(RULE, seForm({ invoiceDate: '03/06/2019' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ invoiceDate: '27/11/2026' }))).toEqual([]);
  });

  it('refuses a date after today', () => {
    const [verdict] = verdictsOf(RULE, seForm({ invoiceDate: '28/11/2026' }));
    expect(verdict).toMatchObject({ field: 'invoiceDate', severity: 'error' });
    expect(verdict!.message).toMatch(/postérieure/);
    expect(verdict!.fix).toBeUndefined();
  });

  it.each(['31/02/2024', '00/01/2020', '12/13/2020', 'demain', '2019'])('refuses the impossible %j without a fix', (date) => {
    const [verdict] = verdictsOf(RULE, seForm({ invoiceDate: date }));
    expect(verdict).toMatchObject({ severity: 'error' });
    expect(verdict!.fix).toBeUndefined();
  });

  it.each([
    ['3/6/2019', '03/06/2019'],
    ['2019-06-03', '03/06/2019'],
    ['3 juin 2019', '03/06/2019'],
    ['03.06.2019', '03/06/2019'],
  ])('%j is not the dd/mm/yyyy form: fixed to %j', (date, fixed) => {
    expect(verdictsOf(RULE, seForm({ invoiceDate: date }))).toMatchObject([{ severity: 'error', fix: { value: fixed } }]);
  });

  it('leaves an empty date alone (it is not starred)', () => {
    expect(verdictsOf(RULE, seForm({ invoiceDate: '' }))).toEqual([]);
  });
});

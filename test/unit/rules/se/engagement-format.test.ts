import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'se/engagement-format';

describe(RULE, () => {
  it.each([
    ['24 01 234', '2401234'],
    ['2401-234', '2401234'],
    ['2401_234', '2401234'],
    ['EJ 2401234', '2401234'],
    ['EJ2401234', '2401234'],
    ['BC 2401234', '2401234'],
    ['n° 2401234', '2401234'],
    ['N° EJ : 2401234', '2401234'],
    [' 2401234 ', '2401234'],
    ['2401234.', '2401234'],
  ])('%j is an error fixed to %j', (typed, fixed) => {
    const [verdict, ...rest] = verdictsOf(RULE, seForm({ engagementNumber: typed }));
    expect(rest).toEqual([]);
    expect(verdict).toMatchObject({ field: 'engagementNumber', severity: 'error', fix: { value: fixed } });
    expect(verdict!.message).toMatch(/7 chiffres/);
  });

  it.each(['240123', '24012345', '24O1234', 'PO201925478', 'EJ 24 01 23', '2401234/2401235'])(
    '%j is an error without a guessed fix',
    (typed) => {
      const [verdict] = verdictsOf(RULE, seForm({ engagementNumber: typed }));
      expect(verdict).toMatchObject({ severity: 'error' });
      expect(verdict!.fix).toBeUndefined();
    },
  );

  it('accepts exactly seven digits, and leaves the empty case to engagement-required', () => {
    expect(verdictsOf(RULE, seForm({ engagementNumber: '2401234' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ engagementNumber: '0000001' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ engagementNumber: '' }))).toEqual([]);
  });

  it('does not apply to another recipient', () => {
    expect(verdictsOf(RULE, seForm({ engagementNumber: 'PO-2019-25478', recipientSiret: '11000201100044' }))).toEqual([]);
  });
});

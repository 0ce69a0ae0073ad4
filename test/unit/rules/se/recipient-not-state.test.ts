import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'se/recipient-not-state';

describe(RULE, () => {
  it.each(['OUI', 'Oui', 'oui'])('%j is an error fixed to NON', (answer) => {
    expect(verdictsOf(RULE, seForm({ recipientIsState: answer }))).toMatchObject([
      { field: 'recipientIsState', severity: 'error', fix: { value: 'NON' } },
    ]);
  });

  it('accepts NON and an unanswered question', () => {
    expect(verdictsOf(RULE, seForm({ recipientIsState: 'NON' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ recipientIsState: '' }))).toEqual([]);
  });
});

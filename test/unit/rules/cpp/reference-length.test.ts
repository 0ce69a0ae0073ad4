import { describe, expect, it } from 'vitest';
import { OTHER_SIRET, seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/reference-length';

describe(RULE, () => {
  it('refuses an engagement or contract number over 50 characters', () => {
    const long = 'M'.repeat(51);
    expect(verdictsOf(RULE, seForm({ recipientSiret: OTHER_SIRET, engagementNumber: long, marketNumber: long })).map((verdict) => verdict.field))
      .toEqual(['engagementNumber', 'marketNumber']);
  });

  it('accepts 50', () => {
    expect(verdictsOf(RULE, seForm({ marketNumber: 'M'.repeat(50) }))).toEqual([]);
  });
});

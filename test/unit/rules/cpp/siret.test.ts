import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/siret';

describe(RULE, () => {
  it('accepts a valid SIRET with or without spaces, and La Poste', () => {
    expect(verdictsOf(RULE, seForm({ recipientSiret: '21420218600018' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ recipientSiret: '214 202 186 00018' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ recipientSiret: '35600000049837' }))).toEqual([]);
  });

  it('refuses a wrong key without a guessed fix', () => {
    const [verdict] = verdictsOf(RULE, seForm({ recipientSiret: '21420218600019' }));
    expect(verdict).toMatchObject({ field: 'recipientSiret', severity: 'error' });
    expect(verdict!.message).toMatch(/clé/);
    expect(verdict!.fix).toBeUndefined();
    expect(verdictsOf(RULE, seForm({ recipientSiret: '35600000000048' }))).toHaveLength(1);
  });

  it('refuses the wrong length', () => {
    expect(verdictsOf(RULE, seForm({ recipientSiret: '214202186' }))).toMatchObject([{ severity: 'error' }]);
    expect(verdictsOf(RULE, seForm({ recipientSiret: '214202186000181' }))[0]!.fix).toBeUndefined();
  });

  it('offers the digits alone when other signs hide a valid SIRET', () => {
    expect(verdictsOf(RULE, seForm({ recipientSiret: '214.202.186.00018' }))).toMatchObject([
      { severity: 'error', fix: { value: '21420218600018' } },
    ]);
    expect(verdictsOf(RULE, seForm({ recipientSiret: 'SIRET 214-202-186-00018' }))).toMatchObject([
      { fix: { value: '21420218600018' } },
    ]);
  });

  it('checks the SIRET given at sign-up', () => {
    expect(verdictsOf(RULE, { registrationEmail: 'a@b.fr', registrationSiret: '12345678901234' }, { page: 'connexion' }))
      .toMatchObject([{ field: 'registrationSiret', severity: 'error' }]);
    expect(verdictsOf(RULE, { registrationEmail: 'a@b.fr', registrationSiret: '' }, { page: 'connexion' })).toEqual([]);
  });
});

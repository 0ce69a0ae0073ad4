import { describe, expect, it } from 'vitest';
import { isValidSiren, isValidSiret, luhnValid, siretProblem } from '../../../utils/model/siret.ts';

describe('SIRET and SIREN', () => {
  it('accepts valid numbers, with spaces as people type them', () => {
    expect(isValidSiret('21420218600018')).toBe(true);
    expect(isValidSiret('214 202 186 00018')).toBe(true);
    expect(isValidSiret('214\u00a0202\u00a0186\u00a000018')).toBe(true);
    expect(isValidSiren('214202186')).toBe(true);
    expect(isValidSiren('123456782')).toBe(true);
  });

  it('rejects a wrong Luhn key, wrong length and letters', () => {
    expect(isValidSiret('21420218600019')).toBe(false);
    expect(isValidSiret('2142021860001')).toBe(false);
    expect(isValidSiret('2142021860001A')).toBe(false);
    expect(isValidSiren('214202187')).toBe(false);
  });

  it("follows La Poste's exception: digit sum divisible by 5", () => {
    // 35600000000048 passes Luhn, but its digit sum (26) is not a multiple of 5: not a La Poste SIRET.
    expect(luhnValid('35600000000048')).toBe(true);
    expect(isValidSiret('35600000000048')).toBe(false);
    // 35600000049837: digit sum 3+5+6+4+9+8+3+7 = 45 → valid for La Poste although Luhn fails.
    expect(luhnValid('35600000049837')).toBe(false);
    expect(isValidSiret('35600000049837')).toBe(true);
    expect(isValidSiren('356000000')).toBe(true);
  });

  it('explains the problem', () => {
    expect(siretProblem('21420218600018')).toBeNull();
    expect(siretProblem('214202186')).toBe('length');
    expect(siretProblem('214-202-186-00018')).toBe('characters');
    expect(siretProblem('21420218600017')).toBe('key');
  });
});

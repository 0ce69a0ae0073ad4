import { validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { normalizeIban } from '../../../utils/model/iban.ts';
import { ibanAt } from '../../../utils/pdf/fields/bank.ts';

/** The search before it skipped impossible lengths: every length from 34 down to 14 tried with both checks. */
function referenceIbanAt(compact: string): string | null {
  for (let length = Math.min(compact.length, 34); length >= 14; length--) {
    const candidate = compact.slice(0, length);
    const iban = normalizeIban(candidate);
    if (iban) return iban;
    const { errorCodes } = validateIBAN(candidate);
    if (errorCodes.length === 1 && errorCodes[0] === ValidationErrorsIBAN.WrongAccountBankBranchChecksum) return candidate;
  }
  return null;
}

const IBANS = [
  'FR7630006000011234567890189', // valid
  'FR7630004000031234567890143', // valid
  'DE89370400440532013000',
  'BE68539007547034',
  'GB29NWBK60161331926819',
  'CH9300762011623852957',
  'IT60X0542811101000000123456',
  'ES9121000418450200051332',
  'NL91ABNA0417164300',
  'MC5811222000010123456789030',
  'FR1420041010050500013M02606',
];

describe('the IBAN at the start of a run of letters and digits', () => {
  it('finds the same IBAN as trying every length', () => {
    const runs: string[] = [];
    for (const iban of IBANS) {
      runs.push(iban, `${iban}BICAGRIFRPP`, `${iban}0`, iban.slice(0, -1), `${iban.slice(0, 4)}${iban.slice(5)}9`);
      // Wrong keys and wrong national check digits: a digit changed at each place.
      for (let index = 2; index < iban.length; index++) {
        const digit = iban[index]!;
        if (/\d/.test(digit)) runs.push(`${iban.slice(0, index)}${(Number(digit) + 3) % 10}${iban.slice(index + 1)}TVAFR12`);
      }
    }
    runs.push('XX1234567890123456789', 'FR76', 'FR763000600001123456789018912345678901234567890');
    for (const run of runs) expect(ibanAt(run), run).toBe(referenceIbanAt(run));
    expect(ibanAt('FR7630006000011234567890189BICAGRIFRPP')).toBe('FR7630006000011234567890189');
  });
});

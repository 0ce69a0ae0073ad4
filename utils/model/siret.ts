import { ANY_SPACE } from './text.ts';

/** La Poste's SIREN: its SIRETs do not follow Luhn, their digit sum is a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

export function stripSpaces(raw: string): string {
  return raw.replace(ANY_SPACE, '');
}

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiren(raw: string): boolean {
  const digits = stripSpaces(raw);
  return /^\d{9}$/.test(digits) && luhnValid(digits);
}

export function isValidSiret(raw: string): boolean {
  const digits = stripSpaces(raw);
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...digits].reduce((sum, digit) => sum + Number(digit), 0);
    return digitSum % 5 === 0;
  }
  return luhnValid(digits);
}

export type SiretProblem = 'length' | 'characters' | 'key';

/** Why a SIRET is not valid, or null when it is (spaces are tolerated, as a person types them). */
export function siretProblem(raw: string): SiretProblem | null {
  const compact = stripSpaces(raw);
  if (!/^\d*$/.test(compact)) return 'characters';
  if (compact.length !== 14) return 'length';
  return isValidSiret(compact) ? null : 'key';
}

/** The digits alone ("214.202.186-00018" → "21420218600018"). */
export function onlyDigits(raw: string): string {
  return raw.replace(/\D/g, '');
}

import { ANY_SPACE } from './text.ts';

/**
 * French amounts to integer cents and back. Cents avoid floating-point drift when
 * HT + TVA is compared with TTC.
 */

const CURRENCY_WORDS = /(€|\beur\b|\beuros?\b)/gi;
const MINUS_SIGNS = /[-\u2212\u2012\u2013]/;

export type AmountParse = { ok: true; cents: number } | { ok: false; reason: 'empty' | 'invalid' | 'too-precise' };

export function parseAmount(raw: string | undefined | null): AmountParse {
  if (raw === undefined || raw === null) return { ok: false, reason: 'empty' };
  let text = raw.replace(ANY_SPACE, ' ').trim();
  if (text === '') return { ok: false, reason: 'empty' };

  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    negative = true;
    text = parenthesised[1]!.trim();
  }
  text = text.replace(CURRENCY_WORDS, ' ').trim();
  if (MINUS_SIGNS.test(text[0] ?? '')) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  } else if (MINUS_SIGNS.test(text.at(-1) ?? '')) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }
  // A currency word may also stand between the sign and the digits ("- 12,00 €" / "€ -12").
  text = text.replace(CURRENCY_WORDS, '').trim();
  if (text === '' || !/^[\d .,'’]+$/.test(text) || !/\d/.test(text)) return { ok: false, reason: 'invalid' };

  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let integerPart: string;
  let decimalPart = '';
  let groupSeparators: string;

  if (lastComma >= 0 && lastDot >= 0) {
    const decimalIndex = Math.max(lastComma, lastDot);
    integerPart = text.slice(0, decimalIndex);
    decimalPart = text.slice(decimalIndex + 1);
    groupSeparators = lastComma > lastDot ? ". '’" : ", '’";
  } else if (lastComma >= 0) {
    // French: a comma is the decimal separator. "1,234,567" (several commas) can only be grouping.
    if (text.indexOf(',') !== lastComma) {
      integerPart = text;
      groupSeparators = ", '’";
    } else {
      integerPart = text.slice(0, lastComma);
      decimalPart = text.slice(lastComma + 1);
      groupSeparators = " '’";
    }
  } else if (lastDot >= 0) {
    const dots = text.split('.').length - 1;
    const afterDot = text.slice(lastDot + 1);
    // "1.234" or "1.234.567" group thousands (German/French style); "1234.5" and "12.50" are decimals.
    if (dots > 1 || (afterDot.length === 3 && /^\d{1,3}$/.test(text.slice(0, lastDot).replace(/[ '’]/g, '')))) {
      integerPart = text;
      groupSeparators = ". '’";
    } else {
      integerPart = text.slice(0, lastDot);
      decimalPart = afterDot;
      groupSeparators = " '’";
    }
  } else {
    integerPart = text;
    groupSeparators = " '’";
  }

  if (!/^\d*$/.test(decimalPart)) return { ok: false, reason: 'invalid' };
  if (decimalPart.length > 2) {
    if (/^\d{2}0+$/.test(decimalPart)) decimalPart = decimalPart.slice(0, 2);
    else return { ok: false, reason: 'too-precise' };
  }
  const integerDigits = splitGroups(integerPart, groupSeparators);
  if (integerDigits === null) return { ok: false, reason: 'invalid' };
  if (integerDigits === '' && decimalPart === '') return { ok: false, reason: 'invalid' };

  const cents = Number(integerDigits || '0') * 100 + Number(decimalPart.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return { ok: false, reason: 'invalid' };
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/** Digits of the integer part, or null when separators are misplaced ("12 34" is not an amount). */
const separatorClasses = new Map<string, RegExp>();

function splitGroups(integerPart: string, separators: string): string | null {
  let separatorClass = separatorClasses.get(separators);
  if (!separatorClass) {
    separatorClass = new RegExp(`[${separators.replace(/[.]/g, '\\.')}]`);
    separatorClasses.set(separators, separatorClass);
  }
  if (!separatorClass.test(integerPart)) return /^\d*$/.test(integerPart) ? integerPart : null;
  const groups = integerPart.split(separatorClass);
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first)) return null;
  if (!rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

export function parseAmountCents(raw: string | undefined | null): number | null {
  const parsed = parseAmount(raw);
  return parsed.ok ? parsed.cents : null;
}

/** As the portal's amount fields expect: decimal comma, no grouping ("1234,50"). */
export function formatAmountForForm(cents: number): string {
  return formatCents(cents, ',', '');
}

/** As a person reads it: "1 234,50 €" with a narrow no-break space. */
export function formatAmountForDisplay(cents: number): string {
  return `${formatCents(cents, ',', '\u202f')}\u00a0€`;
}

/** The extraction contract's form: dot, two decimals ("1234.50"). */
export function formatAmountDecimal(cents: number): string {
  return formatCents(cents, '.', '');
}

function formatCents(cents: number, decimalSeparator: string, groupSeparator: string): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const units = Math.floor(absolute / 100).toString();
  const grouped = groupSeparator ? units.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator) : units;
  return `${sign}${grouped}${decimalSeparator}${(absolute % 100).toString().padStart(2, '0')}`;
}

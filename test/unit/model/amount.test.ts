import { describe, expect, it } from 'vitest';
import { formatAmountDecimal, formatAmountForDisplay, formatAmountForForm, parseAmount, parseAmountCents } from '../../../utils/model/amount.ts';

describe('parseAmountCents', () => {
  it.each([
    ['1 234,56', 123456],
    ['1234.56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1 234,56 €', 123456],
    ['€ 1 234,56', 123456],
    ['1 234,56 EUR', 123456],
    ['EUR 12', 1200],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56', 123456],
    ['1\u2009234,56', 123456],
    ['1\u2000234,56', 123456],
    ['1\u200a234\u00a0567,8', 123456780],
    ['-12,00', -1200],
    ['−12,00', -1200],
    ['(12,00)', -1200],
    ['12,00-', -1200],
    ['- 12,00 €', -1200],
    ['0,5', 50],
    [',50', 50],
    ['12', 1200],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['12.5', 1250],
    ["1'234.50", 123450],
    ['100,000', 10000],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseAmountCents(text)).toBe(cents);
  });

  it.each(['', '   ', 'abc', '12 34', '12,34,56x', '1 2345,00', '1..2', '12€34', '--12', 'twelve', '12,3.4.5', '1 23,00'])(
    'rejects %j',
    (text) => {
      expect(parseAmountCents(text)).toBeNull();
    },
  );

  it('says why: empty, invalid, or more than two decimals', () => {
    expect(parseAmount('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmount('abc')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseAmount('12,345')).toEqual({ ok: false, reason: 'too-precise' });
  });
});

describe('formatting', () => {
  it('writes the forms each consumer expects', () => {
    expect(formatAmountForForm(123450)).toBe('1234,50');
    expect(formatAmountForForm(-5)).toBe('-0,05');
    expect(formatAmountDecimal(123450)).toBe('1234.50');
    expect(formatAmountForDisplay(123456789)).toBe('1\u202f234\u202f567,89\u00a0€');
  });

  it('round-trips', () => {
    for (const cents of [0, 1, 99, 100, 123456, 987654321]) {
      expect(parseAmountCents(formatAmountForForm(cents))).toBe(cents);
      expect(parseAmountCents(formatAmountForDisplay(cents))).toBe(cents);
      expect(parseAmountCents(formatAmountDecimal(cents))).toBe(cents);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

describe('cpp/amount-format', () => {
  it.each(['1 234,56', '1234.56', '1 234,56 €', '1\u00a0234,56', '1\u202f234,56', '0', '1.234,56'])('accepts %j', (amount) => {
    expect(verdictsOf('cpp/amount-format', seForm({ totalHT: amount }))).toEqual([]);
  });

  it.each(['douze', '12 34', '12,3,4', '1,234,5', '12€34'])('refuses %j', (amount) => {
    expect(verdictsOf('cpp/amount-format', seForm({ totalHT: amount }))).toMatchObject([{ field: 'totalHT', severity: 'error' }]);
  });

  it('says when there are too many decimals', () => {
    expect(verdictsOf('cpp/amount-format', seForm({ totalTVA: '200,123' }))[0]!.message).toMatch(/deux décimales/);
  });

  it('checks every amount of the form', () => {
    const fields = seForm({ totalHT: 'x', totalTVA: 'x', totalTTCBeforeDiscount: 'x', globalDiscountTTC: 'x', totalTTC: 'x', netAPayer: 'x' });
    expect(verdictsOf('cpp/amount-format', fields)).toHaveLength(6);
  });
});

describe('cpp/amount-consistency', () => {
  const RULE = 'cpp/amount-consistency';

  it('is silent for consistent amounts, within a cent', () => {
    expect(verdictsOf(RULE, seForm({}))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ totalTTCBeforeDiscount: '1 200,01', totalTTC: '1 200,01', netAPayer: '1 200,01' }))).toEqual([]);
  });

  it('warns when HT + TVA is not the TTC before discount', () => {
    expect(verdictsOf(RULE, seForm({ totalTTCBeforeDiscount: '1 250,00', totalTTC: '1 250,00', netAPayer: '1 250,00' }))).toMatchObject([
      { field: 'totalTTCBeforeDiscount', severity: 'warning' },
    ]);
  });

  it('compares HT + TVA with the TTC after discount when the TTC before discount is absent', () => {
    expect(verdictsOf(RULE, seForm({ totalTTCBeforeDiscount: '', totalTTC: '1 300,00', netAPayer: '1 300,00' }))).toMatchObject([
      { field: 'totalTTC' },
    ]);
    expect(verdictsOf(RULE, seForm({ totalTTCBeforeDiscount: '', globalDiscountTTC: '100,00', totalTTC: '1 100,00', netAPayer: '1 100,00' }))).toEqual([]);
  });

  it('warns when TTC before discount − discount is not the TTC after discount', () => {
    expect(verdictsOf(RULE, seForm({ globalDiscountTTC: '100,00', totalTTC: '1 200,00' }))).toMatchObject([{ field: 'totalTTC' }]);
    expect(verdictsOf(RULE, seForm({ globalDiscountTTC: '100,00', totalTTC: '1 100,00', netAPayer: '1 100,00' }))).toEqual([]);
  });

  it('warns when the net to pay is above the TTC, not below (a deposit was paid)', () => {
    expect(verdictsOf(RULE, seForm({ netAPayer: '1 200,02' }))).toMatchObject([{ field: 'netAPayer', severity: 'warning' }]);
    expect(verdictsOf(RULE, seForm({ netAPayer: '700,00' }))).toEqual([]);
  });

  it('ignores amounts that are not numbers (amount-format speaks of them)', () => {
    expect(verdictsOf(RULE, seForm({ totalHT: 'mille' }))).toEqual([]);
  });
});

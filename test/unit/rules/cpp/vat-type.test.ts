import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/vat-type';
const noVat = { totalTVA: '0,00', totalHT: '1 000,00', totalTTCBeforeDiscount: '1 000,00', totalTTC: '1 000,00', netAPayer: '1 000,00' };

describe(RULE, () => {
  it.each(['TVA sur les débits', 'TVA sur les encaissements', 'TVA_SUR_DEBIT'])('zero VAT with %j is a warning', (type) => {
    expect(verdictsOf(RULE, seForm({ ...noVat, vatType: type }))).toMatchObject([{ field: 'vatType', severity: 'warning' }]);
  });

  it.each(['Sans TVA', 'Exonération', 'SANS_TVA', 'EXONERATION'])('VAT charged with %j is a warning', (type) => {
    expect(verdictsOf(RULE, seForm({ vatType: type }))).toMatchObject([{ field: 'vatType', severity: 'warning' }]);
  });

  it('is silent when type and amount agree', () => {
    expect(verdictsOf(RULE, seForm({}))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ ...noVat, vatType: 'Sans TVA' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ ...noVat, vatType: 'Exonération' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ vatType: '' }))).toEqual([]);
  });
});

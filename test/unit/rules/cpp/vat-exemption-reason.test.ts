import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/vat-exemption-reason';
const exempt = { vatType: 'Exonération', totalTVA: '0,00', totalTTCBeforeDiscount: '1 000,00', totalTTC: '1 000,00', netAPayer: '1 000,00' };

describe(RULE, () => {
  it.each(['', 'Sélectionner'])('refuses « Exonération » with the exemption reason « %s »', (reason) => {
    const [verdict, ...others] = verdictsOf(RULE, seForm({ ...exempt, vatExemptionReason: reason }));
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'vatExemptionReason', severity: 'error' });
    expect(verdict!.message).toContain("Le Type de TVA est « Exonération » : indiquez le « Motif d'exonération »");
    expect(verdict!.message).toContain('293 B du CGI');
  });

  it('accepts a reason, and asks none for another VAT type', () => {
    expect(verdictsOf(RULE, seForm({ ...exempt, vatExemptionReason: 'TVA non applicable, art. 293 B du CGI' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ vatType: 'EXONERATION', vatExemptionReason: '' }))).toHaveLength(1);
    expect(verdictsOf(RULE, seForm({ vatType: 'Sans TVA', vatExemptionReason: '' }))).toEqual([]);
  });

  it('says nothing where the page does not show the field', () => {
    expect(verdictsOf(RULE, seForm(exempt))).toEqual([]);
  });
});

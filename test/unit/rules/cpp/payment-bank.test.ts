import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/payment-bank';

describe(RULE, () => {
  it.each(['', 'Sélectionner'])('warns when « Virement » is chosen and « Références bancaires » is « %s »', (bank) => {
    const [verdict, ...others] = verdictsOf(RULE, seForm({ paymentMode: 'Virement', supplierBank: bank }));
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'supplierBank', severity: 'warning' });
    expect(verdict!.message).toContain("Le Mode de règlement est « Virement », mais aucune « Références bancaires » n'est choisie");
    expect(verdict!.message).toContain('Choisissez votre compte (IBAN) dans « Références bancaires »');
  });

  it('accepts a transfer with bank details, and another payment mode without', () => {
    expect(verdictsOf(RULE, seForm({ paymentMode: 'Virement' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ paymentMode: 'Chèque', supplierBank: '' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ paymentMode: 'VIREMENT', supplierBank: '' }))).toHaveLength(1);
  });

  it('says nothing when the page shows no « Références bancaires »', () => {
    const { supplierBank: _absent, ...withoutBank } = seForm({ paymentMode: 'Virement' });
    expect(verdictsOf(RULE, withoutBank)).toEqual([]);
  });
});

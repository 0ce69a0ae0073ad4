import { describe, expect, it } from 'vitest';
import { OTHER_SIRET, seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/required';

describe(RULE, () => {
  it('fires for each empty starred field of the entry form, naming it as the portal does', () => {
    const verdicts = verdictsOf(RULE, seForm({ invoiceNumber: '', vatType: '', netAPayer: ' ' }));
    expect(verdicts.map((verdict) => verdict.field).sort()).toEqual(['invoiceNumber', 'netAPayer', 'vatType']);
    expect(verdicts.every((verdict) => verdict.severity === 'error')).toBe(true);
    expect(verdicts.find((verdict) => verdict.field === 'vatType')!.message).toContain('« Type de TVA »');
  });

  it('treats a select left on its placeholder as empty', () => {
    expect(verdictsOf(RULE, seForm({ paymentMode: '-- Sélectionner --' }))).toMatchObject([{ field: 'paymentMode' }]);
    expect(verdictsOf(RULE, seForm({ paymentMode: 'Sélectionnez une valeur' }))).toMatchObject([{ field: 'paymentMode' }]);
  });

  it('holds for any recipient', () => {
    expect(verdictsOf(RULE, seForm({ recipientSiret: OTHER_SIRET, totalHT: '' }))).toMatchObject([{ field: 'totalHT' }]);
  });

  it('follows the stars the page shows when they are known', () => {
    const verdicts = verdictsOf(RULE, seForm({ marketNumber: '', invoiceNumber: '' }), { starred: ['marketNumber'] });
    // Numéro stays required whatever the stars say.
    expect(verdicts.map((verdict) => verdict.field).sort()).toEqual(['invoiceNumber', 'marketNumber']);
  });

  it('does not invent fields the page does not have, nor flag optional ones', () => {
    expect(verdictsOf(RULE, { invoiceNumber: 'F1', totalHT: '1', totalTVA: '0', totalTTC: '1', netAPayer: '1' })).toEqual([]);
    expect(verdictsOf(RULE, seForm({ marketNumber: '', supplierService: '', invoiceDate: '' }))).toEqual([]);
  });

  it('checks the deposit window and the sign-up form', () => {
    expect(verdictsOf(RULE, { depositFile: '', depositFormat: 'PDF non signé', depositFrame: 'A1', depositStructure: '' }, { page: 'depot' })
      .map((verdict) => verdict.field).sort()).toEqual(['depositFile', 'depositStructure']);
    expect(verdictsOf(RULE, { registrationEmail: '', registrationSiret: '21420218600018' }, { page: 'connexion' }))
      .toMatchObject([{ field: 'registrationEmail' }]);
  });
});

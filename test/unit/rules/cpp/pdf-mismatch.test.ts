import { describe, expect, it } from 'vitest';
import { OTHER_SIRET, seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/pdf-mismatch';
const pdf = {
  invoiceNumber: '86205',
  invoiceDate: '2019-06-03',
  documentType: 'facture' as const,
  currency: 'EUR',
  engagementNumber: '2401234',
  totalHT: '1000.00',
  totalTVA: '200.00',
  totalTTC: '1200.00',
  netAPayer: '1200.00',
  buyerSiret: '21420218600018',
  serviceCode: 'SERVEXEC',
};

describe(RULE, () => {
  it('is silent when the form says what the PDF says, whatever the writing', () => {
    expect(verdictsOf(RULE, seForm({}), { pdf })).toEqual([]);
    expect(verdictsOf(RULE, seForm({ totalHT: '1000', invoiceDate: '03/06/2019', engagementNumber: '2401234' }), { pdf })).toEqual([]);
  });

  it('flags each misread field with the PDF value, written as the form expects', () => {
    const verdicts = verdictsOf(RULE, seForm({ totalHT: '100,00', invoiceDate: '06/03/2019', invoiceNumber: '86250', documentType: 'Avoir' }), { pdf });
    expect(Object.fromEntries(verdicts.map((verdict) => [verdict.field, verdict.fix?.value]))).toEqual({
      totalHT: '1000,00',
      invoiceDate: '03/06/2019',
      invoiceNumber: '86205',
      documentType: 'Facture',
    });
    expect(verdicts.every((verdict) => verdict.severity === 'warning')).toBe(true);
    expect(verdicts.find((verdict) => verdict.field === 'totalHT')!.message).toMatch(/« 100,00 ».*« 1000,00 »/);
  });

  it('compares the recipient SIRET, or its SIREN when the PDF only gives that', () => {
    expect(verdictsOf(RULE, seForm({ recipientSiret: OTHER_SIRET }), { pdf })).toMatchObject([
      { field: 'recipientSiret', fix: { value: '21420218600018' } },
    ]);
    const sirenOnly = { ...pdf, buyerSiret: undefined, buyerSiren: '214202186' };
    expect(verdictsOf(RULE, seForm({}), { pdf: sirenOnly })).toEqual([]);
    expect(verdictsOf(RULE, seForm({ recipientSiret: OTHER_SIRET }), { pdf: sirenOnly })[0]!.fix).toBeUndefined();
  });

  it('leaves empty fields to the autofill, and the city service code out', () => {
    expect(verdictsOf(RULE, seForm({ marketNumber: '', totalHT: '' }), { pdf })).toEqual([]);
    // For another recipient the service code from the PDF counts.
    expect(verdictsOf(RULE, seForm({ recipientSiret: OTHER_SIRET, serviceCode: 'ACHATS' }), { pdf: { ...pdf, buyerSiret: OTHER_SIRET } }))
      .toMatchObject([{ field: 'serviceCode', fix: { value: 'SERVEXEC' } }]);
  });

  it('never offers a value the reader is not sure of as a fix: an info to check it on the invoice', () => {
    const verdicts = verdictsOf(RULE, seForm({ totalHT: '100,00', totalTTC: '120,00' }), { pdf, pdfUnsure: ['totalTTC'] });
    const ttc = verdicts.find((verdict) => verdict.field === 'totalTTC')!;
    expect(ttc).toMatchObject({ severity: 'info' });
    expect(ttc.fix).toBeUndefined();
    expect(ttc.message).toMatch(/incertaine/);
    expect(verdicts.find((verdict) => verdict.field === 'totalHT')).toMatchObject({ severity: 'warning', fix: { value: '1000,00' } });
  });
});

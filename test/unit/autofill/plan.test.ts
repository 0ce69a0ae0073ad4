import { describe, expect, it } from 'vitest';
import { applyAutofill, planAutofill, undoAutofill, UNSURE_NOTE } from '../../../utils/autofill/plan.ts';
import type { FieldKey } from '../../../utils/model/fields.ts';

const pdf = {
  invoiceNumber: 'F-2024-118',
  invoiceDate: '2024-03-05',
  documentType: 'facture' as const,
  currency: 'EUR',
  engagementNumber: '2401234',
  serviceCode: 'SERVEXEC',
  totalHT: '1000.00',
  totalTVA: '200.00',
  totalTTC: '1200.00',
  netAPayer: '1200.00',
  buyerSiret: '21420218600018',
};

const emptyForm: Partial<Record<FieldKey, string>> = {
  invoiceNumber: '', invoiceDate: '', documentType: 'Facture', currency: 'EUR - Euro européen', engagementNumber: '',
  serviceCode: '', vatType: '', totalHT: '', totalTVA: '', totalTTC: '', netAPayer: '', recipientSiret: '',
};

describe('planAutofill', () => {
  it('proposes every value of an empty form, written as the portal expects, all ticked', () => {
    const rows = planAutofill({ fields: emptyForm, pdf });
    expect(Object.fromEntries(rows.map((row) => [row.field, row.proposed]))).toEqual({
      invoiceNumber: 'F-2024-118', invoiceDate: '05/03/2024', engagementNumber: '2401234', serviceCode: 'SERVEXEC',
      totalHT: '1000,00', totalTVA: '200,00', totalTTC: '1200,00', netAPayer: '1200,00', recipientSiret: '21420218600018',
    });
    expect(rows.every((row) => row.checked && row.reason === 'empty')).toBe(true);
  });

  it('leaves out what already matches, and fields the page does not have', () => {
    const rows = planAutofill({ fields: { invoiceNumber: 'F-2024-118', totalHT: '1 000,00' }, pdf });
    expect(rows).toEqual([]);
  });

  it('ticks values from Chorus Pro recognition, never values the user typed', () => {
    const rows = planAutofill({
      fields: { ...emptyForm, totalHT: '100,00', invoiceNumber: 'F-2024-11B' },
      pdf,
      recognised: new Set<FieldKey>(['totalHT']),
      typed: new Set<FieldKey>(['invoiceNumber']),
    });
    expect(rows.find((row) => row.field === 'totalHT')).toMatchObject({ reason: 'recognised', checked: true, current: '100,00' });
    expect(rows.find((row) => row.field === 'invoiceNumber')).toMatchObject({ reason: 'typed', checked: false });
  });

  it('does not tick a value that is simply different and of unknown origin', () => {
    const rows = planAutofill({ fields: { ...emptyForm, totalHT: '999,00' }, pdf });
    expect(rows.find((row) => row.field === 'totalHT')).toMatchObject({ reason: 'different', checked: false });
  });

  it('respects the profile (no service code for the city) and guides the recipient search', () => {
    const rows = planAutofill({ fields: emptyForm, pdf, ignore: ['serviceCode'], guided: new Set<FieldKey>(['recipientSiret']) });
    expect(rows.some((row) => row.field === 'serviceCode')).toBe(false);
    expect(rows.find((row) => row.field === 'recipientSiret')).toMatchObject({ guided: true, checked: false });
  });

  it('proposes "Sans TVA" for an invoice without VAT, and the credit-note type', () => {
    const rows = planAutofill({
      fields: { ...emptyForm, vatType: 'TVA sur les débits' },
      pdf: { ...pdf, documentType: 'avoir', totalTVA: '0.00', totalTTC: '1000.00', netAPayer: '1000.00' },
      recognised: new Set<FieldKey>(['vatType', 'documentType']),
    });
    expect(rows.find((row) => row.field === 'vatType')).toMatchObject({ proposed: 'Sans TVA', checked: true });
    expect(rows.find((row) => row.field === 'documentType')).toMatchObject({ proposed: 'Avoir', checked: true });
  });
});

describe('values the reader is not sure of', () => {
  it('are proposed, marked « à vérifier sur la facture », never ticked, and never written by a plain apply', () => {
    const rows = planAutofill({ fields: emptyForm, pdf, unsure: ['totalTTC', 'netAPayer', 'engagementNumber'] });
    for (const field of ['totalTTC', 'netAPayer', 'engagementNumber'] as const) {
      expect(rows.find((row) => row.field === field)).toMatchObject({ unsure: true, checked: false });
    }
    expect(rows.find((row) => row.field === 'totalHT')).toMatchObject({ unsure: false, checked: true });
    expect(UNSURE_NOTE.fr).toBe('à vérifier sur la facture');
    const written: FieldKey[] = [];
    applyAutofill(rows, (field) => {
      written.push(field);
      return true;
    });
    expect(written).not.toContain('totalTTC');
    expect(written).toContain('totalHT');
  });

  it('stay unticked even where Chorus Pro\'s own recognition filled the field', () => {
    const rows = planAutofill({ fields: { ...emptyForm, totalHT: '100,00' }, pdf, recognised: new Set<FieldKey>(['totalHT']), unsure: ['totalHT'] });
    expect(rows.find((row) => row.field === 'totalHT')).toMatchObject({ reason: 'recognised', unsure: true, checked: false });
  });

  it('an unsure VAT of zero does not tick "Sans TVA"', () => {
    const rows = planAutofill({ fields: { ...emptyForm, vatType: 'TVA sur les débits' }, pdf: { ...pdf, totalTVA: '0.00' }, unsure: ['totalTVA'] });
    expect(rows.find((row) => row.field === 'vatType')).toMatchObject({ proposed: 'Sans TVA', unsure: true, checked: false });
  });
});

describe('applyAutofill / undoAutofill', () => {
  it('writes the ticked rows only and puts every field back exactly', () => {
    const page: Partial<Record<FieldKey, string>> = { ...emptyForm, totalHT: '100,00', invoiceNumber: 'typed by me' };
    const write = (field: FieldKey, value: string) => {
      page[field] = value;
      return true;
    };
    const before = { ...page };
    const rows = planAutofill({ fields: page, pdf, recognised: new Set<FieldKey>(['totalHT']), typed: new Set<FieldKey>(['invoiceNumber']) });
    const undo = applyAutofill(rows, write);
    expect(page.totalHT).toBe('1000,00');
    expect(page.invoiceNumber).toBe('typed by me');
    expect(page.invoiceDate).toBe('05/03/2024');
    undoAutofill(undo, write);
    expect(page).toEqual(before);
  });

  it('skips fields the page refused', () => {
    const undo = applyAutofill(planAutofill({ fields: emptyForm, pdf }), (field) => field !== 'totalHT');
    expect(undo.some((entry) => entry.field === 'totalHT')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

describe('cpp/invoice-number-length', () => {
  it('fires above 20 characters', () => {
    expect(verdictsOf('cpp/invoice-number-length', seForm({ invoiceNumber: 'F-2024-000000000001-X' }))).toMatchObject([
      { field: 'invoiceNumber', severity: 'error' },
    ]);
  });

  it('accepts 20 characters, counting accented letters once', () => {
    expect(verdictsOf('cpp/invoice-number-length', seForm({ invoiceNumber: 'F-2024-0000000000001' }))).toEqual([]);
    expect(verdictsOf('cpp/invoice-number-length', seForm({ invoiceNumber: 'ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ' }))).toEqual([]);
    expect(verdictsOf('cpp/invoice-number-length', seForm({ invoiceNumber: '  F-2024-0000000000001  ' }))).toEqual([]);
  });
});

describe('cpp/invoice-number-duplicate', () => {
  const history = [{ invoiceNumber: '86205', recipientSiret: '21420218600018', sentAt: '2026-10-02T09:00:00.000Z' }];

  it('warns when the same number was sent to the same structure from this browser', () => {
    const [verdict] = verdictsOf('cpp/invoice-number-duplicate', seForm({ invoiceNumber: '86205' }), { history });
    expect(verdict).toMatchObject({ field: 'invoiceNumber', severity: 'warning' });
    expect(verdict!.message).toContain('2026-10-02');
  });

  it('tolerates spaces and case in the number and the SIRET', () => {
    const withLetters = [{ invoiceNumber: 'f-12', recipientSiret: '214 202 186 00018', sentAt: '2026-10-02' }];
    expect(verdictsOf('cpp/invoice-number-duplicate', seForm({ invoiceNumber: ' F-12 ' }), { history: withLetters })).toHaveLength(1);
  });

  it('is silent for another structure, another number, or no history', () => {
    expect(verdictsOf('cpp/invoice-number-duplicate', seForm({ invoiceNumber: '86206' }), { history })).toEqual([]);
    expect(verdictsOf('cpp/invoice-number-duplicate', seForm({ invoiceNumber: '86205', recipientSiret: '11000201100044' }), { history })).toEqual([]);
    expect(verdictsOf('cpp/invoice-number-duplicate', seForm({ invoiceNumber: '86205' }))).toEqual([]);
  });
});

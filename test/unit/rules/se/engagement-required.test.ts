import { describe, expect, it } from 'vitest';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'se/engagement-required';

describe(RULE, () => {
  it('fires as an error when the engagement number is empty', () => {
    const [verdict, ...rest] = verdictsOf(RULE, seForm({ engagementNumber: '' }));
    expect(rest).toEqual([]);
    expect(verdict).toMatchObject({ field: 'engagementNumber', severity: 'error' });
    expect(verdict!.message).toMatch(/obligatoire/);
    expect(verdict!.message).toMatch(/bon de commande/);
    expect(verdict!.fix).toBeUndefined();
  });

  it('treats blanks and non-breaking spaces as empty, and a missing field too', () => {
    expect(verdictsOf(RULE, seForm({ engagementNumber: ' \u00a0 ' }))).toHaveLength(1);
    const { engagementNumber: _dropped, ...withoutField } = seForm({});
    expect(verdictsOf(RULE, withoutField)).toHaveLength(1);
  });

  it('offers the number read from the PDF as the fix', () => {
    const [verdict] = verdictsOf(RULE, seForm({ engagementNumber: '' }), { pdf: { engagementNumber: '2409876' } });
    expect(verdict!.fix).toEqual({ value: '2409876' });
  });

  it('stays silent when filled, on other pages, and for other recipients', () => {
    expect(verdictsOf(RULE, seForm({ engagementNumber: '2401234' }))).toEqual([]);
    expect(verdictsOf(RULE, seForm({ engagementNumber: 'nimportequoi' }))).toEqual([]);
    expect(verdictsOf(RULE, { depositFrame: 'A1', depositStructure: '21420218600018' }, { page: 'depot' })).toEqual([]);
    expect(verdictsOf(RULE, seForm({ engagementNumber: '', recipientSiret: '11000201100044' }))).toEqual([]);
  });

  it('names an unsure number from the PDF to check, without offering it as the fix', () => {
    const [verdict] = verdictsOf(RULE, seForm({ engagementNumber: '' }), { pdf: { engagementNumber: '2409876' }, pdfUnsure: ['engagementNumber'] });
    expect(verdict!.fix).toBeUndefined();
    expect(verdict!.severity).toBe('error');
    expect(verdict!.message).toMatch(/« 2409876 ».*vérifiez/);
  });
});

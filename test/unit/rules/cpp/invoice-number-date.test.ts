import { describe, expect, it } from 'vitest';
import { isOnlyADate } from '../../../../utils/rules/cpp/invoice-number-date.ts';
import { seForm, verdictsOf } from '../forms.ts';

const RULE = 'cpp/invoice-number-date';

describe(RULE, () => {
  it.each(['20250305', '05032025', '2025-03-05', '05/03/2025', '05.03.2025', '2025/03/05', ' 2025-03-05 '])('warns that « %s » is only a date', (number) => {
    const [verdict, ...others] = verdictsOf(RULE, seForm({ invoiceNumber: number }));
    expect(others).toEqual([]);
    expect(verdict).toMatchObject({ field: 'invoiceNumber', severity: 'warning' });
    expect(verdict!.message).toContain(`Le Numéro « ${number.trim()} » n'est qu'une date.`);
    expect(verdict!.message).toContain('Chorus Pro demande le numéro propre à la facture');
    expect(verdict!.message).toContain('et non la date du jour');
  });

  it.each(['F-2025-0305', '86205', '2025-0042', '20251305', '32032025', '10012345', '250305', '050325', 'FA20250305', '2025-03-05-1'])(
    'accepts « %s » (a number, not only a date)',
    (number) => {
      expect(verdictsOf(RULE, seForm({ invoiceNumber: number }))).toEqual([]);
    },
  );

  it('says nothing for an empty number (cpp/required does)', () => {
    expect(verdictsOf(RULE, seForm({ invoiceNumber: '' }))).toEqual([]);
  });

  it('only counts real dates of this century', () => {
    expect(isOnlyADate('20240229')).toBe(true);
    expect(isOnlyADate('20250229')).toBe(false);
    expect(isOnlyADate('19991231')).toBe(false);
    expect(isOnlyADate('2025-03/05')).toBe(false);
  });
});

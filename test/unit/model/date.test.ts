import { describe, expect, it } from 'vitest';
import { formatDateForForm, formatDateIso, parseDate, parseFormDate, todayInFrance } from '../../../utils/model/date.ts';

describe('parseDate', () => {
  it.each([
    ['03/06/2019', '2019-06-03'],
    ['3/6/19', '2019-06-03'],
    ['03-06-2019', '2019-06-03'],
    ['03.06.2019', '2019-06-03'],
    ['3 juin 2019', '2019-06-03'],
    ['1er février 2022', '2022-02-01'],
    ['1er fevrier 2022', '2022-02-01'],
    ['14 juil. 2021', '2021-07-14'],
    ['14 JUILLET 2021', '2021-07-14'],
    ['lundi 3 juin 2019', '2019-06-03'],
    ['25 déc. 2023', '2023-12-25'],
    ['2 août 2020', '2020-08-02'],
    ['2019-06-03', '2019-06-03'],
    ['20190603', '2019-06-03'],
    ['29/02/2024', '2024-02-29'],
    ['June 3, 2019', '2019-06-03'],
    ['3\u00a0juin\u00a02019', '2019-06-03'],
  ])('reads %j', (text, iso) => {
    const date = parseDate(text);
    expect(date).not.toBeNull();
    expect(formatDateIso(date!)).toBe(iso);
  });

  it.each(['31/02/2024', '29/02/2023', '00/01/2020', '32/01/2020', '12/13/2020', '31 avril 2020', '3 foo 2019', '', 'demain', '2019-13-01'])(
    'rejects impossible or unknown %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('parseFormDate', () => {
  it('accepts only dd/mm/yyyy as the portal shows it', () => {
    expect(parseFormDate('03/06/2019')).toEqual({ year: 2019, month: 6, day: 3 });
    expect(parseFormDate('3/6/2019')).toBeNull();
    expect(parseFormDate('2019-06-03')).toBeNull();
    expect(parseFormDate('31/06/2019')).toBeNull();
  });

  it('formats back', () => {
    expect(formatDateForForm({ year: 2019, month: 6, day: 3 })).toBe('03/06/2019');
  });
});

describe('todayInFrance', () => {
  it('uses the Paris calendar day, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(todayInFrance(new Date('2025-12-31T23:30:00Z'))).toEqual({ year: 2026, month: 1, day: 1 });
    expect(todayInFrance(new Date('2025-06-30T21:59:00Z'))).toEqual({ year: 2025, month: 6, day: 30 });
  });
});

import { describe, expect, it } from 'vitest';
import { todayInFrance } from '../../../utils/model/date.ts';
import { parisToday } from '../../../utils/portal/paris-date.ts';

describe('parisToday', () => {
  it('agrees with the time-zone database every 37 minutes over three years, around midnight and the clock changes', () => {
    const start = Date.UTC(2024, 0, 1);
    for (let time = start; time < start + 3 * 366 * 86_400_000; time += 37 * 60_000) {
      const now = new Date(time);
      expect(parisToday(now), now.toISOString()).toEqual(todayInFrance(now));
    }
  });
});

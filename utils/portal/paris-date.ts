/**
 * Today's date in Paris, computed from the EU summer-time rule (UTC+2 from the last Sunday of March 01:00 UTC to
 * the last Sunday of October 01:00 UTC, UTC+1 otherwise). The same answer as `Intl.DateTimeFormat` with the
 * Europe/Paris time zone, without loading the browser's time-zone data (tens of milliseconds the first time,
 * a long task on the portal's page).
 */
export function parisToday(now: Date = new Date()): { year: number; month: number; day: number } {
  const year = now.getUTCFullYear();
  const summerStart = lastSundayUtc(year, 2);
  const summerEnd = lastSundayUtc(year, 9);
  const offsetHours = now.getTime() >= summerStart && now.getTime() < summerEnd ? 2 : 1;
  const paris = new Date(now.getTime() + offsetHours * 3_600_000);
  return { year: paris.getUTCFullYear(), month: paris.getUTCMonth() + 1, day: paris.getUTCDate() };
}

/** 01:00 UTC on the last Sunday of a month (0-based), in milliseconds. */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 86_400_000;
}

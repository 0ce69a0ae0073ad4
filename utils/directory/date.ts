import type { DirectoryDateSource } from './types.ts';

const FIRST_YEAR = 2015;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A day that can be a directory's: not before Chorus Pro, not after tomorrow. */
function plausible(day: string | null, now: Date): day is string {
  if (!day) return false;
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  return day >= `${FIRST_YEAR}-01-01` && day <= tomorrow;
}

/** "Annuaire_20261120.xlsx", "annuaire-2026-11-20.xlsx", "AIFE-Chorus-Pro-Annuaire_20112026.xlsx" → 2026-11-20. */
export function dateFromFileName(fileName: string, now: Date = new Date()): string | null {
  const digits = fileName.match(/(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)|(?<!\d)(\d{2})[-_.]?(\d{2})[-_.]?(\d{4})(?!\d)/g) ?? [];
  for (const found of digits) {
    const plain = found.replace(/[-_.]/g, '');
    const yearFirst = iso(Number(plain.slice(0, 4)), Number(plain.slice(4, 6)), Number(plain.slice(6, 8)));
    if (plausible(yearFirst, now)) return yearFirst;
    const dayFirst = iso(Number(plain.slice(4, 8)), Number(plain.slice(2, 4)), Number(plain.slice(0, 2)));
    if (plausible(dayFirst, now)) return dayFirst;
  }
  return null;
}

/**
 * The directory's date: the workbook's own date when it wrote one, else a date in the file's name, else the day
 * of import. Which one is kept with it, so the page can say "importé le" rather than "du" when it is a guess.
 */
export function directoryDate(written: string | undefined, fileName: string, now: Date = new Date()): { date: string; source: DirectoryDateSource } {
  const fromProperties = written && /^\d{4}-\d{2}-\d{2}/.test(written) ? written.slice(0, 10) : null;
  if (plausible(fromProperties, now)) return { date: fromProperties, source: 'file-properties' };
  const fromName = dateFromFileName(fileName, now);
  if (fromName) return { date: fromName, source: 'file-name' };
  return { date: now.toISOString().slice(0, 10), source: 'import' };
}

/** 2026-11-20 → 20/11/2026, as the portal writes dates. */
export function frenchDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return year && month && day ? `${day}/${month}/${year}` : isoDay;
}

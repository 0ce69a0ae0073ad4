import { foldForCompare, normalizeSpaces } from './text.ts';

/** A calendar date without time zone: invoices speak of days, not instants. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1,
  fevrier: 2, fevr: 2, fev: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  avril: 4, avr: 4, apr: 4, april: 4,
  mai: 5, may: 5,
  juin: 6, jun: 6, june: 6,
  juillet: 7, juil: 7, jul: 7, july: 7,
  aout: 8, aou: 8, aug: 8, august: 8,
  septembre: 9, sept: 9, sep: 9, september: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  decembre: 12, dec: 12, december: 12,
};

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function make(year: number, month: number, day: number): CalendarDate | null {
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

function expandYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/**
 * Any way a French invoice writes a date: 03/06/2019, 3/6/19, 03-06-2019, 03.06.2019,
 * 3 juin 2019, 1er février 2022, 14 juil. 2021, 2019-06-03. Impossible dates give null.
 */
export function parseDate(raw: string | undefined | null): CalendarDate | null {
  if (!raw) return null;
  const text = normalizeSpaces(raw);

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return make(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return make(Number(compact[1]), Number(compact[2]), Number(compact[3]));

  const numeric = /^(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})$/.exec(text);
  if (numeric) return make(expandYear(numeric[4]!), Number(numeric[3]), Number(numeric[1]));

  const folded = foldForCompare(text).replace(/,/g, ' ').replace(/\s+/g, ' ');
  const spelled = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(\d{1,2})(?:er|re|e)? ([a-z]+)\.? (\d{4}|\d{2})$/.exec(folded);
  if (spelled) {
    const month = MONTHS[spelled[2]!];
    return month ? make(expandYear(spelled[3]!), month, Number(spelled[1])) : null;
  }
  const english = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(folded);
  if (english) {
    const month = MONTHS[english[1]!];
    return month ? make(Number(english[3]), month, Number(english[2])) : null;
  }
  return null;
}

/** The portal's own form: strictly dd/mm/yyyy. */
export function parseFormDate(raw: string | undefined | null): CalendarDate | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(normalizeSpaces(raw ?? ''));
  return match ? make(Number(match[3]), Number(match[2]), Number(match[1])) : null;
}

const pad = (value: number, length = 2) => value.toString().padStart(length, '0');

export function formatDateForForm(date: CalendarDate): string {
  return `${pad(date.day)}/${pad(date.month)}/${pad(date.year, 4)}`;
}

export function formatDateIso(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Today as it is in France, where the portal decides whether a date is in the future. */
let parisDayFormat: Intl.DateTimeFormat | undefined;
let lastDay: { minute: number; date: CalendarDate } | undefined;

export function todayInFrance(now: Date = new Date()): CalendarDate {
  // Formatting in a time zone costs more than a whole check: keep the formatter, and the answer for a minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastDay?.minute === minute) return lastDay.date;
  parisDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  const date = parseDate(parisDayFormat.format(now))!;
  lastDay = { minute, date };
  return date;
}

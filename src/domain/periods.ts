/**
 * Periods of whole days, written `YYYY-MM-DD`, with both ends inclusive and an optional
 * (open) end: a period with `end: null` is still running. Comparing such strings as text
 * compares the days, so the rules below need no time zones and no Date objects.
 */
export interface DayPeriod {
  start: string;
  end: string | null;
}

const DAY = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (so 2026-02-30 is not). */
export function isValidDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a valid day (proleptic Gregorian calendar). */
export function dayNumber(day: string): number {
  if (!isValidDay(day)) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Days from civil (Howard Hinnant), exact for every year without Date's two-digit quirks.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export type PeriodResult =
  { ok: true; period: DayPeriod } | { ok: false; field: 'start' | 'end'; reason: string };

/**
 * Reads a period from its two texts. An empty or missing end means the period is open.
 * Refuses days that do not exist and an end before the start (an end on the start day is
 * a period of one day).
 */
export function parsePeriod(start: string, end: string | null | undefined): PeriodResult {
  if (!isValidDay(start)) {
    return { ok: false, field: 'start', reason: `"${start}" is not a valid date (YYYY-MM-DD)` };
  }
  if (end === null || end === undefined || end === '')
    return { ok: true, period: { start, end: null } };
  if (!isValidDay(end)) {
    return { ok: false, field: 'end', reason: `"${end}" is not a valid date (YYYY-MM-DD)` };
  }
  if (end < start) {
    return { ok: false, field: 'end', reason: `the end ${end} lies before the start ${start}` };
  }
  return { ok: true, period: { start, end } };
}

/** The days two periods share, or null when they share none. Open only if both are open. */
export function overlap(a: DayPeriod, b: DayPeriod): DayPeriod | null {
  const start = a.start > b.start ? a.start : b.start;
  let end: string | null;
  if (a.end === null) end = b.end;
  else if (b.end === null) end = a.end;
  else end = a.end < b.end ? a.end : b.end;
  if (end !== null && end < start) return null;
  return { start, end };
}

/**
 * How many days two periods share: 0 when none, `Infinity` when both are open-ended.
 * Ends are inclusive, so periods that touch on one day share exactly 1.
 */
export function overlapDays(a: DayPeriod, b: DayPeriod): number {
  const shared = overlap(a, b);
  if (shared === null) return 0;
  if (shared.end === null) return Number.POSITIVE_INFINITY;
  return dayNumber(shared.end) - dayNumber(shared.start) + 1;
}

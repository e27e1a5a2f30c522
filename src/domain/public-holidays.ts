/**
 * The public holidays of the Algemene termijnenwet (art. 3), which extend a statutory term
 * that would end on one of them (docs/rules/objection-term.md). Easter is computed, so the
 * list holds for every year; Good Friday is not an Atw holiday.
 */
import { addDays } from './dates.ts';

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type AtwHoliday =
  | "New Year's Day"
  | 'Easter Monday'
  | 'Ascension Day'
  | 'Whit Monday'
  | "King's Day"
  | 'Liberation Day (5 May)'
  | 'Christmas Day'
  | 'Boxing Day';

/** The Atw holidays of one year, day → name. */
export function atwHolidays(year: number): Map<string, AtwHoliday> {
  const easter = easterSunday(year);
  const on = (monthDay: string) => `${year}-${monthDay}`;
  // King's Day is 27 April, or Saturday 26 April when the 27th is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? on('04-26') : on('04-27');
  return new Map<string, AtwHoliday>([
    [on('01-01'), "New Year's Day"],
    [addDays(easter, 1), 'Easter Monday'],
    [addDays(easter, 39), 'Ascension Day'],
    [addDays(easter, 50), 'Whit Monday'],
    [kingsDay, "King's Day"],
    [on('05-05'), 'Liberation Day (5 May)'],
    [on('12-25'), 'Christmas Day'],
    [on('12-26'), 'Boxing Day'],
  ]);
}

/** The Atw holiday on a day YYYY-MM-DD, or null. */
export function atwHolidayOn(day: string): AtwHoliday | null {
  return atwHolidays(Number(day.slice(0, 4))).get(day) ?? null;
}

/**
 * Attendance per day part in a week grid. A provision is open on the day parts of its
 * opening hours; presence on a closed day part is a mistake the volunteer should see.
 */
import { z } from 'zod';
import { isValidDay } from '../dates.ts';
import {
  DAY_PART_LABELS,
  dayPartSchema,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type DayPart,
  type OpeningDayParts,
  type Weekday,
} from '../day-parts.ts';

function utc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function weekdayOf(day: string): Weekday {
  // getUTCDay: 0 is Sunday.
  return WEEKDAYS[(utc(day).getUTCDay() + 6) % 7] as Weekday;
}

export function addDays(day: string, days: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** The Monday of the week a day lies in (weeks start on Monday in the Netherlands). */
export function mondayOf(day: string): string {
  return addDays(day, -WEEKDAYS.indexOf(weekdayOf(day)));
}

/** The seven days of the week starting on a Monday. */
export function daysOfWeek(monday: string): string[] {
  return WEEKDAYS.map((_, i) => addDays(monday, i));
}

/** ISO week number, as on Dutch calendars ("week 48"). */
export function isoWeek(day: string): { year: number; week: number } {
  const thursday = utc(addDays(mondayOf(day), 3));
  const year = thursday.getUTCFullYear();
  const firstThursday = utc(addDays(mondayOf(`${year}-01-04`), 3));
  return { year, week: 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / 604800000) };
}

export function isOpen(opening: OpeningDayParts, day: string, dayPart: DayPart): boolean {
  return (opening[weekdayOf(day)] ?? []).includes(dayPart);
}

const mondaySchema = z
  .string()
  .refine(isValidDay, { message: 'Kies een bestaande week.' })
  .refine((d) => !isValidDay(d) || weekdayOf(d) === 'monday', {
    message: 'Een week begint op maandag.',
  });

const cellSchema = z.object({
  day: z.string().refine(isValidDay, { message: 'Dit is geen bestaande datum.' }),
  dayPart: dayPartSchema,
});

/**
 * A whole week as the grid shows it: who was present in which day part, and how many came
 * without registration. Saving replaces that week for the participants in the grid.
 */
export const attendanceWeekSchema = z.object({
  weekStart: mondaySchema,
  present: z
    .array(cellSchema.extend({ participantId: z.uuid() }))
    .max(7 * 3 * 500, { message: 'Te veel aanwezigheden voor één week.' }),
  anonymous: z.array(
    cellSchema.extend({
      count: z
        .number({ message: 'Vul een aantal in.' })
        .int({ message: 'Het aantal is een heel getal.' })
        .min(0, { message: 'Het aantal is 0 of meer.' })
        .max(500, { message: 'Het aantal is hoogstens 500.' }),
    }),
  ),
});
export type AttendanceWeek = z.infer<typeof attendanceWeekSchema>;

/** Problems with a week: cells outside the week, or on a day part the provision is closed. */
export function attendanceProblems(
  week: AttendanceWeek,
  opening: OpeningDayParts,
): { path: (string | number)[]; message: string }[] {
  const days = new Set(daysOfWeek(week.weekStart));
  const problems: { path: (string | number)[]; message: string }[] = [];
  const check = (list: 'present' | 'anonymous', i: number, day: string, dayPart: DayPart) => {
    if (!days.has(day)) {
      problems.push({ path: [list, i, 'day'], message: `${day} valt niet in deze week.` });
    } else if (!isOpen(opening, day, dayPart)) {
      problems.push({
        path: [list, i, 'dayPart'],
        message: `De voorziening is op ${WEEKDAY_LABELS[weekdayOf(day)]} ${day} in de ${DAY_PART_LABELS[dayPart]} gesloten.`,
      });
    }
  };
  week.present.forEach((c, i) => check('present', i, c.day, c.dayPart));
  week.anonymous.forEach((c, i) => {
    if (c.count > 0) check('anonymous', i, c.day, c.dayPart);
  });
  return problems;
}

/**
 * Attendance per day part in a week grid. A provision is open on the day parts of its
 * opening hours; presence on a closed day part is a mistake the volunteer should see.
 */
import { z } from 'zod';
import { addDays, dayNumber, formatDay, isoWeekday, isValidDay } from '../dates.ts';
import {
  DAY_PART_LABELS,
  DAY_PARTS,
  dayPartSchema,
  WEEKDAY_LABELS,
  WEEKDAYS,
  type DayPart,
  type OpeningDayParts,
  type Weekday,
} from '../day-parts.ts';
import { consentStands } from './registration.ts';

export function weekdayOf(day: string): Weekday {
  return WEEKDAYS[isoWeekday(day) - 1] as Weekday;
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
  const thursday = addDays(mondayOf(day), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  return { year, week: 1 + (dayNumber(thursday) - dayNumber(firstThursday)) / 7 };
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

/** "maandag 30 november 2026", or without the year "maandag 30 november". */
export function formatWeekday(day: string, options: { year?: boolean } = {}): string {
  const date = formatDay(day);
  return `${WEEKDAY_LABELS[weekdayOf(day)]} ${options.year === false ? date.replace(/ \d+$/, '') : date}`;
}

/**
 * "30 november – 6 december 2026", "16 – 22 november 2026", or across a year
 * "28 december 2026 – 3 januari 2027".
 */
export function formatWeekRange(monday: string): string {
  const sunday = addDays(monday, 6);
  const [start, end] = [formatDay(monday), formatDay(sunday)];
  if (monday.slice(0, 7) === sunday.slice(0, 7)) return `${start.split(' ')[0]} – ${end}`;
  if (monday.slice(0, 4) === sunday.slice(0, 4)) return `${start.replace(/ \d+$/, '')} – ${end}`;
  return `${start} – ${end}`;
}

export interface Cell {
  day: string;
  dayPart: DayPart;
}

/** The day parts of a week on which the provision is open, day by day, in order. */
export function openCells(opening: OpeningDayParts, monday: string): Cell[] {
  return daysOfWeek(monday).flatMap((day) =>
    DAY_PARTS.filter((dayPart) => isOpen(opening, day, dayPart)).map((dayPart) => ({
      day,
      dayPart,
    })),
  );
}

export type FieldProblem = { path: (string | number)[]; message: string };

/** Problems with a week: cells outside the week, or on a day part the provision is closed. */
export function attendanceProblems(week: AttendanceWeek, opening: OpeningDayParts): FieldProblem[] {
  const days = new Set(daysOfWeek(week.weekStart));
  const problems: FieldProblem[] = [];
  const check = (list: 'present' | 'anonymous', i: number, day: string, dayPart: DayPart) => {
    if (!days.has(day)) {
      problems.push({
        path: [list, i, 'day'],
        message: `${formatDay(day)} valt niet in de week van ${formatWeekRange(week.weekStart)}.`,
      });
    } else if (!isOpen(opening, day, dayPart)) {
      problems.push({
        path: [list, i, 'dayPart'],
        message: `De voorziening is op ${formatWeekday(day)} in de ${DAY_PART_LABELS[dayPart]} gesloten.`,
      });
    }
  };
  week.present.forEach((c, i) => check('present', i, c.day, c.dayPart));
  week.anonymous.forEach((c, i) => {
    if (c.count > 0) check('anonymous', i, c.day, c.dayPart);
  });
  return problems;
}

/** A participation (start and end day inclusive) and its consents for registration. */
export interface Registration {
  startDate: string;
  endDate: string | null;
  registrationConsents: readonly { givenOn: string; withdrawnOn: string | null }[];
}

export type NotRegisteredReason = 'not_started' | 'left' | 'no_consent';

/**
 * Why a participant cannot be marked present on a day, or null when they can: the day lies in
 * the participation (the day they left included) and their consent for registration stands.
 */
export function notRegisteredReason(
  registration: Registration,
  day: string,
): NotRegisteredReason | null {
  if (day < registration.startDate) return 'not_started';
  if (registration.endDate !== null && day > registration.endDate) return 'left';
  if (!registration.registrationConsents.some((c) => consentStands(c, day))) return 'no_consent';
  return null;
}

/** The days of a week on which a participant can be marked present. */
export function registeredDays(registration: Registration, monday: string): string[] {
  return daysOfWeek(monday).filter((day) => notRegisteredReason(registration, day) === null);
}

/**
 * The message for presence number `position` (1-based, in the order sent) of a participant who
 * cannot be marked present on `day`; `registration` is undefined for a participant who is not
 * (or no longer) registered at this provision. Names stay out: the list is enough to find it.
 */
export function notRegisteredMessage(
  position: number,
  day: string,
  registration: Registration | undefined,
): string | null {
  const who = `De deelnemer van aanwezigheid ${position} in de lijst`;
  const when = formatWeekday(day);
  if (!registration) return `${who} is geen deelnemer van deze voorziening.`;
  switch (notRegisteredReason(registration, day)) {
    case null:
      return null;
    case 'not_started':
      return `${who} is pas vanaf ${formatDay(registration.startDate)} ingeschreven, dus niet op ${when}.`;
    case 'left':
      return `${who} is gestopt op ${formatDay(registration.endDate ?? day)}, dus niet meer ingeschreven op ${when}.`;
    case 'no_consent':
      return `${who} had op ${when} geen toestemming voor registratie. Tel deze persoon bij de deelnemers zonder registratie.`;
  }
}

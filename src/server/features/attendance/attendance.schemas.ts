import { z } from 'zod';
import { isValidDay } from '../../../domain/dates.ts';
import { dayPartSchema, openingDayPartsSchema } from '../../../domain/day-parts.ts';
import { attendanceWeekSchema } from '../../../domain/participants/attendance.ts';

export const attendanceParamsSchema = z.object({ provisionId: z.uuid() });

/** Any day of the wanted week; without it, the current week. */
export const attendanceQuerySchema = z.object({
  week: z
    .string()
    .refine(isValidDay, { message: 'Kies een bestaande datum (jjjj-mm-dd) in de week.' })
    .optional(),
});

/** The request body of a save: the whole week as the grid shows it. */
export const attendanceBodySchema = attendanceWeekSchema;

const day = z.string();

/** One week of a provision as the grid shows it. */
export const attendanceWeekViewSchema = z.object({
  provision: z.object({ id: z.uuid(), name: z.string() }),
  /** The Monday. */
  weekStart: day,
  isoWeek: z.object({ year: z.number().int(), week: z.number().int() }),
  /** Monday to Sunday. */
  days: z.array(day).length(7),
  openingDayParts: openingDayPartsSchema,
  /** Participants registered (with consent for registration) on a day of the week, by name. */
  participants: z.array(
    z.object({
      id: z.uuid(),
      displayName: z.string(),
      startDate: day,
      endDate: day.nullable(),
      /** The days of this week on which the participant can be marked present. */
      registeredDays: z.array(day),
    }),
  ),
  present: z.array(z.object({ participantId: z.uuid(), day, dayPart: dayPartSchema })),
  anonymous: z.array(z.object({ day, dayPart: dayPartSchema, count: z.number().int() })),
});
export type AttendanceWeekView = z.infer<typeof attendanceWeekViewSchema>;

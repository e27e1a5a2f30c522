import { z } from 'zod';

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  monday: 'maandag',
  tuesday: 'dinsdag',
  wednesday: 'woensdag',
  thursday: 'donderdag',
  friday: 'vrijdag',
  saturday: 'zaterdag',
  sunday: 'zondag',
};

export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export const dayPartSchema = z.enum(DAY_PARTS);
export type DayPart = z.infer<typeof dayPartSchema>;
export const DAY_PART_LABELS: Record<DayPart, string> = {
  morning: 'ochtend',
  afternoon: 'middag',
  evening: 'avond',
};

export const openingDayPartsSchema = z.partialRecord(
  z.enum(WEEKDAYS),
  z.array(dayPartSchema).max(3),
);
export type OpeningDayParts = z.infer<typeof openingDayPartsSchema>;

/** How many day parts a week a provision is open: the reach of one participant place. */
export function dayPartsPerWeek(opening: OpeningDayParts): number {
  return WEEKDAYS.reduce((sum, day) => sum + new Set(opening[day] ?? []).size, 0);
}

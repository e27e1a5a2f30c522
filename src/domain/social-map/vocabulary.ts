/**
 * The social map's words in Dutch and English: categories, weekdays, day parts and the
 * accessibility features a provision can have (docs/rules/social-map.md).
 */
import { z } from 'zod';
import {
  DAY_PARTS,
  WEEKDAYS,
  type DayPart,
  type OpeningDayParts,
  type Weekday,
} from '../day-parts.ts';
import type { Category } from '../tender/categories.ts';
import type { Bilingual, Language } from './language.ts';

export const ACCESSIBILITY_FEATURES = [
  'wheelchair',
  'accessible_toilet',
  'hearing_loop',
  'disabled_parking',
  'guide_dogs',
] as const;
export const accessibilityFeatureSchema = z.enum(ACCESSIBILITY_FEATURES);
export type AccessibilityFeature = z.infer<typeof accessibilityFeatureSchema>;

export const ACCESSIBILITY_LABELS: Record<AccessibilityFeature, Bilingual> = {
  wheelchair: { nl: 'Rolstoeltoegankelijk', en: 'Wheelchair accessible' },
  accessible_toilet: { nl: 'Aangepast toilet', en: 'Accessible toilet' },
  hearing_loop: { nl: 'Ringleiding', en: 'Hearing loop' },
  disabled_parking: { nl: 'Invalidenparkeerplaats', en: 'Disabled parking' },
  guide_dogs: { nl: 'Hulphonden welkom', en: 'Assistance dogs welcome' },
};

export const CATEGORY_PUBLIC_LABELS: Record<Category, Bilingual> = {
  living_room: { nl: 'Huiskamer (ontmoeting)', en: 'Living room (meeting place)' },
  day_activities: { nl: 'Dagactiviteiten', en: 'Day activities' },
  information_advice: { nl: 'Informatie en advies', en: 'Information and advice' },
  services: { nl: 'Praktische hulp', en: 'Practical help' },
};

export const WEEKDAY_PUBLIC_LABELS: Record<Weekday, Bilingual> = {
  monday: { nl: 'maandag', en: 'Monday' },
  tuesday: { nl: 'dinsdag', en: 'Tuesday' },
  wednesday: { nl: 'woensdag', en: 'Wednesday' },
  thursday: { nl: 'donderdag', en: 'Thursday' },
  friday: { nl: 'vrijdag', en: 'Friday' },
  saturday: { nl: 'zaterdag', en: 'Saturday' },
  sunday: { nl: 'zondag', en: 'Sunday' },
};

export const DAY_PART_PUBLIC_LABELS: Record<DayPart, Bilingual> = {
  morning: { nl: 'ochtend', en: 'morning' },
  afternoon: { nl: 'middag', en: 'afternoon' },
  evening: { nl: 'avond', en: 'evening' },
};

/** The hours a day part stands for, on the page and in schema.org's opening hours. */
export const DAY_PART_HOURS: Record<DayPart, { opens: string; closes: string }> = {
  morning: { opens: '09:00', closes: '12:00' },
  afternoon: { opens: '13:00', closes: '17:00' },
  evening: { opens: '19:00', closes: '22:00' },
};

/** One line per open day: "woensdag: middag, avond". */
export function openingLines(
  opening: OpeningDayParts,
  language: Language,
): { day: Weekday; text: string }[] {
  return WEEKDAYS.filter((day) => (opening[day] ?? []).length > 0).map((day) => ({
    day,
    text: `${WEEKDAY_PUBLIC_LABELS[day][language]}: ${DAY_PARTS.filter((part) =>
      opening[day]?.includes(part),
    )
      .map((part) => {
        const hours = DAY_PART_HOURS[part];
        return `${DAY_PART_PUBLIC_LABELS[part][language]} (${hours.opens}–${hours.closes})`;
      })
      .join(', ')}`,
  }));
}

/** The accessibility features the stored list names, in the fixed order; unknown codes dropped. */
export function knownFeatures(stored: unknown): AccessibilityFeature[] {
  const list = Array.isArray(stored) ? stored : [];
  return ACCESSIBILITY_FEATURES.filter((feature) => list.includes(feature));
}

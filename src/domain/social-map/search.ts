/**
 * The social map's search, as the visitor's form sends it in the URL (GET, so it works
 * without JavaScript and every result page has its own address). Empty fields mean "any".
 * One schema for the page and the tests; docs/rules/social-map.md.
 */
import { z } from 'zod';
import { DAY_PARTS, WEEKDAYS } from '../day-parts.ts';
import { CATEGORY_CODES } from '../tender/categories.ts';
import { ACCESSIBILITY_FEATURES } from './vocabulary.ts';

/** Results per page: the list stays short on a phone, and the page light. */
export const RESULTS_PER_PAGE = 20;
export const SEARCH_TEXT_MAX = 100;

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** An unknown choice (an old link, a hand-made URL) is ignored rather than refused. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values).optional().catch(undefined));

const toList = (value: unknown): unknown[] =>
  value === undefined
    ? []
    : (Array.isArray(value) ? (value as unknown[]) : [value]).filter((v) => v !== '');

export const socialMapQuerySchema = z.object({
  /** A buurt code (BU0935xxxx); checked against the table by the service. */
  buurt: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^BU\d{8}$/)
      .optional()
      .catch(undefined),
  ),
  postcode: z.preprocess(blankToUndefined, z.string().trim().max(10).optional().catch(undefined)),
  category: optionalChoice(CATEGORY_CODES),
  day: optionalChoice(WEEKDAYS),
  dayPart: optionalChoice(DAY_PARTS),
  group: z.preprocess(blankToUndefined, z.string().trim().max(100).optional().catch(undefined)),
  access: z.preprocess(
    toList,
    z
      .array(z.string())
      .transform((list) => ACCESSIBILITY_FEATURES.filter((feature) => list.includes(feature))),
  ),
  q: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .transform((text) => text.slice(0, SEARCH_TEXT_MAX))
      .optional()
      .catch(undefined),
  ),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  lang: z.string().optional().catch(undefined),
});
export type SocialMapQuery = z.output<typeof socialMapQuerySchema>;

/** Whether the visitor asked for anything at all (the first visit shows everything). */
export function hasFilters(query: SocialMapQuery): boolean {
  return Boolean(
    query.buurt ||
    query.postcode ||
    query.category ||
    query.day ||
    query.dayPart ||
    query.group ||
    query.q ||
    query.access.length > 0,
  );
}

/** What the search needs to know of a provision. */
export interface SearchableProvision {
  name: string;
  organisationName: string;
  publicDescription: string | null;
  category: string;
  neighbourhoodCode: string | null;
  openingDayParts: Partial<Record<(typeof WEEKDAYS)[number], readonly string[]>>;
  targetGroups: readonly string[];
  accessibilityFeatures: readonly string[];
}

/**
 * Whether a provision answers the search: every filled-in filter must hold. A day and a day
 * part together mean that day part on that day; the free text is looked for in the name, the
 * organisation, the description and the target groups, whatever the case.
 */
export function matchesSearch(
  provision: SearchableProvision,
  query: SocialMapQuery,
  buurt: string | undefined,
): boolean {
  if (buurt && provision.neighbourhoodCode !== buurt) return false;
  if (query.category && provision.category !== query.category) return false;
  const days = query.day ? [query.day] : WEEKDAYS;
  const openParts = days.flatMap((day) => provision.openingDayParts[day] ?? []);
  if (openParts.length === 0) return false;
  if (query.dayPart && !openParts.includes(query.dayPart)) return false;
  if (query.group && !provision.targetGroups.includes(query.group)) return false;
  if (!query.access.every((feature) => provision.accessibilityFeatures.includes(feature))) {
    return false;
  }
  if (query.q) {
    const needle = query.q.toLocaleLowerCase('nl');
    const haystack = [
      provision.name,
      provision.organisationName,
      provision.publicDescription ?? '',
      ...provision.targetGroups,
    ]
      .join('\n')
      .toLocaleLowerCase('nl');
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

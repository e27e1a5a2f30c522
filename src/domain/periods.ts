/**
 * Periods of whole days, written `YYYY-MM-DD`, with both ends inclusive and an optional
 * (open) end: a period with `end: null` is still running. Comparing such strings as text
 * compares the days, so the rules below need no time zones and no Date objects.
 */
import { dayNumber, isValidDay } from './dates.ts';

/** Days have one home (dates.ts); the import's CSV reader still names this module. */
export { isValidDay };

export interface DayPeriod {
  start: string;
  end: string | null;
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

/**
 * A term set by law, in weeks, that starts the day after a decision was made known (sent): it
 * ends on the same weekday that many weeks after the day of sending, and a term that would end
 * on a Saturday, a Sunday or an Atw public holiday runs to the next day that is none of these
 * (Algemene termijnenwet; docs/rules/objection-term.md). The objection term (Awb 6:7) and the
 * payment term of a sum due under a decision (Awb 4:87) are both six weeks by this rule.
 */
import { addDays, isoWeekday, isValidDay } from './dates.ts';
import { type AtwHoliday, atwHolidayOn } from './public-holidays.ts';

export interface StatutoryTerm {
  /** The day the decision was sent (bekendgemaakt). */
  sent: string;
  /** sent + the weeks: where the term ends before the Atw. */
  termEnds: string;
  /** The last day of the term. */
  deadline: string;
  /** Each day skipped, with why: "2027-01-17 is a Sunday". Empty when not extended. */
  extendedBecause: string[];
}

export type DayOff = AtwHoliday | 'Saturday' | 'Sunday';

/** Why a day cannot be the last day of a term, or null when it can. A holiday names itself first. */
function dayOff(day: string): DayOff | null {
  const holiday = atwHolidayOn(day);
  if (holiday) return holiday;
  const weekday = isoWeekday(day);
  if (weekday === 6) return 'Saturday';
  if (weekday === 7) return 'Sunday';
  return null;
}

/** The days after the end of a term that it runs past, and why. */
export function skippedDays(termEnds: string): { day: string; why: DayOff }[] {
  const skipped: { day: string; why: DayOff }[] = [];
  for (let day = termEnds, why = dayOff(day); why; day = addDays(day, 1), why = dayOff(day)) {
    skipped.push({ day, why });
  }
  return skipped;
}

export function statutoryTerm(sentDay: string, weeks: number): StatutoryTerm {
  if (!isValidDay(sentDay)) throw new RangeError(`not a day YYYY-MM-DD: ${sentDay}`);
  const termEnds = addDays(sentDay, weeks * 7);
  const skipped = skippedDays(termEnds);
  return {
    sent: sentDay,
    termEnds,
    deadline: addDays(termEnds, skipped.length),
    extendedBecause: skipped.map(({ day, why }) =>
      why === 'Saturday' || why === 'Sunday' ? `${day} is a ${why}` : `${day} is ${why}`,
    ),
  };
}

/**
 * The objection term (Awb 6:7 and 6:8, extended by the Algemene termijnenwet): six weeks,
 * starting the day after the decision was sent, so it ends on the same weekday six weeks
 * after the day of sending. A term that would end on a Saturday, a Sunday or an Atw public
 * holiday runs to the next day that is none of these (docs/rules/objection-term.md).
 * Letters, e-mails, pages and the `objection-deadline` command all use this one rule.
 */
import { addDays, formatDay, isoWeekday, isValidDay } from '../dates.ts';
import { type AtwHoliday, atwHolidayOn } from '../public-holidays.ts';

export const OBJECTION_WEEKS = 6;

export interface ObjectionTerm {
  /** The day the decision was sent (bekendgemaakt). */
  sent: string;
  /** sent + 42 days: where six weeks end before the Atw. */
  termEnds: string;
  /** The last day an objection is in time. */
  deadline: string;
  /** Each day skipped, with why: "2027-01-17 is a Sunday". Empty when not extended. */
  extendedBecause: string[];
}

type DayOff = AtwHoliday | 'Saturday' | 'Sunday';

/** Why a day cannot be the last day of a term, or null when it can. A holiday names itself first. */
function dayOff(day: string): DayOff | null {
  const holiday = atwHolidayOn(day);
  if (holiday) return holiday;
  const weekday = isoWeekday(day);
  if (weekday === 6) return 'Saturday';
  if (weekday === 7) return 'Sunday';
  return null;
}

const DUTCH: Record<DayOff, string> = {
  Saturday: 'een zaterdag',
  Sunday: 'een zondag',
  "New Year's Day": 'Nieuwjaarsdag',
  'Easter Monday': 'tweede paasdag',
  'Ascension Day': 'Hemelvaartsdag',
  'Whit Monday': 'tweede pinksterdag',
  "King's Day": 'Koningsdag',
  'Liberation Day (5 May)': 'Bevrijdingsdag (5 mei)',
  'Christmas Day': 'eerste kerstdag',
  'Boxing Day': 'tweede kerstdag',
};

function skippedDays(termEnds: string): { day: string; why: DayOff }[] {
  const skipped: { day: string; why: DayOff }[] = [];
  for (let day = termEnds, why = dayOff(day); why; day = addDays(day, 1), why = dayOff(day)) {
    skipped.push({ day, why });
  }
  return skipped;
}

function assertDay(sentDay: string): void {
  if (!isValidDay(sentDay)) throw new RangeError(`not a day YYYY-MM-DD: ${sentDay}`);
}

export function objectionTerm(sentDay: string): ObjectionTerm {
  assertDay(sentDay);
  const termEnds = addDays(sentDay, OBJECTION_WEEKS * 7);
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

/** The last day an objection against a decision sent on `sentDay` is in time. */
export function objectionDeadline(sentDay: string): string {
  return objectionTerm(sentDay).deadline;
}

/**
 * In Dutch, why the deadline lies after the six weeks, for e-mails and pages; null when it
 * does not. "Zes weken na verzending is 17 januari 2027. Omdat 17 januari 2027 een zondag is,
 * loopt de termijn door tot en met 18 januari 2027 (Algemene termijnenwet)."
 */
export function objectionExtensionInDutch(sentDay: string): string | null {
  const { termEnds, deadline } = objectionTerm(sentDay);
  const skipped = skippedDays(termEnds);
  if (skipped.length === 0) return null;
  const reasons = skipped.map(({ day, why }) => `${formatDay(day)} ${DUTCH[why]}`);
  const listed =
    reasons.length === 1
      ? `${reasons[0]} is`
      : `${reasons.slice(0, -1).join(', ')} en ${reasons.at(-1)} zijn`;
  // "Omdat 25 december 2026 eerste kerstdag, 26 december 2026 tweede kerstdag en 27 december
  // 2026 een zondag zijn": one verb at the end reads naturally for one reason and for several.
  return `Zes weken na verzending is ${formatDay(termEnds)}. Omdat ${listed}, loopt de termijn door tot en met ${formatDay(deadline)} (Algemene termijnenwet).`;
}

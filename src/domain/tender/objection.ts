/**
 * The objection term (Awb 6:7 and 6:8, extended by the Algemene termijnenwet): six weeks,
 * starting the day after the decision was sent, so it ends on the same weekday six weeks
 * after the day of sending. A term that would end on a Saturday, a Sunday or an Atw public
 * holiday runs to the next day that is none of these (docs/rules/objection-term.md).
 * Letters, e-mails, pages and the `objection-deadline` command all use this one rule.
 */
import { formatDay } from '../dates.ts';
import { type DayOff, type StatutoryTerm, skippedDays, statutoryTerm } from '../statutory-terms.ts';

export const OBJECTION_WEEKS = 6;

/** The objection term of a decision: the six-week statutory term from the day it was sent. */
export type ObjectionTerm = StatutoryTerm;

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

export function objectionTerm(sentDay: string): ObjectionTerm {
  return statutoryTerm(sentDay, OBJECTION_WEEKS);
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

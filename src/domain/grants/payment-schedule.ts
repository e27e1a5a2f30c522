/**
 * The advances of a grant (Awb 4:95): when they are paid and how much. By default the whole
 * grant is advanced in monthly terms over the period; before the first payment a grant's
 * schedule may become one sum, quarterly terms or a list of its own (docs/rules/grant-lifecycle.md).
 * Amounts are whole cents; the terms add up to the planned total to the cent, the rest of the
 * division going into the last term. Never more than granted.
 */
import { isValidDay } from '../dates.ts';

export const SCHEDULE_KINDS = ['monthly', 'quarterly', 'single', 'custom'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export interface PaymentTerm {
  /** The day the term is due (YYYY-MM-DD). */
  dueDay: string;
  amountCents: number;
}

export interface GrantPeriod {
  start: string;
  end: string;
}

/** The first day of each calendar month (or quarter) the period touches; the first is the period's start. */
function termStarts(period: GrantPeriod, monthsPerTerm: 1 | 3): string[] {
  const [startYear, startMonth] = period.start.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = period.end.split('-').map(Number) as [number, number];
  const first = startYear * 12 + (startMonth - 1);
  const aligned = first - (first % monthsPerTerm);
  const last = endYear * 12 + (endMonth - 1);
  const starts: string[] = [];
  for (let month = aligned; month <= last; month += monthsPerTerm) {
    const year = Math.floor(month / 12);
    const day = `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    starts.push(day < period.start ? period.start : day);
  }
  return starts;
}

/** Splits a total into `count` whole-cent terms: equal parts, the rest in the last one. */
export function splitEvenly(totalCents: number, count: number): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0)
    throw new RangeError('totalCents must be a whole number of cents, 0 or more');
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError('count must be 1 or more');
  const part = Math.floor(totalCents / count);
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? totalCents - part * (count - 1) : part,
  );
}

function assertPeriod(period: GrantPeriod): void {
  if (!isValidDay(period.start) || !isValidDay(period.end))
    throw new RangeError(`not a period of days: ${period.start} – ${period.end}`);
  if (period.end < period.start) throw new RangeError('the period ends before it starts');
}

/** The planned terms of a schedule of one of the standard kinds. */
export function plannedTerms(
  kind: Exclude<ScheduleKind, 'custom'>,
  period: GrantPeriod,
  totalCents: number,
): PaymentTerm[] {
  assertPeriod(period);
  const days = kind === 'single' ? [period.start] : termStarts(period, kind === 'monthly' ? 1 : 3);
  const amounts = splitEvenly(totalCents, days.length);
  return days.map((dueDay, i) => ({ dueDay, amountCents: amounts[i]! }));
}

export interface ScheduleProblem {
  /** The field the problem is about, as the form names it: `terms.2.amountCents`. */
  path: string;
  message: string;
}

/**
 * What is wrong with a schedule for a grant, in Dutch, per field; empty when nothing is. A
 * custom schedule has at least one term, days within the grant's period in order, amounts of
 * one cent or more, and adds up to no more than granted.
 */
export function scheduleProblems(
  terms: readonly PaymentTerm[],
  grantedCents: number,
  period: GrantPeriod,
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (terms.length === 0)
    problems.push({ path: 'terms', message: 'Voeg minstens één termijn toe.' });
  terms.forEach((term, i) => {
    if (!isValidDay(term.dueDay)) {
      problems.push({ path: `terms.${i}.dueDay`, message: 'Vul een geldige datum in.' });
    } else if (term.dueDay < period.start || term.dueDay > period.end) {
      problems.push({
        path: `terms.${i}.dueDay`,
        message: 'Een voorschot wordt betaald binnen de subsidieperiode.',
      });
    } else if (i > 0 && term.dueDay < terms[i - 1]!.dueDay) {
      problems.push({
        path: `terms.${i}.dueDay`,
        message: 'Zet de termijnen op volgorde van datum.',
      });
    }
    if (!Number.isSafeInteger(term.amountCents) || term.amountCents < 1)
      problems.push({
        path: `terms.${i}.amountCents`,
        message: 'Een termijn is minstens € 0,01, in hele centen.',
      });
  });
  const total = terms.reduce((sum, term) => sum + term.amountCents, 0);
  if (total > grantedCents)
    problems.push({
      path: 'terms',
      message: 'De voorschotten zijn samen meer dan de verleende subsidie.',
    });
  return problems;
}

/** The terms due up to and including a day that are not paid yet. */
export function termsDue<T extends PaymentTerm & { paid: boolean }>(
  terms: readonly T[],
  upToDay: string,
): T[] {
  return terms.filter((term) => !term.paid && term.dueDay <= upToDay);
}

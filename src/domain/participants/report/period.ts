/**
 * The period of a participant report (docs/rules/participants.md): whole days, at most five
 * years, by default the last twelve months; and its ISO weeks and quarters, which the figures
 * are counted per.
 */
import { z } from 'zod';
import { addDays, isValidDay } from '../../dates.ts';
import { isoWeek, mondayOf } from '../attendance.ts';

export interface ReportPeriod {
  /** First day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
}

export const MAX_REPORT_YEARS = 5;

function sameDayYearsEarlier(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y - years;
  // 29 February of a year that has none becomes 28 February.
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last twelve months up to and including `today`. */
export function defaultReportPeriod(today: string): ReportPeriod {
  return { from: addDays(sameDayYearsEarlier(today, 1), 1), to: today };
}

const reportDay = (field: string) =>
  z
    .string({ message: `Vul ${field} in.` })
    .refine(isValidDay, { message: `Vul ${field} in als een bestaande datum (jjjj-mm-dd).` });

/** A period of whole days: the end on or after the start, and at most five years long. */
export const reportPeriodSchema = z
  .object({ from: reportDay('de begindatum'), to: reportDay('de einddatum') })
  .superRefine((period, ctx) => {
    if (!isValidDay(period.from) || !isValidDay(period.to)) return;
    if (period.to < period.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'Kies een einddatum op of na de begindatum.',
      });
    } else if (period.from <= sameDayYearsEarlier(period.to, MAX_REPORT_YEARS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `Kies een periode van hoogstens ${MAX_REPORT_YEARS} jaar.`,
      });
    }
  });

/**
 * The period asked for, with what is left out filled in: without both, the last twelve months
 * up to today; with only a start, up to today; with only an end, the twelve months up to it.
 */
export function resolveReportPeriod(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
):
  | { ok: true; period: ReportPeriod }
  | { ok: false; problems: { path: string; message: string }[] } {
  const to = query.to ?? today;
  const from =
    query.from ?? (isValidDay(to) ? defaultReportPeriod(to).from : defaultReportPeriod(today).from);
  const parsed = reportPeriodSchema.safeParse({ from, to });
  if (parsed.success) return { ok: true, period: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  };
}

/** "2026-W49": the ISO week of a day, as the weekly attendance is labelled. */
export function isoWeekLabel(day: string): string {
  const { year, week } = isoWeek(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every ISO week with at least one day in the period, in order. */
export function weeksOfPeriod(period: ReportPeriod): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(period.from); monday <= period.to; monday = addDays(monday, 7)) {
    weeks.push(isoWeekLabel(monday));
  }
  return weeks;
}

/** "2026-Q4": the quarter of a day. */
export function quarterLabel(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every quarter with at least one day in the period, in order. */
export function quartersOfPeriod(period: ReportPeriod): string[] {
  const quarters: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let quarter = Math.floor((Number(period.from.slice(5, 7)) - 1) / 3);
  const last = quarterLabel(period.to);
  for (;;) {
    const label = `${year}-Q${quarter + 1}`;
    quarters.push(label);
    if (label === last) return quarters;
    quarter = (quarter + 1) % 4;
    if (quarter === 0) year += 1;
  }
}

/** The weeks and quarters of a period, worked out once for everything counted over it. */
export interface PeriodCalendar {
  weeks: readonly string[];
  quarters: readonly string[];
}

export function periodCalendar(period: ReportPeriod): PeriodCalendar {
  return { weeks: weeksOfPeriod(period), quarters: quartersOfPeriod(period) };
}

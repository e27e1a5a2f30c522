/**
 * Reports on participants (docs/rules/participants.md): per provision for the organisation, and
 * aggregated for the municipality. The database adds up the rows per provision
 * (`ProvisionFigures`); this module turns those figures into a report: means from sums, the
 * provisions added up per category and in total, and, outside the provision, the protection
 * of small numbers.
 *
 * Small numbers (docs/privacy/small-numbers.md). Outside the provision itself:
 * 1. every count from 1 to 4 is shown as "<5" (primary suppression);
 * 2. a count must not be computable from the counts that are shown. A total and the parts
 *    that add up to it (the provisions of a category, the categories of the municipality, the
 *    client routes of the participants, the weeks and day parts of the attendance, the scores
 *    of satisfaction, the kinds of outflow) are a sum rule, and every rule of a report is
 *    checked together, across the municipality and each category, so that a report filtered
 *    on a category shows the same figures as the whole one and subtracting two reports gives
 *    nothing away either. Where the shown numbers pin a "<5" down to one value, one more
 *    number in that sum is hidden (`null`, shown as "x"), the smallest that helps, until no
 *    "<5" can be computed back. A hidden number is one that would otherwise have been shown,
 *    so it is 5 or more: the check counts with that too. See `protectCounts`;
 * 3. a mean of fewer than 5 people is not shown (`null`, `suppressed: true`), and neither is
 *    a mean with which the sum of the scores of 1–4 people could be computed from the other
 *    means shown (a category's mean and those of all its provisions but one small one). See
 *    `protectMeans`;
 * 4. the municipality asks only for a fixed period that has ended (`fixed-periods.ts`), and a
 *    figure is hidden when a month, quarter or year nested with the period differs from it by
 *    1 to 4, or when a month or quarter inside it has 1 to 4: otherwise subtracting two
 *    reports would give away a small number or one person's answer. See `complementHidden`.
 * The checks look at each sum rule and the limits that follow from all of them; they do not
 * use relations between different figures (such as "new participants are at most the active
 * ones"), which give only a bound, never an exact small number.
 */
import { z } from 'zod';
import { addDays, isValidDay } from '../dates.ts';
import { DAY_PARTS, type DayPart } from '../day-parts.ts';
import { CATEGORY_CODES, type Category } from '../tender/categories.ts';
import { isoWeek, mondayOf } from './attendance.ts';
import {
  HEALTH_DIMENSIONS,
  RESPONDENTS,
  SCORES,
  type HealthDimension,
  type Respondent,
} from './positive-health.ts';
import {
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  type ClientRoute,
  type OutflowKind,
} from './registration.ts';
import { SUPPRESSION_THRESHOLD, type ReportedCount } from './suppression.ts';

// ---------------------------------------------------------------------------------------------
// The period

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

let lastWeeks = { key: '', weeks: [] as readonly string[] };

/** Every ISO week with at least one day in the period, in order. */
export function weeksOfPeriod(period: ReportPeriod): readonly string[] {
  const key = `${period.from}/${period.to}`;
  if (lastWeeks.key !== key) {
    const weeks: string[] = [];
    for (let monday = mondayOf(period.from); monday <= period.to; monday = addDays(monday, 7)) {
      weeks.push(isoWeekLabel(monday));
    }
    lastWeeks = { key, weeks };
  }
  return lastWeeks.weeks;
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

// ---------------------------------------------------------------------------------------------
// The figures of one provision (what the database adds up)

export type DimensionSums = Record<HealthDimension, number>;

export interface QuarterFigures {
  /** Different participants measured in the quarter. */
  people: number;
  measurements: number;
  /** Sum of the scores of those measurements per dimension. */
  sums: DimensionSums;
}

export interface HealthFigures {
  /** Participants with two or more measurements by this respondent up to the period's end. */
  participants: number;
  /** Sums over those participants of their first and of their latest measurement. */
  first: DimensionSums;
  latest: DimensionSums;
  /** Measurements in the period, per quarter (every quarter of the period is present). */
  quarters: Record<string, QuarterFigures>;
}

export interface AttendanceCounts {
  registered: number;
  anonymous: number;
}

export interface ProvisionFigures {
  /** Participants whose participation overlaps the period (erased ones included). */
  active: number;
  /** Participants who started in the period. */
  new: number;
  /** Of the active participants, those whose personal data has been erased. */
  erased: number;
  byClientRoute: Record<ClientRoute, number>;
  byDayPart: Record<DayPart, AttendanceCounts>;
  /** Every week of the period is present. */
  weeks: Record<string, AttendanceCounts>;
  /** Day parts on which anyone was recorded present (registered or anonymous). */
  openedDayParts: number;
  /** Different registered participants who were present at least once. */
  attendees: number;
  /** The largest anonymous count of one day part: at least that many different people. */
  maxAnonymous: number;
  health: Record<Respondent, HealthFigures>;
  /** Satisfaction as participants themselves gave it, in the period. */
  satisfaction: { answers: number; people: number; sum: number; distribution: number[] };
  outflow: Record<OutflowKind, number>;
}

const zeroSums = (): DimensionSums =>
  Object.fromEntries(HEALTH_DIMENSIONS.map((d) => [d, 0])) as DimensionSums;
const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function emptyHealth(quarters: readonly string[]): HealthFigures {
  return {
    participants: 0,
    first: zeroSums(),
    latest: zeroSums(),
    quarters: Object.fromEntries(
      quarters.map((q) => [q, { people: 0, measurements: 0, sums: zeroSums() }]),
    ),
  };
}

/** Figures of nothing: every week and quarter of the period present, every count zero. */
export function emptyFigures(period: ReportPeriod): ProvisionFigures {
  const quarters = quartersOfPeriod(period);
  return {
    active: 0,
    new: 0,
    erased: 0,
    byClientRoute: zeroes(CLIENT_ROUTES),
    byDayPart: Object.fromEntries(
      DAY_PARTS.map((p) => [p, { registered: 0, anonymous: 0 }]),
    ) as Record<DayPart, AttendanceCounts>,
    weeks: Object.fromEntries(
      weeksOfPeriod(period).map((w) => [w, { registered: 0, anonymous: 0 }]),
    ),
    openedDayParts: 0,
    attendees: 0,
    maxAnonymous: 0,
    health: {
      participant: emptyHealth(quarters),
      coordinator: emptyHealth(quarters),
    },
    satisfaction: { answers: 0, people: 0, sum: 0, distribution: SCORES.map(() => 0) },
    outflow: zeroes(OUTFLOW_KINDS),
  };
}

function addRecord<K extends string>(into: Record<K, number>, other: Record<K, number>): void {
  for (const key of Object.keys(other) as K[]) into[key] = (into[key] ?? 0) + other[key];
}

function addAttendance(into: AttendanceCounts, other: AttendanceCounts): void {
  into.registered += other.registered;
  into.anonymous += other.anonymous;
}

/**
 * Adds the figures of another provision. Every participant belongs to one provision, so
 * people add up; the largest anonymous count is a largest, not a sum.
 */
export function addFigures(into: ProvisionFigures, other: ProvisionFigures): void {
  into.active += other.active;
  into.new += other.new;
  into.erased += other.erased;
  addRecord(into.byClientRoute, other.byClientRoute);
  for (const part of DAY_PARTS) addAttendance(into.byDayPart[part], other.byDayPart[part]);
  for (const [week, counts] of Object.entries(other.weeks)) {
    into.weeks[week] ??= { registered: 0, anonymous: 0 };
    addAttendance(into.weeks[week], counts);
  }
  into.openedDayParts += other.openedDayParts;
  into.attendees += other.attendees;
  into.maxAnonymous = Math.max(into.maxAnonymous, other.maxAnonymous);
  for (const respondent of RESPONDENTS) {
    const a = into.health[respondent];
    const b = other.health[respondent];
    a.participants += b.participants;
    addRecord(a.first, b.first);
    addRecord(a.latest, b.latest);
    for (const [quarter, q] of Object.entries(b.quarters)) {
      a.quarters[quarter] ??= { people: 0, measurements: 0, sums: zeroSums() };
      const target = a.quarters[quarter];
      target.people += q.people;
      target.measurements += q.measurements;
      addRecord(target.sums, q.sums);
    }
  }
  into.satisfaction.answers += other.satisfaction.answers;
  into.satisfaction.people += other.satisfaction.people;
  into.satisfaction.sum += other.satisfaction.sum;
  other.satisfaction.distribution.forEach((n, score) => {
    into.satisfaction.distribution[score] = (into.satisfaction.distribution[score] ?? 0) + n;
  });
  addRecord(into.outflow, other.outflow);
}

// ---------------------------------------------------------------------------------------------
// The report

/** Who filled in the measurements a part of the report is about. */
export const RESPONDENT_LABELS: Record<Respondent, string> = {
  participant: 'Ingevuld door de deelnemers zelf',
  coordinator: 'Ingevuld door de coördinator',
};

/** A count outside the provision: a number, "<5", or `null` when hidden against computing back. */
export type ProtectedCount = ReportedCount | null;

export interface DimensionChange {
  dimension: HealthDimension;
  /** Mean of the first measurements. */
  first: number | null;
  /** Mean of the latest measurements. */
  latest: number | null;
  /** Mean change (latest minus first). */
  change: number | null;
}

export interface HealthSection<C> {
  /** Participants with two or more measurements: what the change is based on. */
  participants: C;
  /** True when the means are not shown because they concern too few people. */
  suppressed: boolean;
  dimensions: DimensionChange[];
  /** Averages of the measurements per quarter of the period ("over time"). */
  perQuarter: {
    quarter: string;
    participants: C;
    measurements: C;
    suppressed: boolean;
    averages: Record<HealthDimension, number | null>;
  }[];
}

export interface ReportSections<C> {
  participants: { active: C; new: C; erased: C; byClientRoute: Record<ClientRoute, C> };
  attendance: {
    registered: C;
    anonymous: C;
    openedDayParts: C;
    /** Everyone present (registered and anonymous) per day part on which anyone was present. */
    averagePerOpenedDayPart: number | null;
    averageSuppressed: boolean;
    byDayPart: { dayPart: DayPart; registered: C; anonymous: C }[];
    perWeek: { week: string; registered: C; anonymous: C }[];
  };
  health: Record<Respondent, HealthSection<C>>;
  satisfaction: {
    answers: C;
    people: C;
    mean: number | null;
    suppressed: boolean;
    distribution: { score: number; count: C }[];
  };
  outflow: { total: C; byKind: Record<OutflowKind, C> };
}

/** A mean rounded to two decimals; null of nothing. */
export function meanOf(sum: number, n: number): number | null {
  if (n === 0) return null;
  const rounded = Math.round((sum / n) * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** How a report shows a count and whether it hides a mean, for one provision or total. */
interface Presenter<C> {
  count(measure: string, value: number): C;
  meanHidden(measure: string): boolean;
  /** Outside the provision: small numbers are protected. */
  outside: boolean;
}

function healthSection<C>(
  figures: HealthFigures,
  respondent: Respondent,
  show: Presenter<C>,
): HealthSection<C> {
  const n = figures.participants;
  const suppressed = show.meanHidden(`health.${respondent}`);
  const hidden = suppressed || n === 0;
  return {
    participants: show.count(`health.${respondent}`, n),
    suppressed,
    dimensions: HEALTH_DIMENSIONS.map((dimension) => ({
      dimension,
      first: hidden ? null : meanOf(figures.first[dimension], n),
      latest: hidden ? null : meanOf(figures.latest[dimension], n),
      change: hidden ? null : meanOf(figures.latest[dimension] - figures.first[dimension], n),
    })),
    perQuarter: Object.entries(figures.quarters)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([quarter, q]) => {
        const quarterSuppressed = show.meanHidden(`quarter.${respondent}.${quarter}`);
        return {
          quarter,
          participants: show.count(`quarter.${respondent}.${quarter}`, q.people),
          measurements: show.count(`measurements.${respondent}.${quarter}`, q.measurements),
          suppressed: quarterSuppressed,
          averages: Object.fromEntries(
            HEALTH_DIMENSIONS.map((d) => [
              d,
              quarterSuppressed ? null : meanOf(q.sums[d], q.measurements),
            ]),
          ) as Record<HealthDimension, number | null>,
        };
      }),
  };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number';
}

function sections<C>(f: ProvisionFigures, show: Presenter<C>): ReportSections<C> {
  const registered = DAY_PARTS.reduce((sum, p) => sum + f.byDayPart[p].registered, 0);
  const anonymous = DAY_PARTS.reduce((sum, p) => sum + f.byDayPart[p].anonymous, 0);
  const attendance = {
    registered: show.count('registered', registered),
    anonymous: show.count('anonymous', anonymous),
    openedDayParts: show.count('opened', f.openedDayParts),
  };
  // Outside the provision the average is shown only where the three counts it follows from
  // are shown exactly, and when at least 5 different people were present (the registered
  // participants present, plus the largest anonymous count of one day part).
  const averageSuppressed =
    show.outside &&
    f.openedDayParts > 0 &&
    (f.attendees + f.maxAnonymous < SUPPRESSION_THRESHOLD ||
      !Object.values(attendance).every(isNumber));
  const outflowTotal = OUTFLOW_KINDS.reduce((sum, k) => sum + f.outflow[k], 0);
  const satisfactionSuppressed = show.meanHidden('satisfaction');
  return {
    participants: {
      active: show.count('active', f.active),
      new: show.count('new', f.new),
      erased: show.count('erased', f.erased),
      byClientRoute: Object.fromEntries(
        CLIENT_ROUTES.map((r) => [r, show.count(`active.${r}`, f.byClientRoute[r])]),
      ) as Record<ClientRoute, C>,
    },
    attendance: {
      ...attendance,
      averagePerOpenedDayPart: averageSuppressed
        ? null
        : meanOf(registered + anonymous, f.openedDayParts),
      averageSuppressed,
      byDayPart: DAY_PARTS.map((dayPart) => ({
        dayPart,
        registered: show.count(`registered.${dayPart}`, f.byDayPart[dayPart].registered),
        anonymous: show.count(`anonymous.${dayPart}`, f.byDayPart[dayPart].anonymous),
      })),
      perWeek: Object.entries(f.weeks)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([week, counts]) => ({
          week,
          registered: show.count(`registered.${week}`, counts.registered),
          anonymous: show.count(`anonymous.${week}`, counts.anonymous),
        })),
    },
    health: {
      participant: healthSection(f.health.participant, 'participant', show),
      coordinator: healthSection(f.health.coordinator, 'coordinator', show),
    },
    satisfaction: {
      answers: show.count('satisfaction', f.satisfaction.answers),
      people: show.count('satisfaction.people', f.satisfaction.people),
      mean: satisfactionSuppressed ? null : meanOf(f.satisfaction.sum, f.satisfaction.answers),
      suppressed: satisfactionSuppressed,
      distribution: SCORES.map((score) => ({
        score,
        count: show.count(`satisfaction.${score}`, f.satisfaction.distribution[score] ?? 0),
      })),
    },
    outflow: {
      total: show.count('outflow', outflowTotal),
      byKind: Object.fromEntries(
        OUTFLOW_KINDS.map((k) => [k, show.count(`outflow.${k}`, f.outflow[k])]),
      ) as Record<OutflowKind, C>,
    },
  };
}

/** Inside the provision: every number as it is, every mean that has people behind it. */
export function provisionSections(figures: ProvisionFigures): ReportSections<number> {
  return sections(figures, {
    count: (_, value) => value,
    meanHidden: () => false,
    outside: false,
  });
}

// ---------------------------------------------------------------------------------------------
// Protection against computing back

/** `total` is the sum of `parts`. */
export interface SumRule {
  total: string;
  parts: readonly string[];
}

const SHOWN = 0;
const SMALL = 1;
const HIDDEN = 2;

/**
 * A set of counts and sum rules, numbered for speed: the protection works out the bounds many
 * times (for every number it considers hiding).
 */
class CountSystem {
  readonly ids: string[];
  readonly values: Float64Array;
  /** SHOWN, SMALL ("<5") or HIDDEN per count. */
  readonly kinds: Uint8Array;
  readonly totals: Int32Array;
  readonly parts: Int32Array[];
  /** The rules each count takes part in. */
  readonly rulesOf: number[][];
  readonly levels: Int32Array;

  constructor(values: ReadonlyMap<string, number>, rules: readonly SumRule[]) {
    this.ids = [...values.keys()];
    const index = new Map(this.ids.map((id, i) => [id, i]));
    const at = (id: string) => {
      const i = index.get(id);
      if (i === undefined) throw new Error(`A sum rule names an unknown count: ${id}`);
      return i;
    };
    this.values = Float64Array.from(this.ids, (id) => values.get(id)!);
    this.kinds = Uint8Array.from(this.values, (v) =>
      v > 0 && v < SUPPRESSION_THRESHOLD ? SMALL : SHOWN,
    );
    this.totals = Int32Array.from(rules, (rule) => at(rule.total));
    this.parts = rules.map((rule) => Int32Array.from(rule.parts, at));
    this.rulesOf = this.ids.map(() => []);
    rules.forEach((_, r) => {
      for (const i of [this.totals[r]!, ...this.parts[r]!]) this.rulesOf[i]!.push(r);
    });
    this.levels = this.levelsOf();
    this.lo = new Float64Array(this.ids.length);
    this.hi = new Float64Array(this.ids.length);
    this.queued = new Uint8Array(rules.length);
    this.queue = new Int32Array(rules.length);
  }

  /**
   * How far down each count is: 0 for a count that is no part of any sum (the municipality's
   * total), one more than the total it is a part of (a category, a client route), and so on.
   */
  private levelsOf(): Int32Array {
    const levels = new Int32Array(this.ids.length).fill(-1);
    const queue: number[] = [];
    this.ids.forEach((_, i) => {
      if (!this.rulesOf[i]!.some((r) => this.totals[r] !== i)) {
        levels[i] = 0;
        queue.push(i);
      }
    });
    for (let head = 0; head < queue.length; head++) {
      const i = queue[head]!;
      for (const r of this.rulesOf[i]!) {
        if (this.totals[r] !== i) continue;
        for (const part of this.parts[r]!) {
          if (levels[part] === -1) {
            levels[part] = levels[i]! + 1;
            queue.push(part);
          }
        }
      }
    }
    return levels;
  }

  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly queued: Uint8Array;
  /** A ring of rule numbers: a rule is in it at most once, so it never overflows. */
  private readonly queue: Int32Array;

  /**
   * Narrows the smallest and largest value each count can have for someone who knows the
   * rules and what is shown (shown numbers exactly, "<5" 1 to 4, hidden 5 or more), rule by
   * rule until nothing changes; every bound holds the true value, so this ends. Bounds only
   * narrow, so a "<5" with one value left stays so: the narrowing stops at the first one
   * (`watch`: that count only; -1: any "<5"), which it returns; -1 when there is none.
   */
  private firstPinned(watch: number): number {
    const { lo, hi, queued, queue, kinds, values } = this;
    const n = this.ids.length;
    for (let i = 0; i < n; i++) {
      const kind = kinds[i];
      lo[i] = kind === SHOWN ? values[i]! : kind === SMALL ? 1 : SUPPRESSION_THRESHOLD;
      hi[i] = kind === SHOWN ? values[i]! : kind === SMALL ? 4 : Infinity;
    }
    const rules = this.parts.length;
    for (let r = 0; r < rules; r++) {
      queue[r] = r;
      queued[r] = 1;
    }
    let head = 0;
    let size = rules;
    /** After a change of count `i`: its rules again, and whether it is now pinned. */
    const changed = (i: number): boolean => {
      for (const r of this.rulesOf[i]!) {
        if (queued[r]) continue;
        queued[r] = 1;
        queue[(head + size) % rules] = r;
        size++;
      }
      return lo[i] === hi[i] && (watch === -1 ? kinds[i] === SMALL : i === watch);
    };
    while (size > 0) {
      const r = queue[head]!;
      head = (head + 1) % rules;
      size--;
      queued[r] = 0;
      const t = this.totals[r]!;
      const parts = this.parts[r]!;
      let low = 0;
      let finiteHigh = 0;
      let infinite = 0;
      for (const p of parts) {
        low += lo[p]!;
        if (hi[p] === Infinity) infinite++;
        else finiteHigh += hi[p]!;
      }
      const high = infinite > 0 ? Infinity : finiteHigh;
      if (low > lo[t]! || high < hi[t]!) {
        lo[t] = Math.max(lo[t]!, low);
        hi[t] = Math.min(hi[t]!, high);
        if (changed(t)) return t;
      }
      for (const p of parts) {
        const othersLow = low - lo[p]!;
        const partInfinite = hi[p] === Infinity;
        const othersHigh =
          infinite - (partInfinite ? 1 : 0) > 0
            ? Infinity
            : finiteHigh - (partInfinite ? 0 : hi[p]!);
        const newLo = Math.max(lo[p]!, lo[t]! - othersHigh);
        const newHi = Math.min(hi[p]!, hi[t]! - othersLow);
        if (newLo !== lo[p] || newHi !== hi[p]) {
          lo[p] = newLo;
          hi[p] = newHi;
          if (changed(p)) return p;
        }
      }
    }
    return -1;
  }

  /** A "<5" that the shown numbers give one exact value, or -1. */
  pinnedSmall(): number {
    return this.firstPinned(-1);
  }

  /** Whether `target` is free when `hide` are hidden as well. */
  freeWith(target: number, hide: number[]): boolean {
    for (const i of hide) this.kinds[i] = HIDDEN;
    const pinned = this.firstPinned(target);
    for (const i of hide) this.kinds[i] = SHOWN;
    return pinned === -1;
  }

  /**
   * The shown numbers that take part in pinning `target`: those in its rules, and in the
   * rules of the counts not shown that those reach; nearest first, then smallest. The search
   * stops after the first distance that brings the list to `enough`.
   */
  candidatesFor(target: number, enough: number): number[] {
    const depth = new Int32Array(this.ids.length).fill(-1);
    depth[target] = 0;
    let level = [target];
    const candidates: number[] = [];
    while (level.length > 0 && candidates.length < enough) {
      const next: number[] = [];
      const reach = (other: number, d: number) => {
        if (depth[other] !== -1) return;
        depth[other] = d;
        if (this.kinds[other] !== SHOWN) next.push(other);
        else if (this.values[other]! > 0) candidates.push(other);
      };
      for (const from of level) {
        for (const r of this.rulesOf[from]!) {
          reach(this.totals[r]!, depth[from]! + 1);
          for (const p of this.parts[r]!) reach(p, depth[from]! + 1);
        }
      }
      level = next;
    }
    return candidates.sort(
      (a, b) => depth[a]! - depth[b]! || this.values[a]! - this.values[b]! || a - b,
    );
  }
}

/** How many candidates are tried on their own, and (of each their own) two at a time. */
const SINGLES = 24;
const PAIRS = 12;

/**
 * Protects counts: 1–4 become "<5", and where the sum rules and the numbers shown would
 * still give a "<5" one exact value, more numbers are hidden (`null`) until none can be
 * computed back: the nearest, smallest number that takes the exact value away on its own;
 * else two that do so together (a number and one it could be computed from), the highest
 * totals and then the smallest numbers first, so the details stay; else the highest total
 * involved, and then look again. Every count a rule names must be in `values`.
 */
export function protectCounts(
  values: ReadonlyMap<string, number>,
  rules: readonly SumRule[],
): Map<string, ProtectedCount> {
  const system = new CountSystem(values, rules);
  const { kinds, levels } = system;
  const value = (i: number) => system.values[i]!;
  for (let round = 0; round < system.ids.length; round++) {
    const target = system.pinnedSmall();
    if (target === -1) break;
    const candidates = system.candidatesFor(target, SINGLES);
    if (candidates.length === 0) break;
    const single = candidates.slice(0, SINGLES).find((i) => system.freeWith(target, [i]));
    if (single !== undefined) {
      kinds[single] = HIDDEN;
      continue;
    }
    // Of two, the highest totals first (the details stay), then the smallest numbers.
    const cost = (a: number, b: number) => (levels[a]! + levels[b]!) * 1e9 + value(a) + value(b);
    let pair: [number, number] | null = null;
    for (const first of candidates.slice(0, PAIRS)) {
      kinds[first] = HIDDEN;
      const seconds = system.candidatesFor(first, PAIRS).slice(0, PAIRS);
      kinds[first] = SHOWN;
      for (const second of seconds) {
        if (pair && cost(first, second) >= cost(pair[0], pair[1])) continue;
        if (system.freeWith(target, [first, second])) pair = [first, second];
      }
    }
    const chosen = pair ?? [
      [...candidates].sort((a, b) => levels[a]! - levels[b]! || value(a) - value(b))[0]!,
    ];
    for (const i of chosen) kinds[i] = HIDDEN;
  }
  const result = new Map<string, ProtectedCount>();
  system.ids.forEach((id, i) => {
    result.set(id, kinds[i] === SHOWN ? value(i) : kinds[i] === SMALL ? '<5' : null);
  });
  return result;
}

/**
 * The means to hide, given the number of people behind each mean and the rules of which
 * group of people is the sum of which smaller groups. A mean of 1–4 people is hidden; and
 * where a shown mean and its parts' shown means would give the sum of scores of 1–4 people
 * (the parts not shown together count 1–4 people), one more mean is hidden, the one of the
 * fewest people that takes that away.
 */
export function protectMeans(
  people: ReadonlyMap<string, number>,
  rules: readonly SumRule[],
): Set<string> {
  const hidden = new Set<string>();
  for (const [id, n] of people) if (n > 0 && n < SUPPRESSION_THRESHOLD) hidden.add(id);
  const n = (id: string) => people.get(id) ?? 0;
  const small = (total: number) => total > 0 && total < SUPPRESSION_THRESHOLD;

  /** Which sums of scores can be computed, and the rules where a small group's sum can. */
  const leaks = (): SumRule[] => {
    const known = new Set([...people.keys()].filter((id) => !hidden.has(id)));
    for (let changed = true; changed;) {
      changed = false;
      for (const rule of rules) {
        const unknown = rule.parts.filter((id) => !known.has(id));
        if (!known.has(rule.total) && unknown.length === 0) {
          known.add(rule.total);
          changed = true;
        } else if (known.has(rule.total) && unknown.length === 1) {
          known.add(unknown[0]!);
          changed = true;
        }
      }
    }
    const leaking = rules.filter(
      (rule) =>
        known.has(rule.total) &&
        small(rule.parts.filter((id) => !known.has(id)).reduce((sum, id) => sum + n(id), 0)),
    );
    // A small group whose sum is known through its parts or its whole.
    for (const id of known) {
      if (hidden.has(id) && small(n(id))) leaking.push({ total: id, parts: [] });
    }
    return leaking;
  };

  for (let round = 0, leaking = leaks(); leaking.length > 0 && round < people.size; round++) {
    const candidates = [...people.keys()]
      .filter((id) => !hidden.has(id) && n(id) > 0)
      .sort((a, b) => n(a) - n(b) || a.localeCompare(b));
    if (candidates.length === 0) break;
    const before = leaking.length;
    const chosen =
      candidates.find((id) => {
        hidden.add(id);
        const fewer = leaks().length < before;
        hidden.delete(id);
        return fewer;
      }) ?? candidates[0]!;
    hidden.add(chosen);
    leaking = leaks();
  }
  return hidden;
}

// ---------------------------------------------------------------------------------------------
// The municipality's report

export interface ReportProvision {
  id: string;
  name: string;
  category: Category;
  organisationName: string;
  figures: ProvisionFigures;
}

/** A provision's or a category's line in the municipality's tables. */
export interface ReportRow {
  active: ProtectedCount;
  new: ProtectedCount;
  attendances: ProtectedCount;
  anonymous: ProtectedCount;
  outflow: ProtectedCount;
  satisfactionAnswers: ProtectedCount;
  satisfactionMean: number | null;
  satisfactionSuppressed: boolean;
  /** Participants with two or more own measurements, and their mean change per dimension. */
  healthParticipants: ProtectedCount;
  healthSuppressed: boolean;
  healthChange: Record<HealthDimension, number | null>;
}

export interface MunicipalityReport {
  category: Category | null;
  totals: ReportSections<ProtectedCount>;
  byCategory: (ReportRow & { category: Category; provisions: number })[];
  byProvision: (ReportRow & {
    provisionId: string;
    name: string;
    category: Category;
    organisationName: string;
  })[];
}

/** Counts of a figure per kind: the parts of a total. */
interface Family {
  measure: string;
  kinds: readonly string[];
  value: (f: ProvisionFigures, kind: string) => number;
}

/** A count of the report: its value per node, whether provisions are shown, its parts. */
interface Measure {
  name: string;
  value: (f: ProvisionFigures) => number;
  perProvision: boolean;
  families: Family[];
}

const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);

function measuresFor(period: ReportPeriod): Measure[] {
  const weeks = weeksOfPeriod(period);
  const quarters = quartersOfPeriod(period);
  const attendanceOf = (key: keyof AttendanceCounts): Measure => ({
    name: key,
    value: (f) => sumOf(DAY_PARTS.map((p) => f.byDayPart[p][key])),
    perProvision: true,
    families: [
      {
        measure: key,
        kinds: DAY_PARTS,
        value: (f, part) => f.byDayPart[part as DayPart][key],
      },
      { measure: key, kinds: weeks, value: (f, week) => f.weeks[week]?.[key] ?? 0 },
    ],
  });
  const plain = (name: string, value: (f: ProvisionFigures) => number): Measure => ({
    name,
    value,
    perProvision: false,
    families: [],
  });
  return [
    {
      name: 'active',
      value: (f) => f.active,
      perProvision: true,
      families: [
        {
          measure: 'active',
          kinds: CLIENT_ROUTES,
          value: (f, r) => f.byClientRoute[r as ClientRoute],
        },
      ],
    },
    { ...plain('new', (f) => f.new), perProvision: true },
    plain('erased', (f) => f.erased),
    attendanceOf('registered'),
    attendanceOf('anonymous'),
    plain('opened', (f) => f.openedDayParts),
    {
      ...plain('health.participant', (f) => f.health.participant.participants),
      perProvision: true,
    },
    plain('health.coordinator', (f) => f.health.coordinator.participants),
    ...RESPONDENTS.flatMap((respondent) =>
      quarters.flatMap((q) => [
        plain(`quarter.${respondent}.${q}`, (f) => f.health[respondent].quarters[q]?.people ?? 0),
        plain(
          `measurements.${respondent}.${q}`,
          (f) => f.health[respondent].quarters[q]?.measurements ?? 0,
        ),
      ]),
    ),
    {
      name: 'satisfaction',
      value: (f) => f.satisfaction.answers,
      perProvision: true,
      families: [
        {
          measure: 'satisfaction',
          kinds: SCORES.map(String),
          value: (f, score) => f.satisfaction.distribution[Number(score)] ?? 0,
        },
      ],
    },
    { ...plain('satisfaction.people', (f) => f.satisfaction.people), perProvision: true },
    {
      name: 'outflow',
      value: (f) => sumOf(OUTFLOW_KINDS.map((k) => f.outflow[k])),
      perProvision: true,
      families: [
        { measure: 'outflow', kinds: OUTFLOW_KINDS, value: (f, k) => f.outflow[k as OutflowKind] },
      ],
    },
  ];
}

/**
 * A mean of the report: the people it is of, whether provisions show it, and the numbers it
 * is divided by (people, answers, measurements), which a nested period must not differ in by
 * 1 to 4.
 */
interface MeanMeasure {
  name: string;
  people: (f: ProvisionFigures) => number;
  perProvision: boolean;
  denominators: (f: ProvisionFigures) => number[];
}

function meanMeasuresFor(period: ReportPeriod): MeanMeasure[] {
  const quarters = quartersOfPeriod(period);
  return [
    {
      name: 'satisfaction',
      people: (f) => f.satisfaction.people,
      perProvision: true,
      denominators: (f) => [f.satisfaction.people, f.satisfaction.answers],
    },
    {
      name: 'health.participant',
      people: (f) => f.health.participant.participants,
      perProvision: true,
      denominators: (f) => [f.health.participant.participants],
    },
    {
      name: 'health.coordinator',
      people: (f) => f.health.coordinator.participants,
      perProvision: false,
      denominators: (f) => [f.health.coordinator.participants],
    },
    ...RESPONDENTS.flatMap((respondent) =>
      quarters.map((q): MeanMeasure => ({
        name: `quarter.${respondent}.${q}`,
        people: (f) => f.health[respondent].quarters[q]?.people ?? 0,
        perProvision: false,
        denominators: (f) => [
          f.health[respondent].quarters[q]?.people ?? 0,
          f.health[respondent].quarters[q]?.measurements ?? 0,
        ],
      })),
    ),
  ];
}

const TOTAL = 'T';
const categoryNode = (category: Category) => `c:${category}`;
const provisionNode = (id: string) => `p:${id}`;

/** The provisions added up: in total, per category, and who is in which category. */
function addedUp(period: ReportPeriod, provisions: readonly ReportProvision[]) {
  const total = emptyFigures(period);
  const perCategory = new Map(CATEGORY_CODES.map((c) => [c, emptyFigures(period)]));
  const members = new Map<Category, ReportProvision[]>(CATEGORY_CODES.map((c) => [c, []]));
  for (const p of provisions) {
    addFigures(total, p.figures);
    addFigures(perCategory.get(p.category)!, p.figures);
    members.get(p.category)!.push(p);
  }
  const nodes: [string, ProvisionFigures][] = [
    [TOTAL, total],
    ...CATEGORY_CODES.map((c): [string, ProvisionFigures] => [
      categoryNode(c),
      perCategory.get(c)!,
    ]),
  ];
  return { total, perCategory, members, nodes };
}

/**
 * Every figure of a report before protection, by the id the protection uses
 * ("measure|node"): the counts with one number, the means with the numbers they divide by.
 */
function rawFigures(
  period: ReportPeriod,
  provisions: readonly ReportProvision[],
): Map<string, number[]> {
  const { nodes } = addedUp(period, provisions);
  const values = new Map<string, number[]>();
  for (const measure of measuresFor(period)) {
    for (const [node, f] of nodes) values.set(`${measure.name}|${node}`, [measure.value(f)]);
    if (measure.perProvision) {
      for (const p of provisions) {
        values.set(`${measure.name}|${provisionNode(p.id)}`, [measure.value(p.figures)]);
      }
    }
    for (const family of measure.families) {
      for (const kind of family.kinds) {
        for (const [node, f] of nodes) {
          values.set(`${family.measure}.${kind}|${node}`, [family.value(f, kind)]);
        }
      }
    }
  }
  for (const measure of meanMeasuresFor(period)) {
    for (const [node, f] of nodes)
      values.set(`mean:${measure.name}|${node}`, measure.denominators(f));
    if (measure.perProvision) {
      for (const p of provisions) {
        values.set(`mean:${measure.name}|${provisionNode(p.id)}`, measure.denominators(p.figures));
      }
    }
  }
  return values;
}

/** The figures of the fixed periods nested with a report's own period. */
export interface NestedFigures {
  /** The months and quarters inside the period. */
  inside: { period: ReportPeriod; provisions: readonly ReportProvision[] }[];
  /** The quarter and year around it. */
  around: { period: ReportPeriod; provisions: readonly ReportProvision[] }[];
}

const isSmall = (n: number) => n > 0 && n < SUPPRESSION_THRESHOLD;

/**
 * The figures (ids as in `rawFigures`) that a nested period would give away: one that differs
 * by 1 to 4 from the same figure of a nested period (subtracting the two gives the answers of
 * 1 to 4 people), and one of a period with a month or quarter inside it of 1 to 4 (adding up
 * the other months and subtracting would give that).
 */
export function complementHidden(
  own: Map<string, number[]>,
  inside: readonly Map<string, number[]>[],
  around: readonly Map<string, number[]>[],
): Set<string> {
  const hidden = new Set<string>();
  for (const [id, values] of own) {
    const differs = [...inside, ...around].some((other) => {
      const theirs = other.get(id);
      return theirs !== undefined && values.some((v, i) => isSmall(Math.abs(v - (theirs[i] ?? 0))));
    });
    const smallInside = inside.some((other) => other.get(id)?.some(isSmall) ?? false);
    if (differs || smallInside) hidden.add(id);
  }
  return hidden;
}

/**
 * The municipality's report: the totals of all provisions (or of one category), and a line
 * per category and per provision, protected as described at the top of this module. The
 * protection is worked out for all categories at once, whatever the filter. With the figures
 * of the fixed periods nested with this one, a figure that they would give away by
 * subtraction is hidden too (`complementHidden`).
 */
export function municipalityReport(
  period: ReportPeriod,
  provisions: readonly ReportProvision[],
  category: Category | null,
  nested: NestedFigures = { inside: [], around: [] },
): MunicipalityReport {
  const { total, perCategory, members, nodes } = addedUp(period, provisions);
  const givenAway = complementHidden(
    rawFigures(period, provisions),
    nested.inside.map((n) => rawFigures(n.period, n.provisions)),
    nested.around.map((n) => rawFigures(n.period, n.provisions)),
  );
  const hierarchy = (name: string, perProvision: boolean): SumRule[] => [
    { total: `${name}|${TOTAL}`, parts: CATEGORY_CODES.map((c) => `${name}|${categoryNode(c)}`) },
    ...(perProvision
      ? CATEGORY_CODES.map((c) => ({
          total: `${name}|${categoryNode(c)}`,
          parts: members.get(c)!.map((p) => `${name}|${provisionNode(p.id)}`),
        }))
      : []),
  ];

  const counts = new Map<string, ProtectedCount>();
  for (const measure of measuresFor(period)) {
    const values = new Map<string, number>();
    const rules = hierarchy(measure.name, measure.perProvision);
    for (const [node, f] of nodes) values.set(`${measure.name}|${node}`, measure.value(f));
    if (measure.perProvision) {
      for (const p of provisions) {
        values.set(`${measure.name}|${provisionNode(p.id)}`, measure.value(p.figures));
      }
    }
    for (const family of measure.families) {
      for (const kind of family.kinds) {
        const id = `${family.measure}.${kind}`;
        for (const [node, f] of nodes) values.set(`${id}|${node}`, family.value(f, kind));
        rules.push(...hierarchy(id, false));
      }
      for (const [node] of nodes) {
        rules.push({
          total: `${measure.name}|${node}`,
          parts: family.kinds.map((kind) => `${family.measure}.${kind}|${node}`),
        });
      }
    }
    for (const [id, shown] of protectCounts(values, rules)) {
      // A "<5" or a 0 gives nothing more away; a number that subtraction would expose goes.
      counts.set(id, givenAway.has(id) && typeof shown === 'number' && shown > 0 ? null : shown);
    }
  }

  const hiddenMeans = new Set<string>();
  for (const measure of meanMeasuresFor(period)) {
    const people = new Map<string, number>();
    for (const [node, f] of nodes) people.set(`${measure.name}|${node}`, measure.people(f));
    if (measure.perProvision) {
      for (const p of provisions) {
        people.set(`${measure.name}|${provisionNode(p.id)}`, measure.people(p.figures));
      }
    }
    const rules = hierarchy(measure.name, measure.perProvision);
    for (const id of protectMeans(people, rules)) hiddenMeans.add(id);
    for (const id of people.keys()) if (givenAway.has(`mean:${id}`)) hiddenMeans.add(id);
  }

  const countOf = (measure: string, node: string): ProtectedCount => {
    const shown = counts.get(`${measure}|${node}`);
    if (shown === undefined) throw new Error(`No protected count for ${measure}|${node}`);
    return shown;
  };
  const presenter = (node: string): Presenter<ProtectedCount> => ({
    count: (measure) => countOf(measure, node),
    meanHidden: (measure) => hiddenMeans.has(`${measure}|${node}`),
    outside: true,
  });
  const row = (node: string, f: ProvisionFigures): ReportRow => {
    const health = f.health.participant;
    const healthSuppressed = hiddenMeans.has(`health.participant|${node}`);
    const satisfactionSuppressed = hiddenMeans.has(`satisfaction|${node}`);
    return {
      active: countOf('active', node),
      new: countOf('new', node),
      attendances: countOf('registered', node),
      anonymous: countOf('anonymous', node),
      outflow: countOf('outflow', node),
      satisfactionAnswers: countOf('satisfaction', node),
      satisfactionMean: satisfactionSuppressed
        ? null
        : meanOf(f.satisfaction.sum, f.satisfaction.answers),
      satisfactionSuppressed,
      healthParticipants: countOf('health.participant', node),
      healthSuppressed,
      healthChange: Object.fromEntries(
        HEALTH_DIMENSIONS.map((d) => [
          d,
          healthSuppressed ? null : meanOf(health.latest[d] - health.first[d], health.participants),
        ]),
      ) as Record<HealthDimension, number | null>,
    };
  };

  const shownCategories = category ? [category] : CATEGORY_CODES;
  return {
    category,
    totals: sections(
      category ? perCategory.get(category)! : total,
      presenter(category ? categoryNode(category) : TOTAL),
    ),
    byCategory: shownCategories.map((c) => ({
      category: c,
      provisions: members.get(c)!.length,
      ...row(categoryNode(c), perCategory.get(c)!),
    })),
    byProvision: provisions
      .filter((p) => category === null || p.category === category)
      .map((p) => ({
        provisionId: p.id,
        name: p.name,
        category: p.category,
        organisationName: p.organisationName,
        ...row(provisionNode(p.id), p.figures),
      })),
  };
}

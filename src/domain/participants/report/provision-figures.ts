/**
 * The figures of one provision over a report's period: what the database adds up per
 * provision, and the provisions added up (a category, the municipality).
 */
import { DAY_PARTS, type DayPart } from '../../day-parts.ts';
import {
  HEALTH_DIMENSIONS,
  RESPONDENTS,
  SCORES,
  type HealthDimension,
  type Respondent,
} from '../positive-health.ts';
import {
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  type ClientRoute,
  type OutflowKind,
} from '../registration.ts';
import { type PeriodCalendar, periodCalendar, type ReportPeriod } from './period.ts';

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

/**
 * Figures of nothing: every week and quarter of the period present, every count zero. Who
 * makes many for one period passes its calendar, so the weeks are worked out once.
 */
export function emptyFigures(
  period: ReportPeriod,
  calendar: PeriodCalendar = periodCalendar(period),
): ProvisionFigures {
  const { weeks, quarters } = calendar;
  return {
    active: 0,
    new: 0,
    erased: 0,
    byClientRoute: zeroes(CLIENT_ROUTES),
    byDayPart: Object.fromEntries(
      DAY_PARTS.map((p) => [p, { registered: 0, anonymous: 0 }]),
    ) as Record<DayPart, AttendanceCounts>,
    weeks: Object.fromEntries(weeks.map((w) => [w, { registered: 0, anonymous: 0 }])),
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

/**
 * The sections of a report (participants, attendance, positive health, satisfaction, outflow)
 * from a provision's figures: means from sums, and each count as the presenter shows it (as it
 * is inside the provision; protected outside it, see municipality-report.ts).
 */
import { DAY_PARTS, type DayPart } from '../../day-parts.ts';
import {
  HEALTH_DIMENSIONS,
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
import { SUPPRESSION_THRESHOLD } from '../suppression.ts';
import type { HealthFigures, ProvisionFigures } from './provision-figures.ts';

/** Who filled in the measurements a part of the report is about. */
export const RESPONDENT_LABELS: Record<Respondent, string> = {
  participant: 'Ingevuld door de deelnemers zelf',
  coordinator: 'Ingevuld door de coördinator',
};

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
export interface Presenter<C> {
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

export function sections<C>(f: ProvisionFigures, show: Presenter<C>): ReportSections<C> {
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

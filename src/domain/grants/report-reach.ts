/**
 * The reach of a grant's accountability report, pulled from the provision's registration
 * over the grant's period (docs/rules/grant-lifecycle.md): participants by client route,
 * attendance per day part, the change in positive health (as the participants themselves
 * filled it in), and outflow. The report goes to the municipality, outside the provision, so
 * the figures are protected as every report outside the provision is
 * (docs/privacy/small-numbers.md): 1–4 is "<5", a count that the sums would give away is
 * hidden, and a mean of fewer than 5 people is not shown. The sections are made by the same
 * code as the participant reports (report/sections.ts); nothing is counted a second time.
 */
import { DAY_PARTS, type DayPart } from '../day-parts.ts';
import {
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  type ClientRoute,
  type OutflowKind,
} from '../participants/registration.ts';
import type { ReportPeriod } from '../participants/report/period.ts';
import {
  protectCounts,
  protectMeans,
  type ProtectedCount,
  type SumRule,
} from '../participants/report/protection.ts';
import type { ProvisionFigures } from '../participants/report/provision-figures.ts';
import { type DimensionChange, sections } from '../participants/report/sections.ts';
import { suppressSmall } from '../participants/suppression.ts';

export interface GrantReach {
  period: ReportPeriod;
  participants: {
    active: ProtectedCount;
    new: ProtectedCount;
    byClientRoute: Record<ClientRoute, ProtectedCount>;
  };
  attendance: {
    registered: ProtectedCount;
    anonymous: ProtectedCount;
    openedDayParts: ProtectedCount;
    byDayPart: { dayPart: DayPart; registered: ProtectedCount; anonymous: ProtectedCount }[];
  };
  health: {
    /** Participants with two or more of their own measurements. */
    participants: ProtectedCount;
    suppressed: boolean;
    dimensions: DimensionChange[];
  };
  outflow: { total: ProtectedCount; byKind: Record<OutflowKind, ProtectedCount> };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The reach as the organisation submits it: the provision's figures, protected. */
export function grantReach(period: ReportPeriod, f: ProvisionFigures): GrantReach {
  const values = new Map<string, number>([
    ['active', f.active],
    ['new', f.new],
    ['opened', f.openedDayParts],
    ['health.participant', f.health.participant.participants],
    ['registered', sum(DAY_PARTS.map((p) => f.byDayPart[p].registered))],
    ['anonymous', sum(DAY_PARTS.map((p) => f.byDayPart[p].anonymous))],
    ['outflow', sum(OUTFLOW_KINDS.map((k) => f.outflow[k]))],
  ]);
  for (const route of CLIENT_ROUTES) values.set(`active.${route}`, f.byClientRoute[route]);
  for (const part of DAY_PARTS) {
    values.set(`registered.${part}`, f.byDayPart[part].registered);
    values.set(`anonymous.${part}`, f.byDayPart[part].anonymous);
  }
  for (const kind of OUTFLOW_KINDS) values.set(`outflow.${kind}`, f.outflow[kind]);
  // The totals the report shows are the sums of their parts: someone who reads the report
  // knows that, so a "<5" must not follow from them.
  const rules: SumRule[] = [
    { total: 'active', parts: CLIENT_ROUTES.map((r) => `active.${r}`) },
    { total: 'registered', parts: DAY_PARTS.map((p) => `registered.${p}`) },
    { total: 'anonymous', parts: DAY_PARTS.map((p) => `anonymous.${p}`) },
    { total: 'outflow', parts: OUTFLOW_KINDS.map((k) => `outflow.${k}`) },
  ];
  const counts = protectCounts(values, rules);
  const hiddenMeans = protectMeans(
    new Map([['health.participant', f.health.participant.participants]]),
    [],
  );
  const all = sections(f, {
    // Figures this report leaves out (weeks, quarters, satisfaction) are only protected simply.
    count: (measure, value) => (counts.has(measure) ? counts.get(measure)! : suppressSmall(value)),
    meanHidden: (measure) => hiddenMeans.has(measure),
    outside: true,
  });
  return {
    period: { from: period.from, to: period.to },
    participants: {
      active: all.participants.active,
      new: all.participants.new,
      byClientRoute: all.participants.byClientRoute,
    },
    attendance: {
      registered: all.attendance.registered,
      anonymous: all.attendance.anonymous,
      openedDayParts: all.attendance.openedDayParts,
      byDayPart: all.attendance.byDayPart,
    },
    health: {
      participants: all.health.participant.participants,
      suppressed: all.health.participant.suppressed,
      dimensions: all.health.participant.dimensions,
    },
    outflow: all.outflow,
  };
}

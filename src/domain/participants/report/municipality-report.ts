/**
 * The municipality's report on participants (docs/rules/participants.md): the provisions'
 * figures (`ProvisionFigures`) added up per category and in total, with small numbers
 * protected, since the municipality sees them outside the provision.
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
 *    so it is 5 or more: the check counts with that too. Only where the "<5"s alone give one
 *    away (every count around it is 1–4) is that "<5" itself hidden. See `protectCounts`;
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
import { DAY_PARTS, type DayPart } from '../../day-parts.ts';
import { CATEGORY_CODES, type Category } from '../../tender/categories.ts';
import {
  HEALTH_DIMENSIONS,
  RESPONDENTS,
  SCORES,
  type HealthDimension,
} from '../positive-health.ts';
import {
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  type ClientRoute,
  type OutflowKind,
} from '../registration.ts';
import { SUPPRESSION_THRESHOLD } from '../suppression.ts';
import { type PeriodCalendar, periodCalendar, type ReportPeriod } from './period.ts';
import { protectCounts, protectMeans, type ProtectedCount, type SumRule } from './protection.ts';
import {
  addFigures,
  emptyFigures,
  type AttendanceCounts,
  type ProvisionFigures,
} from './provision-figures.ts';
import { meanOf, sections, type Presenter, type ReportSections } from './sections.ts';

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

function measuresFor({ weeks, quarters }: PeriodCalendar): Measure[] {
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

function meanMeasuresFor({ quarters }: PeriodCalendar): MeanMeasure[] {
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
function addedUp(
  period: ReportPeriod,
  calendar: PeriodCalendar,
  provisions: readonly ReportProvision[],
) {
  const total = emptyFigures(period, calendar);
  const perCategory = new Map(CATEGORY_CODES.map((c) => [c, emptyFigures(period, calendar)]));
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
  calendar: PeriodCalendar = periodCalendar(period),
): Map<string, number[]> {
  const { nodes } = addedUp(period, calendar, provisions);
  const values = new Map<string, number[]>();
  for (const measure of measuresFor(calendar)) {
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
  for (const measure of meanMeasuresFor(calendar)) {
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
 * per category and per provision, protected as described at the top of this file. The
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
  const calendar = periodCalendar(period);
  const { total, perCategory, members, nodes } = addedUp(period, calendar, provisions);
  const givenAway = complementHidden(
    rawFigures(period, provisions, calendar),
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
  for (const measure of measuresFor(calendar)) {
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
  for (const measure of meanMeasuresFor(calendar)) {
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

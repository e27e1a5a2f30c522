/**
 * The queries of the reports. Each one adds up a table in the database, set-based, per
 * provision (one provision, or all of them): the rows that come back are a few per provision,
 * week or quarter, never one per participant or per attendance.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import { DAY_PARTS, type DayPart } from '../../../domain/day-parts.ts';
import {
  HEALTH_DIMENSIONS,
  type Respondent,
} from '../../../domain/participants/positive-health.ts';
import {
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  type ClientRoute,
  type OutflowKind,
} from '../../../domain/participants/registration.ts';
import type { ReportPeriod } from '../../../domain/participants/report/period.ts';
import {
  emptyFigures,
  type DimensionSums,
  type ProvisionFigures,
} from '../../../domain/participants/report/provision-figures.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisations, provisions } from '../../platform/db/schema.ts';

/** Both drivers answer `execute` with `{ rows }`. */
async function rows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** The dimensions are the names of the measurement columns (a fixed list, not input). */
const dimensionSums = (alias: string, filter = '') =>
  sql.raw(
    HEALTH_DIMENSIONS.map((d) => `coalesce(sum(${alias}.${d})${filter}, 0)::int as "${d}"`).join(
      ', ',
    ),
  );

type DimensionRow = Record<(typeof HEALTH_DIMENSIONS)[number], number>;
const sumsOf = (row: DimensionRow): DimensionSums =>
  Object.fromEntries(HEALTH_DIMENSIONS.map((d) => [d, Number(row[d])])) as DimensionSums;

/** `alias.provision_id` is the one provision, or any. */
const ofProvision = (alias: string, provisionId: string | null): SQL =>
  provisionId === null ? sql`true` : sql`${sql.raw(alias)}.provision_id = ${provisionId}::uuid`;

async function participantCounts(db: Queryable, period: ReportPeriod, provisionId: string | null) {
  return rows<{
    provisionId: string;
    clientRoute: ClientRoute;
    active: number;
    new: number;
    erased: number;
  }>(
    db,
    sql`
      select p.provision_id as "provisionId", p.client_route as "clientRoute",
        count(*)::int as active,
        count(*) filter (where p.start_date >= ${period.from}::date)::int as "new",
        count(*) filter (where p.erased_at is not null)::int as erased
      from participants p
      where p.start_date <= ${period.to}::date
        and (p.end_date is null or p.end_date >= ${period.from}::date)
        and ${ofProvision('p', provisionId)}
      group by p.provision_id, p.client_route`,
  );
}

/**
 * Attendance per provision, day and day part (one pass over the period's rows, grouped in
 * the order of an index on day, provision and day part when there is one), joined with the
 * anonymous counts, then per day part and per ISO week; and per provision the participants
 * present at all (an index probe per participant, not a pass over the attendance).
 */
async function attendanceCounts(db: Queryable, period: ReportPeriod, provisionId: string | null) {
  return rows<{
    provisionId: string;
    dayPart: DayPart | null;
    week: string | null;
    registered: number;
    anonymous: number;
    opened: number;
    maxAnonymous: number;
    attendees: number | null;
  }>(
    db,
    sql`
      with registered as (
        select a.provision_id, a.day, a.day_part, count(*)::int as n
        from attendance a
        where a.day between ${period.from}::date and ${period.to}::date
          and ${ofProvision('a', provisionId)}
        group by a.day, a.provision_id, a.day_part
      ), cells as (
        select coalesce(r.provision_id, n.provision_id) as provision_id,
          coalesce(r.day_part, n.day_part) as day_part,
          to_char(coalesce(r.day, n.day), 'IYYY-"W"IW') as week,
          coalesce(r.n, 0) as registered, coalesce(n.count, 0) as anonymous
        from registered r
        full join (
          select n.provision_id, n.day, n.day_part, n.count from anonymous_attendance n
          where n.day between ${period.from}::date and ${period.to}::date and n.count > 0
            and ${ofProvision('n', provisionId)}
        ) n on n.provision_id = r.provision_id and n.day = r.day and n.day_part = r.day_part
      )
      select provision_id as "provisionId",
        case when grouping(day_part) = 0 then day_part end as "dayPart",
        case when grouping(week) = 0 then week end as week,
        sum(registered)::int as registered, sum(anonymous)::int as anonymous,
        count(*)::int as opened, max(anonymous)::int as "maxAnonymous", null::int as attendees
      from cells
      group by grouping sets ((provision_id, day_part), (provision_id, week))
      union all
      select p.provision_id, null, null, 0, 0, 0, 0, count(*)::int
      from participants p
      where ${ofProvision('p', provisionId)}
        and exists (
          select 1 from attendance a
          where a.participant_id = p.id
            and a.day between ${period.from}::date and ${period.to}::date
        )
      group by p.provision_id`,
  );
}

/**
 * Per provision and respondent: the participants (active in the period) with two or more
 * measurements up to the period's end, and the sums of their first and latest measurement.
 */
async function healthChanges(db: Queryable, period: ReportPeriod, provisionId: string | null) {
  const columns = sql.raw(HEALTH_DIMENSIONS.map((d) => `m.${d}`).join(', '));
  return rows<
    {
      provisionId: string;
      respondent: Respondent;
      participants: number;
      at: 'first' | 'latest';
    } & DimensionRow
  >(
    db,
    sql`
      with numbered as (
        select p.provision_id, m.respondent, ${columns},
          row_number() over (partition by m.participant_id, m.respondent
            order by m.measured_on, m.created_at, m.id) as nr,
          count(*) over (partition by m.participant_id, m.respondent) as measured
        from measurements m
        join participants p on p.id = m.participant_id
        where m.measured_on <= ${period.to}::date
          and ${ofProvision('m', provisionId)}
          and p.start_date <= ${period.to}::date
          and (p.end_date is null or p.end_date >= ${period.from}::date)
      ), counted as (
        -- A participant's first and latest of two or more measurements.
        select n.*, case when n.nr = 1 then 'first' else 'latest' end as at
        from numbered n
        where n.measured >= 2 and (n.nr = 1 or n.nr = n.measured)
      )
      select c.provision_id as "provisionId", c.respondent, c.at, count(*)::int as participants,
        ${dimensionSums('c')}
      from counted c
      group by c.provision_id, c.respondent, c.at`,
  );
}

/** Per provision, respondent and quarter of the period: people, measurements, score sums. */
async function quarterAverages(db: Queryable, period: ReportPeriod, provisionId: string | null) {
  return rows<
    {
      provisionId: string;
      respondent: Respondent;
      quarter: string;
      people: number;
      measurements: number;
    } & DimensionRow
  >(
    db,
    sql`
      select m.provision_id as "provisionId", m.respondent,
        to_char(m.measured_on, 'YYYY-"Q"Q') as quarter,
        count(distinct m.participant_id)::int as people, count(*)::int as measurements,
        ${dimensionSums('m')}
      from measurements m
      where m.measured_on between ${period.from}::date and ${period.to}::date
        and ${ofProvision('m', provisionId)}
      group by m.provision_id, m.respondent, quarter`,
  );
}

/** Satisfaction as participants gave it themselves: per score, and people per provision. */
async function satisfactionCounts(db: Queryable, period: ReportPeriod, provisionId: string | null) {
  return rows<{
    provisionId: string;
    score: number | null;
    answers: number;
    people: number;
  }>(
    db,
    sql`
      select m.provision_id as "provisionId",
        case when grouping(m.satisfaction) = 0 then m.satisfaction end as score,
        count(*)::int as answers, count(distinct m.participant_id)::int as people
      from measurements m
      where m.measured_on between ${period.from}::date and ${period.to}::date
        and m.respondent = 'participant' and m.satisfaction is not null
        and ${ofProvision('m', provisionId)}
      group by grouping sets ((m.provision_id, m.satisfaction), (m.provision_id))`,
  );
}

async function outflowCounts(db: Queryable, period: ReportPeriod, provisionId: string | null) {
  return rows<{ provisionId: string; kind: OutflowKind; count: number }>(
    db,
    sql`
      select o.provision_id as "provisionId", o.kind, count(*)::int as count
      from participant_outflows o
      where o.on_date between ${period.from}::date and ${period.to}::date
        and ${ofProvision('o', provisionId)}
      group by o.provision_id, o.kind`,
  );
}

const isClientRoute = (v: string): v is ClientRoute =>
  (CLIENT_ROUTES as readonly string[]).includes(v);
const isOutflowKind = (v: string): v is OutflowKind =>
  (OUTFLOW_KINDS as readonly string[]).includes(v);
const isDayPart = (v: string): v is DayPart => (DAY_PARTS as readonly string[]).includes(v);

/**
 * The figures of the period per provision: of one provision, or (`null`) of all provisions
 * that have any. The queries are independent; on a server they run side by side.
 */
export async function figuresPerProvision(
  db: Queryable,
  period: ReportPeriod,
  provisionId: string | null,
): Promise<Map<string, ProvisionFigures>> {
  const [people, presence, changes, quarters, satisfaction, outflow] = await Promise.all([
    participantCounts(db, period, provisionId),
    attendanceCounts(db, period, provisionId),
    healthChanges(db, period, provisionId),
    quarterAverages(db, period, provisionId),
    satisfactionCounts(db, period, provisionId),
    outflowCounts(db, period, provisionId),
  ]);
  const figures = new Map<string, ProvisionFigures>();
  const of = (id: string) => {
    let f = figures.get(id);
    if (!f) {
      f = emptyFigures(period);
      figures.set(id, f);
    }
    return f;
  };

  for (const row of people) {
    const f = of(row.provisionId);
    f.active += row.active;
    f.new += row.new;
    f.erased += row.erased;
    if (isClientRoute(row.clientRoute)) f.byClientRoute[row.clientRoute] += row.active;
  }
  for (const row of presence) {
    const f = of(row.provisionId);
    if (row.attendees !== null) {
      f.attendees = row.attendees;
    } else if (row.dayPart !== null && isDayPart(row.dayPart)) {
      f.byDayPart[row.dayPart] = { registered: row.registered, anonymous: row.anonymous };
      f.openedDayParts += row.opened;
      f.maxAnonymous = Math.max(f.maxAnonymous, row.maxAnonymous);
    } else if (row.week !== null) {
      f.weeks[row.week] = { registered: row.registered, anonymous: row.anonymous };
    }
  }
  for (const row of changes) {
    const health = of(row.provisionId).health[row.respondent];
    if (!health) continue;
    health.participants = row.participants;
    health[row.at] = sumsOf(row);
  }
  for (const row of quarters) {
    const health = of(row.provisionId).health[row.respondent];
    if (!health) continue;
    health.quarters[row.quarter] = {
      people: row.people,
      measurements: row.measurements,
      sums: sumsOf(row),
    };
  }
  for (const row of satisfaction) {
    const s = of(row.provisionId).satisfaction;
    if (row.score === null) {
      s.answers = row.answers;
      s.people = row.people;
    } else {
      s.distribution[row.score] = row.answers;
      s.sum += row.score * row.answers;
    }
  }
  for (const row of outflow) {
    if (isOutflowKind(row.kind)) of(row.provisionId).outflow[row.kind] += row.count;
  }
  return figures;
}

export interface ReportProvisionRow {
  id: string;
  name: string;
  category: Category;
  organisationName: string;
}

/** Every provision with its category and organisation, by name. */
export async function listReportProvisions(db: Queryable): Promise<ReportProvisionRow[]> {
  const list = await db
    .select({
      id: provisions.id,
      name: provisions.name,
      category: provisions.category,
      organisationName: organisations.name,
    })
    .from(provisions)
    .innerJoin(organisations, eq(organisations.id, provisions.organisationId))
    .orderBy(provisions.name, provisions.id);
  return list.map((p) => ({ ...p, category: p.category as Category }));
}

export async function organisationName(db: Queryable, organisationId: string): Promise<string> {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.name ?? '';
}

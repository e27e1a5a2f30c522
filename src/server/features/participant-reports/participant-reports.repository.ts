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
import { periodCalendar, type ReportPeriod } from '../../../domain/participants/report/period.ts';
import {
  emptyFigures,
  type DimensionSums,
  type ProvisionFigures,
} from '../../../domain/participants/report/provision-figures.ts';
import { addDays } from '../../../domain/dates.ts';
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

/**
 * The periods of one pass as a common table `pe(k, from_day, to_day)`: `k` is the period's
 * place in the list. Each query reads its table once over all the periods together (from the
 * first day of any to the last) and counts every row in each period that holds it.
 */
const periodTable = (periods: readonly ReportPeriod[]): SQL =>
  sql`pe(k, from_day, to_day) as (values ${sql.join(
    periods.map((p, k) => sql`(${k}::int, ${p.from}::date, ${p.to}::date)`),
    sql`, `,
  )})`;

const envelopeOf = (periods: readonly ReportPeriod[]): ReportPeriod => ({
  from: periods.reduce((first, p) => (p.from < first ? p.from : first), periods[0]!.from),
  to: periods.reduce((last, p) => (p.to > last ? p.to : last), periods[0]!.to),
});

/**
 * The periods cut into pieces at every first day and every day after a last day (a year with
 * its quarters and months: the 12 months). Each period is a run of whole pieces, so a day is
 * in a period when its piece is (`width_bucket(day, bounds)`: 1 for the first piece, 0 before
 * it, the number of bounds after the last). A join on the piece's number is an equality, not
 * a comparison of every row with every period. `pieces(k, piece)`: the pieces of each period;
 * `spans(k, first_piece, last_piece)`: the same as a run.
 */
function piecesOf(periods: readonly ReportPeriod[]) {
  const bounds = [...new Set(periods.flatMap((p) => [p.from, addDays(p.to, 1)]))].sort();
  const spans = periods.map((p, k) => ({
    k,
    first: bounds.indexOf(p.from) + 1,
    last: bounds.indexOf(addDays(p.to, 1)),
  }));
  const boundsSql = sql`${`{${bounds.join(',')}}`}::date[]`;
  return {
    /** The number of the piece `column` (a date) falls in. */
    pieceOf: (column: string) => sql`width_bucket(${sql.raw(column)}, ${boundsSql})`,
    pieces: sql`pieces(k, piece) as (values ${sql.join(
      spans.flatMap((s) =>
        Array.from(
          { length: s.last - s.first + 1 },
          (_, i) => sql`(${s.k}::int, ${s.first + i}::int)`,
        ),
      ),
      sql`, `,
    )})`,
    spans: sql`spans(k, first_piece, last_piece) as (values ${sql.join(
      spans.map((s) => sql`(${s.k}::int, ${s.first}::int, ${s.last}::int)`),
      sql`, `,
    )})`,
    /** Beyond every piece: for a date that is not there (no end, no next measurement). */
    beyond: bounds.length + 1,
  };
}

/** `alias`'s participant takes part in period `pe` (at some day of it). */
const activeIn = (alias: string): SQL =>
  sql.raw(
    `${alias}.start_date <= pe.to_day and (${alias}.end_date is null or ${alias}.end_date >= pe.from_day)`,
  );

async function participantCounts(
  db: Queryable,
  periods: readonly ReportPeriod[],
  provisionId: string | null,
) {
  return rows<{
    k: number;
    provisionId: string;
    clientRoute: ClientRoute;
    active: number;
    new: number;
    erased: number;
  }>(
    db,
    sql`
      with ${periodTable(periods)}
      select pe.k, p.provision_id as "provisionId", p.client_route as "clientRoute",
        count(*)::int as active,
        count(*) filter (where p.start_date >= pe.from_day)::int as "new",
        count(*) filter (where p.erased_at is not null)::int as erased
      from participants p
      join pe on ${activeIn('p')}
      where ${ofProvision('p', provisionId)}
      group by pe.k, p.provision_id, p.client_route`,
  );
}

/**
 * Attendance per provision, day and day part over all the periods (one pass over their rows,
 * grouped in the order of an index on day, provision and day part), joined with the
 * anonymous counts, then per period, per day part and per ISO week.
 */
async function attendanceCounts(
  db: Queryable,
  periods: readonly ReportPeriod[],
  provisionId: string | null,
) {
  const all = envelopeOf(periods);
  const cut = piecesOf(periods);
  return rows<{
    k: number;
    provisionId: string;
    dayPart: DayPart | null;
    week: string | null;
    registered: number;
    anonymous: number;
    opened: number;
    maxAnonymous: number;
  }>(
    db,
    sql`
      with ${cut.pieces}, registered as (
        select a.provision_id, a.day, a.day_part, count(*)::int as n
        from attendance a
        where a.day between ${all.from}::date and ${all.to}::date
          and ${ofProvision('a', provisionId)}
        group by a.day, a.provision_id, a.day_part
      ), cells as (
        select coalesce(r.provision_id, n.provision_id) as provision_id,
          coalesce(r.day_part, n.day_part) as day_part,
          coalesce(r.day, n.day) as day,
          to_char(coalesce(r.day, n.day), 'IYYY-"W"IW') as week,
          coalesce(r.n, 0) as registered, coalesce(n.count, 0) as anonymous
        from registered r
        full join (
          select n.provision_id, n.day, n.day_part, n.count from anonymous_attendance n
          where n.day between ${all.from}::date and ${all.to}::date and n.count > 0
            and ${ofProvision('n', provisionId)}
        ) n on n.provision_id = r.provision_id and n.day = r.day and n.day_part = r.day_part
      )
      select pe.k, c.provision_id as "provisionId",
        case when grouping(c.day_part) = 0 then c.day_part end as "dayPart",
        case when grouping(c.week) = 0 then c.week end as week,
        sum(c.registered)::int as registered, sum(c.anonymous)::int as anonymous,
        count(*)::int as opened, max(c.anonymous)::int as "maxAnonymous"
      from cells c
      join pieces pe on pe.piece = ${cut.pieceOf('c.day')}
      group by grouping sets ((pe.k, c.provision_id, c.day_part), (pe.k, c.provision_id, c.week))`,
  );
}

/**
 * Per provision, the registered participants present at all in the period (an index probe per
 * participant, not a pass over the attendance). Only the report's own period needs it: the
 * municipality's report compares nested periods on their counts, and this is none of them.
 */
async function attendeeCounts(db: Queryable, period: ReportPeriod, provisionId: string | null) {
  return rows<{ provisionId: string; attendees: number }>(
    db,
    sql`
      select p.provision_id as "provisionId", count(*)::int as attendees
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
 * Per period, provision and respondent: the participants (active in the period) with two or
 * more measurements up to the period's end, and the sums of their first and latest
 * measurement. A participant's measurements are numbered once, in order: the first counts in
 * a period when the second falls on or before its end; the latest is the one on or before the
 * end whose next one (if any) falls after it.
 */
async function healthChanges(
  db: Queryable,
  periods: readonly ReportPeriod[],
  provisionId: string | null,
) {
  const all = envelopeOf(periods);
  const cut = piecesOf(periods);
  const earliestEnd = periods.reduce((first, p) => (p.to < first ? p.to : first), all.to);
  const columns = sql.raw(HEALTH_DIMENSIONS.map((d) => `m.${d}`).join(', '));
  const summed = sql.raw(HEALTH_DIMENSIONS.map((d) => `sum(n.${d}) as ${d}`).join(', '));
  return rows<
    {
      k: number;
      provisionId: string;
      respondent: Respondent;
      participants: number;
      at: 'first' | 'latest';
    } & DimensionRow
  >(
    db,
    sql`
      with ${cut.spans}, numbered as (
        select p.provision_id, p.start_date, p.end_date, m.respondent, m.measured_on, ${columns},
          row_number() over ordered as nr,
          lead(m.measured_on) over ordered as next_on
        from measurements m
        join participants p on p.id = m.participant_id
        where m.measured_on <= ${all.to}::date
          and ${ofProvision('m', provisionId)}
          and p.start_date <= ${all.to}::date
          and (p.end_date is null or p.end_date >= ${all.from}::date)
        window ordered as (partition by m.participant_id, m.respondent
          order by m.measured_on, m.created_at, m.id)
      ), candidates as (
        -- A first measurement followed by another, and a later one not followed before the
        -- earliest end of a period: only these can count in any period. They are added up by
        -- the pieces their days fall in, which is all that decides the periods they count in.
        select n.provision_id, n.respondent, n.nr = 1 as is_first,
          ${cut.pieceOf('n.start_date')} as start_piece,
          coalesce(${cut.pieceOf('n.end_date')}, ${cut.beyond}) as end_piece,
          ${cut.pieceOf('n.measured_on')} as measured_piece,
          coalesce(${cut.pieceOf('n.next_on')}, ${cut.beyond}) as next_piece,
          count(*)::int as n, ${summed}
        from numbered n
        where (n.nr = 1 and n.next_on is not null)
          or (n.nr >= 2 and (n.next_on is null or n.next_on > ${earliestEnd}::date))
        group by 1, 2, 3, 4, 5, 6, 7
      ), counted as (
        select pe.k, c.*, case when c.is_first then 'first' else 'latest' end as at
        from candidates c
        join spans pe on c.start_piece <= pe.last_piece and c.end_piece >= pe.first_piece
          and (
            (c.is_first and c.next_piece <= pe.last_piece)
            or (not c.is_first and c.measured_piece <= pe.last_piece
              and c.next_piece > pe.last_piece)
          )
      )
      select c.k, c.provision_id as "provisionId", c.respondent, c.at,
        sum(c.n)::int as participants, ${dimensionSums('c')}
      from counted c
      group by c.k, c.provision_id, c.respondent, c.at`,
  );
}

/** Per period, provision, respondent and quarter: people, measurements, score sums. */
async function quarterAverages(
  db: Queryable,
  periods: readonly ReportPeriod[],
  provisionId: string | null,
) {
  const all = envelopeOf(periods);
  const cut = piecesOf(periods);
  return rows<
    {
      k: number;
      provisionId: string;
      respondent: Respondent;
      quarter: string;
      people: number;
      measurements: number;
    } & DimensionRow
  >(
    db,
    sql`
      with ${cut.pieces}
      select pe.k, m.provision_id as "provisionId", m.respondent,
        to_char(m.measured_on, 'YYYY-"Q"Q') as quarter,
        count(distinct m.participant_id)::int as people, count(*)::int as measurements,
        ${dimensionSums('m')}
      from measurements m
      join pieces pe on pe.piece = ${cut.pieceOf('m.measured_on')}
      where m.measured_on between ${all.from}::date and ${all.to}::date
        and ${ofProvision('m', provisionId)}
      group by pe.k, m.provision_id, m.respondent, quarter`,
  );
}

/** Satisfaction as participants gave it themselves: per period, score, and people per provision. */
async function satisfactionCounts(
  db: Queryable,
  periods: readonly ReportPeriod[],
  provisionId: string | null,
) {
  const all = envelopeOf(periods);
  const cut = piecesOf(periods);
  return rows<{
    k: number;
    provisionId: string;
    score: number | null;
    answers: number;
    people: number;
  }>(
    db,
    sql`
      with ${cut.pieces}
      select pe.k, m.provision_id as "provisionId",
        case when grouping(m.satisfaction) = 0 then m.satisfaction end as score,
        count(*)::int as answers, count(distinct m.participant_id)::int as people
      from measurements m
      join pieces pe on pe.piece = ${cut.pieceOf('m.measured_on')}
      where m.measured_on between ${all.from}::date and ${all.to}::date
        and m.respondent = 'participant' and m.satisfaction is not null
        and ${ofProvision('m', provisionId)}
      group by grouping sets ((pe.k, m.provision_id, m.satisfaction), (pe.k, m.provision_id))`,
  );
}

async function outflowCounts(
  db: Queryable,
  periods: readonly ReportPeriod[],
  provisionId: string | null,
) {
  const all = envelopeOf(periods);
  const cut = piecesOf(periods);
  return rows<{ k: number; provisionId: string; kind: OutflowKind; count: number }>(
    db,
    sql`
      with ${cut.pieces}
      select pe.k, o.provision_id as "provisionId", o.kind, count(*)::int as count
      from participant_outflows o
      join pieces pe on pe.piece = ${cut.pieceOf('o.on_date')}
      where o.on_date between ${all.from}::date and ${all.to}::date
        and ${ofProvision('o', provisionId)}
      group by pe.k, o.provision_id, o.kind`,
  );
}

const isClientRoute = (v: string): v is ClientRoute =>
  (CLIENT_ROUTES as readonly string[]).includes(v);
const isOutflowKind = (v: string): v is OutflowKind =>
  (OUTFLOW_KINDS as readonly string[]).includes(v);
const isDayPart = (v: string): v is DayPart => (DAY_PARTS as readonly string[]).includes(v);

/**
 * The figures of several periods per provision, in one pass per table (docs/rules/
 * participants.md): of one provision, or (`null`) of all provisions that have any; one map per
 * period, in the order given. Participants present (`attendees`) are counted for the first
 * period only; the others have 0 there. The queries are independent; on a server they run
 * side by side.
 */
export async function figuresPerPeriod(
  db: Queryable,
  periods: readonly ReportPeriod[],
  provisionId: string | null,
): Promise<Map<string, ProvisionFigures>[]> {
  const [people, presence, attendees, changes, quarters, satisfaction, outflow] = await Promise.all(
    [
      participantCounts(db, periods, provisionId),
      attendanceCounts(db, periods, provisionId),
      attendeeCounts(db, periods[0]!, provisionId),
      healthChanges(db, periods, provisionId),
      quarterAverages(db, periods, provisionId),
      satisfactionCounts(db, periods, provisionId),
      outflowCounts(db, periods, provisionId),
    ],
  );
  const calendars = periods.map((p) => periodCalendar(p));
  const figures = periods.map(() => new Map<string, ProvisionFigures>());
  const of = (k: number, id: string) => {
    let f = figures[k]!.get(id);
    if (!f) {
      f = emptyFigures(periods[k]!, calendars[k]);
      figures[k]!.set(id, f);
    }
    return f;
  };

  for (const row of people) {
    const f = of(row.k, row.provisionId);
    f.active += row.active;
    f.new += row.new;
    f.erased += row.erased;
    if (isClientRoute(row.clientRoute)) f.byClientRoute[row.clientRoute] += row.active;
  }
  for (const row of presence) {
    const f = of(row.k, row.provisionId);
    if (row.dayPart !== null && isDayPart(row.dayPart)) {
      f.byDayPart[row.dayPart] = { registered: row.registered, anonymous: row.anonymous };
      f.openedDayParts += row.opened;
      f.maxAnonymous = Math.max(f.maxAnonymous, row.maxAnonymous);
    } else if (row.week !== null) {
      f.weeks[row.week] = { registered: row.registered, anonymous: row.anonymous };
    }
  }
  for (const row of attendees) of(0, row.provisionId).attendees = row.attendees;
  for (const row of changes) {
    const health = of(row.k, row.provisionId).health[row.respondent];
    if (!health) continue;
    health.participants = row.participants;
    health[row.at] = sumsOf(row);
  }
  for (const row of quarters) {
    const health = of(row.k, row.provisionId).health[row.respondent];
    if (!health) continue;
    health.quarters[row.quarter] = {
      people: row.people,
      measurements: row.measurements,
      sums: sumsOf(row),
    };
  }
  for (const row of satisfaction) {
    const s = of(row.k, row.provisionId).satisfaction;
    if (row.score === null) {
      s.answers = row.answers;
      s.people = row.people;
    } else {
      s.distribution[row.score] = row.answers;
      s.sum += row.score * row.answers;
    }
  }
  for (const row of outflow) {
    if (isOutflowKind(row.kind)) of(row.k, row.provisionId).outflow[row.kind] += row.count;
  }
  return figures;
}

/** The figures of one period per provision: of one provision, or (`null`) of all that have any. */
export async function figuresPerProvision(
  db: Queryable,
  period: ReportPeriod,
  provisionId: string | null,
): Promise<Map<string, ProvisionFigures>> {
  const [figures] = await figuresPerPeriod(db, [period], provisionId);
  return figures!;
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

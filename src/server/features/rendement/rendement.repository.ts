/**
 * The queries of the return: scenarios, and the registration figures per provision and year
 * (docs/rules/rendement.md). Counts and sums only: no person leaves the database.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { OPEN_SIGNAL_STATUSES } from '../../../domain/double-financing/signals.ts';
import type { RegistrationFigures } from '../../../domain/return/business-case.ts';
import { RETURN_ROUTES } from '../../../domain/return/business-case.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { rendementScenarios, users } from '../../platform/db/schema.ts';
import { rowsOf } from '../../platform/db/rows.ts';

export type ScenarioRow = typeof rendementScenarios.$inferSelect & { updatedByName: string | null };

export async function listScenarios(db: Queryable): Promise<ScenarioRow[]> {
  return db
    .select({ ...getScenarioColumns(), updatedByName: users.name })
    .from(rendementScenarios)
    .leftJoin(users, eq(users.id, rendementScenarios.updatedBy))
    .orderBy(asc(rendementScenarios.createdAt), asc(rendementScenarios.name));
}

function getScenarioColumns() {
  const t = rendementScenarios;
  return {
    id: t.id,
    name: t.name,
    shareNumerator: t.shareNumerator,
    shareDenominator: t.shareDenominator,
    personsPerPlaceHundredths: t.personsPerPlaceHundredths,
    costPerPlaceCents: t.costPerPlaceCents,
    hoursPerApplicationHundredths: t.hoursPerApplicationHundredths,
    productiveHoursPerFteHundredths: t.productiveHoursPerFteHundredths,
    monthlyContributionCents: t.monthlyContributionCents,
    sources: t.sources,
    createdBy: t.createdBy,
    createdAt: t.createdAt,
    updatedBy: t.updatedBy,
    updatedAt: t.updatedAt,
  };
}

export async function findScenario(db: Queryable, id: string) {
  const [row] = await db.select().from(rendementScenarios).where(eq(rendementScenarios.id, id));
  return row;
}

export async function findScenarioByName(db: Queryable, name: string) {
  const [row] = await db
    .select({ id: rendementScenarios.id })
    .from(rendementScenarios)
    .where(sql`lower(${rendementScenarios.name}) = lower(${name})`);
  return row;
}

export async function insertScenario(
  db: Queryable,
  values: typeof rendementScenarios.$inferInsert,
) {
  const [row] = await db
    .insert(rendementScenarios)
    .values(values)
    .returning({ id: rendementScenarios.id });
  return row!.id;
}

export async function updateScenario(
  db: Queryable,
  id: string,
  values: Partial<typeof rendementScenarios.$inferInsert>,
) {
  await db.update(rendementScenarios).set(values).where(eq(rendementScenarios.id, id));
}

export interface ProvisionYear {
  provisionId: string;
  provisionName: string;
  organisationName: string;
  category: string;
  year: number;
}

export type ProvisionYearFigures = ProvisionYear & RegistrationFigures;

const routes = sql.join(
  RETURN_ROUTES.map((route) => sql`${route}`),
  sql`, `,
);
const openStatuses = sql.join(
  OPEN_SIGNAL_STATUSES.map((status) => sql`${status}`),
  sql`, `,
);

/**
 * The registration figures of every provision in every year from `fromYear` to `toYear` in
 * which something happened: participants whose participation overlaps the year (by client
 * route, and whether a matched maatwerk allocation runs during or after it), outflows and
 * double-financing signals of the year, and the grants whose period starts in the year with
 * their settled amount once the settlement is issued, else the granted amount.
 */
export async function figuresPerProvisionYear(
  db: Queryable,
  { fromYear, toYear }: { fromYear: number; toYear: number },
): Promise<ProvisionYearFigures[]> {
  type Row = Omit<ProvisionYearFigures, keyof RegistrationFigures> &
    Record<keyof RegistrationFigures, string | number>;
  const result = await db.execute(sql`
    with years as (
      select y::int as year, make_date(y::int, 1, 1) as first_day, make_date(y::int, 12, 31) as last_day
      from generate_series(${fromYear}::int, ${toYear}::int) as y
    ),
    people as (
      select p.provision_id, y.year,
        count(*) as participants,
        count(*) filter (where p.client_route in (${routes})) as route_participants,
        count(*) filter (where p.client_route in (${routes}) and maatwerk.any_after) as with_maatwerk,
        count(*) filter (where p.client_route in (${routes}) and maatwerk.started_after) as relapse
      from participants p
      join years y on p.start_date <= y.last_day and (p.end_date is null or p.end_date >= y.first_day)
      left join lateral (
        select
          bool_or(a.end_date is null or a.end_date >= p.start_date) as any_after,
          bool_or(a.start_date > p.start_date) as started_after
        from wmo_allocations a
        where a.current and p.bsn_pseudonym is not null and a.person_pseudonym = p.bsn_pseudonym
      ) maatwerk on true
      group by p.provision_id, y.year
    ),
    outflow as (
      select o.provision_id, extract(year from o.on_date)::int as year, count(*) as outflow
      from participant_outflows o
      where o.on_date between make_date(${fromYear}::int, 1, 1) and make_date(${toYear}::int, 12, 31)
      group by 1, 2
    ),
    signals as (
      select s.provision_id, y.year,
        count(*) filter (where s.status in (${openStatuses})) as signals_open,
        count(*) filter (where s.status not in (${openStatuses})) as signals_resolved
      from double_financing_signals s
      join years y on s.overlap_start <= y.last_day and (s.overlap_end is null or s.overlap_end >= y.first_day)
      group by 1, 2
    ),
    money as (
      select g.provision_id, extract(year from g.period_start)::int as year,
        sum(case when st.status = 'issued' then st.settled_cents else g.granted_cents end) as subsidy_cents,
        count(*) filter (where st.status = 'issued') as settled_grants,
        count(*) filter (where st.status is distinct from 'issued') as granted_grants
      from grants g
      left join grant_settlements st on st.grant_id = g.id
      where g.period_start between make_date(${fromYear}::int, 1, 1) and make_date(${toYear}::int, 12, 31)
      group by 1, 2
    ),
    keys as (
      select provision_id, year from people
      union select provision_id, year from outflow
      union select provision_id, year from signals
      union select provision_id, year from money
    )
    select k.provision_id as "provisionId", pr.name as "provisionName",
      o.name as "organisationName", pr.category, k.year,
      coalesce(pe.participants, 0) as participants,
      coalesce(pe.route_participants, 0) as "routeParticipants",
      coalesce(pe.with_maatwerk, 0) as "withMaatwerk",
      coalesce(pe.relapse, 0) as relapse,
      coalesce(ou.outflow, 0) as outflow,
      coalesce(si.signals_open, 0) as "signalsOpen",
      coalesce(si.signals_resolved, 0) as "signalsResolved",
      coalesce(mo.subsidy_cents, 0) as "subsidyCents",
      coalesce(mo.settled_grants, 0) as "settledGrants",
      coalesce(mo.granted_grants, 0) as "grantedGrants"
    from keys k
    join provisions pr on pr.id = k.provision_id
    join organisations o on o.id = pr.organisation_id
    left join people pe on pe.provision_id = k.provision_id and pe.year = k.year
    left join outflow ou on ou.provision_id = k.provision_id and ou.year = k.year
    left join signals si on si.provision_id = k.provision_id and si.year = k.year
    left join money mo on mo.provision_id = k.provision_id and mo.year = k.year
    order by k.year desc, o.name, pr.name
  `);
  return rowsOf<Row>(result).map((row) => ({
    provisionId: row.provisionId,
    provisionName: row.provisionName,
    organisationName: row.organisationName,
    category: row.category,
    year: Number(row.year),
    participants: Number(row.participants),
    routeParticipants: Number(row.routeParticipants),
    withMaatwerk: Number(row.withMaatwerk),
    relapse: Number(row.relapse),
    outflow: Number(row.outflow),
    signalsOpen: Number(row.signalsOpen),
    signalsResolved: Number(row.signalsResolved),
    subsidyCents: Number(row.subsidyCents),
    settledGrants: Number(row.settledGrants),
    grantedGrants: Number(row.grantedGrants),
  }));
}

/** The first year with a participant or a grant, to bound the years shown. */
export async function firstYear(db: Queryable): Promise<number | null> {
  const result = await db.execute(sql`
    select least(
      (select min(extract(year from start_date))::int from participants),
      (select min(extract(year from period_start))::int from grants)
    ) as year
  `);
  const [row] = rowsOf<{ year: number | null }>(result);
  return row?.year ?? null;
}

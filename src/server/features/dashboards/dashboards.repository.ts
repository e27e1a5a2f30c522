/**
 * The queries of the dashboards and the map: each adds up a table set-based and returns a
 * few rows per category, provision or buurt, never one per participant or attendance.
 * The figures of reach come from the participant reports' queries, money from the finance
 * overview's.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';

async function rows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** The years before `current` with a round or a participant, newest first. */
export async function yearsWithData(db: Queryable, current: number): Promise<number[]> {
  const result = await rows<{ year: number }>(
    db,
    sql`select y.year::int as year from (
        select r.year from rounds r
        union
        select generate_series(
          (select extract(year from min(p.start_date))::int from participants p),
          ${current - 1}::int)
      ) y
      where y.year < ${current} and y.year is not null
      order by y.year desc`,
  );
  return result.map((r) => Number(r.year));
}

export interface ProvisionPlace {
  id: string;
  name: string;
  category: string;
  organisationId: string;
  organisationName: string;
  neighbourhoodCode: string | null;
  districtCode: string | null;
}

/** Every provision with its organisation, buurt and wijk. */
export async function provisionPlaces(db: Queryable): Promise<ProvisionPlace[]> {
  return rows<ProvisionPlace>(
    db,
    sql`select p.id, p.name, p.category, p.organisation_id as "organisationId",
        o.name as "organisationName", p.neighbourhood_code as "neighbourhoodCode",
        n.district_code as "districtCode"
      from provisions p
      join organisations o on o.id = p.organisation_id
      left join neighbourhoods n on n.code = p.neighbourhood_code
      order by p.name, p.id`,
  );
}

/**
 * Per category of provision: the double-financing signals whose overlap touches the year,
 * those still open, and the participants of the category whose participation ended before
 * an iWmo maatwerk allocation that started in the year (relapse, by the participant's
 * pseudonym: only while consent for matching stands).
 */
export async function signalsAndRelapse(db: Queryable, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const result = await rows<{
    category: string;
    signals: number;
    open: number;
    relapse: number;
  }>(
    db,
    sql`with signals as (
        select pr.category, count(*)::int as signals,
          count(*) filter (where s.status in ('new', 'in_progress'))::int as open
        from double_financing_signals s
        join provisions pr on pr.id = s.provision_id
        where s.overlap_start <= ${to}::date
          and coalesce(s.overlap_end, ${to}::date) >= ${from}::date
        group by pr.category
      ), relapse as (
        select pr.category, count(*)::int as relapse
        from participants p
        join provisions pr on pr.id = p.provision_id
        where p.bsn_pseudonym is not null and p.end_date is not null
          and exists (
            select 1 from wmo_allocations a
            where a.current and a.person_pseudonym = p.bsn_pseudonym
              and a.start_date > p.end_date
              and a.start_date between ${from}::date and ${to}::date
          )
        group by pr.category
      )
      select coalesce(s.category, r.category) as category,
        coalesce(s.signals, 0) as signals, coalesce(s.open, 0) as open,
        coalesce(r.relapse, 0) as relapse
      from signals s full join relapse r on r.category = s.category`,
  );
  return result.map((r) => ({
    category: r.category,
    signals: Number(r.signals),
    open: Number(r.open),
    relapse: Number(r.relapse),
  }));
}

/** Participants active in the year, per category of their provision and buurt they live in. */
export async function participantsPerBuurt(db: Queryable, year: number) {
  const result = await rows<{ category: string; code: string | null; n: number }>(
    db,
    sql`select pr.category, p.neighbourhood_code as code, count(*)::int as n
      from participants p
      join provisions pr on pr.id = p.provision_id
      where p.start_date <= ${`${year}-12-31`}::date
        and (p.end_date is null or p.end_date >= ${`${year}-01-01`}::date)
      group by pr.category, p.neighbourhood_code`,
  );
  return result.map((r) => ({ category: r.category, code: r.code, n: Number(r.n) }));
}

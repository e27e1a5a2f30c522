/**
 * Demo history, so that the dashboards and the neighbourhood map have several years to show
 * (docs/rules/dashboards.md): for the three years before this one, 20 participants a year at
 * each demo provision, living in its wijk or elsewhere in Maastricht, with attendance on the
 * provision's open day parts, positive-health measurements every four months, and an outflow
 * when they leave. Some who came through the social team or Sociale Zaken went on to Wmo
 * maatwerk after they left (relapse): their outflow is "maatwerk", and an iWmo allocation
 * for their BSN pseudonym starts a month after the end of their participation, imported as
 * the Wmo analyst would (so the allocations' tally stays right).
 *
 * Everything is made set-based in the database (a handful of INSERT … SELECT), so that
 * `npm start` on a new machine stays quick. Deterministic: the same on every machine.
 */
import { sql, type SQL } from 'drizzle-orm';
import { addDays, amsterdamDay } from '../../domain/dates.ts';
import { SYSTEM_ACTOR } from '../platform/access.ts';
import { changeWithAudit } from '../platform/audit.ts';
import type { Database, Queryable } from '../platform/db/database.ts';
import { pseudonymiseBsn } from '../platform/pseudonym.ts';
import { systemContext } from '../platform/use-case.ts';
import { importAllocationsNow } from '../features/double-financing/imports/wmo-imports.service.ts';
import { demoBsn } from './demo-participants.ts';

const YEARS = 3;
const PER_PROVISION_YEAR = 20;
/** Their BSNs are numbered after those of the current demo participants. */
const FIRST_BSN = 500;
/** The iWmo provider of the relapse allocations, and the Wmo category (begeleiding). */
const MAATWERK_AGB = '42420099';
const MAATWERK_CATEGORY = '02';

async function rows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

export async function loadDemoHistory(
  db: Database,
  now: Date,
  pseudonymKey: string | null,
): Promise<void> {
  const today = amsterdamDay(now);
  const thisYear = Number(today.slice(0, 4));
  const last = `${thisYear - 1}-12-20`;
  let relapses: { id: string; endDate: string }[] = [];

  await changeWithAudit(db, SYSTEM_ACTOR, async (tx, audit) => {
    // Participants come in four groups a year (January, March, September, October) and
    // leave at the end of a season: January's in June, March's before Christmas, the autumn
    // groups next June. So every month has enough of them to be shown (a month of 1 to 4
    // hides the year's figure, docs/privacy/small-numbers.md). Half live
    // in the provision's own buurt, a quarter in two other buurten of its wijk, the rest in
    // a few buurten elsewhere.
    await tx.execute(sql`
      with b as (
        select code, district_code,
          row_number() over (partition by district_code order by code) - 1 as i,
          count(*) over (partition by district_code) as c,
          row_number() over (order by code) - 1 as gi,
          count(*) over () as gc
        from neighbourhoods
      ), p as (
        select p.id, p.neighbourhood_code, n.district_code,
          row_number() over (order by p.name)::int as k
        from provisions p left join neighbourhoods n on n.code = p.neighbourhood_code
      ), g as (
        select p.*, y.year, s.n,
          make_date(y.year, (array[1, 3, 9, 10])[1 + s.n % 4], 4 + s.n % 4) as start_date
        from p
        cross join generate_series(${thisYear - YEARS}::int, ${thisYear - 1}::int) y(year)
        cross join generate_series(0, ${PER_PROVISION_YEAR - 1}::int) s(n)
      ), ends as (
        select g.*,
          case when g.n % 4 >= 2 then make_date(g.year + 1, 6, 28)
            when g.n % 4 = 0 then make_date(g.year, 6, 28)
            else make_date(g.year, 12, 20) end as season_end
        from g
      )
      insert into participants (provision_id, display_name, birth_year, neighbourhood_code,
        start_date, end_date, client_route, created_at, updated_at)
      select e.id, 'Deelnemer ' || e.year || '-' || e.k || '-' || lpad(e.n::text, 2, '0'),
        1940 + (e.n * 7 + e.k) % 50,
        coalesce(
          case when e.n % 4 < 2 then e.neighbourhood_code end,
          case when e.n % 4 = 2 then (select b.code from b where b.district_code = e.district_code
            and b.i = (e.k + e.n % 2) % b.c) end,
          (select b.code from b where b.gi = (e.k * 7 + (e.n % 3) * 11) % b.gc)),
        e.start_date,
        least(e.season_end::date, ${last}::date),
        (array['self','social_team','self','social_services','other_organisation','social_team'])[1 + (e.n + e.k) % 6],
        e.start_date::timestamptz, e.start_date::timestamptz
      from ends e`);
    // Consent: registration and measurements for all; matching for those the municipality
    // referred (social team, Sociale Zaken), whose pseudonym is set below.
    await tx.execute(sql`
      insert into participant_consents (participant_id, scope, given_on, method)
      select p.id, s.scope, p.start_date, 'written'
      from participants p
      cross join (values ('registration'), ('measurements'), ('matching')) s(scope)
      where p.display_name like 'Deelnemer %'
        and (s.scope <> 'matching' or p.client_route in ('social_team', 'social_services'))`);
    // Present on a little over half of the open day parts of their participation.
    await tx.execute(sql`
      insert into attendance (participant_id, provision_id, day, day_part)
      select p.id, p.provision_id, d::date, dp.part
      from participants p
      join provisions pr on pr.id = p.provision_id
      cross join lateral generate_series(p.start_date, p.end_date, interval '1 day') d
      cross join (values ('morning', 0), ('afternoon', 1), ('evening', 2)) dp(part, k)
      where p.display_name like 'Deelnemer %'
        and coalesce(pr.opening_day_parts -> trim(to_char(d, 'fmday')), '[]'::jsonb) ? dp.part
        and (extract(doy from d)::int * 13 + dp.k * 7 + p.birth_year * 17) % 100 < 55`);
    // A measurement at the start and every four months, scores rising a little each time.
    await tx.execute(sql`
      insert into measurements (participant_id, provision_id, respondent, measured_on,
        bodily_functions, mental_wellbeing, meaning, quality_of_life, participation,
        daily_functioning, satisfaction)
      select p.id, p.provision_id, 'participant', g.d::date,
        least(10, 4 + p.birth_year % 3 + g.i::int / 2), least(10, 3 + p.birth_year % 4 + g.i::int),
        least(10, 4 + g.i::int), least(10, 4 + p.birth_year % 2 + g.i::int / 2),
        least(10, 3 + g.i::int), least(10, 5 + g.i::int / 3),
        6 + (p.birth_year + g.i::int) % 4
      from participants p
      cross join lateral generate_series(p.start_date + 7, p.end_date, interval '120 days')
        with ordinality g(d, i)
      where p.display_name like 'Deelnemer %'`);
    // Referred participants get their pseudonym (the BSN never leaves this function).
    const referred = await rows<{ id: string; n: number; route: string; endDate: string }>(
      tx,
      sql`select id, row_number() over (order by display_name)::int as n,
          client_route as route, end_date::text as "endDate"
        from participants
        where display_name like 'Deelnemer %' and client_route in ('social_team', 'social_services')
        order by display_name`,
    );
    if (pseudonymKey && referred.length > 0) {
      await tx.execute(sql`
        update participants p set bsn_pseudonym = v.pseudonym
        from (values ${sql.join(
          referred.map(
            (r) => sql`(${r.id}::uuid, ${pseudonymiseBsn(demoBsn(FIRST_BSN + r.n), pseudonymKey)})`,
          ),
          sql`, `,
        )}) v(id, pseudonym)
        where p.id = v.id`);
      // One in three of them needed maatwerk a month after leaving (up to today).
      relapses = referred
        .filter((r) => r.n % 3 === 0 && addDays(r.endDate, 30) < today)
        .map((r) => ({ id: r.id, endDate: r.endDate }));
    }
    const relapseIds = relapses.map((r) => r.id);
    await tx.execute(sql`
      insert into participant_outflows (participant_id, provision_id, kind, on_date)
      select p.id, p.provision_id,
        case when p.id = any(${`{${relapseIds.join(',')}}`}::uuid[]) then 'maatwerk'
          else (array['paid_work','education','volunteer_work','other_provision','stopped','moved'])[1 + p.birth_year % 6]
        end,
        p.end_date
      from participants p where p.display_name like 'Deelnemer %'`);
    await audit({
      action: 'demo.history',
      entityType: 'municipality',
      entityId: '0935',
      after: { years: YEARS, perProvisionYear: PER_PROVISION_YEAR, relapses: relapses.length },
    });
  });

  if (!pseudonymKey || relapses.length === 0) return;
  const numbers = new Map(
    (
      await rows<{ id: string; n: number }>(
        db,
        sql`select id, row_number() over (order by display_name)::int as n from participants
          where display_name like 'Deelnemer %'
            and client_route in ('social_team', 'social_services')`,
      )
    ).map((r) => [r.id, r.n]),
  );
  const csv = [
    'bsn,agb,allocationNumber,category,product,start,end',
    ...relapses.map(
      (r, i) =>
        `${demoBsn(FIRST_BSN + numbers.get(r.id)!)},${MAATWERK_AGB},TW-HIST-${i + 1},${MAATWERK_CATEGORY},,${addDays(r.endDate, 30)},`,
    ),
  ].join('\n');
  const imported = await importAllocationsNow(systemContext(db, now), {
    fileName: 'toewijzingen-maatwerk-na-deelname.csv',
    bytes: new TextEncoder().encode(`${csv}\n`),
    pseudonymKey,
  });
  if (imported.status !== 'imported') {
    throw new Error(`The demo history's allocations were not imported: ${imported.status}`);
  }
}

/**
 * The data of bench/dashboards, shared with bench/council-report: 5,000 participants living
 * across the 44 buurten, three years of attendance (from participants-data.ts) and 500 grants
 * of the 2025 round with their paid terms.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../src/server/platform/db/database.ts';
import { seedParticipantYears } from './participants-data.ts';

export const YEAR = 2025;
export const GRANTS = 500;

export async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * Participants live in the 44 buurten (most near their provision); 500 granted applications
 * of the 2025 round spread over the provisions, each with twelve terms of which the first
 * eleven are paid.
 */
export async function seedDashboardData(db: Database): Promise<void> {
  await seedParticipantYears(db);
  await db.execute(sql`
    with b as (select code, row_number() over (order by code) - 1 as i from neighbourhoods),
    p as (select id, row_number() over (order by id) as n from participants)
    update participants set neighbourhood_code = b.code
    from p join b on b.i = (p.n * 7) % 44
    where participants.id = p.id`);
  await db.execute(sql`
    with b as (select code, row_number() over (order by code) - 1 as i from neighbourhoods),
    p as (select id, row_number() over (order by name) as n from provisions)
    update provisions set neighbourhood_code = b.code
    from p join b on b.i = (p.n * 5) % 44
    where provisions.id = p.id and provisions.neighbourhood_code is null`);
  const [round] = await rowsOf<{ id: string }>(
    db,
    sql`select id from rounds where year = ${YEAR} limit 1`,
  );
  await db.execute(sql`
    insert into applications (round_id, organisation_id, provision_id, category, status,
      reference, form_definition, content)
    select ${round!.id}::uuid, p.organisation_id, p.id, p.category, 'submitted',
      'AV-DASH-' || lpad(k::text, 6, '0'), '{}'::jsonb, '{}'::jsonb
    from generate_series(1, ${GRANTS}) k
    join (select id, organisation_id, category, row_number() over (order by id) - 1 as i
      from provisions) p on p.i = k % (select count(*) from provisions)`);
  await db.execute(sql`
    with doc as (
      insert into documents (kind, filename, content_type, sha256, data)
      values ('decision', 'bench.pdf', 'application/pdf', 'bench', '\\x00'::bytea) returning id)
    insert into decisions (application_id, reference, outcome, granted_cents, document_id,
      html, issued_at)
    select a.id, 'BS-DASH-' || substr(a.reference, 9), 'granted', 1200000, doc.id, '', now()
    from applications a, doc where a.reference like 'AV-DASH-%'`);
  await db.execute(sql`
    insert into grants (reference, application_id, decision_id, organisation_id, provision_id,
      round_id, category, period_start, period_end, granted_cents, accountability_tier,
      report_due_day, status, schedule_kind, created_at)
    select 'SB-DASH-' || substr(a.reference, 9), a.id, d.id, a.organisation_id, a.provision_id,
      a.round_id, a.category, ${`${YEAR}-01-01`}, ${`${YEAR}-12-31`}, 1200000,
      'activity_report', ${`${YEAR + 1}-04-01`}, 'advanced', 'monthly', now()
    from applications a join decisions d on d.application_id = a.id
    where a.reference like 'AV-DASH-%'`);
  await db.execute(sql`
    insert into grant_terms (grant_id, number, due_day, amount_cents, paid_at)
    select g.id, m, make_date(${YEAR}, m, 1), 100000,
      case when m < 12 then make_date(${YEAR}, m, 1)::timestamptz end
    from grants g cross join generate_series(1, 12) m where g.reference like 'SB-DASH-%'`);
  await db.execute(sql`vacuum analyze`);
}

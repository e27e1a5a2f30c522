/**
 * The counts behind each role's home page, each one query over the data as it is. Every
 * query is held to the scope the access table gives the role (organisations, coordinated
 * provisions, the assessor's or social worker's own rows).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';

/** Both drivers answer `execute` with `{ rows }`. */
async function rows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** `column in (…)`, and false for an empty list (a user without organisations sees nothing). */
function within(column: SQL, ids: readonly string[]): SQL {
  if (ids.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

export interface RoundFacts {
  id: string;
  name: string;
  published: boolean;
  opensAt: string;
  deadlineAt: string;
  ceilings: Record<string, number>;
  onTime: number;
  assessed: number;
  categoriesWithApplications: number;
  categoriesRanked: number;
  undecided: number;
}

/** Every round with what its state is derived from. */
export function roundFacts(db: Queryable) {
  return rows<RoundFacts>(
    db,
    sql`
      select r.id, r.name, r.published_at is not null as "published",
        r.opens_at as "opensAt", r.deadline_at as "deadlineAt", r.ceilings,
        (select count(*) from applications a
          where a.round_id = r.id and a.status = 'submitted')::int as "onTime",
        (select count(*) from applications a
          where a.round_id = r.id and a.status = 'submitted'
            and (exists (select 1 from assessor_assignments x where x.application_id = a.id)
              or exists (select 1 from final_scores f where f.application_id = a.id)))::int
          as "assessed",
        (select count(distinct a.category) from applications a
          where a.round_id = r.id and a.status = 'submitted')::int as "categoriesWithApplications",
        (select count(distinct a.category) from applications a
          where a.round_id = r.id and a.status = 'submitted'
            and exists (select 1 from rankings k
              where k.round_id = r.id and k.category = a.category))::int as "categoriesRanked",
        (select count(*) from applications a
          where a.round_id = r.id and a.status = 'submitted'
            and not exists (select 1 from decisions d
              where d.application_id = a.id and d.issued_at is not null))::int as "undecided"
      from rounds r
      -- The fund's standing rolling round has its own tasks (sifInitiatives).
      where not r.rolling
      order by r.opens_at desc, r.name`,
  );
}

/** On-time applications per category of a round: requested, and granted by the current ranking. */
export function ceilingUse(db: Queryable, roundId: string) {
  return rows<{ category: string; requestedCents: number; grantedCents: number | null }>(
    db,
    sql`
      with current_ranking as (
        select distinct on (k.category) k.category, k.output
        from rankings k where k.round_id = ${roundId}
        order by k.category, k.version desc
      ),
      requested as (
        select a.category, coalesce(sum(a.requested_cents), 0)::bigint as cents
        from applications a
        where a.round_id = ${roundId} and a.status = 'submitted'
        group by a.category
      )
      select c.category,
        coalesce(q.cents, 0)::bigint as "requestedCents",
        (select sum((e ->> 'grantedCents')::bigint)::bigint
          from jsonb_array_elements(c2.output -> 'applications') e) as "grantedCents"
      from (select jsonb_object_keys(ceilings) as category from rounds where id = ${roundId}) c
      left join requested q on q.category = c.category
      left join current_ranking c2 on c2.category = c.category`,
  );
}

/** Per closed round: on-time applications without any final score. */
export function withoutFinalScores(db: Queryable, now: Date) {
  return rows<{ roundId: string; roundName: string; count: number }>(
    db,
    sql`
      select r.id as "roundId", r.name as "roundName", count(*)::int as "count"
      from applications a join rounds r on r.id = a.round_id
      where a.status = 'submitted' and r.deadline_at <= ${now.toISOString()}::timestamptz
        and not exists (select 1 from final_scores f where f.application_id = a.id)
      group by r.id, r.name, r.opens_at
      order by r.opens_at desc`,
  );
}

/** Per closed round: categories with on-time applications but no fixed ranking. */
export function rankingsToFix(db: Queryable, now: Date) {
  return rows<{ roundId: string; roundName: string; categories: string[] }>(
    db,
    sql`
      select r.id as "roundId", r.name as "roundName",
        array_agg(distinct a.category order by a.category) as "categories"
      from applications a join rounds r on r.id = a.round_id
      where a.status = 'submitted' and r.deadline_at <= ${now.toISOString()}::timestamptz
        and not exists (select 1 from rankings k
          where k.round_id = r.id and k.category = a.category)
      group by r.id, r.name, r.opens_at
      order by r.opens_at desc`,
  );
}

/**
 * Per round: decision letters made and not issued. A letter of a ranking version that a later
 * version replaced is never issued, so it is no task.
 */
export function lettersToIssue(db: Queryable) {
  return rows<{ roundId: string; roundName: string; count: number }>(
    db,
    sql`
      select r.id as "roundId", r.name as "roundName", count(*)::int as "count"
      from decisions d
        join applications a on a.id = d.application_id
        join rounds r on r.id = a.round_id
      where d.issued_at is null
        and (d.ranking_id is null or d.ranking_id = (
          select k.id from rankings k
          where k.round_id = a.round_id and k.category = a.category
          order by k.version desc limit 1))
      group by r.id, r.name, r.opens_at
      order by r.opens_at desc`,
  );
}

export async function completionRequestsPastTerm(db: Queryable, today: string) {
  const [row] = await rows<{ n: number }>(
    db,
    sql`
      select count(*)::int as n
      from completion_requests c join applications a on a.id = c.application_id
      where c.answered_at is null and c.set_aside_decision_id is null
        and a.status = 'submitted' and c.due_day < ${today}::date`,
  );
  return row?.n ?? 0;
}

export async function objectionsToDecide(db: Queryable) {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from objections where outcome is null`,
  );
  return row?.n ?? 0;
}

export async function grantChangesToDecide(db: Queryable) {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from grant_changes where status = 'pending'`,
  );
  return row?.n ?? 0;
}

/** An assessor's assignments to on-time applications, leaving out declared interests. */
export async function assessorWork(db: Queryable, assessorId: string) {
  const [row] = await rows<{ assigned: number; scored: number }>(
    db,
    sql`
      select count(*)::int as "assigned",
        count(*) filter (where s.submitted_at is not null)::int as "scored"
      from assessor_assignments x
        join applications a on a.id = x.application_id
        left join assessments s
          on s.application_id = x.application_id and s.assessor_id = x.assessor_id
      where x.assessor_id = ${assessorId}::uuid and a.status = 'submitted'
        and not exists (select 1 from conflict_declarations c
          where c.round_id = a.round_id and c.assessor_id = x.assessor_id
            and c.organisation_id = a.organisation_id)`,
  );
  return { assigned: row?.assigned ?? 0, scored: row?.scored ?? 0 };
}

export async function applicantWork(db: Queryable, organisationIds: readonly string[]) {
  const [row] = await rows<{ drafts: number; decisionsReceived: number }>(
    db,
    sql`
      select
        (select count(*) from applications a
          where ${within(sql`a.organisation_id`, organisationIds)} and a.status = 'draft')::int
          as "drafts",
        (select count(distinct d.application_id) from decisions d
          join applications a on a.id = d.application_id
          where ${within(sql`a.organisation_id`, organisationIds)}
            and d.issued_at is not null)::int as "decisionsReceived"`,
  );
  return { drafts: row?.drafts ?? 0, decisionsReceived: row?.decisionsReceived ?? 0 };
}

export function openCompletionRequests(db: Queryable, organisationIds: readonly string[]) {
  return rows<{ applicationId: string; reference: string; dueDay: string }>(
    db,
    sql`
      select a.id as "applicationId", a.reference, c.due_day::text as "dueDay"
      from completion_requests c join applications a on a.id = c.application_id
      where ${within(sql`a.organisation_id`, organisationIds)}
        and c.answered_at is null and c.set_aside_decision_id is null and a.status = 'submitted'
      order by c.due_day, a.reference`,
  );
}

export async function openRounds(db: Queryable, now: Date) {
  const [row] = await rows<{ n: number }>(
    db,
    sql`
      select count(*)::int as n from rounds
      where published_at is not null and opens_at <= ${now.toISOString()}::timestamptz
        and deadline_at > ${now.toISOString()}::timestamptz`,
  );
  return row?.n ?? 0;
}

export function coordinatedProvisions(db: Queryable, provisionIds: readonly string[]) {
  return rows<{ provisionId: string; name: string; pendingReferrals: number }>(
    db,
    sql`
      select p.id as "provisionId", p.name,
        (select count(*) from referrals f
          where f.provision_id = p.id and f.status = 'pending')::int as "pendingReferrals"
      from provisions p
      where ${within(sql`p.id`, provisionIds)}
      order by p.name`,
  );
}

/** Who took part in the provisions in a period (start and end days only, no names). */
export function participationPeriods(
  db: Queryable,
  provisionIds: readonly string[],
  from: string,
  to: string,
) {
  return rows<{ provisionId: string; startDate: string; endDate: string | null }>(
    db,
    sql`
      select provision_id as "provisionId", start_date::text as "startDate",
        end_date::text as "endDate"
      from participants
      where ${within(sql`provision_id`, provisionIds)}
        and start_date <= ${to}::date and (end_date is null or end_date >= ${from}::date)`,
  );
}

/** The Mondays of weeks in which any attendance (registered or anonymous) was saved. */
export function mondaysWithAttendance(
  db: Queryable,
  provisionIds: readonly string[],
  from: string,
  to: string,
) {
  return rows<{ provisionId: string; monday: string }>(
    db,
    sql`
      select distinct provision_id as "provisionId",
        date_trunc('week', day)::date::text as "monday"
      from (
        select provision_id, day from attendance
        where ${within(sql`provision_id`, provisionIds)} and day between ${from}::date and ${to}::date
        union all
        select provision_id, day from anonymous_attendance
        where ${within(sql`provision_id`, provisionIds)} and day between ${from}::date and ${to}::date
      ) saved`,
  );
}

export async function referralsBy(db: Queryable, userId: string) {
  return rows<{ status: string; n: number }>(
    db,
    sql`
      select status, count(*)::int as n from referrals
      where referred_by = ${userId}::uuid group by status`,
  );
}

export async function wmoWork(db: Queryable) {
  const [row] = await rows<{
    imports: number;
    importsRunning: number;
    importsRefused: number;
    newSignals: number;
    signalsInProgress: number;
  }>(
    db,
    sql`
      select
        (select count(*) from wmo_imports)::int as "imports",
        (select count(*) from wmo_imports where status in ('queued', 'running'))::int
          as "importsRunning",
        (select count(*) from wmo_imports where status = 'refused')::int as "importsRefused",
        (select count(*) from double_financing_signals where status = 'new')::int as "newSignals",
        (select count(*) from double_financing_signals where status = 'in_progress')::int
          as "signalsInProgress"`,
  );
  return row!;
}

export async function adminWork(db: Queryable, now: Date) {
  const [row] = await rows<{
    activeUsers: number;
    inactiveUsers: number;
    auditEventsLastDay: number;
    mailWaiting: number;
  }>(
    db,
    sql`
      select
        (select count(*) from users where active)::int as "activeUsers",
        (select count(*) from users where not active)::int as "inactiveUsers",
        (select count(*) from audit_events
          where at > ${now.toISOString()}::timestamptz - interval '1 day')::int
          as "auditEventsLastDay",
        (select count(*) from mail_messages where status in ('outbox', 'queued', 'failed'))::int
          as "mailWaiting"`,
  );
  return row!;
}

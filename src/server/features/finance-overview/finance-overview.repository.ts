import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';

/** The rows of a plain SQL query, on PGlite and on PostgreSQL alike. */
async function rows<T extends Record<string, unknown>>(db: Queryable, query: SQL): Promise<T[]> {
  return ((await db.execute<T>(query)) as { rows: T[] }).rows;
}

/** The years that have a round, newest first, and whether the year has a grant yet. */
export async function roundYears(db: Queryable): Promise<{ year: number; hasGrants: boolean }[]> {
  const result = await rows<{ year: number; has_grants: boolean }>(
    db,
    sql`select r.year, bool_or(exists (select 1 from grants g where g.round_id = r.id)) as has_grants
      from rounds r group by r.year order by r.year desc`,
  );
  return result.map((r) => ({ year: Number(r.year), hasGrants: r.has_grants }));
}

/** The ceilings of the year's rounds, summed per category (docs/rules/ceilings.md). */
export async function ceilingsOfYear(db: Queryable, year: number): Promise<Map<string, number>> {
  const result = await rows<{ category: string; cents: string | number }>(
    db,
    sql`select c.key as category, sum(c.value::bigint)::bigint as cents
      from rounds r, jsonb_each_text(r.ceilings) c
      where r.year = ${year}
      group by c.key`,
  );
  return new Map(result.map((r) => [r.category, Number(r.cents)]));
}

/** Every grant of the year's rounds with the advances paid on it (terms of exported runs). */
export async function grantsOfYear(db: Queryable, year: number) {
  const result = await rows<{
    id: string;
    category: string;
    provision_id: string;
    granted_cents: string | number;
    status: string;
    paid_cents: string | number;
  }>(
    db,
    sql`select g.id, g.category, g.provision_id, g.granted_cents, g.status,
        coalesce(sum(t.amount_cents) filter (where t.paid_at is not null), 0)::bigint as paid_cents
      from grants g
      join rounds r on r.id = g.round_id
      left join grant_terms t on t.grant_id = g.id
      where r.year = ${year}
      group by g.id`,
  );
  return result.map((r) => ({
    id: r.id,
    category: r.category,
    provisionId: r.provision_id,
    grantedCents: Number(r.granted_cents),
    withdrawn: r.status === 'withdrawn',
    paidCents: Number(r.paid_cents),
  }));
}

/**
 * Per grant of the year with an issued settlement: the settled amount and the sum reclaimed
 * (outcome 'reclaim'). The one place the overview reads settlements from.
 */
export async function issuedSettlementsOfYear(
  db: Queryable,
  year: number,
): Promise<Map<string, { settledCents: number; reclaimedCents: number }>> {
  const result = await rows<{
    grant_id: string;
    settled_cents: string | number;
    reclaimed_cents: string | number;
  }>(
    db,
    sql`select s.grant_id, s.settled_cents,
        case when s.outcome_kind = 'reclaim' then s.outcome_cents else 0 end as reclaimed_cents
      from grant_settlements s
      join grants g on g.id = s.grant_id
      join rounds r on r.id = g.round_id
      where r.year = ${year} and s.status = 'issued'`,
  );
  return new Map(
    result.map((r) => [
      r.grant_id,
      { settledCents: Number(r.settled_cents), reclaimedCents: Number(r.reclaimed_cents) },
    ]),
  );
}

/**
 * Per withdrawn grant of the year: the sum its withdrawal letter reclaims at once (Awb 4:57;
 * docs/rules/grant-lifecycle.md, "Withdrawal").
 */
export async function withdrawalReclaimsOfYear(
  db: Queryable,
  year: number,
): Promise<Map<string, number>> {
  const result = await rows<{ grant_id: string; cents: string | number }>(
    db,
    sql`select c.grant_id, sum(c.excess_cents)::bigint as cents
      from grant_changes c
      join grants g on g.id = c.grant_id
      join rounds r on r.id = g.round_id
      where r.year = ${year} and c.kind = 'withdrawal' and c.status = 'decided'
        and c.excess_cents > 0
      group by c.grant_id`,
  );
  return new Map(result.map((r) => [r.grant_id, Number(r.cents)]));
}

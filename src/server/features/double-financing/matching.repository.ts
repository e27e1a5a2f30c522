/**
 * The matching of participants against imported Wmo allocations, in set-based SQL on the
 * permanent tables. The period and scope rule is the one the check on files uses
 * (matching-sql.ts).
 *
 * - Allocations: the latest imported version of each allocation (provider AGB and
 *   allocation number): a later WMO301 message about the same allocation, for instance one
 *   that ends it, replaces the earlier one. The import marks that version `current`
 *   (wmo-imports.repository.ts), so a run reads only those rows, through partial indexes,
 *   instead of sorting every version.
 * - Participants: not erased, with a pseudonym, and with a consent for matching that
 *   stands on the day of the run (given on or before it, not withdrawn).
 */
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { doubleFinancingScope, matchingRuns } from '../../platform/db/schema.ts';
import { rowsOf } from './match-signals.ts';
import {
  allocationInScope,
  overlapEnd,
  overlapStart,
  periodsOverlap,
  type PeriodColumns,
} from './matching-sql.ts';

export interface ScopeRow {
  categories: string[];
  productCodes: string[];
  updatedAt: Date;
}

/** The one scope row; written with the defaults (category 07) the first time it is asked. */
export async function ensureScope(db: Queryable): Promise<ScopeRow> {
  await db.insert(doubleFinancingScope).values({ id: 1 }).onConflictDoNothing();
  const [row] = await db
    .select({
      categories: doubleFinancingScope.categories,
      productCodes: doubleFinancingScope.productCodes,
      updatedAt: doubleFinancingScope.updatedAt,
    })
    .from(doubleFinancingScope)
    .where(eq(doubleFinancingScope.id, 1));
  return row as ScopeRow;
}

export async function updateScope(
  db: Queryable,
  values: { categories: string[]; productCodes: string[]; updatedBy: string; updatedAt: Date },
) {
  await ensureScope(db);
  await db.update(doubleFinancingScope).set(values).where(eq(doubleFinancingScope.id, 1));
}

const participant: PeriodColumns = { start: sql`p.start_date`, end: sql`p.end_date` };
const allocation: PeriodColumns = { start: sql`a.start_date`, end: sql`a.end_date` };

/** The CTE `consenting` (participants with a standing consent) for a run on `today`. */
function consenting(today: string): SQL {
  return sql`
    consenting AS (
      SELECT p.id, p.provision_id, p.bsn_pseudonym, p.start_date, p.end_date
      FROM participants p
      WHERE p.erased_at IS NULL
        AND p.bsn_pseudonym IS NOT NULL
        AND EXISTS (
          SELECT 1 FROM participant_consents c
          WHERE c.participant_id = p.id
            AND c.scope = 'matching'
            AND c.given_on <= ${today}::date
            AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ${today}::date)
        )
    )`;
}

export interface RunScope {
  categories: string[];
  productCodes: string[];
}

export interface RunInputs {
  imports: number;
  allocations: number;
  allocationsInScope: number;
  participants: number;
  participantsWithConsent: number;
}

export async function countInputs(
  db: Queryable,
  scope: RunScope,
  today: string,
): Promise<RunInputs> {
  const inScope = allocationInScope(sql`a.category`, sql`a.product_code`, scope);
  // The current allocations are counted in one pass, those in scope with them.
  const result = await db.execute(sql`
    WITH ${consenting(today)}
    SELECT
      (SELECT count(*)::int FROM wmo_imports WHERE status = 'imported') AS imports,
      allocation.total AS allocations,
      allocation.in_scope AS "allocationsInScope",
      (SELECT count(*)::int FROM participants WHERE erased_at IS NULL) AS participants,
      (SELECT count(*)::int FROM consenting) AS "participantsWithConsent"
    FROM (
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE ${inScope}))::int AS in_scope
      FROM wmo_allocations a
      WHERE a.current
    ) allocation`);
  return rowsOf<RunInputs>(result)[0]!;
}

/**
 * Finds every overlap and writes it as a signal. A signal found before keeps its status,
 * notes and history; its last run, provision and overlap are brought up to date.
 */
export async function upsertSignals(
  db: Queryable,
  runId: string,
  scope: RunScope,
  today: string,
  now: Date,
): Promise<{ isNew: boolean; status: string }[]> {
  const inScope = allocationInScope(sql`a.category`, sql`a.product_code`, scope);
  const result = await db.execute(sql`
    WITH ${consenting(today)}
    INSERT INTO double_financing_signals AS s
      (first_run_id, last_run_id, participant_id, provision_id, allocation_number,
       provider_agb, category, product_code, overlap_start, overlap_end, created_at, updated_at)
    SELECT ${runId}::uuid, ${runId}::uuid, p.id, p.provision_id, a.allocation_number,
           a.provider_agb, a.category, a.product_code,
           ${overlapStart(participant, allocation)}, ${overlapEnd(participant, allocation)},
           ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM consenting p
    JOIN wmo_allocations a ON a.person_pseudonym = p.bsn_pseudonym AND a.current
    WHERE ${inScope} AND ${periodsOverlap(participant, allocation)}
    ON CONFLICT (participant_id, allocation_number, provider_agb) DO UPDATE SET
      last_run_id = EXCLUDED.last_run_id,
      provision_id = EXCLUDED.provision_id,
      category = EXCLUDED.category,
      product_code = EXCLUDED.product_code,
      overlap_start = EXCLUDED.overlap_start,
      overlap_end = EXCLUDED.overlap_end,
      updated_at = CASE
        WHEN (s.provision_id, s.category, s.product_code, s.overlap_start, s.overlap_end)
          IS DISTINCT FROM
          (EXCLUDED.provision_id, EXCLUDED.category, EXCLUDED.product_code,
           EXCLUDED.overlap_start, EXCLUDED.overlap_end)
        THEN EXCLUDED.updated_at
        ELSE s.updated_at
      END
    RETURNING s.first_run_id = ${runId}::uuid AS "isNew", s.status`);
  return rowsOf<{ isNew: boolean; status: string }>(result);
}

export async function insertRun(
  db: Queryable,
  values: { startedBy: string | null; startedAt: Date; scope: RunScope },
): Promise<string> {
  const [row] = await db
    .insert(matchingRuns)
    .values({ ...values, inputs: {}, counts: {} })
    .returning({ id: matchingRuns.id });
  return row!.id;
}

export async function finishRun(
  db: Queryable,
  id: string,
  values: { durationMs: number; inputs: RunInputs; counts: Record<string, number> },
) {
  await db.update(matchingRuns).set(values).where(eq(matchingRuns.id, id));
}

const runColumns = {
  id: matchingRuns.id,
  startedAt: matchingRuns.startedAt,
  durationMs: matchingRuns.durationMs,
  scope: matchingRuns.scope,
  inputs: matchingRuns.inputs,
  counts: matchingRuns.counts,
};

export async function listRuns(db: Queryable, limit = 100) {
  return db
    .select(runColumns)
    .from(matchingRuns)
    .orderBy(desc(matchingRuns.startedAt), desc(matchingRuns.id))
    .limit(limit);
}

export async function findRun(db: Queryable, id: string) {
  const [row] = await db.select(runColumns).from(matchingRuns).where(eq(matchingRuns.id, id));
  return row;
}

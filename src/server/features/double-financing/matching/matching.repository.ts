/**
 * The matching of participants against imported Wmo allocations, in set-based SQL on the
 * permanent tables. The SQL of the period and scope rule is written once, below: the rule of
 * `domain/periods.ts` and `domain/double-financing/match.ts` (which the check on files
 * applies in memory): whole days, both ends inclusive, an empty end is open, and two periods
 * overlap when they share at least one day. matching.property.test.ts holds the two to the
 * same signals.
 *
 * - Allocations: the latest imported version of each allocation (provider AGB and
 *   allocation number): a later WMO301 message about the same allocation, for instance one
 *   that ends it, replaces the earlier one. The import marks that version `current`
 *   (wmo-imports.repository.ts), so a run reads only those rows, through partial indexes,
 *   instead of sorting every version; of published imports only, so that a run during an
 *   import sees the allocations as they were before it.
 * - Participants: not erased, with a pseudonym, and with a consent for matching that
 *   stands on the day of the run (given on or before it, not withdrawn).
 */
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import {
  DEFAULT_MATCHING_SCOPE,
  type MatchingScope,
} from '../../../../domain/double-financing/scope.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { doubleFinancingScope, matchingRuns } from '../../../platform/db/schema.ts';
import { rowsOf } from '../../../platform/db/rows.ts';
import { PUBLISHED_IMPORTS } from '../imports/wmo-imports.repository.ts';

/** The start and (nullable, open) end columns of a period, as SQL. */
interface PeriodColumns {
  start: SQL;
  end: SQL;
}

/** The two periods share at least one day. */
function periodsOverlap(a: PeriodColumns, b: PeriodColumns): SQL {
  return sql`(${a.start} <= COALESCE(${b.end}, 'infinity'::date)
    AND ${b.start} <= COALESCE(${a.end}, 'infinity'::date))`;
}

/** The first shared day (a date). */
function overlapStart(a: PeriodColumns, b: PeriodColumns): SQL {
  return sql`GREATEST(${a.start}, ${b.start})`;
}

/** The last shared day (a date), null when both are open: LEAST passes over a null. */
function overlapEnd(a: PeriodColumns, b: PeriodColumns): SQL {
  return sql`LEAST(${a.end}, ${b.end})`;
}

/**
 * Whether an allocation is begeleiding groep: its product category or its product code is
 * listed in the scope. The lists go in as two text[] parameters, so that the planner sees
 * their values (and how selective they are) and an empty list simply matches nothing.
 */
function allocationInScope(category: SQL, productCode: SQL, scope: MatchingScope): SQL {
  return sql`(${category} = ANY(${sql.param([...scope.categories])}::text[])
    OR ${productCode} = ANY(${sql.param([...scope.productCodes])}::text[]))`;
}

export interface ScopeRow {
  categories: string[];
  productCodes: string[];
  updatedAt: Date;
}

/** The one scope row; written with the default scope (category 07) the first time it is asked. */
export async function ensureScope(db: Queryable): Promise<ScopeRow> {
  await db
    .insert(doubleFinancingScope)
    .values({
      id: 1,
      categories: [...DEFAULT_MATCHING_SCOPE.categories],
      productCodes: [...DEFAULT_MATCHING_SCOPE.productCodes],
    })
    .onConflictDoNothing();
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

/**
 * The numbers that went into a run. The allocations come from the tally the import keeps
 * (wmo_allocation_tally), the participants are counted.
 */
export async function countInputs(
  db: Queryable,
  scope: RunScope,
  today: string,
): Promise<RunInputs> {
  const inScope = allocationInScope(sql`t.category`, sql`t.product_code`, scope);
  const result = await db.execute(sql`
    WITH ${consenting(today)}
    SELECT
      (SELECT count(*)::int FROM wmo_imports WHERE status = 'imported') AS imports,
      (SELECT COALESCE(sum(t.current_count), 0)::int FROM wmo_allocation_tally t)
        AS allocations,
      (SELECT COALESCE(sum(t.current_count), 0)::int FROM wmo_allocation_tally t
        WHERE ${inScope}) AS "allocationsInScope",
      (SELECT count(*)::int FROM participants WHERE erased_at IS NULL) AS participants,
      (SELECT count(*)::int FROM consenting) AS "participantsWithConsent"`);
  return rowsOf<RunInputs>(result)[0]!;
}

/** How many signals a run found, by status, and whether it found them for the first time. */
export interface FoundSignals {
  isNew: boolean;
  status: string;
  count: number;
}

export interface MatchedSignals {
  /** The signals found, by status, and whether they are new. */
  found: FoundSignals[];
  /** Known signals whose provision, product or overlap changed. */
  changed: number;
  /** Known signals found before that this run did not find. */
  notFound: number;
}

/**
 * Finds every overlap and writes what is new: a signal not found before is inserted; one
 * found before keeps its status, notes and history, and is only written when its provision,
 * product or overlap changed. A known signal that the run does not find is marked "not found
 * since" (it stays for the follow-up), and cleared when a later run finds it again. Unchanged
 * signals are not rewritten, so a nightly run on the same data writes nothing but the run.
 */
export async function matchSignals(
  db: Queryable,
  runId: string,
  scope: RunScope,
  today: string,
  now: Date,
): Promise<MatchedSignals> {
  const inScope = allocationInScope(sql`a.category`, sql`a.product_code`, scope);
  const moment = sql`${now.toISOString()}::timestamptz`;
  const sameSignal = sql`s.participant_id = f.participant_id
    AND s.allocation_number = f.allocation_number AND s.provider_agb = f.provider_agb`;
  const result = await db.execute(sql`
    WITH ${consenting(today)},
    found AS MATERIALIZED (
      SELECT p.id AS participant_id, p.provision_id, a.allocation_number, a.provider_agb,
             a.category, a.product_code,
             ${overlapStart(participant, allocation)} AS overlap_start,
             ${overlapEnd(participant, allocation)} AS overlap_end
      FROM consenting p
      JOIN wmo_allocations a ON a.person_pseudonym = p.bsn_pseudonym AND a.current
      WHERE ${inScope} AND ${periodsOverlap(participant, allocation)}
        -- Not the rows of an import that is still being stored (it counts once published).
        AND a.import_id IN ${PUBLISHED_IMPORTS}
    ),
    -- Known signals found again: rewritten only when their provision, product or overlap
    -- changed, or when an earlier run had not found them.
    known AS (
      SELECT f.*, s.id AS signal_id, s.status,
        (s.provision_id, s.category, s.product_code, s.overlap_start, s.overlap_end)
          IS DISTINCT FROM
          (f.provision_id, f.category, f.product_code, f.overlap_start, f.overlap_end)
          AS differs,
        s.not_found_since IS NOT NULL AS was_lost
      FROM found f JOIN double_financing_signals s ON ${sameSignal}
    ),
    changed AS (
      UPDATE double_financing_signals s SET
        provision_id = k.provision_id,
        category = k.category,
        product_code = k.product_code,
        overlap_start = k.overlap_start,
        overlap_end = k.overlap_end,
        not_found_since = NULL,
        updated_at = CASE WHEN k.differs THEN ${moment} ELSE s.updated_at END
      FROM known k
      WHERE s.id = k.signal_id AND (k.differs OR k.was_lost)
      RETURNING k.differs
    ),
    -- Known signals this run did not find: from now on "not found since".
    lost AS (
      UPDATE double_financing_signals s SET not_found_since = ${moment}
      WHERE s.not_found_since IS NULL
        AND NOT EXISTS (SELECT 1 FROM found f WHERE ${sameSignal})
      RETURNING s.id
    ),
    inserted AS (
      INSERT INTO double_financing_signals
        (first_run_id, participant_id, provision_id, allocation_number, provider_agb,
         category, product_code, overlap_start, overlap_end, created_at, updated_at)
      SELECT ${runId}::uuid, f.participant_id, f.provision_id, f.allocation_number,
             f.provider_agb, f.category, f.product_code, f.overlap_start, f.overlap_end,
             ${moment}, ${moment}
      FROM found f
      WHERE NOT EXISTS (SELECT 1 FROM double_financing_signals s WHERE ${sameSignal})
      RETURNING status
    )
    SELECT (SELECT count(*)::int FROM changed WHERE differs) AS changed,
      (SELECT count(*)::int FROM lost) AS "notFound",
      COALESCE((SELECT json_agg(g) FROM (
        SELECT false AS "isNew", status, count(*)::int AS count FROM known GROUP BY status
        UNION ALL
        SELECT true, status, count(*)::int FROM inserted GROUP BY status
      ) g), '[]'::json) AS found`);
  return rowsOf<MatchedSignals>(result)[0]!;
}

/** Matching runs take turns until their transaction ends. */
export async function lockRuns(db: Queryable) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('matching_runs'))`);
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

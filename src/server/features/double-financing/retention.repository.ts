/**
 * The queries of the retention of Wmo allocations and signals (docs/privacy/retention.md).
 * Months are added as PostgreSQL adds them: 31 August + 6 months is 28 (or 29) February.
 */
import { sql } from 'drizzle-orm';
import { SIGNAL_TRANSITIONS, type SignalStatus } from '../../../domain/double-financing/signals.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/rows.ts';
import { PUBLISHED_IMPORTS } from './imports/wmo-imports.repository.ts';

/**
 * Deletes every version of each allocation (provider AGB and allocation number) whose latest
 * version (rule IV013) ended more than `months` months before `today`; an allocation without
 * an end date stays. A removed allocation (latest version RedenWijziging 13, which ends on
 * its start day) goes the same way. The tally of current allocations per category and product code, which the import
 * keeps, loses the current versions deleted, in the same statement. The caller holds the
 * lock the import takes, so no import changes versions meanwhile; only versions of
 * published imports count, and an allocation that an import still being stored has a
 * version of waits for the next run.
 */
export async function deleteExpiredAllocations(
  db: Queryable,
  today: string,
  months: number,
): Promise<{ versions: number; current: number }> {
  const result = await db.execute(sql`
    WITH latest AS (
      SELECT DISTINCT ON (provider_agb, allocation_number) provider_agb, allocation_number, end_date
      FROM wmo_allocations
      WHERE import_id IN ${PUBLISHED_IMPORTS}
      ORDER BY provider_agb, allocation_number, version_at DESC, id DESC
    ),
    expired AS (
      SELECT provider_agb, allocation_number FROM latest l
      WHERE end_date IS NOT NULL
        AND (end_date + make_interval(months => ${months}::int))::date < ${today}::date
        -- An import still being stored judged its versions of this allocation by these:
        -- they stay until it is published or refused.
        AND NOT EXISTS (
          SELECT 1 FROM wmo_allocations u
          WHERE u.provider_agb = l.provider_agb AND u.allocation_number = l.allocation_number
            AND u.import_id NOT IN ${PUBLISHED_IMPORTS})
    ),
    removed AS (
      DELETE FROM wmo_allocations a USING expired e
      WHERE a.provider_agb = e.provider_agb AND a.allocation_number = e.allocation_number
      RETURNING a.category, a.product_code, a.current
    ),
    lowered AS (
      UPDATE wmo_allocation_tally t SET current_count = t.current_count - r.n
      FROM (
        SELECT category, product_code, count(*)::int AS n FROM removed WHERE current GROUP BY 1, 2
      ) r
      WHERE t.category IS NOT DISTINCT FROM r.category
        AND t.product_code IS NOT DISTINCT FROM r.product_code
      RETURNING 1
    )
    SELECT count(*)::int AS versions, (count(*) FILTER (WHERE current))::int AS current
    FROM removed`);
  const [row] = rowsOf<{ versions: number; current: number }>(result);
  return row ?? { versions: 0, current: 0 };
}

const CLOSED_STATUSES = (Object.keys(SIGNAL_TRANSITIONS) as SignalStatus[]).filter(
  (status) => SIGNAL_TRANSITIONS[status].length === 0,
);

/**
 * Deletes the closed signals (with their history) that were closed more than `months` months
 * before `now`. The moment of closing is that of the last event that moved the signal to a
 * closed status; a closed signal without such an event counts from its last change.
 */
export async function deleteExpiredSignals(
  db: Queryable,
  now: Date,
  months: number,
): Promise<number> {
  const result = await db.execute(sql`
    WITH closed AS (
      SELECT s.id,
             COALESCE(
               (SELECT max(e.at) FROM signal_events e
                WHERE e.signal_id = s.id
                  AND e.to_status IN (SELECT json_array_elements_text(${JSON.stringify(CLOSED_STATUSES)}::json))),
               s.updated_at
             ) AS closed_at
      FROM double_financing_signals s
      WHERE s.status IN (SELECT json_array_elements_text(${JSON.stringify(CLOSED_STATUSES)}::json))
    ),
    removed AS (
      DELETE FROM double_financing_signals s USING closed c
      WHERE s.id = c.id
        AND c.closed_at + make_interval(months => ${months}::int) < ${now.toISOString()}::timestamptz
      RETURNING s.id
    )
    SELECT count(*)::int AS n FROM removed`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

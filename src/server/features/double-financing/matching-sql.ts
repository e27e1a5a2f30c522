/**
 * The SQL of the matching rule, shared by the check on files (temporary tables) and the
 * matching run on the imported allocations (permanent tables), so both apply exactly the
 * rule of `domain/periods.ts`: whole days, both ends inclusive, an empty end is open, and
 * two periods overlap when they share at least one day.
 */
import { sql, type SQL } from 'drizzle-orm';

/** The start and (nullable, open) end columns of a period, as SQL. */
export interface PeriodColumns {
  start: SQL;
  end: SQL;
}

/** The two periods share at least one day. */
export function periodsOverlap(a: PeriodColumns, b: PeriodColumns): SQL {
  return sql`(${a.start} <= COALESCE(${b.end}, 'infinity'::date)
    AND ${b.start} <= COALESCE(${a.end}, 'infinity'::date))`;
}

/** The first shared day (a date). */
export function overlapStart(a: PeriodColumns, b: PeriodColumns): SQL {
  return sql`GREATEST(${a.start}, ${b.start})`;
}

/** The last shared day (a date), null when both are open: LEAST passes over a null. */
export function overlapEnd(a: PeriodColumns, b: PeriodColumns): SQL {
  return sql`LEAST(${a.end}, ${b.end})`;
}

/**
 * Whether an allocation is begeleiding groep: its product category or its product code is
 * listed in the scope. The lists go in as two text[] parameters, so that the planner sees
 * their values (and how selective they are) and an empty list simply matches nothing.
 */
export function allocationInScope(
  category: SQL,
  productCode: SQL,
  scope: { categories: readonly string[]; productCodes: readonly string[] },
): SQL {
  return sql`(${category} = ANY(${sql.param([...scope.categories])}::text[])
    OR ${productCode} = ANY(${sql.param([...scope.productCodes])}::text[]))`;
}
